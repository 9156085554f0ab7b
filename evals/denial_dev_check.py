"""Score assistant.denial on a denials.jsonl file: python evals/denial_dev_check.py GOLD.jsonl [--json]."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.denial import read_denial, to_batch_line  # noqa: E402

SCORER = Path("/work/shared/evalsets/score_denials.py")


def predict(gold_path: Path, out_path: Path) -> int:
    """Write one prediction line per gold letter; returns how many were written."""
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out_path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(to_batch_line(row["id"], read_denial(row["text"]))) + "\n")
    return len(rows)


def main(argv: list[str]) -> int:
    """Predict into a temp file and run the shared scorer on it, passing extra flags through."""
    if len(argv) < 2:
        print("usage: python evals/denial_dev_check.py /work/shared/evalsets/dev/denials.jsonl [--json]")
        return 2
    if not SCORER.exists():
        print(f"scorer not found at {SCORER}; mount /work/shared or edit SCORER in this script")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        predict(Path(argv[1]), pred)
        args = [sys.executable, str(SCORER), argv[1], str(pred), "--examples", "-1", *argv[2:]]
        return subprocess.run(args, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
