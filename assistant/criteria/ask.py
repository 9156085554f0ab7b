"""Stage: a question about payer criteria -> an answer quoting the knowledge base, with citations.

Offline answers are extractive: the sentences that hold what the question asks for (select.py), a computed last
day when the question gives a date and asks for a deadline, the question's own figures worked through a source's rule
(a table's rows against a limit or a minimum, an instrument's ratings, cases against a break in care: case_figures.py),
and a plain "not covered" when the question is about
a program, payer or state the sources never mention, or asks for a dollar amount they do not state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.criteria.asked import asking_lines, checked_claims, document_parts, lone_question
from assistant.criteria.blanks import asked_blanks, blank_sentences
from assistant.criteria.claims import check_line, claims_in, verdict
from assistant.criteria.code_pairs import pair_line
from assistant.criteria.conditions import condition_line
from assistant.criteria.coverage_context import document_coverage, with_coverage
from assistant.criteria.case_figures import figures_line
from assistant.criteria.laws import law_passages
from assistant.criteria.foreign_lines import glossed
from assistant.criteria.answer_figures import has_amount as _has_amount, time_limit_line as _time_limit_line
from assistant.criteria.other_language import mostly_other_language, searchable
from assistant.criteria.part_search import with_part_passages
from assistant.criteria.routes import route_passages, state_route_first
from assistant.criteria.layout import plain_text
from assistant.foreign_dates import english_dates
from assistant.criteria.numeric_dates import spelled_dates
from assistant.criteria.shorthand import written_out_shorthand
from assistant.criteria.payer_topics import absent_topic, unaddressed
from assistant.criteria.ranges import range_line
from assistant.criteria.scale_range import scale_line
from assistant.criteria.year_thresholds import year_threshold_line
from assistant.criteria.remaining import remaining_line
from assistant.criteria.reported import reported_claims
from assistant.criteria.thresholds import threshold_line
from assistant.criteria.dated_items import too_old_line
from assistant.criteria.elapsed import elapsed_line
from assistant.criteria.follow_on import with_follow_ons
from assistant.criteria.deadline import deadline_line, window_first, window_fits
from assistant.criteria.two_deadlines import dated_parts, deadlines_lead, windows_for_parts
from assistant.criteria.question import Question, asked_sentences, read_question
from assistant.criteria.retrieve import payer_slugs
from assistant.criteria.uncovered import asked_about
from assistant.criteria.verdicts import asked_text, settles, settling_sentences, verdict_line, wants_verdict
from assistant.criteria.select import Candidate, candidates, choose, list_answer, overlap, part_weights, sentences, weights
from assistant.criteria.words import terms
from assistant.records import Passage

__all__ = ["Answer", "extractive_answer", "not_covered", "sentences", "terms"]
_searchable = searchable  # the name older tests import
SPANISH_NOTE = "(Pregunta en español: las fuentes están en inglés y se citan en inglés.)"


@dataclass(frozen=True)
class Answer:
    """An answer and the passages it rests on, most relevant first."""

    question: str
    text: str
    passages: tuple[Passage, ...] = ()
    mode: str = "offline"
    model: str = ""
    answered: bool = True
    notes: tuple[str, ...] = field(default_factory=tuple)

    def citations(self, quotes: bool = True) -> list[dict]:
        """Citation objects in the batch format."""
        out = []
        for p in self.passages:
            item = {"source_id": p.source_id, "title": p.title, "section": p.section, "url": p.url}
            if quotes:
                item["quote"] = p.text
            out.append(item)
        return out


def _terms(text: str) -> list[str]:
    """Kept for the retriever's document frequencies: the same words the answer step weighs."""
    return terms(text)


def not_covered(question: str, what: str, passages: list[Passage]) -> Answer:
    """A plain statement that the sources do not cover the question, with the nearest sources for reference."""
    text = (f"Not covered by the knowledge base: {what} The passages below are the nearest sources, listed for "
            "reference only; check the payer's own policy or plan documents for this.")
    return Answer(question, text, tuple(passages[:5]), answered=False)


def extractive_answer(question: str | Question, passages: list[Passage], max_sentences: int = 4,
                      df: dict[str, int] | None = None, n_docs: int = 0) -> Answer:
    """Offline mode: quote the sentences of the best passages that hold what the question asks for.

    `df`/`n_docs` give document frequencies over the whole knowledge base, so rare words such
    as "expedited" or "CO-50" count for more than "plan" or "appeal".
    """
    q = question if isinstance(question, Question) else read_question(question)
    if not passages:
        return Answer(q.text, "Not covered by the knowledge base: it has nothing on this question. Try other words, "
                              "or check the payer's own policy.", (), answered=False)
    if q.unknown:
        names = ", ".join(q.unknown)
        return not_covered(q.text, f"none of its documents mention {names}, so it has no rule to quote for this "
                                   "question.", passages)
    if df is None:
        df, n_docs = {}, len(passages)
        for p in passages:
            for t in set(terms(p.text)):
                df[t] = df.get(t, 0) + 1
    q_weights = weights(set(terms(q.query)), df, n_docs)
    parts = part_weights(q.parts, df, n_docs)
    cands = candidates(passages, q, payer_slugs(q.text))
    headings = {r: set(terms(f"{p.title} {p.section}")) for r, p in enumerate(passages)}
    listing = "steps" in q.kinds and not q.parts  # a two-part question gets one sentence per part instead
    chosen = list_answer(cands, passages, headings, q_weights, max_sentences + 2) if listing else []
    part_questions = [read_question(part) for part in q.parts]
    chosen = chosen or choose(cands, headings, q_weights, parts, max_sentences + (1 if q.parts else 0), part_questions)
    # one part asks for a list ("what does First Coast look for in a note?"): that list's items, beside the other parts
    listed = [i for i, part in enumerate(q.parts) if _ASKS_ELEMENTS.search(part)]
    if not listing and len(listed) == 1:
        items = list_answer(cands, passages, headings, parts[listed[0]], max_sentences + 2)
        chosen = items + [c for c in chosen if c not in items][:max(1, len(q.parts) - 1)] if items else chosen
    # "is that true?", "does it still apply to us?": the sentence that settles it in the source's words, said first
    asked = weights(set(terms(asked_text(q.text, asked_sentences(q.text)))), df, n_docs)
    near = {passages[r].source_id for r in {c.rank for c in chosen} | {0, 1, 2} if r < len(passages)}  # their documents
    settling = settling_sentences(cands, asked, q_weights, {r for r, p in enumerate(passages) if p.source_id in near}) \
        if wants_verdict(q.text, q.yes_no) else []
    # a dollar question is settled only by a sentence that says there is no such amount ("no minimum dollar amount")
    if "dollar" in q.kinds and not any(settles(c.text) == "no_minimum" for c in settling) and not _has_amount(q, chosen):
        return not_covered(q.text, "its sources do not state a dollar amount for this; they give rules, not "
                                   "payment amounts. A Medicare amount is in the CMS Physician Fee Schedule Look-Up "
                                   "Tool (by CPT code and locality) or the Medicare contractor's (MAC's) fee schedule; "
                                   "another payer's amount is in its fee schedule or your contract.", passages)
    if not chosen:
        first = sentences(passages[0].text)
        chosen = [Candidate(0, first[0] if first else passages[0].text[:300], frozenset(), 1.0, 1.0)]
    chosen = state_route_first(q.text, cands, chosen)  # "is that how it works in California?": the state's own review
    if "date_calc" in q.kinds and q.dates and not window_fits(q, chosen, cands, passages):
        # the window to count from may sit below the top sentences ("am I too late?" draws late-filing passages first)
        chosen = window_first(q, cands, chosen, passages, lambda c: overlap(c, q_weights, headings.get(c.rank, set())))
    if per_part := windows_for_parts(dated := dated_parts(q), cands, lambda c, part: overlap(
            c, weights(set(terms(read_question(part).query)), df, n_docs), headings.get(c.rank, set())) * c.prior
            + 0.3 * overlap(c, q_weights, headings.get(c.rank, set())), q.text,
            {r: p.section for r, p in enumerate(passages)}):  # two deadlines: one window per part
        chosen = per_part + [c for c in chosen if c not in per_part]
    said, used = verdict(q.text, cands, lambda text: weights(set(terms(text)), df, n_docs))
    apart, kept_apart = pair_line(q.text, cands)  # codes billed together that a source keeps apart
    # a table of the question's own stays or activities, or an instrument's ratings: what a source's rule counts, added up
    # its rule may sit below the top sentences (a logic model's words draw other documents first): the rest by fit
    pool = chosen + sorted((c for c in cands if c not in chosen), key=lambda c: -overlap(c, q_weights, headings.get(c.rank, set())))
    counted, tallied = figures_line(q.original or q.text, pool, cands, {r: p.source_id for r, p in enumerate(passages)})
    chosen = with_follow_ons(chosen + [c for c in used + settling + kept_apart + tallied if c not in chosen], cands)  # + each labelled claim's source
    cited = sorted({c.rank for c in chosen}, key=lambda r: [c.rank for c in chosen].index(r))
    number = {r: i + 1 for i, r in enumerate(cited)}
    lines = [f"{c.text} [{number[c.rank]}]" for c in chosen if c not in settling]
    # a figure checked ("14 business days?") beside the days already waited: both said, the check first
    waited = "" if settling else elapsed_line(q.text, chosen, number, lambda c: overlap(c, q_weights, headings.get(c.rank, set())))
    checked = "" if settling else check_line(q, chosen, number)
    lead = said.format(*(f"[{number[c.rank]}]" for c in used)) or counted.format(*(f"[{number[c.rank]}]" for c in tallied)) \
        or (checked and " ".join(filter(None, [checked, waited]))) or condition_line(q, chosen, number) \
        or deadlines_lead(dated, per_part, lambda c: deadline_line(q, [c], passages, number)) or deadline_line(q, chosen, passages, number) or _time_limit_line(q, chosen, number) \
        or remaining_line(q, chosen, number) \
        or waited or range_line(q.text, chosen + [c for c in cands if c.rank in number and c not in chosen], number) or scale_line(q.text, chosen, number) or year_threshold_line(q.text, chosen, number) or threshold_line(q.text, chosen, number) \
        or too_old_line(q.text, [(c.text, number[c.rank]) for c in chosen])
    sources = "; ".join(f"[{number[r]}] {passages[r].title}, {passages[r].section} ({passages[r].policy_id})"
                        for r in cited)
    # a form's own figures ("more than 120 days ago") are not the claim a verdict answers: no figure check beside it
    apart = apart.format(*(f"[{number[c.rank]}]" for c in kept_apart))
    lead = " ".join(filter(None, [verdict_line(settling, number), apart, lead]))
    body = " ".join(([SPANISH_NOTE] if q.language == "es" else []) + ([lead] if lead else []) + lines)
    ordered = tuple(passages[r] for r in cited) + tuple(p for i, p in enumerate(passages) if i not in cited)
    return Answer(q.text, body + f"\n\nSources: {sources}", ordered[:5])


_ASKS = re.compile(r"\?(?=\s|$)|^\W*(?:what|how|when|which|who|why|where|is|are|do|does|did|can|could|should|must|may|will)\b|"
                   r"\b(?:tell|remind|show) (?:me|us)\W+(?:\w+\W+)?(?:which|what|how|when|whether|if)\b", re.I)  # "Tell me which ..."


# a part that asks for the elements a reviewer checks: "what First Coast looks for in a note", "their checklist"
_ASKS_ELEMENTS = re.compile(r"\bchecklist\b|\blooks? for\b|\bwhat (?:must|should|has to|needs to) (?:be|go) in(?:to)?\b", re.I)


def ask_offline(retriever, question: str, payer: str | None = None, k: int = 5,
                mode: str = "hybrid") -> tuple[Answer, list[Passage]]:
    """A question -> (the extractive answer, the passages retrieved for it), searched in the question's own terms:
    abbreviations and synonyms added, typos fixed against the knowledge base, Spanish searched in English."""
    df, n_docs = retriever.document_frequencies()
    # a grid, a commented script or wrapped lines read as running text; a date written another language's way
    # ("20 de novembre de 2026", "30.11.2026") read as the English date a deadline is counted from
    # ("6/12/26", "14/10/2026" in a day-first text) and a text message's shorthand ("180d frm rcpt") written out
    original, question = question, written_out_shorthand(spelled_dates(english_dates(plain_text(question))))
    q = read_question(question, known=df)
    passages = general = retriever.search(q.query, k=k, payer=payer, mode=mode)  # the whole text's own search
    # "optum pt starting iop": a company the question names is searched first, in its own documents (not a
    # public program, which sits beside other coverage in a question, and not when two kinds of coverage are compared)
    named = [slug for slug in payer_slugs(question) if slug not in ("all", "medicare", "medicare-advantage", "medicaid")] \
        if payer is None and "compare" not in q.kinds else []
    if named:
        own = [p for p in retriever.search(q.query, k=3, payer=question, mode=mode) if p.payer in named]
        passages = own + [p for p in passages if p.chunk_id not in {o.chunk_id for o in own}]
    if law := law_passages(retriever, question, q.query, mode):  # "what does SB 855 say": that law's document first
        passages = law + [p for p in passages if p.chunk_id not in {o.chunk_id for o in law}]
    if federal := route_passages(retriever, question, mode):  # an IMR asked of a self-funded plan: the federal route
        passages = federal + [p for p in passages if p.chunk_id not in {o.chunk_id for o in federal}]
    docs = 3  # only a container, below: a form's JSON, a draft with bracketed notes ("[<- can an LMFT ...?]")
    contained = re.search(r"\A\s*\{|\[\s*(?:<-|->|note:|q:|question:)|\"(?:question|message|body|text)\"\s*:", question, re.I)
    wrapped = asked_sentences(question) if len(question.split()) > 40 and contained else ()
    if wrapped:
        # a long message around its questions (a form's JSON, a draft with bracketed notes, a story): search and
        # answer what it asks, the message kept as context
        q = replace(read_question(" ".join(wrapped), known=df), parts=wrapped if len(wrapped) > 1 else ())
        own = retriever.search(q.query, k=k, payer=payer, mode=mode)
        passages = own + [p for p in passages if p.chunk_id not in {x.chunk_id for x in own}]
    document = () if wrapped else document_parts(question)  # a call log, a script, a checklist around its questions
    # a chat mostly in another language: its questions in words no source uses ("Ki sa ki dwe nan nòt la?") cannot
    # be searched; the ones in the sources' words carry what is asked
    document = tuple(p for p in document if searchable(read_question(p).query, df)) or document
    if document:
        # what the answer must state is read where the asker asks (a worksheet's blanks: its items), not in the
        # document's own clauses, objectives or fields
        kinds = read_question(" ".join(document) if asked_blanks(question) else asking_lines(question)).kinds
        q = replace(q, parts=document, unknown=asked_about(question, document, q.unknown), kinds=kinds)
        # its questions in the sources' words, or in another language's payer terms ("apelu", "prazu"): those are
        # searched, with the coverage the message names elsewhere ("MassHealth ACO plan" in a journal line)
        read = tuple(read_question(part).query for part in document)
        if mostly_other_language(question, read, df):  # each question read with its terms' English words, too
            document = tuple(glossed(part) for part in document)
            q = replace(q, parts=document, query=read_question(with_coverage(" ".join(document), document_coverage(
                question)), known=df).query)
            own = retriever.search(q.query, k=k, payer=payer, mode=mode)
            passages = own + [p for p in passages if p.chunk_id not in {x.chunk_id for x in own}]
        # "is it true that ...?" in a review: that claim first; a document's one question (with the lines it leans on) too
        if alone := checked_claims(question) or lone_question(document):
            own = retriever.search(read_question(alone, known=df).query, k=k, payer=payer, mode=mode)
            passages = own + [p for p in passages if p.chunk_id not in {x.chunk_id for x in own}]
    if told := reported_claims(question):  # "HR told her A, that B, and that C. Is any of that true?": each claim a part
        document = told + tuple(p for p in document if not any(c in p for c in told))
        q = replace(q, parts=document)
    asked = list(document) or [part for part in q.parts if _ASKS.search(part)]
    if len(asked) == 1 and len(q.parts) >= 3:  # an agenda or list with one question among remarks: search for that one
        q = read_question(asked[0], known=df)
        passages = retriever.search(q.query, k=k, payer=payer, mode=mode) + passages
    sections = getattr(getattr(retriever, "keywords", None), "sections", [])
    if gap := unaddressed(asked or [question], sections):  # "what are <payer>'s precert rules?", never stated for it
        return not_covered(q.text, f"its sources on {gap[0]} do not address {gap[0]}'s {gap[1]}; a rule they give on "
                           f"this is another payer's or program's, no basis for {gap[0]}'s. Check {gap[0]}'s provider manual or your "
                           "contract, or ask the payer in writing.", passages), passages
    if topic := absent_topic(asked or [question], sections):  # "can we charge a no-show fee?": no source says
        return not_covered(q.text, f"none of its sources address {topic['name']}. {topic['nearest']} {topic['check']}", passages), passages
    claims = [c.text for c in claims_in(question)]  # a diff's lines, labelled answers, premises: each checked
    if claims:
        seen = {p.chunk_id for p in passages}
        passages += [p for text in claims for p in retriever.search(read_question(text, known=df).query, k=2, payer=payer,
                                                                     mode=mode) if p.chunk_id not in seen]
    if len(asked) > 1:  # "1. ... 2. ... 3. ...": each sub-question (not a remark beside it) is also searched on its own
        cover = document_coverage(question) if document else ""  # a journal's "plan letter (MassHealth ...)" line
        passages = with_part_passages(retriever, passages, asked, payer=payer, named=named, question=question, df=df,
                                      mode=mode, cover=cover, blanks=blank_sentences(question), general=general)
        docs = 3 + len(asked)
    q = replace(q, original=english_dates(original))  # a table's rows, as the asker laid them out
    return extractive_answer(q, retriever.expand(passages, docs=docs), df=df, n_docs=n_docs), passages
