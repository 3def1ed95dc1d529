"""Attribution: who a pronoun, a description or a continued quotation belongs to."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.attribution import _frame, _subject_child, find_attributions


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


def test_a_reported_clause_before_its_cue_is_kept_beside_the_quote_after_it(context_of, name_of):
    text = (
        'The council may delay the vote until the spring, Mayor Helen Carter said. "We need more time to '
        'study the costs," she added.'
    )
    ctx = context_of(text, [("Helen Carter", "person")])
    assert said(ctx, name_of) == [
        ("Helen Carter", "The council may delay the vote until the spring"),
        ("Helen Carter", "We need more time to study the costs"),
    ]


def test_of_two_complements_the_one_after_the_verb_is_reported(context_of, name_of):
    ctx = context_of(
        'While she admitted money was a major reason she felt tired serving under Reed, Ellis also noted '
        'several "small things" left her angry.',
        [("Jane Ellis", "person", ("Ellis",))],
    )
    assert said(ctx, name_of) == [("Jane Ellis", 'several "small things" left her angry')]


def test_a_complement_the_parser_hung_on_the_medium_is_reported(context_of, name_of):
    # "said in a statement that ...": the that-clause read as the statement's relative clause
    ctx = context_of("Mayor Helen Carter said in a statement that the council had wasted the flood money.",
                     [("Helen Carter", "person")])
    assert said(ctx, name_of) == [("Helen Carter", "the council had wasted the flood money")]


def test_a_quote_opening_the_next_sentence_continues_the_speaker(context_of, name_of):
    ctx = context_of(
        '"Prices are rising faster than wages," Laura Diaz said in Tampa recently. '
        '"That has to change in January."',
        [("Laura Diaz", "person")],
    )
    assert said(ctx, name_of) == [
        ("Laura Diaz", "Prices are rising faster than wages"),
        ("Laura Diaz", "That has to change in January."),
    ]


def test_a_quote_opening_the_sentence_after_reported_speech_continues_the_speaker(context_of, name_of):
    ctx = context_of(
        'Laura Diaz said the way the council had handled the budget was a "fiasco". '
        '"This is a further retreat by the council."',
        [("Laura Diaz", "person")],
    )
    assert said(ctx, name_of) == [
        ("Laura Diaz", 'the way the council had handled the budget was a "fiasco'),
        ("Laura Diaz", "This is a further retreat by the council."),
    ]


def test_a_quotation_later_in_the_writers_own_sentence_is_nobodys(context_of, name_of):
    ctx = context_of(
        '"We will win Ohio," Laura Diaz said. Analysts are less sure. The race will turn on "turnout".',
        [("Laura Diaz", "person")],
    )
    assert said(ctx, name_of) == [("Laura Diaz", "We will win Ohio")]


def test_a_quote_paragraph_waits_for_its_own_cue(context_of, name_of):
    text = (  # the quote's sentence is read before its cue: it must not continue the farmers
        "The plan has angered dairy farmers, many of whom say the new rules will ruin them.\n\n"
        '"They knew the roof was unsafe. They did nothing," said Ellen Price, whose son died in the collapse.'
    )
    ctx = context_of(text, [("Ellen Price", "person")])
    assert said(ctx, name_of) == [
        ("dairy farmers", "the new rules will ruin them"),
        ("Ellen Price", "They knew the roof was unsafe. They did nothing"),
    ]


def test_a_claim_the_tagger_read_as_a_noun(nlp):
    # the tagger's error, as it makes it in context: "claims" a noun, the name its compound
    words = ["But", "Hartley", "claims", "that", "he", "should", "be", "the", "exception", "."]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 6, 6, 6, 2, 8, 6, 2],
              deps=["cc", "compound", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "attr", "punct"],
              tags=["CC", "NNP", "NNS", "IN", "PRP", "MD", "VB", "DT", "NN", "."],
              pos=["CCONJ", "PROPN", "NOUN", "SCONJ", "PRON", "AUX", "AUX", "DET", "NOUN", "PUNCT"],
              lemmas=["but", "Hartley", "claim", "that", "he", "should", "be", "the", "exception", "."])
    assert _subject_child(doc[2]).text == "Hartley"
    assert _frame(doc[2]) == "clause"
    assert _subject_child(doc[8]) is None  # no name before a noun with no clause after it


def test_saying_after_by_is_the_subjects(context_of, name_of):
    ctx = context_of(
        "Governor Ana Ruiz answered the critics on Tuesday by saying her budget protects schools.",
        [("Ana Ruiz", "person")],
    )
    assert said(ctx, name_of) == [("Ana Ruiz", "her budget protects schools")]


def test_according_to_a_name_the_parser_joined_to_the_clause(context_of, name_of):
    ctx = context_of(
        "According to conservative talk radio host Dale Morton, the move reeks of fear and panic.",
        [("Dale Morton", "person")],
    )
    assert said(ctx, name_of) == [("Dale Morton", "the move reeks of fear and panic")]


def test_a_block_after_a_colon_ends_where_another_speaker_is_quoted(context_of, name_of):
    text = (
        "Morton added:\n\n"
        "The campaign is afraid of a fair fight and everybody in this town knows it.\n\n"
        'Campaign manager Rita Shaw told CNN, "We welcome any fact check."\n\n'
        "The debate starts at nine."
    )
    ctx = context_of(text, [("Dale Morton", "person", ("Morton",)), ("Rita Shaw", "person"), ("CNN", "media")])
    assert said(ctx, name_of) == [
        ("Dale Morton", "The campaign is afraid of a fair fight and everybody in this town knows it."),
        ("Rita Shaw", "We welcome any fact check."),
    ]


def test_in_a_statement_the_statement_is_its_subjects(context_of, name_of):
    text = (
        "In a statement, the union said the vote was unlawful. "
        '"We will see the company in court," said the statement.'
    )
    ctx = context_of(text, [("Transport Workers Union", "organization", ("union",))])
    assert said(ctx, name_of) == [
        ("Transport Workers Union", "the vote was unlawful"),
        ("Transport Workers Union", "We will see the company in court"),
    ]


def test_a_group_of_people_that_names_no_actor_speaks_as_a_group(context_of, name_of):
    text = (
        "A group of nurses sent a letter to the hospital board.\n\n"
        '"Our wards are dangerously short of staff," the letter reads.'
    )
    ctx = context_of(text, [])
    assert said(ctx, name_of) == [("group of nurses", "Our wards are dangerously short of staff")]


def test_words_quoted_after_dubbed_and_likened_are_the_speakers(context_of, name_of):
    text = (
        'Party chairman Tom Reyes dubbed the ruling "a victory for every voter." '
        'At a rally, Senator Joan Pike likened the bill to a "Trojan horse" for new taxes.'
    )
    ctx = context_of(text, [("Tom Reyes", "person"), ("Joan Pike", "person")])
    assert said(ctx, name_of) == [("Tom Reyes", "a victory for every voter."), ("Joan Pike", "Trojan horse")]


def test_polls_and_figures_show_claims_but_people_speak(context_of, name_of):
    text = ("Recent polls suggest the governor is losing ground in the suburbs. "
            "War veterans said the new clinic had come too late.")
    ctx = context_of(text, [])
    assert said(ctx, name_of) == [("War veterans", "the new clinic had come too late")]


def test_a_quotation_after_a_cues_sentence_is_its_speakers_unless_it_names_its_own(context_of, name_of):
    text = (
        "Judge Mary Hale ruled on Monday. \"We are pleased with the decision,\" lawyer Marc Kane said.\n\n"
        "The delay was a mistake, Senator Ann Moss said. \"We lost a whole year,\" she said."
    )
    ctx = context_of(text, [("Mary Hale", "person"), ("Marc Kane", "person"), ("Ann Moss", "person")])
    assert said(ctx, name_of) == [
        ("Marc Kane", "We are pleased with the decision"),
        ("Ann Moss", "The delay was a mistake"),
        ("Ann Moss", "We lost a whole year"),
    ]


def test_an_opening_backbencher_is_the_person_the_next_sentence_names(context_of, name_of):
    text = (
        "Ministers have been too timid on housing, a Labour backbencher has said.\n\n"
        "Ruth Penrose said councils needed the power to borrow to build."
    )
    ctx = context_of(text, [("Labour Party", "party", ("Labour",)), ("Ruth Penrose", "person")])
    assert said(ctx, name_of) == [
        ("Ruth Penrose", "Ministers have been too timid on housing"),
        ("Ruth Penrose", "councils needed the power to borrow to build"),
    ]


def test_an_opening_spokesman_speaks_for_the_party(context_of, name_of):
    text = (
        "Ministers have been too timid on housing, a Labour spokesman has said.\n\n"
        "Ruth Penrose said councils needed the power to borrow to build."
    )
    ctx = context_of(text, [("Labour Party", "party", ("Labour",)), ("Ruth Penrose", "person")])
    assert said(ctx, name_of)[0] == ("Labour Party", "Ministers have been too timid on housing")


def test_a_statement_noun_is_held_by_the_maker_it_names(context_of, name_of):
    text = (
        "Governor Dana Whitfield spoke in Columbus on Friday. She repeated her assertion that the state "
        "audit had been rigged. Senator Paul Ostrow confirmed Mayor Ruth Kemp's claim that the county had "
        "lost the ballots. The ministry dismissed the allegation by the Green Party that its officials had "
        "taken bribes. Ostrow rejected the claim that he had met the lobbyists."
    )
    ctx = context_of(text, [("Dana Whitfield", "person", ("Whitfield",)), ("Paul Ostrow", "person", ("Ostrow",)),
                            ("Ruth Kemp", "person"), ("Green Party", "party")])
    assert said(ctx, name_of) == [
        ("Dana Whitfield", "the state audit had been rigged"),
        ("Ruth Kemp", "the county had lost the ballots"),
        ("Green Party", "its officials had taken bribes"),
    ]


def test_a_ruling_is_held_by_the_court_named_before_it(context_of, name_of):
    text = ("The ministry changed the scheme after an Appeal Court ruling that the fees were unlawful. "
            "Officials rejected the ruling that they had misled the court.")
    ctx = context_of(text, [("Appeal Court", "government_body")])
    assert said(ctx, name_of) == [("Appeal Court", "the fees were unlawful")]


def test_a_passive_participle_names_who_was_asked_not_who_asked(context_of, name_of):
    text = ("Asked by reporters why he had resigned, Mark Ellison said he wanted to spend more time "
            "with his family.")
    ctx = context_of(text, [("Mark Ellison", "person")])
    assert said(ctx, name_of) == [("Mark Ellison", "he wanted to spend more time with his family")]


def test_the_maker_of_a_statement_noun_is_no_topic_for_he(context_of, name_of):
    text = ("Party chairman Tom Reed confirmed Mr Hale's insistence that no poll date had been set. "
            "He said the party was ready for a spring campaign.")
    ctx = context_of(text, [("Tom Reed", "person"), ("Simon Hale", "person", ("Mr Hale",))])
    assert said(ctx, name_of) == [
        ("Simon Hale", "no poll date had been set"),
        ("Tom Reed", "the party was ready for a spring campaign"),
    ]


def test_a_party_before_a_persons_post_is_not_the_speaker(context_of, name_of):
    text = ("Lawyers for the developer filed papers on Monday. The Republican presidential nominee argued "
            "that the files were private. A Republican spokesman said the ruling was unfair.")
    ctx = context_of(text, [("Republican", "party")])
    assert said(ctx, name_of) == [("Republican", "the ruling was unfair")]


def test_one_member_of_a_party_is_the_speaker_named_before(context_of, name_of):
    text = ("A state board cleared Mark Tully of any wrongdoing on Wednesday. The registered Democrat, who "
            "received threats, said he had never voted twice.")
    ctx = context_of(text, [("Mark Tully", "person"), ("Democrat", "party")])
    assert said(ctx, name_of) == [("Mark Tully", "he had never voted twice")]


def test_a_name_run_into_a_fronted_phrase_is_the_speaker_only_where_it_names_a_person(context_of, name_of):
    # no comma after "In a speech to the Fabian Society": the parser runs "Mr Straw" into the phrase
    text = "In a speech to the Fabian Society Mr Straw said the plan had failed."
    ctx = context_of(text, [("Jack Straw", "person", ("Straw",)), ("Fabian Society", "organization")])
    assert said(ctx, name_of) == [("Jack Straw", "the plan had failed")]
    # a name that is no actor's gives no speaker, never the body in the phrase
    ctx = context_of(text, [("Fabian Society", "organization")])
    assert said(ctx, name_of) == []


@pytest.mark.parametrize(("text", "actors", "expected"), [
    # the person the next sentence names
    ("The Liberal Democrats have run a far sharper campaign, a Labour backbencher has said. "
     "Tom Hale said voters were tired of the contest.",
     [("Liberal Democrats", "party"), ("Labour", "party"), ("Tom Hale", "person")],
     [("Tom Hale", "The Liberal Democrats have run a far sharper campaign"),
      ("Tom Hale", "voters were tired of the contest")]),
    # never named: the description
    ("Ministers defended the budget on Tuesday. The cuts were a betrayal, one Labour backbencher said. "
     "Several Republican senators said the deal was dead.",
     [("Labour", "party"), ("Republican", "party")],
     [("Labour backbencher", "The cuts were a betrayal"), ("Republican senators", "the deal was dead")]),
])
def test_a_member_described_by_the_party_speaks_for_himself(context_of, name_of, text, actors, expected):
    assert said(context_of(text, actors), name_of) == expected


def test_an_unnamed_official_is_the_description(context_of, name_of):
    text = ("Negotiators met in Geneva on Monday. The talks had stalled, a senior official said. "
            "The official said a deal was still possible.")
    ctx = context_of(text, [])
    assert said(ctx, name_of)[0] == ("senior official", "The talks had stalled")
