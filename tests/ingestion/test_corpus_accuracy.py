"""Extraction on the labelled corpus (tests/extraction/corpus/): the figures printed, and a floor.

The floors are what the extractor reaches today: a change that makes it worse fails here. Raise
them when it gets better. They are figures on real documents, so no test here names one.
"""

import pytest

from statements.corpus import FIELDS, evaluate

pytestmark = pytest.mark.django_db

# part -> (share of all fields right, most meetings chosen wrongly)
FLOORS = {"tune": (0.886, 0), "holdout": (0.797, 0)}


@pytest.mark.parametrize("part", FLOORS)
def test_extraction_holds_its_accuracy_on_the_corpus(kp_data, part, capsys):
    result = evaluate(part)
    floor, wrong_meetings = FLOORS[part]

    with capsys.disabled():
        figures = ", ".join(f"{name} {result.accuracy(name):.0%}" for name in FIELDS)
        print(f"\n{part}: {result.documents} documents, {result.accuracy():.1%} of fields right ({figures})")
    assert result.documents >= 30
    assert result.accuracy() >= floor
    assert result.wrong_meetings <= wrong_meetings  # an empty meeting with a reason beats a wrong one
