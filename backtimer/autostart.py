"""Start at login: an XDG autostart entry (``$XDG_CONFIG_HOME/autostart/<app id>.desktop``)
written when the setting is switched on and removed when it is switched off.

The entry starts ``backtimer --background``: the window stays hidden (in the tray where
there is one) and reminders fire. Inside a Flatpak the Background portal starts that
command instead (:mod:`backtimer.ui.login_start`, :func:`portal_commandline`). No Qt here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from backtimer import APP_ID, APP_NAME

BACKGROUND_FLAG = "--background"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def entry_path(directory: Path | None = None) -> Path:
    return (directory or autostart_dir()) / f"{APP_ID}.desktop"


def command() -> str:
    """How to start this BackTimer outside a sandbox: a frozen build or the script."""
    if getattr(sys, "frozen", False):
        return sys.executable
    return "backtimer"


def portal_commandline() -> list[str]:
    """What the Background portal runs inside the Flatpak (the manifest's ``command``)."""
    return ["backtimer", BACKGROUND_FLAG]


def entry_text(exec_command: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your back routine\n"
        f"Exec={exec_command} {BACKGROUND_FLAG}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_enabled(on: bool, directory: Path | None = None, exec_command: str | None = None) -> Path:
    """Write or remove the entry (atomically written); returns its path."""
    path = entry_path(directory)
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(entry_text(exec_command or command()), encoding="utf-8")
        tmp.replace(path)
    else:
        path.unlink(missing_ok=True)
    return path
