"""Positions stage: the posts people hold, read from the title phrases around their names.

Forms read (each title phrase parsed by `titles.read_post`):
  apposition      "Andrey Ivanov, Deputy Minister of Foreign Affairs"; "X, a professor at Y in Z"
  pre-nominal     "Chinese Premier Li Wei", "Russian Ambassador to the DPRK Ivan Petrov"
  copular         "X is the chairman of Y", "X, who is ...", "X became chairman of Y", "X has since
                  become ...", "X is acting as an adviser", "trust in X as prime minister", "X, who
                  is also head of research at Y" (no article: the post must name its body)
  taking, leaving "X was appointed chairman of Y", "X was elected as leader", "X - who has resigned
                  as home secretary -", "X was forced to step down as chair" (a post left is
                  qualified "former"); "X's tenure as secretary of state"
  pronoun         "He later became chairman of Y": the person last named as a main subject;
                  "X said his appointment as chairman of Y ...": the sentence's own subject
  pointing back   "Mr X resigned. The Labour MP had ...": whom the previous sentence is about
                  (its main subject, or the person its "he"/"she" stands for); "The former Tory
                  treasurer's return ..." as a possessive subject
  set off before  "the shadow foreign secretary, Michael Smith, said", "Director, Jane Brown, said",
                  "the then Lord Chancellor, Sir John Hale,", "A lawyer for the family, Jane Hay,
                  said", "Smith's running mate, Tom Ash,"
  abbreviated     "Sen. Ann Lee", "Indiana Gov. Tom Ash": a title shortened before a name is its post
  body named back "X, the organisation's president": the last body of that head's kind named
  joined posts    "Deputy Chairman of A and Chairman of B", "... and concurrently ...",
                  "general secretary of A, president of B and supreme commander of C"
  bare membership "Labour's X", "X of the Brookings Institution", "X's Christian Democrats": a
                  "member" post, unless a titled post of the holder names the same body
A government post with no state in its phrase ("President X", "the country's foreign minister, X")
takes the state its sentence names before it (see `context_state`), else its holder's country.
Lists ("A, T1; B, T2; and C, T3", KCNA's "A, T1, and Premier B, Vice-Chairman C") fall out of the
same rules: a phrase that is followed by a name is that name's pre-nominal title, never the previous
person's. A joined post whose state differs from the first post's is not the same holder's
("Li Wei, Chinese Premier and Secretary of the Communist Party of Vietnam").

Organizations named only in a title are added as actors (see `bodies`). A person whose country
is unknown gets the post's country when the text names it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from newsgraph.extract.bodies import organization_actor
from newsgraph.extract.lexicon import is_honorific, is_postnominal
from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.titles import (
    ARTICLES, CLOSING, Mentions, Post, is_government_post, is_possessive, is_qualifier, name_text, participle_length,
    is_abbreviated_title, post_sector, post_table, read_post, singular_head, skip_parenthetical, starts_post,
)
from newsgraph.model import Evidence, Position

# "X is/was/became the chairman of Y", "X, who is ...": verbs that make the phrase after them X's post
COPULAS = frozenset({"is", "was", "became", "becomes", "become", "remains", "remained"})
# verbs of taking or keeping a post take it with no article: "X became chairman of Y"
TAKING_VERBS = frozenset({"became", "becomes", "become", "remained", "remains"})
# words between the subject and its copula: "X has since become", "he later became"
BEFORE_COPULA = frozenset({"has", "had", "have", "will", "would", "later", "then", "since", "also", "soon",
                           "eventually", "subsequently"})
# "X is acting as an adviser", "X served as ambassador": verbs of holding a post before "as"
SERVING_VERBS = frozenset({"serve", "act", "work"})
SERVING_AUXILIARIES = frozenset({"is", "was", "has", "had", "been", "will", "would"})
# "X was appointed chairman of Y", "X has been elected as leader": verbs of being given a post, with
# or without "as"
APPOINTING_VERBS = frozenset({"appoint", "elect", "reappoint", "re-elect", "name", "install"})
# "X, who has resigned as home secretary", "X stepped down as chairman": the post was X's until then
LEAVING_VERBS = frozenset({"resign", "quit", "retire", "step"})
LEFT_QUALIFIER = "former"
# punctuation that sets off a relative clause or "as" phrase after a name
CLAUSE_OPENERS = frozenset({",", "-", "--", "\u2013", "\u2014"})
# "his appointment as chairman of X": nouns of holding a post, after the holder's pronoun and before "as"
ROLE_POSSESSIVES = frozenset({"his", "her"})
ROLE_NOUNS = frozenset({"appointment", "election", "nomination", "role", "job", "post", "reappointment", "tenure",
                        "term", "stint", "time", "year"})
# "But the former Labour leader said": a conjunction may open a sentence whose subject points back
SENTENCE_CONJUNCTIONS = frozenset({"but", "and", "yet"})
# "he became ...": a pronoun subject stands for the person the text is about just then
SUBJECT_PRONOUNS = frozenset({"he", "she"})
# "trust in Tony Blair as prime minister", "X, as chancellor, ...": "as" right after a name gives
# the name a post, with or without an article or possessive before it
AS_POSSESSIVES = frozenset({"his", "her", "its", "their"})
MAX_TITLE_TOKENS = 16
# "A lawyer for the family, Jane Hay, said": an indefinite post may be set off before a name too
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# tokens that may sit inside a pre-nominal title phrase besides its words ("Ambassador to the DPRK")
PRENOMINAL_GLUE = frozenset({"of", "to", "for", "the", "-", "'s", "and"})
# the post of someone the text ties to a body without naming a title ("Bayern's Franck Ribery")
MEMBER_TITLE = "member"
# "the country's foreign minister": words that point back to the state the text named last
STATE_ANAPHORS = frozenset({"country", "nation", "state"})


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


def _list_of(doc: Doc, start: int, mentions: Mentions) -> list[tuple[int, str]]:
    """(start, person) of every name in the list ("A, B and C") holding the person mention at
    `start`, in text order; only commas and "and" may stand between the names."""
    people = sorted({(s, e, ref) for s, e, ref, kind in mentions.spans if kind == "person"})
    chain: list[tuple[int, str]] = []
    last_end: int | None = None
    for s, e, ref in people:
        joined = last_end is not None and s > last_end and all(
            doc[k].lower_ in (",", "and") for k in range(last_end, s))
        if not joined:
            if any(st == start for st, _ in chain):
                break
            chain = []
        chain.append((s, ref))
        last_end = e
    return chain if any(st == start for st, _ in chain) else []


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


def post_before(doc: Doc, start: int, sent_start: int, mentions: Mentions, plural: bool = False) -> Post | None:
    """The pre-nominal post ending just before the name at token `start` ("Foreign Minister X");
    with `plural`, also a plural one ("Senators X and Y")."""
    end = start
    # "Dr", "Mr" address the holder; "Sen.", "Gov." are the post itself
    while end > sent_start and is_honorific(doc[end - 1].text) and not is_abbreviated_title(doc[end - 1].text):
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
                            and tok.pos_ not in ("NOUN", "ADJ", "PROPN") and not is_qualifier(tok)
                            and not _in_participle(doc, k, sent_start)):
            break
        post = read_post(doc, k, end, mentions, plural=plural)
        if post is not None and post.end == end:
            best = post
        k -= 1
    return best


def _honorifics_start(doc: Doc, start: int, sent_start: int) -> int:
    """The first of the honorifics ("Sir", "Dr") right before token `start`, else `start`."""
    while start - 1 > sent_start and is_honorific(doc[start - 1].text):
        start -= 1
    return start


def _in_participle(doc: Doc, k: int, sent_start: int) -> bool:
    """Whether token `k` is inside an adverb-participle pair ("newly-appointed") before a title."""
    return any(s + participle_length(doc, s, len(doc)) > k for s in range(max(sent_start, k - 2), k + 1))


def post_in_front(doc: Doc, start: int, end: int, sent_start: int, mentions: Mentions) -> Post | None:
    """The post set off before the name at [start, end): "the shadow foreign secretary, Michael Smith".

    Only a definite post that opens its clause counts: right after a name, or after a comma that
    follows a name, it is the apposition of the name before it ("A, the chairman of X, B"), not of
    this one; after an adverbial ("At the same time, the Belarusian prime minister, X") it is X's.
    A capitalised post with no article that opens the sentence counts when a comma closes the name
    ("Director, Jane Brown, said"), and so does an indefinite one ("A spokesman for the club, Tom
    Ash, said"); so does a person's post after their possessive ("Trump's running mate, Mike Pence").
    """
    if start - 1 <= sent_start or doc[start - 1].text != ",":
        return None
    post = post_before(doc, start - 1, sent_start, mentions)
    if post is None:
        return None
    # "Director, Jane Brown, said", also with letters after the name ("Jane Brown MSP,")
    after = end
    while after < len(doc) and is_postnominal(doc[after].text):
        after += 1
    if post.start == sent_start and doc[post.start].is_title and after < len(doc) and doc[after].text == ",":
        return post
    opening = post.start - 1
    if _state_anaphor_before(doc, post.start, sent_start):
        opening -= 2
    elif opening - 1 >= sent_start and is_possessive(doc[opening]) and opening - 1 in mentions.person:
        # "Trump's running mate, Mike Pence,": a person's post set off before its holder's name
        return post if _person_possessive_opens(doc, opening - 1, sent_start, mentions) else None
    if opening == sent_start and doc[opening].lower_ in INDEFINITE_ARTICLES:
        # "A lawyer for the family, Jane Hay, said": an indefinite post set off at the sentence's start
        return post
    if opening < sent_start or doc[opening].lower_ != "the":
        return None
    before = opening - 1
    if before >= sent_start and doc[before].text == ",":
        before -= 1
    if before >= sent_start and before in mentions.person:
        return None
    return post


def _person_possessive_opens(doc: Doc, k: int, sent_start: int, mentions: Mentions) -> bool:
    """Whether the person's name ending at token `k` opens its clause: at the sentence's start or
    after a comma that follows no other name ("Smith, Jones's deputy, Brown" is a list)."""
    first = k
    while first - 1 >= sent_start and mentions.person.get(first - 1) == mentions.person[k]:
        first -= 1
    if first == sent_start:
        return True
    before = first - 1
    if doc[before].text != ",":
        return False
    return not (before - 1 >= sent_start and before - 1 in mentions.person)


def _state_anaphor_before(doc: Doc, start: int, sent_start: int) -> bool:
    """Whether "the country's" (or "the nation's") ends right before token `start`."""
    return (start - 3 >= sent_start and is_possessive(doc[start - 1])
            and doc[start - 2].lower_ in STATE_ANAPHORS and doc[start - 3].lower_ == "the")


def pronoun_posts(doc: Doc, mentions: Mentions) -> list[tuple[str, Post]]:
    """(holder, post) for "he became chairman of X", "she is now an MP": the pronoun stands for the
    person named last as the subject of a main clause ("Kinnock was made a peer ... He later
    became an MP"); a person named elsewhere in between ("lost in 1992 to John Major") is not it."""
    out: list[tuple[str, Post]] = []
    topic: str | None = None
    for sent in doc.sents:
        for k in range(sent.start, sent.end):
            if not _subject_of_main_verb(doc, k):
                continue
            if k in mentions.person:
                topic = mentions.person[k]
            elif doc[k].lower_ in SUBJECT_PRONOUNS and topic is not None:
                out += [(topic, post) for post in posts_of_copula(doc, k + 1, sent.end, mentions)]
    return out


def _subject_of_main_verb(doc: Doc, k: int) -> bool:
    return doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].head.dep_ == "ROOT"


def posts_pointing_back(doc: Doc, sent: Span, mentions: Mentions, about: str | None) -> list[Post]:
    """Posts of a sentence opened by definite posts as its subject that point back to `about`, the
    person the sentence before is about (see `sentence_topics`).

    "Mr Hart resigned on Friday. The Labour MP had been a director of the firm": Mr Hart is the
    Labour MP ("The European commissioner and former Labour minister was speaking": both posts;
    "But the former Tory treasurer's return ...": a possessive subject too).
    Government offices of no body ("the prime minister said") name their own holder, and heads
    like "spokesman" bring in someone new (`posts.tsv` unnamed): neither points back, nor does a
    post the sentence before names itself.
    """
    start = sent.start + (doc[sent.start].lower_ in SENTENCE_CONJUNCTIONS)
    if about is None or sent.start == 0 or start >= sent.end or doc[start].lower_ != "the":
        return []
    posts = posts_after(doc, start, sent.end, mentions)
    end = posts[-1].end if posts else sent.end
    # "The European commissioner and former Labour minister was ...": a subject joins any two posts
    while posts and end + 1 < sent.end and doc[end].lower_ == "and":
        joined = read_post(doc, end + 1, sent.end, mentions)
        if joined is None:
            break
        posts.append(joined)
        end = joined.end
    if (end >= sent.end or not (doc[end].pos_ in ("VERB", "AUX") or is_possessive(doc[end]))
            or any(k in mentions.person for k in range(start, end))
            or any((is_government_post(p.title) and p.organization is None)
                   or p.title.split()[-1].lower() in post_table().unnamed for p in posts)):
        return []
    # "Mr Hale wants an apology, which the mayor has not given. The mayor accused X of ...": a
    # post the sentence before names already continues that mention, not its subject
    before = {t.lower_ for t in doc[sent.start - 1].sent}
    return [p for p in posts if p.title.split()[-1].lower() not in before]


def sentence_topics(doc: Doc, mentions: Mentions) -> list[tuple[Span, str | None, str | None]]:
    """Each sentence with the person the sentence before it is about and the person it is about
    itself: the one person a sentence names as the subject of its main verb, or, when that subject
    is "he"/"she", the person such a pronoun stands for ("Mr Kerr said ... But he added: '...' The
    former Labour leader said": Mr Kerr). Sentences with no main-verb subject (a stray quote mark)
    are about no one and are skipped over."""
    out: list[tuple[Span, str | None, str | None]] = []
    topic: str | None = None   # the person last named as a main subject
    about: str | None = None   # whom the last sentence with a main subject is about
    for sent in doc.sents:
        before = about
        subjects = [k for k in range(sent.start, sent.end) if _subject_of_main_verb(doc, k)]
        itself = None
        if subjects:
            people = {mentions.person[k] for k in subjects if k in mentions.person}
            pronoun = any(doc[k].lower_ in SUBJECT_PRONOUNS for k in subjects)
            about = itself = people.pop() if len(people) == 1 else topic if pronoun and not people else None
            topic = about or topic
        out.append((sent, before, itself))
    return out


def posts_of_role(doc: Doc, sent: Span, holder: str, mentions: Mentions) -> list[Post]:
    """Posts named by "his appointment as chairman of X", "her role as leader" in a sentence about
    `holder`, where no one else is named before the pronoun ("A praised B for his role as ..." is
    no telling whose)."""
    out: list[Post] = []
    for k in range(sent.start, sent.end - 3):
        if (doc[k].lower_ in ROLE_POSSESSIVES and doc[k + 1].lemma_.lower() in ROLE_NOUNS
                and doc[k + 2].lower_ == "as"
                and all(mentions.person[n] == holder for n in range(sent.start, k) if n in mentions.person)):
            out += _posts_after_as(doc, k + 2, sent.end, mentions)
    return out


def context_state(ctx: Context, doc: Doc, post: Post, sent_start: int, mentions: Mentions) -> str | None:
    """The state a government post with no state of its own belongs to, read from the text before it.

    "the country's foreign minister" is of the state named last before it; "Egypt's protesters
    ... President X" of the one state the sentence names before it, with no other person between
    ("between Vietnam and the DPRK ... President X", "a message to A, president of Syria, ...
    President X" say nothing of X's state).
    """
    if post.country or post.organization or not is_government_post(post.title):
        return None
    if _state_anaphor_before(doc, post.start, sent_start):
        nearest = max((k for k in mentions.state if k < post.start), default=None)
        return _state_code(ctx, mentions.state[nearest]) if nearest is not None else None
    if any(sent_start <= k < post.start for k in mentions.person):
        return None
    codes = {_state_code(ctx, a) for k, a in mentions.state.items() if sent_start <= k < post.start}
    return codes.pop() if len(codes) == 1 else None


def _state_code(ctx: Context, actor_id: str) -> str | None:
    actor = ctx.document.actor(actor_id)
    return actor.country if actor else None


def membership(doc: Doc, start: int, end: int, sent_end: int, kinds: dict[str, str],
               mentions: Mentions) -> Post | None:
    """Membership of the body the words right around the name at [start, end) tie the person to.

    "Labour's Jane Smith", "Frank Weber of the Brookings Institution" (any body but a state), and
    "Merkel's Christian Democrats" (a party only: "Smith's company" need not be Smith's employer).
    "The BBC's Jane Smith says" credits a report to a reporter rather than naming a post: outlets
    are left out of the possessive. `kinds` gives each actor id's kind.
    """
    sent_start = doc[start].sent.start
    if (start - 2 >= sent_start and is_possessive(doc[start - 1]) and start - 2 in mentions.other
            and kinds.get(mentions.other[start - 2]) != "media"):
        first = _mention_start(start - 2, mentions)
        return _member_post(doc, first, start - 1, start)
    if end + 1 < sent_end and doc[end].lower_ == "of":
        first = end + 1 + (doc[end + 1].lower_ == "the")
        if first in mentions.other and (first == 0 or mentions.other.get(first - 1) != mentions.other[first]):
            last = _mention_end(first, sent_end, mentions)
            if last >= sent_end or not is_possessive(doc[last]):
                return _member_post(doc, first, last, last)
    if end + 1 < sent_end and is_possessive(doc[end]) and kinds.get(mentions.other.get(end + 1, "")) == "party":
        last = _mention_end(end + 1, sent_end, mentions)
        # "Smith's Labour MP Jane Doe": the party modifies someone else's title
        if last >= sent_end or not (doc[last].is_alpha and doc[last].text[:1].isupper()):
            return _member_post(doc, end + 1, last, end)
    return None


def _mention_start(k: int, mentions: Mentions) -> int:
    while k - 1 >= 0 and mentions.other.get(k - 1) == mentions.other[k]:
        k -= 1
    return k


def _mention_end(k: int, limit: int, mentions: Mentions) -> int:
    first = k
    while k < limit and mentions.other.get(k) == mentions.other[first]:
        k += 1
    return k


def _member_post(doc: Doc, first: int, last: int, phrase_end: int) -> Post:
    """A "member" post of the body named by tokens [first, last); the phrase spans both ends."""
    return Post(start=min(first, phrase_end), end=max(last, phrase_end), title=MEMBER_TITLE, qualifier=None,
                organization=(first, last), organization_name=name_text(doc, first, last))


def _posts_after_as(doc: Doc, j: int, limit: int, mentions: Mentions) -> list[Post]:
    """Posts after the "as" at token `j`: "as prime minister", "as his deputy"."""
    k = j + 1 + (j + 1 < limit and doc[j + 1].lower_ in AS_POSSESSIVES)
    return posts_after(doc, k, limit, mentions) if starts_post(doc, k, limit, mentions) else []


def posts_of_copula(doc: Doc, end: int, limit: int, mentions: Mentions) -> list[Post]:
    """Posts after "X is ...", "X, who was ...", "X became ...", "X as prime minister", "X served as
    ambassador", "X's tenure as mayor" (the name ends before token `end`)."""
    j = end
    # "Clinton's tenure as secretary of state": the post named by the holder's own possessive
    if (j + 2 < limit and is_possessive(doc[j]) and doc[j + 1].lemma_.lower() in ROLE_NOUNS
            and doc[j + 2].lower_ == "as"):
        return _posts_after_as(doc, j + 2, limit, mentions)
    # "X, who is ...", "X - who has resigned as ... -"
    if j + 1 < limit and doc[j].text in CLAUSE_OPENERS and doc[j + 1].lower_ in ("who", "as"):
        j += 1
    if j + 1 < limit and doc[j].lower_ == "as":
        return _posts_after_as(doc, j, limit, mentions)
    if j < limit and doc[j].lower_ == "who":
        j += 1
    while j < limit and doc[j].lower_ in BEFORE_COPULA:
        j += 1
    k = j
    while k < limit and doc[k].lower_ in SERVING_AUXILIARIES:
        k += 1
    verb = doc[k].lemma_.lower() if k < limit else ""
    if k + 1 < limit and verb in SERVING_VERBS | APPOINTING_VERBS and doc[k + 1].lower_ == "as":
        return _posts_after_as(doc, k + 1, limit, mentions)
    if verb in APPOINTING_VERBS and doc[k].tag_ == "VBN" and k > j and starts_post(doc, k + 1, limit, mentions):
        return posts_after(doc, k + 1, limit, mentions)
    if verb not in LEAVING_VERBS and k + 2 < limit and doc[k].pos_ == "VERB" and doc[k + 1].lower_ == "to" \
            and doc[k + 2].lemma_.lower() in LEAVING_VERBS:
        # "X was forced to step down as ...", "X agreed to resign as ...": the post was X's all the same
        k += 2
        verb = doc[k].lemma_.lower()
    if verb in LEAVING_VERBS:
        # "stepped down as": the particle sits between the verb and "as"
        k += 1 + (k + 2 < limit and doc[k + 1].lower_ == "down")
        if k + 1 < limit and doc[k].lower_ == "as":
            return [_left(post) for post in _posts_after_as(doc, k, limit, mentions)]
    if j < limit and doc[j].lower_ in COPULAS:
        verb = doc[j].lower_
        j += 1
        while j < limit and doc[j].lower_ in post_table().continuations:
            j += 1
        bare = verb in TAKING_VERBS and starts_post(doc, j, limit, mentions)
        if j < limit and (doc[j].lower_ in ARTICLES or bare or _bound_post(doc, j, limit, mentions)):
            return posts_after(doc, j, limit, mentions)
    return []


def _left(post: Post) -> Post:
    """`post` as one its holder has left: qualified "former" (its title stays as written)."""
    words = (post.qualifier or "").split()
    return replace(post, qualifier=" ".join([LEFT_QUALIFIER, *(w for w in words if w != LEFT_QUALIFIER)]))


def _bound_post(doc: Doc, j: int, limit: int, mentions: Mentions) -> bool:
    """Whether a post with no article at `j` names the body or state it is held in: "X, who is
    (also) project manager at the Y Society" is X's post, where a bare "X is leader" may be a
    judgement ("is leader in the field") rather than an office."""
    post = read_post(doc, j, limit, mentions)
    return post is not None and doc[j].lower_ not in ARTICLES and bool(post.organization or post.country)


@stage("positions", reads=("actors",), adds=("positions", "actors"))
def find_positions(ctx: Context) -> None:
    """Add every post the text gives a person, with the organizations those posts name."""
    seen: set[tuple[str, str, str | None]] = set()
    kinds = {a.id: a.kind for a in ctx.document.actors}
    members: list[tuple[str, Doc, str, Post]] = []
    for field_name, doc in ctx.docs.items():
        mentions = Mentions.of(ctx.document, field_name, doc)
        for start, end, holder, kind in mentions.spans:
            if kind != "person":
                continue
            sent = doc[start].sent
            found: list[Post] = []
            before = post_before(doc, start, sent.start, mentions) or post_before(
                doc, start, sent.start, mentions, plural=True)
            if before:
                found.append(before)
                if singular_head(doc[before.end - 1]):
                    # "Senators Ann Lee and Tom Ash": each name of the list holds the post
                    for other in (ref for at, ref in _list_of(doc, start, mentions) if at > start):
                        _add(ctx, field_name, doc, other, before, seen)
            # "the chairman, Sir John Hale", "the director, Professor Ann Lee": the set-off post
            # stands before any honorific or title right before the name
            lead = before.start if before else _honorifics_start(doc, start, sent.start)
            front = post_in_front(doc, lead, end, sent.start, mentions)
            if front:
                found.append(front)
            if end < sent.end and doc[end].text == ",":
                found += [p for p in posts_after(doc, end + 1, sent.end, mentions) if not _possessor(doc, p, sent.end)]
                shared = read_post(doc, end + 1, sent.end, mentions, plural=True) if not found else None
                # "..., officials concerned": a plural of no body is the next item of the list
                if shared is not None and (shared.organization or shared.country) and not _possessor(doc, shared, sent.end):
                    # "A, B and C, secretaries of the Central Committee": each named holds the post
                    for other in (ref for at, ref in _list_of(doc, start, mentions) if at < start):
                        _add(ctx, field_name, doc, other, shared, seen)
                    found.append(shared)
            found += posts_of_copula(doc, end, sent.end, mentions)
            for post in found:
                context = context_state(ctx, doc, post, sent.start, mentions)
                _add(ctx, field_name, doc, holder, replace(post, country=post.country or context), seen)
            member = membership(doc, start, end, sent.end, kinds, mentions)
            if member:
                members.append((field_name, doc, holder, member))
        for holder, post in pronoun_posts(doc, mentions):
            _add(ctx, field_name, doc, holder, post, seen)
        for sent, before, itself in sentence_topics(doc, mentions):
            for post in posts_pointing_back(doc, sent, mentions, before):
                if before and not _held_by_another(ctx, before, post):
                    _add(ctx, field_name, doc, before, post, seen)
            for post in posts_of_role(doc, sent, itself, mentions) if itself else ():
                _add(ctx, field_name, doc, itself, post, seen)
    # a titled post in the same body says more than a bare membership
    for field_name, doc, holder, post in members:
        _add(ctx, field_name, doc, holder, post, seen, bare=True)
    _government_countries(ctx)
    _person_sectors(ctx)
    ctx.reindex()


def _possessor(doc: Doc, post: Post, limit: int) -> bool:
    """Whether a post owns the noun after it ("Mary Hale, the defence minister's wife"): the post of
    another person, never of the name it is set beside."""
    return post.end < limit and is_possessive(doc[post.end])


def _held_by_another(ctx: Context, holder: str, post: Post) -> bool:
    """Whether someone other than `holder` already holds a post of that title in the same body, or
    with no body on both sides ("the Tory leader" after "Tory leader Michael Howard" is Howard,
    whoever the sentence before named; "Labour MSP Jane Hay" leaves "the MSP" open)."""
    title = post.title.lower()
    body = post.organization_name.lower() if post.organization_name else None
    for position in ctx.document.positions:
        if position.holder == holder or position.title.lower() != title:
            continue
        actor = ctx.document.actor(position.organization) if position.organization else None
        names = {actor.name.lower(), *(a.lower() for a in actor.aliases)} if actor else {None}
        if body in names:
            return True
    return False


def _person_sectors(ctx: Context) -> None:
    """A person takes the sector of their first post: its body's ("chairman of the party" PTY),
    else its title's ("Defence Minister" GOV, "General" MIL); the event coder reads it."""
    document = ctx.document
    for position in document.positions:
        person = document.actor(position.holder)
        if person is None or person.sector:
            continue
        body = document.actor(position.organization) if position.organization else None
        person.sector = (body.sector if body else None) or post_sector(position.title)


def _government_countries(ctx: Context) -> None:
    """A government post with no state read anywhere is of its holder's state, once the text gives it.

    "Chancellor Angela Merkel" early on, "Merkel's Christian Democrats" later: the chancellor's
    state is Germany, which only the later mention tells.
    """
    for position in ctx.document.positions:
        if position.country or position.organization or not is_government_post(position.title):
            continue
        person = ctx.document.actor(position.holder)
        position.country = person.country if person else None


def _add(ctx: Context, field_name: str, doc: Doc, holder: str, post: Post,
         seen: set[tuple[str, str, str | None]], bare: bool = False) -> None:
    """Add `post` for `holder`; a `bare` membership only where no post of the holder names its body."""
    organization = None
    if post.organization and post.organization_name:
        s, e = post.organization
        organization = organization_actor(ctx, field_name, doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text),
                                          post.organization_name)
    if bare and any(p.holder == holder and p.organization == organization for p in ctx.document.positions):
        return
    key = (holder, post.title.lower(), organization)
    if key in seen:
        return
    seen.add(key)
    org_actor = ctx.document.actor(organization) if organization else None
    person = ctx.document.actor(holder)
    stated = post.country or (org_actor.country if org_actor else None)
    # a bare membership says where someone works, not whose citizen they are, except of a party
    if person is not None and person.country is None and stated and (
            not bare or (org_actor is not None and org_actor.kind == "party")):
        person.country = stated
    start, end = post.char_span(doc)
    ctx.document.positions.append(Position(
        holder=holder, title=post.title, organization=organization,
        country=stated or (person.country if person else None),
        qualifier=post.qualifier, evidence=Evidence(start=start, end=end, field=field_name),
    ))
