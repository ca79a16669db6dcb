"""The editor's safety notes: the warm-up warning and the loaded mark (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backtimer.core import catalogue as catalogue_mod
from backtimer.core.catalogue import Catalogue
from backtimer.paths import content_dir
from backtimer.routine_library import RoutineLibrary
from backtimer.store.db import open_database
from backtimer.store.routines import RoutineStore
from backtimer.ui.editor.models import IdRole
from backtimer.ui.editor.page import EditorPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return catalogue_mod.load(content_dir())


@pytest.fixture
def page(qtbot, tmp_path: Path, catalogue: Catalogue) -> Iterator[EditorPage]:
    db = open_database(tmp_path / "data.sqlite3")
    p = EditorPage(RoutineLibrary(catalogue, RoutineStore(db, catalogue.exercise_ids)))
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    yield p
    db.close()


def _select_routine(page: EditorPage, routine_id: str) -> None:
    model = page.routine_list.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    page.routine_list.setCurrentIndex(next(i for i in rows if i.data(IdRole) == routine_id))


def test_builtin_routines_need_no_warm_up_warning(page: EditorPage) -> None:
    _select_routine(page, "builtin:gentle-start")
    assert page.draft.routine().id == "builtin:gentle-start"
    assert page.warm_up_note.isHidden() and page.warm_up_note.text() == ""


def test_warns_when_the_routine_does_not_start_with_a_warm_up(page: EditorPage, qtbot) -> None:
    _select_routine(page, "builtin:gentle-start")
    page.duplicate_button.click()
    qtbot.waitUntil(lambda: not page.draft.base.builtin)
    assert page.warm_up_note.isHidden()
    page.items_view.setCurrentIndex(page.items_model.index(0, 0))
    page.item_form.warm_up.setChecked(False)  # the first item is no longer a warm-up
    qtbot.waitUntil(lambda: not page.warm_up_note.isHidden())
    assert page.warm_up_note.text().startswith("This routine does not start with a warm-up")
    page.item_form.warm_up.setChecked(True)
    qtbot.waitUntil(lambda: page.warm_up_note.isHidden())


def test_loaded_exercises_are_marked(page: EditorPage) -> None:
    _select_routine(page, "builtin:back-fundamentals")
    m = page.items_model
    shown = [str(m.index(r, 0).data()) for r in range(m.rowCount())]
    assert [s for s in shown if "(loaded)" in s] == [s for s in shown if "Hyperextension" in s]
    assert len([s for s in shown if "(loaded)" in s]) == 1
    proxy = page.catalogue_proxy
    marked = {
        proxy.index(r, 0).data(IdRole)
        for r in range(proxy.rowCount())
        if "(loaded)" in str(proxy.index(r, 0).data())
    }
    assert marked == {"bent-leg-deadlift", "hyperextension", "deadlift", "bent-over-row"}
