"""Pure recognizers for what therapy notes contain. Each `find_*` takes text and returns PhiSpans.

The Presidio adapter registers them next to spaCy's named entities; the redact stage adds the
case-level steps (name propagation, clinical KEEP protection, overlap resolution).
"""
