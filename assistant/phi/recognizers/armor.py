"""The encoded body of an ASCII-armoured block: a PGP signature, key or encrypted message, or a PEM certificate
("-----BEGIN PGP SIGNATURE-----", "-----BEGIN CERTIFICATE-----"). Its lines are base64 of a signature or a key,
never words; the name rules would read "PUHgjFogUCZ" as a surname and the ID rules a run of letters and digits as a
record number. The text a clear-signed message signs is outside these blocks and is read as any other text."""

from __future__ import annotations

import re

_KINDS = r"PGP SIGNATURE|PGP PUBLIC KEY BLOCK|PGP PRIVATE KEY BLOCK|PGP MESSAGE|CERTIFICATE|PUBLIC KEY|SSH SIGNATURE"
_BLOCK = re.compile(rf"(?m)^-----BEGIN (?:{_KINDS})-----[ \t]*$(.*?)^-----END (?:{_KINDS})-----[ \t]*$", re.S)
# a body line: base64 (a checksum line begins with "="); an armour header ("Version: GnuPG v2") is left to the rules
_BODY_LINE = re.compile(r"(?m)^[ \t]*=?[A-Za-z0-9+/]{4,}={0,2}[ \t]*$")


def armour_machinery(text: str) -> list[tuple[int, int]]:
    """Text -> (start, end) of each base64 line inside an armoured signature, key, message or certificate."""
    if "-----BEGIN " not in text:
        return []
    return [(line.start(), line.end()) for block in _BLOCK.finditer(text)
            for line in _BODY_LINE.finditer(text, block.start(1), block.end(1))]
