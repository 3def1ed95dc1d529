"""Commentary voice: the stretch of an article that a news outlet speaks in its own voice.

State media print commentaries and editorials whose whole body is one outlet's statement: a
headline "KCNA Commentary on X" or "X Must Be Stopped: KCNA Commentary", or a lead "..., says
Rodong Sinmun Monday in an editorial article" (a headline naming the same outlet) after which
every paragraph continues it. Such a text is not a quote (attribution keeps an outlet's statement a
claim), yet its own words of disapproval are the outlet's stance toward whom they are aimed at
(appraisal). What others are quoted saying inside it stays theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsgraph.extract import dates
from newsgraph.extract.event_lexicon import cues
from newsgraph.extract.participants import Resolver
from newsgraph.extract.pipeline import Context


@dataclass(frozen=True)
class Voice:
    """An outlet's own voice: the outlet, and the spans (field, start, end) it speaks in."""

    speaker: str
    spans: tuple[tuple[str, int, int], ...]


def _outlet_with_noun(span: Span, resolver: Resolver) -> str | None:
    """The media actor a commentary noun in `span` is the outlet's ("KCNA Commentary", "an
    editorial article of Rodong Sinmun", "says Rodong Sinmun in an editorial"), or None."""
    if not any(t.lemma_.lower() in cues()["commentary_nouns"] for t in span):
        return None
    return next((r for t in span for r in [resolver.actor_on(t)] if r and resolver.kinds.get(r) == "media"), None)


def _headline_outlets(doc: Doc | None, resolver: Resolver | None) -> tuple[str | None, set[str]]:
    """The outlet a headline names as the commentary's ("KCNA Commentary on X"), and every media
    actor the headline names ("...: Rodong Sinmun")."""
    if doc is None or resolver is None:
        return None, set()
    named = {r for t in doc for r in [resolver.actor_on(t)] if r and resolver.kinds.get(r) == "media"}
    return _outlet_with_noun(doc[:], resolver), named


def _lead(doc: Doc, start: int) -> Span | None:
    """The first sentence of the story's own text, less the dateline (which names the agency)."""
    sent = next((s for s in doc.sents if s.end_char > start), None)
    return doc.char_span(max(start, sent.start_char), sent.end_char, alignment_mode="expand") if sent else None


def commentary_voice(ctx: Context) -> Voice | None:
    """The outlet whose commentary or editorial the article is, with the spans in its voice (the
    headline, and the story's text after the dateline less what others are quoted saying), or
    None. Read once per article (the quotes it leaves out are final by the events stage)."""
    if "commentary_voice" not in ctx.memo:
        ctx.memo["commentary_voice"] = _voice(ctx)
    return ctx.memo["commentary_voice"]  # type: ignore[return-value]


def _voice(ctx: Context) -> Voice | None:
    body = ctx.docs.get("body")
    if body is None:
        return None
    title = ctx.docs.get("title")
    outlet, named = _headline_outlets(title, Resolver(ctx, "title") if title is not None else None)
    line = dates.dateline(body.text, ctx.article.published)
    start = line.end if line else 0
    if outlet is None:
        lead = _lead(body, start)
        by = _outlet_with_noun(lead, Resolver(ctx, "body")) if lead is not None else None
        if by is None or by not in named or not any(t.lemma_.lower() in cues()["speech_verbs"] for t in lead):
            return None
        outlet = by
    others = sorted((q.evidence.start, q.evidence.end) for q in ctx.document.quotes
                    if q.evidence.field == "body" and q.speaker != outlet)
    spans = [("title", 0, len(title.text))] if title is not None else []
    for a, b in others:
        if a > start:
            spans.append(("body", start, a))
        start = max(start, b)
    spans.append(("body", start, len(body.text)))
    return Voice(outlet, tuple(spans))
