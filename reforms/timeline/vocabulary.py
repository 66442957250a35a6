"""What the public reads for each reform status and each cell of the timeline."""

from dataclasses import dataclass

from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from reforms.choices import Decision, ReformStatus

# What the public sees for each status (ReformStatus's own labels are not translated).
STATUS_LABELS = {
    ReformStatus.STALLED: _("Stalled"),
    ReformStatus.OPEN: _("Open"),
    ReformStatus.ADOPTED: _("Adopted"),
    ReformStatus.PARTIALLY_ADOPTED: _("Partially adopted"),
    ReformStatus.REJECTED: _("Rejected"),
    ReformStatus.WITHDRAWN: _("Withdrawn"),
}

STATUS_EXPLANATIONS = {
    ReformStatus.STALLED: _(
        "No decisive outcome for %(threshold)s or more plenaries in a row: each deferred it, noted it, "
        "found no consensus, did not discuss it, or left no record of an outcome."
    ),
    ReformStatus.OPEN: _("Still on the table and not stalled: fewer plenaries than the threshold have passed."),
    ReformStatus.ADOPTED: _("Agreed by consensus. Closed."),
    ReformStatus.PARTIALLY_ADOPTED: _(
        "Part of it was agreed; the rest is still open and not (yet) stalled by the rule below."
    ),
    ReformStatus.REJECTED: _("Refused or kept off the agenda. Closed."),
    ReformStatus.WITHDRAWN: _("Withdrawn by its sponsor. Closed."),
}

# The timeline's status filter: four plain groups that cover every status exactly once.
STATUS_GROUPS = {
    "stalled": [ReformStatus.STALLED],
    "adopted": [ReformStatus.ADOPTED],
    "open": [ReformStatus.OPEN, ReformStatus.PARTIALLY_ADOPTED],
    "closed": [ReformStatus.REJECTED, ReformStatus.WITHDRAWN],
}
STATUS_GROUP_LABELS = {
    "stalled": _("Stalled"),
    "adopted": _("Adopted"),
    "open": _("Open (incl. partially adopted)"),
    "closed": _("Closed without adoption"),
}

# Cell states besides the decisions themselves.
NO_RECORD = "no_record"
NOT_HELD = "not_held"


@dataclass(frozen=True)
class CellStyle:
    code: str
    css: str
    icon: str
    short: str
    label: str


# Colour, an icon and a word: never colour alone. ``css`` keys the colours in site.css.
CELL_STYLES = {
    Decision.ADOPTED: CellStyle(Decision.ADOPTED, "d-ad", "✓", pgettext_lazy("cell", "Adopted"), _("Adopted")),
    Decision.PARTIALLY_ADOPTED: CellStyle(
        Decision.PARTIALLY_ADOPTED, "d-pa", "◐", pgettext_lazy("cell", "Partly"), _("Partially adopted")
    ),
    Decision.DEFERRED: CellStyle(Decision.DEFERRED, "d-de", "↻", pgettext_lazy("cell", "Deferred"), _("Deferred")),
    Decision.NOTED: CellStyle(Decision.NOTED, "d-no", "✎", pgettext_lazy("cell", "Noted"), _("Noted")),
    Decision.NO_CONSENSUS: CellStyle(
        Decision.NO_CONSENSUS, "d-nc", "✕", pgettext_lazy("cell", "No consensus"), _("No consensus")
    ),
    Decision.REJECTED: CellStyle(Decision.REJECTED, "d-re", "⊘", pgettext_lazy("cell", "Rejected"), _("Rejected")),
    Decision.WITHDRAWN: CellStyle(Decision.WITHDRAWN, "d-wi", "↩", pgettext_lazy("cell", "Withdrawn"), _("Withdrawn")),
    Decision.NOT_DISCUSSED: CellStyle(
        Decision.NOT_DISCUSSED, "d-nd", "∅", pgettext_lazy("cell", "Not discussed"), _("Not discussed")
    ),
    NO_RECORD: CellStyle(
        NO_RECORD, "d-nr", "?", pgettext_lazy("cell", "No record"), _("No outcome recorded for this plenary")
    ),
    NOT_HELD: CellStyle(NOT_HELD, "d-nh", "–", pgettext_lazy("cell", "Not held"), _("Meeting not held")),
}

STATUS_ICONS = {
    ReformStatus.STALLED: "‖",
    ReformStatus.OPEN: "○",
    ReformStatus.ADOPTED: "✓",
    ReformStatus.PARTIALLY_ADOPTED: "◐",
    ReformStatus.REJECTED: "⊘",
    ReformStatus.WITHDRAWN: "↩",
}


def stall_label(years: int | None) -> str:
    if not years:
        return str(_("Stalled less than a year"))
    return ngettext("Stalled %(years)s year", "Stalled %(years)s years", years) % {"years": years}


def stall_counts(plenaries: int, no_record: int, unverified: int = 0) -> str:
    """What a stall clock counts, "8 plenaries, 6 with no record, 1 unverified": a meeting with no record, or
    with an outcome no source confirms, may well have decided something, so the reader must see how many the
    clock rests on."""
    counted = ngettext("%(n)s plenary", "%(n)s plenaries", plenaries) % {"n": plenaries}
    counts = ngettext(
        "%(plenaries)s, %(no_record)s with no record", "%(plenaries)s, %(no_record)s with no record", no_record
    ) % {"plenaries": counted, "no_record": no_record}
    if not unverified:
        return counts
    return ngettext("%(counts)s, %(n)s unverified", "%(counts)s, %(n)s unverified", unverified) % {
        "counts": counts,
        "n": unverified,
    }


def stall_summary(years: int | None, plenaries: int, no_record: int, unverified: int = 0) -> str:
    """ "Stalled 9 years (8 plenaries, 6 with no record)"."""
    return gettext("%(stall)s (%(counts)s)") % {
        "stall": stall_label(years),
        "counts": stall_counts(plenaries, no_record, unverified),
    }
