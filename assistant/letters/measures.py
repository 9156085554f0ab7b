"""Instrument scores read through the measure catalog from prose, lists and tables, and their trends.

A score outside its instrument's range is kept apart (`problems`): not written in a letter, asked about. An instrument
the catalog does not know is carried under the notes' own name when given a score in a measures section or table.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from assistant.letters import patterns as P
from assistant.letters.abbreviations import other_instruments_dropped
from assistant.letters.dates import date_key
from assistant.letters.dated_series import dated_pairs, score_first_series
from assistant.letters.prose_scores import prose_score
from assistant.letters.raters import by_rater
from assistant.letters.item_counts import follow_on_counts
from assistant.letters.item_sums import item_answers
from assistant.letters.series_on import continued_series
from assistant.letters.series_order import by_instrument, ordered, restatements_dropped, t_twins_dropped  # noqa: F401 (by_instrument is read from here)
from assistant.letters.catalog import TOTAL_PARTS, Hit, catalog, in_range, key_name, parse_score, read_header, short_name, written_as_decimal
from assistant.letters.facts import Measure, Trend
from assistant.letters.heading_scores import heading_measures
from assistant.letters.patterns import Segment
from assistant.letters.reading import Block, service_dates
from assistant.letters.glosses import plain_words
from assistant.letters.record_scores import record_measures
from assistant.letters.lab_values import changed_by, dose_after, lab_values, weight_measures
from assistant.letters.score_runs import dates_in_order, payer_quote
from assistant.letters.titled_rows import titled_rows
from assistant.letters.table_scores import table_measures, unknown_measures
from assistant.letters.table_titles import titled

# A word before a vital sign or lab that says which reading it is ("Resting HR 49", "serum potassium").
_QUALIFIER = re.compile(r"\b(resting|fasting|serum|supine|standing|sitting|orthostatic|admission|discharge)\s+$", re.I)


def _measure(seg: Segment, hit: Hit, num: str, den: str | None, date: str | None, who: str | None, base: bool, part: str = "", scale: str = "") -> Measure:
    qualifier = _QUALIFIER.search(seg.text[max(0, hit.start - 15):hit.start]) if hit.instrument.lab else None
    surface = (qualifier.group(1) + " " if qualifier else "") + short_name(seg.text, hit) + ("" if part.lower() in TOTAL_PARTS else " " + part)
    return Measure(key_name(hit.instrument, part, scale), parse_score(num, den, hit.instrument), date, seg.note_index,
                   seg.text, who, base, surface=surface, part=part, scale=scale)


_COMPARATOR = re.compile(r"\b(?:below|under|less than|lower than|above|over|at least|at most|greater than|fewer than|or less|"
                         r"or below|to reach|reach)\b|<(?![A-Z][A-Z_]*_\d+>)|(?<!_\d)(?<!_\d\d)>|[\u2264\u2265]", re.I)


def _part_scores(seg: Segment, hit: Hit, limit: int, who: str | None, base: bool) -> list[Measure]:
    """ "ECBI (mother): Intensity 172, Problem 24", "GAD subscale: <DATE_5>: 12": scores named by part (a date may come between)."""
    parts = sorted(hit.instrument.parts, key=len, reverse=True)
    if not parts:
        return []
    rx = re.compile(r"(?<![A-Za-z])(?P<part>%s)(?![A-Za-z])(?:[^\d.;\n(]|\([^()\n]{0,40}\)|\.{2,}){0,25}?(?:[:=]\s*)?(?:(?:%s)\s*[:=]\s*)?(?P<num>(?<![\w.])\d{1,3}(?:\.\d+)?)"
                    r"(?P<den>\s*/\s*\d{1,3}(?!\d))?(?![\d.]*\d)(?:\s+(?:out\s+)?of\s+\d{1,3}(?:\s+(?:positive|endorsed))?)?" % ("|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in parts), P.DATE.pattern), re.I)
    out, text, pos = [], seg.text, hit.end
    if (aside := re.match(r"\s*\([^()\n]{0,100}\)", text[hit.end:limit])):  # "YGTSS (clinician-rated with him and his mother, 9/16):"
        pos += aside.end()
    # "YGTSS total tic severity below 20" is a target: a comparator between the part and its number
    found = [m for m in rx.finditer(text, hit.end, limit) if not _COMPARATOR.search(text[m.end("part"):m.start("num")]) and not P.THRESHOLD_AFTER.match(text, m.end())]
    for i, m in enumerate(found):
        if m.start() - pos > 40:
            break
        part = next((p for p in parts if re.sub(r"[\s-]+", " ", p).lower() == re.sub(r"[\s-]+", " ", m.group("part")).lower()), m.group("part"))
        scale = read_header(text[m.end("part"):m.start("num")]).scale
        own = P.date_near(text, (hit.end if i == 0 else pos, m.start("num")), m.end())
        shared = own if i == 0 else shared  # "ABC (parent, 11/20): Irritability 31, Hyperactivity 29": one administration's date
        out.append(_measure(seg, hit, m.group("num"), m.group("den"), own or shared or seg.date, who, base, part, scale))
        pos, stop = m.end(), found[i + 1].start() if i + 1 < len(found) else limit
        series, end = score_first_series(text, m.start("num"))  # "total anxiety T-score .... 74 (09/08)   63 (12/01)"
        if series:
            out[-1:] = [_measure(seg, hit, n, None, d, who, base, part, scale) for n, d in series]
            pos = end
        earlier, pos = _earlier_value(seg, hit, pos, stop, who, part, scale)  # "FAD general functioning 2.6 (intake 3.1)"
        out += [earlier] if earlier else []
        while (nxt := P.MEASURE_NEXT.match(text, pos)) is not None and nxt.end() <= stop:
            _before_arrow(out, nxt)
            out.append(_measure(seg, hit, nxt.group("num"), nxt.group("den"),
                                P.date_near(text, (nxt.start("sep"), nxt.start("num")), nxt.end()), who, base, part, scale))
            pos = nxt.end()
    return out


_LEADING_NUMBER = re.compile(r"\W*\d+")
_HOW_OFTEN = re.compile(r"(?:\s*[-\u2013]\s*\d+)?\s*(?:x|times?)\s*(?:a|an|per|/|each|every)\s*(?:day|night|week|hour|month)\b", re.I)


def _numeric(seg: Segment, hit: Hit, limit: int) -> list[Measure]:
    text, before = seg.text, P.clause_before(seg.text, hit.start, 40)
    owner = P.OTHER_OWNER.search(before)
    who, base = (owner.group(1) if owner else None), bool(P.BASELINE_CUE.search(before))
    by_part = _part_scores(seg, hit, limit, who, base)
    if by_part:  # a total written before its parts: "SAS-A ........ 68 (FNE 31 / SAD-New 22)"
        total = P.MEASURE_TAIL.match(text, hit.end)
        first = min((at for m in by_part if m.part and (at := text.find(m.part, hit.end)) >= 0), default=len(text))
        if not (total and total.end() <= first) or P.MONTH_AFTER.match(text, total.end()):  # "AQ: 2 Sep - anxiety 91": a day
            return by_part
        earlier, _ = _earlier_value(seg, hit, total.end(), first, who, "", "")  # "SCARED 39 (48 at intake); separation 13"
        return [_measure(seg, hit, total.group("num"), total.group("den"), seg.date, who, base)] + ([earlier] if earlier else []) + by_part
    if hit.instrument.percent and (pct := _PERCENT_BEFORE[hit.surface.startswith("%")].search(text[max(0, hit.start - 30):hit.start])):
        return [_measure(seg, hit, pct.group("num"), None, P.date_near(text, (hit.start - 30, hit.start), hit.end) or (None if base else seg.date),
                         who, base)]  # "81% of median BMI", "86% mBMI"
    if hit.instrument.percent and (pct := _PERCENT_AFTER.match(text, hit.end)):  # "%mBMI 81%", "%EBW: 86 %"
        return [_measure(seg, hit, pct.group("num"), None, P.date_near(text, (hit.end, pct.end()), pct.end()) or (None if base else seg.date), who, base)]
    if pairs := dated_pairs(text, hit.end):  # "PHQ-A ..... adm 11/02: 19 | 11/23: 14", "YMRS: 11/24 - 31  12/03 - 22"
        return [_measure(seg, hit, n, None, d, who, base) for n, d in pairs]
    tail = P.MEASURE_TAIL.match(text, hit.end)
    if tail and hit.loose and P.MEASURE_GAP_WORDS.search(text[hit.end:tail.start("num")]):
        tail = None  # "spin 48" counts in a lowercase note; "spin class at 6" does not
    if tail and hit.instrument.lab and changed_by(text, tail.end()):
        return []  # "Weight 14 lb down since June": an amount of change, not a reading
    number = tail.end() if tail else (m.end() if (m := _LEADING_NUMBER.match(text, hit.end)) else hit.end)
    if _HOW_OFTEN.match(text, number):
        return []  # "Checks her pulse 30-40 times a day": how often something is done, not a reading
    if hit.instrument.lab and (labs := lab_values(text, hit.end, hit.instrument)) and (not tail or sum(not b for *_, b in labs) > 1 or dose_after(text, tail.end())):
        return [_measure(seg, hit, n, None, d or (None if (b or base) else seg.date), who, b or base) for n, d, b in labs]
    reading = read_header(text[hit.start:tail.start("num") if tail else hit.end])
    part, scale = reading.part, reading.scale
    if reading.item:
        return []
    if not tail and not hit.loose:  # "a MADRS with her today ... came out at 33"
        tail = prose_score(text, hit.end)
    if not tail:
        prior = None if hit.loose else P.MEASURE_BEFORE.search(text[:hit.start])
        if not prior:
            return []
        found = [_measure(seg, hit, prior.group("num"), None, seg.date, who, base, part, scale)]
        earlier, _ = _earlier_value(seg, hit, hit.end, limit, who, part, scale)  # "a 12 on the PHQ-9 (down from 19)"
        return found + ([earlier] if earlier else [])
    out, end = [], tail.end()
    # A value written as an earlier one ("Intake PHQ-9 was 18") does not take the note's own date.
    out.append(_measure(seg, hit, tail.group("num"), tail.group("den"),
                        P.date_near(text, (hit.end, tail.start("num")), tail.end()) or (None if base or _AT_START.match(text, tail.end()) else seg.date),
                        who, base or bool(_AT_START.match(text, tail.end())), part, scale))  # "61 at program start"
    earlier, end = _earlier_value(seg, hit, end, limit, who, part, scale)
    out += [earlier] if earlier else []
    while (nxt := P.MEASURE_NEXT.match(text, end)) is not None and nxt.start("num") < limit:
        before = P.DATE.search(nxt.group("pre"))
        if before and out[-1].date in (None, seg.date):
            out[-1] = replace(out[-1], date=before.group(0))
        post, base = P.DATE.search(nxt.group("post")), _AT_START.match(text, nxt.end())  # ", 48 at intake 08/31"
        _before_arrow(out, nxt)
        out.append(_measure(seg, hit, nxt.group("num"), nxt.group("den"), post.group(0) if post else (base.group("d") if base else None)
                            or P.date_near(text, (nxt.start("sep"), nxt.start("num")), nxt.end()),
                            who, nxt.group("sep").lower() == "from" or bool(base), part, scale))
        end = nxt.end()
    return dates_in_order(out, text, end)


_AT_START = re.compile(r"\s*(?:at|on) (?:(?:the |our )?(?:(?:PHP|IOP|program|programme|residential|inpatient|hospital|unit|clinic)\s+)?(?:intake|baseline|admission|referral|start)|the start)\b(?:\s*\(?(?:on\s+)?(?P<d>%s))?" % P.DATE.pattern, re.I)


def _earlier_value(seg: Segment, hit: Hit, end: int, limit: int, who: str | None, part: str, scale: str) -> tuple[Measure | None, int]:
    """An earlier value written right after the current one: "(intake 18)", ", down from 19 on 03/02"."""
    text = seg.text
    if (paren := P.BASELINE_PAREN.match(text, end)) is not None:  # "(prev 16 - <DATE_2>)": its date may follow it
        when = re.match(r"\s*(?:[-\u2013]|on|at)\s*(%s)" % P.DATE.pattern, text[paren.end():])
        return _measure(seg, hit, paren.group("num"), None, when.group(1) if when else None, who, True, part, scale), end
    earlier = P.EARLIER_VALUE.match(text, end)
    if earlier is None or earlier.end() > limit:
        return None, end
    when = P.DATE.search((earlier.group("ldate") or "") + " " + (earlier.group("label") or "") + " " + (earlier.group("when") or ""))
    # "(8/9 on ...)": items endorsed, read as the current one is
    den = re.match(r"\s*/\s*(\d{1,3})(?![\d/])", text[earlier.end(key := next(g for g in ("num", "pnum", "lnum") if earlier.group(g))):])
    return _measure(seg, hit, earlier.group(key), den.group(1) if den else None,
                    when.group(0) if when else None, who, True, part, scale), earlier.end()


# A percentage written before its name: "81% of median BMI" (False: the name has no "%"), "86% mBMI" (True).
_PERCENT_BEFORE = {False: re.compile(r"(?<![\d.])(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s*(?:of\s+(?:the\s+|her\s+|his\s+|their\s+)?)?$", re.I),
                   True: re.compile(r"(?<![\d.])(?P<num>\d{1,3}(?:\.\d+)?)\s*$")}

_PERCENT_AFTER = re.compile(r"\s*(?:[:=]|\bwas\b|\bis\b|\bof\b)?\s*(?P<num>(?<![\d.])\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)", re.I)
_FORWARD = {"\u2192", "\u21d2", "\u00bb", "->", "-->", "=>", ">", "to", "then", "now"}


def _before_arrow(out: list[Measure], nxt: re.Match) -> None:
    """"7 -> 5": an undated value before an arrow (or "to", "then") is the earlier one."""
    if nxt.group("sep").lower() in _FORWARD and out[-1].date is None and not out[-1].baseline:
        out[-1] = replace(out[-1], baseline=True)


def _categorical(seg: Segment, hit: Hit) -> list[Measure]:
    res = P.CATEGORY_TAIL.match(seg.text[hit.end:])
    if not res or P.NOT_DONE.search(P.clause_of(seg.text, hit.start)):
        return []
    return [Measure(hit.instrument.name, res.group(1).strip(), seg.date, seg.note_index, seg.text, surface=hit.surface)]


# A condition's threshold right after the name: "once her Y-BOCS is 20 or lower", "when the PHQ-9 is 9 or below".
_THRESHOLD_AFTER = re.compile(r"\s*(?:is|was|are|gets?|falls?|drops?|stays?|reaches?|comes? down)?\s*(?:to\s+)?\d{1,3}(?:\.\d+)?\s+or\s+"
                              r"(?:less|lower|fewer|below|under|better|higher|more|above)\b", re.I)
# An administration still ahead: "repeat PANSS 12/15", "recheck the GAD-7 in 2 weeks", "due for a PHQ-9 on 3/1".
_TO_REPEAT = re.compile(r"\b(?:repeat(?:ing)?|re-?administer|re-?check|redo|re-?screen|re-?test|due for)(?:\s+(?:the|a|an|her|his))?\s*$", re.I)
_REFERENCE = re.compile(r"\s*\b(?:cut-?off|threshold|norms?|normative|reliable change(?: index)?|RCI|reference (?:range|value|level)|benchmark)\b", re.I)


def _measures_in(seg: Segment) -> list[Measure]:
    out: list[Measure] = []
    hits = catalog().find(seg.text)
    for i, hit in enumerate(hits):
        if P.GOAL_NEAR.search(P.clause_before(seg.text, hit.start, 40)) or _REFERENCE.search(P.clause_before(seg.text, hit.start, 40)) \
                or _THRESHOLD_AFTER.match(seg.text, hit.end) or _REFERENCE.match(seg.text, hit.end) or _TO_REPEAT.search(seg.text[max(0, hit.start - 30):hit.start]):
            continue  # a target, a report's legend ("Adult clinical cutoff (ORS): 25.0") or a condition's threshold
        limit = hits[i + 1].start if i + 1 < len(hits) else len(seg.text)
        out += _categorical(seg, hit) if hit.instrument.result else _numeric(seg, hit, limit)
    return out


def _valid(m: Measure) -> bool:
    inst = catalog().get(m.instrument.replace(" T", "")) or catalog().get(m.surface)
    base = catalog().get(m.instrument.split(" ")[0]) if inst is None else inst
    return isinstance(m.score, str) or in_range(base, float(m.score), m.part, m.scale) and not written_as_decimal(base, m.score, m.evidence)


def find_measures(segs: Sequence[Segment], blocks: Sequence[Block] = ()) -> tuple[Measure, ...]:
    """Scores outside goal and discharge statements (targets are not scores), from sentences and tables, within
    their instrument's range."""
    return read_scores(segs, blocks)[0]


def _spelled_or_digits(seg: Segment) -> list[Measure]:
    """Scores of a sentence, also those written as words or glossed in two languages; the evidence stays the clinician's sentence."""
    digits = plain_words(seg.text)
    if digits == seg.text:
        return list(_measures_in(seg))
    return [replace(m, evidence=seg.text) for m in _measures_in(replace(seg, text=digits))]


def read_scores(segs: Sequence[Segment], blocks: Sequence[Block] = ()) -> tuple[tuple[Measure, ...], tuple[Measure, ...]]:
    """Scores from sentences and tables -> (scores within their instrument's range, scores outside it)."""
    found = [x for seg in segs if seg.kind not in ("goals", "discharge") for x in _spelled_or_digits(seg) if not payer_quote(x)]
    found += [replace(x, evidence=row.text) for named, row in titled_rows(segs, blocks) for x in _spelled_or_digits(named)]
    found += [x for seg in segs if seg.kind not in ("goals", "discharge", "plan", "dx", "meds")
              for x in unknown_measures(seg, {m.evidence for m in found})]
    found += [x for i, b in enumerate(blocks) if b.table is not None for x in table_measures(*titled(blocks, i))]
    found += record_measures(blocks) + follow_on_counts(segs, found) + weight_measures(segs, found)
    sums, answered = item_answers(segs)  # "items 1-9: 2 2 1 3 2 1 1 0 0": the total, not nine scores
    found = [x for x in found if (x.instrument, x.evidence) not in answered] + sums
    found += continued_series(segs, found)  # "PCL-5 that day 58. At session 8 (09/29) 44."
    seen = {(x.instrument, str(x.score), x.date) for x in found}  # rows under an instrument's heading line
    found += [x for x in heading_measures(blocks) if (x.instrument, str(x.score), x.date) not in seen]
    # "Beck Depression Inventory (BDI-II) 28" names one score twice.
    unique = list({(x.instrument, str(x.score), x.evidence, x.subject, x.date): x for x in found}.values())
    # A score restated without a date ("O: PHQ-A 15") next to the same score in a dated row is one score; looked for
    # again once a note's date of service has dated its own scores ("GAD-7 8" in the note of 16.09., "12 -> 8" undated).
    unique = restatements_dropped(_on_service_date(restatements_dropped(t_twins_dropped(unique)), service_dates(blocks)))
    unique = other_instruments_dropped(unique, segs)  # "Penetration-Aspiration Scale (PAS): 1" is no panic scale
    # a lab or vital outside any value it can take is some other number beside its name ("lithium 600 bid"): left out
    wrong = [m for m in unique if not _valid(m) and not getattr(catalog().get(m.instrument), "lab", False)]
    return tuple(m for m in unique if _valid(m)), tuple(wrong)


# Words that place a score before the session it is written in ("two months ago", "last spring", "in March").
_PAST = re.compile(r"\b(?:ago|last\s+(?:week|month|year|spring|summer|fall|autumn|winter|time|visit|session)|previously|earlier|"
                   r"prior|used to|at (?:the )?(?:(?:PHP|IOP|program|programme|residential|inpatient|hospital|unit|clinic)\s+)?(?:start|beginning|outset|referral|admission|intake)|in (?:Jan|Feb|Mar|Apr|"
                   r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b", re.I)


def _unbracketed(text: str) -> str:
    return re.sub(r"\([^()]*\)", " ", text)


def _on_service_date(measures: list[Measure], dates: Mapping[int, str]) -> list[Measure]:
    """A score with no date of its own, in a note whose header gives its date of service, was taken that day,
    unless it is written as an earlier value or someone else's."""
    out = []
    for m in measures:
        day = dates.get(m.note_index)
        if m.date or not day or m.baseline or m.subject or _PAST.search(_unbracketed(P.clause_of(m.evidence, max(0, m.evidence.find(m.surface or m.instrument))))):
            out.append(m)
        else:
            out.append(replace(m, date=day))
    return out


def find_trends(measures: Sequence[Measure]) -> tuple[Trend, ...]:
    """Instruments given at two or more time points; a restated score is not a new time point."""
    by: dict[tuple[str, str | None], list[Measure]] = {}
    for x in measures:
        by.setdefault((x.instrument, x.subject), []).append(x)
    out = []
    for (name, _), xs in ((k, ordered(g)) for k, same in by.items() for g in by_rater(same)):
        distinct = {str(x.score) for x in xs}
        dated = {x.date for x in xs if x.date}
        if len(dated) == 1 and all(x.date for x in xs) and not any(x.baseline for x in xs):
            continue  # two values on one date (a scale and its subscale, two informants): one time point
        if len(xs) >= 2 and (len(distinct) >= 2 or len(dated) >= 2):
            out.append(Trend(name, xs[0].score, xs[-1].score, len(xs), xs[-1].evidence, xs[-1].note_index))
    return tuple(out)


def dated(measures: Sequence[Measure], order: Mapping[str, tuple[int, int, int]] | None) -> tuple[Measure, ...]:
    """Measures with their date keys: a placeholder's from the flow's chronology, a written date parsed."""
    order = order or {}
    out = [replace(m, when=order.get(m.date) or date_key(m.date)) if m.date else m for m in measures]
    # a score dated by its month alone ("16 in October") repeats the same score dated in full that month: one administration
    full = {(m.instrument, str(m.score), m.when[:2]) for m in out if m.when and m.when[2]}
    return tuple(m for m in out if not (m.when and not m.when[2] and (m.instrument, str(m.score), m.when[:2]) in full))
