"""Actors across articles: name folding (`names`), match decisions (`match`), linking stored
articles' actors to canonical actors (`resolver`), user corrections (`overrides`), lookup."""

from newsgraph.resolve.resolver import Link, resolve_article

__all__ = ["Link", "resolve_article"]
