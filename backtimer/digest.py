"""SHA-256 in hex, without OpenSSL.

``hashlib`` loads OpenSSL's ``libcrypto`` (3.7 MB of resident memory in the window)
for digests that CPython also implements itself. BackTimer's digests name files,
sockets and sync records; they need SHA-256, not OpenSSL. Like the standard library's
own ``random`` module (which takes ``_sha512``/``_sha2``), this takes CPython's built-in
SHA-256 where there is one, else ``hashlib``'s: the digests are the same.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def _find() -> Callable[[bytes], Any]:
    for name in ("_sha2", "_sha256"):  # CPython 3.12+, 3.11
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


_SHA256 = _find()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data`` in lower-case hex (64 characters)."""
    return str(_SHA256(data).hexdigest())
