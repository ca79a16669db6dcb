"""backtimer.store.uuids: what uuid.uuid4() gives, without the uuid module."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from backtimer.store.uuids import random_uuid

ROOT = Path(__file__).resolve().parent.parent


def test_a_random_uuid_is_a_version_4_uuid_in_its_usual_form() -> None:
    made = [random_uuid() for _ in range(2000)]
    assert len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # lower case, 8-4-4-4-12


def test_its_random_bits_vary_in_every_place() -> None:
    # the 122 random bits: each hex digit takes several values over many UUIDs
    made = [random_uuid().replace("-", "") for _ in range(500)]
    for i in range(32):
        seen = {text[i] for text in made}
        if i == 12:  # the version
            assert seen == {"4"}
        else:
            assert len(seen) >= 4, (i, seen)


def test_the_history_writer_does_not_import_the_uuid_module() -> None:
    script = (
        "import sys; import backtimer.store.writer, backtimer.store.history; "
        "print('uuid' in sys.modules, 'platform' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
