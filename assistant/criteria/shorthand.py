"""A question typed as a text message or a quick note ("erisa grp 180d frm rcpt, ltr dtd 6/2 - last day?") written out:
its shorthand words and the units glued to its numbers in full, so the window ("180 days"), what it counts from
("from receipt") and the paper ("letter dated") read as they do in a typed question. The forms are data
(question_vocab.yaml, shorthand); a text without them comes back unchanged."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.criteria.vocab import vocabulary


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    table = vocabulary()["shorthand"]
    words, units = table["words"], table["units"]
    word_rx = re.compile(r"(?<![\w'/-])(%s)(?![\w'/-])" % "|".join(
        sorted(map(re.escape, words), key=len, reverse=True)), re.I)
    # a one-letter unit only glued to its number ("180d"); a longer one also after a space ("4 mos", "10 bd")
    single = [re.escape(u) for u in units if len(u) == 1]
    longer = sorted((re.escape(u) for u in units if len(u) > 1), key=len, reverse=True)
    unit_rx = re.compile(r"(?<![\w/.$-])(\d{1,3})(?:(%s)|[ ]?(%s))(?![\w/'-])" % ("|".join(single), "|".join(longer)))
    return word_rx, unit_rx, words, units


def _unit(m: re.Match, units: dict[str, str]) -> str:
    n, unit = m.group(1), (m.group(2) or m.group(3)).lower()
    full = units[unit]
    return f"{n} {full[:-1] if n == '1' and full.endswith('s') else full}"


def written_out_shorthand(text: str) -> str:
    """Text with its message shorthand written out ("180d frm rcpt" -> "180 days from receipt")."""
    word_rx, unit_rx, words, units = _patterns()
    text = unit_rx.sub(lambda m: _unit(m, units), text)
    return word_rx.sub(lambda m: words[m.group(1).lower()], text)
