"""Random UUIDs (version 4) for sessions, written as ``str(uuid.uuid4())`` writes them.

The standard ``uuid`` module imports ``platform`` (and asks the system its name) for
the machine-based UUIDs BackTimer never makes: about 0.3 MB of Python objects in the
playing window, which writes a session's UUID when it starts. A random UUID is 16
random bytes with its version and variant bits set (RFC 9562, section 5.4).
"""

from __future__ import annotations

import os


def random_uuid() -> str:
    """A new random UUID, lower-case, in its 8-4-4-4-12 form."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 9562's variant (binary 10)
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
