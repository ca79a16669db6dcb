"""Change translations in the .ts files from the command line (for scripts and reviews).

    python tools/edit_translation.py LANG CONTEXT SOURCE TEXT [TEXT...]

Sets the translation of SOURCE in CONTEXT of translations/backtimer_LANG.ts to TEXT
(several TEXTs: the plural forms of a "%n" entry, in the language's order) and marks it
finished. Then run tools/update_translations.py to rebuild the .qm files. Qt Linguist
(``pyside6-linguist``) does the same interactively.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def set_translation(lang: str, context: str, source: str, texts: list[str]) -> None:
    ts = ROOT / "translations" / f"backtimer_{lang}.ts"
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") != source:
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            if forms:
                if len(texts) != len(forms):
                    raise SystemExit(f"{source!r} has {len(forms)} plural forms in {lang}")
                for form, text in zip(forms, texts, strict=True):
                    form.text = text
            else:
                translation.text = texts[0]
            translation.attrib.pop("type", None)
            tree.write(ts, encoding="utf-8", xml_declaration=True)
            return
    raise SystemExit(f"no {context}: {source!r} in {ts.name}")


if __name__ == "__main__":
    if len(sys.argv) < 5:
        raise SystemExit(__doc__)
    set_translation(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
