"""SHA-256 without OpenSSL: the same digests as hashlib's, and libcrypto not loaded."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from backtimer.digest import sha256_hex


@pytest.mark.parametrize("data", [b"", b"x", "Rücken".encode(), bytes(range(256)) * 100])
def test_the_digest_is_hashlibs(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_a_digest_loads_no_openssl() -> None:
    probe = (
        "import sys\n"
        "from backtimer.digest import sha256_hex\n"
        "sha256_hex(b'x')\n"
        "from backtimer.ui.single_instance import data_dir_lock, default_name\n"
        "default_name()\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('_hashlib' in sys.modules, 'libcrypto' in maps)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
