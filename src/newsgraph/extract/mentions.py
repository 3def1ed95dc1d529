"""Typed actor mentions read off one field's Doc: the actors stage merges them into actors.

A `Mention` here is one span with what it says about its actor: kind, the name it gives, country,
sector and how it names the actor (`role`): a full name, a short form ("Petrov", "Mr Straw"), an
acronym, or a definite description ("the party"). Mentions come from the Doc's entities (repaired
by `spans`), from state words inside organisation names and inside hyphenated words ("U.S.-ROK"),
from acronyms defined in brackets ("Socialist Party of Serbia (SPS)"), and from plural
heads with coordinated complements ("the Ministries of Defense, Foreign Affairs, and Natural
Resources" -> three ministries). Repairs of the parser's organizations: a department word before a
title ("Health Secretary") is none, a name after a title ("Holyrood leader Ann Fyfe") is a person,
and bodies first named in readers' comments below a web article are dropped (`comments_start`).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.extract.bodies import complement_head
from newsgraph.extract.countries import person_country, state_in
from newsgraph.extract.event_lexicon import agent_noun, cues
from newsgraph.extract.gazetteer import Known, gazetteer
from newsgraph.extract.lexicon import is_bearing, is_honorific, is_title_head, is_title_word, read_tsv
from newsgraph.extract.names import fold, is_name_word, surname_countries
from newsgraph.extract.office_holders import holder_family_names
from newsgraph.extract.peoples import ethnic_compound
from newsgraph.extract.states import MAX_STATE_TOKENS, form_of
from newsgraph.extract.titles import names_a_portfolio, post_table

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Readers' comments under a web article speak in the first person outside quotes; news copy puts
# anyone's "I" inside quotation marks. A run of comments follows some paragraphs of the article.
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y)\b")
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")
MIN_FIRST_PERSON = 2
MIN_ARTICLE_PARAGRAPHS = 3
_ACRONYM = re.compile(r"^[A-Z][A-Z&\-]{1,7}$")
_KIND_SECTOR = {
    "party": "PTY", "media": "MED", "government_body": "GOV", "military": "MIL", "legislature": "LEG",
    "university": "EDU", "international_organization": "IGO",
}


@dataclass
class Mention:
    """One span naming an actor, before mentions are merged into actors."""

    field: str
    start: int        # character offsets into the field's text
    end: int
    text: str
    kind: str
    name: str
    role: str = "full"  # full | short | acronym | definite
    country: str | None = None
    sector: str | None = None
    known: str | None = None  # the gazetteer's canonical name, when the name is a gazetteer entry
    cued: bool = False  # a short person name vouched for by a title or a clause it heads
    generic: bool = False  # a state word and a head noun only ("the Vietnamese party")
    paragraph: int = 0
    aliases: list[str] = field(default_factory=list)
    modifier: bool = False  # the name modifies a noun after it ("Tory leader", "the Lib Dem stance")
    gender: str | None = None  # "F" or "M" where a form of address before a short name marks it ("Mrs. Trump")
    style: str | None = None  # the form of address right before a person's name, lower case ("sir", "mr")


def _mention(doc: Doc, fld: str, span: Span, kind: str, name: str, **extra: object) -> Mention:
    modifier = span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.i > span.root.i
    return Mention(field=fld, start=span.start_char, end=span.end_char, text=span.text, kind=kind, name=name,
                   modifier=modifier, **extra)


def _is_government_use(span: Span) -> bool:
    """A capital acts as its government: "Moscow's desire", "Seoul said", "ties between X and Y"."""
    root = span.root
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].is_space or doc[span.start - 1].text in ("(", "["):
        return False  # a dateline: "Pyongyang, May 5 (KCNA) --"
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return True
    if span.end < len(doc) and doc[span.end].text in ("'s", "\u2019s"):
        return True
    if root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "between":
        return True
    if root.dep_ == "compound" and gazetteer().head(head.lemma_) is not None:
        return True  # "the Kiev authorities", "Tokyo government"
    return False


def _org_kind(span: Span) -> tuple[str, str | None]:
    """Kind and sector of an organisation span from its head noun or the noun after it."""
    doc, gaz = span.doc, gazetteer()
    complemented = complement_head(span.text)
    if complemented is not None:
        return complemented.kind, complemented.sector
    words = [t.text for t in span]
    if "of" in words:
        words = words[: words.index("of")]
    for width in range(min(gaz.longest_head, len(words)), 0, -1):
        head = gaz.head(" ".join(words[-width:]))
        if head is not None:
            return head.kind, head.sector
    # "the Tory party", "Cosmopolitan magazine": a lower-case head after the name says its kind
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower:
        head = gaz.head(after.text)
        if head is not None and head.kind in ("party", "media"):
            return head.kind, head.sector
    return "organization", None


def _from_known(doc: Doc, fld: str, span: Span, known: Known) -> Mention | None:
    if known.kind == "place":
        return None
    role = "acronym" if _ACRONYM.match(span.text) else "short" if _party_modifier(span, known) else "full"
    sector = known.sector or _KIND_SECTOR.get(known.kind)
    return _mention(doc, fld, span, known.kind, span.text, role=role, country=known.country, sector=sector,
                    known=known.name)


def _party_modifier(span: Span, known: Known) -> bool:
    """A one-word party name qualifying a noun ("the Democratic nominee", "Labour leader", "Republican
    Jane Roe"): a short form, so the party's own name ("Democrats") names the actor where the text gives it."""
    doc = span.doc
    hyphenated = span.end + 1 < len(doc) and not span[-1].whitespace_ and doc[span.end].text == "-"
    return known.kind == "party" and len(span) == 1 and (
        span.root.dep_ in ("amod", "compound", "nmod", "npadvmod") or hyphenated)  # "Democratic-leaning"


def _person(doc: Doc, fld: str, span: Span, home: str | None) -> Mention | None:
    """A person mention; the span rules have already cut titles and forms of address off."""
    country = person_country(doc, span.start, span.end, home)
    before = doc[span.start - 1] if span.start > 0 else None
    style = before.text.rstrip(".").lower() if before is not None and is_honorific(before.text) else None
    # "Mr Kilroy-Silk": one hyphenated family name is a short form, though spaCy makes it three tokens
    if len(span.text.split()) > 1:
        return _mention(doc, fld, span, "person", span.text, country=country, style=style)
    if not is_name_word(span.text):
        return None
    cued = before is not None and (is_title_word(before.text) or is_honorific(before.text))
    cued = cued or (span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ == "VERB")
    # ("Erdogan met Putin": a holder of a post of public record is named by the family name alone)
    cued = cued or span.text in holder_family_names()
    gender = gazetteer().mark_genders.get(before.text.rstrip(".").lower()) if before is not None else None
    return _mention(doc, fld, span, "person", span.text, role="short", country=country, cued=cued,
                    gender=gender, style=style)


def _titled_name(span: Span, family_names: set[str]) -> bool:
    """An "organization" that is a person's name after their title: "Holyrood leader Nicola Adams",
    the text naming a person by its last word elsewhere ("Ms Adams said"), or apposed to the post
    ("its new president, Rodrigo Duterte").

    Two or three name words right after a title head, none a body's head noun, and no known body.
    """
    doc, gaz = span.doc, gazetteer()
    # "its new president, Rodrigo Duterte": a name apposed to a post is its holder's too
    apposed = span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN" and is_title_head(span.root.head.text)
    return ((span.start > 0 and is_title_head(doc[span.start - 1].text) and span[-1].text in family_names) or apposed) \
        and 2 <= len(span) <= 3 and not all(is_bearing(t.text) for t in span) \
        and span.text not in gaz.known and all(is_name_word(t.text) and gaz.head(t.text) is None for t in span)


def _place(doc: Doc, fld: str, span: Span) -> list[Mention]:
    gaz = gazetteer()
    known = gaz.known.get(span.text)
    if known is not None:
        found = _from_known(doc, fld, span, known)
        return [found] if found else []
    form = form_of(span.text)
    if form is not None:
        if form.form == "capital" and not _is_government_use(span):
            return []
        if ethnic_compound(span[-1]) is not None:
            return []  # "the African-American community": a people of the US, not a state acting
        return [_mention(doc, fld, span, "state", span.text, country=form.code)]
    head = gaz.head(span[-1].text)
    named = span[:-1].text
    if head is not None and head.kind == "region" and named and named not in gaz.known and not form_of(named):
        return [_mention(doc, fld, span, "region", span.text, country=state_in(doc, span.start, span.end))]
    return []


def _organization(doc: Doc, fld: str, span: Span) -> list[Mention]:
    known = gazetteer().known.get(span.text)
    if known is not None:
        found = _from_known(doc, fld, span, known)
        return [found] if found else []
    if names_a_portfolio(span) or _common_noun(span) or _names_a_law(span):
        return []
    kind, sector = _org_kind(span)
    role = "acronym" if _ACRONYM.match(span.text) else "full"
    stated = state_in(doc, span.start, span.end)
    country = stated or _known_country(span) or _trailing_state(doc, span.end)
    # "the Vietnamese party" is generic; "the Democratic Party", whose country is a known
    # party's, is that party
    generic = len(span) == 2 and stated is not None and gazetteer().head(span[-1].text) is not None
    out = [_mention(doc, fld, span, kind, span.text, role=role, country=country, sector=sector, generic=generic)]
    out += _inner(doc, fld, span)
    return out


def _common_noun(span: Span) -> bool:
    """A generic body's head noun alone names no body: "super PACs", "a PAC", "the Coalition" in a
    headline's capitals; the heads of state bodies ("Congress", "the Navy") do name one."""
    head = gazetteer().head(span.text)
    return head is not None and head.kind == "organization"


def _names_a_law(span: Span) -> bool:
    """"the Prevention of Terrorism Bill", "the Children Act", "a government White Paper": a law,
    bill or policy paper is a document, no body (event_cues legislation_nouns, and "act" or
    "paper" as a name's last word)."""
    last = span[-1]
    return len(span) > 1 and last.text[:1].isupper() and (
        last.lower_ in ("act", "paper") or last.lemma_.lower() in cues()["legislation_nouns"])


def _trailing_state(doc: Doc, end: int) -> str | None:
    """The state an "of" phrase after a body's name gives it, past its acronym: "the Supreme
    People's Assembly (SPA) of the DPRK" -> PRK."""
    if end + 2 < len(doc) and doc[end].text == "(" and _ACRONYM.match(doc[end + 1].text) and doc[end + 2].text == ")":
        end += 3
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    for width in range(min(MAX_STATE_TOKENS, len(doc) - end - 1), 0, -1):
        form = form_of(doc[end + 1:end + 1 + width].text)
        if form is not None and form.form != "capital":
            return form.code
    return None


def _known_country(span: Span) -> str | None:
    """Country of a known party or body a name is of: "Central Committee of the WPK" -> PRK."""
    for tok in span:
        if tok.lower_ == "of" or tok.i == span.start:
            start = tok.i + 1 if tok.lower_ == "of" else tok.i
            if start < span.end and span.doc[start].lower_ == "the":
                start += 1
            known = gazetteer().named(span.doc[start:span.end].text)
            if known is not None and known.country and known.kind not in ("region", "place"):
                return known.country  # a body's own state, never where it sits ("... of Crimea")
    return None


def _inner(doc: Doc, fld: str, span: Span) -> list[Mention]:
    """States and bodies named inside a body's name ("Russian Security Council", "... of the X Party of Y")."""
    out = []
    i = span.start
    while i < span.end:
        for width in range(min(MAX_STATE_TOKENS, span.end - i), 0, -1):
            form = form_of(doc[i:i + width].text)
            if form is not None and form.form != "capital":
                out.append(_mention(doc, fld, doc[i:i + width], "state", doc[i:i + width].text, country=form.code))
                i += width
                break
        else:
            i += 1
    for k in range(span.start + 1, span.end - 1):
        if doc[k].lower_ != "of":
            continue
        inner_start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        inner = doc[inner_start:span.end]
        kind, sector = _org_kind(inner)
        if len(inner) >= 2 and kind != "organization":
            country = state_in(doc, inner.start, inner.end) or _trailing_state(doc, inner.end)
            out.append(_mention(doc, fld, inner, kind, inner.text, country=country, sector=sector))
            break
    return out


def _hyphen_states(doc: Doc, fld: str, covered: set[int]) -> list[Mention]:
    """States inside one hyphenated token the tokenizer kept whole ("U.S.-ROK")."""
    out = []
    for tok in doc:
        if tok.i in covered or "-" not in tok.text[1:-1]:
            continue
        offset = tok.idx
        for piece in tok.text.split("-"):
            form = form_of(piece)
            if piece and form is not None and form.form != "capital":
                out.append(Mention(fld, offset, offset + len(piece), piece, "state", piece, country=form.code))
            offset += len(piece) + 1
    return out


def _coordinated_heads(doc: Doc, fld: str, span: Span) -> list[Mention]:
    """ "the Ministries of Defense, Foreign Affairs, and Natural Resources" -> one body per complement."""
    gaz = gazetteer()
    first = span[0]
    head = gaz.head(first.text)
    singular = gaz.singulars.get(first.lower_)
    if head is None or singular is None or len(span) < 3 or span[1].lower_ != "of":
        return []
    singular = singular.capitalize()
    parts: list[Span] = [span[2:]]
    i = span.end
    while i < len(doc):
        while i < len(doc) and doc[i].text in (",", "and"):
            i += 1
        j = i
        while j < len(doc) and (doc[j].text[:1].isupper() or (doc[j].lower_ == "and" and j + 1 < len(doc)
                                                                and doc[j + 1].text[:1].isupper() and j > i
                                                                and doc[j - 1].text != ",")):
            j += 1
        if j == i:
            break
        parts.append(doc[i:j])
        if j < len(doc) and doc[j].text not in (",", "and"):
            break
        i = j
    return [_mention(doc, fld, part, head.kind, f"{singular} of {part.text}", sector=head.sector)
            for part in parts]


@functools.lru_cache(maxsize=1)
def _owned_heads() -> dict[str, str]:
    """Lower-case heads a person's name can own -> the owned body's sector (`heads.tsv` column "owned")."""
    return {row[0]: row[4] for row in read_tsv("heads.tsv") if len(row) > 4 and row[4]}


def _bare_name(span: Span) -> bool:
    """A body NER found that is only name words, no head noun and no gazetteer entry: it may be a
    person's name ("Smith" of "the Smith campaign")."""
    gaz = gazetteer()
    return span.label_ == "ORG" and span.text not in gaz.known and all(
        is_name_word(t.text) and gaz.head(t.text) is None for t in span)


def _owned_body(doc: Doc, fld: str, span: Span) -> Mention | None:
    """The body a person's name leads, named by the name and a lower-case head after it (its
    possessive between): "the Obama administration", "Jane Roe's campaign" -> a body named so."""
    i = span.end
    if i < len(doc) and doc[i].text in ("'s", "\u2019s"):
        i += 1
    if i >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in _owned_heads() \
            or (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
        return None
    head = gazetteer().head(doc[i].text)
    body = doc[span.start:i + 1]
    return _mention(doc, fld, body, head.kind, body.text, sector=_owned_heads()[doc[i].lower_])


def _acronyms(doc: Doc, fld: str, mentions: list[Mention]) -> list[Mention]:
    """ "Long Name (ACR)": ACR is an alias of the mention before it; every later ACR mentions it too."""
    out = []
    by_end = {m.end: m for m in mentions if m.kind not in ("person", "state") and m.role == "full"}
    defined: dict[str, Mention] = {}
    for tok in doc[:-2]:
        nxt, close = doc[tok.i + 1], doc[tok.i + 2]
        if tok.text == "(" and _ACRONYM.match(nxt.text) and close.text == ")":
            before = doc[tok.i - 1] if tok.i > 0 else None
            owner = by_end.get(before.idx + len(before.text)) if before is not None else None
            if owner is not None:
                owner.aliases.append(nxt.text)
                defined[nxt.text] = owner
    taken = {(m.start, m.end) for m in mentions}
    for tok in doc:
        owner = defined.get(tok.text)
        if owner is not None and (tok.idx, tok.idx + len(tok.text)) not in taken:
            out.append(Mention(fld, tok.idx, tok.idx + len(tok.text), tok.text, owner.kind, owner.name,
                               role="acronym", country=owner.country, sector=owner.sector))
    return out


def _definites(doc: Doc, fld: str) -> list[Mention]:
    """ "the party", "the Party": a body named only by its head noun, resolved when merging."""
    out = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        head = gazetteer().head(tok.text)
        if prev.lower_ == "the" and head is not None and head.kind == "party" and tok.lower_ == "party" \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            out.append(Mention(fld, prev.idx, tok.idx + len(tok.text), f"{prev.text} {tok.text}", "party",
                               tok.text, role="definite", sector=head.sector))
    return out


def _businesses(doc: Doc) -> set[str]:
    """Names the text describes as a business by a noun before them ("Italian airline Alitalia",
    "energy company Eni", "carmaker Opel"; agents.tsv rows of sector BUS): the NER often reads
    such a name as a place or a person, and every mention of it names the business."""
    known = gazetteer().known
    out = set()
    for ent in doc.ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        agent = agent_noun(before.lemma_) if before is not None and before.is_lower and before.pos_ == "NOUN" else None
        if agent is not None and agent.kind == "organization" and agent.sector == "BUS" and ent.text not in known:
            out.add(ent.text)
    return out


# a dash standing between words, as a sentence's aside opens ("John Prescott - were there")
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _dash_trimmed(ent: Span) -> Span | None:
    """The entity without what a spaced dash joined to it: a name runs to the dash when a lower-case
    word follows ("John Prescott - were"), and starts after it when a plural noun stands before
    it ("MPs - Keith Vaz"); a dash between parts of one name ("Jean - Claude Duvalier", as some
    corpora space hyphens) stays. None when no name is left."""
    doc = ent.doc
    for tok in ent[1:]:
        if tok.text not in _DASHES or not tok.whitespace_ or not doc[tok.i - 1].whitespace_:
            continue
        if tok.i + 1 >= ent.end or doc[tok.i + 1].is_lower:
            return Span(doc, ent.start, tok.i, label=ent.label_) if tok.i > ent.start else None
        first = doc[ent.start]
        plural = first.tag_ in ("NNS", "NNPS") or first.text.endswith("s")
        if tok.i - 1 == ent.start and plural and (agent_noun(first.lemma_) or agent_noun(first.text[:-1])):
            return Span(doc, tok.i + 1, ent.end, label=ent.label_)
    return ent


def read_mentions(doc: Doc, fld: str, home: str | None = None) -> list[Mention]:
    """Every actor mention in one field's Doc, in text order (overlapping where names nest)."""
    mentions: list[Mention] = []
    covered: set[int] = set()
    businesses = _businesses(doc)
    family_names = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
    # "Yoon Suk Yeol": an East Asian family name opens the name
    family_names |= {ent[0].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                     and surname_countries(ent[0].text)}
    for ent in filter(None, map(_dash_trimmed, doc.ents)):
        found: list[Mention] = []
        owned = _owned_body(doc, fld, ent) if ent.label_ == "PERSON" or _bare_name(ent) else None
        place = _place(doc, fld, ent) if ent.text in businesses and ent.label_ != "ORG" else None
        if place == []:
            # a business the NER read as a place or person; a real state stays one ("oil producer Nigeria")
            found = [_mention(doc, fld, ent, "organization", ent.text, sector="BUS")]
        elif owned is not None:
            # "the Trump campaign" NER read as a body "Trump": the body, and its leader's name
            person = _person(doc, fld, ent, home)
            found = [owned] + ([person] if person else [])
        elif ent.label_ == "PERSON":
            person = _person(doc, fld, ent, home)
            found = [person] if person else []
        elif ent.label_ in ("GPE", "NORP", "LOC"):
            found = _place(doc, fld, ent)
            if not found and (len(ent) == 1 and ent.text in family_names
                              or _titled_name(ent, family_names | {ent[-1].text})):
                # "demanded the impeachment of Yoon", the NER reading the family name of a person
                # the text names in full as a place; "South African president Thabo Mbeki" read
                # as a place that is none: a name after a title is a person's
                person = _person(doc, fld, ent, home)
                found = [person] if person else []
        elif ent.label_ == "ORG" and _titled_name(ent, family_names):
            person = _person(doc, fld, ent, home)
            found = [person] if person else []
        elif ent.label_ == "ORG":
            coordinated = _coordinated_heads(doc, fld, ent)
            found = coordinated or _organization(doc, fld, ent)
        if found:
            covered.update(range(ent.start, ent.end))
        mentions += found
    mentions += _hyphen_states(doc, fld, covered)
    mentions += _acronyms(doc, fld, mentions)
    mentions += _definites(doc, fld)
    drop = _coordinated_spans(mentions)
    mentions = [m for m in mentions if (m.start, m.end) not in drop or m.name != m.text]
    cut = comments_start(doc.text)
    if cut is not None:
        mentions = _bodies_the_article_names(mentions, cut)
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    breaks = [b.start() for b in _PARAGRAPH_BREAK.finditer(doc.text)]
    for m in mentions:
        m.paragraph = bisect_right(breaks, m.start)
    return mentions


def comments_start(text: str) -> int | None:
    """Offset where readers' comments begin below an article, or None when there are none.

    Comments open with the first paragraph, after at least `MIN_ARTICLE_PARAGRAPHS` of the article,
    that has no quotation mark and says "I"/"my"/"me" at least `MIN_FIRST_PERSON` times: a reader
    writing of themselves, where a reporter would quote the words.
    """
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    for n in range(MIN_ARTICLE_PARAGRAPHS, len(starts)):
        paragraph = text[starts[n]:starts[n + 1] if n + 1 < len(starts) else len(text)]
        if not _QUOTE_MARKS.search(paragraph) and len(_FIRST_PERSON.findall(paragraph)) >= MIN_FIRST_PERSON:
            return starts[n]
    return None


def _bodies_the_article_names(mentions: list[Mention], cut: int) -> list[Mention]:
    """Drop bodies that only readers' comments (from offset `cut` on) name, unless the gazetteer knows them.

    Readers name their towns, schools and workplaces ("Andrew in Derby", "a large Hospital",
    "money saved for Uni"), which the parser takes for organizations; people and states stay.
    """
    named = {fold(m.name) for m in mentions if m.start < cut}
    return [m for m in mentions if m.start < cut or m.kind in ("person", "state") or m.known
            or fold(m.name) in named]


def credit_mention(text: str, fld: str) -> Mention | None:
    """The outlet a picture credit names ("Korean Central TV", "NK News"), as a mention of the whole
    credit; None for a credit that is no known outlet and has no media head noun (a photographer)."""
    text = text.strip()
    gaz = gazetteer()
    known = gaz.named(text)
    words = text.split()
    head = gaz.head(words[-1]) if words else None
    if known is not None and known.kind == "media":
        return Mention(fld, 0, len(text), text, "media", text, country=known.country, sector=known.sector,
                       known=known.name)
    if known is None and head is not None and head.kind == "media" and len(words) > 1 \
            and all(w[:1].isupper() for w in words):
        return Mention(fld, 0, len(text), text, "media", text, sector=head.sector)
    return None


def _coordinated_spans(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Spans a coordinated-head mention took over (spaCy's own "Natural Resources" entity)."""
    return {(m.start, m.end) for m in mentions if m.name != m.text and m.kind != "person" and m.role == "full"
            and fold(m.name).endswith(fold(m.text))}
