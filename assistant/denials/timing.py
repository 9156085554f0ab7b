"""How much time is left to answer a denial, and what remains once the filing deadline has passed.

When the deadline is close, the days left lead the page. When it has passed, the page says so first and lists what
is still possible (a good-cause late filing request, external review where still open, a new request or claim, a
complaint to the regulator), each with its own clock (tables/late_routes.yaml).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml

from assistant.criteria.retrieve import payer_slugs

_ROUTES = Path(__file__).with_name("tables") / "late_routes.yaml"
State = Literal["open", "close", "passed", "unknown"]


@dataclass(frozen=True)
class Route:
    """One thing still possible after the deadline, and its own clock."""

    name: str
    how: str
    clock: str


@dataclass(frozen=True)
class TimeStatus:
    """Where the member stands against the filing deadline today."""

    state: State
    days_left: int | None
    last_day: dt.date | None
    headline: str
    routes: tuple[Route, ...] = field(default_factory=tuple)

    def lines(self) -> list[str]:
        """The headline, then one line per remaining route (for the CLI and the workspace)."""
        return [self.headline] + [f"- {r.name}: {r.how} Clock: {r.clock}" for r in self.routes]


@lru_cache(maxsize=1)
def _table() -> dict:
    return yaml.safe_load(_ROUTES.read_text(encoding="utf-8"))


def coverage_type(payer: str | None) -> str:
    """Payer name -> medicare | medicare-advantage | medicaid | commercial, which decides the rights."""
    slugs = payer_slugs(payer or "")
    return next((kind for kind in ("medicare-advantage", "medicaid", "medicare") if kind in slugs), "commercial")


def _service_dates(dates: tuple[str, ...]) -> list[dt.date]:
    out = []
    for raw in dates:
        for fmt in ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%B %d, %Y", "%b %d, %Y"):
            try:
                out.append(dt.datetime.strptime(raw.strip(), fmt).date())
                break
            except ValueError:
                continue
    return out


def routes_after_deadline(coverage: str, level: str, dates_of_service: tuple[str, ...] = (),
                          today: dt.date | None = None) -> tuple[Route, ...]:
    """What remains for this coverage type after a missed deadline at this review level."""
    table, today = _table()["routes"], today or dt.date.today()
    dos = _service_dates(dates_of_service)
    first = min(dos) if dos else None
    fill = ""
    if first and not (first.month == 2 and first.day == 29):
        limit = first.replace(year=first.year + 1)
        fill = (f" (for the earliest date of service here, {first:%m/%d/%Y}: by {limit:%m/%d/%Y}"
                + (", already passed)" if limit < today else f", {(limit - today).days} days from today)"))
    out = []
    for row in table.get(coverage, table["commercial"]):
        if row.get("levels") and level not in row["levels"]:
            continue
        out.append(Route(row["name"], " ".join(row["how"].split()), row["clock"].replace("{dos_plus_12_months}", fill)))
    return tuple(out)


def time_status(last_day: dt.date | None, coverage: str, level: str, dates_of_service: tuple[str, ...] = (),
                today: dt.date | None = None) -> TimeStatus:
    """The filing deadline against today: open, close (days left lead), passed (what remains), or unknown."""
    today = today or dt.date.today()
    if last_day is None:
        return TimeStatus("unknown", None, None, "The notice states no filing deadline: ask the payer for it in "
                                                 "writing, and file as soon as you can.")
    left = (last_day - today).days
    if left < 0:
        ago = -left
        return TimeStatus("passed", left, last_day,
                          f"The filing deadline passed {ago} day{'s' * (ago != 1)} ago (last day {last_day:%m/%d/%Y}). "
                          "What remains, each with its own clock:",
                          routes_after_deadline(coverage, level, dates_of_service, today))
    if left == 0:
        return TimeStatus("close", 0, last_day, f"Today ({last_day:%m/%d/%Y}) is the last day to file. Send the "
                                                "appeal today by a method that records the date received.")
    if left <= _table()["close_days"]:
        return TimeStatus("close", left, last_day, f"{left} day{'s' * (left != 1)} left to file: the last day is "
                                                   f"{last_day:%m/%d/%Y}. Send it by a method that records receipt.")
    return TimeStatus("open", left, last_day, f"{left} days left to file (last day {last_day:%m/%d/%Y}).")
