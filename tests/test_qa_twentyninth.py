"""Questions answered from the twenty-ninth round of blind sets, by class (examples written here, never the set's own).

- A ZIP code (after a place label, a state's abbreviation, or with a ZIP+4 tail) is no billing code the sources lack.
- A code written in the plural ("how many 90840s") is still that code, for the range a total time falls in.
- A form's own fields ("Group size: 4", "Prior auth: required") record the case; a topic no source covers is read
  only where the asker asks.
- A Medicaid member under 21 (a 19-year-old too) is searched with EPSDT's protection; an adult or a commercial plan's
  member is not.
- A hurried note's later questions that lost their question mark ("... and if so how many units. also can i add X")
  are questions too, once the line has asked one.
- "Is that actually the rule?" points back at the claim above it, and a source sentence saying a fact "alone does
  not" lead to the outcome settles it.
- Knowledge: no extension at the ERISA appeal stage; eligibility denials (CO-27) cannot go to external review.
- The last day to ask for external review is searched in that review's own filing window.
"""

from __future__ import annotations

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.asked import document_parts
from assistant.criteria.codes import unknown_codes
from assistant.criteria.dates import find_window
from assistant.criteria.documents import load_knowledge
from assistant.criteria.payer_topics import absent_topic
from assistant.criteria.question import read_question
from assistant.criteria.ranges import range_line
from assistant.criteria.select import Candidate
from assistant.criteria.unmarked import mark_unmarked
from assistant.criteria.verdicts import asked_text, settles
from qa_passages import retrieved

_KNOWN = {w: 3 for w in ("90837", "90834", "bill", "therapy", "plan", "network", "code", "claim")}


@pytest.mark.parametrize("question", [
    "Directory search - Near: 94110 (San Francisco), within 10 mi. None of them answer. Can the plan make us bill "
    "in-network?",
    "Our second office is at 400 Elm St, Fresno, CA 93721. Do claims from there need a different code?",
    "Mail the appeal to PO Box 12, Tulsa, OK 74101-0012? And which claim form do we bill on?",
])
def test_a_zip_code_is_no_billing_code(question):
    assert unknown_codes(question, _KNOWN) == ()


@pytest.mark.parametrize("question,codes", [
    ("Can we bill 96130 near the end of the testing day?", ("CPT 96130",)),       # "near" with no ZIP after it
    ("Our CA office bills 99492 for care management: is that code paid?", ("CPT 99492",)),
    ("how many 97550s can we bill for the caregiver training?", ("CPT 97550",)),  # a code in the plural
])
def test_a_code_beside_a_place_word_is_still_a_code(question, codes):
    assert unknown_codes(question, _KNOWN) == codes


_CRISIS = Candidate(0, "+90840 is added for each additional 30 minutes beyond the first 74. For example, 75-104 minutes "
                       "is 90839 plus one unit of +90840; 105-134 minutes is 90839 plus two units of +90840; 135-164 "
                       "minutes is 90839 plus three units of +90840.", frozenset(), 1.0, 1.0)


@pytest.mark.parametrize("question,units", [
    ("Three crisis blocks on one day add up to 120 min. How many 90840s go with the 90839?", "two units"),
    ("The crisis ran 80 minutes in two pieces - do we add any 90840's?", "one unit"),
    ("if we total it (140 min) how many +90840s is that", "three units"),
])
def test_a_code_in_the_plural_gets_the_range_its_total_time_falls_in(question, units):
    line = range_line(question, [_CRISIS], {0: 1})
    assert units in line and "[1]" in line


@pytest.fixture(scope="module")
def sections():
    found, problems = load_knowledge()
    assert not problems
    return found


@pytest.mark.parametrize("question", [
    "SKILLS GROUP ROSTER\nDate: 03/02    Group size: 4    Minutes: 75\nFacilitator: J. Ruiz, LCSW\n\n"
    "One teen only answers by typing on a tablet. Does that make interactive complexity billable with 90853?",
    "Encounter slip\nCode: 90853   Group size: 9   Room: B\n\nWho is right: can +90785 ride on a group code?",
    "Form fields\n- Max group size: 10\n- Payer: Aetna\n\nCan the add-on for communication factors go on the "
    "group claim?",
])
def test_a_form_field_is_not_the_topic_asked(sections, question):
    assert absent_topic([question], sections) is None


@pytest.mark.parametrize("question", [
    "Is there a maximum group size for Medicare group psychotherapy?",
    "How many clients can be in one group before 90853 stops being paid?",
    "Our DBT group has 14 members. Is that too many people for a therapy group?",
])
def test_a_question_about_group_size_is_still_not_covered(sections, question):
    topic = absent_topic([question], sections)
    assert topic is not None and "group" in topic["name"]


@pytest.mark.parametrize("question", [
    "She is 20 and on Medicaid; the MCO says she used all 20 visits. Can they stop her therapy?",
    "My 17 yo client's Medi-Cal plan denied more sessions. What do we cite?",
    "A 19-year-old on TennCare hit the yearly cap. Any protection left?",
])
def test_a_medicaid_member_under_21_is_searched_with_epsdt(question):
    assert "EPSDT" in read_question(question).query


@pytest.mark.parametrize("question", [
    "A 19-year-old on a Cigna PPO hit the 20-visit cap. Any protection?",        # commercial, not Medicaid
    "My Medicaid client is 34 and the plan capped her visits. What do we cite?",  # an adult on Medicaid
    "Medicaid capped her visits at 20 this year. What can we do?",               # no age given
])
def test_epsdt_is_not_added_for_an_adult_or_a_commercial_plan(question):
    assert "EPSDT" not in read_question(question).query


@pytest.mark.parametrize("line,asked", [
    ("do we bill 90837 twice?? or total it up (130 min) and if so how many units. also can i add +90785 for the "
     "interpreter", ["how many units?", "can i add +90785 for the interpreter?"]),
    ("Is the 15-day rule real? The letter says 30 days. which one do we count from", ["which one do we count from?"]),
    ("who signs it? the supervisor is out. should we send it unsigned", ["should we send it unsigned?"]),
])
def test_a_later_question_without_its_mark_is_a_question(line, asked):
    marked = mark_unmarked(line)
    assert all(a in marked for a in asked)


@pytest.mark.parametrize("line", [
    "Is this allowed? We always do what the plan says.",          # a question word inside a clause
    "Can we bill it? Thanks so much for the help.",                # thanks ask nothing
    "What is the limit? The code can be billed twice a day.",      # "can be billed" has no asker as subject
])
def test_a_statement_after_a_question_stays_a_statement(line):
    assert mark_unmarked(line) == line


_NOTE = ("Billing summary for March, prepared by the front desk for the owner's review.\n"
         "Six sessions were coded 90834 by default and corrected before submission, all documented with start and "
         "stop times in the notes, and the payer has not yet responded to the corrected claims we sent last week.\n"
         "-- owner --\n{line}")


def test_unmarked_follow_ups_become_their_own_parts():
    parts = document_parts(_NOTE.format(line="Was that right?? or should it be 90832 and if so how many claims "
                                             "change. also can we rebill without a new authorization"))
    assert len(parts) >= 3
    assert any("rebill without a new authorization" in p for p in parts)


@pytest.mark.parametrize("text,claim_word", [
    ("Our biller says Medicare \"denies every claim filed on a weekend\". Before I tell the team: is that actually "
     "the rule under Noridian? And what should the note say?", "weekend"),
    ("The trainer told us a plan \"must cover any session over 60 minutes\". Is that the law in our state? Also "
     "which form do we use?", "minutes"),
    ("Someone posted that \"supervisors have to co-sign every progress note\". Is this really a requirement for "
     "Aetna? What else should the note have?", "co"),
])
def test_is_that_the_rule_points_back_at_the_claim_above_it(text, claim_word):
    asked = ("is that actually the rule under Noridian?", "Is that the law in our state?",
             "Is this really a requirement for Aetna?")
    mine = next(a for a in asked if a in text)
    others = "What should the note say" if "note say" in text else "which form" if "form" in text else "What else"
    words = asked_text(text, (mine, text[text.find(others):]))
    assert claim_word in words and others not in words


@pytest.mark.parametrize("sentence,kind", [
    ("When the session runs longer than planned, that alone does not cause a denial.", "not_by_itself"),
    ("A missing signature by itself does not make the claim unpayable.", "not_by_itself"),
    ("A late plan update does not on its own end coverage.", "not_by_itself"),
])
def test_a_fact_that_alone_does_not_lead_to_the_outcome_settles_a_claim(sentence, kind):
    assert settles(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "The plan must be signed by itself as a separate document or embedded in the notes.",
    "Each level is decided on its own record.",
    "Crisis time alone is counted toward 90839.",
])
def test_alone_or_on_its_own_without_a_denial_settles_nothing_new(sentence):
    assert settles(sentence) != "not_by_itself"


@pytest.mark.parametrize("question", [
    "Our self-funded plan has two appeal levels for a post-service claim. Can they add a 15-day extension to the "
    "appeal decision?",
    "Does an ERISA plan get an extension when it decides an internal appeal, like it does for the first claim?",
    "The TPA wants 15 more days on our level 2 appeal. Is an extension allowed at the appeal stage?",
])
def test_no_extension_at_the_appeal_stage_is_answered(sections, question):
    answer = extractive_answer(question, retrieved(question, sections))
    assert "no extension" in answer.text.lower() or "cannot add 15 days" in answer.text


@pytest.mark.parametrize("question", [
    "The CO-27 denials (coverage terminated before the visits) - can those go to external review?",
    "His coverage ended when he was laid off and the claims were denied for eligibility. Is that eligible for an "
    "IRO external review?",
    "Which of these can we send to external review: the CO-27 eligibility denials or the CO-50 ones?",
])
def test_an_eligibility_denial_is_answered_as_outside_external_review(sections, question):
    answer = extractive_answer(question, retrieved(question, sections))
    text = answer.text.lower()
    assert any(said in text for said in ("does not qualify for external review", "cannot go to external review",
                                         "pure eligibility disputes are"))


def test_medicaid_named_in_another_paragraph_is_not_the_clients_plan():
    text = ("Course outline\n| 2 | Who pays: Medicare, Medicaid, ERISA |\n\n"
            "Live case: client is 17, on her parent's fully insured employer plan. Does parity reach this exclusion?")
    assert "EPSDT" not in read_question(text).query


@pytest.mark.parametrize("question", [
    "Can the member make the plan tell us which diagnosis and treatment codes it processed the claim under?",
    "The EOB only says 4B. Can we ask the payer to give us the diagnosis codes on the claim?",
    "Which dx code was the claim processed under? Can we find out?",
])
def test_asking_the_plan_for_a_claims_codes_is_searched_as_the_aca_right(question):
    assert "diagnosis and treatment codes on request" in read_question(question).query


@pytest.mark.parametrize("question", [
    "Which diagnosis code should I put on the claim for recurrent MDD?",
    "Do I need a treatment code for the add-on?",
    "The plan denied the claim - do they want diagnosis codes on every line?",
])
def test_choosing_a_code_is_not_the_aca_right_to_the_claims_codes(question):
    assert "on request" not in read_question(question).query


@pytest.mark.parametrize("question", [
    "I never filed the external review after the final denial. Did I miss it? what is the last day",
    "How long do we have to request external review?",
    "Final denial came Aug 3 - deadline for the IRO external review?",
])
def test_the_last_day_for_external_review_is_searched_in_its_filing_window(question):
    assert "external review timeline filing window" in read_question(question).query


@pytest.mark.parametrize("question", [
    "Can a CO-27 denial go to external review?",
    "What does external review cost the member?",
    "Is a level-of-care denial eligible for external review?",
    "We filed the external review on March 2: what is the last day for the reviewer's decision?",
])
def test_other_external_review_questions_are_not_searched_as_its_clock(question):
    assert "filing window" not in read_question(question).query


@pytest.mark.parametrize("sentence,window", [
    ("The notice is presumed received 5 days after the date printed on it unless there is proof.", None),
    ("Presumed received five days after mailing; appeal within 60 days.", (60, "days")),
    ("A letter is presumed to be received 5 days after it is dated, and the request is due 120 days later.", (120, "days")),
])
def test_a_presumption_of_receipt_is_no_time_limit(sentence, window):
    assert find_window(sentence) == window


@pytest.mark.parametrize("sentence,window", [
    ("File within 5 days of the notice to keep benefits going.", (5, "days")),
    ("The plan has 30 days to decide.", (30, "days")),
    ("Request the hearing within 120 days; the date is presumed to be the postmark.", (120, "days")),
])
def test_a_time_limit_beside_no_presumption_is_kept(sentence, window):
    assert find_window(sentence) == window


# -- a window a summary states without its start, beside the rule's own "after receiving" sentence, counts from receipt
import datetime as _dt  # noqa: E402

import pytest as _pytest  # noqa: E402


@_pytest.mark.parametrize("question, start, arrived", [
    ("The final denial letter is dated Aug 5 and our received stamp says Mon Aug 10. What is the last day?",
     _dt.date(2026, 8, 5), _dt.date(2026, 8, 10)),
    ("Denial dated March 2, 2026; it arrived in the mail March 6. Last day for external review?",
     _dt.date(2026, 3, 2), _dt.date(2026, 3, 6)),
    ("The notice is dated 01/12/2026 and we got the letter on 01/15/2026. When does the window close?",
     _dt.date(2026, 1, 12), _dt.date(2026, 1, 15)),
])
def test_a_window_stated_elsewhere_after_receiving_counts_from_the_arrival(question, start, arrived):
    from assistant.criteria.dates import receipt_start
    summary = "Federal external review is filed within four months of the final internal denial."
    rule = "Filing: the claimant has 4 months after receiving the final internal adverse benefit determination."
    day, note = receipt_start(question, start, (4, "months"), summary, [summary], [rule])
    assert day == arrived and "arrived" in note


def test_without_a_receipt_sentence_the_notice_date_stays_the_start():
    from assistant.criteria.dates import receipt_start
    summary = "Federal external review is filed within four months of the final internal denial."
    other = "An expedited review is decided within 72 hours."
    q = "The final denial letter is dated Aug 5 and our received stamp says Mon Aug 10. What is the last day?"
    assert receipt_start(q, _dt.date(2026, 8, 5), (4, "months"), summary, [summary], [other])[0] == _dt.date(2026, 8, 5)
