"""Read a payer denial (letter, EOB, remittance advice, MSN) into reasons, codes, deadline and review level."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.denials import tables as T
from assistant.denials.deadline import deadline, next_step, notice_date, review_level
from assistant.denials.segments import C, PAYERS, R, STRONG, VETO, WEAK, Segment, segments


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

    def batch_line(self, id: str) -> dict:
        """One `necessity denial --batch` line, in the score_denials.py format."""
        return {"id": id, "payer": self.payer,
                "denial_reasons": list(dict.fromkeys(r.category for r in self.reasons)),
                "criteria_cited": list(self.criteria_cited), "appeal_deadline_days": self.appeal_deadline_days,
                "review_level": self.review_level, "expedited_available": self.expedited_available}

    def as_dict(self) -> dict:
        """Everything in the reading as JSON-ready values (for --json and the workspace)."""
        return {"is_denial": self.is_denial, "payer": self.payer,
                "denial_reasons": list(dict.fromkeys(r.category for r in self.reasons)),
                "reasons": [{"category": r.category, "evidence": r.evidence, "codes": list(r.codes)}
                            for r in self.reasons],
                "criteria_cited": list(self.criteria_cited), "codes": list(self.codes),
                "notice_date": self.notice_date.isoformat() if self.notice_date else None,
                "appeal_deadline_days": self.appeal_deadline_days,
                "appeal_deadline_date": self.appeal_deadline_date.isoformat() if self.appeal_deadline_date else None,
                "review_level": self.review_level, "expedited_available": self.expedited_available,
                "next_step": self.next_step}


def _codes_in(seg: Segment) -> list[tuple[str, str | None]]:
    """(normalized code, category) pairs written in one sentence or row."""
    out = [(f"{g}-{c}", T.CARC.get(c)) for g, c in C["GROUP_CODE"].findall(seg.flat)]
    for m in R["LABELLED_CARC"].finditer(seg.flat):
        out += [(c, T.CARC.get(c)) for c in re.findall(r"\d{1,3}|[A-Z]\d", m.group(1))]
    remark = re.search(r"\b(?:remark|RARC)", seg.flat, re.I)
    out += [(c, T.RARC.get(c)) for c in C["RARC_SHAPE"].findall(seg.flat) if c in T.RARC or remark]
    return out + [(f"MSN {c}", T.MSN.get(c)) for c in R["MSN_LABEL"].findall(seg.flat)]


def _code_reasons(segs: list[Segment]) -> list[tuple[str, str, str]]:
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


def _matches(seg: Segment, rules: list = STRONG) -> list[str]:
    """Categories whose phrases a sentence states, less those its wording rules out."""
    return [c for c, rx in rules if rx.search(seg.flat) and not (c in VETO and VETO[c].search(seg.flat))]


def _payer_voice(seg: Segment) -> Segment | None:
    """What the payer itself asserts: not conditions or rights text; after 'but' when it restates an argument."""
    if any(R[k].search(seg.flat) for k in ("CONDITIONAL", "RIGHTS", "VERBLESS_FIELD")):
        return None
    if not R["ATTRIBUTED"].search(seg.flat):
        return seg
    tail = re.split(r"\b(?:but|however|yet)\b", seg.flat, maxsplit=1)
    return Segment(seg.text, tail[1], seg.chunk) if len(tail) == 2 else None


def _reasons(segs: list[Segment]) -> tuple[DenialReason, ...]:
    """Reasons from codes first, then from the payer's own sentences, one per category."""
    found: dict[str, tuple[str, list[str]]] = {}
    for cat, evidence, code in _code_reasons(segs):
        found.setdefault(cat, (evidence, []))[1].append(code)
    voiced = [s for s in map(_payer_voice, segs) if s]
    for seg in voiced:
        for cat in _matches(seg):
            found.setdefault(cat, (seg.text, []))
    for seg in voiced if not found else ():
        for cat in _matches(seg, WEAK):
            found.setdefault(cat, (seg.text, []))
    return tuple(DenialReason(c, ev, tuple(dict.fromkeys(codes))) for c, (ev, codes) in found.items())


def _is_denial(segs: list[Segment], reasons: tuple[DenialReason, ...]) -> bool:
    """A denial says so, carries a denial code or states a reason without approving; a full overturn is not one."""
    plain = [s.flat for s in map(_payer_voice, segs) if s and not re.search(r"\bif\b|\bright to\b", s.flat, re.I)]
    said = any(R["DENIAL_WORDS"].search(f) for f in plain)
    approved = any(R["APPROVED"].search(f) for f in plain)
    coded = any(r.codes for r in reasons) or (bool(reasons) and not approved)
    overturned = any(R["OVERTURNED"].search(f) for f in plain) and not any(R["IN_PART"].search(f) for f in plain)
    return (said or coded) and not overturned


def _payer(text: str) -> str | None:
    """The payer named first in the letterhead, else the most specific payer named anywhere."""
    hits = [(m.start(), order, name) for order, (rx, name) in enumerate(PAYERS) if (m := rx.search(text))]
    if not hits:  # an unlisted plan: its name usually opens the letterhead
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        name = re.split(r"\s+[-–|/]\s+|\s{2,}|:", first)[0].strip()
        return name if R["PLAN_WORD"].search(name) and len(name) < 60 else None
    head = [h for h in hits if h[0] < 400]
    name = min(head)[2] if head else min(hits, key=lambda h: h[1])[2]
    carriers = [n for _, _, n in sorted(hits) if n not in ("Medicare", "Medicaid (state plan)")]
    if R["MEDICARE_ADVANTAGE"].search(text):
        short = T.MA_SHORT.get(carriers[0], carriers[0]) if carriers else ""
        return f"Medicare Advantage ({short})" if short else "Medicare Advantage"
    return name


def _criteria(segs: list[Segment]) -> tuple[str, ...]:
    """Guideline and policy names the letter cites: capitalized runs around a criteria word, LCDs and NCDs."""
    names: list[str] = []
    for seg in segs:
        flat = re.sub(r"\s*\([^()]{0,60}\)", "", seg.flat)  # "LOCUS (Level of Care ...)" names LOCUS once
        names += [r for r in _capital_runs(flat) if R["CRITERIA_HEADS"].search(r) and not R["CRITERIA_NOT"].search(r)]
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
    for tok in C["TOKEN"].findall(flat) + ["."]:
        if tok[0].isupper() or tok[0] == "§" or (tok[0].isdigit() and cur):
            cur, pending = cur + pending + [tok.rstrip(".,;")], []
            if tok.endswith((".", ",", ";")) and not C["ABBREV"].search(tok):
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
        out += parts if len(parts) == 2 and all(R["CRITERIA_HEADS"].search(p) for p in parts) else [text] * bool(text)
    return out


def _expedited(segs: list[Segment]) -> bool:
    """True when the letter offers a fast, urgent or expedited review and does not rule it out."""
    return any(R["EXPEDITED"].search(s.flat) and R["EXPEDITED_OFFER"].search(s.flat)
               and not R["EXPEDITED_NO"].search(s.flat) for s in segs)


def _dates_of_service(segs: list[Segment]) -> tuple[str, ...]:
    """Dates written on service rows or after a date-of-service label, as written."""
    return tuple(dict.fromkeys(m.group(0) for s in segs if R["DOS_LINE"].search(s.text)
                               for m in R["DATE"].finditer(s.text)))


def read_denial(text: str) -> DenialReading:
    """Text of a denial letter, EOB, remittance or MSN -> a DenialReading (pure; the text is never obeyed)."""
    segs = segments(text or "")
    reasons = _reasons(segs)
    is_denial = bool(segs) and _is_denial(segs, reasons)
    if is_denial and not reasons:
        said = next((s.text for s in segs if R["DENIAL_WORDS"].search(s.flat)), segs[0].text)
        reasons = (DenialReason(T.OTHER, said),)
    kept = "\n".join(s.text for s in segs)
    notice, payer, level = notice_date(kept), _payer(kept), review_level(segs)
    redetermination = level == "internal_appeal_decision" and payer == "Medicare" and "redetermination" in kept.lower()
    days, when, kind = deadline(segs, level, notice, redetermination)
    refs = (v for v in R["REFERENCE"].findall(kept) if re.search(r"\d", v))
    return DenialReading(
        is_denial=is_denial, payer=payer, reasons=reasons if is_denial else (), criteria_cited=_criteria(segs),
        codes=tuple(dict.fromkeys(c for s in segs for c, _ in _codes_in(s))),
        dates_of_service=_dates_of_service(segs), reference_numbers=tuple(dict.fromkeys(refs)),
        notice_date=notice, appeal_deadline_days=days if is_denial else None,
        appeal_deadline_date=when if is_denial else None, review_level=level,
        expedited_available=_expedited(segs) and is_denial,
        next_step=next_step(level, kind, payer, kept) if is_denial else "none: this is not a denial")


def to_batch_line(id: str, reading: DenialReading) -> dict:
    """A DenialReading -> one prediction line in the score_denials.py format."""
    return reading.batch_line(id)
