"""Letters from a tenth set of shapes, examples written here (three or more per class): a column gap or a code's
label ends a diagnosis name; a dictated review run together with semicolons is read field by field; a scanner's
bracketed remark and a lone ticked box are never quoted; a section keeps quoting short runs of the notes; a
table with a row per instrument under "Scores" or "Ratings"; flowsheet vitals, counters and doses are no scores;
instruments named in prose by a verb ("averaged") and less common scales (SRM-5, PACS, BrAC, ITQ parts)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.note_text import one_field_per_line
from assistant.letters.quote_runs import within_run_limit
from assistant.letters.reading import read_note
from assistant.letters.sections import clean


def diagnoses(text: str) -> set[tuple]:
    return {(d.name, d.icd10) for d in extract_facts([text]).diagnoses}


def scores(text: str) -> set[tuple]:
    return {(m.instrument, m.score) for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text, expected", [
    ("4. DIAGNOSES\n   Primary: F43.12 PTSD, chronic          Secondary: ______________\n", ("PTSD, chronic", "F43.12")),
    ("Primary: Obsessive-compulsive disorder, with good or fair insight      ICD-10-CM: F42.2\n",
     ("Obsessive-compulsive disorder, with good or fair insight", "F42.2")),
    ("Dx\tF33.1 Major depressive disorder, recurrent, moderate\tOnset: 2019\n",
     ("Major depressive disorder, recurrent, moderate", "F33.1")),
])
def test_a_column_gap_or_a_codes_label_ends_the_diagnosis_name(text, expected):
    assert expected in diagnoses(text)


@pytest.mark.parametrize("line, fields", [
    ("TEAM REVIEW 09/09; pt A. (16 F); program: PHP 6 hrs/day; progress: +1.8 kg; school: not attending; hx: FBT x14",
     ["program: PHP 6 hrs/day;", "school: not attending;", "hx: FBT x14"]),
    ("Intake 3/2; mood: low; sleep: 4-5 h; appetite: poor; plan: weekly CBT", ["sleep: 4-5 h;", "plan: weekly CBT"]),
    ("Review; Risk: denies SI; Meds: sertraline 100 mg; Goals: PHQ-9 < 10 by June", ["Meds: sertraline 100 mg;"]),
])
def test_a_review_run_together_with_semicolons_is_read_field_by_field(line, fields):
    lines = one_field_per_line(line).split("\n")
    assert all(f in lines for f in fields)


def test_a_sentence_with_semicolons_and_no_labels_stays_one_line():
    line = "She slept poorly; she missed work twice; she skipped two meals."
    assert one_field_per_line(line) == line


@pytest.mark.parametrize("note", [
    "[Scanned fax, 2 pages expected; OCR text. Page 2 was not received.]\nReason for referral: panic attacks.",
    "[Recording resumes after a short pause]\nClient described the argument with her sister.",
    "[Transcriber's note: two words inaudible]\nT: How was the week?",
])
def test_a_whole_line_in_brackets_is_a_remark_never_quoted(note):
    first = read_note(note)[0]
    assert first.kind == "residue"


@pytest.mark.parametrize("text, expected", [
    ("School/work: [x] not attending -- withdrew from college.", "School/work: not attending -- withdrew from college."),
    ("[X] Safety plan reviewed with client", "Safety plan reviewed with client"),
    ("Meds: \u2612 declined medication", "Meds: declined medication"),
])
def test_a_lone_ticked_box_is_dropped_from_a_quote(text, expected):
    assert clean(text) == expected


def test_an_unticked_box_is_kept():
    assert "[ ]" in clean("Hallucinations [ ] none reported")


def _para(n: int, word: str) -> str:
    return " ".join(f"{word}{i}" for i in range(n)) + "."


@pytest.mark.parametrize("sizes", [(40, 40, 40), (60, 30), (50, 20, 30)])
def test_a_section_keeps_quoting_short_runs_of_the_notes(sizes):
    sentences = [_para(n, "w%d_" % k) for k, n in enumerate(sizes)]
    note = " ".join(sentences)
    kept = within_run_limit(sentences, [note])
    assert kept[0] == sentences[0] and sum(len(s.split()) for s in kept) <= 85


def test_sentences_from_different_places_are_all_kept():
    a, b, c = _para(50, "a"), _para(50, "b"), _para(50, "c")
    assert within_run_limit([a, c], [a + " " + b + " " + c]) == [a, c]


@pytest.mark.parametrize("text, expected", [
    ("Scores            <DATE_1>   <DATE_2>   <DATE_3>\nPHQ-9              17         --         12\nPACS               --         24         15\n",
     {("PHQ-9", 17), ("PHQ-9", 12), ("PACS", 24), ("PACS", 15)}),
    ("Ratings      <DATE_1>    <DATE_2>\nGAD-7         14          9\nPHQ-9         19          11\n", {("GAD-7", 9), ("PHQ-9", 19)}),
    ("Outcome measures   intake   week 6\nPCL-5              58       41\nISI                20       14\n",
     {("PCL-5", 41), ("ISI", 20)}),
])
def test_a_row_per_instrument_under_scores_or_ratings_is_read(text, expected):
    assert expected <= scores(text)


@pytest.mark.parametrize("text, header", [
    ("DATE   BP       T (F)   CIWA-Ar   INIT\n11/03  152/98   99.0    17        KM\n11/04  138/90   98.6    12        LT\n", "T (F)"),
    ("PHP day | Date  | YMRS\n1 | 10/20 | 24\n4 | 10/23 | 19\n", "PHP day"),
    ("Date | Li dose | Li level\n10/20 | 900 | 0.52\n10/24 | 1200 | 0.74\n", "Li dose"),
])
def test_vitals_counters_and_doses_in_a_table_are_no_scores(text, header):
    assert header not in {i for i, _ in scores(text)}


@pytest.mark.parametrize("text, expected", [
    ("In IPSRT we built his Social Rhythm Metric: his SRM-5 averaged 3.4 this week.", ("SRM-5", 3.4)),
    ("Penn Alcohol Craving Scale (PACS) 24 at admission.", ("PACS", 24)),
    ("BrAC 0.14 at 14:00, drove him home.", ("BrAC", 0.14)),
    ("ITQ PTSD 20/24 and ITQ DSO 19/24 today.", ("ITQ PTSD", 20)),
])
def test_less_common_scales_are_read_from_the_catalog(text, expected):
    assert expected in scores(text)


@pytest.mark.parametrize("text", [
    "Adult clinical cutoff (ORS): 25.0 | Reliable change index: 5 points",
    "Clinical threshold for the PCL-5: 33.",
    "Norms (PHQ-9): 5 mild, 10 moderate, 15 moderately severe.",
])
def test_a_reports_legend_is_no_score(text):
    assert scores(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("PANSS <DATE_4>: positive 17, negative 17, general 32, total 66.", {("PANSS", 66), ("PANSS positive", 17)}),
    ("PANSS: positive 24, negative 18, general 40 (total 82).", {("PANSS", 82), ("PANSS general", 40)}),
    ("Hospital course: PANSS <DATE_3>: positive 24, negative 18, general 40 (total 82); PANSS <DATE_4>: positive 17, "
     "negative 17, general 32 (total 66); UDS positive.", {("PANSS", 82), ("PANSS", 66)}),
])
def test_a_scale_with_its_parts_before_its_total_is_read(text, expected):
    assert expected <= scores(text)


@pytest.mark.parametrize("note, kept_out", [
    ("Goals\n1. Answers her teacher on 4 of 5 days.\n\nPlan\nContinue weekly sessions.\n\nRisk\n[to come]\n",
     "Continue weekly sessions"),
    ("Goals\n1. PHQ-9 under 10 by June.\n\nMedication\nSertraline 50 mg daily.\n", "Sertraline 50 mg daily"),
    ("Goals\n- Sleep 6 hours on 5 nights.\n-----\nCommented [RT1]: pull the scores from the packet.\n", "pull the scores"),
])
def test_a_goals_section_ends_at_the_next_section_or_a_rule(note, kept_out):
    goals = [g.text for g in extract_facts([note]).goals]
    assert goals and not any(kept_out in g for g in goals)


@pytest.mark.parametrize("line", [
    "Commented [RT2]: Removed the social anxiety diagnosis from the dx line.",
    "Commented [JL1]: Done, checked both.",
    "Commented [AB12]: Do we need a risk section?",
])
def test_a_word_processors_comment_is_a_remark_never_quoted(line):
    assert read_note("Plan: weekly CBT.\n" + line)[-1].kind == "residue"


@pytest.mark.parametrize("quote", [
    "the documentation does not show measurable progress, and the treatment goals are not measurable.",
    "Reviewer: goals unclear.",
    "The plan's goals are vague.",
])
def test_a_verdict_on_the_goals_is_no_goal(quote):
    assert not any(g.text.lower().strip(". ") in ("not measurable", "unclear", "vague") for g in extract_facts([quote]).goals)


@pytest.mark.parametrize("text", [
    "Step-down / d/c criteria: [TODO - ask Dr. Ames what the program uses].",
    "Risk: [to come]",
    "Discharge plan: TBD",
])
def test_a_to_do_left_in_a_field_is_never_quoted(text):
    from assistant.letters.sections import usable
    assert not usable(text)
