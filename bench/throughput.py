"""Throughput of analyse + store over real articles, beside bare spaCy on the same texts.

    .venv/bin/python bench/throughput.py [--limit N] [--repeat R] [--batch-size B]

Reads the BBC politics and KCNA dev articles from shared/eval (skips cleanly when absent),
cleans them once (ingest is not timed), then times, `--repeat` times each, taking the median:
  * newsgraph: `extract_many` over all articles, then `Store.save` of every Document into a
    fresh temporary SQLite file (timed apart; analyse alone where the store is not installed);
  * spaCy: `nlp.pipe` of the same model with only tok2vec, parser and ner enabled, over the same
    field texts (titles, captions, bodies).
Prints a Markdown table with articles/s, words/s, the ratio of newsgraph's time to spaCy's, and
the process's peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from newsgraph import ingest, nlp
from newsgraph.config import Settings
from newsgraph.eval.registry import shared_eval_dir
from newsgraph.extract import ORDER, extract_many
from newsgraph.extract.pipeline import texts_of
from newsgraph.model import Article

CORPORA = ("bbc-politics/politics", "kcna-dev/articles")
SPACY_PIPES = ("tok2vec", "parser", "ner")


def article_paths(root: Path, limit: int | None) -> list[Path]:
    """Article files of every corpus, interleaved so a limit samples both genres."""
    lists = [sorted((root / corpus).glob("*.txt")) for corpus in CORPORA]
    mixed = [p for group in zip(*lists) for p in group]
    longest = max(lists, key=len)
    mixed += longest[len(min(lists, key=len)):]
    return mixed[:limit]


def read(paths: list[Path]) -> list[Article]:
    """Clean every file into an Article (outside the timed part)."""
    articles = [a for a in ingest.read([str(p) for p in paths]) if isinstance(a, Article)]
    if len(articles) != len(paths):
        sys.exit(f"only {len(articles)} of {len(paths)} files could be read")
    return articles


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def store_class() -> type | None:
    """`newsgraph.store.Store`, or None where the store is not installed."""
    try:
        from newsgraph.store import Store  # noqa: PLC0415
    except ImportError:
        return None
    return Store


def analyse_and_store(articles: list[Article], batch_size: int, repeat: int) -> dict[str, float]:
    """Median seconds of extracting every article and of saving every Document in a new SQLite store."""
    language = nlp.load()
    store = store_class()
    extract_s, store_s = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        documents = extract_many(articles, language, batch_size=batch_size)
        extract_s.append(time.perf_counter() - started)
        if store is None:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            target = store(f"sqlite:///{tmp}/bench.sqlite")
            try:
                for document in documents:
                    target.save(document)
            finally:
                target.close()
            store_s.append(time.perf_counter() - started)
    seconds = {"newsgraph analyse": statistics.median(extract_s)}
    if store_s:
        seconds["newsgraph store (SQLite)"] = statistics.median(store_s)
        seconds["newsgraph analyse + store"] = seconds["newsgraph analyse"] + seconds["newsgraph store (SQLite)"]
    return seconds


def analyse_without_events(articles: list[Article], batch_size: int) -> Callable[[], object]:
    """One timed run of every stage but event coding (events, appraisal): the difference is what
    event coding costs."""
    language = nlp.load()
    stages = ORDER[: ORDER.index("events")]
    return lambda: extract_many(articles, language, stages=stages, batch_size=batch_size)


def bare_spacy(articles: list[Article], batch_size: int) -> Callable[[], object]:
    """One timed baseline run: the same model, parser and NER only, over the same texts."""
    bare = spacy.load(Settings().model)
    disabled = [name for name in bare.pipe_names if name not in SPACY_PIPES]
    texts = [t for a in articles for t in texts_of(a).values()]

    def run() -> None:
        with bare.select_pipes(disable=disabled):
            for _ in bare.pipe(texts, batch_size=batch_size):
                pass

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs per system; the median is reported")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    root = shared_eval_dir()
    if root is None or not all((root / c).is_dir() for c in CORPORA):
        print("shared/eval (bbc-politics, kcna-dev) absent: nothing to measure")
        return 0
    articles = read(article_paths(root, args.limit))
    words = sum(len(a.body.split()) for a in articles)
    analyse_and_store(articles[:5], args.batch_size, 1)  # warm-up: pipeline, gazetteers, schema
    seconds = analyse_and_store(articles, args.batch_size, args.repeat)
    seconds["newsgraph analyse, event coding off"] = median_seconds(
        analyse_without_events(articles, args.batch_size), args.repeat)
    baseline = bare_spacy(articles, args.batch_size)
    baseline()
    seconds["spaCy parser+ner"] = median_seconds(baseline, args.repeat)
    spacy_seconds = seconds["spaCy parser+ner"]
    print(f"{len(articles)} articles, {words} words ({', '.join(CORPORA)}); median of {args.repeat} runs\n")
    print("| system | seconds | articles/s | words/s | time vs spaCy |")
    print("|---|---:|---:|---:|---:|")
    for name, s in seconds.items():
        print(f"| {name} | {s:.2f} | {len(articles) / s:.1f} | {words / s:.0f} | {s / spacy_seconds:.2f}x |")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the process: {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
