"""The role each sentence plays in a denial: the decision and its grounds, or the text around them.

A denial reason is a basis of the decision. Letters also summarise the request, say what the reviewer read,
quote a guideline's text, report the part that was approved, explain appeal rights, and sometimes say what was
*not* a reason. Those sentences use the same words as reasons without giving one, so only the decision and its
grounds (and code rows) are read for reasons.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.denials import tables as T
from assistant.denials.segments import Segment, chunk_spans, rx

Role = Literal["grounds", "request", "background", "criteria_text", "rights", "approved", "disclaimer",
               "earlier_decision", "copied_letter", "dissent", "carrier"]
REASON_ROLES = ("grounds", "copied_letter")

_HEADINGS = [(role, rx(p), alone) for role, p, alone in T.HEADING_ROLES]
_GRANTED, _DENIED = rx(T.VERDICT_GRANTED), rx(T.VERDICT_DENIED)
_REQUEST, _BACKGROUND, _FINDING = rx(T.REQUEST_SENTENCE), rx(T.BACKGROUND_SENTENCE), rx(T.FINDING_WORDS)
_CRITERIA, _LEAD_IN, _DISCLAIMER = rx(T.CRITERIA_SENTENCE), rx(T.CRITERIA_LEAD_IN), rx(T.DISCLAIMER)
_TOPICS = [(cat, rx(p)) for cat, p in T.DISCLAIMER_TOPICS]
_RETRACTED, _EARLIER, _EARLIER_REPORT = rx(T.RETRACTED), rx(T.EARLIER_LEAD_IN), rx(T.EARLIER_REPORT)
_GENERAL, _GUESS = rx(T.GENERAL_SENTENCE), rx(T.GUESS_SENTENCE)
_DISSENT, _OWN_RECORDS_SILENT = rx(T.DISSENT), rx(T.OWN_RECORDS_SILENT)
_COPY_LEAD_IN, _COPY_WORDS, _QUOTE_FORMULA = rx(T.COPY_LEAD_IN), rx(T.COPY_WORDS), rx(T.QUOTE_FORMULA)
_ARGUMENT = rx(T.ARGUMENT_LEAD_IN)
_PAYER_SOURCE = rx(T.PAYER_SOURCE_HEADING)
_LABEL = re.compile(r"^\W*([A-Za-z][A-Za-z'’ /&()-]{1,45}?)\s*:\s*(.*)$", re.S)
_STANDALONE = re.compile(r"^\W*[A-Za-z][A-Za-z'’ /&(),-]{2,60}$")


# a heading written in two languages, the other script first ("حقوقك / YOUR RIGHTS"): the English half names the section
_OTHER_SCRIPT_FIRST = re.compile(r"^[^A-Za-z:\n]{1,60}?\s/\s(?=[A-Za-z])")


def _label(text: str) -> tuple[str | None, str]:
    """("Reason", "We used ...") for "Reason: We used ..."; a short verbless line is a heading on its own."""
    text = _OTHER_SCRIPT_FIRST.sub("", text)
    m = _LABEL.match(text)
    if m and len(m.group(1).split()) <= 6 and not re.search(r"\d", m.group(1)):
        return m.group(1), m.group(2).strip()
    # a note on where the section came from does not make a heading a sentence: "Carrier response (pasted 11/09/2026)"
    core = text.rstrip()
    if core.endswith(")") and 0 <= core.rfind("(") and len(core) - core.rfind("(") <= 62:
        core = core[:core.rfind("(")].rstrip()
    if core.strip() and _STANDALONE.match(core) and len(core.split()) <= 8 and not core.rstrip().endswith("."):
        return core.strip(), ""
    return None, text


def _runs_on(seg: Segment, nxt: Segment | None) -> bool:
    """A line that breaks a sentence: it ends on a comma or a connecting word, or the next line goes on in lowercase."""
    if nxt is None:
        return False
    return bool(re.match(r"^\s*[a-z]", nxt.text)) or nxt.chunk == seg.chunk and bool(
        re.search(r"(?:,|\b(?:and|or|of|the|to|for|with|in|on|are|is|be))\s*$", seg.text))


def heading_role(label: str, standalone: bool = False) -> str | None:
    """A heading's words -> the role of what it heads, or None when it names no section."""
    return next((role for role, pattern, alone in _HEADINGS if pattern.search(label) and (alone or not standalone)),
                None)


def _indented_chunks(text: str) -> set[int]:
    """Chunks whose first line is indented or opens with a quote or a list number: quoted or listed text."""
    out = set()
    for n, (start, _) in enumerate(chunk_spans(text)):
        line = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
        if re.match(r"^(?:\s{2,}|\s*[\"“]|\s*\d+[.)]\s*$|\s*\d+[.)]\s+\S)", line):
            out.add(n)
    return out


def _chunk_indents(text: str) -> list[int]:
    """How far each chunk's first line is indented (a quoted block sits deeper than the numbered paragraphs around it)."""
    return [len(line) - len(line.lstrip()) for line in (text[a:b] for a, b in chunk_spans(text))]


_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u00b7\u25aa\u25cf\u2023]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))\s")
_QUOTE_MARK = re.compile(r"^\s*[\"\u201c]")


def _back_at_margin(text: str, chunk: int, lead_in: int, indents: list[int]) -> bool:
    """Prose back at the margin of an indented lead-in ("   We applied the ASAM Criteria:" inside a numbered item, then its
    bullets, then "   Your needs can be met ..." or "3. ..."): the quoted list has ended. A lead-in at the page margin
    is left to the indentation rule."""
    spans = chunk_spans(text)
    first = text[spans[lead_in][0]:spans[lead_in][1]].split("\n", 1)[0]
    mark = _LIST_MARK.match(first)
    margin = mark.end() if mark else indents[lead_in]  # "2. We applied ...:": the item's text sits after its number
    if not margin:
        return False
    line = text[spans[chunk][0]:spans[chunk][1]].split("\n", 1)[0]
    listed = bool(_LIST_MARK.match(line) or _QUOTE_MARK.match(line))
    # (a sibling item, "3. ...", or prose at the item's own text margin; a quote set in deeper stays a quote)
    return indents[chunk] <= indents[lead_in] or indents[chunk] < margin and not mark or (indents[chunk] == margin and not listed)


_DECISION_NOUN = re.compile(r"\b(?:decision|determination|denial|letter|notice|EOB)\b", re.I)


def _quotes_decision(segs: list[Segment], i: int) -> bool:
    """"It states in relevant part:" after a sentence naming a decision (or naming one itself): a decision is quoted next,
    not a guideline's text."""
    seg = segs[i]
    before = segs[i - 1].flat if i and segs[i - 1].chunk == seg.chunk else ""
    return bool(_QUOTE_FORMULA.search(seg.flat)) and bool(_DECISION_NOUN.search(seg.flat) or _DECISION_NOUN.search(before))


def _is_prose(seg: Segment) -> bool:
    return bool(re.search(r"[.!?]\W*$", seg.text)) and len(seg.text.split()) >= 6 or seg.flat.startswith("Dear ")


def _verdict(seg: Segment, rest: str) -> str | None:
    """'approved' or 'grounds' when the sentence opens with a verdict on a part ("REVERSED.", "UPHELD")."""
    for body in (rest, seg.flat, seg.flat.rsplit(":", 1)[-1] if ":" in seg.flat[:90] else ""):
        if body and _GRANTED.search(body):
            return "approved"
        if body and _DENIED.search(body):
            return "grounds"
    return None


def sentence_roles(segs: list[Segment], text: str) -> list[str]:
    """Segments of a denial -> one role each (see Role)."""
    indented, indents = _indented_chunks(text), _chunk_indents(text)
    copy_indent = 0                    # how deep the copied text sits: a line back out of it ends the copy
    roles: list[str] = []
    block = "grounds"                  # set by a standalone heading in the body, until the next one
    local: tuple[int, str] | None = None   # (chunk, role) set by a labelled line for the rest of its chunk
    quoting: int | None = None         # the chunk after which quoted criteria (or the appellant's argument) run
    quoted = "criteria_text"           # which of the two
    earlier: int | None = None         # the chunk after which an earlier decision is quoted
    copied: int | None = None          # the chunk after which someone else's paper copies the payer's letter
    verdict: tuple[int, str] | None = None
    body = False                       # letterhead lines ("... INDEPENDENT EXTERNAL REVIEW") head nothing
    for i, seg in enumerate(segs):
        label, rest = _label(seg.text)
        named = heading_role(label, standalone=not rest) if label else None
        if named and not rest and _runs_on(seg, segs[i + 1] if i + 1 < len(segs) else None):
            named = None  # "Appeal rights, time frames and contact / information are stated in the cover notice."
        if named == "criteria_text":
            local, quoting, quoted = (seg.chunk, named), seg.chunk, named
        elif named and not rest and (body or named == "earlier_decision"):  # "PROCEDURAL HISTORY" is never a letterhead
            block, local = named, None
        elif named and rest:
            local = (seg.chunk, named)
            if named in ("grounds", "rights") and body:
                block = named  # "Reason: ..." or "Appeal rights: ..." also heads the paragraphs that follow
        body = body or _is_prose(seg)
        if quoting is not None and seg.chunk > quoting and (seg.chunk not in indented or named
                                                            or _back_at_margin(text, seg.chunk, quoting, indents)):
            quoting = None
        if earlier is not None and seg.chunk > earlier and (seg.chunk not in indented or named):
            earlier = None
        # a copied letter keeps its own headings ("DECISION:", "Rationale:"): only text back at the margin ends the copy
        if copied is not None and seg.chunk > copied:
            copy_indent = copy_indent or indents[seg.chunk]
            if seg.chunk not in indented or indents[seg.chunk] < copy_indent:
                copied = None
        in_copy = copied is not None and seg.chunk > copied
        if found := _verdict(seg, rest):
            verdict = (seg.chunk, found)
        role = local[1] if local and local[0] == seg.chunk else block
        if in_copy:
            role = "grounds"  # the payer's own words: a quote mark opens the copy, not a quoted criterion
        elif quoting is not None and seg.chunk > quoting:
            role = quoted
        elif verdict and verdict[0] == seg.chunk and role in ("grounds", "rights"):
            role = verdict[1]
        role = _sentence_role(seg, rest, role, quoted_ok=in_copy)
        if role == "grounds" and _DISSENT.search(seg.flat):
            role, local = "dissent", (seg.chunk, "dissent")  # an outvoted reviewer: this sentence and the rest of its paragraph
        if in_copy and role == "grounds":
            role = "copied_letter"
        if earlier is not None and seg.chunk > earlier:
            role = "earlier_decision"
        if _COPY_LEAD_IN.search(seg.flat) and _COPY_WORDS.search(seg.flat) or _quotes_decision(segs, i) \
                or (_PAYER_SOURCE.search(seg.flat) and len(seg.flat.split()) <= 16):
            copied, quoting, copy_indent = seg.chunk, None, 0
        elif _EARLIER.search(seg.flat):
            earlier = seg.chunk
        elif _ARGUMENT.search(seg.flat):
            quoting, quoted = seg.chunk, "request"
        elif _LEAD_IN.search(seg.flat) and role in ("grounds", "criteria_text"):
            quoting, quoted = seg.chunk, "criteria_text"
        roles.append(role)
    return roles


# what the next paper must do: "Corrected claims are subject to ...", "Resubmitted claims must still meet the filing limit",
# "A resubmission must be received within ...", "When you resubmit, the claim must still be within 90 days of service"
_NEXT_SUBMISSION = re.compile(r"\b(?:corrected|replacement|resubmitted|returned|new) claims? (?:is|are|must|will|should|needs? to|"
                              r"ha(?:s|ve) to)(?: still| also)?(?: be)? (?:subject to|meet|filed|submitted|sent|received|within)\b|"
                              r"\b(?:a|the|your) corrected claim\b[^.;]{0,30}\b(?:must|should|is subject)|\bresubmissions? (?:is|are|"
                              r"must|will|should)\b|\bwhen (?:you )?(?:resubmit|refile|send (?:it|the claim) again)\b|"
                              # an invitation to ask again, opening its sentence: "A new request for further visits may be
                              # submitted with ...", "You can send a new request once ...", "The provider may submit an updated
                              # request after ...": what may come next, not why this one was denied
                              r"^\W*(?:however,? |instead,? |the (?:provider|physician|therapist|program) |you |your (?:provider|"
                              r"doctor|therapist) )?(?:(?:a|an) (?:new|further|another|separate|updated|fresh) (?:\w+ )?(?:request|RFA|"
                              r"referral)s?\b[^.;]{0,80}\b(?:may|can|could) (?:also )?be (?:submitted|sent|made|filed|faxed)|(?:may|can|could) "
                              r"(?:also )?(?:submit|send|file|make|fax) (?:a|an) (?:new|further|another|separate|updated|fresh) (?:\w+ )?"
                              r"(?:request|RFA|referral))\b",
                              re.I)


# A row of a comma-separated export ("B12","Not covered ..."): its quote marks wrap fields, they open no quotation.
_CSV_ROW = re.compile(r'^\s*"[^"\n]{0,40}"\s*[,;\t]\s*"')


# A voicemail, a chat message or a call transcribed inside quote marks: a speaker ("I", "I'm") talking to the reader
# ("you", "your office"). A guideline's quoted text speaks to nobody, so the quote marks open no criterion here.
_SPOKEN = re.compile(r"(?-i:\bI\b|\bI'm\b|\bi'm\b|\bi am\b)(?=.*\byou(?:r)?\b)|\byou(?:r)?\b(?=.*(?-i:\bI\b|\bI'm\b|\bi'm\b|\bi am\b))",
                     re.I)


def _sentence_role(seg: Segment, rest: str, role: str, quoted_ok: bool = False) -> str:
    """What the sentence itself shows, over what its section heading said (quoted_ok: a quote mark opens a copy of
    the letter, not a guideline's text)."""
    flat = seg.flat
    if _DISCLAIMER.search(flat):
        return "disclaimer"
    if role != "grounds":
        return role
    body = _LABEL.sub(r"\2", flat) if rest else flat
    if re.match(r"^\W*[\"“]", seg.text) and not quoted_ok and not _CSV_ROW.match(seg.text) and not _SPOKEN.search(flat):
        return "criteria_text"
    if _REQUEST.search(body):
        return "request"
    if _EARLIER_REPORT.search(body):
        return "earlier_decision"
    if _GENERAL.search(flat) or _GUESS.search(body):  # "Common ones are: ...": the teaching may be the label itself
        return "background"
    if _NEXT_SUBMISSION.search(body):
        return "instructions"  # "Corrected claims are subject to the 90-day timely filing limit": a rule for what you send next
    if _CRITERIA.search(body) and not re.search(r"\b(?:you|your|member|patient|client|this request)\b", body, re.I):
        return "criteria_text"
    if _BACKGROUND.search(body) and not _FINDING.search(body):
        return "background"
    return role


_POINTS_BACK = re.compile(r"^\W*(?:so |and |which |that )?(?:this|that|it|they|these|those|which)\b", re.I)


def disclaimed(segs: list[Segment], roles: list[str]) -> set[str]:
    """Categories the letter says were not a reason for its decision (read in the clause that says so)."""
    out = set()
    for i, (seg, role) in enumerate(zip(segs, roles)):
        if role != "disclaimer" or _OWN_RECORDS_SILENT.search(seg.flat):
            continue
        for clause in re.split(r";|,\s*(?:and|but|so)\b|\bbut\b", seg.flat):
            if cue := _DISCLAIMER.search(clause):
                # what follows the cue is what it rules out ("Because X, we did not need to decide whether Y": Y only)
                named = _topics(clause[cue.start():]) or _topics(clause)
                if not named and _POINTS_BACK.match(clause):
                    # "..., so this is not part of the reason": "this" points back to what the sentence, or else the
                    # sentence before it in the paragraph, named
                    before = segs[i - 1].flat if i and segs[i - 1].chunk == seg.chunk else ""
                    # (only up to the clause: what the sentence goes on to ask for afterwards is not pointed back to)
                    upto = seg.flat[:seg.flat.find(clause) + len(clause)] if clause in seg.flat else seg.flat
                    named = _topics(upto) or _topics(before)
                out |= named
    return out


def _topics(text: str) -> set[str]:
    return {cat for cat, pattern in _TOPICS if pattern.search(text)}


def retracted(segs: list[Segment]) -> set[str]:
    """Categories the letter takes back ("that was for a different claim", "this claim is not timely filing"), read
    in the sentence that says so."""
    return {cat for seg in segs if _RETRACTED.search(seg.flat) for cat, pattern in _TOPICS if pattern.search(seg.flat)}
