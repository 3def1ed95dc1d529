"""Media interviews: a party's interview with, or appearance on, a news outlet (CONSULT, mode interview).

The lexicon reads "said in an interview with CNN" and "CNN interviewed X" as it reads any meeting.
News also names the outlet with no event noun or preposition of meeting, and those readings are
here, each only where the other side is an outlet (a media actor), a programme's host or a
journalist named with an outlet:
  - told it: "told Fox News Sunday that ...", "told NBC's Lisa Myers" (outlet_verbs: the verb with
    the dependency or preposition that names whom it was said to);
  - spoke to it, said on it, appeared on it: "spoke to Sidewire", "appeared on Steve Harvey's
    morning show", "was interviewed on CNN", and whatever one did on an outlet ("blasted X on
    The Laura Ingraham Show", "On CNN, she said ...");
  - the outlet's name on the interview itself: "in an MSNBC interview", "in a Breitbart
    interview", "gave ABC News an interview".
A programme (programme_nouns) stands for its outlet or host ("Laura Ingraham's radio show"). The
one interviewed is the clause's subject, a named party: unnamed sources ("officials told AFP") are
how a report was sourced. So is an interview with the article's own outlet ("told the BBC" in a
BBC report) or with an outlet the article reports from ("X reported", "according to X"): it is how
the story was gathered, not an event it reports. Outlets of one house share a distinctive word of
their names ("BBC Radio 4", "BBC News"), not the generic ones (outlet_words: "news", "radio").
"""

from __future__ import annotations

from urllib.parse import urlparse

from spacy.tokens import Span, Token

from newsgraph.extract.event_framing import Found
from newsgraph.extract.event_grammar import (
    is_conditional, is_hypothetical, is_negated, is_passive, prep_objects, subjects,
)
from newsgraph.extract.event_lexicon import LexEntry, cues, noun_entry
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.participants import Resolver

# dependencies that name an outlet on the interview noun ("a CNN interview", "CNN's interview")
_NAME_DEPS = ("compound", "nmod", "poss", "amod")
# objects of a verb that name whom it was said to ("told CNN", "told NBC's Lisa Myers")
_OBJECT_DEPS = ("dobj", "dative")
# how far up an object's phrases the verb of an interview's clause is looked for
_MAX_CLIMB = 4


def interview_row() -> LexEntry:
    """The lexicon row an interview is coded as (the event noun "interview")."""
    row = noun_entry("interview")
    assert row is not None, "events.tsv has no row for the noun 'interview'"
    return row


def outlets(head: Token, resolver: Resolver) -> list[str]:
    """The outlets (and their people) the phrase headed by `head` names: a media actor, a journalist
    named with one ("NBC's Lisa Myers", "WMAL host Larry O'Connor") or a programme's host or outlet
    ("Laura Ingraham's radio show", "CBS This Morning")."""
    kinds = resolver.kinds
    refs = resolver.phrase(head)
    # the phrase must name the outlet, or a programme by its name ("Fox News Sunday"), not a piece
    # of it ("CNN's report" acts for CNN)
    named = {resolver.actor_on(t) for t in [head, *(c for c in head.children if c.dep_ in ("compound", "nmod"))]}
    media = [r for r in refs if (kinds.get(r) == "media" or _unknown_told(head, r, resolver)) and r in named]
    if head.lemma_.lower() in cues()["programme_nouns"]:
        # a programme is its host's or outlet's, however the parser hung the name on it; a body the
        # article says nothing else of that has a programme ("GMTV's Sunday programme") is an outlet
        hosts = [r for c in head.children if c.dep_ in _NAME_DEPS for r in resolver.phrase(c)
                 if kinds.get(r) in ("media", "person") or _unknown_organization(r, resolver)]
        return list(dict.fromkeys(media + hosts))
    people = [r for r in refs if kinds.get(r) == "person"]
    # a journalist named with the outlet, or a programme by its title ("CNN's State of the Union",
    # 'CBS's "Face the Nation"', a title the parser reads as a clause); an outlet owning something
    # else ("CNN's report") is none
    titled = head.pos_ == "PROPN" or resolver.actor_on(head) is not None
    named_on = [r for c in head.children if c.dep_ in _NAME_DEPS or c.dep_ == "appos"
                for r in resolver.phrase(c) if kinds.get(r) == "media"] if people or titled else []
    # 'On "Face the Nation," X said' after 'CBS's "Face the Nation"': the outlet named on the
    # programme before stands for it here too
    earlier = [r for m in media for r in _outlets_named_on(m, head, resolver)]
    return list(dict.fromkeys(media + named_on + earlier + (people if named_on else [])))


def _outlets_named_on(ref: str, head: Token, resolver: Resolver) -> list[str]:
    """The outlets an earlier mention of the programme or outlet `ref` named with a possessive
    before it ("CBS's 'Face the Nation'"), in the field of `head`."""
    actor = resolver.ctx.document.actor(ref)
    if actor is None:
        return []
    for m in actor.mentions:
        if m.field != resolver.field or m.start >= head.idx:
            continue
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        owners = [r for t in (span or ()) for c in t.children if c.dep_ == "poss"
                  for r in resolver.phrase(c) if resolver.kinds.get(r) == "media" and r != ref]
        if owners:
            return owners
    return []

def _unknown_organization(ref: str | None, resolver: Resolver) -> bool:
    """Whether `ref` is an organization the article says nothing else of (no sector, no country)."""
    actor = resolver.ctx.document.actor(ref or "")
    return actor is not None and actor.kind == "organization" and not actor.sector and not actor.country


def _unknown_told(head: Token, ref: str, resolver: Resolver) -> bool:
    """"Shah told InsideSources": an organization the article says nothing else of that a speaker
    tells something is an outlet the gazetteer does not know."""
    return _unknown_organization(ref, resolver) and head.dep_ in ("dobj", "dative") \
        and head.head.lemma_.lower() == "tell"


def reporting_outlets(resolver: Resolver) -> frozenset[str]:
    """The outlets the article reports from ("NK News reported that ...", "according to NK News"):
    an interview with one of them is how its report was gathered."""
    memo = resolver.ctx.memo
    if "reporting_outlets" not in memo:
        c = cues()
        doc = resolver.ctx.docs.get("body")
        heads = [] if doc is None else [
            h for tok in doc for h in
            ([s for s in tok.children if s.dep_ == "nsubj"] if tok.lemma_.lower() in c["report_verbs"] else
             [o for p in tok.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
             if tok.lower_ == "according" else [])]
        body = Resolver(resolver.ctx, "body") if doc is not None else resolver
        memo["reporting_outlets"] = frozenset(r for h in heads for r in [body.one(h)]
                                              if r and body.kinds.get(r) == "media")
    return memo["reporting_outlets"]


def _name_keys(name: str) -> set[str]:
    """The distinctive words of an outlet's name, and the name run together as a web address
    writes it ("Washington Post" -> {"washington", "washingtonpost"})."""
    words = [w for w in name.lower().replace("'s", "").split() if w.isalnum()]
    return {w for w in words if w not in cues()["outlet_words"]} | {"".join(words)}


def _publisher_keys(resolver: Resolver) -> set[str]:
    """What names the article's own outlet: its name's words and its web address's distinctive
    labels ("www.bbc.co.uk" -> "bbc")."""
    article = resolver.ctx.article
    keys = _name_keys(article.outlet) if article.outlet else set()
    host = urlparse(article.url).hostname if article.url else None
    if host:
        keys |= {label for label in host.split(".") if label not in cues()["web_address_labels"]}
    return keys


def of_publisher(ref: str, resolver: Resolver) -> bool:
    """True when the outlet `ref` is the article's own publisher or of its house ("BBC Radio 4" in
    a BBC News story)."""
    actor = resolver.ctx.document.actor(ref)
    keys = _publisher_keys(resolver)
    return bool(keys) and actor is not None and any(keys & _name_keys(n) for n in (actor.name, *actor.aliases))


def _own(ref: str, resolver: Resolver) -> bool:
    """True when the outlet `ref` is the article's own publisher or of its house, or one the
    article reports from."""
    return ref in reporting_outlets(resolver) or of_publisher(ref, resolver)


def by_own_outlet(found: Found, resolver: Resolver) -> bool:
    """True for an interview (read here or by the lexicon) with the article's own outlet: one of its
    targets, or an outlet the interview noun's phrase names ("an interview with the BBC's
    political editor X")."""
    if found.mode != interview_row().mode:
        return False
    word = found.trigger.word
    named = [resolver.actor_on(t) for t in word.subtree] if word.pos_ == "NOUN" else []
    return any(_own(r, resolver) for r in [*found.target, *named] if r and resolver.kinds.get(r) == "media")


def _said_to(verb: Token, nested: dict[int, list[Token]]) -> list[Token]:
    """The phrases naming whom `verb` was said to, by the dependencies or prepositions that
    outlet_verbs gives it ("told CNN", "spoke to Sidewire", "appeared on CNN"); `nested`: the
    sentence's prepositions hung below a verb's own phrases (`_nested_preps`)."""
    table = cues()["outlet_verbs"]
    ways = table.get(verb.lemma_.lower(), table["*"])
    heads = [c for c in verb.children if c.dep_ in ways and c.dep_ in _OBJECT_DEPS]
    heads += [o for p in ways if p not in _OBJECT_DEPS for o in prep_objects(verb, p)]
    # 'On "Face the Nation," X said': a programme's title the parser reads as a clause
    heads += [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ways
              for c in p.children if c.dep_ == "pcomp" and c.ent_type_]
    return heads + [o for p in nested.get(verb.i, []) if p.lower_ in ways for o in p.children if o.dep_ == "pobj"]


def _nested_preps(sent: Span) -> dict[int, list[Token]]:
    """The parser often hangs a phrase on a verb's own phrases ("blasted X as a disgrace on The
    Laura Ingraham Show"): each preposition below a noun, by the index of its nearest verb; not
    one below a noun of tenure ("supported Democrats during his time on MSNBC": he worked there)."""
    out: dict[int, list[Token]] = {}
    tenure = cues()["tenure_nouns"]
    for p in sent:
        verb = _clause_verb(p) if p.dep_ == "prep" and p.head.pos_ not in ("VERB", "AUX") \
            and p.head.lemma_.lower() not in tenure else None
        if verb is not None:
            out.setdefault(verb.i, []).append(p)
    return out


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above `tok`."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _interview_setting(noun: Token) -> tuple[Token, list[Token]] | None:
    """For the noun "interview", the clause it belongs to and the phrases naming its outlet there:
    its own modifiers ("an MSNBC interview"), its prepositions ("with CNN") and the dative of a
    verb it is the object of ("gave ABC News an interview")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != interview_row().lemma:
        return None
    named = [c for c in noun.children if c.dep_ in _NAME_DEPS]
    named += [o for p in interview_row().target for o in prep_objects(noun, p)]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        clause = noun.head
        named += [c for c in clause.children if c.dep_ in _OBJECT_DEPS and c != noun]
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "spoke about the debate in an interview with CNN": the parser may hang the phrase on the
        # verb's object; the clause is the verb's
        clause = noun.head.head
        for _ in range(_MAX_CLIMB):
            if clause.pos_ in ("VERB", "AUX") or clause.dep_ not in ("dobj", "pobj", "prep"):
                break
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return None
    else:
        return None
    return clause, named


def interviews(sent: Span, resolver: Resolver) -> list[Found]:
    """Each interview with an outlet the sentence reports that the lexicon's meeting words do not
    read, as a CONSULT (mode interview) between the one interviewed and the outlet."""
    found: list[Found] = []
    programmes = cues()["programme_nouns"]
    refs = [resolver.actor_on(t) for t in sent]
    told = any(t.lemma_.lower() == "tell" for t in sent) and any(_unknown_organization(r, resolver) for r in refs)
    if not told and not any(resolver.kinds.get(r or "") == "media" or t.lemma_.lower() in programmes
                            for t, r in zip(sent, refs)):
        return found  # no outlet named, no organization unknown told: most sentences
    nested = _nested_preps(sent)
    for word in sent:
        setting = _interview_setting(word)
        if setting is None and word.pos_ == "VERB":
            setting = (word, _said_to(word, nested))
        if setting is None or not setting[1]:
            continue
        clause, heads = setting
        media = list(dict.fromkeys(r for h in heads for r in outlets(h, resolver)))
        if not media:
            continue
        # "Pence was interviewed on CNN": the one interviewed is the passive's subject, unless the
        # passive names who spoke ("it was mentioned by X in an interview with Y")
        spoken = is_passive(clause) and clause.lemma_.lower() not in cues()["outlet_verbs"]
        agents = prep_objects(clause, "by") if spoken else []
        interviewed = agents or subjects(clause) or [c for c in clause.children if c.dep_ == "nsubjpass"]
        # unnamed sources ("officials told AFP") are how a report was sourced, no appearance
        speakers = [r for h in interviewed for r in resolver.phrase(h)
                    if r not in media and resolver.kinds.get(r) not in ("media", "group")]
        if not speakers:
            continue
        row = interview_row()
        trig = Trigger(row, word, clause, row.lemma)
        found.append(Found(trig, row.plover, row.cameo, row.mode, speakers, media,
                           negated=is_negated(clause), hypothetical=is_hypothetical(clause),
                           context=list(row.context), suppressed=is_conditional(clause)))
    return found
