"""Each defect class a real model put into letters: found by the letter checks, repaired where no judgement is
needed, and turned into a revision instruction otherwise. Examples are our own, three or more per class."""

from __future__ import annotations

import pytest

from assistant.letters.model_letter_checks import (CLASSES, LetterContext, letter_defects, pasted_runs,
                                                   revision_instructions)
from assistant.letters.model_letter_fix import repair

NOTES = ("Intake 02/10/2025. <PERSON_1> reports low mood since January 2025 after a layoff. PHQ-9 = 17. "
         "She missed 5 days of work in the past month and stopped seeing friends. C-SSRS negative. "
         "Plan: weekly CBT for 16 weeks. Goal: PHQ-9 below 10. Diagnosis F32.1.",)
CTX = LetterContext(notes=NOTES, requested={"codes": ["90837"], "date_range": "03/01/2025 - 06/20/2025"},
                    client_names=("<PERSON_1>",))
HEAD = "{{CLINICIAN_LETTERHEAD}}\n\nDear Clinical Reviewer:\n\n"
BODY = ("REQUEST\nI am requesting authorization of 90837 weekly from 03/01/2025 through 06/20/2025 for <PERSON_1>.\n\n"
        "DIAGNOSES\nF32.1 Major depressive disorder, single episode, moderate.\n\n"
        "CLINICAL PRESENTATION\nHer PHQ-9 was 17; she missed 5 days of work and withdrew from friends.\n\n")
SIG = "{{CLINICIAN_SIGNATURE}}"


def letter(extra: str = "", after: str = "", body: str = BODY) -> str:
    return HEAD + body + extra + "\nI ask that you approve these services.\n\n" + SIG + ("\n" + after if after else "")


def test_a_clean_letter_has_no_defects():
    assert letter_defects(letter(), CTX) == {}
    assert repair(letter(), CTX).split() == letter().split()


CASES = {
    "markdown": [
        "**TREATMENT PLAN**\nWeekly CBT.\n",
        "| Measure | Date | Score |\n|---|---|---|\n| PHQ-9 | 02/10/2025 | 17 |\n",
        "## Risk assessment\nC-SSRS negative.\n",
        "The plan is **weekly CBT** for 16 weeks.\n",
    ],
    "second_sign_off": [
        "Sincerely,\nDr. <PERSON_2>, LCSW\n",
        "Respectfully submitted,\n<PERSON_2>\n",
        "Best regards,\n",
        "Thank you,\nThe treating clinician\n",
    ],
    "about_the_tool": [
        "I have reviewed the provided checklist and found all elements to be met.\n",
        "Based on the provided notes, treatment is indicated.\n",
        "As an AI language model, I cannot sign this letter.\n",
        "All checklist elements are documented except discharge criteria.\n",
    ],
    "not_applicable": [
        "LEVEL OF CARE\nNot Applicable\n\n",
        "PROGRESS\nN/A\n\n",
        "Prior treatment: Not applicable.\n",
        "DISCHARGE CRITERIA\nThis section does not apply.\n\n",
    ],
    "prompt_echo": [
        "<notes>\n",
        "- functional_impairment: met\n",
        "Cover, in this order: the request (services, codes, frequency, units, dates); diagnoses with ICD-10 codes.\n",
        "--- note 1 ---\n",
        "The measure_trend shows improvement.\n",
    ],
    "invented_brackets": [
        "Please contact [payer representative's name] with questions.\n",
        "Her employer, [Company Name], confirmed the absences.\n",
        "Date of service: [Date]\n",
    ],
}


@pytest.mark.parametrize("cls, extra", [(c, e) for c, examples in CASES.items() for e in examples])
def test_each_class_is_found_repaired_and_explained(cls, extra):
    text = letter(extra)
    found = letter_defects(text, CTX)
    assert cls in found, found
    assert revision_instructions({cls: found[cls]}, CTX)  # a revision can be asked for it
    fixed = repair(text, CTX)
    assert cls not in letter_defects(fixed, CTX), (fixed, letter_defects(fixed, CTX))
    assert "F32.1" in fixed and "PHQ-9 was 17" in fixed and fixed.count(SIG) == 1


@pytest.mark.parametrize("after", [
    "Enclosures: PHQ-9 score sheets\nI also want to add that she is doing much better now than before.",
    "Note from the assistant: this letter was generated from the notes you gave me.",
    "<notes>\nIntake 02/10/2025. <PERSON_1> reports low mood since January 2025 after a layoff.",
])
def test_text_after_the_signature_is_found_and_removed(after):
    text = letter(after=after)
    assert "after_signature" in letter_defects(text, CTX)
    fixed = repair(text, CTX)
    assert "after_signature" not in letter_defects(fixed, CTX)
    assert fixed.rstrip().endswith((SIG, "PHQ-9 score sheets"))


@pytest.mark.parametrize("closing", [
    "Sincerely,\n<PERSON_1>\n",
    "Respectfully,\n\n<PERSON_1>\nClient\n",
    "Warm regards,\n<PERSON_1>, member\n",
])
def test_a_letter_signed_by_the_client_is_found_and_the_name_removed(closing):
    text = letter(closing)
    found = letter_defects(text, CTX)
    assert "signed_by_client" in found and "second_sign_off" in found
    fixed = repair(text, CTX)
    assert not letter_defects(fixed, CTX) and fixed.count("<PERSON_1>") == 1


@pytest.mark.parametrize("line", [
    "I am requesting authorization of 90837 weekly beginning January 2025.",
    "We request coverage for the period from 02/10/2025 through 06/20/2025.",
    "Requested dates of service: starting February 10, 2025.",
])
def test_request_dates_not_in_the_request_are_found(line):
    body = BODY.replace("I am requesting authorization of 90837 weekly from 03/01/2025 through 06/20/2025 for <PERSON_1>.", line)
    found = letter_defects(letter(body=body), CTX)
    assert "request_date" in found
    assert "03/01/2025 - 06/20/2025" in revision_instructions({"request_date": found["request_date"]}, CTX)[0]


@pytest.mark.parametrize("sentence", [
    "She was hospitalized on 11/03/2024.",
    "Her symptoms worsened on March 14, 2025.",
    "Her PHQ-9 was rechecked in April 2023.",
])
def test_a_date_in_neither_the_notes_nor_the_request_is_unsupported(sentence):
    found = letter_defects(letter(sentence + "\n"), CTX)
    assert "unsupported_date" in found


def test_dates_from_the_notes_the_request_or_our_sources_are_fine():
    ctx = LetterContext(notes=NOTES, requested=CTX.requested, sources=("Policy effective 2024-07-01.",))
    for sentence in ("Intake was on February 10, 2025.", "Low mood began in January 2025.",
                     "The policy is effective 2024-07-01.", "Treatment runs through June 20, 2025."):
        assert "unsupported_date" not in letter_defects(letter(sentence + "\n"), ctx), sentence


def test_pasting_the_notes_is_found_but_quoting_a_sentence_is_not():
    long_note = ("She arrived early and described a week of broken sleep, four to five hours a night, with early "
                 "waking at three. Work has become harder: she left two shifts before the end and her supervisor "
                 "issued a written warning on Friday. At home she has stopped cooking and eats cereal for dinner. "
                 "She practised the thought record twice and found the second attempt easier than the first one. "
                 "Her sister visited on Sunday and they walked by the river for half an hour, which she enjoyed. "
                 "We agreed to schedule two pleasant activities and one call to a friend before the next session.")
    ctx = LetterContext(notes=(long_note,))
    pasted = letter(long_note + "\n")
    quoted = letter("She said: \"" + long_note.split(". ")[0] + ".\"\n")
    shuffled = letter(" ".join(reversed(long_note.split(". "))) + "\n")
    assert "notes_pasted" in letter_defects(pasted, ctx)
    assert "notes_pasted" not in letter_defects(quoted, ctx)
    assert not pasted_runs(shuffled, ctx.notes)  # sentences reordered are short runs, not a pasted record
    assert "Summarize" in revision_instructions({"notes_pasted": pasted_runs(pasted, ctx.notes)}, ctx)[0]


def test_words_that_look_like_tool_talk_but_are_clinical_are_left_alone():
    for sentence in ("The PTSD Checklist (PCL-5) score fell from 52 to 38.",
                     "The Young Child PTSD Checklist was completed by her mother.",
                     "Her CBCL checklist for behavior was not returned."):
        assert "about_the_tool" not in letter_defects(letter(sentence + "\n"), CTX), sentence


def test_every_class_has_a_revision_instruction():
    for cls in CLASSES:
        assert revision_instructions({cls: ["example line"]}, CTX), cls


def test_digits_inside_a_url_are_not_dates():
    for url in ("https://law.example.org/cases/ca9/20-17363/20-17363-2023-01-26-0.html",
                "https://www.example.com/policy/9/20/guide.pdf", "www.example.org/2021-04-01/criteria"):
        assert "unsupported_date" not in letter_defects(letter(f"See {url} for the ruling.\n"), CTX), url
