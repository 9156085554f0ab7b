"""Score the denial reader on a denials.jsonl file with the shared scorer.

    python evals/denial_dev_check.py GOLD.jsonl [--scorer PATH/score_denials.py] [scorer flags...]

The scorer defaults to score_denials.py in the folder above GOLD's (the evalsets layout), then to
../shared/evalsets/ beside this repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.service import build_service  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def predict(gold_path: Path, out_path: Path) -> int:
    """Write one prediction line per gold letter; returns how many were written."""
    service = build_service()
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out_path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(service.read_denial(row["text"], assisted=False).batch_line(row["id"])) + "\n")
    return len(rows)


def find_scorer(gold: Path, given: Path | None) -> Path | None:
    """The scorer given, else beside the gold file's evalsets folder, else in ../shared/evalsets."""
    for path in (given, gold.resolve().parent.parent / "score_denials.py",
                 REPO.parent / "shared" / "evalsets" / "score_denials.py"):
        if path is not None and path.exists():
            return path
    return None


def main(argv: list[str]) -> int:
    """Predict into a temp file and run the shared scorer on it, passing extra flags through."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path, default=None)
    args, extra = ap.parse_known_args(argv[1:])
    scorer = find_scorer(args.gold, args.scorer)
    if scorer is None:
        print("score_denials.py not found: pass --scorer PATH (it ships in evalsets/ of the shared folder)")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        predict(args.gold, pred)
        cmd = [sys.executable, str(scorer), str(args.gold), str(pred), "--examples", "-1", *extra]
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
