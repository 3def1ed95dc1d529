"""The spaCy pipeline as newsgraph loads it: paragraph starts, British "co-" spellings, close dashes."""

from __future__ import annotations


def test_a_blank_line_starts_a_sentence(nlp):
    doc = nlp("Talks ended without a deal\n\nThe minister left Geneva on Friday.")
    assert [s.text.strip() for s in doc.sents] == ["Talks ended without a deal", "The minister left Geneva on Friday."]


def test_hyphenated_co_words_stay_whole_with_the_unhyphenated_lemma(nlp):
    doc = nlp("The unions co-operated with police and will co-ordinate their action. Co-operation grew.")
    words = {t.text: t.lemma_ for t in doc}
    assert words["co-operated"] == "cooperate"
    assert words["co-ordinate"] == "coordinate"
    assert words["Co-operation"] == "cooperation"
    assert [t.text for t in doc[:4]] == ["The", "unions", "co-operated", "with"]


def test_a_dash_written_close_splits_the_words_it_joins(nlp):
    doc = nlp("DOVER, Del.\u2014Ray Dunn spoke on Monday about the 1990\u20132000 era.")
    assert [t.text for t in doc[:6]] == ["DOVER", ",", "Del.", "\u2014", "Ray", "Dunn"]
    assert "\u2013" in [t.text for t in doc]
