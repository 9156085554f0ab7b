"""Read a payer denial (letter, EOB, remittance advice, MSN) into reasons, codes, deadline and review level."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant import denial_codes as T


CATEGORIES = ("not_medically_necessary", "insufficient_documentation", "lower_level_of_care_appropriate",
              "no_progress_or_maintenance", "frequency_or_duration_exceeds_guidelines", "no_prior_authorization",
              "out_of_network", "benefit_limit_reached", "non_covered_service_or_diagnosis", "timely_filing",
              "coding_or_billing_error", "other")


@dataclass(frozen=True)
class DenialReason:
    """One reason the payer gave, with the sentence or code line that states it."""

    category: str
    evidence: str
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DenialReading:
    """Everything a therapist needs from a denial to plan the next appeal step."""

    is_denial: bool
    payer: str | None
    reasons: tuple[DenialReason, ...]
    criteria_cited: tuple[str, ...]
    codes: tuple[str, ...]
    dates_of_service: tuple[str, ...]
    reference_numbers: tuple[str, ...]
    notice_date: date | None
    appeal_deadline_days: int | None
    appeal_deadline_date: date | None
    review_level: str
    expedited_available: bool
    next_step: str


@dataclass(frozen=True)
class _Segment:
    text: str   # verbatim from the letter
    flat: str   # one line, contractions spelled out, stray quotes dropped: what the patterns read
    chunk: int  # the paragraph or line group it belongs to


def _rx(pattern: str, flags: int = re.I) -> re.Pattern:
    return re.compile(pattern, flags)


_STRONG = [(c, _rx(p)) for c, p in T.STRONG_RULES]
_WEAK = [(c, _rx(p)) for c, p in T.WEAK_RULES]
_VETO = {c: _rx(p) for c, p in T.VETOES.items()}
_EXTERNAL, _INTERNAL = [_rx(p) for p in T.EXTERNAL_DECISION], [_rx(p) for p in T.INTERNAL_DECISION]
_KINDS = [(k, _rx(p)) for k, p in T.STEP_KINDS]
_PAYERS = [(_rx(p), name) for p, name in T.PAYERS]
_R = {k: _rx(v) for k, v in vars(T).items()
      if isinstance(v, str) and k.isupper() and not k.startswith("_") and k not in T.CASE_SENSITIVE}
_C = {name: _rx(getattr(T, name), 0) for name in T.CASE_SENSITIVE}  # code and layout shapes: case matters


def _tabular(line: str) -> bool:
    """Columns, ALL-CAPS headers and rows of numbers are data lines, not wrapped prose."""
    letters, tokens = [c for c in line if c.isalpha()], line.split()
    caps = len(letters) > 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    numeric = sum(not re.search(r"[a-z]", t) for t in tokens) > 0.6 * len(tokens)
    return bool(_C["TABLE_LIKE"].search(line)) or caps or numeric


def _joinable(prev: str, cur: str) -> bool:
    """Hard-wrapped prose continues on the next line; labelled or tabular lines do not."""
    if _tabular(prev) or _tabular(cur) or _C["LABEL_START"].match(cur):
        return False
    return cur.lstrip()[:1].islower() or (len(prev.strip()) >= 60 and not prev.rstrip().endswith(tuple(".:!?;)")))


def _chunks(text: str) -> list[list[int]]:
    """[start, end] of each group of lines that forms one paragraph or one row."""
    groups: list[list[int]] = []
    pos, prev = 0, None
    for line in text.split("\n"):
        if not line.strip():
            prev = None
        elif prev is not None and _joinable(prev, line):
            groups[-1][1], prev = pos + len(line), line
        else:
            groups.append([pos, pos + len(line)])
            prev = line
        pos += len(line) + 1
    return groups


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one chunk, not splitting after titles, initials or P.O."""
    spans, cut = [], start
    for m in _C["BOUNDARY"].finditer(text, start, end):
        if not _C["ABBREV"].search(text[cut:m.start() + 1]):
            spans.append((cut, m.start() + 1))
            cut = m.end()
    return spans + [(cut, end)]


def _flatten(raw: str) -> str:
    """What patterns read: one line, contractions spelled out, stray quotes dropped."""
    flat = " ".join(raw.replace("’", "'").split())
    flat = re.sub(r"won't|can't|n't\b", lambda m: T.CONTRACTIONS[m.group(0).lower()], flat, flags=re.I)
    return _C["STRAY_QUOTE"].sub("", flat)


def _segments(text: str) -> list[_Segment]:
    """The letter as sentences and rows; from an embedded instruction to its paragraph's end is dropped."""
    segs: list[_Segment] = []
    for n, (s, e) in enumerate(_chunks(text)):
        for a, b in _sentences(text, s, e):
            raw = text[a:b].strip()
            if raw and _R["INJECTION"].search(raw):
                break  # text is data: an instruction aimed at a reader poisons the rest of its paragraph
            if raw:
                segs.append(_Segment(raw, _flatten(raw), n))
    return segs


def _codes_in(seg: _Segment) -> list[tuple[str, str | None]]:
    """(normalized code, category) pairs written in one sentence or row."""
    out = [(f"{g}-{c}", T.CARC.get(c)) for g, c in _C["GROUP_CODE"].findall(seg.flat)]
    for m in _R["LABELLED_CARC"].finditer(seg.flat):
        out += [(c, T.CARC.get(c)) for c in re.findall(r"\d{1,3}|[A-Z]\d", m.group(1))]
    remark = re.search(r"\b(?:remark|RARC)", seg.flat, re.I)
    out += [(c, T.RARC.get(c)) for c in _C["RARC_SHAPE"].findall(seg.flat) if c in T.RARC or remark]
    return out + [(f"MSN {c}", T.MSN.get(c)) for c in _R["MSN_LABEL"].findall(seg.flat)]


def _code_reasons(segs: list[_Segment]) -> list[tuple[str, str, str]]:
    """(category, evidence line, code) for every code that implies a reason; CARC 16 defers to its remarks."""
    found = [(code, cat, seg) for seg in segs for code, cat in _codes_in(seg)]
    remarks = any(code in T.DOC_OR_CODING_RARC for code, _, _ in found)
    out = []
    for code, cat, seg in found:
        if code.split("-")[-1] == "16" and cat == T.DOCS:
            if remarks:
                continue
            cat = T.CODING if T.CODING in _matches(seg) else T.DOCS
        if cat:
            out.append((cat, seg.text, code))
    return out


def _matches(seg: _Segment, rules: list = _STRONG) -> list[str]:
    """Categories whose phrases a sentence states, less those its wording rules out."""
    return [c for c, rx in rules if rx.search(seg.flat) and not (c in _VETO and _VETO[c].search(seg.flat))]


def _payer_voice(seg: _Segment) -> _Segment | None:
    """What the payer itself asserts: not conditions or rights text; after 'but' when it restates an argument."""
    if any(_R[k].search(seg.flat) for k in ("CONDITIONAL", "RIGHTS", "VERBLESS_FIELD")):
        return None
    if not _R["ATTRIBUTED"].search(seg.flat):
        return seg
    tail = re.split(r"\b(?:but|however|yet)\b", seg.flat, maxsplit=1)
    return _Segment(seg.text, tail[1], seg.chunk) if len(tail) == 2 else None


def _reasons(segs: list[_Segment]) -> tuple[DenialReason, ...]:
    """Reasons from codes first, then from the payer's own sentences, one per category."""
    found: dict[str, tuple[str, list[str]]] = {}
    for cat, evidence, code in _code_reasons(segs):
        found.setdefault(cat, (evidence, []))[1].append(code)
    voiced = [s for s in map(_payer_voice, segs) if s]
    for seg in voiced:
        for cat in _matches(seg):
            found.setdefault(cat, (seg.text, []))
    for seg in voiced if not found else ():
        for cat in _matches(seg, _WEAK):
            found.setdefault(cat, (seg.text, []))
    return tuple(DenialReason(c, ev, tuple(dict.fromkeys(codes))) for c, (ev, codes) in found.items())


def _is_denial(segs: list[_Segment], reasons: tuple[DenialReason, ...]) -> bool:
    """A denial says so, carries a denial code or states a reason without approving; a full overturn is not one."""
    plain = [s.flat for s in map(_payer_voice, segs) if s and not re.search(r"\bif\b|\bright to\b", s.flat, re.I)]
    said = any(_R["DENIAL_WORDS"].search(f) for f in plain)
    approved = any(_R["APPROVED"].search(f) for f in plain)
    coded = any(r.codes for r in reasons) or (bool(reasons) and not approved)
    overturned = any(_R["OVERTURNED"].search(f) for f in plain) and not any(_R["IN_PART"].search(f) for f in plain)
    return (said or coded) and not overturned


def _to_date(m: re.Match) -> date | None:
    """A date from any written form T.DATE accepts; None when the numbers are impossible."""
    g = m.groups()
    y, mo, d = (g[2], g[0], g[1]) if g[0] else (g[5], g[4], g[3]) if g[3] else \
        (g[8], g[6], g[7]) if g[6] else (g[9], g[10], g[11])
    try:
        month = int(mo) if mo.isdigit() else T.MONTHS[mo[:3].lower()]
        return date(int(y) + (2000 if len(y) == 2 else 0), month, int(d))
    except ValueError:
        return None


def _notice_date(text: str) -> date | None:
    """The date the notice was issued: a labelled date, else a bare date in the letterhead."""
    labelled, bare = [], []
    for m in _R["DATE"].finditer(text):
        left = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        alone = not left.strip() and not text[m.end():].split("\n", 1)[0].strip()
        if _R["NOTICE_LABEL"].search(left) and not re.search(r"service|birth", left, re.I):
            labelled.append(m)
        elif not _R["NOT_NOTICE"].search(left) and (alone or text.count("\n", 0, m.start()) < 4):
            bare.append(m)
    picked = (labelled or bare or [None])[0]
    return _to_date(picked) if picked else None


def _digits(text: str) -> str:
    """Spelled numbers as digits ('one hundred and eighty' -> '180'), and 'sixty (60)' collapsed to '60'."""
    def value(m: re.Match) -> str:
        total = 0
        for w in re.findall(r"[a-z]+", m.group(0).lower()):
            total = (total or 1) * 100 if w == "hundred" else total + T.NUMBER_WORDS.get(w, 0)
        return str(total)
    return re.sub(r"\b(\d+)\s*\(\s*\1\s*\)", r"\1", _R["SPELLED"].sub(value, text))


def _step_kind(segs: list[_Segment], i: int) -> str | None:
    """The appeal step a sentence is about, looking back in its paragraph when it names none."""
    for j in range(i, max(i - 3, -1), -1):
        if segs[j].chunk != segs[i].chunk:
            return None
        if kind := next((k for k, rx in _KINDS if rx.search(segs[j].flat)), None):
            return kind
    return None


def _days(n: int, unit: str) -> int:
    unit = unit.lower()
    return (365 if n == 12 else 30 * n) if unit.startswith("month") else 365 * n if unit.startswith("year") else n


def _candidates(segs: list[_Segment], notice: date | None) -> list[tuple[int | None, date | None, str, bool]]:
    """(days, stated date, step kind, is-a-later-step) for every filing window the letter states."""
    out = []
    for i, seg in enumerate(segs):
        kind = _step_kind(segs, i)
        if not kind or _R["NOT_A_FILING_WINDOW"].search(seg.flat):
            continue
        later, flat = bool(_R["LATER_STEP"].search(seg.flat)), _digits(seg.flat)
        for m in _R["SPAN"].finditer(flat):
            head = flat[:m.start()]
            filing = re.search(r"\b(?:request|appeal|application|grievance|complaint)s?\b[^;]{0,20}\b(?:must|should|"
                               r"needs? to|has to) be (?:made|filed|received|submitted|sent)\s*$", head, re.I)
            if not (m.group("pre") or m.group("post")) or (_R["DECISION_TIME"].search(head) and not filing):
                continue
            if not _R["SERVICE_DATE_RULE"].match(flat[m.end():]):  # claim filing limits are not appeal windows
                out.append((_days(int(m.group("n")), m.group("unit")), None, kind, later))
        for m in _R["DATE"].finditer(flat):
            if _R["BY_DATE"].search(flat[:m.start()]) and not _R["DECISION_TIME"].search(flat[:m.start()]):
                when = _to_date(m)
                out.append(((when - notice).days if when and notice else None, when, kind, later))
    return out


def _deadline(segs: list[_Segment], level: str, notice: date | None, redetermination: bool):
    """(days, date, step kind) of the next filing window, by the README deadline rules."""
    cands = _candidates(segs, notice)
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


def _review_level(segs: list[_Segment]) -> str:
    """Whose decision this is: an external body's, the plan's on appeal, or a first denial."""
    plain = [s.flat for s in segs if not re.search(r"\b(?:if|when|unless|should)\b", s.flat, re.I)]  # not hypotheticals
    if any(rx.search(f) for f in plain for rx in _EXTERNAL):
        return "external_review"
    if any(rx.search(f) for f in plain for rx in _INTERNAL):
        return "internal_appeal_decision"
    return "initial_denial"


def _payer(text: str) -> str | None:
    """The payer named first in the letterhead, else the most specific payer named anywhere."""
    hits = [(m.start(), order, name) for order, (rx, name) in enumerate(_PAYERS) if (m := rx.search(text))]
    if not hits:  # an unlisted plan: its name usually opens the letterhead
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        name = re.split(r"\s+[-–|/]\s+|\s{2,}|:", first)[0].strip()
        return name if _R["PLAN_WORD"].search(name) and len(name) < 60 else None
    head = [h for h in hits if h[0] < 400]
    name = min(head)[2] if head else min(hits, key=lambda h: h[1])[2]
    carriers = [n for _, _, n in sorted(hits) if n not in ("Medicare", "Medicaid (state plan)")]
    if _R["MEDICARE_ADVANTAGE"].search(text):
        short = T.MA_SHORT.get(carriers[0], carriers[0]) if carriers else ""
        return f"Medicare Advantage ({short})" if short else "Medicare Advantage"
    return name


def _criteria(segs: list[_Segment]) -> tuple[str, ...]:
    """Guideline and policy names the letter cites: capitalized runs around a criteria word, LCDs and NCDs."""
    names: list[str] = []
    for seg in segs:
        flat = re.sub(r"\s*\([^()]{0,60}\)", "", seg.flat)  # "LOCUS (Level of Care ...)" names LOCUS once
        names += [r for r in _capital_runs(flat) if _R["CRITERIA_HEADS"].search(r) and not _R["CRITERIA_NOT"].search(r)]
        names += [f"LCD {c}" for c in re.findall(r"\bL\d{5}\b", seg.flat)]
        names += [f"NCD {c}" for c in re.findall(r"\bNCD\s*#?\s*(\d{3}(?:\.\d{1,2})?)", seg.flat)]
    names = [T.CRITERIA_ALONE.get(n, n) for n in names]
    words = [set(re.findall(r"[a-z0-9]+", n.lower())) for n in names]
    keep = [n for i, n in enumerate(names)
            if not any(words[i] < words[j] or (words[i] == words[j] and j < i) for j in range(len(names)))]
    return tuple(dict.fromkeys(keep))


def _capital_runs(flat: str) -> list[str]:
    """Maximal runs of capitalized words, joined by 'of', 'for', 'and', dashes or colons."""
    runs, cur, pending = [], [], []
    for tok in _C["TOKEN"].findall(flat) + ["."]:
        if tok[0].isupper() or tok[0] == "§" or (tok[0].isdigit() and cur):
            cur, pending = cur + pending + [tok.rstrip(".,;")], []
            if tok.endswith((".", ",", ";")) and not _C["ABBREV"].search(tok):
                runs.append(cur)
                cur = []
        elif tok.lower() in T.CONNECTORS and cur:
            pending.append(tok)
        else:
            runs.append(cur)
            cur, pending = [], []
    out = []
    for run in runs:
        while run and (run[0] in T.CRITERIA_LEAD or run[0].lower() in T.CONNECTORS):
            run = run[1:]
        text = re.sub(r"\s+:", ":", " ".join(run)).rstrip(":- ")
        parts = text.split(" and ")  # "LOCUS and Aetna's Clinical Policy Bulletin" cites two sources
        out += parts if len(parts) == 2 and all(_R["CRITERIA_HEADS"].search(p) for p in parts) else [text] * bool(text)
    return out


def _expedited(segs: list[_Segment]) -> bool:
    """True when the letter offers a fast, urgent or expedited review and does not rule it out."""
    return any(_R["EXPEDITED"].search(s.flat) and _R["EXPEDITED_OFFER"].search(s.flat)
               and not _R["EXPEDITED_NO"].search(s.flat) for s in segs)


def _dates_of_service(segs: list[_Segment]) -> tuple[str, ...]:
    """Dates written on service rows or after a date-of-service label, as written."""
    return tuple(dict.fromkeys(m.group(0) for s in segs if _R["DOS_LINE"].search(s.text)
                               for m in _R["DATE"].finditer(s.text)))


def _next_step(level: str, kind: str | None, payer: str | None, text: str) -> str:
    """The next review in plain words."""
    if kind:
        medicare_first = level == "initial_denial" and payer == "Medicare"
        return "Medicare redetermination by the MAC" if medicare_first else T.NEXT_STEP_WORDS[kind]
    if level == "initial_denial" and re.search(r"\bappeal|\bgrievance|\breconsideration", text, re.I):
        return "internal appeal"
    return "none stated"


def read_denial(text: str) -> DenialReading:
    """Text of a denial letter, EOB, remittance or MSN -> a DenialReading (pure; the text is never obeyed)."""
    segs = _segments(text or "")
    reasons = _reasons(segs)
    is_denial = bool(segs) and _is_denial(segs, reasons)
    if is_denial and not reasons:
        said = next((s.text for s in segs if _R["DENIAL_WORDS"].search(s.flat)), segs[0].text)
        reasons = (DenialReason(T.OTHER, said),)
    kept = "\n".join(s.text for s in segs)
    notice, payer, level = _notice_date(kept), _payer(kept), _review_level(segs)
    redetermination = level == "internal_appeal_decision" and payer == "Medicare" and "redetermination" in kept.lower()
    days, when, kind = _deadline(segs, level, notice, redetermination)
    refs = (v for v in _R["REFERENCE"].findall(kept) if re.search(r"\d", v))
    return DenialReading(
        is_denial=is_denial, payer=payer, reasons=reasons if is_denial else (), criteria_cited=_criteria(segs),
        codes=tuple(dict.fromkeys(c for s in segs for c, _ in _codes_in(s))),
        dates_of_service=_dates_of_service(segs), reference_numbers=tuple(dict.fromkeys(refs)),
        notice_date=notice, appeal_deadline_days=days if is_denial else None,
        appeal_deadline_date=when if is_denial else None, review_level=level,
        expedited_available=_expedited(segs) and is_denial,
        next_step=_next_step(level, kind, payer, kept) if is_denial else "none: this is not a denial")


def to_batch_line(id: str, reading: DenialReading) -> dict:
    """A DenialReading -> one prediction line in the score_denials.py format."""
    return {"id": id, "payer": reading.payer,
            "denial_reasons": list(dict.fromkeys(r.category for r in reading.reasons)),
            "criteria_cited": list(reading.criteria_cited), "appeal_deadline_days": reading.appeal_deadline_days,
            "review_level": reading.review_level, "expedited_available": reading.expedited_available}
