"""Measure lines for a letter: each score with its instrument, date and severity band; each repeated instrument from
its earliest to its latest score with the change; the opening headline; questions about scores out of range."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters.body_measures import treatment_trends
from assistant.letters.catalog import Instrument, band, catalog, norm, score_range
from assistant.letters.facts import Facts, Measure
from assistant.letters.measures import by_instrument, ordered
from assistant.letters.score_runs import base_name
from assistant.letters.patterns import GOAL_NEAR
from assistant.letters.sections import clean, merged_segments, strip_label, text_key, unique, usable


def instrument_of(m: Measure) -> Instrument | None:
    """The catalog entry of a score, None for an instrument carried as the notes name it."""
    return catalog().instruments.get(base_name(m))


def instrument_name(m: Measure) -> str:
    """The notes' own name for the instrument, with the catalog name after it when the notes spell it otherwise."""
    surface = clean(m.surface).strip(" :=") if m.surface else ""
    surface = "" if re.fullmatch(r"\w+_\w+", surface) else surface  # an export's column name ("qids_sr16"): the catalog's
    inst = instrument_of(m)
    if not surface or (inst is not None and norm(surface) == norm(m.instrument)):
        return m.instrument
    if inst is None or norm(inst.name) in norm(surface):
        return surface
    unit = re.search(r"\(\s*([^()]{1,12}?)\s*\)\s*$", surface)
    bare = surface[:unit.start()].strip().lower() if unit else ""
    if inst.lab and unit and unit.group(1).lower() in {u.lower() for u in inst.units} and {bare, bare + "+", "serum " + bare} & {a.lower() for a in inst.aliases}:
        return f"{inst.name} ({unit.group(1)})"  # a table's "wt (kg)", "K (mmol/L)": the lab's name with its unit
    return f"{surface} ({inst.name})"


def when(date: str | None) -> bool:
    """A measure's date is worth printing: a date or a date placeholder, not another placeholder."""
    return bool(date) and (not date.startswith("<") or date.startswith("<DATE_"))


def unit(m: Measure) -> str:
    """A lab's or vital's unit as the notes write it right after the value ("11.4%", "461 ms"), else ''."""
    inst = instrument_of(m)
    if inst is None or not inst.units or isinstance(m.score, str):
        return ""
    units = "|".join(re.escape(u) for u in sorted(inst.units, key=len, reverse=True))
    found = re.search(r"(?<![\d.])%s\s*(%s)(?![\w/])" % (re.escape(str(m.score)), units), m.evidence, re.I)
    return "" if found is None else ("%" if found.group(1) == "%" else " " + found.group(1))


def _band(m: Measure) -> str:
    return band(instrument_of(m), float(m.score), m.part, m.scale) if not isinstance(m.score, str) else ""


def measure_line(m: Measure) -> str:
    """'PHQ-9 = 18 on <DATE_2> (moderately severe)': the instrument and its value side by side, as the notes give them."""
    inst = instrument_of(m)
    if inst is not None and inst.result:
        return f"{m.instrument}: result given under Risk assessment"
    name = instrument_name(m)
    line = f"{name} = {m.score}{unit(m)}" if not isinstance(m.score, str) else f"{name}: {m.score}"
    if when(m.date):
        line += f" on {m.date}"
    notes = ([_band(m)] if _band(m) else []) + ([f"{m.rater} rating"] if m.rater else [])
    if m.subject:
        notes.append(f"{m.subject}'s score")
    elif m.baseline and not m.date:
        notes.append("earlier value")
    return line + (" (%s)" % "; ".join(notes) if notes else "")


def measures(facts: Facts) -> list[str]:
    """Every administration of every instrument, once: instruments in the order the notes name them, each one's
    scores earliest first."""
    seen, out, spelled = set(), [], set()
    series_list = sorted(by_instrument(facts.measures), key=lambda xs: _lab(xs[0]))  # rating scales before labs and vitals
    for m in (m for series in series_list for m in series):
        if not usable(m.evidence):
            continue
        inst = instrument_of(m)
        key = (m.instrument,) if inst is not None and inst.result else (m.instrument, str(m.score), m.date, m.subject, m.rater)
        if key not in seen:
            seen.add(key)
            out.append(_spelled_out(measure_line(m), m, spelled))
    return out


# A title that names a condition ("Young Mania Rating Scale", "STOP-Bang ... Sleep Apnea") is not spelled out: beside
# the client's name it would read as a finding the notes do not make.
_CONDITION = re.compile(r"\b(?:hypo)?mani[ac]|psychos|psychotic|schizo|dementia|alzheimer|autis|apnea|suicid|self-harm|bipolar|"
                        r"borderline|personality|eating|anorexi|bulimi|binge|alcohol|drug|substance|opioid|opiate|cocaine|cannabis|"
                        r"nicotine|tobacco|gambl|PTSD|post-?traumatic|trauma|depress|anxiety|panic|obsess|compuls|ADHD|hyperactiv|"
                        r"delirium|insomnia|tic\b|tourette|dissociat|phobi|hoard|mutism|psychopath|abuse|dependence", re.I)


def _spelled_out(line: str, m: Measure, spelled: set[str]) -> str:
    """An instrument's first line names it in full after its value ("BABS = 21 on 06/10/2025 - Brown Assessment of
    Beliefs Scale"), so a reviewer who does not know the abbreviation can read it; labs and vitals keep their names."""
    inst = instrument_of(m)
    if inst is None or inst.lab or not inst.full or m.instrument in spelled or _CONDITION.search(inst.full):
        return line
    spelled.add(m.instrument)
    name = instrument_name(m)
    if norm(inst.full) in norm(name) or not line.startswith(name):
        return line
    return f"{line} - {inst.full}"  # after the value, so a long title never parts a name from its score


def _number(x: float) -> str:
    x = round(x, 2)
    return str(int(x)) if float(x).is_integer() else str(x)


# Units one value can be restated in: a weight written in pounds at one visit and kilograms at the next.
_TO_KG = {"kg": 1.0, "kgs": 1.0, "kilograms": 1.0, "lb": 0.45359237, "lbs": 0.45359237, "pounds": 0.45359237}


def in_unit(value: float, written: str, wanted: str) -> float | None:
    """A value restated in the unit of the value it is compared with; None when the two cannot be compared."""
    written, wanted = written.strip().lower(), wanted.strip().lower()
    if written == wanted:
        return value
    if written in _TO_KG and wanted in _TO_KG:
        return value * _TO_KG[written] / _TO_KG[wanted]
    return None


def change_text(inst: Instrument | None, first: float, last: float, units: str = "") -> str:
    """'7 points lower (improvement), at least the 5-point change considered clinically meaningful'; a lab or vital
    sign's change in its own units ('2.6 kg higher'), never in points."""
    delta = last - first
    if delta == 0:
        return "no change"
    if inst is not None and inst.lab:
        size = _number(abs(delta)) + ("" if not units.strip() else (" percentage points" if units.strip() == "%" else " " + units.strip()))
        text = "%s %s" % (size, "lower" if delta < 0 else "higher")
    else:
        text = "%s point%s %s" % (_number(abs(delta)), "" if abs(delta) == 1 else "s", "lower" if delta < 0 else "higher")
    if inst is not None and inst.better:
        text += " (improvement)" if (delta < 0) == (inst.better == "lower") else " (worse)"
    if inst is not None and inst.change:
        text += ", %s the %s-point change considered clinically meaningful" % (
            "at least" if abs(delta) >= inst.change else "less than", _number(inst.change))
    return text


def _point(m: Measure) -> str:
    return str(m.score) + unit(m) + (f" on {m.date}" if when(m.date) else "")


# A band written as a position against a cut-off ("at or above the provisional PTSD cut-off of 33") is no range name.
_POSITION = re.compile(r"^(?:at|below|above|under|over|within|in|near|between)\b", re.I)


def _range_change(b0: str, b1: str) -> str:
    if _POSITION.match(b0) or _POSITION.match(b1):
        return "; still %s" % b1 if b0 == b1 else "; from %s to %s" % (b0, b1)
    return "; still in the %s range" % b1 if b0 == b1 else "; from the %s to the %s range" % (b0, b1)


def trends(facts: Facts) -> list[str]:
    """'PHQ-9: 19 on <DATE_3> to 12 on <DATE_5> (3 administrations): 7 points lower (improvement), ...; from the
    moderately severe to the moderate range' for each instrument given at two or more time points."""
    out = []
    for t in treatment_trends(facts.trends, facts.diagnoses):  # a heart rate during a nightmare is no trend of PTSD care
        xs = ordered([m for m in facts.measures if m.instrument == t.instrument and usable(m.evidence) and not m.subject])
        points = list(dict.fromkeys(_point(m) for m in xs))
        if len(points) < 2:
            continue
        first, last = xs[0], xs[-1]
        sep = ", then " if isinstance(last.score, str) else " to "
        line = f"{instrument_name(last)}: {_point(first)}{sep}{_point(last)}"
        if len(points) > 2:
            line += f" ({len(points)} administrations)"
        if isinstance(first.score, (int, float)) and isinstance(last.score, (int, float)):
            start = in_unit(float(first.score), unit(first), unit(last))
            if start is None:  # "148.2 lb" then "63.1 kg" as written, converted where the units allow, never subtracted raw
                out.append(line)
                continue
            line += ": " + change_text(instrument_of(last), start, float(last.score), unit(last))
            b0, b1 = _band(first), _band(last)
            if b0 and b1:
                line += _range_change(b0, b1)
        out.append(line)
    return out


_AHEAD = re.compile(r"\b(?:planned|plan to|re-?check(?:ed)? (?:at|in|on|planned|due|wk|week)|will (?:repeat|re-?administer|"
                    r"re-?check|give|re-?screen)|due (?:on|at|in|by|wk|week)|next (?:week|session|visit|review|month)|"
                    r"scheduled for|to be (?:repeated|given|administered))\b|"
                    # a measurement set for a later point: "repeat PHQ-9 at week 4", "re-administer the PCL-5 in 6 weeks",
                    # "rescreen every 4 sessions"
                    r"\b(?:repeat|redo|re-?administer|re-?screen|re-?test|re-?rate)\b[^.;]{0,40}?\b(?:at|in|by|after|every)\s+"
                    r"(?:the\s+)?(?:(?:next|end of|last)\s+)?(?:week|wk|session|visit|month|discharge|review|\d+\s*(?:weeks?|wks?|sessions?|months?))\b", re.I)


_IDENTITY_FIELD = re.compile(r"\b(?:DOB|date of birth|payer|insurance|member(?: id)?|sub(?:scriber)?\.? id|policy|MRN|allerg\w+|"
                             r"sex|gender|admit(?:ted)?|room|unit|bed)\s*[:#]", re.I)


_MONEY = re.compile(r"(?<![\d.])-?\$?\d{1,3}(?:,\d{3})*\.\d\d(?![\d%])(?!\s*(?:mg|mcg|ml|mmol|ng|g|kg|lb|%))", re.I)  # "165.00", "-$1,210.50": an amount


def _clauses(text: str) -> list[str]:
    """A sentence cut at its semicolons and at ", and/but/while/which", never inside a bracket ("(PHQ-9 16 -> 23;
    GDS-15 10 -> 13)" stays one clause)."""
    out, depth, start = [], 0, 0
    for m in re.finditer(r"[()\[\]]|(?<=[;,])\s+(?=and\b|but\b|while\b|which\b)|;\s*", text):
        mark = m.group(0)
        if mark in "([":
            depth += 1
        elif mark in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(text[start:m.start()])
            start = m.end()
    return out + [text[start:]]


def other_measure_sentences(notes: Sequence[str], facts: Facts, used: set[str]) -> list[str]:
    """Clauses of the notes that name an instrument next to numbers no extracted score accounts for: shown verbatim."""
    read: dict[str, set[str]] = {}  # instrument -> its scores anywhere in the notes
    for m in facts.measures:
        read.setdefault(base_name(m), set()).add(_number(float(m.score)) if not isinstance(m.score, str) else str(m.score))
    out, wrong = [], {text_key(m.evidence) for m in facts.score_problems}
    for _, kind, text in merged_segments(notes):
        if kind in ("goals", "discharge", "plan", "dx", "meds") or not re.search(r"\d", text) or text_key(text) in wrong:
            continue  # a sentence with a score outside its range is asked about, never quoted
        for clause in _clauses(text):
            names = list(catalog().names_in(clause))
            if not names or any(inst.instrument.result for inst in names) or GOAL_NEAR.search(clause) or _AHEAD.search(clause) \
                    or _MONEY.search(clause) \
                    or _IDENTITY_FIELD.search(clause):  # a record's header ("Allergies: NKDA  Wt 58 kg  Payer: ..."), no clinical sentence
                continue  # "BDD-YBOCS recheck planned wk 8": a measurement still ahead records no score
            plain = _NOT_SCORES.sub(" ", clause)  # "(clinical cutoff 5)", "a 10 out of 10": a threshold and a self-rating
            numbers = set(re.findall(r"(?<![\w./<-])\d{1,3}(?:\.\d+)?(?![\w/>-])(?!\s*(?:weeks?|days?|months?|years?|sessions?|hours?|minutes?|%|h\b|hrs?\b|min\b|mg\b|mcg\b|kg\b|lbs?\b|x\b))", plain))
            known = {n for h in names for n in read.get(h.instrument.name, set()) | set(re.findall(r"\d+", h.surface))}
            if numbers - known:
                out.append(strip_label(clause).rstrip(" ,;") + ("" if clause.rstrip().endswith(".") else "."))
    return [s[:1].upper() + s[1:] for s in unique(out, used)]


_NOT_SCORES = re.compile(r"\([^()]*\b(?:cut-?\s?off|cut point|threshold|range|norms?|max(?:imum)?)\b[^()]*\)|\b\d{1,2}\s*(?:out of|/)\s*10\b", re.I)


def _lab(m: Measure) -> bool:
    inst = instrument_of(m)
    return inst is not None and inst.lab


def headline(facts: Facts, limit: int = 3) -> list[str]:
    """The latest numeric score of each instrument for the client, for the opening paragraph."""
    last: dict[str, Measure] = {}
    for series in by_instrument([m for m in facts.measures if not isinstance(m.score, str) and not m.subject
                                 and usable(m.evidence)]):
        last[series[-1].instrument] = series[-1]
    scales = [m for m in last.values() if not _lab(m)]  # rating scales; a lab or a vital only when there is none
    return [measure_line(m) for m in (scales or [m for m in last.values() if _lab(m)])[:limit]]


def score_questions(facts: Facts) -> list[str]:
    """A question for each score the notes give outside its instrument's range (the score itself is not written)."""
    out = []
    for m in facts.score_problems:
        inst = instrument_of(m)
        rng = score_range(inst, m.part, m.scale) if inst else None
        span = f" (possible scores {_number(rng[0])}-{_number(rng[1])})" if rng else ""
        day = f" on {m.date}" if when(m.date) else ""
        out.append(f"The notes give a {instrument_name(m)} score{day} outside the instrument's range{span}: what should the score be?")
    return list(dict.fromkeys(out))

