"""The German translation speaks to the person one way throughout: formally ("Sie"), as
the safety texts and the dialogs do. A "du" among them reads as a slip."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from backtimer import paths

INFORMAL = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)


def test_german_uses_the_formal_address_everywhere() -> None:
    ts = paths.translations_dir() / "backtimer_de.ts"
    informal = [
        (message.findtext("source"), text)
        for message in ET.parse(ts).getroot().iter("message")
        for node in message.iter()
        if node.tag in ("translation", "numerusform")
        for text in [node.text or ""]
        if INFORMAL.search(text)
    ]
    assert informal == []
