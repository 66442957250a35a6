"""API output (and input, for editors) for reform areas, proposals, outcomes and positions.

Output serializers read annotations and prefetched rows only (see ``reforms/api.py``);
input serializers turn natural keys into rows and leave the rules to the model and services.
"""

from django.urls import reverse
from rest_framework import serializers

from common.api.fields import (
    SOURCE_DETAILS_EXAMPLE,
    JSONBooleanField,
    JSONCharField,
    JSONIntegerField,
    RowsField,
    ValuesField,
    press_reports_only_field,
    source_details_field,
)
from common.api.schema import DocumentedSerializer
from plenaries.models import Participant, Plenary, PlenaryKind
from reforms.choices import ReformStatus
from reforms.models import Confidence, Decision, ReformProposal, Stance

SOURCES_HELP = "Links to the documents that state this fact: the main source first."
VERIFIED_HELP = "False when the fact could not be confirmed in a source."
SOURCE_URL_HELP = "Link to the communiqué, report or article that states this fact (required)."
MORE_SOURCES_HELP = "Further links, one per line."


class ReformAreaSerializer(DocumentedSerializer):
    """A theme civil society tracks: the scope, a permanent secretariat, a multi-donor fund…"""

    slug = serializers.SlugField(help_text="Stable identifier, used by reforms and statements.")
    name = serializers.CharField(help_text="Name of the theme.")
    description = serializers.CharField(help_text="What reform civil society seeks in this area.")
    position = serializers.IntegerField(help_text="Order of the area on the timeline (smaller first).")
    keywords = serializers.ListField(
        child=serializers.CharField(),
        source="keyword_list",
        help_text="Words and phrases (English or French) that show a statement is about this area.",
    )
    updated_at = serializers.DateTimeField(
        allow_null=True, help_text="When this area last changed (from its edit history)."
    )

    class Meta:
        examples = {
            "slug": "scope",
            "name": "Scope: the definition of conflict diamonds",
            "description": "Broadening the KP's definition of conflict diamonds.",
            "position": 1,
            "keywords": ["scope", "definition of conflict diamonds", "définition"],
            "updated_at": "2026-11-20T09:30:00Z",
        }


class OutcomeCompactSerializer(DocumentedSerializer):
    """What one meeting decided on the proposal (the full record is under /api/v1/outcomes/)."""

    id = serializers.IntegerField(help_text="Identifier of the outcome (see /api/v1/outcomes/{id}/).")
    plenary_year = serializers.IntegerField(help_text="Year of the meeting.")
    plenary_kind = serializers.ChoiceField(choices=PlenaryKind.choices, help_text="Kind of meeting.")
    decision = serializers.ChoiceField(choices=Decision.choices, help_text="What the meeting decided.")

    class Meta:
        examples = {"id": 41, "plenary_year": 2019, "plenary_kind": "plenary", "decision": "no_consensus"}


class ReformSerializer(DocumentedSerializer):
    """A reform proposal put to the KP, with the computed status of its line."""

    slug = serializers.SlugField(help_text="Stable identifier of the proposal.")
    title = serializers.CharField(help_text="Short title of the proposal.")
    area = serializers.CharField(source="area_slug", help_text="Slug of its reform area.")
    status = serializers.ChoiceField(
        choices=ReformStatus.choices,
        help_text=(
            "Status of its line of proposals: adopted, rejected or withdrawn when closed; stalled after "
            "the set number of plenaries without a decision; partially adopted; otherwise open."
        ),
    )
    stalled_since = serializers.IntegerField(
        source="stalled_since_year",
        allow_null=True,
        help_text="Year of the first plenary of the stall; null unless stalled.",
    )
    years_stalled = serializers.IntegerField(
        allow_null=True,
        help_text="Years from the start of the stall to the latest silent plenary; null unless stalled.",
    )
    plenaries_without_decision = serializers.IntegerField(
        help_text="Plenaries held since the line's last decision (or its tabling) that decided nothing on it."
    )
    first_tabled = serializers.IntegerField(source="first_tabled_year", help_text="Year it was first tabled.")
    first_tabled_kind = serializers.ChoiceField(
        choices=PlenaryKind.choices, help_text="Kind of meeting it was first tabled at."
    )
    cycle = serializers.CharField(
        source="cycle_slug", allow_null=True, help_text="Slug of the review-and-reform cycle it belongs to, if any."
    )
    continues = serializers.CharField(
        source="continues_slug", allow_null=True, help_text="Slug of the earlier proposal it takes up, if any."
    )
    line = serializers.CharField(
        source="line_slug", help_text="Slug of the first proposal of its line (itself when it continues nothing)."
    )
    is_line_head = serializers.BooleanField(
        help_text="False when a later proposal continues this one (follow the line to the newest)."
    )
    sponsor = serializers.CharField(
        source="sponsor_slug", allow_null=True, help_text="Slug of the participant that tabled it, if known."
    )
    originators = ValuesField(source="originator_slugs", help_text="Slugs of the organisations that drafted it.")
    description = serializers.CharField(help_text="What the proposal asks for.")
    outcomes = RowsField(
        source="outcome_rows",
        child=OutcomeCompactSerializer(),
        help_text="What each meeting decided on it, in time order.",
    )
    sources = serializers.ListField(child=serializers.URLField(), help_text=SOURCES_HELP)
    source_details = source_details_field()
    press_reports_only = press_reports_only_field()
    verified = serializers.BooleanField(help_text=VERIFIED_HELP)
    updated_at = serializers.DateTimeField(
        allow_null=True,
        help_text=(
            "When the proposal, or anything its status is worked out from, last changed: its own edits, its "
            "line's texts and outcomes, and the meetings held."
        ),
    )
    url = serializers.SerializerMethodField(help_text="Its page on the public dashboard.")

    class Meta:
        examples = {
            "slug": "conflict-diamond-definition-2017",
            "title": "Expanded conflict-diamond definition (2017–2019 cycle)",
            "area": "scope",
            "status": "stalled",
            "stalled_since": 2012,
            "years_stalled": 13,
            "plenaries_without_decision": 13,
            "first_tabled": 2017,
            "first_tabled_kind": "plenary",
            "cycle": "reform-cycle-2017-2019",
            "continues": "conflict-diamond-definition-2012",
            "line": "conflict-diamond-definition-2012",
            "is_line_head": False,
            "sponsor": "canada",
            "originators": ["kimberley-process-civil-society-coalition", "world-diamond-council"],
            "description": "A definition drafted by civil society and industry, tabled by Canada.",
            "sources": [
                "http://www.gjepc.org/news_detail.php?news=kimberley-process-plenary-fails-to-reach-consensus-on-updating-definition-of-conflict-diamonds"
            ],
            "source_details": SOURCE_DETAILS_EXAMPLE,
            "press_reports_only": False,
            "verified": True,
            "updated_at": "2026-11-20T09:30:00Z",
            "url": "https://kp-tracker.example.org/en/reforms/conflict-diamond-definition-2017/",
        }

    def get_url(self, proposal) -> str:
        path = reverse("reforms:reform-detail", kwargs={"slug": proposal.slug})
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path


class OutcomeSerializer(DocumentedSerializer):
    """What one meeting decided on one proposal."""

    id = serializers.IntegerField(help_text="Identifier of the outcome.")
    proposal = serializers.CharField(source="proposal.slug", help_text="Slug of the proposal.")
    area = serializers.CharField(source="proposal.area.slug", help_text="Slug of the proposal's reform area.")
    plenary_year = serializers.IntegerField(source="plenary.year", help_text="Year of the meeting.")
    plenary_kind = serializers.ChoiceField(
        choices=PlenaryKind.choices, source="plenary.kind", help_text="Kind of meeting."
    )
    decision = serializers.ChoiceField(choices=Decision.choices, help_text="What the meeting decided.")
    summary = serializers.CharField(help_text="What was decided, in a sentence or two.")
    sources = serializers.ListField(child=serializers.URLField(), help_text=SOURCES_HELP)
    source_details = source_details_field()
    press_reports_only = press_reports_only_field()
    verified = serializers.BooleanField(help_text=VERIFIED_HELP)
    updated_at = serializers.DateTimeField(help_text="When this outcome last changed.")

    class Meta:
        examples = {
            "id": 41,
            "proposal": "conflict-diamond-definition-2017",
            "area": "scope",
            "plenary_year": 2019,
            "plenary_kind": "plenary",
            "decision": "no_consensus",
            "summary": "No consensus on the new definition; the review cycle closed without it.",
            "sources": [
                "http://www.gjepc.org/news_detail.php?news=kimberley-process-plenary-fails-to-reach-consensus-on-updating-definition-of-conflict-diamonds"
            ],
            "source_details": SOURCE_DETAILS_EXAMPLE,
            "press_reports_only": False,
            "verified": True,
            "updated_at": "2026-11-20T09:30:00Z",
        }


class PositionSerializer(DocumentedSerializer):
    """A claim that a participant took a stance on a proposal at a meeting, and who makes it."""

    id = serializers.IntegerField(help_text="Identifier of the claim.")
    proposal = serializers.CharField(source="proposal.slug", help_text="Slug of the proposal.")
    plenary_year = serializers.IntegerField(source="plenary.year", help_text="Year of the meeting.")
    plenary_kind = serializers.ChoiceField(
        choices=PlenaryKind.choices, source="plenary.kind", help_text="Kind of meeting."
    )
    participant = serializers.CharField(
        source="participant.slug", help_text="Slug of the participant said to have taken the stance."
    )
    stance = serializers.ChoiceField(choices=Stance.choices, help_text="The stance it is said to have taken.")
    reported_by = serializers.CharField(help_text="The organisation or document making the claim.")
    confidence = serializers.ChoiceField(
        choices=Confidence.choices,
        help_text=(
            "high: official record or the participant's own statement; medium: an observer in the room; "
            "low: press report."
        ),
    )
    contested = serializers.BooleanField(
        help_text=(
            "True when another claim gives the same participant a different stance at the same meeting "
            "(on this proposal or another text of its line)."
        )
    )
    note = serializers.CharField(help_text="Editors' note on the claim.")
    sources = serializers.ListField(child=serializers.URLField(), help_text=SOURCES_HELP)
    source_details = source_details_field()
    press_reports_only = press_reports_only_field()
    verified = serializers.BooleanField(help_text=VERIFIED_HELP)
    updated_at = serializers.DateTimeField(help_text="When this claim last changed.")

    class Meta:
        examples = {
            "id": 3,
            "proposal": "russia-ukraine-agenda-item",
            "plenary_year": 2022,
            "plenary_kind": "intersessional",
            "participant": "russian-federation",
            "stance": "blocked_consensus",
            "reported_by": "The Gazette (Botswana)",
            "confidence": "low",
            "contested": False,
            "note": "Press report naming the states that kept the item off the agenda.",
            "sources": ["https://www.thegazette.news/news/russia-avoids-ousting-from-kimberly-process-in-kasane/"],
            "source_details": SOURCE_DETAILS_EXAMPLE,
            "press_reports_only": False,
            "verified": True,
            "updated_at": "2026-11-20T09:30:00Z",
        }


# --- Input (editors only). Natural keys in, rows out; the model's full_clean() has the rules.


class _MeetingInput(DocumentedSerializer):
    """Fields shared by the write inputs: the proposal, the meeting and the sources."""

    proposal = serializers.SlugRelatedField(
        slug_field="slug", queryset=ReformProposal.objects.all(), help_text="Slug of the proposal."
    )
    plenary_year = JSONIntegerField(min_value=2000, max_value=2100, help_text="Year of the meeting.")
    plenary_kind = serializers.ChoiceField(
        choices=PlenaryKind.choices, default=PlenaryKind.PLENARY, help_text="Kind of meeting (default: plenary)."
    )
    # Blank is passed through so the model answers with the admin's own message.
    source_url = JSONCharField(allow_blank=True, max_length=500, help_text=SOURCE_URL_HELP)
    more_sources = JSONCharField(allow_blank=True, required=False, default="", help_text=MORE_SOURCES_HELP)
    verified = JSONBooleanField(required=False, default=True, help_text=VERIFIED_HELP)

    def validate(self, attrs):
        attrs = super().validate(attrs)
        year = attrs.pop("plenary_year", None)
        kind = attrs.pop("plenary_kind", None)
        if year is None and kind is None:
            return attrs  # a partial update that keeps the meeting
        current = self.instance.plenary if self.instance is not None else None
        year = year if year is not None else current.year
        kind = kind or (current.kind if current is not None else PlenaryKind.PLENARY)
        plenary = Plenary.objects.filter(year=year, kind=kind).first()
        if plenary is None:
            raise serializers.ValidationError({"plenary_year": [f"No {kind} meeting is recorded in {year}."]})
        attrs["plenary"] = plenary
        return attrs


class OutcomeInputSerializer(_MeetingInput):
    """Record or correct what a meeting decided on a proposal (editors only)."""

    decision = serializers.ChoiceField(choices=Decision.choices, help_text="What the meeting decided.")
    summary = JSONCharField(allow_blank=True, help_text="What was decided, in a sentence or two.")

    class Meta:
        examples = {
            "proposal": "conflict-diamond-definition-2017",
            "plenary_year": 2024,
            "plenary_kind": "plenary",
            "decision": "deferred",
            "summary": "Talks to continue under the next chair.",
            "source_url": "https://www.kimberleyprocess.com/en/2024-final-communique",
            "more_sources": "https://www.kpcivilsociety.org/2024/11/plenary/",
            "verified": True,
        }


class PositionInputSerializer(_MeetingInput):
    """Record or correct a claim about a participant's stance (editors only)."""

    participant = serializers.SlugRelatedField(
        slug_field="slug", queryset=Participant.objects.all(), help_text="Slug of the participant."
    )
    stance = serializers.ChoiceField(choices=Stance.choices, help_text="The stance it is said to have taken.")
    reported_by = JSONCharField(allow_blank=True, max_length=200, help_text="Who makes the claim.")
    confidence = serializers.ChoiceField(
        choices=Confidence.choices, required=False, default=Confidence.MEDIUM, help_text="How reliable the claim is."
    )
    note = JSONCharField(allow_blank=True, required=False, default="", help_text="Editors' note.")

    class Meta:
        examples = {
            "proposal": "russia-ukraine-agenda-item",
            "plenary_year": 2022,
            "plenary_kind": "intersessional",
            "participant": "russian-federation",
            "stance": "blocked_consensus",
            "reported_by": "The Gazette (Botswana)",
            "confidence": "low",
            "note": "Press report naming the states that kept the item off the agenda.",
            "source_url": "https://www.thegazette.news/news/russia-avoids-ousting-from-kimberly-process-in-kasane/",
            "more_sources": "",
            "verified": True,
        }
