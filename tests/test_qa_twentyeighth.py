"""Questions answered from the twenty-eighth round of blind sets, by class (examples written here, never the set's own).

- A state's Medicaid brand named in a question about the floor federal Medicaid law sets for every state (a fair
  hearing's clocks, a plan appeal) is answered from the Medicaid documents; its own limits and forms stay uncovered.
- "Can I bill <code> instead of <code>?": the code it would leave is the yardstick; the other one is asked about.
- A yes-or-no question the chat's next message already answers ("Medicare primary?" / "yes, Part B") is settled
  among the people chatting, not a question the asker brings.
- Interpreting and translating, in any form of the word, are searched as the sources' "interpretation".
- A question written in Chinese, Japanese or Korean (full-width question marks, no spaces between words) is a
  question: its marks read as the ASCII ones, its characters counted as words.
- A date question that names what it asks the last day of (the federal external review request) is counted from
  that review's own filing window, not from another program's window or the reviewer's decision clock.
"""

from __future__ import annotations

import re

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.asked import document_parts
from assistant.criteria.codes import unknown_codes
from assistant.criteria.documents import load_knowledge
from assistant.criteria.layout import plain_text
from assistant.criteria.question import read_question
from assistant.criteria.uncovered import uncovered
from assistant.records import Passage
from qa_passages import named

_KNOWN = {w: 3 for w in ("prior", "authorization", "auth", "visits", "therapy", "outpatient", "members", "limit",
                         "medicaid", "hearing", "fair", "units", "session", "appeal", "plan", "expedited", "state",
                         "90846", "90837", "90834", "90791", "90792", "90785", "bill", "family", "psychotherapy")}


@pytest.mark.parametrize("question,program", [
    ("TennCare's plan upheld the denial of her IOP. How long does the state have to decide an expedited fair hearing?",
     "TennCare"),
    ("Our KanCare client asked for a state hearing after the MCO appeal was denied: when is the decision due?", "KanCare"),
    ("Does AHCCCS have to keep his sessions going if we ask for continuation of benefits within 10 days?", "AHCCCS"),
])
def test_a_state_medicaid_brand_asked_about_the_federal_floor_is_covered(question, program):
    assert program not in uncovered(question, _KNOWN)


@pytest.mark.parametrize("question,program", [
    ("TennCare's kids hit a visit cap at 12 sessions? After the fair hearing, how many visits before prior auth?",
     "TennCare"),
    ("Which form does KanCare want for an outpatient therapy authorization?", "KanCare"),
    ("Apple Health: how many therapy units a day before review?", "Apple Health"),
])
def test_a_state_medicaid_brands_own_rule_stays_uncovered(question, program):
    assert program in uncovered(question, _KNOWN)


@pytest.mark.parametrize("question,codes", [
    ("Can our LMFT bill 97152 instead of 90846 when only the parents come in?", ("CPT 97152",)),
    ("Could we bill H2019 rather than 90837 for the skills sessions, and what does it require?", ("HCPCS H2019",)),
    ("Is it ok to report 99484 in place of CPT 90834 for the care-manager calls?", ("CPT 99484",)),
])
def test_the_code_an_alternative_replaces_is_no_code_asked(question, codes):
    assert unknown_codes(question, _KNOWN) == codes


@pytest.mark.parametrize("question", [
    "Can I bill 90837 instead of 90834 when the session ran 55 minutes?",
    "Should we bill 90846 instead of 97152 for the parents-only visit?",
    "Can I bill 97152 and 90846 on the same day?",
])
def test_a_known_code_asked_keeps_the_question_covered(question):
    assert unknown_codes(question, _KNOWN) == ()


_CHAT = """Team chat - intake desk (3 members)

Rosa M., Mon 9:12 AM
new client seen friday by the NP, full diagnostic eval plus meds started, her daughter interpreted the whole time
Dev P., Mon 9:40 AM
{question}
Rosa M., Mon 9:41 AM
{reply}
Dev P., Mon 9:45 AM
ok. then which code is right for the eval, 90791 or 90792? and does the +90785 stay on?
"""


@pytest.mark.parametrize("question,reply", [
    ("Is Medicaid secondary?", "yes, Medicare primary and Medicaid secondary"),
    ("Was the daughter there for the whole visit?", "Yep - start to finish."),
    ("Did the NP sign the note?", "no, still unsigned, I'll ping her"),
])
def test_a_yes_or_no_question_answered_in_the_next_message_is_settled(question, reply):
    parts = document_parts(_CHAT.format(question=question, reply=reply))
    assert not any(question.rstrip("?") in p for p in parts)
    assert any("90792" in p for p in parts)


@pytest.mark.parametrize("question,reply", [
    ("What does Medicare want in the note?", "yes, that's the question"),       # a question no yes can answer
    ("Is the interpreter part billable?", "No one here knows, honestly"),      # "No one" is no reply word
    ("Does the plan need the interpreter's name?", "I'll check the manual tonight"),
])
def test_an_open_question_in_a_chat_is_kept(question, reply):
    parts = document_parts(_CHAT.format(question=question, reply=reply))
    assert any(question.rstrip("?") in p for p in parts)


@pytest.mark.parametrize("question", [
    "Her son interpreted for the whole session: can we add +90785?",
    "We used a phone interpreter for the intake. Is that interactive complexity?",
    "Does translating for a grandparent count toward the interactive complexity add-on?",
])
def test_interpreting_in_any_form_is_searched_as_interpretation(question):
    assert "interpretation" in read_question(question).query


@pytest.fixture(scope="module")
def sections():
    found, problems = load_knowledge()
    assert not problems
    return found


def _passages(sections, wanted: list[tuple[str, str]]) -> list[Passage]:
    return named(sections, wanted)


@pytest.mark.parametrize("question", [
    "Her son interpreted for the whole session: can we add +90785?",
    "We used a phone interpreter for the intake. Is that interactive complexity?",
    "Does translating for a grandparent count toward the interactive complexity add-on?",
])
def test_an_interpreter_alone_is_answered_with_the_interpretation_rule(sections, question):
    found = _passages(sections, [("cpt-crisis-psychotherapy-and-interactive-complexity", "Codes +90785 can"),
                                 ("cpt-crisis-psychotherapy-and-interactive-complexity", "when it applies")])
    assert "interpretation alone" in extractive_answer(question, found).text


# the hearing window of another program ranked first, the state reviews' range beside the federal review's own window
_REVIEWS = [("medicaid-state-fair-hearings", "fee-for-service"), ("aca-federal-external-review", "timeline"),
            ("state-external-review", "differs"), ("aca-federal-external-review", "binding")]


@pytest.mark.parametrize("question,last", [
    ("Training quiz, question 7.\nCase: the member received the final internal appeal denial on October 31, 2025.\n"
     "a) Last day to file the federal external review request?\nb) Is there a fee for it?\n"
     "c) How long does the IRO get to decide a standard review?", "March 1, 2026"),
    ("Notes from the billing huddle. The plan's final adverse determination reached her on June 30, 2026. Open "
     "questions: last day to file for the federal external review? does anyone pay for it? and how many days does "
     "the reviewer have to decide?", "October 30, 2026"),
    ("Q1 - how many days does the plan get for its preliminary eligibility check?\nQ2 - the final internal appeal "
     "denial was received 2026-01-15. What is the last day to request federal external review?\nQ3 - how fast must "
     "the independent reviewer decide once it has the request?", "May 15, 2026"),
])
def test_a_named_reviews_last_day_is_counted_from_its_own_window(sections, question, last):
    answer = extractive_answer(question, _passages(sections, _REVIEWS)).text
    assert f"Last day: {last}: 4 months" in answer


@pytest.mark.parametrize("question", [
    "Final internal denial arrived 2026-01-15. By what date must the IRO decide the federal external review?",
    "We filed the federal external review on 2026-01-15: what is the last day for the IRO's decision?",
    "Final internal denial arrived 2026-01-15. When does the IRO have to rule on a federal external review?",
])
def test_a_question_about_the_reviewers_own_clock_is_not_given_the_filing_window(sections, question):
    assert "Last day: May 15, 2026" not in extractive_answer(question, _passages(sections, _REVIEWS)).text


_THREAD = """Clinic chat (4)
Mei: the intake ran 50 minutes and her niece interpreted the whole time
Mei: {question}
Jun: ok
"""


@pytest.mark.parametrize("question", [
    "那 90834 要不要改成別的碼？",                       # Chinese, full-width question mark
    "この場合 90834 のままでいいですか？",                 # Japanese
    "통역사가 있으면 90785를 추가할 수 있나요？",            # Korean, with the full-width mark
])
def test_a_question_written_in_chinese_japanese_or_korean_is_a_question(question):
    parts = document_parts(plain_text(_THREAD.format(question=question) + "\nnote: " + "claim on hold until we hear. " * 8))
    assert any(re.search(r"9078[45]|90834", p) and p.rstrip().endswith("?") for p in parts)


@pytest.mark.parametrize("text", [
    "我們昨天做了 90834。保險是 Aetna。",                  # statements with full stops, no question
    "他是 78 歲，只會講台山話！",
    "ok？？",                                            # marks with too few characters to ask anything
])
def test_full_width_marks_alone_ask_nothing(text):
    assert document_parts(plain_text(_THREAD.format(question=text) + "\nnote: " + "claim on hold until we hear. " * 8)) == ()
