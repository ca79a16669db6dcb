"""The journal files that carry one history between computers through a synced folder.

Each computer writes one file into the sync folder, ``backtimer-journal-<device>.json``,
and only that one; it replaces it whole (a temporary file, then an atomic rename) when it
has something new. The SQLite file itself never goes into the folder: file-sync engines
copy a live database in pieces and corrupt it.

A journal holds, append-only:

- ``history``: the finished sessions recorded on that computer, in the history export's
  JSON format (:mod:`backtimer.store.history_io`), so importing them reuses its
  validation and its de-duplication by uuid;
- ``routines``: custom-routine revisions. Each revision names the routine by a global
  ``uid`` (the same on every computer), its ``parents`` (the revisions it was edited
  from), when it was made, whether it deletes the routine, and the routine file text.
  A revision's ``rev`` is a hash of its content, so two computers that make the same
  merge make the same revision.

Reading is forgiving: a file that is half-written, from a newer BackTimer, or not a
journal at all is skipped and reported once; a revision that doesn't match its hash is
dropped. Sync engines' conflict copies (``*.sync-conflict-*``) are read like any journal.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backtimer.digest import sha256_hex
from backtimer.store.db import parse_utc

FORMAT_NAME = "backtimer-journal"
FORMAT_VERSION = 1
PREFIX = "backtimer-journal-"
MAX_BYTES = 256 * 1024 * 1024  # a journal larger than this is not read
MAX_BODY = 1024 * 1024
_DEVICE = re.compile(r"[0-9a-f]{32}")
_UID = re.compile(r"[0-9a-zA-Z_-]{1,64}")


def journal_name(device: str) -> str:
    return f"{PREFIX}{device}.json"


def new_device_id() -> str:
    return os.urandom(16).hex()


@dataclass(frozen=True, slots=True)
class Revision:
    uid: str
    parents: tuple[str, ...]
    changed_utc: str
    deleted: bool
    body: str | None  # the routine file text (None for a deletion)
    rev: str = ""

    def __post_init__(self) -> None:
        if not self.rev:
            object.__setattr__(self, "rev", revision_hash(self))

    def to_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "rev": self.rev,
            "parents": list(self.parents),
            "changed_utc": self.changed_utc,
            "deleted": self.deleted,
            "body": self.body,
        }


def revision_hash(r: Revision) -> str:
    key = json.dumps([r.uid, sorted(r.parents), r.changed_utc, r.deleted, r.body])
    return sha256_hex(key.encode("utf-8"))[:24]


@dataclass(slots=True)
class Journal:
    device: str
    label: str = ""
    sessions: list[dict[str, Any]] = field(default_factory=list)  # history-export sessions
    routines: list[Revision] = field(default_factory=list)

    def session_uuids(self) -> set[str]:
        return {s["uuid"] for s in self.sessions if isinstance(s.get("uuid"), str)}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "device": self.device,
            "label": self.label,
            "history": {"format": "backtimer-history", "version": 1, "sessions": self.sessions},
            "routines": [r.to_json() for r in self.routines],
        }


class JournalUnreadable(Exception):
    """A file in the sync folder that is not a journal this BackTimer can read.

    ``kind`` is "damaged" (half-copied or broken JSON), "newer" (a later BackTimer's
    format) or "foreign" (anything else); the message is the English sentence."""

    def __init__(self, message: str, kind: str = "foreign") -> None:
        super().__init__(message)
        self.kind = kind


def _revision(raw: Any) -> Revision | None:
    if not isinstance(raw, dict):
        return None
    uid, rev, parents = raw.get("uid"), raw.get("rev"), raw.get("parents")
    changed, deleted, body = raw.get("changed_utc"), raw.get("deleted"), raw.get("body")
    if not (isinstance(uid, str) and _UID.fullmatch(uid) and isinstance(rev, str)):
        return None
    if not (isinstance(parents, list) and all(isinstance(p, str) for p in parents)):
        return None
    if not isinstance(deleted, bool) or not isinstance(changed, str):
        return None
    if deleted != (body is None) or (body is not None and not isinstance(body, str)):
        return None
    if body is not None and len(body) > MAX_BODY:
        return None
    try:
        parse_utc(changed)
    except ValueError:
        return None
    r = Revision(uid, tuple(parents), changed, deleted, body)
    return r if r.rev == rev else None  # damaged or edited by hand: not trusted


def read_journal(path: Path) -> tuple[Journal, int]:
    """The journal in ``path`` and how many revisions were dropped as invalid.

    Raises :class:`JournalUnreadable` with a sentence for a file that can't be used.
    """
    try:
        if not path.is_file():
            raise JournalUnreadable("is not a regular file")
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise JournalUnreadable(f"cannot be read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise JournalUnreadable("is larger than 256 MB")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise JournalUnreadable(
            "is incomplete or damaged (still being copied?)", "damaged"
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise JournalUnreadable("is not a BackTimer journal")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JournalUnreadable("has no valid version")
    if version > FORMAT_VERSION:
        raise JournalUnreadable(
            f"was written by a newer BackTimer (journal version {version}); update to read it",
            "newer",
        )
    device = doc.get("device")
    if not isinstance(device, str) or not _DEVICE.fullmatch(device):
        raise JournalUnreadable("names no valid device")
    history = doc.get("history")
    sessions = history.get("sessions") if isinstance(history, dict) else None
    raw_routines = doc.get("routines")
    if not isinstance(sessions, list) or not isinstance(raw_routines, list):
        raise JournalUnreadable("is missing its history or routines")
    revisions = [_revision(r) for r in raw_routines]
    good = [r for r in revisions if r is not None]
    label = doc.get("label") if isinstance(doc.get("label"), str) else ""
    sessions = [s for s in sessions if isinstance(s, dict)]
    return Journal(device, str(label)[:200], sessions, good), len(revisions) - len(good)


def journal_files(folder: Path) -> list[Path]:
    """Every journal-looking file in the folder, conflict copies included, sorted."""
    try:
        return sorted(
            p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.suffix == ".json"
        )
    except OSError:
        return []


def write_journal(folder: Path, journal: Journal) -> Path:
    """Replace this device's journal atomically (temporary file, fsync, rename)."""
    target = folder / journal_name(journal.device)
    text = json.dumps(journal.to_json(), ensure_ascii=False, separators=(",", ":"))
    fd, tmp = tempfile.mkstemp(prefix=".backtimer-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
