"""API output for published statements. Plain fields over prefetched rows: no queries."""

from rest_framework import serializers

from common.api.fields import ValuesField
from common.api.schema import DocumentedSerializer
from plenaries.models import PlenaryKind


class StatementSerializer(DocumentedSerializer):
    """A published statement about the KP, with the reform areas it mentions."""

    id = serializers.IntegerField(help_text="Identifier of the statement in this API.")
    title = serializers.CharField(help_text="Title of the statement, article or report.")
    organisation = serializers.CharField(
        source="public_organisation.slug",
        allow_null=True,
        help_text="Slug of the organisation that published it, if known (and accepted by an editor).",
    )
    organisation_name = serializers.CharField(
        source="public_organisation.name", allow_null=True, help_text="Name of that organisation, if known."
    )
    published_on = serializers.DateField(allow_null=True, help_text="Publication date (ISO 8601), if known.")
    url = serializers.CharField(allow_null=True, help_text="Where it was published, if online.")
    language = serializers.CharField(help_text="Language code of the text (en, fr…); may be empty.")
    plenary = serializers.IntegerField(
        source="plenary.year", allow_null=True, help_text="Year of the meeting it concerns, if any."
    )
    plenary_kind = serializers.ChoiceField(
        choices=PlenaryKind.choices,
        source="plenary.kind",
        allow_null=True,
        help_text="Kind of the meeting it concerns, if any.",
    )
    reform_areas = ValuesField(source="area_slugs", help_text="Slugs of the reform areas it mentions.")
    people = serializers.ListField(child=serializers.CharField(), help_text="Names of the people quoted.")
    text = serializers.CharField(
        help_text="The statement's text: plain text, sanitised (no markup); empty when we do not hold it."
    )
    text_is_excerpt = serializers.BooleanField(
        help_text="True when `text` holds only part of the statement (an excerpt, or a press report's quotes)."
    )
    note = serializers.CharField(help_text="Editors' note: where the text comes from, doubts about the date.")
    updated_at = serializers.DateTimeField(help_text="When this statement last changed.")

    class Meta:
        examples = {
            "id": 12,
            "title": "Civil society walks out of the Kimberley Process plenary",
            "organisation": "kp-civil-society-coalition",
            "organisation_name": "KP Civil Society Coalition",
            "published_on": "2019-11-22",
            "url": "https://www.kpcivilsociety.org/2019/11/22/statement/",
            "language": "en",
            "plenary": 2019,
            "plenary_kind": "plenary",
            "reform_areas": ["scope"],
            "people": ["Shamiso Mtisi"],
            "text": "The plenary failed to agree on the definition of conflict diamonds.",
            "text_is_excerpt": False,
            "note": "",
            "updated_at": "2026-11-20T09:30:00Z",
        }
