"""One routine library keyed by id: built-ins by ``builtin:<slug>``, custom routines by
their store id; the player's picker and ``LAST_ROUTINE`` keep ids, not display names."""

from __future__ import annotations

from dataclasses import replace

from backtimer import paths
from backtimer.app import App
from backtimer.core import catalogue as catalogue_mod
from backtimer.core.model import Level
from backtimer.routine_library import RoutineLibrary, is_routine_id
from backtimer.settings import LAST_ROUTINE, Settings
from backtimer.store.db import open_database
from backtimer.store.routines import RoutineStore
from backtimer.ui.player.routine_choice import IdRole, migrate_last_routine


def _library(tmp_path):
    cat = catalogue_mod.load(paths.content_dir())
    db = open_database(tmp_path / "lib.sqlite3")
    return RoutineLibrary(cat, RoutineStore(db, cat.exercise_ids)), db


def test_built_ins_and_custom_routines_by_id(tmp_path) -> None:
    library, db = _library(tmp_path)
    gentle = library.get("builtin:gentle-start")
    assert gentle is not None and gentle.builtin
    mine = library.store.save(replace(gentle, id="", name="Mine", builtin=False))
    assert library.get(mine.id) is None  # not until the library is read again
    library.reload()
    assert library.get(mine.id) == mine and mine.id.startswith("custom:")
    assert library.find("gentle-start") is gentle  # a slug, as after --routine
    assert library.find(gentle.name.upper()) is gentle  # a display name, any case
    assert library.find(mine.id) == mine and library.find("") is None
    assert is_routine_id(mine.id) and not is_routine_id(mine.name)
    db.close()


def test_info_gives_planned_time_and_the_hardest_level(tmp_path) -> None:
    library, db = _library(tmp_path)
    gentle = library.get("builtin:gentle-start")
    gym = library.get("builtin:swallow-fly-deadlift")
    assert gentle is not None and gym is not None
    assert library.info(gentle).seconds > 60
    assert library.level(gentle) is Level.ENTRY
    assert library.level(gym) is Level.GYM
    assert library.level(replace(gentle, items=())) is None
    db.close()


def test_an_old_name_valued_last_routine_becomes_its_id(tmp_path) -> None:
    library, db = _library(tmp_path)
    settings = Settings.in_dir(tmp_path)
    gentle = library.get("builtin:gentle-start")
    assert gentle is not None
    settings.set(LAST_ROUTINE, gentle.name)  # what earlier versions stored
    assert migrate_last_routine(settings, library) is gentle
    assert settings.get(LAST_ROUTINE) == "builtin:gentle-start"
    settings.set(LAST_ROUTINE, "A routine that is gone")
    assert migrate_last_routine(settings, library) is None
    assert settings.get(LAST_ROUTINE) == "A routine that is gone"
    db.close()


def test_the_picker_shows_time_and_level_and_remembers_the_id(app: App) -> None:
    box = app.view.routine_box
    assert box.count() == len(app.library.routines)
    for i, routine in enumerate(app.library.routines):
        assert box.itemData(i, IdRole) == routine.id
        assert routine.name in box.itemText(i) and " min" in box.itemText(i)
    assert "level" in box.itemText(0)
    box.setCurrentIndex(2)
    chosen = app.library.routines[2]
    assert app.controller.routine == chosen
    assert app.settings.get(LAST_ROUTINE) == chosen.id


def test_the_last_routine_survives_a_restart_and_a_language_change(app: App) -> None:
    """A restart builds the picker again: it reads the id, so a translated name
    (another language) does not lose the choice."""
    app.choice.select("builtin:floor-basics")
    assert app.settings.get(LAST_ROUTINE) == "builtin:floor-basics"
    app.controller.routine = None  # as in a new run: nothing shown yet
    translated = tuple(replace(r, name=f"«{r.name}»") for r in app.catalogue.routines)
    app.library.catalogue = replace(app.catalogue, routines=translated)
    shown = app.choice.reload()
    assert shown is not None and shown.id == "builtin:floor-basics"
    assert shown.name.startswith("«")
    assert app.view.routine_box.currentData(IdRole) == "builtin:floor-basics"


def test_run_in_player_follows_into_the_picker(app: App) -> None:
    saved = app.routine_store.save(
        replace(app.library.routines[0], id="", name="Mine", builtin=False)
    )
    app.choice.reload()
    edited = replace(saved, lead_in_seconds=42)  # unsaved changes in the editor
    assert app.choice.run(edited)
    assert app.controller.routine == edited
    assert app.view.routine_box.currentData(IdRole) == saved.id
    draft = replace(saved, id="", name="Draft")
    assert app.choice.run(draft)
    assert app.view.routine_box.currentText() == "Draft (not saved)"
    assert app.settings.get(LAST_ROUTINE) == saved.id  # a draft is not remembered


def test_the_menu_offers_settings_reminders_keys_safety_about_and_quit(app: App, qtbot) -> None:
    from backtimer.ui.about import AboutDialog

    w = app.window
    texts = [a.text().replace("&", "") for a in w.app_menu.actions() if not a.isSeparator()]
    assert texts == [
        "Settings…", "Reminders…", "Keys", "Safety rules", "About BackTimer", "Quit",
    ]  # fmt: skip
    assert w.quit_action.shortcut().toString() == "Ctrl+Q"
    assert "F1" in [k.toString() for k in app.view.actions_by_name["help"].shortcuts()]
    about = AboutDialog(app.catalogue, w)
    qtbot.addWidget(about)
    text = about.text.text()
    assert "GPL-3.0-or-later" in text
    assert text.count("<li>") == 5 and "Lower Back Strengthening Exercises" in text


def test_the_command_line_finds_routines_through_the_library_by_id(tmp_path) -> None:
    """A custom routine named like a built-in is exported by its id; the listing shows
    the ids; a slug and a name still work, as the README says."""
    import io

    from backtimer.cli import DB_NAME, build_parser, run_command
    from backtimer.core import routine_io

    data = tmp_path / "data"
    data.mkdir()
    cat = catalogue_mod.load(paths.content_dir())
    gentle = cat.routine("builtin:gentle-start")
    db = open_database(data / DB_NAME)
    twin = RoutineStore(db, cat.exercise_ids).save(
        replace(gentle, id="", builtin=False, items=gentle.items[:1])  # same name
    )
    db.close()

    def cli(*args: str) -> str:
        out = io.StringIO()
        assert run_command(build_parser().parse_args(["--data-dir", str(data), *args]), out) == 0
        return out.getvalue()

    listing = cli("routines", "list")
    assert f"{gentle.name}  [{twin.id}; custom, 1 items" in listing
    assert f"{gentle.name}  [{gentle.id}; built-in" in listing
    for wanted, expected in [
        (twin.id, twin),
        (gentle.id, gentle),
        ("gentle-start", gentle),
        (gentle.name.lower(), gentle),  # a name: the first routine of that name
    ]:
        target = tmp_path / "out.backtimer.json"
        cli("routines", "export", wanted, str(target))
        assert routine_io.read_file(target, cat.exercise_ids).items == expected.items, wanted


def test_the_editor_opens_routines_by_id(tmp_path, qtbot) -> None:
    """The editor lists the library and opens the chosen id, even where a custom
    routine carries a built-in's display name."""
    from backtimer.ui.editor.models import IdRole as RowId
    from backtimer.ui.editor.page import EditorPage

    library, db = _library(tmp_path)
    gentle = library.get("builtin:gentle-start")
    assert gentle is not None
    twin = library.store.save(replace(gentle, id="", builtin=False, items=gentle.items[:1]))
    page = EditorPage(library)
    qtbot.addWidget(page)
    ids = [page.routine_model.index(r, 0).data(RowId) for r in range(page.routine_model.rowCount())]
    assert ids == [r.id for r in library.routines] and twin.id in ids
    for routine in (twin, gentle, twin):
        page.routine_list.setCurrentIndex(page.routine_model.index(ids.index(routine.id), 0))
        assert page.draft.base.id == routine.id
        assert page.draft.base.builtin is routine.builtin
        assert page.draft.base.items == routine.items
    db.close()
