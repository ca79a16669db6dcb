"""Numbers as the chosen language writes them: ``2,5`` in German, ``2.5`` in English.

Through ``QLocale()``, the default locale that :func:`backtimer.i18n.install_translators`
sets (the setting's language, else the system's; a C/POSIX system gets English).
Pass :func:`number` as the ``number`` argument of :mod:`backtimer.core.formatting`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: float, decimals: int | None = None) -> str:
    """``4`` for 4.0, ``2,5`` for 2.5 in German; ``decimals`` fixes the digits after it."""
    locale = QLocale()
    if decimals is None:
        shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        return locale.toString(float(value), "g", shortest)
    return locale.toString(float(value), "f", decimals)
