"""Gazetteer patterns added to spaCy's NER as an EntityRuler (filled by the actors work)."""

from spacy.language import Language


def add_entity_ruler(nlp: Language) -> None:
    """Add newsgraph's entity ruler before spaCy's statistical NER."""
    return None
