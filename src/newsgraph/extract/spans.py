"""Span rules over a parsed Doc that repair spaCy's entities for the names of news.

Run as the pipeline component "newsgraph_entities" after spaCy's NER and the gazetteer ruler, so
every stage sees the same entities. spaCy's small model cuts names at hyphens ("Yunus-bek X"), loses
given names, keeps titles inside names, splits organisation names before "of <country>", reads
party names that contain a state name as states, and misses names built on a head noun ("... Krai",
"... News"). Each rule below fixes one of those by the shape of the text, never by knowing a name:

  trim        determiners, possessives and punctuation off entity edges
  known       a span whose text is a gazetteer entry takes the gazetteer's label; a gazetteer name
              NER split into pieces ("Just Russia for Truth" read as two states) is one span again
  person      titles and forms of address cut off; hyphenated given names, initials, a lost
              given name and a lost surname joined; Korean three-syllable names completed or cut
              to length
  chains      Title-Case runs ending in a head noun ("Ministry", "Party", "Krai", "News"), with
              their "of ..." complements, become organisations or regions
  state-word  Title-Case runs that hold a state name plus other proper words ("United X",
              "Just X for Truth") are organisations, not states; runs ending in a demonym
              ("African-American") are peoples, neither
  exercises   names of drills and operations ("Freedom Shield" exercises) and votes ("the General
              Election") are not actors
  addressed   a name after a form of address or a capitalised title that NER left unlabelled
              ("Mr Pence", "Chancellor Scholz") is a person
Spans carry standard spaCy labels (PERSON, ORG, GPE, NORP, LOC) so other code reads them as usual.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import (
    is_bearing, is_honorific, is_lone_title_word, is_peerage, is_postnominal, is_title_head, is_title_word, titles,
)
from newsgraph.extract.names import (
    is_initial, is_korean_surname, is_korean_syllable, is_name_word, surname_countries,
    title_prefix_length,
)
from newsgraph.extract.states import MAX_STATE_TOKENS, form_of

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVE_TOKENS = frozenset({"'s", "\u2019s", "'", "\u2019"})
_CONNECTORS = frozenset({"of", "for", "and", "the", "de"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_LABEL_OF_KIND = {
    "region": "LOC", "place": "LOC", "media": "ORG", "international_organization": "ORG", "party": "ORG",
}
# a single capitalised head word after "the" names a body by itself only for legislatures
_SELF_NAMING_KINDS = frozenset({"legislature"})


@dataclass
class _Span:
    start: int
    end: int
    label: str
    rule: bool = False  # made by a rule here: wins over spaCy's spans it overlaps


class _Spans:
    """The Doc's entity spans while rules rewrite them."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.items = [_Span(e.start, e.end, e.label_) for e in doc.ents]

    def covering(self, i: int) -> _Span | None:
        return next((s for s in self.items if s.start <= i < s.end), None)

    def claim(self, start: int, end: int, label: str) -> None:
        """Add a rule span, dropping every span it overlaps."""
        self.items = [s for s in self.items if s.end <= start or s.start >= end]
        self.items.append(_Span(start, end, label, rule=True))

    def to_ents(self) -> list[Span]:
        self.items.sort(key=lambda s: (s.start, -(s.end - s.start)))
        out: list[Span] = []
        last = -1
        for s in self.items:
            if s.start >= last and s.end > s.start:
                out.append(Span(self.doc, s.start, s.end, label=s.label))
                last = s.end
        return out


def _text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _is_cap(token: Token) -> bool:
    return bool(token.text) and (token.text[0].isupper() or token.text[0].isdigit()) and token.is_alpha is not False


@functools.lru_cache(maxsize=65536)
def _known_label(text: str) -> str | None:
    """The spaCy label a gazetteer gives `text`, or None."""
    known = gazetteer().known.get(text)
    if known is not None:
        return _LABEL_OF_KIND.get(known.kind, "ORG")
    form = form_of(text)
    if form is None:
        return None
    return "NORP" if form.form == "demonym" else "GPE"


# --- trim ---------------------------------------------------------------------------------------

def _trim(spans: _Spans) -> None:
    doc = spans.doc
    kept = []
    for s in spans.items:
        if s.label in ACTOR_LABELS:
            while s.start < s.end and _loose_opening(doc[s.start]):
                s.start += 1
            if s.label == "PERSON" and s.end - s.start >= 3 and _fronted_participle(doc, s.start):
                s.start += 1  # "Hammering Hillary Clinton once again, X said": the clause's verb, no name
            if s.end - s.start > 1 and _prefixed(doc, s.start):
                s.start += 1  # "pro-Smith Forward Together": Smith is whom the body backs, not its name
            while s.end > s.start and (doc[s.end - 1].text in _POSSESSIVE_TOKENS or doc[s.end - 1].is_space
                                       or (doc[s.end - 1].is_punct and doc[s.end - 1].text != ".")
                                       or doc[s.end - 1].lower_ in _CONNECTORS
                                       or (s.label == "ORG" and _title_end(doc, s.end))):
                s.end -= 1
            if s.label in ("ORG", "PERSON") and all(is_title_word(t.text) for t in doc[s.start:s.end]):
                continue
            if s.end > s.start and _word_part(doc, s):
                continue  # "an un-redacted copy": the lower-case prefix NER took for the UN
            if s.label in ("ORG", "GPE", "NORP") and s.end > s.start and _reads_as_person(doc, s):
                s.label = "PERSON"  # "Mr Farage", "X, Deputy Minister of ..." tagged as bodies
            if s.label == "ORG":
                kept.extend(_split_at_and_the(doc, s))
        if s.end > s.start:
            kept.append(s)
    spans.items = kept


def _title_end(doc: Doc, end: int) -> bool:
    """The body's name before `end` ends in a post, no part of it: a post of its own ("Labour
    Leader"), or a word of a title the words after the span go on with ("New Home | Secretary");
    "Islamic State" ends on a word that is only part of a title."""
    word = doc[end - 1].text
    return is_lone_title_word(word) or (is_title_word(word) and end < len(doc) and is_title_word(doc[end].text))


def _split_at_and_the(doc: Doc, s: _Span) -> list[_Span]:
    """Cut `s` before a second body's name (`_and_the`) and return that body."""
    k = _and_the(doc, s.start, s.end)
    if k is None:
        return []
    second = _Span(_after_and(doc, k), s.end, "ORG")
    s.end = k
    return [second]


def _after_and(doc: Doc, k: int) -> int:
    """Where the second name starts after the "and" at `k` (and its "the")."""
    return k + 2 if doc[k + 1].lower_ == "the" else k + 1


def _and_the(doc: Doc, start: int, end: int) -> int | None:
    """Where "the Department for International Development and the UN Development Programme",
    read as one name, is two: an "and" after a capitalised word, before a second name with its
    own "the" and two or more capitalised words ("Transport and the Regions" stays one), or after
    a name a gazetteer knows that the whole is not."""
    for k in range(start + 1, end - 3):
        if doc[k].lower_ == "and" and doc[k + 1].lower_ == "the" and _is_cap(doc[k - 1]) \
                and all(_is_cap(t) for t in doc[k + 2:k + 4]):
            return k
    # "Amnesty International and Liberty": a body a gazetteer knows before the "and"
    for k in range(start + 1, end - 1):
        if doc[k].lower_ == "and" and _is_cap(doc[k + 1]) and gazetteer().known.get(_text(doc, start, k)) \
                is not None and gazetteer().known.get(_text(doc, start, end)) is None:
            return k
    return None


def _prefixed(doc: Doc, i: int) -> bool:
    """Token i is glued by a hyphen to a lower-case prefix before it ("pro-Clinton", "anti-war")."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].is_lower and doc[i - 2].is_alpha


def _reads_as_person(doc: Doc, s: _Span) -> bool:
    """A span of name words after a form of address ("Mr X"), before a title apposition ("X, Deputy
    Minister") or post-nominal letters ("X QC"), that no gazetteer or head noun claims as a body."""
    text = _text(doc, s.start, s.end)
    if _known_label(text) or _has_head(doc, s.start, s.end):
        return False
    if is_honorific(doc[s.start].text):
        return True
    # "Philippe Sands QC": letters after two or more name words mark a person
    lettered = s.end - s.start >= 3 and is_postnominal(doc[s.end - 1].text)
    if not all(is_name_word(t.text) or t.text == "-" for t in doc[s.start:s.end - lettered]):
        return False
    if lettered:
        return True
    before = doc[s.start - 1].text if s.start > 0 else ""
    # "X, Deputy Minister", "X, the Liberal Democrat Treasury spokesman": a title in apposition
    after = doc[s.end + 1] if s.end + 1 < len(doc) and doc[s.end].text == "," else None
    titled_after = after is not None and (is_title_word(after.text) or (
        after.dep_ == "det" and after.head.i > after.i and is_title_word(after.head.text)))
    return is_honorific(before) or titled_after or (s.end - s.start >= 2 and (
        _after_outlet(doc, s.start) or _addressed_later(doc, s)))


def _addressed_later(doc: Doc, s: _Span) -> bool:
    """A given name and a surname ("Vincent Cable, for the Liberal Democrats") whose surname the
    text also writes after a form of address ("Mr Cable"): a person, whatever NER made of it."""
    if s.end - s.start != 2 or doc[s.start].text not in gazetteer().given_genders:
        return False
    surname = doc[s.end - 1].text
    return any(t.text == surname and t.i > 0 and is_honorific(doc[t.i - 1].text.rstrip("."))
               for t in doc[s.end:])


def _after_outlet(doc: Doc, i: int) -> bool:
    """Token i follows an outlet's possessive ("NBC's", "the BBC's"): news names its journalists so."""
    if i < 2 or doc[i - 1].text not in _POSSESSIVE_TOKENS:
        return False
    owner = doc[i - 2]
    known = gazetteer().known.get(owner.text)
    head = gazetteer().head(owner.text)
    return (known is not None and known.kind == "media") or (head is not None and head.kind == "media"
                                                              and owner.text[:1].isupper())


def _word_part(doc: Doc, s: _Span) -> bool:
    """The span is the lower-case first part of a hyphenated word ("un" of "un-redacted")."""
    last = doc[s.end - 1]
    return all(t.is_lower for t in doc[s.start:s.end]) and s.end < len(doc) and doc[s.end].text == "-" \
        and not last.whitespace_


def _fronted_participle(doc: Doc, i: int) -> bool:
    """Token i is an -ing word opening its sentence before a given name: a fronted participle clause
    ("Blasting Donald Trump for ..., X said"), which NER reads into the name after it."""
    first = doc[i]
    return _opens_sentence(doc, i) and first.lower_.endswith("ing") and len(first) > 5 and i + 1 < len(doc) \
        and doc[i + 1].text in gazetteer().given_genders and first.text not in gazetteer().given_genders


def _loose_opening(token: Token) -> bool:
    """A word that opens an entity span but not the name: "the", a modal, punctuation ("Should the X"),
    a capitalised function word opening a sentence, even tagged as a name ("If Charles Kennedy wins")."""
    # ("US slaps sanctions on ...": a state's abbreviation in capitals is no function word)
    abbreviation = token.is_upper and len(token) > 1 and form_of(token.text) is not None
    return (token.lower_ in _DETERMINERS or token.is_punct or token.is_space
            or (token.is_stop and not abbreviation
                and (token.tag_ not in ("NNP", "NNPS") or _opens_sentence(token.doc, token.i))))


# --- known names --------------------------------------------------------------------------------

def _known(spans: _Spans) -> None:
    """Relabel spans that are gazetteer entries ("Kiev" tagged PERSON is a capital); cut a place
    span to the state name it ends with ("Key Russian" -> "Russian")."""
    doc = spans.doc
    for s in spans.items:
        if s.label == "LAW":
            # "the Law Lords'" tagged LAW: a gazetteer body whose name reads like a law's
            start = s.start + (doc[s.start].lower_ == "the")
            end = s.end - (doc[s.end - 1].dep_ == "case")
            if end > start and gazetteer().known.get(_text(doc, start, end)) is not None:
                s.start, s.end, s.label = start, end, _known_label(_text(doc, start, end)) or "ORG"
            continue
        if s.label not in ACTOR_LABELS:
            continue
        label = _known_label(_text(doc, s.start, s.end))
        if label is not None:
            if not (label == "GPE" and s.label == "NORP"):
                s.label = label
            continue
        if _text(doc, s.start, s.end) in gazetteer().cities:
            s.label = "LOC"  # "arrived in Durban" tagged ORG: a city is where, never who
            continue
        if s.label in ("GPE", "NORP", "ORG"):
            for k in range(s.start + 1, s.end):
                label = _known_label(_text(doc, k, s.end))
                if label is not None:
                    s.start, s.label = k, label
                    break


@functools.lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern[str]:
    """Every gazetteer surface of more than one word, longest first so the longest name wins."""
    surfaces = sorted((k for k in gazetteer().known if re.search(r"[\s\-\u2013\u2014]", k)), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in surfaces) + r")(?!\w)")


def _rejoin_known(spans: _Spans) -> None:
    """A gazetteer name that NER cut into pieces becomes one span with the gazetteer's label.

    Only when every span it overlaps lies inside it: a longer name NER found around it ("X Peninsula
    Energy Development Organization") keeps its own boundary.
    """
    doc = spans.doc
    for match in _known_pattern().finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        inside = [s for s in spans.items if s.start < span.end and s.end > span.start]
        if inside and all(span.start <= s.start and s.end <= span.end for s in inside) \
                and not any(s.start == span.start and s.end == span.end for s in inside):
            spans.claim(span.start, span.end, _known_label(match.group()) or "ORG")


# --- persons ------------------------------------------------------------------------------------

def _strip_titles(spans: _Spans, s: _Span) -> None:
    doc = spans.doc
    # words as written: "Magomed-Sultan" is one word even where the tokenizer made three tokens
    words: list[list[int]] = []
    for i in range(s.start, s.end):
        if words and not doc[i - 1].whitespace_:
            words[-1].append(i)
        else:
            words.append([i])
    cut_words = title_prefix_length(["".join(doc[i].text for i in w) for w in words])
    cut = sum(len(w) for w in words[:cut_words])
    # a state word inside the cut title ("Russian Foreign Minister X") stays an entity of its own
    for i in range(s.start, s.start + cut):
        label = _known_label(doc[i].text)
        if label in ("GPE", "NORP"):
            spans.items.append(_Span(i, i + 1, label))
    s.start += cut
    # a nationality opening the name is the person's, not part of it ("Spaniard Fernando Alonso")
    while s.end - s.start > 1 and _is_nationality(doc[s.start].text):
        spans.items.append(_Span(s.start, s.start + 1, "NORP"))
        s.start += 1
    # so is a party label ("Democrat Jane Doe", "Republican John Roe"): the party is named, not the person
    while s.end - s.start > 1 and _is_party_label(doc[s.start].text):
        spans.items.append(_Span(s.start, s.start + 1, "ORG"))
        s.start += 1
    while s.start < s.end and not (is_name_word(doc[s.start].text) or is_initial(doc[s.start].text)):
        s.start += 1


def _is_nationality(word: str) -> bool:
    """An unambiguous demonym ("Spaniard", "Polish"; not "Finn", also a surname)."""
    form = form_of(word)
    return form is not None and form.form == "demonym" and not form.ambiguous


def _after_date(doc: Doc, i: int) -> bool:
    """Token i follows a date's possessive ("last week's", "Monday's"): a date owns an occasion or a
    thing ("last week's Commander-in-Chief Forum"), never a person."""
    # past the title the name would follow, hyphenated pieces included ("Commander-in-Chief")
    while i > 0 and doc[i - 1].text not in _POSSESSIVE_TOKENS and (is_title_word(doc[i - 1].text)
                                                                   or not doc[i - 1].whitespace_):
        i -= 1
    return i >= 2 and doc[i - 1].text in _POSSESSIVE_TOKENS and doc[i - 2].ent_type_ in ("DATE", "TIME")


def _is_party_label(word: str) -> bool:
    """A party's one-word name or member's label a party gazetteer lists ("Democrat", "Tory"), or
    the word a listed "... Party" is named by ("Conservative" of the Conservative Party)."""
    known = gazetteer().known.get(word) or gazetteer().named(f"{word} Party")
    return known is not None and known.kind == "party"


def _name_shaped(doc: Doc, s: _Span) -> bool:
    """No hyphenated phrase ("Tit-for-tat") passes for a name."""
    word = ""
    for i in range(s.start, s.end):
        word += doc[i].text
        if doc[i].whitespace_ or i == s.end - 1:
            if "-" in word and word[:1].isupper() and not is_name_word(word):
                return False
            word = ""
    return True


def _word_start(doc: Doc, i: int) -> int:
    """First token of the hyphenated word token i belongs to ("Yunus" for "bek" in "Yunus-bek")."""
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].text == "-" or doc[i].text == "-"):
        i -= 1
    return i


def _word_end(doc: Doc, i: int) -> int:
    """End (exclusive) of the hyphenated word that token i-1 ends."""
    while i < len(doc) and not doc[i - 1].whitespace_ and (doc[i].text == "-" or doc[i - 1].text == "-"):
        i += 1
    return i


def _can_open_name(doc: Doc, start: int, end: int) -> bool:
    """Can the word doc[start:end] stand before a surname as a given name or initial?"""
    text = _text(doc, start, end)
    if is_initial(text):
        return not is_title_word(text)  # "C.E.O. Tim Sloan": a title in stops is no initials
    if not is_name_word(text) or is_title_word(text) or is_honorific(text) or _known_label(text) or _is_party_label(text) \
            or (doc[start].is_stop and _opens_sentence(doc, start)) or _fronted_participle(doc, start):
        return False
    first = doc[start]
    return first.tag_ in ("NNP", "NNPS") or not first.is_sent_start or first.pos_ == "PROPN"


def _surname_after(doc: Doc, end: int) -> bool:
    """Token `end` is a name word no entity holds, whose compound the span's last word is."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    last, word = doc[end - 1], doc[end]
    return (last.dep_ == "compound" and last.head == word and not word.ent_type_ and word.tag_ in ("NNP", "NNPS")
            and is_name_word(word.text) and not is_title_word(word.text) and not word.is_stop
            and not _known_label(word.text) and not _is_party_label(word.text))


# words in lower case inside a person's name, before a family name ("bin Salman", "da Silva")
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "abu", "van", "von", "de", "da", "di", "du", "dos",
                             "das", "del", "della"})


def _extend_person(spans: _Spans, s: _Span) -> None:
    doc = spans.doc
    s.start, s.end = _word_start(doc, s.start), _word_end(doc, s.end)
    if _surname_after(doc, s.end):
        # "President Demetris Christofias": NER may stop at a given name the parser hangs, as a
        # compound, on the untagged surname after it
        s.end = _word_end(doc, s.end + 1)
    for _ in range(2):
        # "Mohammed bin Salman", "Luiz Inacio Lula da Silva": a name particle in lower case and the
        # capitalised name after it go on with the name
        if s.end + 1 < len(doc) and doc[s.end].text in _NAME_PARTICLES and _is_cap(doc[s.end + 1]) \
                and is_name_word(doc[s.end + 1].text) and spans.covering(s.end + 1) in (None, s):
            s.end = _word_end(doc, s.end + 2)
    for _ in range(2):  # at most two given names or initials are lost before a surname
        if s.start == 0 or not doc[s.start - 1].whitespace_:
            break
        start = _word_start(doc, s.start - 1)
        if not _can_open_name(doc, start, s.start) or s.end - start > 5:
            break
        other = spans.covering(start)
        if other is not None and other is not s and other.label not in ("GPE", "NORP", "PERSON", "ORG", "PRODUCT"):
            break
        if other is not None and other is not s:
            spans.items.remove(other)
        s.start = start


def _korean_shape(spans: _Spans, s: _Span) -> None:
    """A Korean name is family name plus two syllables: complete "Choe Son" or cut "... Un Receives"."""
    doc = spans.doc
    if not is_korean_surname(doc[s.start].text):
        return
    length = 1
    while length < 3 and s.start + length < len(doc) and is_korean_syllable(doc[s.start + length].text) \
            and doc[s.start + length - 1].whitespace_:
        length += 1
    if length == 3:
        end = s.start + 3
        for other in [o for o in spans.items if o is not s and o.start < end and o.end > s.start]:
            spans.items.remove(other)
        s.end = end


def _persons(spans: _Spans) -> None:
    doc = spans.doc
    for s in list(spans.items):
        if s.label != "PERSON" or s not in spans.items:
            continue
        owned_by_date = _after_date(doc, s.start)
        # "the Criminal Justice Bill": a law's head word NER took for the given name
        law = s.end - s.start == 1 and doc[s.start].text in _LAW_WORDS and s.start > 0 and _is_cap(doc[s.start - 1])
        _strip_titles(spans, s)
        if s.end <= s.start or not _name_shaped(doc, s) or owned_by_date or law:
            spans.items.remove(s)
            continue
        words = [t.text for t in doc[s.start:s.end]]
        if len(words) == 1 and words[0].endswith("s") and _is_nationality(words[0][:-1]):
            # "the Greeks" tagged PERSON: a plural demonym names a people
            s.label = "NORP"
            continue
        if is_bearing(words[0]) or (len(words) > 2 and is_bearing(words[-1]) and is_bearing(words[-2])):
            # "the North East", "North Devon", "Leeds North West" tagged PERSON: a region or a seat
            # named by its bearing
            s.label = "LOC"
            continue
        _extend_person(spans, s)
        # "Ian MacDonald QC", "Jane Roe MP": the letters after a name are no part of it
        while s.end - s.start > 1 and is_postnominal(doc[s.end - 1].text):
            s.end -= 1
        # a family name written first may be lost before the given name ("To Lam")
        if s.start > 0 and surname_countries(doc[s.start - 1].text) and s.end - s.start <= 2 \
                and not doc[s.start - 1].is_sent_start and spans.covering(s.start - 1) is None:
            s.start -= 1
        _korean_shape(spans, s)
        last = doc[s.end - 1].text
        head = gazetteer().head(last)
        if head is not None and last[0].isupper() and s.end - s.start >= 2:
            s.label = _LABEL_OF_KIND.get(head.kind, "ORG")
    _korean_names(spans)
    _peers(spans)
    _addressed(spans)
    _addressed_namesakes(spans)
    _given_named(spans)


# the head words of laws and papers: "the Criminal Justice Bill" holds a judge's title, no judge
_LAW_WORDS = frozenset({"Bill", "Act", "Amendment", "Treaty", "Accord", "Charter", "Convention", "Protocol",
                        "Directive", "Report", "Code"})


def _addressed(spans: _Spans) -> None:
    """"Mr Pence", "Chancellor Scholz": one or two name words after a form of address or a
    capitalised title are a person where NER labelled none of them (the small model reads some
    surnames as common words: "pence"); a name word a gazetteer knows ("President Xi" aside) or
    a title word is no surname."""
    doc = spans.doc

    def free(j: int) -> bool:
        # unlabelled, or a one-word place or body NER guessed and no gazetteer knows ("Scholz")
        other = spans.covering(j)
        return other is None or (not other.rule and other.end - other.start == 1
                                 and other.label in ("GPE", "LOC", "ORG"))

    for i in range(len(doc) - 1):
        opener = doc[i]
        if not (opener.text[:1].isupper() and (is_honorific(opener.text) or is_title_head(opener.text))):
            continue
        end = i + 1
        # a body's head noun ("Foreign Ministry") or half of a hyphenated name is no surname here
        while end < len(doc) and end - i <= 2 and doc[end - 1].whitespace_ and _word_end(doc, end + 1) == end + 1 \
                and free(end) and is_name_word(doc[end].text) and not is_title_word(doc[end].text) \
                and gazetteer().head(doc[end].text) is None and not _known_label(doc[end].text) \
                and not doc[end].is_stop and doc[end].text not in _LAW_WORDS:
            end += 1
        if end > i + 1 and (end == len(doc) or spans.covering(end) is None) and not _after_date(doc, i + 1):
            spans.claim(i + 1, end, "PERSON")


def _addressed_namesakes(spans: _Spans) -> None:
    """"Mike German ... Mr German said": a state word or a body's name after a form of address is a
    person's family name where the text names a person in full with it (not after a peer's style:
    "Lord Chancellor")."""
    doc = spans.doc
    surnames = {doc[s.end - 1].text for s in spans.items if s.label == "PERSON" and s.end - s.start >= 2}
    for i in range(1, len(doc)):
        before = doc[i - 1].text.rstrip(".")
        if doc[i].text not in surnames or not is_honorific(before) or is_peerage(before):
            continue
        other = spans.covering(i)
        if other is not None and other.label != "PERSON" and other.end - other.start == 1 and not other.rule:
            other.label = "PERSON"


def _given_named(spans: _Spans) -> None:
    """A given name a gazetteer knows and the one name word after it are a person where NER
    labelled neither, or took the surname for a date ("Theresa May said"): spaCy's small model
    misses some names by the words they share with the calendar or common speech. A run of more
    capitalised words ("Rose Garden Ceremony") or a known name after it ("Will Labour ...") is none."""
    doc = spans.doc
    given = gazetteer().given_genders

    def name_word(k: int) -> bool:
        return 0 <= k < len(doc) and is_name_word(doc[k].text) and not doc[k].is_sent_start

    for i in range(len(doc) - 1):
        first, last = doc[i], doc[i + 1]
        if first.text not in given or not first.whitespace_ or spans.covering(i) is not None:
            continue
        other = spans.covering(i + 1)
        if (other is not None and other.label != "DATE") or not is_name_word(last.text) \
                or is_title_word(last.text) or _known_label(last.text) or gazetteer().head(last.text) is not None \
                or last.text in given or _word_end(doc, i + 2) != i + 2:
            continue
        before = doc[i - 1] if i > 0 else None
        if name_word(i + 2) or (before is not None and name_word(i - 1) and not is_title_word(before.text)
                                and not is_honorific(before.text)):
            continue
        spans.claim(i, i + 2, "PERSON")


def _peers(spans: _Spans) -> None:
    """A peer's (or royal) style with the name it opens and its territorial "of X" is one person:
    "Lord Falconer", "Baroness Royall of Blaisdon", "Prince Charles" (spaCy keeps "Falconer" alone,
    or takes "Blaisdon" for a place)."""
    doc = spans.doc
    for i in range(len(doc) - 1):
        if _judge_style(doc, i):
            spans.claim(i, i + 3, "PERSON")  # "Lord Justice Rix", "Mr Justice Forbes"
            continue
        if not (is_peerage(doc[i].text) and doc[i].text[0].isupper()):
            continue
        name = doc[i + 1]
        if not is_name_word(name.text) or is_title_word(name.text) or _known_label(name.text) \
                or not doc[i].whitespace_:
            continue
        end = i + 2
        # "Crown Prince Mohammed bin Salman": a longer name the style opens is kept whole
        named = spans.covering(i + 1)
        if named is not None and named.label == "PERSON" and named.start == i + 1:
            end = max(end, named.end)
        # "Crown Prince Salman of Bahrain": a state after "of" is the state, no territorial title
        if end + 1 < len(doc) and doc[end].lower_ == "of" and is_name_word(doc[end + 1].text) \
                and not _has_head(doc, end + 1, end + 2) and _known_label(doc[end + 1].text) != "GPE":
            end += 2
        spans.claim(i, end, "PERSON")


def _judge_style(doc: Doc, i: int) -> bool:
    """Token i opens a judge's style and name: a form of address or a peer's style, "Justice" (the
    title lexicon's judicial words) and a name word."""
    return i + 2 < len(doc) and doc[i].text[:1].isupper() and (
        is_honorific(doc[i].text.rstrip(".")) or is_peerage(doc[i].text)) \
        and doc[i + 1].lower_ in titles().judicial and doc[i + 1].text[:1].isupper() \
        and is_name_word(doc[i + 2].text) and not is_title_word(doc[i + 2].text)


def _korean_names(spans: _Spans) -> None:
    """Korean names spaCy missed, where a title, form of address or apposition vouches for them,
    or where the name ends a run of capitalised words ("met Choe Son Hui on Monday"; not "Kim Il
    Sung Square", a place named after a person)."""
    doc = spans.doc
    for i in range(len(doc) - 2):
        if not is_korean_surname(doc[i].text) or any(spans.covering(j) for j in range(i, i + 3)):
            continue
        if not (is_korean_syllable(doc[i + 1].text) and is_korean_syllable(doc[i + 2].text)):
            continue
        before = doc[i - 1].text if i > 0 else ""
        after = doc[i + 3].text if i + 3 < len(doc) else ""
        ends = not after[:1].isupper() and not (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha)
        if is_title_word(before) or is_honorific(before) or after == "," or ends:
            spans.claim(i, i + 3, "PERSON")


# --- Title-Case chains --------------------------------------------------------------------------

def _chains(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words joined by connectors ("of", "for", "and", "the")."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        if not _is_cap(doc[i]) or doc[i].is_punct or doc[i].ent_type_ in _NOT_NAMES:
            i += 1
            continue
        start, end = i, i + 1
        j = i + 1
        while j < n:
            tok = doc[j]
            if doc[j - 1].whitespace_ == "" and tok.text in ("\u2019", "'") and doc[j - 1].text.endswith("s"):
                j += 1  # "Workers’ Party"
                end = j
                continue
            if tok.text in _POSSESSIVE_TOKENS and (not doc[j - 1].ent_type_ or (j + 1 < n and doc[j + 1].ent_iob_ == "I")) and j + 1 < n \
                    and _is_cap(doc[j + 1]) and doc[j - 1].tag_ in ("NNP", "NNPS"):
                # "People's Army", "... of the Democratic People's Republic of Korea": a possessive
                # inside a name (or inside an entity), not after a named person ("Putin's")
                j += 1
                continue
            if tok.is_sent_start or tok.text in _POSSESSIVE_TOKENS:
                break
            if tok.text == "-" and not doc[j - 1].whitespace_ and j + 1 < n and _is_cap(doc[j + 1]):
                j += 1
                continue
            if _is_cap(tok) and not tok.is_punct and tok.ent_type_ not in _NOT_NAMES:
                j += 1
                end = j
                continue
            if tok.lower_ in _CONNECTORS:
                j += 1
                continue
            break
        cut = _and_the(doc, start, end)
        for a, b in [(start, cut), (_after_and(doc, cut), end)] if cut is not None else [(start, end)]:
            runs.extend(_split_at_and(doc, a, b))
        i = max(end, i + 1)
    return runs


def _split_at_and(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run at an "and" that comes before any "of"/"for": "Premier and Secretary of X" is two."""
    for k in range(start, end):
        if doc[k].lower_ in ("of", "for"):
            break
        if doc[k].lower_ == "and" and not _joined_name(doc, start, k, end):
            return [(start, k)] + _split_at_and(doc, k + 1, end)
    return [(start, end)] if end > start else []


def _joined_name(doc: Doc, start: int, k: int, end: int) -> bool:
    """Whether the "and" at k joins two plain words inside one body's name ("the Public and
    Commercial Services Union", "Transport and General Workers' Union", "Food and Drug
    Administration"): before it one or two capitalised words that are no title, no known name and
    no other entity; after it capitalised words running into an organisation's head noun."""
    before = range(max(_strip_leading(doc, start, k), start), k)
    if not 1 <= len(before) <= 2 or any(
            is_title_word(doc[i].text) or is_honorific(doc[i].text) or _known_label(doc[i].text)
            or doc[i].ent_type_ not in ("", "ORG") for i in before):
        return False
    after = k + 1
    while after < end and doc[after].lower_ not in _CONNECTORS:
        after += 1
    return after - k > 1 and _known_label(_text(doc, k + 1, after)) is None and any(
        _head_at(doc, k + 1, j) for j in range(k + 2, after + 1))


def _head_at(doc: Doc, start: int, end: int) -> tuple[int, str] | None:
    """The head noun phrase ending at token end-1 of doc[start:end]: (its first token, kind)."""
    gaz = gazetteer()
    for width in range(min(gaz.longest_head, end - start), 0, -1):
        phrase = _text(doc, end - width, end)
        head = gaz.head(phrase)
        if head is not None and doc[end - width].text[0].isupper():
            return end - width, head.kind
    return None


def _segments(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """doc[start:end] split at "of"/"for" (and "the" after them): the parts of "X of the Y"."""
    parts, seg = [], start
    i = start
    while i < end:
        if doc[i].lower_ in ("of", "for"):
            parts.append((seg, i))
            i += 1
            while i < end and doc[i].lower_ == "the":
                i += 1
            seg = i
            continue
        i += 1
    parts.append((seg, end))
    return [(a, b) for a, b in parts if b > a]


def _strip_leading(doc: Doc, start: int, end: int) -> int:
    """Skip a leading determiner, a sentence-opening common word ("Key ...", "Both ..."), a name a
    prefix governs ("pro-Smith ...") or a title with its "of" ("Secretary of the ..."): they open the
    run but not the name."""
    changed = True
    while changed and start < end:
        changed = False
        while start < end and (doc[start].lower_ in _CONNECTORS or (
                _opens_sentence(doc, start) and (doc[start].is_stop or doc[start].tag_ not in ("NNP", "NNPS")))
                or (start + 1 < end and _prefixed(doc, start))):
            start += 1
            changed = True
        i = start
        while i < end and (is_title_word(doc[i].text) or is_honorific(doc[i].text) or _known_label(doc[i].text)):
            i += 1
        if i > start and i < end and doc[i].lower_ in ("of", "for") and any(
                is_title_word(doc[k].text) for k in range(start, i)):
            start = i + 1
            changed = True
    return start


def _opens_sentence(doc: Doc, i: int) -> bool:
    """True for a sentence's first word, or the first after an opening quote or bracket."""
    first = i
    while i > 0 and (doc[i - 1].is_punct and doc[i - 1].text in _QUOTES | {"(", "["}):
        i -= 1
    # a spaced dash opens a clause too: a dateline's ("PHILADELPHIA ― If Donald Trump fails")
    dashed = i > 1 and doc[i - 1].text in _DASHES and doc[i - 2].whitespace_ != ""
    # so does an opening quotation mark, one set apart from the word before it ('X said "If Y ...')
    quoted = i < first and i > 0 and doc[i].text in _QUOTES and bool(doc[i - 1].whitespace_)
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or dashed or quoted


def _state_names(doc: Doc, start: int, end: int) -> list[_Span]:
    """The state and place names inside doc[start:end], matched longest first."""
    found: list[_Span] = []
    i = start
    while i < end:
        for width in range(min(MAX_STATE_TOKENS, end - i), 0, -1):
            label = _known_label(_text(doc, i, i + width))
            if label in ("GPE", "NORP", "LOC"):
                found.append(_Span(i, i + width, label))
                i += width
                break
        else:
            i += 1
    return found


def _state_tokens(doc: Doc, start: int, end: int) -> set[int]:
    """Tokens of doc[start:end] inside a state or place name."""
    return {i for s in _state_names(doc, start, end) for i in range(s.start, s.end)}


def _org_in_run(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    """The organisation or region a capitalised run names, with its kind, or None."""
    start = _strip_leading(doc, start, end)
    if start >= end:
        return None
    parts = _segments(doc, start, end)
    first_start, first_end = parts[0]
    # "and" joins two names unless it sits inside an "of" complement ("... of Press and Information")
    for k in range(first_start, first_end):
        if doc[k].lower_ == "and" and not _joined_name(doc, first_start, k, first_end):
            first_end = k
            parts = [(first_start, first_end)]
            break
    # the name ends at its first head, or the head phrase it opens ("... News Agency"); a run that
    # goes on past it ("Foreign Ministry Issues Press Statement") was a headline, not a name
    k = next((k for k in range(first_start + 1, first_end + 1) if _head_at(doc, first_start, k)), None)
    if k is None:
        return None
    while k < first_end and _head_at(doc, first_start, k + 1):
        k += 1
    _, kind = _head_at(doc, first_start, k)
    end = _complement_end(doc, parts, first_end) if k == first_end else k
    if end - first_start == 1 and kind not in _SELF_NAMING_KINDS:
        return None
    return first_start, end, kind


def _complement_end(doc: Doc, parts: list[tuple[int, int]], end: int) -> int:
    """End of the "of ..." complements after a head, stopping before a part that names another body."""
    for a, b in parts[1:]:
        for k in range(a, b):
            if doc[k].lower_ == "and" and _head_at(doc, k + 1, b) is not None:
                return end if k == a else k
        end = b
    return end


def _state_word_org(doc: Doc, start: int, end: int) -> bool:
    """A run like "United X" or "Just X for Truth": a state name with proper words that qualify it."""
    if end - start < 2 or any(doc[k].lower_ == "and" for k in range(start, end)):
        return False
    states = _state_tokens(doc, start, end)
    if not states:
        return False
    others = [k for k in range(start, end) if k not in states and _is_cap(doc[k]) and not doc[k].is_punct]
    if not others or any(is_title_word(doc[k].text) or _known_label(doc[k].text) for k in others):
        return False
    if _known_label(_text(doc, start, end)) or _ends_in_demonym(doc, start, end):
        return False
    qualified_before = others[0] < min(states)
    joined = any(doc[k].lower_ in ("for", "of") for k in range(start, end))
    return qualified_before or joined


def _ends_in_demonym(doc: Doc, start: int, end: int) -> bool:
    """A run ending in a demonym names a people ("African-American", "Asian American"), not a body:
    a body's name ends in its head noun."""
    form = form_of(doc[end - 1].text)
    return form is not None and form.form == "demonym" and not _has_head(doc, start, end)


def _peoples(spans: _Spans) -> None:
    """Bodies NER made of a people's name ("African-American voters") are peoples, not bodies."""
    for s in spans.items:
        if s.label == "ORG" and s.end - s.start > 1 and _ends_in_demonym(spans.doc, s.start, s.end) \
                and not _known_label(_text(spans.doc, s.start, s.end)):
            s.label = "NORP"


def _apply_chains(spans: _Spans) -> None:
    doc = spans.doc
    for start, end in _chains(doc):
        covered = [s for s in spans.items if s.start >= start and s.end <= end]
        if any(s.label == "PERSON" and s.rule for s in covered):
            continue
        found = _org_in_run(doc, start, end)
        if found is not None:
            a, b, kind = found
            b = _seat_end(doc, a, b)
            if _known_label(_text(doc, a, b)) is None and not _overlaps_known(spans, a, b):
                spans.claim(a, b, _LABEL_OF_KIND.get(kind, "ORG"))
            continue
        a = _strip_leading(doc, start, end)
        if _state_word_org(doc, a, end):
            spans.claim(a, end, "ORG")


def _seat_end(doc: Doc, start: int, end: int) -> int:
    """End of a state's body named with where it sits: "Embassy of Russia in the DPRK", "Consulate
    General of China in Osaka" (a state or capital after "in"); `end` when no seat follows."""
    if not (end + 1 < len(doc) and doc[end].lower_ == "in" and _state_tokens(doc, start, end)):
        return end
    i = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
    for width in range(min(MAX_STATE_TOKENS, len(doc) - i), 0, -1):
        # (the seat's name ends on a word: the sentence's full stop is none of it)
        if not doc[i + width - 1].is_punct and form_of(_text(doc, i, i + width)) is not None:
            return i + width
    return end


def _overlaps_known(spans: _Spans, start: int, end: int) -> bool:
    """True when a gazetteer span reaches outside [start, end): keep the gazetteer's boundary."""
    for s in spans.items:
        if s.start < end and s.end > start and (s.start < start or s.end > end):
            if _known_label(_text(spans.doc, s.start, s.end)):
                return True
    return False


def _lowercase_regions(spans: _Spans) -> None:
    """ "Tambov region", "Hwanghae province": a proper name before a lower-case region noun."""
    doc = spans.doc
    gaz = gazetteer()
    for i in range(1, len(doc)):
        head = gaz.head(doc[i].text)
        if head is None or head.kind != "region" or not doc[i].is_lower:
            continue
        j = i
        while j > 0 and is_name_word(doc[j - 1].text) and not is_title_word(doc[j - 1].text):
            j -= 1
        if j == i or _known_label(_text(doc, j, i)) is not None:
            continue
        known = gaz.known.get(_text(doc, j, i))
        if known is not None and known.kind == "place":
            continue
        spans.claim(j, i + 1, "LOC")


# a committee of a house named in lower case by its remit: "the Commons home affairs committee",
# "the environment select committee"
_COMMITTEE_NOUNS = frozenset({"committee", "subcommittee"})
_COMMITTEE_KINDS = frozenset({"select", "standing", "joint"})
_REMIT_WORDS = 4


def _lowercase_committees(spans: _Spans) -> None:
    """A committee named by its remit in lower case after its house ("the Commons public accounts
    committee", "the Senate intelligence committee") or before "select" ("the environment select
    committee") is one body: NER finds the house alone, or nothing. "The standards committee" with
    neither may be any committee, so it stays a common noun for `participants` to resolve."""
    doc = spans.doc
    gaz = gazetteer()
    for k in range(1, len(doc)):
        if doc[k].lower_ not in _COMMITTEE_NOUNS or not doc[k].is_lower:
            continue
        j = k
        while j > 0 and k - j < _REMIT_WORDS + 1 and doc[j - 1].is_alpha and doc[j - 1].is_lower \
                and (not doc[j - 1].is_stop or doc[j - 1].lower_ == "and"):
            j -= 1
        remit = [t for t in doc[j:k] if t.lower_ not in _COMMITTEE_KINDS and t.lower_ != "and"]
        if not remit or doc[j].lower_ == "and":
            continue
        house = j - 1
        if house >= 0 and doc[house].text in _POSSESSIVE_TOKENS:
            house -= 1
        word = doc[house].text if house >= 0 else ""
        named_as = (gaz.head(word), gaz.known.get(word)) if word[:1].isupper() else ()
        if any(n is not None and n.kind == "legislature" for n in named_as):
            spans.claim(house, k + 1, "ORG")
        elif doc[k - 1].lower_ == "select" and j > 0 and doc[j - 1].lower_ == "the":
            spans.claim(j, k + 1, "ORG")


# --- bodies described in apposition ------------------------------------------------------------

_APPOSED_KINDS = frozenset({"organization", "party", "media", "university", "government_body", "military"})
_DESCRIBING_TAGS = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "NUM"})


def _described_head(doc: Doc, i: int) -> str | None:
    """Kind of the body an indefinite noun phrase opening at token i describes ("a liberal think
    tank", "a House-focused super PAC"), or None when its head noun names no body."""
    if i >= len(doc) or doc[i].lower_ not in ("a", "an"):
        return None
    j = i + 1
    # modifiers and nouns up to the head; a participle only inside a hyphenated modifier ("House-focused")
    while j < len(doc) and (doc[j].text == "-" or doc[j - 1].text == "-"
                            or (doc[j].pos_ in _DESCRIBING_TAGS and not doc[j].is_punct)):
        j += 1
    for width in (2, 1):
        if j - width <= i:
            continue
        last = doc[j - 1]
        head = gazetteer().head(_text(doc, j - width, j))
        if head is not None and (last.is_lower or last.is_upper) and head.kind in _APPOSED_KINDS:
            return head.kind
    return None


def _appositive_bodies(spans: _Spans) -> None:
    """A name set off by an indefinite description whose head is a body's head noun names a body:
    "Northfield Forward, a super PAC that ...", "Demos, a liberal think tank" (NER reads such names
    as places or people, or misses them)."""
    doc = spans.doc
    for i in range(1, len(doc) - 2):
        if doc[i].text != "," or _described_head(doc, i + 1) is None:
            continue
        ending = next((s for s in spans.items if s.end == i and s.label in ACTOR_LABELS), None)
        if ending is not None and ending.label == "ORG" and ending.rule:
            continue
        start = ending.start if ending is not None else i
        # capitalised words NER left out ("For" of "For Our Future"), and connectors inside the name
        while start > 0 and not doc[start - 1].is_punct and not doc[start - 1].is_space and (
                doc[start - 1].text[:1].isupper() or (ending is None and doc[start - 1].lower_ in _CONNECTORS)):
            start -= 1
        while start < i and (doc[start].is_lower or (_opens_sentence(doc, start) and doc[start].tag_ not in
                                                     ("NNP", "NNPS"))):
            start += 1  # a lower-case connector, or a sentence's opening word ("Meanwhile, a ...")
        if start >= i or not doc[start].text[:1].isupper() or _known_label(_text(doc, start, i)) \
                or any(s.label == "PERSON" and s.rule for s in spans.items if start <= s.start < i) \
                or any(doc[k].ent_type_ in _NOT_NAMES for k in range(start, i)):
            continue  # a date or number set off by a comma ("In late September, a ...") names no body
        spans.claim(start, i, "ORG")


# --- exercises ----------------------------------------------------------------------------------

def _is_exercise(doc: Doc, s: _Span) -> bool:
    words = gazetteer().exercise_words
    i = s.end
    if i < len(doc) and doc[i].text in _QUOTES:
        i += 1
    for k in range(i, min(i + 4, len(doc))):
        if doc[k].pos_ in ("VERB", "AUX", "ADP"):
            # "X said the drills ...": the drills are the object, not X's name; "slams US over
            # joint drills": a preposition ends any name
            break
        if doc[k].lower_ in words or (k + 1 < len(doc) and f"{doc[k].lower_} {doc[k + 1].lower_}" in words):
            return True
        if not (doc[k].is_lower or doc[k].text == "-"):
            break
    j = s.start - 1
    if j >= 0 and (doc[j].text in _QUOTES or doc[j].text == ","):  # "exercises, Freedom Shield,"
        j -= 1
    return j >= 0 and doc[j].lower_ in words


def _people_of_states(spans: _Spans) -> None:
    """"President Vladimir Putin of Russia" read as one body: a name after any titles, with its
    state in an "of" phrase, is the person and the state (a body's name has a head noun)."""
    doc = spans.doc
    for s in [x for x in spans.items if x.label == "ORG"]:
        of = next((k for k in range(s.start + 1, s.end - 1) if doc[k].lower_ == "of"), None)
        if of is None or form_of(_text(doc, of + 1, s.end)) is None or _has_head(doc, s.start, of):
            continue
        start = s.start
        while start < of and (is_title_word(doc[start].text) or is_title_word(doc[start].text.rstrip("s"))):
            start += 1
        words = doc[start:of]
        titled = start > s.start or (s.start > 0 and is_title_word(doc[s.start - 1].text))
        if not 2 <= len(words) <= 3 or not all(is_name_word(t.text) for t in words) \
                or not (titled or words[0].text in gazetteer().given_genders):
            continue
        spans.items.remove(s)
        spans.items += [_Span(start, of, "PERSON", rule=True), _Span(of + 1, s.end, "GPE", rule=True)]


def _portfolios(spans: _Spans) -> None:
    """Drop "Defense" in "Minister of Defense": a portfolio named after a title is no body (a
    gazetteer name is: "leader of A Just Russia")."""
    doc = spans.doc

    def portfolio(s: _Span) -> bool:
        i = s.start - 1
        if i > 0 and doc[i].lower_ == "the":
            i -= 1
        return (s.label == "ORG" and i > 0 and doc[i].lower_ in ("of", "for") and is_title_word(doc[i - 1].text)
                and _head_at(doc, s.start, s.end) is None and not _has_head(doc, s.start, s.end)
                and _known_label(_text(doc, s.start, s.end)) is None)

    dropped = [s for s in spans.items if portfolio(s)]
    spans.items = [s for s in spans.items if s not in dropped]
    for s in dropped:  # "president of the State Affairs of the DPRK": the state stays named
        spans.items += _state_names(doc, s.start, s.end)


def _has_head(doc: Doc, start: int, end: int) -> bool:
    return any(_head_at(doc, start, k) is not None for k in range(start + 1, end + 1))


def _exercises(spans: _Spans) -> None:
    spans.items = [s for s in spans.items
                   if s.label not in ("PERSON", "ORG", "GPE", "WORK_OF_ART", "EVENT", "PRODUCT")
                   or not (_is_exercise(spans.doc, s) or _is_vote(spans.doc, s))]


# a vote written in capitals is an occasion, no actor ("the General Election", "the EU Referendum")
_VOTE_WORDS = frozenset({"election", "elections", "referendum", "by-election", "primary", "primaries"})


def _is_vote(doc: Doc, s: _Span) -> bool:
    return s.label in ("PERSON", "ORG") and s.end > s.start and doc[s.end - 1].lower_ in _VOTE_WORDS


@Language.component("newsgraph_entities")
def fix_entities(doc: Doc) -> Doc:
    """Repair the Doc's entities with the span rules of this module (see the module docstring)."""
    spans = _Spans(doc)
    _trim(spans)
    _known(spans)
    _rejoin_known(spans)
    _persons(spans)
    _peoples(spans)
    _apply_chains(spans)
    _lowercase_regions(spans)
    _lowercase_committees(spans)
    _people_of_states(spans)
    _portfolios(spans)
    _appositive_bodies(spans)
    _exercises(spans)
    doc.ents = spans.to_ents()
    return doc
