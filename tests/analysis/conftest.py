"""A small store of North Korea–Russia coverage across outlets, composed by hand so every answer
is known: one meeting reported by KCNA, Yonhap, TASS (and a syndicated copy of TASS), a parade with
its protocol order, inspections, an agreement, and a premier named by two outlets."""

from __future__ import annotations

import pytest

from newsgraph.analysis.compose import Composer
from newsgraph.resolve.resolver import resolve_article
from newsgraph.store import Store


def kcna_meeting() -> Composer:
    c = Composer(
        "Pyongyang, October 3 (KCNA) -- Respected Comrade Kim Jong Un, general secretary of the Workers' "
        "Party of Korea, received Sergei Shoigu, secretary of the Security Council of the Russian Federation, "
        "in Pyongyang on Friday. Choe Son Hui, minister of Foreign Affairs, accompanied him. Kim Jong Un said "
        "that the friendship between the two countries is invincible.",
        outlet="KCNA", published="2025-10-03", title="Kim Jong Un receives Russian Security Council secretary")
    kim = c.actor("Kim Jong Un", country="PRK")
    shoigu = c.actor("Sergei Shoigu", country="RUS")
    choe = c.actor("Choe Son Hui", country="PRK")
    c.position(kim, "general secretary of the Workers' Party of Korea", country="PRK")
    c.position(shoigu, "secretary of the Security Council of the Russian Federation", country="RUS")
    c.position(choe, "minister of Foreign Affairs", country="PRK")
    c.event("CONSULT", [kim, choe], [shoigu], "received", date="2025-10-03", location="Pyongyang", mode="meet")
    c.quote(kim, "the friendship between the two countries is invincible", direct=False)
    return c


def yonhap_meeting() -> Composer:
    c = Composer(
        "SEOUL, Oct. 4 (Yonhap) -- North Korean leader Kim Jong-un met Russian Security Council Secretary "
        "Sergey Shoygu in Pyongyang on Friday, the North's state media said. Shoygu arrived at the head of "
        "a 15-member delegation that included Defense Minister Andrei Belousov.",
        outlet="Yonhap", published="2025-10-04")
    kim = c.actor("Kim Jong-un")
    shoigu = c.actor("Sergey Shoygu", country="RUS", aliases=("Shoygu",))
    belousov = c.actor("Andrei Belousov", country="RUS")
    c.position(belousov, "Defense Minister", country="RUS")
    c.group("15-member delegation", country="RUS", host="PRK", size=15, leader=shoigu,
            members=(shoigu, belousov), occasion="talks on security cooperation")
    c.event("CONSULT", [kim], [shoigu], "met", date="2025-10-03", location="Pyongyang", mode="meet")
    return c


TASS_BODY = ("PYONGYANG, October 4. /TASS/. Russian Security Council Secretary Sergei Shoigu held talks with "
             "North Korean leader Kim Jong Un on Friday. The Russian delegation of 12 people, which included "
             "Defence Minister Andrey Belousov, arrived in Pyongyang on Thursday.")


def tass_meeting(outlet: str = "TASS", published: str = "2025-10-04") -> Composer:
    c = Composer(TASS_BODY, outlet=outlet, published=published,
                 article_id=None if outlet == "TASS" else f"copy-of-tass-by-{outlet.lower().replace(' ', '-')}")
    shoigu = c.actor("Sergei Shoigu", country="RUS")
    kim = c.actor("Kim Jong Un", country="PRK")
    belousov = c.actor("Andrey Belousov", country="RUS")
    c.position(belousov, "Defence Minister", country="RUS")
    c.group("Russian delegation of 12 people", country="RUS", host="PRK", size=12, leader=shoigu,
            members=(shoigu, belousov))
    c.event("CONSULT", [shoigu], [kim], "held talks", date="2025-10-03", location="Pyongyang", mode="meet")
    return c


def nk_news_other() -> Composer:
    c = Composer("SEOUL -- South Korea's Unification Ministry said on Sunday it would resume funding for "
                 "civic groups that send aid across the border.", outlet="NK News", published="2025-10-05")
    c.actor("South Korea", kind="state", country="KOR")
    return c


def rodong_parade() -> Composer:
    c = Composer(
        "Pyongyang, October 10 (KCNA) -- A grand military parade marking the 80th anniversary of the founding "
        "of the Workers' Party of Korea was held in Kim Il Sung Square. Kim Jong Un reviewed the parade with "
        "Chinese Premier Li Qiang and Vietnamese leader To Lam on the platform, in that order. A Chinese party "
        "and government delegation headed by Li Qiang attended.",
        outlet="Rodong Sinmun", published="2025-10-10")
    kim = c.actor("Kim Jong Un", country="PRK")
    li = c.actor("Li Qiang", country="CHN")
    lam = c.actor("To Lam", country="VNM")
    c.position(li, "Premier", country="CHN")
    c.group("Chinese party and government delegation", country="CHN", host="PRK", leader=li, members=(li,),
            occasion="80th anniversary of the founding of the Workers' Party of Korea")
    c.event("MOBILIZE", [kim, li, lam], [], "reviewed the parade", date="2025-10-10",
            location="Kim Il Sung Square", mode="parade")
    c.ranking([kim, li, lam], "in that order",
              occasion="military parade for the 80th anniversary of the founding of the Workers' Party of Korea")
    return c


def kcna_inspections() -> Composer:
    c = Composer(
        "Pyongyang, October 16 (KCNA) -- Kim Jong Un inspected the Kangdong greenhouse farm on October 12 and "
        "visited a munitions factory on October 15.", outlet="KCNA", published="2025-10-16")
    kim = c.actor("Kim Jong Un", country="PRK")
    c.event("COOPERATE", [kim], [], "inspected", date="2025-10-12", location="Kangdong", mode="inspect")
    c.event("MOBILIZE", [kim], [], "visited", date="2025-10-15", mode="inspect")
    return c


def kcna_factory() -> Composer:
    c = Composer(
        "Pyongyang, November 20 (KCNA) -- Kim Jong Un inspected the Ryongsong Machine Complex. He was "
        "accompanied by Kim Yo Jong, vice department director, and Premier Pak Thae Song.",
        outlet="KCNA", published="2025-11-20")
    kim = c.actor("Kim Jong Un", country="PRK")
    sister = c.actor("Kim Yo Jong", country="PRK")
    pak = c.actor("Pak Thae Song", country="PRK")
    c.position(sister, "vice department director", country="PRK")
    c.position(pak, "Premier", country="PRK")
    c.event("COOPERATE", [kim, sister, pak], [], "inspected", date="2025-11-20", location="Ryongsong", mode="inspect")
    return c


def yonhap_premier() -> Composer:
    c = Composer("SEOUL, Nov. 21 (Yonhap) -- Premier Kim Tok Hun toured a fertilizer plant in South Hamgyong "
                 "Province, state media reported.", outlet="Yonhap", published="2025-11-21")
    kim = c.actor("Kim Tok Hun", country="PRK")
    c.position(kim, "Premier", country="PRK")
    return c


def kcna_premier() -> Composer:
    c = Composer("Pyongyang, November 25 (KCNA) -- Premier Pak Thae Song and North Korea opened a new hospital.",
                 outlet="KCNA", published="2025-11-25")
    pak = c.actor("Pak Thae Song", country="PRK")
    c.position(pak, "Premier", country="PRK")
    return c


def tass_agreement() -> Composer:
    c = Composer("MOSCOW, November 2. /TASS/. Russia and North Korea signed an agreement on cooperation in "
                 "health care on Sunday.", outlet="TASS", published="2025-11-02")
    russia = c.actor("Russia", kind="state", country="RUS")
    dprk = c.actor("North Korea", kind="state", country="PRK")
    c.event("AGREE", [russia], [dprk], "signed an agreement", date="2025-11-02", mode="agree")
    return c


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """The store with every document above saved and resolved; yields (store, {name: article id}).
    Shared by the whole session: tests only read it."""
    ids = {}
    with Store(f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.sqlite'}") as store:
        for name, composer in [("kcna_meeting", kcna_meeting()), ("yonhap_meeting", yonhap_meeting()),
                               ("tass_meeting", tass_meeting()), ("nk_news_other", nk_news_other()),
                               ("rodong_parade", rodong_parade()), ("kcna_inspections", kcna_inspections()),
                               ("tass_agreement", tass_agreement()), ("kcna_factory", kcna_factory()),
                               ("yonhap_premier", yonhap_premier()), ("kcna_premier", kcna_premier())]:
            store.save(composer.document)
            ids[name] = composer.article.id
        copy = tass_meeting("RIA Novosti", "2025-10-05")
        store.save(copy.document, duplicate_of=ids["tass_meeting"])
        ids["ria_copy"] = copy.article.id
        for article_id in ids.values():
            resolve_article(store, article_id)
        yield store, ids
