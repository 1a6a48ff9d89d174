"""Analysis must give the same reading view in every process, whatever Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json
from tests.pages import make_page
from podreader.formats import parse_bytes
from podreader.library.codec import episode_to_dict
from podreader.text.analysis import analyze
episode = parse_bytes(make_page().encode())
analyze(episode)
print(json.dumps(episode_to_dict(episode), sort_keys=True))
"""


def test_same_result_under_different_hash_seeds() -> None:
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
            cwd=REPO,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
