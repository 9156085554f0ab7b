"""A real Chroma server, started from the installed package: ingest, ask, re-ingest after one change, stop."""

from __future__ import annotations

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

from tests.conftest import KNOWLEDGE_FIXTURES

CHROMA = Path(sys.executable).parent / "chroma"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMA.is_file(), reason="the chroma CLI is not installed beside this Python")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "server-data"), "--port", str(port),
                             "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"chroma run exited with {proc.returncode}")
                time.sleep(0.5)
        else:
            pytest.fail("the Chroma server did not answer within 60 s")
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # its own process group: the server and nothing else
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_ingest_ask_and_reingest_one_change_through_a_chroma_server(chroma_server, tmp_path, detector):
    from assistant.adapters.embedder import HashEmbedder
    from assistant.service import build_service
    from assistant.settings import Settings

    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_FIXTURES, knowledge)
    settings = Settings(data_dir=tmp_path / "local", chroma_url=chroma_server, llm_base_url="", llm_api_key="")
    service = build_service(settings, detector=detector, embedder=HashEmbedder(), knowledge_dir=knowledge)

    first = service.ingest()
    assert first.added == first.total > 0
    assert not (tmp_path / "local" / "chroma").exists()  # nothing embedded locally: it all went to the server
    answer = service.ask("What does CO-50 mean?")
    assert answer.citations()[0]["source_id"] == "carc-50"

    doc = next(p for p in sorted(knowledge.glob("*.md")) if "carc-50" in p.read_text(encoding="utf-8"))
    doc.write_text(doc.read_text(encoding="utf-8").rstrip() + "\nAdded sentence for the re-ingest test.\n",
                   encoding="utf-8")
    second = service.ingest()
    assert (second.added, second.updated, second.removed) == (0, 1, 0)
    assert second.unchanged == second.total - 1

    other = build_service(settings, detector=detector, embedder=HashEmbedder(), knowledge_dir=knowledge)
    assert other.index.count() == service.index.count()  # a second user sees the same shared index
