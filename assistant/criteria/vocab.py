"""The question vocabulary (question_vocab.yaml): abbreviations, phrases, Spanish words, the programs, payers and
states a question can name, and the topics each payer sets its own rules on, read once."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_VOCAB = Path(__file__).with_name("question_vocab.yaml")


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """The abbreviation, phrase and Spanish tables (question_vocab.yaml)."""
    data = yaml.safe_load(_VOCAB.read_text(encoding="utf-8"))
    return {"abbreviations": {k.lower(): v for k, v in data["abbreviations"].items()},
            "phrases": [(re.compile(p, re.I), v) for p, v in data["phrases"].items()],
            "spanish": [(re.compile(rf"\b(?:{p})\b", re.I), v) for p, v in data["spanish"].items()],
            "foreign_terms": [(re.compile(rf"(?<![^\W\d_])(?:{p})(?![^\W\d_])", re.I), v)
                              for p, v in data.get("foreign_terms", {}).items()],
            # a phrase in another script has no \b around it in every language (Korean glues particles on): letters only
            "foreign_asks": [(re.compile(rf"(?<![^\W\d_])(?:{p})", re.I), v) for p, v in data.get("foreign_asks", {}).items()],
            "foreign_function_words": frozenset(str(w).lower() for w in data.get("foreign_function_words", [])),
            "foreign_notice": re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])[^.?!\n]{0,60}$" % "|".join(
                re.escape(str(w)) for w in data.get("foreign_notice_words", [])), re.I),
            "shorthand": {"words": {str(k).lower(): v for k, v in data["shorthand"]["words"].items()},
                          "units": {str(k).lower(): v for k, v in data["shorthand"]["units"].items()}},
            "general_coverage": data["general_coverage"], "named_law": re.compile(data["named_law"]),
            "law_comparison": re.compile(data["law_comparison"], re.I),
            "families": [[n.lower() for n in family] for family in data.get("payer_families", [])],
            "federal_rules": re.compile(data["federal_rules"], re.I),
            "medicaid_brands": frozenset(n.lower() for n in data.get("medicaid_brands", [])),
            "medicaid_floor": re.compile(data["medicaid_floor"], re.I),
            "medicaid_youth": {"names": re.compile(data["medicaid_youth"]["names"], re.I),
                               "words": data["medicaid_youth"]["words"]},
            "marks": {k.lower(): v for k, v in data.get("program_marks", {}).items()},
            "answering": re.compile(r"[ \t]*[\[(]?(?:%s)[\])]?[ \t]*(?:\([^)]{0,30}\))?[ \t]*:" % "|".join(
                re.escape(s) for s in data.get("answering_speakers", [])), re.I),
            "reply_words": tuple(str(w).lower() for w in data.get("reply_words", [])),
            "framing": frozenset(str(w).lower() for w in data.get("framing_words", [])),
            "capital_words": frozenset(str(w).lower() for w in data.get("capital_words", [])),
            "other_question_phrases": [(re.compile(p, re.I), v) for p, v in data.get("other_question_phrases", {}).items()],
            "code_names": [(re.compile(p, re.I), str(v).split()) for p, v in data.get("code_names", {}).items()],
            "existing_codes": frozenset(str(c).upper() for c in data.get("existing_codes", [])),
            "billing_arrangements": re.compile(data["billing_arrangements"], re.I),
            "named_services": re.compile(data["named_services"], re.I),
            "postal": (re.compile(data["postal"]["before"]), re.compile(data["postal"]["after"])),
            "longer_identifier": re.compile(data["longer_identifier"]),
            "closing_labels": re.compile(data["closing_labels"]),
            "coverage_routes": [re.compile(r"\b%s\b" % re.escape(r).replace(r"\-", "[- ]?"), re.I)
                                for r in data.get("coverage_routes", [])],
            "absent_topics": [{**t, "asks": re.compile(t["asks"], re.I), "covers": re.compile(t["covers"], re.I)}
                              for t in data.get("absent_topics", [])],
            "payer_topics": [(t["name"], re.compile(t["asks"], re.I), re.compile(t["covers"], re.I))
                             for t in data.get("payer_topics", [])],
            **{group: [(e, re.compile(rf"\b{re.escape(e)}\b", re.I)) for e in data[group]]
               for group in ("programs", "payers", "states", "abroad", "proper_names")}}
