"""Denials read from the command line and appeals that answer every reason, with rights and a deadline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.records import LetterRequest

DENIALS = Path(__file__).parent / "fixtures" / "denials"
NOTE = """CONTINUED CARE NOTE 06/02/2025
Client: Tomasz Okonkwo-Reyes   DOB 04/11/1988   Member ID: BCX55102938
Dx: F33.1 Major depressive disorder, recurrent, moderate; F41.1 Generalized anxiety disorder.
PHQ-9 = 21 on 03/03/2025 and 14 on 06/02/2025. GAD-7 = 12.
C-SSRS screen negative today; denies SI/HI.
Missed 5 workdays in May; stopped attending his son's games.
Plan: weekly CBT, 53-minute sessions (90837), 12 more sessions; goal PHQ-9 below 10 for 4 weeks.
Prior treatment: none. Medication: sertraline 100 mg (PCP).
"""
DENIAL = """Blue Cross Blue Shield
Notice date: 06/20/2025
Re: Claim 55102-9918
We reviewed the request for continued outpatient psychotherapy (90837). The records do not show
measurable progress toward the treatment goals, and the service is not medically necessary under our
behavioral health criteria. You may appeal within 180 days of the date of this notice.
"""


def _request(**kw):
    base = dict(letter_type="appeal", payer="", level_of_care="outpatient psychotherapy", notes=(NOTE,),
                requested={"codes": ["90837"], "frequency": "weekly", "sessions_or_units": "12 sessions",
                           "date_range": "12 weeks"}, denial_text=DENIAL)
    base.update(kw)
    return LetterRequest(**base)


def test_every_reason_gets_its_own_section_and_no_unsupported_claims(small_kb):
    result = small_kb.appeal(_request())
    reasons = [r.category for r in result.reading.reasons]
    assert {"no_progress_or_maintenance", "not_medically_necessary"} <= set(reasons)
    letter = result.draft.letter
    for heading in result.sections:
        assert heading.split(":")[0].upper() in letter.upper()
    assert result.draft.unsupported_claims == ()
    assert "F33.1" in letter and "PHQ-9" in letter and "Tomasz Okonkwo-Reyes" in letter
    assert "<PERSON_" not in letter


def test_appeal_states_rights_deadline_and_offers_wording_and_a_p2p_sheet(small_kb):
    result = small_kb.appeal(_request())
    letter = result.draft.letter
    assert "full and fair review" in letter and "external review" in letter and "comparative analysis" in letter
    assert "180 days" in result.deadline_text and "12/17/2025" in result.deadline_text and "12/17/2025" in letter
    for options in result.alternatives.values():
        assert 2 <= len(options) <= 3 and all(o.strip() for o in options)
    assert 5 <= len(result.peer_to_peer) <= 8
    assert any("PHQ-9" in p for p in result.peer_to_peer)


def test_medicare_appeal_names_the_medicare_route(small_kb):
    text = (DENIALS / "medicare_redetermination_qic.txt").read_text()
    result = small_kb.appeal(_request(payer="Medicare", denial_text=text))
    assert "Qualified Independent Contractor" in result.draft.letter


def test_text_that_is_not_a_denial_is_reported(small_kb):
    with pytest.raises(InputError, match="does not look like a denial"):
        small_kb.appeal(_request(denial_text=(DENIALS / "receipt_not_denial.txt").read_text()))


def test_denial_phi_never_reaches_the_model(tmp_path, detector):
    from assistant.adapters.embedder import HashEmbedder
    from assistant.service import build_service
    from assistant.settings import Settings
    from evals.openai_stub import OpenAIStub
    from tests.conftest import KNOWLEDGE_FIXTURES

    with OpenAIStub(["too short"]) as stub:
        settings = Settings(data_dir=tmp_path / "d", llm_base_url=stub.url, llm_api_key="k", llm_max_retries=0)
        service = build_service(settings, detector=detector, embedder=HashEmbedder(), knowledge_dir=KNOWLEDGE_FIXTURES)
        result = service.appeal(_request())
        sent = stub.sent_text()
    assert stub.bodies and "Okonkwo" not in sent and "55102-9918" not in sent and "BCX55102938" not in sent
    assert result.draft.mode == "offline"  # the junk reply was refused


def _cli(*args, tmp_path):
    env = dict(os.environ, NECESSITY_DATA_DIR=str(tmp_path / "d"))
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, env=env, timeout=300)


def test_denial_cli_reads_a_file_and_a_batch(tmp_path):
    data = json.loads(_cli("denial", str(DENIALS / "uhc_remittance_codes_only.txt"), "--json", tmp_path=tmp_path).stdout)
    assert data["is_denial"] and data["denial_reasons"]
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": DENIAL}) + "\nbroken\n")
    result = _cli("denial", "--batch", str(src), "--out", str(dst), tmp_path=tmp_path)
    line = json.loads(dst.read_text().splitlines()[0])
    assert set(line) == {"id", "payer", "denial_reasons", "criteria_cited", "appeal_deadline_days", "review_level",
                         "expedited_available"}
    assert line["appeal_deadline_days"] == 180 and b"line 2" in result.stderr


def test_denial_cli_says_when_text_is_not_a_denial(tmp_path):
    out = _cli("denial", str(DENIALS / "receipt_not_denial.txt"), tmp_path=tmp_path).stdout.decode()
    assert "does not look like a denial" in out
