"""Positions stage: the posts people hold, read from the title phrases around their names.

Forms read (each title phrase parsed by `titles.read_post`):
  apposition      "Andrey Ivanov, Deputy Minister of Foreign Affairs"; "X, a professor at Y in Z"
  pre-nominal     "Chinese Premier Li Wei", "Russian Ambassador to the DPRK Ivan Petrov"
  copular         "X is the chairman of Y", "X, who is ...", "X became ..."
  set off before  "the shadow foreign secretary, Michael Smith, said"
  joined posts    "Deputy Chairman of A and Chairman of B", "... and concurrently ...",
                  "general secretary of A, president of B and supreme commander of C"
Lists ("A, T1; B, T2; and C, T3", KCNA's "A, T1, and Premier B, Vice-Chairman C") fall out of the
same rules: a phrase that is followed by a name is that name's pre-nominal title, never the previous
person's. A joined post whose state differs from the first post's is not the same holder's
("Li Wei, Chinese Premier and Secretary of the Communist Party of Vietnam").

Organizations named only in a title are added as actors (see `bodies`). A person whose country
is unknown gets the post's country when the text names it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.extract.bodies import organization_actor
from newsgraph.extract.lexicon import is_honorific
from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.titles import (
    ARTICLES, CLOSING, Mentions, Post, post_table, read_post, skip_parenthetical, starts_post,
)
from newsgraph.model import Evidence, Position

# "X is/was/became the chairman of Y", "X, who is ...": verbs that make the phrase after them X's post
COPULAS = frozenset({"is", "was", "became", "becomes", "remains", "remained"})
MAX_TITLE_TOKENS = 16
# tokens that may sit inside a pre-nominal title phrase besides its words ("Ambassador to the DPRK")
PRENOMINAL_GLUE = frozenset({"of", "to", "for", "the", "-", "'s", "and"})


def posts_after(doc: Doc, i: int, limit: int, mentions: Mentions) -> list[Post]:
    """Posts in the phrase starting at `i` after a name, with posts joined to it by "and"/commas."""
    posts: list[Post] = []
    j = i
    while j < limit:
        post = read_post(doc, j, limit, mentions)
        if post is None or _names_next(doc, post.end, mentions):
            break
        if posts and post.country and posts[0].country and post.country != posts[0].country:
            break
        posts.append(post)
        j = skip_parenthetical(doc, post.end, limit)
        # "... , and", "... and concurrently", "... , president of ..."
        k = j
        if k < limit and doc[k].text == ",":
            k += 1
        if k < limit and doc[k].lower_ == "and":
            k += 1
        continued = k
        while k < limit and doc[k].lower_ in post_table().continuations:
            k += 1
        # after "concurrently" any post phrase follows ("... and concurrently international secretary")
        if k == j or not (starts_post(doc, k, limit, mentions)
                          or (k > continued and read_post(doc, k, limit, mentions) is not None)):
            break
        j = k
    return _share_bodies(doc, posts)


def _share_bodies(doc: Doc, posts: list[Post]) -> list[Post]:
    """A post joined by "and" to the next with no body of its own shares the next one's body.

    "general secretary and concurrently international secretary of the X Party": both are posts
    in the X Party.
    """
    out = list(posts)
    for n in range(len(out) - 2, -1, -1):
        post, following = out[n], out[n + 1]
        if post.organization or post.country or doc[post.end].lower_ != "and":
            continue
        out[n] = replace(post, organization=following.organization,
                         organization_name=following.organization_name, country=following.country)
    return out


def _names_next(doc: Doc, j: int, mentions: Mentions) -> bool:
    """Whether a person's name follows at `j` (honorifics aside): the phrase is that person's title."""
    while j < len(doc) and is_honorific(doc[j].text):
        j += 1
    return j in mentions.person


def post_before(doc: Doc, start: int, sent_start: int, mentions: Mentions) -> Post | None:
    """The pre-nominal post ending just before the name at token `start` ("Foreign Minister X")."""
    end = start
    while end > sent_start and is_honorific(doc[end - 1].text):
        end -= 1
    best = None
    k = end - 1
    while k >= sent_start and end - k <= MAX_TITLE_TOKENS:
        tok = doc[k]
        # "the C.C., WPK": a comma after an abbreviation is inside the body's name
        inner_comma = tok.text == "," and k > sent_start and doc[k - 1].lower_ in post_table().abbreviations
        if k in mentions.person or tok.text in CLOSING or tok.text == "(" or tok.is_space or (
                tok.text == "," and not inner_comma):
            break
        low = tok.lower_
        inside_name = low == "the" and k > sent_start and doc[k - 1].lower_ in ("of", "to", "for")
        if (low in ARTICLES and not inside_name) or (low in PRENOMINAL_GLUE and k == end - 1):
            break
        if low == "and" or (tok.is_lower and low not in PRENOMINAL_GLUE
                            and tok.pos_ not in ("NOUN", "ADJ", "PROPN")):
            break
        post = read_post(doc, k, end, mentions)
        if post is not None and post.end == end:
            best = post
        k -= 1
    return best


def post_in_front(doc: Doc, start: int, sent_start: int, mentions: Mentions) -> Post | None:
    """The post set off before the name at `start`: "the shadow foreign secretary, Michael Smith".

    Only a definite post that opens its clause counts: after a comma or a name it is the apposition
    of the name before it ("A, the chairman of X, B"), not of this one.
    """
    if start - 1 <= sent_start or doc[start - 1].text != ",":
        return None
    post = post_before(doc, start - 1, sent_start, mentions)
    if post is None or post.start - 1 < sent_start or doc[post.start - 1].lower_ != "the":
        return None
    before = post.start - 2
    if before >= sent_start and (doc[before].text == "," or before in mentions.person):
        return None
    return post


def posts_of_copula(doc: Doc, end: int, limit: int, mentions: Mentions) -> list[Post]:
    """Posts after "X is ...", "X, who was ...", "X became ..." (the name ends before token `end`)."""
    j = end
    if j + 1 < limit and doc[j].text == "," and doc[j + 1].lower_ == "who":
        j += 2
    if j < limit and doc[j].lower_ in COPULAS:
        j += 1
        while j < limit and doc[j].lower_ in post_table().continuations:
            j += 1
        if j < limit and doc[j].lower_ in ARTICLES:
            return posts_after(doc, j, limit, mentions)
    return []


@stage("positions", reads=("actors",), adds=("positions", "actors"))
def find_positions(ctx: Context) -> None:
    """Add every post the text gives a person, with the organizations those posts name."""
    seen: set[tuple[str, str, str | None]] = set()
    for field_name, doc in ctx.docs.items():
        mentions = Mentions.of(ctx.document, field_name, doc)
        for start, end, holder, kind in mentions.spans:
            if kind != "person":
                continue
            sent = doc[start].sent
            found: list[Post] = []
            before = post_before(doc, start, sent.start, mentions)
            if before:
                found.append(before)
            front = post_in_front(doc, start, sent.start, mentions)
            if front:
                found.append(front)
            if end < sent.end and doc[end].text == ",":
                found += posts_after(doc, end + 1, sent.end, mentions)
            found += posts_of_copula(doc, end, sent.end, mentions)
            for post in found:
                _add(ctx, field_name, doc, holder, post, seen)
    ctx.reindex()


def _add(ctx: Context, field_name: str, doc: Doc, holder: str, post: Post,
         seen: set[tuple[str, str, str | None]]) -> None:
    organization = None
    if post.organization and post.organization_name:
        s, e = post.organization
        organization = organization_actor(ctx, field_name, doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text),
                                          post.organization_name)
    key = (holder, post.title.lower(), organization)
    if key in seen:
        return
    seen.add(key)
    org_actor = ctx.document.actor(organization) if organization else None
    person = ctx.document.actor(holder)
    stated = post.country or (org_actor.country if org_actor else None)
    if person is not None and person.country is None and stated:
        person.country = stated
    start, end = post.char_span(doc)
    ctx.document.positions.append(Position(
        holder=holder, title=post.title, organization=organization,
        country=stated or (person.country if person else None),
        qualifier=post.qualifier, evidence=Evidence(start=start, end=end, field=field_name),
    ))
