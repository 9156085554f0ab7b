"""CARC, RARC and MSN code meanings (loaded from codes.yaml) and the denial-reason categories."""

from __future__ import annotations

from pathlib import Path

import yaml

_DATA = yaml.safe_load((Path(__file__).with_name("codes.yaml")).read_text(encoding="utf-8"))

CATEGORIES: tuple[str, ...] = tuple(_DATA["categories"])
NMN, DOCS, LOWER, PROGRESS, FREQ, AUTH, OON, LIMIT, NONCOV, TIMELY, CODING, OTHER = CATEGORIES

CARC: dict[str, str | None] = dict(_DATA["carc"])
RARC: dict[str, str | None] = dict(_DATA["rarc"])
MSN: dict[str, str | None] = dict(_DATA["msn"])
RESTATED_BY_REMARK: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["restated_by_remark"].items()}
DOC_OR_CODING_RARC = {code for code, cat in RARC.items() if cat in (DOCS, CODING)}
# An EOB note that ends on its adjustment code in brackets, after the note's words: "... is not covered. (Code 167)".
# Not a code of another kind named just before it ("place of service (code 11)", "value code", "revenue code").
NOTE_CODE = (r"(?<!service )(?<!POS )(?<!value )(?<!occurrence )(?<!condition )(?<!revenue )(?<!modifier )\(\s*code\s*[:#]?\s*"
             r"(\d{1,3}|[A-Z]\d)\s*\)\s*[.;]?\s*$")
