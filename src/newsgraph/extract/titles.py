"""Reading one post out of a title phrase in a parsed sentence.

"Acting Governor of the Kursk region"     -> title "Acting Governor", qualifier "acting",
                                              organization "Kursk region"
"Chinese Premier"                         -> title "Premier", country CHN
"Minister of Natural Resources and Ecology" -> the whole phrase is the title (a portfolio)
"president of the Russian Federation"     -> title "president", country RUS, no organization
"member of the Presidium ... of the C.C., WPK" -> organization "Presidium ... of the C.C., WPK"
"vice-president of research at X University" -> title "vice-president of research", organization
                                              "X University" (a field, then the body after "at")
"the Tories' newly-appointed health spokesman" -> title "health spokesman", organization "Tories"
"the organisation's president"            -> organization: the last organization named before

`read_post(doc, i, limit)` reads the phrase that starts at token `i` (an article "a/an/the" first is
allowed) and never reads at or past token `limit`. It knows words only through the shared title
lexicon (`lexicon.titles()`), the posts table (`data/posts.tsv`) and state names (`states.code_of`);
which tokens belong to people or organizations comes from the caller's `Mentions`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import is_form_of_address, is_honorific, is_title_head, read_tsv, titles
from newsgraph.extract.states import code_of
from newsgraph.model import Document

ARTICLES = frozenset({"a", "an", "the"})
# prepositions that attach a post to its body ("of the WPK", "an analyst with the Eurasia Group"),
# place ("at the university") or host
COMPLEMENT_PREPS = frozenset({"of", "at", "for", "to", "with"})
# words that end an organization's name: a clause or a place follows ("in Vladivostok", "who said")
NAME_BREAKS = frozenset({"in", "on", "since", "who", "whom", "which", "that", "where", "when", "with",
                         "from", "as", "by", "during", "after", "before", "while", "said", "says"})
CLOSING = frozenset({";", ".", ":", "!", "?", '"', "\u201c", "\u201d", ")", "]", "--", "\u2014", "\u2013"})
NON_TITLE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
MODIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ"})
MAX_MODIFIERS = 5
MAX_STATE_WORDS = 4
QUOTES = frozenset({'"', "\u201c", "\u201d"})
MAX_QUOTED_WORDS = 10


@dataclass(frozen=True)
class PostTable:
    """The positions stage's own reading rules from `posts.tsv`."""

    portfolio_heads: frozenset[str]
    whole_titles: frozenset[str]
    continuations: frozenset[str]
    abbreviations: dict[str, str]
    government: frozenset[str]
    sectors: dict[str, str]
    populace: frozenset[str]
    bodies: frozenset[str]
    departments: frozenset[str]
    unnamed: frozenset[str]
    abbreviated: frozenset[str]
    epithets: frozenset[str]


@functools.lru_cache(maxsize=1)
def post_table() -> PostTable:
    """`posts.tsv`, loaded once."""
    roles: dict[str, set[str]] = {"portfolio": set(), "title": set(), "continuation": set(), "government": set(),
                                  "populace": set(), "body": set(), "department": set(),
                                  "unnamed": set(), "abbreviated": set(), "epithet": set()}
    abbreviations: dict[str, str] = {}
    sectors: dict[str, str] = {}
    for phrase, role, *rest in read_tsv("posts.tsv"):
        if role == "abbreviation":
            abbreviations[phrase.lower()] = rest[0]
        elif role == "sector":
            sectors[phrase.lower()] = rest[0]
        elif role in roles:
            roles[role].add(phrase.lower())
        else:
            raise ValueError(f"posts.tsv: unknown role {role!r} for {phrase!r}")
    return PostTable(frozenset(roles["portfolio"]), frozenset(roles["title"]),
                     frozenset(roles["continuation"]), abbreviations, frozenset(roles["government"]), sectors,
                     frozenset(roles["populace"]), frozenset(roles["body"]), frozenset(roles["department"]),
                     frozenset(roles["unnamed"]), frozenset(roles["abbreviated"]), frozenset(roles["epithet"]))


# how many words a portfolio's list of departments runs to ("Culture, Media and Sport Secretary")
_PORTFOLIO_WORDS = 6


def names_a_portfolio(span: Span) -> bool:
    """ "Health Secretary X", "the Transport spokesman", "Culture, Media and Sport Secretary X": a
    department word (`posts.tsv` departments), or a capitalised word listed with departments, right
    before a title head belongs to the title; it names no body (nor "the media")."""
    doc = span.doc
    departments = post_table().departments
    if span.text.lower() in departments and span.end < len(doc) and is_title_head(doc[span.end].text):
        return True
    listed = [span.text.lower()]
    j = span.start - 1
    while j >= 0 and span.start - j < _PORTFOLIO_WORDS and (doc[j].text in (",", "and", "&") or doc[j].is_title):
        if doc[j].is_title:
            listed.append(doc[j].lower_)
        j -= 1
    i = span.end
    while i < len(doc) and i - span.end < _PORTFOLIO_WORDS and not is_title_head(doc[i].text):
        tok = doc[i]
        if tok.text in (",", "and", "&"):
            i += 1
            continue
        if not tok.is_title:
            return False
        listed.append(tok.lower_)
        i += 1
    # most of a portfolio's words are departments ("Culture, Media and Sport"); a list of bodies
    # ending in one ("Microsoft, Google and Health Secretary X") is not a portfolio
    return i < len(doc) and is_title_head(doc[i].text) and 2 * sum(w in departments for w in listed) > len(listed)


def is_abbreviated_title(word: str) -> bool:
    """Whether `word` is a title shortened before a name ("Sen.", "Gov."): a form of address to the
    names stage, but a post of the name it precedes."""
    return word.lower() in post_table().abbreviated


def is_government_post(title: str) -> bool:
    """Whether `title` is an office of a state's government ("Foreign Minister", "Vice President")."""
    words = title.lower().replace("-", " ").split()
    government = post_table().government
    return any(" ".join(words[k:]) in government for k in range(len(words)))


def post_sector(title: str) -> str | None:
    """The PLOVER/CAMEO agent sector a post puts its holder in ("Defence Minister" GOV, "General"
    MIL, "MP" LEG), by the longest ending of the title that posts.tsv gives one; None if none."""
    words = title.lower().replace("-", " ").split()
    table = post_table()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if tail in table.sectors:
            return table.sectors[tail]
        if tail in table.government:
            return "GOV"
    return None


@dataclass
class Mentions:
    """Which tokens of one Doc belong to actors' mentions, by kind: what `read_post` must respect."""

    person: dict[int, str] = field(default_factory=dict)   # token index -> person actor id
    other: dict[int, str] = field(default_factory=dict)    # token index -> organization/party/... id
    state: dict[int, str] = field(default_factory=dict)    # token index -> state actor id
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)  # (start, end, id, kind)
    kinds: dict[str, str] = field(default_factory=dict)   # actor id -> kind

    @classmethod
    def of(cls, document: Document, field_name: str, doc: Doc) -> Mentions:
        """Token index of every actor mention in `field_name`, whose parsed text is `doc`."""
        out = cls()
        for actor in document.actors:
            out.kinds[actor.id] = actor.kind
            by_kind = out.person if actor.kind == "person" else out.state if actor.kind == "state" else out.other
            for m in actor.mentions:
                if m.field != field_name:
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                for k in range(span.start, span.end):
                    by_kind.setdefault(k, actor.id)
                out.spans.append((span.start, span.end, actor.id, actor.kind))
        out.spans.sort()
        return out


@dataclass(frozen=True)
class Post:
    """One post read from a title phrase; token offsets into the Doc it was read from."""

    start: int                       # first token of the title (after any article)
    end: int                         # token after the phrase, organization included
    title: str                       # as written, qualifiers included ("Acting Governor")
    qualifier: str | None            # lower case ("acting", "first", "deputy")
    organization: tuple[int, int] | None = None   # token span of the organization's name
    organization_name: str | None = None          # its name, abbreviations written out
    country: str | None = None       # the post's state, when the phrase names it
    host: str | None = None          # the state an envoy is sent to ("Ambassador to the DPRK")

    def char_span(self, doc: Doc) -> tuple[int, int]:
        """Character offsets of the whole phrase."""
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)


def _phrase(doc: Doc, i: int, j: int) -> str:
    return doc[i:j].text.lower()


def head_length(doc: Doc, i: int, limit: int) -> int:
    """Tokens in the longest title head (lexicon head, posts.tsv whole or abbreviated title) starting
    at `i`."""
    lex, table = titles(), post_table()
    best = 0
    # heads are at most a few words; hyphens are separate tokens, so look a little further
    for j in range(i + 1, min(limit, i + 3 * lex.longest + 3) + 1):
        phrase = _phrase(doc, i, j)
        if phrase in lex.heads or phrase in table.whole_titles or phrase in table.abbreviated:
            best = j - i
    return best


def _qualifies_later_head(doc: Doc, i: int, h: int, limit: int, mentions: Mentions) -> bool:
    """Whether the head word at `i` only qualifies a head a few modifiers later.

    "Deputy" is a post of its own ("a deputy to the SPA") but qualifies in "Deputy Foreign
    Minister", where modifier words lead on to another head.
    """
    if h != 1 or not is_qualifier(doc[i]):
        return False
    for k in range(i + 1, min(limit, i + 1 + MAX_MODIFIERS)):
        if k in mentions.person or doc[k].pos_ not in MODIFIER_POS:
            return False
        if head_length(doc, k, limit):
            return k > i + 1
    return False


def participle_length(doc: Doc, i: int, limit: int) -> int:
    """Tokens in an "-ly" adverb and the participle it modifies starting at `i` ("newly-appointed",
    "recently elected"), or 0: how the holder came to a post, no word of its title."""
    if not (doc[i].pos_ == "ADV" and doc[i].lower_.endswith("ly")):
        return 0
    k = i + 1 + (i + 1 < limit and doc[i + 1].text == "-")
    return k + 1 - i if k < limit and doc[k].tag_ == "VBN" else 0


def is_possessive(token: Token) -> bool:
    """A possessive ending: "'s", or a plural's bare apostrophe ("the Tories' leader")."""
    return token.tag_ == "POS" or token.text in ("'s", "\u2019s")


def is_qualifier(token: Token) -> bool:
    """A qualifier word of the lexicon ("acting", "former", "first")."""
    return token.lower_ in titles().qualifiers


def state_length(doc: Doc, i: int, limit: int) -> tuple[int, str | None]:
    """(tokens, ISO3) of the longest state name or demonym starting at `i`, or (0, None)."""
    for j in range(min(limit, i + MAX_STATE_WORDS), i, -1):
        code = code_of(doc[i:j].text)
        if code:
            return j - i, code
    return 0, None


def starts_post(doc: Doc, i: int, limit: int, mentions: Mentions) -> bool:
    """Whether a post phrase begins at `i` (after an optional article and continuation word)."""
    while i < limit and (doc[i].lower_ in ARTICLES or doc[i].lower_ in post_table().continuations):
        i += 1
    # "the party's national chair": after a body's possessive an adjective may lead to the head ("as
    # the new king" is no post)
    owned = i > 0 and doc[i - 1].lower_ in ARTICLES and _is_body_possessive(doc, i, limit)
    i += 2 * owned
    if i >= limit or i in mentions.person:
        return False
    j = i
    # "former", "acting"; "transport" in "as transport secretary"
    while j < limit and j - i <= 2 and (is_qualifier(doc[j]) or doc[j].lower_ in post_table().departments
                                         or (owned and doc[j].pos_ == "ADJ")) \
            and not head_length(doc, j, limit):
        j += 1
    return bool(head_length(doc, j, limit))


def _name_end(doc: Doc, i: int, limit: int, mentions: Mentions) -> int:
    """Token after the organization or portfolio name that starts at `i`."""
    abbreviations = post_table().abbreviations
    k = i
    while k < limit:
        tok = doc[k]
        text = tok.text
        if text == ",":
            # "the C.C., WPK": the comma after an abbreviation stays inside the name
            if k > i and doc[k - 1].lower_ in abbreviations:
                k += 1
                continue
            break
        if text in QUOTES and _quoted_part(doc, i, k, limit):
            k += 1
            continue
        if text in CLOSING or text == "(" or "\n" in text or tok.is_space:
            break
        if k in mentions.person:
            break
        low = tok.lower_
        if low == "and":
            if k + 1 >= limit or k + 1 in mentions.person or starts_post(doc, k + 1, limit, mentions):
                break
            k += 1
            continue
        if low in NAME_BREAKS and not (k > i and tok.is_title):
            break
        if tok.is_lower and low not in {"of", "the", "for", "'s", "-", "de", "and"} and tok.pos_ not in MODIFIER_POS:
            break
        # "chairman of the Green Party last year": a time phrase ends the name
        if tok.is_lower and (tok.pos_ in ("VERB", "AUX") or tok.ent_type_ in NON_TITLE_ENTS):
            break
        k += 1
    while k > i and doc[k - 1].lower_ in {"and", "the", "of", "for", "'s", "-", ","}:
        k -= 1
    return k


def _quoted_part(doc: Doc, i: int, k: int, limit: int) -> bool:
    """Whether the quote mark at `k` opens or closes a quoted word inside the name started at `i`.

    Party names quote a word of their own (People Unity-"Kyrgyz El" Republican Party, the
    "Aalam-Party of Non-Parties", Communist Party "Russian Communists"): a quote closes one opened
    inside the name, or opens one, after an article or a capitalised word of the name, that closes
    within a few words.
    """
    opened = sum(sum(doc[j].text.count(q) for q in QUOTES) for j in range(i, k)) % 2 == 1
    if opened:
        return True
    if k > i and doc[k - 1].lower_ not in ARTICLES and not doc[k - 1].is_title:
        return False
    return any(doc[j].text in QUOTES for j in range(k + 1, min(limit, k + MAX_QUOTED_WORDS + 1)))


def name_text(doc: Doc, i: int, j: int) -> str:
    """An organization's name from tokens [i, j): article dropped, abbreviations written out."""
    abbreviations = post_table().abbreviations
    words: list[str] = []
    k = i
    while k < j and doc[k].lower_ == "the":
        k += 1
    start = k
    while k < j:
        tok = doc[k]
        long = abbreviations.get(tok.lower_)
        if long and k + 1 < j and doc[k + 1].text == ",":
            # "C.C., WPK" -> "Central Committee of the WPK"
            words.append(long + " of the ")
            k += 2
            continue
        words.append(tok.text_with_ws if k + 1 < j else tok.text)
        k += 1
    text = "".join(words) if k > start else ""
    return " ".join(text.split())


def _trailing_state(doc: Doc, i: int, j: int) -> tuple[int, str | None]:
    """(token where it starts, ISO3) of a final "of [the] STATE" inside [i, j), or (j, None)."""
    for k in range(j - 2, i - 1, -1):
        if doc[k].lower_ != "of":
            continue
        s = k + 1 + (doc[k + 1].lower_ == "the")
        n, code = state_length(doc, s, j)
        if code and s + n == j:
            return k, code
    return j, None


def _names_a_body(doc: Doc, start: int, end: int, mentions: Mentions) -> bool:
    """Whether doc[start:end] names a body: an actor's mention, a body's head noun ("the committee")
    or a title word, or a proper word that is not a demonym ("the Cuban nation" names a people,
    "rare courage" a quality)."""
    if doc[end - 1].lower_ in post_table().populace:
        return False
    # "the committee", "the delegation": a body by its head noun alone, written in lower case
    return any(k in mentions.other or gazetteer().head(doc[k].text) is not None or doc[k].lower_ in titles().words
               or doc[k].lower_ in post_table().bodies or (doc[k].text[:1].isupper() and not code_of(doc[k].text))
               for k in range(start, end))


def _several_bodies(doc: Doc, start: int, end: int, mentions: Mentions) -> bool:
    """Whether doc[start:end] is a plural common noun phrase no actor's mention covers ("the
    newspapers"): several bodies, no one name."""
    last = doc[end - 1]
    return last.is_lower and last.tag_ == "NNS" and not any(k in mentions.other for k in range(start, end))


def _body_after_field(doc: Doc, k: int, limit: int, mentions: Mentions) -> tuple[int, int] | None:
    """Token span of the body an "at" at `k` names after a post's field ("vice-president of research
    at Manchester University"), or None."""
    if k + 1 >= limit or doc[k].lower_ != "at":
        return None
    start = k + 1 + (doc[k + 1].lower_ == "the")
    end = _name_end(doc, start, limit, mentions)
    if end <= start or any(n in mentions.person for n in range(start, end)) \
            or not _names_a_body(doc, start, end, mentions):
        return None
    return start, end


def _is_body_possessive(doc: Doc, j: int, limit: int) -> bool:
    """Whether a body's head noun and a possessive stand at `j` ("the party's", "the organisation's")."""
    return j + 1 < limit and gazetteer().head(doc[j].text) is not None and is_possessive(doc[j + 1])


def _body_named_back(doc: Doc, j: int, limit: int, mentions: Mentions) -> tuple[int, int] | None:
    """The mention a head noun and possessive at `j` ("the party's", "the organisation's") point back
    to: the last body of the head's kind named in this sentence or the one before, or None."""
    head = gazetteer().head(doc[j].text)
    if head is None or not _is_body_possessive(doc, j, limit):
        return None
    sent = doc[j].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    # the actors stage may have made "the party" a mention of its own: the body is named before it
    own = j
    while own - 1 >= first and j in mentions.other and mentions.other.get(own - 1) == mentions.other[j]:
        own -= 1
    for k in range(own - 1, first - 1, -1):
        if k in mentions.other and mentions.kinds.get(mentions.other[k]) == head.kind:
            start = k
            while start - 1 >= first and mentions.other.get(start - 1) == mentions.other[k]:
                start -= 1
            return start, k + 1
    return None


def read_post(doc: Doc, i: int, limit: int, mentions: Mentions, plural: bool = False) -> Post | None:
    """The post whose title phrase starts at token `i`, or None when none starts there; with
    `plural`, a plural head ("secretaries of the Central Committee") reads as its singular."""
    j = i
    if j < limit and doc[j].lower_ in ARTICLES:
        j += 1
    start = j
    country: str | None = None
    organization: tuple[int, int] | None = None
    title_tokens: list[int] = []
    qualifiers: list[str] = []
    # "respected General Secretary", "Respected Fatherly Marshal": honorifics address, they are no title
    addressed = start > 0 and is_honorific(doc[start - 1].text)
    skipped = 0   # participle tokens ("newly-appointed"), which take no modifier's place
    # words before the head: qualifiers, demonyms, the body's name, portfolio words ("Foreign")
    while True:
        if j >= limit or j - start - skipped > MAX_MODIFIERS or j in mentions.person:
            return None
        h = head_length(doc, j, limit)
        if h and not _qualifies_later_head(doc, j, h, limit, mentions):
            break
        if plural and singular_head(doc[j]):
            break
        tok = doc[j]
        if is_honorific(tok.text) and not is_qualifier(tok):
            addressed = True
            j += 1
            continue
        if j == start > i and _is_body_possessive(doc, j, limit):
            # "Tony Hunter, the organisation's president": the body the text named just before, if
            # any ("the party's national chair" names a post all the same)
            organization = _body_named_back(doc, j, limit, mentions)
            j += 2
            continue
        n = participle_length(doc, j, limit)
        if n:
            j += n
            skipped += n
            continue
        n, code = state_length(doc, j, limit)
        if code and not is_qualifier(tok):
            country = country or code
            j += n
            if j < limit and is_possessive(doc[j]):
                j += 1
            continue
        if j in mentions.other:
            # "Tory leader", "Newsnight journalist", "the BBC's political editor"
            k = j
            while k < limit and mentions.other.get(k) == mentions.other[j]:
                k += 1
            organization = (j, k)
            # "the Liberal Democrats' foreign affairs spokesman": a plural's bare apostrophe too
            j = k + (k < limit and is_possessive(doc[k]))
            continue
        if tok.is_lower and tok.lower_ in post_table().epithets and not title_tokens:
            # "conservative economist": how the text sees the holder, no word of the post (written
            # "Conservative", it may name a party: "Conservative MP")
            j += 1
            skipped += 1
            continue
        if is_qualifier(tok):
            qualifiers.append(tok.lower_)
        # a hyphen joins words ("vice-chairman"), so never opens a title; one with a space after it
        # opens a list item
        elif (tok.text == "-" and not tok.whitespace_ and j > start) or (
                tok.pos_ in MODIFIER_POS and tok.ent_type_ not in NON_TITLE_ENTS and not is_possessive(tok)):
            pass
        else:
            return None
        title_tokens.append(j)
        j += 1
    # the head, and heads joined to it ("Deputy Prime Minister", "vice-chairman")
    head_start = j
    while j < limit and (h := head_length(doc, j, limit)):
        j += h
    singular: dict[int, str] = {}
    if plural and j == head_start and j < limit and singular_head(doc[j]):
        # the singular as written: "Senators" -> "Senator", "secretaries" -> "secretary"
        text = doc[j].text
        singular[j] = text[:-3] + "y" if text.lower().endswith("ies") else text[:-1]
        j += 1
    head_words = _phrase(doc, head_start, j).replace("-", " ").split()
    if len(head_words) > 1 and head_words[0] in titles().qualifiers:
        qualifiers.append(head_words[0])
    title_tokens.extend(range(head_start, j))
    head = " ".join(singular.get(k, doc[k].lower_) for k in range(head_start, j))
    host: str | None = None
    end = j
    if j + 1 < limit and doc[j].lower_ in COMPLEMENT_PREPS:
        prep = doc[j].lower_
        name_start = j + 1
        name_end = _name_end(doc, name_start, limit, mentions)
        if name_end > name_start and not any(k in mentions.person for k in range(name_start, name_end)):
            bare = name_start + (doc[name_start].lower_ == "the")
            # "an analyst at the libertarian Cato Institute": the body's name starts after the epithet
            while bare + 1 < name_end and doc[bare].is_lower and doc[bare].lower_ in post_table().epithets:
                bare += 1
            n, code = state_length(doc, bare, name_end)
            end = name_end
            if code and bare + n == name_end:
                if prep == "to":
                    host = code
                else:
                    country = country or code
            elif prep == "to" and head not in post_table().portfolio_heads:
                end = j   # "adviser to the president": not a body the post belongs to
            elif _is_portfolio(head, prep):
                cut, code = _trailing_state(doc, name_start, name_end)
                country = country or code
                title_tokens.extend(range(j, cut))
            elif not _names_a_body(doc, bare, name_end, mentions):
                # "head of policy at the Institute", "associate for outreach at the Institute": the
                # field stays in the title, the body follows
                body = _body_after_field(doc, name_end, limit, mentions) if prep in ("of", "for") else None
                if body is not None:
                    title_tokens.extend(range(j, name_end))
                    organization, end = body, body[1]
                elif prep == "of":
                    # "a champion of rare courage", "the beloved father of the Cuban nation": a
                    # description of the person, not a post in a body
                    return None
                # else "a lawyer for the family": whom the post serves, no body it is held in
            elif _several_bodies(doc, bare, name_end, mentions):
                pass   # "a lawyer for the news outlets": the post serves them, it is held in neither
            else:
                organization = (bare, name_end)
                cut, code = _trailing_state(doc, bare, name_end)
                lead, lead_code = state_length(doc, bare, name_end)
                country = country or code or (lead_code if lead < name_end - bare else None)
    if addressed and organization is None and is_form_of_address(head):
        return None
    title = _join(doc, title_tokens, singular)
    return Post(
        start=start, end=end, title=title,
        qualifier=" ".join(dict.fromkeys(qualifiers)) or None,
        organization=organization,
        organization_name=name_text(doc, *organization) if organization else None,
        country=country, host=host,
    )


def skip_parenthetical(doc: Doc, j: int, limit: int) -> int:
    """Token after "(CPV)" when one follows `j`; `j` otherwise."""
    if j < limit and doc[j].text == "(":
        for k in range(j + 1, min(limit, j + 8)):
            if doc[k].text == ")":
                return k + 1
    return j


def _join(doc: Doc, tokens: list[int], words: dict[int, str] | None = None) -> str:
    """The text of possibly gapped tokens, as written ("former minister" out of "former Labour
    minister"), with `words` standing for the tokens they name (a plural head's singular)."""
    parts = []
    for n, k in enumerate(tokens):
        last = n + 1 == len(tokens)
        gap = not last and tokens[n + 1] != k + 1
        text = (words or {}).get(k, doc[k].text)
        parts.append(text if last else text + (" " if gap else doc[k].whitespace_))
    return " ".join("".join(parts).split())


def singular_head(tok: Token) -> str | None:
    """The title head a plural word is the plural of ("secretaries" -> "secretary", "MPs" -> "mp"),
    read from the word itself (the tagger often takes a capitalised plural for a name)."""
    low = tok.lower_
    forms = ([low[:-3] + "y"] if low.endswith("ies") else []) + ([low[:-1]] if low.endswith("s") else [])
    return next((f for f in forms if f in titles().heads), None)


def _is_portfolio(head: str, prep: str) -> bool:
    words = head.replace("-", " ").split()
    table = post_table()
    return prep in ("of", "for") and any(
        " ".join(words[k:]) in table.portfolio_heads or "-".join(words[k:]) in table.portfolio_heads
        for k in range(len(words)))
