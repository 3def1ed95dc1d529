"""newsgraph-dev: 30 whole articles (20 KCNA, 10 BBC) with gold in the project's own terms, and
newsgraph-holdout: articles annotated the same way after the system was built, never tuned on;
newsgraph-dev2: more articles annotated the same way (blind to system output), developed on;
newsgraph-outlets: articles of other outlets (US political news) annotated the same way, never tuned on.

Each gold file names its article in `source`; the article goes through the real front door
(`ingest.read`, then `extract_many`), each Document is written as `OUT/<name>.json` exactly as
`newsgraph analyze --json` would print it, and the shared `score.py` scores that file. A source
`dwie/<file>.json#DW_<n>` names one Deutsche Welle article of the DWIE release, which keeps its
text as tokens: it is read as the dwie set detokenizes it, through `ingest.read_text`.
"""

from __future__ import annotations

import functools
import json
import tempfile
from pathlib import Path
from typing import Any

from newsgraph import ingest, nlp
from newsgraph.eval import devscore
from newsgraph.eval.baseline import ner_documents
from newsgraph.eval.dwie import detokenize
from newsgraph.eval.publishers import publisher
from newsgraph.eval.registry import Report, dataset
from newsgraph.extract import extract_many
from newsgraph.model import Article, Document

# What an actors-only baseline can be scored on.
BASELINE_FACTS = ("people", "states", "organizations")


def read_articles(paths: list[Path]) -> list[Article]:
    """One Article per path through `ingest.read`; an unreadable file is an error, not a skip."""
    articles = []
    for path in paths:
        items = list(ingest.read([str(path)]))
        if len(items) != 1 or isinstance(items[0], ingest.IngestError):
            raise RuntimeError(f"{path}: expected one article, got {items!r}")
        articles.append(items[0])
    return articles


@functools.lru_cache(maxsize=None)
def _dwie_texts(path: Path) -> dict[str, str]:
    """DWIE article title ("DW_<n>") -> its text, for one DocRED-format file."""
    return {raw["title"]: detokenize(raw["sents"])[0] for raw in json.loads(path.read_text(encoding="utf-8"))}


def source_text(source: str, eval_root: Path) -> str:
    """The raw text a gold's `source` names (a file under shared/eval, or `dwie/<file>#<title>`)."""
    path, _, title = source.partition("#")
    if title:
        return _dwie_texts(eval_root / path)[title]
    raw = (eval_root / path).read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_sources(sources: list[str], eval_root: Path) -> list[Article]:
    """One Article per gold `source`: files through `ingest.read`, DWIE articles through `ingest.read_text`."""
    return [ingest.read_text(source_text(s, eval_root), s) if "#" in s else read_articles([eval_root / s])[0]
            for s in sources]


def write_documents(named: dict[str, Document], out: Path) -> dict[str, dict[str, Any]]:
    """Write each Document as OUT/<name>.json and return them read back as JSON objects."""
    out.mkdir(parents=True, exist_ok=True)
    docs = {}
    for name, document in named.items():
        path = out / f"{name}.json"
        path.write_text(document.to_json(indent=1), encoding="utf-8")
        docs[name] = json.loads(path.read_text(encoding="utf-8"))
    return docs


def analyze_and_write(articles: dict[str, Article], out: Path | None) -> dict[str, dict[str, Any]]:
    """Analyse each named article; the documents as written to `out` (a temp dir if None)."""
    documents = extract_many(list(articles.values()), nlp.load())
    with tempfile.TemporaryDirectory() as tmp:
        return write_documents(dict(zip(articles, documents)), Path(out or tmp))


def ner_baseline(golds: dict[str, dict[str, Any]], articles: dict[str, Article]) -> dict[str, Any]:
    """score.py's actor figures for bare spaCy NER on the same articles (see `baseline`)."""
    documents = ner_documents(list(articles.values()))
    report = score_documents("baseline", golds, {n: d.to_dict() for n, d in zip(articles, documents)})
    return {k: report.metrics[k].as_dict() for k in BASELINE_FACTS}


def score_documents(dataset_name: str, golds: dict[str, dict[str, Any]], docs: dict[str, dict[str, Any]],
                    verbose: bool = False) -> Report:
    """score.py's figures for each named document against its gold, micro-averaged."""
    score = devscore.load()
    results = {name: score.score(gold, docs[name], verbose) for name, gold in golds.items()}
    report = Report(dataset_name, len(golds), devscore.totals(list(results.values())))
    merged = score.merge(list(results.values()))
    for key in ("lists", "rankings"):
        if key in merged:
            report.extra[key] = merged[key]
    if verbose:
        report.extra["articles"] = results
    return report


def score_golds(dataset_name: str, golds: dict[str, dict[str, Any]], eval_root: Path, out: Path | None = None,
                verbose: bool = False) -> Report:
    """Analyse the article each named gold names (`source`, relative to shared/eval) and score it."""
    articles = dict(zip(golds, read_sources([gold["source"] for gold in golds.values()], eval_root)))
    # a plain text has no publisher in it; its data set names one, as a crawl's metadata would
    articles = {name: article.model_copy(update={"outlet": article.outlet or publisher(gold["source"], eval_root)})
                for (name, article), gold in zip(articles.items(), golds.values())}
    report = score_documents(dataset_name, golds, analyze_and_write(articles, out), verbose)
    report.extra["baseline_spacy"] = ner_baseline(golds, articles)
    return report


@dataset("newsgraph-dev")
def score_newsgraph_dev(folder: Path, limit: int | None = None, out: Path | None = None,
                        verbose: bool = False) -> Report:
    """Score the pipeline on the first `limit` gold articles (all 30 by default)."""
    paths = sorted((folder / "gold").glob("*.json"))[:limit]
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in paths}
    return score_golds("newsgraph-dev", golds, folder.parent, out, verbose)


# The team's own sets keep their gold beside the tests of this checkout; their texts are read from
# shared/eval like every other set's, and score.py from newsgraph-dev's folder.
TEAM_SETS = Path(__file__).resolve().parents[3] / "tests" / "eval"
HOLDOUT = TEAM_SETS / "holdout"
DEV2 = TEAM_SETS / "dev2"
OUTLETS = TEAM_SETS / "outlets"


def holdout_gold(path: Path, eval_root: Path) -> dict[str, Any]:
    """One team gold file with each quote's `says` read from its article: the files keep the
    character span (`says_at`) into the source text, never the text itself."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = source_text(gold["source"], eval_root)
    for quote in gold["quotes"]:
        start, end = quote.pop("says_at")
        quote["says"] = text[start:end]
    return gold


def score_team_set(name: str, gold_dir: Path, folder: Path, limit: int | None, out: Path | None,
                   verbose: bool) -> Report:
    """Score the pipeline on one of the team's annotated sets (gold files in `gold_dir`)."""
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"{gold_dir} is absent: the team's gold lives in a checkout's tests/eval")
    paths = sorted(gold_dir.glob("*.json"))[:limit]
    golds = {p.stem: holdout_gold(p, folder.parent) for p in paths}
    return score_golds(name, golds, folder.parent, out, verbose)


@dataset("newsgraph-holdout", folder="newsgraph-dev")
def score_newsgraph_holdout(folder: Path, limit: int | None = None, out: Path | None = None,
                            verbose: bool = False) -> Report:
    """Score the pipeline on articles annotated after it was built and never developed on."""
    return score_team_set("newsgraph-holdout", HOLDOUT, folder, limit, out, verbose)


@dataset("newsgraph-dev2", folder="newsgraph-dev")
def score_newsgraph_dev2(folder: Path, limit: int | None = None, out: Path | None = None,
                         verbose: bool = False) -> Report:
    """Score the pipeline on the team's second development set (annotated blind, then developed on)."""
    return score_team_set("newsgraph-dev2", DEV2, folder, limit, out, verbose)


@dataset("newsgraph-outlets", folder="newsgraph-dev")
def score_newsgraph_outlets(folder: Path, limit: int | None = None, out: Path | None = None,
                            verbose: bool = False) -> Report:
    """Score the pipeline on other outlets' articles (not BBC or KCNA), annotated blind and never developed on."""
    return score_team_set("newsgraph-outlets", OUTLETS, folder, limit, out, verbose)
