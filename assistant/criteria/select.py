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
from functools import lru_cache

from assistant.criteria.counts import counts_what_is_asked
from assistant.criteria.question import Question
from assistant.criteria.reach import (ANY_PLAN as _ANY_PLAN, APPLIES as _APPLIES, ASKS_REACH, FOLLOWS as _FOLLOWS,
                                      FOR_EVERYONE as _FOR_EVERYONE, LIMITING as _LIMITING, NEXT_LEVEL as _NEXT_LEVEL,
                                      STATES_REACH as _STATES_REACH, weighed_alone)
from assistant.criteria.split import ITEM, sentences
from assistant.criteria.vocab import vocabulary
from assistant.criteria.words import terms
from assistant.records import Passage

SHAPES = {
    "dollar": r"\$\s?\d",
    "duration": r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|sixty|ninety)"
                r"(?:\s*\(\d+\))?[\s-]+(?:calendar |business |working )?(?:days?|months?|hours?|weeks?|years?)\b",
    "date_calc": r"\b\d+(?:\s*\(\d+\))?[\s-]+(?:calendar |business )?(?:days?|months?)\b",
    "year": r"\b(?:19|20)\d\d\b",
    "percent": r"\b\d+(?:\.\d+)?\s*(?:%|percent\b)",
    # how often something recurs: "every other month", "every 30 days", "monthly", "twice a week", "at intervals"
    "frequency": r"\bevery (?:other |\d+ |one |two |three |four |six |twelve |second |third )?(?:days?|weeks?|months?|years?|"
                 r"visits?|sessions?)\b|\b(?:daily|weekly|biweekly|monthly|bimonthly|quarterly|annually|yearly)\b|"
                 r"\bonce (?:a|per|every)\b|\b(?:\d+|one|two|three|twice) (?:times )?(?:a|per) (?:day|week|month|year)\b|\bintervals?\b",
    "number": r"\b\d+(?:[.,]\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|half)\b",
    # a modifier is also named bare after the verb that puts it on a claim: "RHCs and FQHCs use FQ", "bill with GT"
    "code": r"\b(?:9\d{4}|POS\s?\d{2}|\d{2}\b(?= modifier)|modifier \w{2}|[A-Z]{2}-\d{1,3}|CARC \d+|[MN]\d{2,3}|"
            r"[A-Z]\d{2}\.\d|L\d{5}|(?<=use )(?-i:[A-Z][A-Z0-9])|(?<=uses )(?-i:[A-Z][A-Z0-9])|(?<=with )(?-i:[A-Z][A-Z0-9])"
            r"(?! plans?\b))\b",
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
                      r"effective|began|begins)\b[^.;]{0,30}\b20[2-9]\d\b|"
                      # a rule made for good answers "is it still allowed?" as well as a dated change does
                      r"\bpermanently (?:allow|permit|cover|authori[sz]|avail)\w*|\b(?:made|is|are|became) permanent\b|"
                      r"\bindefinitely\b|\bno (?:end|sunset|expiration) date\b", re.I)


@dataclass
class Candidate:
    """One sentence of one retrieved passage, and how well it answers."""

    rank: int          # the passage's position in the retrieved list
    text: str
    terms: frozenset
    prior: float       # passage-level weight: retrieval rank, document order, payer match
    fit: float         # how well the sentence has what the question asks for (shape, whose time limit, ...)


def weights(q_terms: set[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    """Inverse document frequency of each question term over the whole knowledge base; the asker's framing words
    ("is it actually true", "before I post") count for little, rare as they are in the sources."""
    framing = _framing()
    return {t: (0.2 if t in framing else 1.0) * (math.log((n_docs + 1) / (df.get(t, 0) + 0.5)) + 0.5) for t in sorted(q_terms)}


@lru_cache(maxsize=1)
def _framing() -> frozenset[str]:
    return frozenset(t for w in vocabulary()["framing"] for t in terms(w))


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


# "When was the rule published?", "when did the law get signed": the event a date question asks about (its verb's stem)
_EVENT = re.compile(r"\bwhen (?:was|were|did|is|will|has|had)\b[^?.;,]{0,80}?\b(?:get |got |be |been )?([a-z]{4,}?)e?d\b", re.I)


def _event(question: str) -> str:
    """The stem of the verb a date question asks about ("published" -> "publish"), or ""."""
    m = _EVENT.search(question)
    return re.escape(m.group(1).lower()) if m and m.group(1).lower() not in {"need", "us", "requir", "giv"} else ""  # "needed", "used", ...: no event


_VISITS = re.compile(r"\b(?:sessions?|visits?)\s+(?:#\s*|no\.?\s*|number\s+)?(\d{1,3})\b|\b(\d{1,3})(?:st|nd|rd|th)?\s+"
                     r"(?:(?:covered|paid|approved|outpatient|therapy)\s+)?(?:sessions?|visits?)\b", re.I)


def _visit_counts(text: str) -> set[int]:
    """Visit or session numbers a text names: "session 15", "the 20th visit", "after 12 sessions" -> {15, 20, 12}."""
    return {int(m.group(1) or m.group(2)) for m in _VISITS.finditer(text)}


# part kinds that outweigh the question's: "how often" wants a recurrence, "what is the minimum" a figure, "does their
# blowing the deadline give us leverage?" what follows a miss (not the time limit the question around it asks)
_SHAPED = {"frequency", "number", "consequence", "year"}  # "since when?" beside "how many hours?": a year
_CUTOFF = re.compile(r"\b(?:cut-?off|threshold|minimum|maximum|at least|how (?:many|much|long)|limit)\b", re.I)


def fit(sentence: str, q: Question) -> float:
    """How well a sentence has the kind of answer the question asks for (1.0 = neutral)."""
    score, reach = 1.0, ASKS_REACH.search(q.text)
    applies = not reach and _APPLIES.search(q.text)
    for kind in ("dollar", "percent", "date_calc", "duration", "year", "code", "number", "frequency"):
        if kind in q.kinds and not (reach or applies):  # whether a rule reaches a plan asks no figure, even around a deadline
            score *= 1.6 if re.search(SHAPES[kind], sentence, re.I) else 0.6
            break
    if reach and _STATES_REACH.search(sentence):
        score *= 2.0 if (set(terms(reach.group(1))) - _ANY_PLAN) & set(terms(sentence)) else 1.3
    elif applies and _STATES_REACH.search(sentence):
        score *= 1.3
    if _NEXT_LEVEL.search(q.text) and any(m.group(1).lower() in q.text.lower() for m in _FOLLOWS.finditer(sentence)):
        score *= 1.8  # after the ALJ: the level requested "within 60 days of receiving the ALJ decision"
    elif _FOR_EVERYONE.search(q.text) and _STATES_REACH.search(sentence) and _LIMITING.search(sentence):
        score *= 1.5  # "doesn't this say 7 days for everybody?": the sentence that says whom the rule leaves out
    if q.units and "consequence" not in q.kinds and not (reach or applies):
        if any(re.search(rf"\b\d+\s*(?:-|–|to)?\s*(?:\d+\s*)?{u}", sentence, re.I) for u in q.units):
            score *= 1.5  # the question gives a quantity (48 minutes): the rule with thresholds in that unit
        elif "number" in q.kinds and _CUTOFF.search(q.text):
            score *= 0.6  # "what's the cutoff?" after "50 minutes": a sentence with no minutes in it holds no cutoff
    if q.subject and not applies and re.search(SHAPES["duration"], sentence, re.I):
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
    if (places := _places(q.text)) and any(rx.search(sentence) for rx in places):
        score *= 1.5  # "is L33632 the right LCD for Florida?": the rule the sources give for that same state
    if "consequence" in q.kinds and _CONSEQUENCE.search(sentence):
        score *= 1.4
    if (event := _event(q.text)) and re.search(SHAPES["year"], sentence) and re.search(rf"\b{event}\w*", sentence, re.I):
        score *= 1.5  # "when was it published?": the sentence that dates that event, not another date of the rule
    if "steps" in q.kinds and sentence.count(";") >= 1:
        score *= 1.3
    if (counts := _visit_counts(q.text)) and counts & _visit_counts(sentence):
        score *= 1.4  # "we're at session 14 ... past session 15": the rule that counts visits to that same number
    if q.yes_no and _LIMITING.search(sentence):
        score *= 1.15
    if counts_what_is_asked(q.text, sentence):
        score *= 1.5  # "how many classifications?": "the six classifications are ...", not any sentence with a number
    return score


@lru_cache(maxsize=64)
def _places(question: str) -> tuple[re.Pattern, ...]:
    """The US states a question names, as patterns to find them in a source sentence."""
    return tuple(rx for _, rx in vocabulary()["states"] if rx.search(question))


def overlap(c: Candidate, q_terms: dict[str, float], heading: set[str] = frozenset()) -> float:
    """Weighted share of the question's words the sentence (and a little its heading) contains."""
    hit = sum(w for t, w in q_terms.items() if t in c.terms)
    hit += 0.5 * sum(w for t, w in q_terms.items() if t in heading and t not in c.terms)
    return hit / math.sqrt(len(c.terms) + 8)


def choose(cands: list[Candidate], headings: dict[int, set[str]], q_weights: dict[str, float],
           parts: list[dict[str, float]], k: int, part_questions: list[Question] | None = None) -> list[Candidate]:
    """The k best sentences: each part's best first (by the part's own kind when it asks for one: "how often" wants a
    frequency even when the question around it asks for hours), then by score with covered words counting less."""
    def score(c: Candidate, w: dict[str, float], own: Question | None = None) -> float:
        return overlap(c, w, headings.get(c.rank, set())) * c.prior * (fit(c.text, own) if own else c.fit)

    chosen: list[Candidate] = []
    asked = {k for pq in part_questions or [] for k in pq.kinds}
    for i, part in enumerate(parts):
        own = part_questions[i] if part_questions and weighed_alone(set(part_questions[i].kinds), _SHAPED, asked) else None
        best = max(cands, key=lambda c: score(c, part, own), default=None)
        if best and score(best, part, own) > 0 and best not in chosen:
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
        before, carried = "", []
        for s in sentences(p.text):
            # "Both are 50-minute codes. Under the half-time rule, they can be reported once ...": a pronoun that
            # follows a pronoun-led sentence is about what that sentence was about
            carried = (carried if _PRONOUN.match(before) else []) + _subject(s, before) if _PRONOUN.match(s) else []
            if not _ABOUT_DOCUMENT.search(s):
                out.append(Candidate(rank, s, frozenset(terms(s) + carried), prior, fit(s, q)))
            before = s
    return out


_PRONOUN = re.compile(r"^(?:It|They|This|These|Its|Their|Both|Each)\b|^[A-Z][^,;:]{2,80},\s+(?:it|they|these|both|each)\s+(?!of\b)")
_FIRST_VERB = re.compile(r"\b(?:is|are|was|were|may|must|can|cannot|has|have|had|does|do|did|will|would|should|"
                         r"governs?|appl(?:y|ies)|covers?|requires?|means?|uses?|sets?|allows?|lets?)\b", re.I)


def _subject(sentence: str, before: str) -> list[str]:
    """A sentence that opens with a pronoun ("It is not reported with 90839") is about the subject of the sentence
    before it ("+90785 may be added to ..."): that subject's words count as its own."""
    if not before or not _PRONOUN.match(sentence):
        return []
    return terms(_FIRST_VERB.split(before, maxsplit=1)[0])[:4]


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
        items = [ITEM.sub("", ln.strip()) for ln in passages[rank].text.splitlines() if ITEM.match(ln.strip())]
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
