"""The criteria a denial cites, by name with edition, title and id, and the dimension ratings it quotes.

"MCG Behavioral Health Care Guidelines, 29th Edition: Intensive Outpatient Program (B-906-IOP)", "Aetna Clinical
Policy Bulletin Number 0158: Neuropsychological and Psychological Testing", "LCD L33632 Psychiatry and Psychology
Services", "Medicare Benefit Policy Manual, Chapter 6, Section 70.1", a plan booklet's exclusion: an appeal can only
answer a criterion it can name. LOCUS, CALOCUS-CASII and ASAM dimension ratings are kept so the appeal can answer
each dimension.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.denials import tables as T
from assistant.denials.criteria_named import (ASIDE, agency_notices, caps_lowered, coding_books, coverage_determinations,
                                                foreign_cites, foreign_plan_documents, law_named, numbered_rules, plan_brochures, plan_provisions,
                                                statutes, unlabelled)
from assistant.denials.dimensions import named_dimensions
from assistant.denials.segments import C, R, Segment, asserted

_EDITION = re.compile(r"^,?\s*(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth) [Ee]dition|"
                      r"[Vv]ersion \d+(?:\.\d+)?|[Ee]dition \d+|\(\d{4}\)|\d{4} [Ee]dition)")
_TITLE = re.compile(r'^\s*(?:,|:|–|-)?\s*"([^"]{3,140})"')
# the kind of a claim edit, written in lower case after its name: "NCCI procedure-to-procedure edit", "NCCI PTP edits"
_EDIT_KIND = re.compile(r"^\s*((?:(?:procedure-to-procedure|PTP|column one/column two|mutually exclusive|medically unlikely|"
                        r"add-on code) )?edits?)\b", re.I)
_CODE = re.compile(r"^\s*\((?:ORG|Code|ID|Policy|Guideline|No\.?)?\s*:?\s*#?\s*([A-Z]{1,5}-?[0-9][\w.-]*)\)")
# (a chapter may be named rather than numbered, and the section's title follow in brackets: "Provider Manual, Behavioral
# Health chapter, Section 4.2 (Services Requiring Preauthorization)")
_SECTION = re.compile(r"^,?\s*((?:[A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,4} (?:chapter|part),? (?=Section|Sec\.|§))?(?:(?:Chapter|Ch\.) \d+"
                      r"(?:,? (?:Section|Sec\.|§) ?[\d.]+\w*)?|(?:Section|Sec\.|§) ?[\d.]*\d\w*)(?:\s*\([A-Z][^()]{2,70}\))?)")
_NUMBER = re.compile(r"^\s*(?:\([A-Z]{2,5}\)\s*)?(?:Number|No\.|#)\s*([A-Z]{0,4}[\w.-]*\d[\w.-]*)"
                     r"(?:,\s*([A-Z][\w ,&/'-]{3,80}?)(?=\s*\(|[.;]|$))?")
_LCD = re.compile(r"(?<![\w-])(?:LCD\s*#?\s*)?(L\d{5})\b(?:\s*[,:(–-]?\s*\"?((?:[A-Z][\w'-]*|and|of|for|the)(?: (?:[A-Z][\w'-]*|"
                  r"and|of|for|the|&)){1,7})\"?\)?)?")
# a Medicare contractor's billing and coding article, the LCD's companion: "Billing and Coding Article A56937",
# "the companion article (A57520)", "Article A56937"
_ARTICLE = re.compile(r"(?<![\w-])(?:(?:Billing and Coding|Local Coverage|companion|LCD)\s+)?[Aa]rticle\s*(?:#|No\.?\s*)?\(?\s*"
                      r"(A5\d{4})\b")
_LAWS = [(re.compile(p, re.I), fmt) for p, fmt in T.LAW_CITES]
_PLAN_DOC = re.compile(r"\b((?-i:(?:[A-Z][\w&]*\s+){0,3})(?:(?:benefits?|plan|policy|member|coverage)\s+(?:booklet|handbook|"
                       r"certificate|document|brochure)|Certificate of Coverage|Evidence of Coverage|Summary Plan Description|"
                       r"Schedule of Benefits))\b", re.I)
_WORD = r"(?:[A-Z][\w/-]*|\([A-Z]{2,6}\)|and|of|for|the|&)"
_SUBSET = re.compile(rf"^,\s*([A-Z][\w/-]*(?:[ ,]+{_WORD}){{0,14}}?(?: subset| module)?)"
                     r"(?=\s*[.;]|\s*\((?![A-Z]{2,6}\))|(?<=subset|module),?\s+(?:for|that|to|which|with|when|was|were|is)\b|"
                     r"\s+(?:for|that|to|which|with|when|was|were|is)\b)")
_SECTION_OF = re.compile(r"\"?([A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,4})\"?\s+section of (?:your|the|this)\s*$")
_UNDER = re.compile(r"\bunder\s+(?:the\s+)?\"?([A-Z][\w,&/ -]{2,40}?)\"?(?=[.;,]|\s+(?:so|and|section)\b|$)")
_RATING = re.compile(r"^\s*(?:\|\s*)?(?:Dimension\s+)?((?:[IVX]{1,4}(?:-[AB])?|\d(?:\.\d)?)\.?\s+[A-Z][A-Za-z ,/&()-]{3,70}?)"
                     r"\s*(?:\||\s{2,}|:)\s*(\d(?:\.\d)?)\b")
_COMPOSITE = re.compile(r"\bcomposite(?: score)?\s*(?:of|was|is|:|\||=)?\s*(\d{1,2})\b", re.I)
_INSTRUMENT = re.compile(r"\b(CALOCUS-CASII|CALOCUS|CASII|ECSII|LOCUS|ASAM)\b")


@dataclass(frozen=True)
class Ratings:
    """Dimension ratings a letter quotes from a level-of-care instrument, and its composite score."""

    instrument: str
    dimensions: tuple[tuple[str, str], ...]
    composite: str = ""

    def summary(self) -> str:
        """One line: 'CALOCUS-CASII ratings: I Risk of Harm 2; ...; composite 17'."""
        parts = [f"{name} {score}" for name, score in self.dimensions]
        return f"{self.instrument} ratings: " + "; ".join(parts) + (f"; composite {self.composite}" if self.composite else "")


def _norm(text: str) -> str:
    return " ".join(text.replace("“", '"').replace("”", '"').replace("’", "'").split())


def _grow(name: str, rest: str) -> str:
    """The words written right after a guideline's name -> the name with its number, edition, section, subset, title, code."""
    steps = [(_EDIT_KIND, " {}"), (_NUMBER, None), (_EDITION, ", {}"), (ASIDE, " ({})"), (_SECTION, ", {}"), (_SUBSET, ": {}"), (_TITLE, ": {}"), (_CODE, " ({})")]
    for rx, fmt in steps:
        hit = rx.match(rest)
        if not hit:
            continue
        if fmt is None:
            name += f" Number {hit.group(1)}" + (f": {hit.group(2).strip()}" if hit.group(2) else "")
        else:
            value = hit.group(1).strip().rstrip(",")
            name += f" {value}" if value.startswith("(") else fmt.format(value)
        rest = rest[hit.end():]
    return name


def _extend(name: str, text: str) -> str:
    """A guideline name -> the fullest form the letter writes it in (edition, title, section, code)."""
    tokens = [re.escape(t) for t in re.findall(r"[\w§.&/-]+", name)]
    best = name
    for m in re.finditer(r"(?:\W{1,4}|\s*\([^()]{0,60}\)\s*)".join(tokens), text) if tokens else ():
        rest = text[m.end():]
        # "... System (LOCUS), Version 20", "LOCUS (Level of Care ...), Version 20": the edition after the aside
        aside = re.sub(r"^\)|^\s*\([^()]{0,60}\)(?=\s*,)", "", rest)
        for grown in (_grow(name, rest), _grow(name, aside) if aside != rest else name):
            best = grown if len(grown) > len(best) else best
    return best


# A section heading over the sources ("POLICIES USED FOR THIS REVIEW", "Clinical Criteria Applied"), not a source.
_POLICY_ID = re.compile(r"\b(reimbursement|payment|medical|clinical|coverage|utilization|drug|billing) (?:policy|guideline)\s*"
                        r"(?:#|No\.?|number)?\s*([A-Z]{1,5}-[A-Z0-9]{1,6}(?:[-.][A-Z0-9]{1,6}){0,3}|[A-Z]{0,4}\d{3,6}(?:\.\d+)?)\b"
                        r"(?:,?\s*\"([^\"]{3,80})\")?", re.I)
_HEADING_WORDS = re.compile(r"(?:(?:policies|policy|used|for|this|the|review|criteria|guidelines?|applied|sources?|references?|"
                            r"applicable|laws?|regulations?|authorit(?:y|ies)|legal|"
                            r"clinical|basis|of|our|decision|standards?|and|in|making|"
                            # a worksheet's own heading over its rows: "CRITERIA GRID", "Criteria checklist"
                            r"grid|worksheet|checklist|table|matrix|summary)\W*)+", re.I)


_ED_CUT = re.compile(r"^(.*?\b\d{1,2}(?:st|nd|rd|th)) ed(?:ition|\.)?(?=\W|$)", re.I)


# "PROGRAM'S LOCUS: I-2, II-3", "the Team's ASAM ratings": the provider's own scoring, not a criterion the payer cited.
_PROVIDER_OWN = re.compile(r"^(?:program|team|clinician|provider|facility|hospital|therapist|unit|practice|attending)['\u2019]s\b",
                           re.I)


# the key of a code legend's line before the name ("B1  NCCI procedure-to-procedure edit: ..."): not part of the name
_KEY = re.compile(r"^[A-Z]{1,3}\d{1,4}\s+(?=[A-Z])")


def _named(run: str) -> str | None:
    """A capitalized run -> the guideline name it holds, or None when it names none."""
    run = unlabelled(_KEY.sub("", run))
    if not R["CRITERIA_HEADS"].search(run) or re.match(r"^(?:Policy|Plan|Program|Guidelines?|Criteria)\b", run) \
            or _PROVIDER_OWN.match(run):
        return None
    if R["CRITERIA_NOT"].search(re.sub(r"\b(?:Number|No\.)\s*\w+.*$", "", run)):
        # an all-caps line runs on past the name ("ASAM CRITERIA 3RD ED DIM 1-6 ... LEVEL 2.1"): keep it to the edition
        cut = _ED_CUT.match(run)
        return f"{cut.group(1)} Edition" if cut and R["CRITERIA_HEADS"].search(cut.group(1)) else None
    return None if _HEADING_WORDS.fullmatch(run) else run


def _runs(seg: Segment, letter: str) -> list[str]:
    """Guideline and policy names in one sentence: capitalized runs around a criteria word, LCDs, statutes, plan documents."""
    flat = re.sub(r"\s*\([^()]{0,60}\)", "", caps_lowered(asserted(seg.flat)))  # "LOCUS (Level of Care ...)" names LOCUS once
    asides = [a for a in re.findall(r"\(([^()]{0,80})\)", seg.flat) if R["CRITERIA_HEADS"].search(a)]  # "(ASAM Criteria 3rd ed)"
    text = _norm(asserted(seg.text))  # "Which LCD is it, L12345?": a criterion named only in a question is a guess
    names = [n for r in capital_runs(flat) + [r for a in asides for r in capital_runs(a)] if (n := _named(r))]
    names = [_extend(T.CRITERIA_ALONE.get(n, n), letter) for n in names]
    names += coding_books(text) + plan_brochures(text) + plan_provisions(text)
    names += coverage_determinations(text) + foreign_plan_documents(text) + foreign_cites(text)
    for m in _LCD.finditer(text):  # "LCD L33632 Psychiatry and Psychology Services and the companion ...": not "and the"
        title = re.sub(r"\s+and\s+(?:the\s+)?(?:Billing|Coding|Article|LCD|NCD)\b.*$", "", m.group(2) or "")
        title = re.sub(r"(?:\s+(?:and|of|for|the|&))+$", "", title)
        names.append(f"LCD {m.group(1)}" + (f" {title}" if title else ""))
    names += [f"Billing and Coding Article {a}" for a in _ARTICLE.findall(text)]
    names += [f"NCD {c}" for c in re.findall(r"\bNCD\s*#?\s*(\d{3}(?:\.\d{1,2})?)", text)]
    for m in _POLICY_ID.finditer(text):  # "our reimbursement policy BH-RP-0042, "Time-Based Psychotherapy Services""
        names.append(" ".join(x for x in (m.group(1).lower(), "policy", m.group(2), m.group(3) and f'"{m.group(3)}"') if x))
    defined = [(m.span(), _definition(m)) for m in _DEFINITION.finditer(text)]
    names += [name for _, name in defined]
    for m in _PLAN_DOC.finditer(text):
        if any(a <= m.start() < b for (a, b), _ in defined):
            continue  # the source of a defined term, named with it
        doc = re.sub(r"^(?:(?:in|your|the|our|this|its|see|of|per|under|a|an)\s+)+", "", m.group(1).strip(), flags=re.I)
        parts = [x.group(1).strip() for x in [_SECTION_OF.search(text[:m.start()])] if x]
        parts += [u.group(1).strip() for u in _UNDER.finditer(text)]
        parts += [q for q in re.findall(r'"([^"]{3,80})"', text) if q not in parts]
        names.append(doc + "".join(f": {p}" for p in parts[:2]))
    return names


# A term the plan defines, cited with where it defines it: "the Plan's definition of Medically Necessary (Summary Plan
# Description, Article II)", "the policy's definition of "Custodial Care" and its exclusion of respite care (COC Section 4)",
# "the plan's definition of Medically Necessary in Section 9 of the Summary Plan Description".
_DEFINITION = re.compile(r"\b(plan|policy|contract|certificate|booklet)['\u2019]?s? definitions? of \"?((?-i:[A-Z][\w-]*)(?: (?-i:[A-Z][\w-]*)){0,4})"
                         r"\"?(?: and (?:its|the) ((?:exclusion|limitation) of [a-z][\w -]{2,40}?)(?=\s*\(|[.,;]|$))?(?:\s*\(([^()]{3,80})\)|"
                         r"\s+(?:in|under) ((?-i:(?:Section|Article|Part|Item) [\w.]+) of (?:the |your |its )?(?-i:[A-Z][\w]*(?: [A-Z][\w]*){0,4})))?"
                         r"(?=[\s.,;]|$)",
                         re.I)


def _definition(m: re.Match) -> str:
    """'Plan definition of Medically Necessary and exclusion of maintenance care (SPD Section 8, item 14)'."""
    owner, term, also, source, placed = m.groups()
    source = source or placed
    return f"{owner.capitalize()} definition of {term}" + (f" and {also}" if also else "") + (f" ({source})" if source else "")


def _laws(text: str) -> list[str]:
    """Regulations, statutes and state administrative codes cited by number, as "42 CFR 410.43", "WAC 182-500-0070"."""
    return [fmt.format(*(" ".join(g.split()) for g in m.groups())) for rx, fmt in _LAWS for m in rx.finditer(text)]


def cited_criteria(segs: list[Segment], roles: list[str]) -> tuple[str, ...]:
    """Every guideline, policy, manual section, statute or plan provision the letter names, most specific kept."""
    letter = _norm("\n".join(s.text for s in segs))
    # read across sentence breaks ("Sec. 1862(a)"), but not in rights text, whose rules are about the next appeal
    lines = re.sub(r"[ \t]+", " ", "\n".join(s.text for s in segs))
    decided = _norm(" ".join(s.text for s, role in zip(segs, roles) if role not in ("rights", "carrier")))
    names: list[str] = [law_named(c, lines) for c in _laws(decided)] + statutes(decided) + agency_notices(decided)
    names += numbered_rules(decided) + plan_provisions(decided)  # (a cite wrapped across a table's note lines too)
    for seg, role in zip(segs, roles):
        if role == "carrier":
            continue  # the paper an enclosed notice came in names its own sources (a comment letter's proposed LCD)
        for name in _runs(seg, letter):
            if role == "rights" and _PLAN_DOC.search(name):
                continue  # "see your benefit booklet" in rights text is not a basis of the decision
            if _said_uncited(name, seg.flat):
                continue
            names.append(name)
    words = [set(re.findall(r"[a-z0-9]+", n.lower())) for n in names]
    keep = [n for i, n in enumerate(names)
            if not any(words[i] < words[j] or (words[i] == words[j] and j < i) for j in range(len(names)))]
    return tuple(dict.fromkeys(keep + named_dimensions(decided)))  # after the sources: an instrument's dimensions


# an auditor's or reader's remark that the notice left a source out: "the notice does not name X", "without citing X"
_NOT_CITED = re.compile(r"\b(?:not|never|without|fails? to|failed to)\s+(?:\w+\s+)?(?:name|naming|names|cite|cites|citing|identify|"
                        r"identifies|identifying|list|lists|listing|mention|mentions|mentioning|reference|referencing)\s+"
                        r"(?:the\s+|its\s+|any\s+)?(?-i:[A-Z][\w&'-]*\s+){0,4}$", re.I)  # the owner's name may come first


def _said_uncited(name: str, flat: str) -> bool:
    """True when every place the sentence names the source is right after words saying it was not cited."""
    head = re.escape(name.split()[0])
    spots = [m.start() for m in re.finditer(rf"(?<![\w-]){head}(?![\w-])", flat, re.I)]
    return bool(spots) and all(_NOT_CITED.search(flat[max(0, at - 40):at]) for at in spots)


def ratings(segs: list[Segment]) -> tuple[Ratings, ...]:
    """Dimension ratings quoted in a table of the letter, grouped under the instrument the letter names."""
    instrument = next((m.group(1) for s in segs for m in [_INSTRUMENT.search(s.flat)] if m), "")
    rows, composite = [], ""
    for seg in segs:
        if m := _COMPOSITE.search(seg.flat):
            composite = composite or m.group(1)
            continue
        if (m := _RATING.match(seg.text)) and instrument:
            rows.append((" ".join(m.group(1).split()), m.group(2)))
    return (Ratings(instrument, tuple(rows), composite),) if len(rows) >= 3 else ()


_USED_ON = re.compile(r"(?:\s+(?:on|from|of|dated))?\s+\d{1,2}[/-]\d{1,2}(?:[/-](?:\d{4}|\d{2}))?$")


def capital_runs(flat: str) -> list[str]:
    """Maximal runs of capitalized words, joined by 'of', 'for', 'and', dashes or colons."""
    runs, cur, pending = [], [], []
    for tok in C["TOKEN"].findall(flat) + ["."]:
        if tok[0].isupper() or tok[0] == "§" or (tok[0].isdigit() and cur):
            cur, pending = cur + pending + [tok.rstrip(".,;")], []
            if tok.endswith((".", ",", ";")) and not C["ABBREV"].search(tok):
                runs.append(cur)
                cur = []
        elif cur and (tok.lower() in T.CONNECTORS or (tok.lower() == "the" and pending)):
            pending.append(tok)
        else:
            runs.append(cur)
            cur, pending = [], []
    out = []
    for run in runs:
        while run and (run[0] in T.CRITERIA_LEAD or run[0].lower() in T.CONNECTORS):
            run = run[1:]
        text = re.sub(r"^the\s+", "", re.sub(r"\s+:", ":", " ".join(run)).rstrip(":- "))
        text = _USED_ON.sub("", text)  # "CALOCUS on 4/2/2026": the day it was scored is not part of its name
        out += _split_sources(text) if text else []
    return out


_CONTRACT = re.compile(r"\b(?:Agreement|Contract)$")
_ENDS_ON_HEAD = re.compile(rf"(?:{T.CRITERIA_HEADS})$", re.I)


def _split_sources(text: str) -> list[str]:
    """"LOCUS and the ASAM Criteria" cites two sources, and so does "CPT 2024 Professional Edition and Cigna Reimbursement Policy R-31"; "Substance Use and Co-occurring Disorders" is one title.
    "CALOCUS-CASII and Carelon" (then "clinical policy ..." in lower case): the short name after "and" owns the next
    source, so the instrument stands alone."""
    for m in reversed(list(re.finditer(r" and (?:the )?", text))):
        left, right = text[:m.start()], text[m.end():]
        if _CONTRACT.search(left) and R["CRITERIA_HEADS"].search(right):
            return _split_sources(right)  # "the Participating Provider Agreement and the Provider Manual": a contract is no criterion
        # (a coding book is a source too: "CPT 2024 Professional Edition and Cigna Reimbursement Policy R-31")
        if (R["CRITERIA_HEADS"].search(left) or coding_books(left)) and R["CRITERIA_HEADS"].search(right):
            return _split_sources(left) + [right]
        if _ENDS_ON_HEAD.search(left) and len(right.split()) <= 3 and not re.search(r"\d", right):
            return _split_sources(left)
    return [text]
