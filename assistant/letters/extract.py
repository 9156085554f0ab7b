"""Stage: notes (raw or de-identified) -> Facts, each item with the verbatim sentence it rests on.

The notes are read as documents first (letters/reading.py): headed sections, labelled fields, lists, tables
parsed into rows, prose split into sentences. Every finder works over those blocks and sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from assistant.letters import patterns as P
from assistant.letters.dx_wording import as_written
from assistant.letters.behavior_counts import count_rows, find_count_trends
from assistant.letters.body_measures import known_first
from assistant.letters.clinical import find_cpt_codes, find_diagnoses, find_medication_status, find_medications
from assistant.letters.elements import (find_discharge_criteria, find_goals,
                                        find_impairments, find_lower_level_rationale, find_modalities,
                                        find_prior_treatment, find_progress, find_risk)
from assistant.letters.empty_values import says_nothing
from assistant.letters.facts import Facts, finding
from assistant.letters.form_answers import ticked_no_care
from assistant.letters.informants import own_words, relative_voice
from assistant.letters.raters import with_raters
from assistant.letters.pronouns import client_pronoun, scored_by_other
from assistant.letters.levels import care_so_far
from assistant.letters.measures import dated, find_trends, read_scores
from assistant.letters.score_runs import table_screens
from assistant.letters.med_cells import med_cells
from assistant.letters.patterns.segments import SPEAKER, Segment
from assistant.letters.reading import read_notes, segments, segments_of, table_text
from assistant.letters.then_now import progress_fields, then_now_pairs
from assistant.letters.schedule import find_duration, find_frequency
from assistant.letters.compare_tables import compared_rows
from assistant.letters.semantic import supplement
from assistant.ports import Embedder


def extract_facts(notes: Sequence[str], embedder: Embedder | None = None,
                  chronology: Mapping[str, tuple[int, int, int]] | None = None) -> Facts:
    """Notes (raw or de-identified) -> Facts, every item with a verbatim evidence string.

    With an embedder, the semantic signal may propose evidence for elements the rules left empty; a proposal
    counts only when its sentence passes the element's own check (semantic.py). `chronology` orders date
    placeholders (placeholder -> (year, month, day)), so a series runs from its earliest score to its latest."""
    blocks = read_notes(notes)
    read = relative_voice(segments_of(blocks), notes)  # a relative's own account is not the clinician's plan
    # a table's written cells are prose too: "COWS 2 on 10/19 (14 on 9/29)" in an ASAM grid's "basis" column
    cells_text = table_text(blocks)
    # a field left to be filled, a pointer elsewhere ("Meds: #ERROR!", "Risk: see consult") documents nothing
    read, cells_text = (tuple(s for s in xs if not says_nothing(s.text)) for xs in (read, cells_text))
    measures, problems = read_scores(read + cells_text, blocks)
    # What the notes document: not questions or prompts left for later, not a relative's history.
    segs = tuple(s for s in read if s.kind not in ("family", "todo") and not P.asks(s.text)) + _answered(read, notes) + _fields_in_cells(cells_text)
    # A table's written cells are sentences under their column ("Problem | Goal | Intervention | Response") for what
    # one cell can say alone; a screen, a medication or a date is read with its row (table_screens, med_cells).
    told = segs + tuple(c for c in cells_text if c.kind not in ("family", "todo"))
    measures = with_raters(dated(_clients_own(measures, client_pronoun(s.text for s in read)), chronology))
    trends = find_trends(measures)
    own = own_words(segs)  # a relative's "I've been on sertraline" is the relative's medication
    # a flowsheet's or MAR's medication column, and a log's note cell that says a drug continues ("Clozapine 300 mg hs
    # continues"): a cell of a trials table ("aripiprazole 10 mg | 6 wk | akathisia") says no drug is current
    cells = med_cells(blocks) + tuple(c for c in cells_text if _CURRENT_IN_CELL.search(c.text))
    meds = find_medications(own + cells)
    facts = Facts(
        diagnoses=as_written(find_diagnoses(segs + cells_text)), measures=measures, trends=trends, impairments=find_impairments(told + _titles(blocks)),
        risk=find_risk(segs, table_screens(measures, read)), modalities=find_modalities(told + _titles(blocks)), goals=find_goals(told),
        frequency=find_frequency(_treatment_only(segs, notes)), duration=find_duration(_treatment_only(segs, notes)), progress=find_progress(told, known_first(trends)) + compared_rows(blocks) + then_now_pairs(segs) + progress_fields(segs),
        prior_treatment=find_prior_treatment(own, ticked_no_care(read)), lower_level_rationale=find_lower_level_rationale(segs),
        discharge_criteria=find_discharge_criteria(segs), medications=meds,
        medication_status=find_medication_status(own + cells, meds), cpt_codes=find_cpt_codes(notes),
        not_started=tuple(finding(s, m.group(0)) for s in told + _titles(blocks) for m in P.NOT_STARTED.finditer(s.text)),
        score_problems=problems, care_so_far=care_so_far(own), count_trends=find_count_trends(told) + count_rows(blocks))
    return supplement(facts, segs, embedder) if embedder is not None else facts


_CURRENT_IN_CELL = re.compile(r"\b(?:continues|continuing|currently (?:on|taking)|remains on|now on|was increased|increased to|started on)\b", re.I)


def _answered(read: Sequence, notes: Sequence[str]) -> tuple:
    """An interview's question and the other speaker's reply as one sentence ("MFH: Treatment before this?" /
    "TB: A counselor, weekly, from August to January."): the reply documents what the question asks about."""
    out = []
    for q, a in zip(read, read[1:]):
        mq, ma = SPEAKER.match(q.text), SPEAKER.match(a.text)
        if q.note_index != a.note_index or not (mq and ma) or mq.group(1) == ma.group(1) or not P.asks(q.text) \
                or P.asks(a.text) or q.note_index >= len(notes):
            continue
        note = notes[q.note_index]
        i = note.find(q.text)
        j = note.find(a.text, i + len(q.text)) if i >= 0 else -1
        if j >= 0 and not note[i + len(q.text):j].strip():
            out.append(replace(a, text=note[i:j + len(a.text)]))
    return tuple(out)


def _fields_in_cells(cells: Sequence[Segment]) -> tuple[Segment, ...]:
    """A plan or discharge field written inside a table cell ("ORDER | Therapy schedule: individual 2x/wk; family 1x/wk",
    "... Discharge criteria: no SI x14 days; CDRS-R < 45") is read as that field, with its own label."""
    return tuple(replace(s, note_index=c.note_index) for c in cells if ":" in c.text
                 for s in segments([c.text]) if s.kind in ("plan", "discharge"))


def _clients_own(measures, pronoun: str | None) -> tuple:
    """The scores that are the client's: not a relative's ("her husband's PHQ-9"), not the other pronoun's ("his memory
    test (the MoCA) was 14" in notes about her)."""
    def before(m) -> str:
        return P.clause_before(m.evidence, max(0, m.evidence.find(m.surface or m.instrument)), 120)
    return tuple(m for m in measures if not scored_by_other(before(m), pronoun))


def _titles(blocks) -> tuple[Segment, ...]:
    """A note's headings as sentences, for the approach a title names ("Progress Note -- Experiential / Gestalt")."""
    return tuple(Segment(b.note_index, b.text, "", b.date, "heading") for b in blocks if b.kind == "heading")


# A document that carries someone else's plan (an employer's performance improvement plan, a school's 504 plan or IEP, a
# probation or return-to-work plan): its periods and check-ins are that plan's schedule, not the treatment's.
_OTHER_PLAN = re.compile(r"performance improvement plan|\bPIP\b|\b504 plan\b|individuali[sz]ed education (?:program|plan)|"
                         r"\bIEP (?:meeting|document|amendment|plan|draft)\b|corrective action plan|return[- ]to[- ]work plan|attendance (?:improvement )?(?:plan|contract)|"
                         r"probation (?:plan|agreement|terms)", re.I)


def _treatment_only(segs: Sequence[Segment], notes: Sequence[str]) -> tuple[Segment, ...]:
    """The sentences a schedule is read from: not those of a document whose title names another institution's plan."""
    other = {i for i, note in enumerate(notes)  # its title: the first lines that are short, as a heading is
             if _OTHER_PLAN.search("\n".join(line for line in note.strip().splitlines()[:3] if len(line) <= 90))}
    return tuple(s for s in segs if s.note_index not in other)
