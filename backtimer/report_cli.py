"""``backtimer history report``: the physiotherapist report as a PDF, from the command line.

Kept apart from :mod:`backtimer.cli` because it needs Qt (QPdfWriter): Qt is imported only
when the command runs, on the offscreen platform, so it works without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from backtimer import paths


def add_parser(history_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rep = history_sub.add_parser(
        "report", help="write a PDF report for your physiotherapist (the last 4 weeks by default)"
    )
    rep.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day")
    rep.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day (default: today)")
    rep.add_argument("--name", default="", help="your name, printed in the header")
    rep.add_argument("--paper", choices=("a4", "letter"), default="a4")
    rep.add_argument("file", type=Path, help="the PDF file to write")


def period(args: argparse.Namespace, today: date) -> tuple[date, date]:
    """The period asked for; raises ValueError with a sentence for a bad one."""
    from backtimer.store.report_data import default_period, parse_day

    last = parse_day(args.last) if args.last else today
    first = parse_day(args.first) if args.first else default_period(last)[0]
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
    if (last - first).days > 366 * 20:
        raise ValueError("the period is longer than 20 years")
    return first, last


def run(args: argparse.Namespace, db: object, out: TextIO) -> int:
    """Write the report; return the number of pages. ``db`` is an open Database."""
    first, last = period(args, date.today())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from backtimer import i18n
    from backtimer.content_i18n import translate_catalogue
    from backtimer.core import catalogue as catalogue_mod
    from backtimer.settings import LANGUAGE, WEEKLY_GOAL, Settings
    from backtimer.ui.report_pdf import report_for

    qapp = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    settings = Settings.in_dir(paths.config_dir(args.data_dir))
    i18n.install_translators(qapp, settings.get(LANGUAGE), paths.translations_dir())
    catalogue = translate_catalogue(catalogue_mod.load(paths.content_dir()))
    names = {ex.id: ex.name for ex in catalogue.exercises}

    pages, data = report_for(
        db,  # type: ignore[arg-type]
        first,
        last,
        args.file,
        goal=settings.get(WEEKLY_GOAL),
        exercise_names=names,
        person=args.name,
        paper=args.paper,
    )
    out.write(
        f"wrote {args.file}: {pages} pages, {data.sessions} sessions from {first} to {last}\n"
    )
    return pages
