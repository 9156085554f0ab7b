"""Claims a question asks us to check: the added and removed lines of a pasted diff, two or more labelled answers
("Assistant A", "Option 2", "Version B"), numbered premises ("P2.", "Step 3:"). Each claim's time limits are set
beside the source sentence about the same thing, and the verdict (which claim agrees, which does not) is said first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.criteria.select import ASKS_REACH, Candidate, overlap
from assistant.criteria.words import terms

_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER_WORDS.update({"fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90})
_NUM = r"\d{1,4}|" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
_FIGURE = re.compile(rf"\b({_NUM})(?:\s*\(\d+\))?[\s-]+(?:calendar |business |working )?(minutes?|hours?|days?|weeks?|"
                     r"months?|years?)\b", re.I)
# "=== Assistant A ===", "Answer 2:", "**Option B**", "[Version 1]": a label on a line of its own or before a colon
_LABEL = re.compile(r"^[ \t]*[=#*>\[(-]*[ \t]*((?:assistant|answer|option|version|tool|response|reply|bot|model|chatbot|"
                    r"colleague|coworker|co-worker|reviewer|draft)[ \t]+(?:[A-Z]|\d{1,2}))\b[ \t]*[=#*\])-]*[ \t]*(?::[ \t]*|$)",
                    re.I | re.M)
_PREMISE = re.compile(r"^[ \t]*((?:P|premise |step |claim )\d{1,2}|C|conclusion)[.:)][ \t]+(.+)$", re.I | re.M)
_DIFF = re.compile(r"^(?:@@ |diff --git |\+\+\+ |--- a/)", re.M)


@dataclass(frozen=True)
class Claim:
    """One checkable statement and the label the asker gave it ("Assistant B", "added", "P2")."""

    label: str
    text: str


def figures(text: str) -> list[tuple[int, str]]:
    """Time figures in a text: 'four months' -> (4, 'month'), '10 days' -> (10, 'day')."""
    out = []
    for m in _FIGURE.finditer(text):
        raw = m.group(1).lower()
        out.append((int(raw) if raw.isdigit() else _NUMBER_WORDS[raw], m.group(2).lower().rstrip("s")))
    return out


def claims_in(text: str) -> list[Claim]:
    """The labelled claims a question sets out for checking, in order; [] when it sets out none."""
    if _DIFF.search(text):
        out = [Claim("added", m.group(1)) for m in re.finditer(r"^\+(?!\+\+)[ \t]*(\S.*)$", text, re.M)]
        out += [Claim("removed", m.group(1)) for m in re.finditer(r"^-(?!--)[ \t]*(\S.*)$", text, re.M)]
        return out if any(c.label == "added" for c in out) else []
    heads = list(_LABEL.finditer(text))
    if len(heads) >= 2:
        out = []
        for i, m in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = text[m.end():end].strip()
            out.append(Claim(m.group(1).strip(), re.split(r"\n\s*\n", body)[0] if body else ""))
        return out
    premises = [Claim(m.group(1).strip(), m.group(2).strip()) for m in _PREMISE.finditer(text)]
    return premises if len(premises) >= 2 else []


def _kind(unit: str) -> str:
    """Minutes measure a session; hours to years measure a time limit. Figures are compared within one kind."""
    return "session" if unit == "minute" else "limit"


def _best(claim: Claim, cands: list[Candidate], weigh) -> Candidate | None:
    """The source sentence that speaks to the same thing as the claim, among those that state a time figure."""
    w, kinds = weigh(claim.text), {_kind(unit) for _, unit in figures(claim.text)}
    timed = [c for c in cands if any(_kind(unit) in kinds for _, unit in figures(c.text))]
    best = max(timed, key=lambda c: overlap(c, w) * c.prior, default=None)
    return best if best is not None and overlap(best, w) > 0 else None


def _said(n: int, unit: str) -> str:
    return f"{n} {unit}{'s' if n != 1 else ''}"


def verdict(text: str, cands: list[Candidate], weigh) -> tuple[str, list[Candidate]]:
    """A line that says which claims agree with the sources and which do not, with '{0}', '{1}' ... where the
    citation of each source sentence used goes; and those sentences. ("", []) when no claim states a figure."""
    agree: dict[str, list[str]] = {}
    differ: dict[str, list[str]] = {}
    used: list[Candidate] = []
    for claim in claims_in(text):
        given = figures(claim.text)
        best = _best(claim, cands, weigh) if given else None
        if best is None:
            continue
        if best not in used:
            used.append(best)
        ref = "{" + str(used.index(best)) + "}"
        source = figures(best.text)
        for n, unit in given:
            same = [s for s in source if s[1] == unit] or [s for s in source if _kind(s[1]) == _kind(unit)]
            if (n, unit) in source:
                agree.setdefault(claim.label, []).append(f"{_said(n, unit)} {ref}")
            elif same:
                differ.setdefault(claim.label, []).append(f"{_said(n, unit)}, where the sources give {_said(*same[0])} {ref}")
    if not agree and not differ:
        return "", []
    return " ".join(_sentences(agree, differ)), used


def _sentences(agree: dict[str, list[str]], differ: dict[str, list[str]]) -> list[str]:
    """'Assistant B agrees with the sources: 4 months [1].' first, then what disagrees and how."""
    def name(label: str) -> str:
        return {"added": "The added (+) lines", "removed": "The removed (-) lines"}.get(label, label)

    right = [label for label in agree if label not in differ]
    out = []
    for label in right:
        verb = {"added": "are correct; they match", "removed": "match"}.get(label, "agrees with")
        out.append(f"{name(label)} {verb} the sources: {'; '.join(agree[label])}.")
    for label, items in differ.items():
        out.append(f"{name(label)} {'do' if label in ('added', 'removed') else 'does'} not: {'; '.join(items)}.")
    return out


_CHECKING = re.compile(r"\b(?:is|are|was|were)\b[^?]{0,120}\b(?:still )?(?:right|correct|accurate|true|valid|current|"
                       r"up to date|the rule)\b|\bis (?:that|this|it) (?:so|right|correct|true)\b", re.I)
_ASKED_FIGURE = re.compile(r"\b(\d{1,3})[\s-]+((?:calendar |business |working )?)(days?|hours?|months?|weeks?|years?)\b", re.I)


def check_line(q, chosen: list[Candidate], number: dict[int, int]) -> str:
    """A question that quotes a figure and asks whether it is right ("14 calendar days - is that still right?"):
    "No" or "Yes" first, when the best sentences give a figure in the same unit."""
    asked, checking = _ASKED_FIGURE.search(q.text), _CHECKING.search(q.text)
    # "is she right that the 180-day rule governs a church plan?" asks whether the rule reaches it, not its figure
    if not asked or not checking or ASKS_REACH.search(q.text):
        return ""
    unit = asked.group(3).lower().rstrip("s")
    # the claim that holds the figure ("the reviewer has up to 90 days", one of several claims told in a sentence) is
    # checked against a sentence about the same thing, not against another rule's figure in the same unit
    claim = {t for t in terms(_claim_around(q, asked)) if not t[:1].isdigit()} - _FIGURE_WORDS
    timed = [c for c in chosen if any(m.group(3).lower().rstrip("s") == unit for m in _ASKED_FIGURE.finditer(c.text))]
    about = sorted((c for c in timed if claim & c.terms), key=lambda c: -len(claim & c.terms))
    for c in about:
        given = [m for m in _ASKED_FIGURE.finditer(c.text) if m.group(3).lower().rstrip("s") == unit]
        if any(m.group(1) == asked.group(1) for m in given):
            return f"Yes: the sources give {asked.group(1)} {asked.group(2)}{unit}s [{number[c.rank]}]."
        if given:
            m = given[0]
            return (f"No: the sources give {m.group(1)} {m.group(2)}{unit}s, not {asked.group(1)} [{number[c.rank]}].")
    return ""


_FIGURE_WORDS = frozenset(terms("day days hour hours month months week weeks year years calendar business working plan plans "
                                "within up has have"))


def _claim_around(q, asked: re.Match) -> str:
    """The claim that holds a checked figure: the reported claim it sits in when the question tells several, else the
    question's sentence around it."""
    figure = asked.group(0)
    told = next((p for p in q.parts if figure in p), "")
    if told:
        return told
    start = max(q.text.rfind(ch, 0, asked.start()) for ch in ".?!\n") + 1
    ends = [e for e in (q.text.find(ch, asked.end()) for ch in ".?!\n") if e >= 0]
    return q.text[start:min(ends) if ends else len(q.text)]
