"""Denial forms from the eighteenth blind round, by class: redline comparisons, machine summaries in an inbox,
account-based plans (FSA, HSA, HRA), phone-slip shorthand, portal CSV exports, a dated title line, glossed appeal
decisions, outpatient instrument levels and the criteria such letters cite. Every letter here is invented."""

from __future__ import annotations

import pytest

from assistant.denials.layout import revised, without_machine_summary
from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- a comparison of two versions of a letter: the later version is the decision ----------------------------------

@pytest.mark.parametrize("marked, later", [
    ("You may appeal within [-30-]{+90+} days.", "You may appeal within 90 days."),
    ("You may appeal within <del>30</del><ins>90</ins> days.", "You may appeal within 90 days."),
    ("You may appeal within ~~30 days~~ 90 days.", "You may appeal within  90 days."),
])
def test_redline_keeps_the_later_wording(marked, later):
    assert revised(marked) == later


def test_text_without_markup_is_unchanged():
    plain = "Claim 4471 was denied [see page 2] - call {member services}."
    assert revised(plain) == plain


@pytest.mark.parametrize("old, new, gone, kept, days", [
    ("We never received the progress notes we asked for on 3/2/2026, so the review could not be completed.",
     "The notes show weekly panic attacks have stopped; outpatient therapy twice a month can meet the need, so "
     "the requested weekly sessions are not medically necessary.",
     "insufficient_documentation", "not_medically_necessary", 180),
    ("The service was not medically necessary.",
     "The therapist is not a participating provider in our network.",
     "not_medically_necessary", "out_of_network", 180),
    ("Your plan excludes marital counseling.",
     "The claim was received after the 90-day timely filing limit.",
     "non_covered_service_or_diagnosis", "timely_filing", 180),
])
def test_compare_report_reads_the_reissued_letter(old, new, gone, kept, days):
    report = ("Text comparison report\nLegend: [-removed-] {+added+}\n\nNorthgate Health Plan\n\n"
              f"Dear member,\nWe reviewed the claim for therapy. [-{old}-]{{+{new}+}}\n\n"
              "Your right to appeal\n[-You may appeal within 60 days of this letter.-]{+You have 180 days from the "
              "date you receive this letter to ask for an appeal.+}\n")
    reading = read_denial(report)
    assert kept in reasons(report) and gone not in reasons(report)
    assert reading.appeal_deadline_days == days


# --- an inbox or EHR's machine summary above the filed letter is not the payer's word --------------------------------

LETTER = ("Harbor Point Health Plan\nDecember 1, 2026\n\nDear member,\nThe requested family therapy is not medically "
          "necessary because the records show no current family conflict.\nYou may appeal within 180 days of the date "
          "of this letter.\n")


@pytest.mark.parametrize("heading", ["AI SUMMARY (beta)", "Auto-generated summary:", "Smart Summary"])
def test_machine_summary_is_not_read(heading):
    wrapped = (f"Inbox > Faxes\n\n  {heading}\n  * Denial reason: out of network provider.\n  * Appeal deadline: 10 days.\n\n"
               "----- document text -----\n" + LETTER)
    reading = read_denial(wrapped)
    assert {r.category for r in reading.reasons} == {"not_medically_necessary"}
    assert reading.appeal_deadline_days == 180
    assert len(without_machine_summary(wrapped)) == len(wrapped)


# --- account-based plans: a non-qualifying expense, a receipt that shows too little, the balance used up ----------------

@pytest.mark.parametrize("line", [
    "Life coaching is not a qualifying medical expense under the plan.",
    "Gym membership fees are not a qualified medical expense.",
    "Teeth whitening is not an eligible dental expense.",
])
def test_not_a_qualifying_expense_is_non_covered(line):
    assert "non_covered_service_or_diagnosis" in reasons(f"HRA claim decision\nClaim not reimbursed.\n{line}\n")


@pytest.mark.parametrize("line", [
    "The receipt does not show the date of service or who received the care.",
    "Your invoice does not list the provider's name, so the line was denied.",
    "We could not verify that the expense is eligible from the statement you uploaded.",
])
def test_receipt_missing_details_is_insufficient_documentation(line):
    assert reasons(f"HSA reimbursement notice\nAmount not reimbursed: $120.00\n{line}\n") == {"insufficient_documentation"}


@pytest.mark.parametrize("line", [
    "Payment is limited to the amount remaining in your account for the plan year.",
    "Reimbursement was capped at your available balance of $40.00.",
    "Your entire 2026 election has now been reimbursed, so the rest of this claim was denied.",
])
def test_balance_used_up_is_benefit_limit(line):
    assert "benefit_limit_reached" in reasons(f"FSA claim result\nRequested $300.00, paid $40.00.\n{line}\n")


# --- a phone slip's shorthand ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "UM says they never got the tx plan from last month, denied for now.",
    "Denied - reviewer said they don't have the updated assessment or the CALOCUS.",
    "Auth denied, plan hasn't received the progress notes yet.",
])
def test_records_never_received_in_shorthand(line):
    assert reasons(f"PHONE MESSAGE\nFrom: plan UM nurse\n{line}\n") == {"insufficient_documentation"}


@pytest.mark.parametrize("line", [
    "Can ask for expedited - 72 hrs if she gets worse.",
    "Call back to request urgent review (72h) if needed.",
    "Grievance in 60 days, she said we could get expedited 72 hours if he is in crisis.",
])
def test_expedited_offer_in_shorthand(line):
    slip = f"PHONE MESSAGE\nRe: IOP request DENIED, they never got the treatment plan.\n{line}\n"
    assert read_denial(slip).expedited_available


# --- a portal's CSV export: quoted fields are not a quotation --------------------------------------------------------

@pytest.mark.parametrize("legend, category", [
    ('"N12","Your plan has no benefits for Non-participating (out-of-network) therapists."', "out_of_network"),
    ('"X3","This bill duplicates a claim already paid for the same date and provider."', "other"),
    ('"E7","Services by a non-preferred (out-of-area) provider are not covered under this option."', "out_of_network"),
])
def test_csv_legend_rows_give_reasons(legend, category):
    export = ('claims.csv  (portal download)\n"Patient","Claim","Status","Msg"\n"A. B.","C-1","Denied","N12"\n\n'
              f"Message codes\n{legend}\n")
    assert category in reasons(export)


# --- a date set off on the notice's title line dates the notice --------------------------------------------------------

@pytest.mark.parametrize("title, day, days", [
    ("NOTICE OF ADVERSE BENEFIT DETERMINATION", "March 2, 2026", 60),
    ("Notice of Action", "June 10, 2026", 60),
    ("LETTER OF DENIAL", "9/1/2026", 60),
])
def test_title_line_date_counts_a_calendar_deadline(title, day, days):
    from datetime import date, timedelta
    from assistant.denials.deadline import to_date
    from assistant.denials.segments import R
    start = to_date(R["DATE"].search(day))
    due = start + timedelta(days=days)
    letter = (f"[envelope]\nRiver Bend Health\nP.O. Box 1\n\n{title}                 {day}\n\nDear parent,\n"
              "The requested therapy is not medically necessary.\n"
              f"You must ask for a plan appeal by {due.strftime('%B')} {due.day}, {due.year}.\n")
    assert read_denial(letter).appeal_deadline_days == days
    assert isinstance(start, date)


# --- the plan's decision on an appeal, told with a gloss or as an exhausted process -----------------------------------

@pytest.mark.parametrize("line", [
    "We are upholding (keeping) our earlier decision.",
    "We are affirming (standing by) the original denial.",
    "You have now exhausted the plan's internal appeal process.",
])
def test_appeal_decision_wording(line):
    letter = f"Lakeshore Health\nRe: your appeal\n{line} The therapy is not medically necessary.\n"
    assert read_denial(letter).review_level == "internal_appeal_decision"


# --- fewer sessions of outpatient therapy: an instrument's outpatient level is not a lower level of care ---------------

@pytest.mark.parametrize("level_line, fewer", [
    ("The LOCUS composite of 12 points to Level 1, Recovery Maintenance.", "One session a week can meet the need."),
    ("CALOCUS-CASII places her at Level 2, Outpatient Services.", "Her needs can be met with one therapy session per week."),
    ("The score corresponds to Level 2 - Outpatient.", "A single visit each week is enough."),
])
def test_outpatient_level_with_fewer_sessions_is_frequency(level_line, fewer):
    letter = ("Plan notice\nRequested: psychotherapy 90837, two sessions a week.\nDenied: the second weekly session.\n"
              f"{level_line} {fewer} A second weekly session is not medically necessary and exceeds the frequency "
              "guidelines.\n")
    got = reasons(letter)
    assert "lower_level_of_care_appropriate" not in got and "frequency_or_duration_exceeds_guidelines" in got


@pytest.mark.parametrize("life", [
    "She goes to recovery meetings three times a week and has not relapsed.",
    "He now has outbursts twice a week, not daily.",
    "You exercise three times a week and have not missed work.",
])
def test_how_often_the_client_does_something_is_no_frequency_reason(life):
    letter = f"Plan notice\nWe cannot approve the IOP request. {life} IOP is not medically necessary.\n"
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(letter)


# --- criteria cited ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("The provider scored him with CALOCUS on 3/14/2026, composite 14.", "CALOCUS"),
    ("Using LOCUS from 07/02/26, the composite was 11.", "LOCUS"),
    ("We applied the ASAM Criteria dated 1/5/2026 to the request.", "ASAM Criteria"),
])
def test_a_scoring_date_is_not_part_of_the_criterion(line, name):
    letter = f"Plan notice\nThe request is not medically necessary. {line}\n"
    cited = read_denial(letter).criteria_cited
    assert name in cited and not any("/" in c for c in cited)


@pytest.mark.parametrize("line, name", [
    ("Counseling for general health is not a qualifying medical expense under IRS Publication 502.", "IRS Publication 502"),
    ("This is not an eligible expense under Internal Revenue Code section 213(d).", "Internal Revenue Code section 213(d)"),
    ("Per IRS Pub. 969, this HSA expense is not a qualified medical expense.", "IRS Publication 969"),
])
def test_tax_rules_an_account_plan_cites(line, name):
    assert name in read_denial(f"Account claim decision\nNot reimbursed.\n{line}\n").criteria_cited


@pytest.mark.parametrize("line", [
    "Out-of-network care is excluded, as listed in the Service Benefit Plan brochure.",
    "See the Member Plan brochure, page 12, for the exclusion of non-network therapists.",
    "The Coverage brochure does not include care from out-of-network providers, so this claim is denied.",
])
def test_a_plan_brochure_is_a_cited_plan_document(line):
    cited = read_denial(f"Claim notice\nDenied.\n{line}\n").criteria_cited
    assert any("brochure" in c.lower() for c in cited)
