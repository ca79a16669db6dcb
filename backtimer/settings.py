"""One typed registry of settings over a ``QSettings`` in INI format that is passed in.

Each :class:`Setting` has a key, a default and a type. A value that cannot be read (a
hand-edited file) falls back to its default with a warning in the log, never a crash.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)
T = TypeVar("T", bool, int, float, str)


class Setting(Generic[T]):
    """A key, its default (which gives the type), optional bounds and choices.

    A plain class, not a dataclass: this module is on the path to the window's first
    paint, and the dataclasses module costs some 3 ms there. Two settings are equal
    when they are the same object (each is declared once, in a registry)."""

    __slots__ = ("choices", "default", "key", "maximum", "minimum")
    key: str
    default: T
    minimum: float | None
    maximum: float | None
    choices: tuple[str, ...]

    def __init__(
        self,
        key: str,
        default: T,
        minimum: float | None = None,
        maximum: float | None = None,
        choices: tuple[str, ...] = (),
    ) -> None:
        self.key, self.default, self.choices = key, default, choices
        self.minimum, self.maximum = minimum, maximum

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.default!r})"

    def parse(self, raw: Any) -> T:
        """Turn a stored value into this setting's type; ValueError if it cannot be."""
        kind = type(self.default)
        if kind is bool:
            if isinstance(raw, bool):
                value: Any = raw
            elif str(raw).strip().lower() in ("true", "1", "yes", "on"):
                value = True
            elif str(raw).strip().lower() in ("false", "0", "no", "off"):
                value = False
            else:
                raise ValueError(f"{raw!r} is not true or false")
        elif kind is int:
            value = int(str(raw).strip())
        elif kind is float:
            value = float(str(raw).strip())
        else:
            value = str(raw)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{value!r} is below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{value!r} is above {self.maximum}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{value!r} is not one of {', '.join(self.choices)}")
        return value  # type: ignore[no-any-return]


# The registry.
SAFETY_ACCEPTED = Setting("safety/accepted", False)
SOUND_ON = Setting("sound/enabled", True)
VOLUME = Setting("sound/volume", 0.8, 0.0, 1.0)
VOICE_ON = Setting("voice/enabled", False)
VOICE_NAME = Setting("voice/name", "")
LEAD_IN = Setting("routine/lead_in_seconds", 10, 0, 600)
DEFAULT_REST = Setting("routine/default_rest_seconds", 30, 0, 1800)
WEEKLY_GOAL = Setting("history/weekly_goal", 4, 1, 14)
THEME = Setting("ui/theme", "system", choices=("system", "light", "dark"))
# "" follows the system; the others have a translation in translations/ (en is the source).
LANGUAGES: tuple[str, ...] = ("", "en", "de", "es", "ru", "zh_CN")
LANGUAGE = Setting("ui/language", "", choices=LANGUAGES)
COUNTDOWN_SCALE = Setting("ui/countdown_scale", 1.0, 0.6, 2.5)
LAST_ROUTINE = Setting("player/last_routine", "")
ASK_PAIN = Setting("player/ask_pain", True)  # pain check-in before and after a session
# exercise ids whose "what a loaded exercise needs" notice the person dismissed, comma-separated
LOADED_NOTICE_DISMISSED = Setting("safety/loaded_notice_dismissed", "")
CLOSE_TO_TRAY = Setting("ui/close_to_tray", False)  # only offered where there is a tray
SYNC_FOLDER = Setting("sync/folder", "")  # a folder a sync tool keeps in step; "" = off

ALL: tuple[Setting[Any], ...] = (
    SAFETY_ACCEPTED,
    SOUND_ON,
    VOLUME,
    VOICE_ON,
    VOICE_NAME,
    LEAD_IN,
    DEFAULT_REST,
    WEEKLY_GOAL,
    THEME,
    LANGUAGE,
    COUNTDOWN_SCALE,
    LAST_ROUTINE,
    CLOSE_TO_TRAY,
    ASK_PAIN,
    LOADED_NOTICE_DISMISSED,
    SYNC_FOLDER,
)


class Settings:
    """Typed access to a QSettings. Writes are synced at once so a kill loses nothing."""

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @classmethod
    def in_dir(cls, directory: Path) -> Settings:
        directory.mkdir(parents=True, exist_ok=True)
        return cls(QSettings(str(directory / "backtimer.ini"), QSettings.Format.IniFormat))

    @property
    def path(self) -> str:
        return self._q.fileName()

    def get(self, setting: Setting[T]) -> T:
        if not self._q.contains(setting.key):
            return setting.default
        raw = self._q.value(setting.key)
        try:
            return setting.parse(raw)
        except (ValueError, TypeError) as exc:
            log.warning(
                "setting %s in %s cannot be read (%s); using the default %r",
                setting.key,
                self.path,
                exc,
                setting.default,
            )
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        setting.parse(value)  # refuse a bad value from code loudly
        self._q.setValue(setting.key, value)
        self._q.sync()
