"""Payer names and their short names, Medicare Advantage words and empty-coverage answers (loaded from payers.yaml)."""

from __future__ import annotations

from pathlib import Path

import yaml

_DATA = yaml.safe_load((Path(__file__).with_name("payers.yaml")).read_text(encoding="utf-8"))

# (pattern, short name) in the order listed: the first listed wins when two are named at the same place.
PAYERS: tuple[tuple[str, str], ...] = tuple(("|".join(p["patterns"]), p["name"]) for p in _DATA["payers"])
MEDICARE_ADVANTAGE = "|".join(_DATA["medicare_advantage"])
NO_COVERAGE_VALUE = "(?:" + "|".join(_DATA["no_coverage_values"]) + ")"
