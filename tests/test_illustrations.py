"""Exercise illustrations: every exercise has one, it moves in time with the step, it
renders, it differs from the others, and it is the same on every run."""

from __future__ import annotations

import base64
import json
import math
import subprocess
import sys
from dataclasses import asdict
from itertools import combinations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QMovie, QPainter

from backtimer import paths
from backtimer.core import catalogue
from backtimer.core.model import Exercise, Mode, Side
from backtimer.core.motion import CALM_CYCLE_SECONDS, EASE_SECONDS, Motion, Phase, motion_at
from backtimer.core.steps import StepKind
from backtimer.illustration.figures import (
    cycle_pose,
    highlighted,
    mirrored,
    pose_at,
    still_motion,
)
from backtimer.illustration.pictures import MAX_BYTES, figure_ref, import_picture, picture_path
from backtimer.illustration.poses import FIGURES
from backtimer.illustration.render import FigurePalette, paint_figure
from backtimer.illustration.skeleton import blend, joints
from backtimer.ui.figure_widget import FigureWidget

WHITE = QColor("#ffffff")
DARK = QColor("#1e2227")


@pytest.fixture(scope="module")
def exercises() -> tuple[Exercise, ...]:
    return catalogue.load(paths.content_dir()).exercises


def render(
    exercise_id: str,
    motion: Motion | None = None,
    side: Side | None = None,
    w: int = 300,
    h: int = 200,
    bg: QColor = WHITE,
) -> QImage:
    fig = FIGURES[exercise_id]
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(bg)
    p = QPainter(img)
    paint_figure(
        p,
        QRectF(0, 0, w, h),
        fig,
        motion or still_motion(fig),
        side,
        FigurePalette.for_background(bg),
    )
    p.end()
    return img


def ink(img: QImage, bg: QColor, step: int = 2) -> list[tuple[int, int]]:
    """Pixels (sampled) that differ clearly from the background."""
    out = []
    b = bg.rgb()
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            c = img.pixel(x, y)
            if c != b:
                q = QColor(c)
                if abs(q.lightness() - bg.lightness()) > 40:
                    out.append((x, y))
    return out


def diff(a: QImage, b: QImage, step: int = 2) -> float:
    """Mean per-pixel lightness difference, 0..255."""
    total, n = 0, 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            total += abs(QColor(a.pixel(x, y)).lightness() - QColor(b.pixel(x, y)).lightness())
            n += 1
    return total / n


# --- coverage -------------------------------------------------------------------------
def test_every_catalogue_exercise_has_key_poses(exercises) -> None:
    missing = [ex.id for ex in exercises if ex.id not in FIGURES]
    assert not missing
    assert len(exercises) >= 23


def test_one_sided_exercises_show_a_working_side(exercises) -> None:
    for ex in exercises:
        fig = FIGURES[ex.id]
        if ex.default.per_side:
            assert fig.one_sided, ex.id
            assert mirrored(fig, Side.LEFT) != mirrored(fig, Side.RIGHT), ex.id
        assert not highlighted(fig, None)


@pytest.mark.parametrize("exercise_id", sorted(FIGURES))
def test_key_poses_differ(exercise_id: str) -> None:
    keys = FIGURES[exercise_id].keys
    distinct = [k for n, k in enumerate(keys) if all(k.distance(o) > 15 for o in keys[:n])]
    assert len(distinct) >= 2
    # The figure really moves: halfway to the next key pose is neither key pose.
    mid = blend(keys[0], keys[1], 0.5) if keys[0] != keys[1] else keys[0]
    assert mid.distance(keys[0]) > 5 or keys[0] == keys[1]


@pytest.mark.parametrize("exercise_id", sorted(FIGURES))
def test_each_renders_something_inside_the_area(exercise_id: str) -> None:
    img = render(exercise_id)
    pts = ink(img, WHITE)
    assert len(pts) > 300  # sampled every 2 px: well over a thousand pixels drawn
    xs = [x for x, _ in pts]
    assert max(xs) - min(xs) > 80  # a figure, not a dot


def test_no_two_exercises_render_the_same() -> None:
    images = {ex: render(ex, w=150, h=100) for ex in FIGURES}
    close = [(a, b) for a, b in combinations(sorted(images), 2) if diff(images[a], images[b]) < 1.0]
    assert not close
    stills = {ex: pose_at(f, still_motion(f)) for ex, f in FIGURES.items()}
    assert all(stills[a].distance(stills[b]) > 20 for a, b in combinations(sorted(stills), 2))


def test_dark_background_draws_light_figure() -> None:
    light, dark = render("cat-stretch"), render("cat-stretch", bg=DARK)
    assert len(ink(dark, DARK)) > 300
    pal = FigurePalette.for_background(DARK)
    assert pal.near.lightness() > 180 and FigurePalette.for_background(WHITE).near.lightness() < 100
    assert diff(light, dark) > 50


def test_proportions_kept_in_any_area() -> None:
    def aspect(img: QImage) -> float:
        pts = ink(img, WHITE, step=1)
        xs, ys = [x for x, _ in pts], [y for _, y in pts]
        return (max(xs) - min(xs) + 1) / (max(ys) - min(ys) + 1)

    wide = aspect(render("cat-stretch", w=600, h=200))
    tall = aspect(render("cat-stretch", w=200, h=600))
    assert wide == pytest.approx(tall, rel=0.06)


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


def test_held_figure_settles_in_timed_mode() -> None:
    plank = FIGURES["forearm-plank"]
    late = [pose_at(plank, motion_at(StepKind.WORK, Mode.TIMED, e, 60.0)) for e in (2.0, 7.5)]
    assert late[0] == late[1] == plank.keys[plank.hold]


def test_hold_reaches_the_held_pose_and_paused_frames_do_not_move() -> None:
    fig = FIGURES["swallow-fly"]
    held = pose_at(fig, motion_at(StepKind.HOLD, Mode.HOLDS, 3.0, 5.0))
    assert held == fig.keys[fig.hold]
    # Paused: the engine's elapsed does not advance, so two redraws give one frame.
    m = motion_at(StepKind.WORK, Mode.PACED_REPS, 1.7, 40.0, 4.0)
    assert pose_at(FIGURES["superman"], m) == pose_at(FIGURES["superman"], m)


def test_cycle_passes_through_every_key_pose() -> None:
    fig = FIGURES["prone-breaststroke"]
    n = len(fig.keys)
    for i, key in enumerate(fig.keys):
        assert cycle_pose(fig.keys, i / n) == key


def test_one_sided_without_side_shows_both_sides() -> None:
    fig = FIGURES["heel-reach-rotation"]
    both = fig.cycle(None)
    assert len(both) == 2 * len(fig.keys)
    other = joints(both[len(fig.keys) + 1])
    assert other.far_arm.end == joints(fig.keys[1]).near_arm.end  # the other arm reaches
    assert other.far_arm.end != joints(fig.keys[1]).far_arm.end


_FRAME_SCRIPT = """
import json
from dataclasses import asdict
from backtimer.core.model import Mode
from backtimer.core.motion import motion_at
from backtimer.core.steps import StepKind
from backtimer.illustration.figures import pose_at
from backtimer.illustration.pictures import MAX_BYTES, figure_ref, import_picture, picture_path
from backtimer.illustration.poses import FIGURES
m = motion_at(StepKind.WORK, Mode.PACED_REPS, 1.3, 40.0, 4.0)
print(json.dumps({k: asdict(pose_at(f, m)) for k, f in sorted(FIGURES.items())}))
"""


def test_a_frame_at_a_fixed_time_is_the_same_every_run() -> None:
    m = motion_at(StepKind.WORK, Mode.PACED_REPS, 1.3, 40.0, 4.0)
    here = {k: asdict(pose_at(f, m)) for k, f in sorted(FIGURES.items())}
    out = subprocess.run(
        [sys.executable, "-c", _FRAME_SCRIPT], capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout) == json.loads(json.dumps(here))
    assert render("deadlift", m) == render("deadlift", m)


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


# --- the widget -------------------------------------------------------------------------
@pytest.fixture
def widget(qtbot):
    w = FigureWidget()
    qtbot.addWidget(w)
    w.resize(300, 200)
    return w


def test_widget_paints_the_motion(widget) -> None:
    widget.set_exercise("cat-stretch", None, name="Cat stretch")
    widget.set_position(Motion(Phase.CYCLE, 0.0))
    first = widget.grab().toImage()
    widget.set_position(Motion(Phase.CYCLE, 0.5))
    second = widget.grab().toImage()
    assert diff(first, second) > 1.0
    assert "Cat stretch" in widget.accessibleDescription()
    assert widget.accessibleName()
    assert widget.minimumSizeHint().width() <= widget.sizeHint().width()


def test_widget_mirrors_for_the_other_side(widget) -> None:
    widget.set_exercise("supine-leg-kicks", Side.LEFT)
    left = widget.grab().toImage()
    widget.set_exercise("supine-leg-kicks", Side.RIGHT)
    right = widget.grab().toImage()
    assert diff(left, right) > 1.0
    assert "right side" in widget.accessibleDescription()


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
