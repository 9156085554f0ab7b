"""`necessity ui`: the workspace in the browser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from assistant.cli.base import cli, fail


@cli.command()
@click.option("--port", default=8501, show_default=True, help="Port on 127.0.0.1.")
def ui(port) -> None:
    """Start the workspace in your browser (Streamlit, on 127.0.0.1 only, usage statistics off)."""
    app = Path(__file__).resolve().parents[2] / "ui" / "app.py"
    if not app.is_file():
        fail(f"The workspace app is missing ({app}). Reinstall with `make setup`.")
    click.echo(f"necessity workspace: http://127.0.0.1:{port}  (Ctrl+C to stop)", err=True)
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
           "--global.developmentMode", "false", "--client.toolbarMode", "minimal"]
    sys.exit(subprocess.call(cmd))
