"""Exercise illustrations: every exercise has its rendered frames, the frame on show
follows the step at the count's pace, the right side is the mirror image, a person's own
picture replaces the figure, and the tool that renders the frames still runs."""

from __future__ import annotations

import base64
import json
import math

import numpy as np
import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMovie
from PySide6.QtWidgets import QApplication, QWidget

from backtimer import paths
from backtimer.core import catalogue
from backtimer.core.clock import FakeClock
from backtimer.core.engine import State
from backtimer.core.model import Dosage, Exercise, Item, Mode, Routine, Side
from backtimer.core.motion import CALM_CYCLE_SECONDS, EASE_SECONDS, Motion, Phase, motion_at
from backtimer.core.steps import StepKind
from backtimer.illustration import frames
from backtimer.illustration.frames import Clip, frame_for, load_manifest
from backtimer.illustration.pictures import MAX_BYTES, figure_ref, import_picture, picture_path
from backtimer.ui import figure_widget
from backtimer.ui.figure_widget import FigureWidget, opaque_box
from tests.player_fixtures import advance

ILLUSTRATIONS = paths.resource_dir() / "illustrations"
BUDGET = 15 * 1024 * 1024


@pytest.fixture(scope="module")
def exercises() -> tuple[Exercise, ...]:
    return catalogue.load(paths.content_dir()).exercises


@pytest.fixture(scope="module")
def clips() -> dict[str, Clip]:
    return load_manifest(ILLUSTRATIONS)


def diff(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel (0..255) over a sample of pixels."""
    total, n = 0, 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            p, q = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            total += abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue())
            n += 3
    return total / max(1, n)


# --- the frames on disk -----------------------------------------------------------------
def test_every_exercise_has_its_frames(exercises, clips) -> None:
    assert sorted(clips) == sorted(ex.id for ex in exercises)
    for ex in exercises:
        clip = clips[ex.id]
        assert clip.frames >= 2, ex.id
        assert len(set(clip.cycle)) >= 2 or clip.settle, f"{ex.id} does not move"
        assert clip.hold[0] == 0, f"{ex.id}: a hold starts from the start pose"


def test_the_manifest_matches_the_files(clips) -> None:
    manifest = json.loads((ILLUSTRATIONS / "manifest.json").read_text())
    assert sorted(manifest["exercises"]) == sorted(clips)  # no entry was refused
    on_disk = {p.relative_to(ILLUSTRATIONS).as_posix() for p in ILLUSTRATIONS.rglob("*.png")}
    named = {
        clip.path(i).relative_to(ILLUSTRATIONS).as_posix()
        for clip in clips.values()
        for i in range(clip.frames)
    }
    assert on_disk == named
    width, height = manifest["size"]
    for clip in clips.values():
        for i in (0, clip.frames - 1):
            img = QImage(str(clip.path(i)))
            assert (img.width(), img.height()) == (width, height)
            assert img.hasAlphaChannel()
            assert img.pixelColor(0, 0).alpha() == 0  # a transparent background


def test_the_frames_fit_the_size_budget() -> None:
    total = sum(p.stat().st_size for p in ILLUSTRATIONS.rglob("*"))
    assert total <= BUDGET


def test_a_bad_or_missing_manifest_gives_no_clips(tmp_path) -> None:
    assert load_manifest(tmp_path) == {}
    entries = {
        "a": {"frames": 2, "cycle": [0, 5], "hold": [0, 1]},  # a frame that is not there
        "b": {"frames": 2, "cycle": [0, 1], "hold": [0, 1]},
    }
    (tmp_path / "manifest.json").write_text(json.dumps({"exercises": entries}))
    assert sorted(load_manifest(tmp_path)) == ["b"]
    (tmp_path / "manifest.json").write_text("not json")
    assert load_manifest(tmp_path) == {}


# --- which frame shows a moment ------------------------------------------------------------
CLIP = Clip("x", ILLUSTRATIONS / "x", 5, (0, 0, 2, 3, 4, 1), (0, 2, 3, 1))
HELD = Clip("y", ILLUSTRATIONS / "y", 4, (1,), (0, 2, 3, 1), settle=True)


def test_frame_for_each_phase() -> None:
    assert frame_for(CLIP, Motion(Phase.STILL)) == 0
    assert [frame_for(CLIP, Motion(Phase.CYCLE, t)) for t in (0, 0.2, 0.34, 0.5, 0.99)] == [
        0, 0, 2, 3, 1,
    ]  # fmt: skip
    assert frame_for(CLIP, Motion(Phase.CYCLE, 1.0)) == 0  # the next repetition
    assert [frame_for(CLIP, Motion(Phase.HOLD, 0, i)) for i in (0, 0.3, 0.7, 1)] == [0, 2, 3, 1]
    # a hold by nature eases in along the hold path, then stays
    assert frame_for(HELD, Motion(Phase.CYCLE, 0.4, 0.5)) == 3
    assert frame_for(HELD, Motion(Phase.CYCLE, 0.4, 1.0)) == 1


def test_a_paced_repetition_plays_the_cycle_once(clips) -> None:
    clip = clips["superman"]
    shown = [
        frame_for(clip, motion_at(StepKind.WORK, Mode.PACED_REPS, e / 10, 40.0, 4.0))
        for e in range(40)
    ]
    assert shown == [clip.cycle[int(i / 40 * len(clip.cycle))] for i in range(40)]
    assert clip.hold[-1] in shown  # it reaches the top
    again = frame_for(clip, motion_at(StepKind.WORK, Mode.PACED_REPS, 4.0, 40.0, 4.0))
    assert again == shown[0] == 0


def test_only_the_right_side_is_mirrored() -> None:
    assert frames.mirrored(Side.RIGHT)
    assert not frames.mirrored(Side.LEFT) and not frames.mirrored(None)


# --- timing ---------------------------------------------------------------------------
def test_paced_reps_one_cycle_per_repetition() -> None:
    m = [motion_at(StepKind.WORK, Mode.PACED_REPS, e, 40.0, 4.0) for e in (0, 1, 2, 4, 6, 39)]
    assert [x.phase for x in m] == [Phase.CYCLE] * 6
    assert [round(x.t, 3) for x in m] == [0.0, 0.25, 0.5, 0.0, 0.5, 0.75]
    assert motion_at(StepKind.WORK, Mode.PACED_REPS, 40.0, 40.0, 4.0).phase is Phase.STILL


def test_holds_ease_in_and_stay_and_ease_out() -> None:
    into = [motion_at(StepKind.HOLD, Mode.HOLDS, e, 5.0).into for e in (0, 0.25, 0.5, 0.9)]
    assert into[0] == 0.0 and into == sorted(into) and into[-1] < 1.0
    assert motion_at(StepKind.HOLD, Mode.HOLDS, EASE_SECONDS, 5.0).into == 1.0
    assert motion_at(StepKind.HOLD, Mode.HOLDS, 4.9, 5.0) == Motion(Phase.HOLD, 0.0, 1.0)
    out = [motion_at(StepKind.HOLD_REST, Mode.HOLDS, e, 10.0).into for e in (0, 0.5, 2)]
    assert out[0] == 1.0 and out[-1] == 0.0 and out == sorted(out, reverse=True)


def test_timed_and_self_paced_loop_calmly() -> None:
    for mode, duration in ((Mode.TIMED, 30.0), (Mode.SELF_PACED_REPS, None)):
        a = motion_at(StepKind.WORK, mode, 1.0, duration)
        b = motion_at(StepKind.WORK, mode, 1.0 + CALM_CYCLE_SECONDS, duration)
        assert a.phase is Phase.CYCLE and a.t == pytest.approx(b.t) and a.t > 0


@pytest.mark.parametrize(
    "kind", [StepKind.LEAD_IN, StepKind.SWITCH, StepKind.SET_REST, StepKind.REST]
)
def test_rests_show_the_start_pose_still(kind: StepKind) -> None:
    assert motion_at(kind, Mode.PACED_REPS, 3.0, 10.0, 4.0) == Motion(Phase.STILL)


def test_bad_elapsed_is_the_start() -> None:
    for e in (-1.0, math.nan):
        assert motion_at(StepKind.WORK, Mode.PACED_REPS, e, 40.0, 4.0).t == 0.0


# --- a person's own picture -------------------------------------------------------------
def _png(path, color: str = "#c03030") -> None:
    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path))


def test_import_picture_copies_under_a_content_name(tmp_path) -> None:
    src, data = tmp_path / "My Photo.PNG", tmp_path / "data"
    _png(src)
    name = import_picture(src, data)
    assert name.endswith(".png") and name != src.name
    assert import_picture(src, data) == name  # the same picture is stored once
    stored = picture_path(name, data)
    assert stored.read_bytes() == src.read_bytes()
    src.unlink()  # moving or deleting the original breaks nothing
    assert stored.is_file()
    other = tmp_path / "b.png"
    _png(other, "#3030c0")
    assert import_picture(other, data) != name
    assert not list((data / "pictures").glob("*.part"))


def test_import_picture_refuses_bad_files(tmp_path) -> None:
    data = tmp_path / "data"
    bmp = tmp_path / "a.bmp"
    bmp.write_bytes(b"BM")
    with pytest.raises(ValueError, match="PNG, JPEG, SVG or GIF"):
        import_picture(bmp, data)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"not a picture at all")
    with pytest.raises(ValueError, match="could not be read"):
        import_picture(fake, data)
    big = tmp_path / "big.jpg"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ValueError, match="at most 20 MB"):
        import_picture(big, data)
    svg = tmp_path / "s.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="10" height="10" fill="red"/></svg>'
    )
    assert import_picture(svg, data).endswith(".svg")
    for bad in ("../x.png", "", "a/b.png", ".hidden"):
        with pytest.raises(ValueError):
            picture_path(bad, data)
    assert figure_ref("figure:cat-stretch") == "cat-stretch" and figure_ref("ab.png") is None


# --- the player -------------------------------------------------------------------------
PACED = Routine(
    "Figures",
    "",
    0,
    (
        Item("superman", Dosage(Mode.PACED_REPS, reps=3, seconds_per_rep=4.0)),
        Item("heel-reach-rotation", Dosage(Mode.TIMED, seconds=6, per_side=True, switch_seconds=2)),
    ),
    id="custom:figures",
)


def _until(app, clock: FakeClock, done) -> None:
    for _ in range(600):
        if done(app.controller.engine.snapshot()):
            return
        advance(app, clock, 0.05, step=0.05)
    raise AssertionError("the routine never got there")


def test_the_player_shows_the_frame_of_the_moment(app, fake_clock: FakeClock, clips) -> None:
    widget = app.figure.widget
    app.controller.load(PACED)
    assert widget.frame() == 0  # ready: the start pose
    app.controller.start()
    _until(app, fake_clock, lambda s: s.step is not None and s.step.kind is StepKind.WORK)
    assert widget.frame() == 0
    advance(app, fake_clock, 1.0)
    snap = app.controller.engine.snapshot()
    cycle = clips["superman"].cycle
    expected = cycle[int((snap.elapsed % 4.0) / 4.0 * len(cycle))]
    assert widget.frame() == expected != 0
    app.controller.toggle()  # pause
    frozen = widget.frame()
    fake_clock.advance(1.5)
    app.controller.on_timer()
    assert widget.frame() == frozen  # paused, the figure stands still


def test_the_second_side_is_mirrored(app, fake_clock: FakeClock) -> None:
    widget = app.figure.widget
    app.window.resize(1280, 800)  # the figure gets its room from the player's layout
    app.window.show()
    app.controller.load(PACED)
    app.controller.start()

    def on(side: Side):
        return lambda s: s.step is not None and s.step.kind is StepKind.WORK and s.step.side is side

    _until(app, fake_clock, on(Side.LEFT))
    assert not widget.is_mirrored()
    left = widget.grab().toImage()
    _until(app, fake_clock, on(Side.RIGHT))
    assert widget.is_mirrored()
    right = widget.grab().toImage()
    assert "right side" in widget.accessibleDescription()
    widget.set_position(Motion(Phase.STILL))
    widget.set_side(Side.LEFT)
    left = widget.grab().toImage()
    widget.set_side(Side.RIGHT)
    right = widget.grab().toImage()
    assert diff(right, left.flipped(Qt.Orientation.Horizontal)) < 2.0 < diff(right, left)
    assert app.controller.engine.snapshot().state is State.RUNNING


# --- the widget -------------------------------------------------------------------------
@pytest.fixture
def widget(qtbot):
    w = FigureWidget()
    qtbot.addWidget(w)
    w.resize(300, 200)
    return w


def test_widget_repaints_only_for_a_new_frame(widget, qtbot) -> None:
    widget.set_exercise("cat-stretch", None, name="Cat stretch")
    widget.show()
    qtbot.waitExposed(widget)
    first = widget.grab().toImage()
    widget.set_position(Motion(Phase.CYCLE, 0.5))
    second = widget.grab().toImage()
    assert widget.frame() != 0 and diff(first, second) > 1.0
    assert "Cat stretch" in widget.accessibleDescription()
    assert widget.accessibleName()
    assert widget.minimumSizeHint().width() <= widget.sizeHint().width()
    QApplication.processEvents()  # paint what is pending
    painted = []
    widget.paintEvent = lambda e: painted.append(1)
    same = widget.frame()
    widget.set_position(Motion(Phase.CYCLE, 0.5001))  # the same frame: no repaint asked
    QApplication.processEvents()
    assert widget.frame() == same and not painted
    widget.set_position(Motion(Phase.CYCLE, 0.0))  # another frame: a repaint
    QApplication.processEvents()
    assert painted


def _painted(widget: QWidget, size: tuple[int, int]) -> QImage:
    widget.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
    widget.resize(*size)
    out = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    widget.render(out)
    return out


@pytest.mark.parametrize(
    ("exercise", "side"), [("cat-stretch", None), ("prone-opposite-arm-leg", Side.RIGHT)]
)
@pytest.mark.parametrize("size", [(640, 480), (333, 211)])
def test_the_figure_is_kept_cut_to_itself_and_painted_as_a_whole_frame(
    qtbot, monkeypatch, exercise: str, side: Side | None, size: tuple[int, int]
) -> None:
    """The kept frame is only the part the figure covers (memory), yet the widget paints
    exactly what it painted when it kept the whole scaled frame."""

    def painted() -> tuple[QImage, QSize, QSize]:
        widget = FigureWidget()
        qtbot.addWidget(widget)
        widget.set_exercise(exercise, side, name=exercise)
        widget.set_position(Motion(Phase.CYCLE, 0.5))
        out = _painted(widget, size)
        (cut,) = widget._scaled.values()
        return out, cut.image.size(), cut.size

    out, kept, whole = painted()
    assert opaque_box(out).width() > size[0] / 3  # (a figure was painted)
    assert kept.width() * kept.height() < 0.8 * whole.width() * whole.height()
    monkeypatch.setattr(figure_widget, "opaque_box", lambda image: image.rect())
    before, kept_before, _ = painted()
    assert kept_before == whole
    assert out == before


@pytest.mark.parametrize("size", [(640, 480), (1100, 700)])
def test_the_figure_is_kept_in_its_frames_palette_and_painted_as_in_full_colour(
    qtbot, monkeypatch, size: tuple[int, int]
) -> None:
    """A kept frame takes one byte a pixel, in the colours of the frame it was scaled
    from, and paints as the full-colour scaled frame did but for a few edge pixels."""

    shown: list[int | None] = []

    def painted() -> tuple[QImage, QImage]:
        widget = FigureWidget()
        qtbot.addWidget(widget)
        widget.set_exercise("cat-stretch", None, name="cat-stretch")
        widget.set_position(Motion(Phase.CYCLE, 0.5))
        out = _painted(widget, size).convertToFormat(QImage.Format.Format_ARGB32)
        (cut,) = widget._scaled.values()
        shown.append(widget.frame())
        return out, cut.image

    out, kept = painted()
    the_clip = frames.clip("cat-stretch")
    assert the_clip is not None and shown[0] is not None
    frame = QImage(str(the_clip.path(shown[0])))
    assert kept.format() == QImage.Format.Format_Indexed8
    assert set(kept.colorTable()) <= set(frame.colorTable())
    monkeypatch.setattr(figure_widget, "in_palette", lambda image, palette: image)
    full, kept_full = painted()
    assert kept_full.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert kept.sizeInBytes() * 3.5 < kept_full.sizeInBytes()
    a = np.frombuffer(out.constBits(), np.uint8).astype(int)
    b = np.frombuffer(full.constBits(), np.uint8).astype(int)
    differ = np.abs(a - b).reshape(-1, 4).max(axis=1)
    drawn = b.reshape(-1, 4)[:, 3] > 0
    assert drawn.sum() > 0.1 * size[0] * size[1]  # (a figure was painted)
    assert (differ[drawn] > 48).mean() < 0.01  # a few edge pixels change much
    assert differ[drawn].mean() < 3


def test_opaque_box_finds_what_is_drawn() -> None:
    image = QImage(40, 30, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    assert opaque_box(image).isEmpty()
    image.setPixelColor(5, 7, QColor(0, 0, 0, 1))  # barely visible still counts
    image.setPixelColor(31, 20, QColor("red"))
    assert opaque_box(image) == QRect(5, 7, 27, 14)


def test_widget_without_a_figure_says_so(widget) -> None:
    widget.set_exercise("no-such-exercise")
    assert widget.frame() is None
    assert widget.accessibleDescription() == "No illustration"


def test_widget_shows_a_picture(widget, tmp_path) -> None:
    png = tmp_path / "p.png"
    _png(png)
    widget.set_exercise("superman")
    widget.set_picture(png)
    assert widget.has_picture()
    img = widget.grab().toImage()
    assert QColor(img.pixel(150, 100)) == QColor("#c03030")
    widget.set_picture(None)
    assert not widget.has_picture()


# Two 4x4 frames (red, blue), 0.1 s each, looping.
_GIF = base64.b64decode(
    "R0lGODlhBAAEAPAAAP8AAAAAACH5BAAKAAAAIf8LTkVUU0NBUEUyLjADAQAAACwAAAAABAAEAAACBISPCQUA"
    "IfkEAAoAAAAsAAAAAAQABACAAAD/AAAAAgSEjwkFADs="
)


def test_gif_plays_only_while_playing(widget, tmp_path, qtbot) -> None:
    gif = tmp_path / "a.gif"
    gif.write_bytes(_GIF)
    widget.set_picture(gif)
    movie = widget.findChild(QMovie)
    assert movie is not None and movie.frameCount() == 2
    assert movie.state() != QMovie.MovieState.Running
    widget.set_playing(True)
    assert movie.state() == QMovie.MovieState.Running
    with qtbot.waitSignal(movie.frameChanged, timeout=2000):
        pass
    widget.set_playing(False)
    assert movie.state() == QMovie.MovieState.Paused
    frame = movie.currentFrameNumber()
    widget.set_position(Motion(Phase.CYCLE, 0.3))  # the figure's motion does not move a GIF
    assert movie.currentFrameNumber() == frame


# --- the tool that renders them -------------------------------------------------------------
def test_the_tool_still_renders_a_pose() -> None:
    """Plans one exercise and renders one key pose at a small size (a few seconds)."""
    from tools.illustrations import build, exercises, plan, rig

    body = rig.load()
    p = plan.plan(exercises.EXERCISES["superman"], body, 150, 100, steps=1)
    assert len(p.poses) == 2 and p.hold == [0, 1]
    rgba = build.render_frame(body, p, 1)
    assert rgba.shape == (100, 150, 4)
    ink = rgba[..., 3] > 0
    assert 0.05 < ink.mean() < 0.6  # a figure on a mat, not an empty or a full picture
    assert rgba[0, 0, 3] == 0
    flat = build.render_frame(body, p, 0)
    assert np.abs(flat.astype(int) - rgba.astype(int)).mean() > 1.0  # the key poses differ
