"""Groups stage: delegations, with their country, host, size, leader, members, parties and bodies.

Read from the sentences that name a delegation ("a visiting Russian delegation", "a delegation
of the Ministry of Health of Russia led by Minister X arrived here") and refer back to it ("the
delegation", "the group"); one group per delegating country, every reference kept in `mentions`.
From those sentences: size ("comprised 28 members"), leader ("led by"/"headed by", else the first
member named), members ("including A, T1; B, T2"), host ("visited X", "arrived here" = the
dateline's place), occasion ("to mark ..."), parties and bodies ("officials from the Ministries of
Defense and Foreign Affairs" -> one government body each). A sentence whose subject is the
delegating country's officials ("Key Russian officials who met ... included A; B") names members
too. The cue words are in `data/delegations.tsv`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.extract.bodies import organization_actor
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import is_honorific, is_title_word, read_tsv
from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.states import code_of
from newsgraph.extract.titles import CLOSING, Mentions, skip_parenthetical, state_length
from newsgraph.model import Evidence, Group

MAX_CUE_WORDS = 4


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue phrases of `delegations.tsv` by role."""
    by_role: dict[str, set[str]] = {}
    for phrase, role, *_ in read_tsv("delegations.tsv"):
        by_role.setdefault(role, set()).add(phrase.lower())
    return {role: frozenset(p) for role, p in by_role.items()}


@functools.lru_cache(maxsize=1)
def _first_words() -> dict[str, frozenset[str]]:
    """First word of each role's cues: most tokens start no cue, and need no span built."""
    return {role: frozenset(p.split()[0] for p in phrases) for role, phrases in cues().items()}


def cue_at(doc: Doc, i: int, role: str, limit: int | None = None) -> int:
    """Tokens in the longest cue of `role` starting at token `i`, or 0."""
    if i >= len(doc) or doc[i].lower_ not in _first_words().get(role, ()):
        return 0
    limit = len(doc) if limit is None else limit
    phrases = cues().get(role, frozenset())
    for j in range(min(limit, i + MAX_CUE_WORDS), i, -1):
        if doc[i:j].text.lower() in phrases:
            return j - i
    return 0


@dataclass
class _Draft:
    """A delegation while its sentences are read."""

    country: str | None
    name: str
    evidence: Evidence
    named_by_origin: bool = False  # the name says whose delegation it is ("Lao delegation")
    mentions: list[Evidence] = field(default_factory=list)
    sentences: list[tuple[str, Span]] = field(default_factory=list)
    leader: str | None = None
    members: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    host: str | None = None
    size: int | None = None
    occasion: str | None = None


def _dateline_state(doc: Doc) -> str | None:
    """The state of a dateline's place ("Pyongyang, August 7 (KCNA) --"), for "arrived here"."""
    for k, tok in enumerate(doc[:6]):
        if tok.text == ",":
            return code_of(doc[:k].text, capitals=True)
    return None


def _noun_phrase(doc: Doc, noun: int, mentions: Mentions) -> tuple[int, int, str | None, list[str]]:
    """(start, end, country, organization ids) of the delegation phrase around token `noun`."""
    start = noun
    # a participle modifies the delegation ("a visiting delegation"); a finite verb ends the phrase
    while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "VERB") \
            and doc[start - 1].tag_ not in _FINITE \
            and doc[start - 1].text not in CLOSING and doc[start - 1].lower_ not in ("with", "and"):
        start -= 1
        if doc[start].pos_ == "DET":
            break
    country = None
    orgs: list[str] = []
    for k in range(start, noun):
        n, code = state_length(doc, k, noun)
        country = country or code
        # "the Hamas delegation": a body named before the noun sends it
        if k in mentions.other and mentions.other[k] not in orgs:
            orgs.append(mentions.other[k])
    end = noun + 1
    if end < len(doc) and doc[end].lower_ in ("of", "from"):
        k = end + 1
        while k < min(len(doc), end + 14) and doc[k].text not in CLOSING and doc[k].text != "," \
                and not cue_at(doc, k, "leader") and doc[k].pos_ not in ("VERB", "AUX"):
            if k in mentions.other and mentions.other[k] not in orgs:
                orgs.append(mentions.other[k])
            n, code = state_length(doc, k, len(doc))
            country = country or code
            k += max(n, 1)
        end = k
    return start, end, country, orgs


@stage("groups", reads=("actors", "positions"), adds=("groups", "actors"))
def find_groups(ctx: Context) -> None:
    """Add one Group per delegation the article names, merging every reference to it."""
    drafts: list[_Draft] = []
    for field_name, doc in ctx.docs.items():
        mentions = Mentions.of(ctx.document, field_name, doc)
        for sent in doc.sents:
            _read_references(ctx, field_name, doc, sent, mentions, drafts)
    if not drafts:
        return
    for field_name, doc in ctx.docs.items():
        mentions = Mentions.of(ctx.document, field_name, doc)
        here = _dateline_state(doc) if field_name == "body" else None
        for draft in drafts:
            for sent_field, sent in draft.sentences:
                if sent_field == field_name:
                    _read_sentence(ctx, field_name, doc, sent, mentions, draft, here)
        for sent in doc.sents:
            _read_officials(ctx, doc, sent, mentions, drafts)
            if len(drafts) == 1 and (field_name, sent) not in drafts[0].sentences:
                _read_envoys(ctx, field_name, doc, sent, mentions, drafts[0])
    for n, draft in enumerate(drafts, 1):
        ctx.document.groups.append(_finish(ctx, draft, n))
    ctx.reindex()


def _read_references(ctx: Context, field_name: str, doc: Doc, sent: Span, mentions: Mentions,
                     drafts: list[_Draft]) -> None:
    for k in range(sent.start, sent.end):
        tok = doc[k]
        if cue_at(doc, k, "noun", sent.end) and tok.lemma_.lower() == "delegation":
            start, end, country, orgs = _noun_phrase(doc, k, mentions)
            country = country or _country_of(ctx, orgs)
            draft = next((d for d in drafts if d.country == country or country is None), None)
            ev = Evidence(start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text), field=field_name)
            name, by_origin = _name(doc, start, k, end, country is not None or bool(orgs))
            if draft is None:
                draft = _Draft(country=country, name=name, evidence=ev, named_by_origin=by_origin)
                drafts.append(draft)
            elif by_origin and not draft.named_by_origin:  # "the delegation ..." then "the Lao delegation"
                draft.name, draft.evidence, draft.named_by_origin = name, ev, True
            draft.country = draft.country or country
            draft.mentions.append(ev)
            if (field_name, sent) not in draft.sentences:
                draft.sentences.append((field_name, sent))
            for org in orgs:
                _add_body(ctx, draft, org)
        elif drafts and tok.lower_ == "the" and (n := cue_at(doc, k + 1, "anaphor", sent.end)):
            draft = drafts[-1]
            ev = Evidence(start=tok.idx, end=doc[k + n].idx + len(doc[k + n].text), field=field_name)
            draft.mentions.append(ev)
            if (field_name, sent) not in draft.sentences:
                draft.sentences.append((field_name, sent))


def _name(doc: Doc, start: int, noun: int, end: int, of_origin: bool) -> tuple[str, bool]:
    """(name, whether it names the origin) of the delegation phrase [start, end) headed at `noun`.

    "a visiting Russian parliamentary delegation" -> "Russian parliamentary delegation", "the Hamas
    delegation" -> "Hamas delegation"; "the parliamentary delegation of the Lao People's
    Democratic Republic" keeps its "of" phrase when that names a state or body (`of_origin`);
    otherwise the adjectives and the noun ("delegation").
    """
    for k in range(start, noun):
        n, code = state_length(doc, k, noun)
        if code:
            return doc[k:noun + 1].text, True
    # "the Hamas delegation": a body's name before the noun names whose it is
    named = next((k for k in range(start, noun) if doc[k].pos_ == "PROPN"), None)
    if named is not None:
        return doc[named:noun + 1].text, True
    first = noun
    while first > start and doc[first - 1].pos_ == "ADJ":
        first -= 1
    if of_origin and end > noun + 1:
        return doc[first:end].text, True
    return doc[first:noun + 1].text, False


def _country_of(ctx: Context, actor_ids: list[str]) -> str | None:
    for actor_id in actor_ids:
        actor = ctx.document.actor(actor_id)
        if actor and actor.country:
            return actor.country
    return None


def _add_body(ctx: Context, draft: _Draft, actor_id: str) -> None:
    actor = ctx.document.actor(actor_id)
    if actor is None or actor.kind in ("person", "state"):
        return
    bucket = draft.parties if actor.kind == "party" else draft.bodies
    if actor_id not in bucket:
        bucket.append(actor_id)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def list_items(doc: Doc, k: int, end: int, names: dict[int, int]) -> list[int]:
    """First tokens of the names listed from token `k` (just after a member cue) to `end`.

    `names` maps a name's first token to the token after it. A list separated by semicolons gives
    one name per item, its title after it ("A, T1; B, T2; and C, T3"); a comma list may set a title
    off after a name ("A, Vice Minister of X, and B"). The list ends at a finite verb or an item that
    opens with no name.
    """
    semicolons = any(doc[j].text == ";" for j in range(k, end))
    found: list[int] = []
    j = k + 1 if k < end and doc[k].text == ":" else k
    expect_name = True
    while j < end:
        tok = doc[j]
        if expect_name:
            named = _name_after_titles(doc, j, end, names)
            if named is not None:
                found.append(named)
                j, expect_name = names[named], False
                continue
            if found and not semicolons:  # an apposition after a comma: the last name's title
                expect_name = False
                continue
            break
        if tok.tag_ in _FINITE:
            break
        separator = tok.text == ";" if semicolons else tok.text == "," or tok.lower_ == "and"
        j += 1
        if separator:
            while j < end and (doc[j].lower_ == "and" or doc[j].text == ","):
                j += 1
            expect_name = True
    return found


def _name_after_titles(doc: Doc, j: int, end: int, names: dict[int, int]) -> int | None:
    """The name at `j`, or after the title words opening an item there ("Premier Li Wei")."""
    while j < end and j not in names and (is_title_word(doc[j].text) or is_honorific(doc[j].text)):
        j += 1
    return j if j in names else None


def _persons_after(doc: Doc, k: int, end: int, mentions: Mentions) -> list[str]:
    found: list[str] = []
    for j in range(k, end):
        pid = mentions.person.get(j)
        if pid and pid not in found:
            found.append(pid)
    return found


def _read_sentence(ctx: Context, field_name: str, doc: Doc, sent: Span, mentions: Mentions,
                   draft: _Draft, here: str | None) -> None:
    k = sent.start
    while k < sent.end:
        tok = doc[k]
        if n := cue_at(doc, k, "leader", sent.end):
            lead = _persons_after(doc, k + n, min(sent.end, k + n + 6), mentions)
            if lead and draft.leader is None:
                draft.leader = lead[0]
            k += n
        elif n := cue_at(doc, k, "member", sent.end):
            for pid in _persons_after(doc, k + n, sent.end, mentions):
                if pid not in draft.members:
                    draft.members.append(pid)
            k += n
        elif n := cue_at(doc, k, "size", sent.end):
            num = doc[k + n] if k + n < sent.end else None
            if num is not None and num.like_num and draft.size is None:
                draft.size = _number(num.text)
            k += n
        elif n := cue_at(doc, k, "occasion", sent.end):
            stop = k + n
            while stop < sent.end and doc[stop].text not in CLOSING and doc[stop].text != ",":
                stop += 1
            if draft.occasion is None and stop > k + n:
                draft.occasion = doc[k + n:stop].text
            k = stop
        elif n := cue_at(doc, k, "host", sent.end):
            j = k + n
            while j < sent.end and doc[j].lower_ in ("in", "at", "the"):
                j += 1
            if j < sent.end and cue_at(doc, j, "here", sent.end):
                draft.host = draft.host or here
            else:
                code = _place_state(doc, j, sent.end)
                if code and code != draft.country:
                    draft.host = draft.host or code
            k += n
        elif cue_at(doc, k, "envoys", sent.end) and k + 1 < sent.end and doc[k + 1].lower_ in ("from", "of"):
            _read_bodies(ctx, field_name, doc, k + 2, sent.end, mentions, draft)
            k += 2
        else:
            k += 1


def _place_state(doc: Doc, j: int, end: int) -> str | None:
    """The state a visited place at token `j` names: a state ("visited Laos") or its capital
    ("arrived in Pyongyang")."""
    _, code = state_length(doc, j, end)
    if code:
        return code
    for k in range(min(end, j + MAX_CUE_WORDS), j, -1):
        if doc[j].is_title and (code := code_of(doc[j:k].text, capitals=True)):
            return code
    return None


def _number(text: str) -> int | None:
    try:
        return int(text.replace(",", ""))
    except ValueError:
        return None


def _read_bodies(ctx: Context, field_name: str, doc: Doc, k: int, end: int, mentions: Mentions,
                 draft: _Draft) -> None:
    """Parties and bodies after "representatives from": actors, and "the Ministries of A, B and C"."""
    singulars = gazetteer().singulars
    coordinated: list[str] = []
    j = k
    while j < end and doc[j].text not in CLOSING:
        if (after := skip_parenthetical(doc, j, end)) > j:  # "the Liberal Democratic Party (LDPR), and X"
            j = after
            continue
        tok = doc[j]
        singular = singulars.get(tok.lower_)
        if tok.is_title and singular and j + 1 < end and doc[j + 1].lower_ == "of":
            j = _expand_plural(ctx, field_name, doc, j + 2, end, singular.title(), draft)
            continue
        if j in mentions.other and mentions.other[j] not in coordinated:
            coordinated.append(mentions.other[j])
        if (tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBG", "VBN")) or tok.lower_ in ("who", "which", "that"):
            break
        j += 1
    actors = [ctx.document.actor(a) for a in coordinated]
    # one party in a coordination makes it a list of parties ("the Communist Party, the LDPR, and X")
    any_party = any(a is not None and a.kind == "party" for a in actors)
    for actor in actors:
        if actor is None or actor.kind in ("person", "state") or actor.country not in (None, draft.country):
            continue
        bucket = draft.parties if actor.kind == "party" or (any_party and actor.kind == "organization") else draft.bodies
        if actor.id not in bucket and actor.id not in draft.parties + draft.bodies:
            bucket.append(actor.id)


def _expand_plural(ctx: Context, field_name: str, doc: Doc, j: int, end: int, singular: str,
                   draft: _Draft) -> int:
    """Read "A, B, and C" after "the Ministries of": one government body per portfolio."""
    while j < end:
        item_start = j
        while j < end and (doc[j].is_title or (doc[j].lower_ == "and" and j + 1 < end and doc[j + 1].is_title
                                                and j > item_start)):
            if doc[j].lower_ == "and" and item_start < j and doc[j - 1].text == ",":
                break
            j += 1
        if j == item_start:
            break
        name = f"{singular} of {doc[item_start:j].text}"
        s, e = doc[item_start].idx, doc[j - 1].idx + len(doc[j - 1].text)
        body = organization_actor(ctx, field_name, s, e, name, kind="government_body")
        if body not in draft.bodies:
            draft.bodies.append(body)
        while j < end and doc[j].lower_ in (",", "and"):
            j += 1
    return j


def _read_envoys(ctx: Context, field_name: str, doc: Doc, sent: Span, mentions: Mentions,
                 draft: _Draft) -> None:
    """Parties and bodies of "the presence of representatives from A, B and C" (the one delegation)."""
    for k in range(sent.start, sent.end - 1):
        if cue_at(doc, k, "envoys", sent.end) and doc[k + 1].lower_ in ("from", "of"):
            _read_bodies(ctx, field_name, doc, k + 2, sent.end, mentions, draft)


def _read_officials(ctx: Context, doc: Doc, sent: Span, mentions: Mentions, drafts: list[_Draft]) -> None:
    """Members from "Key Russian officials who met ... included A; B": the delegating state's officials."""
    for k in range(sent.start, sent.end):
        if not cue_at(doc, k, "envoys", sent.end):
            continue
        _, code = state_length(doc, k - 1, k) if k > sent.start else (0, None)
        draft = next((d for d in drafts if d.country and d.country == code), None)
        if draft is None:
            return
        for j in range(k + 1, sent.end):
            if n := cue_at(doc, j, "member", sent.end):
                names = {s: e for s, e, _, kind in mentions.spans if kind == "person"}
                for pid in (mentions.person[k] for k in list_items(doc, j + n, sent.end, names)):
                    person = ctx.document.actor(pid)
                    if pid not in draft.members and (person is None or person.country in (None, draft.country)):
                        draft.members.append(pid)
                return
        return


def _finish(ctx: Context, draft: _Draft, n: int) -> Group:
    leader = draft.leader or next(iter(draft.members), None)
    members = list(dict.fromkeys(([leader] if leader else []) + draft.members))
    country = draft.country
    if country is None and leader:
        person = ctx.document.actor(leader)
        country = person.country if person else None
    return Group(
        id=f"g{n}", name=draft.name, kind="delegation", country=country,
        host=draft.host if draft.host != country else None, size=draft.size, leader=leader,
        members=members, parties=draft.parties, bodies=draft.bodies, occasion=draft.occasion,
        evidence=draft.evidence, mentions=draft.mentions,
    )
