"""Actors stage: people, states, parties, bodies, outlets and regions, each with all its mentions.

Mentions (`mentions.read_mentions`) are merged into one actor per referent within the article:
  persons   full names that can be one person (`names.same_person`) are one actor; a short form
            ("Petrov", "Mr Straw", "Kim") joins the nearest full name before it with that family
            name, or the only one in the article; an unmatched short form stays only when a title
            or its clause vouches for it ("Mr Godsiff said")
  states    one actor per ISO3 code, whatever the surface (name, demonym, "DPRK", a capital acting)
  bodies    equal folded names, a shared gazetteer entry, an acronym defined in brackets or
            spelling the initials of one body named before ("TUC" after "Trades Union Congress"), or a
            shorter form of a body named before ("Security Council" after "Russian Security
            Council"); "the party" joins the one party of its paragraph when there is just one
Picture credits that name an outlet ("Korean Central TV") are media mentions in field "credits/N".
Fields are read title, captions, body, credits; every field's full person names are known first, so that a
headline's short form finds the full name the body gives. Canonical name: the longest full form (states: the gazetteer's name).
Ids "a1", "a2", ... follow the first mention in reading order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.bodies import head_last, next_actor_id, without_state
from newsgraph.extract.countries import home_country
from newsgraph.extract.mentions import Mention, credit_mention, read_mentions
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.names import fold, initials, name_words, peer_surname, same_person, short_keys
from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.lexicon import is_honorific, is_knighthood, is_title_word
from newsgraph.extract.states import code_of, name_of
from newsgraph.model import Actor
from newsgraph.model import Mention as ActorMention


@dataclass
class _Group:
    """The mentions of one actor while merging."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)
    key: str = ""
    known: str | None = None

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.known and not self.known:
            self.known = mention.known


# an acronym no bracket defines joins the body whose initials it spells from this many letters on
MIN_SPELLED_LETTERS = 3
_ROLE_RANK = {"full": 0, "acronym": 1, "short": 2, "definite": 3}  # how well a mention names its actor
_FIELD_ORDER = {"title": 0, "captions": 1, "body": 2, "credits": 3}
# the most tokens a person's full name spans ("Kim Jong - un", "Haider al - Abadi")
_MAX_NAME_TOKENS = 6


def _reading_order(fields: list[str]) -> list[str]:
    return sorted(fields, key=lambda f: (_FIELD_ORDER[f.split("/")[0]], int(f.split("/")[1]) if "/" in f else 0))


class _Merger:
    """Merges mentions into actor groups in reading order."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.states: dict[str, _Group] = {}
        self.orgs: dict[str, _Group] = {}  # folded name or gazetteer name -> group
        self.people: list[_Group] = []
        self.last_by_short: dict[str, _Group] = {}
        # a one-word form -> the person whose full name last held it, and that full mention
        self.last_full: dict[str, tuple[_Group, Mention]] = {}

    def _new(self, kind: str, key: str = "") -> _Group:
        group = _Group(kind, key=key)
        self.groups.append(group)
        return group

    def add_full_people(self, mentions: list[Mention], peers: bool) -> None:
        """Group the full person names (`peers`: the names in a peer's style, read after all others),
        so short forms can find them wherever they are. A peer's style with a family name ("Lord
        Kinnock") joins the one full name that ends on it."""
        for m in mentions:
            if m.kind != "person" or m.role != "full" or bool(peer_surname(m.name)) != peers:
                continue
            group = next((g for g in self.people if any(same_person(x.name, m.name) for x in g.mentions)), None)
            surname = peer_surname(m.name)
            if group is None and surname:
                named = [g for g in self.people if any(x.role == "full" and not peer_surname(x.name)
                                                       and fold(x.name).split()[-1] == surname for x in g.mentions)]
                group = named[0] if len(named) == 1 else None
            if group is None:
                group = self._new("person")
                self.people.append(group)
            group.add(m)

    def add(self, m: Mention) -> None:
        if m.kind == "person":
            self._person(m)
        elif m.kind == "state":
            group = self.states.get(m.country or "")
            if group is None:
                group = self.states[m.country or ""] = self._new("state", m.country or "")
            group.add(m)
        elif m.role == "definite":
            self._definite(m)
        else:
            self._org(m)

    def _person(self, m: Mention) -> None:
        if m.role == "full":
            group = next(g for g in self.people if any(x is m for x in g.mentions))
        else:
            group = self._person_by_short(fold(m.name), m)
            body = self._spelled_by(m, m.name.upper()) if group is None and m.name.istitle() else None
            if body is not None:
                # "Acpo" after "Association of Chief Police Officers": an acronym written as a word,
                # as British style writes those said as words, that the tagger took for a name
                body.add(m)
                return
            if group is None:
                if not m.cued:
                    return
                group = self._new("person")
                self.people.append(group)
            group.add(m)
        keys = short_keys(m.name) | {fold(m.name)}
        for key in {k for x in group.mentions for k in short_keys(x.name) | {fold(x.name)}}:
            self.last_by_short[key] = group
        if m.role == "full":
            self.last_full.update({key: (group, m) for key in keys})

    def _person_by_short(self, key: str, m: Mention) -> _Group | None:
        """The person a one-word form names. Of one bearer of the name, the last one mentioned
        with it, else the only one. Of several ("Donald Trump", "Ivanka Trump"), the one whose full
        name was last given in this paragraph ("Ivanka Trump said ... Trump added"); elsewhere the
        bearer the article names first, whom news calls by the bare name while naming the others
        in full."""
        candidates = [g for g in self.people if any(key in short_keys(x.name) for x in g.mentions)]
        # "Mrs. Trump" is the Trump the article names as a woman ("Melania Trump"), not "Donald Trump"
        gendered = [g for g in candidates if m.gender and _given_gender(g) == m.gender]
        if len(gendered) == 1:
            return gendered[0]
        # "Mr Blair" is not "Sir Ian Blair": news calls a knight by the style ("Sir Ian"), never "Mr"
        if m.style and not is_knighthood(m.style) and len(candidates) > 1:
            plain = [g for g in candidates if not _knighted(g)]
            if len(plain) == 1:
                return plain[0]
            candidates = plain or candidates
        if len(candidates) > 1:
            near = self.last_full.get(key)
            if near is not None and near[1].field == m.field and near[1].paragraph == m.paragraph:
                return near[0]
            return min(candidates, key=self._first_named)
        group = self.last_by_short.get(key)
        return group if group is not None else candidates[0] if candidates else None

    def _first_named(self, group: _Group) -> tuple[int, int, int]:
        """Where a person is first named in the article, in reading order."""
        return min((_FIELD_ORDER[x.field.split("/")[0]], int(x.field.split("/")[1]) if "/" in x.field else 0, x.start)
                   for x in group.mentions)

    def _org(self, m: Mention) -> None:
        keys = [k for k in (fold(m.name), fold(m.known) if m.known else None) if k]
        group = next((self.orgs[k] for k in keys if k in self.orgs), None)
        if group is None and m.role == "acronym":
            group = self._spelled_by(m)
        if group is None and m.role == "full" and not m.known and len(keys[0].split()) == 1:
            person = self._person_by_short(keys[0], m)
            if person is not None:  # "Straw" tagged as a body after "Jack Straw"
                person.add(m)
                return
        if group is None and m.generic:
            group = self._same_country(m)
        if group is None and m.role == "full" and m.country:
            group = self._same_body(m)
        if group is None and m.role == "full":
            group = self._shorter_form(m)
        if group is None and m.role == "full":
            group = self._longer_form(m)
        if group is None and m.role == "full":
            group = self._spelling(m)
        if group is None:
            group = self._new(m.kind)
        group.add(m)
        for x in group.mentions:
            for k in (fold(x.name), fold(x.known) if x.known else None, *(fold(a) for a in x.aliases)):
                if k:
                    self.orgs[k] = group

    def _spelled_by(self, m: Mention, letters: str | None = None) -> _Group | None:
        """The one body named before whose initials the acronym (`letters`, else the mention's
        name) spells: "TUC" after "Trade Unions Congress" that no bracket defined. Two letters say
        too little to tell bodies apart."""
        letters = letters or m.name.replace("&", "").replace("-", "")
        if len(letters) < MIN_SPELLED_LETTERS or not letters.isalpha():
            return None
        found = [g for g in self.groups if g.kind not in ("person", "state")
                 and any(x.role == "full" and initials(x.name) == letters for x in g.mentions)]
        return found[0] if len(found) == 1 else None

    def _spelling(self, m: Mention) -> _Group | None:
        """The one body named before only by the acronym this full name spells: "the FBI" before
        "Federal Bureau of Investigation head James Comey" is one body, however they are ordered."""
        letters = initials(m.name)
        if len(letters) < MIN_SPELLED_LETTERS or len(m.name.split()) < MIN_SPELLED_LETTERS:
            return None
        found = [g for g in self.groups if g.kind not in ("person", "state")
                 and all(x.name.replace("&", "").replace("-", "") == letters for x in g.mentions)]
        return found[0] if len(found) == 1 else None

    def _same_country(self, m: Mention) -> _Group | None:
        """ "the Vietnamese party" names the one party of Vietnam already mentioned, if just one."""
        found = [g for g in self.groups if g.kind == m.kind and any(x.country == m.country for x in g.mentions)]
        return found[0] if len(found) == 1 else None

    def _same_body(self, m: Mention) -> _Group | None:
        """The body of the same state named the other way round: "DPRK Foreign Ministry" and
        "Foreign Ministry of the DPRK" are one ministry."""
        core = fold(without_state(m.name))
        if core == fold(m.name):
            return None
        for group in reversed(self.groups):
            if group.kind == m.kind and any(x.country == m.country and x.role == "full"
                                            and fold(without_state(x.name)) == core for x in group.mentions):
                return group
        return None

    def _shorter_form(self, m: Mention) -> _Group | None:
        """A body named before whose name this one shortens, most recent first; one word only as
        an outlet's or an international body's, or as a company's first word ("Wells" for "Wells
        Fargo"; a last word alone, "the Bank", is generic)."""
        words = fold(m.name).split()
        first_only = len(words) < 2 and m.kind == "organization"
        if len(words) < 2 and m.kind not in ("media", "international_organization") and not first_only:
            return None
        def shortens(full: list[str]) -> bool:
            return len(full) > len(words) and (full[:len(words)] == words or (
                full[-len(words):] == words and not first_only))
        found = [group for group in reversed(self.groups)
                 if group.kind == m.kind and group.kind not in ("person", "state")
                 and any(shortens(fold(x.name).split()) for x in group.mentions)]
        # a first word two companies share ("Deutsche") names neither
        return found[0] if found and not (first_only and len(found) > 1) else None

    def _longer_form(self, m: Mention) -> _Group | None:
        """A body a headline or an earlier line named by the first word alone, of no kind its name
        showed: "Amnesty" before "Amnesty International" is one body, of the full name's kind."""
        words = fold(m.name).split()
        if len(words) < 2 or m.kind in ("person", "state", "organization"):
            return None
        for group in reversed(self.groups):
            if group.kind == "organization" and all(
                    x.role == "full" and not x.known and fold(x.name) == words[0] for x in group.mentions):
                group.kind = m.kind
                return group
        return None

    def _definite(self, m: Mention) -> None:
        same_paragraph = {id(g): g for g in self.groups if g.kind == m.kind and any(
            x.field == m.field and x.paragraph == m.paragraph and x.start < m.start for x in g.mentions)}
        pool = same_paragraph or {id(g): g for g in self.groups if g.kind == m.kind}
        if len(pool) == 1:
            next(iter(pool.values())).add(m)


def _knighted(group: _Group) -> bool:
    """The article gives the person's full name with a knight's style ("Sir Ian Blair")."""
    return any(m.role == "full" and m.style and is_knighthood(m.style) for m in group.mentions)


def _given_gender(group: _Group) -> str | None:
    """The gender a person's given name marks (genders.tsv), from the group's full names."""
    given = {gazetteer().given_genders.get(m.name.split()[0]) for m in group.mentions if len(m.name.split()) >= 2}
    given.discard(None)
    return given.pop() if len(given) == 1 else None


def _canonical(group: _Group) -> str:
    if group.kind == "state":
        return name_of(group.key)
    # a full name, else an acronym, else a short form ("GOP" over the "Republican" of "Republican
    # nominee"), a bare head noun ("the party") last
    best = min(_ROLE_RANK.get(m.role, len(_ROLE_RANK)) for m in group.mentions)
    full = [m.name for m in group.mentions if _ROLE_RANK.get(m.role, len(_ROLE_RANK)) == best]
    if group.kind == "party":
        # a party by the name the article calls it most ("the Tories" over one "Conservatives"),
        # as analysts name it from the text; a name modifying a noun ("Tory leader", "the Lib Dem
        # stance") is its adjective, not what the party is called
        called = [m.name for m in group.mentions if _ROLE_RANK.get(m.role, len(_ROLE_RANK)) == best
                  and not m.modifier] or full
        # a nickname sharing no word with the party's name ("Tories" for the Conservative Party)
        # yields to a form of the name itself where the article uses one ("the Conservatives"),
        # and any form to the full name where the article gives it ("the Liberal Democrats", once,
        # over a more frequent "the Lib Dems")
        return max(called, key=lambda n: (_of_name(n, group.known), n == group.known, called.count(n),
                                          len(n.split()), len(n)))
    # a person's own name ("Neil Kinnock") over the peer's style they took ("Baron Kinnock of Bedwellty")
    return max(full, key=lambda n: (not peer_surname(n), len(n.split()), len(n)))


def _of_name(form: str, known: str | None) -> bool:
    """Whether `form` shares a word stem with the gazetteer name `known` ("Conservatives" with
    "Conservative Party", "Lib Dems" with "Liberal Democrats"; "Tories" with neither); true where
    no name is known."""
    if not known:
        return True
    stems = [w.lower().rstrip("s") for w in known.split()]
    return any(s.startswith(w.lower().rstrip("s")) for w in form.split() for s in stems)


def _expand_acronyms(name: str, expansions: dict[str, str]) -> str:
    """ "Central Committee of the CPV" -> "... of the Communist Party of Vietnam" where the article
    defines the acronym."""
    words = name.split()
    if len(words) < 2:
        return name
    return " ".join(expansions.get(w, w) for w in words)


def _country(group: _Group) -> str | None:
    if group.kind == "state":
        return group.key
    found = [m.country for m in group.mentions if m.country]
    return max(set(found), key=found.count) if found else None


def _to_actor(group: _Group, actor_id: str, order: dict[str, int], expansions: dict[str, str]) -> Actor:
    name = _expand_acronyms(_canonical(group), expansions) if group.kind not in ("person", "state") \
        else _canonical(group)
    mentions = sorted(group.mentions, key=lambda m: (order[m.field], m.start))
    aliases: list[str] = []
    for m in mentions:
        for alias in (m.text, *m.aliases):
            if alias != name and alias not in aliases:
                aliases.append(alias)
    if group.known and group.known != name and group.known not in aliases:
        aliases.append(group.known)
    sectors = [m.sector for m in group.mentions if m.sector]
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in mentions:
        if (m.field, m.start, m.end) not in seen:
            seen.add((m.field, m.start, m.end))
            out.append(ActorMention(start=m.start, end=m.end, text=m.text, field=m.field))
    return Actor(id=actor_id, name=name, kind=group.kind, country=_country(group),
                 sector=sectors[0] if sectors else None, aliases=aliases, mentions=out)


def build_actors(per_field: dict[str, list[Mention]]) -> list[Actor]:
    """Merge each field's mentions into actors (see the module docstring for the rules)."""
    merger = _Merger()
    reading = _reading_order(list(per_field))
    for peers in (False, True):
        for f in reading:
            merger.add_full_people(per_field[f], peers)
    for f in reading:
        for m in per_field[f]:
            merger.add(m)
    order = {f: i for i, f in enumerate(reading)}
    groups = [g for g in merger.groups if g.mentions]
    groups.sort(key=lambda g: min((order[m.field], m.start) for m in g.mentions))
    expansions = {alias: _canonical(g) for g in groups for m in g.mentions for alias in m.aliases}
    groups = _merge_word_orders(groups, expansions)
    _inherit_parent_countries(groups, expansions)
    return [_to_actor(g, f"a{i}", order, expansions) for i, g in enumerate(groups, 1)]


def _order_keys(group: _Group, expansions: dict[str, str]) -> set[str]:
    """Keys a body's full names share with their word-order variants and acronym expansions."""
    return {fold(head_last(_expand_acronyms(m.name, expansions))) for m in group.mentions if m.role == "full"}


def _merge_word_orders(groups: list[_Group], expansions: dict[str, str]) -> list[_Group]:
    """One body however its name is ordered: "SPA Standing Committee" (the article defining SPA)
    and "Standing Committee of the Supreme People's Assembly" are one committee. Countries must agree."""
    kept: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}
    for group in groups:
        if group.kind in ("person", "state"):
            kept.append(group)
            continue
        keys = _order_keys(group, expansions)
        into = next((by_key[(group.kind, k)] for k in keys if (group.kind, k) in by_key), None)
        if into is not None and _countries_agree(into, group):
            into.mentions.extend(group.mentions)
            into.known = into.known or group.known
        else:
            kept.append(group)
            into = group
        for k in keys:
            by_key.setdefault((group.kind, k), into)
    return kept


def _countries_agree(a: _Group, b: _Group) -> bool:
    first, second = _country(a), _country(b)
    return first is None or second is None or first == second


def _inherit_parent_countries(groups: list[_Group], expansions: dict[str, str]) -> None:
    """A body of no stated country takes its parent body's: "Standing Committee of the SPA" that of the SPA."""
    countries = {fold(_expand_acronyms(m.name, expansions)): c for g in groups
                 if g.kind not in ("person", "state") and (c := _country(g)) for m in g.mentions}
    for group in groups:
        if group.kind in ("person", "state") or _country(group):
            continue
        for m in group.mentions:
            # the parent leads once the name is ordered head last: "<parent> <head>"
            reordered = fold(head_last(_expand_acronyms(m.name, expansions)))
            found = next((c for name, c in countries.items() if reordered.startswith(name + " ")), None)
            if found:
                m.country = found
                break


@stage("actors", reads=("docs",), adds=("actors",))
def find_actors(ctx: Context) -> None:
    """Read every field's actors and merge their mentions into `ctx.document.actors`."""
    home = home_country(ctx.article.body)
    per_field = {f: read_mentions(doc, f, home) for f, doc in ctx.docs.items()}
    # picture credits name the outlets whose pictures the article shows; they are read, not parsed
    for i, credit in enumerate(ctx.article.credits):
        found = credit_mention(credit, f"credits/{i}")
        if found is not None:
            per_field[found.field] = [found]
    ctx.document.actors.extend(reclaim_people(build_actors(per_field)))
    for f, doc in ctx.docs.items():
        add_full_names(ctx.document.actors, doc, f)
        add_family_names(ctx.document.actors, doc, f)
        add_body_names(ctx.document.actors, doc, f)
        add_compass_states(ctx.document.actors, doc, f)
    for f, doc in ctx.docs.items():
        add_coordinated_people(ctx, doc, f)


def reclaim_people(actors: list[Actor]) -> list[Actor]:
    """Give back to a person the organizations the parser made of their name.

    "Abadi" after "Haider al-Abadi", "Jamal Alzoubi" tagged as a body: an organization (no known
    body: no sector or country) named like exactly one person is that person.
    """
    people = [a for a in actors if a.kind == "person"]
    kept = []
    for actor in actors:
        owner = None
        if actor.kind == "organization" and not actor.sector and not actor.country:
            owner = _only_owner(people, actor.name)
        if owner is None:
            kept.append(actor)
        else:
            owner.mentions.extend(actor.mentions)
            owner.mentions.sort(key=lambda m: (m.field, m.start))
    return kept


def _only_owner(people: list[Actor], name: str) -> Actor | None:
    words = fold(name).split()
    if not words:
        return None
    owners = [p for p in people if same_person(p.name, name)
              or (len(words) == 1 and len(fold(p.name).split()) >= 2 and fold(p.name).split()[-1] == words[0])]
    return owners[0] if len(owners) == 1 else None


def _covered(actors: list[Actor], fld: str) -> set[int]:
    """The character offsets of `fld` inside some actor's mention."""
    return {k for a in actors for m in a.mentions if m.field == fld for k in range(m.start, m.end)}


def add_full_names(actors: list[Actor], doc: Doc, fld: str) -> None:
    """Mention a person wherever the parse missed their full name ("the campaign credited Jane
    Doe with ..." with "Jane" read as a product): the words of exactly one person's full name of
    two words or more, in a row, inside no other mention and not part of a longer name."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        key = fold(actor.name)
        if actor.kind == "person" and len(key.split()) >= 2:
            owners.setdefault(key, set()).add(actor.id)
    _mention_names(actors, doc, fld, owners, lambda span: fold(span.text), 2)


# the kinds of bodies whose names `add_body_names` repeats
_NAMED_BODY_KINDS = frozenset({"organization", "party", "government_body", "military", "legislature", "media",
                               "university", "international_organization"})


def add_body_names(actors: list[Actor], doc: Doc, fld: str) -> None:
    """Mention a body wherever the parse missed its name ("The charity Cafod hosted the
    speech. Cafod wants ...", the second "Cafod" tagged as nothing): the words of exactly one
    body's name or alias, as written (capitals and all), inside no other mention and not part
    of a longer name."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind in _NAMED_BODY_KINDS:
            for name in {actor.name, *actor.aliases}:
                if _proper_name(name):
                    owners.setdefault(name, set()).add(actor.id)
    _mention_names(actors, doc, fld, owners, lambda span: span.text, 1)


# words a body's proper name may hold in lower case ("Ministry of Defence", "Party for Freedom")
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le"})


def _proper_name(name: str) -> bool:
    """A name, not a description ("The party"): its first word and each word not a link word capitalised."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_LINKS for w in words)


def _mention_names(actors: list[Actor], doc: Doc, fld: str, owners: dict[str, set[str]],
                   key: Callable[[Span], str], min_tokens: int) -> None:
    """Add a mention of its actor for each run of capitalised-first words of `doc` whose `key` one
    actor alone owns in `owners`, inside no other mention and not part of a longer name."""
    covered = _covered(actors, fld)
    by_id = {a.id: a for a in actors}
    for tok in doc:
        if not tok.is_title or tok.idx in covered:
            continue
        for end in range(tok.i + min_tokens, min(len(doc), tok.i + _MAX_NAME_TOKENS) + 1):
            span = doc[tok.i:end]
            ids = owners.get(key(span))
            if not ids or len(ids) != 1 or span.end_char - 1 in covered or not _stands_alone(doc, span):
                continue
            actor = by_id[next(iter(ids))]
            actor.mentions.append(ActorMention(start=span.start_char, end=span.end_char, text=span.text, field=fld))
            actor.mentions.sort(key=lambda m: (m.field, m.start))
            covered.update(range(span.start_char, span.end_char))
            break


# the first words of states' names that news uses alone for the state ("the North" for North Korea)
_COMPASS_WORDS = frozenset({"North", "South"})


def add_compass_states(actors: list[Actor], doc: Doc, fld: str) -> None:
    """Mention a state where news names it by the first word of its name after "the" ("North
    Korea rejected the offer. The North said ...", "the South's army"): a compass word, capitalised,
    not part of a longer name, where exactly one state the article names has a name opening with it."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        words = actor.name.split()
        if actor.kind == "state" and len(words) == 2 and words[0] in _COMPASS_WORDS:
            owners.setdefault(words[0], set()).add(actor.id)
    covered = _covered(actors, fld)
    by_id = {a.id: a for a in actors}
    for tok in doc:
        ids = owners.get(tok.text)
        if not ids or len(ids) != 1 or tok.idx in covered or tok.i == 0 or doc[tok.i - 1].lower_ != "the" \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title):
            continue
        actor = by_id[next(iter(ids))]
        actor.mentions.append(ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, field=fld))
        actor.mentions.sort(key=lambda m: (m.field, m.start))


def add_family_names(actors: list[Actor], doc: Doc, fld: str) -> None:
    """Mention a person wherever the parse missed their family name on its own ("Carter thanked
    Abadi" after "Haider al-Abadi"): a capitalised word standing alone, not inside another mention,
    equal to the last word of exactly one person's full name.
    """
    owners: dict[str, set[str]] = {}
    for actor in actors:
        words = fold(" ".join(name_words(actor.name))).split()
        if actor.kind == "person" and len(words) >= 2:
            owners.setdefault(words[-1], set()).add(actor.id)
    covered = _covered(actors, fld)
    by_id = {a.id: a for a in actors}
    for tok in doc:
        key = fold(tok.text)
        ids = owners.get(key)
        if not ids or len(ids) != 1 or not tok.is_title or tok.idx in covered or not _stands_alone(doc, doc[tok.i:tok.i + 1]):
            continue
        # a post's word is a family name only where no article or possessive makes it a post
        # ("Axelrod calls on Dean to apologize" after "Howard Dean"; not "the Dean said")
        if code_of(tok.text) or (is_title_word(tok.text) and (tok.i == 0 or doc[tok.i - 1].dep_ in ("det", "poss")
                                                               or doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS"))):
            continue
        by_id[next(iter(ids))].mentions.append(
            ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, field=fld))


def add_coordinated_people(ctx: Context, doc: Doc, fld: str) -> None:
    """"Kerry met with Fabius and Hollande": a capitalised word the parse tagged as nothing,
    coordinated with a person's family name standing alone, is a family name too: of the person
    the article names by it, if one, else of a new person."""
    actors = ctx.document.actors
    covered = _covered(actors, fld)
    # the single-word mentions of people: family names standing alone
    surnames = {m.start for a in actors if a.kind == "person" for m in a.mentions
                if m.field == fld and " " not in m.text}
    for tok in doc:
        span = doc[tok.i: tok.i + 1]
        if tok.pos_ != "PROPN" or tok.dep_ != "conj" or not tok.is_title or not tok.is_alpha \
                or tok.head.idx not in surnames or tok.idx in covered or not _stands_alone(doc, span) \
                or tok.text in gazetteer().known or code_of(tok.text) or is_title_word(tok.text) \
                or is_honorific(tok.text):
            continue
        mention = ActorMention(start=span.start_char, end=span.end_char, text=span.text, field=fld)
        known = [a for a in actors if a.kind == "person" and fold(a.name).split()[-1:] == [fold(tok.text)]]
        if len(known) == 1:
            known[0].mentions.append(mention)
            known[0].mentions.sort(key=lambda m: (m.field, m.start))
        elif not known:
            actors.append(Actor(id=next_actor_id(ctx), name=span.text, kind="person", mentions=[mention]))
        covered.update(range(span.start_char, span.end_char))


def _stands_alone(doc: Doc, words: Span) -> bool:
    """Neither neighbour is a capitalised word, so the words are not part of a longer name; a form
    of address before them ("Mr Hollis", "Sir Alan") is not part of a name."""
    def capital(t: Token) -> bool:
        return t.is_alpha and t.text[:1].isupper()
    prev = doc[words.start - 1] if words.start > 0 else None
    before = prev is not None and not words[0].is_sent_start and capital(prev) and not is_honorific(prev.text)
    after = words.end < len(doc) and capital(doc[words.end])
    return not (before or after)
