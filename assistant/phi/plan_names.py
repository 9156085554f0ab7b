"""Health plans named by their own plan word written as one word ("Harborline Healthplan", "Crestview HealthPlan"),
or after a plan's label and ending in a plan's product ("Plan Martin's Point Generations Advantage"): a payer's name,
which redaction keeps (payers.py reads "... Health Plan" written in two words)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_BRANDS = Path(__file__).resolve().parent / "data" / "payer_brands.txt"

# one to three capitalised words (a brand may run its words together: "SilverLake"), then the plan word
_ONE_WORD_PLAN = re.compile(r"\b(?:[A-Z][A-Za-z]+[ \t]+){1,3}?(?:Healthplan|HealthPlan|HEALTHPLAN)s?\b"
                            r"(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+)?(?=[\s,.;:()]|$)")


def find_one_word_plans(text: str) -> list[tuple[int, int]]:
    """Text -> spans of plans named "<Name> Healthplan" (also "HealthPlan", and a state after "of")."""
    return [(m.start(), m.end()) for m in _ONE_WORD_PLAN.finditer(text)]


@lru_cache(maxsize=1)
def _listed() -> re.Pattern[str]:
    names = [ln.split("#", 1)[0].strip() for ln in _BRANDS.read_text(encoding="utf-8").splitlines()]
    alts = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(filter(None, names), key=len, reverse=True))
    # a name ends where a word ends: the letters of a member ID after it are the ID's ("GeoBlue GBX-7741")
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w+]|-[A-Za-z]*\d)")


def find_listed_plans(text: str) -> list[tuple[int, int]]:
    """Text -> spans of payers named by a brand of their own (data/payer_brands.txt): state programs, students' insurers."""
    return [(m.start(), m.end()) for m in _listed().finditer(text)]


# A plan's label opening a line or a field, then the plan's own name ending in what the plan is sold as: "Plan
# Martin's Point Generations Advantage", "Payer  Harbor Crest Senior Advantage (HMO)", "Coverage: Tidewater Dual
# Complete HMO-SNP". A treatment plan's line ("Plan: increase to weekly") ends in no such word.
_PRODUCT = (r"(?:Medicare[ \t]+)?(?:Advantage|Dual[ \t]+Complete|Dual[ \t]+Advantage|Senior[ \t]+Care|Medicare)"
            r"(?:[ \t]+(?:Plus|Prime|Select|Choice|Value|Premier|HMO|PPO|EPO|PFFS|HMO-POS|HMO-SNP|D-SNP|C-SNP|SNP))*"
            r"(?:[ \t]*\((?:HMO|PPO|EPO|PFFS|HMO-POS|SNP|D-SNP|C-SNP|MAPD|MA-PD)\))?")
_LABELLED_PLAN = re.compile(r"(?:^|[ \t]{2,}|[·|][ \t]*)(?i:plan|payer|insurance|insurer|coverage|health plan|ins\.)[ \t]*[:#-]?[ \t]+"
                            rf"((?:[A-Z][\w'’.&-]*[ \t]+){{1,5}}{_PRODUCT})(?![\w-])", re.M)


def find_labelled_plans(text: str) -> list[tuple[int, int]]:
    """Text -> spans of plans named after a plan's label and ending in a plan's product ("... Advantage")."""
    return [m.span(1) for m in _LABELLED_PLAN.finditer(text)]
