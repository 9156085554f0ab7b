"""The `necessity redact` command: files, stdin, batches, and every kind of bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NOTE = "Client: Adaeze Kowalczyk  DOB 02/17/1979\nPHQ-9 = 16, weekly CBT, F33.1. Cell (614) 555-0102.\n"


def run(*args, stdin: bytes | None = None, env=None):
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin,
                          capture_output=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def note_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("notes") / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def test_redact_file_prints_redacted_text_and_counts_on_stderr(note_file):
    result = run("redact", str(note_file))
    assert result.returncode == 0, result.stderr
    out, err = result.stdout.decode(), result.stderr.decode()
    assert "Adaeze" not in out and "555-0102" not in out and "PHQ-9 = 16" in out
    assert "NAME 1" in err and "Adaeze" not in err


def test_reveal_prints_values_only_when_asked(note_file):
    assert "Adaeze Kowalczyk" in run("redact", str(note_file), "--reveal").stderr.decode()


def test_redact_reads_stdin_and_prints_json():
    result = run("redact", "-", "--json", stdin=NOTE.encode())
    data = json.loads(result.stdout)
    assert data["counts"]["NAME"] == 1 and "<PERSON_1>" in data["redacted"]


def test_empty_input_exits_2_with_a_clear_message():
    result = run("redact", "-", stdin=b"  \n")
    assert result.returncode == 2 and b"empty" in result.stderr


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    result = run("redact", str(path))
    assert result.returncode == 2 and b"binary" in result.stderr


def test_non_utf8_file_is_decoded_with_a_warning_naming_the_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Client: Zoë Brannigan, PHQ-9 = 12.\n".encode("latin-1"))
    result = run("redact", str(path))
    assert result.returncode == 0
    assert b"latin1.txt is not valid UTF-8" in result.stderr and b"Brannigan" not in result.stdout


def test_batch_writes_offsets_and_reports_bad_lines(tmp_path):
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": NOTE}) + "\nnot json\n" + json.dumps({"id": "c"}) + "\n",
                   encoding="utf-8")
    result = run("redact", "--batch", str(src), "--out", str(dst))
    assert result.returncode == 0
    lines = [json.loads(x) for x in dst.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a"]
    ents = lines[0]["entities"]
    assert all(NOTE[e["start"]:e["end"]] for e in ents)
    assert ents == sorted(ents, key=lambda e: e["start"])
    assert all(a["end"] <= b["start"] for a, b in zip(ents, ents[1:]))
    assert NOTE[ents[0]["start"]:ents[0]["end"]] == "Adaeze Kowalczyk"
    assert b"line 2" in result.stderr and b"c" in result.stderr


def test_demo_runs_on_the_bundled_note():
    data = json.loads(run("demo", "--json").stdout)
    assert data["restored_ok"] and data["counts"]["NAME"] >= 3


@pytest.mark.skipif(not (shutil.which("unshare") and hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="needs root and unshare to drop every network interface")
def test_redaction_works_with_no_network_at_all(note_file):
    """Under `unshare -n` there is no interface at all: any hidden download would fail loudly."""
    cmd = ["unshare", "-n", sys.executable, "-m", "assistant", "redact", str(note_file)]
    result = subprocess.run(cmd, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()[-500:]
    assert b"Adaeze" not in result.stdout
