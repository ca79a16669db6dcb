"""The core imports no Qt: prove it in a fresh interpreter with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import backtimer.core

BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):
            raise ImportError('Qt is blocked: ' + name)
sys.meta_path.insert(0, Block())
import importlib
for m in MODULES:
    importlib.import_module(m)
print('ok', len(MODULES))
"""


def test_core_modules_import_with_qt_blocked() -> None:
    modules = [
        f"backtimer.core.{m.name}" for m in pkgutil.iter_modules(backtimer.core.__path__)
    ] + ["backtimer.store.db", "backtimer.paths"]
    modules = [m for m in modules if _exists(m)]
    assert len(modules) >= 8
    code = f"MODULES = {modules!r}\n" + BLOCKER
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"ok {len(modules)}"


def _exists(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None
