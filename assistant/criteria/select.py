"""Choose the sentences of retrieved passages that answer a question, by what the question asks for.

Word overlap finds the right passage; the kind of question finds the right sentence in it: a time-limit question
wants the sentence with the time limit (the member's filing window, or the plan's decision time, whichever it
asks), a number question the one with the number, a steps question the list, a two-part question one sentence
per part.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.criteria.question import Question
from assistant.criteria.words import terms
from assistant.records import Passage

SHAPES = {
    "dollar": r"\$\s?\d",
    "duration": r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety)"
                r"(?:\s*\(\d+\))?[\s-]+(?:calendar |business |working )?(?:days?|months?|hours?|weeks?|years?)\b",
    "date_calc": r"\b\d+(?:\s*\(\d+\))?[\s-]+(?:calendar |business )?(?:days?|months?)\b",
    "year": r"\b(?:19|20)\d\d\b",
    "percent": r"\b\d+(?:\.\d+)?\s*(?:%|percent\b)",
    "number": r"\b\d+(?:[.,]\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|half)\b",
    "code": r"\b(?:9\d{4}|POS\s?\d{2}|\d{2}\b(?= modifier)|modifier \w{2}|[A-Z]{2}-\d{1,3}|CARC \d+|[MN]\d{2,3}|"
            r"[A-Z]\d{2}\.\d|L\d{5})\b",
}
_FILING = re.compile(r"\b(?:file|files|filed|filing|request|ask|appeal|submit)\w*\b[^.;]{0,60}\b(?:within|no later|by)\b|"
                     r"\b(?:has|have|gets?|allows?|give)\b[^.;]{0,40}\b\d+\s+(?:calendar )?(?:days|months)\b[^.;]{0,40}"
                     r"\b(?:to (?:file|appeal|request|ask)|from|after)\b|\bwithin \d+[^.;]{0,40}\b(?:of|after|from) "
                     r"(?:the )?(?:date|receiv|notice)", re.I)
_DECIDE = re.compile(r"\b(?:decide|decided|decision|resolve|resolution|respond|notif)\w*\b[^.;]{0,40}\bwithin\b|"
                     r"\bmust (?:decide|resolve|respond|make)", re.I)
# Sentences about the document itself ("The recorded effective date ... is the date used for this record").
_ABOUT_DOCUMENT = re.compile(r"\brecorded (?:effective )?date\b|\bdate used for this record\b|\brecorded date\b|"
                            r"\bthis document (?:gives|covers|does not)", re.I)
# An age range a sentence is about: "ages 6 to 18", "aged 0-5", "children 0 through 5", "18 and older", "under 21".
_AGE_RANGE = re.compile(r"\b(?:ages?d?|children|youth|kids|adolescents|members)\s+(?:from\s+)?(\d{1,2})\s*(?:-|–|to|through)\s*"
                        r"(\d{1,2})\b|\b(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\s*(?:years?|yrs?)\b|"
                        r"\b(?:ages?d?\s+)?(\d{1,2})\s*(?:\+|and (?:older|over|up)|or older)|\b(?:under|younger than) "
                        r"(?:age )?(\d{1,2})\b", re.I)
# A sentence that says what follows when something is missed or not done ("If a plan fails to ..., the claimant is
# deemed ..."): the answer to a "what happens if" question.
_CONSEQUENCE = re.compile(r"\b(?:if|when|once|unless|where)\b[^.;]{0,140}\b(?:fail\w*|miss\w*|does not|did not|doesn't|"
                          r"didn't|never|not (?:meet|follow|decide|respond|answer)|late|passe[sd]|expire[sd]?|lapse[sd]?|"
                          r"denied|runs? out)\b", re.I)
_CURRENT = re.compile(r"\b(?:until|delayed|postponed|extended|no longer|now|since|from|on or after|beginning|starting|as of|"
                      r"effective|began|begins)\b[^.;]{0,30}\b20[2-9]\d\b", re.I)
_LIMITING = re.compile(r"\b(?:not|no|cannot|only|except|unless|never|neither|nor|excluded|limited)\b", re.I)


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


def _table_rows(block: str) -> list[str] | None:
    """A Markdown table -> one sentence per row, each cell named by its column ("Post-service: ...; One level: 60 days")."""
    rows = [ln.strip().strip("|") for ln in block.splitlines() if ln.strip().startswith("|")]
    if len(rows) < 3 or not re.fullmatch(r"[\s|:-]+", rows[1]):
        return None
    head = [c.strip() for c in rows[0].split("|")]
    out = []
    for row in rows[2:]:
        cells = [c.strip() for c in row.split("|")]
        named = [cells[0]] + [f"{h}: {c}" for h, c in zip(head[1:], cells[1:]) if c]
        out.append(f"{head[0]}: " + "; ".join(named) + ".")
    return out


_ITEM = re.compile(r"^(?:[-•]|\d+[.)])\s+")


def _block_sentences(lines: list[str]) -> list[str]:
    """One block's lines, in order: prose split into sentences; a list joins the lead-in that ends with ':'."""
    out: list[str] = []
    prose: list[str] = []
    items: list[str] = []

    def flush_items() -> None:
        if not items:
            return
        joined = "; ".join(i.rstrip(".;") for i in items)
        if out and out[-1].rstrip().endswith(":") and len(out[-1]) + len(joined) < 700:
            out[-1] = out[-1].rstrip().rstrip(":") + ": " + joined + "."
        else:
            out.extend(items)
        items.clear()

    for line in lines + [""]:
        if line and _ITEM.match(line):
            if prose:
                out.extend(_split_prose(" ".join(prose)))
                prose.clear()
            items.append(_ITEM.sub("", line))
            continue
        flush_items()
        if line:
            prose.append(line)
    if prose:
        out.extend(_split_prose(" ".join(prose)))
    return out


def sentences(text: str) -> list[str]:
    """Passage text -> sentences; a lead-in ending with ":" keeps the list that follows it; a table gives one per row."""
    clean = re.sub(r"\*\*|__|`|\*", "", text)
    out: list[str] = []
    for block in re.split(r"\n\s*\n", clean):
        table = [ln for ln in block.splitlines() if ln.strip().startswith("|")]
        if table and (rows := _table_rows("\n".join(table))):
            prose = "\n".join(ln for ln in block.splitlines() if not ln.strip().startswith("|"))
            out += (sentences(prose) if prose.strip() else []) + rows
            continue
        out += _block_sentences([ln.strip() for ln in block.splitlines() if ln.strip()])
    return [re.sub(r"\s+", " ", p).strip() for p in out if len(p) > 30 and not p.rstrip().endswith(":")]


@dataclass
class Candidate:
    """One sentence of one retrieved passage, and how well it answers."""

    rank: int          # the passage's position in the retrieved list
    text: str
    terms: frozenset
    prior: float       # passage-level weight: retrieval rank, document order, payer match
    fit: float         # how well the sentence has what the question asks for (shape, whose time limit, ...)


def weights(q_terms: set[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    """Inverse document frequency of each question term over the whole knowledge base."""
    return {t: math.log((n_docs + 1) / (df.get(t, 0) + 0.5)) + 0.5 for t in sorted(q_terms)}


def part_weights(parts: tuple[str, ...], df: dict[str, int], n_docs: int) -> list[dict[str, float]]:
    """Each sub-question's word weights, its abbreviations spelled out ("cert" -> certification); a follow-up that
    leans on the parts before it ("How often must it be redone?") keeps their words at a lower weight."""
    from assistant.criteria.question import read_question

    out: list[dict[str, float]] = []
    for part in parts:
        own = weights(set(terms(read_question(part).query)), df, n_docs)
        out.append(own)
    return out


def _age_ranges(sentence: str) -> list[tuple[int, int]]:
    out = []
    for m in _AGE_RANGE.finditer(sentence):
        g = m.groups()
        lo, hi = (g[0], g[1]) if g[0] else (g[2], g[3]) if g[2] else (g[4], "120") if g[4] else ("0", str(int(g[5]) - 1))
        out.append((int(lo), int(hi)))
    return out


_CUTOFF = re.compile(r"\b(?:cut-?off|threshold|minimum|maximum|at least|how (?:many|much|long)|limit)\b", re.I)


def fit(sentence: str, q: Question) -> float:
    """How well a sentence has the kind of answer the question asks for (1.0 = neutral)."""
    score = 1.0
    for kind in ("dollar", "percent", "date_calc", "duration", "year", "code", "number"):
        if kind in q.kinds:
            score *= 1.6 if re.search(SHAPES[kind], sentence, re.I) else 0.6
            break
    if q.units and "consequence" not in q.kinds:
        if any(re.search(rf"\b\d+\s*(?:-|–|to)?\s*(?:\d+\s*)?{u}", sentence, re.I) for u in q.units):
            score *= 1.5  # the question gives a quantity (48 minutes): the rule with thresholds in that unit
        elif "number" in q.kinds and _CUTOFF.search(q.text):
            score *= 0.6  # "what's the cutoff?" after "50 minutes": a sentence with no minutes in it holds no cutoff
    if q.subject and re.search(SHAPES["duration"], sentence, re.I):
        filing, deciding = bool(_FILING.search(sentence)), bool(_DECIDE.search(sentence))
        if q.subject == "member":
            score *= 1.3 if filing and not deciding else 0.75 if deciding and not filing else 1.0
        else:
            score *= 1.3 if deciding and not filing else 0.75 if filing and not deciding else 1.0
    if re.search(r"\b(?:still|currently|anymore|any more|as of now|right now|these days|yet)\b", q.text, re.I) and \
            _CURRENT.search(sentence):
        score *= 1.4  # a question about the current status wants the latest change and its date
    if q.ages and (ranges := _age_ranges(sentence)):
        score *= 1.5 if any(lo <= a <= hi for a in q.ages for lo, hi in ranges) else 0.5
    if "consequence" in q.kinds and _CONSEQUENCE.search(sentence):
        score *= 1.4
    if "steps" in q.kinds and sentence.count(";") >= 1:
        score *= 1.3
    if q.yes_no and _LIMITING.search(sentence):
        score *= 1.15
    return score


def overlap(c: Candidate, q_terms: dict[str, float], heading: set[str] = frozenset()) -> float:
    """Weighted share of the question's words the sentence (and a little its heading) contains."""
    hit = sum(w for t, w in q_terms.items() if t in c.terms)
    hit += 0.5 * sum(w for t, w in q_terms.items() if t in heading and t not in c.terms)
    return hit / math.sqrt(len(c.terms) + 8)


def choose(cands: list[Candidate], headings: dict[int, set[str]], q_weights: dict[str, float],
           parts: list[dict[str, float]], k: int) -> list[Candidate]:
    """The k best sentences: each part's best first, then by score with words already covered counting less."""
    def score(c: Candidate, w: dict[str, float]) -> float:
        return overlap(c, w, headings.get(c.rank, set())) * c.prior * c.fit

    chosen: list[Candidate] = []
    for part in parts:
        best = max(cands, key=lambda c: score(c, part), default=None)
        if best and score(best, part) > 0 and best not in chosen:
            chosen.append(best)
    w = dict(q_weights)
    for c in chosen:
        for t in c.terms & set(w):
            w[t] *= 0.6
    while len(chosen) < k:
        rest = [c for c in cands if c not in chosen and c.text not in {x.text for x in chosen}]
        best = max(rest, key=lambda c: score(c, w), default=None)
        if not best or score(best, w) <= 0:
            break
        chosen.append(best)
        for t in best.terms & set(w):
            w[t] *= 0.6
    first = max(chosen, key=lambda c: c.fit * score(c, q_weights), default=None)
    return ([first] + [c for c in chosen if c is not first]) if first else []


def candidates(passages: list[Passage], q: Question, payers: list[str]) -> list[Candidate]:
    """Every sentence of every passage, with its passage prior and its fit to the question."""
    out, doc_rank = [], {}
    specific = [p for p in payers if p != "all"]
    if "medicare-advantage" in specific:
        specific = ["medicare-advantage"]  # Medicare rules apply to MA plans too, but the MA documents come first
    for rank, p in enumerate(passages):
        doc = doc_rank.setdefault(p.source_id, len(doc_rank))
        prior = (1.25 if p.score > 0 else 1.0) / (1 + 0.3 * doc) / (1 + 0.03 * rank)
        if specific and p.payer != "all":
            prior *= 1.4 if p.payer in specific else 0.6
        for s in sentences(p.text):
            if _ABOUT_DOCUMENT.search(s):
                continue
            out.append(Candidate(rank, s, frozenset(terms(s)), prior, fit(s, q)))
    return out


_IMPERATIVE = re.compile(r"^(?:check|confirm|request|ask|appeal|submit|send|pull|compare|verify|document|give|list|"
                        r"describe|open|explain|state|include|attach|call|file|keep|track|use|write|record|get|"
                        r"obtain|contact|review|identify|show|cite|map|note|quote|add|update|schedule|enclose|resubmit|"
                        r"rebill|correct|find|read|respond|answer|prepare|report|tie|name|make|start|set)\b", re.I)


def list_answer(cands: list[Candidate], passages: list[Passage], headings: dict[int, set[str]],
                q_weights: dict[str, float], k: int) -> list[Candidate]:
    """A steps or elements question: the best sentence, then the items of the best-matching list, in order.

    Lists of instructions ("Check ...", "Request ...") answer a steps question better than lists of definitions.
    """
    def score(c: Candidate) -> float:
        return overlap(c, q_weights, headings.get(c.rank, set())) * c.prior * c.fit

    def list_score(rank: int) -> float:
        items = [_ITEM.sub("", ln.strip()) for ln in passages[rank].text.splitlines() if _ITEM.match(ln.strip())]
        doing = sum(bool(_IMPERATIVE.match(re.sub(r"^\W+", "", i))) for i in items) / max(len(items), 1)
        top = sorted((score(c) for c in by_rank.get(rank, [])), reverse=True)[:3]
        return sum(top) * (0.6 + doing)

    listed = {r for r, p in enumerate(passages) if len(re.findall(r"(?m)^\s*(?:[-•]|\d+[.)])\s+", p.text)) >= 3}
    by_rank: dict[int, list[Candidate]] = {}
    for c in cands:
        by_rank.setdefault(c.rank, []).append(c)
    if not cands or not listed:
        return []
    rank = max(listed, key=list_score)
    items = by_rank.get(rank, [])
    best = max(cands, key=score)
    if not items or max(score(c) for c in items) < 0.4 * score(best):
        return []
    lead = [] if best in items else [best]
    return (lead + items)[:k]
