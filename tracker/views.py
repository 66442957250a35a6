"""Site-wide public pages: home, methodology, and the friendly error pages."""

import math

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.cache import public_page
from plenaries.models import Plenary, PlenaryKind
from reforms.choices import DECISION_EXPLANATIONS, Confidence, Decision, ReformStatus
from reforms.selectors import headline_figures, latest_adoption, outcome_counts_by_meeting
from reforms.timeline.vocabulary import CELL_STYLES, NO_RECORD, NOT_HELD, STATUS_EXPLANATIONS, STATUS_LABELS
from statements.selectors import latest_statements
from tracker import provenance
from tracker.briefings import briefing_featured

# The home chart folds the eight decisions into three plain series.
CHART_SERIES = [
    ("decided", _("Adopted, fully or in part"), [Decision.ADOPTED, Decision.PARTIALLY_ADOPTED]),
    (
        "put-off",
        _("Put off: deferred, noted, no consensus, not discussed"),
        [Decision.DEFERRED, Decision.NOTED, Decision.NO_CONSENSUS, Decision.NOT_DISCUSSED],
    ),
    ("closed", _("Rejected or withdrawn"), [Decision.REJECTED, Decision.WITHDRAWN]),
]
_CHART_W, _CHART_H, _CHART_LEFT, _CHART_BOTTOM = 640, 220, 28, 26


def outcome_chart(rows, plenaries=()) -> dict:
    """Stacked bars, one per meeting: geometry for the inline SVG in home.html.

    ``plenaries`` (the held year-end plenaries) each keep a slot, an empty one where no outcome is
    recorded, so that no plenary's year is skipped and every label sits under its meeting."""
    series_of = {decision: key for key, _label, decisions in CHART_SERIES for decision in decisions}
    meetings: dict[int, dict] = {}

    def slot(year, kind, sort_key):
        return meetings.setdefault(
            sort_key, {"year": year, "kind": kind, "counts": dict.fromkeys(series_of.values(), 0)}
        )

    rows = list(rows)
    for plenary in plenaries if rows else ():  # no outcome at all: no chart, the page says so
        slot(plenary.year, plenary.kind, plenary.sort_key)
    for year, kind, sort_key, decision, count in rows:
        slot(year, kind, sort_key)["counts"][series_of[decision]] += count
    bars = [meetings[key] for key in sorted(meetings)]
    top = max((sum(bar["counts"].values()) for bar in bars), default=0) or 1
    plot_h = _CHART_H - _CHART_BOTTOM - 8
    step = (_CHART_W - _CHART_LEFT) / max(len(bars), 1)
    every = max(1, math.ceil(len(bars) / 9))  # at most about nine year labels
    for index, bar in enumerate(bars):
        bar["x"] = round(_CHART_LEFT + index * step + step * 0.15, 1)
        bar["width"] = round(step * 0.7, 1)
        bar["total"] = sum(bar["counts"].values())
        bar["label_x"] = round(bar["x"] + bar["width"] / 2, 1)
        bar["show_year"] = index % every == 0 or (index == len(bars) - 1 and index % every >= every / 2)
        y = _CHART_H - _CHART_BOTTOM
        bar["segments"] = []
        for key, _label, _decisions in CHART_SERIES:
            height = round(plot_h * bar["counts"][key] / top, 1)
            if height:
                y -= height
                bar["segments"].append({"series": key, "y": round(y, 1), "height": height})
        bar["intersessional"] = bar["kind"] != PlenaryKind.PLENARY
    tick_step = max(1, math.ceil(top / 4))
    ticks = list(range(0, top + 1, tick_step))
    return {
        "bars": bars,
        "width": _CHART_W,
        "height": _CHART_H,
        "left": _CHART_LEFT,
        "baseline": _CHART_H - _CHART_BOTTOM,
        "ticks": [{"value": t, "y": round(_CHART_H - _CHART_BOTTOM - plot_h * t / top, 1)} for t in ticks],
        "series": [{"key": key, "label": label} for key, label, _decisions in CHART_SERIES],
    }


@public_page(daily=True)
def home(request):
    # Queries: headline figures (aggregate + the longest stalls); the latest adoption; the held
    # year-end plenaries (the latest one, and the chart's slots) and the latest one's outcomes; the
    # latest statements; outcome counts per meeting (chart); the plenary whose briefing it points to.
    figures = headline_figures()
    adoption = latest_adoption()
    held = list(Plenary.objects.year_end().filter(held=True).select_related("chair", "host").order_by("sort_key"))
    latest = held[-1] if held else None
    latest_outcomes = (
        list(latest.outcomes.select_related("proposal__area").order_by("proposal__area__position", "proposal__title"))
        if latest
        else []
    )
    today = timezone.localdate()
    briefing = briefing_featured(today=today)
    return render(
        request,
        "home.html",
        {
            "figures": figures,
            "longest": figures["longest"][0] if figures["longest"] else None,
            "adoption": adoption,
            # Never negative, even if a meeting in a later year was recorded as held.
            "years_since_adoption": max(0, today.year - adoption.plenary.year) if adoption else None,
            "latest": latest,
            "latest_outcomes": latest_outcomes,
            "statements": list(latest_statements(5)),
            "chart": outcome_chart(outcome_counts_by_meeting(), held),
            "briefing": briefing,
            "briefing_upcoming": briefing is not None and briefing.is_upcoming(today),
        },
    )


@public_page
def methodology(request):
    threshold = settings.KP_STALL_THRESHOLD
    return render(
        request,
        "methodology.html",
        {
            "decisions": [
                (
                    CELL_STYLES[code],
                    DECISION_EXPLANATIONS[code],
                    code in Decision.decisive(),
                    code in Decision.closing(),
                )
                for code in Decision.values
            ],
            "no_record": CELL_STYLES[NO_RECORD],
            "not_held": CELL_STYLES[NOT_HELD],
            "statuses": [
                (code, STATUS_LABELS[code], STATUS_EXPLANATIONS[code] % {"threshold": threshold})
                for code in ReformStatus.values
            ],
            "confidence": Confidence.choices,
            "threshold": threshold,
            "fact_counts": provenance.fact_counts(),
            "statement_counts": provenance.statement_counts(),
            "open_questions": list(provenance.open_questions()),
            "corrections_contact": settings.KP_CORRECTIONS_CONTACT,
            "corrections_hint": settings.DEBUG,  # only a developer's own copy says how to set it
        },
    )


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors and no database: whatever broke may be the database.
    return HttpResponseServerError(loader.get_template("500.html").render({"request_path": request.path}))


def bench_bare(request):
    """A view that does nothing, for the benchmark's baseline (mounted only with KP_BENCH=1)."""
    return HttpResponse("ok", content_type="text/plain")
