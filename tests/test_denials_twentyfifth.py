"""Denial readings on a twenty-fifth set of forms, examples written here (three or more per class): a two-column gloss
table ruled with one "|" (the letter on one side, a reader's plain words on the other) read row by row; bare adjustment
codes in a grid column headed CARC; a split decision told as labels ("PARTIALLY OVERTURNED", "Upheld (...):") is still
a denial; a field with a dotted leader gives no reason; a remark that restates a benefit-maximum code adds no frequency
reason; a reader saying the payer is "not saying" a reason rules it out; a review still ahead ("OPM review deadline") is
no outside decision; prior approval never asked for, in plain words; an EOB note ending on "(Code N)"; a claim window
counted from "DOS" is no appeal window; criteria: a statute cited with a capital "Section", a coding rule in the
singular, a billing or provider guide, and a source the text says was not named."""
from __future__ import annotations

import pytest

from assistant.denials.code_columns import labelled_code_cells
from assistant.denials.read import read_denial
from assistant.denials.side_by_side import side_by_side


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- a two-column gloss table ruled with one "|" ---------------------------------------------------------------------

_GLOSS = """{title}
{rule}
 {left_head:<48}| {right_head}
{rule}
{rows}
{rule}
"""


def _gloss(title: str, heads: tuple[str, str], rows: list[list[tuple[str, str]]]) -> str:
    rule = "-" * 96
    body = f"\n{rule}\n".join("\n".join(f" {a:<48}| {b}" for a, b in row) for row in rows)
    return _GLOSS.format(title=title, rule=rule, left_head=heads[0], right_head=heads[1], rows=body)


_TRANSLATOR = _gloss("Interpreter's worksheet - Vantage Valley Health Plan notice", ("ORIGINAL NOTICE", "IN PLAIN ENGLISH"), [
    [("Vantage Valley Health Plan - Notice of Denial", "The plan's letter."),
     ("Date: 04/03/2026", "")],
    [("We reviewed the request for partial", "They looked at the day program"),
     ("hospitalization, 5 days a week. Your needs can", "request."),
     ("be met in a less intensive", "They want regular therapy"),
     ("setting. Partial hospitalization is not", "instead."),
     ("medically necessary.", "")],
    [("You may appeal within 60 days of the date of", "Two months to appeal."),
     ("this notice.", "")],
])

_TRAINER = _gloss("Front-desk training: reading a notice", ("NOTICE TEXT", "TRAINER COMMENT"), [
    [("Keystone Mutual Health - Adverse Determination", "Header."),
     ("Notice date: 09/14/2026", "Clock starts here.")],
    [("The residential stay from 09/01/2026 was", "Reason is the level of care: they"),
     ("reviewed. Your care could safely continue at a", "say outpatient would do."),
     ("lower level of care (outpatient therapy), so", "Records were fine - do not log"),
     ("continued stay is not medically", "this as missing paperwork."),
     ("necessary.", "")],
    [("To appeal, write to us within 180 days.", "Calendar it.")],
])

_CASE_MANAGER = _gloss("Case manager's decoder sheet", ("WHAT THE PLAN WROTE", "WHAT IT MEANS FOR US"), [
    [("Brightwater Community Health Plan", "Medicaid plan."),
     ("Date of notice: 02/20/2026", "")],
    [("The request for day treatment was reviewed by", "A doctor looked at it."),
     ("our physician. The needs described can be met", "They think weekly therapy is"),
     ("with outpatient services. Day treatment is", "enough, so no day program."),
     ("not medically necessary at this time.", "")],
    [("You have 60 days from this notice to ask for", "Appeal deadline."),
     ("an appeal.", "")],
])


@pytest.mark.parametrize("text", [_TRANSLATOR, _TRAINER, _CASE_MANAGER])
def test_a_gloss_table_is_read_row_by_row_with_whole_sentences(text):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {"lower_level_of_care_appropriate", "not_medically_necessary"}
    assert reading.appeal_deadline_days in (60, 180)


def test_each_row_gives_its_left_cell_then_its_right_cell():
    out = side_by_side(_TRANSLATOR)
    assert "Your needs can\nbe met in a less intensive\nsetting. Partial hospitalization is not\nmedically necessary.\n" in out
    assert out.index("medically necessary.") < out.index("They looked at the day program")


def test_a_table_with_several_bars_or_bars_at_the_edge_is_left_alone():
    pipe_grid = "\n".join(f"| {i} | claim {i} | denied |" for i in range(8))
    inner = "\n".join(f" {i}  | 2026-01-0{i} | CO-50 | note" for i in range(8))
    assert side_by_side(pipe_grid) == pipe_grid
    assert side_by_side(inner) == inner


# --- bare codes in a column headed CARC -------------------------------------------------------------------------------

_GRID = """Sunfield County Schools - Medicaid claiming vendor report
Line detail
 Learner   DOS         CPT    Clinician        {head}  Remark  Billed
 A.B.      01/12/2026  90832  Ortega, P         {a:<5} {ra:<6}  41.00
 C.D.      01/19/2026  90834  Ortega, P         {b:<5} {rb:<6}  66.00

Providers may request review within 30 days of this remittance.
"""


@pytest.mark.parametrize("head, a, b, ra, rb, expected", [
    ("CARC", "29", "29", "--", "--", {"timely_filing"}),
    ("CARC", "197", "31", "--", "--", {"no_prior_authorization", "other"}),
    ("Adj code", "119", "119", "--", "--", {"benefit_limit_reached"}),
])
def test_bare_codes_under_a_reason_code_heading_are_read(head, a, b, ra, rb, expected):
    assert reasons(_GRID.format(head=head, a=a, b=b, ra=ra, rb=rb)) == expected


def test_a_payer_own_reason_column_is_not_read_as_adjustment_codes():
    text = _GRID.format(head="Rsn", a="4", b="4", ra="--", rb="--")
    assert labelled_code_cells(text) == text


# --- a split decision told as labels ---------------------------------------------------------------------------------

@pytest.mark.parametrize("decision, paid, kept", [
    ("Our decision: PARTIALLY OVERTURNED.",
     "- Overturned for 04/04/2026 and 04/11/2026: the notes record the session's time.",
     "- Upheld (three dates): 05/02/2026, 05/09/2026, 05/16/2026. The notes for these dates do not record the start and "
     "stop time."),
    ("Outcome: OVERTURNED IN PART",
     "- We overturned the denial for the first two weeks, which are now paid.",
     "- Upheld (one date): 03/03/2026. The record does not include a signed treatment plan for this date."),
    ("Appeal result: partially overturned",
     "- The sessions of 06/01/2026 through 06/15/2026 were overturned and will be reprocessed.",
     "- Upheld (two weeks in July): 07/07/2026-07/21/2026. We did not receive the progress notes we asked for."),
])
def test_a_split_decision_told_as_labels_is_still_a_denial(decision, paid, kept):
    text = (f"Prairie Gate Health - Level 1 Appeal Decision\nJune 30, 2026\n\n{decision}\n\n{paid}\n{kept}\n\n"
            "You may ask for a Level 2 appeal within 60 days of the date of this letter.\n")
    reading = read_denial(text)
    assert reading.is_denial
    assert "insufficient_documentation" in {r.category for r in reading.reasons}
    assert reading.appeal_deadline_days == 60


# --- a dotted-leader field gives no reason ---------------------------------------------------------------------------

@pytest.mark.parametrize("field", [
    "Other primary coverage (COB) ........ NONE ON FILE",
    "Timely filing limit ................ 365 days",
    "Coordination of benefits ........... none",
    "Experimental service flag .......... N",
])
def test_a_dotted_leader_field_is_no_reason(field):
    text = ("Tri-Lakes Health Plan - Claim Determination\nNotice date: 05/05/2026\n"
            f"{field}\nSessions used this year ........... 30 of 30\n"
            "The claim for 05/01/2026 is denied because the annual visit limit has been reached.\n"
            "You may appeal within 180 days of this notice.\n")
    assert reasons(text) == {"benefit_limit_reached"}


# --- a remark that restates a benefit-maximum code -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "0124  Room & board       12   9,600.00   PR-119  N640",
    "90837  06/02/2026   CO-119 N362   0.00",
    "Claim line 3: PR-119, N435 - days over the plan maximum",
])
def test_a_frequency_remark_beside_a_benefit_maximum_adds_no_frequency_reason(line):
    text = f"Lakeshore Health Remittance Advice\nRA date 06/20/2026\n{line}\n"
    assert reasons(text) == {"benefit_limit_reached"}


def test_a_frequency_remark_on_its_own_line_still_counts():
    text = "Lakeshore Health Remittance Advice\nRA date 06/20/2026\n90837  06/02/2026  CO-45  N640  0.00\n"
    assert "frequency_or_duration_exceeds_guidelines" in reasons(text)


# --- a reader saying what the payer is not claiming ------------------------------------------------------------------

@pytest.mark.parametrize("remark, ruled_out", [
    ("Note from our biller: they are not saying the records were missing.", "insufficient_documentation"),
    ("Nobody is claiming the provider was out of network here.", "out_of_network"),
    ("The plan never said an authorization was missing.", "no_prior_authorization"),
])
def test_a_reason_the_reader_says_the_payer_is_not_giving_is_ruled_out(remark, ruled_out):
    text = ("Granite Peak Health - Notice of Adverse Determination\nDate: 08/08/2026\n"
            "The requested intensive outpatient program is not medically necessary.\n"
            f"{remark}\nYou may appeal within 180 days.\n")
    got = reasons(text)
    assert "not_medically_necessary" in got and ruled_out not in got


# --- a review still ahead is not an outside decision ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Timeline: OPM review deadline is 90 days after the reconsideration letter.",
    "Open item: the OPM review step has not been started.",
    "Reminder: OPM review request not yet located in the file.",
])
def test_an_opm_review_still_ahead_is_not_an_outside_decision(line):
    text = ("Federal Plan Benefits - Reconsideration Decision\nMay 4, 2026\n"
            "We have reconsidered our decision and we are upholding our denial. The residential stay was not "
            "medically necessary.\nYou may ask OPM to review it. You must write to OPM within 90 days after the date "
            f"of this letter.\n{line}\n")
    reading = read_denial(text)
    assert reading.review_level == "internal_appeal_decision"
    assert reading.appeal_deadline_days == 90


# --- prior approval never asked for, in plain words -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We did not receive a request for approval from the clinic before the evaluation took place.",
    "We have no record that your doctor requested or obtained approval for these sessions.",
    "Approval was never requested, so we cannot pay for this program.",
])
def test_approval_never_asked_for_is_a_prior_authorization_reason(sentence):
    text = f"Cedar Plains Health\nMarch 3, 2026\nThis service needs approval before it is given. {sentence}\n"
    assert "no_prior_authorization" in reasons(text)


# --- an EOB note ending on its code -----------------------------------------------------------------------------------

@pytest.mark.parametrize("note, expected", [
    ("B  Your plan does not pay for this when it is billed this way. (Code 97)", "coding_or_billing_error"),
    ("D  This provider does not take part in your plan's network. (Code 242)", "out_of_network"),
    ("E  We have no record of an approval in advance for this program (code 197).", "no_prior_authorization"),
])
def test_an_eob_note_ending_on_its_code_reads_the_code(note, expected):
    text = f"Riverbend Senior Advantage - Explanation of Benefits\nDate of this notice: July 1, 2026\nNOTES\n {note}\n"
    assert expected in reasons(text)


def test_a_place_of_service_code_in_brackets_is_no_reason():
    reading = read_denial("Riverbend Health EOB\nVisit billed at place of service (code 11).\n")
    assert "11" not in reading.codes


# --- a claim window counted from DOS is no appeal window ---------------------------------------------------------------

@pytest.mark.parametrize("window", [
    "Review note: corrected claims for review are accepted within 180 days from DOS.",
    "Appeal tip: a replacement claim can be filed within 12 months after the DOS.",
    "Reconsideration: resubmit a corrected claim within 90 days of the DOS.",
])
def test_a_claim_window_counted_from_dos_is_no_appeal_deadline(window):
    text = ("Hollow Creek Medicaid Remittance\nRA date: 10/10/2026\nCO-16 claim lacks information. "
            f"{window}\nProviders who disagree may request a review within 30 days of the date of this "
            "Remittance Advice.\n")
    assert read_denial(text).appeal_deadline_days == 30


# --- criteria named in forms the reader missed -----------------------------------------------------------------------

_DENIED = ("Summit Ridge Health\nApril 9, 2026\nYour claim is denied because the billing does not follow our rules. "
           "{cite}\nYou may appeal within 60 days.\n")


@pytest.mark.parametrize("cite, expected", [
    ("This follows Texas Insurance Code Section 1369.55.", "Texas Insurance Code section 1369.55"),
    ("See Oregon Revised Statutes Section 743A.168.", "Oregon Revised Statutes section 743A.168"),
    ("We applied Welfare and Institutions Code Section 14059.5.", "Welfare and Institutions Code section 14059.5"),
    ("We used the CPT time rule for psychotherapy.", "CPT time rule"),
    ("Per the HCPCS Level II guideline on units, the code is wrong.", "HCPCS Level II guideline"),
    ("See the Bayview Medicaid Billing Guide, Section 7.2 (Units).", "Bayview Medicaid Billing Guide, Section 7.2"),
    ("We applied the Behavioral Health Provider Guide, Section 3.", "Behavioral Health Provider Guide, Section 3"),
    ("This follows the Summit Ridge Coding Guide.", "Summit Ridge Coding Guide"),
])
def test_criteria_named_in_these_forms_are_found(cite, expected):
    found = read_denial(_DENIED.format(cite=cite)).criteria_cited
    assert any(expected in name for name in found), found


@pytest.mark.parametrize("remark", [
    "Examiners' note: the notice does not name Summit Ridge Medical Policy 4.02.110.",
    "The letter failed to cite Summit Ridge Clinical Policy BH-77.",
    "The notice was sent without naming the Summit Ridge Testing Guideline.",
])
def test_a_source_the_text_says_was_not_named_is_not_cited(remark):
    assert read_denial(_DENIED.format(cite=remark)).criteria_cited == ()
