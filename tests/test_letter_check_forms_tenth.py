"""The letter checks on offline letters from a tenth set of shapes, examples written here (three or more per
class): dates of the authorization already in place are no request dates, and a criteria citation's
"sections" and effective date are no request line."""
from __future__ import annotations

import pytest

from assistant.letters.model_letter_checks import LetterContext, request_dates

CTX = LetterContext(notes=(), requested={"date_range": "05/01/2026 - 07/31/2026"})


@pytest.mark.parametrize("line", [
    "Request 14 more days from BCBS (current authorization through 06/20/2025).",
    "Humana auth (12 visits from 04/22) - 11 used; requesting continuation.",
    "Request continuation; the existing Carelon approval ends 04/30/2026, so we ask for more visits.",
    "We request more sessions: the previous authorization period began 01/06/2026.",
])
def test_dates_of_the_authorization_in_place_are_no_request_dates(line):
    assert request_dates(line, CTX) == []


@pytest.mark.parametrize("line", [
    "- Continued-stay review, sections \"Writing a continued-stay request\"; \"Summary\" (pattern, effective 2026-11-26)",
    "- Outpatient review, sections \"Request\" and \"Limits\" (policy BI273, effective 2021-01-01)",
    "- Guidelines for requests (Level of Care Guidelines, effective from 2025-03-01)",
])
def test_a_criteria_citation_is_no_request_line(line):
    assert request_dates(line, CTX) == []


@pytest.mark.parametrize("line", [
    "I request authorization from 01/01/2026 through 03/31/2026.",
    "We are requesting 10 sessions starting 02/02/2026.",
    "Please approve the request for the period beginning 08/01/2026.",
])
def test_a_request_line_with_dates_not_in_the_request_is_still_found(line):
    assert request_dates(line, CTX) != []
