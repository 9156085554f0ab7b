"""The fuller name of a criterion a denial cites: without a report's label or instruction, with the edition, revision or
id in an aside after it, with a rule's subject, and the coding books and plan brochures a letter names.

"Criteria Used: LOCUS Version 20" names LOCUS Version 20; "Send CALOCUS-CASII update" names CALOCUS-CASII; "... Eating
Disorders Level of Care Criteria (rev. 06/2026)" keeps its revision; "OAC 5160-27 behavioral health services" gives
"OAC 5160-27 (behavioral health services)"; "the AMA CPT 2026 Professional Edition time rules" and "Section 5(e), Mental
health benefits, of the 2026 Northfield Standard Option brochure (RI 73-101)" are criteria too. An instrument's score
is not part of its name (ratings() keeps it). The vocabularies are data: tables/criteria_names.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_TABLE = Path(__file__).with_name("tables") / "criteria_names.yaml"


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return yaml.safe_load(_TABLE.read_text(encoding="utf-8"))


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# a field or column label before the name: "Criteria Used:", "Guideline applied:", "Sources cited -"
_LABEL = re.compile(r"(?:(?:criteria|criterion|guidelines?|polic(?:y|ies)|standards?|sources?|references?|basis|used|"
                    r"applied|cited|reviewed|for|this|the|review|decision|of|clinical|and|UM)[ \t]*)+", re.I)


def unlabelled(run: str) -> str:
    """A capitalized run -> the name it holds without a label before a colon or an instruction's verb in front."""
    head, sep, rest = run.partition(":")
    if sep and rest.strip() and _LABEL.fullmatch(head.strip()):
        run = rest.strip()
    words, lead = run.split(), set(_vocab()["lead_words"])
    while len(words) > 1 and words[0].rstrip(":,-") in lead:
        words.pop(0)
    return " ".join(words).lstrip(":-– ")


# an aside right after a name that holds its edition, revision, id or effective date: "(4th edition, 2023)", "(rev.
# 06/2026)", "(policy no. BH-RP-0114, eff. 01/01/2026)"; not the day it was scored ("(3/4/2026, ...)"). An
# instrument's "(version 20)" stays out: the instrument is cited by its own name (test_denial_nineteenth.py)
ASIDE = re.compile(r"^\s*\(((?:(?:(?!\d{1,2}/\d)[^()]){0,40}?\b)?(?:\d{1,2}(?:st|nd|rd|th) ed(?:ition|\.)|edition|rev(?:ision|ised|\.)|"
                   r"(?:policy )?(?:no\.|number|#)|eff(?:ective|\.))[^()]{0,50})\)", re.I)


def _title(rest: str) -> str:
    """The words right after a rule's number -> its subject ("behavioral health services"), or '' for a sentence."""
    m = re.match(r"[ \t]*(?:[,:–-][ \t]*|\()?([A-Za-z][\w'-]*(?:[ \t]+[A-Za-z][\w'-]*){0,6})\)?[ \t]*(?=[.;]|\n|$)", rest)
    if not m:
        return ""
    words = m.group(1).split()
    stops = set(_vocab()["title_stops"])
    if len(words) < 2 or any(w.lower() in stops for w in words) or words[0].lower() in {"of", "for", "and"}:
        return ""
    return " ".join(words)


def law_named(cite: str, letter: str) -> str:
    """A rule cited by number ("OAC 5160-27") -> with the subject the letter writes right after the number."""
    number = re.escape(cite.split()[-1])
    for m in re.finditer(rf"(?<![\w-]){number}(?![\w-])", letter):
        if title := _title(letter[m.end():]):
            return f"{cite} ({title})"
    return cite


def coding_books(text: str) -> list[str]:
    """'AMA CPT 2026 Professional Edition time rules', 'CPT Assistant': a coding reference a payer cites."""
    v = _vocab()
    books = _alt(v["coding_books"])
    rx = re.compile(rf"(?<![\w-])(AMA\s+)?({_alt(v['coding_sets'])})(?:®|\(R\))?(?:\s+(\d{{4}}))?(?:\s+((?i:{books})(?:\s+(?i:{books}))?))?"
                    rf"(?:\s+(\d{{4}}))?(?:\s+((?i:{_alt(v['coding_rules'])})))?(?![\w-])")
    return [" ".join(g.strip() for g in m.groups() if g) for m in rx.finditer(text) if m.group(4) or m.group(6)]


# a section relied on, with its title after a comma or in brackets: "Section 5(e), Mental health benefits,",
# "Section 10 (definition of medical necessity)"
_SEC = r"(Section\s+[\w.()]*\d[\w.()]*)(?:,\s*([A-Z][^,;()\n]{2,80}?),|\s*\(([^()\n]{3,60})\))?"
_OPENERS = {"The", "Your", "Our", "This", "See", "Per", "Under", "In", "Its", "A", "An"}


def plan_brochures(text: str) -> list[str]:
    """A plan's benefit document named with the plan, its form id or the section relied on -> 'NAME DOC (ID), Section X
    TITLE'. Only named this fully: a bare "your booklet" is the general reader's."""
    docs = _alt(_vocab()["plan_documents"])
    rx = re.compile(rf"(?:\b(?P<sections>{_SEC}(?:,?\s+(?:and\s+)?{_SEC})*)\s+of\s+(?:the|your|its)\s+)?"
                    rf"(?P<owner>(?:\d{{4}}\s+)?(?:[A-Z][\w&'-]*\s+){{1,5}})(?P<doc>(?i:{docs}))\b"
                    r"(?:\s*\((?P<form>[A-Z]{1,4}[\s-]?\d[\w-]*)\))?")
    out = []
    for m in rx.finditer(text):
        sections, owner, doc, form = m.group("sections", "owner", "doc", "form")
        owner = " ".join(w for i, w in enumerate(owner.split()) if i or w not in _OPENERS)
        if not (sections or form) or not owner:
            continue
        parts = [" ".join(f"{s.group(1)} {s.group(2) or s.group(3) or ''}".split()) for s in re.finditer(_SEC, sections or "")]
        out.append(f"{owner} {doc}" + (f" ({form})" if form else "") + "".join(f", {p}" for p in parts))
    return out


def statutes(text: str) -> list[str]:
    """'Welfare and Institutions Code section 14184.402': a statute named by its code and section."""
    rx = re.compile(rf"(?<![\w-])((?:[A-Z][a-z]+\.?,? (?:and |of )?){{1,4}}(?:{_alt(_vocab()['statute_heads'])}))(?:,? (?:[Ss]ection|[Ss]ec\.)\s*|"
                    r"\s*§+\s*)(\d+[A-Z]?(?:[.-]\d+)*[a-z]?(?:\([a-z0-9]{1,4}\))*)")  # "743A.168": a chapter letter
    out = []
    for m in rx.finditer(text):
        words = m.group(1).rstrip(",").split()
        out.append(" ".join(words[1:] if words[0] in _OPENERS else words) + f" section {m.group(2)}")  # "Under ..."
    return out


def agency_notices(text: str) -> list[str]:
    """'DHCS BHIN 21-073', 'APL 22-005': an agency's numbered notice, with the agency when its short name opens the cite."""
    v = _vocab()
    series = _alt(v["notice_series"])
    rx = re.compile(rf"(?:\b({_alt(v['notice_agencies'])})\s+(?:[A-Z][\w-]*\s+){{0,5}})?(?:\(({series})\)|\b({series}))\s*"
                    r"(?:No\.?\s*|#\s*)?(\d{2,4}-\d{2,4})\b")
    return [" ".join(x for x in (m.group(1), m.group(2) or m.group(3), m.group(4)) if x) for m in rx.finditer(text)]


def plan_provisions(text: str) -> list[str]:
    """'Policy, Part 7 - Exclusions, item 37', 'SPD Section 4.3 as amended by SMM 2026-01': a plan document's part relied on."""
    v = _vocab()
    part = rf"(?i:{_alt(v['document_parts'])})\s+[A-Z]?\d+(?:\.\d+)*[a-z]?(?:\([a-z0-9]{{1,4}}\))*"
    short = _alt(v['plan_document_short'])
    # the document may be named in lower case after "your" or "the" ("See your policy, Section 9 - Exclusions and
    # Limitations, item 22"); a part's title may join its words with "and", "of", "or"
    rx = re.compile(rf"(?<![\w-])((?:{short}|(?:(?<=\byour )|(?<=\bthe )|(?<=\bthis ))(?i:{short})),?\s+{part}(?:\s*[-–,]\s*(?:{part}|"
                    r"[A-Z][a-z]+(?: (?:and|of|or|for|the|&) [A-Z][a-z]+| [A-Z][a-z]+){0,4}"
                    r"(?=\s*[,;.)]|$)))*(?:,? as amended by [A-Z]{2,5} [\w-]*\d[\w-]*)?)")
    return [(lambda t: t[0].upper() + t[1:])(" ".join(m.group(1).split())) for m in rx.finditer(text)]


def numbered_rules(text: str) -> list[str]:
    """'Program Rule 9.4(c)', 'Board Rule 12-3': a program's own rule cited by its number, with the word naming its owner."""
    rx = re.compile(rf"(?<![\w-])((?:[A-Z][a-z]+ ){{0,2}}(?:{_alt(_vocab()['rule_heads'])}))\s+(\d+(?:[.-]\d+)*[a-z]?"
                    r"(?:\([a-z0-9]{1,4}\))*)(?![\w-]|\.\d)")
    out = []
    for m in rx.finditer(text):
        words = [w for w in m.group(1).split() if w not in _OPENERS]
        out.append(" ".join(words + [m.group(2)]))
    return out


def foreign_plan_documents(text: str) -> list[str]:
    """'Leistungsübersicht (Table of Benefits) 2025/2026', 'Versicherungsbedingungen, Abschnitt 3.4 "Treatment Guarantee"':
    a plan document an international insurer names in the member's language, with its gloss, plan year, part and title."""
    v = _vocab()
    rx = re.compile(rf"(?<![^\W\d_])({_alt(v['foreign_plan_documents'])})(?![^\W\d_])(\s*\([^()\n]{{3,60}}\))?"
                    r"(\s+\d{4}(?:/\d{2,4})?)?"
                    rf"(,?\s+(?:{_alt(v['foreign_document_parts'])})\s*\d+[\w.]*(?:\s+\"[^\"\n]{{3,60}}\")?)?")
    return [" ".join("".join(g for g in m.groups() if g).split()).rstrip(".") for m in rx.finditer(text)]


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=1)
def _foreign_cite_patterns() -> tuple[list[tuple[re.Pattern[str], str, str]], re.Pattern[str], re.Pattern[str]]:
    v = _vocab()
    articles = [(re.compile(rf"([\u4e00-\u9fff\uac00-\ud7a3]{{1,15}}{re.escape(a['law'])})\s*{re.escape(a['before'])}\s*(\d{{1,4}})\s*"
                            rf"{re.escape(a['after'])}"), a["before"], a["after"]) for a in v["statute_articles"]]
    lead = re.compile(rf"^(?:{_alt(v['statute_lead_words'])})")
    policy = re.compile(rf"(?<![^\W\d_])((?i:{_alt(v['foreign_policy_words'])}))\s+([A-Z]{{1,5}}[-.]?\d[\w.-]*(?<=\w))")
    return articles, lead, policy


def foreign_cites(text: str) -> list[str]:
    """'健康保険法第87条', 'Chính sách GG.1508': a law's article in CJK form, or a plan policy named in another language."""
    articles, lead, policy = _foreign_cite_patterns()
    text = text.translate(_FULL_WIDTH_DIGITS)
    out = [f"{lead.sub('', m.group(1))}{before}{m.group(2)}{after}" for rx, before, after in articles for m in rx.finditer(text)]
    return out + [f"{m.group(1)} {m.group(2)}" for m in policy.finditer(text)]


def coverage_determinations(text: str) -> list[str]:
    """'Local Coverage Determination (LCD)': Medicare's coverage rule named by kind only, when no number is given."""
    if re.search(r"\b[LN]\d{5}\b|\bNCD\s*#?\s*\d", text):
        return []
    return [f"{m.group(1).title()} Coverage Determination ({m.group(1)[0].upper()}CD)"
            for m in re.finditer(r"\b(Local|National) Coverage Determination\b", text, re.I)]



_CAPS_WORD = re.compile(r"(?<![\w'-])[A-Z]+(?![\w'-])")


def caps_lowered(flat: str) -> str:
    """A sentence typed all in capitals -> the words that never sit inside a criterion's name in lower case (other text
    unchanged), so a capitalized run stops at them instead of running over the whole sentence."""
    letters = [c for c in flat if c.isalpha()]
    if len(letters) < 20 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return flat
    breaks = set(_vocab()["caps_breaks"])
    return _CAPS_WORD.sub(lambda m: m.group(0).lower() if m.group(0) in breaks else m.group(0), flat)
