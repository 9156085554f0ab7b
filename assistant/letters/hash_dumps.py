"""A record dumped as nested key/value pairs (PHP's var_dump and print_r first rewritten as arrow pairs, php_dumps.py): Perl's Data::Dumper ("'score' => '58',"), PHP's var_export, Ruby's
inspect (":score => 58"), a pretty-printed JSON object ('"score": "58",'). Each pair becomes a field line ("score:
58", a key's underscores as spaces), an empty value (undef, null, nil) is dropped, and an object that names an
instrument and its score ({'inst' => 'PCL-5', 'score' => '58', 'date' => '2026-12-02'}) also becomes one score line
("PCL-5 = 58 on 2026-12-02"), so the dump is read as the fields it holds."""
from __future__ import annotations

import re

from assistant.letters.php_dumps import php_pairs

_PAIR = re.compile(r"""^(?P<pad>\s*)(?::|['"])?(?P<key>[A-Za-z_][\w -]{0,40}?)['"]?\s*(?:=>|:)\s*(?P<val>.*?),?\s*$""")
_ARROWS = re.compile(r"""^\s*(?::|['"])?[A-Za-z_][\w -]{0,40}?['"]?\s*=>""", re.M)
_JSON_KEYS = re.compile(r"""^\s*"[A-Za-z_][\w -]{0,40}"\s*:""", re.M)
_EMPTY = re.compile(r"^(?:undef|null|nil|None|''|\"\")$")
_NAME_KEY = re.compile(r"^(?:inst(?:rument)?|measure|scale|test|tool|screen(?:er)?|assessment|name)$", re.I)
_SCORE_KEY = re.compile(r"^(?:score|total|value|result|raw|t_?score)$", re.I)
_DATE_KEY = re.compile(r"^(?:date|dt|given|administered|taken|on)$", re.I)


def _value(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        raw = raw[1:-1].replace("\\'", "'").replace('\\"', '"')
    return raw


def plain_hash_dump(note: str) -> str:
    """A dump with five or more arrow pairs (or quoted JSON keys) -> field lines, and score lines for scored objects."""
    note = php_pairs(note)
    if len(_ARROWS.findall(note)) < 5 and len(_JSON_KEYS.findall(note)) < 5:
        return note
    # a null token the redaction took for a name ("'medications' => <PERSON_5>" for undef): the one placeholder that
    # is the whole value of three or more keys is the dump's empty value, no person
    values = [_value(m.group("val")) for line in note.split("\n") if (m := _PAIR.match(line))]
    nulls = {v for v in set(values) if re.fullmatch(r"<[A-Z_]+_\d+>", v) and values.count(v) >= 3}
    out: list[str] = []
    current: dict[str, str] = {}
    for line in note.split("\n"):
        m = _PAIR.match(line)
        if m and m.group("val").replace(" ", "") in ("{", "[", "[{", "bless({"):
            out.append(f"{m.group('pad')}{m.group('key').replace('_', ' ')}:")  # an object or list opens under its key
            continue
        if not m and (item := re.fullmatch(r"""(\s*)(['"])(.*)\2,?\s*""", line)):  # a list's quoted item
            out.append(f"{item.group(1)}- {_value(item.group(2) + item.group(3) + item.group(2))}")
            continue
        if m:
            val = "null" if _value(m.group("val")) in nulls else _value(m.group("val"))
            current[m.group("key").lower()] = val
            if not _EMPTY.match(val):
                out.append(f"{m.group('pad')}{m.group('key').replace('_', ' ')}: {val}")
            continue
        if "}" in line and current:  # an object closes: a scored instrument becomes its score line
            name = next((v for k, v in current.items() if _NAME_KEY.match(k) and not _EMPTY.match(v)), "")
            score = next((v for k, v in current.items() if _SCORE_KEY.match(k) and not _EMPTY.match(v)), "")
            date = next((v for k, v in current.items() if _DATE_KEY.match(k) and not _EMPTY.match(v)), "")
            if name and re.fullmatch(r"-?\d{1,3}(?:\.\d+)?", score):
                out.append(f"{name} = {score}" + (f" on {date}" if date else "") + ".")
            current = {}
        # a line of closing brackets ends a block: a blank line, so the next key never reads as "} discharge plan: ..."
        out.append("" if re.fullmatch(r"\s*[}\])]+[,;]?\s*", line) else line)
    return "\n".join(out)
