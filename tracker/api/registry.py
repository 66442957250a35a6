"""The list of public resources: mounted by the router, exported in the data package, linked from the root."""

from dataclasses import dataclass, field

from plenaries.api import OrganisationViewSet, ParticipantViewSet, PlenaryViewSet
from reforms.api import OutcomeViewSet, PositionViewSet, ReformAreaViewSet, ReformViewSet
from statements.api import StatementViewSet


@dataclass(frozen=True)
class Resource:
    name: str  # URL segment, router basename and data-package resource name
    viewset: type
    title: str
    description: str
    primary_key: list[str]
    # (fields here, resource, fields there) for the data package's foreignKeys
    foreign_keys: list[tuple[list[str], str, list[str]]] = field(default_factory=list)


RESOURCES = [
    Resource(
        "participants",
        ParticipantViewSet,
        "Participants",
        "KP participants (states and regional organisations) with the countries they represent.",
        ["slug"],
    ),
    Resource(
        "plenaries",
        PlenaryViewSet,
        "Plenaries",
        "KP meetings: plenaries, intersessionals and special plenaries.",
        ["id"],
        [
            (["chair"], "participants", ["slug"]),
            (["vice_chair"], "participants", ["slug"]),
            (["host"], "participants", ["slug"]),
        ],
    ),
    Resource(
        "reform-areas",
        ReformAreaViewSet,
        "Reform areas",
        "The themes civil society tracks.",
        ["slug"],
    ),
    Resource(
        "reforms",
        ReformViewSet,
        "Reforms",
        "Reform proposals with their computed status (stalled, open, adopted…).",
        ["slug"],
        [
            (["area"], "reform-areas", ["slug"]),
            (["sponsor"], "participants", ["slug"]),
            (["continues"], "reforms", ["slug"]),
            (["first_tabled", "first_tabled_kind"], "plenaries", ["year", "kind"]),
        ],
    ),
    Resource(
        "outcomes",
        OutcomeViewSet,
        "Outcomes",
        "What each meeting decided on each proposal.",
        ["id"],
        [(["proposal"], "reforms", ["slug"]), (["plenary_year", "plenary_kind"], "plenaries", ["year", "kind"])],
    ),
    Resource(
        "positions",
        PositionViewSet,
        "Positions",
        "Who is said to have taken which stance on a proposal at a meeting, and who says so.",
        ["id"],
        [
            (["proposal"], "reforms", ["slug"]),
            (["participant"], "participants", ["slug"]),
            (["plenary_year", "plenary_kind"], "plenaries", ["year", "kind"]),
        ],
    ),
    Resource(
        "statements",
        StatementViewSet,
        "Statements",
        "Published statements about the KP, with the reform areas they mention.",
        ["id"],
        [(["organisation"], "organisations", ["slug"]), (["plenary", "plenary_kind"], "plenaries", ["year", "kind"])],
    ),
    Resource(
        "organisations",
        OrganisationViewSet,
        "Organisations",
        "Organisations that publish statements about the KP.",
        ["slug"],
    ),
]
