"""Evaluations and benchmarks: they drive LetterService like any other shell."""
