"""Attribution: who a pronoun, a description or a continued quotation belongs to."""

from __future__ import annotations

from newsgraph.extract.attribution import find_attributions


def said(ctx, name_of):
    return [(name_of(ctx, a.holder), ctx.article.body[a.start:a.end]) for a in find_attributions(ctx)]


def test_a_quote_opened_after_a_colon_goes_on_past_the_next_speaker(context_of, name_of):
    text = (
        'Green Party spokeswoman Ruth Ellery said: "This scheme will cost far more than ministers admit. '
        '"It should be scrapped before a single card is issued." The chairman of the Law Society, '
        "Owen Pryce warned that the poorest would be hit hardest."
    )
    ctx = context_of(text, [("Ruth Ellery", "person"), ("Green Party", "party"), ("Owen Pryce", "person"),
                            ("Law Society", "organization")])
    assert said(ctx, name_of) == [
        ("Ruth Ellery", "This scheme will cost far more than ministers admit."),
        ("Ruth Ellery", "It should be scrapped before a single card is issued."),
        ("Owen Pryce", "the poorest would be hit hardest"),
    ]


def test_they_is_the_party_named_as_the_subject_before(context_of, name_of):
    text = (
        "Party sources told the BBC the vote had been close. Despite their doubts, the Conservatives "
        "insisted they would back the bill.\n\n"
        "They said they would also question ministers over its cost."
    )
    ctx = context_of(text, [("Conservative Party", "party", ("Conservatives",)), ("BBC", "media")])
    assert said(ctx, name_of)[-1] == ("Conservative Party", "they would also question ministers over its cost")


def test_they_is_the_agent_of_a_passive(context_of, name_of):
    text = (
        "The bill is expected to be opposed by the Liberal Democrats. "
        'They have said the plan is "deeply flawed".'
    )
    ctx = context_of(text, [("Liberal Democrats", "party")])
    assert said(ctx, name_of) == [("Liberal Democrats", 'the plan is "deeply flawed')]


def test_the_committee_is_the_committee_not_its_chairman(context_of, name_of):
    text = (
        "The Public Accounts Committee said the agency had been badly run. Committee chairman Alan Reeve "
        "said the delays were unacceptable.\n\n"
        "The committee added that farmers had waited months for their money."
    )
    ctx = context_of(text, [("Public Accounts Committee", "government_body"), ("Alan Reeve", "person")])
    assert said(ctx, name_of)[-1] == ("Public Accounts Committee", "farmers had waited months for their money")
    committee = ctx.document.actors[0]
    assert [m.text for m in committee.mentions] == ["Public Accounts Committee", "The committee"]


def test_he_stays_with_the_leader_past_the_officials_accompanying_him(context_of, name_of):
    text = (
        "Pak Chol Min, premier of the Cabinet, inspected the Sunchon cement works on March 4.\n"
        "Accompanying him were Ri Song Gu, Kang Yong Ho and Han Tae Sik, vice-premiers of the Cabinet.\n"
        "He was greeted on the spot by Jon Myong Su, manager of the works.\n"
        "He said that the works must raise its output by a third this year."
    )
    ctx = context_of(text, [("Pak Chol Min", "person"), ("Ri Song Gu", "person"), ("Kang Yong Ho", "person"),
                            ("Han Tae Sik", "person"), ("Jon Myong Su", "person")])
    assert said(ctx, name_of) == [("Pak Chol Min", "the works must raise its output by a third this year")]


def test_he_is_the_agent_of_a_passive_whose_subject_is_no_person(context_of, name_of):
    text = (
        "Shadow chancellor Grace Ibbott said the budget was a gamble. Her claims were rejected by the "
        "Treasury minister Colin Marsh. Growth would return by the autumn, he argued."
    )
    ctx = context_of(text, [("Grace Ibbott", "person"), ("Colin Marsh", "person")])
    assert said(ctx, name_of)[-1] == ("Colin Marsh", "Growth would return by the autumn")


def test_a_name_apposed_without_its_closing_comma_is_the_speaker(context_of, name_of):
    ctx = context_of(
        "The new president of the Law Society, Owen Pryce warned that legal aid cuts would close firms.",
        [("Owen Pryce", "person"), ("Law Society", "organization")],
    )
    assert said(ctx, name_of) == [("Owen Pryce", "legal aid cuts would close firms")]


def test_it_can_be_said_names_no_speaker(context_of, name_of):
    text = (
        "The Foreign Ministry rejected the report on Monday. "
        "In short, it can be said that there is no basis for talks."
    )
    ctx = context_of(text, [("Foreign Ministry", "government_body")])
    assert said(ctx, name_of) == []
