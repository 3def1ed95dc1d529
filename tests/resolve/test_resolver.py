"""Resolution in a store: one canonical actor per person across outlets, decisions as rows,
and a user's merges and splits respected by later articles."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.analysis.compose import Composer
from newsgraph.resolve.lookup import find_actors
from newsgraph.resolve.overrides import merge, split
from newsgraph.resolve.resolver import resolve_article, unresolved_articles
from newsgraph.store import Store
from newsgraph.store import schema as t


def kcna() -> Composer:
    c = Composer(
        "Pyongyang, October 3 (KCNA) -- Respected Comrade Kim Jong Un received Sergei Shoigu, secretary "
        "of the Security Council of the Russian Federation, at the headquarters of the Central Committee. "
        "Kim Yo Jong, vice department director of the WPK Central Committee, was present.",
        outlet="KCNA", published="2025-10-03")
    kim = c.actor("Kim Jong Un", country="PRK")
    shoigu = c.actor("Sergei Shoigu", country="RUS")
    sister = c.actor("Kim Yo Jong", country="PRK")
    c.position(shoigu, "secretary of the Security Council of the Russian Federation", country="RUS")
    c.position(sister, "vice department director of the WPK Central Committee", country="PRK")
    c.event("CONSULT", [kim], [shoigu], "received", date="2025-10-03", location="Pyongyang")
    return c


def yonhap() -> Composer:
    c = Composer(
        "SEOUL, Oct. 4 (Yonhap) -- North Korean leader Kim Jong-un met Russian Security Council Secretary "
        "Sergey Shoygu in Pyongyang, the North's state media said Saturday. His sister Kim Yo-jong and "
        "Premier Kim Tok Hun also attended, while Kim Song Nam was not mentioned.",
        outlet="Yonhap", published="2025-10-04")
    kim = c.actor("Kim Jong-un")
    shoigu = c.actor("Sergey Shoygu", country="RUS")
    c.actor("Kim Yo-jong", country="PRK")
    c.actor("Kim Tok Hun", country="PRK")
    c.actor("Kim Song Nam", country="PRK")
    c.event("CONSULT", [kim], [shoigu], "met", date="2025-10-03", location="Pyongyang")
    return c


def tass(body: str, name: str, published: str) -> Composer:
    c = Composer(body, outlet="TASS", published=published)
    leader = c.actor(name, country="RUS")
    c.position(leader, "Chairman", country="RUS")
    return c


ZYUGANOV = ("MOSCOW, October 7. /TASS/. Gennady Zyuganov, Chairman of the Central Committee of the "
            "Communist Party of the Russian Federation, congratulated the Workers' Party of Korea.")
INITIALS = "MOSCOW, October 9. /TASS/. Party Chairman G. Zyuganov sent a message of greetings to Pyongyang."
AGAIN = "MOSCOW, October 12. /TASS/. Chairman G. Zyuganov addressed a rally in Moscow on Sunday."


def save(store: Store, composer: Composer) -> str:
    store.save(composer.document)
    resolve_article(store, composer.article.id)
    return composer.article.id


def canonical_of(store: Store, article_id: str, name: str) -> int:
    with store.engine.connect() as connection:
        return connection.scalar(
            sa.select(t.actor_link.c.canonical_id).join(t.actor, sa.and_(
                t.actor.c.article_id == t.actor_link.c.article_id, t.actor.c.id == t.actor_link.c.actor_id))
            .where(t.actor.c.article_id == article_id, t.actor.c.name == name))


@pytest.fixture
def store(db_url):
    with Store(db_url) as opened:
        yield opened


def test_one_person_across_outlets_and_look_alikes_kept_apart(store):
    first, second = save(store, kcna()), save(store, yonhap())
    assert canonical_of(store, first, "Kim Jong Un") == canonical_of(store, second, "Kim Jong-un")
    assert canonical_of(store, first, "Sergei Shoigu") == canonical_of(store, second, "Sergey Shoygu")
    assert canonical_of(store, first, "Kim Yo Jong") == canonical_of(store, second, "Kim Yo-jong")
    kims = {canonical_of(store, second, n) for n in ("Kim Jong-un", "Kim Yo-jong", "Kim Tok Hun", "Kim Song Nam")}
    assert len(kims) == 4
    with store.engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(t.canonical_actor)) == 5
        reasons = dict(connection.execute(
            sa.select(t.merge_decision.c.actor_id, t.merge_decision.c.reason)
            .where(t.merge_decision.c.article_id == second, t.merge_decision.c.outcome != "rejected")).all())
    assert reasons["a1"] == "name same: 'Kim Jong Un' ~ 'Kim Jong-un'; appears with 'kim yojong'"
    assert reasons["a2"] == ("name same: 'Sergei Shoigu' ~ 'Sergey Shoygu'; same country RUS; "
                              "appears with 'kim jongun'")
    assert reasons["a4"] == "no canonical actor matched"


def test_resolving_twice_changes_nothing(store):
    article = save(store, kcna())
    assert resolve_article(store, article) == []


def test_initials_join_on_a_shared_title_and_a_split_is_respected_later(store):
    full = save(store, tass(ZYUGANOV, "Gennady Zyuganov", "2025-10-07"))
    initials = save(store, tass(INITIALS, "G. Zyuganov", "2025-10-09"))
    leader = canonical_of(store, full, "Gennady Zyuganov")
    assert canonical_of(store, initials, "G. Zyuganov") == leader

    (split_off,) = split(store, leader, ["G. Zyuganov"])
    assert canonical_of(store, initials, "G. Zyuganov") == split_off
    later = save(store, tass(AGAIN, "G. Zyuganov", "2025-10-12"))
    assert canonical_of(store, later, "G. Zyuganov") == split_off
    with store.engine.connect() as connection:
        refused = connection.scalar(sa.select(t.merge_decision.c.reason).where(
            t.merge_decision.c.article_id == later, t.merge_decision.c.canonical_id == leader))
        assert refused is None  # a kept-apart candidate scores 0 and leaves no row
        assert [row.name for row in find_actors(connection, "G. Zyuganov")] == ["G. Zyuganov"]

    assert merge(store, leader, split_off) == 2
    assert canonical_of(store, later, "G. Zyuganov") == leader
    with store.engine.connect() as connection:
        assert [row.id for row in find_actors(connection, "G. Zyuganov")] == [leader]
        assert [row.id for row in find_actors(connection, f"#{split_off}")] == [leader]
        outcomes = list(connection.scalars(sa.select(t.merge_decision.c.outcome)
                                           .where(t.merge_decision.c.decided_by == "user")
                                           .order_by(t.merge_decision.c.id)))
    assert outcomes == ["split", "merged", "merged"]


def test_merge_refuses_different_kinds(store):
    save(store, kcna())
    c = Composer("The Russian Federation and the DPRK signed the treaty in Pyongyang.")
    c.actor("Russian Federation", kind="state", country="RUS")
    save(store, c)
    with store.engine.connect() as connection:
        (kim,) = find_actors(connection, "Kim Jong Un")
        (russia,) = find_actors(connection, "Russian Federation")
    with pytest.raises(ValueError, match="cannot merge"):
        merge(store, kim.id, russia.id)


def test_unresolved_articles_are_listed_until_resolved(store):
    c = kcna()
    store.save(c.document)
    assert unresolved_articles(store) == [c.article.id]
    resolve_article(store, c.article.id)
    assert unresolved_articles(store) == []


def test_states_join_by_code_whatever_their_name(store):
    first = Composer("Russia and China held joint naval drills in the Sea of Japan.")
    first.actor("Russia", kind="state", country="RUS")
    second = Composer("The Russian Federation protested against the new sanctions.")
    second.actor("Russian Federation", kind="state", country="RUS")
    a, b = save(store, first), save(store, second)
    assert canonical_of(store, a, "Russia") == canonical_of(store, b, "Russian Federation")


def minister_named(name: str, title: str, published: str) -> Composer:
    c = Composer(f"MOSCOW, {published} /TASS/. Russian {title} {name} said on Tuesday that talks with "
                 "Pyongyang would continue.", outlet="TASS", published=published)
    c.position(c.actor(name, country="RUS"), title, country="RUS")
    return c


def minister_unnamed(phrase: str, published: str) -> Composer:
    c = Composer(f"SEOUL, {published} (Yonhap) -- North Korea's state media said {phrase} arrived in Pyongyang "
                 "on Wednesday for a two-day visit.", outlet="Yonhap", published=published)
    c.actor(phrase)
    return c


def decision_of(store: Store, article_id: str) -> tuple[str, str]:
    with store.engine.connect() as connection:
        row = connection.execute(sa.select(t.merge_decision.c.outcome, t.merge_decision.c.reason)
                                 .where(t.merge_decision.c.article_id == article_id,
                                        t.merge_decision.c.outcome != "rejected")).one()
    return row.outcome, row.reason


def test_a_title_used_as_a_name_joins_the_one_holder_of_that_post_then(store):
    march = save(store, minister_named("Sergei Lavrov", "Foreign Minister", "2025-03-01"))
    save(store, minister_named("Sergei Lavrov", "foreign minister", "2025-05-20"))
    # A namesake post of another state and a former holder long before do not compete.
    save(store, minister_named("Viktor Titov", "Foreign Minister", "2023-01-10"))
    unnamed = save(store, minister_unnamed("the Russian Foreign Minister", "2025-04-09"))
    assert canonical_of(store, unnamed, "the Russian Foreign Minister") == canonical_of(store, march, "Sergei Lavrov")
    assert decision_of(store, unnamed) == ("linked", (
        "title used as name: 'the Russian Foreign Minister' on 2025-04-09 is the only holder of "
        "'foreign minister' of RUS then: 'Sergei Lavrov' (reported 2025-03-01 to 2025-05-20)"))


def test_a_title_with_two_holders_or_none_then_stays_apart(store):
    first = save(store, minister_named("Andrei Belousov", "Defence Minister", "2025-02-01"))
    second = save(store, minister_named("Sergei Shoigu", "Defence Minister", "2025-02-15"))
    ambiguous = save(store, minister_unnamed("the Russian Defence Minister", "2025-02-10"))
    too_late = save(store, minister_unnamed("the Russian Defence Minister", "2026-01-10"))
    holders = {canonical_of(store, first, "Andrei Belousov"), canonical_of(store, second, "Sergei Shoigu")}
    unnamed = {canonical_of(store, ambiguous, "the Russian Defence Minister"),
               canonical_of(store, too_late, "the Russian Defence Minister")}
    assert not unnamed & holders
    with store.engine.connect() as connection:
        rejected = sorted(connection.scalars(sa.select(t.merge_decision.c.reason).where(
            t.merge_decision.c.article_id == ambiguous, t.merge_decision.c.outcome == "rejected")))
    assert rejected == [
        "title used as name: 'the Russian Defence Minister' on 2025-02-10: 2 holders of 'defence minister' of RUS "
        "then, one is 'Andrei Belousov' (reported 2025-02-01 to 2025-02-01)",
        "title used as name: 'the Russian Defence Minister' on 2025-02-10: 2 holders of 'defence minister' of RUS "
        "then, one is 'Sergei Shoigu' (reported 2025-02-15 to 2025-02-15)"]
