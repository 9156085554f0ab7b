"""Payer questions, nineteenth round: questions typed into laid-out pages (grids, commented scripts, wrapped lines),
transcripts whose service side asks its own questions, pronouns that point inside their own sentence, billing codes
the sources never mention, and plain words for external review and a paused rule."""

from __future__ import annotations

import pytest

from assistant.criteria.asked import document_parts
from assistant.criteria.codes import unknown_codes
from assistant.criteria.layout import plain_text
from assistant.criteria.question import read_question
from assistant.criteria.words import terms

_FILLER = ("The week was busy with intakes, a staff meeting that ran long, two no-shows and a supervision hour that "
           "moved twice; the copier jammed again and the waiting room needs new chairs before the holidays. ")


# ---- a laid-out page read as running text ------------------------------------------------------------------------

@pytest.mark.parametrize("page,sentence", [
    ("DO NOW                         | LATER\n"
     "- call the lab back            | - Do we need a new consent form\n"
     "- sign the two intake notes    |   every year for the school team?\n"
     "- order more binders           | - repaint the hallway\n",
     "Do we need a new consent form every year for the school team?"),
    (" 8:15 | staff huddle\n"
     " 9:40 | Is the crisis add-on billable when\n"
     "      | the session ran long on video?\n"
     "11:00 | lunch with the new hire\n",
     "Is the crisis add-on billable when the session ran long on video?"),
    ("KEEP                     | DROP                       | TRY\n"
     "- Monday denial review   | - paper superbills         | - Could we appeal the\n"
     "- shared inbox           | - weekly fax audit         |   recoupment letters as a batch?\n"
     "- text reminders         | - old intake packet        | - new scheduling tool\n",
     "Could we appeal the recoupment letters as a batch?"),
])
def test_grid_cells_are_read_down_their_column(page, sentence):
    assert sentence in plain_text(page)


@pytest.mark.parametrize("script,sentence", [
    ("-- pulled every denied family session\n-- why does the plan want a new plan of care\n--   every ninety days?\n"
     "SELECT 1;", "why does the plan want a new plan of care every ninety days?"),
    ("# todo before go-live\n# does the portal accept the signed\n#   attestation as a scan?\nrun()",
     "does the portal accept the signed attestation as a scan?"),
    (">> Reviewer: the appeal packet looks thin and the dates do not line up\n>> with the clinical notes from spring.\n"
     "Is that a reason they can deny it?",
     "the appeal packet looks thin and the dates do not line up with the clinical notes from spring."),
])
def test_comment_marks_are_dropped_and_wrapped_lines_joined(script, sentence):
    assert sentence in plain_text(script)


@pytest.mark.parametrize("text", [
    "How long does the plan have to decide an urgent request?",
    "Line one ends here.\nLine two Starts with a capital.\n\nA new paragraph.",
    "├── Payer\n│   ├── Plan A\n│   └── Plan B\n└── Docs",
])
def test_text_without_such_a_layout_is_unchanged(text):
    assert plain_text(text) == text


# ---- a transcript's service side asks nothing we answer -----------------------------------------------------------

@pytest.mark.parametrize("transcript,asked_by_service", [
    ("Bot: Welcome back! Which of these best describes your request today?\nMe: none, I need the criteria\n"
     "Bot: Would you like to check a claim status?\nMe: no\n\n" + _FILLER +
     "So which guideline will they apply to a residential stay for an adult with bipolar disorder?",
     ("Which of these best describes", "check a claim status")),
    ("Agent (Tanya): Can I have the member's date of birth please?\nCaller: sure, I'll read it from the card\n"
     "Agent (Tanya): And what is the reason for the call?\n\n" + _FILLER +
     "After that call I still don't know: does the plan need a new authorization for the step-down to IOP?",
     ("date of birth", "reason for the call")),
    ("[IVR]: Did you know you can check eligibility online?\nYou: representative\n"
     "Representative: Is there anything else I can help you with?\n\n" + _FILLER +
     "My real question: can a counselor bill family therapy without the client in the room?",
     ("check eligibility online", "anything else I can help")),
])
def test_questions_the_service_side_asks_are_not_the_askers(transcript, asked_by_service):
    parts = " | ".join(document_parts(transcript))
    assert parts
    for words in asked_by_service:
        assert words not in parts


# ---- where a pronoun points -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected,unwanted", [
    (_FILLER + "Note: portal says criteria for PHP are posted.\n" + _FILLER +
     "which criteria does the plan hold a PHP admission to, and can I get a copy of them?",
     "criteria does the plan hold a PHP admission to", None),
    (_FILLER + "Reminder: the IOP packet is due.\n" + _FILLER +
     "what form does the carve-out use for IOP reviews, and how do I send it once it is signed?",
     "form does the carve-out use for IOP reviews", None),
    (_FILLER + "Fee schedule arrived.\n" + _FILLER +
     "which code covers a 40-minute family session, and does it need the client present?",
     "code covers a 40-minute family session", None),
])
def test_a_later_question_in_a_sentence_leans_on_its_first(text, expected, unwanted):
    parts = document_parts(text)
    assert len(parts) == 2
    assert expected in parts[1]


@pytest.mark.parametrize("text", [
    "1. How long do we have to ask for the outside review of the residential denial?\n" + _FILLER + _FILLER +
    "\n2. If the reviewer overturns the denial, does the insurer have to honour it?",
    "Reminder about the Medicaid plan's new portal and the fax number.\n" + _FILLER + _FILLER +
    "If the state hearing officer rules for the family, can the plan ignore it?",
    "Weekly notes on the group schedule.\n" + _FILLER + _FILLER +
    "When the peer reviewer agrees the stay is needed, does the plan still get to overrule it?",
])
def test_a_pronoun_with_its_thing_in_its_own_opening_clause_leans_on_nothing(text):
    last = document_parts(text)[-1]
    assert last.lstrip("0123456789. ").startswith(("If", "When"))


def test_the_askers_lead_in_on_the_questions_line_is_kept():
    text = (_FILLER + "criteria for the step-down\n" + _FILLER +
            "anyway. her benefits are carved out to Acme Behavioral. what criteria will they hold the step-down to?")
    assert "carved out to Acme Behavioral" in document_parts(text)[0]


# ---- billing codes the sources never mention ---------------------------------------------------------------------

_KNOWN = {w: 4 for w in terms("90832 90834 90837 90846 90847 90791 90785 psychotherapy code bill unit claim")}


@pytest.mark.parametrize("question,codes", [
    ("Can the practice bill 99484 every month for the care manager's time?", ("CPT 99484",)),
    ("The plan paid one unit of 96130 and denied the second; what is their limit?", ("CPT 96130",)),
    ("Which modifier goes on H2019 for a group skills session?", ("HCPCS H2019",)),
    ("Do the codes 99421 / 99422 count for portal messages with a client?", ("CPT 99421", "CPT 99422")),
])
def test_codes_the_sources_never_mention_are_named(question, codes):
    assert unknown_codes(question, _KNOWN) == codes
    assert set(codes) <= set(read_question(question, known=_KNOWN).unknown)


@pytest.mark.parametrize("question", [
    "Can I bill 90837 with 99214 on the same day?",          # one code the sources know: about that code too
    "Is 90883 the add-on I report with an E/M visit?",       # one digit away from a known code: a typo of it
    "Our office moved to 94110 last spring; does the plan need our new address for appeals?",  # a ZIP, no billing word
    "How long does the plan have to decide an urgent appeal?",
])
def test_no_unknown_code_without_an_unknown_code_asked_about(question):
    assert unknown_codes(question, _KNOWN | {"90833": 2}) == ()


# ---- plain words searched as the sources' terms ------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Can the family ask for an independent review after the last appeal?",
    "Would a neutral doctor look at the residential denial?",
    "Is there a third-party review once the plan says no twice?",
])
def test_outside_review_in_plain_words_searches_external_review(question):
    assert "external review" in read_question(question).query


@pytest.mark.parametrize("question", [
    "Didn't the new parity rule get paused, so none of it applies?",
    "The rule is on hold now, right?",
    "I read the regulators froze the 2024 parity changes. Does that matter for us?",
])
def test_a_rule_set_aside_in_plain_words_searches_non_enforcement(question):
    assert "non-enforcement" in read_question(question).query


@pytest.mark.parametrize("text", [
    "| A4 | therapist rate | 75% | confirmed |\n| A5 | allowed amount, 90837 | $ ??? | NEED NUMBER |\n| A6 | commercial | $118 | guess |\nwhat is the figure for A5?",
    "| step | who | when |\n|---|---|---|\n| appeal | biller | 60 days |\n| review | payer | 30 days |\nis row 2 right?",
    "|item|status|\n|intake|done|\n|auth|pending|\n|claim|denied|\nwhy was the claim denied?",
])
def test_a_table_of_rows_is_read_row_by_row(text):
    from assistant.criteria.layout import plain_text
    rows = [line for line in text.split("\n") if line.startswith("|") and "---" not in line]
    assert all(row in plain_text(text) for row in rows)
