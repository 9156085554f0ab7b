"""Adapters: the only modules that import Presidio, Chroma, LangChain or other engines."""
