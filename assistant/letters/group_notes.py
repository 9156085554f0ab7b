"""Group notes: a record with one entry per member ("T. <PERSON_5> - Hard weekend ...", "<PERSON_2>: quiet today").

A letter is about one client. Other members' entries carry their own risk, medication and history; read as the
client's they make false evidence, and written into the letter they would send another person's health information to
the client's payer. When a note holds entries for two or more people, only the client's entry (and the lines that are
no one's entry: the header, the topic, the group process) is kept. The client is the person a "Client:" / "Member:" /
"Patient:" label names, else the person named most often across the case's notes.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

_PERSON = r"(?:[A-Z]\.\s*)?(<PERSON_\d+>)"
# An entry starts a line with a person and a dash or colon: "T. <PERSON_5> - ...", "<PERSON_2>: ...", "- <PERSON_3> (PHQ-9 14) - ..."
_ENTRY = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?" + _PERSON + r"((?:[ \t]*,[ \t]*(?:[A-Z]\.\s*)?<PERSON_\d+>)*)"
                    r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*[-\u2013\u2014:][ \t]+\S", re.M)
_CLIENT_LABEL = re.compile(r"\b(?:client|patient|member|youth|resident|participant|identified (?:client|patient)|name)\s*:\s*"
                           + _PERSON, re.I)
_MIN_ENTRIES = 3


def _client(notes: Sequence[str]) -> str | None:
    from assistant.letters.letter_view import client_identity  # the person the letter's Re: line names
    if any(_CLIENT_LABEL.search(note) for note in notes):
        return client_identity(notes).get("name")
    counts = Counter(p for note in notes for p in re.findall(r"<PERSON_\d+>", note))
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None  # no one stands out: keep every entry rather than guess
    return top[0][0]


def _entries(note: str) -> list[re.Match]:
    return list(_ENTRY.finditer(note))


def _people(m: re.Match) -> set[str]:
    return {m.group(1)} | set(re.findall(r"<PERSON_\d+>", m.group(2) or ""))


def _only_client(note: str, client: str) -> str:
    entries = _entries(note)
    others = set().union(*(_people(m) for m in entries)) - {client}
    out, pos = [], 0
    for i, m in enumerate(entries):
        start = note.rfind("\n", 0, m.start()) + 1
        out.append(_without(note[pos:start], others))
        end = entries[i + 1].start() if i + 1 < len(entries) else _entry_end(note, m.end())
        end = note.rfind("\n", 0, end) + 1 if i + 1 < len(entries) else end
        if client in _people(m):
            out.append(note[start:end] if _people(m) == {client} else "")
        pos = end
    out.append(_without(note[pos:], others))
    return "".join(out)


def _without(text: str, others: set[str]) -> str:
    """Lines that are no one's entry, less those that name another member ("Absent: D. <PERSON_9>")."""
    return "".join(line for line in text.splitlines(keepends=True) if not any(p in line for p in others))


def _entry_end(note: str, at: int) -> int:
    """The last entry runs to its blank line (or the note's end)."""
    blank = re.compile(r"\n[ \t]*\n").search(note, at)
    return blank.start() + 1 if blank else len(note)


def client_entries(notes: Sequence[str]) -> tuple[str, ...]:
    """Redacted notes -> the same, with other members' entries taken out of group notes."""
    client = _client(notes)
    if client is None:
        return tuple(notes)
    return tuple(_only_client(n, client) if _is_group(n, client) else _without_members(n, client) for n in notes)


# A roll call: "Roll: A / B / C", "Present: A, B, C, D", "In attendance - A; B; C".
_ROSTER = re.compile(r"^[ \t]*(?:roll(?: call)?|present|attendees|attendance|in attendance|attending|members?(?: present)?|"
                     r"participants?(?: present)?|group members?)\b[^\n:\-\u2013]{0,20}[:\-\u2013][^\n]*$", re.I | re.M)


_GROUP = re.compile(r"\bgroups?\b|\bcircle\b|\bmembers\b|\bcohort\b", re.I)
# a family session's attendance names relatives: "Present: <PERSON_1> (mother), <PERSON_2> (stepfather), client"
_KIN_WORD = (r"(?:mother|father|mom|dad|parents?|step\w*|sister|brother|sibling|wife|husband|spouse|partner|"
             r"son|daughter|grand\w+|aunt|uncle|guardian|foster|client|patient)")
_KIN = re.compile(rf"\b{_KIN_WORD}\W{{0,3}}<PERSON_\d+>|<PERSON_\d+>\W{{0,3}}{_KIN_WORD}\b", re.I)


def _without_members(note: str, client: str) -> str:
    """A group note whose roll call names three people or more, the client among them, and that tells the session in
    prose: every sentence that names another member is left out (the roll call too), so the letter keeps the client's
    own lines and the group's topic, never another member's words or health information."""
    roll = {p for m in _ROSTER.finditer(note) for p in re.findall(r"<PERSON_\d+>", m.group())}
    others = roll - {client}
    if len(others) < 2 or not _GROUP.search(note) or _KIN.search(" ".join(m.group() for m in _ROSTER.finditer(note))):
        return note
    out = []
    for line in note.splitlines(keepends=True):
        if not any(p in line for p in others):
            out.append(line)
            continue
        kept = [s for s in re.split(r"(?<=[.!?])\s+", line.rstrip("\n")) if not any(p in s for p in others)]
        if kept:
            out.append(" ".join(kept) + "\n")
    return "".join(out)


def _is_group(note: str, client: str) -> bool:
    """One entry per member, three members or more, the client among them. A transcript or a case conference, where
    the same speakers come back turn after turn, is no group record and keeps every line."""
    people = [m.group(1) for m in _entries(note)]
    if len(people) >= _MIN_ENTRIES and len(set(people)) == len(people) and client in people:
        return True
    # a board in columns or rounds ("One system I used" / "Where it broke" / "Next week"): each member posts once in
    # each block between blank lines, never twice in a row as speakers of a transcript do
    blocks = [[m.group(1) for m in _entries(b)] for b in re.split(r"\n[ \t]*\n", note)]
    blocks = [b for b in blocks if b]
    return len(set(people)) >= _MIN_ENTRIES and client in people and len(blocks) >= 2 and all(len(set(b)) == len(b) >= 2 for b in blocks)
