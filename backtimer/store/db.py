"""The one owner of BackTimer's SQLite connection: pragmas, schema version, migrations.

One file (``backtimer.sqlite3`` in the data directory) holds the custom routines and the
session history. :func:`open_database` is the only way in:

- a file that is not a SQLite database, or fails ``PRAGMA quick_check``, is moved aside
  to ``NAME.corrupt-YYYYmmdd-HHMMSS`` (never deleted) and a new one is started; the new
  path is in :attr:`Database.moved_aside` so the caller can tell the person;
- a file whose ``PRAGMA user_version`` is newer than this code is refused with a
  :class:`StoreError` and left untouched (nothing is written to it);
- an older file is copied to ``NAME.v{old}.bak`` (SQLite backup API) and then brought
  up to date by the ordered :data:`MIGRATIONS` (:mod:`backtimer.store.schema`), each in
  its own transaction together with its ``user_version``;
- every connection runs in WAL mode with ``synchronous=NORMAL``, foreign keys on and a
  busy timeout; every table is ``STRICT``.

Nothing here touches the disk at import time. Standard library only.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from backtimer.store.place import StoreError, check_data_place
from backtimer.store.schema import MIGRATIONS, Migration, schema_version

DB_FILE_NAME = "backtimer.sqlite3"
BUSY_TIMEOUT_MS = 5000


__all__ = [
    "DB_FILE_NAME",
    "MIGRATIONS",
    "Database",
    "Migration",
    "StoreError",
    "check_data_place",
    "connect_again",
    "describe",
    "is_damaged",
    "is_disk_trouble",
    "moved_aside_files",
    "open_database",
    "parse_utc",
    "schema_version",
    "utc_text",
]


def utc_text(moment: datetime) -> str:
    """``2026-11-21T05:47:57.123Z``: how the store writes an instant (aware datetime)."""
    if moment.tzinfo is None:
        raise ValueError("a stored time must be timezone-aware")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_utc(text: str) -> datetime:
    """The inverse of :func:`utc_text` (an aware datetime in UTC)."""
    if len(text) != 24 or text[10] != "T" or not text.endswith("Z"):
        raise ValueError(f"{text!r} is not a UTC time like 2026-11-21T05:47:57.123Z")
    return datetime.fromisoformat(text)  # much faster than strptime; reads "Z" as UTC


@dataclass(eq=False)
class Database:
    """An open data file. Use :meth:`transaction` for every write; :meth:`close` at the end.

    ``conn`` is in autocommit mode (``isolation_level=None``): a write outside
    :meth:`transaction` commits on its own.
    """

    path: Path
    conn: sqlite3.Connection
    moved_aside: Path | None = None  # where an unreadable file was moved, to tell the person
    migrated_from: int | None = None  # the schema version the file had before migrating
    backup: Path | None = None  # the copy made before migrating
    _closed: bool = field(default=False, repr=False)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back if the block raises."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (a full disk does): only if still open.
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        # Fold the WAL back into the file so a copied file is complete on its own.
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()


def open_database(
    path: Path,
    *,
    migrations: Sequence[Migration] = MIGRATIONS,
    quick_check: bool = True,
    now: Callable[[], time.struct_time] = time.localtime,
    move_damaged: bool = True,
) -> Database:
    """Open (creating if needed) the data file at ``path`` and bring its schema up to date.

    Raises :class:`StoreError` for a file made by a newer BackTimer, one that cannot be
    opened (read-only folder, full disk, a link to nowhere...), or a damaged one when
    ``move_damaged`` is False (the command line never moves a file another process may
    be using). ``migrations`` is a parameter so tests can add a later version.

    The file and its ``-wal``/``-shm`` are only ever opened through SQLite here: a plain
    ``open()``/``close()`` of them would drop this process's POSIX locks (see
    ARCHITECTURE.md, "Sharing the data file").
    """
    path = Path(path)
    check_data_place(path)
    moved: Path | None = None
    # A non-empty -wal at start-up is either another process's (fine) or left by a
    # crash or by another file (check it): check whenever one is there.
    check = quick_check or _nonempty(_sidecar(path, "-wal"))
    reason, version = _probe(path, check)
    if reason is not None:
        if not move_damaged:
            raise StoreError(
                f"The data file {path} is damaged ({reason}). Start the BackTimer window "
                "to move it aside and begin a new one; nothing was changed."
            )
        moved = _move_aside(path, now())
    elif version > schema_version(migrations):
        raise StoreError(
            f"The data file {path} was written by a newer BackTimer (data format "
            f"{version}; this version reads up to {schema_version(migrations)}). "
            "Update BackTimer to use it; the file has not been changed.",
            "newer", path,
        )  # fmt: skip
    conn = _connect(path)
    try:
        db = Database(path, conn, moved_aside=moved)
        _migrate(db, migrations)
        _check_tables(db)
    except BaseException:
        conn.close()
        raise
    return db


def connect_again(path: Path) -> Database:
    """A second connection to a file :func:`open_database` already opened and checked
    (for the history writer's thread): no probe, no migration."""
    path = Path(path)
    return Database(path, _connect(path))


# -- what SQLite says went wrong -----------------------------------------------------------

SQLITE_PERM, SQLITE_BUSY, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 3, 5, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26


def error_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an error (None if it is not SQLite's)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damaged(exc: BaseException) -> bool:
    """SQLite itself says the file is damaged or not a database (the only reasons to
    move a file aside)."""
    return error_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def is_disk_trouble(exc: BaseException) -> bool:
    """A full disk or an I/O error: worth retrying later; never a reason to move a file."""
    if isinstance(exc, OSError):
        return True
    return error_code(exc) in (SQLITE_FULL, SQLITE_IOERR)


def described(exc: BaseException, path: Path) -> StoreError:
    """:func:`describe` as a :class:`StoreError` with its kind and place."""
    code = error_code(exc)
    kind = {
        SQLITE_FULL: "disk_full",
        SQLITE_READONLY: "read_only",
        SQLITE_PERM: "read_only",
        SQLITE_CANTOPEN: "cannot_open",
        SQLITE_IOERR: "io_error",
    }.get(code or -1, "")
    return StoreError(describe(exc, path), kind, path if kind == "cannot_open" else path.parent)


def describe(exc: BaseException, path: Path) -> str:
    """A sentence for the person about an error opening or writing ``path``."""
    code = error_code(exc)
    folder = path.parent
    if code == SQLITE_FULL:
        return f"The disk holding {folder} is full; free some space and try again."
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return f"BackTimer may not write in {folder} (read-only or no permission)."
    if code == SQLITE_CANTOPEN:
        return (
            f"BackTimer cannot open the data file {path}: the folder {folder} must exist "
            "and be writable."
        )
    if code == SQLITE_IOERR:
        return f"The disk holding {folder} reported an error ({exc}); try again later."
    return f"BackTimer cannot use the data file {path}: {exc}"


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0  # stat opens no descriptor
    except OSError:
        return False


def _check_tables(db: Database) -> None:
    have = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    missing = sorted({"routine", "session", "step"} - have)
    if missing:
        raise StoreError(
            f"The data file {db.path} lacks the table(s) {', '.join(missing)}: it was changed "
            "by another program. Move it away to start afresh."
        )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise described(exc, path) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"{path}: the data file cannot use write-ahead logging ({mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.Error as exc:
        conn.close()
        raise described(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _ro_uri(path: Path, extra: str = "") -> str:
    return f"{path.resolve().as_uri()}?mode=ro{extra}"


def _probe(path: Path, quick_check: bool) -> tuple[str | None, int]:
    """Why SQLite says the existing file at ``path`` is damaged (None if it is not, or is
    missing), and its schema version (0 when missing or empty).

    Only SQLite reads the file (a read-only connection), so a refused file stays as it
    was and no lock of this process is dropped. Errors that are not damage (I/O, full
    disk, permissions) raise :class:`StoreError`: they are no reason to move a file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None, 0  # SQLite treats an empty file as an empty database
    # With no -wal beside it, no process has the file open in WAL mode: read it as
    # immutable (creates no -wal/-shm, so a refused file is left exactly as it was).
    # A damage found that way is confirmed by a normal read (a writer may have started).
    quiet = not _sidecar(path, "-wal").exists()
    uris = [_ro_uri(path, "&immutable=1"), _ro_uri(path)] if quiet else [_ro_uri(path)]
    for n, uri in enumerate(uris):
        try:
            version, problem = _read_check(uri, quick_check)
        except sqlite3.Error as exc:
            if not is_damaged(exc):
                raise described(exc, path) from None
            version, problem = 0, f"SQLite says: {exc}"
        if problem is None or n == len(uris) - 1:
            break
    if _nonempty(_sidecar(path, "-wal")) and _wal_is_foreign(path, problem):
        _move_wal_aside(path)
        return None, _read_check(_ro_uri(path), False)[0]
    return problem, version


def _wal_is_foreign(path: Path, problem: str | None) -> bool:
    """Whether the ``-wal`` beside ``path`` belongs to another file: the file alone
    (``immutable=1`` ignores the log) is sound, and with the log it is damaged, or it
    no longer holds any of the sessions and routines the file alone holds (a log only
    adds to its own file; nobody's crash deletes the whole history)."""
    try:
        _, alone = _read_check(_ro_uri(path, "&immutable=1"), problem is not None)
        if alone is not None:
            return False  # the file itself is damaged
        if problem is not None:
            return True
        mine = _identity(_ro_uri(path, "&immutable=1"))
        return bool(mine) and not (mine & _identity(_ro_uri(path)))
    except sqlite3.Error:
        return False


def _identity(uri: str) -> set[str]:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
        found: set[str] = set()
        if "session" in tables:
            found |= {r[0] for r in conn.execute("SELECT uuid FROM session")}
        if "routine" in tables:
            found |= {f"routine:{r[0]}" for r in conn.execute("SELECT name_key FROM routine")}
        return found
    finally:
        conn.close()


def _read_check(uri: str, quick_check: bool) -> tuple[int, str | None]:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if quick_check:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                found = "; ".join(str(r[0]) for r in rows[:3])
                return version, f"fails the integrity check: {found}"
        return version, None
    finally:
        conn.close()


def _move_wal_aside(path: Path) -> None:
    """The file is sound on its own but not with the ``-wal`` beside it: that log belongs
    to another file. Keep it (renamed), never apply it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for suffix in ("-wal", "-shm"):
        side = _sidecar(path, suffix)
        if side.exists():
            try:
                side.rename(path.with_name(f"{path.name}.foreign-{stamp}{suffix}"))
            except OSError as exc:
                raise StoreError(
                    f"{side} belongs to another data file and could not be moved aside: "
                    f"{exc.strerror}"
                ) from None


def moved_aside_files(path: Path) -> list[Path]:
    """Data files moved aside earlier (newest last), to mention while history is empty."""
    try:
        found = list(path.parent.glob(f"{path.name}.corrupt-*"))
    except OSError:
        return []
    return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))


def _move_aside(path: Path, when: time.struct_time) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", when)
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):  # stale logs go with their file
            side = _sidecar(path, suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
    except OSError as exc:
        raise StoreError(
            f"The data file {path} is damaged and could not be moved aside: {exc.strerror}"
        ) from None
    return target


def _migrate(db: Database, migrations: Sequence[Migration]) -> None:
    target = schema_version(migrations)
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(migrations) + 1)):
        raise ValueError(f"migrations must be numbered 1, 2, 3… in order, not {versions}")
    current = db.user_version
    if current > target:
        raise StoreError(
            f"The data file {db.path} was written by a newer BackTimer (data format "
            f"{current}; this version reads up to {target}). Update BackTimer to use it; "
            "the file has not been changed."
        )
    if current == target:
        return
    empty = db.conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0
    if not empty:
        db.backup = _backup(db, current)
        db.migrated_from = current
    for migration in migrations[current:]:
        try:
            with db.transaction() as conn:
                for statement in migration.statements:
                    conn.execute(statement)
                if migration.apply is not None:
                    migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        except sqlite3.Error as exc:
            kept = f"; a copy made before updating is {db.backup}" if db.backup else ""
            raise StoreError(
                f"Could not update the data file {db.path} to data format "
                f"{migration.version}: {exc}. It was left at format {db.user_version}{kept}."
            ) from exc
    if db.migrated_from is not None:
        fk = db.conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            raise StoreError(f"{db.path}: migration left broken references: {fk[:3]}")


def _backup(db: Database, version: int) -> Path:
    target = db.path.with_name(f"{db.path.name}.v{version}.bak")
    n = 1
    while target.exists():
        target = db.path.with_name(f"{db.path.name}.v{version}.{n}.bak")
        n += 1
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    except sqlite3.Error as exc:
        raise StoreError(
            f"Could not copy {db.path} to {target} before updating it: {exc}"
        ) from None
    finally:
        dest.close()
    return target


def open_second(path: Path) -> Database:
    """Another connection to a data file this process already opened with
    :func:`open_database`, for a worker thread: no probe, no migration, no file calls —
    SQLite's own locking keeps the two connections safe."""
    return Database(Path(path), _connect(Path(path)))
