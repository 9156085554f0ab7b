"""Speakers of an IRC, Twitch or Discord log, whose lines open with a time and the handle in angle brackets:
"[21:02:11] <mossfern> hi", "12:04 <@kettle_drum> brb", "<Zed99> ok" (a log without times counts when two lines or more
open so). The handle is the person's chosen name on the platform: it finds them as a name does. Such a handle is no
markup tag, so structured.py leaves it to this rule; a real tag is closed somewhere ("</note>") or sits in a document of
tags, not at the start of a line of talk."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_TIME = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[\])]?"
# an operator's or a voiced user's sign ("@", "+") is the channel's mark, not part of the handle
_LINE = re.compile(rf"(?m)^[ \t]*({_TIME}[ \t]*)?<[@+%~&]?([A-Za-z0-9_][\w.|`^-]{{1,30}})>[ \t]+\S")
# an action line names the handle after a star: "[21:04:53] * mossfern waves", "* kettle_drum (mod) timed out ..."
_ACTION = re.compile(rf"(?m)^[ \t]*{_TIME}[ \t]*\*[ \t]+([A-Za-z0-9_][\w.|`^-]{{1,30}})(?=[ \t])")


def chat_handles(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of the handles that open the lines of a chat log."""
    found = [m for m in _LINE.finditer(text) if f"</{m.group(2)}>" not in text]
    timed = [m for m in found if m.group(1)]
    lines = timed if len(found) < 2 else found
    return [(m.start(2), m.end(2)) for m in lines]


def find_chat_handles(text: str) -> list[PhiSpan]:
    """Text -> NAME spans of chat handles at line starts, and the same handles where the log's action lines name them."""
    spans = chat_handles(text)
    if not spans:
        return []
    handles = {text[s:e] for s, e in spans}
    spans += [(m.start(1), m.end(1)) for m in _ACTION.finditer(text) if m.group(1) in handles]
    return [PhiSpan(s, e, "NAME", 0.8, "chat_handle") for s, e in spans]
