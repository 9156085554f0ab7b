"""Which language a text is written in, as far as the tools need to know: Spanish or English (a payer question, a
denial notice)."""
from __future__ import annotations

import re

_ES_WORDS = frozenset("""el la los las de del un una unos unas que qué con por para en es y mi mis su sus se si no
cuánto cuántos cuánta cuál cuáles cómo cuándo dónde tiene tengo tienen puede pueden pasa paga pagan hay al lo le o
pero como más ya este esta entre sin sobre también hasta desde porque muy""".split())
_EN_WORDS = frozenset("""the is a an of to and for in my does do what how can with on it this that are be from
have has will would should or when which""".split())


def language(text: str) -> str:
    """'es' when Spanish function words (or ¿ ¡ ñ and accents) outweigh English ones, else 'en'."""
    words = re.findall(r"[a-záéíóúñü]+", text.lower())
    es = sum(w in _ES_WORDS for w in words) + 2 * bool(re.search(r"[¿¡ñáéíóú]", text.lower()))
    en = sum(w in _EN_WORDS for w in words)
    return "es" if es > en and es >= 3 else "en"
