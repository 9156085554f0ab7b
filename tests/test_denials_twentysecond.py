"""Denial readings on a twenty-second set of forms, examples written here (three or more per class): a code legend or
glossary whose entries decide nothing unless their code sits on an open line; a report with one row per patient where a
note marks ours; a reason the letter withdraws, leaves undecided, says was cleared or did not affect the decision;
someone's account of an earlier rejection; a PDF comments summary (highlights are the letter, sticky notes the reader's);
a form-field dump; the payer's pasted answer under a broker's internal notes; precertification never requested;
verbless eligibility and criteria results; a final decision told by a third party; and long runs of one character."""
from __future__ import annotations

import concurrent.futures
import time

import pytest

from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- a legend or glossary: its entries explain codes; only the ones on an open line count -------------------------------

@pytest.mark.parametrize("layout", [
    # (rows, legend) -- the legend lists a medical-necessity code no line carries, and a code on a paid line
    ("L|01|2027-02-03|90837|REV|Q07|PAID\nL|02|2027-02-10|90837|UPH|Q31|DENY\n",
     "CODE LEGEND\n  Q07  Wrong place of service corrected on review; coding denial reversed\n"
     "  Q31  Claim received after the filing limit\n  Q44  Medical necessity not supported\n"
     "  REV = decision reversed   UPH = decision upheld\n"),
    ("Line 1  03/04/27  90834  reason K2  overturned, paid\nLine 2  03/11/27  90834  reason K9  upheld\n",
     "Glossary\nK2   Invalid modifier\nK9   Claim filed after the timely filing deadline\nK5   Services not medically necessary\n"),
    ("#1 90832 06/01/27 code X15 status OPEN\n#2 90832 06/08/27 code X15 status OPEN\n",
     "Reason codes key\n X15  Received past the filing limit for this plan\n X20  Not medically necessary per policy\n"
     " X21  Prior authorization not obtained\n"),
])
def test_legend_entries_on_no_open_line_give_no_reason(layout):
    rows, legend = layout
    text = f"Harbor Vale Health Plan - appeal outcome file\n{rows}\n{legend}"
    assert reasons(text) == {"timely_filing"}


@pytest.mark.parametrize("entry", [
    "16   Claim/service lacks information or has submission/billing error(s).",
    "16   Claim lacks information which is needed for adjudication.",
    "CO   Contractual obligation. 16  Claim/service lacks information or has billing errors.",
])
def test_a_standard_codes_glossary_wording_adds_no_reason_to_the_code_on_the_line(entry):
    text = ("REMITTANCE ADVICE   Page 1\nCLAIM 4471   DOS 02/11/27   90853   CO-16  55.00\n            REM: M76\n\n"
            f"GLOSSARY\n{entry}\nM76  Missing/incomplete/invalid diagnosis or condition.\n")
    assert reasons(text) == {"coding_or_billing_error"}


# --- one row per patient, ours marked by the sender ---------------------------------------------------------------------

@pytest.mark.parametrize("note,ours", [
    ("only row 2 is ours, the others are other residents", "2"),
    ("Row 2 is my client. Ignore the rest.", "2"),
    ("FYI line 2 is the patient's - rest are other kids on the unit", "2"),
])
def test_rows_of_other_patients_give_no_reason(note, ours):
    text = (f"{note}\n\nDAILY AUTH STATUS - Riverbend Health Plan\n"
            "1 | J. Aldana  | PHP | PENDED | Records requested - progress notes NOT RECEIVED.\n"
            f"{ours} | K. Brandt  | RTC | DENIED | Continued stay criteria not met. Member meets criteria for step-down to PHP.\n"
            "3 | L. Corvino | PHP | PART. CERT | Annual benefit maximum reached after 10 days.\n")
    assert reasons(text) == {"lower_level_of_care_appropriate", "not_medically_necessary"}


# --- a reason withdrawn, left undecided, cleared, or said not to affect the decision -------------------------------------

@pytest.mark.parametrize("sentence", [
    "The plan's earlier appeal letter had also said that therapy notes were not received. The plan has since "
    "received the notes and withdrawn that statement; it is no longer a reason for the decision.",
    "Because we found the program is out of network, we did not need to decide whether the treatment records were "
    "complete enough.",
    "Note: the packet did not include the latest lab results. This did not affect the determination; please send "
    "them with any request for step-down care.",
])
def test_a_reason_ruled_out_is_not_assigned(sentence):
    text = ("Meridian Crest Health\n\nApril 2, 2027\n\nThe claims for sessions with Dr. Lund are denied because "
            f"Dr. Lund is not in the Meridian Crest network and the plan has no out-of-network benefit. {sentence}\n")
    found = reasons(text)
    assert "out_of_network" in found
    assert "insufficient_documentation" not in found and "lower_level_of_care_appropriate" not in found


@pytest.mark.parametrize("hold", [
    "There was a coordination-of-benefits hold in May. The member sent the form and we are primary. That hold is "
    "cleared and is not why the claims denied.",
    "A coordination of benefits question came up on the first claim. It was resolved and is not why these were denied.",
    "An other-coverage review was opened in June. This was closed and was not why the claims were denied.",
])
def test_a_cleared_hold_is_not_a_reason(hold):
    text = ("Carrier response\n\nThe day program claims were denied because no precertification was requested "
            f"before the program started.\n{hold}\n")
    assert reasons(text) == {"no_prior_authorization"}


@pytest.mark.parametrize("account", [
    "Discussion: Mr. Ito said the claims were first sent in May but rejected for a wrong NPI and not resent until August.",
    "Ms. Park reported the bills went out in March but returned for an invalid modifier and sat until July.",
    "The office manager told us the claims were submitted on time but rejected for a missing taxonomy code.",
])
def test_someones_account_of_an_earlier_rejection_is_not_the_reason(account):
    text = ("STATE MEDICAID - FIELD VISIT REPORT\n\nEOB 0301: CLAIM RECEIVED MORE THAN 6 MONTHS FROM DATE OF SERVICE.\n\n"
            f"{account}\n")
    assert reasons(text) == {"timely_filing"}


@pytest.mark.parametrize("line", [
    "EOB 0610: RECIPIENT NOT ELIGIBLE ON DATE OF SERVICE.",
    "Member not eligible on the date of service - enrolled with a managed care plan.",
    "Patient not enrolled for the date of service billed.",
])
def test_verbless_eligibility_on_a_remittance_is_other(line):
    assert "other" in reasons(f"REMITTANCE ADVICE 04/02/2027\nICN 22270001  DOS 03/01/2027  90834  $0.00\n{line}\n")


# --- layouts: a comments summary, a field dump, a pasted answer under internal notes ------------------------------------

def _comments(*items: tuple[str, str]) -> str:
    lines = ["Summary of Comments on review_letter.pdf", "", "Page: 1"]
    for n, (kind, body) in enumerate(items, 1):
        lines += [f"  Number: {n}   Author: clin   Subject: {kind}   Date: 3/2/2027 9:0{n}:00 AM", f'  {body}']
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("letter,note,expected", [
    ('"For two visits the record does not document a start and stop time, so these claims are denied."',
     "WRONG - times are in the video log!!", {"insufficient_documentation"}),
    ('"The claims were denied because the notes were not received by the due date."',
     "we never got their records request, not medically necessary my foot", {"insufficient_documentation"}),
    ('"This service is not medically necessary for this member at this time."',
     "they never asked for the notes, records were not received by them", {"not_medically_necessary"}),
])
def test_comments_summary_reads_highlights_not_sticky_notes(letter, note, expected):
    text = _comments(("Highlight", '"Claim Review Outcome - Ardent Health, March 1, 2027"'), ("Highlight", letter),
                     ("Sticky Note", note))
    assert reasons(text) == expected


@pytest.mark.parametrize("window,days", [("60 calendar days from the date of this notice", 60),
                                          ("30 days from the date of this letter", 30),
                                          ("90 days after the notice date", 90)])
def test_a_form_field_dump_gives_labels_to_values(window, days):
    fields = [("Text", "txt_NoticeDate", "02/01/2027"),
              ("Button", "chk_Reason_NotMedNecessary", "Yes"),
              ("Button", "chk_Reason_OutOfNetwork", "Off"),
              ("Text", "txt_Narrative", "The requested day treatment is not medically necessary for you."),
              ("Text", "txt_AppealBy", window)]
    text = "$ pdftk notice.pdf dump_data_fields\n" + "".join(
        f"---\nFieldType: {t}\nFieldName: {n}\nFieldFlags: 0\nFieldValue: {v}\n" for t, n, v in fields)
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {"not_medically_necessary"}
    assert reading.appeal_deadline_days == days


@pytest.mark.parametrize("heading", ["Carrier response (pasted from e-mail, 4/09/2027)", "Reply from the plan (forwarded)",
                                     "Insurer's answer"])
def test_the_payers_answer_under_internal_notes_is_read(heading):
    text = ("Broker ticket 4471\n\nInternal notes\n 4/02  TK  Called member, she is upset.\n\n"
            f"{heading}\n\nThe partial hospitalization claims were denied because no precertification was obtained "
            "before admission. Routine office visits do not need approval, but this program has to be precertified.\n"
            "Appeal: you can appeal within 180 days of the date on the EOB.\n")
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == {"no_prior_authorization"}
    assert reading.appeal_deadline_days == 180


@pytest.mark.parametrize("limit", ["within 30 days of the first date of service", "within 14 days of the date of service",
                                   "within 10 days after the last date of service"])
def test_a_retro_review_limit_from_a_service_date_is_not_the_appeal_window(limit):
    text = ("Brookfield Health\n\nMay 1, 2027\n\nThe claims were denied because no prior authorization was obtained. "
            f"Retro review is only considered {limit}.\n\nYou may appeal within 180 days of the date of this letter.\n")
    assert read_denial(text).appeal_deadline_days == 180


# --- review level: a final decision told by a third party or a file ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The plan describes its letter as its final decision and states that no further internal appeal is available.",
    "2. Sessions of May - June (6 claims): DENIAL UPHELD. The therapist is not in the plan's network.",
    "H|ACME HEALTH|PROVIDER APPEAL OUTCOMES|GRP1|20270301",
])
def test_a_final_or_upheld_outcome_is_an_internal_appeal_decision(sentence):
    text = f"Benefits advisor letter\n\nApril 3, 2027\n\n{sentence}\nThe provider is not a participating provider.\n"
    assert read_denial(text).review_level == "internal_appeal_decision"


# --- long runs of one character never make a pattern backtrack -------------------------------------------------------

GUARD_S = 60


@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "*" * 3000, "-" * 3000, "_" * 3000, "=" * 3000, "|" * 3000, "." * 3000])
def test_long_runs_in_a_denial_are_read_in_one_pass(run):
    text = (f"Summit Ridge Health Plan{run}Appeals Unit\nApril 3, 2027\n{run}\nReason:{run}The requested residential "
            f"treatment is not medically necessary.{run}Your needs can be met in an intensive outpatient program.\n"
            f"GLOSSARY{run}\n  Q1 {run} Medical necessity\nFieldName: {run}\nNumber: 1 Author: x Subject: {run}\n"
            f"1 | A. B. | {run} | DENIED\nYou may appeal within 180 days of the date of this letter.{run}\n")
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        reading = pool.submit(read_denial, text).result(timeout=GUARD_S)
    assert time.monotonic() - start < GUARD_S
    assert "not_medically_necessary" in {r.category for r in reading.reasons}
