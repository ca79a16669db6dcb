"""The C allocator of the window's process, told to give large freed blocks back at once.

glibc serves a block of 128 KiB or more with its own ``mmap`` and unmaps it when freed,
but it raises that threshold to the size of any such block freed (up to 32 MiB), after
which large blocks come from the heap and their pages stay with the process when freed.
Start-up frees many large blocks (scaled frames and icons, Qt's conversions, SQLite's
buffers), so the window would keep about 1 MB it no longer uses while a session plays.
A fixed threshold keeps the first behaviour: each large block costs an ``mmap`` and its
page faults, a few tens of microseconds, a few times a second at most.

Only glibc has ``mallopt``; elsewhere (musl, macOS, Windows) this does nothing. No Qt
here: it is called once, after the window's first paint (:mod:`backtimer.startup`).
"""

from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3  # glibc's <malloc.h>
LARGE = 128 * 1024  # glibc's own starting threshold, kept from now on


def return_large_blocks(threshold: int = LARGE) -> bool:
    """Fix glibc's mmap threshold at ``threshold`` bytes; whether it was done."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the process already has
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, threshold))
