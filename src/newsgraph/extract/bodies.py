"""Organizations named inside titles and delegations: reuse the actor the actors stage found, or add one.

"Chairman of the State Council of Crimea": when no actor covers "State Council of Crimea", the
positions stage adds it (kind from its head noun in `data/heads.tsv`, country from a state named in it)
with its mention, so the post can point at an actor id.
"""

from __future__ import annotations

import re

from newsgraph.extract.gazetteer import Head, gazetteer
from newsgraph.extract.pipeline import Context
from newsgraph.extract.states import MAX_STATE_TOKENS, code_of
from newsgraph.model import Actor, Mention

ORGANIZATION_KINDS = frozenset({"organization", "party", "government_body", "military", "legislature",
                                "media", "university", "international_organization", "region", "group"})


def kind_of(name: str) -> str:
    """Actor kind of an organization by its head noun (`heads.tsv`): "Ministry of X", "X Council".

    The head is the last word before the first "of" ("State Council of Crimea" -> council), or
    the first word when the name opens with one ("Ministry of Defense"); a head that heads.tsv
    lists with its complement ("chamber of commerce") goes first.
    """
    complemented = complement_head(name)
    if complemented is not None:
        return complemented.kind
    words = name.lower().split(" of ")[0].split()
    heads = gazetteer().heads
    for n in range(min(3, len(words)), 0, -1):
        head = heads.get(" ".join(words[-n:]))
        if head:
            return head.kind
    first = heads.get(words[0]) if words else None
    return first.kind if first else "organization"


def complement_head(name: str) -> Head | None:
    """The head a body's name makes with its "of" complement, where heads.tsv lists the pair:
    "British Chambers of Commerce" is a chamber of commerce (a business body, no legislature),
    "Congress of South African Trade Unions" a congress of unions. None for other names."""
    before, of, after = " ".join(name.lower().split()).partition(" of ")
    if not of or not before:
        return None
    head_word, rest = before.split()[-1], after.split()
    # the complement's first words ("of Commerce and Industry") or its last ("of South African Trade Unions")
    for n in range(min(3, len(rest)), 0, -1):
        for part in (rest[:n], rest[-n:]):
            head = gazetteer().head(f"{head_word} of {' '.join(part)}")
            if head is not None:
                return head
    return None


def country_in(name: str) -> str | None:
    """ISO3 of a state the name begins with ("Russian Security Council") or ends on ("... of Vietnam")."""
    words = name.replace("'s ", " ").split()
    for n in range(min(MAX_STATE_TOKENS, len(words) - 1), 0, -1):
        code = code_of(" ".join(words[:n]))
        if code:
            return code
    match = re.search(r"\bof (?:the )?([^,]+)$", name)
    if match:
        tail = match.group(1).split()
        for n in range(min(MAX_STATE_TOKENS, len(tail)), 0, -1):
            code = code_of(" ".join(tail[-n:]))
            if code and n == len(tail):
                return code
    return None


def without_state(name: str) -> str:
    """The name of a state's body without the state: "DPRK Foreign Ministry" and "Foreign Ministry
    of the Democratic People's Republic of Korea" -> "Foreign Ministry"; others unchanged."""
    words = name.replace("\u2019", "'").split()
    for n in range(min(MAX_STATE_TOKENS, len(words) - 1), 0, -1):
        if code_of(" ".join(words[:n])):
            words = words[n:]
            break
    for k in range(len(words) - 2, 0, -1):
        if words[k] == "of" and code_of(" ".join(words[k + 1:])):
            words = words[:k]
            break
    return " ".join(words)


def head_last(name: str) -> str:
    """A subordinate body's name with its parent first: "Standing Committee of the Supreme People's
    Assembly" -> "Supreme People's Assembly Standing Committee", the order "SPA Standing Committee"
    takes; names not shaped "<head> of <parent>" unchanged."""
    match = re.match(r"(.+?) of (?:the )?(.+)$", name)
    if match is None or gazetteer().head(match.group(1).split()[-1]) is None:
        return name
    return f"{match.group(2)} {match.group(1)}"


def _key(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).lower()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s$", "", text)


def next_actor_id(ctx: Context) -> str:
    """A fresh actor id continuing the document's "a<N>" numbering."""
    numbers = [int(a.id[1:]) for a in ctx.document.actors if re.fullmatch(r"a\d+", a.id)]
    taken = {a.id for a in ctx.document.actors}
    n = max(numbers, default=0) + 1
    while f"a{n}" in taken:
        n += 1
    return f"a{n}"


def organization_actor(ctx: Context, field: str, start: int, end: int, name: str,
                       kind: str | None = None) -> str:
    """Id of the organization named `name` whose text lies at [start, end) of `field`.

    Reuses an actor whose name, alias or a mention equals the name (article aside), adding this
    mention to it; otherwise adds an actor. Call `ctx.reindex()` once after a batch of calls.
    """
    text = ctx.article.field_text(field)[start:end]
    keys = {_key(name), _key(text)}
    for actor in ctx.document.actors:
        if actor.kind == "person":
            continue
        names = {_key(actor.name), *(_key(a) for a in actor.aliases)}
        same_mention = any(m.field == field and _key(m.text) in keys for m in actor.mentions)
        if names & keys or same_mention:
            if not any(m.field == field and m.start == start and m.end == end for m in actor.mentions):
                actor.mentions.append(Mention(start=start, end=end, text=text, field=field))
            return actor.id
    actor = Actor(id=next_actor_id(ctx), name=name, kind=kind or kind_of(name), country=country_in(name),
                  mentions=[Mention(start=start, end=end, text=text, field=field)])
    ctx.document.actors.append(actor)
    return actor.id
