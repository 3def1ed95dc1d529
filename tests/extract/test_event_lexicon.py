"""The event lexicon: its rows are coherent data, and whole verb families code as CAMEO does."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from newsgraph.extract import extract
from newsgraph.extract.event_lexicon import (
    AIMED, COURT_ROLE, OCCASION_ROLE, ORGANISER_ROLE, PERSON_OBJECT, VENUE_ROLE, entries, noun_entry, verb_entries,
)
from newsgraph.model import Article

CAMEO2PLOVER = Path("/work/shared/eval/plover/CAMEO2PLOVER-2021.txt")

# where the project codes a CAMEO code differently from the 2021 table (see events.tsv's header)
DEPARTURES = {"057": "AGREE", "163": "SANCTION", "0813": "CONCEDE", "0814": "CONCEDE", "1712": "COERCE"}


def test_rows_of_one_verb_never_claim_the_same_object():
    """Two rows of one verb sharing an object lemma would make the file order decide silently.
    A row that reads only where its target is named (@aimed) claims nothing: it is decided by that."""
    claimed: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in entries():
        if AIMED in row.objects:
            continue
        for obj in row.objects - {PERSON_OBJECT}:
            owner = claimed[(row.pos, row.lemma)].setdefault(obj, f"{row.plover} {row.cameo}")
            assert owner == f"{row.plover} {row.cameo}", (row.lemma, obj, owner, row.cameo)


def test_rows_are_unique_and_name_their_target_slots():
    keys = [(r.pos, r.lemma, r.objects) for r in entries()]
    assert len(keys) == len(set(keys))
    for row in entries():
        assert all(t in ("dobj", COURT_ROLE, VENUE_ROLE, ORGANISER_ROLE, OCCASION_ROLE) or re.fullmatch(r"[a-z]+", t) for t in row.target), row


@pytest.mark.skipif(not CAMEO2PLOVER.exists(), reason="shared PLOVER table absent")
def test_cameo_codes_carry_the_plover_type_of_the_2021_table():
    table = {}
    for line in CAMEO2PLOVER.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d{3,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    for row in entries():
        if row.pos == "S":  # a statement's row is the stance it takes, coded when it is known
            continue
        assert row.cameo in table, row
        assert DEPARTURES.get(row.cameo, table[row.cameo]) == row.plover, row


def test_broad_verbs_count_only_with_their_political_objects():
    for lemma in ("lift", "suspend", "open", "allow", "withdraw", "destroy", "provide", "share"):
        rows = verb_entries(lemma)
        assert rows and all(r.objects for r in rows), lemma
    assert {r.plover for r in verb_entries("lift")} == {"CONCEDE", "RETREAT"}
    # withdrawing troops retreats, observers sanctions, an endorsement breaks with its candidate, a
    # lawsuit yields
    assert {r.plover for r in verb_entries("withdraw")} == {"RETREAT", "SANCTION", "REJECT", "CONCEDE"}
    assert noun_entry("war game").plover == "MOBILIZE"
    assert noun_entry("mediation effort").cameo == "045"


def _events(nlp, body: str) -> list[tuple[str, str, str]]:
    doc = extract(Article(id="lexicon-test", body=body), nlp)
    return [(e.plover, e.cameo, e.verb) for e in doc.events]


@pytest.mark.parametrize(("body", "plover", "cameo", "verb"), [
    ("The European Union lifted its arms embargo on Belarus on Monday.", "RETREAT", "085", "lift embargo"),
    ("Italy suspended aid to Serbia on Wednesday after the attack.", "SANCTION", "162", "suspend aid"),
    ("Japan cut food supplies to North Korea last month.", "SANCTION", "162", "cut supply"),
    ("Sweden withdrew its election observers from Belarus on Friday.", "SANCTION", "1662", "withdraw observer"),
    ("Hungary opened its border to Austria on Sunday.", "RETREAT", "086", "open border"),
    ("The Nigerian government accepted the demands of Ghana on Thursday.", "CONCEDE", "083", "accept demand"),
    ("The United States is providing military intelligence to Ukraine.", "AID", "072", "provide intelligence"),
    ("President Jacques Chirac gave a warm welcome to Nelson Mandela in Paris.", "CONSULT", "043", "give welcome"),
    ("Pakistan has been sharing expertise with Libya since 1990.", "COOPERATE", "060", "share expertise"),
    ("Israel reinforced its troops in Lebanon on Tuesday.", "MOBILIZE", "154", "reinforce troop"),
    ("Serbia violated the arms embargo on Bosnia, the monitors said.", "REJECT", "128", "violate embargo"),
    ("Iraq has repeatedly violated the ceasefire with Kuwait.", "ASSAULT", "196", "violate ceasefire"),
    ("Indian troops opened fire on Pakistan's border posts overnight.", "ASSAULT", "193", "open fire"),
])
def test_verb_families_code_as_cameo_does(nlp, body, plover, cameo, verb):
    assert (plover, cameo, verb) in _events(nlp, body)


def test_a_planned_restriction_is_a_threat(nlp):
    found = _events(nlp, "Greece plans to impose restrictions on Bulgaria's truck drivers.")
    assert ("THREATEN", "130") in [(p, c) for p, c, _ in found]


@pytest.mark.parametrize("body", [
    "The firm will open a new office in Paris next year.",
    "The new rules would allow the museum to open on Sundays.",
    "Train services between Leeds and York were suspended for the weekend.",
    "The captain lifted the trophy in front of a crowd of 60,000.",
    "The department destroyed nearly 37,000 old files last year.",
    "Ministers will provide more information about the scheme next week.",
])
def test_everyday_uses_of_broad_verbs_are_no_events(nlp, body):
    assert _events(nlp, body) == []


def _acts(nlp, body: str) -> list[tuple[str, str, list[str], list[str]]]:
    doc = extract(Article(id="lexicon-family-test", body=body), nlp)
    names = lambda refs: [doc.actor(r).name for r in refs if doc.actor(r)]  # noqa: E731
    return [(e.plover, e.verb, names(e.source), names(e.target)) for e in doc.events]


@pytest.mark.parametrize(("body", "act"), [
    # criticism
    ("Senator Elizabeth Warren upbraided the Federal Reserve over its handling of bank failures.",
     ("ACCUSE", "upbraid", ["Elizabeth Warren"], ["Federal Reserve"])),
    ("Labour leader Keir Starmer took a swipe at the Conservatives over rising energy bills.",
     ("ACCUSE", "take swipe", ["Keir Starmer", "Labour"], ["Conservatives"])),
    ("Opposition leaders scoffed at the government's new housing plan.",
     ("ACCUSE", "scoff at", ["Opposition leaders"], ["government"])),
    # requests
    ("The African Union exhorted the rival factions to return to talks.",
     ("REQUEST", "exhort", ["African Union"], ["rival factions"])),
    # rejection
    ("Israel rebuffed the United Nations' call for a ceasefire.",
     ("REJECT", "rebuff", ["Israel"], ["United Nations"])),
    ("Hungary balked at the European Union's sanctions on Russia.",
     ("REJECT", "balk at", ["Hungary"], ["European Union"])),
    ("Hungary blocked the European Union's proposal to fund Ukrainian weapons.",
     ("REJECT", "block proposal", ["Hungary"], ["European Union"])),
    # praise and support
    ("Chancellor Olaf Scholz complimented President Emmanuel Macron on the summit.",
     ("SUPPORT", "compliment", ["Olaf Scholz"], ["Emmanuel Macron"])),
    ("Senator Lindsey Graham vouched for Brett Kavanaugh at the hearing.",
     ("SUPPORT", "vouch for", ["Lindsey Graham"], ["Brett Kavanaugh"])),
    # agreement, cooperation, consultation
    ("Israel and Hamas struck a deal on Wednesday to free hostages.", ("AGREE", "strike deal", ["Israel"], ["Hamas"])),
    ("Britain and France joined forces to tackle migrant crossings in the Channel.",
     ("COOPERATE", "join force", ["United Kingdom"], ["France"])),
    ("President Joe Biden huddled with Speaker Kevin McCarthy at the White House.",
     ("CONSULT", "huddle with", ["Joe Biden"], ["Kevin McCarthy"])),
    ("India and Pakistan resumed their dialogue in Islamabad.", ("CONSULT", "resume dialogue", ["India"], ["Pakistan"])),
    # aid, yielding, retreat
    ("The European Commission bailed out Greece in 2010.", ("AID", "bail out", ["European Commission"], ["Greece"])),
    ("The government bowed to the unions and dropped the pension reform.",
     ("CONCEDE", "bow to", ["government"], ["unions"])),
    # protest, sanctions, mobilization
    ("Thousands of workers picketed the Ministry of Labour in Seoul.",
     ("PROTEST", "picket", ["workers"], ["Ministry of Labour"])),
    ("Britain froze the assets of five Russian oligarchs on Thursday.",
     ("SANCTION", "freeze asset", ["United Kingdom"], ["Russia"])),
    ("The United States withheld military aid from Egypt over human rights concerns.",
     ("SANCTION", "withhold aid", ["United States"], ["Egypt"])),
    ("Britain blacklisted three Iranian banks.", ("SANCTION", "blacklist", ["United Kingdom"], ["Iran"])),
    # coercion and assault
    ("Niger's junta exiled the former president, Mohamed Bazoum.", ("COERCE", "exile", ["Niger"], ["Mohamed Bazoum"])),
    ("The Iranian navy impounded a British tanker in the Strait of Hormuz.",
     ("COERCE", "impound", ["Iranian navy", "Iran"], ["United Kingdom"])),
    ("Turkish authorities shut down three opposition newspapers.",
     ("COERCE", "shut newspaper", ["Turkish authorities", "Turkey"], ["opposition newspapers"])),
    ("Russian forces pounded Ukrainian positions near Bakhmut overnight.",
     ("ASSAULT", "pound", ["Russian forces", "Russia"], ["Ukraine"])),
    ("The Taliban slew two Afghan soldiers at a checkpoint.",
     ("ASSAULT", "slay", ["Taliban"], ["Afghan soldiers", "Afghanistan"])),
    ("Iran launched an offensive against Kurdish rebels in the north.",
     ("ASSAULT", "launch offensive", ["Iran"], ["Kurdish rebels in the north"])),
    # the second round: deals inked, bills voted down, reports disputed, money disbursed, bans
    ("Japan and India inked a deal on high-speed rail.", ("AGREE", "ink deal", ["Japan"], ["India"])),
    ("The Senate voted down President Joe Biden's tax bill.", ("REJECT", "vote down", ["Senate"], ["Joe Biden"])),
    ("The Kremlin disputed the Pentagon's report.", ("REJECT", "dispute report", ["Russia"], ["Pentagon"])),
    ("Zimbabwe's President Emmerson Mnangagwa felicitated Cuba on its national day.",
     ("SUPPORT", "felicitate", ["Emmerson Mnangagwa"], ["Cuba"])),
    ("The World Bank disbursed $500 million to Kenya.", ("AID", "disburse", ["World Bank"], ["Kenya"])),
    ("Police evicted hundreds of protesters from the square.", ("COERCE", "evict", ["Police"], ["protesters"])),
    ("Britain proscribed Hamas in 2021.", ("COERCE", "proscribe", ["United Kingdom"], ["Hamas"])),
    ("The United States imposed tariffs on China.", ("SANCTION", "impose tariff", ["United States"], ["China"])),
    ("Taiwan scrambled jets after Chinese warplanes entered its air defence zone.",
     ("MOBILIZE", "scramble jet", ["Taiwan"], [])),
    ("Education Secretary Ruth Kelly concurred with Universities UK that the rise was minor.",
     ("SUPPORT", "concur with", ["Ruth Kelly"], ["Universities UK"])),
    ("Donald Trump cast doubt on Hillary Clinton's account of the attack.",
     ("ACCUSE", "cast doubt", ["Donald Trump"], ["Hillary Clinton"])),
])
def test_whole_families_code_unseen_members(nlp, body, act):
    assert act in _acts(nlp, body)


@pytest.mark.parametrize("body", [
    # a particle or preposition row must not fire on a place or a non-political object
    "The president gave a speech in Paris on Monday.",
    "The company built up its savings over the decade.",
    "The minister said the economy had been pounded by high interest rates.",
])
def test_family_rows_keep_to_their_political_objects(nlp, body):
    assert {p for p, *_ in _acts(nlp, body)} & {"CONCEDE", "MOBILIZE", "ASSAULT"} == set()
