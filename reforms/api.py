"""API endpoints for reform areas, reforms (proposals), outcomes and positions.

Reads are ReadOnlyModelViewSets; editors also write outcomes and positions: the input
serializer resolves natural keys, then ``outcome_record``/``position_record`` (POST, refusing one that exists)
or ``outcome_correct``/``position_correct`` (PUT, PATCH) apply the same rules and
messages as the admin. History rows get the editor as author via HistoryRequestMiddleware.
"""

from datetime import UTC, datetime

from django.db import transaction
from django.db.models import DateTimeField, F, Value
from django.db.models.functions import Coalesce, Greatest, NullIf
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import status
from rest_framework.response import Response

from common.api.history import history_changed_at
from common.api.prefetch import ValuesPrefetch
from common.api.schema import JSON_ONLY_PARAMETER, RECORD_ID_PARAMETER, document_read_viewset
from common.api.viewsets import PublicReadViewSet
from reforms.filters import OutcomeFilter, PositionFilter, ReformAreaFilter, ReformFilter
from reforms.models import Outcome, Position, ReformArea, ReformProposal
from reforms.serializers import (
    OutcomeCompactSerializer,
    OutcomeInputSerializer,
    OutcomeSerializer,
    PositionInputSerializer,
    PositionSerializer,
    ReformAreaSerializer,
    ReformSerializer,
)
from reforms.services import outcome_correct, outcome_record, position_correct, position_record

_FLOOR = datetime(1970, 1, 1, tzinfo=UTC)  # older than any edit


@document_read_viewset(
    tag="reforms",
    noun="reform areas",
    serializer=ReformAreaSerializer,
    list_description="The themes civil society tracks (scope, secretariat, funding…), in timeline order.",
    retrieve_description="One reform area, by slug.",
    example=ReformAreaSerializer.Meta.examples,
)
class ReformAreaViewSet(PublicReadViewSet):
    serializer_class = ReformAreaSerializer
    filterset_class = ReformAreaFilter
    lookup_field = "slug"

    def get_queryset(self):
        return ReformArea.objects.annotate(updated_at=history_changed_at(ReformArea)).order_by("position", "name", "pk")


@document_read_viewset(
    tag="reforms",
    noun="reforms",
    serializer=ReformSerializer,
    list_description=(
        "Reform proposals put to the KP, each with the status of its line (stalled, open, adopted…) computed "
        "by the stall rule in the database, and what each meeting decided on it. Ordered by the meeting where "
        "each was first tabled. `status` can be filtered and ordered on like any field."
    ),
    retrieve_description="One reform proposal, by slug.",
    example={
        **ReformSerializer.Meta.examples,
        "outcomes": [OutcomeCompactSerializer.Meta.examples],
    },
)
class ReformViewSet(PublicReadViewSet):
    serializer_class = ReformSerializer
    filterset_class = ReformFilter
    lookup_field = "slug"
    values_prefetches = (
        ValuesPrefetch(
            "outcome_rows",
            Outcome.objects.order_by("plenary__sort_key", "pk"),
            key="proposal_id",
            fields=("id", "decision"),
            expressions={"plenary_year": F("plenary__year"), "plenary_kind": F("plenary__kind")},
        ),
        ValuesPrefetch(
            "originator_slugs",
            ReformProposal.originators.through.objects.order_by("organisation__slug"),
            key="reformproposal_id",
            expressions={"slug": F("organisation__slug")},
        ),
    )

    def get_queryset(self):
        # SQLite's two-argument MAX() is NULL if either side is: compare against a floor instead.
        floor = Value(_FLOOR)
        changed = Greatest(Coalesce(history_changed_at(ReformProposal), floor), Coalesce(F("line_changed_at"), floor))
        return ReformProposal.objects.annotate(
            area_slug=F("area__slug"),
            cycle_slug=F("cycle__slug"),
            first_tabled_year=F("first_tabled__year"),
            first_tabled_kind=F("first_tabled__kind"),
            sponsor_slug=F("sponsor__slug"),
            continues_slug=F("continues__slug"),
            line_slug=Coalesce(F("line_root__slug"), F("slug")),
            updated_at=NullIf(changed, floor, output_field=DateTimeField()),
        ).order_by("first_tabled__sort_key", "slug")

    def with_row_columns(self, queryset):
        # The stall rule reads every line at once: for the page's rows only (ReformFilter adds it to
        # filter or order by status).
        return queryset.with_stall_status()


def _write_schema(noun: str, input_serializer, output_serializer, *, created: bool):
    return extend_schema(
        tags=[noun],
        summary=("Record" if created else "Correct") + f" {'an' if noun[0] in 'aeiou' else 'a'} {noun[:-1]}",
        description=(
            "Editors only: a staff account in the Editors group, with `Authorization: Token <key>`. "
            "The same rules and messages as the admin form apply; the change is kept in the record's history."
            + (
                ""
                if created
                else " Send the `ETag` of your GET of this record as `If-Match` so that a change made since you "
                "read it is not overwritten: when it no longer matches, the answer is a `412` and nothing is written."
            )
        ),
        request=input_serializer,
        parameters=[JSON_ONLY_PARAMETER] if created else [JSON_ONLY_PARAMETER, RECORD_ID_PARAMETER],
        responses={(201 if created else 200): output_serializer},  # errors: common.api.schema.error_responses_hook
        examples=[OpenApiExample("input", value=input_serializer.Meta.examples, request_only=True)],
    )


class _EditableViewSet(PublicReadViewSet):
    """Read for everyone; create and correct for editors through an input serializer and a service."""

    input_serializer_class = None

    def create_record(self, data: dict):
        """Create through outcome_record/position_record, refusing a record that exists already."""
        raise NotImplementedError

    def correct(self, instance, data: dict):
        """Correct ``instance`` through outcome_correct/position_correct."""
        raise NotImplementedError

    def _saved(self, instance, status_code):
        fresh = self.get_queryset().get(pk=instance.pk)
        return Response(self.get_serializer(fresh).data, status=status_code)

    def create(self, request, *args, **kwargs):
        serializer = self.input_serializer_class(data=request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        instance = self.create_record(serializer.validated_data)
        return self._saved(instance, status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        with transaction.atomic():
            # Another correction of this row waits for ours to commit, so what If-Match is checked against is
            # what we overwrite. (Its data version moves just after its commit: a narrow gap remains.)
            locked = self.get_object()
            type(locked).objects.select_for_update().filter(pk=locked.pk).exists()
            instance = self.get_object()
            self.check_write_preconditions(request)
            serializer = self.input_serializer_class(
                instance, data=request.data, partial=kwargs.pop("partial", False), context=self.get_serializer_context()
            )
            serializer.is_valid(raise_exception=True)
            self.correct(instance, serializer.validated_data)
        return self._saved(instance, status.HTTP_200_OK)

    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)


@document_read_viewset(
    tag="outcomes",
    noun="outcomes",
    serializer=OutcomeSerializer,
    list_description="What each meeting decided on each proposal, in meeting order.",
    retrieve_description="One outcome, by id.",
    example=OutcomeSerializer.Meta.examples,
)
class OutcomeViewSet(_EditableViewSet):
    serializer_class = OutcomeSerializer
    input_serializer_class = OutcomeInputSerializer
    filterset_class = OutcomeFilter

    def get_queryset(self):
        return Outcome.objects.select_related("proposal__area", "plenary").order_by(
            "plenary__sort_key", "proposal__slug", "pk"
        )

    def create_record(self, data):
        outcome, _ = outcome_record(**data, refuse_existing=True)
        return outcome

    def correct(self, instance, data):
        return outcome_correct(outcome=instance, **data)

    @_write_schema("outcomes", OutcomeInputSerializer, OutcomeSerializer, created=True)
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    @_write_schema("outcomes", OutcomeInputSerializer, OutcomeSerializer, created=False)
    def update(self, request, *args, **kwargs):
        return super().update(request, *args, **kwargs)

    @_write_schema("outcomes", OutcomeInputSerializer, OutcomeSerializer, created=False)
    def partial_update(self, request, *args, **kwargs):
        return super().partial_update(request, *args, **kwargs)


@document_read_viewset(
    tag="positions",
    noun="positions",
    serializer=PositionSerializer,
    list_description=(
        "Claims that a participant took a stance on a proposal at a meeting. Plenaries meet behind closed "
        "doors, so each claim says who makes it and how reliable it is; conflicting claims are kept side by "
        "side and flagged `contested`."
    ),
    retrieve_description="One claim, by id.",
    example=PositionSerializer.Meta.examples,
)
class PositionViewSet(_EditableViewSet):
    serializer_class = PositionSerializer
    input_serializer_class = PositionInputSerializer
    filterset_class = PositionFilter

    def get_queryset(self):
        return (
            Position.objects.with_contested()
            .select_related("proposal", "plenary", "participant")
            .order_by("plenary__sort_key", "proposal__slug", "participant__name", "pk")
        )

    def create_record(self, data):
        position, _ = position_record(**data, refuse_existing=True)
        return position

    def correct(self, instance, data):
        return position_correct(position=instance, **data)

    @_write_schema("positions", PositionInputSerializer, PositionSerializer, created=True)
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    @_write_schema("positions", PositionInputSerializer, PositionSerializer, created=False)
    def update(self, request, *args, **kwargs):
        return super().update(request, *args, **kwargs)

    @_write_schema("positions", PositionInputSerializer, PositionSerializer, created=False)
    def partial_update(self, request, *args, **kwargs):
        return super().partial_update(request, *args, **kwargs)
