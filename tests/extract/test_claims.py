"""Claims stage: assessments attributed to media outlets and analyst groups."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.extract.claims import find_claims
from newsgraph.extract.quotes import find_quotes
from newsgraph.model import Article


def claims(ctx, name_of):
    find_quotes(ctx)
    find_claims(ctx)
    return [(name_of(ctx, c.by), c.text) for c in ctx.document.claims]


def test_experts_become_a_group_and_they_continues_them(context_of, name_of):
    text = (
        "However, experts noted that the summit received little coverage in the state press. "
        "They also pointed out that the delegation was unusually large."
    )
    ctx = context_of(text, [])
    assert claims(ctx, name_of) == [
        ("experts", "the summit received little coverage in the state press"),
        ("experts", "the delegation was unusually large"),
    ]
    group = next(a for a in ctx.document.actors if a.name == "experts")
    assert group.kind == "group"
    assert [m.text for m in group.mentions] == ["experts"]


def test_outlet_suggestion_is_a_claim_not_a_quote(context_of, name_of):
    ctx = context_of(
        "The Daily Herald suggested that the delay might reflect divisions in the cabinet.",
        [("The Daily Herald", "media")],
    )
    assert claims(ctx, name_of) == [("The Daily Herald", "the delay might reflect divisions in the cabinet")]
    assert ctx.document.quotes == []


def test_an_outlet_described_by_its_country_is_the_outlet_named_before(nlp):
    body = ('The Washington Post on Thursday endorsed Senator Ann Lee. "Ann Lee is excellent, and we endorse '
            'her without hesitation," the influential US daily wrote.')
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    assert [(names[c.by], c.text) for c in doc.claims] == [
        ("Washington Post", "Ann Lee is excellent, and we endorse her without hesitation")]
    assert doc.quotes == []


def test_outlet_interpretation(context_of, name_of):
    ctx = context_of(
        "The Daily Herald interpreted the visit of the trade envoys as a sign of warming ties.",
        [("The Daily Herald", "media")],
    )
    assert claims(ctx, name_of) == [("The Daily Herald", "the visit of the trade envoys as a sign of warming ties")]


def test_a_person_statement_is_no_claim(context_of, name_of):
    ctx = context_of("Maria Okafor said that the vote would be postponed.", [("Maria Okafor", "person")])
    assert claims(ctx, name_of) == []
    assert len(ctx.document.quotes) == 1


def test_claim_evidence_points_at_the_content(context_of, name_of):
    text = "Analysts believe that the sanctions will bite by winter."
    ctx = context_of(text, [])
    claims(ctx, name_of)
    (claim,) = ctx.document.claims
    assert text[claim.evidence.start:claim.evidence.end] == "the sanctions will bite by winter"
    assert ctx.document.actor(claim.by).name == "Analysts"
