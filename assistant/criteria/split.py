"""Passage text -> sentences: prose split at sentence ends (not after "v." or "Pub."), a list kept with the lead-in
that ends with ":", a Markdown table read one row at a time with each cell named by its column."""

from __future__ import annotations

import re

_ABBREV = re.compile(r"(?:\b(?:v|vs|Pub|Ch|No|Nos|Dr|Mr|Ms|Mrs|St|Inc|Cir|Cal|Fed|Reg|Sec|Art|Vol|ed|eds|"
                     r"e\.g|i\.e|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|"
                     r"Stat|Supp|Ct|App|Dist|Co|Corp|Dept|Div|Admin|Code|Rev|Ann|seq)|\b[A-Z])\.$")


def _split_prose(prose: str) -> list[str]:
    """Sentences of one paragraph; "v." in "Wit v. UBH" or "Pub." in a citation does not end one."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z0-9(\"“])", prose):
        if _ABBREV.search(prose[start:m.start()]):
            continue
        out.append(prose[start:m.start()])
        start = m.end()
    out.append(prose[start:])
    return out


def _table_rows(block: str) -> list[str] | None:
    """A Markdown table -> one sentence per row, each cell named by its column ("Post-service: ...; One level: 60 days")."""
    rows = [ln.strip().strip("|") for ln in block.splitlines() if ln.strip().startswith("|")]
    if len(rows) < 3 or not re.fullmatch(r"[\s|:-]+", rows[1]):
        return None
    head = [c.strip() for c in rows[0].split("|")]
    out = []
    for row in rows[2:]:
        cells = [c.strip() for c in row.split("|")]
        named = [cells[0]] + [f"{h}: {c}" for h, c in zip(head[1:], cells[1:]) if c]
        out.append(f"{head[0]}: " + "; ".join(named) + ".")
    return out


ITEM = re.compile(r"^(?:[-•]|\d+[.)])\s+")


def _block_sentences(lines: list[str]) -> list[str]:
    """One block's lines, in order: prose split into sentences; a list joins the lead-in that ends with ':'."""
    out: list[str] = []
    prose: list[str] = []
    items: list[str] = []

    def flush_items() -> None:
        if not items:
            return
        joined = "; ".join(i.rstrip(".;") for i in items)
        if out and out[-1].rstrip().endswith(":") and len(out[-1]) + len(joined) < 700:
            out[-1] = out[-1].rstrip().rstrip(":") + ": " + joined + "."
        else:
            out.extend(items)
        items.clear()

    for line in lines + [""]:
        if line and ITEM.match(line):
            if prose:
                out.extend(_split_prose(" ".join(prose)))
                prose.clear()
            items.append(ITEM.sub("", line))
            continue
        flush_items()
        if line:
            prose.append(line)
    if prose:
        out.extend(_split_prose(" ".join(prose)))
    return out


def sentences(text: str) -> list[str]:
    """Passage text -> sentences; a lead-in ending with ":" keeps the list that follows it; a table gives one per row."""
    clean = re.sub(r"\*\*|__|`|\*", "", text)
    out: list[str] = []
    for block in re.split(r"\n\s*\n", clean):
        table = [ln for ln in block.splitlines() if ln.strip().startswith("|")]
        if table and (rows := _table_rows("\n".join(table))):
            prose = "\n".join(ln for ln in block.splitlines() if not ln.strip().startswith("|"))
            out += (sentences(prose) if prose.strip() else []) + rows
            continue
        out += _block_sentences([ln.strip() for ln in block.splitlines() if ln.strip()])
    return [re.sub(r"\s+", " ", p).strip() for p in out if len(p) > 30 and not p.rstrip().endswith(":")]
