"""Denial readings on a twenty-fourth set of forms, examples written here (three or more per class): check boxes and
bullets from a symbol font pasted as Latin letters ("þ" ticked, "¨" empty); "acute" describing the member is no level of
care; the appellant's own "I do not agree ... because:" on a request form gives no payer reason; an issue "no longer part
of this denial" is ruled out; a scanner app's export (title block, watermark, page markers, OCR specks at the page
edge) is read as the letter; a less intensive program that "could have met" the needs of a past stay is a lower level;
a request summary's length of care is no filing window; and the date of a call or scan reporting a notice is not the
notice's date."""
from __future__ import annotations

import pytest

from assistant.denials.glyphs import symbol_glyphs
from assistant.denials.read import read_denial
from assistant.denials.scan_export import is_scan_export, without_scan_marks


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- symbol-font check boxes pasted as Latin letters ---------------------------------------------------------------

def test_symbol_letters_become_boxes_of_the_same_length():
    text = "Outcome:  \u00a8 Covered   \u00fe Not covered\n\u00a7 Reviewed by a physician.\n\u00a7 1862(a) applies."
    out = symbol_glyphs(text)
    assert len(out) == len(text)
    assert "\u2610 Covered" in out and "\u2611 Not covered" in out
    assert "\u25aa Reviewed" in out and "\u00a7 1862(a)" in out  # a section sign before a number stays one


def test_text_without_a_standalone_box_letter_is_unchanged():
    text = "Member: Sigr\u00fe\u00f3r Jonsson\nSee \u00a7 422.566 of the rules."
    assert symbol_glyphs(text) == text


@pytest.mark.parametrize("boxes, expected", [
    ("\u00fe Your therapist did not send the records we asked for on 03/02.\n"
     "\u00a8 The provider is not in our network.\n\u00a8 You have reached the limit of your benefit.\n",
     {"insufficient_documentation"}),
    ("\u00a8 We did not get the records we asked for.\n"
     "\u00fe The provider is not in our network and your plan has no out-of-network benefits.\n"
     "\u00a8 The service is not covered by your plan.\n", {"out_of_network"}),
    ("\u00a8 The provider is not in our network.\n"
     "\u00fe Partial hospitalization is not medically necessary for you; intensive outpatient care can meet your needs.\n"
     "\u00a8 You have used all the visits your plan allows this year.\n",
     {"not_medically_necessary", "lower_level_of_care_appropriate"}),
])
def test_only_ticked_symbol_boxes_give_reasons(boxes, expected):
    text = ("Blue Harbor Health Plan\nNOTICE OF DENIAL\nDate: 04/10/2026\n"
            "Your request was:   \u00a8 Approved     \u00fe Denied\n\nWhy did we deny it?  (checked reasons apply)\n"
            + boxes + "\n\u00d8 You may appeal within 60 days of the date of this notice.\n")
    assert reasons(text) == expected


# --- "acute" describing the member is not a level of care ------------------------------------------------------------

@pytest.mark.parametrize("rationale", [
    "The policy allows twice-weekly therapy during an acute episode or after a hospital stay; neither is documented.",
    "More than one session a week is covered when acute symptoms are present, and none are described.",
    "A second weekly visit is allowed for acute risk of harm, which the notes do not show.",
])
def test_acute_as_a_symptom_word_keeps_a_frequency_cut_a_frequency_reason(rationale):
    text = ("Lakeland Community Health Plan\nDate: 05/02/2026\n\nWe approved 1 therapy visit a week and denied the "
            "second weekly visit.\nWhy: Your needs can be met with one therapy visit a week.\n"
            f"Rationale: {rationale} The requested frequency exceeds what the records support.\n\n"
            "You may appeal within 60 days of this notice.\n")
    got = reasons(text)
    assert "frequency_or_duration_exceeds_guidelines" in got
    assert "lower_level_of_care_appropriate" not in got


# --- the appellant's own disagreement on a request form --------------------------------------------------------------

@pytest.mark.parametrize("lead_in, argument", [
    ("5. I do not agree with the decision on my claim because:",
     "   The claims were rejected as out of network, but I checked and the doctor is in network."),
    ("Reason for disagreement:",
     "   We think the plan said the visits were billed with the wrong code; the code was right."),
    ("Why I disagree (explain below):",
     "   The letter must be about the visit limit, and I have not used my visits yet."),
])
def test_the_appellants_argument_under_a_lead_in_gives_no_payer_reason(lead_in, argument):
    text = ("APPEAL REQUEST FORM (copy for our file)\n1. Member name: R. Okafor\n" + lead_in + "\n" + argument + "\n"
            "\n---- attached: the plan's decision, retyped ----\n\nRiverbend Health\nDate of this notice: 02/14/2026\n"
            "Decision: Denied. The records sent do not include a treatment plan, and the visits were not medically "
            "necessary.\nYou may appeal within 180 days of the date you receive this notice.\n")
    got = reasons(text)
    assert not got & {"out_of_network", "coding_or_billing_error", "benefit_limit_reached"}
    assert "not_medically_necessary" in got


# --- an issue the letter says is no longer part of the denial ------------------------------------------------------

@pytest.mark.parametrize("taken_back, ruled_out", [
    ("The first notice said the provider was out of network; she joined our network in May, and that issue is no "
     "longer part of this decision.", "out_of_network"),
    ("Our earlier letter stated no authorization was on file. The authorization was found, and it is no longer part "
     "of this denial.", "no_prior_authorization"),
    ("An earlier review mentioned a coordination-of-benefits hold; the other coverage ended, and that hold is no "
     "longer part of this review.", "other"),
])
def test_an_issue_no_longer_part_of_the_denial_is_ruled_out(taken_back, ruled_out):
    text = ("Summit Valley Health\nDate: 06/20/2026\n\nDecision: We are upholding the denial.\nReason: Residential "
            "treatment was not medically necessary for the dates reviewed.\n" + taken_back + "\n\n"
            "You may request an external review within 4 months of this letter.\n")
    got = reasons(text)
    assert ruled_out not in got
    assert "not_medically_necessary" in got


# --- a scanner app's export --------------------------------------------------------------------------------------

_PAGE_TWO = ("Reason: The stay was reviewed with the plan's criteria. Intensive outpatient care could have safely\n"
             "met your needs.                                    l\nThe residential stay was not medically necessary.\n"
             "Your rights: You may ask for an external review. Your request must be received by March 2, 2026.\n")


@pytest.mark.parametrize("head, mark", [
    ("Document: Scan Nov 18 2025 at 16.02 (2 pages)\nExported from QuickScan Pro - OCR (English)\n",
     "                         Scanned with QuickScan Pro\n"),
    ("Title: New Scan 2025-11-18\n", "Made with PocketScanner\n"),
    ("", "                 Scanned by DocSnap\n"),
])
def test_a_scanner_export_is_read_as_the_letter(head, mark):
    text = (head + "---- page 1 ----\nNorthgate Health Plan\nAppeals Unit\n\nDecember 1, 2025        Appeal ID: NX-44\n\n"
            "Dear Member:\nThis is our decision on your appeal. We are upholding the denial.\n" + mark
            + "---- page 2 ----\n:.\n" + _PAGE_TWO + mark)
    assert is_scan_export(text)
    kept = without_scan_marks(text)
    assert "page 2" not in kept and "Scan" not in kept.replace("Scanned", "") and "\n:.\n" not in kept
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {"not_medically_necessary", "lower_level_of_care_appropriate"}
    assert reading.notice_date.isoformat() == "2025-12-01"
    assert reading.appeal_deadline_days == 91


def test_a_letter_that_is_no_scan_keeps_its_lines():
    text = "Acme Health\nScanned with care by our mailroom team on request.\nDecision: denied.\n   I\n"
    assert without_scan_marks(text) == text


# --- a less intensive program that could have met the needs of a past stay ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "An intensive outpatient program could have safely met her needs during those weeks.",
    "Partial hospitalization would have provided the structure he needed.",
    "Outpatient therapy with weekly sessions could have addressed these symptoms.",
])
def test_a_program_that_could_have_met_the_needs_is_a_lower_level(sentence):
    text = ("Crestline Health\nDate: 07/15/2026\n\nDecision: The residential stay from 05/01/2026 to 05/30/2026 is "
            f"denied.\nReason: The stay was not medically necessary. {sentence}\n\n"
            "You may appeal within 180 days of this notice.\n")
    assert reasons(text) == {"not_medically_necessary", "lower_level_of_care_appropriate"}


# --- a request summary's length of care is no filing window ---------------------------------------------------------

@pytest.mark.parametrize("summary", [
    "What was requested: 21 days of inpatient psychiatric care after the emergency visit.",
    "What you asked for: 14 days of residential treatment in a second-level appeal.",
    "What your provider requested: 45 days of partial hospitalization on appeal.",
])
def test_a_request_summary_length_of_care_is_not_the_deadline(summary):
    text = ("Pinecrest Health Plan\nOctober 1, 2026\n\nThis is the decision on your second-level appeal.\n" + summary
            + "\nDecision: We are upholding the denial. The care was not medically necessary.\n\n"
            "Your rights: You may ask for an external review. Your request must be received by January 29, 2027.\n")
    assert read_denial(text).appeal_deadline_days == 120


# --- the date of a call, chat or scan that reports the notice ------------------------------------------------------

@pytest.mark.parametrize("header, told", [
    ("Call date: 03/30/2026 14:05", "REP: I see the notice we mailed on March 2, 2026. The counselor is not in our network."),
    ("Chat date: 03/30/2026", "AGENT: Your denial notice was sent on March 2, 2026. The counselor is not in our network."),
    ("Conversation date: 03/30/2026", "REP: The notice dated March 2, 2026 says the counselor is not in our network."),
])
def test_the_date_of_a_call_reporting_the_notice_is_not_the_notice_date(header, told):
    text = (f"MEMBER SERVICES TRANSCRIPT\n{header}\nMember: J. Abara\n\n{told}\n"
            "REP: You have 60 days from the date on the notice to appeal.\n")
    reading = read_denial(text)
    assert reading.notice_date.isoformat() == "2026-03-02"
    assert reading.appeal_deadline_days == 60
