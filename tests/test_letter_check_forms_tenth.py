"""The letter checks on offline letters from a tenth set of shapes, examples written here (three or more per
class): dates of the authorization already in place are no request dates, and a criteria citation's
"sections" and effective date are no request line."""
from __future__ import annotations

import pytest

from assistant.letters.model_letter_checks import LetterContext, invented_brackets, request_dates

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


@pytest.mark.parametrize("line", [
    "Requesting 16 sessions over the next 8 weeks - Cigna auth runs through 08/31/25.",
    "We request more visits; the approval expires 09/30/2025.",
    "Requesting continuation, since the Optum auth ends on 10/15/2025.",
])
def test_when_the_authorization_in_place_ends_is_no_request_date(line):
    assert request_dates(line, CTX) == []


@pytest.mark.parametrize("letter, notes", [
    ("SDQ Total Difficulties 25 [emotional 7, conduct 6, peer 5. Prosocial 6]", "Total Difficulties 25 [emotional 7, conduct 6, peer 5; prosocial 6]"),
    ("She said it [the group] helped.", "She said it [the group] helped a lot."),
    ("Plan [reviewed with mother] continues.", "Plan [reviewed with mother] continues weekly."),
])
def test_a_bracket_quoted_from_the_notes_is_not_invented(letter, notes):
    assert invented_brackets(letter, LetterContext(notes=(notes,))) == []


@pytest.mark.parametrize("letter", ["Dear [Reviewer Name]:", "Signed, [Clinician]", "Client: [client name]"])
def test_a_bracket_the_notes_do_not_hold_is_invented(letter):
    assert invented_brackets(letter, LetterContext(notes=("Client reports better sleep.",))) != []
