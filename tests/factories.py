"""The one way tests build data."""

import factory
from factory.django import DjangoModelFactory

from plenaries.models import Country, Organisation, Participant, Plenary, PlenaryKind, StatusEvent
from reforms.models import Decision, Milestone, Outcome, Position, ReformArea, ReformProposal, ReviewCycle, Stance
from reforms.services import proposal_line_sync
from statements.models import ReviewStatus, Statement


class ParticipantFactory(DjangoModelFactory):
    class Meta:
        model = Participant
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Participant {n}")
    slug = factory.Sequence(lambda n: f"participant-{n}")
    iso_code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    joined_year = 2003
    source_url = "https://example.org/participants"


class CountryFactory(DjangoModelFactory):
    class Meta:
        model = Country

    name = factory.Sequence(lambda n: f"Country {n}")
    iso_code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(90 - n % 26)}")
    represented_by = factory.SubFactory(ParticipantFactory)
    source_url = "https://example.org/countries"


class StatusEventFactory(DjangoModelFactory):
    class Meta:
        model = StatusEvent

    participant = factory.SubFactory(ParticipantFactory)
    kind = "suspended"
    year = 2013
    description = factory.Sequence(lambda n: f"Event {n}")
    source_url = "https://example.org/events"


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = "civil_society"


class PlenaryFactory(DjangoModelFactory):
    class Meta:
        model = Plenary
        django_get_or_create = ["year", "kind"]

    # Wraps so a long test session never leaves the years the model accepts (2000–2100).
    year = factory.Sequence(lambda n: 2003 + n % 90)
    kind = PlenaryKind.PLENARY
    city = factory.Sequence(lambda n: f"City {n}")
    host_country = "Host"
    chair = factory.SubFactory(ParticipantFactory)
    source_url = "https://example.org/communique"


class ReformAreaFactory(DjangoModelFactory):
    class Meta:
        model = ReformArea
        django_get_or_create = ["slug"]

    slug = "scope"
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())


class ReviewCycleFactory(DjangoModelFactory):
    class Meta:
        model = ReviewCycle
        django_get_or_create = ["slug"]

    slug = "cycle-2017-2019"
    name = "2017–2019 review and reform cycle"
    start_year = 2017
    end_year = 2019


class ProposalFactory(DjangoModelFactory):
    class Meta:
        model = ReformProposal
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Proposal {n}")
    slug = factory.Sequence(lambda n: f"proposal-{n}")
    area = factory.SubFactory(ReformAreaFactory)
    first_tabled = factory.SubFactory(PlenaryFactory)
    source_url = "https://example.org/proposal"

    @factory.post_generation
    def line(proposal, create, extracted, **kwargs):
        # As every writer of proposals does (admin, loader): the line follows what it continues.
        if create:
            proposal_line_sync(proposal=proposal)


class OutcomeFactory(DjangoModelFactory):
    class Meta:
        model = Outcome

    proposal = factory.SubFactory(ProposalFactory)
    plenary = factory.LazyAttribute(lambda o: o.proposal.first_tabled)
    decision = Decision.DEFERRED
    summary = "Talks to continue."
    source_url = "https://example.org/outcome"


class PositionFactory(DjangoModelFactory):
    class Meta:
        model = Position

    proposal = factory.SubFactory(ProposalFactory)
    plenary = factory.LazyAttribute(lambda o: o.proposal.first_tabled)
    participant = factory.SubFactory(ParticipantFactory)
    stance = Stance.BLOCKED
    reported_by = "An observer"
    source_url = "https://example.org/position"


class MilestoneFactory(DjangoModelFactory):
    class Meta:
        model = Milestone

    proposal = factory.SubFactory(ProposalFactory)
    year = 2024
    description = factory.Sequence(lambda n: f"Milestone {n}")
    source_url = "https://example.org/milestone"


class StatementFactory(DjangoModelFactory):
    class Meta:
        model = Statement

    title = factory.Sequence(lambda n: f"Statement {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    published_on = factory.Faker("date_between", start_date="-5y", end_date="-1d")
    url = factory.Sequence(lambda n: f"https://example.org/statements/{n}")
    text = "The plenary failed to agree on the definition of conflict diamonds."
    language = "en"
    review_status = ReviewStatus.PUBLISHED


def dataset_document() -> dict:
    """A small dataset file that keeps every rule: tests break one rule at a time (check_dataset)."""

    def meeting(year, kind, chair, vice_chair, start, end, held=True, chair_note=""):
        return {
            "year": year,
            "kind": kind,
            "held": held,
            "city": "New Delhi" if held else "",
            "host_country": "India",
            "host": chair,
            "chair": chair,
            "chair_person": "",
            "chair_note": chair_note,
            "vice_chair": vice_chair,
            "start_date": start,
            "end_date": end,
            "dates_note": "",
            "communique_url": "",
            "summary": "",
            "key_decisions": [],
            "source_url": f"https://www.kimberleyprocess.com/{year}-{kind}",
            "more_sources": [],
            "verified": True,
        }

    def participant(slug, name, code):
        return {
            "slug": slug,
            "name": name,
            "kind": "state",
            "iso_code": code,
            "joined_year": 2003,
            "left_year": None,
            "notes": "",
            "source_url": "https://www.kimberleyprocess.com/participants",
            "more_sources": [],
            "verified": True,
            "status_events": [],
            "countries": [
                {"name": name, "iso_code": code, "source_url": "https://www.kimberleyprocess.com/participants"}
            ],
        }

    return {
        "meta": {"title": "Test dataset"},
        "reform_areas": [{"slug": "scope", "name": "Scope", "position": 1, "description": "", "keywords": ["scope"]}],
        "review_cycles": [
            {
                "slug": "cycle-2017-2019",
                "name": "2017–2019 cycle",
                "start_year": 2017,
                "end_year": 2019,
                "body": "",
                "source_url": "https://www.kimberleyprocess.com/cycle",
            }
        ],
        "participants": [participant("india", "India", "IN"), participant("russian-federation", "Russia", "RU")],
        "organisations": [
            {
                "slug": "coalition",
                "name": "Civil Society Coalition",
                "kind": "civil_society",
                "observer_from": 2007,
                "observer_to": None,
                "notes": "",
                "source_url": "https://www.kpcivilsociety.org/about/",
                "website": "",
                "aliases": [],
            }
        ],
        "plenaries": [
            meeting(2019, "intersessional", "india", "russian-federation", "2019-06-17", "2019-06-21"),
            meeting(2019, "plenary", "india", "russian-federation", "2019-11-18", "2019-11-22"),
            meeting(2020, "plenary", None, None, None, None, held=False, chair_note="Chairmanship postponed."),
            meeting(2021, "plenary", "russian-federation", None, "2021-11-08", "2021-11-12"),
        ],
        "proposals": [
            {
                "slug": "definition",
                "title": "Broader definition",
                "area": "scope",
                "cycle": "cycle-2017-2019",
                "description": "",
                "first_tabled": "2019 intersessional",
                "sponsor": "india",
                "originators": ["coalition"],
                "continues": None,
                "source_url": "https://www.kimberleyprocess.com/definition",
                "more_sources": [],
                "verified": True,
                "outcomes": [
                    {
                        "meeting": "2019 plenary",
                        "decision": "no_consensus",
                        "summary": "No consensus.",
                        "source_url": "https://www.kimberleyprocess.com/2019-communique",
                        "more_sources": [],
                        "verified": True,
                    }
                ],
                "milestones": [],
            }
        ],
        "positions": [
            {
                "proposal": "definition",
                "meeting": "2019 plenary",
                "participant": "russian-federation",
                "stance": "blocked_consensus",
                "reported_by": "Civil Society Coalition",
                "confidence": "medium",
                "note": "",
                "source_url": "https://www.kpcivilsociety.org/2019-closing/",
                "more_sources": [],
                "verified": True,
            }
        ],
        "statements": [
            {
                "title": "Closing remarks",
                "organisation": "coalition",
                "published_on": "2019-11-22",
                "url": "https://www.kpcivilsociety.org/2019-closing/",
                "meeting": "2019 plenary",
                "reform_areas": ["scope"],
                "people": [],
                "note": "",
            }
        ],
        "open_questions": [],
    }
