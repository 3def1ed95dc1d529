"""Extraction: text in, sourced facts out. See `pipeline` for the stages and their order."""

from newsgraph.extract.pipeline import ORDER, REGISTRY, Context, extract, extract_many, stage

__all__ = ["ORDER", "REGISTRY", "Context", "extract", "extract_many", "stage"]
