"""``QT_TRANSLATE_NOOP`` typed as returning ``str``.

``pyside6-lupdate`` finds strings by the call's name, wherever it is defined; PySide6's
own stub declares the result as ``object``, which would make every marked list untyped.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; translate it where it is shown."""
    return text
