"""LLM mode against the real local model from `make llm-local` (skipped unless that server answers)."""

from __future__ import annotations

import json
import os
import urllib.request

import pytest

from assistant.records import LetterRequest

URL = os.environ.get("NECESSITY_TEST_LLM_URL", "http://127.0.0.1:8088/v1")


def _model() -> str | None:
    try:
        with urllib.request.urlopen(f"{URL}/models", timeout=2) as r:
            return json.load(r)["data"][0]["id"]
    except (OSError, ValueError, KeyError, IndexError):
        return None


MODEL = _model()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(MODEL is None, reason=f"no local model server at {URL}")]

NOTE = """INTAKE 03/04/2025
Client: Tamsin Okonkwo-Lind   DOB 07/19/1988   Member ID: UHC55120934
Tamsin reports panic attacks 4 times a week since a car accident in 2024; she has stopped driving and missed 5 days of work.
PDSS = 16 on 03/04/2025. C-SSRS screen negative; denies SI/HI.
Diagnosis: F41.0 Panic disorder.
Medication: none. Prior treatment: none.
Plan: weekly CBT with interoceptive exposure, 53-minute sessions for 12 weeks.
Goals: panic attacks 1 or fewer a week; PDSS below 8; driving to work 4 days a week.
"""


def test_one_short_case_in_llm_mode_against_the_local_model(tmp_path, detector):
    from assistant.service import build_service
    from assistant.adapters.embedder import HashEmbedder
    from assistant.settings import Settings
    from tests.conftest import KNOWLEDGE_FIXTURES

    settings = Settings(data_dir=tmp_path / "d", llm_base_url=URL, llm_api_key="local", llm_model=MODEL,
                        llm_timeout_s=900, llm_max_retries=0, llm_max_tokens=1500, llm_revision_rounds=1)
    service = build_service(settings, detector=detector, embedder=HashEmbedder(), knowledge_dir=KNOWLEDGE_FIXTURES)
    request = LetterRequest(letter_type="initial_authorization", payer="Optum", level_of_care="outpatient psychotherapy",
                            notes=(NOTE,), requested={"codes": ["90837"], "frequency": "weekly",
                                                      "sessions_or_units": "12 sessions", "date_range": "12 weeks"})
    draft = service.draft(request)
    assert service.llm_log, "the model was never asked"
    assert not draft.defects, draft.defects           # whichever letter is shown passes the letter checks
    assert not draft.unsupported_claims, draft.unsupported_claims
    assert "F41.0" in draft.letter and draft.letter.count("Sincerely") == 1
    if draft.mode == "offline":  # the model's letter lost on our checks, or the model failed: said why
        assert any("offline" in n for n in draft.notices), draft.notices
