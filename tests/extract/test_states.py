"""States by name, alias, demonym and capital."""

from newsgraph.extract.states import code_of, form_of, name_of


def test_names_aliases_and_demonyms():
    assert code_of("DPRK") == "PRK"
    assert code_of("North Korean") == "PRK"
    assert code_of("the Democratic People's Republic of Korea") == "PRK"
    assert code_of("U.S.") == "USA"
    assert code_of("Russia's") == "RUS"
    assert code_of("Britons") is None
    assert code_of("Briton") == "GBR"


def test_capitals_answer_only_when_asked():
    assert code_of("Moscow") is None
    assert code_of("Moscow", capitals=True) == "RUS"
    assert form_of("Pyongyang").form == "capital"


def test_official_names_from_pycountry_and_canonical_names():
    assert code_of("Kingdom of Norway") == "NOR"
    assert name_of("PRK") == "North Korea"
    assert name_of("GBR") == "United Kingdom"


def test_ambiguous_forms_are_marked():
    assert form_of("Chad").ambiguous
    assert not form_of("Vietnam").ambiguous
