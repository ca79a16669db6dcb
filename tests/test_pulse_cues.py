"""PulseCuePlayer against a stand-in stream: what reaches the stream, cutting a sound
off, volume and mute, closing when idle, a server that goes away, and which player
``make_cue_player`` picks. (The real server: ``tests/test_pulse_cues_real.py``.)"""

from __future__ import annotations

import shutil
import threading
import wave
from array import array
from pathlib import Path
from typing import cast

import pytest

from backtimer.core.cues import Cue, CueKind
from backtimer.paths import resource_dir
from backtimer.ui.audio import CuePlayer
from backtimer.ui.cue_sounds import Sound
from backtimer.ui.pulse_cues import CUE_FORMAT, PulseCuePlayer, read_wav, scaled
from backtimer.ui.pulse_simple import Format, PulseUnavailable, Stream
from backtimer.ui.sound_controller import make_cue_player

SOUNDS = resource_dir() / "sounds"


class FakeStream:
    """Records what is written; ``gate``, when set, holds every write until it opens
    (a server whose buffer is full)."""

    def __init__(self, fmt: Format = CUE_FORMAT, gate: threading.Event | None = None) -> None:
        self.format = fmt
        self.gate = gate
        self.events: list[tuple[str, bytes]] = []
        self.closed = False
        self.fail_writes = False
        self.writing = threading.Event()  # a write has begun

    def written(self) -> bytes:
        return b"".join(data for what, data in self.events if what == "write")

    def write(self, data: bytes) -> None:
        self.writing.set()
        if self.gate is not None:
            self.gate.wait(10)
        if self.fail_writes:
            raise PulseUnavailable("Connection terminated")
        self.events.append(("write", data))

    def flush(self) -> None:
        self.events.append(("flush", b""))

    def drain(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


class Opener:
    """Opens FakeStreams, or fails while ``down`` is set."""

    def __init__(self) -> None:
        self.streams: list[FakeStream] = []
        self.down = False

    def __call__(self, fmt: Format) -> FakeStream:
        if self.down:
            raise PulseUnavailable("Connection refused")
        self.streams.append(FakeStream(fmt))
        return self.streams[-1]


def pcm(sound: Sound) -> bytes:
    return read_wav(SOUNDS / f"{sound.value}.wav")[0]


@pytest.fixture
def made(qtbot):
    players: list[PulseCuePlayer] = []

    def make(folder: Path = SOUNDS, **kwargs: object) -> PulseCuePlayer:
        player = PulseCuePlayer(folder, **kwargs)  # type: ignore[arg-type]
        players.append(player)
        return player

    yield make
    for player in players:
        player.close()


def test_a_cue_writes_its_whole_sound_to_the_stream(qtbot, made) -> None:
    stream = FakeStream()
    player = made(stream=stream)
    player.load()
    assert sorted(player.loaded_sounds()) == sorted(Sound)
    assert player.play(Cue(CueKind.FINISHED, None)) is Sound.FINISH
    qtbot.waitUntil(lambda: stream.written() == pcm(Sound.FINISH), timeout=5000)
    # in chunks of 20 ms, so that a newer cue can cut in
    sizes = {len(data) for what, data in stream.events if what == "write"}
    assert max(sizes) == CUE_FORMAT.bytes_for(20)
    assert player.play(Cue(CueKind.HALFWAY, None)) is None  # voice only: no tone


def test_volume_scales_the_samples_and_mute_plays_nothing(qtbot, made) -> None:
    stream = FakeStream()
    player = made(stream=stream)
    player.load()
    player.set_volume(0.25)
    player.play_sound(Sound.TICK)
    quiet = scaled(pcm(Sound.TICK), 0.25)
    qtbot.waitUntil(lambda: stream.written() == quiet, timeout=5000)
    loud = max(abs(s) for s in array("h", pcm(Sound.TICK)))
    assert max(abs(s) for s in array("h", quiet)) == pytest.approx(loud / 4, abs=1)
    player.set_muted(True)
    assert player.play_sound(Sound.TICK) is False
    qtbot.waitUntil(lambda: stream.events[-1][0] == "flush", timeout=5000)  # muting drops
    player.set_muted(False)
    player.set_volume(1.0)
    player.play_sound(Sound.REP)
    qtbot.waitUntil(lambda: stream.written() == quiet + pcm(Sound.REP), timeout=5000)


def test_a_newer_cue_cuts_the_playing_sound_off(qtbot, made) -> None:
    gate = threading.Event()
    stream = FakeStream(gate=gate)
    player = made(stream=stream)
    player.load()
    player.play_sound(Sound.FINISH)  # 1.2 s: its first write waits on the gate
    qtbot.waitUntil(stream.writing.is_set, timeout=5000)
    player.play_sound(Sound.TICK)
    gate.set()
    qtbot.waitUntil(lambda: stream.written().endswith(pcm(Sound.TICK)), timeout=5000)
    kinds = [what for what, _ in stream.events]
    assert kinds.count("flush") == 1
    cut = stream.written()[: -len(pcm(Sound.TICK))]
    assert cut == pcm(Sound.FINISH)[: CUE_FORMAT.bytes_for(20)]  # one chunk, then cut off


def test_the_stream_is_closed_when_idle_and_opened_again_for_the_next_cue(qtbot, made) -> None:
    first = FakeStream()
    opener = Opener()
    player = made(stream=first, opener=opener, idle_seconds=0.05)
    player.load()
    player.play_sound(Sound.REP)
    qtbot.waitUntil(lambda: first.closed, timeout=5000)
    assert first.written() == pcm(Sound.REP)
    player.play_sound(Sound.TICK)
    qtbot.waitUntil(lambda: bool(opener.streams), timeout=5000)
    qtbot.waitUntil(lambda: opener.streams[0].written() == pcm(Sound.TICK), timeout=5000)


def test_a_server_that_goes_away_is_reported_once_and_tried_again(qtbot, made) -> None:
    stream = FakeStream()
    stream.fail_writes = True
    opener = Opener()
    opener.down = True
    player = made(stream=stream, opener=opener)
    reports: list[str] = []
    player.unavailable.connect(reports.append)
    player.load()
    with qtbot.waitSignal(player.unavailable):
        player.play_sound(Sound.TICK)
    assert stream.closed and "could not be played" in reports[0]
    assert player.last_error == "Connection terminated"
    player.play_sound(Sound.TICK)  # the server is still down: the opener fails, silently
    qtbot.waitUntil(lambda: player.last_error == "Connection refused", timeout=5000)
    opener.down = False  # back: the next cue is heard
    player.play_sound(Sound.START)
    qtbot.waitUntil(lambda: bool(opener.streams), timeout=5000)
    qtbot.waitUntil(lambda: opener.streams[0].written() == pcm(Sound.START), timeout=5000)
    assert len(reports) == 1


def test_missing_and_unplayable_files_are_reported_and_left_out(qtbot, made, tmp_path) -> None:
    shutil.copy(SOUNDS / "tick.wav", tmp_path)
    with wave.open(str(tmp_path / "start.wav"), "wb") as w:  # 8-bit: not for this player
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(bytes(800))
    (tmp_path / "rest.wav").write_bytes(b"RIFF not really")
    player = made(tmp_path, stream=FakeStream())
    with qtbot.waitSignal(player.unavailable) as blocker:
        player.load()
    assert blocker.args[0] == "Sound files are missing: switch.wav, finish.wav, rep.wav"
    assert player.loaded_sounds() == [Sound.TICK]
    assert player.play_sound(Sound.START) is False
    assert player.play_sound(Sound.TICK) is True


def close_while_the_chime_plays(qtbot, made, **close: object) -> tuple[FakeStream, object]:
    """Start the finish chime, close the player (``close``'s arguments) while its first
    chunk is being written, and let the write go on; returns the stream and the player."""
    gate = threading.Event()
    stream = FakeStream(gate=gate)
    player = made(stream=stream)
    player.load()
    player.play_sound(Sound.FINISH)
    qtbot.waitUntil(stream.writing.is_set, timeout=5000)
    closing = threading.Thread(target=player.close, kwargs={"timeout": 10, **close})
    closing.start()
    gate.set()
    closing.join(10)
    return stream, player


def test_closing_lets_the_playing_sound_end(qtbot, made) -> None:
    stream, _ = close_while_the_chime_plays(qtbot, made)
    assert stream.written() == pcm(Sound.FINISH) and stream.closed
    assert "flush" not in [what for what, _ in stream.events]


def test_closing_at_quit_cuts_the_sound_and_stops_the_worker(qtbot, made) -> None:
    stream, player = close_while_the_chime_plays(qtbot, made, cut=True)
    assert isinstance(player, PulseCuePlayer)
    assert stream.closed and "BackTimer cues" not in [t.name for t in threading.enumerate()]
    assert stream.written() == pcm(Sound.FINISH)[: CUE_FORMAT.bytes_for(20)]
    assert player.play_sound(Sound.TICK) is False  # nothing left to play it


def test_the_pulseaudio_player_is_picked_when_a_server_answers(qtbot) -> None:
    stream = FakeStream()
    player = make_cue_player(SOUNDS, None, open_stream=lambda: cast(Stream, stream))
    try:
        assert isinstance(player, PulseCuePlayer)
        player.load()
        player.play_sound(Sound.REP)
        qtbot.waitUntil(lambda: stream.written() == pcm(Sound.REP), timeout=5000)
    finally:
        player.close()


def test_qt_multimedia_plays_when_no_server_answers(qtbot) -> None:
    def refused() -> Stream:
        raise PulseUnavailable("Connection refused")

    player = make_cue_player(SOUNDS, None, open_stream=refused)
    assert isinstance(player, CuePlayer)
