"""When and where to appeal: the filing window for the next step and the review level (the notice date: notice_date.py)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.denials import tables as T
from assistant.denials.notice_date import notice_date, to_date  # noqa: F401  (read.py and tests take them from here)
from assistant.denials.segments import EXTERNAL, INTERNAL, KINDS, R, Segment, asserted


def _digits(text: str) -> str:
    """Spelled numbers as digits ('one hundred and eighty' -> '180'), and 'sixty (60)' collapsed to '60'."""
    def value(m: re.Match) -> str:
        total = 0
        for w in re.findall(r"[a-z]+", m.group(0).lower()):
            total = (total or 1) * 100 if w == "hundred" else total + T.NUMBER_WORDS.get(w, 0)
        return str(total)
    return re.sub(r"\b(\d+)\s*\(\s*\1\s*\)", r"\1", R["SPELLED"].sub(value, text))


_POINTS_BACK = re.compile(r"\b(?:your|the|this|that|such a) (?:written )?request\b", re.I)


def _step_kind(segs: list[Segment], i: int) -> str | None:
    """The appeal step a sentence is about, looking back in its paragraph when it names none; a paragraph of a
    sentence or two (a large-print or phone-screen layout: "You can ask us to reconsider. This is called an appeal." /
    "You must ask within 65 days") leans on the paragraph before it."""
    own = [s for s in segs if s.chunk == segs[i].chunk]
    short = len(own) <= 2 and sum(len(s.flat.split()) for s in own) <= 25
    # a paragraph that opens on "your request" points back to the step the paragraph before it named ("You may ask for
    # a hearing before an ALJ." / "You must send your request within 60 days ...")
    short = short or (segs[i] is own[0] and bool(_POINTS_BACK.search(segs[i].flat)))
    for j in range(i, max(i - 3, -1), -1):
        if segs[j].chunk != segs[i].chunk and not (short and segs[j].chunk == segs[i].chunk - 1):
            return None
        if kind := next((k for k, rx in KINDS if rx.search(segs[j].flat)), None):
            return kind
    return _form_title_kind(segs) if _THIS_FORM.search(segs[i].flat) else None


# "The completed form must be received within 180 days": a request form's own return window; the step is the one the
# form's title names ("MEMBER APPEAL REQUEST FORM", "Request for Reconsideration Form")
_THIS_FORM = re.compile(r"\b(?:this|the|your) (?:completed |signed |filled[- ]in )?(?:\w+ )?form\b[^.;]{0,30}\b(?:must|should|"
                        r"needs? to) be (?:received|returned|sent|filed|mailed|faxed|submitted)\b", re.I)


def _form_title_kind(segs: list[Segment]) -> str | None:
    """The step named by a form title near the top of the paper, or None."""
    titles = [s.flat for s in segs[:8] if s.chunk < 4 and re.search(r"\bform\b", s.flat, re.I) and len(s.flat.split()) <= 12]
    return next((k for t in titles for k, rx in KINDS if rx.search(t)), None)


def _days(n: int, unit: str) -> int:
    unit = unit.lower()
    return (365 if n == 12 else 30 * n) if unit.startswith("month") else 365 * n if unit.startswith("year") else n


def _calendar_days(n: int, unit: str, notice: date | None) -> int:
    """A window in business (working) days as calendar days: counted over weekdays from the notice date when it is
    known, else five working days to the week; any other unit as _days gives it."""
    if not re.match(r"(?:business|working)", unit, re.I):
        return _days(n, unit)
    if notice is None:
        return n // 5 * 7 + n % 5
    day, left = notice, n
    while left:
        day += timedelta(days=1)
        left -= day.weekday() < 5
    return (day - notice).days


def _candidates(segs: list[Segment], notice: date | None, level: str) -> list[tuple[int | None, date | None, str, bool]]:
    """(days, stated date, step kind, is-a-later-step) for every filing window the letter states. A window given both
    as a span and as a date ("30 business days, that is, no later than March 13", "within four months ...; it must be
    received by February 3") counts by the date."""
    out, carried = [], any(R["NO_NEW_PERIOD"].search(s.flat) for s in segs)
    for i, seg in enumerate(segs):
        kind = _step_kind(segs, i)
        if not kind or any(R[k].search(seg.flat) for k in ("NOT_A_FILING_WINDOW", "SERVICE_LINE", "EARLIER_LETTER_SAID")):
            continue
        if R["PEER_TO_PEER"].search(seg.flat) and not R["APPEAL_WINDOW_STATED"].search(seg.flat):
            continue
        later, flat, start = bool(R["LATER_STEP"].search(seg.flat)), _digits(asserted(seg.flat)), len(out)
        for m in R["SPAN"].finditer(flat):
            head = flat[:m.start()]
            filing = re.search(r"\b(?:request|appeal|application|grievance|complaint|form)s?\b[^;]{0,20}\b(?:must|should|"
                               r"needs? to|has to) be (?:made|filed|received|submitted|sent)\s*$", head, re.I)
            if not (m.group("pre") or m.group("post")) or (R["DECISION_TIME"].search(head) and not filing):
                continue
            # claim filing limits are not appeal windows; nor, below an external review, one counted from its decision
            if not R["SERVICE_DATE_RULE"].match(flat[m.end():]) and (level == "external_review"
                                                                       or not R["LATER_REVIEWER_CLOCK"].match(flat[m.end():])):
                out.append((_calendar_days(int(m.group("n")), m.group("unit"), notice), m.group("unit"), kind, later, seg.chunk))
        dated = []
        for m in R["DATE"].finditer(flat):
            if R["BY_DATE"].search(flat[:m.start()]) and not R["DECISION_TIME"].search(flat[:m.start()]):
                when = to_date(m)
                if when and notice and when < notice:
                    continue  # a date already past is no window ("proof dated on or before September 9"): never negative
                dated.append(((when - notice).days if when and notice else None, when, kind, later))
        if carried and len(out) > start and R["OTHER_PAPER_CLOCK"].search(flat):
            # "within 4 months of receiving that letter, that is, by March 9" in a cover letter that starts no new
            # period: the window runs from the decision it passes on, so the span counts, not the date less this letter's
            dated = []
        if dated and dated[0][0] is not None:
            # the stated date is the payer's own count of the window ("four months ... by February 3"), also when the
            # span came a sentence earlier in the same paragraph ("within 120 days ... / so it must be received by ...")
            out[start:] = []
            if not R["CONDITIONAL"].search(seg.flat):  # "If you appeal by May 2, your care continues": another window
                out = [c for c in out if not (c[4] == seg.chunk and c[2] == kind and not isinstance(c[1], date))]
        out += [c + (seg.chunk,) for c in dated]
    return [(d, w if isinstance(w, date) else None, k, lt) for d, w, k, lt, _ in out]


def deadline(segs: list[Segment], level: str, notice: date | None, redetermination: bool):
    """(days, date, step kind) of the next filing window, by the README deadline rules."""
    cands = _candidates(segs, notice, level)
    if level in T.NEXT_STEP_KINDS:
        steps = [c for c in cands if c[2] in T.NEXT_STEP_KINDS[level]]
        pick = next((c for c in steps if not c[3]), next(iter(steps), None))
        if pick is None and level == "internal_appeal_decision":
            # a MAC redetermination leads to the QIC; 180 days is the standard window (42 CFR 405.962)
            pick = (180, None, "qic", True) if redetermination else next(iter(cands), None)
    else:
        early = [c for c in cands if not c[3] and c[2] not in ("alj", "council", "court")]
        pick = next((c for c in early if c[2] not in ("external", "imr")), next(iter(early), None))
    if pick is None:
        return None, None, None
    days, when, kind = pick[:3]
    return days, when or (notice + timedelta(days=days) if days is not None and notice else None), kind


# A title line led by the sender's name: "Harbor Plan - Level 2 Appeal Decision", "ACME HEALTH: GRIEVANCE RESOLUTION".
# The name is capitalized words (a few small words between), the title a short line with no sentence in it.
_NAMED_TITLE = re.compile(r"^\W*(?:[A-Z][\w&'.]*(?:[ -](?:[A-Z][\w&'.]*|of|and|the|for|&)){0,7})(?:\s+[-\u2013\u2014|]|\s*:)\s+"
                          r"(?P<title>[^.;!?]{3,80})$")


def _title_after_name(flat: str) -> str | None:
    """A title line led by a name -> the title alone, so it is read as a line that opens with the title."""
    m = _NAMED_TITLE.match(flat)
    return m.group("title") if m and len(m.group("title").split()) <= 10 else None


_PROSE = re.compile(r"^(?=(?:\S+\s+){5})(?=.*\b[a-z]{3,}\b).*\w[\"\u201d\')\]]?[.!?][\"\u201d\')\]]*\s*$")


# "Date of this notice: January 9, 2026" opening a notice shown inside another page (a document pane's preview, a portal
# record): the sender's lines sit just above it
_OWN_DATE_LINE = re.compile(r"^\W*(?:date of this (?:notice|letter|decision)|notice date|letter date|decision date)\s*:", re.I)


def _letterhead_chunks(segs: list[Segment]) -> set[int]:
    """The top three chunks of the paper, and the four above a notice's own date line further down."""
    heads = {0, 1, 2}
    for s in segs:
        if s.chunk > 3 and _OWN_DATE_LINE.search(s.flat):
            heads |= set(range(s.chunk - 4, s.chunk))
            break
    return heads


def review_level(segs: list[Segment]) -> str:
    """Whose decision this is: an external body's, the plan's on appeal, or a first denial."""
    # not hypotheticals, nor a right told for later ("After our final internal decision, you may ask for ...")
    plain = [s.flat for s in segs if not re.search(r"\b(?:if|when|unless|should)\b|\bafter (?:our|you (?:get|receive))\b|"
                                                   r"\byou (?:may|can|could) (?:be able to )?(?:ask|request|file)\b", s.flat, re.I)]
    plain += [t for f in plain if (t := _title_after_name(f))]
    if any(rx.search(f) for f in plain for rx in EXTERNAL):
        return "external_review"
    # a sender's name sits on short lines; a note clipped above the letter ("She says she can talk to the IRE.") is prose
    heads = _letterhead_chunks(segs)
    letterhead = [s.flat for s in segs if s.chunk in heads and not _PROSE.search(s.flat)]
    if any(R["EXTERNAL_SENDER"].search(f) for f in letterhead) and any(re.search(r"\bdecision\b", f, re.I) for f in plain):
        return "external_review"
    if any(rx.search(f) for f in plain for rx in INTERNAL):
        return "internal_appeal_decision"
    return "initial_denial"


def next_step(level: str, kind: str | None, payer: str | None, text: str) -> str:
    """The next review in plain words."""
    if kind:
        medicare_first = level == "initial_denial" and payer == "Medicare"
        return "Medicare redetermination by the MAC" if medicare_first else T.NEXT_STEP_WORDS[kind]
    if level == "initial_denial" and re.search(r"\bappeal|\bgrievance|\breconsideration", text, re.I):
        return "internal appeal"
    return "none stated"
