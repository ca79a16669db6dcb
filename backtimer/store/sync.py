"""One history on every computer: merge the journals in a synced folder (no Qt).

:func:`sync_once` is one round, safe to repeat at any time and idempotent:

1. read every journal in the folder (:mod:`backtimer.store.sync_journal`);
2. turn local custom-routine changes since the last round into revisions in this
   computer's journal (new, edited, deleted);
3. for each routine, find the latest revisions (heads). One head is applied locally.
   Two or more mean the routine was edited on two computers in between: the one changed
   last wins, and every other edit is kept as a copy named "… (conflict copy)". The copy
   and the merge are made the same way on every computer, so they agree without talking;
4. import the other computers' sessions (by uuid, never doubled);
5. add this computer's new finished sessions to its journal and write it if it changed.

What this computer knows between rounds (its device id, which global routine is which
local one, and the revision last applied) is in ``sync-state.json`` beside the data file,
never in the synced folder. Deleting a session is local: the journals are append-only.
"""

from __future__ import annotations

import io
import json
import os
import socket
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from backtimer.core import routine_io
from backtimer.core.fields import ContentError
from backtimer.core.model import Routine
from backtimer.digest import sha256_hex
from backtimer.store import history_io
from backtimer.store.db import Database, utc_text
from backtimer.store.routines import RoutineNameTaken, RoutineStore
from backtimer.store.sync_journal import (
    Journal,
    JournalUnreadable,
    Revision,
    journal_files,
    journal_name,
    new_device_id,
    read_journal,
    write_journal,
)

STATE_FILE = "sync-state.json"
CONFLICT_SUFFIX = " (conflict copy)"


class SyncFolderRefused(Exception):
    """The chosen folder can't be used for sync; the message says why.

    ``kind``: "own_data" (it is, holds or is inside the data folder), "missing",
    "read_only" or "unusable" — for a translated sentence in the window."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Notice:
    """Something worth saying once. ``kind``: "damaged", "newer", "foreign" (a file
    skipped), "dropped" (bad routine changes skipped), "conflict_file" (a sync tool's
    conflict copy was read), "history" (a journal's sessions skipped), "routine" (a routine
    that could not be read). ``file`` names the journal; ``text`` is the English sentence."""

    kind: str
    file: str
    text: str


@dataclass(slots=True)
class SyncResult:
    sessions_added: int = 0
    routines_changed: int = 0  # created, updated or deleted here
    conflicts: int = 0  # conflict copies made in this round
    devices: int = 0  # other computers whose journals were read
    wrote: bool = False
    journal: str = ""  # this computer's journal's file name
    notices: list[Notice] = field(default_factory=list)  # each said once


@dataclass(slots=True)
class _Link:
    local: str | None  # custom:<n>, or None once deleted here
    rev: str  # the revision applied (or journaled) last
    local_hash: str  # hash of the routine text as stored here then


@dataclass(slots=True)
class SyncState:
    device: str
    links: dict[str, _Link] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> SyncState:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            links = {
                uid: _Link(v.get("local"), str(v["rev"]), str(v["local_hash"]))
                for uid, v in doc["links"].items()
            }
            return cls(str(doc["device"]), links)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(new_device_id())

    def save(self, path: Path) -> None:
        doc = {
            "device": self.device,
            "links": {
                uid: {"local": k.local, "rev": k.rev, "local_hash": k.local_hash}
                for uid, k in sorted(self.links.items())
            },
        }
        fd, tmp = tempfile.mkstemp(prefix=".sync-state-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)


def check_folder(folder: Path, data_dir: Path) -> None:
    """Raise :class:`SyncFolderRefused` unless ``folder`` is a usable sync folder."""
    try:
        f, d = folder.resolve(), data_dir.resolve()
    except OSError as exc:
        raise SyncFolderRefused("unusable", f"{folder} cannot be used: {exc.strerror}") from None
    if f == d or f.is_relative_to(d) or d.is_relative_to(f):
        raise SyncFolderRefused(
            "own_data",
            f"{folder} holds BackTimer's own data folder (or is inside it). A sync tool "
            "would copy the live database and damage it; choose a separate folder.",
        )
    if not f.is_dir():
        raise SyncFolderRefused("missing", f"{folder} is not a folder (or does not exist).")
    if not os.access(f, os.W_OK | os.X_OK):
        raise SyncFolderRefused("read_only", f"{folder} cannot be written to.")


def _text_hash(text: str) -> str:
    return sha256_hex(text.encode("utf-8"))[:24]


def _body(routine: Routine) -> str:
    return routine_io.to_text(replace(routine, id="", builtin=False))


def _heads(revisions: dict[str, Revision]) -> dict[str, list[Revision]]:
    """For each uid, its revisions that no other revision names as a parent."""
    parents = {p for r in revisions.values() for p in r.parents}
    heads: dict[str, list[Revision]] = {}
    for r in revisions.values():
        if r.rev not in parents:
            heads.setdefault(r.uid, []).append(r)
    for hs in heads.values():
        hs.sort(key=lambda r: (not r.deleted, r.changed_utc, r.rev))  # the winner last
    return heads


def _copy_uid(uid: str, rev: str) -> str:
    return "c" + sha256_hex(f"{uid}/{rev}".encode())[:31]


def _renamed(body: str, suffix: str, known: Iterable[str]) -> str | None:
    try:
        routine = routine_io.parse_text(body, "journal", known)
    except ContentError:
        return None
    return _body(replace(routine, name=routine.name[: 120 - len(suffix)] + suffix))


class _Round:
    def __init__(
        self,
        db: Database,
        folder: Path,
        state: SyncState,
        known: frozenset[str],
        now: Callable[[], datetime],
        told: set[str],
        result: SyncResult,
    ) -> None:
        self.db, self.folder, self.state, self.known = db, folder, state, known
        self.now, self.told, self.result = now, told, result
        self.store = RoutineStore(db, known)
        self.own = Journal(state.device, socket.gethostname())
        self.others: list[tuple[Path, Journal]] = []
        self.revisions: dict[str, Revision] = {}
        self.own_changed = False

    def say(self, key: str, kind: str, file: str, sentence: str) -> None:
        if key not in self.told:
            self.told.add(key)
            self.result.notices.append(Notice(kind, file, sentence))

    # -- 1. read ---------------------------------------------------------------------
    def read(self) -> None:
        own_name = journal_name(self.state.device)
        own_found = False
        for path in journal_files(self.folder):
            try:
                journal, dropped = read_journal(path)
            except JournalUnreadable as exc:
                self.say(
                    f"{path.name}:{exc}",
                    exc.kind,
                    path.name,
                    f"Sync: skipped {path.name}: it {exc}.",
                )
                continue
            if dropped:
                self.say(
                    f"{path.name}:dropped",
                    "dropped",
                    path.name,
                    f"Sync: {dropped} damaged routine changes in {path.name} were skipped.",
                )
            for r in journal.routines:
                self.revisions.setdefault(r.rev, r)
            if path.name == own_name:
                own_found = True
                self.own.sessions = journal.sessions
                self.own.routines = list(journal.routines)
            else:
                if ".sync-conflict-" in path.name:
                    self.say(
                        f"{path.name}:conflict",
                        "conflict_file",
                        path.name,
                        f"Sync: read the sync tool's conflict copy {path.name} too.",
                    )
                self.others.append((path, journal))
        self.own_changed = not own_found
        self.result.devices = len({j.device for _, j in self.others} - {self.state.device})

    def journal(self, r: Revision) -> None:
        if r.rev not in {x.rev for x in self.own.routines}:
            self.own.routines.append(r)
            self.own_changed = True
        self.revisions.setdefault(r.rev, r)

    # -- 2. local routine changes ------------------------------------------------------
    def local_changes(self) -> None:
        stamp = utc_text(self.now())
        by_local = {k.local: uid for uid, k in self.state.links.items() if k.local}
        heads = _heads(self.revisions)
        present: set[str] = set()
        for stored in self.store.list():
            present.add(stored.id)
            try:
                body = _body(self.store.get(stored.id))
            except (KeyError, ContentError):
                continue
            h = _text_hash(body)
            uid = by_local.get(stored.id)
            if uid is None:
                uid = self._adopt(body, heads)
                if uid is not None:  # the same routine arrived before a crash: link it
                    self.state.links[uid] = _Link(stored.id, heads[uid][-1].rev, h)
                    continue
                uid = new_device_id()
                r = Revision(uid, (), stamp, False, body)
                self.journal(r)
                self.state.links[uid] = _Link(stored.id, r.rev, h)
            elif h != self.state.links[uid].local_hash:
                r = Revision(uid, (self.state.links[uid].rev,), stamp, False, body)
                self.journal(r)
                self.state.links[uid] = _Link(stored.id, r.rev, h)
        for uid, link in self.state.links.items():
            if link.local and link.local not in present:
                r = Revision(uid, (link.rev,), stamp, True, None)
                self.journal(r)
                self.state.links[uid] = _Link(None, r.rev, "")

    def _adopt(self, body: str, heads: dict[str, list[Revision]]) -> str | None:
        for uid, hs in heads.items():
            link = self.state.links.get(uid)
            if (link is None or link.local is None) and hs[-1].body == body:
                return uid
        return None

    # -- 3. merge and apply ------------------------------------------------------------
    def merge(self) -> None:
        for uid, heads in sorted(_heads(self.revisions).items()):
            if len(heads) > 1:
                winner = heads[-1]
                for loser in heads[:-1]:
                    if loser.deleted or loser.body is None:
                        continue  # an edit beats a deletion: nothing to keep
                    copy = _renamed(loser.body, CONFLICT_SUFFIX, self.known)
                    if copy is not None:
                        cuid = _copy_uid(uid, loser.rev)
                        if not any(r.uid == cuid for r in self.revisions.values()):
                            self.result.conflicts += 1
                        self.journal(Revision(cuid, (), loser.changed_utc, False, copy))
                merged = Revision(
                    uid,
                    tuple(sorted(h.rev for h in heads)),
                    winner.changed_utc,
                    winner.deleted,
                    winner.body,
                )
                self.journal(merged)
        for uid, heads in sorted(_heads(self.revisions).items()):
            self.apply(uid, heads[-1])

    def apply(self, uid: str, target: Revision) -> None:
        link = self.state.links.get(uid)
        if link is not None and link.rev == target.rev:
            return
        if target.deleted or target.body is None:
            if link is not None and link.local:
                try:
                    self.store.delete(link.local)
                    self.result.routines_changed += 1
                except KeyError:
                    pass
            self.state.links[uid] = _Link(None, target.rev, "")
            return
        try:
            routine = routine_io.parse_text(target.body, f"sync routine {uid}", self.known)
        except ContentError as exc:
            self.say(
                f"{uid}:{target.rev}", "routine", "", f"Sync: a routine could not be read: {exc}"
            )
            return
        local = link.local if link is not None else None
        if local is not None:
            try:
                current = self.store.get(local)
            except (KeyError, ContentError):
                local = None
            else:
                if _body(current) == _body(routine):  # already so here (say, the local edit won)
                    self.state.links[uid] = _Link(local, target.rev, _text_hash(_body(current)))
                    return
        saved = self._save(replace(routine, id=local or ""))
        self.result.routines_changed += 1
        self.state.links[uid] = _Link(saved.id, target.rev, _text_hash(_body(saved)))

    def _save(self, routine: Routine) -> Routine:
        """Save; a name another routine has here gets " (2)", " (3)"… here only."""
        for n in range(1, 100):
            name = routine.name if n == 1 else f"{routine.name[:110]} ({n})"
            try:
                return self.store.save(replace(routine, name=name))
            except RoutineNameTaken:
                continue
        raise RoutineNameTaken(routine.name)

    # -- 4. and 5. sessions --------------------------------------------------------------
    def sessions(self) -> None:
        seen: set[str] = set()
        for path, journal in self.others:
            seen |= journal.session_uuids()
            doc = {"format": "backtimer-history", "version": 1, "sessions": journal.sessions}
            try:
                added = history_io.import_history(self.db, json.dumps(doc), path.name).added
            except ContentError as exc:
                self.say(
                    f"{path.name}:history",
                    "history",
                    path.name,
                    f"Sync: sessions in {path.name} skipped: {exc}",
                )
                continue
            self.result.sessions_added += added
        known = seen | self.own.session_uuids()
        out = io.StringIO()
        history_io.export_history(self.db, out, "json")
        new = [s for s in json.loads(out.getvalue())["sessions"] if s["uuid"] not in known]
        if new:
            self.own.sessions.extend(new)
            self.own_changed = True


def sync_once(
    db: Database,
    folder: Path,
    known_exercises: Iterable[str],
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    told: set[str] | None = None,
) -> SyncResult:
    """One sync round between the data file ``db`` and the journals in ``folder``.

    ``told`` collects the notices already given (pass the same set every round, so each
    is said once). Raises :class:`SyncFolderRefused` for an unusable folder and
    ``OSError`` if this computer's journal or state cannot be written (nothing is lost:
    the next round writes it).
    """
    check_folder(folder, db.path.parent)
    state_path = db.path.parent / STATE_FILE
    state = SyncState.load(state_path)
    result = SyncResult()
    told = told if told is not None else set()
    rnd = _Round(db, folder, state, frozenset(known_exercises), now, told, result)
    result.journal = journal_name(state.device)
    rnd.read()
    rnd.local_changes()
    rnd.merge()
    rnd.sessions()
    if rnd.own_changed:
        write_journal(folder, rnd.own)
        result.wrote = True
    state.save(state_path)
    return result


def describe(result: SyncResult) -> dict[str, Any]:
    """The result as plain data (for the command line's --json and for logs)."""
    return {
        "sessions_added": result.sessions_added,
        "routines_changed": result.routines_changed,
        "conflicts": result.conflicts,
        "devices": result.devices,
        "wrote": result.wrote,
        "notices": [n.text for n in result.notices],
    }
