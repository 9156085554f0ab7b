"""Criteria cited by name with edition, title and id; ratings; review level, deadline and expedited cues (synthetic)."""

import pytest

from assistant.denials.read import read_denial

HEAD = "Westbrook Health Plan\nDate: 06/02/2025\n"


@pytest.mark.parametrize("sentence, expected", [
    ('We applied MCG Behavioral Health Care Guidelines, 27th Edition, "Residential Behavioral Health Level of Care, '
     'Adult" (ORG: B-902-RES).',
     "MCG Behavioral Health Care Guidelines, 27th Edition: Residential Behavioral Health Level of Care, Adult (B-902-RES)"),
    ("The reviewer used InterQual(R) 2024 Behavioral Health Criteria, Child and Adolescent Psychiatry, Partial Hospital "
     "subset.", "InterQual 2024 Behavioral Health Criteria: Child and Adolescent Psychiatry, Partial Hospital subset"),
    ("The request was reviewed under Cigna Medical Coverage Policy Number 0499, Transcranial Magnetic Stimulation.",
     "Cigna Medical Coverage Policy Number 0499: Transcranial Magnetic Stimulation"),
    ("We used LCD L34646, Psychological and Neuropsychological Testing, to decide this claim.",
     "LCD L34646 Psychological and Neuropsychological Testing"),
    ("Under the Medicare Benefit Policy Manual, Chapter 15, Section 160, the service is not covered.",
     "Medicare Benefit Policy Manual, Chapter 15, Section 160"),
    ("The services were not reasonable and necessary under section 1862(a)(1)(A) of the Social Security Act.",
     "Social Security Act section 1862(a)(1)(A)"),
    ("We relied on The ASAM Criteria, Third Edition, for this review.", "ASAM Criteria, Third Edition"),
])
def test_named_criteria_keep_edition_title_and_id(sentence, expected):
    assert expected in read_denial(HEAD + sentence + " The services are not medically necessary.").criteria_cited


@pytest.mark.parametrize("sentence, expected", [
    ('Your benefit booklet lists "marriage counseling" under Exclusions, so it is not covered.',
     "benefit booklet: Exclusions: marriage counseling"),
    ("Please see the Limitations section of your Certificate of Coverage. The service is not covered.",
     "Certificate of Coverage: Limitations"),
    ('The plan provision relied on is "Out-of-Area Services" in your Evidence of Coverage. The claim is denied.',
     "Evidence of Coverage: Out-of-Area Services"),
])
def test_plan_document_provisions_are_criteria(sentence, expected):
    assert expected in read_denial(HEAD + sentence).criteria_cited


def test_a_field_label_is_not_a_criterion():
    text = HEAD + "Policy: Riverside College Student Health Insurance Plan\nThe claim is denied: the visit limit was reached."
    assert read_denial(text).criteria_cited == ()


@pytest.mark.parametrize("table, instrument, composite, first", [
    ("  Dimension                        Rating\n  I    Risk of Harm               2\n  II   Functional Status        3\n"
     "  III  Co-Morbidity               2\n  V    Treatment and Recovery History   2\n  Composite score   15\n",
     "LOCUS", "15", ("I Risk of Harm", "2")),
    ("| Dimension | Rating |\n| 1 Acute Intoxication and/or Withdrawal Potential | 1 |\n| 2 Biomedical Conditions | 0 |\n"
     "| 3 Emotional, Behavioral, or Cognitive Conditions | 2 |\n| 4 Readiness to Change | 3 |\n",
     "ASAM", "", ("1 Acute Intoxication and/or Withdrawal Potential", "1")),
    ("I Risk of Harm: 3\nII Functionality: 4\nIII Co-Occurrence of Conditions: 2\nComposite: 21\n",
     "CALOCUS-CASII", "21", ("I Risk of Harm", "3")),
])
def test_dimension_ratings_are_kept_for_the_appeal(table, instrument, composite, first):
    text = (HEAD + f"We rated the request with {instrument}.\n\n{table}\nPartial hospitalization is not medically "
            "necessary.")
    (found,) = read_denial(text).ratings
    assert found.instrument == instrument and found.composite == composite and found.dimensions[0] == first


@pytest.mark.parametrize("letterhead", [
    "NORTHEAST MEDICAL REVIEW - Independent Review Organization\nDecision of the external reviewer",
    "Keystone Review Services - Independent Review Entity for Medicare health plans\nRECONSIDERATION DECISION",
    "STATE DEPARTMENT OF INSURANCE - INDEPENDENT EXTERNAL REVIEW\nFinal decision",
])
def test_a_decision_on_an_independent_reviewers_letterhead_is_external(letterhead):
    text = (letterhead + "\nDate: 03/03/2026\n\nDECISION: UPHELD. Residential treatment was not medically necessary after "
            "day 10.\nThis decision is final.")
    assert read_denial(text).review_level == "external_review"


@pytest.mark.parametrize("heading, upheld", [
    ("LEVEL 1 PROVIDER APPEAL DECISION", "The original claim decisions are upheld."),
    ("FIRST LEVEL MEMBER APPEAL DETERMINATION", "The denials were upheld."),
    ("Level 2 Clinical Appeal Outcome", "The denial has been upheld."),
])
def test_named_appeal_levels_and_plural_upholds_are_internal_decisions(heading, upheld):
    text = f"Acme Health\n{heading}\nDate: 08/12/2025\n{upheld} The services are not medically necessary."
    assert read_denial(text).review_level == "internal_appeal_decision"


@pytest.mark.parametrize("p2p", [
    "Peer-to-peer: available within 14 calendar days of the determination date (this is not an appeal).",
    "Your doctor may request a peer-to-peer review within 5 business days.",
    "A P2P conversation can be scheduled within 7 days of this notice.",
])
def test_a_peer_to_peer_window_is_not_the_appeal_deadline(p2p):
    text = (HEAD + "The request is not medically necessary.\n" + p2p + "\nAn appeal must be filed within 180 days of "
            "receipt of this notice.")
    assert read_denial(text).appeal_deadline_days == 180


@pytest.mark.parametrize("text", [
    "About your request for a fast appeal: You asked us to decide your appeal on an expedited basis. Because the care was "
    "already given, we decided it as a standard appeal.",
    "Expedited external review is available only for care not yet received, so it does not apply to this claim.",
    "You requested an urgent review. Urgent reviews would not apply to these past services.",
])
def test_expedited_named_only_to_refuse_it_is_not_offered(text):
    letter = HEAD + "The appeal is denied: no authorization was obtained.\n" + text
    assert read_denial(letter).expedited_available is False
