"""What a document asks: a question buried in a call log, an e-mail, a script or a checklist, read as its sub-questions,
each with the lines of the document it leans on ("is the thing about the letter true?" -> the line about the letter;
"does para 3 still work?" -> paragraph 3; "which of these defaults ..." -> the listed defaults the asker's own words
touch; a question in a reviewer's bracketed note -> the rest of that note)."""

from __future__ import annotations

import re

from assistant.criteria.asked_lines import (CJK, CONTROLS, OPENS_QUESTION, SETTLE, answered_in_thread, in_grid_row,
                                            with_wrapped_head, worded)
from assistant.criteria.blanks import asked_blanks
from assistant.criteria.closing import closing_start, own_lines_above
from assistant.criteria.unmarked import mark_unmarked
from assistant.criteria.words import terms

# a title or an abbreviation does not end a question: "how often does Dr. Lee have to ...?"
_ABBREV = re.compile(r"\b(Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|approx|dept|e\.g|i\.e|etc|No)\.", re.I)
# a person's initial ends no sentence: "Does R. actually have a right ...?", "what can K.L. do?" (a capital letter alone
# before its dot, with a lower-case word after it: a sentence would start with a capital)
_INITIAL = re.compile(r"(?<![A-Za-z0-9])[A-Z]\.(?=[ \t]+[a-z]|['\u2019]s\b)")
_DOT = "\u2024"
# a dot with a letter or digit on both sides ends no sentence: a diagnosis code (F43.23), a rule's number (431.221,
# 2560.503-1), a version (v1.2), a file name (notice.docx)
_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_ASKED = re.compile(r"[^.!?\n\[\]{}]*\?")
_NOTE = re.compile(r"\[[^\[\]]*\?[^\[\]]*\]")
_NOTE_TAG = re.compile(r"^\[\s*(?:[A-Z?!]{2,}\b[^:\]]{0,30}:|\w+:|<-|->)?\s*")
_POINTER = re.compile(r"\b(?:the (?:thing|part|bit|point|stuff|line|piece) (?:about|on|re)|that|this|those|these|it|they|them|ones|"
                      r"(?:is|are) (?:she|he|they) (?:right|correct|wrong))\b|^\W*(?:so\s+)?(?:who|which)\b(?=.{0,30}$)", re.I)
_PLURAL = re.compile(r"\b(?:which of (?:these|those|the)|(?:these|those) \w+|each of|any of (?:these|those|the))\b", re.I)
_LABEL = re.compile(r"\b(para(?:graph)?|option|item|step|section|point|bullet|line|question)\s*#?\s*(\d{1,2}|[A-H])\b", re.I)
# "Subject: IOP question before go-live", "RE: Fwd: ...": what every question of the message is about
_TOPIC = re.compile(r"^[ \t]*(?:subject|re|topic)[ \t]*:[ \t]*(?:(?:re|fwd?|fw|undeliverable)[ \t]*:[ \t]*)*(.{6,})$", re.I | re.M)
_PLACEHOLDER = re.compile(r"\{\{|\}\}|<<|>>|\[\[|_{4,}|\[(?:NAME|DATE|MEMBER|ID|PATIENT)[^\]]*\]")
_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022]|\[[ xX\u2713]?\]|\d{1,2}[.)])[ \t]+(.+)$", re.M)
# words that say how the asker judges a thing, not what it is about
_GENERIC = frozenset(terms("thing things right true correct wrong work works still anything else actually really "
                           "part bit point line stuff same just ok okay sure before "
                           # "does that matter?", "is that a problem?": judging words, no topic to find the line by
                           "matter matters problem issue deal"))
# "How long do they get, and if they miss it do we keep waiting?": a comma, "and if" opens a second, conditional question
# "(a) can they extend it, and (b) does missing it help us?": a letter or numeral label opens the next question too
_SUBQUESTION = re.compile(r"[,;]?\s+(?:(?:and|or|but)\s+)?\((?:[b-h]|[2-9]|ii|iii|iv)\)\s+|"
                          r",?\s+(?:and|or|but)\s+(?=(?:is|are|does|do|did|can|could|will|would|should|what|how|which|"
                          r"when|who|why)\b)|,\s+and\s+(?=if\b[^?,]{3,60}\b(?:do|does|can|should|will|is|are) (?:we|i|they|"
                          r"you|it|she|he|the|our|my|this|that)\b)", re.I)


# "When did it change, what would a counselor need, and ...": a comma before another question word starts a new
# question only when the clause before it is itself a question ("If the plan says no, what then?" is one)
_LISTED_QUESTION = re.compile(r",\s+(?=(?:what|how|which|when|who|why|where)\b)", re.I)


# "If the reviewer sides with us, does the plan have to follow it?": the pronoun's thing is in the question's own
# opening clause, so it leans on no earlier line
_OWN_CLAUSE = re.compile(r"^\W*(?:if|when|once|after|because|given that|since)\b[^,?]{8,},", re.I)
# "is it really true that a plan must ...?", "is it legal for a counselor to ...?": the "it" is a placeholder for the
# clause that follows, which states the whole claim; the question leans on no earlier line when that clause is full
_EXPLETIVE_IT = re.compile(r"\b(?:is|was|isn't|would|will|does)\s+it\s+(?:\w+\s+){0,2}?(?:true|the case|correct|right|"
                           r"(?:legal|ok|okay|fine|allowed|permitted|required|necessary|possible)(?: for\b[^?]{1,40}?)?)\s+(?:now\s+|still\s+)?"
                           r"(?:that|to)\b", re.I)


# a sub-question's own label: "2) ", "(b) ", "iii. "
_LEADING_LABEL = re.compile(r"^\W*(?:\d{1,2}|[a-h]|i{1,3}|iv|v)[.)]\s+", re.I)


def _own_content(sub: str) -> bool:
    """Whether a sub-question carries its own subject: a condition clause, or a claim after "is it true that"."""
    sub = _LEADING_LABEL.sub("", sub)  # "2) if the reviewer sides with us, ...": the label is no part of its words
    m = _EXPLETIVE_IT.search(sub)
    return bool(_OWN_CLAUSE.match(sub)) or bool(m and len(_content(sub[m.end():])) >= 4)


def _subquestions(sentence: str) -> list[str]:
    """A question sentence -> the questions it joins with "and", "or", "but" or a bare comma."""
    head, colon, choices = sentence.rpartition(": ")
    if colon and re.search(r"\bor\b", choices) and not OPENS_QUESTION.match(choices) and len(head.split()) >= 3:
        # "... does it count: the letter date, the postmark, or when we got it?": the choices after the colon are one
        # question's options, not questions of their own
        subs = _subquestions(head)
        return subs[:-1] + [f"{subs[-1]}: {choices}"] if subs else [sentence]
    out = []
    for piece in _SUBQUESTION.split(sentence):
        clauses = _LISTED_QUESTION.split(piece)
        merged = [clauses[0]]
        for clause in clauses[1:]:
            if OPENS_QUESTION.match(merged[-1].rsplit(": ", 1)[-1]):  # after a label: "Reply: When did ..."
                merged.append(clause)
            else:
                merged[-1] += ", " + clause
        out += [m.strip() for m in merged]
    return [m for m in out if len(m.split()) >= 3 or len(CJK.findall(m)) >= 4 or SETTLE.match(m)]


def _content(text: str) -> set[str]:
    return set(terms(text)) - _GENERIC


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every non-empty line of the document."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line.strip()))
        pos += len(line) + 1
    return out


def _labelled_block(text: str, kind: str, label: str) -> str:
    """The block a question names ('para 3', 'option 3', 'item B'): the line that starts with that label, to the
    next blank line."""
    head = re.compile(rf"^[ \t]*(?:\[\s*{kind}\w*\s*{label}\s*\]|{kind}\w*\s*{label}\b|\(?{label}[.):])", re.I | re.M)
    m = head.search(text)
    return re.split(r"\n\s*\n", text[m.start():], maxsplit=1)[0].strip() if m else ""


def _leaned_on(text: str, start: int, part: str) -> str:
    """The earlier line a pointing sub-question leans on: the one sharing most of its content words, else all the
    text above it."""
    own = _content(part)
    line_start = text.rfind("\n", 0, start) + 1
    earlier = [line for pos, line in _lines(text[:line_start])] + [text[line_start:start].strip()]
    earlier = [line for line in earlier if line]
    if not earlier:
        return ""
    best = max(earlier, key=lambda line: (len(own & _content(line)), earlier.index(line)))
    # "is this coded right?" shares no word with what it points at: it points at everything above it (but the lines
    # a chatbot or an agent spoke in a pasted transcript are theirs, not the asker's)
    if not own & _content(best):  # (in a note below a pasted post: the note's own lines)
        above = own_lines_above(text, start) or "\n".join(
            line for pos, line in _lines(text[:start]) if not _answering_side(text, pos))
        # an English question below a message in another language ("Et reenvio el que em vas demanar ... 1. What is the
        # deadline to file ..., and from which date does it count?") says what its "it" is; the message is no context
        return "" if len(own) >= 4 and _other_language(above) else above
    # the asker's own lead-in on the question's line ("anyway, the client's plan is X. what will they ...?") is
    # what the question's pronoun is about, whatever earlier line shares more words with it
    lead = earlier[-1] if text[line_start:start].strip() else ""
    return best if not lead or lead == best else f"{lead} {best}"


_ENGLISH = frozenset("the and of to is in for that it with on are be this was we you i my our can do does what not "
                     "have has will would should if or at as by from".split())


def _other_language(text: str) -> bool:
    """Whether a text is prose in another language: mostly plain words (not a listing's file names, dates and codes),
    fewer than one in twelve of them an English function word."""
    tokens = text.split()
    words = [t.lower() for t in (re.sub(r"^\W+|\W+$", "", t) for t in tokens) if re.fullmatch(r"[^\W\d_]{2,}", t)]
    return len(words) >= 12 and 5 * len(words) >= 3 * len(tokens) and 12 * sum(w in _ENGLISH for w in words) < len(words)


def _shares(text: str, start: int, part: str) -> bool:
    """Whether some line above a pointing sub-question shares a content word with it."""
    own = _content(part)
    return any(own & _content(line) for _, line in _lines(text[:start]))


def _listed(text: str, asked: str, before: str) -> list[str]:
    """The list items a plural pointer names ('which of these defaults'), kept when they share a word with the
    question or the sentence before it (an item about something else is no part of what is asked)."""
    wanted = _content(asked) | _content(before)
    return [m.group(1).strip() for m in _ITEM.finditer(text)
            if len(m.group(1).split()) >= 4 and wanted & _content(m.group(1))]


# a turn of sworn testimony as a court reporter types it: "Q.   And the appeal was mailed on what date?", "A.   No."
_TESTIMONY = re.compile(r"^[ \t]*[QA]\.[ \t]", re.M)


def _answering_side(text: str, start: int) -> bool:
    """Whether the line holding `start` is spoken by the answering side of a transcript ("Assistant: ..."), or is a
    turn of testimony the asker quotes (a deposition's Q. and A.: the examiner's questions are not the asker's)."""
    from assistant.criteria.question import vocabulary

    line = text.rfind("\n", 0, start) + 1
    testimony = {m.group(0).strip() for m in _TESTIMONY.finditer(text)} == {"Q.", "A."}
    return bool(vocabulary()["answering"].match(text, line)) or (testimony and bool(_TESTIMONY.match(text, line)))


# "Is this the right form?? if not which one, and who signs it.": a follow-up that lost its question mark
_FOLLOW_UP = re.compile(r"\?+([ \t]+)(if (?:not|so)\b,?[ \t]+(?:which|what|who|how|where|when)\b[^.?!\n]{0,80})[.!]?")


def _marked(text: str) -> str:
    """The document with its follow-up questions joined to the question they follow, and the question marks its
    asker left off restored ("... how many units. also can i add +90785 for that")."""
    return mark_unmarked(_FOLLOW_UP.sub(lambda m: "," + m.group(1) + "and " + m.group(2) + "?", text))


def _asked(text: str) -> list[tuple[int, str]]:
    """(offset, question sentence) for every question the document asks (not the ones a chatbot or an agent asks
    the asker in a pasted transcript, nor a yes-or-no question the thread's next message already answers)."""
    masked = _INNER_DOT.sub(_DOT, _INITIAL.sub(lambda m: m.group(0)[:-1] + _DOT,
                                                 _ABBREV.sub(lambda m: m.group(0)[:-1] + _DOT, text)))
    found = [(m.start(), m.end(), re.sub(r"^[\W_]+", "", m.group(0).replace(_DOT, "."))) for m in _ASKED.finditer(masked)
             if worded(m.group(0)) and not _answering_side(text, m.start()) and not in_grid_row(text, m.end())
             and not CONTROLS.match(text, m.end())]
    found = [with_wrapped_head(text, start, end, s) for start, end, s in found]
    open_ = [(start, s) for start, end, s in found if not answered_in_thread(text, end, s)] or \
        [(start, s) for start, _, s in found]
    begin = closing_start(text, [start for start, _ in open_])  # a pasted post's own questions, above the asker's note
    return [(start, s) for start, s in open_ if start >= begin]


def document_parts(text: str) -> tuple[str, ...]:
    """A long document around its questions -> one part per sub-question with the document lines it leans on; ()
    when the text is not such a document (short, or little besides its questions)."""
    text = _marked(text)
    blanks = asked_blanks(text)  # a worksheet's blank cells ask of their items; a prompt it quotes asks nothing of us
    asked = [(start, s) for start, s in _asked(text) if not (blanks and re.search(r"[\"\u201c][^\"\u201d]*\?$", s))]
    if not blanks and (len(text.split()) < 60 or not asked or
                       len(text.split()) - sum(len(s.split()) for _, s in asked) < 40):
        return ()
    notes = [(m.start(), m.end(), _NOTE_TAG.sub("", m.group(0)).rstrip("]")) for m in _NOTE.finditer(text)]
    # an e-mail's subject line; a template's "Re: Member {{name}}" line is a quoted form's field, no subject
    topic = " ".join(dict.fromkeys(m.group(1).strip() for m in _TOPIC.finditer(text) if not _PLACEHOLDER.search(m.group(1))))
    parts: list[str] = list(blanks)
    last, last_end = "", -1  # the question just before, on the same line
    for start, sentence in asked:
        before = _lines(text[:start])[-1][1] if text[:start].strip() else ""
        # the sentence's own first question, which a later "... and can I get a copy of it?" points at; "What's the
        # statute? And does it reach self-funded plans?": a question just before on the same line, when no line of
        # the document shares a word with the pointing one
        earlier = ""
        lone = last if last_end >= 0 and "\n" not in text[last_end:start] else ""
        for sub in _subquestions(sentence):
            context = next((note for a, b, note in notes if a <= start < b and note.strip() != sub), "")
            if label := _LABEL.search(sub):
                context += " " + _labelled_block(text, label.group(1)[:4], label.group(2))
            elif _PLURAL.search(sub) and (items := _listed(text, sub, before)):
                parts += [f"{item} {sub}" for item in items]
                continue
            elif not context and _POINTER.search(sub) and not _own_content(sub):
                context = earlier or (lone if lone and not _shares(text, start, sub) else _leaned_on(text, start, sub))
            parts.append(f"{context.strip()} {sub}".strip())
            earlier = earlier or parts[-1]
        last, last_end = sentence, start + len(sentence)
    return tuple(dict.fromkeys(f"{topic} {part}".strip() for part in parts))


def checked_claims(text: str) -> str:
    """The claims a document's questions state in full for us to check ("is it actually true now that a plan must
    ...?", "is it legal for a counselor to ...?"), joined: what to search first, in the asker's own words; "" when
    its questions state none (they point at its lines instead)."""
    text = _marked(text)
    return " ".join(sub for _, sentence in _asked(text) for sub in _subquestions(sentence)
                    if (m := _EXPLETIVE_IT.search(sub)) and len(_content(sub[m.end():])) >= 4)


# a contract's or a form's own terms: "4. Acceptance. ... within 3 business days", "D1. Packets ...", "Term: six months",
# "- Max group size: 10"
_CLAUSE = re.compile(r"^[ \t]*(?:\(?(?:\d{1,2}|[A-Z]\d?)[.)][ \t]|(?:[-*\u2022][ \t]+)?[A-Z][\w /&'-]{1,30}:[ \t])")


# a claim and a terse check on one line: "2) they say there's a dollar minimum. true?", "- no auth needed? right?"
_TERSE_CHECK = re.compile(r"[.!]\s+(?:is (?:that|it) )?(?:true|right|correct|accurate|legit|really)\s*\?+\s*$", re.I)


def asking_lines(text: str) -> str:
    """A document without its own clauses and fields, but with every line that holds a question: what the asker asks
    for is read there ("are we ok?? and what was the last day"), not in its terms ("delivered within 10 business
    days", "Effective Date"). A question mark left off only follows one on the same line, so that line asks anyway."""
    text = _FOLLOW_UP.sub(lambda m: "," + m.group(1) + "and " + m.group(2) + "?", text)
    asked = _asked(text)
    asking = {text.rfind("\n", 0, start) + 1 for start, _ in asked}
    begin = closing_start(text, [start for start, _ in asked])  # below a pasted post: the asker's own note
    return "\n".join(line for pos, line in _lines(text) if pos >= begin and (pos in asking or not _CLAUSE.match(line)
                                                                           or _TERSE_CHECK.search(line)))


def lone_question(parts: tuple[str, ...]) -> str:
    """A document's only question with the line it leans on ("she saw him at bedside ... can we bill the bedside
    ones?"): what to search first, since the document's other lines would outweigh it; "" when there are several
    questions, or the one question names a labelled block or a list ("does para 3 still work?", "which of these
    bullets are true?"), whose many lines are better searched with the whole document."""
    if len(parts) != 1 or _LABEL.search(parts[0]) or _PLURAL.search(parts[0]):
        return ""
    return parts[0]
