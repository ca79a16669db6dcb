"""The physiotherapist report: the figures gathered from a known history, and the PDF's text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.core.report import Outcome
from backtimer.store.db import open_database
from backtimer.store.history import HistoryStore
from backtimer.store.report_data import ReportData, default_period, gather, parse_day
from tests.helpers.store_data import generate_history, report, routine, step

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
MONDAY = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # the report covers 2026-11-02 .. 2026-11-29


def _session(
    store: HistoryStore,
    started: datetime,
    *,
    pain: tuple[int | None, int | None] = (None, None),
    hurt: str | None = None,
    note: str = "",
) -> None:
    sid = store.begin_session(routine(), started, 60, 120.0)
    steps = (
        step(0, actual=30.0),
        step(
            1,
            exercise="glute-bridge",
            actual=30.0,
            reps=10,
            outcome=Outcome.HURT if hurt == "glute-bridge" else Outcome.DONE,
        ),
    )
    for s in steps:
        store.record_step(sid, s)
    store.finish_session(sid, report(steps), started + timedelta(minutes=5))
    store.set_pain(sid, *pain)
    if note:
        store.set_note(sid, note)


@pytest.fixture
def known(tmp_path: Path) -> Path:
    """Five sessions in four weeks: week 1 meets a goal of 2, two hurts on different days."""
    db = open_database(tmp_path / "history.sqlite3")
    store = HistoryStore(db)
    _session(store, MONDAY, pain=(4, 2))
    _session(store, MONDAY + timedelta(days=2), pain=(5, 4), hurt="glute-bridge")
    _session(store, MONDAY + timedelta(days=8), pain=(3, 3), note="Stiff after the drive")
    _session(store, MONDAY + timedelta(days=16), hurt="glute-bridge")
    _session(store, MONDAY + timedelta(days=23), pain=(2, None))
    _session(store, MONDAY - timedelta(days=3), pain=(9, 9))  # before the period: left out
    db.close()
    return tmp_path / "history.sqlite3"


def _data(path: Path) -> ReportData:
    db = open_database(path)
    try:
        names = {"bird-dog": "Bird dog", "glute-bridge": "Glute bridge"}
        return gather(
            db,
            date(2026, 11, 2),
            date(2026, 11, 29),
            goal=2,
            exercise_name=lambda ex: names.get(ex, ex),
        )
    finally:
        db.close()


def test_figures_of_a_known_history(known: Path) -> None:
    data = _data(known)
    assert data.sessions == 5
    assert [w.sessions for w in data.weeks] == [2, 1, 1, 1]
    assert data.weeks_meeting_goal == 1
    assert data.minutes == pytest.approx(5 * 60 / 60)  # each session exercised 60 s
    assert [(p.before, p.after) for p in data.pain] == [(4, 2), (5, 4), (3, 3), (2, None)]
    assert data.average_pain_change == pytest.approx((-2 - 1 + 0) / 3)
    assert [(h.day, h.exercise) for h in data.hurts] == [
        (date(2026, 11, 4), "Glute bridge"),
        (date(2026, 11, 18), "Glute bridge"),
    ]
    assert data.repeated_hurts == [("Glute bridge", 2)]
    assert [(r.name, r.times) for r in data.routines] == [("Morning back", 5)]
    assert data.routines[0].items == (
        ("Bird dog", "30 s · each side"),
        ("Glute bridge", "10 reps × 3 s"),
    )
    assert [(n.day, n.text) for n in data.notes] == [(date(2026, 11, 10), "Stiff after the drive")]


def test_period_and_dates() -> None:
    assert default_period(date(2026, 11, 30)) == (date(2026, 11, 9), date(2026, 11, 30))
    assert parse_day("2026-02-28") == date(2026, 2, 28)
    with pytest.raises(ValueError, match="not a date"):
        parse_day("28.02.2026")


def _pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())  # "ﬀ" -> "ff"


@needs_pdftotext
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_pdf_holds_the_figures(qapp: object, known: Path, tmp_path: Path, paper: str) -> None:
    from backtimer.ui.report_pdf import write_report

    pdf = tmp_path / "report.pdf"
    pages = write_report(_data(known), pdf, person="Alex Example", paper=paper)
    text = _pdf_text(pdf)
    assert pages == text.count("Page ")  # every page has its footer
    for expected in (
        "Exercise report",
        "Alex Example",
        "Made by BackTimer, not a medical record",
        "Sessions: 5 (goal: 2 a week; met in 1 of 4 weeks)",
        "Minutes exercised: 5",
        "Average pain change per session: -1.0 (after minus before, 3 sessions rated)",
        "Glute bridge on 2 days",
        "Morning back (5 sessions)",
        "10 reps × 3 s",
        "Stiff after the drive",
    ):
        assert expected in text, expected
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert ("A4" if paper == "a4" else "letter") in size.stdout


@needs_pdftotext
def test_a_year_of_history_paginates(qapp: object, tmp_path: Path) -> None:
    from backtimer.ui.report_pdf import write_report

    db = open_database(tmp_path / "year.sqlite3")
    generate_history(db, 260, 6)  # five a week for a year, ending 2026-03-02
    data = gather(db, date(2025, 3, 3), date(2026, 3, 2), goal=4)
    db.close()
    pdf = tmp_path / "year.pdf"
    pages = write_report(data, pdf)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert data.sessions >= 250
    assert pages > 1
    assert text.count("\f") == pages  # pdftotext ends every page with a form feed
    assert f"Page {pages}" in text


@needs_pdftotext
def test_cli_writes_a_report(known: Path, tmp_path: Path) -> None:
    data_dir = known.parent
    (data_dir / "history.sqlite3").rename(data_dir / "backtimer.sqlite3")
    pdf = tmp_path / "cli.pdf"
    cmd = [
        sys.executable,
        "-m",
        "backtimer",
        "--data-dir",
        str(data_dir),
        "history",
        "report",
        "--from",
        "2026-11-02",
        "--to",
        "2026-11-29",
        "--name",
        "Sam",
        str(pdf),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Sessions: 5 (goal: 4 a week; met in 0 of 4 weeks)" in _pdf_text(pdf)
    bad = subprocess.run(
        [*cmd[:-5], "--from", "2026-13-01", str(pdf)], capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 2
    assert "not a date" in bad.stderr


@needs_pdftotext
def test_dialog_checks_the_period_and_writes(qtbot: object, known: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QWidget

    from backtimer.ui.history.report_dialog import ReportChoice, ReportDialog, ask_and_write
    from backtimer.ui.report_pdf import report_for

    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    dialog = ReportDialog(parent, date(2026, 11, 29))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.choice() == ReportChoice(date(2026, 11, 2), date(2026, 11, 29), "", "a4")
    dialog.first.setDate(QDate(2026, 11, 20))
    dialog.last.setDate(QDate(2026, 11, 10))
    dialog._check()
    assert not dialog.problem.isHidden()
    assert "ends before it starts" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted

    told: list[tuple[Path, int]] = []

    def run(d: ReportDialog) -> bool:
        d.first.setDate(QDate(2026, 11, 2))
        d.person.setText("Kim")
        d.paper.setCurrentIndex(1)
        return True

    def write(choice: ReportChoice, path: Path) -> int:
        db = open_database(known)
        try:
            return report_for(
                db,
                choice.first,
                choice.last,
                path,
                goal=2,
                exercise_names={},
                person=choice.person,
                paper=choice.paper,
            )[0]
        finally:
            db.close()

    out = ask_and_write(
        parent,
        date(2026, 11, 29),
        write,
        exec_dialog=run,
        choose_file=lambda _p, suggested: str(tmp_path / suggested.replace(".pdf", "")),
        tell=lambda _p, path, pages: told.append((path, pages)),
    )
    assert out == tmp_path / "backtimer-report-2026-11-02-2026-11-29.pdf"
    assert told and told[0][0] == out and told[0][1] >= 1
    text = _pdf_text(out)
    assert "Kim" in text and "Sessions: 5" in text
    assert not list(tmp_path.glob("*.part"))


def test_history_page_offers_the_report(qtbot: object, tmp_path: Path) -> None:
    from backtimer.ui.history.page import HistoryPage

    db = open_database(tmp_path / "h.sqlite3")
    page = HistoryPage(HistoryStore(db))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.report_requested, timeout=1000):  # type: ignore[attr-defined]
        page.report_button.click()
    db.close()


@needs_pdftotext
def test_german_report_writes_numbers_the_german_way(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from backtimer.core.model import Dosage, Item, Mode, Routine
    from backtimer.ui.report_pdf import report_for

    db = open_database(tmp_path / "h.sqlite3")
    store = HistoryStore(db)
    paced = Routine(
        "Pace",
        "",
        5,
        (Item("glute-bridge", Dosage(Mode.PACED_REPS, reps=10, seconds_per_rep=2.5)),),
    )
    sid = store.begin_session(paced, MONDAY, 60, 60.0)
    store.finish_session(sid, report((step(0),)), MONDAY + timedelta(minutes=2))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        report_for(
            db,
            date(2026, 11, 2),
            date(2026, 11, 8),
            tmp_path / "de.pdf",
            goal=2,
            exercise_names={"glute-bridge": "Beckenheben"},
        )
    finally:
        QLocale.setDefault(before)
        db.close()
    text = _pdf_text(tmp_path / "de.pdf")
    assert "Beckenheben" in text and "2,5" in text and "2.5" not in text
