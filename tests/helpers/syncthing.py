"""Two real Syncthing instances on 127.0.0.1 sharing one folder, for the sync tests.

No discovery, no relays, no NAT, no usage reporting: each instance is told the other's
address directly, so nothing leaves the machine. The folder is watched (1 s delay) and
rescanned every 2 s. :meth:`Syncthing.kill` and :meth:`Syncthing.start` stop and restart
one instance, as a crash would.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tests.helpers.waiting import wait_for

FOLDER_ID = "backtimer"
API_KEY = "backtimer-test-key"


def available() -> bool:
    return shutil.which("syncthing") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _descendants(pid: int) -> list[int]:
    """The processes started by ``pid``, and theirs (from /proc)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def _ended(pid: int) -> bool:
    """Gone, or a zombie (which holds no file and no lock; nobody may reap it here)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


class Syncthing:
    def __init__(self, home: Path, folder: Path) -> None:
        self.home = home
        self.folder = folder
        self.gui_port = _free_port()
        self.listen_port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: BinaryIO | None = None
        home.mkdir(parents=True)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".stfolder").mkdir(exist_ok=True)
        out = subprocess.run(
            [
                "syncthing",
                "generate",
                f"--home={home}",
                "--no-default-folder",
                "--skip-port-probing",
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        found = re.search(r"Device ID: (\S+)", out.stdout + out.stderr)
        assert found, out.stdout + out.stderr
        self.device_id = found.group(1)

    def configure(self, peer: Syncthing) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        assert gui is not None
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"  # type: ignore[union-attr]
        gui.find("apikey").text = API_KEY  # type: ignore[union-attr]
        options = root.find("options")
        assert options is not None
        settings = {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "startBrowser": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "reconnectionIntervalS": "1",
            "setLowPriority": "false",
            # 1 MiB/s even on loopback, so a test can catch a transfer half-way.
            "limitBandwidthInLan": "true",
            "maxRecvKbps": "1000",
        }
        for key, value in settings.items():
            node = options.find(key)
            if node is None:
                node = ET.SubElement(options, key)
            node.text = value
        device = ET.SubElement(
            root,
            "device",
            id=peer.device_id,
            name="peer",
            compression="metadata",
            introducer="false",
        )
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
        folder = ET.Element(
            "folder",
            id=FOLDER_ID,
            label=FOLDER_ID,
            path=str(self.folder),
            type="sendreceive",
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
            ignorePerms="false",
            autoNormalize="true",
        )
        for dev in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=dev, introducedBy="")
        ET.SubElement(folder, "markerName").text = ".stfolder"
        root.insert(0, folder)
        tree.write(path)

    def start(self) -> None:
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1"}
        self._log = (self.home / "syncthing.log").open("ab")
        self.proc = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart"],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        proc = self.proc
        try:
            # Until its API answers, or it has ended (then at once, not after the timeout).
            wait_for(lambda: proc.poll() is not None or self._up(), 60, "syncthing's API")
        except AssertionError as exc:
            raise AssertionError(f"{exc} on port {self.gui_port}\n{self.log_tail()}") from None
        if proc.poll() is not None:
            raise AssertionError(
                f"syncthing ended at start (exit code {proc.returncode})\n{self.log_tail()}"
            )

    def log_tail(self, lines: int = 30) -> str:
        """The end of this instance's log, to say why it did not come up."""
        try:
            text = (self.home / "syncthing.log").read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "syncthing.log ends:\n" + "\n".join(text.splitlines()[-lines:])

    def _get(self, endpoint: str) -> object:
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{endpoint}", headers={"X-API-Key": API_KEY}
        )
        with urllib.request.urlopen(req, timeout=2) as resp:
            return json.loads(resp.read())

    def _up(self) -> bool:
        try:
            self._get("/rest/system/ping")
            return True
        except OSError:
            return False

    def connected(self, peer: Syncthing) -> bool:
        try:
            conns = self._get("/rest/system/connections")
        except OSError:
            return False
        return bool(conns["connections"].get(peer.device_id, {}).get("connected"))  # type: ignore[index]

    def restart_folder(self) -> None:
        """Pause and resume the folder: after a start that raced the reconnection, Syncthing
        would otherwise wait a minute before it pulls again ("isn't making sync progress")."""
        for paused in (True, False):
            req = urllib.request.Request(
                f"http://127.0.0.1:{self.gui_port}/rest/config/folders/{FOLDER_ID}",
                data=json.dumps({"paused": paused}).encode(),
                method="PATCH",
                headers={"X-API-Key": API_KEY, "Content-Type": "application/json"},
            )
            with urllib.request.urlopen(req, timeout=10):
                pass

    def kill(self) -> None:
        """SIGKILL, and wait until no process of it is left. Syncthing does its work in a
        child process, which holds the database lock and can still be ending after the
        parent has been waited for: a start then fails ("Error opening database: resource
        temporarily unavailable (is another instance of Syncthing running?)")."""
        if self.proc is not None and self.proc.poll() is None:
            family = _descendants(self.proc.pid)
            os.killpg(self.proc.pid, signal.SIGKILL)
            for pid in family:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
            wait_for(lambda: all(map(_ended, family)), 10, "syncthing's child to end")
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None


@contextlib.contextmanager
def pair(root: Path, folder_a: Path, folder_b: Path) -> Iterator[tuple[Syncthing, Syncthing]]:
    a = Syncthing(root / "st-a", folder_a)
    b = Syncthing(root / "st-b", folder_b)
    a.configure(b)
    b.configure(a)
    try:
        a.start()
        b.start()
        wait_for(lambda: a.connected(b) and b.connected(a), 40, "the two instances to connect")
        yield a, b
    finally:
        a.kill()
        b.kill()
