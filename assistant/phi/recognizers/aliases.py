"""Names given as other names, and months told relative to now.

An alias list ("AKA: T-Bone, Wade"), a nickname in quotes beside a name ("Stormy ("Storm") P.", ""Coco" (his name for
Colette)"), initials standing for a person in a vignette ("J.D., 41, a roof bolter") name people; "last August",
"since Sept." date a stay or an event. Each is found by its frame, not by a list of names."""

from __future__ import annotations

import re

from assistant.phi.lexicon import JOB_TITLES, MONTH_RE, RELATIONS, ROLE_WORDS
from assistant.records import PhiSpan

_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_ALIAS_LIST = re.compile(rf"\b(?:AKA|A\.K\.A\.|a\.k\.a\.|[Aa]/[Kk]/[Aa]|[Aa]lias(?:es)?|[Aa]lso known as|[Gg]oes by|[Nn]icknames?)\s*(?:[:\-]|[ \t]*\.{{2,}})?\s*[\"“]?"
                         rf"((?:{_NAME}|[A-Z]-?[A-Z][a-z]+)(?:\s*,\s*(?:{_NAME}|[A-Z]-?[A-Z][a-z]+)){{0,4}})")
# the nickname between a given name and a surname or its initial: "Stormy ("Storm") P.", "Beatrice ("Bea") Lowry"
_QUOTED_BESIDE = re.compile(rf"\b({_NAME})\s*\(\s*[\"“]({_NAME})[\"”]\s*\)\s+([A-Z]\.|{_NAME}\b)")
_QUOTED_NAME_FOR = re.compile(rf"[\"“]({_NAME})[\"”]\s*\((?:his|her|their|the family'?s|a) (?:name|nickname|pet name|word) for\b")
# a nickname in quotes after a cue, even an everyday word: 'a/k/a "Tank"', '(known on the unit as "Preacher")'
_QUOTED_AFTER_CUE = re.compile(r"(?:\b(?:AKA|aka|a\.k\.a\.|A\.K\.A\.|[Aa]/[Kk]/[Aa]|also known as|goes by|went by|nicknamed)|"
                               r"\bknown(?:[ \t]+(?:to|by|on|at|around|among)[ \t]+[\w ]{1,25}?)?[ \t]+as)[ \t]*[:-]?[ \t]*"
                               r"[\"“‘']([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)[\"”’']")
# A word, in any case, whose bracket talks about it as a name: "rowan (no last name on file)", "Kit (legal name
# Katherine Doyle)", "Bear (last name Haines)", "lark (prefers; legal ...)"; a quoted word with a relation in its
# bracket is a person too: '"Moose" (cousin)'.
_NAME_TALK = re.compile(r"(?<![\w'’-])[\"“]?([A-Za-z][a-z'’-]+)[\"”]?[ \t]*\((?=[ \t]*(?i:no (?:last|first|sur)[ -]?name|"
                        r"(?:last|first|sur|given|legal|real|full|preferred|nick|birth)[ -]?name|legal\b|prefers\b|goes by\b))")
# a quoted nickname glossed as a full name and who the person is: '[T: "Skip" = Lyle Skipworth, coworker]', '"Nan" is
# Agnes Pell, my grandmother'; a legend's '"Yes" = Strongly Agree' has no relation after it
_QUOTED_EQUALS = re.compile(r"[\"“]([A-Z][a-z'’-]{1,14})[\"”][ \t]*(?:=|:|is|means)[ \t]*%s(?:[ \t]+%s){1,2}[ \t]*,[ \t]*"
                            r"(?:(?:my|his|her|their|our|a|the|pt'?s|client'?s)[ \t]+)?(?i:%s)\b" % (
                                _NAME, _NAME, "|".join(re.escape(w) for w in sorted(RELATIONS + JOB_TITLES + ROLE_WORDS, key=len, reverse=True))))
_QUOTED_RELATION = re.compile(r"[\"“]([A-Z][\w'’-]+)[\"”][ \t]*\((?:%s)\)" % "|".join(RELATIONS))
# a quoted nickname right after the person's role or relation: 'firefighter "Tex"', 'my cousin "Bubba"', 'the foreman "Red"'
_QUOTED_AFTER_ROLE = re.compile(r"\b(?i:%s)[ \t]+[\"“]([A-Z][a-z'’-]{1,14})[\"”]" % "|".join(
    re.escape(w) for w in sorted(RELATIONS + JOB_TITLES + ROLE_WORDS, key=len, reverse=True)))
# a full name, then a bracket of lowercase words in any language ending in one quoted capitalised word: the name the
# person is called by ('Tiyamo Kauage (ol i save kolim em "Tiya")', 'Anna Nowak (mówią na nią "Ania")', 'Ruth Bell
# (we all say "Roo")'); lowercase words only, so a bracket that rates or labels ('(score "High")') is no such gloss
_CALLED_IN_BRACKET = re.compile(rf"\b{_NAME}[ \t]+{_NAME}[ \t]*\((?:[ \t]*[^\W\d_A-Z][^\W\d_]*['’]?[^\W\d_]*){{1,6}}[ \t]*[:,]?[ \t]*"
                                rf"[\"“]({_NAME})[\"”][ \t]*\)")
_RATED = re.compile(r"\((?:[^)]*\b)?(?:score|scored|level|rated|rating|grade|status|risk|priority|category|type|flag|flagged|"
                    r"label|labelled|labeled|marked|result|code|tier)\b")
_NOT_NAMED = frozenset("name names patient client member student child signature print pronouns and or".split())
_INITIALS_AGE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})(?=,\s*\d{1,3}\s*,)")
# Initials engraved on a keepsake stand for the couple or the person it was given to: a ring inscribed "R & Y 2009", a
# locket's 'engraving: "To M. from D."'. Inside the quote after the cue, each capital letter standing alone is one; "I"
# and "A" count only when joined to another letter by "&", "+" or "and" ("A & J"), else they are words ("I love you").
_INSCRIBED = re.compile(r"\b(?i:inscr(?:\.|ibed|iption)?|engraved|engraving|monogram(?:med)?|etched)\b[^\n\"“]{0,24}?[\"“]([^\"”\n]{1,60})[\"”]")
_LONE_CAPITAL = re.compile(r"(?<![\w'’.-])[A-Z]\.?(?![\w'’-])")
_PAIRED = re.compile(r"[ \t]*(?:&|\+|and|\u2665|<3)[ \t]*$|^[ \t]*(?:&|\+|and|\u2665|<3)")


def _inscribed_initials(text: str) -> list[PhiSpan]:
    spans = []
    for m in _INSCRIBED.finditer(text):
        quote, at = m.group(1), m.start(1)
        for c in _LONE_CAPITAL.finditer(quote):
            paired = _PAIRED.search(quote[:c.start()]) or _PAIRED.search(quote[c.end():])
            if c.group()[0] not in "IA" or paired:
                spans.append(PhiSpan(at + c.start(), at + c.start() + 1, "NAME", 0.8, "inscribed"))
    return spans


_RELATIVE_MONTH = re.compile(rf"\b(?:last|this|next|early|late|mid-?|(?:the )?(?:beginning|end|middle) of)\s+{MONTH_RE}(?:\s+(?:19|20)\d\d)?\b", re.I)
_MONTH_STOP = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\.|\s|[,;)\]]|$)")


def find_aliases(text: str) -> list[PhiSpan]:
    spans = []
    for m in _ALIAS_LIST.finditer(text):
        start = m.start(1)
        for part in re.finditer(r"[^,]+", m.group(1)):
            word = part.group(0).strip()
            at = start + part.start() + part.group(0).find(word)
            spans.append(PhiSpan(at, at + len(word), "NAME", 0.85, "alias"))
    for m in _QUOTED_BESIDE.finditer(text):
        spans += [PhiSpan(m.start(g), m.end(g), "NAME", 0.8, "alias") for g in (1, 2, 3) if m.group(g)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.85, "alias") for m in _QUOTED_NAME_FOR.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.85, "alias") for m in _QUOTED_AFTER_CUE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "initials") for m in _INITIALS_AGE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "alias") for m in _NAME_TALK.finditer(text)
              if m.group(1).lower() not in _NOT_NAMED]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "alias") for m in _QUOTED_RELATION.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "alias") for m in _QUOTED_EQUALS.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "alias") for m in _QUOTED_AFTER_ROLE.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "alias") for m in _CALLED_IN_BRACKET.finditer(text)
              if m.group(1).lower() not in RELATIONS and not _RATED.search(m.group())]
    spans += _inscribed_initials(text)
    spans += [PhiSpan(m.start(), m.end(), "DATE", 0.85, "relative_month") for m in _RELATIVE_MONTH.finditer(text)]
    spans += [PhiSpan(m.start(), m.end(), "DATE", 0.8, "month_stop") for m in _MONTH_STOP.finditer(text)]
    return spans
