"""API output for participants, meetings and organisations. Plain fields over prefetched rows: no queries."""

from rest_framework import serializers

from common.api.fields import SOURCE_DETAILS_EXAMPLE, press_reports_only_field, source_details_field
from common.api.schema import DocumentedSerializer
from plenaries.models import OrganisationKind, ParticipantKind, PlenaryKind, StatusEventKind

SOURCES_HELP = "Links to the documents that state this fact: the main source first."
VERIFIED_HELP = "False when the fact could not be confirmed in a source."
UPDATED_HELP = "When this record last changed (from its edit history); null if never edited since import."


class CountrySerializer(DocumentedSerializer):
    """A country a participant represents."""

    name = serializers.CharField(help_text="Country name in English.")
    iso_code = serializers.CharField(help_text="ISO 3166 alpha-2 code.")

    class Meta:
        examples = {"name": "Belgium", "iso_code": "BE"}


class StatusEventSerializer(DocumentedSerializer):
    """A change to a participant's standing: a suspension, an embargo, readmission."""

    kind = serializers.ChoiceField(choices=StatusEventKind.choices, help_text="What changed.")
    year = serializers.IntegerField(help_text="Year it happened.")
    date = serializers.DateField(allow_null=True, help_text="Exact date (ISO 8601), when a source gives it.")
    description = serializers.CharField(help_text="What happened, in a sentence.")
    sources = serializers.ListField(child=serializers.URLField(), help_text=SOURCES_HELP)
    source_details = source_details_field()
    press_reports_only = press_reports_only_field()
    verified = serializers.BooleanField(help_text=VERIFIED_HELP)

    class Meta:
        examples = {
            "kind": "suspended",
            "year": 2004,
            "date": None,
            "description": "Removed from the list of participants after a review mission.",
            "sources": ["https://www.kimberleyprocess.com/"],
            "source_details": SOURCE_DETAILS_EXAMPLE,
            "press_reports_only": False,
            "verified": True,
        }


class ParticipantSerializer(DocumentedSerializer):
    """A KP participant: a state, or a regional organisation acting for its members (the EU)."""

    slug = serializers.SlugField(help_text="Stable identifier, used in URLs and by other resources.")
    name = serializers.CharField(help_text="Name of the participant.")
    kind = serializers.ChoiceField(
        choices=ParticipantKind.choices, help_text="State, regional organisation or trading entity."
    )
    iso_code = serializers.CharField(help_text="ISO 3166 alpha-2 code (EU for the European Union); may be empty.")
    joined_year = serializers.IntegerField(
        allow_null=True, help_text="Year it joined the KP; null when no source gives it."
    )
    left_year = serializers.IntegerField(
        allow_null=True,
        help_text="Year it stopped being a separate participant (withdrawal, or represented by the EU).",
    )
    current = serializers.BooleanField(
        source="is_current",
        help_text="True if the KP counts it as a participant today (not departed, not a trading entity).",
    )
    countries = CountrySerializer(many=True, help_text="Countries this participant represents today.")
    status_events = StatusEventSerializer(
        many=True, help_text="Changes to its standing: suspensions, embargoes, readmission, in time order."
    )
    notes = serializers.CharField(help_text="Editors' notes.")
    sources = serializers.ListField(child=serializers.URLField(), help_text=SOURCES_HELP)
    source_details = source_details_field()
    press_reports_only = press_reports_only_field()
    verified = serializers.BooleanField(help_text=VERIFIED_HELP)
    updated_at = serializers.DateTimeField(allow_null=True, help_text=UPDATED_HELP)

    class Meta:
        examples = {
            "slug": "angola",
            "name": "Angola",
            "kind": "state",
            "iso_code": "AO",
            "joined_year": 2003,
            "left_year": None,
            "current": True,
            "notes": "",
            "sources": ["https://rapaportfairtrade.com/2003/10/31/updated-kp-participants-list/"],
            "source_details": SOURCE_DETAILS_EXAMPLE,
            "press_reports_only": False,
            "verified": True,
            "updated_at": "2026-11-20T09:30:00Z",
        }


class PlenarySerializer(DocumentedSerializer):
    """A KP meeting: the year-end plenary, a mid-year intersessional or a special plenary."""

    id = serializers.IntegerField(help_text="Identifier of the meeting in this API.")
    year = serializers.IntegerField(help_text="Year of the meeting.")
    kind = serializers.ChoiceField(
        choices=PlenaryKind.choices, help_text="Year-end plenary, mid-year intersessional, or special plenary."
    )
    held = serializers.BooleanField(help_text="False for a meeting that did not take place (e.g. 2020).")
    city = serializers.CharField(help_text="City where it met; may be empty.")
    host_country = serializers.CharField(help_text="Country where it met; may be empty.")
    host = serializers.CharField(source="host.slug", allow_null=True, help_text="Slug of the host participant, if any.")
    chair = serializers.CharField(
        source="chair.slug", allow_null=True, help_text="Slug of the participant chairing the KP that year."
    )
    chair_person = serializers.CharField(help_text="Name of the person who chaired; may be empty.")
    vice_chair = serializers.CharField(
        source="vice_chair.slug", allow_null=True, help_text="Slug of the vice-chair participant, if any."
    )
    start_date = serializers.DateField(allow_null=True, help_text="First day (ISO 8601), if known.")
    end_date = serializers.DateField(allow_null=True, help_text="Last day (ISO 8601), if known.")
    dates_note = serializers.CharField(help_text="Note when sources disagree on the dates or give only a month.")
    communique_url = serializers.CharField(help_text="Link to the final communiqué; may be empty.")
    summary = serializers.CharField(help_text="What happened, in a few sentences.")
    key_decisions = serializers.ListField(
        child=serializers.CharField(), source="key_decision_list", help_text="Key decisions, one per item."
    )
    sources = serializers.ListField(child=serializers.URLField(), help_text=SOURCES_HELP)
    source_details = source_details_field()
    press_reports_only = press_reports_only_field()
    verified = serializers.BooleanField(help_text=VERIFIED_HELP)
    updated_at = serializers.DateTimeField(allow_null=True, help_text=UPDATED_HELP)

    class Meta:
        examples = {
            "id": 17,
            "year": 2019,
            "kind": "plenary",
            "held": True,
            "city": "New Delhi",
            "host_country": "India",
            "host": "india",
            "chair": "india",
            "chair_person": "",
            "vice_chair": "russian-federation",
            "start_date": "2019-11-18",
            "end_date": "2019-11-22",
            "dates_note": "",
            "communique_url": "",
            "summary": "The reform cycle ended without agreement on the definition of conflict diamonds.",
            "key_decisions": ["No consensus on broadening the definition of conflict diamonds"],
            "sources": [
                "http://www.gjepc.org/news_detail.php?news=kimberley-process-plenary-fails-to-reach-consensus-on-updating-definition-of-conflict-diamonds"
            ],
            "source_details": SOURCE_DETAILS_EXAMPLE,
            "press_reports_only": False,
            "verified": True,
            "updated_at": "2026-11-20T09:30:00Z",
        }


class OrganisationSerializer(DocumentedSerializer):
    """An organisation that speaks about the KP: observer, NGO, industry body, KP body or newspaper."""

    slug = serializers.SlugField(help_text="Stable identifier, used by statements.")
    name = serializers.CharField(help_text="Name of the organisation.")
    kind = serializers.ChoiceField(choices=OrganisationKind.choices, help_text="What kind of organisation it is.")
    website = serializers.CharField(help_text="Its website; may be empty.")
    observer_from = serializers.IntegerField(
        allow_null=True, help_text="First year as an official KP observer, if any."
    )
    observer_to = serializers.IntegerField(allow_null=True, help_text="Last year as a KP observer, if it left.")
    notes = serializers.CharField(help_text="Editors' notes.")
    source_url = serializers.CharField(help_text="Where the facts about it come from; may be empty.")
    updated_at = serializers.DateTimeField(allow_null=True, help_text=UPDATED_HELP)

    class Meta:
        examples = {
            "slug": "world-diamond-council",
            "name": "World Diamond Council",
            "kind": "industry",
            "website": "",
            "observer_from": 2003,
            "observer_to": None,
            "notes": "Industry observer.",
            "source_url": "https://www.kimberleyprocess.com/",
            "updated_at": "2026-11-20T09:30:00Z",
        }
