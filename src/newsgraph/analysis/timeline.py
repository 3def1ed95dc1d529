"""Events between two actors or states, across articles, in date order."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.analysis.events import CrossEvent, Window, load_events
from newsgraph.analysis.parties import Party, participations, party, takes_part
from newsgraph.store import Store


@dataclass
class Timeline:
    """The events `a` and `b` both took part in."""

    a: Party
    b: Party
    events: list[CrossEvent]


def timeline(store: Store, a: str, b: str, window: Window = Window()) -> Timeline:
    """Events between `a` and `b` (each a state or an actor's name) within `window`.
    Raises NotFound when a name answers to nothing in the store."""
    with store.engine.connect() as connection:
        side_a, side_b = party(connection, a), party(connection, b)
        # Reach events through an actor's own (few) participations when one side is an actor; two
        # states are reached through the window's dates, each event checked for both.
        person = next((side for side in (side_a, side_b) if side.canonical_id is not None), None)
        driver = participations(person) if person else None
        found = load_events(connection, driver, window, where=(takes_part(side_a), takes_part(side_b)))
        return Timeline(side_a, side_b, found)
