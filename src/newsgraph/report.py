"""The readable report of `newsgraph analyze`: an analyst's summary of one Document.

Reads like the note an analyst would write: who appears and in what capacity, the delegation,
what happened, who said what, how the guests ranked, and the attributed assessments.
"""

from __future__ import annotations

from rich.console import Console, Group as RichGroup
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsgraph.model import Document, Group

_PERSON = "person"


def _names(document: Document) -> dict[str, str]:
    names = {a.id: a.name for a in document.actors}
    names.update({g.id: g.name for g in document.groups})
    return names


def _ref(names: dict[str, str], ref: str | None) -> str:
    """An actor or group id as its name; descriptions (not ids) pass through."""
    if ref is None:
        return "—"
    return names.get(ref, ref)


def _refs(names: dict[str, str], refs: list[str]) -> str:
    return ", ".join(_ref(names, r) for r in refs) or "—"


def _titles(document: Document, names: dict[str, str]) -> dict[str, list[str]]:
    titles: dict[str, list[str]] = {}
    for p in document.positions:
        title = p.title + (f", {names[p.organization]}" if p.organization in names else "")
        titles.setdefault(p.holder, []).append(title)
    return titles


def _people_table(document: Document, names: dict[str, str]) -> Table | None:
    people = [a for a in document.actors if a.kind == _PERSON]
    if not people:
        return None
    titles = _titles(document, names)
    table = Table(title="People", title_justify="left", expand=True)
    table.add_column("Name", style="bold")
    table.add_column("Country")
    table.add_column("Posts")
    for person in people:
        table.add_row(person.name, person.country or "", "; ".join(titles.get(person.id, [])))
    return table


def _other_actors(document: Document) -> Text | None:
    by_kind: dict[str, list[str]] = {}
    for actor in document.actors:
        if actor.kind != _PERSON:
            label = f"{actor.name} ({actor.country})" if actor.kind != "state" and actor.country else actor.name
            by_kind.setdefault(actor.kind.replace("_", " "), []).append(label)
    if not by_kind:
        return None
    text = Text()
    for kind, labels in sorted(by_kind.items()):
        text.append(f"{kind}: ", style="bold")
        text.append(", ".join(labels) + "\n")
    return text


def _group_panel(group: Group, names: dict[str, str]) -> Panel:
    lines = [
        f"from {group.country or '?'} to {group.host or '?'}"
        + (f", {group.size} members" if group.size else ""),
        f"led by {_ref(names, group.leader)}" if group.leader else None,
        f"occasion: {group.occasion}" if group.occasion else None,
        f"parties: {_refs(names, group.parties)}" if group.parties else None,
        f"bodies: {_refs(names, group.bodies)}" if group.bodies else None,
        f"members named: {_refs(names, group.members)}" if group.members else None,
    ]
    return Panel("\n".join(x for x in lines if x), title=f"{group.kind}: {group.name}", title_align="left")


def render(document: Document, console: Console) -> None:
    """Print the analyst's summary of `document` to `console`."""
    a = document.article
    names = _names(document)
    meta = " · ".join(x for x in (a.outlet, a.published, a.url or a.source) if x)
    console.rule(f"[bold]{a.title or a.source or a.id[:12]}")
    if meta:
        console.print(meta, style="dim")

    parts: list = []
    if (people := _people_table(document, names)) is not None:
        parts.append(people)
    if (others := _other_actors(document)) is not None:
        parts.append(others)
    parts += [_group_panel(g, names) for g in document.groups]

    if document.events:
        table = Table(title="Events", title_justify="left", expand=True)
        for col in ("Type", "Who", "Whom", "When", "Where", "Verb"):
            table.add_column(col)
        for e in document.events:
            kind = e.plover + (f"/{e.mode}" if e.mode else "") + (f" [{e.cameo}]" if e.cameo else "")
            flags = " (not)" if e.negated else " (planned)" if e.hypothetical else ""
            when = e.date or e.date_text or ""
            table.add_row(kind + flags, _refs(names, e.source), _refs(names, e.target), when,
                          e.location or "", e.verb or "")
        parts.append(table)

    if document.quotes:
        text = Text()
        for q in document.quotes:
            text.append(_ref(names, q.speaker), style="bold")
            if q.told:
                text.append(f" (to {_ref(names, q.told)})")
            text.append(": ")
            text.append(f"“{q.text}”\n" if q.direct else f"{q.text}\n", style="italic" if q.direct else "")
        parts.append(Panel(text, title="Quotes", title_align="left"))

    for r in document.relations:
        by = f" — according to {_ref(names, r.asserted_by)}" if r.asserted_by else ""
        qual = f" ({', '.join(r.qualifiers)})" if r.qualifiers else ""
        parts.append(Text(f"Relation: {_ref(names, r.subject)} {r.type}{qual} {_ref(names, r.object)}{by}"))

    for rk in document.rankings:
        order = "  >  ".join(f"{i}. {_ref(names, x)}" for i, x in enumerate(rk.order, 1))
        parts.append(Text(f"Ranking ({rk.kind}{': ' + rk.occasion if rk.occasion else ''}): {order}"))

    for c in document.claims:
        parts.append(Text(f"Claim by {_ref(names, c.by)}: {c.text}"))

    if a.removed:
        parts.append(Text(f"{len(a.removed)} chrome lines removed; captions: {len(a.captions)}; "
                          f"credits: {', '.join(a.credits) or '—'}", style="dim"))
    console.print(RichGroup(*parts))
