"""A playback stream on PulseAudio through ``libpulse-simple`` (ctypes; no Qt).

PulseAudio's "simple" API is blocking: :meth:`Stream.write` returns once the samples
are in the server's buffer, which holds about ``latency_ms`` of sound. Call it from a
worker thread (ctypes lets go of the GIL during the call). PipeWire's PulseAudio server
(``pipewire-pulse``, the default on current desktops) speaks the same protocol.

:func:`open_stream` raises :class:`PulseUnavailable` when the library is not installed
or no server answers; that is how a caller learns to use something else.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass

_PLAYBACK = 1  # PA_STREAM_PLAYBACK
_FORMATS = {1: 0, 2: 3, 4: 7}  # bytes per sample -> pa_sample_format_t: U8, S16LE, S32LE
_DEFAULT = 0xFFFFFFFF  # (uint32_t) -1: the server's choice
_LIBRARIES = {"darwin": "libpulse-simple.0.dylib"}


class PulseUnavailable(OSError):
    """No PulseAudio: the library is missing, no server answers, or it refused the stream."""


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint32) for name in ("maxlength", "tlength", "prebuf", "minreq", "fragsize")
    ]


@dataclass(frozen=True)
class Format:
    """Linear PCM, little-endian, interleaved."""

    rate: int
    channels: int
    sample_bytes: int  # 1 (unsigned), 2 or 4 (signed)

    @property
    def frame_bytes(self) -> int:
        return self.channels * self.sample_bytes

    def bytes_for(self, ms: float) -> int:
        """Whole frames lasting about ``ms`` milliseconds (at least one)."""
        return max(1, round(self.rate * ms / 1000)) * self.frame_bytes


_lib: ctypes.CDLL | None = None


def _library() -> ctypes.CDLL:
    global _lib
    if _lib is None:
        try:
            lib = ctypes.CDLL(_LIBRARIES.get(sys.platform, "libpulse-simple.so.0"))
        except OSError as exc:
            raise PulseUnavailable(f"libpulse-simple is not installed ({exc})") from None
        lib.pa_simple_new.restype = ctypes.c_void_p
        lib.pa_simple_new.argtypes = [
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.POINTER(_SampleSpec),
            ctypes.c_void_p,
            ctypes.POINTER(_BufferAttr),
            ctypes.POINTER(ctypes.c_int),
        ]
        for name in ("pa_simple_write",):
            getattr(lib, name).argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_size_t,
                ctypes.POINTER(ctypes.c_int),
            ]
        for name in ("pa_simple_flush", "pa_simple_drain"):
            getattr(lib, name).argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
        lib.pa_simple_free.argtypes = [ctypes.c_void_p]
        lib.pa_simple_free.restype = None
        lib.pa_strerror.restype = ctypes.c_char_p  # from libpulse, which the library links
        lib.pa_strerror.argtypes = [ctypes.c_int]
        _lib = lib
    return _lib


def _message(lib: ctypes.CDLL, error: ctypes.c_int) -> str:
    text: bytes | None = lib.pa_strerror(error.value)
    return text.decode("utf-8", "replace") if text else f"error {error.value}"


class Stream:
    """One playback stream, used by one thread at a time. :meth:`close` it when done."""

    def __init__(self, lib: ctypes.CDLL, handle: int, fmt: Format) -> None:
        self._lib = lib
        self._handle: int | None = handle
        self.format = fmt

    def write(self, data: bytes) -> None:
        """Queue ``data`` (whole frames); blocks while the server's buffer is full."""
        self._call("pa_simple_write", data, len(data))

    def flush(self) -> None:
        """Drop what is queued and not yet played."""
        self._call("pa_simple_flush")

    def drain(self) -> None:
        """Wait until everything queued has been played."""
        self._call("pa_simple_drain")

    def close(self) -> None:
        if self._handle is not None:
            self._lib.pa_simple_free(self._handle)
            self._handle = None

    def _call(self, name: str, *args: object) -> None:
        if self._handle is None:
            raise PulseUnavailable("the stream is closed")
        error = ctypes.c_int(0)
        if getattr(self._lib, name)(self._handle, *args, ctypes.byref(error)) < 0:
            raise PulseUnavailable(_message(self._lib, error))


def open_stream(app_name: str, stream_name: str, fmt: Format, latency_ms: int = 40) -> Stream:
    """A playback stream on the default output. Playback starts once ``latency_ms / 4``
    of sound is queued, so a short sound is not held back. Raises
    :class:`PulseUnavailable`."""
    lib = _library()
    if fmt.sample_bytes not in _FORMATS:
        raise PulseUnavailable(f"{8 * fmt.sample_bytes}-bit samples are not supported")
    spec = _SampleSpec(_FORMATS[fmt.sample_bytes], fmt.rate, fmt.channels)
    attr = _BufferAttr(
        _DEFAULT, fmt.bytes_for(latency_ms), fmt.bytes_for(latency_ms / 4), _DEFAULT, _DEFAULT
    )
    error = ctypes.c_int(0)
    handle = lib.pa_simple_new(
        None,
        app_name.encode("utf-8"),
        _PLAYBACK,
        None,
        stream_name.encode("utf-8"),
        ctypes.byref(spec),
        None,
        ctypes.byref(attr),
        ctypes.byref(error),
    )
    if not handle:
        raise PulseUnavailable(_message(lib, error))
    return Stream(lib, handle, fmt)
