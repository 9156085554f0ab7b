"""Check my notes in a real browser: `necessity ui`, Debian's chromium driven by Playwright (never a downloaded one).

Paste a synthetic note, check it, see the findings grouped by note with the quote highlighted and the rule's
source passage, and download the CSV for a biller. Screenshots go to test-artifacts/ in the project root.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from test_ui_browser import ARGS, CHROMIUM, FIXTURES, _free_port, _wait_healthy
from test_ui_browser import _settled as settled, _shot as shot

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                 "(apt-get install -y chromium); the browser test never downloads one")]
NOTE = (Path(__file__).parent / "fixtures" / "audit" / "telehealth_note.txt").read_text(encoding="utf-8")


@pytest.fixture
def server(tmp_path):
    """`python -m assistant ui` from this checkout (PYTHONPATH), a temp data folder; stopped with its children."""
    port = _free_port()
    env = dict(os.environ, NECESSITY_DATA_DIR=str(tmp_path / "data"), NECESSITY_OFFLINE="true",
               NECESSITY_KNOWLEDGE_DIR=str(FIXTURES / "knowledge"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    log = open(tmp_path / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ui", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(url, proc)
        yield url, tmp_path / "server.log"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        log.close()


def test_check_my_notes_in_chromium_findings_highlight_source_and_csv(server, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    url, log_path = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 2000}, accept_downloads=True)
            page.set_default_timeout(90_000)
            expect.set_options(timeout=90_000)
            page.goto(url)
            expect(page.get_by_role("heading", name="Draft a letter")).to_be_visible()
            page.get_by_text("Check my notes", exact=True).click()
            expect(page.get_by_role("heading", name="Check my notes")).to_be_visible()
            # while the page switches, the Draft page's "Note 1" box can still be in the DOM for a moment
            expect(page.get_by_role("textbox", name="Note 1", exact=True)).to_have_count(1)
            page.get_by_role("textbox", name="Note 1", exact=True).fill(NOTE)
            page.get_by_role("textbox", name="Payer", exact=True).fill("Medicare")
            codes = page.get_by_role("textbox", name="Billing codes for these notes (comma-separated)", exact=True)
            codes.fill("90837")
            codes.press("Tab")
            check = page.get_by_role("button", name="Check the notes")
            expect(check).to_be_enabled()
            check.click()
            expect(page.get_by_text("Time does not fit the code").first).to_be_visible()
            expect(page.locator("mark:visible", has_text="2:00-2:41 pm").first).to_be_visible()
            expect(page.get_by_text("Will deny").first).to_be_visible()
            settled(page)
            shot(page, "check-1-findings")

            page.get_by_text("Why: CPT individual psychotherapy codes").first.click()
            expect(page.get_by_text("Time thresholds for 90832, 90834 and 90837").first).to_be_visible()
            page.get_by_text("Note 1 with the quotes highlighted").click()
            expect(page.get_by_role("region", name="Note 1 with findings highlighted")).to_be_visible()
            shot(page, "check-2-source-and-highlights")

            with page.expect_download() as info:
                page.get_by_role("button", name="Download the findings as CSV (for your biller)").click()
            saved = tmp_path / "findings.csv"
            info.value.save_as(saved)
            assert page.url.rstrip("/") == url  # the URL never carries note text
        finally:
            browser.close()

    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert {"minutes_code_mismatch", "credentials_missing", "telehealth_location_missing"} <= {r["rule"] for r in rows}
    assert all(r["fix"] and r["source_document"] for r in rows)
    server_log = log_path.read_text(encoding="utf-8", errors="replace")
    for value in ("Lindqvist", "4TP8-QW2-HK61", "11/02/1979"):
        assert value not in server_log
