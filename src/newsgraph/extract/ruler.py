"""Gazetteer patterns and span rules added to spaCy's pipeline, once, when the model loads.

`add_entity_ruler(nlp)` (called by `newsgraph.nlp.load`) adds two components after spaCy's NER:
  newsgraph_ruler     an EntityRuler of every unambiguous gazetteer name (states, demonyms,
                      capitals, outlets, international bodies, parties, places) that fills in
                      what NER missed without overwriting what it found
  newsgraph_entities  the span rules of `spans`, which repair names NER got wrong
It also makes a dash glued to a word its own token ("(KCNA) --Kim Jong Un"), so the name is whole.
The ruler goes after NER, not before, so that a state name inside an organisation's name ("United
X", "Party of X") does not force NER to split the organisation; the span rules then decide.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from newsgraph.extract import spans  # noqa: F401 - registers the "newsgraph_entities" component
from newsgraph.extract.gazetteer import gazetteer

_LABEL_OF_KIND = {"region": "LOC", "place": "LOC"}


def _patterns() -> list[dict[str, str]]:
    gaz = gazetteer()
    patterns = []
    for form in gaz.states.values():
        if not form.ambiguous:
            label = "NORP" if form.form == "demonym" else "GPE"
            patterns.append({"label": label, "pattern": form.surface, "id": form.code})
    for surface, known in gaz.known.items():
        patterns.append({"label": _LABEL_OF_KIND.get(known.kind, "ORG"), "pattern": surface})
    return patterns


def _split_glued_dashes(nlp: Language) -> None:
    """Datelines glue a dash to the first word ("--Kim"): make the dash a prefix of its own."""
    prefixes = [*nlp.Defaults.prefixes, "--", "\u2014"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def add_entity_ruler(nlp: Language) -> None:
    """Add newsgraph's gazetteer ruler and span rules after spaCy's statistical NER."""
    _split_glued_dashes(nlp)
    ruler = nlp.add_pipe("entity_ruler", name="newsgraph_ruler", after="ner",
                         config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(_patterns())
    nlp.add_pipe("newsgraph_entities", after="newsgraph_ruler")
