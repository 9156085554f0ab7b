"""`necessity`: a thin command-line shell over LetterService. Exit code 2 means bad input or set-up.

One module per capability registers its commands on the shared group; `eval` lives in its own module.
"""

from __future__ import annotations

from assistant.cli import audit, criteria, denials, evaluation, letters, privacy, workspace  # noqa: F401 (registers commands)
from assistant.cli.base import cli


def main() -> None:
    """Console entry point."""
    cli(prog_name="necessity")
