"""Title phrase reading: the token-level helpers `read_post` leans on."""

from __future__ import annotations

from newsgraph.extract.lexicon import is_postnominal
from newsgraph.extract.titles import Mentions, is_possessive, participle_length, read_post


def test_possessive_endings_include_a_plurals_bare_apostrophe(nlp):
    doc = nlp("The Tories' leader and the party's chairman met the Greens.")
    assert [t.text for t in doc if is_possessive(t)] == ["'", "'s"]


def test_adverb_and_participle_are_read_together(nlp):
    doc = nlp("He met the newly-appointed chairman and the recently elected mayor.")
    starts = {t.text: participle_length(doc, t.i, len(doc)) for t in doc}
    assert starts["newly"] == 3 and starts["recently"] == 2
    assert starts["the"] == starts["chairman"] == 0


def test_a_joining_hyphen_never_opens_a_title(nlp):
    doc = nlp("They met at the Commander-in-Chief Forum.")
    chief = next(t.i for t in doc if t.text == "Chief")
    assert read_post(doc, chief - 1, len(doc), Mentions()) is None
    assert read_post(doc, chief, len(doc), Mentions()).title == "Chief"


def test_post_nominal_letters_are_capitals_only():
    assert is_postnominal("QC") and is_postnominal("MP") and is_postnominal("OBE")
    # in lower case the word is no post-nominal
    assert not is_postnominal("qc")
