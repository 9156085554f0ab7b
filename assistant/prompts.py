"""Versioned prompt and letter templates in prompts/: found by name, rendered with strict variables."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from assistant.errors import ConfigError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_NAME = re.compile(r"^([a-z0-9_]+)\.v(\d+)\.jinja$")


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(PROMPTS_DIR)), undefined=StrictUndefined,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, autoescape=False)


def available() -> dict[str, list[int]]:
    """Template name -> the versions present, oldest first."""
    found: dict[str, list[int]] = {}
    for path in PROMPTS_DIR.glob("*.jinja"):
        m = _NAME.match(path.name)
        if m:
            found.setdefault(m.group(1), []).append(int(m.group(2)))
    return {k: sorted(v) for k, v in found.items()}


def prompt_id(name: str, version: int | None = None) -> str:
    """'draft_letter' -> 'draft_letter.v2' (the newest version unless one is given); unknown names refused."""
    versions = available().get(name)
    if not versions:
        raise ConfigError(f"No prompt template named '{name}' in {PROMPTS_DIR}.")
    if version is not None and version not in versions:
        raise ConfigError(f"Prompt '{name}' has no version {version} (have {versions}).")
    return f"{name}.v{version or versions[-1]}"


def render(name: str, version: int | None = None, **values) -> tuple[str, str]:
    """Template name and values -> (prompt id, rendered text); a missing value fails here, not in a letter."""
    pid = prompt_id(name, version)
    try:
        return pid, _env().get_template(f"{pid}.jinja").render(**values)
    except TemplateNotFound:
        raise ConfigError(f"Prompt template {pid}.jinja is missing from {PROMPTS_DIR}.") from None
