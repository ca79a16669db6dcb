"""A private X server (Xvfb) for a test, on a display number that Xvfb picks itself.

``Xvfb -displayfd`` takes the first free display number (its lock file is made
atomically, so two tests starting at once never share a server, nor take a number that
a person's own server holds) and writes the number down the pipe once the server accepts
connections. No number to guess, no polling for the socket.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time

import pytest


class XServer:
    """One Xvfb process; :attr:`display` is its ``:N``. Stop it with :meth:`stop`."""

    def __init__(self, size: str = "1280x800", timeout: float = 30) -> None:
        if shutil.which("Xvfb") is None:
            pytest.skip("needs Xvfb (./dev test installs it)")
        read_end, write_end = os.pipe()
        # -noreset: otherwise the server resets whenever its last client leaves, and a
        # client that connects at that moment (the app after an xdotool call, a second
        # window after the first closed) is refused.
        screen = ["-screen", "0", f"{size}x24", "-nolisten", "tcp", "-noreset"]
        try:
            self.proc = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), *screen],
                pass_fds=(write_end,),
                stderr=subprocess.DEVNULL,
            )
        finally:
            os.close(write_end)
        try:
            self.display = ":" + self._read_number(read_end, timeout)
        except BaseException:
            self.stop()
            raise
        finally:
            os.close(read_end)

    def _read_number(self, fd: int, timeout: float) -> str:
        text = b""
        end = time.monotonic() + timeout
        while not text.endswith(b"\n"):
            left = end - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise AssertionError(f"Xvfb gave no display number in {timeout} s")
            chunk = os.read(fd, 16)
            if not chunk:  # it ended before it was ready
                raise AssertionError(f"Xvfb ended at start (exit code {self.proc.wait(5)})")
            text += chunk
        return text.decode().strip()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
