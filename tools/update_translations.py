"""Update the translations the Qt way: the ``.ts`` files are where translations live.

``translations/backtimer_<lang>.ts`` hold every translation, edited in Qt Linguist, a
text editor or a service such as Weblate; this tool never overwrites a translation.
``translations/backtimer_en.ts`` holds only the English plural forms ("%n session" /
"%n sessions"), made with ``lupdate -pluralonly``.

1. ``tools/extract_content_strings.py`` regenerates ``backtimer/content_strings.py``
   (the built-in content, the core's templates and ``_tr`` wrapper calls, which lupdate
   cannot see by itself).
2. ``pyside6-lupdate`` merges every ``backtimer/**/*.py`` into each ``.ts``: new
   strings come in unfinished, translations of unchanged strings are kept, strings no
   longer in the code are dropped (``-no-obsolete``). Running it again on unchanged
   sources changes nothing (``tests/test_translations.py`` checks that).
3. Bulk fill (``--no-fill`` skips it): only EMPTY entries are filled, from
   ``tools/translations/<lang>.json`` (``{"source": "text"}``, ``{"Context\\u0004source":
   "text"}`` for one context, and a list of forms for a counted "%n" entry, in the
   language's order: de/es ``[one, other]``, ru ``[one, few, many]``, zh_CN
   ``[other]``). An entry that already has a translation is left alone, so an edit made
   in Linguist or Weblate is never lost. English plural forms of the core's templates
   are filled from ``backtimer.core.plural.ENGLISH_ONE``.
4. ``pyside6-lrelease`` builds ``translations/backtimer_<lang>.qm``.

Counted phrases use Qt's numerus forms: ``QCoreApplication.translate(ctx, "%n
sessions", None, n)`` (or a ``_tr(text, n)`` wrapper, ``self.tr(text, "", n)``), and
the ``.ts`` entry has one ``<numerusform>`` per plural form of the language. Never
build plurals in code ("session(s)", ``if n == 1``).

Unfinished entries are listed, and the tests fail on them. After adding strings:

    .venv/bin/python tools/update_translations.py          # lupdate + lrelease
    (translate the new entries in translations/*.ts, e.g. with pyside6-linguist)
    .venv/bin/python tools/update_translations.py          # rebuild the .qm files

or put the new entries in tools/translations/<lang>.json and run the tool again.
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
ENGLISH = "en"  # plural forms only
BIN = Path(sys.executable).parent
SEP = "\u0004"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` next to this Python (the venv's)."""
    here = BIN / name
    return str(here) if here.exists() else name


def sources(root: Path = ROOT) -> list[str]:
    return sorted(
        p.relative_to(root).as_posix()
        for p in (root / "backtimer").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def ts_path(lang: str, root: Path = ROOT) -> Path:
    return root / "translations" / f"backtimer_{lang}.ts"


def lupdate(ts: Path, root: Path = ROOT) -> None:
    """Merge the sources under ``root`` into ``ts`` (keeps its translations)."""
    plural_only = ["-pluralonly"] if ts.stem.endswith(f"_{ENGLISH}") else []
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *plural_only,
         *sources(root), "-ts", str(ts.relative_to(root))],
        cwd=root,
        check=True,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _is_empty(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return not any((f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def fill_empty(ts: Path, dictionary: dict[str, object]) -> int:
    """Fill the EMPTY (or unfinished) entries of ``ts`` from ``dictionary``; return how
    many were filled. A finished translation is never overwritten.

    Rewrites the file only when something was filled (then lupdate's layout is restored
    by the next lupdate run)."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            # Fill what nobody has translated: empty, or lupdate's unfinished guess (the
            # same text in another context). A finished translation is never touched.
            if translation is None or not (
                _is_empty(translation) or translation.get("type") == "unfinished"
            ):
                continue
            text = dictionary.get(f"{name}{SEP}{source}", dictionary.get(source))
            forms = translation.findall("numerusform")
            if forms and isinstance(text, list) and len(text) == len(forms):
                for form, value in zip(forms, text, strict=True):
                    form.text = str(value)
            elif not forms and isinstance(text, str) and text:
                translation.text = text
            else:
                continue
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(ts: Path) -> list[str]:
    """``"Context: source"`` of every entry without a (complete) translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            empty = translation is None or (
                any(not (f.text or "").strip() for f in forms) if forms else _is_empty(translation)
            )
            if empty or (translation is not None and translation.get("type") == "unfinished"):
                out.append(f"{name}: {message.findtext('source')}")
    return out


def english_plurals() -> dict[str, object]:
    """The core's English plural forms, as a fill dictionary for backtimer_en.ts."""
    sys.path.insert(0, str(ROOT))
    try:
        import importlib
        import pkgutil

        import backtimer.core

        for module in pkgutil.iter_modules(backtimer.core.__path__):  # each declares its own
            importlib.import_module(f"backtimer.core.{module.name}")
        from backtimer.core.plural import ENGLISH_ONE
    finally:
        sys.path.remove(str(ROOT))
    return {plural: [one, plural] for plural, one in ENGLISH_ONE.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-fill", action="store_true", help="do not fill empty entries from the dictionaries"
    )
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, str(ROOT / "tools" / "extract_content_strings.py")], check=True)
    TS_DIR.mkdir(exist_ok=True)
    status = 0
    for lang in (ENGLISH, *LANGUAGES):
        ts = ts_path(lang)
        lupdate(ts)
        dictionary: dict[str, object] = english_plurals() if lang == ENGLISH else {}
        path = DICT_DIR / f"{lang}.json"
        if not args.no_fill and path.exists():
            dictionary.update(json.loads(path.read_text(encoding="utf-8")))
        if dictionary and fill_empty(ts, dictionary):
            lupdate(ts)  # back to lupdate's own layout
        missing = unfinished(ts)
        for m in missing:
            print(f"{lang}: unfinished: {m!r}")
        status = status or (1 if missing else 0)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{lang}: {ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name}")
    return status


if __name__ == "__main__":
    sys.exit(main())
