"""Who said what: attributions read once per text field, shared by the quotes and claims stages.

An attribution ties a *holder* (an actor id) to reported *content* (a span of the text) through a
cue: a reporting verb ("said", "told NK News that"), "according to X", a statement or message
reproduced after a colon, or quotation marks attached to a speaker. The cue words live in
`data/reporting_cues.tsv`.

What is read, in text order, sentence by sentence:
  * direct speech: text in quotation marks with its speaker before (`X said: "..."`) or after
    (`"...," X said` / `"...," said X`); a paragraph opening with a quote mark and never closing it
    continues into the next paragraph that opens with one (each paragraph is its own quote); a
    quote paragraph with no cue continues the speaker of the paragraph before; a quotation a cue
    opened (`X said: "A. "B."`) is not ended by the cue of the next sentence;
  * reported speech: the complement clause of a reporting verb ("X noted that ...", "X said the
    talks were ..."), "according to X, ...", and speech acts whose content is the verb phrase
    ("expressed deep thanks to ...", "called on the government to ..."); the "that" clause of a
    statement noun whose maker the phrase names ("his assertion that ...", "the claim by X that ...");
  * reproduced statements: a sentence ending in a colon whose speaker or issuer is known
    ("... released the following press statement ...:", "The message said:") makes every following
    paragraph of the field a (not direct) statement of that holder, as state media print them;
  * signed texts: readers' letters, comments and posts printed with their writer's name or handle
    on a line after them (`signatures`) are the writer's (not direct) statements; a handle with no
    name becomes a person actor named by the handle.

Holders: a name or body in the subject phrase ("the Foreign Ministry spokesperson" -> the Foreign
Ministry, unless a person is named); a title alone ("the minister") -> the person the positions
stage last gave that title; "the message"/"the statement" -> its issuer ("sent a message", "a
message from X", "released a statement"); "the committee" -> the body last named with that noun
in its name; he/she -> the last person who spoke or was the topic of a main clause (a subject
before its verb, not a pronoun, not a list; a passive's "by" agent when its subject is no person);
they -> the last group, list or body named in the plural ("the Conservatives") in those places;
it -> the last body; we/I inside a reproduced statement -> its issuer. A passive reporting verb
("it can be said that") names no speaker. A plural common noun with no actor in it ("experts", "Palestinian
officials") becomes an actor of kind "group" named as written, so the holder is not lost.

Quotes versus claims (the one place this is decided, see `Attribution.claim`): a statement held by
a media outlet (actor kind "media") or by a generic analyst group (`assessor` rows: experts,
analysts, observers, ...) is a claim, an assessment the article attributes; every other holder
(person, state, party, government body, organization, other group) makes a quote.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.event_lexicon import agent_noun
from newsgraph.extract.event_roles import nearest_actor
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import is_honorific, is_title_head, read_tsv
from newsgraph.extract.participants import Resolver, names_party_member, names_party_post
from newsgraph.extract.pipeline import Context
from newsgraph.extract.signatures import is_handle, signed_texts
from newsgraph.model import Actor, ActorKind, Mention

OPENERS = '"\u201c'
CLOSERS = '"\u201d'
QUOTE_MARKS = OPENERS + CLOSERS
# Determiners of a phrase that points back at someone the article has already introduced.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Kinds whose people a description names by them ("a Labour MP", "a White House aide"): a state's
# demonym ("a Russian official") names the state's people, which news codes as the state.
_MEMBER_BODIES = frozenset({"party", "organization", "government_body", "legislature"})
# Kinds that speak as institutions ("it said"), as opposed to people and groups.
BODY_KINDS = frozenset({
    "state", "organization", "party", "government_body", "military", "legislature", "media",
    "university", "international_organization",
})
# State media close a dispatch with an end mark ("-0-"); it is not part of the statement.
_END_MARK = re.compile(r"\s*-\s*0\s*-\s*$")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("advcl", "conj", "xcomp", "ccomp", "relcl")


@dataclass(frozen=True)
class Cues:
    """The rows of reporting_cues.tsv by kind."""

    verbs: dict[str, str]
    particles: dict[tuple[str, str], str]
    listeners: frozenset[str]
    documents: frozenset[str]
    issuers: frozenset[str]
    assessors: frozenset[str]
    audiences: frozenset[str]
    evidence: frozenset[str]
    nouns: frozenset[str]
    quantifiers: frozenset[str]


@functools.lru_cache(maxsize=1)
def cues() -> Cues:
    """The attribution cues, loaded once."""
    verbs: dict[str, str] = {}
    particles: dict[tuple[str, str], str] = {}
    sets: dict[str, set[str]] = {k: set() for k in ("listener", "document", "issue", "assessor", "audience", "evidence", "noun",
                                                      "quantifier")}
    for row in read_tsv("reporting_cues.tsv"):
        cue, kind = row[0].lower(), row[1]
        content = row[2] if len(row) > 2 else ""
        if kind == "verb":
            verbs[cue] = content
        elif kind == "particle":
            verb, particle = cue.split()
            particles[(verb, particle)] = content
        elif kind in sets:
            sets[kind].add(cue)
        else:
            raise ValueError(f"reporting_cues.tsv: unknown kind {kind!r} for {cue!r}")
    return Cues(verbs, particles, frozenset(sets["listener"]), frozenset(sets["document"]),
                frozenset(sets["issue"]), frozenset(sets["assessor"]), frozenset(sets["audience"]),
                frozenset(sets["evidence"]), frozenset(sets["noun"]), frozenset(sets["quantifier"]))


@functools.lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    """Nouns of a part of a collective ("group", "members", "thousands"): collectives.tsv's parts."""
    return frozenset(row[0].lower() for row in read_tsv("collectives.tsv") if row[1] == "part")


@dataclass(frozen=True)
class Attribution:
    """Content [start, end) of `field` that `holder` said, wrote or holds."""

    holder: str
    start: int
    end: int
    field: str
    direct: bool
    told: str | None
    claim: bool


@dataclass(frozen=True)
class _Region:
    """Text inside quotation marks (marks excluded); regions of one multi-paragraph quote share `chain`."""

    start: int
    end: int
    chain: int
    at_paragraph_start: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank line: news paragraphs are lines."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def quote_regions(text: str, paras: list[tuple[int, int]]) -> list[_Region]:
    """Spans in quotation marks, straight or curly, one per paragraph piece.

    A mark is an opener when it follows a space (or starts the paragraph) and a letter follows it,
    a closer when it follows a non-space. An opener inside an open quote starts a new piece of the
    same quote: some sources run the paragraphs of one quotation into a single line
    (`"First point. "Second point," he said.`).
    """
    regions: list[_Region] = []
    chain, open_from, open_lead = 0, None, False
    for p_start, p_end in paras:
        if open_from is not None:  # an unclosed quote: it continues only where the next paragraph opens one
            regions.append(_Region(open_from, p_start, chain, open_lead))
            open_from = None
            if text[p_start] not in OPENERS:
                chain += 1
        else:
            chain += 1
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in QUOTE_MARKS:
                continue
            before = text[i - 1] if i > p_start else " "
            after = text[i + 1] if i + 1 < p_end else " "
            opener = ch == "\u201c" or (ch == '"' and (before.isspace() or before in "([-\u2014") and not after.isspace())
            if open_from is None and opener:
                open_from, open_lead = i + 1, i == p_start
            elif open_from is not None and opener and i > open_from:
                regions.append(_Region(open_from, i, chain, open_lead))
                open_from, open_lead = i + 1, False
            elif open_from is not None and not before.isspace() and i > open_from:
                regions.append(_Region(open_from, i, chain, open_lead))
                open_from = None
                chain += 1
    if open_from is not None:
        regions.append(_Region(open_from, len(text), chain, open_lead))
    return [r for r in (_trim(text, r) for r in regions) if r.end > r.start]


def _trim(text: str, r: _Region) -> _Region:
    start, end = r.start, r.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" + QUOTE_MARKS):
        end -= 1
    return _Region(start, end, r.chain, r.at_paragraph_start)


def find_attributions(ctx: Context) -> list[Attribution]:
    """Every attribution in the article's fields, in text order (see the module docstring).

    Read once per article: the quotes and claims stages both ask, so the result is memoised on ctx.
    """
    cached = ctx.memo.get("attributions")
    if cached is None:
        cached = ctx.memo["attributions"] = [
            a for name, doc in ctx.docs.items() for a in _Reader(ctx, name, doc).read()]
    return cached


# heads of a phrase for the one a body speaks through ("a Labour spokesman", "the ministry's spokeswoman")
_SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")


@dataclass
class _Reader:
    """Reads one field's Doc in text order, keeping who spoke last for pronouns and documents."""

    ctx: Context
    field_name: str
    doc: Doc
    out: list[Attribution] = field(default_factory=list)
    # people who were topics, oldest first: "he"/"she" is the last one its gender fits
    persons: list[str] = field(default_factory=list)
    # "they": an actor id, or the head of a plural subject with no actor, resolved only when a
    # "they" speaks (a subject that never speaks must not become an actor)
    last_plural: str | Token | None = None
    last_body: str | None = None
    last_issuer: str | None = None
    block_holder: str | None = None
    block_paragraph: int = 0
    used: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.regions = quote_regions(self.text, self.paras)
        self.region_starts = [r.start for r in self.regions]
        self.chain_holder: dict[int, str] = {}
        self.mentions = sorted(
            ((m.start, m.end, a) for a in self.ctx.document.actors for m in a.mentions if m.field == self.field_name),
            key=lambda mention: mention[:2],  # two actors may share a span; actors do not order
        )
        self.mention_starts = [s for s, _, _ in self.mentions]
        self.issuer_sentence: int | None = None

    # ---- the walk -------------------------------------------------------------------------
    def read(self) -> list[Attribution]:
        emitted_paragraphs: set[int] = set()
        for sent in self.doc.sents:
            para = self._paragraph_of(sent.start_char)
            if self.block_holder and para > self.block_paragraph and para not in emitted_paragraphs:
                emitted_paragraphs.add(para)
                if self._quotes_own_speaker(para):
                    self.block_holder = None  # 'Limbaugh added:' ... 'Mook told CBS, "..."': a new voice
                else:
                    self._emit_paragraph(para)
            self._track_issuer(sent)
            for tok in sent:
                self._cue(tok, sent)
            self._unattached_regions(sent)
            if self.issuer_sentence == sent.start and self.block_holder != self.last_issuer \
                    and _ends_with_colon(sent, sent[0]):
                self._start_block(self.last_issuer, sent)  # "... issued the following press statement:"
            self._track_subject(sent)
        self._fill_chains()
        self._signed()
        return _dedupe(self.out)

    def _signed(self) -> None:
        """Letters, comments and posts signed by their writer (`signatures`): each paragraph is the
        writer's statement, in the writer's own words but not in quotation marks. A handle with
        no name stands for its writer as a person actor named by the handle."""
        for signed in signed_texts(self.doc, self.paras, self._names_person):
            start, end = signed.writer
            writer = ensure_actor(self.ctx, self.text[start:end], "person", start, end, self.field_name) \
                if signed.handle else self._person_at(start, end)
            for p_start, p_end in signed.paragraphs:
                self._add(writer, p_start, p_end, direct=False, told=None)

    def _person_at(self, start: int, end: int) -> str | None:
        """The person actor with a mention inside [start, end)."""
        i = bisect_right(self.mention_starts, end) - 1
        while i >= 0 and self.mentions[i][0] >= start:
            s, e, actor = self.mentions[i]
            if e <= end and actor.kind == "person":
                return actor.id
            i -= 1
        return None

    def _names_person(self, start: int, end: int) -> bool:
        return self._person_at(start, end) is not None

    def _quotes_own_speaker(self, para: int) -> bool:
        """A reporting cue of the paragraph introduces or closes a quotation of its own ('Mook told
        CBS, "..."'), so the paragraph is no longer part of a statement reproduced after an earlier
        colon (whose own quotation marks and verbs, "the so-called "declaration" claims", do not end it)."""
        span = self.doc.char_span(*self.paras[para], alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            subj = _subject(t) if _frame(t) is not None and self._region_at(t.idx) is None else None
            if subj is not None and self._attached_regions(t, subj, t.sent):
                return True
        return False

    def _closed_by_cue(self, r: _Region) -> bool:
        """The sentence that closes the quotation names its speaker ('"A. B," said X.'): the cue
        comes later in the walk, so the quotation must wait for it."""
        last = self.doc.char_span(r.end - 1, r.end, alignment_mode="expand")
        return last is not None and self._cue_between(r.end, last.sent.end_char)

    def _closed_by_name(self, r: _Region) -> bool:
        """The sentence that closes the quotation names its speaker by name, not by a pronoun
        ('"...," lawyer Y said', not '"...," she said')."""
        last = self.doc.char_span(r.end - 1, r.end, alignment_mode="expand")
        span = self.doc.char_span(r.end, last.sent.end_char, alignment_mode="expand") if last is not None else None
        return span is not None and any(
            _frame(t) is not None and (subj := _subject(t)) is not None and subj.pos_ != "PRON" for t in span)

    def _cue_between(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(
            _frame(t) is not None and self._region_at(t.idx) is None and _subject(t) is not None for t in span)

    def _emit_paragraph(self, para: int) -> None:
        start, end = self.paras[para]
        body = _END_MARK.sub("", self.text[start:end])
        end = start + len(body.rstrip())
        inside = [r for r in self.regions if r.start <= start + 1 and r.end >= end - 1]
        for i, r in enumerate(self.regions):
            if start <= r.start and r.end <= end:
                self.used.add(i)
        if end > start:
            self._add(self.block_holder, start, end, direct=bool(inside), told=None)

    def _cue(self, tok: Token, sent: Span) -> None:
        if tok.lower_ == "according" and self._region_at(tok.idx) is None:
            self._according(tok, sent)
            return
        frame = _frame(tok)
        if frame is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in cues().nouns \
                and self._region_at(tok.idx) is None:
            self._statement_noun(tok)
            return
        if frame is None or self._region_at(tok.idx) is not None:
            return
        if frame == "clause" and _passive(tok):
            return  # "it can be said that ...", "X is said to ...": nobody is named as saying it
        subj = _subject(tok)
        if subj is None:
            return
        if frame == "quoted":
            attached = self._quoted_in_object(tok)
            if attached and (holder := self._holder(subj)) is not None:
                for i in attached:
                    self._add_region(i, holder, None)
            return
        attached = self._attached_regions(tok, subj, sent)
        comp = _complement(tok)
        if comp is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in cues().nouns
                                    and getattr(_statement_clause(c), "i", None) == comp.i for c in tok.children):
            comp = None  # "confirmed her assertion that ...": the content is hers, the verb only answers it
        if comp is not None and subj in comp.subtree:
            comp = None  # '"...," said shadow health secretary X': a misread description holding the speaker
        span = _content_bounds(comp) if comp is not None else None
        if span is not None and any(self._overlaps_region(i, *span) for i in attached):
            span = None  # '"...," she said': the complement is the quotation itself
        if span is None and not attached and frame in ("phrase", "act"):
            span = _phrase_content(tok, subj)
        if span is None and not attached and frame == "clause" and _parenthetical(tok):
            # "The attack, he says, is just the latest example": the clause the cue interrupts
            span = _content_bounds(tok.head)
        colon = not attached and span is None and _ends_with_colon(sent, tok)
        if not (attached or span or colon):
            return
        # a name the parser ran into a fronted phrase (`_name_run_into`) stands only for an actor on it
        run_in = subj == _name_run_into(tok)
        holder = self._actor_on(subj, ("person",)) if run_in else self._holder(subj)  # may create a group actor
        if holder is None:
            return
        told = self._listener(tok)
        for i in attached:
            self._add_region(i, holder, told)
        if span is not None:
            self._mark_used(*span)
            self._add(holder, span[0], span[1], direct=False, told=told)
        if colon:
            self._start_block(holder, sent)

    def _according(self, tok: Token, sent: Span) -> None:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            return
        holder = self._holder(obj)
        if holder is None:
            return
        phrase = list(tok.subtree)
        if phrase[0].i > sent.start:  # "..., according to X."
            start, end = _strip(sent.doc, sent.start, phrase[0].i)
        else:  # "According to X, ..."
            after = phrase[-1].i + 1
            if after >= sent.end - 1:  # the parser hung the clause on the name: it starts after the comma
                after = next((t.i + 1 for t in sent.doc[obj.i:sent.end] if t.text == ","), after)
            start, end = _strip(sent.doc, after, sent.end)
        if end > start:
            self._add(holder, start, end, direct=False, told=None)

    def _statement_noun(self, noun: Token) -> None:
        """A statement named by its content: "his assertion that the media is rigging the polls",
        "Hale's claim that ...", "the allegation by X that ...", "a Law Lords ruling that ...". Only a
        maker the phrase itself names (its possessor, a name before it, a "by"/"from" phrase) holds
        it: in "she rejected the claim that ..." the subject answers the claim, it did not make it."""
        clause = _statement_clause(noun)
        if clause is None:
            return
        maker = next((c for c in noun.children if c.dep_ == "poss"), None)
        if maker is None:  # "a Law Lords ruling that ...", "a Labour claim that ...": a name before the noun
            maker = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if maker is None:  # the parser may hang "by X" on the verb: "dismissed the allegation by X that"
            prep = next((c for c in (*noun.children, *noun.head.children) if c.dep_ in ("prep", "agent")
                         and c.lower_ in ("by", "from") and noun.i < c.i < clause.i), None)
            maker = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        span = _content_bounds(clause)
        if maker is None or span is None:
            return
        holder = self._holder(maker, remember=False)  # a possessor is no topic for the next "he"
        if holder is None:
            return
        self._mark_used(*span)
        self._add(holder, span[0], span[1], direct=False, told=None)

    def _unattached_regions(self, sent: Span) -> None:
        for i, r in enumerate(self.regions):
            if i in self.used or not (sent.start_char <= r.start < sent.end_char):
                continue
            holder = None
            if self.issuer_sentence == sent.start and self.last_issuer:
                holder = self.last_issuer  # 'released a statement titled "..."'
            elif self.out and not self.out[-1].claim:
                prev, para = self.out[-1], self._paragraph_of(r.start)
                if r.at_paragraph_start and self._paragraph_of(prev.start) >= para - 1 \
                        and not self._closed_by_cue(r):
                    holder = prev.holder  # a quote paragraph continuing the last speaker
                elif self._paragraph_of(prev.start) == para and self._follows(prev, r, sent):
                    # '"A," she said on Monday. "B."', 'She said A was a "shambles". "B."': B is still hers
                    holder = prev.holder
            if holder is not None:
                self._add_region(i, holder, None)

    def _follows(self, prev: Attribution, r: _Region, sent: Span) -> bool:
        """The quotation opens the sentence right after the one that ended with `prev`'s quotation:
        a quotation inside a later sentence of the writer's own is the writer's ("It will turn on
        "the economy" ..."), not the last speaker's."""
        if not _only_marks(self.text[sent.start_char:r.start]) or sent.start == 0:
            return False
        return prev.end >= self.doc[sent.start - 1].sent.start_char

    def _fill_chains(self) -> None:
        for i, r in enumerate(self.regions):
            holder = self.chain_holder.get(r.chain)
            if holder and i not in self.used:
                self._add_region(i, holder, None)

    # ---- cues -------------------------------------------------------------------------------
    def _listener(self, tok: Token) -> str | None:
        if tok.lemma_.lower() not in cues().listeners:
            return None
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "iobj")), None)
        if obj is None or obj.lemma_.lower() in cues().audiences:
            return None
        return self._actor_on(obj) or self._actor_in(obj)

    def _attached_regions(self, verb: Token, subj: Token, sent: Span) -> list[int]:
        """Quotes this cue introduces (`X said: "..."`) or closes (`"...," X said`)."""
        left = min(min(t.idx for t in subj.subtree), verb.idx)
        right_tokens = [t for c in verb.children if c.dep_ in ("nsubj", "dobj", "dative", "npadvmod", "prep")
                        and c.i > verb.i for t in c.subtree]
        right = max([verb.idx + len(verb.text)] + [t.idx + len(t.text) for t in right_tokens])
        found = []
        for i, r in enumerate(self.regions):
            if i in self.used:
                continue
            before = self.text[r.end:left]
            after = self.text[right:r.start]
            if r.end <= left and _only_marks(before) and r.end >= sent.start_char - 2:
                # a quote an earlier cue opened, whose piece ends its sentence, is not this cue's:
                # 'X said: "A. "B." The chairman, Y warned ...' (but '"..., "B," she said' is hers)
                if r.chain not in self.chain_holder or self.text[r.end - 1] not in ".!?":
                    found.append(i)
            elif r.start >= right and (_only_marks(after) or after.strip(' :,"\u201c\n') == "that") \
                    and not (any(c in after for c in ".!?") and self._closed_by_name(r)):
                # a quotation after the cue's sentence has ended is its speaker's, unless it names
                # its own: 'X ruled on Monday. "...," lawyer Y said.'
                found.append(i)
        return found

    def _quoted_in_object(self, verb: Token) -> list[int]:
        """Quotations inside what follows the verb ('likened them to a "vicious snake"', 'dubbed
        the plan "a tax trap"'): the speaker's own words, quoted as the verb characterises."""
        after = [t for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")
                 for t in c.subtree]
        if not after:
            return []
        start, end = after[0].idx, max(t.idx + len(t.text) for t in after)
        return [i for i, r in enumerate(self.regions) if i not in self.used and start <= r.start and r.end <= end + 1]

    def _start_block(self, holder: str, sent: Span) -> None:
        para = self._paragraph_of(sent.start_char)
        if para + 1 >= len(self.paras):
            return
        nxt = self.paras[para + 1][0]
        if self.text[nxt] in OPENERS:
            return  # 'X said:' followed by a quoted paragraph: the quote attaches to the cue
        self.block_holder, self.block_paragraph = holder, para

    # ---- holders ----------------------------------------------------------------------------
    def _holder(self, tok: Token, remember: bool = True) -> str | None:
        """The actor a speaker phrase names; with `remember`, it becomes what its pronoun refers to next."""
        low = tok.lower_
        if tok.pos_ == "PRON":
            if low in ("he", "she", "his", "her"):  # "his assertion that ..." is his
                return self._topic_person(tok)
            if low in ("they", "their"):
                plural = self.last_plural
                if isinstance(plural, Token):  # "the speakers", "ministers": who the phrase stands for
                    return Resolver(self.ctx, self.field_name).one(plural)
                return plural
            if low in ("it", "its"):
                return self.last_body
            if low in ("we", "i") and self.block_holder and self._paragraph_of(tok.idx) > self.block_paragraph:
                return self.block_holder
            return None
        if tok.lemma_.lower() in cues().documents and not self._actor_on(tok):
            return self.last_issuer
        if is_handle(tok.text) and not self._actor_on(tok):  # "@janeroe42 tweeted: ..."
            holder = ensure_actor(self.ctx, tok.text, "person", tok.idx, tok.idx + len(tok.text), self.field_name)
            if remember:
                self._remember(holder, False)
            return holder
        # "The registered Democrat, who ...": one member of the party, not the party
        resolver = Resolver(self.ctx, self.field_name)
        body = self._member_body(tok)
        if body is not None:
            # "..., a Labour backbencher has said. Derek Wyatt said ...", "one Republican senator
            # said": one of the body's people speaks for themself, never the body
            holder = resolver.introduced(tok) or self._named_in_apposition(tok) or self._description(tok, body)
        elif _names_outlet(tok):
            # "the influential US daily wrote": the outlet named nearest before, never its state
            holder = self._outlet_before(tok) or self._actor_on(tok)
        else:
            holder = resolver.one(tok) if names_party_member(tok) else self._actor_on(tok) or self._body_described(tok)
        if holder is None and (is_title_head(tok.lemma_) or tok.lemma_.lower() in _SPOKESPEOPLE):
            holder = self._named_in_apposition(tok) or self._by_title(tok) or self._actor_in(tok)
        if holder is None and is_title_head(tok.lemma_):
            # "the prime minister said", the post tied to no name in the article: its holder of record
            holder = resolver.post_holder(tok)
        # "experts said", "war veterans said": people speak; "polls show", "figures suggest" are
        # what shows a claim (reporting_cues evidence), no speaker
        if holder is None and tok.tag_ in ("NNS", "NNPS") and tok.pos_ in ("NOUN", "PROPN") \
                and tok.lemma_.lower() not in cues().evidence:
            holder = self._group(tok)
        if holder is None:
            # "..., a Labour backbencher has said. Derek Wyatt said ...": the person named next
            holder = resolver.introduced(tok) or self._actor_in(tok)
        if holder is None and tok.lemma_.lower() in _part_words():
            holder = self._part_group(tok)
        if holder is None and self._unnamed_person(tok):
            holder = self._description(tok, None)  # "a senior official said": no one the article names
        if remember:
            self._remember(holder, _is_plural(tok))
        return holder

    def _outlet_before(self, tok: Token) -> str | None:
        """The news outlet named nearest before `tok` (else first after), given a mention here so
        the statement's holder points at its words."""
        found = nearest_actor(Resolver(self.ctx, self.field_name), tok.left_edge.idx, lambda a: a.kind == "media")
        actor = self.ctx.document.actor(found[0]) if found else None
        if actor is None:
            return None
        add_mention(self.ctx, actor, tok.left_edge.idx, tok.idx + len(tok.text), self.field_name)
        return actor.id

    def _topic_person(self, pronoun: Token) -> str | None:
        """The last topic person whose gender, where the article marks it, fits the pronoun
        ("Trump spoke after Clinton. She said ..." is Clinton); where no topic fits, the last
        person named before it who does ("Senator Jane Hale scolded him: '...,' she said")."""
        wanted = gazetteer().pronoun_genders.get(pronoun.lower_)
        resolver = Resolver(self.ctx, self.field_name)
        for ref in reversed(self.persons):
            actor = self.ctx.document.actor(ref)
            if actor is not None and resolver.gender(actor) in (None, wanted):
                return ref
        named = resolver.pronoun(pronoun) if self.persons else None
        actor = self.ctx.document.actor(named) if named else None
        return named if actor is not None and actor.kind == "person" else None

    def _remember(self, actor_id: str | None, plural: bool) -> None:
        """Make the actor the one its pronoun refers to next: he/she a person, they a group or a
        body named in the plural ("the Conservatives"), it a body."""
        actor = self.ctx.document.actor(actor_id) if actor_id else None
        if actor is None:
            return
        if actor.kind == "group" or (plural and actor.kind != "person"):
            self.last_plural = actor_id
        elif actor.kind == "person":
            self.persons.append(actor_id)
        elif actor.kind in BODY_KINDS:
            self.last_body = actor_id

    def _body_described(self, tok: Token) -> str | None:
        """'the committee', 'the party': the body `participants.Resolver.definite` finds, given a
        mention here so the quote's speaker points at its words."""
        ref = Resolver(self.ctx, self.field_name).definite(tok)
        actor = self.ctx.document.actor(ref) if ref else None
        if actor is None:
            return None
        start = tok.left_edge.idx if tok.left_edge.dep_ == "det" else tok.idx
        add_mention(self.ctx, actor, start, tok.idx + len(tok.text), self.field_name)
        return actor.id

    def _is_person_phrase(self, tok: Token) -> bool:
        if tok.pos_ == "PRON":
            return tok.lower_ in ("he", "she", "i", "we")
        return self._actor_on(tok, kinds=("person",)) is not None

    def _named_in_apposition(self, tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ == "appos":
                found = self._actor_on(child, kinds=("person",))
                if found:
                    return found
        return None

    def _by_title(self, tok: Token) -> str | None:
        """'the minister', "Scotland's justice minister" -> the person the positions stage gave a title
        with these words: the last before the phrase, else the first after it (a lede names the
        title before the person)."""
        if any(c.dep_ == "prep" for c in tok.children):
            return None  # 'spokesman for the Foreign Ministry' names its body instead
        words = {tok.lemma_.lower()} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
        matching = [p for p in self.ctx.document.positions
                    if p.evidence.field == self.field_name and words <= set(p.title.lower().split())]
        before = [p for p in matching if p.evidence.start < tok.idx]
        if before:
            return max(before, key=lambda p: p.evidence.start).holder
        return min(matching, key=lambda p: p.evidence.start).holder if matching else None

    def _member_body(self, tok: Token) -> Actor | None:
        """The party or body a phrase describes its people by, without naming them: a noun for
        people (agents.tsv kind group, or a post) that the body's name modifies, after no definite
        determiner or owner ("a Labour backbencher", "one Republican senator",
        "Democratic senators"; not "the Labour leader", whom positions may name). A spokesman
        is no such description: news has the body speak through them."""
        if tok.pos_ not in ("NOUN", "PROPN") or self._actor_on(tok) or tok.lemma_.lower() in _SPOKESPEOPLE or any(
                t.dep_ == "poss" or t.lower_ in _DEFINITE for t in tok.lefts):
            return None
        row = agent_noun(tok.lemma_)
        if not (is_title_head(tok.lower_) or (row is not None and row.kind == "group")):
            return None
        owners = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        return next((actor for c in owners for s, _, actor in self._mentions_between(c.idx, c.idx + len(c.text))
                     if s <= c.idx and actor.kind in _MEMBER_BODIES), None)

    def _unnamed_person(self, tok: Token) -> bool:
        """Whether the phrase brings in one new person by a post or a noun for people in public
        life ("a senior official", "an aide familiar with the talks"), whom the article does not
        name; "a person", "a resident" (civilians, CVL) are as likely anyone at all ("it is an
        offence for a person to make a false declaration")."""
        row = agent_noun(tok.lemma_)
        return tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(t.lower_ in ("a", "an", "one") for t in tok.lefts) \
            and (is_title_head(tok.lower_) or (row is not None and row.kind == "group" and row.sector != "CVL"))

    def _description(self, tok: Token, body: Actor | None) -> str:
        """A group actor for a description of one or more of a body's people ("Republican senator"
        for "one Republican senator"), as written from its first modifier to its head; it keeps the
        body's country and sector, as event coding reads them ("a Labour spokesman" is British)."""
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "predet", "nummod")
                 and t.lower_ not in cues().quantifiers]
        start, end = words[0].idx, tok.idx + len(tok.text)
        ref = ensure_group(self.ctx, self.text[start:end], start, end, self.field_name)
        group = self.ctx.document.actor(ref)
        if group is not None and body is not None:
            group.country = group.country or body.country
            group.sector = group.sector or body.sector
        return ref

    def _group(self, tok: Token) -> str:
        """An actor of kind group for a plural common noun phrase ("experts", "Palestinian officials")."""
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "predet")]
        start, end = words[0].idx, tok.idx + len(tok.text)
        name = self.text[start:end]
        return ensure_group(self.ctx, name, start, end, self.field_name)

    def _part_group(self, tok: Token) -> str | None:
        """A group actor for "a group of black parents": a collective part of plural people that
        names no actor, as written up to the people noun."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if people is None or people.tag_ != "NNS":
            return None
        first = next(t for t in tok.subtree if t.dep_ not in ("det", "punct", "predet"))
        end = people.idx + len(people.text)
        return ensure_group(self.ctx, self.text[first.idx:end], first.idx, end, self.field_name)

    def _actor_on(self, tok: Token, kinds: tuple[str, ...] | None = None) -> str | None:
        """The actor named by the token itself or its compound/flat name parts."""
        parts = [tok] + [c for c in tok.children if c.dep_ in ("compound", "flat", "amod") and c.i < tok.i]
        for start, end, actor in self._mentions_between(min(t.idx for t in parts), tok.idx + len(tok.text)):
            if start <= tok.idx < end and (kinds is None or actor.kind in kinds):
                return actor.id
        return None

    def _actor_in(self, tok: Token) -> str | None:
        """The most specific actor named anywhere in the token's phrase: person, then body, then state."""
        tokens = _phrase_tokens(tok)
        start, end = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
        # "The GOP presidential nominee argued", "the registered Democrat said": the party of one
        # person's post, or of one member, is not the speaker
        of_one = names_party_post(tok) or names_party_member(tok)
        found = [a for s, _, a in self._mentions_between(start, end)
                 if not (of_one and s <= tok.idx and a.kind == "party")]
        if not any(a.kind in BODY_KINDS - {"state"} for a in found):
            found += self._bodies_named_in(self.text[start:end])
        for rank in (("person",), tuple(BODY_KINDS - {"state"}), ("state",), ("group", "region")):
            for actor in found:
                if actor.kind in rank:
                    return actor.id
        return None

    def _bodies_named_in(self, phrase: str) -> list[Actor]:
        """Bodies the article knows whose name the phrase spells another way: "the Foreign Ministry of
        the DPRK" for "DPRK Foreign Ministry" (two thirds of the name's words, at least two)."""
        words = set(re.findall(r"\w+", phrase.lower()))
        found = []
        for actor in self.ctx.document.actors:
            if actor.kind in BODY_KINDS - {"state"}:
                name = set(re.findall(r"\w+", actor.name.lower())) - {"of", "the", "for", "and"}
                shared = len(name & words)
                if shared >= 2 and 3 * shared >= 2 * len(name):
                    found.append(actor)
        return found

    def _mentions_between(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        lo = bisect_right(self.mention_starts, start - 200)
        return [(s, e, a) for s, e, a in self.mentions[lo:] if s < end and e > start and s < end]

    # ---- memory across sentences ------------------------------------------------------------
    def _track_issuer(self, sent: Span) -> None:
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues().documents:
                continue
            issuer = self._issuer_of(tok)
            if issuer:
                self.last_issuer, self.issuer_sentence = issuer, sent.start

    def _issuer_of(self, doc_noun: Token) -> str | None:
        """Who issued a statement or message: "X's message", "a message (of greeting) from X", "a
        message sent by X", "X released/made public the following statement"."""
        phrase = {t.i for t in _phrase_tokens(doc_noun)}
        for t in doc_noun.subtree:
            if t.dep_ == "poss" and t.head.i == doc_noun.i and t.pos_ != "PRON":
                return self._holder(t)
            if t.dep_ in ("prep", "agent") and t.lower_ in ("from", "by") and t.i in phrase:
                return _first_holder(self, t)
            if t.dep_ == "agent" and t.head.dep_ == "acl" and t.head.head.i == doc_noun.i:
                return _first_holder(self, t)
        prep = doc_noun.head
        if doc_noun.dep_ == "pobj" and prep.lower_ == "in" and _frame(prep.head) is not None:
            subj = _subject(prep.head)  # "In a statement, the party said ...", "X said in a letter"
            return self._holder(subj) if subj is not None and subj.i != doc_noun.i else None
        verb = doc_noun
        for _ in range(3):  # "made public the following press statement" parses the noun under "public"
            if verb.head.i == verb.i:
                return None
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in cues().issuers:
                break
        else:
            return None
        for c in verb.children:
            if (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "agent":
                return _first_holder(self, c)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and subj.i != doc_noun.i and verb.lemma_.lower() != "receive":
            return self._holder(subj)
        return None

    def _track_subject(self, sent: Span) -> None:
        """Remember the topic of each main clause for the pronouns of the next sentences.

        A pronoun subject keeps the topic it refers to ("He was accompanied by A, B and C" leaves
        "he" with the leader); a subject after its verb is presented, not the topic ("Accompanying
        him were A, B and C"); a list of people is "they", never "he"; a passive whose subject is
        no person is the "by" agent's act ("His claims were denied by the foreign secretary").
        """
        for verb in [sent.root, *sent.root.conjuncts]:
            subj = _subject_child(verb)
            if subj is not None and subj.i > verb.i:
                continue
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            if passive and (subj is None or not self._is_person_phrase(subj)):
                subj = _passive_agent(verb) or subj
            if subj is None or subj.pos_ == "PRON" or self._region_at(subj.idx) is not None:
                continue
            found = self._actor_on(subj) or self._named_in_apposition(subj)
            actor = self.ctx.document.actor(found) if found else None
            person = actor is not None and actor.kind == "person"
            if person and not _is_list(subj):  # "Jimmy Hopkins" tagged plural is still one man
                self.persons.append(found)
            elif _is_plural(subj):
                self.last_plural = found if actor is not None and not person else subj
            elif actor is not None and actor.kind in BODY_KINDS - {"state"}:
                self.last_body = found

    # ---- output -----------------------------------------------------------------------------
    def _add_region(self, i: int, holder: str, told: str | None) -> None:
        r = self.regions[i]
        self.used.add(i)
        self.chain_holder.setdefault(r.chain, holder)
        self._add(holder, r.start, r.end, direct=True, told=told)

    def _add(self, holder: str, start: int, end: int, direct: bool, told: str | None) -> None:
        self.out.append(Attribution(holder, start, end, self.field_name, direct, told, self._is_claim(holder)))

    def _is_claim(self, holder: str) -> bool:
        actor = self.ctx.document.actor(holder)
        if actor is None:
            return False
        if actor.kind == "media":
            return True
        return actor.kind == "group" and actor.name.lower().split()[-1].rstrip("s") in cues().assessors

    def _mark_used(self, start: int, end: int) -> None:
        for i, r in enumerate(self.regions):
            if r.start < end and r.end > start:
                self.used.add(i)

    def _overlaps_region(self, i: int, start: int, end: int) -> bool:
        return self.regions[i].start < end and self.regions[i].end > start

    def _region_at(self, offset: int) -> int | None:
        i = bisect_right(self.region_starts, offset) - 1
        if i >= 0 and self.regions[i].start <= offset < self.regions[i].end:
            return i
        return None

    def _paragraph_of(self, offset: int) -> int:
        return max(bisect_right(self.para_starts, offset) - 1, 0)


def ensure_group(ctx: Context, name: str, start: int, end: int, field_name: str = "body") -> str:
    """Id of the group actor `name` (created if absent), with a mention at [start, end)."""
    return ensure_actor(ctx, name, "group", start, end, field_name)


def ensure_actor(ctx: Context, name: str, kind: ActorKind, start: int, end: int, field_name: str) -> str:
    """Id of the actor of that kind named `name` (created if absent), with a mention at [start, end)."""
    key = name.lower()
    actor = next((a for a in ctx.document.actors if a.kind == kind and a.name.lower() == key), None)
    if actor is None:
        taken = {a.id for a in ctx.document.actors}
        n = len(ctx.document.actors) + 1
        while f"a{n}" in taken:
            n += 1
        actor = Actor(id=f"a{n}", name=name, kind=kind)
        ctx.document.actors.append(actor)
    add_mention(ctx, actor, start, end, field_name)
    return actor.id


def add_mention(ctx: Context, actor: Actor, start: int, end: int, field_name: str) -> None:
    """Record that [start, end) of the field names `actor` (once)."""
    if not any(m.start == start and m.field == field_name for m in actor.mentions):
        text = ctx.article.field_text(field_name)[start:end]
        actor.mentions.append(Mention(start=start, end=end, text=text, field=field_name))
        ctx.reindex()


def _names_outlet(tok: Token) -> bool:
    """A phrase headed by a common noun for a news outlet ("the newspaper", "the US daily")."""
    row = agent_noun(tok.lemma_) if tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "nsubjpass") else None
    return row is not None and row.kind == "media"


def _is_plural(tok: Token) -> bool:
    """A plural noun phrase head: a plural noun ("sources", "the Conservatives") or a list ("A and B")."""
    if tok.pos_ == "PRON":
        return tok.lower_ == "they"
    return tok.tag_ in ("NNS", "NNPS") or _is_list(tok)


def _is_list(tok: Token) -> bool:
    """A coordination with "and" ("A, B and C": the "and" hangs on one of them)."""
    return any(c.dep_ == "cc" and c.lower_ == "and" for t in (tok, *tok.conjuncts) for c in t.children)


def _passive_agent(verb: Token) -> Token | None:
    """The object of the "by" agent of a passive verb or of the passive it governs ("is expected to
    be opposed by X")."""
    for _ in range(3):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return None
    return None


def _first_holder(reader: _Reader, prep: Token) -> str | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return reader._holder(obj) if obj is not None else None


def _frame(tok: Token) -> str | None:
    """The reporting frame of a speech-act verb ("said", "expressed", "pointed out"), or None."""
    if (tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "amod") and _noun_read_verb(tok) is None:
        return None
    lemma = tok.lemma_.lower()
    for child in tok.children:
        frame = cues().particles.get((lemma, child.lower_))
        # the particle follows its verb: "called for talks", not "called X out for Y"
        if frame is not None and child.dep_ in ("prt", "prep") and child.i == tok.i + 1:
            return frame
    return cues().verbs.get(lemma)


def _noun_read_verb(tok: Token) -> Token | None:
    """The subject of a reporting verb the tagger read as a plural noun: "Trump claims that he ..."
    parses as a noun "claims" with "Trump" its compound and the clause its complement. The name
    must stand right before it and the clause must follow it; None when that is not the case."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or tok.i == 0:
        return None
    if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    name = tok.doc[tok.i - 1]
    return name if name.head.i == tok.i and name.dep_ == "compound" and name.pos_ == "PROPN" else None


def _opens_with_that(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children)


def _statement_clause(noun: Token) -> Token | None:
    """The "that" clause giving a statement noun's content: its own, or the one the parser hung on
    the verb whose object the noun is ("confirmed her assertion that ...", the clause right after).
    The parser may call it a relative clause; one whose "that" is a conjunction, not a pronoun, is not."""
    own = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                and _opens_with_that(c)), None)
    if own is not None or noun.dep_ != "dobj":
        return own
    # between the noun's phrase and the clause, at most its maker ("the allegation by X that ...")
    between = {noun.right_edge.i + 1}
    maker = next((c for c in noun.head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                  and c.i == noun.right_edge.i + 1), None)
    if maker is not None:
        between.add(maker.right_edge.i + 1)
    return next((c for c in noun.head.children if c.dep_ == "ccomp" and _opens_with_that(c)
                 and c.left_edge.i in between), None)


def _passive(verb: Token) -> bool:
    """A passive reporting verb: with its auxiliary ("is said to"), or a bare participle set off before
    or after its clause ("Asked by reporters why he left, X said ..."), whose subject the clause lends
    is the one spoken to, not the speaker."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ in _SUBJECTS for c in verb.children)


def _main_clause_act(tok: Token) -> Token | None:
    """The speech verb a subjectless speech act conjoined inside its complement belongs to.

    "X said that the people highly appreciate Y, and expressed the will to Z": the parse hangs
    "expressed" on "appreciate", but the clause reports X's two acts, so "expressed" is X's.
    """
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or any(c.dep_ in _SUBJECTS for c in tok.children):
        return None
    if _frame(tok) is None or _frame(head.head) is None:
        return None
    return head.head


def _other_say(tok: Token) -> bool:
    """"..., while the Tories said it was too small": a speech verb with a subject of its own in an
    adverbial clause after the complement's verb reports another party's words."""
    return tok.dep_ == "advcl" and tok.i > tok.head.i and _frame(tok) is not None \
        and any(c.dep_ in _SUBJECTS for c in tok.children)


def _subject_child(verb: Token) -> Token | None:
    """The verb's own subject. Of a description and a name set off by a comma, the name: the parser
    reads an apposition without its closing comma as a second subject ("The chairman of the
    society, Jane Roe warned"), and a quotation's subject as the verb's ('"The plan, ...," he
    said'); other doubles are one word split ("e-mail")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) < 2:
        return subjects[0] if subjects else _noun_read_verb(verb) or _name_run_into(verb) or _postposed_name(verb)
    first, last = subjects[0], subjects[-1]
    apposed = last.i < verb.i and any(t.text == "," for t in verb.doc[first.i:last.left_edge.i])
    return last if apposed and first.pos_ == "NOUN" and last.pos_ in ("PROPN", "PRON") else first


def _name_run_into(verb: Token) -> Token | None:
    """"In a speech to the Fabian Society Mr Straw said ...": with no comma after a fronted phrase
    the parser runs the name into the phrase's object and leaves the verb without a subject; the
    name right before the verb, after an honorific, is its subject."""
    if verb.i < 2 or verb.dep_ != "ROOT":
        return None
    name = verb.doc[verb.i - 1]
    return name if name.pos_ == "PROPN" and name.head != verb and is_honorific(verb.doc[verb.i - 2].text) else None


def _postposed_name(verb: Token) -> Token | None:
    """'"...," said Labour's former shadow health secretary Jane Roe.': after a quotation
    the parser may read a long description before the name as a clause of its own and leave the
    verb without a subject; a person's name ending the sentence, with no comma between, is it."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is None or not before.is_quote:
        return None
    rest = [t for t in verb.doc[verb.i + 1: verb.sent.end] if not t.is_space]
    while rest and rest[-1].is_punct:
        rest.pop()
    if not rest or any(t.is_punct or t.is_quote for t in rest) or rest[-1].ent_type_ != "PERSON":
        return None
    return rest[-1]


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the clause it hangs from ('..., adding that')."""
    tok = _main_clause_act(verb) or verb
    for _ in range(3):
        subj = _subject_child(tok)
        if subj is not None and tok.dep_ == "relcl" and _is_relative(subj):
            return tok.head  # "a press statement, which said:" -> the statement; "many of whom say"
        if subj is not None:
            return subj
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "responded by saying ..."
            tok = tok.head.head
            continue
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        if tok.dep_ == "relcl":  # "a spokesman who said ..."
            return tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
        tok = tok.head
    return None


def _is_relative(subj: Token) -> bool:
    """A relative pronoun subject, alone or as a part ("which", "who", "many of whom")."""
    if subj.tag_ in ("WDT", "WP"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ in ("WDT", "WP") for o in c.children)
               for c in subj.children)


_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp"))


def _phrase_tokens(top: Token) -> list[Token]:
    """The tokens of `top`'s phrase outside its relative, participial and complement clauses,
    in text order. Walks down once, so a very long sentence stays linear."""
    out, stack = [], [top]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _complement(verb: Token) -> Token | None:
    """The verb's complement clause. Of two, the one after the verb: the parser may take a clause
    fronted before the subject ("While he admitted X, she noted Y") for a second complement."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps:
        # "said in an editorial that X is ...": the parser may hang the complement on the
        # preposition's object as a relative clause, which no "that" opens as a mark
        comps = [r for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                 for r in o.children if r.dep_ == "relcl" and r.i > verb.i and _opens_with_that(r)]
        # "told the station's breakfast show that X was ...": or on whom it was said to, as a
        # clause whose "that" is a conjunction (a subject of its own follows it)
        comps += [r for o in verb.children if o.dep_ in ("dobj", "dative") for r in o.children
                  if r.dep_ in ("acl", "relcl") and r.i > verb.i and _opens_with_that(r)
                  and any(c.dep_ in ("nsubj", "nsubjpass") for c in r.children)]
    return next((c for c in comps if c.i > verb.i), comps[0] if comps else None)


def _parenthetical(verb: Token) -> bool:
    """A speech verb set off by commas inside the clause it reports ("X, he said, was Y"), with no
    complement of its own."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    # the commas setting it off, whether the parser gave them to the verb or to its clause
    opened = doc[left].text == "," or (left > 0 and doc[left - 1].text == ",")
    closed = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
    return verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i > verb.i \
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children) \
        and left > verb.head.left_edge.i and opened and closed


def _content_bounds(comp: Token) -> tuple[int, int] | None:
    # a speech act conjoined to the complement is the speaker's next act, not part of what was said;
    # another party's say hung on it ("X was fair, while the Tories said ...") is that party's
    stop = min((c.left_edge.i for c in comp.children if _main_clause_act(c) is not None or _other_say(c)),
               default=len(comp.doc))
    tokens = [t for t in comp.subtree if t.i < stop]
    while stop < len(comp.doc) and tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
        tokens.pop()  # the ", and" joining the act
    i, j = 0, len(tokens)
    while i < j and (tokens[i].dep_ == "mark" and tokens[i].lower_ in ("that", "whether", "if") or tokens[i].is_punct):
        i += 1
    while j > i and tokens[j - 1].is_punct and tokens[j - 1].text not in ")":
        j -= 1
    if i >= j:
        return None
    return tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text)


def _phrase_content(verb: Token, subj: Token) -> tuple[int, int] | None:
    """The verb phrase after a speech-act verb ('expressed deep thanks to X for ...')."""
    if not any(c.dep_ in ("dobj", "xcomp", "prep", "dative", "prt") and c.i > verb.i for c in verb.children):
        return None
    subject = {t.i for t in subj.subtree}
    tokens = [t for t in verb.subtree if t.i > verb.i and t.i not in subject]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "prt"):
        tokens.pop(0)
    if len(tokens) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _strip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return 0, 0
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _only_marks(text: str) -> bool:
    return not text.strip(" ,.:;!?\n" + QUOTE_MARKS)


def _ends_with_colon(sent: Span, verb: Token) -> bool:
    last = [t for t in sent if not t.is_space]
    return bool(last) and last[-1].text == ":" and last[-1].i > verb.i


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """Drop repeats and content that sits inside a longer statement of the same holder."""
    keep: list[Attribution] = []
    for a in sorted(found, key=lambda a: (a.start, -(a.end - a.start))):
        if any(k.holder == a.holder and k.field == a.field and k.start <= a.start and a.end <= k.end for k in keep):
            continue
        keep.append(a)
    return keep
