"""Read-only API endpoints for participants, plenaries (meetings) and organisations."""

from django.db.models import Prefetch

from common.api.history import history_changed_at
from common.api.schema import document_read_viewset
from common.api.viewsets import PublicReadViewSet
from plenaries.filters import OrganisationFilter, ParticipantFilter, PlenaryFilter
from plenaries.models import Country, Organisation, Participant, Plenary, StatusEvent
from plenaries.serializers import OrganisationSerializer, ParticipantSerializer, PlenarySerializer


@document_read_viewset(
    tag="participants",
    noun="participants",
    serializer=ParticipantSerializer,
    list_description=(
        "KP participants: states, and regional organisations acting for their members (the EU), with the "
        "countries each represents and the changes to its standing. Ordered by name."
    ),
    retrieve_description="One participant, by slug.",
    example={
        **ParticipantSerializer.Meta.examples,
        "countries": [{"name": "Angola", "iso_code": "AO"}],
        "status_events": [],
    },
)
class ParticipantViewSet(PublicReadViewSet):
    serializer_class = ParticipantSerializer
    filterset_class = ParticipantFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (
            Participant.objects.with_is_current()
            .annotate(updated_at=history_changed_at(Participant))
            .prefetch_related(
                Prefetch("countries", queryset=Country.objects.order_by("name")),
                Prefetch("status_events", queryset=StatusEvent.objects.order_by("year", "date", "pk")),
            )
            .order_by("name", "pk")
        )


@document_read_viewset(
    tag="plenaries",
    noun="plenaries",
    serializer=PlenarySerializer,
    list_description=(
        "KP meetings: year-end plenaries, mid-year intersessionals and special plenaries, in the order they "
        "happened, with venue, chair and communiqué."
    ),
    retrieve_description="One meeting, by id.",
    example=PlenarySerializer.Meta.examples,
)
class PlenaryViewSet(PublicReadViewSet):
    serializer_class = PlenarySerializer
    filterset_class = PlenaryFilter

    def get_queryset(self):
        return (
            Plenary.objects.annotate(updated_at=history_changed_at(Plenary))
            .select_related("chair", "vice_chair", "host")
            .order_by("sort_key", "pk")
        )


@document_read_viewset(
    tag="organisations",
    noun="organisations",
    serializer=OrganisationSerializer,
    list_description=(
        "Organisations that speak about the KP (observers, NGOs, industry, KP bodies, media): the authors of "
        "statements. Ordered by name."
    ),
    retrieve_description="One organisation, by slug.",
    example=OrganisationSerializer.Meta.examples,
)
class OrganisationViewSet(PublicReadViewSet):
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (
            Organisation.objects.public().annotate(updated_at=history_changed_at(Organisation)).order_by("name", "pk")
        )
