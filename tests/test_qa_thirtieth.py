"""Questions answered from the thirtieth round of blind sets, by class (examples written here, never the set's own).

- A question mark in a cell of a pasted grid (a census, a claims screen) asks nothing of us; nor does a screen's own
  prompt followed by its buttons or links ("Was this helpful? [Yes] [No]").
- A count of a limit already spent, told with its span ("172 days over his lifetime", "9 visits so far this year"),
  is set against the limit the source states when the question asks what is left.
- "What's the next level?" after a named decision (the QIC upheld the redetermination): the window that runs from that
  decision, read from the ladder of appeal levels (appeal_ladders.yaml).
- A state review route (IMR, the DMHC, a state external review) asked of a plan the text shows is self-funded: the
  federal external review's passages and window (routes.yaml); a reviewer's acknowledgment time is no filing window.
- Evidence the plan gathered for the appeal, shown only with the decision: searched as the ACA's "new or additional
  evidence ... in advance" right.
- A modifier named bare after the verb that puts it on a claim ("FQHCs use FQ") is a code; FQHC and RHC are spelled out.
- A plain yes/no part ("and is it still allowed?") is weighed by its own kind beside a part asking a code, and a rule
  made permanent answers "still".
"""

from __future__ import annotations

import re

import pytest

from assistant.criteria.asked import document_parts
from assistant.criteria.deadline import _DECIDE
from assistant.criteria.ladder import decided_level, next_window_bonus
from assistant.criteria.question import read_question
from assistant.criteria.reach import weighed_alone
from assistant.criteria.remaining import remaining_line
from assistant.criteria.routes import federal_instead, route_bonus
from assistant.criteria.select import SHAPES, Candidate, fit

_FILLER = ("The practice keeps its weekly schedule on the shared drive and reviews open claims every Monday morning "
           "before the team huddle, then assigns follow-up calls to whoever is covering the front desk that week. ")


@pytest.mark.parametrize("grid", [
    "ROOM  CLIENT   PAYER       AUTH    NEXT STEP\n12    J.R.     Aetna       yes     step-down to IOP?\n",
    "DOS         CPT     UNITS   STATUS       NOTE\n03/02/2026  90837   1       pending      resubmit with 95?\n",
    "BED   PT    LOS   PAYER        PLAN          FLAG\n4A    K.M.  7     Medicaid     group home?   [1:1]\n",
])
def test_a_question_mark_in_a_grid_cell_is_no_question(grid):
    text = grid + _FILLER + "\nHow many days can the plan take to decide the extension request we sent today?"
    parts = document_parts(text)
    assert parts and all("?" not in p.split("\n")[0] or "decide" in p for p in parts)
    assert not any(re.search(r"step-down to IOP|resubmit with 95|group home\?", p) for p in parts)


@pytest.mark.parametrize("prompt", [
    "Was this article helpful?  [Yes]  [No]",
    "Didn't request this code? Contact support | Unsubscribe",
    "Rate your visit?  [Great]  [Okay]  [Poor]",
])
def test_a_screen_prompt_with_its_buttons_is_no_question(prompt):
    text = _FILLER + "\n" + prompt + "\n" + _FILLER + "\nDoes the plan have to cover audio-only sessions for this client?"
    parts = document_parts(text)
    assert parts and not any(prompt.split("?")[0] in p for p in parts)


@pytest.mark.parametrize("line", [
    "She asked me twice:   is the copay the same   for telehealth   visits?",  # spaced-out prose, not a grid
    "Is the copay the same for telehealth visits? I could not tell from the plan summary.",
    "Can we bill 90837 here? (see notes)",
])
def test_a_real_question_is_still_read(line):
    parts = document_parts(_FILLER + "\n" + line + "\n" + _FILLER)
    assert any("copay" in p or "90837" in p for p in parts)


_LIMIT = Candidate(0, "Original Medicare pays for at most 190 days over a beneficiary's lifetime of inpatient care in a "
                      "freestanding psychiatric hospital.", frozenset(), 1.0, 1.0)


@pytest.mark.parametrize("question,left", [
    ("His record shows 172 inpatient days at free-standing psych hospitals over his lifetime. How many more days can "
     "Medicare pay for?", 18),
    ("Medicare history: 150 days in psychiatric hospitals over her whole lifetime. How many days are left for her?", 40),
    ("We counted 101 hospital days to date. How many more days will Medicare cover?", 89),
])
def test_a_spent_count_told_with_its_span_gives_what_is_left(question, left):
    line = remaining_line(read_question(question), [_LIMIT], {0: 1})
    assert f"leaves {left} days" in line


@pytest.mark.parametrize("question", [
    "Her record shows 120 days over her lifetime in psych hospitals. Is the lifetime limit the same for a general hospital?",
    "What is Medicare's lifetime limit on psychiatric hospital days?",
    "He stayed 30 days so far. Can the hospital bill Part B for the psychiatrist's visits?",
])
def test_no_remaining_count_when_nothing_left_is_asked(question):
    assert remaining_line(read_question(question), [_LIMIT], {0: 1}) == ""


_LEVELS = ["Reconsideration by a QIC: request within 180 days of receiving the redetermination.",
           "Hearing before an Administrative Law Judge (ALJ): request within 60 days of receiving the QIC decision.",
           "Review by the Medicare Appeals Council: request within 60 days of receiving the ALJ decision."]


@pytest.mark.parametrize("question,best", [
    ("The QIC letter came back unfavorable, it upheld the redetermination. What is the next level and my last day?", 1),
    ("Redetermination denied on March 2 (the MAC said not medically necessary). What's the next step, and by when?", 0),
    ("The ALJ decision went against us after the QIC and MAC both said no. Can we go any further?", 2),
])
def test_the_next_window_runs_from_the_decision_held(question, best):
    bonus = next_window_bonus(question)
    scores = [bonus(s) for s in _LEVELS]
    assert scores.index(max(scores)) == best and max(scores) > 0


@pytest.mark.parametrize("question", [
    "How long does the QIC have to decide a reconsideration?",          # no next step asked
    "What is the deadline for a redetermination after the remittance?",
    "Next level of care after IOP: does the plan need a new authorization?",  # a level of care, no appeal level named
])
def test_no_ladder_when_no_next_appeal_step_is_asked(question):
    assert decided_level(question) is None
    assert {next_window_bonus(question)(s) for s in _LEVELS} == {0}


@pytest.mark.parametrize("text", [
    "The benefits grid says the PPO is self-funded by the employer. Should the family file an IMR with the DMHC?",
    "Our plan is self-insured (Anthem is administrative services only). Can she ask the state insurance department "
    "for a state external review?",
    "Is an independent medical review possible? HR says the plan is self-funded.",
])
def test_a_state_route_asked_of_a_self_funded_plan_searches_the_federal_route(text):
    assert "federal external review" in federal_instead(text)
    score = route_bonus(text)
    assert score("federal external review: file within 4 months") > 0 > score("IMR: apply to the DMHC within 6 months")


@pytest.mark.parametrize("text", [
    "The plan is fully insured by Blue Shield. Should we file an IMR with the DMHC?",
    "The plan is self-funded. What is the deadline for the second-level internal appeal?",
    "What is the state external review deadline in Texas?",
])
def test_no_federal_route_without_both_signals(text):
    assert federal_instead(text) == ""
    assert route_bonus(text)("IMR: apply within 6 months") == 0


@pytest.mark.parametrize("sentence,decides", [
    ("The department acknowledges the application within about 5 days.", True),
    ("The IRO decides within 45 days after it receives the request.", True),
    ("The member must file within 4 months after the final denial.", False),
])
def test_an_acknowledgment_time_is_a_reviewers_clock(sentence, decides):
    assert bool(_DECIDE.search(sentence)) is decides


@pytest.mark.parametrize("question", [
    "They had an outside psychiatrist write a report for the appeal, and we only get it along with the final decision. Is that OK?",
    "The plan got a new physician review in the grievance and won't share it. Can they do that?",
    "Before the committee meets: will we only get to see the consultant's opinion together with the decision?",
])
def test_evidence_gathered_for_the_appeal_is_searched_as_the_aca_right(question):
    assert "generated in advance of the decision" in read_question(question).query


@pytest.mark.parametrize("question", [
    "The new report card from school shows improvement. Does that help the appeal letter?",
    "I use a decision tree when I triage calls: is it billable?",
    "Where do I send the records?",
])
def test_no_aca_evidence_words_for_other_reports(question):
    assert "generated in advance" not in read_question(question).query


@pytest.mark.parametrize("sentence", [
    "Rural health clinics and FQHCs use FQ for audio-only visits.",
    "Critical access hospitals bill with GT under Method II.",
    "Put modifier 93 on audio-only claims.",
])
def test_a_modifier_named_bare_is_a_code(sentence):
    assert re.search(SHAPES["code"], sentence, re.I)


@pytest.mark.parametrize("sentence", [
    "Most plans use it for telehealth.",
    "With MA plans the rule differs.",
    "Clinicians should use their judgment.",
])
def test_ordinary_words_after_use_are_no_code(sentence):
    assert not re.search(SHAPES["code"], sentence, re.I)


@pytest.mark.parametrize("abbreviation,words", [("FQHC", "federally qualified health center"),
                                                ("RHC", "rural health clinic"), ("FQHCs", "federally qualified")])
def test_clinic_acronyms_are_spelled_out(abbreviation, words):
    assert words in read_question(f"Which modifier does an {abbreviation} use for phone visits?").query


@pytest.mark.parametrize("part,alone", [
    ("and are phone-only sessions even still allowed?", True),
    ("is that still permitted for our clinic?", True),
    ("and which modifier is still allowed?", False),  # a code part keeps the whole question's weighing
])
def test_a_plain_yes_no_part_is_weighed_by_its_own_kind(part, alone):
    beside = {"code"}  # another part asks which modifier
    assert weighed_alone(set(read_question(part).kinds), {"frequency", "number", "consequence"}, beside) is alone


@pytest.mark.parametrize("part", [
    "Can we admit him to the day program on that schedule?",
    "Is that enough for PHP?",
    "Does this count as IOP?",
])
def test_a_yes_no_part_keeps_the_whole_questions_weighing_when_no_part_asks_a_figure(part):
    # the figure ("3 hrs/day x 4 days/wk") sits in the pasted order, not in any part: its sentences still weigh more
    assert not weighed_alone(set(read_question(part).kinds), {"frequency", "number", "consequence"}, {"yesno"})


@pytest.mark.parametrize("sentence", [
    "Audio-only care is permanently allowed for behavioral health.",
    "The home-site rule for mental health was made permanent by statute.",
    "Audio-only visits remain covered indefinitely for behavioral health.",
])
def test_a_permanent_rule_answers_still(sentence):
    q = read_question("Are audio-only visits still allowed?")
    assert fit(sentence, q) > fit("Audio-only care is allowed for behavioral health.", q)


@pytest.mark.parametrize("sentence", [
    "Mental health has the broadest permanent telehealth rights in Medicare.",  # an adjective for something else
    "A permanent resident may enroll in Medicare.",
    "Keep a permanent record of the consent.",
])
def test_permanent_as_a_plain_adjective_is_no_current_status(sentence):
    q = read_question("Does Medicare still require an in-person visit?")
    assert fit(sentence, q) == fit("Medicare covers mental health care.", q)
