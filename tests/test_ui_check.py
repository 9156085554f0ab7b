"""The Check my notes page and the Draft page's documentation check, headless with Streamlit's AppTest."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "ui" / "app.py")
FIXTURES = Path(__file__).parent / "fixtures"
CHECK_NOTE = (FIXTURES / "audit" / "telehealth_note.txt").read_text(encoding="utf-8")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def data_dir(monkeypatch, tmp_path) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("NECESSITY_DATA_DIR", str(folder))
    monkeypatch.setenv("NECESSITY_KNOWLEDGE_DIR", str(FIXTURES / "knowledge"))
    return folder


def _start() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception and not at.error
    return at


def _html(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_check_page_groups_findings_by_note_with_quote_fix_source_and_csv(data_dir):
    at = _start()
    at.radio(key="nav").set_value("Check my notes").run()
    assert at.button(key="check_go").disabled
    at.text_area(key="check_note_0").input(CHECK_NOTE)
    at.text_input(key="check_payer").input("Medicare")
    at.text_input(key="check_codes").input("90837")
    at.run()
    at.button(key="check_go").click().run()
    assert not at.exception and not at.error
    page = _html(at)
    assert "Will deny" in page and "Time does not fit the code" in page
    assert "In the note: <mark" in page and "2:00-2:41 pm" in page
    assert any(m.value.startswith("**Fix:**") for m in at.markdown)
    assert any(e.label.startswith("Why: CPT individual psychotherapy codes") for e in at.expander)
    assert any("Payer read as Medicare" in i.value for i in at.info)
    [csv] = at.get("download_button")
    assert csv.proto.label.startswith("Download the findings as CSV")
    result = at.session_state["check_result"][1]
    assert {"minutes_code_mismatch", "telehealth_location_missing", "credentials_missing"} <= {f.rule for f in result.findings}


def test_check_page_says_when_the_notes_changed(data_dir):
    at = _start()
    at.radio(key="nav").set_value("Check my notes").run()
    at.text_area(key="check_note_0").input(CHECK_NOTE).run()
    at.button(key="check_go").click().run()
    at.text_area(key="check_note_0").input(CHECK_NOTE + "\nSession 2:00-2:55 pm.").run()
    assert any("changed since the last check" in i.value for i in at.info)


def test_draft_page_shows_the_same_findings_before_drafting(data_dir):
    at = _start()
    at.text_area(key="draft_note_0").input(CHECK_NOTE)
    at.text_input(key="draft_payer").input("Medicare")
    at.text_input(key="draft_codes").input("90837")
    at.run()
    assert not at.exception and not at.error
    assert "Documentation check before you draft" in _html(at)
    at.toggle(key="draft_check_show").set_value(True).run()
    assert "Time does not fit the code" in _html(at)
