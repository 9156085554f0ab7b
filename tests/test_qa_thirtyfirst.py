"""Questions answered from the thirty-first round of blind sets, by class (examples written here, never the set's own).

- A code-shaped token that opens a longer hyphenated number (a Medicare Advantage plan's contract-plan-segment id,
  "H1234-056-0") is no HCPCS code; a modifier ("90837-95") or a range ("90832-90838") keeps a code.
- A price a long message states ("our self-pay rate is 80 dollars") is background: an amount is asked for only in a
  sentence that asks.
- A fee-for-service Medicaid continuation window runs from receipt of the notice, presumed 5 days after its date; the
  fair-hearing document now says so where it states the 10 days.
- The external review stage asked of a self-funded plan, or the federal external review named outright: the federal
  route's passages come first.
- A numbered sub-question's label ("2) if ..., does ...?") is no part of its words: it still reads as yes/no with its
  own condition clause.
- A pasted post, article or printout, then a rule line and the asker's own note: the questions above the rule (an
  author's rhetorical question, a paywall prompt, a commenter's) ask nothing of us, and a bare "Is that right?" in the
  note points at the note's own lines.
- A duty that "remains enforceable" / "is not affected" settles "is it really paused?".
- Several claims told in one sentence: a claim's figure is checked only against a sentence about the same thing, a
  reviewer's figure is searched as the reviewer's decision time, and a price or a reversal asked of a reviewer is
  searched as the claimant's cost and the decision's binding effect.
- A window whose sentence names its own start ("after the plan sends its notice") is never counted from receipt, even
  when its document presumes receipt for another route; the route a question names (and does not rule out: "no
  managed care plan"; "regular Medicaid" is fee-for-service) picks its own window.
- A last day is the asker's filing window, not a plan's task time ("the plan has 5 business days to check"), unless
  the question asks by when the reviewer must decide; an "outside deadline" is a second date asked.
- "What are the bands?" asks for figures; a claim with a terse "true?" on its line is an asking line.
"""

from __future__ import annotations

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.asked import asking_lines, document_parts
from assistant.criteria.claims import check_line
from assistant.criteria.codes import unknown_codes
from assistant.criteria.documents import load_knowledge
from assistant.criteria.question import read_question
from assistant.criteria.routes import federal_instead
from assistant.criteria.select import Candidate
from assistant.criteria.verdicts import settles
from assistant.criteria.words import terms
from assistant.records import Passage
from qa_passages import named

_KNOWN = set(terms("90832 90834 90837 90839 90840 90785 h0035 s9480 modifier claim bill"))
_STORY = ("The office keeps one shared calendar for intake calls, and the front desk checks eligibility two days "
          "ahead of each first visit so that nobody is surprised at check-in. ")


@pytest.fixture(scope="module")
def sections():
    found, problems = load_knowledge()
    assert not problems
    return found


def _passages(sections, wanted: list[tuple[str, str]]) -> list[Passage]:
    return named(sections, wanted)


@pytest.mark.parametrize("question", [
    "Plans compared: Blue Lake Advantage (HMO) H1234-056-0 and Prairie Choice (PPO) R5521-003. Is a prior auth "
    "decision still allowed to take 14 days for the billing of her IOP claim?",
    "She switched to S4410-112-1 in January. What is the expedited limit for the plan's prior auth on the claim?",
    "Enrollment form: plan H9987-201-000. How fast must the MA plan answer a standard request before we bill?",
])
def test_a_plan_contract_id_is_no_billing_code(question):
    assert unknown_codes(question, _KNOWN) == ()


@pytest.mark.parametrize("question,code", [
    ("Can we bill 99492-95 for collaborative care by video?", "CPT 99492"),       # a modifier keeps the code
    ("Is 99492-99494 billable by a counselor?", "CPT 99492"),                      # a range keeps the code
    ("Does Medicare pay H2019 for a therapist's claim?", "HCPCS H2019"),           # a bare HCPCS code
])
def test_a_code_with_a_modifier_or_range_is_still_a_code(question, code):
    assert code in unknown_codes(question, _KNOWN)


@pytest.mark.parametrize("text", [
    _STORY * 3 + "\nScript line: 'Sessions by phone are billed at our self-pay rate of 80 dollars.'\n"
    "Is that right for Medicare clients, and what place of service goes on the claim?",
    _STORY * 3 + "\nWe have been charging 120 dollars cash for missed telehealth links.\n"
    "Does Medicare cover audio-only therapy from home?",
    _STORY * 3 + "\nThe flyer says the group costs 40 dollars per week for families who self-pay.\n"
    "Can +90785 be added to a group psychotherapy claim?",
])
def test_a_price_the_message_states_is_no_dollar_question(text):
    assert "dollar" not in read_question(text).kinds


@pytest.mark.parametrize("text", [
    _STORY * 3 + "\nWhat is the allowed amount in dollars for 90837 in our locality this year?",
    _STORY * 3 + "\nHow many dollars does Medicare pay a counselor for a 53-minute session?",
    _STORY * 3 + "\nOur rate sheet is missing. What does Aetna pay for 90834 in dollars?",
])
def test_a_message_that_asks_an_amount_is_still_a_dollar_question(text):
    assert "dollar" in read_question(text).kinds


@pytest.mark.parametrize("question,last", [
    ("The state Medicaid agency (fee-for-service, no health plan) mailed a notice dated June 3, 2026 cutting his "
     "sessions. What is the last day to ask for a hearing and keep the sessions going?", "June 18, 2026"),
    ("Straight fee-for-service Medicaid. Notice of reduction dated 2026-09-10. Last day to request the fair hearing "
     "so services continue?", "September 25, 2026"),
    ("Regular Medicaid, no managed care. The agency's letter is dated January 20, 2026. By when must she request "
     "the hearing for aid to continue?", "February 4, 2026"),
])
def test_a_fee_for_service_continuation_window_counts_from_presumed_receipt(sections, question, last):
    passages = _passages(sections, [("medicaid-state-fair-hearings", "Continuation"),
                                    ("medicaid-state-fair-hearings", "fee-for-service")])
    assert f"Last day: {last}" in extractive_answer(question, passages).text


@pytest.mark.parametrize("text", [
    "Self-funded employer plan. The final internal appeal upheld the denial. Does the IRO charge the family?",
    "Our client's plan is self-insured through her union. If we go to external review, how long does it take?",
    "Is the federal external review decision binding on a church plan that opted in?",
])
def test_the_external_review_stage_of_a_self_funded_plan_searches_the_federal_route(text):
    assert federal_instead(text)


@pytest.mark.parametrize("text", [
    "Fully insured Aetna plan in Ohio: how long does the IRO have under state external review?",
    "Should we use federal external review or the state's IMR for a fully insured plan?",
    "Self-funded plan: how long do we have to file the internal appeal?",  # no external review asked
])
def test_a_state_route_or_an_earlier_stage_does_not_search_the_federal_route(text):
    assert not federal_instead(text)


@pytest.mark.parametrize("part", [
    "2) if the reviewer overturns the denial, does the plan have to follow it?",
    "(b) does the family owe anything for the review?",
    "iii. can the plan appeal the decision?",
])
def test_a_labelled_sub_question_is_read_as_yes_no(part):
    assert read_question(part).yes_no


@pytest.mark.parametrize("part", [
    "3) how long does the reviewer have to decide?",
    "(b) what is the deadline to file?",
    "2) which form goes with the request?",
])
def test_a_labelled_open_question_is_not_yes_no(part):
    assert not read_question(part).yes_no


_POST = ("THE BILLING BEAT\nWhy Your Prior Auth Fights Are Over\nDana Cole · 6 min read\n\n" + _STORY * 2 +
         "So why keep fighting? Because nobody else will. Want the full checklist?\n[ Subscribe ]\n"
         "Comments\n  Ray P.: even for IOP?\n")


@pytest.mark.parametrize("note,kept", [
    ("---- me ----\nThe plan wrote back that no comparative analysis is required now.\nIs that right?",
     "comparative analysis is required"),
    ("=====\nmy note: the plan says prior auth for weekly therapy is allowed again. Is the plan right about that?",
     "prior auth for weekly therapy"),
    ("-----\nClient's plan is self-funded. What does the NQTL rule require the plan to give us on request?",
     "NQTL rule require"),
])
def test_questions_in_a_pasted_post_above_the_askers_note_ask_nothing(note, kept):
    parts = document_parts(_POST + note)
    assert parts and all(kept in p for p in parts)
    assert not any("Want the full checklist" in p or "even for IOP" in p or "keep fighting" in p for p in parts)


def test_the_askers_note_alone_gives_what_is_asked_for():
    # the post's own words ("how many days ...") are not what the note asks for
    text = _POST.replace("Want the full checklist?", "How many days does a plan have, anyway?") + \
        "----\nDoes the parity rule still require the analysis?"
    assert "How many days" not in asking_lines(text)


@pytest.mark.parametrize("text,asked", [
    # a mail client's divider: the quoted older message is below, the asker's question is above
    ("Can we still appeal after 180 days if the letter came late?\n" + _STORY * 2 +
     "\n-----Original Message-----\nFrom: front desk\nWhere is the appeal form kept?\n" + _STORY, "appeal after 180"),
    # rules between a standup's entries: only the last rule can open the asker's note
    ("=== Ana ===\n" + _STORY + "Blocker: is +90785 allowed on a group code or do I strip it?\n=== Ben ===\n" +
     _STORY + "Blocker: none\n=====\n" + _STORY, "90785"),
    # no rule at all: every question is the asker's
    (_STORY * 2 + "Is the plan allowed to charge a fee for the second-level appeal?\n" + _STORY, "charge a fee"),
    # a rule that heads a section of the document ("===== DO =====") opens no note
    ("===== PLAN =====\n" + _STORY + "Does family counseling count toward the weekly PHP hours?\n===== DO =====\n" +
     _STORY + "Before we finalize: can the art studio count at all?", "family counseling"),
    # a merge conflict's middle line is no rule either
    ("<<<<<<< HEAD\nDo church plans get 180 days to appeal too?\n=======\n" + _STORY * 3 +
     "Do school district plans follow ERISA?\n>>>>>>> branch", "church plans"),
])
def test_a_question_above_a_mail_divider_or_between_entries_is_kept(text, asked):
    assert any(asked in p for p in document_parts(text))


@pytest.mark.parametrize("sentence", [
    "The 2013 rule's criteria-disclosure duty remains enforceable during the pause.",
    "The underlying duty to document comparative analyses is not affected by the announcement.",
    "The statute itself still applies to every group health plan.",
])
def test_a_duty_that_survives_a_pause_settles_the_question(sentence):
    assert settles(sentence) == "still_in_force"


@pytest.mark.parametrize("sentence", [
    "The Departments announced a pause on the 2024 rule's new provisions.",
    "Plans must collect outcomes data on denial rates.",
    "The rule applies to plan years beginning on or after 1 January 2025.",
])
def test_a_plain_statement_settles_nothing(sentence):
    assert settles(sentence) == ""


_EXCHANGE = Candidate(0, "An applicant may appeal a Marketplace eligibility determination within 90 days of the notice.",
                      frozenset(terms("applicant appeal marketplace eligibility determination within 90 days notice")),
                      1.0, 1.0)
_IRO = Candidate(1, "Standard decision: the IRO decides within 45 days after it receives the request.",
                 frozenset(terms("standard decision iro decides within 45 days after receives request")), 1.0, 1.0)


@pytest.mark.parametrize("question", [
    "HR told her the reviewer has up to 90 days, that she owes a fee, and that the plan can still refuse. Is any of "
    "that true?",
    "My supervisor says the outside reviewer gets 90 days. Is she right?",
    "Is it correct that the review organization takes 90 days?",
])
def test_a_claims_figure_is_not_checked_against_an_unrelated_rule(question):
    q = read_question(question)
    assert check_line(q, [_EXCHANGE], {0: 1}) == ""


@pytest.mark.parametrize("question,said", [
    ("A colleague says the IRO decides within 90 days. Is that right?", "No: the sources give 45 days, not 90"),
    ("Is it true the IRO has 45 days for a standard decision?", "Yes: the sources give 45 days"),
    ("I read that a standard IRO decision takes 60 days. Is that correct?", "No: the sources give 45 days, not 60"),
])
def test_a_claims_figure_is_checked_against_the_sentence_about_it(question, said):
    q = read_question(question)
    assert said in check_line(q, [_EXCHANGE, _IRO], {0: 1, 1: 2})


@pytest.mark.parametrize("part,words", [
    ("the reviewer has up to 90 days", {"decides", "decision"}),
    ("does the family have to pay the independent review organization?", {"claimant", "free"}),
    ("if the IRO overturns the denial, can the plan still say no?", {"binding", "binds"}),
])
def test_a_reviewers_clock_cost_or_reversal_is_searched_in_the_sources_words(part, words):
    assert words <= set(read_question(part).query.split())


@pytest.mark.parametrize("part", [
    "does the plan pay for weekly therapy?",
    "the patient has up to 90 days to appeal",
    "if the therapist overturns the chair, who pays?",
])
def test_other_payments_and_clocks_are_not_searched_as_a_reviewers(part):
    query = set(read_question(part).query.split())
    assert not {"claimant", "binding", "decides"} & query


@pytest.mark.parametrize("question,last", [
    ("Medicaid MCO notice dated 2026-05-04 cuts her IOP to two days a week. Last day to appeal and keep services?",
     "May 14, 2026"),
    ("Her managed care plan's letter, dated October 1, 2026, ends the approved sessions. What is the last day to "
     "appeal and ask for continuation of benefits?", "October 11, 2026"),
    ("The health plan (Medicaid managed care) sent a reduction notice dated July 20, 2026. What is the last day to "
     "ask for continuation?", "July 30, 2026"),
])
def test_a_managed_care_window_is_not_counted_from_fee_for_service_receipt(sections, question, last):
    # the fair-hearing section states the fee-for-service rule with its 5-day presumption of receipt; the managed care
    # window runs "after the plan sends the notice", so no presumption is added to it
    passages = _passages(sections, [("medicaid-state-fair-hearings", "Continuation"),
                                    ("medicaid-continuation-of-benefits", "Conditions")])
    assert f"Last day: {last}" in extractive_answer(question, passages).text


@pytest.mark.parametrize("question,first,second", [
    ("Fee-for-service Medicaid (no MCO). Agency notice dated April 1, 2026.\n(1) What is the last day to ask for a "
     "hearing and keep services?\n(2) What is the outside deadline to ask for a hearing at all?",
     "April 16, 2026", "June 30, 2026"),
    ("Straight Medicaid, no managed care plan. The notice is dated 2026-08-03.\n1) what's the last day to keep the "
     "sessions going during the hearing?\n2) what's the final deadline to request the hearing?",
     "August 18, 2026", "November 1, 2026"),
    ("Regular fee-for-service Medicaid. Letter dated January 5, 2026.\na) Last day to request a hearing with services "
     "continuing?\nb) What is the absolute deadline for a hearing request?", "January 20, 2026", "April 5, 2026"),
])
def test_two_deadlines_one_of_them_an_outside_deadline_are_each_counted(sections, question, first, second):
    passages = _passages(sections, [("medicaid-state-fair-hearings", "Continuation"),
                                    ("medicaid-state-fair-hearings", "fee-for-service"),
                                    ("medicaid-state-fair-hearings", "after a managed care")])
    text = extractive_answer(question, passages).text
    assert f"Last day: {first}" in text and f"Last day: {second}" in text


@pytest.mark.parametrize("question", [
    "Self-funded plan; the final internal denial letter was received on March 2, 2026. Did we miss it? If not, "
    "what's the actual last day for external review?",
    "Final internal appeal upheld (self-insured employer plan), received 2026-03-02. What is the last day to file "
    "external review?",
    "Our self-funded plan's final denial arrived March 2, 2026. Last day to ask for the IRO review?",
])
def test_a_last_day_is_the_members_window_not_the_plans_task_time(sections, question):
    passages = _passages(sections, [("aca-federal-external-review", "timeline"),
                                    ("aca-federal-external-review", "binding")])
    text = extractive_answer(question, passages).text
    assert "Last day: July 2, 2026: 4 months" in text and "5 business days counted" not in text


@pytest.mark.parametrize("question,named", [
    ("Straight fee-for-service Medicaid, no managed care plan.", ["fee"]),
    ("It's an MCO plan, not fee-for-service.", ["managed"]),
    ("Regular Medicaid; we don't have one of the health plan cards.", ["fee"]),
    ("Coverage: [ ] Medicare  [X] Medicaid fee-for-service  [ ] Medicaid MCO", ["fee"]),  # an unchecked box names nothing
])
def test_a_coverage_route_ruled_out_is_not_named(question, named):
    from assistant.criteria.routes import routes_named
    found = [rx.pattern for rx in routes_named(question)]
    assert len(found) == len(named) and all(n in f for n, f in zip(named, found))


@pytest.mark.parametrize("text", [
    "Before I grade it: for a GAD-7 that went from 17 to 12, what are the severity bands?",
    "Which PHQ-9 band is a 14 in?",
    "What score bands does the PCL-5 use?",
])
def test_a_question_about_bands_asks_for_figures(text):
    assert "number" in read_question(text).kinds


@pytest.mark.parametrize("line", [
    "2) a colleague said there's a dollar minimum for the next level. true?",
    "b) the payer says 14 days is still the standard timeframe. right?",
    "3. they told us no auth is needed for 90837. is that correct?",
])
def test_a_claim_with_a_terse_check_on_its_line_is_an_asking_line(line):
    text = _STORY * 3 + "\n1) what is the next level after the QIC?\n" + line
    assert line.split(")")[-1].split(".")[-1].strip()[:10] in asking_lines(text)


@pytest.mark.parametrize("question,asked", [
    ("By what date must the IRO decide the federal external review we filed on 2026-01-15?", True),
    ("We filed federal external review on January 15, 2026. What is the last day for the reviewer's decision?", True),
    ("Filed 2026-01-15: by when does the review organization have to rule?", True),
    ("Our plan decision letter is dated January 15, 2026. What is the last day to appeal?", False),
    ("The board decision was dated January 15, 2026. By when must our request be in?", False),
    ("The first-level decision is dated January 15, 2026. What is the last day for the second level?", False),
])
def test_a_date_question_about_the_reviewers_clock_is_told_from_one_about_the_askers(question, asked):
    from assistant.criteria.deadline import _ASKS_THEIR_DECISION
    assert bool(_ASKS_THEIR_DECISION.search(question)) is asked
