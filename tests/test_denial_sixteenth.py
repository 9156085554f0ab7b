"""Denial readings on a sixteenth set of forms, examples written here (three or more per class): the hits of a
line-numbered search (grep -n); a word spelled out for a listener in a read-aloud transcript; someone else's paper
copying the payer's letter word for word; fewer weekly sessions of the same service (frequency, not a lower level);
coordination of benefits told as "we pay after your other insurance"; a window given as a span and, a sentence later,
as a calendar date; the date of an earlier decision in a reply's header; a window an earlier letter gave, reported
to take it back; a term the plan defines, cited with its source; an edition after an aside; the program's own scores."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.denials.layout import search_hits, unspelled
from assistant.denials.read import read_denial


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


# --- the hits of a line-numbered search ---------------------------------------------------------------------------

@pytest.mark.parametrize("hits, expected", [
    ("7:We cannot approve the requested residential days. The stay is not\n8-medically necessary because\n"
     "9:your needs can be met in an intensive outpatient program.\n--\n14:You may appeal within 180 days of this letter.\n"
     "15-Send your appeal to the address above.\n", {"not_medically_necessary", "lower_level_of_care_appropriate"}),
    ("31-Reviewer note: the progress notes we received did not\n32:include a signed treatment plan. The claim is\n"
     "33-denied.\n--\n40:Your appeal must be filed within 60 days of this notice.\n41-Mail it to Appeals.\n",
     {"insufficient_documentation"}),
    ("102:The provider is not in our network and your plan has no\n103-out-of-network benefits, so this claim is denied.\n"
     "104-\n--\n120:You have 90 days from this notice to appeal.\n121-Call us with questions.\n", {"out_of_network"}),
])
def test_grep_hits_are_read_as_the_lines_they_show(hits, expected):
    text = "here's what grep found:\n$ grep -n -C1 -i 'denied|appeal' notice.txt\n" + hits
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == expected
    assert reading.appeal_deadline_days in (180, 60, 90)


@pytest.mark.parametrize("text", [
    "10:02:15 Agent: your claim was processed.\n10:03:40 Caller: ok\n10:05:01 Agent: thanks\n10:06:12 Agent: bye\n"
    "10:07:00 Caller: bye\n",
    "12-05-2026 office visit\n12-12-2026 office visit\n12-19-2026 office visit\n12-26-2026 office visit\n"
    "12-30-2026 office visit\n",
    "3: first\n2: second\n5: third\n4: fourth\n6: fifth\n",
])
def test_clock_times_dates_and_unordered_numbers_are_not_grep_prefixes(text):
    assert search_hits(text) == text


# --- a word spelled out for a listener -------------------------------------------------------------------------------

@pytest.mark.parametrize("said, expected", [
    ('"We applied Milliman", M-I-L-L-I-M-A-N, "Care Guidelines"', '"We applied Milliman" "Care Guidelines"'),
    ("a review by Magellan (M A G E L L A N) staff", "a review by Magellan staff"),
    ("under the ASAM, A.S.A.M., criteria", "under the ASAM criteria"),
])
def test_a_word_spelled_out_after_it_is_said_is_read_once(said, expected):
    assert unspelled(said) == expected


@pytest.mark.parametrize("text", ["the plan, A-B-C, is new", "a code like F-4-1 here", "call Q-R-S for help"])
def test_letters_that_do_not_spell_the_word_before_stay(text):
    assert unspelled(text) == text


def test_a_spelled_out_guideline_name_is_still_cited():
    text = ("Client reading her notice to me on the phone:\nC: \"We have denied this request. We used\" ... "
            "\"LOCUS\", L-O-C-U-S, \"Version 20, to make this decision. The service is not medically necessary.\"\n")
    assert any("LOCUS" in c and "20" in c for c in read_denial(text).criteria_cited)


# --- someone else's paper copying the payer's letter -----------------------------------------------------------------

@pytest.mark.parametrize("lead_in, own_lines", [
    ("EXACT WORDING OF THE NOTICE (copied by intake):",
     "Intake's guess at the reason: [x] no referral on file\nStaff note: family says the auth ran out.\n"),
    ("Key lines copied from the determination letter:",
     "My read: looks like a timely filing problem?\nOffice comment: we billed late last spring.\n"),
    ("Text of the denial, verbatim, as the mother read it:",
     "Worker's own assessment: benefit limit reached (?)\nNext step: call the plan.\n"),
])
def test_a_copied_letter_gives_the_reasons_and_the_copiers_lines_do_not(lead_in, own_lines):
    text = ("COMMUNITY CLINIC - CASE WORKSHEET\nClient: A. Rivera\n\n" + own_lines + "\n" + lead_in + "\n"
            '   "We will not cover more residential days. Your needs can be met in a partial hospitalization program. '
            'This care is not medically necessary."\n\n'
            "Follow-up: appeal within 180 days of the notice.\n")
    assert reasons(text) == {"lower_level_of_care_appropriate", "not_medically_necessary"}


# --- fewer sessions of the same service --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We approved one session a week. The second weekly session is not approved. Weekly sessions can meet your needs.",
    "Three sessions a week are more than is needed. Weekly therapy can safely meet her needs now.",
    "We denied 8 of the 16 requested sessions. Weekly psychotherapy will meet your needs at this time.",
])
def test_fewer_sessions_of_the_same_service_is_a_frequency_reason_only(body):
    assert reasons("Dear Member:\n" + body + " You may appeal within 180 days.\n") == {
        "frequency_or_duration_exceeds_guidelines"}


def test_a_named_program_keeps_the_lower_level_reason():
    body = ("You asked for five IOP days a week. Three sessions a week are more than is needed, and weekly therapy can "
            "safely meet your needs instead of the intensive outpatient program.")
    assert "lower_level_of_care_appropriate" in reasons("Dear Member:\n" + body + "\n")


# --- coordination of benefits told the other way round ---------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Our records show other coverage. The plan pays after your other health insurance.",
    "We need the other plan's EOB before we can pay this line. Ask your provider to send it.",
    "Under federal rules we only pay second to your employer group plan. Please send its EOB.",
])
def test_paying_after_the_other_plan_is_coordination_of_benefits(note):
    text = ("CLAIM SUMMARY\nLine 1 90834 denied - see note A\nLine 2 90847 denied - see note B\nA " + note + "\n"
            "B Couples counseling is excluded from coverage under your plan.\n")
    assert reasons(text) == {"other", "non_covered_service_or_diagnosis"}


def test_a_line_paid_as_secondary_gives_no_reason():
    assert "other" not in reasons("CLAIM SUMMARY\nLine 1 90834 paid $40\nC Paid as secondary payer after your other "
                                  "health insurance.\nLine 2 90837 is not covered; it is excluded by your plan.\n")


# --- deadlines: a span then its date, an earlier decision's date, a window taken back ------------------------------------

@pytest.mark.parametrize("rights, days", [
    ("You may ask for a redetermination. It must be filed within 120 days of receipt of the initial notice. "
     "Receipt is presumed 5 days after that notice, so we must receive your request by March 11, 2027.", 40),
    ("You can appeal. You have 180 days from the claim decision. Counting from that decision, your appeal is due "
     "by April 30, 2027.", 90),
    ("To dispute this, file within 60 days of the remittance. That means the request must be postmarked no later "
     "than February 15, 2027.", 16),
])
def test_a_span_then_its_calendar_date_counts_by_the_date(rights, days):
    text = (f"Contractor Reopenings Unit\n\nJanuary 30, 2027\n\nRE: reopening request\nOriginal claim decision date: "
            f"10/01/2026\n\nThe lines remain denied as not reasonable and necessary.\n\n{rights}\n")
    reading = read_denial(text)
    assert reading.notice_date == date(2027, 1, 30)
    assert reading.appeal_deadline_days == days


def test_a_conditional_date_after_the_span_is_another_window():
    text = ("Dear Member:\nWe are ending IOP; it is not medically necessary.\n\nYou can appeal within 180 days after you "
            "get this notice. If you appeal by March 3, 2027, your IOP coverage continues while we review the appeal.\n")
    assert read_denial(text).appeal_deadline_days == 180


@pytest.mark.parametrize("label", ["Prior denial date:", "Initial determination (claim) date:", "Original notice date:"])
def test_an_earlier_decisions_date_in_the_header_is_not_the_notice_date(label):
    text = (f"Plan Appeals\n\nMarch 2, 2027\n\nMember: X\n{label} 11/05/2026\n\nYour appeal is denied; the service "
            "is not medically necessary. You may ask for a second-level appeal within 60 days.\n")
    assert read_denial(text).notice_date == date(2027, 3, 2)


@pytest.mark.parametrize("own", ["Date of this notice: April 9, 2027", "This letter is dated April 9, 2027",
                                 "Date of this letter (corrected): April 9, 2027"])
def test_a_notice_naming_its_own_date_wins_over_the_letter_it_replaces(own):
    text = (f"CORRECTED NOTICE\nThis letter replaces our letter dated March 20, 2027.\n\n{own}\n\nWe upheld the denial; "
            "the plan excludes court-ordered testing.\n")
    assert read_denial(text).notice_date == date(2027, 4, 9)


@pytest.mark.parametrize("taken_back", [
    "That letter said you could ask for an external review within four months. That was an error.",
    "Our March 2 notice gave you 30 days to ask for a state fair hearing. That is not correct for this decision.",
    "The earlier letter stated you could request external review within 120 days; it does not apply here.",
])
def test_a_window_an_earlier_letter_gave_is_not_this_notices(taken_back):
    text = ("CORRECTED APPEAL DECISION\n\nWHAT WE CORRECTED\n" + taken_back + "\n\nOUR DECISION\nWe upheld the denial; the "
            "plan excludes this service.\n\nNEXT STEPS\nYou may ask for a second-level appeal within 45 days of this "
            "corrected notice.\n")
    assert read_denial(text).appeal_deadline_days == 45


# --- criteria: a defined term with its source, an edition after an aside, the program's own scores ------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The reviewer applied the Plan's definition of Medically Necessary (Certificate of Coverage, Part 3).",
     "Plan definition of Medically Necessary (Certificate of Coverage, Part 3)"),
    ('We relied on the policy\'s definition of "Custodial Care" and its exclusion of respite care (EOC Section 12).',
     "Policy definition of Custodial Care and exclusion of respite care (EOC Section 12)"),
    ("We applied the plan's definition of Experimental Services in Article 7 of the Plan Document.",
     "Plan definition of Experimental Services (Article 7 of the Plan Document)"),
])
def test_a_defined_term_is_cited_with_its_source(sentence, expected):
    cited = read_denial("Dear Member:\nThe service is not medically necessary. " + sentence + "\n").criteria_cited
    assert expected in cited


@pytest.mark.parametrize("sentence, expected", [
    ("We used the Level of Care Utilization System (LOCUS), Version 20.", "LOCUS, Version 20"),
    ("The reviewer used CALOCUS-CASII (Child and Adolescent Level of Care), Version 2.", "CALOCUS-CASII, Version 2"),
    ("We applied the ASAM (American Society of Addiction Medicine) Criteria, 4th Edition.", "4th Edition"),
])
def test_an_edition_after_an_aside_stays_with_the_name(sentence, expected):
    cited = read_denial("Dear Member:\nThe stay is not medically necessary. " + sentence + "\n").criteria_cited
    assert any(expected in c for c in cited)


@pytest.mark.parametrize("own", ["PROGRAM'S LOCUS (05/01/2027): I-3, II-3, III-2 = composite 20",
                                 "Team's ASAM Dimensions: 1-low, 2-low, 3-high",
                                 "Clinician's CALOCUS ratings: I-2, II-3, III-3"])
def test_the_programs_own_scores_are_not_a_cited_criterion(own):
    text = ("DISCHARGE SUMMARY\n" + own + "\n\nPAYER DETERMINATION\nCopied from the letter:\n"
            '   "Your needs can be met in outpatient care. Continued IOP is not medically necessary."\n')
    assert not any(c.lower().startswith(("program's", "team's", "clinician's")) for c in read_denial(text).criteria_cited)
