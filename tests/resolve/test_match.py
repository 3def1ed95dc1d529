"""Match decisions: merge on a name plus evidence, never on a shared family name."""

from __future__ import annotations

from newsgraph.resolve.match import ActorRecord, decide


def person(*names: str, country: str | None = None, titles: tuple[str, ...] = (),
           counterparts: tuple[str, ...] = ()) -> ActorRecord:
    return ActorRecord(names=names, kind="person", country=country, titles=frozenset(titles),
                       counterparts=frozenset(counterparts))


def test_the_same_full_name_in_a_compatible_country_merges():
    decision = decide(person("Kim Jong Un", country="PRK"), person("Kim Jong-un"))
    assert decision.same
    assert decision.score == 100.0
    assert decision.reason == "name same: 'Kim Jong Un' ~ 'Kim Jong-un'"


def test_transliteration_variant_with_country_merges():
    decision = decide(person("Sergei Chebotaryov", country="RUS"), person("Sergey Chebotarev", country="RUS"))
    assert decision.same
    assert decision.reason == "name same: 'Sergei Chebotaryov' ~ 'Sergey Chebotarev'; same country RUS"


def test_initials_need_corroboration():
    bare = decide(person("G. Zyuganov"), person("Gennady Zyuganov"))
    assert not bare.same
    assert bare.reason.endswith("needs 1 corroborating fact(s), has 0")
    titled = decide(person("G. Zyuganov", titles=("Chairman",)), person("Gennady Zyuganov", titles=("chairman",)))
    assert titled.same
    assert titled.score == 93.0
    assert "shared title 'chairman'" in titled.reason


def test_family_name_alone_needs_a_shared_title_and_more():
    assert not decide(person("Zyuganov", country="RUS"), person("Gennady Zyuganov", country="RUS")).same
    assert decide(person("Zyuganov", country="RUS", titles=("Communist Party leader",)),
                  person("Gennady Zyuganov", country="RUS", titles=("Communist Party Leader",))).same


def test_look_alikes_that_share_a_family_name_never_merge_even_with_evidence():
    kims = ["Kim Jong Un", "Kim Yo Jong", "Kim Tok Hun", "Kim Song Nam"]
    for a in kims:
        for b in kims:
            if a != b:
                decision = decide(person(a, country="PRK", titles=("member of the Presidium",),
                                         counterparts=("choe ryonghae",)),
                                  person(b, country="PRK", titles=("member of the Presidium",),
                                         counterparts=("choe ryonghae",)))
                assert not decision.same, (a, b)
                assert decision.reason.startswith("names differ")


def test_different_countries_or_kinds_never_merge():
    assert decide(person("Kim Jong Un", country="PRK"), person("Kim Jong Un", country="KOR")).reason == \
        "countries differ: PRK / KOR"
    assert not decide(person("Georgia"), ActorRecord(names=("Georgia",), kind="state")).same


def test_a_canonical_actor_matches_through_any_of_its_names():
    canonical = person("Gennady Zyuganov", "G. Zyuganov", country="RUS", counterparts=("vladimir putin",))
    decision = decide(canonical, person("Zyuganov Gennady", counterparts=("vladimir putin",)))
    assert decision.same
    assert decision.reason == ("name reordered: 'Gennady Zyuganov' ~ 'Zyuganov Gennady'; "
                               "appears with 'vladimir putin'")


def test_organisations_match_on_folded_name():
    a = ActorRecord(names=("Workers' Party of Korea",), kind="party", country="PRK")
    b = ActorRecord(names=("Workers’ Party of Korea", "WPK"), kind="party", country="PRK")
    assert decide(a, b).same
    assert not decide(a, ActorRecord(names=("Korean Social Democratic Party",), kind="party")).same


def test_two_names_of_one_state_merge_by_code():
    decision = decide(ActorRecord(names=("Russia",), kind="state", country="RUS"),
                      ActorRecord(names=("the Russian Federation",), kind="state", country="RUS"))
    assert decision.same
    assert decision.reason == "same state RUS: 'Russia' ~ 'the Russian Federation'"
