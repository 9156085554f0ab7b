"""Questions answered from the thirty-fifth round of blind sets, by class (examples written here, never the set's own).

- A telegram ("... STOP ... QUERY STOP") reads its STOP as a full stop and QUERY as a question mark; a line typed in
  capitals is read in ordinary case (abbreviations kept, a month before its day capitalised, so "NOV 20" is a date).
- A date question beside another question: each is read in the sentence that asks it, with its words' search terms
  ("keep weekly while it is pending" is continuation), and a window sentence whose own words answer the other
  question is not the date question's, even in the date question's document.
- A window stated only for a coverage route the question rules out ("fee for service, not MCO"; the section's heading
  may be what names the route) is not counted when one for its own route was retrieved.
- The No Surprises Act's patient-provider dispute resolution is no provider payment dispute (a topic no source covers).
- Payer terms in Cyrillic (Macedonian, Bulgarian, Russian) and "how much" and "paid as much" in Indian languages are
  searched in the sources' words, and care kept "while it is pending" is searched as continuation.
- A sentence left with blanks that the asker wants filled asks what its blanks stand for (how many, which ones).
- "How many X?" is answered by the sentence that counts X, not by any sentence with a number.
- A blank the asker wants filled is searched first, ahead of the whole document's own words (a playbill's cast list).
- A hard-wrapped line that stops on "and is" goes on with the next line even when it opens with "$148.62".
- "Is $148.62 too small to file?" asks a dollar threshold; a share stated as background ("60 percent chance") asks
  no percent; "counted from what?" beside the dates asks for the last day.
- A level named as what the asker means to file ("file the QIC reconsideration") is no decision the asker holds.
- A notice that arrived on the day receipt is presumed is counted from that day.
- Codes named in words ("a crisis code with add-ons", "interactive complexity") are weighed as their numbers.
- A wait told as two days (sent on 11/2, still pending today 11/16) is the days waited, said beside a checked figure.
- Knowledge: the Medicare appeal levels say in words that a QIC reconsideration has no minimum amount.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.blanks import asked_blanks, blank_sentences
from assistant.criteria.capitals import is_telegram, ordinary_case, telegram_text
from assistant.criteria.code_names import named_codes
from assistant.criteria.code_pairs import pair_line
from assistant.criteria.counts import counts_what_is_asked
from assistant.criteria.dates import receipt_start
from assistant.criteria.deadline import route_side
from assistant.criteria.documents import load_knowledge
from assistant.criteria.elapsed import elapsed_in
from assistant.criteria.ladder import decided_level
from assistant.criteria.layout import plain_text
from assistant.criteria.other_parts import other_part_test
from assistant.criteria.part_search import with_part_passages
from assistant.criteria.question import read_question
from assistant.criteria.ranges import range_line
from assistant.criteria.select import Candidate
from assistant.criteria.verdicts import settles
from assistant.criteria.vocab import vocabulary
from assistant.criteria.waited import days_waited
from assistant.criteria.words import terms
from assistant.records import Passage


def _cand(text: str, rank: int = 0, prior: float = 1.0) -> Candidate:
    return Candidate(rank, text, frozenset(terms(text)), prior, 1.0)


def _passage(rank: int, text: str, title: str = "Rules", section: str = "Timeline") -> Passage:
    return Passage(chunk_id=f"c{rank}", source_id=f"doc{rank}", title=title, section=section, policy_id="", url="",
                   effective_date="", payer="all", text=text)


# ---- telegrams and lines typed in capitals ------------------------------------------------------------------------

@pytest.mark.parametrize("text, marked", [
    ("AETNA DENIED IOP STOP LETTER DATED OCT 3 STOP HOW LONG TO APPEAL QUERY STOP",
     "AETNA DENIED IOP. LETTER DATED OCT 3. HOW LONG TO APPEAL?"),
    ("ARRIVED SAFELY STOP CLAIM DENIED CO 50 STOP WHAT NEXT QUERY", "ARRIVED SAFELY. CLAIM DENIED CO 50. WHAT NEXT?"),
    ("PLAN SAYS NO STOP CLIENT UPSET COMMA WANTS HEARING STOP DEADLINE QUERY STOP",
     "PLAN SAYS NO. CLIENT UPSET, WANTS HEARING. DEADLINE?"),
])
def test_a_telegrams_stop_and_query_are_its_marks(text, marked):
    assert is_telegram(text) and telegram_text(text) == marked


@pytest.mark.parametrize("text", [
    "OUR LCSW DID 58 MIN TODAY (START 2:02 STOP 3:00). CAN WE BILL 90837?",   # a time sheet's stop time
    "START\n * color-code the tracker\n\nSTOP\n * re-keying remits by hand",    # a retro's heading
    "Reply STOP to opt out of text alerts. Do not reply to this e-mail.",       # an opt-out line
    "Please stop the weekly sessions? No, keep them.",                           # the verb in lower case
])
def test_a_stop_that_ends_no_telegram_sentence_is_left_alone(text):
    assert not is_telegram(text) and telegram_text(text) == text


@pytest.mark.parametrize("line, expected", [
    ("THE MEDICAID MCO CUT HER THERAPY ON NOV 20 AND WE WANT A FAIR HEARING",
     "The Medicaid MCO cut her therapy on Nov 20 and we want a fair hearing"),
    ("OUR LPC BILLED 90834 FOR CIGNA ON MONDAY AND I THINK IT WAS DENIED",
     "Our LPC billed 90834 for Cigna on Monday and I think it was denied"),
    ("WE MAY APPEAL THE ERISA DENIAL DATED MAY 4 IF THE PLAN AGREES TO IT",
     "We may appeal the ERISA denial dated May 4 if the plan agrees to it"),
])
def test_a_line_typed_in_capitals_is_read_in_ordinary_case(line, expected):
    assert ordinary_case(line) == expected


@pytest.mark.parametrize("text", [
    "The Medicaid MCO cut her therapy on Nov 20 and we want a fair hearing.",  # already in ordinary case
    "SUBJECT: APPEAL\nIs the 60-day window right?",                           # a short heading in capitals
    "MCO, FFS, IOP, PHP: which of these needs prior auth for Aetna?",          # abbreviations in a mixed line
])
def test_a_text_not_typed_in_capitals_is_unchanged(text):
    assert ordinary_case(text) == text


def test_a_day_written_in_capitals_dates_the_notice():
    text = ("Date: Tue, 8 Dec 2026\n\nSTATE MEDICAID NOTICE MAILED NOV 20 STOP CUTS SESSIONS STOP "
            "LAST DAY TO ASK FOR A HEARING QUERY STOP")
    assert date(2026, 11, 20) in read_question(plain_text(text)).dates


# ---- a date question beside another question ---------------------------------------------------------------------

_CONTINUE = set(terms("Services continue only if the hearing is requested within 10 days of receiving the notice."))
_HEARING = set(terms("The state must allow a reasonable time to request a hearing, not more than 90 days from the "
                     "date the notice is mailed."))


@pytest.mark.parametrize("parts", [
    ["The county letter went out Oct 2. We disagree with the cut. Last day to ask for a hearing?",
     "Can he keep weekly while it is pending?"],
    ["Cut from twice a week to monthly, letter dated May 5. What is the final date to request the hearing?",
     "Can she keep her sessions going while the hearing is pending?"],
    ["Plan letter came Friday; sessions cut. Last day to request a hearing?",
     "Will they keep her on the same plan while the appeal is pending?"],
])
def test_keeping_care_while_it_is_pending_is_the_other_question(parts):
    elsewhere = other_part_test(parts, parts[:1])
    assert elsewhere(set(), _CONTINUE) and not elsewhere(set(), _HEARING)


def test_a_date_question_alone_keeps_every_window():
    parts = ["Notice dated June 2; she opened it late. Last day to ask for a hearing?"]
    elsewhere = other_part_test(parts, parts)
    assert not elsewhere(set(), _CONTINUE) and not elsewhere(set(), _HEARING)


# ---- a window for a route the question rules out ------------------------------------------------------------------

def _route_cand(text: str, section: str) -> tuple[Candidate, list[Passage]]:
    return _cand(text), [_passage(0, text, "Medicaid hearings", section)]


@pytest.mark.parametrize("question, text, section, side", [
    ("Regular fee-for-service Medicaid, no MCO. Last day for the hearing?",
     "The enrollee has 120 days from the resolution notice to ask.", "A hearing after a managed care plan appeal", -1),
    ("Straight fee for service, not managed care: when is the hearing due?",
     "The state must allow up to 90 days to ask for a hearing.", "Requesting a hearing: fee-for-service", 1),
    ("Her MCO denied the appeal; by when must she ask for the hearing?",
     "The enrollee has 120 days from the resolution notice to ask.", "A hearing after a managed care plan appeal", 1),
])
def test_a_window_is_weighed_by_the_route_its_section_names(question, text, section, side):
    c, passages = _route_cand(text, section)
    assert route_side(c, passages, question) == side


def test_a_question_naming_no_route_weighs_no_window_by_route():
    c, passages = _route_cand("The enrollee has 120 days to ask.", "A hearing after a managed care plan appeal")
    assert route_side(c, passages, "Medicaid cut her sessions. Last day to ask for a hearing?") == 0


# ---- patient-provider dispute resolution ---------------------------------------------------------------------------

def _provider_dispute():
    return next(t for t in vocabulary()["absent_topics"] if "provider dispute" in t["name"])


@pytest.mark.parametrize("text", [
    "My self-pay client's bill is $520 over the estimate: can she use patient-provider dispute resolution?",
    "Is there a deadline for the patient–provider dispute resolution process?",
    "Does the patient/provider dispute resolution cost the client anything?",
])
def test_the_no_surprises_dispute_is_not_a_provider_payment_dispute(text):
    assert not _provider_dispute()["asks"].search(text)


@pytest.mark.parametrize("text", [
    "How long do we have to file a provider dispute with the MCO over an underpayment?",
    "Does Aetna have a provider payment dispute process for our claims?",
])
def test_a_providers_own_payment_dispute_is_still_that_topic(text):
    assert _provider_dispute()["asks"].search(text)


# ---- another language's payer words; an employer plan named bare ---------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Колку е рокот за жалба?", {"appeal", "deadline"}),                       # Macedonian
    ("Получила писмо за отказ, каква е обжалването?", {"appeal", "denial", "letter"}),  # Bulgarian
    ("Сколько дней на апелляция после отказа?", {"appeal", "denial"}),         # Russian
])
def test_cyrillic_payer_words_are_searched_in_english(text, words):
    assert words <= set(read_question(text).query.split())


@pytest.mark.parametrize("text", [
    "ನಾನು LPC, Medicare ಗೆ bill ಮಾಡಿದರೆ ಎಷ್ಟು ಸಿಗುತ್ತೆ?",
    "मैं LMFT हूँ, Medicare से कितना मिलेगा?",
    "ఈ LPC కి Medicare ఎంత చెల్లింపు ఇస్తుంది?",
])
def test_how_much_is_paid_in_an_indian_language_is_a_payment_question(text):
    q = read_question(text)
    assert "number" in q.kinds and "payment" in q.query


def test_keeping_care_while_it_is_pending_is_searched_as_continuation():
    for text in ("Can she keep weekly while it is pending?", "Will they keep him on the same plan while the appeal is "
                 "pending?", "We keep the visits until the hearing is pending, right?"):
        assert "continuation" in read_question(text).query


# ---- blanks the asker wants filled ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asked", [
    ('Draft slide, the blank is still open: "Medicaid plans must decide within ___ days." Please fill it in.',
     "Medicaid plans must decide within how many days?"),
    ("Script line for the trainer (I left the blanks): The external review covers ___ denials, and they are: ___.",
     "The external review covers how many denials, and they are: which ones?"),
    ("Quiz key, what goes in the gap? Answer: An ERISA claimant may appeal within [____] after receipt.",
     "An ERISA claimant may appeal within how long after receipt?"),
])
def test_a_sentence_left_with_blanks_asks_what_they_stand_for(text, asked):
    assert blank_sentences(text) == (asked,)
    assert asked in asked_blanks(text)


@pytest.mark.parametrize("text", [
    "Member ID: ______\nDate of service: ______\nCan I bill 90837 for a 55-minute session?",  # a form's fields
    "Our notes template has a line for ___ minutes of psychotherapy. Does Medicare require start and stop times?",
    "Имате право на жалба во рок од [___] дена. Please fill in the number.",  # the blank's sentence is not English
])
def test_blanks_the_asker_does_not_ask_about_stay_blank(text):
    assert blank_sentences(text) == ()


# ---- a count question --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, sentence", [
    ("How many classifications does parity compare?", "The six classifications are: inpatient in-network; ..."),
    ("how many ratings go into the LOCUS composite?", "Seven ratings, each from 1 to 5, are added up."),
    ("How many dimensions does the instrument score?", "It scores 6 dimensions of need."),
])
def test_a_count_question_fits_the_sentence_that_counts_its_thing(question, sentence):
    assert counts_what_is_asked(question, sentence)


@pytest.mark.parametrize("question, sentence", [
    ("How many classifications are there?", "Under 29 CFR 2590.712(c)(2), a plan may not apply a stricter limit."),
    ("How many days do I have to appeal?", "You have 180 days to appeal."),     # a time limit: the duration rules
    ("What are the classifications?", "The six classifications are: inpatient in-network; ..."),  # no count asked
])
def test_a_sentence_with_another_number_is_no_count_of_it(question, sentence):
    assert not counts_what_is_asked(question, sentence)


# ---- a blank's passages are searched first -------------------------------------------------------------------------

class _Retriever:
    """Each query's passages, as a retriever would return them."""

    def __init__(self, found: dict[str, list[Passage]]):
        self.found = found

    def search(self, query, k=5, payer=None, mode="hybrid"):
        return next((ps for key, ps in self.found.items() if key in query), [])[:k]


def test_a_blanks_passages_come_before_the_whole_documents():
    cast, parity, law = _passage(0, "cast list"), _passage(1, "six classifications"), _passage(2, "a named law")
    copay = _passage(3, "copay parity")
    retriever = _Retriever({"classifications": [parity], "copay": [copay]})
    blank = "There are how many classifications, and they are: which ones?"
    out = with_part_passages(retriever, [law, cast], [f"Playbill {blank}", "Is the copay legal?"], payer=None,
                             named=[], question="", df={}, mode="hybrid", blanks=(blank,), general=[cast])
    assert [p.chunk_id for p in out] == ["c2", "c1", "c0", "c3"]  # a named law's first, then the blank's


def test_questions_without_a_blank_add_their_passages_after_the_whole_texts():
    general, part = _passage(0, "whole question"), _passage(1, "a part")
    retriever = _Retriever({"part": [part]})
    out = with_part_passages(retriever, [general], ["first part?", "second part?"], payer=None, named=[],
                             question="", df={}, mode="hybrid", general=[general])
    assert [p.chunk_id for p in out] == ["c0", "c1"]


# ---- hard-wrapped lines --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, joined", [
    ("how long do we have, and is\n$148.62 too small to file?", "how long do we have, and is $148.62 too small to file?"),
    ("she billed two sessions of\n90834 on the same day?", "she billed two sessions of 90834 on the same day?"),
    ("the plan cut the visits to\n(at most) 12 a year?", "the plan cut the visits to (at most) 12 a year?"),
])
def test_a_line_stopped_on_a_function_word_goes_on_with_a_figure(text, joined):
    assert plain_text(text) == joined


@pytest.mark.parametrize("text", [
    "Copay this year\n$40 per visit",            # a label above its figure
    "Total time was 55 minutes.\n90837 billed",   # a closed sentence
    "Codes used\n90834 and 90785",                # a heading over a list
])
def test_a_line_that_ends_its_phrase_keeps_the_next_line_apart(text):
    assert plain_text(text) == text


# ---- what a question asks for ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The QIC upheld it. Is $148.62 too small to file at the next level?",
    "Only $90 is left in dispute; is $90 enough to ask for a hearing?",
    "Is $35 too little to bother appealing?",
])
def test_an_amount_asked_to_be_enough_is_a_dollar_question(text):
    assert "dollar" in read_question(text).kinds


def test_a_share_stated_as_background_asks_no_percent():
    text = ("Morning note: 60 percent of our claims went out on time, hold music as usual, the fax is down again and\n"
            "the printer jams on every other page, so the whole team is working from the portal today while we wait.\n"
            "The redetermination came back unfavorable last week, dated November 3. How long do we have to ask for "
            "the QIC reconsideration, counted from what?")
    kinds = read_question(text).kinds
    assert "percent" not in kinds and "date_calc" in kinds


@pytest.mark.parametrize("text", [
    "The denial is dated March 2. How long to appeal, counted from what?",
    "Letter dated 4/1/2026: from which date does the 60 days run?",
    "We got the notice on May 9. How many days do we have, and counting from when?",
])
def test_a_time_limit_asked_with_its_start_is_a_date_question(text):
    assert "date_calc" in read_question(text).kinds


# ---- the appeal level a question holds ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, level", [
    ("The MAC's redetermination was unfavorable. What is the next step: how long to file the QIC reconsideration?", 0),
    ("Redetermination upheld. Models disagree on the next step; the QIC deadline is 120 days?", 0),
    ("The QIC upheld the denial. What's the next level, and by when do we request an ALJ hearing?", 1),
])
def test_a_level_named_as_what_to_file_is_no_decision_held(text, level):
    assert decided_level(text) == ("original_medicare", level)


# ---- receipt on the presumed day ----------------------------------------------------------------------------------

def test_a_notice_that_arrived_on_the_presumed_day_counts_from_that_day():
    text = "The letter is dated 3/2/2026 and was logged as received here 3/7/2026."
    source = "Request it within 180 days of receiving the notice."
    document = ["The notice is presumed received 5 days after the date on it. " + source]
    start, note = receipt_start(text, date(2026, 3, 2), (180, "days"), source, document)
    assert start == date(2026, 3, 7) and "arrived" in note


def test_a_notice_that_arrived_early_still_counts_from_its_arrival():
    text = "Dated 3/2/2026, it came in the mail 3/4/2026."
    source = "Request it within 180 days of receiving the notice."
    start, _ = receipt_start(text, date(2026, 3, 2), (180, "days"), source, ["presumed received 5 days after " + source])
    assert start == date(2026, 3, 4)


# ---- codes named in words --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, codes", [
    ("She was in crisis therapy for 95 minutes: one crisis code or two?", ["90839", "90840"]),
    ("Can I add interactive complexity to the intake?", ["90785"]),
    ("Group therapy with 9 members, then family therapy without the patient", ["90846", "90853"]),
])
def test_codes_named_in_words_are_their_numbers(text, codes):
    assert sorted(named_codes(text)) == codes


def test_a_code_named_by_number_is_not_named_twice():
    assert named_codes("We billed 90839 for the crisis session; add interactive complexity?") == ["90840", "90785"]


def test_a_code_named_in_words_is_kept_apart_from_the_codes_a_source_excludes():
    cands = [_cand("+90785 may be added to 90832 and 90834."),
             _cand("It is not reported with crisis psychotherapy 90839/+90840.")]
    line, used = pair_line("Crisis session today; the therapist wants to add interactive complexity too.", cands)
    assert line.startswith("90785 is not reported with 90839 or 90840") and used == [cands[1]]


def test_a_crisis_session_in_words_gets_its_minutes_range():
    chosen = [_cand("For example, 75–104 minutes is 90839 plus one unit of +90840; 105–134 minutes is 90839 plus two "
                    "units of +90840.")]
    line = range_line("She was seen 2:00-3:40 pm, all crisis work. One crisis code with add-ons, one or two?", chosen, {0: 1})
    assert "100 minutes falls in 75-104 minutes" in line and "one unit of +90840" in line


# ---- a wait told as two days ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("I submitted the auth on Monday 11/2 and it is still pending today, Mon 11/16.", 14),
    ("Faxed it Dec 28. Nothing yet today, Jan 6.", 9),
    ("We sent the request on 3/1/2026; today is 3/20/2026.", 19),
])
def test_a_wait_told_as_two_days_is_the_days_between(text, days):
    assert days_waited(text) == days and elapsed_in(text) == (days, "day")


@pytest.mark.parametrize("text", [
    "We sent it on 11/2. What does the plan have to do?",          # no today
    "Today is 11/16 and we have not sent it yet.",                  # nothing sent
    "It's been 11 days since we faxed it; today, 11/16.",           # the wait told in days already
])
def test_no_second_day_means_no_days_between(text):
    assert days_waited(text) == 0 or elapsed_in(text) == (11, "day")


def test_a_checked_figure_and_the_days_waited_are_both_said():
    rule = ("A Medicaid managed care plan must decide a standard prior-authorization request within 7 calendar days "
            "and an expedited one within 72 hours.")
    question = ("Medicaid MCO, prior auth for IOP submitted on Monday 11/2, still pending today, Mon 11/16. The rep "
                "says the turnaround is 14 business days. Is that the rule?")
    answer = extractive_answer(question, [_passage(0, rule, "Medicaid managed care prior authorization")])
    assert "overdue" in answer.text and "14 days have passed" in answer.text


# ---- knowledge: no minimum amount at the QIC ---------------------------------------------------------------------

def test_the_medicare_levels_say_a_qic_reconsideration_has_no_minimum_amount():
    sections, _ = load_knowledge()
    text = next(s.text for s in sections if s.source_id == "medicare-part-a-b-appeals" and "no minimum dollar" in s.text)
    sentence = next(line for line in text.split("\n") if "no minimum dollar amount" in line)
    assert "reconsideration" in sentence and "however small" in sentence and settles(sentence) == "no_minimum"
