"""Participants: the actor an event's noun phrase stands for when it names no entity."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from newsgraph.extract import extract
from newsgraph.extract.countries import leading_country
from newsgraph.extract.event_lexicon import agent_noun
from newsgraph.extract.participants import Resolver, counter_of
from newsgraph.extract.peoples import collective_words
from newsgraph.extract.pipeline import ORDER, Context, run_stages, texts_of
from newsgraph.model import Actor, Article, Document, Mention


def _run(nlp, body: str) -> Document:
    return extract(Article(id="test", body=body), nlp)


def _resolver(nlp, body: str, word: str) -> tuple[Resolver, Token, Document]:
    """A Resolver over `body` after every stage before events has run, the first token `word` and
    the document so far."""
    article = Article(id="test", body=body)
    docs = dict(zip(texts_of(article), nlp.pipe(texts_of(article).values())))
    document = run_stages(article, docs, ORDER[: ORDER.index("events")])
    head = next(t for t in docs["body"] if t.text == word)
    return Resolver(Context(article=article, docs=docs, document=document), "body"), head, document


def _resolve(nlp, body: str, word: str, how: str = "one") -> tuple[str, str, str | None, str | None] | None:
    """(name, kind, country, sector) of what the phrase headed by `word` names (by Resolver's
    method `how`), after every stage before events has run; None when it names nothing."""
    resolver, head, document = _resolver(nlp, body, word)
    actor = document.actor(getattr(resolver, how)(head) or "")
    return (actor.name, actor.kind, actor.country, actor.sector) if actor else None


def _side(doc: Document, plover: str, side: str) -> list[tuple[str, str, str | None, str | None]]:
    """(name, kind, country, sector) of each actor on one side of the only event of `plover`."""
    found = [e for e in doc.events if e.plover == plover]
    assert len(found) == 1, [(e.plover, e.verb) for e in doc.events]
    actors: list[Actor] = [doc.actor(r) for r in getattr(found[0], side)]
    return [(a.name, a.kind, a.country, a.sector) for a in actors]


def test_plural_demonym_is_a_people_of_its_state(nlp):
    doc = _run(nlp, "Palestinians blamed Israel for the raid on a refugee camp near Jenin.")
    assert _side(doc, "ACCUSE", "source") == [("Palestinians", "group", "PSE", "CVL")]
    assert _side(doc, "ACCUSE", "target") == [("Israel", "state", "ISR", None)]


def test_demonym_modifier_places_the_people_before_the_head(nlp):
    # a people of Bosnia, even where the actors stage misread "Serbs" as a name
    assert _resolve(nlp, "Bosnian Serbs demanded a ceasefire with government forces in the east.",
                    "Serbs") == ("Bosnian Serbs", "group", "BIH", "CVL")
    assert _resolve(nlp, "Iraqi Kurds demanded more autonomy.", "Kurds") == ("Iraqi Kurds", "group", "IRQ", "CVL")


def test_people_of_a_place_take_its_country(nlp):
    assert _resolve(nlp, "The Hungarians of northern Serbia are demanding autonomy.",
                    "Hungarians") == ("Hungarians of northern Serbia", "group", "SRB", "CVL")


def test_ethnic_demonym_is_no_nationality(nlp):
    assert _resolve(nlp, "Some 400 ethnic Turks protested outside the ministry on Friday.",
                    "Turks") == ("ethnic Turks", "group", None, "CVL")


def test_plural_demonym_as_object(nlp):
    assert _resolve(nlp, "Togo kept refusing entry to Nigerians at the Aflao crossing, officials said.",
                    "Nigerians") == ("Nigerians", "group", "NGA", "CVL")


def test_counted_people_with_a_nationality(nlp):
    # the count belongs to the event, not to the people: "Palestinians" named again is the same actor
    doc = _run(nlp, "Israeli soldiers detained at least 40 Palestinians overnight near Jenin.")
    assert _side(doc, "COERCE", "source")[0] == ("Israeli soldiers", "military", "ISR", "MIL")
    assert _side(doc, "COERCE", "target") == [("Palestinians", "group", "PSE", "CVL")]


def test_bare_count_of_people(nlp):
    doc = _run(nlp, "Rebels killed 23 people in an attack on a village near the border.")
    assert _side(doc, "ASSAULT", "target") == [("people", "group", None, "CVL")]


def test_patient_words_are_no_agent_nouns():
    # an agent noun ("people", "women") is a party of its own, named as the agents stage names it
    patients = collective_words()["patient"]
    assert "man" in patients and not [w for w in patients if agent_noun(w)]


def test_quantity_of_stands_for_what_it_counts(nlp):
    doc = _run(nlp, "Thousands of Nigerians protested against the new tax on Monday.")
    assert _side(doc, "PROTEST", "source") == [("Nigerians", "group", "NGA", "CVL")]


def test_members_of_a_body_stand_for_the_body(nlp):
    doc = _run(nlp, "Members of the National Union of Teachers condemned the Education Ministry on Friday.")
    assert [name for name, *_ in _side(doc, "ACCUSE", "source")] == ["National Union of Teachers"]


def test_agent_noun_modifier_gives_the_sector(nlp):
    doc = _run(nlp, "Turkish police officers detained two opposition activists in Ankara.")
    assert _side(doc, "COERCE", "source")[0] == ("Turkish police officers", "group", "TUR", "COP")
    assert _side(doc, "COERCE", "target")[0] == ("opposition activists", "group", None, "OPP")


def test_capital_as_subject_is_its_state(nlp):
    doc = _run(nlp, "Berlin rejected the proposal from the Polish government on Tuesday.")
    assert _side(doc, "REJECT", "source") == [("Germany", "state", "DEU", None)]
    germany = next(a for a in doc.actors if a.country == "DEU")
    assert [m.text for m in germany.mentions] == ["Berlin"]


def test_capital_as_place_is_no_participant(nlp):
    doc = _run(nlp, "The two ministers met in Berlin and condemned Moscow for the attack.")
    assert _side(doc, "ACCUSE", "target") == [("Russia", "state", "RUS", None)]
    assert not any(a.country == "DEU" for a in doc.actors)


@pytest.mark.parametrize("body, plover, side, name, country", [
    ("Civil rights groups sued Ohio on Monday over its voter-removal rules.", "ACCUSE", "target", "Ohio", "USA"),
    ("A federal appeals court struck down North Carolina's voter identification law.", "ACCUSE", "target",
     "North Carolina", "USA"),
    ("Texas sued the Obama administration over the immigration order.", "ACCUSE", "source", "Texas", "USA"),
    ("Jane Roe, a teacher, said New York state underfunds public schools.", "ACCUSE", "target", "New York", "USA"),
    ("Senator Mary Major said the state of Ohio underfunds public schools.", "ACCUSE", "target", "Ohio", "USA"),
    ("Donald Trump campaigned in the swing state of Ohio on Tuesday.", "CONSULT", "target", "Ohio", "USA"),
    ("Donald Trump campaigned in New York state on Monday.", "CONSULT", "target", "New York", "USA"),
    ("Bavaria sued the federal government over its refugee policy.", "ACCUSE", "source", "Bavaria", "DEU"),
    ("Prime Minister Justin Trudeau accused Alberta of blocking the pipeline.", "ACCUSE", "target", "Alberta",
     "CAN"),
])
def test_federated_state_as_participant_is_a_region_of_its_federation(nlp, body, plover, side, name, country):
    assert _side(_run(nlp, body), plover, side) == [(name, "region", country, None)]


def test_federated_state_only_named_as_a_place_is_no_actor(nlp):
    doc = _run(nlp, "The senator met voters in Ohio and criticized the trade deal with Mexico.")
    assert not any(a.name == "Ohio" for a in doc.actors)


def test_a_name_both_a_citys_and_a_federated_states_is_the_city_where_things_happen(nlp):
    doc = _run(nlp, "Hillary Clinton held a rally in New York on Monday.")
    assert not any(a.name == "New York" for a in doc.actors)


def test_federated_state_made_once_for_its_mentions(nlp):
    doc = _run(nlp, "Advocacy groups sued Ohio in May. A federal judge later ruled against Ohio.")
    ohio = [a for a in doc.actors if a.name == "Ohio"]
    assert [m.text for a in ohio for m in a.mentions] == ["Ohio", "Ohio"]


def test_collective_beside_a_state_in_coordination(nlp):
    doc = _run(nlp, "Israel and the Palestinians signed an agreement on water resources.")
    names = [name for name, *_ in _side(doc, "AGREE", "source") + _side(doc, "AGREE", "target")]
    assert names == ["Israel", "Palestinians"]


def test_plural_pronoun_takes_the_plural_subject_before_it(nlp):
    assert _resolve(nlp, "Angry French farmers gathered in Calais on Friday before they attacked the police.",
                    "they") == ("Angry French farmers", "group", "FRA", "AGR")


@pytest.mark.parametrize(("body", "plover", "expected"), [
    # the coordinated people who said it, not the collective named a sentence before
    ("Farm unions said the levy would ruin smallholders. Senators Maria Lopez, John Hale and Ruth Okafor "
     "said they had written to the Treasury. They urged the Treasury to withdraw the levy.",
     "REQUEST", ["Maria Lopez", "John Hale", "Ruth Okafor"]),
    # followed through a run of sentences whose subject is "they"
    ("Farm unions said the levy would ruin smallholders. Senators Maria Lopez and John Hale said they would "
     "meet Treasury officials on Friday. They also said the forecasts were late. They called on the Treasury "
     "to publish its forecasts.", "REQUEST", ["Maria Lopez", "John Hale"]),
])
def test_plural_pronoun_stands_for_the_coordinated_subject_it_continues(nlp, body, plover, expected):
    assert [name for name, *_ in _side(_run(nlp, body), plover, "source")] == expected


def test_plural_pronoun_in_the_sentence_of_a_coordinated_subject_names_each_member(nlp):
    body = ("Farm unions said the levy would ruin smallholders. Senators Maria Lopez and John Hale said "
            "they would vote against the levy.")
    resolver, head, document = _resolver(nlp, body, "they")
    assert [document.actor(r).name for r in resolver.phrase(head)] == ["Maria Lopez", "John Hale"]
    assert document.actor(resolver.one(head)).name == "Maria Lopez"


@pytest.mark.parametrize(("body", "expected"), [
    # the nearest plural naming agents, not the subject of the pronoun's own clause
    ("The health minister visited dairy farmers in Cumbria. Campaigners later urged them to join the march.",
     "dairy farmers"),
    # "thousands" counts, and "jobs" is part of the firms' phrase
    ("There are bad examples of firms moving thousands of jobs abroad, and the minister is now calling on them "
     "to invest at home.",
     "firms"),
    # the nearest plural names things, so no party
    ("Mr Grant gave no cost for his plans for veterans' care, though he said higher fees would now help "
     "finance them.", None),
])
def test_an_object_pronoun_stands_for_the_nearest_plural_before_it(nlp, body, expected):
    resolver, _, document = _resolver(nlp, body, "them")
    pronoun = next(t for t in resolver.ctx.docs["body"] if t.lower_ == "them")
    found = document.actor(resolver.pronoun(pronoun) or "")
    assert (found.name if found else None) == expected


def _place(nlp, body: str, word: str) -> tuple[str, str, str | None] | None:
    """(name, kind, country) of the state the place headed by `word` stands for."""
    article = Article(id="test", body=body)
    docs = dict(zip(texts_of(article), nlp.pipe(texts_of(article).values())))
    document = run_stages(article, docs, ORDER[: ORDER.index("events")])
    head = next(t for t in docs["body"] if t.text == word)
    actor = document.actor(Resolver(Context(article=article, docs=docs, document=document), "body").place(head) or "")
    return (actor.name, actor.kind, actor.country) if actor else None


def test_a_city_stands_for_the_state_it_lies_in(nlp):
    assert _place(nlp, "The army shelled rebel positions in the city of Aleppo.", "city") == ("Syria", "state", "SYR")
    assert _place(nlp, "Troops imposed a curfew in Baghdad.", "Baghdad") == ("Iraq", "state", "IRQ")


def test_an_unknown_place_stands_for_no_state(nlp):
    assert _place(nlp, "Troops imposed a curfew in the town on Monday.", "town") is None


def test_a_title_used_as_a_name_needs_every_word_of_the_post(nlp):
    body = ("First Minister Alan Reid spoke in Edinburgh. Scotland's justice minister said fans would be "
            "banned.")
    assert _resolve(nlp, body, "minister") != ("Alan Reid", "person", None, "GOV")


def test_force_as_violence_is_no_armed_force(nlp):
    doc = extract(Article(id="t", body="Beijing threatened to use force against Taiwan."), nlp)
    names = {a.id: a.name for a in doc.actors}
    assert [(e.plover, [names[r] for r in e.target]) for e in doc.events] == [("THREATEN", ["Taiwan"])]


def test_the_count_or_share_a_noun_is_counted_by(nlp):
    doc = nlp("Most of the party's donations came from unions, and $20 million in new money went to ads.")
    words = {t.text: t for t in doc}
    assert counter_of(words["donations"]).text == "Most"
    assert counter_of(words["money"]).text == "million"
    assert counter_of(words["unions"]) is None  # "from" names no count of it


def test_a_founder_of_a_firm_is_a_person_not_the_firm(nlp):
    body = "The joint founder of the merchant bank Tallis Brothers gave $325,417 to the Labour Party."
    assert _resolve(nlp, body, "founder") == (
        "joint founder of the merchant bank Tallis Brothers", "group", None, "BUS")



def _names(doc: Document, plover: str, side: str) -> list[str]:
    return [name for name, *_ in _side(doc, plover, side)]


def _resolve_last(nlp, body: str, word: str) -> str | None:
    """Name of what the last phrase headed by `word` names, as `_resolve`."""
    article = Article(id="test", body=body)
    docs = dict(zip(texts_of(article), nlp.pipe(texts_of(article).values())))
    document = run_stages(article, docs, ORDER[: ORDER.index("events")])
    head = [t for t in docs["body"] if t.text == word][-1]
    actor = document.actor(Resolver(Context(article=article, docs=docs, document=document), "body").one(head) or "")
    return actor.name if actor else None


def test_described_reporter_is_the_reporter_named_later(nlp):
    doc = _run(nlp, "Mayor Ken Dale accused a Daily Courier journalist of behaving like a prison guard. "
                    "The reporter, Oliver Finch, said he was shocked by the remark.")
    assert _names(doc, "ACCUSE", "source") == ["Ken Dale"]
    assert _names(doc, "ACCUSE", "target") == ["Oliver Finch"]


def test_described_judge_is_the_one_judge_named(nlp):
    body = ("A federal judge ruled against the state on Friday. Judge Ann Ross wrote that the voter law "
            "was void. Governor Tim Hale criticized the judge on Saturday.")
    assert _resolve(nlp, body, "judge") == ("Ann Ross", "person", None, "JUD")
    assert _resolve_last(nlp, body, "judge") == "Ann Ross"


def test_described_spokesman_is_the_campaign_spokesman(nlp):
    body = ("Campaign spokesman Jason Mill defended the leave plan on Tuesday. Democrats criticized "
            "the Trump spokesman for the remarks.")
    assert _resolve_last(nlp, body, "spokesman") == "Jason Mill"


def test_described_investigator_and_the_president_of_a_state_are_their_named_holders(nlp):
    body = ("The president of Cyprus was faulted on Tuesday by a state investigator for carelessness. "
            "Investigator Kostas Lambrou said President Andreas Kyprianides bore responsibility for the blast.")
    doc = _run(nlp, body)
    assert _names(doc, "ACCUSE", "source") == ["Kostas Lambrou"]
    assert _names(doc, "ACCUSE", "target") == ["Andreas Kyprianides"]


def test_the_president_of_a_state_is_not_a_president_placed_elsewhere(nlp):
    body = ("US President Tom Hale met officials on Monday. The president of Cyprus was blamed by "
            "investigator Kostas Lambrou for negligence.")
    assert _names(_run(nlp, body), "ACCUSE", "target") == ["Cyprus"]


def test_description_stays_a_description_with_two_holders_of_the_post(nlp):
    body = ("Police detained a reporter near the square. Sara Lee, a reporter for the Daily Courier, "
            "said she was beaten. John Ray, a reporter for the Evening Post, said he was threatened.")
    assert _resolve(nlp, body, "reporter") == ("reporter", "group", None, "MED")


def test_another_reporter_is_not_the_one_named(nlp):
    body = "Sara Lee, a reporter for the Daily Courier, was detained. Police also detained another reporter."
    assert _resolve_last(nlp, body, "reporter") == "reporter"


def test_possessive_is_the_described_person_of_the_sentence(nlp):
    doc = _run(nlp, "Senator Tom Hale praised the new voting law on Monday. While a federal judge found "
                    "the law unconstitutional, his decision was overturned by an appeals court.")
    assert _names(doc, "REJECT", "source") == ["appeals court"]
    assert _names(doc, "REJECT", "target") == ["federal judge"]


def test_possessive_skips_a_description_two_sentences_back(nlp):
    doc = _run(nlp, "A federal judge found the voting law unconstitutional. Senator Tom Hale praised the "
                    "law on Monday. His decision was overturned by an appeals court.")
    assert _names(doc, "REJECT", "target") == ["Tom Hale"]


def test_every_conjunct_of_a_mixed_list_is_a_party(nlp):
    doc = _run(nlp, "The Sierra Club and two environmental groups sued the Environmental Protection Agency on Monday.")
    assert _names(doc, "ACCUSE", "source") == ["Sierra Club", "environmental groups"]


def test_list_hung_on_an_of_object_is_coordinated(nlp):
    doc = _run(nlp, "The ACLU of Ohio, the Brennan Center and two advocacy groups filed a lawsuit "
                    "against Secretary of State Jon Husted.")
    assert _names(doc, "ACCUSE", "source") == ["ACLU of Ohio", "Brennan Center", "advocacy groups"]


def test_such_groups_make_no_party(nlp):
    assert _resolve(nlp, "He refused to work with such groups.", "groups") is None


# ---- US and UK political news: parties described by a collective or a body -------------------

def test_accusers_and_women_are_groups_of_people(nlp):
    doc = _run(nlp, "Donald Trump denied the allegations made by several women. On Monday he attacked his "
                    "accusers at a rally.")
    rejected = [e for e in doc.events if e.plover == "REJECT"]
    assert [[doc.actor(r).name for r in e.target] for e in rejected] == [["several women"]]
    assert _resolve(nlp, "On Monday Donald Trump attacked his accusers at a rally.",
                    "accusers") == ("accusers", "group", None, "CVL")


def test_bare_vague_plural_names_a_class_not_a_party(nlp):
    assert _resolve(nlp, "In the recording Donald Trump boasted about women.", "women") is None
    assert _resolve(nlp, "People criticized Donald Trump.", "People") is None
    assert _resolve(nlp, "People in other cities criticized Donald Trump.",
                    "People") == ("People in other cities", "group", None, "CVL")
    assert _resolve(nlp, "Thousands of people marched against Donald Trump.", "Thousands") == (
        "people", "group", None, "CVL")


def test_investigators_and_agents_are_police(nlp):
    doc = _run(nlp, "Federal agents seized the laptop of Anthony Weiner on Friday.")
    assert _side(doc, "COERCE", "source") == [("Federal agents", "group", None, "COP")]
    doc = _run(nlp, "Investigators questioned Robert Dougherty about the post.")
    assert _side(doc, "ACCUSE", "source") == [("Investigators", "group", None, "COP")]


def test_people_named_by_the_body_they_serve_act_for_it(nlp):
    body = ("The North Carolina State Board of Elections opened an inquiry on Monday. Board investigators "
            "questioned Robert Dougherty about the post.")
    doc = _run(nlp, body)
    assert [a[0] for a in _side(doc, "ACCUSE", "source")] == ["North Carolina State Board of Elections"]
    # a district court judge serves no court of appeals: the modifier's words must all be the body's
    assert _resolve(nlp, "The Court of Appeals for the Ninth Circuit ruled on Monday. District court judges "
                         "criticized the delay.", "judges") == ("District court judges", "group", None, "JUD")


def test_party_members_are_not_the_party(nlp):
    doc = _run(nlp, "Labour activists attacked Jeremy Corbyn over the leaflets.")
    assert _side(doc, "ACCUSE", "source") == [("Labour activists", "group", "GBR", "OPP")]


def test_staff_keep_whom_they_work_for(nlp):
    doc = _run(nlp, "Aides to Hillary Clinton criticized James Comey on Saturday.")
    assert [a[0] for a in _side(doc, "ACCUSE", "source")] == ["Aides to Hillary Clinton"]


def test_described_body_is_a_body_of_its_own(nlp):
    doc = _run(nlp, "The state elections board investigated the claim by Robert Dougherty.")
    assert _side(doc, "ACCUSE", "source") == [("state elections board", "government_body", None, "GOV")]
    doc = _run(nlp, "The county clerk's office rejected the request from Robert Dougherty.")
    assert _side(doc, "REJECT", "source") == [("county clerk's office", "organization", None, "GOV")]


def test_described_body_is_the_named_body_it_refers_back_to(nlp):
    body = ("Robert Dougherty wrote to the North Carolina State Board of Elections on Monday. "
            "The state elections board investigated his claim.")
    doc = _run(nlp, body)
    assert [a[0] for a in _side(doc, "ACCUSE", "source")] == ["North Carolina State Board of Elections"]


def test_an_office_with_a_pronoun_is_its_holders(nlp):
    assert _resolve(nlp, "Senator Ron Wyden said his office had asked for the records.",
                    "office") == ("Ron Wyden", "person", None, "LEG")


def test_whose_office_is_the_one_the_clause_is_about(nlp):
    doc = _run(nlp, "The party praised Pam Bondi, whose office criticized Donald Trump.")
    assert [a[0] for a in _side(doc, "ACCUSE", "source")] == ["Pam Bondi"]


def test_body_known_by_its_apposed_description(nlp):
    body = ("The party received $2 million from Trump Victory, the joint fundraising committee of the "
            "Trump campaign. The joint fundraising committee also criticized the Missouri Republican Party.")
    doc = _run(nlp, body)
    assert [a[0] for a in _side(doc, "ACCUSE", "source")] == ["Trump Victory"]


def test_opening_description_is_the_person_the_next_sentence_names(nlp):
    body = ("A plan to close three rural hospitals has been rejected by one of the Liberal Democrats' "
            "most senior councillors.\n\nMargaret Ellison, who leads the party group on Cumbria "
            "County Council, said the closures would leave villages without care.")
    assert _resolve(nlp, body, "one")[:2] == ("Margaret Ellison", "person")


def test_owned_post_in_opening_is_the_person_named_next(nlp):
    body = ("Wales's health minister has warned striking junior doctors that their pay offer will not "
            "be improved.\n\nEluned Hughes said the offer was the best the budget allowed.")
    assert _resolve(nlp, body, "minister")[:2] == ("Eluned Hughes", "person")
    doc = _run(nlp, body)
    assert [[doc.actor(r).name for r in e.source] for e in doc.events if e.verb == "warn"] == [["Eluned Hughes"]]


def test_headline_and_opening_descriptions_are_the_person_named_next(nlp):
    # a headline saved above the story: its bare description and the opening's are one person
    body = ("Former union leader urges Northline Rail to raise pay\n\n"
            "A former union leader says Northline Rail should raise drivers' pay before Christmas.\n\n"
            "\u201cThe offer is an insult,\u201d said Walter Brandt, who ran the drivers' union for a decade.")
    resolver, _, document = _resolver(nlp, body, "leader")
    heads = [t for t in resolver.ctx.docs["body"] if t.text == "leader"]
    assert [document.actor(resolver.introduced(h) or "").name for h in heads] == ["Walter Brandt"] * 2
    doc = _run(nlp, body)
    assert [([doc.actor(r).name for r in e.source], e.plover) for e in doc.events if e.verb == "urge"] == \
        [(["Walter Brandt"], "REQUEST")]


def test_an_opening_description_is_the_person_a_report_after_it_names(nlp):
    # the next sentence reports what an outlet said: the one it names as that report's subject
    body = ("The Liberal party's campaign chief has denied a story saying he told the leader the party "
            "would lose. The Times on Monday said Scottish strategist Ewan Baird told the leader to focus on "
            "thirty seats.")
    doc = _run(nlp, body)
    assert [([doc.actor(r).name for r in e.source], [doc.actor(r).name for r in e.target])
            for e in doc.events if e.plover == "REJECT"] == [(["Ewan Baird"], ["The Times"])]


@pytest.mark.parametrize(("body", "word", "named"), [
    # an opening description as the object, not the doer
    ("Police in Minsk detained a photographer during the march.\n\n"
     "Anna Marek said officers had beaten protesters.", "photographer", "Anna Marek"),
    # a spokesman still speaks for the party
    ("The chancellor must rethink the fuel duty rise, a Conservative spokesman said.\n\n"
     "Peter Lowe, a haulier from Leeds, said drivers could not afford it.", "spokesman", "Peter Lowe"),
    # a description after the opening looks forward to no one
    ("Ministers met union leaders on Monday to discuss the dispute over pensions.\n\n"
     "The talks were attended by a Labour backbencher.\n\nJohn Carver said nothing was agreed.",
     "backbencher", "John Carver"),
    # an opening group is a body
    ("A rebel group has attacked an army convoy near Goma.\n\n"
     "Jean Mutombo said three soldiers were wounded.", "group", "Jean Mutombo"),
])
def test_a_description_is_not_the_person_named_next_outside_an_opening_doer(nlp, body, word, named):
    found = _resolve(nlp, body, word)
    assert found is None or found[0] != named


def test_a_predicative_description_stands_for_the_object_it_describes(nlp):
    body = ('Retired admiral Paul Dorsey backs Mark Hale over Governor Ellen Price. Dorsey described '
            'Price as "a career bureaucrat" who "has never run anything."')
    assert _resolve(nlp, body, "bureaucrat")[:2] == ("Ellen Price", "person")
    assert _resolve(nlp, body, "bureaucrat", how="agent")[:2] == ("Ellen Price", "person")


def test_an_as_phrase_without_an_object_is_no_description_of_one(nlp):
    body = "Mark Hale served as a county commissioner before the election."
    found = _resolve(nlp, body, "commissioner", how="agent")
    assert found is None or found[0] != "Mark Hale"


@pytest.mark.parametrize(("body", "word", "expected"), [
    # the last person named is a woman: "his" is the man named before her
    ("Donald Grant campaigned in Ohio on Monday. Maria Lopez toured Michigan. Markets fear his attacks on "
     "China.", "his", "Donald Grant"),
    ("Maria Lopez toured Michigan. Donald Grant said her criticism of the governor was unfair.", "her",
     "Maria Lopez"),
    # an honorific marks the gender where the given name does not
    ("Mrs Okafor opened the debate. Tom Reid replied later. Her motion was defeated.", "Her", "Okafor"),
    # a name the table does not know fits either pronoun
    ("Maria Lopez met Kwame Mensah in Accra. He said the talks went well.", "He", "Kwame Mensah"),
])
def test_a_pronoun_stands_for_a_person_of_its_gender(nlp, body, word, expected):
    assert _resolve(nlp, body, word, "pronoun")[0] == expected


def test_it_stands_for_a_college_as_for_any_body(nlp):
    body = "The UK government wants longer licensing hours. The Royal College of Nursing said it opposed the plan."
    assert _resolve(nlp, body, "it", "pronoun")[0] == "Royal College of Nursing"


@pytest.mark.parametrize(("body", "word", "expected"), [
    # "Okonjo said she ..." marks a name the table does not know as a woman's: "he" is the other
    ("Kwame Mensah met reporters in Accra. Ngozi Okonjo said she was never consulted. He also "
     "criticised the electoral commission.", "He", "Kwame Mensah"),
    # a quotation's "he" is someone the speaker talks about, not the speaker
    ('Kwame Mensah met reporters in Accra. "He never answered our letters," Ngozi Okonjo said. '
     "He also criticised the electoral commission.", "He", "Ngozi Okonjo"),
    # a definite post as a subject is a mention of its holder, nearer than a quoted "he"
    ('Home Secretary David Hale resigned on Monday after an inquiry. Prime Minister Tony Grant met '
     'reporters in Leeds. Mr Hale could return to government later, aides said. "He has been a '
     'tremendous colleague and he has done a great job," one aide said. The prime minister rejected '
     'calls for a second inquiry. He said Mr Hale had acted with integrity.', "He", "Tony Grant"),
    # a direct quotation's "him" is never its speaker
    ('Labour MP Derek Holt praised Chancellor Gordon Bell on Sunday. "It would be foolish of the party '
     'if we did not use him," Mr Holt said.', "him", "Gordon Bell"),
    # a name apposed to a subject is the subject: here the parser takes the dateline's city for it
    ("Pyongyang, May 5 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, inspected "
     "a fertilizer factory with Kim Tok Hun, premier of the Cabinet.\n\nWatching the production lines, he "
     "said the plant was a model.", "he", "Kim Jong Un"),
    # a subject named before the pronoun in its own sentence is nearer than the run before it
    ("Robert Jackson defected to Labour on Monday. He said the party had lost its way. Mr Howard knows "
     "that risks criticism, so he has tried to shoot that fox first.", "he", "Howard"),
    # a "he" reported by a speaker described, not named, is that speaker
    ("Kim Jong Un sent a message to the veterans. The chairman of the Mexico-Korea Solidarity Committee in "
     "a statement said that he pays tribute to the Korean people.", "he", "Mexico-Korea Solidarity Committee"),
    # each of coordinated subjects is a subject: the later one is nearer
    ("Senator Tom Baker and Governor Paul Ellis made claims about jobs. The website said his claim was "
     "false.", "his", "Paul Ellis"),
    # a sentence whose subject is a named person's ends a run of "he" subjects: its owner is nearer
    ("Senator Tom Baker joined the board of a bank. He earns a fee for the work. Governor Paul Ellis's only "
     "new entry is a hamper from a donor. He also declares a trip to Ghana.", "He", "Paul Ellis"),
])
def test_a_pronoun_takes_the_nearest_person_of_the_gender_the_article_reports(nlp, body, word, expected):
    resolver, _, document = _resolver(nlp, body, word)
    last = [t for t in resolver.ctx.docs["body"] if t.text == word][-1]
    assert document.actor(resolver.pronoun(last)).name == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Donald Grant said that if he wins he would not put Democrats in his cabinet but would work with them "
     "on legislation.", "Democrats"),
    # a party named sentences before is too far for "they"
    ("Republicans won the state in 2012. The new figures were released on Monday. Mr Grant said he "
     "would study them closely.", None),
])
def test_they_stands_for_a_party_named_in_the_plural_in_its_sentence(nlp, body, expected):
    resolver, _, document = _resolver(nlp, body, "said")
    pronoun = next(t for t in resolver.ctx.docs["body"] if t.lower_ in ("them", "they"))
    found = document.actor(resolver.pronoun(pronoun) or "")
    assert (found.name if found else None) == expected


def test_a_reported_pronoun_after_another_person_marks_no_gender(nlp):
    # "he" may be Mensah, named before it: Okonjo's gender stays unknown
    body = "Kwame Mensah spoke first. Ngozi Okonjo said that after Mensah left, he called the police."
    resolver, _, document = _resolver(nlp, body, "Okonjo")
    okonjo = next(a for a in document.actors if a.name == "Ngozi Okonjo")
    assert resolver.gender(okonjo) is None


@pytest.mark.parametrize(("body", "word", "expected"), [
    # the possessor of the claim, not the woman who is the main clause's subject
    ("Ellen Hart met Mary Sokol in 1978. Reporter Tom Reid said Ellen Hart was instrumental in "
     "repressing Sokol's claim that the governor assaulted her that year.", "her", "Mary Sokol"),
    ("Finance Minister Kwame Mensah met Ngozi Okonjo on Monday. The ministry rejected Okonjo's "
     "allegation that Mensah had threatened her.", "her", "Ngozi Okonjo"),
])
def test_a_pronoun_in_what_a_claim_says_is_its_owner(nlp, body, word, expected):
    resolver, head, document = _resolver(nlp, body, word)
    assert document.actor(resolver.pronoun(head)).name == expected


@pytest.mark.parametrize(("body", "plover", "expected"), [
    ("The Democrats won the Senate in November. On Monday, Democratic lawmakers demanded an "
     "explanation from the FBI director.", "REQUEST", ["Democratic lawmakers", "Democrats"]),
    ("Labour backbenchers accused the Conservatives of hypocrisy over the tax plan.", "ACCUSE",
     ["Labour backbenchers", "Labour"]),
    ("Republican senators criticised the Democratic Party for blocking the vote.", "ACCUSE",
     ["Republican senators", "Republican"]),
])
def test_people_named_by_their_party_have_the_party_beside_them(nlp, body, plover, expected):
    assert [a[0] for a in _side(_run(nlp, body), plover, "source")] == expected


def test_a_quote_continued_by_she_is_the_last_woman_who_spoke(nlp):
    body = ('Maria Lopez spoke first. "We will win this state," she said. Donald Grant answered her. '
            '"We have only just begun," she said.')
    doc = _run(nlp, body)
    assert [doc.actor(q.speaker).name for q in doc.quotes] == ["Maria Lopez", "Maria Lopez"]


def test_those_people_stand_for_the_party_of_people_named_before(nlp):
    body = ("Senior officials met the flood victims in Pyongyang. The children swam in the pools. "
            "Doctors gave medical care to those people.")
    resolver, head, document = _resolver(nlp, body, "people")
    victims = resolver.one(next(t for t in head.doc if t.text == "victims"))
    assert document.actor(victims).name == "flood victims"
    assert resolver.one(head) == victims


def test_bare_people_point_back_to_no_one(nlp):
    resolver, head, document = _resolver(nlp, "The flood victims arrived. Doctors said people were safe.", "people")
    resolver.one(next(t for t in head.doc if t.text == "victims"))
    assert resolver.one(head) != resolver.one(next(t for t in head.doc if t.text == "victims"))


def test_a_party_before_a_persons_post_is_not_what_the_post_names(nlp):
    # no holder of the post is known: the phrase names nobody rather than the party
    body = ("Lawyers for the developer filed papers on Monday. The Republican presidential nominee "
            "criticized the court on Tuesday.")
    assert _resolve(nlp, body, "nominee") is None


def test_a_party_spokesman_still_speaks_for_the_party(nlp):
    body = "A Labour spokesman criticized the council over the closure."
    assert _resolve(nlp, body, "spokesman")[:2] == ("Labour", "party")


def test_one_member_of_a_party_is_the_person_named_before(nlp):
    body = ("A state board cleared Mark Tully of any wrongdoing on Wednesday. Officials said the case was "
            "closed. The registered Democrat criticized the board on Thursday.")
    assert _resolve(nlp, body, "Democrat")[:2] == ("Mark Tully", "person")


def test_one_member_of_a_party_is_never_the_subject_of_its_own_clause(nlp):
    body = "Senator Mark Tully met Governor Ann Ross on Monday. Mark Tully then criticized the top Republican."
    assert _resolve_last(nlp, body, "Republican") == "Ann Ross"


def test_a_party_named_with_the_article_is_the_party(nlp):
    body = "The SNP criticized the council over the closure."
    assert _resolve(nlp, body, "SNP")[:2] == ("SNP", "party")


def test_a_person_named_in_a_fronted_participle_is_not_the_pronoun_after_it(nlp):
    doc = _run(nlp, "Prime Minister Tony Blair met party officials on Monday. Asked if Mr Blunkett could "
                    "return to frontline politics, he praised Gordon Brown.")
    assert _names(doc, "SUPPORT", "source") == ["Tony Blair"]
    assert _names(doc, "SUPPORT", "target") == ["Gordon Brown"]


def test_a_party_nominee_with_no_known_holder_is_the_person_named_before(nlp):
    body = ('Mark Dalton thanked the veterans seated on stage. "They are braver than me," Dalton said. '
            "The Republican nominee then criticized the Pentagon over its budget.")
    assert _resolve(nlp, body, "nominee")[:2] == ("Mark Dalton", "person")


def test_a_party_nominee_attacked_is_never_the_attacker_nor_the_party(nlp):
    # "attack" and "blaming" share the subject of "continued": neither the description nor the
    # pronoun is the attacker, and the party modifying the post is not its holder
    body = ("Mark Dalton said on Tuesday that voters did not trust Susan Walsh. Dalton said he was proud "
            "of his record. Before a crowd of 9,000 people, Dalton continued to attack the Democratic "
            "nominee's integrity, blaming her for the collapse of the trade talks.")
    assert _resolve(nlp, body, "nominee")[:2] == ("Susan Walsh", "person")
    assert _resolve(nlp, body, "her")[:2] == ("Susan Walsh", "person")
    assert [a[0] for a in _side(_run(nlp, body), "ACCUSE", "target")] == ["Susan Walsh"]


def test_a_post_its_holder_has_left_names_no_present_holder(nlp):
    body = "Former President Walter Grey criticized the plan on Monday. The president rejected the criticism."
    assert _resolve_last(nlp, body, "president") is None
    body = "Former President Walter Grey criticized the plan on Monday. The former president said it would fail."
    assert _resolve_last(nlp, body, "president") == "Walter Grey"


def test_a_shadow_post_is_not_the_post(nlp):
    body = ("Shadow chancellor Oliver Grant said taxes would rise. The chancellor is expected to freeze "
            "fuel duty.")
    assert _resolve_last(nlp, body, "chancellor") is None


def test_a_possessive_pronoun_repeats_the_last_pronoun_of_its_gender_in_its_sentence(nlp):
    body = ("Trump said on Tuesday that voters did not trust Susan Walsh. Trump continued to attack "
            "the Democratic nominee, blaming her for the trade deficit and mocking her campaign.")
    assert _resolve_last(nlp, body, "her") == "Susan Walsh"


def test_a_party_nominee_is_one_of_the_races_leading_people_named_before(nlp):
    # the race's two most mentioned people, but not a judge the article names in passing, and
    # named several quoted lines before
    body = ("Mark Dalton attacked Susan Walsh over the budget. Judge Alan Reyes dismissed the suit against "
            "Walsh on Monday. Walsh said Dalton was wrong. Dalton said Walsh had lied. \"She lied. She "
            "knows it. Everyone knows it. It is a disgrace,\" Dalton said. Reyes declined to comment. "
            "Dalton then continued to attack the Democratic nominee on Tuesday.")
    assert _resolve_last(nlp, body, "nominee") == "Susan Walsh"


def test_you_addressed_by_name_is_that_party(nlp):
    body = "Governor Lena Marsh vetoed the bill. You, Governor Lena Marsh, have let the nurses down."
    assert _resolve(nlp, body, "You") == ("Lena Marsh", "person", None, "GOV")
    assert _resolve(nlp, "You have let the nurses down, and you know it.", "You") is None


@pytest.mark.parametrize(("body", "expected"), [
    # a demonym two states share is the one the article names as a state
    ("The DPRK marked Victory Day. The Nepal Workers and Peasants Party praised the Korean people.", "PRK"),
    ("South Korea held elections. Senator Tom Baker praised the Korean people.", "KOR"),
    # naming both, or neither, it stays unknown
    ("North Korea and South Korea met. Senator Tom Baker praised the Korean people.", None),
])
def test_a_shared_demonym_is_the_state_the_article_names(nlp, body, expected):
    doc = extract(Article(id="t", body=body), nlp)
    assert [a.country for a in doc.actors if a.name == "Korean people"] == [expected]


def test_a_pronoun_takes_a_person_of_its_own_sentence_over_a_subject_before_it(nlp):
    body = ("Senator Karen Walsh's aide Ruth Baker was given immunity on Friday. The news comes at a bad time "
            "for Walsh, just days before her first debate.")
    assert _resolve_last(nlp, body, "her") == "Karen Walsh"
    # a subject of the pronoun's own sentence still comes first
    body = "Ruth Baker thanked Karen Walsh on Friday for her loan."
    assert _resolve_last(nlp, body, "her") == "Ruth Baker"


def test_a_post_written_after_a_name_is_that_person(nlp):
    body = "Tory frontbencher Andrew Tyrie MP demanded a statement from ministers on Monday."
    assert _names(_run(nlp, body), "REQUEST", "source") == ["Andrew Tyrie"]


def test_a_wire_datelines_agency_is_not_who_acts(nlp):
    body = ("WASHINGTON (AP) — President Mark Dalton on Tuesday accused Senator Susan Walsh of lying "
            "about the budget.")
    # (a president's state acts with them)
    assert _names(_run(nlp, body), "ACCUSE", "source") == ["United States", "Mark Dalton"]


def test_the_members_a_plural_names_after_including_act_with_it(nlp):
    body = "Several countries, including France and Germany, condemned the attack on Syria."
    assert _names(_run(nlp, body), "ACCUSE", "source") == ["Several countries", "France", "Germany"]


@pytest.mark.parametrize(("body", "expected"), [
    # a country a person owns is the state of that person's country
    ("Indian Prime Minister Narendra Modi said Pakistan had attacked his country.", ("India", "state", "IND", None)),
    # a titled name followed by "of" and a state is of that state
    ("Prime Minister Narendra Modi of India said Pakistan had attacked his country.", ("India", "state", "IND", None)),
])
def test_a_country_owned_by_a_person_is_that_persons_state(nlp, body, expected):
    assert _resolve(nlp, body, "country") == expected


def test_a_bare_government_is_of_the_state_the_articles_actors_are_mostly_of(nlp):
    body = ("Labour and the Tories clashed in Britain. Labour leader Tony Blair said the Tories were wrong. "
            "The Liberal Democrats urged the government to act.")
    doc = _run(nlp, body)
    request = [e for e in doc.events if e.plover == "REQUEST"]
    assert len(request) == 1
    government = [doc.actor(r) for r in request[0].target if doc.actor(r).name == "government"]
    assert [a.country for a in government] == ["GBR"]


def _actor(i: int, country: str | None, mentions: int) -> Actor:
    return Actor(id=f"a{i}", name=f"Actor {i}", kind="party", country=country,
                 mentions=[Mention(start=k, end=k + 1, text="x") for k in range(mentions)])


def test_leading_country_is_the_one_most_mentions_are_of():
    text = "Labour and the Tories clashed."
    assert leading_country([_actor(1, "GBR", 2), _actor(2, "FRA", 1), _actor(3, None, 4)], text) == "GBR"
    # mentions count, not actors: one actor named three times outweighs two named once
    assert leading_country([_actor(1, "GBR", 1), _actor(2, "GBR", 1), _actor(3, "FRA", 3)], text) == "FRA"
    # a tie leads nowhere
    assert leading_country([_actor(1, "GBR", 2), _actor(2, "FRA", 2)], text) is None
    # states named do not count: a story of aid to another state names that state most
    state = Actor(id="a9", name="Indonesia", kind="state", country="IDN",
                  mentions=[Mention(start=k, end=k + 1, text="x") for k in range(5)])
    assert leading_country([_actor(1, "GBR", 1), state], text) == "GBR"
    assert leading_country([state], text) is None
    assert leading_country([], text) is None


def test_a_document_noun_never_names_a_body_against_it(nlp):
    # "the constitution" is no "anti-constitution group"
    doc = _run(nlp, "Neil O'Brien, director of anti-constitution group Vote No, spoke on Monday. Liberal Democrat "
                    "leader Charles Kennedy, who backs the constitution, said he expected a vote.")
    assert doc.events == []


def test_they_can_stand_for_bodies_named_by_a_plural(nlp):
    doc = _run(nlp, "Tom McCabe urged councils to limit increases. Mr McCabe has promised them about pounds 8bn.")
    names = {a.id: a.name for a in doc.actors}
    assert [(e.plover, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events] == [
        ("REQUEST", ["Tom McCabe"], ["councils"]), ("AGREE", ["Tom McCabe"], ["councils"])]
    # a body named in the singular is no "they"
    doc = _run(nlp, "Tom McCabe criticised the Scottish Executive. He has promised them a pay rise.")
    assert [e.plover for e in doc.events] == ["ACCUSE"]


def _event_sides(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return [(e.plover, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events]


@pytest.mark.parametrize("body, expected", [
    # "both parties" in the object: the two parties named before it, not its clause's subject
    ("The Tories unveiled plans. Labour said many tests were already done. The Lib Dems warned both parties "
     "against pandering to prejudice.", [("REQUEST", ["Lib Dems"], ["Labour", "Tories"])]),
    ("China condemned Japan. Russia urged the two countries to talk.",
     [("ACCUSE", ["China"], ["Japan"]), ("REQUEST", ["Russia"], ["Japan", "China"])]),
    # "the two men": the two people last named together, not the clause's subject
    ("Tony Blair and Gordon Brown met on Monday. Ian Gibson urged the two men to stop squabbling.",
     [("CONSULT", ["Tony Blair"], ["Gordon Brown"]), ("REQUEST", ["Ian Gibson"], ["Tony Blair", "Gordon Brown"])]),
])
def test_a_counted_plural_stands_for_the_last_parties_of_its_kind(nlp, body, expected):
    assert _event_sides(_run(nlp, body)) == expected


def test_a_possessive_in_a_fronted_phrase_on_a_noun_is_the_subjects(nlp):
    # "his" is Sir Edward's, not the Wilson of the sentence before
    doc = _run(nlp, "Harold Wilson would not form a coalition. Within hours of his final talks with Mr Thorpe, "
                    "Sir Edward Heath told the nation he was resigning.")
    assert _event_sides(doc) == [("CONSULT", ["Edward Heath"], ["Thorpe"])]


def test_a_person_of_a_body_coordinated_with_a_person_stands_for_the_body(nlp):
    doc = _run(nlp, "Officials arranged a meeting between Viktor Makarov and an MI6 agent.")
    assert _event_sides(doc) == [("CONSULT", ["Viktor Makarov"], ["MI6"])]


def test_the_subject_of_a_relative_clause_is_no_pronouns_antecedent(nlp):
    doc = _run(nlp, "David Davis warned of miscarriages of justice, like the Guildford Four - for which Tony Blair "
                    "recently apologised. \"We have serious concerns,\" he told BBC Radio 4's Today programme.")
    assert ("CONSULT", ["David Davis"], ["BBC Radio 4"]) in _event_sides(doc)


def test_the_bloc_stands_for_the_last_international_body(nlp):
    # the tagger takes the lower-case "bloc" for a name
    doc = _run(nlp, "The European Union met in Brussels. Angela Merkel said the bloc must stick by the agreed reforms.")
    assert _event_sides(doc) == [("REQUEST", ["Angela Merkel"], ["European Union"])]


@pytest.mark.parametrize("body, expected", [
    # a spokesperson or leader of a party or organisation acts for it
    ("UKIP spokesman Mark Croucher criticised Damian Hockney.", [("ACCUSE", ["Mark Croucher", "UKIP"], ["Damian Hockney"])]),
    ("Unison general secretary Dave Prentis attacked the government's pension plans.",
     [("ACCUSE", ["Dave Prentis", "Unison"], ["government"])]),
    # one who holds a post of state acts for the state
    ("Prime Minister Tony Blair, the Labour leader, criticised Michael Howard.",
     [("ACCUSE", ["Tony Blair"], ["Michael Howard"])]),
])
def test_a_spokesman_or_leader_acts_for_the_body(nlp, body, expected):
    assert _event_sides(_run(nlp, body)) == expected


@pytest.mark.parametrize("body, word", [
    # an institution as a setting, and a noun after a preposition of time, name no party
    ("The government is naive to refuse to allow phone-tap evidence in court, Javier Solana said.", "court"),
    ("Tony Blair ruled out taking part in a debate during the forthcoming election campaign.", "campaign"),
    # a campaign a common noun says the kind of is an activity, whoever owns it
    ("A millionaire paid for most of the party's billboard campaign last spring.", "campaign"),
])
def test_a_setting_is_no_party(nlp, body, word):
    assert _resolve(nlp, body, word) is None


def test_parties_named_by_the_common_noun(nlp):
    doc = _run(nlp, "The Electoral Commission urged political parties to seek out more small donations.")
    assert _event_sides(doc) == [("REQUEST", ["Electoral Commission"], ["political parties"])]
    assert [(a.name, a.kind, a.sector) for a in doc.actors if a.kind == "party"] == [("political parties", "party", "PTY")]


def test_a_name_in_commas_after_a_post_the_parser_hung_elsewhere_is_the_posts_holder(nlp):
    body = ("The committee is also calling on the senior judge in England and Wales, Lord Harwood, "
            "to abandon draft guidelines he proposed in September.")
    assert _resolve(nlp, body, "judge")[:2] == ("Lord Harwood", "person")


def test_whoever_a_system_is_under_answers_for_it_before_the_state_whose_it_is(nlp):
    body = "Mark Dunmore attacked the cost of Britain's asylum system under Ann Hale."
    assert _resolve(nlp, body, "cost")[:2] == ("Ann Hale", "person")


@pytest.mark.parametrize(("body", "word", "expected"), [
    ("The unionists criticised the minister.", "unionists", ("unionists", "group", None, "PTY")),
    ("Magistrates rejected the plan.", "Magistrates", ("Magistrates", "group", None, "JUD")),
    ("Charities attacked the Tory quotas.", "Charities", ("Charities", "organization", None, "NGO")),
])
def test_political_camps_courts_and_charities_are_agents(nlp, body, word, expected):
    assert _resolve(nlp, body, word, "agent") == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the candidates", ["Ann Lee", "Tom Hale"]),
    ("both presidential candidates", ["Ann Lee", "Tom Hale"]),
    # a modifier naming others, or a count of more than two, is no pair
    ("the Republican candidates", []),
    ("the three candidates", []),
])
def test_the_candidates_are_the_two_the_article_marks_as_running(nlp, phrase, expected):
    body = (f"Ann Lee leads Tom Hale by 6 points in the latest poll. Ann Lee spoke first at the forum. "
            f"The moderator, Joe Park, asked {phrase} to avoid personal attacks.")
    resolver, head, document = _resolver(nlp, body, "candidates")
    assert sorted(document.actor(r).name for r in resolver.phrase(head) if document.actor(r).kind == "person") \
        == expected


def test_a_pronoun_urged_in_a_letter_stands_for_all_the_parties_written_to(nlp):
    body = ("Labour launched its manifesto, the Conservatives outlined their plans and the Liberal Democrats "
            "gave more details. The bishop wrote to all three parties pressing them to keep the campaign civil.")
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    urged = [sorted(names[r] for r in e.target) for e in doc.events if e.plover == "REQUEST"]
    assert urged == [["Conservatives", "Labour", "Liberal Democrats"]]


def test_states_named_together_by_a_plural_are_a_group(nlp):
    doc = _run(nlp, "The finance minister returned on Sunday from a tour of West African nations.")
    assert _side(doc, "CONSULT", "target") == [("West African nations", "group", None, "GOV")]
    doc = _run(nlp, "Senator Ann Lowe urged Nordic countries to spend more on their navies.")
    assert _side(doc, "REQUEST", "target") == [("Nordic countries", "group", None, "GOV")]
    doc = _run(nlp, "Professor Ann Cole argued that the suing states exaggerated the reach of the rule.")
    assert _side(doc, "ACCUSE", "target") == [("suing states", "group", None, "GOV")]
    # "the country" is one state, for the states stage to find, not a group
    assert _resolve(nlp, "The country refused the loan.", "country") is None


def test_a_coalition_is_a_party_of_its_own(nlp):
    doc = _run(nlp, "A coalition backed by Turkey shelled the town of Afrin.")
    assert [(e.plover, [doc.actor(r).name for r in e.target]) for e in doc.events if e.plover == "SUPPORT"] == [
        ("SUPPORT", ["coalition"])]
    # a coalition with a partner named is the arrangement: the refusal is aimed at the partner
    doc = _run(nlp, "The Green Party leader ruled out joining a coalition with the Social Democrats.")
    assert [(e.plover, [doc.actor(r).name for r in e.target]) for e in doc.events] == [
        ("REJECT", ["Social Democrats"])]


@pytest.mark.parametrize(("body", "word", "expected"), [
    ("The road haulage lobby warned ministers against a rise in fuel duty.", "lobby",
     ("road haulage lobby", "organization", None, "NGO")),
    ("Senator Ann Lee explained her vote to her constituents in Dayton.", "constituents",
     ("constituents in Dayton", "group", None, "CVL")),
    ("Governor Tom Hale repeated his attacks on the debate moderators.", "moderators",
     ("debate moderators", "group", None, "MED")),
])
def test_common_nouns_of_interests_voters_and_hosts_name_parties(nlp, body, word, expected):
    assert _resolve(nlp, body, word) == expected


def test_a_title_opening_one_persons_name_stands_for_that_person(nlp):
    body = ("Prince Edmund wore a fancy-dress uniform to a party. Former palace aide Tom Reed argued that the "
            "prince must apologise in public.")
    doc = _run(nlp, body)
    assert _side(doc, "REQUEST", "target") == [("Prince Edmund", "person", None, None)]
    # of two so styled, the one the article names most
    body = ("Prince Edmund wore a fancy-dress uniform to a party. Prince Edmund and Prince Arthur were at "
            "the party. Former palace aide Tom Reed argued that the prince must apologise in public.")
    assert _side(_run(nlp, body), "REQUEST", "target") == [("Prince Edmund", "person", None, None)]


def test_a_possessive_pronoun_after_a_newly_named_person_is_theirs(nlp):
    body = ('"The scheme was unveiled by Tom Hale in his spring statement and Dan Firth is now copying it in his '
            'desperate attempt to win seats," said Senator Ann Lowe.')
    doc = _run(nlp, body)
    names = {a.id: a.name for a in doc.actors}
    assert [(names[e.source[0]], names[e.target[0]]) for e in doc.events if e.plover == "ACCUSE"] == [
        ("Ann Lowe", "Dan Firth")]


def test_a_possessive_pronoun_after_a_person_named_after_another_possessive_is_theirs(nlp):
    doc = _run(nlp, "Backers of Tom Hale, like Hale and his allies, are already angry with Dan Firth, and his "
                    "criticism of Hale only makes them angrier.")
    names = {a.id: a.name for a in doc.actors}
    assert ("Dan Firth", "Tom Hale") in [(names[e.source[0]], names[e.target[0]]) for e in doc.events]
