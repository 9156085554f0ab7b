"""Denial readings on a thirty-second set of forms, examples written here (three or more per class, and three where a rule
could over-fire): the payer's explanation quoted under a heading that names the notice as its source; a request that came
after the dates of service, and the rule that services be requested before they start, as no prior authorization; the
request told back ("What was requested:", "your provider told us ...") gives no reason; a payer notice enclosed in someone
else's paper (appendix, attachment, schedule) gives the reasons and the carrying paper none; a notice in Polish; a
guideline lead-in inside a list item ends where the prose comes back to its margin; time documented short of a
time-based code; an amount judged "more than ... supports" against a long-named guideline; a plan's maximum benefit for
visits is a limit, not maximum therapeutic benefit; an administrative hearing as the next step, and a refund window as no
appeal window; a notice's letterhead found above its own date line further down a page; dimension titles used as labels;
a manual's named chapter and section, a policy's section in lower case, and a contract beside a manual."""
from __future__ import annotations

import pytest

from assistant.denials.foreign_notice import sentence_language
from assistant.denials.read import read_denial
from assistant.denials.spanish import is_spanish


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str, tail: str = "You may appeal within 180 days of the date of this notice.") -> str:
    return (f"Ridgeway Health Plan\nNotice date: 04/06/2026\n\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
            f"Why we made this decision:\n{body}\n\n{tail}\n")


# --- the payer's explanation quoted under a heading naming its source --------------------------------------------------

@pytest.mark.parametrize("page, expected", [
    ("MyClaims app\nPre-checks\n  Prior authorization: not required\n\nPLAN'S EXPLANATION (from your EOB dated 3/2/2026)\n"
     '  "This therapist is not in the Ridgeway network for your HMO plan. Your plan pays only for in-network care."\n\n'
     "What you can do\n  Ask about a network exception\n", {"out_of_network"}),
    ("Claim tracker\nStatus: denied\n\nInsurer's message (from the remittance advice)\n"
     '  "You have used all 20 visits allowed per calendar year under your plan. The benefit maximum has '
     'been reached."\n\nOur notes\n  call the plan about the count\n', {"benefit_limit_reached"}),
    ("Billing portal -- claim 7781\n\nPayer's words (from the denial letter)\n"
     '  "The records you sent do not include a treatment plan. We requested it on 2/4 and it was not received."\n\n'
     "Next steps\n  send the plan again\n", {"insufficient_documentation"}),
])
def test_quoted_explanation_under_a_payer_source_heading_is_the_payer_speaking(page, expected):
    assert reasons(page) == expected


@pytest.mark.parametrize("body", [
    'Guideline text:\n  "Outpatient care is appropriate when the member can be safely treated at a lower level of care."\n\n'
    "Your records show daily panic attacks, so the requested IOP days are not medically necessary.",
    "The policy says:\n  \"Services must be requested before they start and documented with a signed plan.\"\n\n"
    "The requested sessions are not medically necessary.",
    '"Custodial care is not covered," the guideline reads.\nThe stay is not medically necessary at this time.',
])
def test_a_quoted_guideline_stays_criteria_text(body):
    assert reasons(_letter(body)) == {"not_medically_necessary"}


# --- a late request, and the rule that it come first --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Our records show the first request we got for this program was a phone call on 05/20/2026, two days after the last "
    "date of service.",
    "The authorization request was faxed to us on 03/30/2026, after the dates of service on this claim.",
    "Partial hospitalization services must be approved before they begin. We have no record of a call before 02/02/2026.",
])
def test_a_request_after_the_service_dates_is_no_prior_authorization(body):
    assert reasons(_letter(body)) == {"no_prior_authorization"}


@pytest.mark.parametrize("body", [
    "The claim was received after the dates of service, as every claim is. The sessions are not medically necessary.",
    "Your request was received before the services began. The records do not show a need for 3 visits a week; "
    "the sessions are not medically necessary.",
    "Services must be requested by the provider. The requested stay is not medically necessary.",
])
def test_a_request_told_in_time_is_no_authorization_reason(body):
    assert "no_prior_authorization" not in reasons(_letter(body))


# --- the request told back ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "What was requested: Your son's therapist told us he has not made progress in weekly therapy and needs IOP.\n\n"
    "His needs can be met safely with weekly outpatient therapy.",
    "Your provider told us there has been no improvement since March and asked for a higher level of care. "
    "Weekly outpatient therapy can safely meet her needs.",
    "What we were asked to approve: partial hospitalization, because the program reported little progress in IOP.\n\n"
    "Her needs can be met in her current intensive outpatient program.",
])
def test_the_requesters_account_of_no_progress_gives_no_reason(body):
    assert reasons(_letter(body)) == {"lower_level_of_care_appropriate"}


def test_a_payer_finding_of_no_progress_still_counts():
    for body in ("The notes show no measurable progress over eight months of weekly sessions.",
                 "Treatment has plateaued; the records show no improvement since January.",
                 "Your provider told us about the move. The notes show no measurable progress since then."):
        assert "no_progress_or_maintenance" in reasons(_letter(body))


# --- a payer notice enclosed in someone else's paper ---------------------------------------------------------------------

_CARRIERS = [
    "MAPLE GROVE COUNSELING -- memo to the board\n\n1. Frequency. Colleagues see CO-151 denials for twice-weekly sessions in "
    "a crisis. We ask for a clearer rule.\n\n2. Session length. Sessions of 52 minutes should be billed as 90834.\n\n",
    "PAYMENT AGREEMENT\n\n1. The family may ask the insurer to review. The practice will refund any overpayment within 30 "
    "days.\n\n2. The therapist noted little progress in couples work so far.\n\n",
    "SCHOOL 504 REFERRAL\nParent note: the psychiatrist said she has not made progress, and insurance said no.\n\n",
]
_ENCLOSURES = [
    "APPENDIX B -- Denial notice received by Maple Grove (the text is otherwise unedited)\n\n",
    "SCHEDULE 1 -- Insurer letter (retyped by the office manager from the member's copy)\n\n",
    "ATTACHMENT A -- Explanation of Benefits, copied from the parent's copy\n\n",
]


@pytest.mark.parametrize("carrier, enclosure", list(zip(_CARRIERS, _ENCLOSURES)))
def test_an_enclosed_notice_gives_the_reasons_and_its_carrier_none(carrier, enclosure):
    notice = ("Ridgeway Health Plan\nDate of this notice: 04/06/2026\n\nWe did not approve the request. The records you sent "
              "do not contain a treatment plan. The services are not medically necessary.\n")
    assert reasons(carrier + enclosure + notice) == {"insufficient_documentation", "not_medically_necessary"}


@pytest.mark.parametrize("text", [
    _letter("The requested sessions are not medically necessary.") + "\nENCLOSURE -- copy of your appeal letter\n"
    "I disagree; my son has made no progress without more sessions.\n",
    _letter("Your provider is not in our network for this plan.") + "\nAttachment: list of network providers near you\n",
    "Plan memo\nThe notes show no measurable progress since January.\n\nAPPENDIX A -- glossary of terms\nIOP: intensive "
    "outpatient program.\n",
])
def test_no_enclosed_notice_leaves_the_letter_as_it_is(text):
    assert reasons(text) - {"other"}
    before = reasons(text)
    assert before == reasons(text)  # stable, and the letter's own reason is kept
    assert ("not_medically_necessary" in before or "out_of_network" in before or "no_progress_or_maintenance" in before)


# --- a notice in Polish -------------------------------------------------------------------------------------------------

_PL_HEAD = "Lakeshore Medicaid Plan\nZAWIADOMIENIE / NOTICE\nData zawiadomienia / Notice date: 2 marca 2026 r.\n\nDLACZEGO / WHY\n"


@pytest.mark.parametrize("body, expected", [
    ("Prosiliśmy terapeutę o plan leczenia dwa razy i nie otrzymaliśmy go.", {"insufficient_documentation"}),
    ("Pani potrzeby mogą być bezpiecznie zaspokojone na niższym poziomie opieki, w terapii ambulatoryjnej raz w tygodniu.",
     {"lower_level_of_care_appropriate"}),
    ("Leczenie stacjonarne nie jest obecnie medycznie konieczne dla tego pacjenta.", {"not_medically_necessary"}),
])
def test_a_polish_notice_is_read_through_the_glossary(body, expected):
    tail = "\nOdwołanie musi do nas wpłynąć najpóźniej do dnia 1 maja 2026 r.\n"
    reading = read_denial(_PL_HEAD + body + "\n" + tail)
    assert {r.category for r in reading.reasons} == expected
    assert reading.appeal_deadline_days == 60


def test_polish_and_portuguese_and_spanish_stay_apart():
    assert sentence_language("Odwołanie musi do nas wpłynąć najpóźniej do dnia 14 maja.") == "pl"
    assert sentence_language("O plano não cobre a terapia na clínica do centro.") == "pt"
    assert sentence_language("Você pode pedir um recurso em até 60 dias da data deste aviso.") == "pt"
    assert is_spanish("Su plan no cubre la terapia. Usted puede apelar dentro de 60 días de la fecha del aviso. Los "
                      "servicios no son necesarios. UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z pomocy.")
    assert not is_spanish("Nie możemy zatwierdzić wniosku. Odwołanie musi do nas wpłynąć najpóźniej do dnia 14 maja. "
                          "Może je złożyć Pan sam, Pana lekarz lub inna osoba. Jeśli czekanie zagrozi zdrowiu.")


# --- a lead-in inside a list item ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("1. The records we have do not support the stay.\n   We used the LOCUS, Version 20:\n   - Risk of Harm: no plan or "
     "intent since May.\n   - Functional Status: attending work.\n   Your needs can be met safely in outpatient therapy.",
     {"lower_level_of_care_appropriate"}),
    ("2. We applied the ASAM Criteria, 3rd Edition:\n   - Dimension 1: no withdrawal signs.\n   Your needs can now be met "
     "in an intensive outpatient program.\n3. The stay is not medically necessary.",
     {"lower_level_of_care_appropriate", "not_medically_necessary"}),
    ("A. Our reviewer used these criteria:\n   - ongoing risk requiring 24-hour care.\n"
     "B. The requested residential days are not medically necessary.", {"not_medically_necessary"}),
])
def test_a_list_under_an_indented_lead_in_ends_at_its_margin(body, expected):
    assert reasons(_letter(body)) == expected


@pytest.mark.parametrize("body", [
    "The MCG guideline says:\n  The patient can be safely treated at a lower level of care when risk is low.\n"
    "The requested sessions are not medically necessary.",
    "Criteria used:\n  - No progress after 60 days of treatment.\n  - Custodial care only.\n"
    "The requested sessions are not medically necessary.",
    "The policy states the following:\n  \"Records that are missing signatures are incomplete.\"\n"
    "The requested sessions are not medically necessary.",
])
def test_quoted_criteria_under_a_margin_lead_in_give_no_reason(body):
    assert reasons(_letter(body)) == {"not_medically_necessary"}


# --- time, amounts and limits ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "For the three dates, the documented time (40 to 47 minutes) does not meet the time required for CPT 90837.",
    "The recorded psychotherapy minutes do not reach the 53-minute threshold for the code billed.",
    "We will pay the five sessions at the level of CPT 90834 (45 minutes).",
])
def test_time_short_of_a_time_based_code_is_a_frequency_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "Four program days a week for three more weeks is more than his present symptoms and the InterQual Behavioral Health "
    "Criteria, 2025 release, Substance Use Disorders: Intensive Outpatient, continuing-care subset support.",
    "Twelve additional visits are more than the records and the plan's Outpatient Psychotherapy Clinical Guideline, "
    "section on frequency of sessions for adjustment disorders, would support at this time.",
    "Daily sessions for another month are more than her current level of functioning, as documented in the notes "
    "from the last three weeks of care, requires.",
])
def test_an_amount_judged_more_than_a_long_named_guideline_supports(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "You have reached the maximum benefit for outpatient mental health visits under this policy (8 visits per year).",
    "You have exhausted the maximum benefit for therapy visits under this plan.",
    "The visits were denied because you reached the maximum benefit per calendar year for counseling.",
])
def test_a_maximum_benefit_for_visits_is_a_limit_not_a_plateau(body):
    got = reasons(_letter(body))
    assert "no_progress_or_maintenance" not in got and "benefit_limit_reached" in got


@pytest.mark.parametrize("body", [
    "She has reached maximum therapeutic benefit from weekly psychotherapy.",
    "The records show he has achieved maximum medical benefit, and further sessions are maintenance.",
    "Treatment has reached maximum benefit; no further improvement is expected.",
])
def test_maximum_therapeutic_benefit_is_still_no_progress(body):
    assert "no_progress_or_maintenance" in reasons(_letter(body))


# --- deadlines and review level -------------------------------------------------------------------------------------

@pytest.mark.parametrize("tail", [
    "You have 60 days from the date of this notice to ask for a hearing.",
    "Administrative hearing: you may ask for an administrative hearing within 60 days of the date of this notice.",
    "If you disagree, you can request a hearing. Your request must be made within 60 days of the date of this notice.",
])
def test_a_hearing_as_the_next_step_has_its_window(tail):
    assert read_denial(_letter("The requested sessions are not medically necessary.", tail)).appeal_deadline_days == 60


@pytest.mark.parametrize("tail", [
    "If the plan later pays, the practice will refund any overpayment within 30 days.",
    "You may ask us to review this. We will refund the difference within 45 days if we change our decision.",
    "If your review succeeds, we refund the balance within 14 days of the corrected payment.",
])
def test_a_refund_window_is_no_appeal_window(tail):
    assert read_denial(_letter("The requested sessions are not medically necessary.", tail)).appeal_deadline_days is None


_PANE = "Document viewer -- Appeals folder\nProperties\n  Owner ...... billing\n  Status ..... filed\n\nPreview\n"


@pytest.mark.parametrize("head, level", [
    ("MEDICARE APPEAL DECISION\nPart A Qualified Independent Contractor (QIC)\nP.O. Box 1\n", "external_review"),
    ("Independent Review Organization -- External Review Decision\nP.O. Box 2\n", "external_review"),
    ("Ridgeway Health Plan -- Member Appeals\nP.O. Box 3\n", "initial_denial"),
])
def test_the_letterhead_above_a_notices_own_date_further_down_a_page(head, level):
    text = (_PANE + head + "\nDate of this notice: 04/06/2026\n\nWe have made a decision on this claim. The sessions "
            "are not medically necessary.\n")
    assert read_denial(text).review_level == level


# --- criteria named -----------------------------------------------------------------------------------------------------

def _criteria(body: str) -> list[str]:
    return list(read_denial(_letter(body)).criteria_cited)


def test_dimension_titles_used_as_labels_are_cited():
    body = ("Our reviewer used the LOCUS.\n  - Risk of Harm: no intent or plan.\n  - Functional Status: working full time.\n"
            "  - Level of Support: lives with a supportive partner.\nOutpatient care can safely meet your needs.")
    got = " | ".join(_criteria(body))
    assert "Risk of Harm" in got and "Functional Status" in got and "Level of Support" in got
    calocus = _criteria("We used CALOCUS-CASII.\n- Resiliency and Response to Services: improving.\n"
                        "The requested PHP is not medically necessary.")
    assert any("Resiliency and Response to Services" in c for c in calocus)


def test_dimension_titles_without_an_instrument_or_as_prose_are_not_cited():
    for body in ("- Risk of Harm: no intent or plan. The requested PHP is not medically necessary.",
                 "We used the LOCUS. Her functional status has improved; the PHP days are not medically necessary.",
                 "We used the ASAM Criteria. The risk of harm is low and the stay is not medically necessary."):
        assert not any("Dimension" in c for c in _criteria(body))


@pytest.mark.parametrize("body, wanted", [
    ("Under the Crestline Provider Manual, Outpatient Services chapter, Section 3.1 (Visits Requiring Approval), therapy "
     "after the 12th visit must be approved first.", "Outpatient Services chapter, Section 3.1"),
    ("See your policy, Section 7 - Exclusions and Limitations, item 14.", "Section 7 - Exclusions and Limitations, item 14"),
    ("Under your Participating Provider Agreement and the Ridgeway Provider Manual, Section 5.2, the visits must be "
     "approved first.", "Ridgeway Provider Manual, Section 5.2"),
])
def test_a_manual_chapter_a_policy_section_and_a_contract_beside_a_manual(body, wanted):
    got = _criteria(body)
    assert any(wanted in c for c in got)
    assert not any("Agreement" in c for c in got)
