"""Questions answered from the thirty-second round of blind sets, by class (examples written here, never the set's own).

- A boxed chart ("+----+" rules) whose cells run over several lines is read cell by cell, column by column, so a
  question wrapped inside a cell is one sentence; a Markdown table or a table of one-line rows is still read by row.
- A count used told as its parts ("58 + 41 + 72 days", "30, 45 and 12 days") is summed against a limit when the
  question asks what is left; a range, a date or a question that asks nothing left is no sum.
- A question pasted with a markup file (an XLIFF translation file, an HTML page, an XML export) is read as the file's
  text: tags and attribute values dropped, character references decoded, an element numbered by its id labelled with
  that number; a placeholder, an e-mail address or a chat's "<" is no markup.
- A dot inside a code or a rule's number (F43.23, 431.221, 2560.503-1) ends no question sentence.
- A question hard-wrapped at a fixed width whose second line opens with a capitalised name keeps its head from the
  line above; a chat's next turn, a field line or a finished sentence above is no head.
- A state Medicaid program under its own brand (Oregon Health Plan, Healthy Michigan Plan, ...) is a program the
  sources do not cover; named only in a résumé's or a letterhead's line that asks nothing, it is background.
"""

from __future__ import annotations

import pytest

from assistant.criteria.asked import document_parts
from assistant.criteria.layout import plain_text
from assistant.criteria.markup import is_markup, markup_text
from assistant.criteria.question import asked_sentences, read_question
from assistant.criteria.remaining import remaining_line
from assistant.criteria.select import Candidate
from assistant.criteria.uncovered import asked_about, uncovered
from assistant.criteria.words import terms

_FILLER = ("The front desk confirms each client's coverage two days before the first visit and keeps a copy of the card "
           "in the chart, so the billing team can see who the plan is before any claim goes out. ")

# ---- a boxed chart whose cells run over several lines ------------------------------------------------------------

_RULE = "+------------------------------+------------------------------------+"
_CHARTS = [
    # a supervision grid: the question wraps inside the right-hand cell
    [_RULE,
     "| Case notes                   | Open questions                     |",
     _RULE,
     "| * intake done, PHQ-9 at 18,  | * does the plan cap outpatient     |",
     "|   safety plan in place,      |   visits for this client, and how  |",
     "|   weekly 90837 requested by  |   many visits are left this year?  |",
     "|   the client's employer      | * who signs the release form?      |",
     _RULE],
    # a handover board with three columns
    ["+-------------------------+---------------------------------+----------+",
     "| Done                    | To check                        | Owner    |",
     "+-------------------------+---------------------------------+----------+",
     "| * faxed the records to  | * can the plan deny a stay      | R.T.     |",
     "|   the reviewer Monday   |   because the client improved   |          |",
     "| * called the member     |   for a week before the review? |          |",
     "|   services line twice   |                                 |          |",
     "+-------------------------+---------------------------------+----------+"],
    # a study sheet, the question in the left cell
    ["+-----------------------------------+----------------------+",
     "| Question for the billing lead     | Answer               |",
     "+-----------------------------------+----------------------+",
     "| how long does the member have to  | (blank until we know |",
     "| ask for an external review after  | and can cite it)     |",
     "| the final internal denial letter? |                      |",
     "+-----------------------------------+----------------------+"],
]
_WRAPPED_QUESTIONS = [
    "does the plan cap outpatient visits for this client, and how many visits are left this year?",
    "can the plan deny a stay because the client improved for a week before the review?",
    "how long does the member have to ask for an external review after the final internal denial letter?",
]


@pytest.mark.parametrize("chart, question", list(zip(_CHARTS, _WRAPPED_QUESTIONS)))
def test_a_boxed_chart_with_wrapped_cells_is_read_cell_by_cell(chart, question):
    assert question in plain_text("\n".join(chart))


@pytest.mark.parametrize("table, row", [
    # a Markdown table: one line a row, even where a cell fills its column
    ("| id | item                                   | status         |\n"
     "|----|----------------------------------------|----------------|\n"
     "| B1 | weekly sessions billed under 90834     | ok (checked)   |\n"
     "| B2 | family sessions billed under 90847     | ok             |\n"
     "| B3 | telehealth modifier on the 95 claims   | needs a second |\n"
     "| B4 | crisis code on the March claims        | review         |", "| B3 | telehealth modifier"),
    # an ASCII table of one-line rows, roomy cells
    ("+------+------------------+---------+\n| code | description      | units   |\n+------+------------------+---------+\n"
     "| 90837 | psychotherapy 60 | 1       |\n| 90785 | interactive add  | 1       |\n| 90846 | family without   | 1       |\n"
     "+------+------------------+---------+", "| 90785 | interactive add"),
    # a claim grid whose rows all start with a capital
    ("+----------+-------------------------+\n| Date     | Note                    |\n+----------+-------------------------+\n"
     "| 03/02    | Claim sent to the plan  |\n| 03/09    | Denied for a code error |\n| 03/16    | Corrected and resent    |\n"
     "+----------+-------------------------+", "| 03/09    | Denied for a code error |"),
])
def test_a_table_of_one_line_rows_is_still_read_by_row(table, row):
    assert row in plain_text(table)


# ---- a used count told as its parts ------------------------------------------------------------------------------

def _cand(text: str) -> Candidate:
    return Candidate(0, text, frozenset(terms(text)), 1.0, 1.0)


_LIMIT = _cand("Original Medicare pays for at most 190 days of inpatient care in a freestanding psychiatric hospital "
               "over a beneficiary's lifetime.")
_VISITS = _cand("The plan sets a 30-visit annual limit on outpatient therapy, subject to parity review.")


@pytest.mark.parametrize("question, limit, left", [
    ("Three earlier stays at our hospital: 58 + 41 + 72 days. How many days does she have left?", _LIMIT, 19),
    ("He had stays of 30, 45 and 12 days at the state hospital. How many lifetime days remain?", _LIMIT, 103),
    ("So far she's been seen 12 visits plus 9 visits at the other clinic - how many visits are left this year?",
     _VISITS, 9),
])
def test_a_used_count_told_as_parts_is_summed_against_the_limit(question, limit, left):
    assert f"leaves {left}" in remaining_line(read_question(question), [limit], {0: 1})


@pytest.mark.parametrize("question", [
    "Stays run between 10 and 20 days on our unit. How many days are left of the lifetime limit?",
    "Admitted 3/2/2026, 14 days ago. How many days are left for him?",
    "Her stays were 58 + 41 + 72 days. Does the lifetime limit apply to a general hospital unit?",
])
def test_a_range_a_date_or_no_question_of_what_is_left_is_no_sum(question):
    assert "leaves 19" not in remaining_line(read_question(question), [_LIMIT], {0: 1})
    assert "leaves 176" not in remaining_line(read_question(question), [_LIMIT], {0: 1})


# ---- a question pasted with a markup file ------------------------------------------------------------------------

_XLIFF = ("our printer wants the final text. what should unit 4 say?\n"
          "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"vi\"><body>\n"
          "<trans-unit id=\"4\"><source>You may ask for a hearing within 30 days.</source>\n"
          "<target>B&#7841;n c&#243; th&#7875; y&#234;u c&#7847;u</target>\n"
          "<note from=\"reviewer\">Is 30 right for the state agency?</note></trans-unit>\n</body></file></xliff>")
_HTML = ("<html><body><h1>Member FAQ draft</h1><p>Can a plan charge a fee to file an appeal?</p>"
         "<p>Our draft says <b>yes</b>, up to $25.</p><!-- is that legal under ERISA? --></body></html>")
_XML = ("<export><case id=\"12\"><payer>Aetna</payer><question>Does the 90837 need prior authorization?</question>"
        "</case><case id=\"13\"><payer>Cigna</payer><question>How long is the appeal window?</question></case></export>")


@pytest.mark.parametrize("text, expected, gone", [
    (_XLIFF, ["unit 4:", "You may ask for a hearing within 30 days.", "Is 30 right for the state agency?", "Bạn có"],
     ["<source>", "trans-unit id", "&#"]),
    (_HTML, ["Can a plan charge a fee to file an appeal?", "Our draft says yes, up to $25.", "is that legal under ERISA?"],
     ["<p>", "<b>", "<!--"]),
    (_XML, ["case 12:", "Does the 90837 need prior authorization?", "case 13:", "How long is the appeal window?"],
     ["<payer>", "</case>"]),
])
def test_a_markup_file_is_read_as_its_text(text, expected, gone):
    plain = plain_text(text)
    assert all(e in plain for e in expected)
    assert not any(g in plain for g in gone)


@pytest.mark.parametrize("text", [
    "Dear <PERSON_1>, your claim for <DATE_2> was denied. Can we appeal for <PERSON_1>?",
    "From: Dr. Ana Ruiz <aruiz@clinic.example>\nTo: Billing <billing@clinic.example>\nCan we bill 90837 today?",
    "<  maria.lcsw   Active 5 min ago\nmaria.lcsw: is a 60-minute session 90837?\n<b>ok</b> thanks",
])
def test_a_placeholder_an_address_or_a_chat_mark_is_no_markup(text):
    assert not is_markup(text)
    assert markup_text(text) == text


# ---- a dot inside a code or a rule's number ends no question -----------------------------------------------------

@pytest.mark.parametrize("text, whole", [
    ("Client is an adult on a commercial plan. Is F33.1 enough on its own to support weekly 90837 sessions?",
     "Is F33.1 enough on its own to support weekly 90837 sessions?"),
    ("Quick one for the appeal packet. Does 29 CFR 2560.503-1 give us 180 days from the denial notice?",
     "Does 29 CFR 2560.503-1 give us 180 days from the denial notice?"),
    ("The notice cites the rule. Under 42 CFR 431.221 how long does a member have to ask for a hearing?",
     "Under 42 CFR 431.221 how long does a member have to ask for a hearing?"),
])
def test_a_dotted_code_does_not_cut_a_question(text, whole):
    assert whole in asked_sentences(text)
    parts = document_parts(_FILLER * 2 + text + " " + _FILLER)
    assert any(whole in p for p in parts)


@pytest.mark.parametrize("text, second", [
    ("We filed on 3.2. Is that still in time for the plan appeal?", "Is that still in time for the plan appeal?"),
    ("The plan denied it in 2026. Can we still appeal the denial now?", "Can we still appeal the denial now?"),
    ("Dr. Lee signed the plan. Does the plan need a new signature each year?",
     "Does the plan need a new signature each year?"),
])
def test_a_sentence_end_still_ends_a_question(text, second):
    assert any(s.endswith(second) for s in asked_sentences(text))


# ---- a question hard-wrapped at a fixed width --------------------------------------------------------------------

@pytest.mark.parametrize("text, head", [
    (_FILLER + "\nMy question for the tool: for a teenager covered through her mother's plan at Blue Cross\n"
     "Blue Shield of Texas, how many days does the plan have to decide an urgent request?\n" + _FILLER,
     "mother's plan at Blue Cross"),
    (_FILLER + "\nQuestion from the intake worker: when the client's coverage comes through Kaiser\n"
     "Permanente in Colorado, does a referral from the primary doctor come before therapy?\n" + _FILLER,
     "coverage comes through Kaiser"),
    (_FILLER + "\nFor the staff meeting we still need to settle whether a counselor licensed in\n"
     "Washington State may bill Medicare for 90834 as a mental health counselor at all?\n" + _FILLER,
     "counselor licensed in"),
])
def test_a_hard_wrapped_question_keeps_its_head(text, head):
    assert any(head in p for p in document_parts(text))


@pytest.mark.parametrize("text, head", [
    ("Ana: the claim went to Aetna Medicare Advantage this morning and we are waiting 😅\n"
     "Ben: Does the interpreter count as interactive complexity for the add-on code?\n" + _FILLER * 2, "Aetna"),
    (_FILLER + "\nThe denial came from the plan on Friday and the member wants to keep going.\n"
     "Regarding Medicare Advantage, must a plan keep paying during a pending appeal?\n" + _FILLER, "member wants"),
    (_FILLER + "\nPayer: Regence BlueShield\n"
     "Does the plan need a treatment plan update before the next authorization request?\n" + _FILLER, "Regence"),
])
def test_a_next_turn_a_finished_line_or_a_field_is_no_head(text, head):
    parts = document_parts(text)
    assert parts and not any(head in p for p in parts)


# ---- a state Medicaid program under its own brand ----------------------------------------------------------------

_KNOWN = {t: 3 for t in terms("medicaid medicare plan health fair hearing appeal prior authorization visits adult "
                              "outpatient therapy pacificsource aetna cigna cover covered line diagnosis")}


@pytest.mark.parametrize("question, brand", [
    ("For an adult on the Oregon Health Plan, is F43.22 covered for weekly therapy?", "Oregon Health Plan"),
    ("Does Healthy Michigan Plan need prior authorization after the first 20 visits?", "Healthy Michigan Plan"),
    ("How many outpatient visits does Healthy Louisiana allow before a review?", "Healthy Louisiana"),
])
def test_a_state_medicaid_brand_the_sources_lack_is_uncovered(question, brand):
    assert brand in uncovered(question, _KNOWN)


@pytest.mark.parametrize("text, parts", [
    ("Billing Specialist, 2019-2022: Medicare, PA Medicaid (HealthChoices), Aetna, Cigna\n" + _FILLER,
     ("Can a psychologist's testing be billed under another clinician's Medicare number?",)),
    ("Agency letterhead: Cardinal Care provider since 2021\n" + _FILLER,
     ("Does Medicare cover 90837 for a counselor?",)),
    ("Previous job: Oregon Health Plan claims, 2018-2020\n" + _FILLER,
     ("Is a peer-to-peer call required before an Aetna appeal?",)),
])
def test_a_medicaid_brand_named_only_in_background_is_no_subject(text, parts):
    unknown = uncovered(text + " " + parts[0], _KNOWN)
    assert unknown and not asked_about(text + "\n" + parts[0], parts, unknown)
