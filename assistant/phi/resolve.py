"""From raw recognizer hits to the final, non-overlapping spans of one note."""

from __future__ import annotations

from assistant.records import PhiSpan

# Values whose shape is unambiguous win over a clinical-looking overlap (a ZIP is never a CPT code).
_FIRM = {"EMAIL", "URL", "PHONE", "FAX", "SSN", "IP_ADDRESS"}
_FIRM_SOURCES = {"labelled_id", "zip", "street", "date", "date_numeric", "npi", "vin", "age", "age_words"}


def subtract_keep(spans: list[PhiSpan], keep: list[tuple[int, int]]) -> list[PhiSpan]:
    """Trim clinical KEEP stretches out of weaker PHI spans; drop spans left with nothing."""
    if not keep:
        return list(spans)
    out = []
    for sp in spans:
        if sp.entity_type in _FIRM or sp.source in _FIRM_SOURCES:
            out.append(sp)
            continue
        pieces = [(sp.start, sp.end)]
        for ks, ke in keep:
            nxt = []
            for s, e in pieces:
                if ke <= s or ks >= e:
                    nxt.append((s, e))
                    continue
                if s < ks:
                    nxt.append((s, ks))
                if ke < e:
                    nxt.append((ke, e))
            pieces = nxt
        for s, e in pieces:
            out.append(PhiSpan(s, e, sp.entity_type, sp.score, sp.source))
    return out


_EDGE_PUNCT = ",;:[]\"“”'’-–—·|"


def tidy(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Strip surrounding spaces and punctuation from each span; drop empty ones."""
    out = []
    for sp in spans:
        s, e = sp.start, sp.end
        while s < e and (text[s].isspace() or text[s] in _EDGE_PUNCT or (text[s] == "(" and ")" not in text[s:e])):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE_PUNCT or (text[e - 1] == ")" and "(" not in text[s:e])):
            e -= 1
        if e > s and any(c.isalnum() for c in text[s:e]):
            out.append(PhiSpan(s, e, sp.entity_type, sp.score, sp.source))
    return out


def merge(spans: list[PhiSpan]) -> list[PhiSpan]:
    """Overlapping spans -> one span each, typed by the strongest hit; sorted by start."""
    out: list[PhiSpan] = []
    for sp in sorted(spans, key=lambda x: (x.start, -x.end)):
        if out and sp.start < out[-1].end:
            last = out[-1]
            best = last if (last.score, last.end - last.start) >= (sp.score, sp.end - sp.start) else sp
            out[-1] = PhiSpan(last.start, max(last.end, sp.end), best.entity_type,
                              max(last.score, sp.score), best.source)
        else:
            out.append(sp)
    return out
