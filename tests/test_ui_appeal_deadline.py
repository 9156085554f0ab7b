"""The appeal page leads with a deadline that has passed or is close (AppTest, synthetic denials)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_ui_apptest import _go, _ok, _start, data_dir  # noqa: F401  (data_dir is a fixture)


def _denial(days_ago: int, window: int) -> str:
    notice = (dt.date.today() - dt.timedelta(days=days_ago)).strftime("%m/%d/%Y")
    return (f"Northwind Health\nNotice date: {notice}\nReference: NWH-5521\nThe request for outpatient psychotherapy is "
            f"not medically necessary.\nYou may appeal within {window} days of the date of this notice.\n")


@pytest.mark.parametrize("days_ago, window, words", [
    (200, 180, "Deadline passed."),
    (400, 60, "What remains, each with its own clock"),
    (175, 180, "5 days left to file"),
])
def test_the_appeal_page_leads_with_a_passed_or_close_deadline(data_dir, days_ago, window, words):  # noqa: F811
    at = _start()
    _go(at, "Appeal a denial")
    at.text_area(key="appeal_denial").input(_denial(days_ago, window)).run()
    at.button(key="appeal_read").click().run()
    _ok(at)
    assert any(words in w.value for w in at.warning)
