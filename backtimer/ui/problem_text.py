"""Problems in the user's language: a refused file's (the "Import refused" dialog), and
an operating-system error (:func:`os_error`) where a message names one.

The core words each :class:`~backtimer.core.fields.Problem` in English, with the
structured fields beside (section, index, field, kind). Here the place and the kind of
problem are translated from those fields; English keeps the core's precise message
("is 900; it must be at most 600"), other languages get the translated kind.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from backtimer.core.fields import ContentError, Problem
from backtimer.illustration.pictures import PictureRefused
from backtimer.store import db
from backtimer.store.routines import RoutineNameTaken
from backtimer.ui.marks import QT_TRANSLATE_NOOP

_CONTEXT = "Problems"

KINDS = {
    "missing": QT_TRANSLATE_NOOP("Problems", "is missing"),
    "type": QT_TRANSLATE_NOOP("Problems", "has the wrong type"),
    "range": QT_TRANSLATE_NOOP("Problems", "is out of the allowed range"),
    "unknown": QT_TRANSLATE_NOOP("Problems", "names something BackTimer does not know"),
    "syntax": QT_TRANSLATE_NOOP("Problems", "is not valid JSON"),
    "encoding": QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text"),
    "too_large": QT_TRANSLATE_NOOP("Problems", "is too large"),
    "version": QT_TRANSLATE_NOOP("Problems", "is from a newer BackTimer"),
    "duplicate": QT_TRANSLATE_NOOP("Problems", "appears twice"),
    "format": QT_TRANSLATE_NOOP("Problems", "is not a BackTimer routine file"),
    "invalid": QT_TRANSLATE_NOOP("Problems", "is not valid"),
}
SECTIONS = {
    "item": QT_TRANSLATE_NOOP("Problems", "item %1"),
    "exercise": QT_TRANSLATE_NOOP("Problems", "exercise %1"),
    "session": QT_TRANSLATE_NOOP("Problems", "session %1"),
    "step": QT_TRANSLATE_NOOP("Problems", "step %1"),
    "line": QT_TRANSLATE_NOOP("Problems", "line %1"),
    "routine": QT_TRANSLATE_NOOP("Problems", "the routine"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def place_text(p: Problem) -> str:
    """ "item 3, field “seconds”", or "the file"."""
    parts = []
    if p.section in SECTIONS:
        parts.append(_tr(SECTIONS[p.section]).replace("%1", str(p.index or "")).strip())
    if p.field:
        parts.append(_tr("field “%1”").replace("%1", p.field))
    return ", ".join(parts) if parts else _tr("the file")


def problem_text(p: Problem) -> str:
    if _english():
        return str(p)
    kind = KINDS.get(p.kind, KINDS["invalid"])
    return f"{place_text(p)}: {_tr(kind)}"


def refused_text(exc: ContentError) -> str:
    """The dialog's text: what was refused, then one line per problem."""
    head = _tr("%1 was refused; nothing was imported:").replace("%1", exc.source)
    return "\n".join([head, *(f"  {problem_text(p)}" for p in exc.problems)])


OS_ERRORS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Problems", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Problems", "the disk is full"),
    errno.EACCES: QT_TRANSLATE_NOOP("Problems", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Problems", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Problems", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Problems", "it does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Problems", "a file stands where a folder should be"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Problems", "it is a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("Problems", "the disk reported an error"),
}


def os_reason(exc: OSError) -> str:
    """ "permission denied", translated; the system's own words for a rare error."""
    kind = OS_ERRORS.get(exc.errno or 0)
    return _tr(kind) if kind else (exc.strerror or str(exc))


def os_error(exc: OSError) -> str:
    """ "/path: permission denied", translated."""
    return f"{exc.filename}: {os_reason(exc)}" if exc.filename else os_reason(exc)


PICTURE_PROBLEMS = {
    "type": QT_TRANSLATE_NOOP("Problems", "%1: pictures can be PNG, JPEG, SVG or GIF files."),
    "missing": QT_TRANSLATE_NOOP("Problems", "%1 does not exist."),
    "not_a_file": QT_TRANSLATE_NOOP("Problems", "%1 is not a regular file."),
    "too_large": QT_TRANSLATE_NOOP("Problems", "%1 is too large for a picture (at most 20 MB)."),
    "unreadable": QT_TRANSLATE_NOOP("Problems", "%1 could not be read as a picture."),
}

SQLITE_ERRORS = {
    db.SQLITE_FULL: OS_ERRORS[errno.ENOSPC],
    db.SQLITE_PERM: OS_ERRORS[errno.EACCES],
    db.SQLITE_READONLY: QT_TRANSLATE_NOOP("Problems", "the data file cannot be written"),
    db.SQLITE_IOERR: OS_ERRORS[errno.EIO],
    db.SQLITE_CORRUPT: QT_TRANSLATE_NOOP("Problems", "the data file is damaged"),
    db.SQLITE_NOTADB: QT_TRANSLATE_NOOP("Problems", "the data file is damaged"),
    db.SQLITE_BUSY: QT_TRANSLATE_NOOP("Problems", "another program is using the data file"),
}


def error_text(exc: BaseException) -> str:
    """An error from writing files or the data file (or a taken routine name), translated
    where BackTimer knows it; the error's own words otherwise."""
    if isinstance(exc, RoutineNameTaken):
        return _tr("A routine called “%1” already exists; choose another name.").replace(
            "%1", exc.name
        )
    if isinstance(exc, OSError):
        return os_error(exc)
    if isinstance(exc, PictureRefused) and exc.kind in PICTURE_PROBLEMS:
        return _tr(PICTURE_PROBLEMS[exc.kind]).replace("%1", exc.name)
    kind = SQLITE_ERRORS.get(db.error_code(exc) or -1)
    return _tr(kind) if kind else str(exc)


STORE_PROBLEMS = {
    "folder_is_file": QT_TRANSLATE_NOOP("Problems", "The data folder %1 is a file, not a folder."),
    "no_folder": QT_TRANSLATE_NOOP("Problems", "BackTimer cannot create the data folder %1: %2."),
    "dangling_link": QT_TRANSLATE_NOOP(
        "Problems", "The data file %1 is a link to a file that does not exist."
    ),
    "not_a_file": QT_TRANSLATE_NOOP("Problems", "The data file %1 is not a regular file."),
    "folder_read_only": QT_TRANSLATE_NOOP(
        "Problems", "BackTimer may not write in the data folder %1."
    ),
    "newer": QT_TRANSLATE_NOOP(
        "Problems",
        "The data file %1 was written by a newer BackTimer. Update BackTimer to use it; "
        "the file has not been changed.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Problems", "The disk holding %1 is full; free some space and try again."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Problems", "BackTimer may not write in %1 (read-only or no permission)."
    ),
    "cannot_open": QT_TRANSLATE_NOOP(
        "Problems",
        "BackTimer cannot open the data file %1: its folder must exist and be writable.",
    ),
    "io_error": QT_TRANSLATE_NOOP(
        "Problems", "The disk holding %1 reported an error; try again later."
    ),
}


def data_problem(
    exc: BaseException, path: Path, translate: Callable[[str], str] | None = None
) -> str:
    """Why the data file at ``path`` cannot be used, in the person's language where
    BackTimer knows the kind of problem; the store's English sentence otherwise.
    ``translate``: before the translators are installed (launch's early translator)."""
    if not isinstance(exc, db.StoreError):
        exc = db.described(exc, path)
    template = STORE_PROBLEMS.get(exc.kind)
    if template is None:
        return str(exc)
    cause = exc.cause
    reason = os_reason(cause) if isinstance(cause, OSError) else ""
    said = (translate or _tr)(template)
    return said.replace("%1", exc.place).replace("%2", reason)
