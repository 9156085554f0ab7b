"""Scores from score tables (a date column and a column per instrument, or a row per instrument and a column per
time point), and scores of instruments the catalog does not know, carried under the notes' own name."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog, key_name, parse_score, read_header
from assistant.letters.facts import Measure
from assistant.letters.instrument_column import instrument_headed, long_columns, named_rows, part_columns, with_part
from assistant.letters.money_columns import money_column
from assistant.letters.patterns import Segment
from assistant.letters.reading import Block
from assistant.letters.tables import MONTH_CELL, Table, is_date, is_number

_DATE_HEADER = re.compile(r"^(?:dates?|dt|dos|(?:recorded|start|end|submitted|completed|session|visit|survey|response)[ _]?date(?:[ _]?time)?|date[ _]?(?:time|completed|recorded|submitted|taken)|date of (?:service|administration|visit)|(?:session|visit|admin\w*|assessment|score) date|"
                          r"administered|when|time ?point|"
                          # a lab report's date column: "Collected", "Date drawn", "Specimen date"
                          r"collected|collection(?: date)?|drawn|draw date|date (?:collected|drawn|of collection)|specimen date|result date)$", re.I)
_ROW_HEADER = re.compile(r"^(?:measures?|instruments?|scales?|tests?|assessments?|screens?|screenings?|tools?|questionnaires?|labs?|"
                         r"components?|analytes?|lab tests?|results?|parameters?)\b", re.I)  # a lab flowsheet: "Component | Ref range | 10/14 ..."
_ROWS_OF_SCORES = re.compile(r"^(?:scores|ratings|outcomes?|outcome measures)\b", re.I)  # "Scores  11/04  11/08": a row per instrument
# Columns of numbers that are not scores: counters, times, codes and units.
NOT_A_SCORE = re.compile(r"^(?:#|no\.?|n|row|session\s*#?|sessions?|week|wk|day|visit|time|minutes?|mins?|duration|hours?|units?|score|scores|rating|"
                         r"points?|pts|rank\w*|results?|standings?|place|wins?|losses|draws?|forfeits?|rounds?|rds|games?|"  # a league's table
                         r"cpt|code|codes|age|attendance|attended|room|dose|mg|count|page|pos|id|mrn|year|month|(?:party |group )?size|(?:number of |# of |no\.? of )?(?:species|sightings?|obs\w*|checklists?|steps|laps|reps|sets|miles|km)|(?:all |\w+ )?(?:obs\w* )?reported|distance|pace|speed|elevation|"
                         r"qty|quantity|ds|days?[ _]supply|refills?|phcy|pharmacy|ndc|strength|fills?|"  # a pharmacy's fill history
                         r"percentiles?|%ile|pr|range|classification|descriptor|category|confidence|ci|sem|"
                         r"bp|blood pressure|temp\w*|rr|resp\w*|spo2|o2 sat\w*|sats?|init\w*|"  # a flowsheet's vitals
                         r"fhr|fht|fetal heart\w*|fh|fundal height|ga|gestational age|efw|edd|"  # a prenatal flowsheet's: the baby's
                         # a timesheet's or leave record's hours: "PUNCH IN", "UPT USED", "PTO balance", "Sick hrs taken"
                         r"punch\w*|sched\w*|shift|clock\w*|overtime|ot|pto|upt|sick|leave|vacation|fmla|"
                         r"(?:est\.?\s*)?(?:kcal|calories|cals?|servings?|portions?|grams?|oz|ml|bites)|"  # a food record's intake
                         r"amount|fare|price|cost|fees?|charges?|payments?|paid|deposits?|withdrawals?|debits?|credits?|refunds?|reloads?|\$|"  # money
                         # a lab report's bookkeeping and the change from the row before: "Accession", "vs prior", "% change"
                         r"accession\w*|specimen|sample|lab id|(?:record|response|respondent|row|client|patient|subject|participant|member|external|user|survey|form|entry)[ _-]?(?:id|ref\w*|number|no)|vs\.? (?:prior|previous|last|baseline)|%?\s*change|delta|diff\w*|"
                         # a urine specimen's validity checks: what the drug level is normalised by, not a reading of the client
                         r"creat\w*|specific gravity|sp\.? ?gr|ph|oxidants?|validity)\b|^t\s*\([fc]\)"
                         r"|\b(?:day|week|wk|session|visit)\s*#?$|\bdoses?\b|\b(?:used|balance|remaining|accrued|taken|earned|owed)$"
                         # a workplace report's metrics: minutes, events, calls, escalations, a percent of schedule, an average
                         r"|\b(?:mins?|minutes|hrs|hours|events?|calls?|tickets?|escal\w*|disc\w*|avg)\.?$|(?<![A-Za-z])%\s*$", re.I)  # "PHP day", "Li dose": counters and doses
_BASELINE_HEAD = re.compile(r"\b(?:admission|intake|baseline|initial|pre(?:-treatment)?|first)\b", re.I)
_NUM = re.compile(r"-?\d+(?:\.\d+)?")
_UNKNOWN_NAMED = re.compile(
    r"(?<![A-Za-z])(?P<name>(?:[A-Z][A-Za-z'\u2019-]+\s+){0,4}(?:Index|Inventory|Scale|Questionnaire|Checklist|Rating|Measure|"
    r"Survey|Screen(?:er)?)(?:[-\s]+(?:Revised|II|III)|-\d{1,2})?)(?:\s*\((?P<abbr>[^()]{2,14})\))?"
    r"(?P<gap>\s*(?:total|score|scored|was|is|of|at|=|:|-)?\s*){1,3}(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?![\d.]*\d)(?!\s*/\s*10\b)"
    r"(?!\s*=\s*[A-Za-z])" + P.UNIT_AFTER)  # "Scale: 1 = severe ... 7 = independent" is a legend, not a score
_UNKNOWN_ACRONYM = re.compile(
    r"(?<![\w/-])(?P<name>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:[-:][A-Z0-9.]{1,5})?)(?:\s*\([^()]{0,40}\))?"
    r"\s*(?:total|score)?\s*[:=]?\s*(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?![\d.]*\d)(?!\s*/\s*10\b)" + P.UNIT_AFTER)
_TIED_ACRONYM = re.compile(
    r"(?<![\w/-])(?P<name>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:[-:][A-Z0-9.]{1,5})?)(?:\s*\([^()]{0,40}\))?"
    r"(?:(?:\s+(?:today|total|score|raw))+\s*(?:=|\u2192|->|:)?|\s*(?:=|\u2192|->))\s*"
    r"(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)(?![\d.]*\d)(?!\s*/\s*10\b)" + P.UNIT_AFTER)
NOT_INSTRUMENTS = set(re.sub(r"#.*", "", (Path(__file__).resolve().parents[1] / "data" / "not_instruments.txt").read_text(encoding="utf-8")).split())  # never instruments: codes, settings, ids, places


def _clean(header: str) -> str:
    return re.sub(r"^\d{1,2}[.)]\s+", "", re.sub(r"\s+", " ", header.strip("*_ ")).strip())  # a form's item number: "6. Measures"


def _named(rx: re.Pattern[str], t: Table) -> str | None:  # the first header rx names, either side of "/" ("Fecha / Date")
    return next((h for h in t.header if any(rx.match(p) for p in re.split(r"\s*/\s*", _clean(h)))), None)


def _date_column(t: Table) -> str | None:
    if (named := _named(_DATE_HEADER, t)) is not None:
        return named
    for i, h in enumerate(t.header[:2]):  # an export may put a record id before the date (then a full date, never "41/56")
        cells = [r.get(h) for r in t.rows if r.get(h)]
        if cells and sum(is_date(c) and (i == 0 or bool(re.search(r"<DATE_|(?:19|20)\d\d|\b\d{1,2}/\d{1,2}/\d{2}\b", c))) or i == 0 and bool(MONTH_CELL.match(c.strip("*_ "))) for c in cells) * 2 >= len(cells):
            return h
    return None


# A cell that gives its own date beside the value: "16 (5/6)", "11 (<DATE_16>)", "44 on 5/27".
_DATED_CELL = re.compile(r"^\s*(?P<num>-?\d{1,3}(?:\.\d+)?)\s*(?:\((?P<d1>[^()]{3,20})\)|on\s+(?P<d2>\S{3,20}))\s*$")


def _value(cell: str) -> str | None:
    cell = cell.strip("*_ ")
    if (dated := _DATED_CELL.match(cell)) and is_date((dated.group("d1") or dated.group("d2")).strip()):
        return dated.group("num")
    if (noted := _NOTED_CELL.match(cell)) is not None:
        return noted.group(1)  # "151 (clinical cutoff 131)": the value, and a remark on it in brackets
    return _NUM.search(cell).group(0) if is_number(cell) else None


_NOTED_CELL = re.compile(r"^\s*(-?\d{1,3}(?:\.\d+)?)\s*\((?:cut-?off|clinical|range|norm|max|of|out of|[<>=\u2264\u2265]|\d+\s*[-\u2013]\s*\d+\)|" r"[a-z][^()]{0,40}\))[^()]{0,40}\)?\s*$", re.I)


def _cell_date(cell: str) -> str | None:
    """The date a cell gives for its own value ("16 (5/6)"), else None."""
    dated = _DATED_CELL.match(cell.strip("*_ "))
    date = (dated.group("d1") or dated.group("d2")).strip() if dated else None
    return date if date and is_date(date) else None


def _measure(block: Block, row_text: str, header: str, cell: str, date: str | None, baseline: bool = False) -> Measure | None:
    reading = read_header(header)
    if reading.item or block.table is not None and money_column(block.table.header, header) or (reading.instrument is None and (NOT_A_SCORE.search(_clean(header)) or P.PLACEHOLDER_ONLY.match(_clean(header))
                                                        or not re.search(r"[A-Za-z]", header))):  # "911": a number names no scale
        return None  # a header the redaction replaced ("QTY" read as a name) names no instrument
    inst = reading.instrument
    name = key_name(inst, reading.part, reading.scale) if inst else _clean(header)
    num = _value(cell)
    if num is not None:
        den = re.search(r"/\s*(\d+)", cell)
        score = parse_score(num, den.group(1) if den else None, inst)
    elif inst is not None and inst.result and cell.strip(" -*_\u2013\u2014").strip() and cell.strip().lower() not in ("n/a", "na"):
        score = cell.strip()
        score = score.replace("_", " ") if " " not in score else score  # an export's coded value: "passive_no_plan"
    else:
        return None
    return Measure(name, score, _cell_date(cell) or (_CLOCK_AFTER.sub("", date) if date else None), block.note_index, row_text, None, baseline, surface=_clean(header),
                   part=reading.part, scale=reading.scale)


_CLOCK_AFTER = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?$")  # "<DATE_3> 18:05": the day
_TOTALISH = re.compile(r"^(?:tot\.?|total|total score|score|raw|sum|result|value|level)(?:\s*\([^()]*\))?$", re.I)  # a lab titled above: "Result (ug/dL)"


def _titled(h: str, title: str) -> str:
    """A column of a table whose title names its instrument ("OUTCOME TRACKER (Y-BOCS)": "Tot", "Obs") -> the header
    read as that instrument's total or part ("Y-BOCS", "Y-BOCS Obs"); any other header unchanged."""
    if not title or read_header(h).instrument is not None:
        return h
    if _TOTALISH.match(_clean(h)):
        return title
    return f"{title} {_clean(h)}" if read_header(f"{title} {_clean(h)}").part else h


_INSTRUMENT_WORD = re.compile(r"\b(?:scale|index|inventory|questionnaire|checklist|rating|score|screen\w*|measure|test|"
                              r"total|raw|t-?score|percentile|subscale|composite|level)\b", re.I)


_LAB_UNIT = re.compile(r"\((?:ng|mg|mcg|ug|\u00b5g|mmol|\u00b5mol|nmol|mEq|pg|g|IU|U)/(?:mL|dL|L|mg|g|kg)\)", re.I)  # "Norfentanyl (ng/mL)"


def _scale_like(header: str) -> bool:
    """A header that names a rating instrument the catalog does not know ("SMQ", "Worry Index"), not a count or a
    device reading ("nurse line", "ER visits", "Stand hrs", "Falls detected")."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9-]*", re.sub(P.PLACEHOLDER, " ", header))  # "<PERSON_7> messages": a redacted word
    return bool(_INSTRUMENT_WORD.search(header) or _LAB_UNIT.search(header)) or any(re.search(r"[A-Z]{2}", w) and w.upper() not in NOT_INSTRUMENTS
                                                        and not re.fullmatch(r"[A-Z]{1,2}s", w) for w in words)  # "AMs", "PMs", "HSs": snacks, not scales


def _by_date(block: Block, t: Table, date_col: str, title: str = "") -> list[Measure]:
    out = []
    # a table that holds no instrument at all (a family's monthly counts, a watch's weekly averages) holds no scores
    known = title or any(read_header(h).instrument is not None or _scale_like(h) for h in t.header if h != date_col)
    # under a title that names the instrument, beside its total column, the other columns are its items ("Conf",
    # "Irrit" on a violence checklist): no instrument of their own
    items_beside_total = bool(title) and any(_TOTALISH.match(_clean(h)) for h in t.header)
    for h in t.header:
        if h == date_col or not known:
            continue
        if items_beside_total and _titled(h, title) == h and read_header(h).instrument is None:
            continue
        numeric = sum(bool(_value(r.get(h))) for r in t.rows)
        if read_header(h).instrument is None and numeric * 2 < len([r for r in t.rows if r.get(h).strip(" -")]):
            continue  # a text column (notes, comments) under a header we do not know
        for row in t.rows:
            when = row.get(date_col).strip("*_ ")
            m = _measure(block, row.text, _titled(h, title), row.get(h), when if is_date(when) else None)
            out += [m] if m else []
    return out


def _by_instrument(block: Block, t: Table, above: str = "") -> list[Measure]:
    """A row per instrument ("| EAT-26 | 44 | 29 |") and a column per time point ("Admission <DATE_2>")."""
    first = t.header[0]
    # A title cell that names the battery ("Cognitive - WISC-V (nonverbal subtests)") is the parent of its rows; so
    # is the one instrument the line above the table names ("BASIS-32 (self-report)" over rows of its subscales).
    title = read_header(first).instrument or (read_header(above).instrument if above else None)
    title_name = title.name if title is not None else ""
    rows = [r for r in t.rows if read_header(r.get(first)).instrument is not None
            or (title_name and read_header(f"{title_name} {r.get(first).strip()}").part)]
    if not (_ROW_HEADER.match(_clean(first)) or _ROWS_OF_SCORES.match(_clean(first)) or len(rows) * 2 > len(t.rows)):
        return []
    out, parent = [], title_name
    for row in t.rows:
        label = row.get(first).strip()
        if read_header(label).instrument is not None:
            parent = re.sub(r"\s*\([^()]*\)\s*$", "", label)
        elif parent and label and read_header(f"{parent} {label}").part:
            label = f"{parent} {label}"  # a subscale row under the instrument named above it ("DASS-21" / "Stress")
        elif title_name:
            continue  # a row under a titled battery that is neither a test nor one of its parts ("Level 1" of "Milestones")
        else:
            parent = title_name
        for h in t.header[1:]:
            if _NOT_SCORE_COLUMN.match(_clean(h)) or _UNIT_COLUMN.search(_clean(h)):
                continue  # "Percentile", "Range", "Admin min": about the score or its administration, not a score
            date = P.DATE.search(h)
            cell = row.get(h)
            spilled = _SPILLED_PART.match(cell.strip())
            if spilled and read_header(f"{label} {spilled.group(1)}").part:
                label, cell = f"{label} {spilled.group(1)}", spilled.group(2)  # "DASS-21 | Depression 12": the part spilled over
            m = _measure(block, row.text, with_part(label, h), cell, date.group(0) if date else block.date or (P.DATE.search(above) or [None])[0], bool(_BASELINE_HEAD.search(h)))
            out += [m] if m else []
    return out


_NOT_SCORE_COLUMN = re.compile(r"^(?:percentiles?|%ile|pr|percentile rank|range|classification|descriptor|category|max(?:imum)?|possible|out of|"
                               r"cut-?offs?|norms?|"
                               r"confidence(?: interval)?|ci|95% ci|sem|interpretation|qualitative(?: description)?)\b", re.I)
# A column measured in a unit or naming who or what administers ("Admin min", "Est. hrs", "Units", "CPT"), never a time
# point ("Time 1", "Week 4" are columns of scores).
_UNIT_COLUMN = re.compile(r"\b(?:mins?|minutes|hrs?|hours|units?|duration|pages|cpt|codes?|(?:admin\w*|rated|completed) by|"
                          r"time(?!\s*(?:\d|point|pt\b|[A-Z]\b)))\b", re.I)
_SPILLED_PART = re.compile(r"^([A-Za-z][A-Za-z /-]{2,30}?)\s+(\d{1,3}(?:\.\d+)?)$")


_SCORE_HEADER = re.compile(r"^(?:total|total score|score|raw|raw score|value|result|t[- ]?score)$", re.I)


def _long_format(block: Block, t: Table, date_col: str | None, title: str = "") -> list[Measure] | None:
    """A row per administration ("date,instrument,rater,total,max"), or None. Under a title naming one instrument
    ("SDQ, parent, 10/14/2025:" over "Scale | Score"), a row naming its part is that part, dated by the title."""
    names, score = long_columns(t, _named(_ROW_HEADER, t), _named(_SCORE_HEADER, t), date_col)
    if names is None or score is None:
        return None
    out = []
    for row in t.rows:
        when = row.get(date_col).strip("*_ ") if date_col else ""
        label = row.get(names)
        if title and read_header(label).instrument is None and read_header(f"{title} {label.strip()}").part:
            label, when = f"{title} {label.strip()}", when or (block.date or "")
        parts = [(h, named) for h in t.header if h not in (names, score, date_col) and (named := with_part(label, h)) != label]
        out += [m for h, name in [(score, label)] + parts if (m := _measure(block, row.text, name, row.get(h), when if is_date(when) else None))]
    return out


_TOTAL_ROW = re.compile(r"^(?:tot\.?|total(?: score)?|average|avg\.?|sum)$", re.I)  # not "Overall": a part of some scales


def _total_row(block: Block, t: Table, title: str) -> list[Measure]:
    """An item table under an instrument's title, a column per date ("AVERAGE  3.0  3.8") or per part ("Obsessions
    Compulsions"), closed by a total or average row: the row holds the score on each column's date, or each part's."""
    dated = [h for h in t.header if P.DATE.fullmatch(h.strip())]
    parts = [] if dated else part_columns(title, t.header)
    row = next((r for r in t.rows if any(_TOTAL_ROW.match(r.get(h).strip(" :*")) for h in t.header)), None)
    if not title or not (dated or parts) or row is None:
        return []
    out = [_measure(block, row.text, title, row.get(h), h.strip()) for h in dated] + \
        [_measure(block, row.text, f"{title} {h.strip()}", row.get(h), block.date) for h in parts]
    return [m for m in out if m]


def table_measures(block: Block, title: str = "") -> list[Measure]:
    """Every score in a table block, tied to its date or time point; `title`: the one instrument named above it."""
    t = block.table
    if t is None or len(t.header) < 2:
        return []
    if totals := _total_row(block, t, title):
        return totals
    t = instrument_headed(t)  # "PCL-5 | date | score" over time points: one administration per row
    date_col = _date_column(t)
    t, loose = named_rows(t, date_col)  # "AUDIT at admission (11/17/2025) | 27" closing a dated table: a line of its own
    own = [m for text, name, cell, date in loose if (m := _measure(block, text, name, cell, date))]
    long = _long_format(block, t, date_col, title)
    if long is not None:
        return own + long
    return own + (_by_date(block, t, date_col, title) if date_col is not None else _by_instrument(block, t, title))


def _known(text: str, start: int, end: int) -> bool:
    """The name overlaps a catalog instrument, or is a part right after one ("WASI-II FSIQ = 104")."""
    return any(h.start < end and start < h.end or 0 <= start - h.end <= 2 for h in catalog().find(text))


def _starts_phrase(text: str, m: re.Match) -> bool:
    """An acronym of three letters or more that opens its phrase, never the last word of a longer name
    ("WISC-V Full Scale IQ = 104")."""
    letters = sum(c.isalpha() for c in m.group("name"))
    return letters >= 3 and not re.search(r"(?<![.!?] )\b[A-Z0-9][\w-]*[ \t]+$", text[max(0, m.start() - 30):m.start()])


def unknown_measures(seg: Segment, parsed: Iterable[str]) -> list[Measure]:
    """Scores of instruments the catalog does not know: "Meadowlark Engagement Index 14" anywhere, and an
    acronym with a score ("SMQ = 9") in a measures section or list."""
    found = [(m, m.group("name")) for m in _UNKNOWN_NAMED.finditer(seg.text)]
    # an acronym with a score: in a measures section or list, or anywhere the score is tied to it by "=", an arrow,
    # "today" or "total" ("SHAI today = 31", "PCS = 29", "BDEFS-SF raw -> 68")
    acronyms = _UNKNOWN_ACRONYM.finditer(seg.text) if seg.kind == "measures" else (
        m for m in _TIED_ACRONYM.finditer(seg.text) if _starts_phrase(seg.text, m))
    found += [(m, m.group("name")) for m in acronyms
              if m.group("name").upper() not in NOT_INSTRUMENTS and not P.CPT.fullmatch(m.group("name"))]
    out = []
    for m, name in found:
        if _known(seg.text, m.start("name"), m.end("name")) or P.GOAL_NEAR.search(P.clause_before(seg.text, m.start(), 40)):
            continue
        name = _clean(name)
        out.append(Measure(name, parse_score(m.group("num"), None, None), P.date_near(seg.text, (m.end("name"), m.start("num")), m.end())
                           or seg.date, seg.note_index, seg.text, surface=name))
    return out
