"""Relations stage: allies, partners and rivals, with qualifiers and who asserts them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.relations import find_relations

STATES = [
    ("Hungary", "state", ("Hungarian",)), ("Serbia", "state", ("Serbian",)), ("Vietnam", "state", ()),
    ("Laos", "state", ()), ("India", "state", ()), ("Pakistan", "state", ()), ("Brazil", "state", ()),
    ("Greece", "state", ()), ("Turkey", "state", ()),
]


def relations(ctx, name_of):
    find_quotes(ctx)
    find_relations(ctx)
    return [(r.type, name_of(ctx, r.subject), name_of(ctx, r.object), r.qualifiers, name_of(ctx, r.asserted_by))
            for r in ctx.document.relations]


def test_allies_inside_a_quote_are_asserted_by_the_speaker(context_of, name_of):
    ctx = context_of(
        "Lena Varga told Reuters that Hungary and Serbia are now close military and political allies.",
        [("Lena Varga", "person"), ("Reuters", "media"), *STATES],
    )
    assert relations(ctx, name_of) == [("ally", "Hungary", "Serbia", ["military", "political"], "Lena Varga")]


def test_treaty_on_strategic_partnership(context_of, name_of):
    ctx = context_of(
        "Vietnam and Laos signed a treaty on comprehensive strategic partnership in Hanoi in 2019.", STATES
    )
    assert relations(ctx, name_of) == [("partner", "Vietnam", "Laos", ["comprehensive", "strategic"], None)]


def test_partnership_between(context_of, name_of):
    ctx = context_of(
        "The visit deepened the strategic partnership between Brazil and India, officials in Brasilia said.",
        STATES,
    )
    assert relations(ctx, name_of)[0][:4] == ("partner", "Brazil", "India", ["strategic"])


def test_possessive_ally(context_of, name_of):
    ctx = context_of("Envoys of Serbia's ally Hungary arrived in the capital on Monday.", STATES)
    assert relations(ctx, name_of) == [("ally", "Serbia", "Hungary", [], None)]


def test_the_two_countries_are_the_two_states_just_named(context_of, name_of):
    text = "India and Pakistan held talks in Doha on Monday. The two countries remain bitter rivals."
    ctx = context_of(text, STATES)
    assert relations(ctx, name_of) == [("rival", "India", "Pakistan", [], None)]


def test_negated_relation_is_not_asserted(context_of, name_of):
    ctx = context_of("Greece and Turkey are not allies in this dispute, the envoy said.", STATES)
    assert relations(ctx, name_of) == []


SEED = Path("/work/shared/examples/seed-article.txt")


@pytest.mark.skipif(not SEED.exists(), reason="shared examples absent")
def test_seed_article_relation_and_claim(nlp):
    from newsgraph.extract import extract
    from newsgraph.ingest import read_text

    doc = extract(read_text(SEED.read_text(encoding="utf-8"), source=str(SEED)), nlp)
    name = {a.id: a for a in doc.actors}
    allies = [r for r in doc.relations if r.type == "ally"]
    assert len(allies) == 1
    ends = {name[allies[0].subject].country, name[allies[0].object].country}
    assert ends == {"PRK", "RUS"}
    assert allies[0].qualifiers == ["military", "political"]
    assert "Lukin" in name[allies[0].asserted_by].name
    speakers = [name[q.speaker].name for q in doc.quotes]
    assert len(speakers) == 2 and all("Lukin" in s for s in speakers)
    assert name[doc.quotes[0].told].name == "NK News"
    assert any(name[c.by].name == "experts" and "minimal coverage" in c.text for c in doc.claims)
