"""Payer questions of a sixteenth kind, examples written here (three or more per class):
- a question buried in a document (a call log, a script, a checklist, an e-mail, a draft with a reviewer's note) is
  read as its sub-questions, each with the lines it leans on: a pointer ("the part about the fax"), a label
  ("item 2"), a plural pointer to a list ("which of these settings"), a bracketed note, the e-mail's subject line;
  a title such as "Dr." does not cut a question short;
- a sub-question that asks how often wants a sentence that states a recurrence;
- a figure the case gives set against the minimum a source states ("1,900 hours ... so he qualifies?");
- a regional Blue plan named with its brand is covered by the brand's documents;
- a sentence that opens with a pronoun carries the subject of the sentence before it;
- contractions give no fragments as words; form shorthand ("hrg", "svcs") and "will the letter say why" are searched
  in the knowledge base's words."""
from __future__ import annotations

import pytest

from assistant.criteria.asked import document_parts
from assistant.criteria.question import read_question, uncovered
from assistant.criteria.select import Candidate, candidates, choose, fit, weights
from assistant.criteria.thresholds import threshold_line
from assistant.criteria.words import terms
from assistant.records import Passage

FILLER = ("The front desk logged this on the shared drive. It came in during the busy week before the holiday, so it "
          "sat for a while. Nobody on the billing team had seen this exact situation before, which is why it is here. ")


def passage(text: str, n: int = 0, title: str = "Rules") -> Passage:
    return Passage(f"c{n}", f"s{n}", title, "Rules", f"RULE-{n}", "", "", "all", text)


# --- a question buried in a document ---------------------------------------------------------------------------

def test_a_pointer_leans_on_the_line_it_names():
    text = (FILLER + "\nRep said: the plan will fax the decision but the fax never lists the reviewer's credentials.\n"
            "Second rep: appeals go to the same mailbox as claims.\n"
            "Is the part about the fax true?")
    parts = document_parts(text)
    assert any("credentials" in p and "Is the part about the fax true?" in p for p in parts)


def test_a_label_brings_its_block():
    text = (FILLER + "\n1. Intro. We thank the reviewer.\n\n2. Standard. The plan must use the state's own criteria "
            "for every review of a residential stay.\n\n3. Close. Please reply within a week.\n\n"
            "Does item 2 hold up for a self-insured plan?")
    parts = document_parts(text)
    assert len(parts) == 1 and "state's own criteria" in parts[0] and "Close" not in parts[0]


def test_a_plural_pointer_takes_the_listed_items_the_asker_touches():
    text = (FILLER + "\nSettings changed last night:\n - Group sessions for Medicaid now bill 90853 with modifier HQ "
            "on every line.\n - Intake forms print in a larger font.\n - Family sessions without the client now bill "
            "90847 by default.\n\nMost of our Medicaid clients come to group and a few families come without the teen. "
            "Which of these settings should we change?")
    parts = document_parts(text)
    assert any("90853" in p for p in parts) and any("90847" in p for p in parts)
    assert not any("font" in p for p in parts)


def test_a_bracketed_note_gives_its_question_the_note():
    text = (FILLER + "\nPara 4. The plan breached state law by using its own guidelines.\n"
            "[FLAG - Omar: the member says her coverage is a church plan run through the diocese. Can para 4 stay?]\n"
            "Para 5. We ask for the stay to be covered.")
    parts = document_parts(text)
    assert any("church plan" in p and "Can para 4 stay?" in p for p in parts)


def test_the_subject_line_goes_with_every_question():
    text = ("From: billing desk\nSubject: PHP admission paperwork for March\n\n" + FILLER +
            "Two things. What has to be in the certification? And how soon is the first recertification due?")
    parts = document_parts(text)
    assert len(parts) == 2 and all(p.startswith("PHP admission paperwork for March") for p in parts)


@pytest.mark.parametrize("title", ["Dr.", "Mrs.", "St."])
def test_a_title_does_not_cut_a_question(title):
    text = FILLER + FILLER + f"How often must {title} Alvarez sign the plan again?"
    assert any(f"How often must {title} Alvarez" in p for p in document_parts(text))


@pytest.mark.parametrize("text", ["How long do I have to appeal a Medicare denial?",
                                  "Is 20 days right? " * 3,
                                  "short note. " * 10 + "What is the rule?"])
def test_a_plain_question_is_no_document(text):
    assert document_parts(text) == ()


# --- how often ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["How often does the plan have to be signed again?",
                                      "At what interval must the physician recertify?",
                                      "how frequently are reviews due for a residential stay"])
def test_how_often_asks_for_a_frequency(question):
    assert "frequency" in read_question(question).kinds


@pytest.mark.parametrize("sentence, fits", [
    ("Reviews are due no less often than every other month.", True),
    ("The plan must be updated every 90 days.", True),
    ("Providers recertify monthly after the first review.", True),
    ("The physician must be enrolled in Medicare.", False),
])
def test_a_recurrence_fits_a_how_often_question(sentence, fits):
    assert (fit(sentence, read_question("How often must it be redone?")) > 1) is fits


def test_a_how_often_part_takes_the_recurrence_sentence():
    q = read_question("What must the physician certify, and how often must the physician sign it again?")
    p = passage("The physician must certify that the patient needs at least 12 hours a week. The physician who signs "
                "again must know the patient. The physician must sign again no less often than every 45 days.")
    cands = candidates([p], q, [])
    parts = [weights(set(terms(part)), {}, 10) for part in q.parts]
    chosen = choose(cands, {0: set()}, weights(set(terms(q.query)), {}, 10), parts, 3,
                    [read_question(part) for part in q.parts])
    assert any("every 45 days" in c.text for c in chosen[:2])


# --- the case's figure against a source's minimum -----------------------------------------------------------------

def _cand(text: str) -> Candidate:
    return Candidate(0, text, frozenset(terms(text)), 1.0, 1.0)


@pytest.mark.parametrize("question, sentence, verdict, short", [
    ("Her log shows 1,900 supervised hours after the degree. Does she qualify?",
     "Counselors need at least two years or 3,000 hours of supervised experience.", "not met", "1,900 hours falls short"),
    ("He has about 30 months of post-degree practice, so he's eligible, right?",
     "Counselors need at least two years or 3,000 hours of supervised experience.", "is met", "30 months meets"),
    ("The program runs 3 days a week for 4 hours, 12 hours in all - enough to meet the rule?",
     "The patient must need a minimum of 9 hours of services each week.", "is met", "12 hours meets"),
])
def test_the_case_figure_against_the_minimum(question, sentence, verdict, short):
    line = threshold_line(question, [_cand(sentence)], {0: 1})
    assert verdict in line and short in line and line.endswith("[1].")


@pytest.mark.parametrize("question", ["What is the minimum number of supervised hours?",
                                      "We assumed 20 hrs/wk like PHP. What does IOP need?",
                                      "Is 2,000 hours the rule for counselors?"])
def test_no_figure_check_without_a_case_figure_and_a_meets_question(question):
    sentence = "Counselors need at least two years or 3,000 hours of supervised experience."
    assert threshold_line(question, [_cand(sentence)], {0: 1}) == ""


# --- a regional Blue plan -------------------------------------------------------------------------------------------

KNOWN = {w: 3 for w in terms("blue cross shield bcbs medicare aetna parity")}


@pytest.mark.parametrize("question", ["Premera Blue Cross capped her visits at 20. Allowed?",
                                      "Our Regence BlueCross card says Blue Cross on the back; is a 20-visit cap legal?",
                                      "Highmark Blue Shield wants a new auth every 8 visits. Can they?"])
def test_a_blue_plan_named_with_its_brand_is_covered(question):
    assert uncovered(question, KNOWN) == ()


def test_a_plan_named_alone_is_still_unknown():
    assert uncovered("What does Premera require for IOP?", KNOWN) == ("Premera",)


# --- a pronoun's subject ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Code 90853 may be billed for groups. It is not billed with 90847 on the same day.", "90853"),
    ("The state law governs insured plans. It does not reach self-insured employer plans.", "state"),
    ("Modifier HQ marks a group session. They are required by some Medicaid plans.", "hq"),
])
def test_a_pronoun_sentence_carries_the_subject_before_it(text, word):
    second = [c for c in candidates([passage(text)], read_question("what?"), []) if c.text.startswith(("It", "They"))]
    assert second and word in second[0].terms


# --- words -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, absent, present", [
    ("they don't list it", {"don", "t"}, {"not", "list"}),
    ("it'll say the plan won't pay", {"ll", "wo"}, {"not", "pay"}),
    ("you'd think we've asked", {"d", "ve"}, {"think", "asked"}),
])
def test_contractions_give_no_fragments(text, absent, present):
    found = set(terms(text))
    assert not (found & absent) and present <= found


@pytest.mark.parametrize("question, word", [
    ("Fair hrg due: 30 days after the notice?", "hearing"),
    ("Keep svcs going - req by day 10?", "services"),
    ("Will the letter say why it was denied?", "reason"),
])
def test_shorthand_and_plain_words_are_searched_in_the_sources_words(question, word):
    assert word in read_question(question).query
