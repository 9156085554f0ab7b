"""Each sub-question of a message searched on its own: "1. ... 2. ... 3. ..." asks several things, and a search for the
whole message finds what most of its words are about. Each part's passages are added after the whole message's, which
carry the context a part leaves out; but a blank the asker wants filled ("There are ___ classifications, and they are:
___") is the document's own line and says exactly what must be answered, while the document around it (a playbill's
cast list) says nothing of it: a blank's passages come first."""

from __future__ import annotations

from assistant.criteria.coverage_context import with_coverage
from assistant.criteria.question import read_question


def with_part_passages(retriever, passages: list, asked: list[str], *, payer: str | None, named: list[str], question: str,
                       df: dict[str, int], mode: str, cover: str = "", blanks: tuple[str, ...] = (),
                       general: list = ()) -> list:
    """The passages with each asked part's own best ones added (a payer the message names searched in its own documents
    first); a part that holds one of the `blanks` has its passages put in front of the whole text's own search
    (`general`), behind only the passages put first for a reason (a law or a route the text names)."""
    first = [part for part in asked if any(b in part for b in blanks)]
    found = _searched(retriever, first, set(), payer, named, question, df, mode, cover)
    if found:
        whole, seen = {p.chunk_id for p in general}, {p.chunk_id for p in found}
        ahead = [p for p in passages if p.chunk_id not in whole and p.chunk_id not in seen]
        passages = ahead + found + [p for p in passages if p.chunk_id in whole and p.chunk_id not in seen]
    rest = [part for part in asked if part not in first]
    return passages + _searched(retriever, rest, {p.chunk_id for p in passages}, payer, named, question, df, mode, cover)


def _searched(retriever, asked: list[str], seen: set, payer, named, question, df, mode, cover) -> list:
    """Each part's own best passages not yet seen, in the parts' order."""
    found = []
    for part in asked:  # a later part leans on the payer named earlier ("... Cigna ... did the 90834s need an auth?")
        query = read_question(with_coverage(part, cover), known=df).query
        own = [p for p in retriever.search(query, k=8, payer=question, mode=mode) if p.payer in named][:2] if named else []
        for p in own + retriever.search(query, k=2, payer=payer, mode=mode):
            if p.chunk_id not in seen:
                seen.add(p.chunk_id)
                found.append(p)
    return found
