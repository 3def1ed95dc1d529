"""Rankings stage: protocol statements and ordered lists of officials, first is highest.

protocol  "X's protocol ranking placed him third, behind A, Chinese Premier and Secretary of the
          Communist Party of Vietnam" -> order [A, "Secretary of the Communist Party of Vietnam", X]:
          each person ahead keeps their title (read by the positions stage) and a post with no name
          stays as a description.
list      three or more people named one after another for one occasion ("Present there were A,
          T1, and Premier B, Vice-Chairman C"; "accompanied by A, B and C"): state media name
          officials in rank order. The occasion is the words that introduce the list. A run of
          three or more posts with no names ("congratulations came from the chairperson of X, the
          general secretary of Y, ...") is a list of descriptions.
Cue words are in `data/rankings.tsv`.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from newsgraph.extract.lexicon import read_tsv
from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.titles import ARTICLES, CLOSING, Mentions, Post, post_table, read_post, skip_parenthetical
from newsgraph.model import Evidence, Ranking

SEPARATORS = frozenset({",", ";", "and", ", and"})
MIN_LIST = 3
MAX_OCCASION_WORDS = 8
# entity types of a place of origin set off after a name ("A, from Birmingham, and B")
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    placing, behind, ordinals = set(), set(), {}
    for phrase, role, *rest in read_tsv("rankings.tsv"):
        if role == "placing":
            placing.add(phrase)
        elif role == "behind":
            behind.add(phrase)
        elif role == "ordinal":
            ordinals[phrase] = int(rest[0])
        else:
            raise ValueError(f"rankings.tsv: unknown role {role!r} for {phrase!r}")
    return frozenset(placing), frozenset(behind), ordinals


@stage("rankings", reads=("actors", "positions"), adds=("rankings",))
def find_rankings(ctx: Context) -> None:
    """Add protocol rankings and ordered lists of three or more officials."""
    for field_name, doc in ctx.docs.items():
        mentions = Mentions.of(ctx.document, field_name, doc)
        titled = _titles_by_start(ctx, field_name, doc)
        last_person: str | None = None
        for sent in doc.sents:
            ranking = _protocol(doc, sent, mentions, titled, last_person, field_name)
            if ranking:
                ctx.document.rankings.append(ranking)
            else:
                ctx.document.rankings.extend(_lists(doc, sent, mentions, titled, field_name))
            people = [mentions.person[k] for k in range(sent.start, sent.end) if k in mentions.person]
            last_person = people[-1] if people else last_person


def _titles_by_start(ctx: Context, field_name: str, doc: Doc) -> dict[int, tuple[int, str]]:
    """First token of each position's title phrase -> (token after it, holder)."""
    out: dict[int, tuple[int, str]] = {}
    for p in ctx.document.positions:
        if p.evidence.field != field_name:
            continue
        span = doc.char_span(p.evidence.start, p.evidence.end, alignment_mode="expand")
        if span is not None:
            out[span.start] = (span.end, p.holder)
    return out


def _protocol(doc: Doc, sent: Span, mentions: Mentions, titled: dict[int, tuple[int, str]],
              last_person: str | None, field_name: str) -> Ranking | None:
    placing, behind, ordinals = _cues()
    for k in range(sent.start, sent.end):
        if doc[k].lower_ not in placing:
            continue
        rank = next(((j, ordinals[doc[j].lower_]) for j in range(k + 1, min(sent.end, k + 4))
                     if doc[j].lower_ in ordinals), None)
        if rank is None:
            continue
        cue = next((j for j in range(rank[0] + 1, min(sent.end, rank[0] + 4)) if doc[j].lower_ in behind), None)
        if cue is None:
            continue
        before = [mentions.person[j] for j in range(sent.start, k) if j in mentions.person]
        subject = before[-1] if before else last_person
        if subject is None:
            return None
        ahead = _entries(doc, cue + 1, sent.end, mentions, titled)
        if not ahead:
            return None
        start = doc[sent.start].idx
        end = doc[sent.end - 1].idx + len(doc[sent.end - 1].text)
        return Ranking(kind="protocol", occasion=None, order=[*ahead, subject],
                       evidence=Evidence(start=start, end=end, field=field_name))
    return None


def _entries(doc: Doc, k: int, end: int, mentions: Mentions, titled: dict[int, tuple[int, str]]) -> list[str]:
    """Actor ids and descriptions of the coordinated names and posts in tokens [k, end)."""
    return _read_run(doc, k, end, mentions, titled)[0]


def _read_run(doc: Doc, k: int, end: int, mentions: Mentions,
              titled: dict[int, tuple[int, str]]) -> tuple[list[str], int]:
    """(entries, token after the last one) of a coordination of names and posts starting at `k`.

    An entry is a person's actor id or, for a post with no name, the post's words. Two posts that
    share one body ("the chairman and the secretary general of X") are one entry.
    """
    out: list[str] = []
    last = k
    while k < end and doc[k].text not in CLOSING:
        tok = doc[k]
        if tok.text in SEPARATORS or tok.lower_ in SEPARATORS:
            k += 1
            continue
        if k in titled:
            # a named person's pre-nominal title ("Premier B"): the name that follows is the entry
            k = last = titled[k][0]
            continue
        if k in mentions.person:
            holder = mentions.person[k]
            out.append(holder)
            while k < end and mentions.person.get(k) == holder:
                k += 1
            last = k
            # the person's apposition ("A, Chinese Premier", "A, the director of X") is theirs
            if k + 1 < end and doc[k].text == ",":
                title = k + 1 + (doc[k + 1].lower_ in ARTICLES)
                if titled.get(title, (0, None))[1] == holder:
                    k = last = titled[title][0]
            k = last = _skip_origin(doc, k, end)
            continue
        post = read_post(doc, k, end, mentions)
        if post is None:
            break
        named = post.end + (post.end < end and doc[post.end].text == ",")
        if named in mentions.person and titled.get(post.start, (0, None))[1] == mentions.person[named]:
            k = named   # the title of the name that follows it, which is the entry
            continue
        first = post.start
        post = _shared_body(doc, post, end, mentions)
        k = last = skip_parenthetical(doc, post.end, end)
        out.append(doc[first:last].text)
    return out, last


def _shared_body(doc: Doc, post: Post, end: int, mentions: Mentions) -> Post:
    """The second of two posts joined by "and" when the first names no body of its own."""
    k = post.end
    if post.organization or post.country or k >= end or doc[k].lower_ != "and":
        return post
    k += 1
    while k < end and doc[k].lower_ in post_table().continuations:
        k += 1
    second = read_post(doc, k, end, mentions)
    return second if second is not None and second.organization else post


def _skip_origin(doc: Doc, k: int, end: int) -> int:
    """Token after ", from Birmingham" that follows a name at `k` (`k` when none does)."""
    if k + 2 >= end or doc[k].text != "," or doc[k + 1].lower_ != "from":
        return k
    j = k + 2
    while j < end and doc[j].ent_type_ in PLACE_ENTS:
        j += 1
    return j if j > k + 2 and (j == end or doc[j].text in SEPARATORS or doc[j].lower_ in SEPARATORS) else k


def _lists(doc: Doc, sent: Span, mentions: Mentions, titled: dict[int, tuple[int, str]],
           field_name: str) -> list[Ranking]:
    """Runs of three or more names (with their titles) or posts in one sentence."""
    out: list[Ranking] = []
    k = sent.start
    while k < sent.end:
        if k in mentions.person or (doc[k].lower_ == "the" and read_post(doc, k, sent.end, mentions)):
            start = k
            entries, run_end = _read_run(doc, k, sent.end, mentions, titled)
            entries = list(dict.fromkeys(entries))
            if len(entries) >= MIN_LIST:
                out.append(Ranking(
                    kind="list", occasion=_occasion(doc, sent, start), order=entries,
                    evidence=Evidence(start=doc[start].idx,
                                      end=doc[run_end - 1].idx + len(doc[run_end - 1].text), field=field_name)))
                k = run_end
                continue
        k += 1
    return out


def _occasion(doc: Doc, sent: Span, start: int) -> str | None:
    """The words that introduce a list ("Present there were", "accompanied by")."""
    k = start
    while k > sent.start and doc[k - 1].text not in {";", ":", ","} | CLOSING and start - k < MAX_OCCASION_WORDS:
        k -= 1
    words = doc[k:start].text.strip(" ,;:")
    return words or None
