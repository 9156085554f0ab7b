"""Logins made of a person's name, written with no label: "lena.okafor", "priya_nair", "tomas.k" in a list of
collaborators, a shared-document footer or a chat export; a surname and an initial ("okafor_c") in a staff column."""

from __future__ import annotations

import re

from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

# a given name and a surname (or its initial) joined by a dot or an underscore, in lowercase, standing as a word of its
# own: not part of an address, a path or a file name ("@", "/" or ".ext" around it)
_LOGIN = re.compile(r"(?<![\w@/.\\-])([a-z]{3,15})([._])([a-z][a-z'-]{0,24})(?![\w@/\\-]|\.[a-z])")
# what follows a dot in a file name, a web address or an abbreviation is no surname
_NOT_SURNAME = frozenset("""com org net edu gov mil io co uk us ca au info biz app ai me tv ly
pdf doc docx txt rtf odt jpg jpeg png gif heic tif tiff csv xls xlsx ppt pptx html htm xml json js py md zip mp3 mp4
mov wav m4a log ics vcf eml msg bak tmp exe
e g i etc al vs eg ie""".split())


def find_logins(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of name-shaped logins whose first part is a known given name."""
    spans = []
    for m in _LOGIN.finditer(text):
        given, rest = m.group(1), m.group(3)
        # a surname no dictionary knows with the given name's initial: "okafor_c", "brannigan.j" in a staff column
        surname_initial = len(rest) == 1 and not vocab.is_word(given) and vocab.frequency(given) < 3.0 and len(given) >= 4
        if not surname_initial and (not vocab.is_first_name(given) or vocab.is_word(given) and vocab.frequency(given) >= 4.0) \
                or given in vocab.clinical:
            continue  # "file.day", "free_text": a common word first is a field's name, not a person's
        if rest in _NOT_SURNAME or len(rest) > 1 and (rest in vocab.clinical or vocab.frequency(rest) >= 4.5):
            continue
        spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.75, "username"))
    return spans
