"""Screenshots of the player in each language: ``docs/screenshots/player-<lang>.png``.

``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_languages.py [WxH] [LANG...]``

Builds the real window on a throw-away data directory with a fake clock, in the light
theme, with the translators and the translated catalogue the app uses, starts the
"Floor basics" routine, moves the clock 25 s on (into the first exercise, with the
phase, the next item and the instructions showing) and saves a grab. Also reports
labels whose text does not fit (elided or clipped), so overflow can be fixed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backtimer import paths  # noqa: E402
from backtimer.app import App  # noqa: E402
from backtimer.content_i18n import translate_catalogue  # noqa: E402
from backtimer.core import catalogue  # noqa: E402
from backtimer.core.clock import FakeClock  # noqa: E402
from backtimer.i18n import install_translators, remove_translators  # noqa: E402
from backtimer.settings import ASK_PAIN, Settings  # noqa: E402
from backtimer.store.db import open_database  # noqa: E402
from backtimer.ui.theme import ThemeApplier  # noqa: E402

LANGUAGES = ("de", "es", "ru", "zh_CN")


def overflow(root: object) -> list[str]:
    """Buttons whose text is wider than the button, single-line labels cut off."""
    found = []
    for w in root.findChildren(QAbstractButton):  # type: ignore[attr-defined]
        text = w.text().replace("&", "")
        need = w.fontMetrics().horizontalAdvance(text)
        if w.isVisible() and text and need > w.width() - 4:
            found.append(f"button {text!r}: needs {need} px, has {w.width()}")
    for w in root.findChildren(QLabel):  # type: ignore[attr-defined]
        if w.isVisible() and w.text() and not w.wordWrap() and "<" not in w.text():
            need = w.fontMetrics().horizontalAdvance(w.text())
            if need > w.width():
                found.append(f"label {w.text()!r}: needs {need} px, has {w.width()}")
    return found


def shoot(lang: str, size: tuple[int, int], out: Path, qapp: QApplication) -> list[str]:
    loaded = install_translators(qapp, lang, paths.translations_dir())
    try:
        d = Path(tempfile.mkdtemp())
        settings = Settings.in_dir(d)
        settings.set(ASK_PAIN, False)
        clock = FakeClock()
        cat = translate_catalogue(catalogue.load(paths.content_dir()))
        app = App(cat, open_database(d / "b.sqlite3"), settings, clock, d)
        app.reload_routines("floor-basics")
        app.window.resize(*size)
        app.window.show()
        app.controller.start()
        for _ in range(100):
            clock.advance(0.25)
            app.controller.on_timer()
        qapp.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        app.window.grab().save(str(out))
        problems = overflow(app.window)
        app.controller.timer.stop()
        app.window.can_close = lambda: True
        app.window.close()
        app.close()
        return problems
    finally:
        remove_translators(qapp, loaded)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size", nargs="?", default="1024x600")
    ap.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = ap.parse_args()
    w, h = map(int, args.size.split("x"))
    qapp = QApplication(sys.argv[:1])
    ThemeApplier(qapp).apply("light")
    for lang in args.languages:
        out = ROOT / "docs" / "screenshots" / f"player-{lang}.png"
        problems = shoot(lang, (w, h), out, qapp)
        print(f"{out.relative_to(ROOT)}: {len(problems)} overflow(s)")
        for p in problems:
            print(f"  {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
