"""The content of an offline letter, section by section, taken only from facts, the checklist and the request.

Every clinical sentence is a verbatim sentence (or clause) of the redacted notes; the only words this module
adds are labels, measure lines built from extracted scores, generic evidence-base statements that name the
client's own diagnoses, and [MISSING: ...] questions. Sentences that read as instructions to the writer
("ignore previous instructions and write that...") are never copied into a letter.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog
from assistant.letters.reading import KEY_VALUE, read_notes, segments
from assistant.letters.markup import row_as_phrase
from assistant.letters.qa_record import bare_answer
from assistant.letters.closers import with_closers as _with_closers
from assistant.letters.tables import HL7_SEGMENT, is_row
from assistant.letters.denial_lines import is_denial  # noqa: F401 (read from here too)
from assistant.letters.record_lines import IDENTITY_LINE, WRITER_ASIDE, caps_heading, document_title
from assistant.letters.informants import in_clients_words, others_first_person
from assistant.letters.checklist import ChecklistItem
from assistant.letters.facts import Facts


# A note sentence that tries to steer the writer is content to leave out, never an instruction.
INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:instructions?|prompts?|rules|guidelines|directions)\b"
    r"|\b(?:system prompt|language model|as an ai|you are (?:an? |the )?(?:ai|assistant|model|chatbot)|new instructions)\b"
    r"|\b(?:write|state|say|claim|report|add|insert|include|pretend)\b[^.\n]{0,20}\b(?:in|to) the (?:letter|appeal|draft)\b"
    r"|\b(?:write|state|say|claim|pretend|insert)\s+that\s+(?:the\s+)?(?:client|patient|member|child|he|she|they)\b",
    re.IGNORECASE)
# Template residue and a writer's to-do left in a field ("[TODO - ask Dr. Ames ...]", "[to come]", "TBD"): never quoted.
# A double-bracketed field is residue ("[[client name]]", "[[ ]]"); a sentence in double brackets is a reader's
# comment ("[[Nice. LSAS-SR at intake was 92, today 74. -GA]]") and its facts count.
_TEMPLATE_RESIDUE = re.compile(r"\{\{|\}\}|\{%|%\}|\[\[[^\[\]\n]{0,40}\]\]|\[\s*(?:TODO|TBD|to come|to do|fill in|pending)\b|:\s*(?:TBD|TODO)\W*$|"
                               # an EHR template's unfilled pick list, SmartLink or wildcard: "{BH RISK SCREEN:30412}", "@NAME@", "***"
                               r"\{[^{}\n]{1,60}:\d+\}|\{SmartList[^{}\n]*\}|@[A-Z][A-Z0-9_]{2,}@|(?<!\*)\*\*\*(?!\*)", re.I)
# A bullet, a number or a check box ("[ ]", "[x]", "[>]", "☐", "☑") before an item is no part of what it says.
_BULLET = re.compile(r"^\s*(?:\u2192|->|=>|\u21d2|[-*\u2022\u2013\u2014!]+|\(?\d{1,2}[.)])?\s*(?:\[[ xX>\-/*~]?\]|[\u2610\u2611\u2612\u2713\u2714])?\s*")

DOMAINS = (("work_school", "Work or school"), ("relationships", "Relationships and family"),
           ("self_care", "Self-care and daily living"), ("safety", "Safety"))

_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|^\s*#{1,6}\s+")
# A word broken by a hard wrap: "dissocia-tive" -> "dissociative" (only before a common suffix).
_BROKEN_WORD = re.compile(r"\b([a-z]{3,})- ?((?:tion|tions|sion|tive|tives|ment|ments|ness|ity|ities|ing|ings|ance|ence|able|ible|"
                          r"ally|ous|ful|ized|ised|ize|ise|ship|ical|ically|ary|ory|ated|ation|ations|ration|tration|ent|ents|ant|ants|"
                          r"ure|ures|ist|ists|ism|ery|ies)\b)")


_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")
_TIME_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*[\u2014\u2013-]+\s*")
_SNAKE_KEY = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?=\s*:)", re.I)


# A row of check-box options: the ticked ones are what the note says ("Access to means addressed: [X] yes [ ] no
# [ ] n/a" -> "... yes"); the boxes themselves never reach a letter.
_UNTICKED_OPTION = re.compile(r"\s*[\[(]\s*[\])]\s*[^\[\](\n.;]{0,30}?(?=\s*[\[(]\s*[xX\u2713\u2714 >]?\s*[\])]|[.;\n]|$)")
_TICK = re.compile(r"[\[(]\s*[xX\u2713\u2714]\s*[\])]\s*")
_LONE_TICK = re.compile(r"(?:(?<=^)|(?<=[\s:]))\[\s*[xX\u2713\u2714]\s*\]\s+(?=\w)|[\u2611\u2612]\s*(?=\w)")


def ticked_options(text: str) -> str:
    """A sentence with two or more check boxes -> the ticked options only; other text unchanged."""
    if len(re.findall(r"[\[(]\s*[xX\u2713\u2714 >]?\s*[\])]", text)) < 2:
        return _LONE_TICK.sub("", text)  # "School/work: [x] not attending": the ticked box says the option is chosen
    return _TICK.sub("", _UNTICKED_OPTION.sub("", text))


def clean(text: str) -> str:
    """One sentence as it may appear in a letter: collapsed spaces, no leading bullet, no Markdown emphasis,
    no word left broken by a hard wrap, only the ticked options of a row of check boxes."""
    text = ticked_options(_EMOJI.sub("", text))  # a phone-notes app's bullets ("🩹 cut L forearm") print as boxes in a letter
    text = _EMPHASIS.sub("", re.sub(r"\s+", " ", text))
    text = _TIME_STAMP.sub("", text)  # "7:40 PM — PCP saw her today" -> "PCP saw her today"
    text = _SNAKE_KEY.sub(lambda m: m.group(0).replace("_", " "), text)  # an export's "discharge_plan:" reads "discharge plan:"
    return _BROKEN_WORD.sub(r"\1\2", _BULLET.sub("", text)).strip().rstrip(";").rstrip()  # a field's separator ends nothing


def usable(text: str) -> bool:
    """False for sentences that must never be copied: instructions to the writer and template residue."""
    return bool(text.strip()) and not INJECTION.search(text) and not _TEMPLATE_RESIDUE.search(text) and not WRITER_ASIDE.search(text)


_GENERIC_LABEL = re.compile(  # ... after a note format's letter ("I - Interventions", "P - Progress", "S - Signs/symptoms")
    r"^(?:[A-Z]{1,2}\s*[-\u2013:]\s*)?(?:signs?(?:/| and )symptoms|topics|special issues|functioning|functional (?:status|impairment)s?|function|impairments?|risk(?: assessment| screen)?|safety|"
    r"(?:current |psychiatric |discharge |admission |home |active )?(?:medications?|meds)(?: list)?|(?:prior|previous|past) (?:treatment|therapy|history)|prior|treatment history|"
    r"history|discharge(?: criteria| plan)?|step[- ]?down(?: criteria)?|(?:treatment )?plan|progress(?: summary)?|"
    r"goals?|interventions?|[SOAPDBIR]|data|subjective|objective|assessment|behavio(?:u)?r|intervention|response|"
    r"why(?: [\w/ -]{1,30})?|hx|history of present illness|hpi|"
    # the sides of a differential or a weighing: "for:", "against:", "evidence for:", "pros:", "supporting:"
    r"for|against|pros?|cons?|(?:evidence|arguments?|points?) (?:for|against)|supporting(?: evidence)?|in favou?r|weighing against)$", re.I)


_PIPE_LABEL = re.compile(r"^\s*\|?\s*([A-Za-z][A-Za-z0-9 /&().#'_-]{0,39}?)\s*\|\s*(?=\S)")


def strip_label(text: str) -> str:
    """Drop a generic leading label ("Risk:", "Medication:", "Why IOP:") that the letter's own heading repeats."""
    text = clean(text)
    kv = KEY_VALUE.match(text)
    if kv and len(text) > kv.end() + 2:  # "frequency,weekly 60-minute sessions" from a key-value export
        rest = text[kv.end():].strip()
        return rest[:1].upper() + rest[1:]
    m = P.LABEL.match(text) or _PIPE_LABEL.match(text)  # "Risk | Denies SI" from a two-column field table
    if m and _GENERIC_LABEL.match(m.group(1).strip()) and len(text) > m.end() + 2:
        rest = text[m.end():].strip()
        return rest[:1].upper() + rest[1:]
    return text


def text_key(text: str) -> str:
    """Text reduced to lowercase words, for spotting the same sentence twice."""
    return re.sub(r"\W+", " ", text).strip().lower()


def unique(items: Iterable[str | tuple[str, str]], used: set[str] | None = None) -> list[str]:
    """Usable, first-seen items (text, or (source, shown) pairs keyed by source), each ending as a sentence;
    recorded in used when given."""
    out: list[str] = []
    seen = used if used is not None else set()
    for item in items:
        source, shown = item if isinstance(item, tuple) else (item, item)
        shown = shown if re.search(r"[.!?:][\"')\]]*$", shown) else shown + "."
        shown = shown[:1].upper() + shown[1:]  # a sentence quoted from an all-lowercase note still starts a sentence
        k = text_key(source)
        if not k or not usable(source) or HL7_SEGMENT.match(source) or k in seen or shown in out:  # "OBX|..." is never quoted
            continue
        out.append(shown)
        seen.add(k)
    return out


def _clause(evidence: str, phrase: str) -> str:
    """The semicolon clause that holds phrase; in a long sentence, its comma clause."""
    hit = evidence
    for sep in (r";\s*(?![^()]*\))", r",\s+(?![^()]*\))"):  # a separator inside brackets ends no clause: "(EMS; friend)"
        parts = [p for p in re.split(sep, hit) if p.strip()]
        if len(parts) > 1 and (sep.startswith(";") or len(hit) > 120):
            part = next((p for p in parts if phrase.lower() in p.lower()), hit)
            if sep.startswith(";") or len(part.split()) >= 5:
                hit = part  # "His teacher" alone, cut at a comma, says nothing: the clause stays whole
    text = re.sub(r"^(?:and|but|so|while|which means)\s+", "", strip_label(hit).rstrip(" ;,"), flags=re.I)
    return text[:1].upper() + text[1:] + ("" if re.search(r"[.!?][\"')\]]*$", text) else ".")


def clause_with(evidence: str, note: str, phrase: str) -> str:
    """The clause of an evidence sentence that holds phrase, as a letter shows it."""
    return _clause(_with_closers(evidence, note), phrase)


# "I wrote an office referral", "I called her grandmother": the writer's own act, said as "I"
_WRITER_I = re.compile(r"\b(?:I|I['\u2019](?:ve|m|d|ll)|my|me)\b")


def impairments(facts: Facts, used: set[str], notes: Sequence[str]) -> list[tuple[str, list[str]]]:
    """Impairment by domain: the notes' own clause for each finding whose sentence no other section shows."""
    out, others = [], others_first_person(notes)
    for key, label in DOMAINS:
        clauses = unique((c for c in (_clause(_with_closers(i.evidence, notes[i.note_index]), i.text) for i in facts.impairments
                                       if i.domain == key and usable(i.evidence) and text_key(i.evidence) not in used
                                       and not caps_heading(i.evidence, notes[i.note_index])
                                       and not (i.note_index in others and _WRITER_I.search(i.evidence)))
                          if not any(catalog().names_in(c))), used)
        if clauses:
            out.append((label, clauses))
    return out


def prose(text: str) -> bool:
    """Some words, not a header ("SESSION NOTE - <DATE_2> - 90834") nor a legend ("Scale: 1 = severe ... 7 = fine")."""
    return len(re.findall(r"\b[a-z]{3,}\b", text)) >= 4 and len(re.findall(r"(?<![\w.])\d{1,3}\s*=\s*[A-Za-z]", text)) < 2


def sentence(text: str) -> bool:
    """A sentence, not a title line: it ends as a sentence ends, or runs long."""
    return bool(re.search(r"[.!?][\"')\]]*$", text.strip())) or len(text.split()) >= 12


def sentences(findings: Iterable, used: set[str], notes: Sequence[str], only_prose: bool = False) -> list[str]:
    """The verbatim evidence sentences of findings (closing quotes restored), generic labels stripped."""
    return unique(((f.evidence, row_as_phrase(f.text) if is_row(f.evidence) else
                    in_clients_words(strip_label(_with_closers(f.evidence, notes[f.note_index])), notes[f.note_index]))
                   for f in findings if usable(f.evidence) and (prose(f.evidence) or not only_prose)
                   and not caps_heading(f.evidence, notes[f.note_index])), used)


def labelled(notes: Sequence[str], kind: str, used: set[str]) -> list[str]:
    """Every sentence written under a label or section of this kind ("Risk: ..." lines and sections); a table's row
    and its legend are cells, never sentences of a letter."""
    return unique(((text, strip_label(text)) for i, k, text in merged_segments(notes) if k == kind and not is_row(text) and text.count("|") < 2
                   and not _LEGEND.match(text) and not caps_heading(text, notes[i]) and not bare_answer(text)), used)


_LEGEND = re.compile(r"^\(?\s*(?:key|legend)?\s*:?\s*\(?[A-Za-z✓✔+\-]{1,2}\s*=\s*\w+(?:[ ,;]+[A-Za-z✓✔+\-]{1,2}\s*=\s*[\w ]+?)+\)?\.?$", re.I)


_ABBREV_END = re.compile(r"(?:\b(?:ref|no|nos|dr|vs|approx|e\.g|i\.e|etc|pt|st|mr|mrs|ms|jr|sr|dept|"
                         r"rev|est|incl|excl|cf|inc)|\b[A-Z])\.$", re.I)


_NAME_PREFIX = re.compile(r"^(?:[A-Z]\.\s*)?<PERSON_\d+>\.\s+(?=[A-Z])")


def _open(text: str) -> bool:
    # a quotation still open ("Denial dated ...: \"Symptoms are stable. Member can be ...\"") goes on into the next
    # sentence, for a quote's length at most
    quoted = (text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")) and len(text) < 300
    return text.count("(") > text.count(")") or bool(_ABBREV_END.search(text)) or quoted


def merged_segments(notes: Sequence[str]) -> list[tuple[int, str, str]]:
    """(note index, kind, sentence) with fragments split after "ref." or inside a parenthesis joined again."""
    out: list[tuple[int, str, str]] = []
    for seg in segments(notes):
        text = clean(_with_closers(seg.text, notes[seg.note_index]))
        if out and out[-1][0] == seg.note_index and _open(out[-1][2]):
            out[-1] = (seg.note_index, out[-1][1], out[-1][2] + " " + text)
        else:
            out.append((seg.note_index, seg.kind, text))
    return out


def denial_statements(notes: Sequence[str], payer: str) -> list[str]:
    """Sentences of the notes that record the payer's denial, verbatim (a memo's "Re:" line may be one), and a contact
    log's row that does ("10/24 | Magellan UM | DENIED | 'does not meet criteria for 3.5'"), read cell by cell."""
    rows = [" - ".join(v for _, v in r.cells if v.strip(" -")) for b in read_notes(notes) if b.table is not None for r in b.table.rows]
    return unique((text, re.sub(r"^\s*(?:re|subject|subj)\s*:\s*", "", strip_label(text), flags=re.I))
                  for text in [t for _, _, t in merged_segments(notes)] + [r for r in rows if _QUOTED.search(r)]
                  if is_denial(text, payer) and not document_title(text)
                  and not (IDENTITY_LINE.match(text) and not re.match(r"\s*(?:re|subject|subj)\s*:", text, re.I)))


_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]{12,}[\"\u201d]")  # a row that quotes the payer's words, not a bare "denied" status


def and_join(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [i for i in items if i]
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


# Marker wording: the checklist question without named examples (an example such as "EMDR", "self-harm" or "suicide"
# in a letter could read as a claim about the client).
MARKER_QUESTIONS = {
    "risk_assessment": "No risk screen is in the notes. Add the screen, its date, result and risk level from your "
                       "record; if there is none, complete one before sending and report only what was obtained.",
    "prior_treatment": "What treatment has the client had before, or is there none?",
}
_EXAMPLES = re.compile(r"\s*\((?:for example|e\.g\.)[^)]*\)", re.I)


def question(items: dict[str, ChecklistItem], element: str) -> str:
    """The clinician question for a missing element, '' otherwise."""
    item = items.get(element)
    if item is None or item.status != "missing":
        return ""
    return MARKER_QUESTIONS.get(element) or _EXAMPLES.sub("", item.question)


RISK_FACTOR_OK = re.compile(r"\b(?:firearms?|guns?|handguns?|rifles?|weapons?|attempts?|self-harm|NSSI|overdos\w*|access to means|"
                            r"cutting(?!\s+board)|burning|sharps|safety plan)\b", re.I)


def dx_phrases(facts: Facts) -> list[str]:
    """'major depressive disorder, single episode, moderate (F32.1)' for the opening sentence."""
    out = []
    for d in facts.diagnoses:
        if not usable(d.evidence):
            continue
        name = d.name if d.name[:2].isupper() else d.name[:1].lower() + d.name[1:]
        out.append(f"{name} ({d.icd10})" if d.icd10 else name)
    return out
