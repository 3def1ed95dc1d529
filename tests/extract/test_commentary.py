"""Commentary voice: a state outlet's commentary or editorial is the outlet's own statement, and
its words of disapproval are the outlet's accusations of whom they are aimed at."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.model import Article

_COMMENTARY_BODY = (
    "Pyongyang, March 4 (KCNA) -- Australia has stepped up its reckless arms buildup in the region.\n"
    "Canberra is going to purchase nuclear-powered submarines in a deal signed last year.\n"
    "The Australian defence minister said \"the new boats are a reckless waste of money for the opposition\".\n"
    "The hegemonic ambition of the U.S. is behind the arms race.\n"
    "Australia had better mind its own business. -0-"
)


def _accusations(doc) -> list[tuple[str, list[str], int]]:
    names = {a.id: a.name for a in doc.actors}
    return [(names[e.source[0]], sorted(names[t] for t in e.target), len(e.mentions))
            for e in doc.events if e.plover == "ACCUSE"]


def _voice(nlp, title: str, body: str):
    return extract(Article(id="t", title=title, body=body, outlet="KCNA"), nlp)


def test_a_headlined_commentary_accuses_whom_its_own_words_denounce(nlp):
    doc = _voice(nlp, "KCNA Commentary on Australia's Dangerous Naval Moves", _COMMENTARY_BODY)
    # one accusation, in the headline and two body sentences; the minister's quote stays his
    assert _accusations(doc) == [("KCNA", ["Australia", "United States"], 3)]


def test_the_same_story_without_a_commentary_cue_accuses_no_one(nlp):
    doc = _voice(nlp, "Australia Buys Submarines", _COMMENTARY_BODY)
    assert _accusations(doc) == []


def test_an_editorial_lead_under_a_headline_naming_the_paper(nlp):
    body = ("Pyongyang, May 6 (KCNA) -- The arms race in the region is the making of the United States, "
            "says Rodong Sinmun Monday in an editorial article.\n"
            "The hegemonic policy of the U.S. keeps fuelling the tension. -0-")
    doc = _voice(nlp, "Arms Race Is Making of U.S.: Rodong Sinmun", body)
    assert _accusations(doc) == [("Rodong Sinmun", ["United States"], 1)]
    # the paper is not named in the headline: a newspaper's article reported in a story is no commentary
    assert _accusations(_voice(nlp, "Arms Race Is Making of U.S.", body)) == []


def test_an_editorial_praising_its_own_side_accuses_no_one(nlp):
    body = ("Pyongyang, May 6 (KCNA) -- The unity of all the people is a powerful driving force of the "
            "country's prosperity, says Rodong Sinmun Monday in an editorial article.\n"
            "All the people remain faithful to the brave and wise leader. -0-")
    assert _accusations(_voice(nlp, "Unity Is Driving Force: Rodong Sinmun", body)) == []


def test_a_commentary_praises_a_foreign_party_but_never_its_own_side(nlp):
    body = ("Pyongyang, June 3 (KCNA) -- The reckless provocation of the U.S. keeps raising tension in the region.\n"
            "Russia's tougher response to protect its people is principled and wise.\n"
            "The brave Korean People's Army is ready to defend the country. -0-")
    doc = _voice(nlp, "KCNA Commentary on U.S. Provocation", body)
    names = {a.id: a.name for a in doc.actors}
    praise = [(names[e.source[0]], sorted(names[t] for t in e.target)) for e in doc.events if e.plover == "SUPPORT"]
    assert praise == [("KCNA", ["Russia"])]


_WARNING_BODY = (
    "Pyongyang, March 4 (KCNA) -- Australia has stepped up its arms buildup in the region. "
    "Australia had better mind its own business. "
    "The U.S. will be forced to pay dearly for its hegemonic ambition. -0-"
)


def _acts(doc, plover: str) -> list[tuple[list[str], list[str]]]:
    names = {a.id: a.name for a in doc.actors}
    return [([names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events if e.plover == plover]


def test_a_commentary_demands_and_threatens_in_its_own_voice(nlp):
    doc = _voice(nlp, "KCNA Commentary on Australia's Arms Buildup", _WARNING_BODY)
    assert _acts(doc, "REQUEST") == [(["KCNA"], ["Australia"])]
    assert _acts(doc, "THREATEN") == [(["KCNA"], ["United States"])]


def test_the_same_words_in_a_plain_report_are_no_ones_demand(nlp):
    doc = _voice(nlp, "Australia Buys Submarines", _WARNING_BODY)
    assert _acts(doc, "REQUEST") == [] and _acts(doc, "THREATEN") == []


def test_a_commentary_threatens_no_epithet_and_speaks_no_quoted_slogan(nlp):
    body = ("Pyongyang, March 4 (KCNA) -- Australia has stepped up its arms buildup in the region. "
            "The reckless warmongers can never escape stern punishment. "
            'Marchers in Seoul chanted slogans such as "We oppose the U.S.-ROK war drills!" -0-')
    doc = _voice(nlp, "KCNA Commentary on Australia's Arms Buildup", body)
    assert _acts(doc, "THREATEN") == [] and _acts(doc, "REJECT") == []
