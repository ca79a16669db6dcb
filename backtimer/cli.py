"""The command line. Sub-commands need no display and import no Qt.

Exit codes: 0 success, 2 bad input or a data folder that cannot be used (the reason,
one sentence, on stderr), 1 other failure. ``--json`` output is an object with
``format`` and ``version`` (:data:`JSON_VERSION`) around the list. Output piped into a
program that stops reading (``| head``) ends quietly.

The commands share the data folder with a running window through SQLite's own locking
(see ARCHITECTURE.md, "Sharing the data file"); they never move a damaged file aside.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from backtimer import __version__, paths, report_cli, sync_cli
from backtimer.core import catalogue as catalogue_mod
from backtimer.core import routine_io, untrusted
from backtimer.core.catalogue import Catalogue
from backtimer.core.fields import ContentError
from backtimer.core.formatting import format_dosage, format_duration
from backtimer.core.model import Routine
from backtimer.core.steps import planned_seconds

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2
JSON_VERSION = 1  # of the --json output of `exercises list` and `routines list`


DB_NAME = "backtimer.sqlite3"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="backtimer", description="Guided, timed lower-back routines.")
    p.add_argument("--version", action="version", version=f"BackTimer {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="keep data and settings in DIR")
    p.add_argument(
        "--routine", metavar="ROUTINE", help="open on this routine (its id, name or slug)"
    )
    p.add_argument("--start", action="store_true", help="start the routine at once")
    p.add_argument(
        "--background",
        action="store_true",
        help="start hidden in the tray, for reminders (what start at login uses)",
    )
    p.add_argument(
        "--check-startup",
        action="store_true",
        help="open the window; print the ms from the start to its first paint and to "
        "ready (Start usable); exit",
    )
    p.add_argument(
        "--check-first-paint",
        action="store_true",
        help="open the window; print the ms from the start to its first paint; exit at once",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser("exercises", help="the exercise catalogue")
    ex_sub = ex.add_subparsers(dest="action", required=True, metavar="ACTION")
    ex_sub.add_parser("list", help="list the exercises").add_argument("--json", action="store_true")
    ro = sub.add_parser("routines", help="built-in and custom routines")
    ro_sub = ro.add_subparsers(dest="action", required=True, metavar="ACTION")
    ro_sub.add_parser("list", help="list the routines").add_argument("--json", action="store_true")
    exp = ro_sub.add_parser("export", help="write a routine to a .backtimer.json file")
    exp.add_argument("name", metavar="ROUTINE", help="its id (see `routines list`), name or slug")
    exp.add_argument("file", type=Path)
    imp = ro_sub.add_parser("import", help="add a routine from a .backtimer.json file")
    imp.add_argument("file", type=Path)
    hi = sub.add_parser("history", help="the session history")
    hi_sub = hi.add_subparsers(dest="action", required=True, metavar="ACTION")
    hexp = hi_sub.add_parser("export", help="write the history as CSV or JSON")
    hexp.add_argument("--format", choices=("csv", "json"), default="json")
    hexp.add_argument("file", nargs="?", type=Path)
    himp = hi_sub.add_parser("import", help="restore sessions from an export")
    himp.add_argument("file", type=Path)
    report_cli.add_parser(hi_sub)
    sync_cli.add_parser(sub)
    return p


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def load_catalogue() -> Catalogue:
    return catalogue_mod.load(paths.content_dir())


def run_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    from backtimer.store.db import StoreError, describe

    try:
        if args.command == "exercises":
            return _list_exercises(load_catalogue(), args.json, out)
        if args.command == "routines":
            return _routines(args, out)
        if args.command == "history":
            return _history(args, out)
        if args.command == "sync":
            return _sync(args, out)
    except BrokenPipeError:
        return _reader_went_away()
    except KeyboardInterrupt:  # Ctrl+C: every write is one transaction, so none is half done
        return _say("interrupted; what was not finished was not written", 128 + 2)
    except (ContentError, _BadInput, StoreError) as exc:
        return _say(str(exc), EXIT_BAD_INPUT)
    except sqlite3.Error as exc:
        return _say(describe(exc, paths.data_dir(args.data_dir) / DB_NAME), EXIT_BAD_INPUT)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _say(f"{where}{exc.strerror or exc}", EXIT_BAD_INPUT)
    raise AssertionError(args.command)  # pragma: no cover


def _say(message: str, code: int) -> int:
    with contextlib.suppress(OSError):
        print(f"backtimer: {message}", file=sys.stderr)
    return code


def _reader_went_away() -> int:
    """stdout was closed by its reader (``backtimer ... | head``): stop quietly, and keep
    Python from complaining again when it flushes stdout at exit."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


class _BadInput(Exception):
    pass


def _list_exercises(cat: Catalogue, as_json: bool, out: TextIO) -> int:
    if as_json:
        rows = [routine_io.exercise_to_json(e) for e in cat.exercises]
        doc = {"format": "backtimer-exercises", "version": JSON_VERSION, "exercises": rows}
        json.dump(doc, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    width = max(len(e.id) for e in cat.exercises)
    for e in cat.exercises:
        side = " (each side)" if e.one_sided else ""
        out.write(f"{e.id:<{width}}  {e.level.value:<5}  {e.name}{side}\n")
    return EXIT_OK


def _open_store(args: argparse.Namespace, cat: Catalogue):  # type: ignore[no-untyped-def]
    from backtimer.store.db import StoreError, open_database
    from backtimer.store.routines import RoutineStore

    try:
        db = open_database(paths.data_dir(args.data_dir) / DB_NAME, move_damaged=False)
    except StoreError as exc:
        raise _BadInput(str(exc)) from None
    return db, RoutineStore(db, cat.exercise_ids)


def _routines(args: argparse.Namespace, out: TextIO) -> int:
    from backtimer.routine_library import RoutineLibrary

    cat = load_catalogue()
    db, store = _open_store(args, cat)
    try:
        library = RoutineLibrary(cat, store)
        every = list(library.routines)
        if args.action == "list":
            return _list_routines(every, args.json, out)
        if args.action == "export":
            match = library.find(args.name)
            if match is None:
                names = ", ".join(repr(r.name) for r in every)
                raise _BadInput(f"no routine is called {args.name!r}; there are: {names}")
            routine_io.write_file(match, args.file)
            out.write(f"wrote {match.name!r} to {args.file}\n")
            return EXIT_OK
        routine = routine_io.read_file(args.file, cat.exercise_ids)
        saved = store.save(_unique_name(routine, {r.name.casefold() for r in every}))
        out.write(f"imported {saved.name!r} ({len(saved.items)} items)\n")
        return EXIT_OK
    finally:
        db.close()


def _unique_name(routine: Routine, taken: set[str]) -> Routine:
    from dataclasses import replace

    name, n = routine.name, 2
    while name.casefold() in taken:
        name, n = f"{routine.name} ({n})", n + 1
    return replace(routine, name=name, id="", builtin=False)


def _list_routines(routines: list[Routine], as_json: bool, out: TextIO) -> int:
    if as_json:
        rows = [
            {
                "id": r.id,
                "name": r.name,
                "builtin": r.builtin,
                "items": len(r.items),
                "planned_seconds": planned_seconds(r),
            }
            for r in routines
        ]
        doc = {"format": "backtimer-routines", "version": JSON_VERSION, "routines": rows}
        json.dump(doc, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    for r in routines:
        kind = "built-in" if r.builtin else "custom"
        facts = f"{kind}, {len(r.items)} items, {format_duration(planned_seconds(r))}"
        out.write(f"{r.name}  [{r.id}; {facts}]\n")
        for i, item in enumerate(r.items, start=1):
            out.write(f"    {i}. {item.exercise}: {format_dosage(item)}\n")
    return EXIT_OK


def _sync(args: argparse.Namespace, out: TextIO) -> int:
    cat = load_catalogue()
    db, _ = _open_store(args, cat)
    try:
        sync_cli.run(args, db, cat.exercise_ids, out)
    except ValueError as exc:
        raise _BadInput(str(exc)) from None
    finally:
        db.close()
    return EXIT_OK


def _history(args: argparse.Namespace, out: TextIO) -> int:
    from backtimer.store import history_io

    cat = load_catalogue()
    db, _ = _open_store(args, cat)
    try:
        if args.action == "report":
            try:
                report_cli.run(args, db, out)
            except ValueError as exc:
                raise _BadInput(str(exc)) from None
            return EXIT_OK
        if args.action == "export":
            if args.file is None:
                n = history_io.export_history(db, out, args.format)
            else:
                with args.file.open("w", encoding="utf-8", newline="") as f:
                    n = history_io.export_history(db, f, args.format)
                out.write(f"exported {n} sessions to {args.file}\n")
            return EXIT_OK
        raw = untrusted.read_regular_file(args.file, history_io.MAX_HISTORY_BYTES, "history file")
        try:
            text = raw.decode("utf-8-sig")  # a spreadsheet's BOM is fine in a history file
        except UnicodeDecodeError:
            raise _BadInput(f"{args.file}: is not UTF-8 text; nothing was imported") from None
        result = history_io.import_history(db, text, str(args.file))
        out.write(
            f"imported {result.added} sessions from {args.file}; "
            f"{result.already_present} were already there\n"
        )
        return EXIT_OK
    finally:
        db.close()
