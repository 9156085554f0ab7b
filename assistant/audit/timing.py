"""How long the session was, as the note documents it: clock times, a total in minutes or hours.

Only time that describes this session counts: "weekly 53-minute sessions" in a plan is the planned amount,
and "panic attacks lasting 10 minutes" is a symptom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.audit.catalog import cue
from assistant.audit.durations import durations
from assistant.audit.minute_fields import _UNIT_LABEL, labelled_minutes, technique_minutes  # noqa: F401 (tests read _UNIT_LABEL here)
from assistant.audit.therapy_time import therapy_time
from assistant.audit.time_forms import (minutes_of_clock, log_span, row_fields, spoken_clock, table_cells, without_shared_zone,
                                       year_range, zoned_span)

# A duration standing alone as a field of a header or list: "DOS 04/08 | 41 min, in office", "- approx. forty minutes -".
# (a run of white space is tried from its first character only, and taken whole: a wide gap is read in one pass)
_FIELD = re.compile(r"(?:^|[|;,(\u2013\u2014]|\s-(?=\s)|(?<!\s)\s{2})\s*+(?:(?:approx(?:imately|\.)?|about|around|~|ca\.?|total|session)\s*+)?$", re.I)
_FIELD_END = re.compile(r"^[\w.:\'\u2019\u2032-]*+(?:\s*+(?:minutes?|mins?|min|m|hours?|hrs?|hr))?(?:\s*+\.)?(?:\s*+(?:$|[|;,)\u2013\u2014])|\s+-\s|\s{2})", re.I)
_CLOCK = r"(\d{1,2})(?::([0-5]\d))?(?:\s*+([ap]\.?\s?m\b\.?|[ap](?![a-z])))?"  # "2 pm", "2:05 p.m.", "11:05a"
# ("de 14:00 à 14:56", "von 14:00 bis 14:50", "dalle 14:00 alle 14:50", "das 14:00 às 14:50": the word in a bilingual form)
# A bare number before a clock range is a field's value, not the range's start: "POS 10 - 3:00-3:45 pm", "session 6 -
# 2:00-2:50" (a start with no minutes or half of day whose end opens a range of its own is no start).
CLOCK_RANGE = _RANGE = re.compile(r"(?<![\dT/.:])%s\s*+(?:->|=>|\u2192|-|\u2013|\u2014|to|until|till|through|\u00e0|bis|alle|\u00e0s)\s*+%s(?![\d/])"
                                  r"(?(2)|(?(3)|(?!:|\s*+(?:-|\u2013|\u2014|to)\s*+\d{1,2}:[0-5]\d)))" % (_CLOCK, _CLOCK), re.I)
_MILITARY = re.compile(r"(?<!\d)([01]\d|2[0-3])([0-5]\d)\s*+(?:-|\u2013|to)\s*+([01]\d|2[0-3])([0-5]\d)(?!\d)(?:\s*+(?:hrs?|hours))?")
# a call record's "Connected: 02/23/2026 16:02:07", a visit-verification record's "Check-in: 2026-10-08 19:10"
_DATE_FIRST = r"(?:(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d\d-\d\d-\d\d)(?:\s++|T|,\s*+))?"
# a meeting's own words count too: minutes "called to order 5:02 PM ... adjourned 5:56 PM", "convened"
_START = re.compile(r"\b(?<!dis)(?:start(?:ed|ing)?(?:\s+time)?|joined|logged (?:on|in)|connected|arrived|arrival(?:\s+time)?|began|begin(?:ning)?(?:\s+time)?|time\s+in|"
                    r"session\s+start|called to order|convened)\s*+(?:at|::?|-|=|\|{1,2})?\s*+" + _DATE_FIRST + _CLOCK, re.I)
_END = re.compile(r"\b(?:end(?:ed|ing)?(?:\s+time)?|stop(?:ped)?(?:\s+time)?|finish(?:ed)?|conclud(?:ed)?|time\s+out|disconnected|departed|departure(?:\s+time)?|"
                  r"logged (?:off|out)|session\s+end|adjourned)\s*+(?:at|::?|-|=|\|{1,2})?\s*+" + _DATE_FIRST + _CLOCK, re.I)
_CHECK_IN = re.compile(r"\b(?:time|check)[\s_-]*+in\s*+[:=]?\s*+" + _DATE_FIRST + r"\d{1,2}:[0-5]\d", re.I)
_PAUSE = re.compile(r"\bpaused?\s*+(?:at|:)?\s*+" + _CLOCK + r"[\s\S]{0,120}?\bresumed?\s*+(?:at|:)?\s*+" + _CLOCK, re.I)
_IN_SLASH_OUT = re.compile(r"\b(?:clock|time|check)[\s-]*+in\s*+/\s*+out\s*+[:=]?\s*+(\d{1,2}):([0-5]\d)\s*+([ap]\.?\s?m\b\.?)?\s*+"
                           r"(?:/|-|\u2013|to)\s*+(\d{1,2}):([0-5]\d)\s*+([ap]\.?\s?m\b\.?)?", re.I)  # "Clock in/out: 10:30 am / 11:15 am"
# Start and stop written as labelled fields: "In: 1405  Out: 1458", "in 2:10p out 2:52p", YAML start_time: "09:00" /
# end_time: "09:46", "Hora de inicio: 10:00 ... Hora de fin: 10:45". A time needs minutes (or a 24-hour four-digit form).
_LABEL_TIME = r"[\"']?(?:(\d{1,2}):([0-5]\d)(?:\s*+([ap]\.?\s?m\b\.?|[ap](?![a-z])))?|([01]\d|2[0-3])([0-5]\d)(?!\d))[\"']?"
# "In arena 9:02, out 10:00", "in room 4 2:05 / out 2:58": a place may stand between "in" and its time
_IN_OUT = re.compile(r"\b(?:time[\s_]*+in|check[\s_-]*+in|in(?:\s++(?:the\s++)?[A-Za-z]{3,}+(?:\s++(?:[A-Z]|\d{1,3})\b)?\s*+[,:]?)?|start(?:ed)?(?:[\s_]*+time)?|began|hora de inicio|inicio|entrada)"
                     r"\s*+[:=]?\s*+" + _DATE_FIRST + _LABEL_TIME + r"[\s\S]{0,80}?\b(?:time[\s_]*+out|check[\s_-]*+out|out|end(?:ed)?(?:[\s_]*+time)?|"
                     r"stop(?:ped)?(?:[\s_]*+time)?|hora de (?:fin|t[eé]rmino)|fin|salida)\s*+[:=]?\s*+" + _DATE_FIRST + _LABEL_TIME, re.I)
# A duration with a bracketed aside, then the end of its clause: "Thirty-five minutes (late start, her bus), in person."
_OPENS_WITH_ASIDE = re.compile(r"^[\w.\'\u2019-]*\s*+(?:minutes?|mins?|min|hours?|hrs?|hr)\.?\s*+\([^()]{1,80}\)(?:\s*+(?:$|[,;.])|\s+-\s|\s{2})", re.I)
_STRONG = re.compile(r"\b(?:today|this session|lasted|duration|spent|total|length|session was|met for|seen for)\b", re.I)

_AFTER_NOT_SESSION = re.compile(r"[\w.-]*\s*(?:minutes?|mins?|min|hours?|hrs?)?\.?\s*(?:late|early|of (?:homework|practice|exercise|"
                                r"breathing|meditation|walking|reading|sleep|it|this|that)\b|a day|daily|each day|per day|at a time|ago|later)\b|"
                                # "a calm 5-minute time-out script", "the 10-minute walk": a length that describes something else
                                r"[\w.]*-(?:minute|min|hour)[- ](?!(?:session|visit|appointment|psychotherapy|therapy|meeting|call|contact)\b)"
                                r"[a-z]", re.I)


def _clause(sentence: str, at: int) -> str:
    start = max(sentence.rfind(c, 0, at) for c in ";.")
    ends = [i for i in (sentence.find(c, at) for c in ";") if i >= 0]
    return sentence[start + 1:min(ends) if ends else len(sentence)]


@dataclass(frozen=True)
class SessionTime:
    """The session length a note documents."""

    minutes: int | None = None      # None: no session length in the note
    clock: bool = False             # start and stop clock times are written
    total: bool = False             # a total (minutes, hours, duration) is written
    evidence: str = ""              # the sentence or line it was read from


def clock_span(a: tuple, b: tuple) -> int | None:
    """Two clock readings (hour, minute, am/pm) -> minutes between them, or None when they make no sense."""
    if not (a[1] or a[2] or b[1] or b[2]):
        return None  # "16-37" or "2-3 times": numbers, not clock times
    start, fa = minutes_of_clock(*a)
    end, fb = minutes_of_clock(*b)
    if fb and not fa and start + 12 * 60 <= end:
        start += 12 * 60  # "11:30 - 12:25 pm" / "2:00-2:53 pm": the start shares the end's half of the day
    if end <= start:
        end += 12 * 60 if end + 12 * 60 > start else 24 * 60
    span = end - start
    return span if 0 < span <= 8 * 60 else None


def _label_time(groups: tuple) -> tuple:
    """One _LABEL_TIME match -> (hour, minute, am/pm) as clock_span reads it ("1405" -> ("14", "05", None))."""
    hour, minute, ampm, mil_hour, mil_minute = groups
    return (hour, minute, ampm) if hour else (mil_hour, mil_minute, None)


# A clock range used as a noun's modifier names a stretch of the client's day ("the 3-4 PM slump", "her 9-10 PM
# scrolling"), unless the noun is the session itself ("the 2:00-2:50 session").
_STRETCH_BEFORE = re.compile(r"\b(?:the|a|an|every|each|her|his|their|my|our|usual|daily|nightly)\s++$", re.I)
_SESSION_NOUN = re.compile(r"\W{0,3}(?:[\w-]+\s+)?(?:session|visit|appointment|appt|meeting|call|group|therapy|psychotherapy|"
                           r"hour|slot|time\s*slot|block)\b", re.I)


def _times_other(text: str, m: re.Match[str]) -> bool:
    """The clock range `m` is told as the time of something else (sleep, a dosing window, another discipline, a
    stretch of the client's day)."""
    at = m.start()
    start = max(text.rfind(c, 0, at) for c in ".;|")
    before = text[max(start + 1, at - 30):at]
    if _STRETCH_BEFORE.search(before) and not _SESSION_NOUN.match(text, m.end()):
        return True
    return bool(cue("clock_not_session").search(before))


def _clock(text: str) -> int | None:
    text = without_shared_zone(text)
    ranges = [(m, clock_span(m.groups()[:3], m.groups()[3:])) for m in _RANGE.finditer(text) if not _times_other(text, m)]
    for i, (m, span) in enumerate(ranges):
        if span:
            # "10:05-10:30, 10:40-11:02": a session paused and resumed is the sum of its parts
            for nxt, more in ranges[i + 1:]:
                if not more or not re.fullmatch(r"\s*(?:\([^()]{0,20}\))?\s*(?:,|;|and|&|\+|then)?\s*", text[m.end():nxt.start()]):
                    break
                span, m = span + more, nxt
            return span
    for m in _MILITARY.finditer(text):
        if re.search(r"time|session|start|\bhrs?\b", text, re.I) and not year_range(m):
            span = (int(m.group(3)) * 60 + int(m.group(4))) - (int(m.group(1)) * 60 + int(m.group(2)))
            if 0 < span <= 8 * 60:
                return span
    start = _START.search(text)
    end = _END.search(text, start.end()) if start else None
    if start and end and (zoned := zoned_span(text, start, end)):
        return zoned  # "Start 6:02 PM ET (clinician's clock) - End 3:55 PM PT (client's clock)": 53 minutes
    if start and end and (span := clock_span(start.groups(), end.groups())):
        # "Check-in: 1:52  Start: 2:00  End: 2:57": the session starts at its start; a pause in between is not session time
        return span - sum(clock_span(p.groups()[:3], p.groups()[3:]) or 0 for p in _PAUSE.finditer(text, start.end(), end.start()))
    for m in _IN_OUT.finditer(text):
        span = clock_span(*(_label_time(m.groups()[i:i + 5]) for i in (0, 5)))
        if span:
            return span
    both = _IN_SLASH_OUT.search(text)
    return clock_span(both.groups()[:3], both.groups()[3:]) if both else None


# The session stopped before the time the header gives: "client left at 5:31 PM", "session ended early at 2:20".
_ENDED_EARLY = re.compile(r"\b(?:left|ended|stopped|walked out|terminated|cut short|had to leave|logged off|disconnected)\b"
                          r"[^.;]{0,40}?\bat\s+" + _CLOCK, re.I)


def _ended_early(sentences: Sequence[str], evidence: str, minutes: int) -> int | None:
    """Minutes from the written start to an earlier end told in the note, or None."""
    first = _RANGE.search(evidence) or _START.search(evidence)
    if not first:
        return None
    for sentence in sentences:
        for m in _ENDED_EARLY.finditer(sentence):
            span = clock_span(first.groups()[:3], m.groups())
            if span and span < minutes - 5:
                return span
    return None


_TIME_LABEL = re.compile(r"duration|length|time|minutes|session|total|face|duraci[oó]n|tiempo", re.I)
# What may stand between a time label and its minutes: "Time: 40 min", "Duration: approx. 45 minutes".
_LABEL_VALUE = re.compile(r"\s*(?:approx(?:imately|\.)?|about|around|~|ca\.?|total(?:\s+of)?)?\s*", re.I)


def _is_session_length(line: str, sentence: str, at: int) -> bool:
    """A number of minutes at `at` in `sentence` is this session's length (not a plan, not a symptom)."""
    start = max(sentence.rfind(c, 0, at) for c in ";.,")
    before = sentence[max(0, at - 45, start + 1):at]
    around = sentence[max(0, at - 60):at + 40]
    if _AFTER_NOT_SESSION.match(sentence[at:at + 40]):
        return False
    if cue("not_session_minutes").search(before) and not re.match(r"[\d\s-]*(?:minutes?|mins?)?[- ](?:session|visit)",
                                                                    sentence[at:at + 25], re.I):
        return False
    label = re.match(r"\s*[-*\u2022]?\s*([^:\n]{1,40}):", line)
    if label and _TIME_LABEL.search(label.group(1)) and not cue("planned_time").search(label.group(1)) \
            and ":" in sentence[:at] and _LABEL_VALUE.fullmatch(sentence[:at].split(":", 1)[-1]):
        return True  # "Time: 40 minutes face-to-face (paused twice ...)": the field's own value, whatever the aside says
    if cue("planned_time").search(around) and not _STRONG.search(around):
        return False
    if _LABEL_VALUE.fullmatch(sentence[:at]) and _OPENS_WITH_ASIDE.match(sentence[at:]) and not cue("planned_time").search(sentence):
        return True  # "Forty minutes (a fire drill cut it short), office.": the length opens the line, an aside after it
    if technique_minutes(line, sentence, at):
        return False  # "Interventions: ...; worry time scheduling (15 min at 7 pm)": the technique's length
    if _FIELD.search(sentence[:at]) and _FIELD_END.match(sentence[at:]):
        # "Walked the warehouse floor once, 5 minutes, with ...": a field parted by commas from an activity is its length
        clause = sentence[max(sentence.rfind(c, 0, at) for c in ";.") + 1:at]
        told = cue("activity_told").search(clause) and not cue("session_time_context").search(clause)
        return not (told and sentence[:at].rstrip().endswith(","))
    if label and _TIME_LABEL.search(label.group(1)):
        return True
    return bool(cue("session_time_context").search(around) or re.search(r"\b9\d{4}\b|\([^()]*$", sentence[:at]))


_CLOCK_WITH_MINUTES = re.compile(r"(?<![\d/.:])(\d{1,2}):([0-5]\d)\s*([ap]\.?\s?m\b\.?|[ap](?![a-z]))?")


def _told_clock(sentence: str) -> int | None:
    """Start and stop told with other words, checked by the total beside them: "Pulled from class 10:15, returned
    10:43 (28 minutes)". Two clock times count only when their span equals a total the same sentence gives."""
    times = list(_CLOCK_WITH_MINUTES.finditer(sentence))
    totals = {minutes for _, minutes in durations(sentence)}
    for a, b in zip(times, times[1:]):
        span = clock_span(a.groups(), b.groups())
        if span and any(abs(span - t) <= 2 for t in totals):
            return span
    return None


def session_time(lines_and_sentences: list[tuple[str, str]], note_lines: Sequence[str] = ()) -> SessionTime:
    """(line, sentence) pairs of one note (and its lines, for tables) -> the session length it documents; the
    psychotherapy's own time fields ("PT start 14:20 ... PT end 14:42") beside a visit's start and end are that length."""
    visit = _visit_time(lines_and_sentences, note_lines)
    own = therapy_time(note_lines, clock_span)
    if own is None:
        return visit
    minutes, clock, evidence = own
    return SessionTime(minutes, clock or visit.clock, not clock or visit.total, evidence)


def _visit_time(lines_and_sentences: list[tuple[str, str]], note_lines: Sequence[str] = ()) -> SessionTime:
    clock_minutes, clock_evidence = None, ""
    totals: list[tuple[bool, int, str, str]] = []  # (psychotherapy-specific, minutes, evidence, text before the minutes)
    said = {line.strip() for line, _ in lines_and_sentences}
    # a heading that carries the time ("## Psychotherapy (separate from E/M) - 2:31-2:48 pm") is read too
    # in the note's order: a wrapped line's clock range ("... joined 10:40-10:58 for the re-entry plan") comes after the
    # header's ("Seen: Period 3 (10:12-10:58)")
    at = {}
    for i, ln in enumerate(note_lines):
        at.setdefault(ln.strip(), i)
    lines_and_sentences = sorted([(ln.strip(), ln.strip()) for ln in note_lines if ln.strip() and ln.strip() not in said
                                  and _RANGE.search(ln)] + list(lines_and_sentences), key=lambda p: at.get(p[0], len(at)))
    logged = log_span(note_lines, _LOG_TIME, clock_span)
    if logged:
        clock_minutes, clock_evidence = logged
    # "| Start | End | Minutes |" and its rows; a row that bills a psychotherapy code first (a log's case-management
    # or phone line on the same day has times of its own)
    for row, line in sorted(table_cells(list(note_lines)), key=lambda r: not re.search(r"\b9\d{4}\b", r[1])):
        clock, total = row_fields(row)
        span = _clock(clock) if clock else None
        if span and clock_minutes is None:
            clock_minutes, clock_evidence = span, line
        if total and (labelled := labelled_minutes(total)) is not None and 0 < labelled <= 600:
            totals.append((False, labelled, line, line))
    for line, sentence in lines_and_sentences:
        for row in line.split("\n"):
            if (labelled := labelled_minutes(row)) is not None and 0 < labelled <= 600:
                totals.append((False, labelled, row.strip(), row))
        span = _clock(spoken_clock(sentence)) or _told_clock(sentence)
        # several clock ranges in one note (a dosing window, other disciplines' slots): the one on the line that bills
        # the psychotherapy code is the session's
        billed = span and _BILLED.search(line) and not _BILLED.search(clock_evidence)
        # or on the line that names the psychotherapy ("Psychotherapy (separate from E/M) 2:12-2:53 PM"), over a clock
        # range told earlier about the client's day ("worry spikes at 10-11 PM")
        therapy = span and cue("psychotherapy_time").search(sentence) and not cue("psychotherapy_time").search(clock_evidence)
        if span and (clock_minutes is None or billed or therapy) and not cue("planned_time").search(sentence.split(":")[0][:30]):
            clock_minutes, clock_evidence = span, sentence
        for at, minutes in durations(sentence):
            if 0 < minutes <= 600 and _is_session_length(line, sentence, at):
                specific = bool(cue("psychotherapy_time").search(_clause(sentence, at)))
                totals.append((specific, minutes, sentence, sentence[:at]))
    if clock_minutes is None:  # start and stop on separate lines (of the sentences, else of the raw lines: "# Stopped")
        span = _clock(" ".join(s for _, s in lines_and_sentences)) or _clock(" ".join(note_lines))
        if span:
            clock_minutes, clock_evidence = span, next((s for s in [s for _, s in lines_and_sentences] + list(note_lines)
                                                        if _START.search(s) or _CHECK_IN.search(s)), "")
    if clock_minutes is not None and (early := _ended_early([x for _, x in lines_and_sentences], clock_evidence, clock_minutes)):
        clock_minutes = early
    if clock_minutes is not None:
        # "Services: 90837 psychotherapy, 60 min" beside "Session time: 2:00-2:45": a total written after a code is
        # the code's own description; the clock times say how long the session was ("40 min -> 90836" is not)
        totals = [t for t in totals if abs(t[1] - clock_minutes) <= 5 or not re.search(r"\b9\d{4}\b", t[3])]
    specific = [t for t in totals if t[0]]
    if specific:
        return SessionTime(specific[0][1], clock_minutes is not None, True, specific[0][2])
    if clock_minutes is not None:
        return SessionTime(clock_minutes, True, bool(totals), clock_evidence)
    if totals:
        return SessionTime(totals[0][1], False, True, totals[0][2])
    return SessionTime()


_BILLED = re.compile(r"\b9\d{4}\b")
_LOG_TIME = re.compile(r"^\s*[-*\u2022|]?\s*(\d{1,2}):([0-5]\d)\s*([ap]\.?\s?m\b\.?)?")
