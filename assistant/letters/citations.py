"""The request and the payer criteria as a letter states them: service lines, citation lines, summaries."""
from __future__ import annotations

import re
from typing import Sequence

from assistant.letters import patterns as P
from assistant.letters.catalog import catalog
from assistant.letters.sections import usable
from assistant.records import LetterRequest, Passage


SERVICE_NAMES = {
    "90791": "psychiatric diagnostic evaluation", "90832": "individual psychotherapy, 16-37 minutes",
    "90834": "individual psychotherapy, 38-52 minutes", "90837": "individual psychotherapy, 53 minutes or more",
    "90846": "family psychotherapy without the client present", "90847": "family psychotherapy with the client present",
    "90849": "multiple-family group psychotherapy", "90853": "group psychotherapy",
    "S9480": "intensive outpatient psychiatric services, per diem", "H0015": "intensive outpatient substance use treatment",
    "H0035": "partial hospitalization, per diem", "0905": "intensive outpatient services, psychiatric",
    "0906": "intensive outpatient services, chemical dependency", "0912": "partial hospitalization, less intensive",
    "0913": "partial hospitalization, intensive",
}


def service_lines(request: LetterRequest) -> list[str]:
    """'CPT 90834 (individual psychotherapy, 38-52 minutes)' for each requested code."""
    out = []
    for code in request.requested.get("codes", []) or []:
        code = str(code).strip()
        key = (re.search(r"\b(?:[A-Z]\d{4}|\d{4,5})\b", code) or re.search(r".*", code)).group(0)
        kind = "CPT " if re.fullmatch(r"\d{5}", code) else ("HCPCS " if re.fullmatch(r"[A-Z]\d{4}", code) else "")
        out.append(f"{kind}{code}" + (f" ({SERVICE_NAMES[key]})" if key in SERVICE_NAMES else ""))
    return out


_APPEAL_ONLY = re.compile(r"\b(?:appeals?|CARC|RARC|denials?|denied|external review|fair hearings?|grievances?|"
                          r"claim decisions?|timely filing)\b", re.I)


def citations(passages: Sequence[Passage], notes: Sequence[str], requested: dict, appeal: bool = False) -> list[str]:
    """One line per cited document with the sections retrieved, the payer's own documents first. Appeal and
    denial-code guidance is cited only in appeals; a line that would add a code, diagnosis, drug or event the
    notes lack is left out."""
    from assistant.letters.claims import unsupported_claims

    passages = [p for p in passages if appeal or not _APPEAL_ONLY.search(p.label)]
    cited = cited_text(passages)
    pieces = list(dict.fromkeys(t for p in passages for t in (f"{p.title}. {p.policy_id}", p.section)))
    suspicious = [t for t in pieces if could_claim(t)]
    all_fine = not suspicious or not unsupported_claims("\n".join(suspicious), notes, requested, cited)
    flagged = set() if all_fine else {t for t in suspicious if unsupported_claims(t, notes, requested, cited)}

    def supported(text: str) -> bool:
        return usable(text) and text not in flagged

    groups: dict[str, list[Passage]] = {}
    for p in sorted(passages, key=lambda p: p.payer in ("", "all")):
        if supported(f"{p.title}. {p.policy_id}") and supported(p.section) and \
                p.section not in [q.section for q in groups.get(p.source_id, [])]:
            groups.setdefault(p.source_id, []).append(p)
    out = []
    for group in groups.values():
        p = group[0]
        line = p.title + ", " + ("sections " if len(group) > 1 else "section ") + "; ".join(f'"{q.section}"' for q in group)
        if p.policy_id:
            line += f" ({p.policy_id}" + (f", effective {p.effective_date}" if p.effective_date else "") + ")"
        if p.url:
            line += f", {p.url}"
        if not p.verified:
            line += " [MISSING: This source is not verified. Is this the current version of the policy?]"
        out.append(line)
    return out


def could_claim(text: str) -> bool:
    """Cheap pre-check: text names a code, drug, diagnosis, instrument or clinical event, so it needs the full
    unsupported-claims check; plain text cannot add a claim."""
    try:
        from assistant.letters.claims import CLASS_RE, EVENTS
    except ImportError:  # the claims module changed: run the full check
        return True
    return bool(P.ICD10.search(text) or P.CPT.search(text) or P.MEDICATION_RE.search(text) or CLASS_RE.search(text)
                or P.DIAGNOSIS_ABBREV.search(text) or any(rx.search(text) for _, rx in P.DIAGNOSIS_RES)
                or any(catalog().names_in(text)) or any(rx.search(text) for _, rx in EVENTS)
                or re.search(r"(?<![\w/])(?:SI|HI)(?![\w/])|attempt", text))


def cited_text(passages: Sequence[Passage]) -> list[str]:
    """The titles and policy ids of the passages: a code in a policy title is a citation, not a claim."""
    return [f"{p.title} {p.policy_id}" for p in passages]


def request_summary(request: LetterRequest) -> str:
    """'CPT 90834 (...), weekly, 45 minutes, 14 sessions, 14 weeks from authorization start'."""
    req = request.requested
    parts = [" and ".join(service_lines(request))] + [str(req.get(k) or "") for k in ("frequency", "sessions_or_units", "date_range")]
    return ", ".join(p for p in parts if p.strip()) or "the services listed above"
