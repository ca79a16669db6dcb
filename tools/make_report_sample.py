"""Make docs/report-sample.png: page 1 of the physiotherapist report for a generated
four weeks (three routines, pain ratings, two "it hurts", a note), in a temporary data
folder, through the real command line (``backtimer history report``) and ``pdftoppm``.

Run: ``.venv/bin/python tools/make_report_sample.py [--lang de]``
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backtimer import paths  # noqa: E402
from backtimer.core import catalogue as catalogue_mod  # noqa: E402
from backtimer.core.report import Outcome, SessionReport, SessionStatus  # noqa: E402
from backtimer.core.steps import StepKind, expand  # noqa: E402
from backtimer.store.db import open_database  # noqa: E402
from backtimer.store.history import HistoryStore  # noqa: E402
from tests.helpers.store_data import step  # noqa: E402


def fill(data_dir: Path, today: date) -> None:
    cat = catalogue_mod.load(paths.content_dir())
    rng = random.Random(4)
    db = open_database(data_dir / "backtimer.sqlite3")
    store = HistoryStore(db)
    start = today - timedelta(days=27)
    for day in range(28):
        if rng.random() > 0.55:
            continue
        routine = cat.routines[day % 3]
        began = datetime(*(start + timedelta(days=day)).timetuple()[:3], 17, 30, tzinfo=UTC)
        sid = store.begin_session(routine, began, 60, 600.0)
        records = []
        for i, st in enumerate(s for s in expand(routine) if s.kind == StepKind.WORK):
            hurt = day in (5, 19) and i == 1
            rec = replace(
                step(i, exercise=st.exercise_id or "", actual=st.planned_seconds),
                exercise_name=st.exercise_id,
                outcome=Outcome.HURT if hurt else Outcome.DONE,
            )
            store.record_step(sid, rec)
            records.append(rec)
        report = SessionReport(
            routine.name,
            SessionStatus.COMPLETED,
            600.0,
            sum(r.actual_seconds for r in records),
            0.0,
            700.0,
            tuple(records),
        )
        store.finish_session(sid, report, began + timedelta(minutes=12))
        before = max(0, 5 - day // 6 + rng.randint(-1, 1))
        store.set_pain(sid, before, max(0, before - rng.randint(0, 2)))
        if day == 12:
            store.set_note(sid, "Stiff after a long drive; felt better afterwards.")
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report-sample.png")
    args = ap.parse_args()
    today = date(2026, 11, 29)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        fill(data, today)
        if args.lang != "en":
            (data / "backtimer.ini").write_text(f"[ui]\nlanguage={args.lang}\n")
        pdf = Path(tmp) / "report.pdf"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "backtimer",
                "--data-dir",
                str(data),
                "history",
                "report",
                "--from",
                str(today - timedelta(days=27)),
                "--to",
                str(today),
                "--name",
                "Alex Example",
                str(pdf),
            ],
            check=True,
        )
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(args.out.with_suffix("")),
            ],
            check=True,
        )
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
