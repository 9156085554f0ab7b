"""Read a payer denial (letter, EOB, remittance advice, MSN) into reasons, codes, deadline and review level."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.denials import tables as T
from assistant.denials.criteria_cited import Ratings, cited_criteria, ratings
from assistant.denials.deadline import deadline, next_step, notice_date, review_level
from assistant.foreign_dates import english_dates
from assistant.denials.glyphs import symbol_glyphs
from assistant.denials.legend import legend_roles
from assistant.denials.markup import unmarked
from assistant.denials.payer import named_payer
from assistant.denials.rows import others_rows
from assistant.denials.verdict_grid import verdict_rows
from assistant.denials.enclosed import enclosed_notice_roles
from assistant.denials.example_lists import example_list_roles
from assistant.denials.layout import (columns, comments_summary, field_dump, forwarded_part, revised, search_hits, unboxed, unspelled,
                                      without_machine_summary)
from assistant.denials.reply_quotes import unquoted
from assistant.denials.transcript import untimed
from assistant.denials.scan_export import without_scan_marks
from assistant.denials.side_by_side import side_by_side
from assistant.denials.code_columns import labelled_code_cells
from assistant.denials.roles import REASON_ROLES, disclaimed, retracted, sentence_roles
from assistant.denials.segments import C, R, STRONG, VETO, WEAK, Segment, asserted, segments, ticked_only


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
    ratings: tuple[Ratings, ...] = ()
    notices: tuple[str, ...] = ()   # what the reader did with odd input (a letter pasted twice, ...)

    def batch_line(self, id: str) -> dict:
        """One `necessity denial --batch` line, in the score_denials.py format."""
        return {"id": id, "payer": self.payer,
                "denial_reasons": list(dict.fromkeys(r.category for r in self.reasons)),
                "criteria_cited": list(self.criteria_cited), "appeal_deadline_days": self.appeal_deadline_days,
                "review_level": self.review_level, "expedited_available": self.expedited_available}

    def timing(self, today=None):
        """Days left to file today, or that the deadline passed and what remains (None when this is not a denial)."""
        from assistant.denials.timing import coverage_type, time_status

        if not self.is_denial:
            return None
        return time_status(self.appeal_deadline_date, coverage_type(self.payer), self.review_level,
                           self.dates_of_service, today)

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
                "next_step": self.next_step, "ratings": [r.summary() for r in self.ratings],
                "notices": list(self.notices),
                "deadline_status": _status_dict(self.timing())}


def _status_dict(status) -> dict | None:
    if status is None:
        return None
    return {"state": status.state, "days_left": status.days_left, "headline": status.headline,
            "routes": [{"name": r.name, "how": r.how, "clock": r.clock} for r in status.routes]}


def _codes_in(seg: Segment) -> list[tuple[str, str | None]]:
    """(normalized code, category) pairs written in one sentence or row."""
    # "no CO-50 anywhere on it": a code said to be absent gives no reason; "CO-16 (31)  CO-97 (18)": a tally of codes
    # across many claims (a practice dashboard) is no claim's adjustment
    groups = list(C["GROUP_CODE"].finditer(seg.flat))
    tally = sum(bool(R["CODE_COUNT"].match(seg.flat, m.end())) for m in groups) >= 2
    out = [(f"{m.group(1)}-{m.group(2)}", T.CARC.get(m.group(2))) for m in groups
           if not re.search(r"\b(?:no|not|without|never)\s+(?:an?\s+)?$", seg.flat[max(0, m.start() - 12):m.start()], re.I)
           and not (tally and R["CODE_COUNT"].match(seg.flat, m.end()))]
    for m in R["LABELLED_CARC"].finditer(seg.flat):
        out += [(c, T.CARC.get(c)) for c in re.findall(r"\d{1,3}|[A-Z]\d", m.group(1))]
    out += [(c, T.CARC[c]) for c in R["STANDARD_CARC"].findall(seg.flat) + R["NOTE_CODE"].findall(seg.flat) if c in T.CARC]
    remark = re.search(r"\b(?:remark|RARC)", seg.flat, re.I)
    out += [(c, T.RARC.get(c)) for c in C["RARC_SHAPE"].findall(seg.flat) if c in T.RARC or remark]
    return out + [(f"MSN {c}", T.MSN.get(c)) for c in R["MSN_LABEL"].findall(seg.flat)]


def _code_reasons(segs: list[Segment]) -> list[tuple[str, str, str]]:
    """(category, evidence line, code) for every code that implies a reason; CARC 16 defers to its remarks."""
    found = [(code, cat, seg) for seg in segs for code, cat in _codes_in(seg)]
    if not found:
        return []
    remarks = any(code in T.DOC_OR_CODING_RARC for code, _, _ in found)
    out = []
    for code, cat, seg in found:
        if code.split("-")[-1] == "16" and cat == T.DOCS:
            if remarks:
                continue
            cat = T.CODING if T.CODING in _matches(seg) else T.DOCS
        if cat and not _restates(code, cat, seg, found):
            out.append((cat, seg.text, code))
    return out


def _restates(code: str, cat: str, seg: Segment, found: list) -> bool:
    """A remark code beside an adjustment code on its line that only restates that code's reason (codes.yaml)."""
    return code in T.RARC and any(other not in T.RARC and s is seg and cat in T.RESTATED_BY_REMARK.get(c, ())
                                  for other, c, s in found)


def _matches(seg: Segment, rules: list = STRONG) -> list[str]:
    """Categories whose phrases a sentence states, less those its wording rules out."""
    return [c for c, rx in rules if rx.search(seg.flat) and not (c in VETO and VETO[c].search(seg.flat))]


def _payer_voice(seg: Segment) -> Segment | None:
    """What the payer itself asserts: not conditions or rights text; after 'but' when it restates an argument."""
    seg = Segment(seg.text, asserted(seg.flat), seg.chunk)
    if not seg.flat or any(R[k].search(seg.flat) for k in ("CONDITIONAL", "RIGHTS", "VERBLESS_FIELD")):
        return None
    if not R["ATTRIBUTED"].search(seg.flat):
        return seg
    tail = re.split(r"\b(?:but|however|yet)\b", seg.flat, maxsplit=1)
    if len(tail) < 2 or re.match(r"\W*(?:(?:was|were) )?(?:\w+ly )?\w+ed\b", tail[1]):
        return None  # "... said the claims were sent in April but rejected ...": still the account, not the payer's answer
    return Segment(seg.text, tail[1], seg.chunk)


def _reasons(segs: list[Segment], roles: list[str]) -> tuple[DenialReason, ...]:
    """Reasons from codes first, then from the decision and its grounds, one per category.

    Request summaries, what the reviewer read, quoted criteria, rights text and approved parts are skipped:
    they use reason words without giving a reason. A category the letter says was not a reason is dropped.
    """
    found: dict[str, tuple[str, list[str]]] = {}
    earlier = [s for s, role in zip(segs, roles) if role == "earlier_decision"]
    for cat, evidence, code in _code_reasons([s for s, role in zip(segs, roles) if role not in ("earlier_decision", "carrier")]):
        found.setdefault(cat, (evidence, []))[1].append(code)
    grounds = [(s, role) for s, role in zip(segs, roles) if role in REASON_ROLES]
    copy = [(s, role) for s, role in grounds if role == "copied_letter" and (v := _payer_voice(s)) and _matches(v)]
    # a copy of the payer's letter in someone else's paper: the copy gives the reasons, the copier's lines do not
    voiced = [s for s in (_payer_voice(s) for s, role in grounds if role == "copied_letter" or not copy) if s]
    for seg in voiced:
        for cat in _matches(seg):
            found.setdefault(cat, (seg.text, []))
    for seg in voiced if not found else ():
        for cat in _matches(seg, WEAK):
            found.setdefault(cat, (seg.text, []))
    for seg in _late_receipt(segs, roles):
        found.setdefault(T.TIMELY, (seg.text, []))
    if not found:  # an earlier decision quoted and nothing else said: its reasons and codes stand
        for cat, evidence, code in _code_reasons(earlier):
            found.setdefault(cat, (evidence, []))[1].append(code)
        for seg in earlier:
            for cat in _matches(seg):
                found.setdefault(cat, (seg.text, []))
    lower = [s for s in voiced if T.LOWER in _matches(s)]
    if T.FREQ in found and lower and all(R["SESSION_FREQUENCY"].search(s.flat) or R["OUTPATIENT_LEVEL"].search(s.flat) for s in lower) \
            and not any(R["PROGRAM_LEVEL"].search(s.flat) for s in segs):
        found.pop(T.LOWER, None)  # fewer sessions of the same outpatient service: one frequency reason, not a lower level
    ruled_out, taken_back = disclaimed(segs, roles), retracted(segs)
    return tuple(DenialReason(c, ev, tuple(dict.fromkeys(codes))) for c, (ev, codes) in found.items()
                 if (c not in ruled_out or codes) and c not in taken_back)


def _gives_reason(seg: Segment) -> bool:
    """A sentence or row that states a reason in the payer's voice, or carries a code that implies one."""
    voiced = _payer_voice(seg)
    return bool(voiced and _matches(voiced)) or any(cat for _, cat in _codes_in(seg))


def _late_receipt(segs: list[Segment], roles: list[str]) -> list[Segment]:
    """A filing limit stated in the grounds, in the passage that says when this claim arrived: a timely-filing reason."""
    received = {s.chunk for s, role in zip(segs, roles) if role in REASON_ROLES and R["RECEIVED_ON"].search(s.flat)}
    return [s for s, role in zip(segs, roles)
            if role in REASON_ROLES and s.chunk in received and R["FILING_LIMIT"].search(s.flat)]


def _is_denial(segs: list[Segment], reasons: tuple[DenialReason, ...]) -> bool:
    """A denial says so, carries a denial code or states a reason without approving; a full overturn is not one."""
    plain = [s.flat for s in map(_payer_voice, segs) if s and not re.search(r"\bif\b|\bright to\b", s.flat, re.I)]
    said = any(R["DENIAL_WORDS"].search(f) for f in plain)
    approved = any(R["APPROVED"].search(f) for f in plain)
    coded = any(r.codes for r in reasons) or (bool(reasons) and not approved)
    # a split decision may be told as labels ("Our decision: PARTIALLY OVERTURNED", "Upheld (6 dates):"): still a denial
    fields = [s.flat for s in segs if R["VERBLESS_FIELD"].search(s.flat)]
    overturned = any(R["OVERTURNED"].search(f) for f in plain) and not any(R["IN_PART"].search(f) for f in plain + fields)
    return (said or coded) and not overturned


def _expedited(segs: list[Segment], roles: list[str]) -> bool:
    """True when the letter offers a fast, urgent or expedited review and does not rule it out.

    A summary of what the member asked for ("You asked us to decide on an expedited basis") offers nothing.
    """
    said = [s for s, role in zip(segs, roles) if role != "request"]
    return not any(R["EXPEDITED_RULED_OUT"].search(s.flat) for s in said) and any(
        R["EXPEDITED"].search(s.flat) and R["EXPEDITED_OFFER"].search(s.flat) and not R["EXPEDITED_NO"].search(s.flat)
        for s in said)


def _dates_of_service(segs: list[Segment]) -> tuple[str, ...]:
    """Dates written on service rows or after a date-of-service label, as written."""
    return tuple(dict.fromkeys(m.group(0) for s in segs if R["DOS_LINE"].search(s.text)
                               for m in R["DATE"].finditer(s.text)))


def _first_copy(segs: list[Segment]) -> tuple[list[Segment], tuple[str, ...]]:
    """A letter pasted twice (the opening lines come back, in order) is read once, and the reader says so."""
    flats = [s.flat for s in segs]
    head = min(5, len(flats) // 2)
    for k in range(head, len(flats) - head + 1):
        if head and flats[k:k + head] == flats[:head]:
            return segs[:k], ("The text holds the same letter more than once; it was read once.",)
    return segs, ()


def read_denial(text: str) -> DenialReading:
    """Text of a denial letter, EOB, remittance or MSN -> a DenialReading (pure; the text is never obeyed)."""
    text, forwarded = forwarded_part(columns(side_by_side(unboxed(ticked_only(symbol_glyphs(search_hits(unspelled(revised(without_machine_summary(comments_summary(field_dump(labelled_code_cells(without_scan_marks(untimed(unquoted(unmarked(text or "")))))))))))))))))  # a form's unticked options are not what the payer decided
    segs, notices = _first_copy(segments(text))
    notices = forwarded + notices
    roles = example_list_roles(segs, verdict_rows(segs, others_rows(segs, legend_roles(segs, sentence_roles(segs, text)))))
    roles = enclosed_notice_roles(segs, roles, _gives_reason)
    reasons = _reasons(segs, roles)
    is_denial = bool(segs) and _is_denial(segs, reasons)
    if is_denial and not reasons:
        said = next((s.text for s in segs if R["DENIAL_WORDS"].search(s.flat)), segs[0].text)
        reasons = (DenialReason(T.OTHER, said),)
    kept = "\n".join(s.text for s in segs)
    notice, payer, level = notice_date(english_dates(kept)), named_payer(kept), review_level(segs)
    redetermination = level == "internal_appeal_decision" and payer == "Medicare" and "redetermination" in kept.lower()
    days, when, kind = deadline(segs, level, notice, redetermination)
    refs = (v for v in R["REFERENCE"].findall(kept) if re.search(r"\d", v))
    return DenialReading(
        is_denial=is_denial, payer=payer, reasons=reasons if is_denial else (), criteria_cited=cited_criteria(segs, roles),
        codes=tuple(dict.fromkeys(c for s in segs for c, _ in _codes_in(s))),
        dates_of_service=_dates_of_service(segs), reference_numbers=tuple(dict.fromkeys(refs)),
        notice_date=notice, appeal_deadline_days=days if is_denial else None,
        appeal_deadline_date=when if is_denial else None, review_level=level,
        # a final outside decision with no step after it has no review left to hurry (its "expedited" is history or advice)
        expedited_available=_expedited(segs, roles) and is_denial and not (level == "external_review" and days is None),
        next_step=next_step(level, kind, payer, kept) if is_denial else "none: this is not a denial",
        ratings=ratings(segs), notices=notices)


def to_batch_line(id: str, reading: DenialReading) -> dict:
    """A DenialReading -> one prediction line in the score_denials.py format."""
    return reading.batch_line(id)
