"""Latency of the analyst's questions on a synthetic but realistic store.

    .venv/bin/python bench/kb_queries.py --articles 100000 --db /tmp/kb100k.sqlite

Builds (or reuses, when --db already holds a generated store) a store of wire-style articles:
a population of people of several states with posts, who meet, visit, sign and inspect; each
event reported by one to four outlets on the following days, 5% of articles syndicated copies,
delegations with members, protocol lists. Every document is composed with
`newsgraph.analysis.compose.Composer`, so its evidence points into its own text. Rows are written
in bulk; actor links come from the generator's own identities (resolution is timed separately on
the newest articles through `resolve_article`). Then each question runs --runs times with varied
arguments and p50/p95 latencies are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from newsgraph.analysis.appearances import absent_since, appearances
from newsgraph.analysis.compose import Composer
from newsgraph.analysis.coverage import event_coverage
from newsgraph.analysis.delegations import delegations
from newsgraph.analysis.events import Window
from newsgraph.analysis.profile import profile
from newsgraph.analysis.protocol import protocol
from newsgraph.analysis.search import search
from newsgraph.analysis.stats import stats
from newsgraph.analysis.timeline import timeline
from newsgraph.model import Document
from newsgraph.resolve.resolver import block_key, name_key, resolve_article
from newsgraph.store import Store
from newsgraph.store import schema as t
from newsgraph.store.rows import FACT_TABLES, to_rows

# Name parts by state: enough combinations for thousands of distinct people per state.
KOREAN_FAMILY = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Han", "Ryu", "O", "Hwang", "Mun"]
KOREAN_SYLLABLES = ["Jong", "Yong", "Chol", "Song", "Il", "Hui", "Nam", "Su", "Hyok", "Myong", "Thae", "Kwang",
                    "Hun", "Sok", "Gwon", "Ryong", "Chun", "Ok", "Sun", "Ho"]
RUSSIAN_GIVEN = ["Sergei", "Andrei", "Alexei", "Dmitry", "Nikolai", "Mikhail", "Yuri", "Viktor", "Oleg",
                 "Igor", "Pavel", "Anatoly", "Vladimir", "Maria", "Olga", "Yelena", "Tatiana", "Boris"]
RUSSIAN_ROOTS = ["Petr", "Sorok", "Bel", "Volk", "Zaitz", "Morozov", "Lebed", "Kuzn", "Popov", "Sokol",
                 "Orl", "Gusev", "Titov", "Karp", "Zhuk", "Nikit", "Frol", "Bogdan", "Yegor", "Shirok"]
CHINESE_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"]
CHINESE_GIVEN = ["Wei", "Qiang", "Jun", "Yi", "Min", "Jie", "Tao", "Hua", "Ming", "Lei", "Xin", "Bo", "Gang"]
STATES = {"PRK": ("North Korea", "Pyongyang"), "RUS": ("Russia", "Moscow"), "CHN": ("China", "Beijing"),
          "KOR": ("South Korea", "Seoul"), "VNM": ("Vietnam", "Hanoi"), "LAO": ("Laos", "Vientiane")}
# Posts one person holds (given to the first people of each state, the most seen) and posts many hold.
SINGLE_POSTS = ["Chairman of the State Council", "Premier", "Foreign Minister", "Defence Minister",
                "Minister of Health", "Minister of Culture", "Minister of Natural Resources"]
SHARED_POSTS = ["Vice-Premier", "Ambassador", "Deputy Foreign Minister", "Governor",
                "member of the Central Committee", "First Deputy Director"]
OUTLETS = {"PRK": ["KCNA", "Rodong Sinmun"], "RUS": ["TASS", "RIA Novosti", "Interfax"], "CHN": ["Xinhua"],
           "KOR": ["Yonhap", "Korea Herald"], "": ["NK News", "Reuters", "BBC"]}
ACTIONS = [("CONSULT", "held talks with", "meet"), ("CONSULT", "received", "meet"),
           ("AGREE", "signed an agreement with", "agree"), ("COOPERATE", "inspected a factory with", "inspect"),
           ("SUPPORT", "praised", "statement"), ("AID", "delivered aid to", "aid")]
WORDS = ["cooperation", "friendship", "missile", "satellite", "harvest", "trade", "sanctions", "railway",
         "anniversary", "delegation", "fisheries", "tourism", "hospital", "exercise", "border"]


@dataclass(frozen=True)
class Person:
    id: int  # canonical actor id
    name: str
    country: str
    post: str


def people(rng: random.Random, per_state: int) -> list[Person]:
    """A population with distinct names; ids are the canonical actor ids they will get."""
    made: dict[str, Person] = {}
    keys: set[str] = set()
    for country in STATES:
        while sum(1 for p in made.values() if p.country == country) < per_state:
            if country in ("PRK", "KOR"):
                name = f"{rng.choice(KOREAN_FAMILY)} {rng.choice(KOREAN_SYLLABLES)} {rng.choice(KOREAN_SYLLABLES)}"
            elif country == "RUS":
                root = rng.choice(RUSSIAN_ROOTS)
                name = f"{rng.choice(RUSSIAN_GIVEN)} {root}{'' if root.endswith('ov') else rng.choice(['ov', 'in', 'sky'])}"
            elif country == "CHN":
                name = f"{rng.choice(CHINESE_FAMILY)} {rng.choice(CHINESE_GIVEN)}{rng.choice(CHINESE_GIVEN).lower()}"
            else:
                name = f"{rng.choice(['Nguyen', 'Tran', 'Le', 'Phan', 'Vo', 'Dang', 'Bui', 'Do'])} " \
                       f"{rng.choice(['Van', 'Thi', 'Duc', 'Minh', 'Quoc', 'Huu', 'Xuan', 'Ngoc'])} " \
                       f"{rng.choice(['Hung', 'Lan', 'Thanh', 'Long', 'Phuc', 'Dung', 'Hai', 'Tuan', 'Khai', 'Binh'])}"
            if (key := name_key(name, "person")) not in keys:
                keys.add(key)
                rank = sum(1 for p in made.values() if p.country == country)
                post = SINGLE_POSTS[rank] if rank < len(SINGLE_POSTS) else rng.choice(SHARED_POSTS)
                made[name] = Person(len(made) + 1, name, country, post)
    return list(made.values())


def _article(rng: random.Random, day: date, outlet: str, cast: list[Person], action: tuple[str, str, str],
             delegation: bool, serial: int) -> Composer:
    """One wire report of an event between `cast[0]` (host side) and the others."""
    plover, verb, mode = action
    host, guest, *others = cast
    city = STATES[host.country][1]
    extra = " ".join(f"{p.post} {p.name} was also present." for p in others)
    words = " ".join(rng.sample(WORDS, 3))
    body = (f"{city.upper()}, {day:%B} {day.day} -- {host.post} {host.name} {verb} {guest.post} {guest.name} "
            f"in {city} on {day:%A}. {extra} The sides discussed {words}. "
            f"{'A delegation of ' + str(len(cast) + 4) + ' people led by ' + guest.name + ' arrived on the eve. ' if delegation else ''}"
            f"{host.name} said the talks were \u201cproductive and sincere\u201d. (Report {serial})")
    c = Composer(body, outlet=outlet, published=(day + timedelta(days=rng.choice([0, 0, 1, 1, 2]))).isoformat())
    ids = [c.actor(p.name, country=p.country) for p in cast]
    for local, p in zip(ids, cast):
        c.position(local, p.post, country=p.country)
    c.event(plover, [ids[0], *ids[2:]], [ids[1]], verb, date=day.isoformat(), location=city, mode=mode)
    c.quote(ids[0], "productive and sincere")
    if delegation:
        c.group(f"A delegation of {len(cast) + 4} people", country=guest.country, host=host.country,
                size=len(cast) + 4, leader=ids[1], members=(ids[1],))
    if others:
        c.ranking(ids, f"{host.post} {host.name} {verb}", occasion=f"talks in {city}")
    return c


def generate(rng: random.Random, population: list[Person], articles: int, start: date,
             days: int) -> Iterator[tuple[Composer, list[Person], str | None]]:
    """(document, its people in actor order, id of the original it copies) for `articles` reports."""
    by_state: dict[str, list[Person]] = {}
    for p in population:
        by_state.setdefault(p.country, []).append(p)
    # A few people appear far more often than others, as leaders do.
    weights = {c: [1.0 / (i + 1) ** 0.8 for i in range(len(ps))] for c, ps in by_state.items()}
    made, originals = 0, []
    while made < articles:
        host_state = rng.choice(["PRK", "PRK", "RUS", "CHN", "KOR", "VNM", "LAO"])
        guest_state = rng.choice([s for s in STATES if s != host_state])
        host = rng.choices(by_state[host_state], weights[host_state])[0]
        guest = rng.choices(by_state[guest_state], weights[guest_state])[0]
        others = [p for p in rng.sample(by_state[host_state], 2) if p is not host][:rng.randint(0, 2)]
        day = start + timedelta(days=rng.randrange(days))
        action, delegation = rng.choice(ACTIONS), rng.random() < 0.2
        for outlet_state in rng.sample(sorted(OUTLETS), rng.randint(1, 4)):
            if made >= articles:
                break
            if originals and rng.random() < 0.05:
                original, cast = rng.choice(originals[-200:])
                copy = Composer(original.article.body + f"\n(Reprinted, {made})", outlet=rng.choice(OUTLETS[""]),
                                published=original.article.published)
                copy.document = original.document.model_copy(update={"article": copy.article})
                yield copy, cast, original.article.id
            else:
                cast = [host, guest, *others]
                composer = _article(rng, day, rng.choice(OUTLETS[outlet_state]), cast, action, delegation, made)
                originals.append((composer, cast))
                yield composer, cast, None
            made += 1


def _links(document: Document, cast: list[Person]) -> list[dict]:
    return [dict(article_id=document.article.id, actor_id=actor.id, canonical_id=person.id,
                 name_key=name_key(actor.name, "person"), block=block_key(actor.name, "person"), decided_by="bench")
            for actor, person in zip(document.actors, cast)]


def _per_state(articles: int) -> int:
    """People per state: grows with the store, within what the name parts can make distinct."""
    return min(200, max(40, articles // 200))


def build(store: Store, articles: int, seed: int, batch: int = 2000) -> tuple[list[Person], float]:
    """Fill an empty store; returns the population and seconds taken."""
    rng = random.Random(seed)
    population = people(rng, per_state=_per_state(articles))
    began, now = time.perf_counter(), datetime.now(UTC)
    with store.engine.begin() as connection:
        connection.execute(t.canonical_actor.insert(), [
            dict(id=p.id, name=p.name, kind="person", country=p.country, created_at=now) for p in population])
    pending: list[tuple[Composer, list[Person], str | None]] = []

    def flush() -> None:
        tables: dict[sa.Table, list[dict]] = {table: [] for table in FACT_TABLES}
        article_rows, links = [], []
        for composer, cast, original in pending:
            article_row, rows = to_rows(composer.document, now, original, None)
            article_rows.append(article_row)
            for table, found in rows.items():
                tables[table].extend(found)
            links.extend(_links(composer.document, cast))
        with store.engine.begin() as connection:
            connection.execute(t.article.insert(), article_rows)
            for table in FACT_TABLES:
                if tables[table]:
                    connection.execute(table.insert(), tables[table])
            connection.execute(t.actor_link.insert(), links)
        pending.clear()

    for item in generate(rng, population, articles, date(2024, 1, 1), 730):
        pending.append(item)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    with store.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("ANALYZE")
    return population, time.perf_counter() - began


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(name: str, runs: int, call: Callable[[int], object]) -> tuple[str, float, float]:
    """p50 and p95 of `call(i)` over `runs` runs, in milliseconds (one warm-up run first)."""
    call(-1)
    times = []
    for i in range(runs):
        began = time.perf_counter()
        call(i)
        times.append((time.perf_counter() - began) * 1000)
    return name, statistics.median(times), _percentile(times, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--db", default=None, help="SQLite path or SQLAlchemy URL (default: a temporary file).")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    db = args.db or str(Path("/tmp") / f"newsgraph-bench-{args.articles}.sqlite")
    with Store(db) as store:
        existing = store.counts()["article"]
        if existing and existing != args.articles:
            sys.exit(f"{db} holds {existing} articles, not {args.articles}: give another --db")
        if not existing:
            population, seconds = build(store, args.articles, args.seed)
            print(f"built {args.articles} articles in {seconds:.0f} s", file=sys.stderr)
        else:
            population = people(random.Random(args.seed), per_state=_per_state(args.articles))
        rng = random.Random(args.seed + 1)
        # The first person of each state is the most seen (see `generate`'s weights).
        leaders = [p for i, p in enumerate(population) if i % _per_state(args.articles) == 0]
        sample = [rng.choice(population) for _ in range(args.runs + 1)]
        with store.engine.connect() as connection:
            event_ids = [f"{r.article_id[:12]}/{r.id}" for r in connection.execute(
                sa.select(t.event.c.article_id, t.event.c.id).order_by(sa.func.random()).limit(args.runs + 1))]
        months = [f"2024-{m:02d}" for m in range(1, 13)] + [f"2025-{m:02d}" for m in range(1, 13)]
        states = list(STATES)
        results = [
            measure("actor profile (random person)", args.runs, lambda i: profile(store, f"#{sample[i].id}")),
            measure("actor profile (most-seen person)", args.runs,
                    lambda i: profile(store, f"#{leaders[i % len(leaders)].id}")),
            measure("timeline PRK–RUS, one quarter", args.runs, lambda i: timeline(
                store, "PRK", "RUS", Window(f"{months[i % 22]}-01", f"{months[i % 22 + 2]}-28"))),
            measure("timeline person–state", args.runs,
                    lambda i: timeline(store, f"#{sample[i].id}", states[i % len(states)])),
            measure("delegations --to PRK --from (random)", args.runs,
                    lambda i: delegations(store, to="PRK", from_=states[1 + i % 5])),
            measure("protocol --actor (random)", args.runs, lambda i: protocol(store, actor_name=f"#{sample[i].id}")),
            measure("coverage EVENT", args.runs, lambda i: event_coverage(store, event_ids[i])),
            measure("search (two words)", args.runs,
                    lambda i: search(store, f"{WORDS[i % len(WORDS)]} {WORDS[(i * 7 + 3) % len(WORDS)]}")),
            measure("appearances (random person)", args.runs, lambda i: appearances(store, f"#{sample[i].id}")),
            measure("appearances --absent-since 90", max(3, args.runs // 5), lambda i: absent_since(store, 90)),
            measure("stats, one month", max(3, args.runs // 5), lambda i: stats(
                store, Window(f"{months[i % 24]}-01", f"{months[i % 24]}-31"))),
        ]
        newest = list(store.engine.connect().scalars(
            sa.select(t.article.c.id).where(t.article.c.duplicate_of.is_(None))
            .order_by(t.article.c.published.desc()).limit(max(5, args.runs))))
        with store.engine.begin() as connection:  # forget the generator's links for these: resolve them for real
            connection.execute(t.actor_link.delete().where(t.actor_link.c.article_id.in_(newest)))
        results.append(measure("resolve_article (newest articles)", len(newest) - 1,
                               lambda i: resolve_article(store, newest[i + 1])))
        counts = store.counts()
    print(f"\n{args.articles} articles, {counts['event']} event rows, {counts['actor']} actor rows, "
          f"{len(population)} people; {store.engine.dialect.name}\n")
    print("| query | p50 ms | p95 ms |\n|---|---:|---:|")
    for name, p50, p95 in results:
        print(f"| {name} | {p50:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
