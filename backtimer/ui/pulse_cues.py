"""Sound cues written to PulseAudio from a worker thread (no Qt Multimedia).

:class:`PulseCuePlayer` reads the WAV files once (:meth:`~PulseCuePlayer.load`, a few
milliseconds for the six short files), then hands each cue's samples to a worker thread
that writes them to one playback stream (:mod:`backtimer.ui.pulse_simple`). Nothing on
the UI thread waits for the sound server.

- **Latency.** The stream buffers about 40 ms and starts playing once 10 ms are queued.
- **One sound at a time.** A cue that comes while another sound plays cuts that sound
  off (the newest cue is the one that matters); the sounds are 0.05 to 1.2 s long.
- **Volume and mute** apply to the next sound; muting also drops what is queued.
- **The stream is closed after** ``IDLE_SECONDS`` **without a cue**, so the output
  device can go to sleep between exercises, and opened again (about 1 ms) for the next
  cue.
- **At quit** :meth:`PulseCuePlayer.close` (``cut=True``) stops the worker, so that the
  process can end without the interpreter's teardown (``launch.leave``).
- **Failures.** A WAV that is not 16-bit PCM, or that cannot be read, is left out and
  reported. If the server goes away, the cue is dropped, reported once, and the next cue
  tries again. Each sentence goes through ``unavailable``, at most one in all.
"""

from __future__ import annotations

import queue
import sys
import threading
import wave
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from backtimer.ui.cue_sounds import (
    CuePlayerBase,
    Sound,
    failed_text,
    missing_text,
    sound_files,
)
from backtimer.ui.pulse_simple import Format, PulseUnavailable, Stream, open_stream

APP_NAME = "BackTimer"
STREAM_NAME = "Exercise cues"
CUE_FORMAT = Format(rate=22_050, channels=1, sample_bytes=2)  # tools/make_sounds.py
IDLE_SECONDS = 5.0
CHUNK_MS = 20  # between two chunks the worker looks for a newer cue

Opener = Callable[[Format], Stream]


def open_cue_stream(fmt: Format = CUE_FORMAT) -> Stream:
    """A stream for cues on the default output; raises ``PulseUnavailable``."""
    return open_stream(APP_NAME, STREAM_NAME, fmt)


@dataclass(frozen=True)
class _Play:
    sound: Sound
    pcm: bytes
    format: Format
    volume: float


class _Flush:
    pass


class _Stop:
    pass


_Job = _Play | _Flush | _Stop


def read_wav(path: Path) -> tuple[bytes, Format]:
    """The samples of a 16-bit PCM WAV file, as little-endian bytes; raises ``ValueError``
    for any other kind of file and ``OSError`` if it cannot be read."""
    try:
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2 or w.getcomptype() != "NONE":
                raise ValueError(f"{path.name}: not 16-bit PCM")
            return w.readframes(w.getnframes()), Format(w.getframerate(), w.getnchannels(), 2)
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"{path.name}: {exc}") from None


def scaled(pcm: bytes, volume: float) -> bytes:
    """16-bit little-endian samples times ``volume`` (0..1)."""
    if volume >= 1.0:
        return pcm
    samples = array("h", pcm)
    if sys.byteorder == "big":
        samples.byteswap()
    out = array("h", (int(s * volume) for s in samples))  # (no list: no 1 MB peak)
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


class _Writer(threading.Thread):
    """Takes jobs from a queue and writes them to a stream it opens when needed."""

    def __init__(
        self,
        jobs: queue.Queue[_Job],
        stream: Stream | None,
        opener: Opener,
        failed: Callable[[str], None],
        idle_seconds: float,
    ) -> None:
        super().__init__(name="BackTimer cues", daemon=True)
        self._jobs = jobs
        self._stream = stream
        self._open = opener
        self._failed = failed
        self._idle = idle_seconds
        self._scaled: dict[tuple[Sound, float], bytes] = {}

    def run(self) -> None:
        try:
            while True:
                try:
                    job = self._jobs.get(timeout=self._idle if self._stream else None)
                except queue.Empty:
                    self._close()  # idle: let the device sleep
                    continue
                if isinstance(job, _Stop):
                    self._try(lambda s: s.drain())  # the last sound is heard to its end
                    return
                if isinstance(job, _Flush):
                    self._try(lambda s: s.flush())
                else:
                    self._play(job)
        finally:
            self._close()

    def _play(self, job: _Play) -> None:
        if self._stream is not None and self._stream.format != job.format:
            self._close()
        if self._stream is None:
            try:
                self._stream = self._open(job.format)
            except PulseUnavailable as exc:
                self._failed(str(exc))
                return
        key = (job.sound, job.volume)
        if key not in self._scaled:
            self._scaled = {k: v for k, v in self._scaled.items() if k[1] == job.volume}
            self._scaled[key] = scaled(job.pcm, job.volume)
        pcm = self._scaled[key]
        step = job.format.bytes_for(CHUNK_MS)

        def write(stream: Stream) -> None:
            for start in range(0, len(pcm), step):
                if self._cut_in():
                    stream.flush()
                    return
                stream.write(pcm[start : start + step])

        self._try(write)

    def _cut_in(self) -> bool:
        """A newer cue, or mute, is waiting: cut the playing sound off (a stop is not one:
        the sound is played to its end first)."""
        with self._jobs.mutex:
            waiting = self._jobs.queue[0] if self._jobs.queue else None
        return isinstance(waiting, _Play | _Flush)

    def _try(self, action: Callable[[Stream], None]) -> None:
        if self._stream is None:
            return
        try:
            action(self._stream)
        except PulseUnavailable as exc:
            self._close()
            self._failed(str(exc))

    def _close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None


class PulseCuePlayer(CuePlayerBase):
    """Plays the cue sounds on PulseAudio. ``stream`` is an open stream to start with
    (the one :func:`open_cue_stream` opened to learn that a server answers); ``opener``
    opens the next ones (tests pass stand-ins for both)."""

    _writer_failed = Signal(str)  # from the worker thread; delivered on the UI thread

    def __init__(
        self,
        sounds_dir: Path,
        parent: QObject | None = None,
        *,
        stream: Stream | None = None,
        opener: Opener = open_cue_stream,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._dir = sounds_dir
        self._samples: dict[Sound, tuple[bytes, Format]] = {}
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._writer = _Writer(self._jobs, stream, opener, self._writer_failed.emit, idle_seconds)
        self._loaded = False
        self.last_error = ""
        self._writer_failed.connect(self._on_writer_failed)
        # The worker is stopped with the player, whichever goes first: the object or the app.
        self.destroyed.connect(lambda *_, jobs=self._jobs: jobs.put(_Stop()))

    def load(self) -> None:
        """Read every sound and start the worker. Idempotent."""
        if self._loaded:
            return
        self._loaded = True
        paths, missing = sound_files(self._dir)
        unusable = False
        for sound, path in paths.items():
            try:
                self._samples[sound] = read_wav(path)
            except (OSError, ValueError):
                unusable = True
        if missing:
            self._report(missing_text(missing))
        elif unusable:
            self._report(failed_text())
        self._writer.start()

    def close(self, *, cut: bool = False, timeout: float = 1.5) -> None:
        """Stop the worker once the sound queued has been played (``cut``: at once), and
        close the stream; waits up to ``timeout`` seconds for that."""
        if cut:
            self._jobs.put(_Flush())
        self._jobs.put(_Stop())
        if self._writer.is_alive():
            self._writer.join(timeout)

    @property
    def available(self) -> bool:
        return True  # a server answered when the player was made

    def loaded_sounds(self) -> list[Sound]:
        return list(self._samples)

    def play_sound(self, sound: Sound) -> bool:
        if not self._loaded:
            self.load()
        if self._muted or sound not in self._samples or not self._writer.is_alive():
            return False
        pcm, fmt = self._samples[sound]
        self._jobs.put(_Play(sound, pcm, fmt, self._volume))
        return True

    def _volume_changed(self) -> None:
        if self._muted and self._writer.is_alive():
            self._jobs.put(_Flush())

    @Slot(str)
    def _on_writer_failed(self, detail: str) -> None:
        self.last_error = detail  # the server's words, for someone debugging
        self._report(failed_text())
