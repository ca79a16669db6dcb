"""Optional spoken cues (QtTextToSpeech), kept in a child process.

Why a process and not a QThread: creating the ``speechd`` engine blocks for about 2 s
with no audio output, and a second engine can block for good. Measured here, PySide6
holds the GIL for the whole ``QTextToSpeech(...)`` constructor, so a worker *thread*
would still freeze every Python slot on the UI thread (the session clock included) for
as long as the engine blocks, and a hung QThread can neither be stopped nor destroyed
("QThread: Destroyed while thread is still running" aborts the app at quit). A child
process shares no GIL, and a hung one is simply killed.

:class:`Voice` (UI side) starts ``python -m backtimer.ui.voice --engine NAME`` with
:class:`QProcess` (asynchronous: :meth:`Voice.start` returns at once) and a QTimer
deadline. The child creates the engine and reports ``ready`` or ``failed`` as JSON
lines on stdout; the parent sends ``say``/``voice``/``volume`` commands on stdin.
On timeout, error or an unexpected exit the child is killed and ``failed(str)`` is
emitted once, and the player falls back to the tones. On quit (``aboutToQuit``) or
:meth:`Voice.stop` the child is killed, never waited for; the child also dies with its
parent (Linux ``PR_SET_PDEATHSIG``, and stdin end-of-file everywhere) so none is left.

Frozen builds (PyInstaller) have no ``python -m``: they run ``<app> --voice-server``,
and the application's ``main`` must hand that over to :func:`serve`.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QProcess,
    QProcessEnvironment,
    QTimer,
    Signal,
    Slot,
)

FROZEN_FLAG = "--voice-server"


_log = logging.getLogger(__name__)


def default_command() -> list[str]:
    """How to start the voice child: ``python -m backtimer.ui.voice`` (or the frozen app)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-m", "backtimer.ui.voice"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Voice", text)


class VoiceState(StrEnum):
    OFF = "off"
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"


class Voice(QObject):
    """Speaks short phrases in a child process; silent unless :meth:`start` succeeded.

    Signals:
        ready(): the engine is up; :meth:`say` now speaks.
        failed(str): the engine did not start in time, failed, or died; a sentence for
            the person ("...; using tones"). Emitted at most once per :meth:`start`.
        speaking_changed(bool): the engine started or stopped speaking.
        saying_word(str): the engine is saying this word (where the engine reports it).
    """

    ready = Signal()
    failed = Signal(str)
    speaking_changed = Signal(bool)
    saying_word = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, command: Sequence[str] | None = None
    ) -> None:
        """``command`` starts the child (tests pass one that hangs); see :func:`default_command`."""
        super().__init__(parent)
        self._command = list(command) if command is not None else default_command()
        self._state = VoiceState.OFF
        self._voices: list[str] = []
        self._voice = ""
        self._volume = 1.0
        self._out = b""
        self._err = b""
        self._process: QProcess | None = None
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._timeout_ms = 0
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._deadline.timeout.connect(self._on_deadline)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- life cycle ---------------------------------------------------------------------

    @property
    def state(self) -> VoiceState:
        return self._state

    def is_ready(self) -> bool:
        return self._state is VoiceState.READY

    def process_id(self) -> int:
        """The child's process id while it runs, else 0."""
        return int(self._process.processId()) if self._process is not None else 0

    def start(
        self, engine: str | None = None, timeout_ms: int = 4000, locale: str | None = None
    ) -> None:
        """Start the engine (``None``: Qt's default) in a child; returns at once.

        ``locale`` ("en_GB"): the language to speak, default the application's
        (English when that is "C"). Ignored while starting or ready, so one Voice never
        runs two engines.
        """
        if self._state in (VoiceState.STARTING, VoiceState.READY):
            return
        self._kill()
        self._state = VoiceState.STARTING
        self._out = self._err = b""
        process = QProcess(self)
        process.setProgram(self._command[0])
        if locale is None:
            locale = QLocale().name()
        locale = "en_US" if locale in ("C", "") else locale
        args = [*self._command[1:], "--locale", locale] + (["--engine", engine] if engine else [])
        process.setArguments(args)
        process.setProcessEnvironment(_child_environment())
        process.readyReadStandardOutput.connect(self._on_stdout)
        process.readyReadStandardError.connect(self._on_stderr)
        process.errorOccurred.connect(self._on_process_error)
        process.finished.connect(self._on_finished)
        self._process = process
        self._timeout_ms = timeout_ms
        self._deadline.start(timeout_ms)
        process.start()

    @Slot()
    def stop(self) -> None:
        """Stop speaking and end the child at once (killed, not waited for)."""
        self._deadline.stop()
        self._state = VoiceState.OFF
        self._kill()

    # -- speaking -----------------------------------------------------------------------

    def say(self, text: str) -> bool:
        """Speak ``text``, cutting off a phrase still being spoken. Dropped (False) if not ready."""
        if not self.is_ready() or not text:
            return False
        return self._send({"cmd": "say", "text": text})

    def available_voices(self) -> list[str]:
        return list(self._voices)

    def current_voice(self) -> str:
        return self._voice

    def set_voice(self, name: str) -> bool:
        """Choose a voice by name (one of :meth:`available_voices`); False if unknown."""
        if name not in self._voices:
            return False
        self._voice = name
        self._send({"cmd": "voice", "name": name})
        return True

    def volume(self) -> float:
        return self._volume

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        """Speech volume 0..1 (clamped); applied now, or when the engine is ready."""
        self._volume = min(1.0, max(0.0, float(volume)))
        self._send({"cmd": "volume", "value": self._volume})

    # -- the child ----------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> bool:
        process = self._process
        if process is None or self._state is not VoiceState.READY:
            return False
        process.write((json.dumps(message) + "\n").encode("ascii"))
        return True

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        for signal in (process.readyReadStandardOutput, process.readyReadStandardError):
            signal.disconnect()
        process.errorOccurred.disconnect()
        process.finished.disconnect()
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # SIGKILL: a child hung inside the engine cannot ignore it
            # Reaping a SIGKILLed child takes milliseconds; bounded all the same.
            process.waitForFinished(1000)
        process.deleteLater()

    def _fail(self, reason: str) -> None:
        if self._state not in (VoiceState.STARTING, VoiceState.READY):
            return
        self._deadline.stop()
        self._state = VoiceState.FAILED
        self._kill()
        self.failed.emit(reason)

    @Slot()
    def _on_deadline(self) -> None:
        seconds = max(1, round(self._timeout_ms / 1000))
        self._fail(_tr("The voice did not start within {0} s; using tones.").format(seconds))

    @Slot(QProcess.ProcessError)
    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(_tr("The voice could not be started; using tones."))

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        detail = self._err.decode("utf-8", "replace").strip().splitlines()
        # The speech engine's own words are English (or the system's): the log gets
        # them, the person gets one translated sentence.
        _log.warning("the voice process ended (%s): %s", code, detail[-1] if detail else "")
        self._fail(_tr("The voice stopped; using tones."))

    @Slot()
    def _on_stderr(self) -> None:
        if self._process is not None:
            self._err = (self._err + self._process.readAllStandardError().data())[-4000:]

    @Slot()
    def _on_stdout(self) -> None:
        if self._process is None:
            return
        self._out += self._process.readAllStandardOutput().data()
        *lines, self._out = self._out.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue  # not ours (a library printing to stdout)
            if isinstance(message, dict):
                self._on_message(message)

    def _on_message(self, message: dict[str, Any]) -> None:
        event = message.get("event")
        if event == "ready" and self._state is VoiceState.STARTING:
            self._deadline.stop()
            self._voices = [str(v) for v in message.get("voices", [])]
            self._voice = (
                self._voice if self._voice in self._voices else str(message.get("voice", ""))
            )
            self._state = VoiceState.READY
            self._send({"cmd": "volume", "value": self._volume})
            if self._voice and self._voice != message.get("voice"):
                self._send({"cmd": "voice", "name": self._voice})
            self.ready.emit()
        elif event == "failed":
            _log.warning("the voice failed: %s", message.get("reason") or "no reason given")
            self._fail(_tr("The voice failed; using tones."))
        elif event == "speaking" and self.is_ready():
            self.speaking_changed.emit(bool(message.get("value")))
        elif event == "word" and self.is_ready():
            self.saying_word.emit(str(message.get("word", "")))


def _child_environment() -> QProcessEnvironment:
    """The app's environment, with this checkout importable and Qt's log noise kept quiet."""
    env = QProcessEnvironment.systemEnvironment()
    root = str(Path(__file__).resolve().parents[2])
    old = env.value("PYTHONPATH")
    env.insert("PYTHONPATH", root + (os.pathsep + old if old else ""))
    env.insert("QT_LOGGING_RULES", "qt.multimedia.*.warning=false")
    return env


# -- the child process ----------------------------------------------------------------

EngineFactory = Callable[[str | None, QObject], QObject]


def _create_engine(engine: str | None, parent: QObject) -> QObject:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech(engine, parent) if engine else QTextToSpeech(parent)


def _die_with_parent() -> None:
    """Linux: get SIGKILL if the parent dies, even while blocked inside the engine."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - best effort
        pass


class _Server(QObject):
    """Owns the engine in the child; commands arrive as lines from a stdin reader thread."""

    line = Signal(str)
    eof = Signal()

    def __init__(self, engine: str | None, locale: str, factory: EngineFactory) -> None:
        super().__init__()
        self._engine_name = engine
        self._locale = locale
        self._factory = factory
        self._tts: Any = None
        self._announced = False
        # Both are emitted by the stdin reader thread: slots of this object (which lives in
        # the main thread) make the connections queued.
        self.line.connect(self._on_line)
        self.eof.connect(self._on_eof)

    def create(self) -> None:
        try:
            tts: Any = self._factory(self._engine_name, self)
        except Exception as exc:  # an engine plug-in that refuses: report, do not crash
            _emit({"event": "failed", "reason": str(exc)})
            QCoreApplication.exit(1)
            return
        self._tts = tts
        tts.stateChanged.connect(self._on_state)
        tts.sayingWord.connect(self._on_word)
        # Ready or Error now, or later through stateChanged if the engine is still starting.
        self._on_state(tts.state())

    @Slot()
    def _on_eof(self) -> None:
        QCoreApplication.quit()

    @Slot(object)
    def _on_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        if state == QTextToSpeech.State.Error:
            _emit({"event": "failed", "reason": tts.errorString()})
            QCoreApplication.exit(1)
        elif not self._announced and state == QTextToSpeech.State.Ready:
            self._announced = True
            wanted = QLocale(self._locale)
            if wanted in tts.availableLocales() and tts.locale() != wanted:
                tts.setLocale(wanted)
            voices = [v.name() for v in tts.availableVoices()]
            _emit({"event": "ready", "voices": voices, "voice": tts.voice().name()})
        elif self._announced:
            _emit({"event": "speaking", "value": state == QTextToSpeech.State.Speaking})

    @Slot(str, int, int, int)
    def _on_word(self, word: str, _id: int, _start: int, _length: int) -> None:
        _emit({"event": "word", "word": word})

    @Slot(str)
    def _on_line(self, line: str) -> None:
        try:
            message = json.loads(line)
        except ValueError:
            return
        tts, cmd = self._tts, message.get("cmd")
        if tts is None:
            return
        if cmd == "say":
            tts.say(str(message.get("text", "")))  # say() stops a phrase still being spoken
        elif cmd == "volume":
            tts.setVolume(float(message.get("value", 1.0)))
        elif cmd == "voice":
            for voice in tts.availableVoices():
                if voice.name() == message.get("name"):
                    tts.setVoice(voice)
                    break


def _emit(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def serve(argv: Sequence[str] | None = None, *, factory: EngineFactory = _create_engine) -> int:
    """The child's main: create the engine, answer commands until stdin closes."""
    _die_with_parent()
    parser = argparse.ArgumentParser(prog="backtimer-voice")
    parser.add_argument("--engine", default=None)
    parser.add_argument("--locale", default="en_US")
    parser.add_argument(FROZEN_FLAG, action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    server = _Server(args.engine, args.locale, factory)

    def read_stdin() -> None:
        for line in sys.stdin:
            server.line.emit(line)  # queued to the main thread: server lives there
        server.eof.emit()

    threading.Thread(target=read_stdin, name="voice-stdin", daemon=True).start()
    server.create()  # may block (speechd): only this child waits
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(serve())
