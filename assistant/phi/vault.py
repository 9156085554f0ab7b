"""The local map from placeholders back to original values. It never leaves this machine.

Its repr shows counts only, so an accidental log line or traceback cannot print a value.
"""

from __future__ import annotations

import re

from assistant.records import PLACEHOLDER_WORD

PLACEHOLDER_RE = re.compile(r"<([A-Z]+(?:_[A-Z]+)*)_(\d+)>")
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|miss|mx)\.?\s+", re.I)


def _name_tokens(value: str) -> list[str]:
    """'MAYBERRY, AUGUST T.' -> ['august', 't', 'mayberry']; quotes and parentheses are dropped."""
    value = _HONORIFIC.sub("", value.strip())
    if "," in value:
        last, _, first = value.partition(",")
        value = f"{first} {last}"
    return [t for t in re.split(r"[\s\"“”()]+", value.lower().replace(".", " ")) if t]


def _same_surname(a: str, b: str) -> bool:
    """'ellery-stokes' and 'e-s', 'mayberry' and 'm': a surname and its initials are one person's within a case."""
    if a == b:
        return True
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    if not re.fullmatch(r"[a-z](?:-[a-z])*", short):
        return False
    return short == "-".join(part[:1] for part in full.split("-")) or short == full[:1]


class _Person:
    def __init__(self, tokens: list[str], placeholder: str):
        self.first = tokens[0] if len(tokens) > 1 else None
        self.last = tokens[-1] if len(tokens) > 1 else None
        self.aliases = set(tokens)
        self.placeholder = placeholder

    def matches(self, tokens: list[str]) -> bool:
        if len(tokens) == 1:
            return tokens[0] in self.aliases
        first, last = tokens[0], tokens[-1]
        if self.last is None:
            return first in self.aliases
        if not _same_surname(last, self.last):
            return False
        return self.first is None or first == self.first or (len(first) == 1 and self.first.startswith(first)) \
            or (len(self.first) == 1 and first.startswith(self.first)) or first in self.aliases  # "G. Marsh" then "Glenda Marsh"

    def absorb(self, tokens: list[str]) -> None:
        self.aliases |= set(tokens)
        if len(tokens) > 1:
            if self.last is None:
                self.first, self.last = tokens[0], tokens[-1]
            elif len(self.first or "") == 1 and len(tokens[0]) > 1:
                self.first = tokens[0]


class Vault:
    """Placeholder <-> original value for one case, stable across all of its notes."""

    def __init__(self) -> None:
        self._display: dict[str, str] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._people: list[_Person] = []

    def __repr__(self) -> str:
        return f"Vault({len(self._display)} placeholders)"

    def __len__(self) -> int:
        return len(self._display)

    def _new(self, entity_type: str) -> str:
        word = PLACEHOLDER_WORD.get(entity_type, "ID")
        self._counters[word] = self._counters.get(word, 0) + 1
        return f"<{word}_{self._counters[word]}>"

    def placeholder_for(self, entity_type: str, value: str) -> str:
        """(type, original value) -> its placeholder, reusing one for the same person or value."""
        if entity_type == "NAME":
            return self._person(value)
        key = (entity_type, re.sub(r"\W+", "", value).lower() or value)
        if key not in self._by_key:
            self._by_key[key] = self._new(entity_type)
            self._display[self._by_key[key]] = value
        return self._by_key[key]

    def _person(self, value: str) -> str:
        tokens = _name_tokens(value) or [value.lower()]
        for person in self._people:
            if person.matches(tokens):
                person.absorb(tokens)
                if len(value) > len(self._display[person.placeholder]):
                    self._display[person.placeholder] = value
                return person.placeholder
        placeholder = self._new("NAME")
        self._people.append(_Person(tokens, placeholder))
        self._display[placeholder] = value
        return placeholder

    def original(self, placeholder: str) -> str | None:
        """Placeholder -> the value shown when restoring it, or None when unknown."""
        return self._display.get(placeholder)

    def values(self) -> list[str]:
        """Every original value held (for the outbound guard); never log the result."""
        return list(self._display.values())

    def items(self) -> list[tuple[str, str]]:
        """(placeholder, value) pairs, for the local workspace to store with the case."""
        return list(self._display.items())

    def to_dict(self) -> dict:
        """A plain structure the local workspace can persist with the case."""
        return {"display": dict(self._display), "counters": dict(self._counters),
                "by_key": [[t, k, p] for (t, k), p in self._by_key.items()],
                "people": [[sorted(p.aliases), p.first, p.last, p.placeholder] for p in self._people]}

    @classmethod
    def from_dict(cls, data: dict) -> "Vault":
        """Rebuild a vault saved with to_dict."""
        vault = cls()
        vault._display = dict(data["display"])
        vault._counters = dict(data["counters"])
        vault._by_key = {(t, k): p for t, k, p in data["by_key"]}
        for aliases, first, last, placeholder in data["people"]:
            person = _Person([placeholder], placeholder)
            person.aliases, person.first, person.last = set(aliases), first, last
            vault._people.append(person)
        return vault


def reidentify(text: str, vault: Vault, capitalize_names: bool = False) -> str:
    """Text with placeholders -> text with the original values; unknown placeholders stay as written. For a letter,
    a name the notes wrote all in lower case ("jessamyn orr-takahashi" in a dictation) is written with capitals."""
    def value(m: re.Match[str]) -> str:
        original = vault.original(m.group()) or m.group()
        if capitalize_names and m.group().startswith("<PERSON_"):
            # a roster's "REYES-WHITFIELD, JONAH" is written in a letter as "Jonah Reyes-Whitfield"
            head = re.sub(r"\s+(?:Rm|Room|Bed|Unit|Apt)\.?\s*[\w-]+$", "", re.split(r"\s{2,}", original)[0])  # a column or room caught
            listed = re.fullmatch(r"([A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}),\s*([A-Z][A-Za-z'\u2019-]+(?: [A-Z]\.?)?)", head)
            if listed:
                original = f"{listed.group(2)} {listed.group(1)}".lower()
            if original == original.lower():
                return re.sub(r"(^|[\s'\u2019-])([a-z])", lambda c: c.group(1) + c.group(2).upper(), original)
        return original
    return PLACEHOLDER_RE.sub(value, text)
