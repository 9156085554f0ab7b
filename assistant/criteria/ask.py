"""Stage: a question about payer criteria -> an answer quoting the knowledge base, with citations."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from assistant.records import Passage

_WORD = re.compile(r"[a-z0-9]+(?:[-./][a-z0-9]+)*")
_STOP = frozenset("""a an and are as at be by can could do does did for from has have how i if in into
is it its may me my of on or our should than that the their them there these this those to was we
what when where which who whom why will with would you your about any need needs client clients
patient patients therapist""".split())
_WANTS_NUMBER = re.compile(r"\b(how (long|many|much|fast|soon|quickly|often)|deadline|within|limit|"
                           r"time ?frame|when|what (score|range|cut|threshold)|minutes?|days?|hours?)\b", re.I)
_NUMBERISH = re.compile(r"\b\d+(?:\.\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"fifteen|thirty|sixty|ninety|hundred)\b", re.I)


@dataclass(frozen=True)
class Answer:
    """An answer and the passages it rests on, most relevant first."""

    question: str
    text: str
    passages: tuple[Passage, ...] = ()
    mode: str = "offline"
    model: str = ""
    answered: bool = True
    notes: tuple[str, ...] = field(default_factory=tuple)

    def citations(self, quotes: bool = True) -> list[dict]:
        """Citation objects in the batch format."""
        out = []
        for p in self.passages:
            item = {"source_id": p.source_id, "title": p.title, "section": p.section, "url": p.url}
            if quotes:
                item["quote"] = p.text
            out.append(item)
        return out


def _terms(text: str) -> list[str]:
    return [t for t in _WORD.findall(text.lower()) if t not in _STOP]


_ABBREV = re.compile(r"(?:\b(?:v|vs|Pub|Ch|No|Nos|Dr|Mr|Ms|Mrs|St|Inc|Cir|Cal|Fed|Reg|Sec|Art|Vol|ed|eds|"
                     r"e\.g|i\.e|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|"
                     r"Stat|Supp|Ct|App|Dist|Co|Corp|Dept|Div|Admin|Code|Rev|Ann|seq)|\b[A-Z])\.$")


def _split_prose(prose: str) -> list[str]:
    """Sentences of one paragraph; "v." in "Wit v. UBH" or "Pub." in a citation does not end one."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z0-9(\"“])", prose):
        if _ABBREV.search(prose[start:m.start()]):
            continue
        out.append(prose[start:m.start()])
        start = m.end()
    out.append(prose[start:])
    return out


def sentences(text: str) -> list[str]:
    """Passage text -> sentences; a lead-in ending with ":" keeps the list that follows it."""
    clean = re.sub(r"\*\*|__|`|\*", "", text)
    out: list[str] = []
    for block in re.split(r"\n\s*\n", clean):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        items = [re.sub(r"^(?:[-•]|\d+[.)])\s+", "", ln) for ln in lines]
        is_list = [bool(re.match(r"^(?:[-•]|\d+[.)])\s+", ln)) for ln in lines]
        prose = " ".join(it for it, li in zip(items, is_list) if not li)
        listed = [it for it, li in zip(items, is_list) if li]
        parts = _split_prose(prose) if prose else []
        joined = "; ".join(i.rstrip(".;") for i in listed)
        if listed and parts and (parts[-1].rstrip().endswith(":") or len(parts[-1]) + len(joined) < 700):
            # A list reads with its lead-in: "One level of appeal with fixed deadlines: Filing ... 60 days; ..."
            parts[-1] = parts[-1].rstrip().rstrip(".:") + ": " + joined + "."
            listed = []
        out += [p.strip() for p in parts] + listed
    return [re.sub(r"\s+", " ", p) for p in out if len(p) > 30 and not p.rstrip().endswith(":")]


def _weights(q_terms: set[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    return {t: math.log((n_docs + 1) / (df.get(t, 0) + 0.5)) + 0.5 for t in q_terms}


def _sentence_score(sentence: str, heading: str, q_terms: set[str], weights: dict[str, float],
                    wants_number: bool) -> float:
    s_terms = set(_terms(sentence))
    overlap = sum(weights.get(t, 1.0) for t in q_terms & s_terms)
    overlap += 0.5 * sum(weights.get(t, 1.0) for t in q_terms & set(_terms(heading)))
    if wants_number:
        overlap *= 2.0 if _NUMBERISH.search(sentence) else 0.6
    return overlap / math.sqrt(len(s_terms) + 8)


def extractive_answer(question: str, passages: list[Passage], max_sentences: int = 4,
                      df: dict[str, int] | None = None, n_docs: int = 0) -> Answer:
    """Offline mode: quote the sentences of the best passages that best match the question.

    `df`/`n_docs` give document frequencies over the whole knowledge base, so rare words such
    as "expedited" or "CO-50" count for more than "plan" or "appeal".
    """
    if not passages:
        return Answer(question, "The knowledge base has nothing on this question. Try other words, or "
                                "check the payer's own policy.", (), answered=False)
    q_terms = set(_terms(question))
    if df is None:
        df, n_docs = {}, len(passages)
        for p in passages:
            for t in set(_terms(p.text)):
                df[t] = df.get(t, 0) + 1
    weights = _weights(q_terms, df, n_docs)
    wants_number = bool(_WANTS_NUMBER.search(question))
    scored = []
    doc_rank: dict[str, int] = {}
    for rank, p in enumerate(passages):
        doc = doc_rank.setdefault(p.source_id, len(doc_rank))
        retrieved = 1.25 if p.score > 0 else 1.0  # sections the retriever itself ranked
        for s in sentences(p.text):
            score = _sentence_score(s, f"{p.title} {p.section}", q_terms, weights, wants_number)
            scored.append((score * retrieved / (1 + 0.3 * doc) / (1 + 0.03 * rank), rank, s))
    scored.sort(key=lambda x: -x[0])
    chosen, used = [], set()
    for score, rank, s in scored:
        if score <= 0 or s in used:
            continue
        chosen.append((rank, s))
        used.add(s)
        if len(chosen) == max_sentences:
            break
    if not chosen:
        first = sentences(passages[0].text)
        chosen = [(0, first[0] if first else passages[0].text[:300])]
    cited = sorted({r for r, _ in chosen})
    number = {r: i + 1 for i, r in enumerate(cited)}
    lines = [f"{s} [{number[r]}]" for r, s in chosen]
    sources = "; ".join(f"[{number[r]}] {passages[r].title}, {passages[r].section} ({passages[r].policy_id})"
                        for r in cited)
    ordered = tuple(passages[r] for r in cited) + tuple(p for i, p in enumerate(passages) if i not in cited)
    return Answer(question, " ".join(lines) + f"\n\nSources: {sources}", ordered[:5])
