"""Update the translations: strings -> .ts (pyside6-lupdate) -> fill -> .qm (pyside6-lrelease).

1. ``tools/extract_content_strings.py`` regenerates ``tools/translations/content_strings.py``
   (the built-in content, the core's templates and ``_tr`` wrapper calls).
2. ``pyside6-lupdate`` reads every ``backtimer/**/*.py`` into
   ``translations/backtimer_<lang>.ts`` for each language (obsolete entries dropped).
3. Each entry is filled from ``tools/translations/<lang>.json``: ``{"source": "text"}``,
   or ``{"Context\\u0004source": "text"}`` where one context needs its own wording.
   An entry the dictionary lacks stays unfinished and is listed (the tests fail on it).
4. ``pyside6-lrelease`` builds ``translations/backtimer_<lang>.qm``.

Run: ``.venv/bin/python tools/update_translations.py`` (``--no-fill`` skips step 3).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
DICT_DIR = ROOT / "tools" / "translations"
LANGUAGES = ("de", "es", "ru", "zh_CN")
BIN = Path(sys.executable).parent
SEP = "\u0004"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` next to this Python (the venv's)."""
    here = BIN / name
    return str(here) if here.exists() else name


GENERATED = "tools/translations/content_strings.py"  # tools/extract_content_strings.py


def sources(root: Path = ROOT) -> list[str]:
    """The package's modules, and the generated list of strings lupdate cannot see
    (kept out of the package: nothing imports it)."""
    found = sorted(
        p.relative_to(root).as_posix()
        for p in (root / "backtimer").rglob("*.py")
        if "__pycache__" not in p.parts
    )
    return found + ([GENERATED] if (root / GENERATED).exists() else [])


def lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    """Run lupdate over every source file into ``ts_files`` (paths relative to ``root``)."""
    for ts in ts_files:
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources(root), "-ts", str(ts)],
            cwd=root,
            check=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def fill(ts: Path, dictionary: dict[str, str]) -> list[str]:
    """Fill every entry of ``ts`` from ``dictionary``; return the sources it lacks."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = dictionary.get(f"{name}{SEP}{source}", dictionary.get(source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append(f"{name}: {source}")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-fill", action="store_true", help="leave the translations alone")
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, str(ROOT / "tools" / "extract_content_strings.py")], check=True)
    TS_DIR.mkdir(exist_ok=True)
    status = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"backtimer_{lang}.ts"
        lupdate([ts.relative_to(ROOT)])
        if not args.no_fill:
            path = DICT_DIR / f"{lang}.json"
            dictionary = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            missing = fill(ts, dictionary)
            lupdate([ts.relative_to(ROOT)])  # back to lupdate's own layout
            for m in missing:
                print(f"{lang}: no translation for {m!r}")
            status = status or (1 if missing else 0)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{lang}: {ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name}")
    return status


if __name__ == "__main__":
    sys.exit(main())
