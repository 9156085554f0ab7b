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
DOC_OR_CODING_RARC = {code for code, cat in RARC.items() if cat in (DOCS, CODING)}
