"""National brands and vehicles, kept by redaction: what the whole country shares places nobody.

- A national brand, chain, app or insurer ("State Farm", "DoorDash"): data/national_brands.txt.
- A vehicle's make and model after its model year, its colour or its make ("2019 Subaru Outback", "gray F-150",
  "Honda Fit"), and a make alone after its year or colour ("silver Subaru"): data/vehicles.txt. The plate and the VIN beside them are found by the ID recognizers as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"
_COLOURS = r"(?i:white|black|silver|gr[ae]y|red|blue|green|tan|beige|gold|brown|maroon|burgundy|dark|light)"


def _lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.split("#", 1)[0].strip()]


def _either_case(names: list[str]) -> str:
    """Names -> one alternation matching each as written or in capitals ("SUBARU OUTBACK")."""
    forms = {f for n in names for f in (n, n.upper())}
    return "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    brands = _lines("national_brands.txt")
    rows = [ln.split(":", 1) for ln in _lines("vehicles.txt")]
    makes = _either_case([v.strip() for k, v in rows if k.strip() == "make"])
    models = _either_case([v.strip() for k, v in rows if k.strip() == "model"])
    brand = re.compile(rf"(?<![\w'’-])(?:{_either_case(brands)})(?![\w'’-])")
    vehicle = re.compile(rf"(?<![\w-])(?:(?:(?:19|20)\d{{2}}|{_COLOURS})[ \t]+(?:(?:{makes})[ \t]+)?(?:{models})"
                         rf"|(?:(?:19|20)\d{{2}}|{_COLOURS})[ \t]+(?:{makes})|(?:{makes})[ \t]+(?:{models}))(?![\w-])")
    return brand, vehicle


def find_brands(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of national brands and of vehicles named by make and model."""
    return [(m.start(), m.end()) for pat in _patterns() for m in pat.finditer(text)]
