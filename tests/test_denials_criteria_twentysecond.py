"""Criteria named in full (labels and instructions dropped, a rule's subject, coding books, plan brochures, asides with
edition or id) and the date of a letter quoted inside another document (synthetic)."""

import datetime as dt

import pytest

from assistant.denials.read import read_denial

HEAD = "Harborline Health Plan\nDate: 03/09/2026\n"
DENIED = " The requested service is not medically necessary and is denied."


def cited(text: str) -> tuple[str, ...]:
    return read_denial(text).criteria_cited


# --- a report's label or instruction is not part of a criterion's name ---------------------------------------------

@pytest.mark.parametrize("text, expected, junk", [
    ("Decision: Denied\nGuideline Applied: ASAM Criteria, Third Edition\nThe residential stay is not medically necessary.",
     "ASAM Criteria, Third Edition", "Applied"),
    ("Row 2 | Pending | Submit ECSII scores by Friday.\nRow 3 | Denied | Not medically necessary per ECSII.",
     "ECSII", "Submit"),
    ("Sources used: InterQual 2025 Behavioral Health Criteria\nOutcome: continued stay not medically necessary.",
     "InterQual 2025 Behavioral Health Criteria", "used"),
])
def test_labels_and_instructions_are_not_part_of_the_name(text, expected, junk):
    names = cited(HEAD + text)
    assert expected in names
    assert not any(n.startswith(junk) for n in names)


def test_a_scoring_day_without_a_year_is_not_part_of_the_name():
    names = cited(HEAD + "Comment: CALOCUS-CASII 2/14: composite 12. Outpatient care can meet the need." + DENIED)
    assert not any("2/14" in n for n in names)


# --- a rule cited by number keeps the subject written after the number -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Criteria: Ohio Medicaid rule OAC 5122-29 community mental health services\nThe day program is denied.",
     "OAC 5122-29 (community mental health services)"),
    ("Oklahoma Health Care Authority applied OAC 317:30-5-241 outpatient behavioral health; the request is denied.",
     "OAC 317:30-5-241 (outpatient behavioral health)"),
    ("Basis: 42 CFR 456.160 certification of need for inpatient care\nThe stay is denied.",
     "42 CFR 456.160 (certification of need for inpatient care)"),
])
def test_rule_number_keeps_its_subject(text, expected):
    assert expected in cited(HEAD + text)


def test_a_sentence_after_the_rule_number_is_no_subject():
    names = cited(HEAD + "Under Texas rule TAC 354.1001 requires prior approval for this service, so it is denied.")
    assert not any("requires" in n for n in names)


# --- coding reference books a payer cites for a coding rule --------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The claims were reviewed against the AMA CPT 2025 Professional Edition time rules.",
     "AMA CPT 2025 Professional Edition time rules"),
    ("Per CPT Assistant guidelines, add-on code 90785 needs a documented interactive factor.", "CPT Assistant guidelines"),
    ("The HCPCS Level II codebook lists H0035 as a per diem code.", "HCPCS Level II codebook"),
])
def test_coding_books_are_criteria(sentence, expected):
    assert expected in cited(HEAD + sentence + " The line is denied.")


# --- a plan's own brochure named with the plan, form id and section ------------------------------------------------

@pytest.mark.parametrize("sentence, parts", [
    ("We relied on Section 5(a), Medical services and supplies, of the 2026 Northfield Standard Option brochure "
     "(RI 73-101).", ["Northfield Standard Option brochure", "(RI 73-101)", "Section 5(a) Medical services and supplies"]),
    ("See Section 3.2 (exclusions) and Section 7 (definitions) of the Pinecrest Silver HMO Evidence of Coverage.",
     ["Pinecrest Silver HMO Evidence of Coverage", "Section 3.2 exclusions", "Section 7 definitions"]),
    ("Coverage is decided by the 2025 Tidewater Bronze booklet (TB-2025) for this plan.",
     ["2025 Tidewater Bronze booklet (TB-2025)"]),
])
def test_plan_brochure_with_id_or_section_is_named_in_full(sentence, parts):
    names = cited(HEAD + sentence + DENIED)
    assert any(all(p in n for p in parts) for n in names), names


# --- an aside after a name that holds its edition, revision or id ---------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The reviewer used the Riverbend Health Adolescent Day Treatment Criteria (rev. 02/2025).",
     "Riverbend Health Adolescent Day Treatment Criteria (rev. 02/2025)"),
    ("We applied the Cedar Mutual Reimbursement Policy - Interactive Complexity (policy no. RP-77, eff. 07/01/2025).",
     "Cedar Mutual Reimbursement Policy - Interactive Complexity (policy no. RP-77, eff. 07/01/2025)"),
    ("Our reviewer followed the American Academy of Pediatrics Clinical Practice Guideline for ADHD (2nd edition, 2019).",
     "American Academy of Pediatrics Clinical Practice Guideline for ADHD (2nd edition, 2019)"),
])
def test_aside_with_edition_revision_or_id_stays_with_the_name(sentence, expected):
    assert expected in cited(HEAD + sentence + DENIED)


# --- a letter quoted inside another document: its date is the notice date ------------------------------------------

@pytest.mark.parametrize("text, notice, days", [
    ("Forwarded by my client, Date: 06/20/2025\nHere is what the plan's letter of May 2 said:\n"
     '"Your request for partial hospitalization is denied because it is not medically necessary. You may appeal '
     'no later than July 1, 2025."', dt.date(2025, 5, 2), 60),
    ("Application form, signed 01/15/2026\nMy insurer said no. Their denial from December 19 states: "
     '"Intensive outpatient care is denied as not medically necessary. Your appeal must be received by February 17, '
     '2026."', dt.date(2025, 12, 19), 60),
    ("Email sent 09/30/2025\nWestvale Health's notice dated 9/3 reads:\n> \"Residential treatment is denied. It is not "
     'medically necessary. You can ask for an appeal no later than November 2, 2025."', dt.date(2025, 9, 3), 60),
])
def test_quoted_letter_date_is_the_notice_date(text, notice, days):
    reading = read_denial(text)
    assert reading.notice_date == notice
    assert reading.appeal_deadline_days == days


def test_a_payer_quoting_the_members_letter_keeps_its_own_date():
    text = ("Harborline Health Plan\nDate: 04/01/2025\nYour letter dated March 3 says: \"I need more sessions.\" "
            "We reviewed it. Twice-weekly therapy is not medically necessary and is denied. You may appeal by May 1, 2025.")
    reading = read_denial(text)
    assert reading.notice_date == dt.date(2025, 4, 1)
    assert reading.appeal_deadline_days == 30
