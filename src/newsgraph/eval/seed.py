"""The seed article: score.py's figures plus a check per expected fact (the accuracy gate's list).

The check list is built at run time from `seed-article.expected.json`, one named check per fact
(a person, a title, a delegation party, a quote ...), each judged by the shared `score.py`'s
matching so that "found" means the same here as on newsgraph-dev.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from newsgraph.eval import devscore
from newsgraph.eval.newsgraph_dev import analyze_and_write, read_articles, score_documents
from newsgraph.eval.registry import Report, dataset

ARTICLE = "seed-article.txt"
EXPECTED = "seed-article.expected.json"

Doc = dict[str, Any]


@dataclass(frozen=True)
class Check:
    """One expected fact: `passes(document)` says whether the document states it."""

    id: str
    passes: Callable[[Doc], bool]


def _found(score: ModuleType, gold: dict[str, Any], key: str) -> Callable[[Doc], bool]:
    """The fact in `gold` alone is recalled under score.py's `key` figure."""

    def passes(doc: Doc) -> bool:
        figure = score.score(gold, doc).get(key)
        if isinstance(figure, dict) and "r" in figure:
            return figure["r"] == 1.0 and figure["gold"] > 0
        if isinstance(figure, dict):
            found = figure.get("found", figure.get("found_in_order"))
            return found == figure["gold"] and figure["gold"] > 0
        return False

    return passes


def _only(key: str, keep: Callable[[Doc, dict[str, Any]], bool],
          inner: Callable[[Doc], bool]) -> Callable[[Doc], bool]:
    """Run `inner` on the document with only the `key` facts that `keep` accepts."""
    return lambda doc: inner({**doc, key: [x for x in doc.get(key, []) if keep(doc, x)]})


def article_checks(score: ModuleType, want: dict[str, Any]) -> list[Check]:
    """Cleaning: title, captions, credits, removed chrome, where the body starts and ends."""
    fold = score.fold

    def art(doc: Doc) -> dict[str, Any]:
        return doc.get("article", {})

    checks = [
        Check("article title", lambda d: fold(art(d).get("title")) == fold(want["title"])),
        Check("article published", lambda d: art(d).get("published") == want["published"]),
        Check("article body starts", lambda d: art(d).get("body", "").startswith(want["body_starts_with"])),
        Check("article body ends", lambda d: art(d).get("body", "").rstrip().endswith(want["body_ends_with"])),
    ]
    for field, items in (("captions", want["captions"]), ("credits", want["credits"]),
                         ("removed", want["chrome_removed"])):
        checks += [Check(f"article {field}: {item[:50]}",
                         lambda d, f=field, i=item: any(fold(x) == fold(i) for x in art(d).get(f, [])))
                   for item in items]
    checks += [Check(f"article body lacks: {bad}", lambda d, b=bad: b not in art(d).get("body", ""))
               for bad in want["body_must_not_contain"]]
    return checks


def actor_checks(score: ModuleType, expected: dict[str, Any]) -> list[Check]:
    """States, people with their countries and titles, organizations, alias groups."""
    checks = [Check(f"state: {s}", _found(score, {"states": [s]}, "states")) for s in expected["states"]]
    for person in expected["people"]:
        name = person["name"]
        checks.append(Check(f"person: {name}", _found(score, {"people": [{"name": name}]}, "people")))
        if person.get("country"):
            code = score.state_code(person["country"])
            checks.append(Check(f"person country: {name} {code}", lambda d, n=name, c=code: any(
                a.get("kind") == "person" and score.name_match(n, a.get("name")) and a.get("country") == c
                for a in d.get("actors", []))))
        for position in person.get("positions", []):
            gold = {"people": [{"name": name, "positions": [position]}]}
            title = f"{position['title']} {position.get('organization') or ''}".strip()
            checks.append(Check(f"position: {name}, {title}", _found(score, gold, "positions")))
    checks += [Check(f"organization: {o}", _found(score, {"organizations": [o]}, "organizations"))
               for o in expected["organizations"]]

    def names_of(actor: dict[str, Any]) -> set[str]:
        texts = [actor.get("name"), *actor.get("aliases", []), *(m.get("text") for m in actor.get("mentions", []))]
        return {score.fold(t) for t in texts if t}

    checks += [Check(f"aliases: {' = '.join(group)}", lambda d, g=group: any(
        {score.fold(x) for x in g} <= names_of(a) for a in d.get("actors", [])))
        for group in expected.get("aliases", [])]
    return checks


def delegation_checks(score: ModuleType, want: dict[str, Any]) -> list[Check]:
    """The delegation block: country, host, size, leader, occasion, each party, body and member."""

    def field_ok(gold: dict[str, Any], field: str) -> Callable[[Doc], bool]:
        def passes(doc: Doc) -> bool:
            got = score.score({"delegation": gold}, doc)["delegation"]
            return isinstance(got, dict) and float(got[field]) == 1.0
        return passes

    checks = [Check(f"delegation {f}: {want.get(k)}", field_ok(want, f))
              for f, k in (("country", "country"), ("size", "size"), ("leader", "led_by"))]
    for field, key in (("parties", "parties"), ("bodies", "bodies"), ("members", "members_named")):
        checks += [Check(f"delegation {field}: {item}", field_ok({**want, key: [item]}, field))
                   for item in want[key]]

    def delegations(doc: Doc) -> list[dict[str, Any]]:
        return [g for g in doc.get("groups", []) if g.get("kind") == "delegation"]

    host = score.state_code(want["host"])
    checks.append(Check(f"delegation host: {host}", lambda d: any(g.get("host") == host for g in delegations(d))))
    checks.append(Check(f"delegation occasion: {want['occasion']}", lambda d: any(
        score.text_sim(want["occasion"], g.get("occasion") or "") >= 0.6 for g in delegations(d))))
    return checks


def statement_checks(score: ModuleType, expected: dict[str, Any]) -> list[Check]:
    """Events (with date), quotes (with addressee), relations, rankings, claims, reports."""
    fold = score.fold
    checks = []
    for event in (e for e in expected["events"] if e.get("plover")):
        label = f"event: {event['plover']} {event['source']} / {event['target']}"
        found = _found(score, {"events": [event]}, "events")
        checks.append(Check(label, found))
        if event.get("date"):
            checks.append(Check(f"{label} on {event['date']}", _only(
                "events", lambda d, e, w=event["date"]: fold(w) in fold(e.get("date_text")), found)))
    for quote in expected["quotes"]:
        label = f"quote: {quote['speaker']}: {quote['says'][:40]}"
        found = _found(score, {"quotes": [quote]}, "quotes")
        checks.append(Check(label, found))
        if quote.get("told"):
            checks.append(Check(f"{label} (told {quote['told']})", _only(
                "quotes", lambda d, q, t=quote["told"]: score.name_match(t, score.System(d).name(q.get("told")) or ""),
                found)))
    for rel in expected.get("relations", []):
        label = f"relation: {rel['type']} {' / '.join(rel['between'])}"
        found = _found(score, {"relations": [rel]}, "relations")
        checks.append(Check(label, found))

        def attributed(d: Doc, x: dict[str, Any], r: dict[str, Any] = rel) -> bool:
            by = score.System(d).name(x.get("asserted_by")) if x.get("asserted_by") else ""
            return set(r.get("qualifiers", [])) <= set(x.get("qualifiers", [])) and (
                not r.get("asserted_by") or score.name_match(r["asserted_by"], by or ""))

        checks.append(Check(f"{label} (qualifiers, asserted by)", _only("relations", attributed, found)))
    checks += [Check(f"ranking: {' > '.join(r['ordered'])}", _found(score, {"rankings": [r]}, "rankings"))
               for r in expected.get("rankings", [])]
    checks += [Check(f"claim: {c['what'][:50]}", _found(score, {"claims": [c]}, "claims"))
               for c in expected.get("claims", [])]
    checks += [Check(f"report by {r['by']}: {r['what'][:50]}", lambda d, r=r: reported(score, d, r))
               for r in expected.get("reports", [])]
    return checks


def reported(score: ModuleType, doc: Doc, report: dict[str, Any]) -> bool:
    """Some claim or quote attributed to the reporter says what the report says."""
    system = score.System(doc)
    said = [(c.get("by"), c.get("text", "")) for c in doc.get("claims", [])]
    said += [(q.get("speaker"), q.get("text", "")) for q in doc.get("quotes", [])]
    return any(by and score.name_match(report["by"], system.name(by) or "")
               and score.text_sim(report["what"], text) >= 0.6 for by, text in said)


def checks(expected: dict[str, Any]) -> list[Check]:
    """Every fact of seed-article.expected.json as a named check."""
    score = devscore.load()
    out = article_checks(score, expected["article"]) + actor_checks(score, expected)
    if expected.get("delegation"):
        out += delegation_checks(score, expected["delegation"])
    return out + statement_checks(score, expected)


def load_expected(folder: Path) -> dict[str, Any]:
    """seed-article.expected.json from shared/examples."""
    return json.loads((folder / EXPECTED).read_text(encoding="utf-8"))


def analyze_seed(folder: Path, out: Path | None = None) -> Doc:
    """The seed article's document as `newsgraph analyze --json` prints it."""
    (article,) = read_articles([folder / ARTICLE])
    return analyze_and_write({"seed-article": article}, out)["seed-article"]


@dataset("seed", folder="../examples")
def score_seed(folder: Path, limit: int | None = None, out: Path | None = None,
               verbose: bool = False) -> Report:
    """score.py's figures on the seed article, plus which expected facts are found (one article: no limit)."""
    expected = load_expected(folder)
    doc = analyze_seed(folder, out)
    report = score_documents("seed", {"seed-article": expected}, {"seed-article": doc}, verbose)
    whole = devscore.load().score(expected, doc)
    for key in ("delegation", "relations", "claims", "rankings"):
        if key in whole:
            report.extra[key] = whole[key]
    results = [(c.id, c.passes(doc)) for c in checks(expected)]
    report.extra["checks"] = {"passed": sum(ok for _, ok in results), "total": len(results),
                              "failed": [i for i, ok in results if not ok]}
    return report
