"""End to end in a real browser: `necessity ui`, Debian's chromium driven by Playwright (never a downloaded one).

Paste a synthetic note, draft offline, open the checklist, approve, export a DOCX and open it with
python-docx. Screenshots go to test-artifacts/ in the project root.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                                 "(apt-get install -y chromium); the browser test never downloads one")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"`necessity ui` exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("`necessity ui` did not become healthy within a minute")


@pytest.fixture
def server(tmp_path):
    """`python -m assistant ui` on a free port with a temp data folder; always stopped, with its children."""
    port = _free_port()
    env = dict(os.environ, NECESSITY_DATA_DIR=str(tmp_path / "data"),
               NECESSITY_KNOWLEDGE_DIR=str(FIXTURES / "knowledge"), NECESSITY_OFFLINE="true")
    log = open(tmp_path / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ui", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(url, proc)
        yield url, tmp_path / "server.log"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the CLI's own group: it and the streamlit it started
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        log.close()


def _settled(page) -> None:
    """Wait until Streamlit has finished the current run (its status widget says so) and expanders opened."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000)
    page.wait_for_timeout(600)


def _shot(page, name: str) -> None:
    page.mouse.move(1, 1)  # no hover tooltip over the page
    _settled(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_paste_draft_offline_review_and_export_docx_in_chromium(server, tmp_path):
    from docx import Document
    from playwright.sync_api import expect, sync_playwright

    url, log_path = server
    note = (FIXTURES / "ui" / "synthetic_note.txt").read_text(encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1800}, accept_downloads=True)
            page.set_default_timeout(90_000)
            expect.set_options(timeout=90_000)  # the first start builds the knowledge index
            page.goto(url)
            expect(page.get_by_role("heading", name="Draft a letter")).to_be_visible()
            expect(page).to_have_title("necessity")
            page.get_by_role("textbox", name="Note 1", exact=True).fill(note)
            page.get_by_role("textbox", name="Payer", exact=True).fill("Aetna")
            codes = page.get_by_role("textbox", name="Requested CPT/HCPCS codes (comma-separated)", exact=True)
            codes.fill("90837")
            codes.press("Tab")
            preview = page.get_by_role("button", name="Redact and preview")
            expect(preview).to_be_enabled()
            preview.click()
            expect(page.get_by_text("Note 1, as it will be sent")).to_be_visible()
            expect(page.locator("mark", has_text="<PERSON_1>").first).to_be_visible()
            _shot(page, "1-redacted-preview")

            page.get_by_role("button", name="Draft the letter").click()
            ready = page.get_by_text("is ready (offline: templates, no model)")
            expect(ready).to_be_visible()
            _settled(page)
            ready.scroll_into_view_if_needed()
            _shot(page, "2-drafted")

            page.get_by_role("button", name="Open Review and export").click()
            expect(page.get_by_role("heading", name="Checklist")).to_be_visible()
            page.get_by_text("Diagnosis: Met").click()
            expect(page.get_by_text("Evidence from the notes:").first).to_be_visible()
            _shot(page, "3-review-checklist")

            page.get_by_role("button", name="Approve this version").click()
            download_button = page.get_by_role("button", name="Download DOCX")
            expect(download_button).to_be_visible()
            expect(page.get_by_role("button", name="Download PDF")).to_be_visible()
            with page.expect_download() as info:
                download_button.click()
            saved = tmp_path / "letter.docx"
            info.value.save_as(saved)
            _shot(page, "4-approved-export")
            assert page.url.rstrip("/") == url  # the URL never carries case data
        finally:
            browser.close()

    text = "\n".join(p.text for p in Document(io.BytesIO(saved.read_bytes())).paragraphs)
    assert "Quentin Halvorsrud" in text and "Dear Clinical Reviewer" in text
    server_log = log_path.read_text(encoding="utf-8", errors="replace")
    for value in ("Halvorsrud", "ZK8830215", "05/21/1979"):
        assert value not in server_log
