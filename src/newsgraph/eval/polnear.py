"""PolNeAR (political news attribution relations): who said what, against our quotes.

Gold attributions are BRAT standoff: a Content span, usually a Source span (the speaker as written)
and a Cue. A quote of ours matches an attribution when its evidence covers at least half of the
shorter of the two spans, and its speaker has a mention overlapping the Source span. Sources that
are pronouns ("he said") cannot be checked without coreference gold, so there the content alone
decides; `pronoun_sources` in the report says how many attributions that concerns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsgraph.eval.registry import PRF, Report, dataset
from newsgraph.eval.system import Span, analyze_texts, is_function_words, mentions, overlaps
from newsgraph.model import Document, Quote

QUOTE_MARKS = "\"\u201c\u201d'\u2018"


@dataclass(frozen=True)
class Attribution:
    """One gold attribution: what was said, by whom (as written), and whether in quote marks."""

    content: Span
    source: Span | None
    source_text: str
    direct: bool


def parse_ann(text: str, ann: str) -> list[Attribution]:
    """Attributions of one .ann file over its article `text`."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, *offsets = parts[1].split(" ", 1)
            pieces = [tuple(map(int, piece.split())) for piece in offsets[0].split(";")]
            spans[parts[0]] = (min(s for s, _ in pieces), max(e for _, e in pieces))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for event in events:
        if "Content" not in event:
            continue
        content = spans[event["Content"]]
        source = spans.get(event.get("Source", ""))
        source_text = text[source[0]:source[1]] if source else ""
        direct = text[content[0]:content[1]].lstrip()[:1] in QUOTE_MARKS
        out.append(Attribution(content, source, source_text, direct))
    return out


def content_matches(gold: Span, evidence: Span) -> bool:
    """The spans share at least half of the shorter one."""
    shared = min(gold[1], evidence[1]) - max(gold[0], evidence[0])
    return shared > 0 and shared >= 0.5 * min(gold[1] - gold[0], evidence[1] - evidence[0])


def matches(gold: Attribution, quote: Quote, speaker_spans: dict[str, list[Span]], check_speaker: bool) -> bool:
    """Our quote states the gold attribution (content, and speaker where the gold names one)."""
    if quote.evidence.field != "body" or not content_matches(gold.content, (quote.evidence.start, quote.evidence.end)):
        return False
    if not check_speaker or gold.source is None or is_function_words(gold.source_text):
        return True
    return any(overlaps(gold.source, span) for span in speaker_spans.get(quote.speaker, []))


def score_document(golds: list[Attribution], document: Document) -> dict[str, PRF]:
    """content (span only), attribution (span + speaker) and direct (quote-marked only) figures."""
    speaker_spans: dict[str, list[Span]] = {}
    for actor_id, span in mentions(document):
        speaker_spans.setdefault(actor_id, []).append(span)
    out = {}
    for name, check_speaker, direct_only in (("content", False, False), ("attribution", True, False),
                                              ("direct", True, True)):
        gold = [g for g in golds if g.direct or not direct_only]
        system = [q for q in document.quotes if q.direct or not direct_only]
        out[name] = PRF(
            tp_sys=sum(any(matches(g, q, speaker_spans, check_speaker) for g in gold) for q in system),
            n_sys=len(system),
            tp_gold=sum(any(matches(g, q, speaker_spans, check_speaker) for q in system) for g in gold),
            n_gold=len(gold))
    return out


def read_split(folder: Path, limit: int | None) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, attributions) per article; the first annotator's file where there are several."""
    items = []
    for path in sorted((folder / "text").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        anns = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if anns:
            items.append((path.stem, text, parse_ann(text, anns[0].read_text(encoding="utf-8"))))
    return items


@dataset("polnear")
def score_polnear(folder: Path, limit: int | None = None, split: str = "dev") -> Report:
    """Quote and speaker figures on the first `limit` articles of the `split` compartment."""
    items = read_split(folder / split, limit)
    documents = analyze_texts((name, text) for name, text, _ in items)
    report = Report("polnear", len(items))
    for (_, _, golds), document in zip(items, documents):
        for name, prf in score_document(golds, document).items():
            report.metrics.setdefault(name, PRF()).add(prf)
    golds = [g for _, _, gs in items for g in gs]
    report.extra["pronoun_sources"] = sum(g.source is not None and is_function_words(g.source_text) for g in golds)
    report.extra["no_source"] = sum(g.source is None for g in golds)
    return report
