"""Events: who did what to whom, read sentence by sentence as news writes it."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.event_lexicon import cues, entries, lookup_verb, noun_entry
from newsgraph.model import PLOVER_TYPES, Article, Event


def _run(nlp, body: str, published: str | None = None, captions: list[str] | None = None):
    article = Article(id="test", body=body, published=published, captions=captions or [])
    doc = extract(article, nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return doc, names


def _names(names: dict[str, str], refs: list[str]) -> list[str]:
    return [names[r] for r in refs]


def _sides(doc, names: dict[str, str]) -> list[tuple[str, list[str], list[str]]]:
    """Each event as (PLOVER type, source names, target names)."""
    return [(e.plover, _names(names, e.source), _names(names, e.target)) for e in doc.events]


def _only(doc, plover: str) -> Event:
    found = [e for e in doc.events if e.plover == plover]
    assert len(found) == 1, [(e.plover, e.verb) for e in doc.events]
    return found[0]


def _only_sides(doc, names: dict[str, str], plover: str) -> tuple[str, list[str], list[str]]:
    """The verb, source names and target names of the one event of type `plover`."""
    event = _only(doc, plover)
    return event.verb, _names(names, event.source), _names(names, event.target)


def test_lexicon_rows_are_valid_plover_and_cameo():
    for row in entries():
        assert row.plover in PLOVER_TYPES, row
        assert row.cameo.isdigit() and 3 <= len(row.cameo) <= 4, row
        assert row.pos in ("V", "N", "M", "S"), row
    assert noun_entry("talk").plover == "CONSULT"
    assert lookup_verb("condemn").cameo == "111"
    assert "hold" in cues()["light_verbs"]


def test_light_verb_talks_with_a_visiting_delegation(nlp):
    doc, names = _run(nlp, "On March 3, Vladimir Putin held talks with a visiting Vietnamese delegation in Sochi.")
    event = _only(doc, "CONSULT")
    assert _names(names, event.source) == ["Vladimir Putin"]
    assert event.target and event.verb == "hold talk"
    assert (event.mode, event.cameo) == ("visit", "043")  # hosting a visiting party
    assert (event.date, event.date_text) == ("--03-03", "On March 3")
    assert event.location == "Sochi"


def test_passive_reception_swaps_roles(nlp):
    doc, names = _run(nlp, "Ambassador Maria Lopez was received by Fidel Castro at the Palace of the Revolution.")
    event = _only(doc, "CONSULT")
    assert _names(names, event.source) == ["Fidel Castro"]
    assert _names(names, event.target) == ["Maria Lopez"]
    assert event.cameo == "043"


def test_message_received_from_someone_is_their_support(nlp):
    doc, names = _run(nlp, "Kim Jong Un received a message of greeting from Vladimir Putin on Tuesday.",
                      published="2024-08-16")
    event = _only(doc, "SUPPORT")
    assert _names(names, event.source) == ["Vladimir Putin"]
    assert _names(names, event.target) == ["Kim Jong Un"]
    assert (event.mode, event.cameo) == ("message", "051")
    assert (event.date, event.date_text) == ("2024-08-13", "on Tuesday")


def test_a_threat_to_strike_is_a_threat_not_an_assault(nlp):
    doc, names = _run(nlp, "The United States threatened to strike Iran.")
    assert [e.plover for e in doc.events] == ["THREATEN"]
    event = doc.events[0]
    assert event.cameo == "138"
    assert event.target and names[event.target[0]] in ("Iran", "Iran, Islamic Republic of")


def test_announced_visit_is_hypothetical_and_a_planned_one_an_intent(nlp):
    doc, names = _run(nlp, "Narendra Modi will visit Japan next month.")
    event = _only(doc, "CONSULT")
    assert event.hypothetical and event.cameo == "042"
    assert _names(names, event.source) == ["Narendra Modi"]
    assert event.date is None and event.date_text == "next month"
    doc, names = _run(nlp, "Narendra Modi plans to visit Japan next month.")
    event = _only(doc, "AGREE")
    assert event.hypothetical and event.cameo == "036"


def test_negated_meeting(nlp):
    doc, names = _run(nlp, "Emmanuel Macron did not meet Olaf Scholz in Berlin.")
    event = _only(doc, "CONSULT")
    assert event.negated and not event.hypothetical
    assert _names(names, event.target) == ["Olaf Scholz"]


def test_neither_nor_subjects_negate_the_act(nlp):
    doc, names = _run(nlp, "Neither Emmanuel Macron nor Olaf Scholz met Giorgia Meloni in Rome.")
    event = _only(doc, "CONSULT")
    assert event.negated and _names(names, event.target) == ["Giorgia Meloni"]


def test_condemnation_target_inside_the_object(nlp):
    doc, names = _run(nlp, "The Chinese Foreign Ministry strongly condemned Japan's decision.")
    event = _only(doc, "ACCUSE")
    assert event.cameo == "111"
    assert _names(names, event.target) == ["Japan"]


def test_nominal_visit_with_possessor(nlp):
    doc, names = _run(nlp, "Angela Merkel's visit to Russia drew criticism.")
    event = _only(doc, "CONSULT")
    assert (event.mode, event.cameo, event.verb) == ("visit", "042", "visit")
    assert _names(names, event.source) == ["Angela Merkel"]
    assert _names(names, event.target) == ["Russia"] or doc.actor(event.target[0]).country == "RUS"


def test_officials_who_met_a_leader_included_named_people(nlp):
    doc, names = _run(nlp, "Senior Chinese officials who met with Vladimir Putin included Wang Yi and Li Qiang.")
    event = _only(doc, "CONSULT")
    assert set(_names(names, event.source)) == {"Wang Yi", "Li Qiang"}
    assert _names(names, event.target) == ["Vladimir Putin"]


def test_reported_by_the_outlet(nlp):
    doc, names = _run(nlp, "Reuters reported that Joe Biden met Fumio Kishida in Washington.")
    event = _only(doc, "CONSULT")
    assert event.reported_by is not None and names[event.reported_by] == "Reuters"
    assert event.location == "Washington"


def test_caption_and_body_give_one_event_with_two_mentions(nlp):
    caption = "Joe Biden held talks with Fumio Kishida at the White House on April 10"
    body = "Joe Biden held talks with Fumio Kishida on April 10, officials said."
    doc, _ = _run(nlp, body, captions=[caption])
    event = _only(doc, "CONSULT")
    assert {m.field for m in event.mentions} == {"body", "captions/0"}
    assert event.date == "--04-10"


@pytest.mark.parametrize("text", [
    "The delegation discussed the Ukraine conflict and regional security.",
    "NO COMMENTS\n\nLEAVE A REPLY\n\nPlease enter your comment!\n\nPlease enter your name here",
    # a class in general is no doer
    "Analyst Ivan Orlov said all official Chinese parties are united in backing the treaty with Laos.",
    # what a blast is on is where it struck, not who set it off
    "A bomb blast on Malta killed four people.",
    "The bomb blast on Malta was condemned by Italy.",
    # whom a shooting was done to is not whom an inquiry into it, or a demand about it, is aimed at
    "Police in Charlotte are investigating the shooting of Sam Okoro.",
    "Protesters in the city demanded more details about the fatal shooting of Sam Okoro.",
    # a participle of comparison is no stance
    "Senator Ann Lee said Canada is a place where the rules are enforced, as opposed to other states that merely talk.",
    # people who write together write to someone else, not to each other
    '"The letter gave such vague information that it invited wild speculation," Senators Ann Lee and Tom Baker wrote.',
    # a refusal to give details withholds news, refusing no one
    "Prosecutors in Geneva declined to provide details about the inquiry into the Iranian embassy.",
])
def test_nothing_spurious(nlp, text):
    doc, _ = _run(nlp, text)
    assert doc.events == []


def test_kcna_dateline_gives_date_and_place(nlp):
    body = ("Pyongyang, May 20 (KCNA) -- Kim Jong Un sent a message of greeting to Xi Jinping.\n\n"
            "The message wished the Chinese people happiness.")
    doc, names = _run(nlp, body, published="2024-05-21")
    event = _only(doc, "SUPPORT")
    assert (event.date, event.location) == ("2024-05-20", "Pyongyang")
    assert _names(names, event.target) == ["Xi Jinping"]


def test_evidence_points_at_the_sentence(nlp):
    body = "Talks stalled. Emmanuel Macron met Olaf Scholz in Berlin."
    doc, _ = _run(nlp, body)
    event = _only(doc, "CONSULT")
    assert body[event.evidence.start:event.evidence.end] == "Emmanuel Macron met Olaf Scholz in Berlin."


def _actor(doc, names, ref):
    actor = doc.actor(ref)
    return (names[ref], actor.kind, actor.country, actor.sector)


def test_common_noun_agents_become_actors_with_sector_and_state(nlp):
    doc, names = _run(nlp, "Israeli police arrested two Palestinian protesters in Hebron on Tuesday.")
    event = _only(doc, "COERCE")
    assert [_actor(doc, names, r) for r in event.source] == [
        ("Israeli police", "government_body", "ISR", "COP"), ("Israel", "state", "ISR", None)]
    assert _actor(doc, names, event.target[0]) == ("Palestinian protesters", "group", "PSE", "OPP")


def test_a_bare_government_is_an_agent(nlp):
    doc, names = _run(nlp, "Opposition leaders accused the government of lying about the deal.")
    event = _only(doc, "ACCUSE")
    assert _names(names, event.source) == ["Opposition leaders"]
    assert _actor(doc, names, event.target[0]) == ("government", "government_body", None, "GOV")


def test_the_doer_of_a_denounced_act_is_the_target(nlp):
    doc, names = _run(nlp, "The Egyptian Foreign Ministry denounced Germany's entry into the alliance.")
    event = _only(doc, "ACCUSE")
    assert _names(names, event.target) == ["Germany"]


def test_press_statement_voice_and_demand(nlp):
    body = ("Pyongyang, May 3 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK released the following "
            "press statement on Friday:\nWe strongly denounce the United States for its reckless military drills "
            "near our border.\nThe United States must immediately stop its provocations.")
    doc, names = _run(nlp, body)
    accuse, request = _only(doc, "ACCUSE"), _only(doc, "REQUEST")
    # an organ of a state is listed with its state, as PLOVER codes an actor's country
    assert _names(names, accuse.source) == _names(names, request.source) == [
        "Foreign Ministry of the DPRK", "North Korea"]
    assert _names(names, accuse.target) == _names(names, request.target) == ["United States"]
    # the statement itself, its denouncing sentence and its criticism of "its provocations" are
    # one act with three mentions
    said = sorted(body[m.start:m.end].split()[0] for m in accuse.mentions)
    assert said == ["A", "The", "We"] and request.verb == "must stop"


def test_obligation_in_reported_speech_is_a_request_not_the_act(nlp):
    doc, names = _run(nlp, "Mr Straw said the US must release the four detainees.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target)) == (["Straw"], ["United States"])
    assert not event.hypothetical


def test_releasing_a_statement_is_not_a_release(nlp):
    doc, _ = _run(nlp, "The council spokesman released a statement on Monday.")
    assert doc.events == []


def test_willing_to_hand_over_is_an_intent(nlp):
    doc, names = _run(nlp, "Libya is willing to hand over the two suspects to Britain.")
    event = _only(doc, "AGREE")
    assert (event.cameo, event.hypothetical) == ("033", True)
    assert (_names(names, event.source), _names(names, event.target)) == (["Libya"], ["United Kingdom"])


def test_held_responsible_is_an_accusation(nlp):
    doc, names = _run(nlp, "The Kenyan government held the rebels responsible for the massacre.")
    event = _only(doc, "ACCUSE")
    assert event.verb == "hold responsible"
    assert _names(names, event.source) == ["Kenyan government", "Kenya"]
    assert _actor(doc, names, event.target[0]) == ("rebels", "group", None, "REB")


@pytest.mark.parametrize("text", [
    "Mr Straw said the US should have released the four detainees sooner.",
    "Should the United Kingdom adopt the constitution, the minister asked.",
])
def test_regret_and_questions_are_not_demands(nlp, text):
    doc, _ = _run(nlp, text)
    assert [e for e in doc.events if e.plover == "REQUEST" and e.verb.startswith("should")] == []


def test_hyphenated_verb_the_parser_made_an_adjective(nlp):
    # spaCy reads this sentence as one noun phrase headed by "missiles"
    doc, names = _run(nlp, "North Korea test-fired two ballistic missiles on Tuesday.")
    event = _only(doc, "MOBILIZE")
    assert (event.verb, event.cameo) == ("test-fire", "150")
    assert _names(names, event.source) == ["North Korea"]


def test_sender_list_after_a_reception_is_each_senders_support(nlp):
    doc, names = _run(nlp, (
        "Pyongyang, May 3 (KCNA) -- Kim Jong Un received congratulatory messages from abroad on the "
        "occasion of the national day.\n\nCongratulations came from the chairman of the Labour Party of "
        "Ruritania, the general secretary of the Communist Party of Freedonia and the president of the "
        "Socialist Union of Elbonia."))
    event = _only(doc, "SUPPORT")
    assert _names(names, event.source) == [
        "Labour Party of Ruritania", "Communist Party of Freedonia", "Socialist Union of Elbonia"]
    assert _names(names, event.target) == ["Kim Jong Un"]


def test_passive_sender_list_with_addressee(nlp):
    doc, names = _run(nlp, "Floral baskets were sent to Kim Jong Un by the Popular Front of Ruritania "
                           "and the Communist Party of Freedonia.")
    event = _only(doc, "SUPPORT")
    assert _names(names, event.source) == ["Popular Front of Ruritania", "Communist Party of Freedonia"]
    assert _names(names, event.target) == ["Kim Jong Un"]


_STATEMENT = (
    "Pyongyang, March 4 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK released the following "
    "press statement on Monday:\nThe United States deployed a nuclear-powered aircraft carrier off the peninsula "
    "last week.\nWashington's reckless moves are the root cause of the tension in the region.\n"
    "We solemnly warn that such provocations will meet a resolute response.")


def test_statement_warning_targets_the_state_it_criticises(nlp):
    doc, names = _run(nlp, _STATEMENT)
    warning = _only(doc, "THREATEN")
    assert _names(names, warning.source) == ["Foreign Ministry of the DPRK", "North Korea"]
    assert _names(names, warning.target) == ["United States"]


def test_deployment_reported_in_a_statement_is_aimed_at_the_speakers_state(nlp):
    doc, names = _run(nlp, _STATEMENT)
    deployment = _only(doc, "MOBILIZE")
    assert _names(names, deployment.source) == ["United States"]
    assert [doc_actor.country for doc_actor in doc.actors if doc_actor.id in deployment.target] == ["PRK"]


def test_statement_introduced_by_which_said_runs_to_the_end(nlp):
    doc, names = _run(nlp, (
        "Pyongyang, March 4 (KCNA) -- The director of the Department of Press of the DPRK Foreign Ministry on "
        "Monday issued a press statement, which said:\nThe United States sent strategic bombers over the "
        "peninsula again.\nThe DPRK strongly rejects such military blackmail."))
    assert ("REJECT", ["United States"]) in [(e.plover, _names(names, e.target)) for e in doc.events]


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # the demanded party is the subject of the demand's clause
    ("Canada demanded on Monday that Venezuela release the detained journalists.", "REQUEST", "Canada", "Venezuela"),
    # the party a threat is aimed at sits in the threatened act's phrase
    ("Turkey threatened to cut off water supplies to Syria over the dispute.", "THREATEN", "Turkey", "Syria"),
    # ... or in the possessor of what is rejected
    ("Germany rejected Belarus's request for emergency loans.", "REJECT", "Germany", "Belarus"),
])
def test_target_read_from_the_acts_scope(nlp, text, plover, source, target):
    doc, names = _run(nlp, text)
    event = _only(doc, plover)
    assert _names(names, event.source) == [source]
    assert _names(names, event.target) == [target]


def test_scope_target_is_never_the_doers_own_state(nlp):
    doc, names = _run(nlp, "French President Jacques Moreau vowed to protect France's farmers from Brazil's imports.")
    event = _only(doc, "THREATEN")
    assert _names(names, event.target) == ["Brazil"]


def test_a_pledge_is_made_to_whom_it_names_not_to_whom_its_content_is_about(nlp):
    doc, _ = _run(nlp, "Senator Ann Hale promised a closer relationship with Moscow if elected.")
    assert doc.events == []
    doc, names = _run(nlp, "Russia pledged to Serbia that it would supply gas through the winter.")
    event = _only(doc, "AGREE")
    assert (_names(names, event.source), _names(names, event.target)) == (["Russia"], ["Serbia"])


def test_a_question_reports_no_event(nlp):
    doc, _ = _run(nlp, 'The question is: "Should Norway accept the treaty with Sweden?"')
    assert doc.events == []


def test_participants_of_a_dropped_event_leave_no_actor(nlp):
    # the demand names no one it is made of, so it is dropped, and "angry farmers" with it
    doc, _ = _run(nlp, "Angry farmers demanded higher prices for milk on Tuesday.")
    assert doc.events == [] and doc.actors == []


def test_a_verb_the_lemmatizer_misreads_keeps_its_light_verb_reading(nlp):
    # "staged" is lemmatized "stag": its regular stem is the light verb
    doc, names = _run(nlp, "Opposition supporters staged rallies in the capital on Friday against President Ramon Ortiz.")
    event = _only(doc, "PROTEST")
    assert event.verb == "stage rally"
    assert (_names(names, event.source), _names(names, event.target)) == (["Opposition supporters"], ["Ramon Ortiz"])


def test_a_participle_modifying_a_noun_is_done_by_it(nlp):
    doc, names = _run(nlp, "Police fired tear gas at students protesting the election results in Lima.")
    assert _names(names, _only(doc, "PROTEST").source) == ["students"]


def test_an_act_named_as_the_manner_of_a_clause_is_its_subjects(nlp):
    doc, names = _run(nlp, "Dock workers walked off the job in protest against the Port Authority.")
    event = _only(doc, "PROTEST")
    assert (_names(names, event.source), _names(names, event.target)) == (["Dock workers"], ["Port Authority"])


@pytest.mark.parametrize(("text", "target"), [
    # a people named by a common noun in the act's scope
    ("The Kenyan government refused admittance to Somali refugees.", "Somali refugees"),
    # the doer's own people, when no other party is named
    ("Spain is investigating alleged abuses by Spanish extremists.", "Spanish extremists"),
])
def test_scope_target_named_by_a_common_noun(nlp, text, target):
    doc, names = _run(nlp, text)
    assert [_names(names, e.target)[0] for e in doc.events] == [target]


@pytest.mark.parametrize(("text", "verb", "source", "target"), [
    ("Hungary said it would not accept any more refugees from Serbia.", "accept refugee", "Hungary", "more refugees"),
    ("Ecuador and Peru failed to reach agreement on the border dispute.", "reach agreement", "Ecuador", "Peru"),
])
def test_an_agreement_withheld_is_a_rejection(nlp, text, verb, source, target):
    doc, names = _run(nlp, text)
    event = _only(doc, "REJECT")
    assert (event.verb, event.cameo, event.negated, event.hypothetical) == (verb, "120", False, False)
    assert (_names(names, event.source)[0], _names(names, event.target)[0]) == (source, target)


def test_meeting_demands_is_a_concession(nlp):
    doc, names = _run(nlp, "The Bolivian government met the strikers' demands on Monday.")
    event = _only(doc, "CONCEDE")
    assert (event.verb, event.cameo, _names(names, event.target)) == ("meet demand", "083", ["strikers"])


def test_a_sentence_quoting_a_question_reports_no_event(nlp):
    doc, _ = _run(nlp, '"Isn\'t the real reason that the minister misled Parliament?," Mr Jones asked.')
    assert doc.events == []


def test_a_curfew_in_a_city_targets_its_state(nlp):
    doc, names = _run(nlp, "Police imposed a curfew in Nairobi after the riots.")
    event = _only(doc, "COERCE")
    assert (event.verb, _names(names, event.target)) == ("impose curfew", ["Kenya"])


def test_who_died_in_an_attack_did_not_carry_it_out(nlp):
    doc, names = _run(nlp, "Five villagers died in an air strike on Gaza on Monday.")
    assert [e for e in doc.events if e.plover == "ASSAULT"] == []


def test_a_participle_standing_alone_is_passive(nlp):
    # the one asked is the speaker, by no one named: no request of hers
    doc, names = _run(nlp, "Asked about the talks, Marta Ortiz said the Cuban envoy had praised Spain.")
    assert [e.plover for e in doc.events] == ["SUPPORT"]
    doc, names = _run(nlp, "Backed by the United States, the rebels shelled the capital on Sunday.")
    support = _only(doc, "SUPPORT")
    assert (_names(names, support.source), _names(names, support.target)) == (["United States"], ["rebels"])


def test_a_description_apposed_to_a_name_is_no_second_participant(nlp):
    doc, names = _run(nlp, "Greta Lund, a retired Swedish diplomat and later a UN envoy, urged the "
                           "Danish government to reopen the consulate.")
    event = _only(doc, "REQUEST")
    assert _names(names, event.source) == ["Greta Lund"]


def test_will_not_tolerate_is_a_warning_not_a_negated_act(nlp):
    doc, names = _run(nlp, "Iran will not tolerate the deployment of Israeli warships in the Gulf.")
    event = _only(doc, "THREATEN")
    assert (_names(names, event.source), _names(names, event.target)) == (["Iran"], ["Israel"])
    assert (event.verb, event.cameo, event.negated, event.hypothetical) == ("not tolerate", "130", False, False)
    doc, _ = _run(nlp, "Iran tolerated the deployment of Israeli warships in the Gulf.")
    assert [e.plover for e in doc.events if e.plover == "THREATEN"] == []


def test_the_means_of_a_future_act_is_future_too(nlp):
    doc, names = _run(nlp, "Turkey will respond to Syria by imposing sanctions on Damascus.")
    event = _only(doc, "THREATEN")
    assert event.hypothetical and _names(names, event.source) == ["Turkey"]
    assert _names(names, event.target) == ["Syria"]


def test_should_bear_in_mind_is_a_warning_and_inviting_retaliation_no_invitation(nlp):
    doc, names = _run(nlp, 'Havana, May 3 (PL) -- The Foreign Ministry of Cuba said in a statement: "Canada '
                           'should bear in mind that its moves will invite strong retaliation."')
    event = _only(doc, "THREATEN")
    assert (_names(names, event.source), _names(names, event.target)) == (["Foreign Ministry of Cuba", "Cuba"], ["Canada"])
    assert [e for e in doc.events if e.plover in ("REQUEST", "AGREE")] == []


def test_accusations_each_way_stay_two_events_and_one_meeting_written_both_ways_is_one(nlp):
    doc, names = _run(nlp, "Chile accused Peru of spying on its navy. Peru accused Chile of lying.")
    accusations = [(_names(names, e.source), _names(names, e.target)) for e in doc.events]
    assert accusations == [(["Chile"], ["Peru"]), (["Peru"], ["Chile"])]
    doc, _ = _run(nlp, "Angela Weber met Pedro Alves in Lisbon on Monday. Alves met Weber again later.")
    assert [(e.plover, len(e.mentions)) for e in doc.events] == [("CONSULT", 2)]


def test_a_visit_to_a_site_is_no_meeting(nlp):
    doc, _ = _run(nlp, "Kim Jong Un visited the Sinchon Museum on Monday, KCNA said.")
    assert doc.events == []


def test_a_visit_to_an_enterprise_is_a_visit_to_it(nlp):
    # a works, with its managers and workers, is a party met, unlike a museum or a memorial
    doc, names = _run(nlp, "Kim Jong Un visited the Sunchon Cement Complex on Monday, KCNA said.")
    assert _only_sides(doc, names, "CONSULT") == ("visit", ["Kim Jong Un"], ["Sunchon Cement Complex"])


def test_a_party_compared_with_the_doer_is_no_target(nlp):
    body = '"We, like other governments, hold a veto over any change to the treaty," Foreign Secretary Tom Reed said.'
    doc, _ = _run(nlp, body)
    assert doc.events == []


def test_warning_someone_to_act_is_a_demand(nlp):
    doc, names = _run(nlp, "Senator Ruth Ames warned the Pentagon to stop the contract talks.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target)) == (["Ruth Ames"], ["Pentagon"])

def test_warning_of_the_harm_anothers_course_risks_is_criticism_not_a_threat(nlp):
    doc, names = _run(nlp, "Senator Ruth Ames warned the Pentagon that the deal would fail.")
    event = _only(doc, "ACCUSE")
    assert (event.verb, _names(names, event.source), _names(names, event.target)) == (
        "warn", ["Ruth Ames"], ["Pentagon"])
    doc, names = _run(nlp, "The Liberal Democrats warned Labour and the Tories they risked feeding prejudice.")
    assert [(e.plover, _names(names, e.target)) for e in doc.events] == [("ACCUSE", ["Labour", "Tories"])]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Senator Ruth Ames warned the Pentagon she would block the contract.", "Ruth Ames", "Pentagon"),
    ("Senator Ruth Ames warned the Pentagon it would face hearings over the contract.", "Ruth Ames", "Pentagon"),
    ("The ministry warned Washington that such provocations will meet a resolute response.", "ministry",
     "United States"),
])
def test_warning_of_the_warners_own_act_or_a_penalty_stays_a_threat(nlp, text, source, target):
    doc, names = _run(nlp, text)
    assert [(e.plover, _names(names, e.source), _names(names, e.target)) for e in doc.events] == [
        ("THREATEN", [source], [target])]


def test_asking_someone_to_act_is_a_request_asking_about_something_is_not(nlp):
    doc, names = _run(nlp, "Kenya asked the United Nations to send more peacekeepers to Somalia.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target)) == (["Kenya"], ["United Nations"])
    doc, _ = _run(nlp, "Reporters asked Kenya's foreign minister about the talks with Somalia.")
    assert [e.plover for e in doc.events if e.plover == "REQUEST"] == []


def test_coordinated_doers_meet_each_other_only_when_the_act_names_no_one_else(nlp):
    doc, names = _run(nlp, "Olaf Brandt and Marie Dupont met in Geneva on Monday.")
    event = _only(doc, "CONSULT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Olaf Brandt"], ["Marie Dupont"])
    doc, _ = _run(nlp, "Olaf Brandt and Marie Dupont met the heads of the three clubs on Monday.")
    assert [e for e in doc.events if e.plover == "CONSULT"] == []


def test_visiting_a_leaders_tomb_is_no_meeting_with_the_leader(nlp):
    doc, _ = _run(nlp, "Tony Marsh visited Nelson Mandela's tomb in Qunu on Sunday.")
    assert [e for e in doc.events if e.plover == "CONSULT"] == []


def test_a_promise_to_ones_own_state_names_no_other_party(nlp):
    doc, _ = _run(nlp, "The Danish government promised on Monday to stand up for Denmark in Brussels.")
    assert [e for e in doc.events if e.plover == "AGREE"] == []


def test_an_object_pronoun_is_not_its_own_clauses_subject(nlp):
    doc, names = _run(nlp, "Michael Hale spoke on Monday. Ken Ward said the plan was weak. But Mr Ward "
                           "accused him of scoring cheap points.")
    event = _only(doc, "ACCUSE")
    assert (_names(names, event.source), _names(names, event.target)) == (["Ken Ward"], ["Michael Hale"])


def test_would_be_well_advised_is_a_demand(nlp):
    doc, names = _run(nlp, 'Hanoi, May 3 (VNA) -- Foreign Minister Tran Duc Long said: "Canberra would be well '
                           'advised to stop its spying on our embassy."')
    event = _only(doc, "REQUEST")
    assert "Tran Duc Long" in _names(names, event.source) and _names(names, event.target) == ["Australia"]


def test_a_number_standing_alone_points_back_to_what_it_counted(nlp):
    doc, names = _run(nlp, "Four Britons were held in Cuba for three years. The United States agreed on "
                           "Tuesday to release the four.")
    event = _only(doc, "AGREE")
    assert _names(names, event.target) == ["Britons"]
    britons = next(a for a in doc.actors if a.name == "Britons")
    assert (britons.kind, britons.country) == ("group", "GBR")


def test_politicians_attack_with_words_armies_with_arms(nlp):
    doc, names = _run(nlp, "Liberal Democrat leader Charles Kennedy attacked Gordon Brown over pensions on Monday.")
    event = _only(doc, "ACCUSE")
    assert (event.cameo, _names(names, event.target)) == ("111", ["Gordon Brown"])
    doc, _ = _run(nlp, "Israeli troops attacked Hamas positions in Gaza on Monday.")
    assert [e.plover for e in doc.events] == ["ASSAULT"]


def test_a_penalty_word_deep_in_the_warned_clause_makes_no_threat(nlp):
    # "military action" qualifies the missing resolution; the clause says only the war risks
    doc, names = _run(nlp, "Lord Goldsmith warned Tony Blair that the war could be illegal without a "
                           "second resolution sanctioning military action.")
    assert [(e.plover, _names(names, e.source), _names(names, e.target)) for e in doc.events] == [
        ("ACCUSE", ["Lord Goldsmith"], ["Tony Blair"])]


def test_protesting_someones_act_is_aimed_at_its_doer(nlp):
    doc, names = _run(nlp, "The Anti-Defamation League has protested Donald Trump's use of the slogan.")
    event = _only(doc, "PROTEST")
    assert (_names(names, event.source), _names(names, event.target)) == (["Anti-Defamation League"], ["Donald Trump"])


@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of workers staged a demonstration toward the office of Governor Ann Moss.", "Ann Moss"),
    ("Protesters marched on Downing Street.", "United Kingdom"),
])
def test_a_march_on_or_toward_a_seat_is_aimed_at_it(nlp, text, target):
    doc, names = _run(nlp, text)
    assert _names(names, _only(doc, "PROTEST").target) == [target]


@pytest.mark.parametrize(("text", "maker"), [
    ("Appeal Court judges threw out the police appeal.", "police"),
    ("The minister rejected the union demand for a pay rise.", "union"),
])
def test_a_party_named_before_a_request_made_it_and_is_refused(nlp, text, maker):
    doc, names = _run(nlp, text)
    assert (_names(names, _only(doc, "REJECT").target), _names(names, _only(doc, "REQUEST").source)) == (
        [maker], [maker])


def test_the_mps_after_a_committee_is_named_are_the_committee(nlp):
    doc, names = _run(nlp, "Anglers could be prosecuted under the plans, a committee of MPs has warned. The wording of "
                           "the bill is sloppy, the environment select committee said. The MPs said they were "
                           "concerned the government had not consulted farmers. Members urged the government to "
                           "set up a task force.")
    assert sorted((e.plover, e.verb, tuple(_names(names, e.source))) for e in doc.events if e.plover != "CONSULT") == [
        ("ACCUSE", "concern", ("environment select committee",)),
        ("REQUEST", "urge", ("environment select committee",))]
    doc, names = _run(nlp, "MPs voted against the bill. The MPs criticised the government.")
    assert _names(names, _only(doc, "ACCUSE").source) == ["MPs"]


def test_a_demand_for_an_inquiry_at_home_is_made_of_the_government(nlp):
    doc, names = _run(nlp, "Mike Pence, the Republican vice presidential nominee, demanded an independent prosecutor "
                           "to investigate Hillary Clinton. The government of the United States has not replied.")
    assert _names(names, _only(doc, "REQUEST").target) == ["government of the United States", "United States"]
    # an inquiry into another state's conduct is asked of no government at home
    doc, names = _run(nlp, "Western politicians urged an urgent investigation into whether Israel has observed "
                           "international law.")
    assert _names(names, _only(doc, "REQUEST").target) == ["Israel"]


def test_a_subjunctive_in_a_demand_is_a_demand_on_its_subject(nlp):
    doc, names = _run(nlp, 'Russia insisted that Pyongyang "stop its dangerous escapades."')
    event = _only(doc, "REQUEST")
    assert (event.verb, _names(names, event.source), _names(names, event.target)) == ("insist", ["Russia"], ["North Korea"])
    doc, _ = _run(nlp, "Labour insisted that the plan is working.")
    assert doc.events == []


@pytest.mark.parametrize("body, expected", [
    ('Shadow minister Graham Hill said: "I think it is essential that Britain holds on to its veto."',
     [("REQUEST", "essential", ["Graham Hill"], ["United Kingdom"])]),
    ("Union leader Dave Prentis said it is crucial for the government to open talks.",
     [("REQUEST", "crucial", ["Dave Prentis"], ["government"])]),
    # what any party needs, or what has come about, asks nothing of anyone
    ("Mr Kennedy argued that it was critical for any party to be trusted on the economy.", []),
    ("Union leader Dave Prentis said it was important that the government had opened talks.", []),
])
def test_an_adjective_of_necessity_demands_the_clause_it_extraposes(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert [(e.plover, e.verb, _names(names, e.source), _names(names, e.target)) for e in doc.events] == expected


def test_a_bare_act_noun_stands_for_its_earlier_mention_with_a_doer(nlp):
    doc, names = _run(nlp, "The Security Council on Friday condemned North Korea's latest nuclear test. In a statement, "
                           "President Obama condemned Friday's test as provocative. Ban Ki-moon also condemned the test.")
    assert [(_names(names, e.source), _names(names, e.target)) for e in doc.events] == [
        (["Security Council"], ["North Korea"]), (["Obama"], ["North Korea"]), (["Ban Ki-moon"], ["North Korea"])]


def test_being_opposed_to_an_act_is_a_stance_of_the_subject(nlp):
    doc, names = _run(nlp, "North Korea carried out its fifth nuclear test on Friday. China said it was resolutely "
                           "opposed to the test.")
    event = _only(doc, "REJECT")
    assert (_names(names, event.source), _names(names, event.target)) == (["China"], ["North Korea"])


def test_a_denied_predicate_does_not_deny_its_subjects_fault(nlp):
    doc, names = _run(nlp, "Jean-Marc Ayrault said North Korea's provocation cannot be left without consequences.")
    assert [(e.plover, _names(names, e.target)) for e in doc.events] == [("ACCUSE", ["North Korea"])]
    doc, _ = _run(nlp, "Jean-Marc Ayrault said North Korea's test was not a provocation.")
    assert doc.events == []


def test_never_will_accept_is_a_refusal(nlp):
    doc, names = _run(nlp, "The United States does not, and never will, accept North Korea as a nuclear state.")
    event = _only(doc, "REJECT")
    assert (_names(names, event.source), _names(names, event.target)) == (["United States"], ["North Korea"])


def test_a_while_clause_names_no_target(nlp):
    doc, _ = _run(nlp, "Pyongyang fired three missiles into the sea on Monday while the leaders of the G-20 group "
                       "held a summit in China.")
    assert [e for e in doc.events if e.plover == "ASSAULT"] == []


def test_the_bank_stands_for_the_company_named_before(nlp):
    doc, names = _run(nlp, "Wells Fargo named a new chief executive on Wednesday. Hillary Clinton denounced the bank "
                           "on the campaign trail.")
    assert _names(names, _only(doc, "ACCUSE").target) == ["Wells Fargo"]


def test_a_polls_counted_sample_is_no_interview(nlp):
    doc, _ = _run(nlp, "CommunicateResearch interviewed 401 people before the resignation.")
    assert doc.events == []
    doc, names = _run(nlp, "CNN interviewed Donald Trump on Monday.")
    assert _names(names, _only(doc, "CONSULT").target) == ["Donald Trump"]


def test_states_acting_on_the_government_act_on_the_other_state_named(nlp):
    doc, names = _run(nlp, "Mass atrocities continue in the Darfur region of Sudan as China and Russia support the "
                           "government.")
    assert _names(names, _only(doc, "SUPPORT").target) == ["government", "Sudan"]
    doc, names = _run(nlp, "Labour said the government had failed in Iraq.")
    assert _names(names, _only(doc, "ACCUSE").target) == ["government"]


def test_a_named_persons_office_stands_for_the_person(nlp):
    doc, names = _run(nlp, "A dozen activists protested outside director Prakash Jha's office.")
    assert _names(names, _only(doc, "PROTEST").target) == ["Prakash Jha"]
    doc, names = _run(nlp, "The county clerk's office refused to issue licences to Mr Smith.")
    assert _names(names, _only(doc, "REJECT").source) == ["county clerk's office"]


def test_a_warning_of_a_risk_is_no_threat_to_anyone(nlp):
    doc, _ = _run(nlp, "Trade chief Anna Pike warned that many small firms could close within a year.")
    assert [e for e in doc.events if e.plover == "THREATEN"] == []
    doc, names = _run(nlp, "Trade chief Anna Pike warned the Treasury that firms would close.")
    assert _names(names, _only(doc, "ACCUSE").target) == ["Treasury"]  # criticism of its course


@pytest.mark.parametrize(("body", "source", "target", "verb"), [
    ("Senator Alice Grey hit out at the Pentagon over the delays.", "Alice Grey", "Pentagon", "hit out"),
    ("The Scottish National Party rounded on Labour after the vote.", "Scottish National Party", "Labour", "round on"),
    ("Brazil pointed the finger at Argentina for the collapse of the talks.", "Brazil", "Argentina", "point finger"),
    ("Mayor Leon Fisk hit back at the Liberal Democrats on Monday.", "Leon Fisk", "Liberal Democrats", "hit back"),
])
def test_phrasal_verbs_of_criticism(nlp, body, source, target, verb):
    doc, names = _run(nlp, body)
    event = _only(doc, "ACCUSE")
    assert (_names(names, event.source), _names(names, event.target), event.verb) == ([source], [target], verb)


def test_criticism_faced_drawn_or_earned_is_done_to_the_subject(nlp):
    doc, names = _run(nlp, "The Dutch government faced sharp criticism from the Socialist Party over the housing bill.")
    event = _only(doc, "ACCUSE")
    assert _names(names, event.source) == ["Socialist Party"]
    assert _names(names, event.target)[0] == "Dutch government"
    doc, names = _run(nlp, "Foreign Minister Ana Reyes came under attack from the opposition on Friday.")
    event = _only(doc, "ACCUSE")  # the opposition attacks with words
    assert (_names(names, event.source), _names(names, event.target)) == (["opposition"], ["Ana Reyes"])
    doc, names = _run(nlp, "The Commission's plan earned a sharp rebuke from President Viktor Rusu on Friday.")
    event = _only(doc, "ACCUSE")  # earned, as faced or drew
    assert (_names(names, event.source), _names(names, event.target)) == (["Viktor Rusu"], ["Commission"])


@pytest.mark.parametrize("body, source", [
    ("Ambassador Ri Kil Song conveyed the greetings of Kim Jong Un to President Tharman Shanmugaratnam.",
     ["Kim Jong Un"]),
    ("The envoy conveyed Kim Jong Un's warm greetings to President Tharman Shanmugaratnam.", ["Kim Jong Un"]),
    # the bearer's own greetings are the bearer's
    ("Ambassador Ri Kil Song conveyed his greetings to President Tharman Shanmugaratnam.", ["Ri Kil Song"]),
    # a stance restated by a spokesman's office is its holder's
    ("The embassy stressed Kim Jong Un's support for President Tharman Shanmugaratnam.", ["Kim Jong Un"]),
])
def test_a_message_conveyed_is_its_senders(nlp, body, source):
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    assert (_names(names, event.source), _names(names, event.target)) == (source, ["Tharman Shanmugaratnam"])


@pytest.mark.parametrize("body, expected", [
    # an order or instruction given to a party is a demand of it
    ("The Central Military Commission gave the Air Force of the Korean People's Army a special order to "
     "mobilize helicopters.", [("REQUEST", ["Central Military Commission"], ["Air Force of the Korean People's Army"])]),
    ("Premier Kim Tok Hun gave an instruction to the Cabinet to send relief supplies.",
     [("REQUEST", ["Kim Tok Hun"], ["Cabinet"])]),
    # an order given to no one named is no demand of anyone, and "in order to" is no order
    ("President Lena Vogt signed an executive order on immigration.", []),
    ("Premier Kim Tok Hun toured the province in order to hasten the work of the Cabinet.", []),
    # repeating or bearing out another party's words sides with it
    ("Governor Mike Pence echoed statements by Donald Trump on Friday.", [("SUPPORT", ["Mike Pence"], ["Donald Trump"])]),
    ("Lisa Myers confirmed Juanita Broaddrick's account of the meeting.",
     [("SUPPORT", ["Lisa Myers"], ["Juanita Broaddrick"])]),
    # words no one is named as owning side with no one
    ("Senator Jane Ruiz echoed the concerns on Friday.", []),
    # taking a matter up with a party consults it
    ("Prime Minister Tony Blair raised the matter with President George Bush at the summit.",
     [("CONSULT", ["Tony Blair"], ["George Bush"])]),
    ("Labour MP Ann Keen raised the issue in the Commons.", []),
    ("Denmark provided additional ships to NATO in March.", [("AID", ["Denmark"], ["NATO"])]),
    # a meeting whose "of" phrase names two parties is between them
    ("The deal came after a meeting of the foreign ministers of India and Pakistan in Islamabad.",
     [("CONSULT", ["India"], ["Pakistan"])]),
    # a meeting of one body is no meeting between parties
    ("A meeting of the Political Bureau of the Workers' Party of Korea was held in Pyongyang.", []),
])
def test_demands_stances_meetings_and_aid_named_by_phrases(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_impeaching_an_official_is_an_accusation(nlp):
    doc, names = _run(nlp, "The Republican-led House impeached President Bill Clinton in December 1998.")
    event = _only(doc, "ACCUSE")
    assert (_names(names, event.source), _names(names, event.target), event.cameo) == (
        ["House"], ["Bill Clinton"], "1121")


def test_the_arrival_of_migrants_is_no_visit(nlp):
    doc, names = _run(nlp, "About 93,000 migrants have arrived in Italy so far this year. "
                           "A Russian delegation arrived in Rome on Monday.")
    assert [(e.plover, e.mode, _names(names, e.source)) for e in doc.events] == [
        ("CONSULT", "visit", ["Russian delegation"])]


def test_money_given_to_a_party_is_economic_aid_and_the_party_is_the_last_one_named(nlp):
    body = ("The Liberal Party raised more money than ever in the spring. "
            "Lord Ashby, a shipping magnate, gave pounds 400,000 to the party in May.")
    doc, names = _run(nlp, body)
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target)) == (["Lord Ashby"], ["Liberal Party"])
    assert event.cameo == "071"


def test_a_stance_on_an_unowned_policy_is_taken_toward_the_government(nlp):
    body = ("The government raised the minimum wage on Monday. "
            "The Federation of Small Businesses welcomed the increase but called for a freeze next year.")
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [
        ("SUPPORT", ["Federation of Small Businesses"], ["government"]),
        ("REQUEST", ["Federation of Small Businesses"], ["government"]),
    ]


@pytest.mark.parametrize("body, expected", [
    # a noun of a change to a rule is a policy whose maker is the government the article names
    ("The government said on Tuesday it would cap the number of new betting shops at 30. "
     "Church groups welcomed the limit on new betting shops.",
     ("SUPPORT", ["Church groups"], ["government"])),
    # accepting a policy backs it
    ("The government will raise the minimum wage to 5 pounds in October. Tory leader Tom Jones said he "
     "accepted the principle of the minimum wage.",
     ("SUPPORT", ["Tom Jones", "Tory"], ["government"])),
])
def test_a_stance_on_an_unowned_change_to_a_rule_is_taken_toward_the_government(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert expected in _sides(doc, names)


@pytest.mark.parametrize("body, expected", [
    ("The European Union agreed to relax its budget rules. Mr Tom Smith welcomed the loosening of the rules.",
     ("SUPPORT", ["Tom Smith"], ["European Union"])),
    ("The European Commission raised the tariff on steel. Unions condemned the increase in the tariff.",
     ("ACCUSE", ["Unions"], ["European Commission"])),
])
def test_a_stance_on_the_change_is_taken_toward_who_made_it_the_sentence_before(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert expected in _sides(doc, names)


def test_a_stance_on_a_named_policy_is_taken_toward_its_owner(nlp):
    doc, names = _run(nlp, "Unions condemned the Treasury's Fair Pay Scheme on Monday.")
    assert _sides(doc, names) == [("ACCUSE", ["Unions"], ["Treasury"])]


@pytest.mark.parametrize("body, expected", [
    ("A federal appeals court struck down the state's voter ID law on Friday. The Democratic Party welcomed "
     "the ruling.", ("SUPPORT", ["Democratic Party"], ["federal appeals court"])),
    ("The Supreme Court upheld the ban on Monday. Civil rights groups condemned the ruling.",
     ("ACCUSE", ["Civil rights groups"], ["Supreme Court"])),
])
def test_a_stance_on_an_unowned_ruling_is_taken_toward_the_court(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert expected in _sides(doc, names)


def test_a_change_points_back_only_to_an_act_with_a_doer(nlp):
    doc, names = _run(nlp, "The weather was bad on Monday. Unions condemned the increase in fees.")
    assert [e for e in doc.events if e.plover == "ACCUSE"] == []


def test_a_hyphenated_pair_of_states_are_the_two_sides_of_an_event_noun(nlp):
    doc, names = _run(nlp, "Officials said the India-Pakistan talks in Geneva had ended without a deal.")
    event = _only(doc, "CONSULT")
    assert (_names(names, event.source), _names(names, event.target)) == (["India"], ["Pakistan"])


def test_the_speakers_are_who_made_the_last_speeches(nlp):
    body = ("Pak Chol, chairman of the city committee, and Ri Sun Hui, head of the school, made speeches at "
            "the opening. The speakers congratulated the visiting Lao students.")
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    assert _names(names, event.source) == ["Pak Chol"]
    assert _names(names, event.target) == ["visiting Lao students", "Laos"]


@pytest.mark.parametrize(("body", "plover", "verb"), [
    ("Party leader Anna Reid dismissed the Liberal Democrats as an irrelevant force.", "ACCUSE", "dismiss as"),
    ("Party leader Anna Reid credited the Liberal Democrats with a clever campaign.", "SUPPORT", "credit with"),
])
def test_dismissing_as_belittles_and_crediting_with_praises(nlp, body, plover, verb):
    doc, names = _run(nlp, body)
    event = _only(doc, plover)
    assert (_names(names, event.source), _names(names, event.target), event.verb) == (
        ["Anna Reid"], ["Liberal Democrats"], verb)


@pytest.mark.parametrize("body", [
    "Marines are on standby in case they need to help evacuate Canadian citizens from Haiti.",
    "Paris allowed Kyiv to strike targets inside Russia last week.",
    "Party leader Tom Vale said no government should ignore the Highlands.",
    "The widow of Le Van Minh thanked Kim Jong Un for his condolences.",
])
def test_supposed_permitted_or_general_acts_and_a_relatives_acts_are_not_reported(nlp, body):
    doc, _ = _run(nlp, body)
    assert doc.events == []


def test_the_one_blamed_for_an_act_did_it_and_anti_x_is_never_the_doer(nlp):
    doc, names = _run(nlp, "Cuba condemned the United States and Canada for staging joint naval drills.")
    event = _only(doc, "ACCUSE")
    assert _names(names, event.source) == ["Cuba"]
    assert _names(names, event.target) == ["United States", "Canada"]
    doc, _ = _run(nlp, "Thousands joined anti-French demonstrations in Abidjan on Sunday.")
    assert not any(names.get(r) == "France" for e in doc.events for r in e.source)


def test_a_visiting_group_that_arrived_here_visits_the_dateline_state(nlp):
    doc, names = _run(nlp, "Havana, March 2 (PL) -- A delegation of Vietnamese doctors arrived here on Friday.")
    event = _only(doc, "CONSULT")
    assert _names(names, event.target) == ["Cuba"]
    assert event.cameo == "042"


def test_a_visiting_group_that_left_here_ended_its_visit_to_the_dateline_state(nlp):
    doc, names = _run(nlp, "Hanoi, May 9 (VNA) -- A delegation of the Cuban Federation of Women left here on Thursday.")
    event = _only(doc, "CONSULT")
    assert _names(names, event.target) == ["Vietnam"]
    assert (event.verb, event.cameo) == ("leave", "042")
    # leaving with no host, or leaving a party, is no visit
    doc, _ = _run(nlp, "The finance minister left after the meeting. Two senators left the party in March.")
    assert not [e for e in doc.events if e.plover == "CONSULT"]


def test_foreign_participants_in_an_event_the_dateline_reports_visit_its_state(nlp):
    body = ("Havana, June 4 (PL) -- The youth festival opened on Monday. The organisers congratulated "
            "the members of the Vietnamese student delegation on participating in the festival.")
    doc, names = _run(nlp, body)
    event = _only(doc, "CONSULT")
    assert _names(names, event.target) == ["Cuba"]
    assert any(g.country == "VNM" for g in doc.groups if g.id in event.source)
    # only one praised or blamed does what follows "on": a briefing's audience does not
    doc, names = _run(nlp, "Foreign Minister Wang Yi briefed the Vietnamese delegation on meeting the rebels.")
    assert [_names(names, e.source) for e in doc.events if e.verb == "meet"] == [["Wang Yi"]]
    # a war fought there long ago is no visit
    body = ("Beijing, May 9 (Xinhua) -- Veterans gathered on Monday. They recalled the Soviet soldiers "
            "who participated in the war against Japan.")
    doc, _ = _run(nlp, body)
    assert not [e for e in doc.events if e.plover == "CONSULT"]


def test_presenting_someone_with_flowers_gives_them_to_the_object(nlp):
    doc, names = _run(nlp, "Students presented Kim Il Sung with bouquets.")
    assert _sides(doc, names) == [("SUPPORT", ["Students"], ["Kim Il Sung"])]
    doc, names = _run(nlp, "Prime Minister Narendra Modi was presented with flowers by local students.")
    event = _only(doc, "SUPPORT")
    assert (_names(names, event.target), event.verb) == (["Narendra Modi"], "present flower")


def test_the_post_named_exactly_picks_its_holder_over_a_shadow_post(nlp):
    body = ("Chancellor Gordon Brown spoke in Leeds on Monday. "
            "Shadow chancellor Oliver Letwin accused the chancellor of raiding pension funds.")
    doc, names = _run(nlp, body)
    event = _only(doc, "ACCUSE")
    assert (_names(names, event.source), _names(names, event.target)) == (["Oliver Letwin"], ["Gordon Brown"])


def test_wanting_another_to_act_is_a_demand_on_it(nlp):
    doc, names = _run(nlp, "The nurses' union wants the government to reopen the pay talks.")
    event = _only(doc, "REQUEST")
    assert _names(names, event.target) == ["government"]
    doc, _ = _run(nlp, "The Green Party wants to win seats in Wales.")
    assert doc.events == []
    # a pronoun the wish asks to act is someone other than the one wishing
    doc, names = _run(nlp, 'Mark Oaten criticised Charles Clarke. "I do want him to grasp those issues," Mr Oaten said.')
    assert ("REQUEST", ["Mark Oaten"], ["Charles Clarke"]) in _sides(doc, names)


def test_a_stance_on_a_policy_with_an_owner_is_not_aimed_at_the_government(nlp):
    body = ("The government met union leaders on Monday. Senator Ruth Ames used a radio interview to "
            "defend her party's plans to cut fuel duty.")
    doc, _ = _run(nlp, body)
    assert [e.plover for e in doc.events] == ["CONSULT"]


def test_a_title_modified_by_the_posts_body_names_its_holder(nlp):
    body = "Labour MP Rosa Kent spoke in Hull on Friday. The Labour MP praised the Conservatives' campaign."
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Rosa Kent"], ["Conservatives' campaign"])


@pytest.mark.parametrize("body", [
    'Mr Hale told the radio station: "That is not what politicians should do."',
    "Our officials should give priority to the harvest, the premier added.",
    "Labour's campaign chief Ann Cole denied there was a plot to sideline the chancellor.",
    "Finance Minister Paul Dent refused to rule out tax rises. The government met the unions on Monday.",
])
def test_generic_or_own_demands_denials_of_claims_and_a_ministers_refusal_are_no_events(nlp, body):
    doc, _ = _run(nlp, body)
    assert [e.plover for e in doc.events if e.plover != "CONSULT"] == []


def test_an_officials_we_is_the_official_and_the_state(nlp):
    body = ('Havana, May 2 (PL) -- Cuban Deputy Foreign Minister Ana Soto issued a statement on Monday. '
            '"We expelled two American diplomats for espionage," she said.')
    doc, names = _run(nlp, body)
    event = _only(doc, "SANCTION")
    assert _names(names, event.source) == ["Ana Soto", "Cuba"]


def test_providing_a_state_with_arms_is_aid(nlp):
    doc, names = _run(nlp, "China has been providing Pakistan with missiles for a decade.")
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target)) == (["China"], ["Pakistan"])


def test_sending_an_envoy_is_a_visit_to_where_the_envoy_goes(nlp):
    doc, names = _run(nlp, "The Cuban government sent a special envoy to Angola for the inauguration.")
    event = _only(doc, "CONSULT")
    assert _names(names, event.target) == ["Angola"]
    assert event.cameo == "042"


def test_a_passive_obligation_is_no_demand_on_its_subject(nlp):
    doc, _ = _run(nlp, "The rebel commanders should be brought to justice, the Kenyan Foreign Ministry said.")
    assert [e.plover for e in doc.events if e.plover == "REQUEST"] == []


@pytest.mark.parametrize(("body", "source", "target", "verb"), [
    ("The Welsh Assembly has worked with the Red Cross on the flood plan.", "Welsh Assembly", "Red Cross", "work with"),
    ("Cuban troops fought alongside the Angolan army in 1976.", "Cuban troops", "Angolan army", "fight alongside"),
])
def test_working_or_fighting_with_another_is_cooperation(nlp, body, source, target, verb):
    doc, names = _run(nlp, body)
    event = _only(doc, "COOPERATE")
    assert (_names(names, event.source)[0], _names(names, event.target)[0], event.verb) == (source, target, verb)
    doc, _ = _run(nlp, "The minister worked late on Friday.")
    assert doc.events == []


def test_holding_people_is_detention_and_holding_talks_is_not(nlp):
    doc, names = _run(nlp, "Three Italian hostages are still being held by the rebels in the Niger Delta.")
    event = _only(doc, "COERCE")
    assert (_names(names, event.source), event.cameo) == (["rebels in the Niger Delta"], "173")
    doc, _ = _run(nlp, "Iran held talks with France in Geneva.")
    assert [e.plover for e in doc.events] == ["CONSULT"]


def test_welcoming_a_release_is_aimed_at_the_releaser_never_the_released(nlp):
    doc, names = _run(nlp, "Human Rights Watch welcomed the release of the prisoners by Egypt.")
    event = _only(doc, "SUPPORT")
    assert _names(names, event.target) == ["Egypt"]
    doc, _ = _run(nlp, "Senator Paul Grey welcomed the return of the four detainees.")
    assert doc.events == []


def test_forces_deployed_in_a_passive_are_their_sides_move_to_the_place_named(nlp):
    doc, names = _run(nlp, "French troops were deployed to Chad in June.")
    event = _only(doc, "MOBILIZE")
    assert (_names(names, event.source), _names(names, event.target)) == (["French troops", "France"], ["Chad"])
    doc, names = _run(nlp, "The minister flew to Bouake in northern Ivory Coast, where French troops are stationed.")
    mobilize = [e for e in doc.events if e.plover == "MOBILIZE"]
    assert [(_names(names, e.source), _names(names, e.target)) for e in mobilize] == [
        (["French troops", "France"], ["Cote d'Ivoire"])]


def test_challenging_another_to_act_is_a_demand_and_the_one_asked_does_the_act(nlp):
    doc, names = _run(nlp, "Labour challenged the Liberal Democrats to publish their tax plans.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target)) == (["Labour"], ["Liberal Democrats"])
    doc, names = _run(nlp, "Egypt urged Hamas to stop attacking Israel.")
    assert _sides(doc, names) == [
        ("REQUEST", ["Egypt"], ["Hamas"])]


def test_an_agent_named_after_the_post_it_is_described_by(nlp):
    # the name is apposed to the post of the "as" phrase, not to the noun the agent is
    doc, names = _run(nlp, "Lord Colby's assessment was backed by his predecessor as Cabinet Secretary, Lord Hart.")
    assert _sides(doc, names) == [("SUPPORT", ["Lord Hart"], ["Lord Colby"])]


def test_a_protest_outside_an_embassy_is_aimed_at_its_state(nlp):
    doc, names = _run(nlp, "Hundreds of students demonstrated outside the US embassy in Seoul.")
    assert _sides(doc, names) == [("PROTEST", ["students"], ["US embassy in Seoul", "United States"])]


def test_a_main_verb_misread_as_a_modifier_is_done_by_the_sentence_head(nlp):
    # the parser reads "Forty MPs called on ..." as one noun phrase with "called" modifying "MPs"
    doc, names = _run(nlp, "Forty MPs called on Prime Minister Rishi Sunak to resign.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target)) == (["MPs"], ["Rishi Sunak"])


def test_a_clause_subject_misread_as_the_object_of_as_does_its_verb(nlp):
    # the parser reads "as the Netherlands, Belgium and Denmark" as a prepositional phrase and
    # leaves "support" without a subject
    doc, names = _run(nlp, "The Council is split over Syria, with Moscow arming the regime as the "
                           "Netherlands, Belgium and Denmark support several rebel factions.")
    supports = {e.verb: e for e in doc.events if e.plover == "SUPPORT"}
    assert sorted(_names(names, supports["support"].source)) == ["Belgium", "Denmark", "Netherlands"]


def test_a_campaign_is_named_with_its_owner_and_is_no_campaign_manager(nlp):
    body = ("Hillary Clinton's campaign manager Robby Mook spoke on Monday. "
            "Hillary Clinton's campaign has asked the moderator Lester Holt to check the facts. "
            "The Trump campaign attacked Mrs Clinton.")
    doc, names = _run(nlp, body)
    request, accuse = _only(doc, "REQUEST"), _only(doc, "ACCUSE")
    assert (_names(names, request.source), _names(names, request.target)) == (
        ["Hillary Clinton's campaign"], ["Lester Holt"])
    assert (_names(names, accuse.source), _names(names, accuse.target)) == (["Trump campaign"], ["Hillary Clinton"])


def test_a_post_of_a_named_body_stands_for_its_holder(nlp):
    body = ("Ivan Sokol, chairman of the Unity Party, sent a message to Kim Jong Un on Monday.\n\n"
            "Chairman of Unity Party Sends Greetings to Kim Jong Un")
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    # the party's chairman speaks for it
    assert (_names(names, event.source), _names(names, event.target)) == (["Ivan Sokol", "Unity Party"], ["Kim Jong Un"])
    assert len(event.mentions) == 2


def test_a_described_body_is_the_one_named_with_its_words(nlp):
    # an indefinite description opening the story names the body named next; a definite one
    # the last named before
    body = ("A federal appeals court ruled on Friday against Governor Ray Dunn. A panel of the "
            "Court of Appeals for the Ninth Circuit heard the case. "
            "Later the appeals court ruled against Senator Ann Moss.")
    doc, names = _run(nlp, body)
    rulings = [e for e in doc.events if e.verb == "rule against"]
    assert [(_names(names, e.source), _names(names, e.target)) for e in rulings] == [
        (["Court of Appeals for the Ninth Circuit"], ["Ray Dunn"]),
        (["Court of Appeals for the Ninth Circuit"], ["Ann Moss"])]


def test_a_headline_names_the_storys_person_by_a_post(nlp):
    body = ("Labour MP praises Tory campaign\n\n"
            "The Conservatives have run a smart campaign, a Labour backbencher has said. "
            "Derek Hale, the MP for Dunmore, said the Tory campaign had been very effective.")
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    assert _names(names, event.source) == ["Derek Hale"]


def test_instructions_and_needs_stressed_are_demands_of_the_speaker_in_the_pronoun_run(nlp):
    # "he" keeps standing for the leader through a run of sentences about him, past the names
    # of the officials listed as accompanying him
    body = ("Pyongyang, May 2 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, "
            "inspected a tractor plant on May 1.\n"
            "He was accompanied by Ri Chol Man and Pak Yong Sik, officials of the Party Central Committee.\n"
            "It was his first visit to the plant this year.\n"
            "He instructed the plant officials to modernise the assembly lines.\n"
            "He underlined the need for the local authorities to supply more steel.")
    doc, names = _run(nlp, body)
    demands = [(_names(names, e.source), _names(names, e.target)) for e in doc.events if e.plover == "REQUEST"]
    party = "Workers' Party of Korea"  # whose general secretary he is
    assert demands == [(["Kim Jong Un", party], ["plant officials"]), (["Kim Jong Un", party], ["local authorities"])]


def test_a_leader_greeted_by_officers_misread_as_a_gerund_meets_them(nlp):
    body = ("Pyongyang, May 2 (KCNA) -- Kim Jong Un inspected a tractor plant on May 1.\n"
            "He was greeted by commanding officers of the military units.")
    doc, names = _run(nlp, body)
    event = _only(doc, "CONSULT")
    assert (_names(names, event.source), _names(names, event.target)) == (
        ["officers of the military units"], ["Kim Jong Un"])


def test_outlets_reporters_and_experts_are_parties_to_criticism(nlp):
    body = ("The host Matt Lane faced heavy criticism from media outlets after the forum. "
            "Labour experts attacked the Tory plan for childcare.")
    doc, names = _run(nlp, body)
    found = sorted((_names(names, e.source)[0], e.verb) for e in doc.events if e.plover == "ACCUSE")
    assert found == [("Labour experts", "attack plan"), ("media outlets", "face criticism")]


def test_a_stance_participle_closing_reported_speech_is_the_speakers(nlp):
    body = ("The Czech Friendship Association in a statement noted that the Korean people have adhered to "
            "independence and no one has the right to check the development of the DPRK, strongly denouncing "
            "the U.S. moves to ignite a new war.")
    doc, names = _run(nlp, body)
    assert [s for s in _sides(doc, names) if s[0] == "ACCUSE"] == [
        ("ACCUSE", ["Czech Friendship Association"], ["United States"])]


@pytest.mark.parametrize(("body", "expected"), [
    # what a letter says it does is the act; a letter of thanks stays support
    ("A group of parents sent a letter to the NAACP urging it to reconsider the moratorium.",
     [("REQUEST", ["group of parents"], ["NAACP"], False)]),
    ("Kim Jong Un sent a letter of thanks to Vladimir Putin.", [("SUPPORT", ["Kim Jong Un"], ["Vladimir Putin"], False)]),
    ("Vladimir Putin sent a congratulatory letter to Kim Jong Un.",
     [("SUPPORT", ["Vladimir Putin"], ["Kim Jong Un"], False)]),
    # a bare letter is correspondence, no act of its own
    ("Assistant Attorney General Peter Kadzik sent letters to Senator Patrick Leahy on Monday.", []),
    # a pledge to overturn is the rejection to come, not an agreement
    ("Hillary Clinton pledged to overturn the ruling by the Supreme Court.",
     [("REJECT", ["Hillary Clinton"], ["Supreme Court"], True)]),
])
def test_letters_and_pledges_are_the_acts_they_carry(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert [(e.plover, _names(names, e.source), _names(names, e.target), e.hypothetical) for e in doc.events] == expected


def test_a_gerund_after_of_is_no_part_of_an_agents_name(nlp):
    doc, names = _run(nlp, 'Mayor Ken Hale accused an Evening Standard journalist of being like a "prison guard".')
    event = _only(doc, "ACCUSE")
    assert _names(names, event.target) == ["Evening Standard journalist"]


# One sentence, one event: (text, (PLOVER type, source names, target names)), by construction.
ONE_EVENT = [
    # a document acts for whoever issued it
    ("The senate passed a resolution urging President Alan Lee to withdraw the bill.",
     ("REQUEST", ["senate"], ["Alan Lee"])),
    ("The Ministry of Foreign Affairs issued a statement condemning the missile launch by North Korea.",
     ("ACCUSE", ["Ministry of Foreign Affairs"], ["North Korea"])),
    ("The Green Party printed a leaflet accusing the government of lying.", ("ACCUSE", ["Green Party"], ["government"])),
    ("Senator Ann Moss opened the debate with a speech criticising Governor Tom Hale's record.",
     ("ACCUSE", ["Ann Moss"], ["Tom Hale"])),
    # a participle after a passive is done by what the passive's subject names
    ("Two motions were passed by the city council on Monday, urging Mayor Tom Hale to resign.",
     ("REQUEST", ["city council"], ["Tom Hale"])),
    # verbs of campaign and court news
    ("Senator Ann Moss broke with President Ray Dunn on the trade bill.", ("REJECT", ["Ann Moss"], ["Ray Dunn"])),
    ("Governor Tom Hale blasted Senator Ann Moss over the budget.", ("ACCUSE", ["Tom Hale"], ["Ann Moss"])),
    ("Senator Ann Moss faulted Governor Tom Hale for the delay.", ("ACCUSE", ["Ann Moss"], ["Tom Hale"])),
    ("Senator Ann Moss campaigned for Governor Tom Hale in Ohio.", ("SUPPORT", ["Ann Moss"], ["Tom Hale"])),
    ("The appeals court overturned the ruling by Judge Tom Hale.", ("REJECT", ["appeals court"], ["Tom Hale"])),
    ("The casino owner Ray Dunn pledged $5 million to the Liberty Fund.", ("AID", ["Ray Dunn"], ["Liberty Fund"])),
    ("The mayor Tom Hale called out Senator Ann Moss for her remarks.", ("ACCUSE", ["Tom Hale"], ["Ann Moss"])),
    ("Canada accepted 10,000 Syrian refugees last year.", ("AID", ["Canada"], ["Syrian refugees", "Syria"])),
    # nouns of endorsement, praise, pacts and debates
    ("Mike Pence won the endorsement of Paul Ryan on Monday.", ("SUPPORT", ["Paul Ryan"], ["Mike Pence"])),
    ("Donald Trump's praise for Vladimir Putin angered Republicans.", ("SUPPORT", ["Donald Trump"], ["Vladimir Putin"])),
    ("Russia signed a defence pact with Iran.", ("AGREE", ["Russia"], ["Iran"])),
    ("The debate between Ann Moss and Tom Hale drew ten million viewers.", ("CONSULT", ["Ann Moss"], ["Tom Hale"])),
    # gratitude for a party's care; leaving a party
    ("The flood victims expressed deep gratitude for the Workers' Party of Korea's care.",
     ("SUPPORT", ["flood victims"], ["Workers' Party of Korea"])),
    ("Michael Gray quit the Labour Party on Saturday.", ("REJECT", ["Michael Gray"], ["Labour Party"])),
    ("Senator Ann Moss defected from the Republicans.", ("REJECT", ["Ann Moss"], ["Republicans"])),
    # court news: a legal challenge is against whoever made the act challenged, a ruling reversed is
    # rejected in its author, an act upheld or found unlawful is backed or faulted in its maker,
    # a petition or motion goes to the court
    ("The League of Women Voters filed suit challenging Governor Tom Hale's executive order in federal court.",
     ("ACCUSE", ["League of Women Voters"], ["Tom Hale"])),
    ("The Court of Appeals for the Ninth Circuit overruled a district court judge's decision on the ban.",
     ("REJECT", ["Court of Appeals for the Ninth Circuit"], ["district court judge"])),
    ("The district court had upheld Governor Tom Hale's actions.", ("SUPPORT", ["district court"], ["Tom Hale"])),
    ("A federal judge ruled Governor Tom Hale's order unconstitutional.", ("ACCUSE", ["federal judge"], ["Tom Hale"])),
    # a law struck down is faulted in its maker; a ruling struck down is rejected
    ("A federal judge struck down the state legislature's voting law.",
     ("ACCUSE", ["federal judge"], ["state legislature"])),
    ("The Supreme Court struck down the appeals court's ruling on the ban.",
     ("REJECT", ["Supreme Court"], ["appeals court"])),
    # a complaint lodged against a party is aimed at it, not at the watchdog it is lodged with
    ("The Muslim Council lodged a formal complaint against Mayor Tom Hale with the Standards Board.",
     ("ACCUSE", ["Muslim Council"], ["Tom Hale"])),
    # a party under investigation is investigated by the noun's agent or modifier
    ("Senator Tom Hale is under investigation by the Senate ethics committee.",
     ("ACCUSE", ["Senate ethics committee"], ["Tom Hale"])),
    ("Mayor Ann Moss remains under police investigation over the housing contracts.",
     ("ACCUSE", ["police"], ["Ann Moss"])),
    # signing a motion that challenges a plan challenges it; signing is no agreement with anyone
    ("Ann Moss signed a Commons motion challenging the Scottish Executive's plans for a new runway.",
     ("ACCUSE", ["Ann Moss"], ["Scottish Executive"])),
    ("The unions petitioned the Supreme Court to block the order.", ("REQUEST", ["unions"], ["Supreme Court"])),
    ("The Daily Courier and the Evening Post filed a motion in the High Court to unseal the records.",
     ("REQUEST", ["Daily Courier", "Evening Post"], ["High Court"])),
    # money moved between committees and parties
    ("The Victory Fund sent $341,560 to the New York Republican Party on Oct. 17.",
     ("AID", ["Victory Fund"], ["New York Republican Party"])),
    ("Lord Drayson handed Labour £500,000 last year.", ("AID", ["Lord Drayson"], ["Labour"])),
    # campaigning beside a candidate endorses the candidate
    ("Basketball star Ann Moss campaigned alongside Hillary Clinton in Cleveland on Sunday.",
     ("SUPPORT", ["Ann Moss"], ["Hillary Clinton"])),
    # "should have" reproaches the subject for what it did not do; it demands nothing
    ("Lawyer Louise Kent said the Home Office should have acted sooner.",
     ("ACCUSE", ["Louise Kent"], ["Home Office"])),
    ("Senator Ann Moss said the Treasury should not have cut the budget.", ("ACCUSE", ["Ann Moss"], ["Treasury"])),
    # the possessor of a harm or custody named by its noun is whom it is done to, unless an "of"
    # phrase names that, when the possessor is the doer
    ("Senator Ann Lee's arrest by the FBI shocked her supporters.", ("COERCE", ["FBI"], ["Ann Lee"])),
    ("The affair led to Governor Tom Hale's impeachment by the state House in 1998.",
     ("ACCUSE", ["House"], ["Tom Hale"])),
    ("Russia's arrest of Ann Lee angered Washington.", ("COERCE", ["Russia"], ["Ann Lee"])),
    # a warning of another party's act is aimed at whom its condition names, not at the act's doers
    ("Union leaders warned that nurses could walk out if ministers pressed ahead with the cuts.",
     ("THREATEN", ["Union leaders"], ["ministers"])),
    # a participle hung on whom a document is sent to is the sender's
    ("Senator Ann Lee sent a letter to Senate leaders opposing the bill.", ("REJECT", ["Ann Lee"], ["Senate"])),
    # a monarch named only by the title is one person; "is tipped to" reports an act to come
    ("Prime Minister Alan Ward is tipped to ask the Queen this week to call an early election.",
     ("REQUEST", ["Alan Ward"], ["the Queen"])),
    # a body and a person coordinated meet each other (only a place slipped into a list of people is dropped)
    ("The Sierra Club and Senator Ann Lee met in Reno on Sunday.", ("CONSULT", ["Sierra Club"], ["Ann Lee"])),
    # a crackdown is restriction, stepped up as well as launched
    ("Interior Minister Ali Khan launched a crackdown on opposition parties.",
     ("COERCE", ["Ali Khan"], ["opposition parties"])),
    ("Turkey intensified its clampdown on Kurdish journalists.", ("COERCE", ["Turkey"], ["Kurdish journalists"])),
    # a partner's "with" the parser hung on the topic discussed is the verb's
    ("Chancellor Tom Reed discussed the election campaign with Prime Minister Alan Ward.",
     ("CONSULT", ["Tom Reed"], ["Alan Ward"])),
    # "wrote Congress": writing to whom the object names
    ("FBI Director Ann Cole wrote Congress on Friday that agents would examine new evidence.",
     ("CONSULT", ["Ann Cole"], ["Congress"])),
    # a title the parser hung on the verb is the doer's, and an unowned introduction is the government's
    ("The government published its licensing plans. Norfolk chief constable Andy Hayman has backed the "
     "introduction of 24-hour drinking.", ("SUPPORT", ["Andy Hayman"], ["government"])),
    # (a word hung on the verb after the subject still names whom the act is aimed at)
    ('Councillor Tom Reed insisted he was not "French-bashing".', ("ACCUSE", ["Tom Reed"], ["France"])),
    # a protest announced as a fixed plan is reported as to come, no threat ("will strike" is one)
    ("Anti-war campaigners are set to protest at the Labour Party's spring conference.",
     ("PROTEST", ["Anti-war campaigners"], ["Labour Party"])),
    # a body set up together is cooperation
    ("The Green Party formed a government with the Social Democrats.",
     ("COOPERATE", ["Green Party"], ["Social Democrats"])),
    # a leader's followers are a party of their own
    ("The sect leader urged his followers in France to boycott the vote.",
     ("REQUEST", ["sect leader"], ["followers in France", "France"])),
]


@pytest.mark.parametrize(("body", "expected"), ONE_EVENT)
def test_one_event_per_sentence(nlp, body, expected):
    doc, names = _run(nlp, body)
    event = _only(doc, expected[0])
    assert (event.plover, _names(names, event.source), _names(names, event.target)) == expected


def test_a_headline_judge_is_the_justice_the_story_names(nlp):
    body = ("Judge rejects Daily Courier request to unseal court file\n\n"
            "A state judge has rejected a media request on Thursday. Justice Ellen Marsh rejected the "
            "argument of the Daily Courier.")
    doc, names = _run(nlp, body)
    event = _only(doc, "REJECT")
    assert (_names(names, event.source), _names(names, event.target), len(event.mentions)) == (
        ["Ellen Marsh"], ["Daily Courier"], 2)


@pytest.mark.parametrize(("body", "source", "target", "cameo"), [
    ("The Security Council pledged to impose more sanctions on North Korea.", "Security Council", "North Korea",
     "131"),
    ("Senator Tom Baker promised to jail Governor Ann Lee if elected.", "Tom Baker", "Ann Lee", "130"),
    # the act vowed as a noun
    ("The Security Council pledged tougher sanctions against North Korea.", "Security Council", "North Korea",
     "131"),
])
def test_a_promise_of_coercion_against_a_party_is_a_threat(nlp, body, source, target, cameo):
    doc, names = _run(nlp, body)
    event = _only(doc, "THREATEN")
    assert (_names(names, event.source), _names(names, event.target), event.cameo) == ([source], [target], cameo)
    assert [e.plover for e in doc.events] == ["THREATEN"]


def test_a_joint_pledge_to_fight_no_party_is_no_threat(nlp):
    doc, _ = _run(nlp, "China and the United States jointly pledged to fight the worst effects of climate change.")
    assert [e.plover for e in doc.events] == ["AGREE"]


def test_a_vow_to_veto_an_unowned_bill_is_a_rejection_of_the_legislature_to_come(nlp):
    body = ("Congress passed the bill on Friday. President Tom Hale vowed to veto the bill allowing families "
            "to sue Saudi Arabia.")
    doc, names = _run(nlp, body)
    event = _only(doc, "REJECT")
    assert (_names(names, event.source), _names(names, event.target), event.hypothetical) == (
        ["Tom Hale"], ["Congress"], True)


GIVING = [
    ("The Green Party received more than $2m in donations in the last quarter, most of which came from "
     "trade unions.", (["trade unions"], ["Green Party"])),
    ("Most of the Scottish National Party's donations came from affiliated unions.",
     (["affiliated unions"], ["Scottish National Party"])),
    ("The Conservative Party published its accounts. There were also donations topping $250,000 for the "
     "Conservatives from the Norland Trust and the Institute of Civic Studies.",
     (["Norland Trust", "Institute of Civic Studies"], ["Conservative Party"])),
    ("The Labour Party published its accounts. Arthur Penrose, the party's biggest donor, attended the "
     "conference.", (["Arthur Penrose"], ["Labour Party"])),
    ("Another $20 million in Sheldon Adelson's money is headed to a House-focused super PAC.",
     (["Sheldon Adelson"], ["House-focused super PAC"])),
    ("The property developer Arthur Penrose gave £3m to the Labour Party.",
     (["Arthur Penrose"], ["Labour Party"])),
    ("The casino owner Sheldon Adelson is joining forces with Joe Ricketts to help fund the Liberty Action Fund.",
     (["Sheldon Adelson"], ["Liberty Action Fund"])),
]


@pytest.mark.parametrize(("body", "expected"), GIVING)
def test_nouns_of_giving_read_giver_and_recipient_across_their_phrase(nlp, body, expected):
    doc, names = _run(nlp, body)
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target)) == expected


def test_a_copula_restating_a_gift_is_one_act_of_giving(nlp):
    doc, names = _run(nlp, "The Conservative Party published its accounts. Also among the gifts to the Tories "
                           "were 24 donations totalling $161,840 from Harwick Services.")
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target), event.verb) == (
        ["Harwick Services"], ["Conservative Party"], "donation")
    assert [e.plover for e in doc.events] == ["AID"]  # the gifts are the donations, not a SUPPORT


def test_a_gift_with_no_recipient_continues_the_list_of_gifts(nlp):
    doc, names = _run(nlp, "The largest gift to the Conservative Party was a bequest from Margaret Ellery of "
                           "nearly $400,000. The joint founder of the merchant bank Tallis Brothers gave $325,417.")
    found = [(e.verb, _names(names, e.source), _names(names, e.target)) for e in doc.events]
    assert found == [("bequest", ["Margaret Ellery"], ["Conservative Party"]),
                     ("give $", ["joint founder of the merchant bank Tallis Brothers"], ["Conservative Party"])]


def test_a_donor_named_by_a_copula_and_one_listed_as_donating(nlp):
    doc, names = _run(nlp, "The Liberal Democrats' largest donor was the Alder Reform Trust, a charity which "
                           "gave a sum of $250,000. And the coffee chain Brewhouse is listed as donating a sum "
                           "of $10,575.")
    found = _sides(doc, names)
    assert found == [("AID", ["Alder Reform Trust"], ["Liberal Democrats"]),
                     ("AID", ["Brewhouse"], ["Liberal Democrats"])]


def test_a_list_of_gifts_runs_on_for_two_sentences_only(nlp):
    lead = "The Labour Party gave $1 million to the Green Party last year. Tony Blair met Gordon Brown on Monday. "
    doc, names = _run(nlp, lead + "Businessman Arthur Penrose gave $3 million.")
    assert [_names(names, e.target) for e in doc.events if e.plover == "AID"] == [["Green Party"], ["Green Party"]]
    doc, names = _run(nlp, lead + "Gordon Brown criticised David Cameron. Businessman Arthur Penrose gave $3 million.")
    assert [_names(names, e.source) for e in doc.events if e.plover == "AID"] == [["Labour Party"]]


@pytest.mark.parametrize("body", [
    "Registered political parties must declare all donations over $5,000 to the Electoral Commission.",
    # a total no one is named as giving starts no list of gifts
    "Donations to the Labour Party hit $10 million last year. The property developer Arthur Penrose gave $3 million.",
    "It is an offence to make a false declaration about party donations.",
    "The Labour Party, which lost its main donor Arthur Penrose last year, took in $63,081.",
])
def test_rules_about_donations_and_a_lost_donor_give_nothing(nlp, body):
    doc, _ = _run(nlp, body)
    assert [e.plover for e in doc.events if e.plover == "AID"] == []


@pytest.mark.parametrize(("body", "expected"), [
    # an appeal is a suit against the party whose act the lower court upheld, never the courts
    ("In March, the Justice Department and the unions appealed the case to the Ninth Circuit after the district "
     "court upheld Governor Tom Hale's order.",
     [("ACCUSE", ["Justice Department", "unions"], ["Tom Hale"], False),
      ("SUPPORT", ["district court"], ["Tom Hale"], False)]),
    # a request the court turns down was made to it
    ("The Supreme Court rejected a request from Democrats to restore the extra week of early voting.",
     [("REJECT", ["Supreme Court"], ["Democrats"], False), ("REQUEST", ["Democrats"], ["Supreme Court"], False)]),
    # an appeal to come is a threat, against the court that ruled
    ("The Court of Appeals ruled against Governor Tom Hale on Friday. Hale said he would appeal.",
     [("ACCUSE", ["Court of Appeals"], ["Tom Hale"], False), ("THREATEN", ["Tom Hale"], ["Court of Appeals"], True)]),
    ("Senator Ann Moss vowed to appeal the ruling of the Court of Appeals.",
     [("THREATEN", ["Ann Moss"], ["Court of Appeals"], True)]),
    # the client behind the lawyers opposes whoever moved for the unsealing
    ("The Daily Courier filed a motion to unseal the records. Lawyers for Governor Tom Hale filed papers opposing "
     "the unsealing.", [("REJECT", ["Tom Hale"], ["Daily Courier"], False)]),
    # "both appeals", "calls to publish the advice" point back at whoever made them
    ("The families of two men appealed against the ruling on Monday. Three Appeal Court judges dismissed both "
     "appeals.", [("REJECT", ["Appeal Court"], ["families of two men"], False)]),
    ("The Tories demanded that the government publish the legal advice. The government has resisted calls to "
     "publish the full advice.", [("REQUEST", ["Tories"], ["government"], False),
                                  ("REJECT", ["government"], ["Tories"], False)]),
    # an appeal to voters is no lawsuit but a request to come; a release no one is named as
    # seeking is opposed to no one
    ("The minister said he would appeal to voters.", [("REQUEST", ["minister"], ["voters"], True)]),
    ("Lawyers for Governor Tom Hale filed papers opposing the release of the tapes.", []),
])
def test_court_proceedings(nlp, body, expected):
    doc, names = _run(nlp, body)
    found = [(e.plover, _names(names, e.source), _names(names, e.target), e.hypothetical) for e in doc.events]
    assert found == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a candidate's rally is a campaign event; a crowd that rallies protests
    ("Donald Trump held a rally in Tampa on Monday.", []),
    # outside a building, at those who sit in it
    ("Thousands of students rallied outside parliament on Friday.", [("PROTEST", ["students"], ["parliament"])]),
    # with an object, rallying, demonstrating or marching is no protest
    ("Hillary Clinton rallied voters in Tampa on Monday.", []),
    ("The Korean People's Army demonstrated the might of the country.", []),
    ("Thousands of students demonstrated against the Serbian government on Sunday.",
     [("PROTEST", ["students"], ["Serbian government", "Serbia"])]),
    # held in a federation's state, it is a visit to the state, as campaigning there is
    ("Hillary Clinton held a rally in Florida on Monday.", [("CONSULT", ["Hillary Clinton"], ["Florida"])]),
    ("Donald Trump held an evening rally in Selma, North Carolina, on Thursday.",
     [("CONSULT", ["Donald Trump"], ["North Carolina"])]),
    ("Ohio is a key swing state. Donald Trump campaigned in the state this week.",
     [("CONSULT", ["Donald Trump"], ["Ohio"])]),
])
def test_a_rally_held_by_a_candidate_is_no_protest(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a refusal answers whoever asked its doer to act, even when news tells the demand after it
    ("Welsh First Minister Alan Price has again refused to apologise for his remarks. On Tuesday the Welsh "
     "Assembly passed a motion urging him to apologise.",
     [("REJECT", ["Alan Price"], ["Welsh Assembly"]), ("REQUEST", ["Welsh Assembly"], ["Alan Price"])]),
    ("Councillor Mark Dean would not resign. Two motions were passed by the Newport Council on Monday asking "
     "him to quit.",
     [("REJECT", ["Mark Dean"], ["Newport Council"]), ("REQUEST", ["Newport Council"], ["Mark Dean"])]),
    # a call turned down with no maker named is the call the article says someone made for the same thing
    ("The Treasury turned down a call for a fuel duty freeze. The Road Haulage Association's demand for a fuel "
     "duty freeze was repeated in a letter.",
     [("REJECT", ["Treasury"], ["Road Haulage Association"]),
      ("REQUEST", ["Road Haulage Association"], ["Treasury"])]),
    # advice not taken is refused to its giver, who asked for it
    ("The government has not accepted the Low Pay Commission's recommendation that apprentices should be paid "
     "more.",
     [("REJECT", ["government"], ["Low Pay Commission"]), ("REQUEST", ["Low Pay Commission"], ["government"])]),
    # demands without a verb of demanding
    ("The Low Pay Commission recommended a rise of 20p to the government.",
     [("REQUEST", ["Low Pay Commission"], ["government"])]),
    ("Home Secretary Jack Hale came under pressure from Labour backbenchers to resign.",
     [("REQUEST", ["Labour backbenchers", "Labour"], ["Jack Hale"])]),
    ("Many Labour MPs have been crying out for Gordon Brown to cut fuel duty.",
     [("REQUEST", ["Many Labour MPs", "Labour"], ["Gordon Brown"])]),
    ("The Liberal Democrats called for Tony Blair to resign.", [("REQUEST", ["Liberal Democrats"], ["Tony Blair"])]),
    ("The Conservatives sought an investigation by the Electoral Commission.",
     [("REQUEST", ["Conservatives"], ["Electoral Commission"])]),
    # a refusal no one asked for, and pressure from no party, are no events
    ("Councillor Mark Dean refused to comment on Monday.", []),
    ("Prices came under pressure from rising fuel costs.", []),
])
def test_demands_and_refusals(nlp, body, expected):
    doc, names = _run(nlp, body)
    found = _sides(doc, names)
    assert found == expected
    assert all(e.cameo == ("120" if e.plover == "REJECT" else "100") and not e.hypothetical for e in doc.events)


def test_being_in_talks_is_doing_them(nlp):
    doc = extract(Article(id="t", body="Federal authorities are in discussions with lawyers for Huma Abedin."), nlp)
    found = [e for e in doc.events if e.plover == "CONSULT"]
    assert [[doc.actor(r).name for r in e.source] for e in found] == [["Federal authorities"]]


@pytest.mark.parametrize(("body", "verb", "source", "target"), [
    ("Bernie Sanders joined Hillary Clinton at a rally in Portsmouth on Tuesday.",
     "join", ["Bernie Sanders"], ["Hillary Clinton"]),
    ("Michelle Obama appeared alongside Hillary Clinton in Charlotte on Thursday.",
     "appear alongside", ["Michelle Obama"], ["Hillary Clinton"]),
    ("Governor Andrew Cuomo introduced Hillary Clinton at the rally in Buffalo.",
     "introduce", ["Andrew Cuomo"], ["Hillary Clinton"]),
    ("Katy Perry performed at a Hillary Clinton event in Philadelphia on Saturday.",
     "perform at", ["Katy Perry"], ["Hillary Clinton"]),
])
def test_a_joint_campaign_appearance_backs_the_candidate(nlp, body, verb, source, target):
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    assert (event.verb, event.mode, event.cameo) == (verb, "campaign", "051")
    assert (_names(names, event.source), _names(names, event.target)) == (source, target)


def test_an_announced_campaign_appearance_is_reported_as_itself_not_an_intent(nlp):
    doc, names = _run(nlp, "President Barack Obama will join Hillary Clinton at a rally in Philadelphia on Monday.")
    event = _only(doc, "SUPPORT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Barack Obama"], ["Hillary Clinton"])
    assert event.hypothetical and not [e for e in doc.events if e.plover == "AGREE"]


@pytest.mark.parametrize("body", [
    "The two brothers joined the army in 2010.",
    "Secretary of State John Kerry joined Sergei Lavrov in Geneva on Friday.",
])
def test_joining_is_no_support_outside_a_campaign_setting(nlp, body):
    doc, _ = _run(nlp, body)
    assert not [e for e in doc.events if e.plover == "SUPPORT"]


@pytest.mark.parametrize(("body", "verb", "source", "target"), [
    ("Some Republicans deserted Donald Trump after the recording was released.",
     "desert", ["Republicans"], ["Donald Trump"]),
    ("Senator Mike Lee withdrew his endorsement of Donald Trump on Saturday.",
     "withdraw endorsement", ["Mike Lee"], ["Donald Trump"]),
    ("Speaker Paul Ryan distanced himself from Donald Trump on Monday.",
     "distance from", ["Paul Ryan"], ["Donald Trump"]),
    ("Ivana Trump disowned the reports published by the New York Times.",
     "disown", ["Ivana Trump"], ["New York Times"]),
])
def test_desertion_and_disavowal_reject_the_one_left(nlp, body, verb, source, target):
    doc, names = _run(nlp, body)
    event = _only(doc, "REJECT")
    assert (event.verb, _names(names, event.source), _names(names, event.target)) == (verb, source, target)


@pytest.mark.parametrize(("body", "verb", "source", "target"), [
    ("Governor Brian Sandoval dropped his support for Donald Trump late on Saturday.",
     "drop support", ["Brian Sandoval"], ["Donald Trump"]),
    ("Representative Jason Chaffetz yanked his endorsement of Donald Trump.",
     "yank endorsement", ["Jason Chaffetz"], ["Donald Trump"]),
    ("Senator Rob Portman backed away from Donald Trump after the tape surfaced.",
     "back away", ["Rob Portman"], ["Donald Trump"]),
    ("Governor John Kasich parted ways with Donald Trump in the spring.",
     "part way", ["John Kasich"], ["Donald Trump"]),
    ("Senator Lisa Murkowski turned her back on Donald Trump this weekend.",
     "turn back", ["Lisa Murkowski"], ["Donald Trump"]),
    ("Senator Jeff Flake jumped ship from Donald Trump.", "jump ship", ["Jeff Flake"], ["Donald Trump"]),
    ("Senator Kelly Ayotte said she would not vote for Donald Trump in November.",
     "vote for", ["Kelly Ayotte"], ["Donald Trump"]),
    ("Governor Gary Herbert stopped supporting Donald Trump.", "support", ["Gary Herbert"], ["Donald Trump"]),
])
def test_support_dropped_or_withheld_rejects_the_candidate(nlp, body, verb, source, target):
    doc, names = _run(nlp, body)
    event = _only(doc, "REJECT")
    assert (event.verb, _names(names, event.source), _names(names, event.target)) == (verb, source, target)
    assert not [e for e in doc.events if e.plover == "SUPPORT"]


@pytest.mark.parametrize("body", [
    "Senator John McCain announced the withdrawal of his endorsement of Donald Trump.",
    "Governor Brian Sandoval announced the withdrawal of his support for Donald Trump on Saturday.",
])
def test_a_withdrawal_of_support_is_a_rejection_not_a_pullout(nlp, body):
    doc, names = _run(nlp, body)
    event = _only(doc, "REJECT")
    assert (event.verb, _names(names, event.target)) == ("announce withdrawal", ["Donald Trump"])
    assert not [e for e in doc.events if e.plover in ("SUPPORT", "RETREAT")]


def test_a_withdrawal_of_troops_stays_a_pullout(nlp):
    doc, names = _run(nlp, "The United States announced the withdrawal of troops from Syria.")
    event = _only(doc, "RETREAT")
    assert (_names(names, event.source), _names(names, event.target)) == (["United States"], ["Syria"])


def test_a_vote_cast_for_a_candidate_refuses_no_one(nlp):
    doc, _ = _run(nlp, "Senator Kelly Ayotte said she voted for Donald Trump in the primary.")
    assert not [e for e in doc.events if e.plover == "REJECT"]


@pytest.mark.parametrize(("body", "verb", "source", "target"), [
    ("Police confiscated Anthony Weiner's phone on Tuesday.", "confiscate", ["Police"], ["Anthony Weiner"]),
    ("FBI agents raided the office of Michael Cohen on Monday.", "raid office", ["FBI"], ["Michael Cohen"]),
    ("Russian hackers broke into the Democratic National Committee's servers.",
     "break into", ["Russian hackers", "Russia"], ["Democratic National Committee"]),
])
def test_property_seized_raided_or_hacked_is_coercion_of_its_owner(nlp, body, verb, source, target):
    doc, names = _run(nlp, body)
    event = _only(doc, "COERCE")
    assert (event.verb, _names(names, event.source), _names(names, event.target)) == (verb, source, target)


@pytest.mark.parametrize(("body", "verb", "source", "target"), [
    ("Donald Trump feuded with Paul Ryan for weeks.", "feud", ["Donald Trump"], ["Paul Ryan"]),
    ("Elizabeth Warren sparred with Donald Trump on Twitter.", "spar", ["Elizabeth Warren"], ["Donald Trump"]),
    ("Donald Trump traded barbs with Senator John McCain over the weekend.",
     "trade barb", ["Donald Trump"], ["John McCain"]),
    ("Donald Trump has clashed with Speaker Paul Ryan over trade.", "clash", ["Donald Trump"], ["Paul Ryan"]),
    ("Senator Ann Ross tussled with Governor Tom Hale over the budget.", "tussle", ["Ann Ross"], ["Tom Hale"]),
    # harsh words: British spelling, and the passive with the critic as agent
    ("The Tory leader lambasted Gordon Brown over the pension figures.", "lambast", ["Tory leader", "Tory"],
     ["Gordon Brown"]),
    ("Ann Lee was eviscerated on Sunday by the editorial board of the Ledger.", "eviscerate",
     ["editorial board of the Ledger"], ["Ann Lee"]),
    ("Senator Tom Baker insulted Governor Ann Lee during the debate.", "insult", ["Tom Baker"], ["Ann Lee"]),
])
def test_feuds_clashes_and_harsh_words_are_criticism(nlp, body, verb, source, target):
    doc, names = _run(nlp, body)
    assert _only_sides(doc, names, "ACCUSE") == (verb, source, target)


@pytest.mark.parametrize(("body", "source", "target"), [
    ("Wiltshire Police arrested four men on suspicion of illegal hunting.", "Wiltshire Police", "four men"),
    # a passive arrest with no agent is the police's, of people named by count and origin
    ("Thames Valley Police are investigating the fire. Two men from Reading were arrested on Saturday.",
     "Thames Valley Police", "Two men from Reading"),
])
def test_people_named_only_by_count_are_the_target_of_force(nlp, body, source, target):
    doc, names = _run(nlp, body)
    event = _only(doc, "COERCE")
    assert (_names(names, event.source), _names(names, event.target)) == ([source], [target])


def test_a_release_on_bail_joined_to_an_arrest_is_the_police_forces_too(nlp):
    doc, names = _run(nlp, "Lancashire Police said Mr Tyndall was arrested after a speech in Burnley, and was "
                           "released on police bail. Nine men from Bradford were held and later freed on bail.")
    assert [(e.plover, e.verb, _names(names, e.target)) for e in doc.events] == [
        ("COERCE", "arrest", ["Tyndall"]), ("RETREAT", "release", ["Tyndall"]),
        ("COERCE", "hold", ["Nine men from Bradford"]), ("RETREAT", "free", ["Nine men from Bradford"])]
    assert all(_names(names, e.source) == ["Lancashire Police"] for e in doc.events)


def test_quashing_a_conviction_frees_whom_it_was_passed_on(nlp):
    doc, names = _run(nlp, "The Court of Appeal quashed the conviction of John Smith in 1991.")
    event = _only(doc, "RETREAT")
    assert (event.cameo, _names(names, event.source), _names(names, event.target)) == (
        "0841", ["Court of Appeal"], ["John Smith"])


def test_the_man_points_back_and_makes_no_group(nlp):
    doc, names = _run(nlp, "Police arrested the man at his home in Leeds.")
    assert "man" not in names.values() and doc.events == []


@pytest.mark.parametrize(("body", "verb", "source", "target"), [
    ("Japan is tightening its military alliance with NATO.", "tighten alliance", "Japan", "NATO"),
    ("Poland values its alliance with the United States, the minister said.", "alliance", "Poland", "United States"),
])
def test_an_alliance_with_another_party_is_cooperation(nlp, body, verb, source, target):
    doc, names = _run(nlp, body)
    assert _only_sides(doc, names, "COOPERATE") == (verb, [source], [target])


@pytest.mark.parametrize("body", [
    "Hunt supporters protested at Labour's spring conference in Gateshead.",
    "Pensioners demonstrated during the Labour conference in Brighton on Sunday.",
])
def test_a_protest_at_a_gathering_is_aimed_at_the_party_holding_it(nlp, body):
    doc, names = _run(nlp, body)
    assert _names(names, _only(doc, "PROTEST").target) == ["Labour"]


@pytest.mark.parametrize(("body", "target"), [
    ("Farmers protested against the Treasury's new fuel tax.", "Treasury"),
    ("The government wants to close the hospital. Hundreds of people demonstrated against the plan in Leeds.",
     "government"),
])
def test_a_protest_against_a_policy_is_aimed_at_its_maker(nlp, body, target):
    doc, names = _run(nlp, body)
    assert _names(names, _only(doc, "PROTEST").target) == [target]


def test_police_who_clash_with_protesters_fight_them(nlp):
    doc, names = _run(nlp, "Police clashed with protesters outside the parliament in Caracas.")
    event = _only(doc, "ASSAULT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Police"], ["protesters"])


def test_prosecution_an_official_says_will_come_is_her_threat(nlp):
    doc, names = _run(nlp, "Kim Strach said the voters who cast two ballots in Wake County will be prosecuted.")
    event = _only(doc, "THREATEN")
    assert (_names(names, event.source), _names(names, event.target)) == (["Kim Strach"], ["voters"])
    assert (event.verb, event.cameo) == ("prosecute", "130")
    # a lawyer supposing his client "could be" prosecuted threatens no one
    doc, _ = _run(nlp, "Paul Manafort could be prosecuted, his lawyer Kevin Downing said.")
    assert doc.events == []


def test_leader_encouraging_workers_backs_them(nlp):
    body = ("Pyongyang, June 3 (KCNA) -- Pak Song Chol, premier of the Cabinet, visited the Kangson Machine "
            "Complex. Touring the workshops, he encouraged the officials and workers in their drive to raise "
            "production.")
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    assert _names(names, event.source) == ["Pak Song Chol"]
    assert _names(names, event.target) == ["officials", "workers"]
    assert (event.verb, event.cameo) == ("encourage", "051")
    assert not [e for e in doc.events if e.plover == "REQUEST"]


def test_encouraging_someone_to_act_stays_a_demand(nlp):
    doc, names = _run(nlp, "Kim Jong Un encouraged the soldier-builders to finish the factory ahead of schedule.")
    assert [e.plover for e in doc.events if e.verb == "encourage"] in ([], ["REQUEST"])
    assert not [e for e in doc.events if e.plover == "SUPPORT"]


def test_troops_dispatched_under_a_party_decision_are_its_deployment(nlp):
    body = ("Pyongyang, June 3 (KCNA) -- Soldiers of the Korean People's Army, dispatched to the flood-stricken "
            "areas of North Hamgyong Province under the order of the Central Military Commission of the "
            "Workers' Party of Korea, are rebuilding houses.")
    doc, names = _run(nlp, body)
    event = _only(doc, "MOBILIZE")
    assert _names(names, event.source)[0] == "Central Military Commission of the Workers' Party of Korea"
    assert "Soldiers of the Korean People's Army" in _names(names, event.source)
    assert _names(names, event.target) == ["North Hamgyong Province"]
    assert event.verb == "dispatch soldier"


def test_party_body_deciding_to_dispatch_units(nlp):
    body = ("Pyongyang, June 3 (KCNA) -- The Political Bureau of the Central Committee of the Workers' Party "
            "of Korea decided to dispatch army units to the flood-hit areas of South Hwanghae Province.")
    doc, names = _run(nlp, body)
    event = _only(doc, "MOBILIZE")
    assert _names(names, event.source) == ["Political Bureau of the Central Committee of the Workers' Party of Korea"]
    assert _names(names, event.target) == ["South Hwanghae Province"]


def test_halting_a_reported_act_retreats_from_its_target(nlp):
    body = ("Pyongyang, June 3 (KCNA) -- Last week the Korean People's Army scattered leaflets over South Korea. "
            "On Sunday the army halted the scattering of leaflets.")
    doc, names = _run(nlp, body)
    event = _only(doc, "RETREAT")
    assert _names(names, event.source) == ["Korean People's Army"]
    assert _names(names, event.target) == ["South Korea"]
    assert (event.verb, event.cameo) == ("halt", "087")


def test_joint_friendship_event_of_two_states_is_their_cooperation(nlp):
    body = ("Pyongyang, July 3 (KCNA) -- The DPRK-Russia children's friendship camping began at the Songdowon "
            "camp on Wednesday. A DPRK-Laos friendship football match was held in Vientiane. The Lao "
            "friendship delegation left Pyongyang.")
    doc, names = _run(nlp, body)
    pairs = sorted((_names(names, e.source), _names(names, e.target), e.verb)
                   for e in doc.events if e.plover == "COOPERATE")
    assert pairs == [(["North Korea"], ["Laos"], "hold match"), (["North Korea"], ["Russia"], "camping")]


def test_taking_part_in_an_event_abroad_is_a_visit_to_its_host(nlp):
    body = ("Pyongyang, August 16 (KCNA) -- A DPRK team returned home on Thursday after taking part in the "
            "33rd Olympic Games held in Paris.")
    doc, names = _run(nlp, body)
    event = _only(doc, "CONSULT")
    assert _names(names, event.target) == ["France"]
    assert (event.verb, event.mode, event.cameo) == ("take part", "visit", "042")


def test_an_audience_attending_is_no_meeting_of_its_own(nlp):
    doc, _ = _run(nlp, "The lecture was attended by teachers, researchers and postgraduate students from 30 units.")
    assert not [e for e in doc.events if e.plover == "CONSULT"]


def test_an_act_done_to_its_doer_is_aimed_at_no_one_else(nlp):
    body = ("Former soldiers in the state were killing themselves at twice the rate of police officers, the "
            "report found. Rebels killed three villagers near Goma on Sunday.")
    doc, names = _run(nlp, body)
    assert [(_names(names, e.source), _names(names, e.target)) for e in doc.events if e.plover == "ASSAULT"] \
        == [(["Rebels"], ["villagers"])]


def test_denying_ones_own_act_rejects_no_one(nlp):
    doc, names = _run(nlp, "Challenged on the remark, the MEP Joanna Pike denied accusing Germany of racism.")
    assert not [e for e in doc.events if e.plover in ("REJECT", "ACCUSE")], [(e.plover, e.verb) for e in doc.events]


def test_an_act_named_in_an_as_phrase_does_not_give_the_target(nlp):
    doc, names = _run(nlp, "The Russian Foreign Ministry denounced the U.S. strike as an attack on Russia.")
    e = _only(doc, "ACCUSE")
    assert _names(names, e.target) == ["United States"]
    doc, names = _run(nlp, "North Korea condemned the recent drills as a rehearsal for an invasion of Pyongyang.")
    assert all(not e.target for e in doc.events if e.plover == "ACCUSE")


def test_criticism_another_party_expects_of_someone_is_no_ones_act(nlp):
    body = ("Campaign manager Sarah Lowe said on Monday that the campaign expects moderator Daniel Reyes "
            "to insert himself into the debate by calling out Governor Tom Hale for his record.")
    doc, names = _run(nlp, body)
    assert not [e for e in doc.events if e.plover == "ACCUSE" and names.get(e.source[0]) == "Daniel Reyes"]
    doc, names = _run(nlp, "Senator Maria Ortiz plans to call out Governor Tom Hale for his record.")
    e = _only(doc, "ACCUSE")
    assert (_names(names, e.source), _names(names, e.target), e.hypothetical) == (["Maria Ortiz"], ["Tom Hale"], True)


@pytest.mark.parametrize(("body", "source", "target"), [
    ("Home Secretary Priya Nandra discouraged Police Commissioner Mark Ellison from publishing the report.",
     ["Priya Nandra"], ["Mark Ellison"]),
    ("Foreign Secretary Alan Pryce warned Chancellor Olaf Brenner against a trade deal with Beijing.",
     ["Alan Pryce"], ["Olaf Brenner"]),
])
def test_advising_someone_against_an_act_asks_them_not_to(nlp, body, source, target):
    doc, names = _run(nlp, body)
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target)) == (source, target)
    assert event.cameo == "100"


def test_advice_against_an_act_with_no_one_advised_asks_no_one(nlp):
    doc, _ = _run(nlp, "Senator Ruth Calder warned against a hasty withdrawal.")
    assert not [e for e in doc.events if e.plover == "REQUEST"]


def test_an_investigation_reopened_or_of_someones_affairs_is_aimed_at_them(nlp):
    body = ("The Electoral Commission reopened its inquiry into the Liberal Party's donations on Monday. "
            "The Metropolitan Police launched an investigation of Senator Dana Whitlow's expenses.")
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [
        ("ACCUSE", ["Electoral Commission"], ["Liberal Party"]),
        ("ACCUSE", ["Metropolitan Police"], ["Dana Whitlow"]),
    ]
    assert [e.verb for e in doc.events] == ["reopen inquiry", "launch investigation"]


def test_testifying_before_a_committee_consults_it(nlp):
    doc, names = _run(nlp, "Defence Secretary Laura Kemp testified before the Armed Services Committee on Tuesday.")
    event = _only(doc, "CONSULT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Laura Kemp"], ["Armed Services Committee"])


def test_a_promise_to_a_party_of_what_will_be_done_is_an_assurance_to_it(nlp):
    body = ("The Treasury is promising members of Parliament that the investigation into the pension fund's "
            "losses will be given top priority.")
    doc, names = _run(nlp, body)
    event = _only(doc, "AGREE")
    assert (_names(names, event.source), _names(names, event.target)) == (["Treasury"], ["Parliament"])
    assert not event.hypothetical


def test_a_promise_of_ones_own_act_is_that_act_to_come(nlp):
    # the commitment rule the assurance above must leave alone
    doc, names = _run(nlp, "Senator Dana Whitlow promised voters to challenge the ruling in court.")
    assert not [e for e in doc.events if e.plover == "AGREE"]


def test_a_participle_of_demand_after_a_complaint_is_a_request_of_its_own(nlp):
    doc, names = _run(nlp, "The union filed a formal complaint with the regulator on Monday, demanding an "
                           "investigation by the Serious Fraud Office.")
    assert ("REQUEST", ["union"], ["Serious Fraud Office"]) in _sides(doc, names)
    complaint = _only(doc, "ACCUSE")
    assert _names(names, complaint.target) == ["regulator"]


def test_telling_someone_to_act_is_a_demand_telling_them_a_fact_is_not(nlp):
    doc, names = _run(nlp, "President Rodrigo Duterte told the United States not to treat the Philippines "
                           "like a dog on a leash.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target), event.verb) == (
        ["Rodrigo Duterte"], ["United States"], "tell")
    doc, _ = _run(nlp, "In October, Mr Blair told BBC One's Breakfast programme he aspired to the job.")
    assert [e for e in doc.events if e.plover == "REQUEST"] == []


def test_money_passed_along_to_a_party_is_aid(nlp):
    doc, names = _run(nlp, "The Arkansas Republican Party then passed along $365,116 to the Republican "
                           "National Committee.")
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target), event.verb) == (
        ["Arkansas Republican Party"], ["Republican National Committee"], "pass $")


def test_a_plea_or_a_call_on_someone_as_a_noun_is_a_request(nlp):
    doc, names = _run(nlp, "Amnesty International's plea to the British government for more help went unanswered.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), event.verb) == (["Amnesty International"], "plea")
    assert "British government" in _names(names, event.target)
    doc, names = _run(nlp, "The Green Party repeated its call on the Home Office to scrap the scheme.")
    assert _sides(doc, names) == [("REQUEST", ["Green Party"], ["Home Office"])]
    doc, _ = _run(nlp, "Mr Jones entered a guilty plea in the Crown Court.")
    assert [e for e in doc.events if e.plover == "REQUEST"] == []


@pytest.mark.parametrize("body, verb", [
    ("The Labour Party threw its support behind Senator Mary Cole.", "throw support"),
    ("Japan lent its support to Senator Mary Cole.", "lend support"),
    ("The ministry reiterated its support for Senator Mary Cole.", "reiterate support"),
    ("Mr Abbas lavished praise on Senator Mary Cole.", "lavish praise"),
    ("Mr Abbas heaped praise on Senator Mary Cole's commitment to peace.", "heap praise"),
    ("Mr Abbas spoke highly of Senator Mary Cole.", "speak highly"),
])
def test_support_and_praise_in_their_phrasal_shapes(nlp, body, verb):
    doc, names = _run(nlp, body)
    event = _only(doc, "SUPPORT")
    assert (event.verb, _names(names, event.target)) == (verb, ["Mary Cole"])


def test_pushing_or_begging_someone_to_act_is_a_demand_pushing_a_bill_is_not(nlp):
    doc, names = _run(nlp, "Senator Mary Cole begged the Home Office to reconsider the deportation.")
    assert _sides(doc, names) == [("REQUEST", ["Mary Cole"], ["Home Office"])]
    doc, names = _run(nlp, "The Veterans Affairs department has been pushing private doctors to ask veterans "
                           "about their service.")
    assert _only(doc, "REQUEST").verb == "push"
    doc, _ = _run(nlp, "The Labour Party pushed the bill through Parliament.")
    assert [e for e in doc.events if e.plover == "REQUEST"] == []


def test_a_sum_received_from_someone_is_their_gift_not_one_from_a_deal(nlp):
    doc, names = _run(nlp, "The Labour Party received pounds 500,000 from Lord Smith.")
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target), event.verb) == (
        ["Lord Smith"], ["Labour Party"], "receive pound")
    doc, _ = _run(nlp, "The Republican National Committee received only a few million dollars from its "
                       "fundraising agreement with Donald Trump.")
    assert [e for e in doc.events if e.plover == "AID"] == []


def test_agreeing_with_someone_that_a_view_holds_sides_with_them_a_deal_stays_agreement(nlp):
    doc, names = _run(nlp, "The judge agreed with Marla Hale that the divorce file should stay sealed.")
    assert _sides(doc, names) == [("SUPPORT", ["judge"], ["Marla Hale"])]
    doc, names = _run(nlp, "Senator Mary Cole agreed with the Treasury on a new budget timetable.")
    assert _sides(doc, names) == [("AGREE", ["Mary Cole"], ["Treasury"])]


def test_money_not_received_is_a_negated_gift_not_a_refusal(nlp):
    doc, names = _run(nlp, "The Republican National Committee did not receive any money from Trump Victory.")
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target), event.negated) == (
        ["Trump Victory"], ["Republican National Committee"], True)
    doc, _ = _run(nlp, "Germany will not accept refugees from Syria.")
    assert _only(doc, "REJECT").verb == "accept refugee"


def test_a_call_for_someone_to_act_is_a_request_to_them(nlp):
    doc, names = _run(nlp, "Tony Blair's call for Charles Kennedy to resign was ignored.")
    event = _only(doc, "REQUEST")
    assert (_names(names, event.source), _names(names, event.target), event.verb) == (
        ["Tony Blair"], ["Charles Kennedy"], "call")


@pytest.mark.parametrize("body, giver, recipient, verb", [
    ("The United States shipped weapons to Ukraine.", "United States", "Ukraine", "ship weapon"),
    ("Russia provided Syria with fighter jets.", "Russia", "Syria", "provide jet"),
    ("Arms deliveries from the United States to Taiwan continued.", "United States", "Taiwan", "delivery"),
    ("Germany earmarked 2 billion euros for Ukraine.", "Germany", "Ukraine", "earmark euro"),
    ("The Gates Foundation awarded a grant to the World Health Organization.", "Gates Foundation",
     "World Health Organization", "award grant"),
])
def test_aid_in_its_shapes_of_arms_and_money(nlp, body, giver, recipient, verb):
    doc, names = _run(nlp, body)
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target), event.verb) == ([giver], [recipient], verb)


def test_an_award_of_a_contract_is_no_aid(nlp):
    doc, _ = _run(nlp, "The Home Office awarded a contract to Serco.")
    assert [e for e in doc.events if e.plover == "AID"] == []


def test_best_wishes_sent_and_backing_enjoyed_are_support(nlp):
    doc, names = _run(nlp, "Tony Blair sent his best wishes to Gordon Brown.")
    assert _sides(doc, names) == [("SUPPORT", ["Tony Blair"], ["Gordon Brown"])]
    doc, names = _run(nlp, "Gordon Brown enjoys the backing of Tony Blair.")
    assert _sides(doc, names) == [("SUPPORT", ["Tony Blair"], ["Gordon Brown"])]
    doc, _ = _run(nlp, "Gordon Brown said it was his wish to retire.")
    assert doc.events == []


def test_a_gift_not_accepted_is_refused_by_whom_it_was_offered_to(nlp):
    doc, names = _run(nlp, "Sri Lanka did not accept the loan from Japan.")
    assert _sides(doc, names) == [("REJECT", ["Sri Lanka"], ["Japan"])]


@pytest.mark.parametrize("body, expected", [
    ("Conservative MP Robert Hale defected to Labour on Sunday, citing the party's stance on Europe.",
     ("COOPERATE", ["Robert Hale"], ["Labour"])),
    ("Conservative MP Robert Hale crossed the floor to Labour in the Commons on Tuesday.",
     ("COOPERATE", ["Robert Hale"], ["Labour"])),
])
def test_crossing_to_another_party_works_with_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [expected]


def test_quitting_one_party_and_joining_another_are_two_acts(nlp):
    doc, names = _run(nlp, "Former minister Robert Hale quit the Conservative Party on Sunday and joined Labour.")
    assert _sides(doc, names) == [("REJECT", ["Robert Hale"], ["Conservative Party"]),
                                  ("COOPERATE", ["Robert Hale"], ["Labour"])]


def test_taking_questions_from_voters_consults_them(nlp):
    doc, names = _run(nlp, "Prime Minister Tony Blair took questions from voters in a radio phone-in on Friday.")
    event = _only(doc, "CONSULT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Tony Blair"], ["voters"])
    assert event.verb == "take question"


def test_service_given_to_those_people_is_aid_to_the_party_named_before(nlp):
    body = ("Officials of the Workers' Party of Korea met flood victims at the Koryo Hotel on Monday. "
            "Employees of the Koryo Hotel gave sincere service to those people.")
    doc, names = _run(nlp, body)
    event = _only(doc, "AID")
    assert event.verb == "give service" and event.cameo == "073"
    assert _names(names, event.target) == ["flood victims"]


def test_preposition_hung_on_the_rows_object_names_the_target(nlp):
    # the parser hangs "from voters" on "questions", not on the verb
    doc, names = _run(nlp, "The prime minister answered questions from voters in a radio phone-in.")
    event = _only(doc, "CONSULT")
    assert (_names(names, event.source), _names(names, event.target)) == (["prime minister"], ["voters"])
    assert event.verb == "answer question"


def test_a_regretted_state_reproaches_no_act_but_a_missed_act_does(nlp):
    # "should have been extinct", "should not have been there": a state regretted, no one's act
    doc, names = _run(nlp, "The foreign ministry said the UN Command, which should have been extinct decades "
                           "ago, is being revived. The minister said the detainees should not have been there at all.")
    assert [e for e in doc.events if e.plover == "ACCUSE"] == []
    doc, names = _run(nlp, "The opposition leader said the government should have acted sooner on the floods.")
    assert _sides(doc, names) == [("ACCUSE", ["opposition leader"], ["government"])]


def test_senders_named_only_as_different_countries_are_no_party(nlp):
    for senders in ("different countries", "various parties and organizations"):
        doc, names = _run(nlp, f"President Ramon Ortega received congratulatory messages from {senders} on the "
                               "anniversary of the victory.")
        assert [e for e in doc.events if e.plover == "SUPPORT"] == [], senders
    doc, names = _run(nlp, "Several lawmakers criticized the Prime Minister on Monday.")
    assert _sides(doc, names) == [("ACCUSE", ["Several lawmakers"], ["Prime Minister"])]


def test_who_stands_with_the_doer_is_not_its_target(nlp):
    doc, names = _run(nlp, "Donald Trump vowed he and his supporters would never quit.")
    assert [e for e in doc.events if e.plover == "THREATEN"] == []
    doc, names = _run(nlp, "The senator threatened to sue the governor and his aides.")
    assert _sides(doc, names) == [("THREATEN", ["senator"], ["governor", "aides"])]


def test_a_modal_demand_is_on_its_subject_not_on_whom_the_demanded_act_reaches(nlp):
    doc, names = _run(nlp, "Jane Moreau said they should get Paul Dufresne, the agency's chief, to issue a statement.")
    assert [e for e in doc.events if e.plover == "REQUEST"] == []
    doc, names = _run(nlp, "The ministry said the U.S. should stop its military drills against the DPRK.")
    assert _sides(doc, names) == [("REQUEST", ["ministry"], ["United States"])]


def test_a_coordinated_act_does_not_lend_its_party_to_the_first(nlp):
    doc, names = _run(nlp, "The governor rejected the proposal and accused the senator of lying.")
    assert [e.plover for e in doc.events] == ["ACCUSE"]
    doc, names = _run(nlp, "Trump has denied the claims, and suggested they were invented by the media.")
    assert [e for e in doc.events if e.plover == "REJECT" and e.target] == []


@pytest.mark.parametrize("body, expected", [
    # support withheld, now or from now on, is a rejection of its would-be recipient
    ("Senator Ann Ross said on Friday she will not endorse Governor Tom Hale.", [("REJECT", ["Ann Ross"], ["Tom Hale"])]),
    ("House Speaker Dan Moore said he would no longer defend Mayor Lisa Grant.",
     [("REJECT", ["Dan Moore"], ["Lisa Grant"])]),
])
def test_support_withheld_is_a_rejection(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_flowers_presented_honour_their_recipient(nlp):
    doc, names = _run(nlp, "Premier Pak Song Chol met the delegation. The delegation presented bouquets to "
                           "Premier Pak Song Chol.")
    event = _only(doc, "SUPPORT")
    assert (_names(names, event.target), event.verb) == (["Pak Song Chol"], "present bouquet")


def test_a_denial_with_an_allegation_in_its_phrases_still_rejects_the_accuser(nlp):
    doc, names = _run(nlp, "A former aide accused Senator Ray Dunn of fraud. As with all allegations against him, "
                           "Dunn flatly denied the aide's allegations.")
    assert _sides(doc, names) == [("ACCUSE", ["former aide"], ["Ray Dunn"]), ("REJECT", ["Ray Dunn"], ["former aide"])]


@pytest.mark.parametrize("body, expected", [
    ("Russia annexed Crimea in March. The United States condemned the move.",
     ("ACCUSE", ["United States"], ["Russia"])),
    ("Prime Minister Boris Johnson raised the tax on fuel. The Labour Party welcomed the decision.",
     ("SUPPORT", ["Labour Party"], ["Boris Johnson"])),
    ("In 2013, the Texas Legislature repealed the law. A federal judge found that action unconstitutional.",
     ("ACCUSE", ["federal judge"], ["Texas Legislature"])),
])
def test_a_stance_on_the_move_is_taken_toward_the_doer_of_the_act_before(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert expected in _sides(doc, names)


def test_the_move_points_back_only_to_an_act_with_a_doer(nlp):
    doc, names = _run(nlp, "The weather was bad on Monday. Senator John Smith criticized the decision.")
    assert [e for e in doc.events if e.plover == "ACCUSE"] == []


@pytest.mark.parametrize("body, expected", [
    ("On Thursday, Donald Trump again knocked Hillary Clinton's handling of relations with Russia.",
     ("ACCUSE", ["Donald Trump"], ["Hillary Clinton"])),
    ("Labour leader Keir Starmer hammered Prime Minister Rishi Sunak over hospital waiting lists.",
     ("ACCUSE", ["Keir Starmer", "Labour"], ["Rishi Sunak"])),
    ("John Podesta doubted Hillary Clinton's claim that she had forgotten the remark.",
     ("ACCUSE", ["John Podesta"], ["Hillary Clinton"])),
    ("Senator Elizabeth Warren poked fun at Donald Trump during the rally.",
     ("ACCUSE", ["Elizabeth Warren"], ["Donald Trump"])),
])
def test_verbs_of_striking_and_doubt_criticize_a_party(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert expected in _sides(doc, names)


def test_knocking_and_hammering_things_criticize_no_one(nlp):
    doc, _ = _run(nlp, "Workers hammered nails into the wall. The boxer knocked out his rival in the third round.")
    assert [e for e in doc.events if e.plover == "ACCUSE"] == []


def test_a_clause_on_an_apposition_is_done_by_the_party_it_describes(nlp):
    doc, names = _run(nlp, "Adelson is helping to fund Future45, a super PAC that intends to hammer "
                           "Democrat Hillary Clinton with negative ads.")
    assert ("ACCUSE", ["Future45"], ["Hillary Clinton"]) in _sides(doc, names)


@pytest.mark.parametrize("body, expected", [
    # a denial of charges whose makers it does not name answers whoever last accused the denier
    ("Three women have accused former President Bill Clinton of assault. The former president has denied all "
     "three allegations.",
     [("ACCUSE", ["Three women"], ["Bill Clinton"]), ("REJECT", ["Bill Clinton"], ["Three women"])]),
    ("A former aide accused Governor Tom Hale of fraud on Monday. Hale denied the charges.",
     [("ACCUSE", ["former aide"], ["Tom Hale"]), ("REJECT", ["Tom Hale"], ["former aide"])]),
    # an official of the accused state answers for it
    ("President Viktor Rusu accused Germany of planning a coup. German Foreign Minister Guido Westerwelle "
     "rejected the accusations.",
     [("ACCUSE", ["Viktor Rusu"], ["Germany"]), ("REJECT", ["Guido Westerwelle"], ["Viktor Rusu"])]),
    # with no accuser reported, the denial is aimed at no one
    ("Governor Tom Hale denied allegations of fraud.", []),
    # so is a denial of one's own act, never at the act's partner
    ("The Ethics Committee accused Senator Ann Moss of leaking a report. Moss denied sharing any report "
     "with the campaign.",
     [("ACCUSE", ["Ethics Committee"], ["Ann Moss"]), ("REJECT", ["Ann Moss"], ["Ethics Committee"])]),
    ("Senator Ann Moss denied sharing the report with the Hale campaign.", []),
    # a denial of a claim ("denied that ...") answers it too, and a post in the accused party
    # speaks for the party
    ("The Conservatives accused Labour of hiding its leader. Labour election chief Ann Cole denied the party "
     "was keeping the prime minister out of sight.",
     [("ACCUSE", ["Conservatives"], ["Labour"]), ("REJECT", ["Ann Cole"], ["Conservatives"])]),
    # with no accusation coded, whoever last said something of the denier made the claim
    ("Plaid Cymru MP Owen Price said the security services had helped former minister Tom Hale. Hale denied "
     "that the security services were involved.",
     [("REJECT", ["Tom Hale"], ["Owen Price"])]),
    # rejecting the responsibility a charge lays is answering it
    ("Inspector Kostas Lambrou said President Andreas Kyprianides bore personal responsibility for the blast. "
     "Kyprianides has rejected responsibility for the explosion.",
     [("REJECT", ["Andreas Kyprianides"], ["Kostas Lambrou"])]),
    # the charge a denial denies is no verdict of the denier's
    ("Several women have accused Governor Tom Hale of groping them. Hale denied every allegation of misconduct "
     "made by the women.",
     [("ACCUSE", ["Several women"], ["Tom Hale"]), ("REJECT", ["Tom Hale"], ["Several women"])]),
])
def test_a_denial_of_unowned_charges_or_a_claim_answers_the_last_accuser(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize("text, source, target", [
    ("Party chairman Ian Ross came to the defence of Finance Minister Anna Berg on Tuesday.",
     ["Ian Ross"], ["Anna Berg"]),
    ("Labour MPs leapt to Gordon Brown's defence after the leak.", ["Labour MPs", "Labour"], ["Gordon Brown"]),
])
def test_coming_to_a_partys_defence_supports_it(nlp, text, source, target):
    doc, names = _run(nlp, text)
    event = _only(doc, "SUPPORT")
    assert event.cameo == "052"
    assert (_names(names, event.source), _names(names, event.target)) == (source, target)


def test_rushing_to_a_states_aid_is_aid_to_it(nlp):
    doc, names = _run(nlp, "Turkey rushed to the aid of Azerbaijan after the earthquake.")
    event = _only(doc, "AID")
    assert (_names(names, event.source), _names(names, event.target)) == (["Turkey"], ["Azerbaijan"])


@pytest.mark.parametrize("text, source, target", [
    ("Democratic nominee Jane Porter disagrees with Governor Tom Reyes on the pipeline.", ["Jane Porter"], ["Tom Reyes"]),
    ("The Green Party objected to the government's plan to build a new runway.", ["Green Party"], ["government"]),
    ("Senate Republicans overrode Governor Tom Reyes's veto of the budget.", ["Republicans"], ["Tom Reyes"]),
    ("Chile rejected an offer from Bolivia for talks on sea access.", ["Chile"], ["Bolivia"]),
])
def test_disagreeing_objecting_overriding_and_turning_down_an_offer_reject(nlp, text, source, target):
    doc, names = _run(nlp, text)
    rejections = [(_names(names, e.source), _names(names, e.target)) for e in doc.events if e.plover == "REJECT"]
    assert (source, target) in rejections


def test_an_overridden_veto_stays_the_vetoers_rejection(nlp):
    doc, names = _run(nlp, "Congress overrode President Tom Reyes's veto of the education bill.")
    sides = sorted((s, t) for p, s, t in _sides(doc, names) if p == "REJECT")
    assert sides == [(["Congress"], ["Tom Reyes"]), (["Tom Reyes"], ["Congress"])]


def test_what_a_report_does_not_confirm_is_not_reported(nlp):
    doc, _ = _run(nlp, "The letters do not confirm that senior officials disagreed with Director Paul Grant.")
    assert not [e for e in doc.events if e.plover == "REJECT"]


def test_a_proposal_is_not_made_to_the_parties_its_content_names(nlp):
    # the regiments to be merged and the students whose fees would rise are what the proposal
    # is about, not whom it asks
    for body in ("The Army Board proposed the merger of the Royal Welsh Fusiliers and the Highland Rifles "
                 "into a single battalion.",
                 "In March, Scottish Education Minister Alan Reid announced proposals to raise tuition fees "
                 "for Welsh students studying in Scotland."):
        doc, _ = _run(nlp, body)
        assert [e for e in doc.events if e.plover == "REQUEST"] == [], body


def test_a_proposal_made_to_someone_is_a_request_to_them(nlp):
    doc, names = _run(nlp, "The Low Pay Commission proposed to the government a rise of 20p in the minimum wage.")
    assert _sides(doc, names) == [("REQUEST", ["Low Pay Commission"], ["government"])]


def test_a_duty_the_speaker_sets_his_own_side_asks_nothing_of_another(nlp):
    for body in ('Republican nominee Donald Trump said on Tuesday that the United States had lost its way in '
                 'Syria. "What we should do is focus on ISIS," Trump said.',
                 'Britain will lead the talks, Prime Minister Tony Blair said on Monday. "We should do more for '
                 'Africa," he said.'):
        doc, _ = _run(nlp, body)
        assert [e for e in doc.events if e.plover == "REQUEST"] == [], body


def test_an_infinitive_after_it_is_necessary_is_done_by_no_one(nlp):
    doc, names = _run(nlp, "Donald Trump attacked Republican leaders on Tuesday. \"Sometimes it's harder to beat our "
                           "own party than it is to beat the Democrats,\" Trump said.")
    assert _sides(doc, names) == [("ACCUSE", ["Donald Trump"], ["Republican leaders", "Republican"])]
    # so in a verbless clause after a verb of judging: "it" is no party that acts
    doc, names = _run(nlp, "The TUC said some shops found it easier to close early than to hire more staff.")
    assert _sides(doc, names) == []


def test_acts_coordinated_inside_a_demand_are_its_content(nlp):
    doc, names = _run(nlp, "The Workers' Party called on the People's Army to repair the dykes and deliver food "
                           "to the flood victims.")
    assert _sides(doc, names) == [("REQUEST", ["Workers' Party"], ["People's Army"])]
    # the parser hangs the second infinitive on the finite verb of asking
    doc, names = _run(nlp, "Premier Pak Pong Ju called on the officials to carry on the production, mindful of the "
                           "trust of the Party, and produce more steel and supply it in time to the construction sites.")
    assert [e.plover for e in doc.events] == ["REQUEST"]
    doc, names = _run(nlp, "China demanded that Japan stop the drills and withdraw its warships from the disputed waters.")
    assert _sides(doc, names) == [("REQUEST", ["China"], ["Japan"])]


def test_what_a_party_ought_to_have_is_no_demand_that_it_act(nlp):
    doc, _ = _run(nlp, "Mr Salmond said Holyrood should have more powers over taxation.")
    assert doc.events == []
    doc, names = _run(nlp, "Mr Salmond said the Treasury should hand Holyrood more powers.")
    assert _sides(doc, names) == [("REQUEST", ["Salmond"], ["Treasury"])]
    # a perfect still reproaches
    doc, names = _run(nlp, "Mr Salmond said the Treasury should have had the courage to consult Holyrood.")
    assert [e.plover for e in doc.events] == ["ACCUSE"]


@pytest.mark.parametrize("body, expected", [
    # a piece of the press that acts is the paper's that carries it, or the one named on it
    ("Pyongyang, May 3 (KCNA) -- Minju Joson Saturday carries articles. An article denounces Japan for its "
     "arms buildup.", [("ACCUSE", ["Minju Joson"], ["Japan"])]),
    ("The Daily Courier ran a long piece on Sunday. An editorial in the Evening Post criticised Senator Ray Dunn.",
     [("ACCUSE", ["Evening Post"], ["Ray Dunn"])]),
    # what a piece of the press lays bare is an accusation of whoever it is about
    ("Pyongyang, May 3 (KCNA) -- Minju Joson Saturday carries articles. Another article exposes the "
     "hypocrisy of Japan.", [("ACCUSE", ["Minju Joson"], ["Japan"])]),
])
def test_the_press_acts_for_its_paper(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize("body, expected", [
    # an act in a phrase of when is an act of its own, and a possessive in a phrase fronted before
    # the clause's subject stands for that subject
    ("Sir Alan Budd published his report on Monday. During his visit to China last week, Foreign Secretary "
     "Paul Berg signed a trade deal with Beijing.",
     [("AGREE", ["Paul Berg"], ["China"]), ("CONSULT", ["Paul Berg"], ["China"])]),
    # a pronoun of the other gender still goes back to the last person it fits
    ("Sir Alan Budd published his report on Monday. During his visit to China, Foreign Secretary Anna Berg "
     "criticised Russia.",
     [("ACCUSE", ["Anna Berg"], ["Russia"]), ("CONSULT", ["Alan Budd"], ["China"])]),
])
def test_an_act_in_a_phrase_of_when_is_reported_with_its_fronted_possessor(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize("body, expected", [
    # a visit a fronted phrase sets the clause's act in is a visit of its own, not what the act says
    ("In recent trips to Iowa and Nevada, Hillary Clinton has criticized Senator Joe Heck.",
     [("ACCUSE", ["Hillary Clinton"], ["Joe Heck"]), ("CONSULT", ["Hillary Clinton"], ["Iowa", "Nevada"])]),
    # after the verb, "in the talks" is what the act is about
    ("Prime Minister Ehud Olmert agreed to Egyptian mediation in the talks with the Palestinians.",
     [("AGREE", ["Ehud Olmert"], ["Egypt"])]),
])
def test_a_fronted_visit_is_an_act_of_its_own(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_post_in_the_acts_scope_names_its_holder(nlp):
    doc, names = _run(nlp, "Republican presidential nominee Donald Trump spoke on Monday. Several Republicans have "
                           "withdrawn their endorsement of the presidential nominee.")
    assert _sides(doc, names) == [("REJECT", ["Republicans"], ["Donald Trump"])]


def test_an_attack_being_prepared_is_a_show_of_force_not_a_threat(nlp):
    doc, _ = _run(nlp, "The Macedonian army prepared to resume shelling rebel-held villages near the Albanian border.")
    event = _only(doc, "MOBILIZE")
    assert (event.cameo, event.hypothetical) == ("150", True)
    assert not [e for e in doc.events if e.plover == "THREATEN"]


def test_fire_launched_against_a_party_is_an_attack_not_a_weapons_test(nlp):
    doc, names = _run(nlp, "Vietnamese forces launched artillery and rocket fire against Cambodian guerrilla camps on Monday.")
    event = _only(doc, "ASSAULT")
    assert event.cameo == "194"
    assert _names(names, event.source) == ["Vietnamese forces", "Vietnam"]


def test_a_test_is_a_weapons_test_only_when_named_so(nlp):
    doc, _ = _run(nlp, "The new Labour leader faces his first real test in next week's by-election against the Conservatives.")
    assert not doc.events
    doc, names = _run(nlp, "Pyongyang said the United States conducted a nuclear test in Nevada.")
    assert _names(names, _only(doc, "MOBILIZE").source) == ["United States"]


def test_should_reconsider_demands_a_change_rather_than_warns(nlp):
    doc, names = _run(nlp, "The Foreign Ministry said the United States should reconsider its sanctions policy.")
    event = _only(doc, "REQUEST")
    assert _names(names, event.target) == ["United States"]
    assert not [e for e in doc.events if e.plover == "THREATEN"]


def test_forces_arriving_are_deployed_not_visiting(nlp):
    doc, names = _run(nlp, "The first contingent of NATO peacekeeping troops arrived in Bosnia on Tuesday, the Pentagon said.")
    event = _only(doc, "AID")
    assert (event.cameo, _names(names, event.source)) == ("074", ["NATO"])
    doc, _ = _run(nlp, "Russian troops arrived in Belarus for joint exercises.")
    assert [(e.plover, e.cameo) for e in doc.events] == [("MOBILIZE", "154")]
    doc, _ = _run(nlp, "Iraqi President Saddam Hussein arrived in Amman on Wednesday.")
    assert _only(doc, "CONSULT").mode == "visit"


def test_a_participle_of_the_same_act_restates_it(nlp):
    # "struck X, killing Y": one strike with its toll, not a strike and a killing
    doc, names = _run(nlp, "Israeli aircraft struck the Lebanese village of Aitaroun on Sunday, killing four civilians.")
    assert _sides(doc, names) == [("ASSAULT", ["Israel"], ["Lebanon", "civilians"])]
    doc, names = _run(nlp, "The Syrian army attacked Turkish troops near Idlib, killing two Kurdish fighters.")
    assert _sides(doc, names) == [("ASSAULT", ["Syrian army", "Syria"], ["Turkish troops", "Turkey", "Kurdish fighters"])]


def test_a_purpose_clause_of_a_meeting_is_the_same_meeting(nlp):
    # "met X to discuss Y": one meeting, not a meeting plus the two hosts discussing with each other
    doc, names = _run(nlp, "Ms Jamieson and Mr Brown met union leaders to discuss the dispute.")
    assert _sides(doc, names) == [("CONSULT", ["Jamieson", "Brown"], ["union leaders"])]


def test_a_participle_of_another_act_is_a_second_act(nlp):
    # a participle of another type tells a further act of the same doer
    doc, names = _run(nlp, "Seoul condemned the missile launch by North Korea, urging Pyongyang to halt its provocations.")
    assert {e.plover for e in doc.events} >= {"ACCUSE", "REQUEST"}


def test_a_headline_restates_the_story_it_heads(nlp):
    # the headline names the recipient by post, the body by name: one message, both mentions
    article = Article(id="test", title="Ghanaian President Sends Message to Kenyan President",
                      body="Ghanaian President John Mahama sent a message of congratulations to William Ruto on Monday.")
    doc = extract(article, nlp)
    names = {a.id: a.name for a in doc.actors}
    event = _only(doc, "SUPPORT")
    assert {m.field for m in event.mentions} == {"title", "body"}
    assert "William Ruto" in _names(names, event.target)


@pytest.mark.parametrize("body, expected", [
    # a verb of need before a to-infinitive, in what a speaker says, demands as "must" does
    ("\"Iran needs to stop enriching uranium,\" Foreign Secretary Paul Berg said.", [("REQUEST", ["Paul Berg"], ["Iran"])]),
    ("Governor Tom Hale spoke on Monday. \"He needs to quit attacking teachers,\" Senator Ann Ross said.",
     [("REQUEST", ["Ann Ross"], ["Tom Hale"])]),
    # negated, to come, or the speaker's own: no demand made now of another
    ("\"Iran does not need to stop its programme,\" Foreign Secretary Paul Berg said.", []),
    ("Iran will need to pay, Foreign Secretary Paul Berg said.", []),
    ("\"We need to talk to our partners,\" Foreign Secretary Paul Berg said.", []),
])
def test_a_verb_of_need_demands_as_must_does(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("text", "source"), [
    ("At the gala, all the participants paid warm tribute to Kim Jong Un.", "participants"),
    ("After the concert the young performers paid tribute to Xi Jinping.", "young performers"),
    ("Xi Jinping was warmly congratulated by the participants of the gala.", "participants"),
])
def test_people_gathered_at_an_occasion_do_an_act_aimed_at_a_named_party(nlp, text, source):
    doc, names = _run(nlp, text)
    event = next(e for e in doc.events if e.target)
    assert _names(names, event.source) == [source]


def test_people_gathered_at_an_occasion_are_no_doer_of_an_act_aimed_at_no_one(nlp):
    doc, names = _run(nlp, "The participants expressed their support for the reunification cause.")
    assert [names[r] for e in doc.events for r in e.source] == []


def test_a_portfolio_in_a_title_is_not_the_doer(nlp):
    doc, names = _run(nlp, "Home Office minister Hazel Blears called for tougher rules. Her call was backed by "
                           "Culture, Media and Sport Secretary Tessa Jowell, who said children must be protected.")
    assert _sides(doc, names) == [("SUPPORT", ["Tessa Jowell"], ["Hazel Blears"])]


@pytest.mark.parametrize(("body", "sides"), [
    # partners named by "with" are the drill's other side; a planned joint drill threatens none of them
    ("South Korea will hold a combined exercise with the US forces next week.",
     [("MOBILIZE", ["South Korea"], ["US forces", "United States"])]),
    ("The Japanese navy staged joint drills with warships of Australia and India.",
     [("MOBILIZE", ["Japanese navy", "Japan"], ["warships of Australia", "Australia", "India"])]),
    # a drill planned against a party is still a threat to it
    ("The US will stage drills against North Korea.", [("THREATEN", ["United States"], ["North Korea"])]),
])
def test_a_joint_drill_is_with_its_partners(nlp, body, sides):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == sides


@pytest.mark.parametrize(("body", "sides"), [
    ("Donald Trump invoked Anthony Weiner in an ad attacking Hillary Clinton.",
     [("ACCUSE", ["Donald Trump"], ["Hillary Clinton"])]),
    ("In a letter urging Congress to act, the governors warned of a crisis.",
     [("REQUEST", ["governors"], ["Congress"])]),
])
def test_a_document_in_a_phrase_of_the_clause_is_its_subjects(nlp, body, sides):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == sides


@pytest.mark.parametrize(("body", "sides"), [
    ("Police held the journalist John Smith for two days.", [("COERCE", ["Police"], ["John Smith"])]),
    # a person held in a regard is esteemed, not detained
    ("The performers held the leader Kim Jong Un in high esteem.", []),
])
def test_holding_a_person_is_detention_unless_in_a_regard(nlp, body, sides):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == sides


def test_marking_an_occasion_is_what_a_visit_was_for(nlp):
    doc, names = _run(nlp, "A delegation of the Lao People's Revolutionary Party visited Vietnam last week to mark "
                           "the anniversary of the Communist Party of Vietnam.")
    assert [e.plover for e in doc.events] == ["CONSULT"]
    assert _names(names, doc.events[0].target) == ["Vietnam"]


@pytest.mark.parametrize(("body", "expected"), [
    # a stance on "the pact" is toward both parties of the pact reported before it
    ("The European Union and Canada signed a trade pact on Sunday. Donald Trump criticised the agreement.",
     [("AGREE", ["European Union"], ["Canada"]), ("ACCUSE", ["Donald Trump"], ["European Union", "Canada"])]),
    # and on "the visit" toward whoever made the visit and whom it was paid to
    ("Kim Jong Un visited Moscow last week. The State Department criticised the visit.",
     [("CONSULT", ["Kim Jong Un"], ["Russia"]), ("ACCUSE", ["State Department"], ["Kim Jong Un", "Russia"])]),
    # an attack is its doer's alone
    ("North Korean forces shelled a South Korean island on Tuesday. Japan condemned the attack.",
     [("ASSAULT", ["North Korean forces", "North Korea"], ["South Korea"]),
      ("ACCUSE", ["Japan"], ["North Korean forces", "North Korea"])]),
    # the act a party is criticised for is reported as done: an event of its own
    ("Senator Ann Moss criticised police officer Tom Hale for shooting Robert Lee.",
     [("ACCUSE", ["Ann Moss"], ["Tom Hale"]), ("ASSAULT", ["Tom Hale"], ["Robert Lee"])]),
    # the act it is accused of is only alleged: folded into the accusation
    ("Chile accused Peru of bombing the border post.", [("ACCUSE", ["Chile"], ["Peru"])]),
    # taking part in a gathering a party holds is a meeting with that party
    ("Councillor Tom Hale attended a Reform Party meeting in 2003.", [("CONSULT", ["Tom Hale"], ["Reform Party"])]),
    ("Japan and South Korea took part in the NATO summit in Vilnius.",
     [("CONSULT", ["Japan", "South Korea"], ["NATO"])]),
    # a gathering no party is named as holding gives no partner
    ("Councillor Tom Hale attended a public meeting in Leeds.", []),
    # telling, explaining or writing to a party consults it; a bare plural told is only an audience
    ("FBI Director James Comey told the Judiciary Committee that investigators would examine the emails.",
     [("CONSULT", ["James Comey"], ["Judiciary Committee"])]),
    ("Chancellor Gordon Brown told MPs the economy was strong.", []),
    ("Connor Brewer later explained to university president Patrick White why he stood.",
     [("CONSULT", ["Connor Brewer"], ["Patrick White"])]),
    ("James Comey wrote to Congress on Friday.", [("CONSULT", ["James Comey"], ["Congress"])]),
    # telling someone to act is a demand; telling an outlet an interview
    ("Senator Tom Baker told Governor Ann Lee to resign.", [("REQUEST", ["Tom Baker"], ["Ann Lee"])]),
    # people named by what they do are parties an act can be aimed at
    ("Kim Jong Un met war veterans in Pyongyang.", [("CONSULT", ["Kim Jong Un"], ["war veterans"])]),
    ("Hillary Clinton urged retailers to raise wages.", [("REQUEST", ["Hillary Clinton"], ["retailers"])]),
    ("The minister met fishermen in Aberdeen.", [("CONSULT", ["minister"], ["fishermen"])]),
    ("Patricia Hewitt praised the games industry.", [("SUPPORT", ["Patricia Hewitt"], ["games industry"])]),
    # with no agent on the verb, an event noun's own modifier names its doer
    ("The FBI probe of Hillary Clinton was reopened.", [("ACCUSE", ["FBI"], ["Hillary Clinton"])]),
    # an act a speech is about is reported as it is, not folded into an attack the speech is part of
    ("Donald Trump attacked Hillary Clinton, speaking about the FBI investigation into her email server.",
     [("ACCUSE", ["Donald Trump"], ["Hillary Clinton"]), ("ACCUSE", ["FBI"], ["Hillary Clinton"])]),
    # parties coordinated in the act's scope, or in the "by" phrase of what it is about, are all its targets
    ("Senator John Conyers demanded that the FBI and the Justice Department release the letter.",
     [("REQUEST", ["John Conyers"], ["FBI", "Justice Department"])]),
    ("The UK has welcomed the decision by India and Pakistan to open a bus link.",
     [("SUPPORT", ["United Kingdom"], ["India", "Pakistan"])]),
    # a post the parser takes for the head is the person named right after it
    ("Russian Ambassador Alexander Petrov paid a courtesy call on Foreign Minister Choe Son Hui.",
     [("CONSULT", ["Alexander Petrov"], ["Choe Son Hui"])]),
    # a Korean name that ends a run of capitalised words is a person with no title before it
    ("Ambassador Alexander Petrov paid a courtesy visit to Choe Son Hui on Monday.",
     [("CONSULT", ["Alexander Petrov"], ["Choe Son Hui"])]),
    # people who arrive together visit a host left unsaid; they do not meet each other
    ("Governor Tom Hale and his wife Ann Hale arrived on Monday.", []),
    ("Prime Minister Ray Dunn and President Ann Lee met on Monday.", [("CONSULT", ["Ray Dunn"], ["Ann Lee"])]),
    # a visit to a site or a gathering at a venue is no meeting with the place
    ("The delegation led by Ann Lee visited the Central Zoo and the Natural History Museum.", []),
    # backing out of a deal refuses it; seizing on a party's words and pounding a party are criticism
    ("Governor Tom Hale backed out of the deal with Senator Ann Lee.", [("REJECT", ["Tom Hale"], ["Ann Lee"])]),
    ("Democrats seized upon Governor Tom Hale's remarks on Monday.", [("ACCUSE", ["Democrats"], ["Tom Hale"])]),
    ("Senator Ann Lee has been pounding Governor Tom Hale as a con artist.", [("ACCUSE", ["Ann Lee"], ["Tom Hale"])]),
    # an offer of things or to act is an intent; offering a view or no proof is none
    ("Russia offered talks to Ukraine on Monday.", [("AGREE", ["Russia"], ["Ukraine"])]),
    ("Senator Ann Lee offered no proof that Governor Tom Hale had a role.", []),
    # "pounds 30,000" is a sum, not an attack
    ("Ann Lee also received up to pounds 20,000 for writing for the Daily Post and between pounds 5,001 and "
     "pounds 10,000 for appearing on ITV's Celebrity Quiz.", [("CONSULT", ["Ann Lee"], ["ITV", "Celebrity Quiz"])]),
    # withholding a comment refuses no one
    ("A spokesman for Governor Tom Hale declined to say whether Senator Ann Lee backed the plans.", []),
    # a preposition naming when is no particle: a phone call on Friday is no "call on"
    ("Senator Ann Lee called Governor Tom Hale on Friday to discuss the floods.", []),
    # a clause on what the doer owns is the doer's own act, not whom a stance is aimed at
    ("Governor Tom Hale is defending his early-morning tweets attempting to shame Ann Lee.", []),
    # a region modifying a rally says where it was held, not who protests
    ("Donald Trump told his supporters at a Michigan rally to vote early.",
     [("REQUEST", ["Donald Trump"], ["supporters"])]),
    # the people gathered at an occasion receive greetings or a meeting from a party the grammar names
    ("Kim Jong Un sent greetings to the participants in the meeting.",
     [("SUPPORT", ["Kim Jong Un"], ["participants"])]),
    ("Kim Jong Un had a photo session with the delegates to the conference.",
     [("CONSULT", ["Kim Jong Un"], ["delegates"])]),
    # a message a word of disapproval describes is no greeting: the speaker's criticism of its sender
    ("Senator Ann Lee said Governor Tom Hale had sent a dangerous message to Russia.",
     [("ACCUSE", ["Ann Lee"], ["Tom Hale"])]),
    # coordinated parties that quarrel or clash act on each other
    ("India and Pakistan sparred over the sanctions list.", [("ACCUSE", ["India"], ["Pakistan"])]),
    ("Police and protesters clashed in Seoul on Saturday.", [("ASSAULT", ["Police"], ["protesters"])]),
    # "should be ashamed" rebukes, it demands nothing
    ("Senator Tom Baker said Governor Ann Lee should be ashamed of herself.",
     [("ACCUSE", ["Tom Baker"], ["Ann Lee"])]),
    # a speech acts for whoever gave it
    ("Ann Lee spoke at the convention, where she delivered a speech blaming Governor Tom Hale for the cuts.",
     [("ACCUSE", ["Ann Lee"], ["Tom Hale"])]),
    # presiding over, guiding or addressing a body's meeting is meeting the body
    ("Kim Jong Un guided an enlarged meeting of the Political Bureau of the Central Committee of the "
     "Workers' Party of Korea on Monday.",
     [("CONSULT", ["Kim Jong Un"], ["Political Bureau of the Central Committee of the Workers' Party of Korea"])]),
    ("Governor Tom Hale presided over an emergency session of the State Security Council.",
     [("CONSULT", ["Tom Hale"], ["State Security Council"])]),
    # "the meeting" is the one named before with the body holding it
    ("A plenary meeting of the State Security Council was held on Monday. The meeting discussed the floods. "
     "Governor Tom Hale presided over the meeting.", [("CONSULT", ["Tom Hale"], ["State Security Council"])]),
    ("Ann Lee addressed the annual congress of the Transport Workers Union.",
     [("CONSULT", ["Ann Lee"], ["Transport Workers Union"])]),
    # "the MPs" after a legislature's committee is named are the committee, whose demand naming no
    # one is made of the government, as another party's is
    ("The government has published its sentencing rules. The Commons justice committee was responding "
     "to the rules. The MPs also call for longer jail terms for knife crime.",
     [("REQUEST", ["Commons justice committee"], ["government"])]),
    # a possessive pronoun on a noun given a named owner just before stands for that owner
    ("Coach Mary Reed said that Ann Lee's decision was her own, and noted Hale University supported her "
     "decision to stand.", [("SUPPORT", ["Hale University"], ["Ann Lee"])]),
    # what a speaker tells a body's meeting is said to the body
    ("Commissioner Ann Lee told a meeting of the Transport Workers Union that the cuts were unwise.",
     [("CONSULT", ["Ann Lee"], ["Transport Workers Union"])]),
    # a participle of engagement with its "in" is the subject's own act, no passive
    ("Governor Tom Hale has been locked in talks with the Transport Workers Union since Monday.",
     [("CONSULT", ["Tom Hale"], ["Transport Workers Union"])]),
    # debating a rival is meeting them; debating a bill is no event
    ("Senator Ann Lee debated Governor Tom Hale three times.", [("CONSULT", ["Ann Lee"], ["Tom Hale"])]),
    ("The Senate debated the bill for three days.", []),
    # facing a rival in a debate is debating them, and a debate to come is on the calendar, no
    # intent; facing a rival elsewhere is no meeting
    ("Senator Ann Lee will face Governor Tom Hale in their first debate on Monday.",
     [("CONSULT", ["Ann Lee"], ["Tom Hale"])]),
    ("Senator Ann Lee will face Governor Tom Hale in November.", []),
    # a place fronted before a demand says where it was made, not of whom
    ("In the Senate, Senator Ann Lee demanded an immediate statement about the leak.", []),
    ("Senator Ann Lee prepared for her debate against Governor Tom Hale.", [("CONSULT", ["Ann Lee"], ["Tom Hale"])]),
    # selling is arms aid only with arms sold; standing as a candidate backs no one
    ("The United States sold F-16 fighter jets to Taiwan.", [("AID", ["United States"], ["Taiwan"])]),
    ("Acme Coal sold the Federal mine to Governor Tom Hale in 2015.", []),
    ("Ann Lee stepped down from her post to stand as a Labour candidate in the election.", []),
    # "they" continuing a subject that names no party is no one, not an earlier group
    ("Two police officers were wounded on Monday. In 1993, masked men bombed the World Trade Center. "
     "In 2000, they attacked the embassy of the United States in Nairobi.", []),
    # followers of a militant creed are a party that acts
    ("In 1993, radical Islamists bombed the World Trade Center.",
     [("ASSAULT", ["radical Islamists"], ["World Trade Center"])]),
    # a noun set off as a term in quotation marks is no act reported
    ('North Korea\'s "nuclear threat", touted by the United States, is a result of its hostile policy.', []),
    # whom an "anti-" struggle is against is not whom its backers support
    ("The Algeria Friendship Association fully supported the Korean people's anti-imperialist, anti-U.S. struggle.",
     [("SUPPORT", ["Algeria Friendship Association"], ["Korean people"])]),
    ("The Algeria Friendship Association condemned the hostile moves of Japan, and fully supported the "
     "Korean people's anti-imperialist, anti-U.S. struggle.", [("ACCUSE", ["Algeria Friendship Association"], ["Japan"])]),
    # demonstrating a point is no protest; one's own authority is no agent
    ("Senator Ann Lee said Governor Tom Hale has demonstrated he is a capable leader.", []),
    ("Students demonstrated against Governor Tom Hale in Albany.", [("PROTEST", ["Students"], ["Tom Hale"])]),
    ('"I urge you to use your unilateral authority," Senator Ann Lee wrote.', []),
    # the party a participle names as hosting a gathering holds it
    ("Senator Tim Kaine attended a lunch hosted by Meg Whitman in Palo Alto.",
     [("CONSULT", ["Tim Kaine"], ["Meg Whitman"])]),
    # meeting a deadline or a target meets no one; meeting a post's holder does
    ("The government of France failed to meet the deadline set by Brussels.", []),
    ("Chancellor Gordon Brown said he would meet his fiscal rules.", []),
    ("Donald Trump met Mexico's president in August.", [("CONSULT", ["Donald Trump"], ["Mexico"])]),
    # a negated verb of tolerating warns only of what is to come
    ("Governor Tom Hale said he did not condone the remarks of Senator Ann Lee.", []),
    ("North Korea will never tolerate the provocations of the United States.",
     [("THREATEN", ["North Korea"], ["United States"])]),
    # a capital naming an accord says where it was made: no party
    ('"The money is necessary to the success of the Paris agreement," Senator Ann Lee said.', []),
    # a modal over a judgement of a situation demands nothing
    ('Senator Ann Lee said: "That must be bad for the government."', []),
    ('Ann Lee said: "It shouldn\'t be a firing offence to object to unsafe work."', []),
    # a response promised to another's act threatens its doer; aid promised is an intent
    ("Russia promised the harshest response should the European Union impose new sanctions.",
     [("THREATEN", ["Russia"], ["European Union"])]),
    ("Russia promised a tough response to the new US sanctions.", [("THREATEN", ["Russia"], ["United States"])]),
    ("Russia promised aid to Syria.", [("AGREE", ["Russia"], ["Syria"])]),
    # a headline's passive without its auxiliary: the subject is the one accused
    ("Labour accused of 'EU propaganda'", []),
    ("Senator Ann Lee accused of bribery by prosecutors", [("ACCUSE", ["prosecutors"], ["Ann Lee"])]),
    ("Senator Ann Lee accused Governor Tom Ellis of bribery.", [("ACCUSE", ["Ann Lee"], ["Tom Ellis"])]),
    # a verb of criticism before its grounds: no one criticises Iraq here
    ("Blair criticised over Iraq dossier", []),
    ("Senator Ann Lee criticised Governor Tom Ellis over the budget.", [("ACCUSE", ["Ann Lee"], ["Tom Ellis"])]),
    # an arrest with no agent, reported by the police, is the police's
    ("Sydney police said Omar Kutobi and Mohammad Kiad were arrested on Tuesday.",
     [("COERCE", ["Sydney police"], ["Omar Kutobi", "Mohammad Kiad"])]),
    # reported by anyone else, it has no known doer
    ("Senator Ann Lee said Omar Kutobi and Mohammad Kiad were arrested on Tuesday.", []),
    # "the pair" stands for the two named together before it
    ("Sydney police said Omar Kutobi and Mohammad Kiad were planning violence when the pair was arrested.",
     [("COERCE", ["Sydney police"], ["Omar Kutobi", "Mohammad Kiad"])]),
    # "the two leaders", "both leaders" stand for the parties named together before them
    ("Vladimir Putin and Kim Jong Un held talks in Pyongyang. The two leaders signed a partnership treaty.",
     [("CONSULT", ["Vladimir Putin"], ["Kim Jong Un"]), ("AGREE", ["Vladimir Putin"], ["Kim Jong Un"])]),
    ("Angela Merkel and Francois Hollande met in Berlin on Monday. Both leaders criticised Russia.",
     [("CONSULT", ["Angela Merkel"], ["Francois Hollande"]), ("ACCUSE", ["Angela Merkel", "Francois Hollande"], ["Russia"])]),
    # an infinitive after a means used is the user's act: the gun does not detain
    ("Police used a stun gun to detain Kofi Mensah at the scene.", [("COERCE", ["Police"], ["Kofi Mensah"])]),
    # the one called is whom the caller congratulates
    ("Stephen Harper called Justin Trudeau to congratulate him on his victory.",
     [("SUPPORT", ["Stephen Harper"], ["Justin Trudeau"])]),
    # removing an official from a post is a sanction of them
    ("Tory leader Michael Howard sacked Howard Flight as deputy chairman.",
     [("SANCTION", ["Michael Howard", "Tory"], ["Howard Flight"])]),
    ("Howard Flight was sacked by Michael Howard.", [("SANCTION", ["Michael Howard"], ["Howard Flight"])]),
    ("President Donald Trump fired FBI director James Comey.", [("SANCTION", ["Donald Trump"], ["James Comey"])]),
    # firing weapons removes no one from a post
    ("Israel fired rockets at Gaza.", [("ASSAULT", ["Israel"], ["Gaza"])]),
    # missiles launched at a party are an attack; launched alone, or into the sea, a test
    ("Militants launched rockets on the Israeli city of Sderot.", [("ASSAULT", ["Militants"], ["Israel"])]),
    ("North Korea launched a ballistic missile into the sea on Tuesday.", [("MOBILIZE", ["North Korea"], [])]),
    ("A group of Salafists launched rockets into Israel.", [("ASSAULT", ["Salafists"], ["Israel"])]),
    # a launch names a weapons test only with its weapon
    ("Gordon Brown joined Alan Milburn for a Labour poster launch.", []),
    # a telephone call
    ("Tony Blair spoke on the telephone to US President George Bush.", [("CONSULT", ["Tony Blair"], ["George Bush"])]),
    # a visit news announces as fixed is the visit to come; one planned or supposed an intent
    ("Foreign Secretary Jack Straw is to visit Thailand this week.", [("CONSULT", ["Jack Straw"], ["Thailand"])]),
    ("Jack Straw will meet Thai officials on Friday.", [("CONSULT", ["Jack Straw"], ["Thai officials", "Thailand"])]),
    ("Jack Straw plans to visit Thailand.", [("AGREE", ["Jack Straw"], ["Thailand"])]),
    ("Jack Straw said he would visit Thailand.", [("AGREE", ["Jack Straw"], ["Thailand"])]),
    # a party whose name ends in a group noun is that party, not a group of its state's people
    ("Robert Kilroy-Silk has quit the UK Independence Party.",
     [("REJECT", ["Robert Kilroy-Silk"], ["UK Independence Party"])]),
    # the one challenged to act, parsed as the infinitive's subject, is asked
    ("UKIP met Robert Kilroy-Silk on Monday. On Thursday, the party challenged Mr Kilroy-Silk to stand down.",
     [("CONSULT", ["UKIP"], ["Robert Kilroy-Silk"]), ("REQUEST", ["UKIP"], ["Robert Kilroy-Silk"])]),
    # a bare plural a present-tense relative clause defines is a class, no party; past acts are some
    ("Parents who refuse to allow former partners contact could be tagged under plans considered by ministers.", []),
    ("Protesters who gathered outside the US embassy denounced Washington.",
     [("ACCUSE", ["Protesters"], ["United States"])]),
    # a proposal that met with disapproval from a party is criticised by it; meeting with a party is a meeting
    ("The government's proposals have met with disapproval from fathers' rights groups.",
     [("ACCUSE", ["fathers' rights groups"], ["government"])]),
    ("Tony Blair met with Gordon Brown on Monday.", [("CONSULT", ["Tony Blair"], ["Gordon Brown"])]),
    # a meeting its doer wants is asked for; a matter taken up with a party consults it
    ("An Operation Black Vote spokesman said they wanted to meet Labour party chairman Ian McCartney.",
     [("REQUEST", ["Operation Black Vote spokesman"], ["Ian McCartney", "Labour"])]),
    ("Tony Blair raised the issue with George Bush.", [("CONSULT", ["Tony Blair"], ["George Bush"])]),
    # "whose" stands for the one the relative clause is about; lawmakers attack with words
    ("Khizr Khan, whose criticism of Donald Trump went viral, spoke on Monday.",
     [("ACCUSE", ["Khizr Khan"], ["Donald Trump"])]),
    ("The senator, whose attack on Donald Trump drew applause, spoke on Monday.",
     [("ACCUSE", ["senator"], ["Donald Trump"])]),
    # a name apposed to a post is a person, whatever the NER read
    ("Ties have soured with the Philippines under its new president, Rodrigo Duterte. Since assuming office, "
     "Duterte has told the United States not to treat his country like a dog.",
     [("REQUEST", ["Rodrigo Duterte"], ["United States"])]),
    # a debate called off, or whose plan collapsed, did not take place; talks that collapsed did
    ("In 1997 a debate between Tony Blair and John Major was cancelled.", []),
    ("Plans for a debate between Tony Blair, William Hague and Charles Kennedy collapsed.", []),
    ("Talks between Israel and Hamas collapsed on Monday.", [("CONSULT", ["Israel"], ["Hamas"])]),
    # a meeting ruled out is refused; one that did not happen is only reported
    ("Tony Blair said he will not meet Michael Howard.", [("REJECT", ["Tony Blair"], ["Michael Howard"])]),
    ("Tony Blair did not meet Michael Howard.", [("CONSULT", ["Tony Blair"], ["Michael Howard"])]),
])
def test_who_does_what_to_whom_read_from_the_grammar(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Thousands of workers held a rally demanding the resignation of President Ann Lee.",
     [("PROTEST", ["workers"], ["Ann Lee"]), ("REQUEST", ["workers"], ["Ann Lee"])]),
    ("Students staged a protest in the capital, denouncing President Ann Lee for her budget.",
     [("PROTEST", ["Students"], ["Ann Lee"]), ("ACCUSE", ["Students"], ["Ann Lee"])]),
    # a protest "over" a party's thing is aimed at that party
    ("Ian Smith resigned in protest over Labour's tax plans.", [("PROTEST", ["Ian Smith"], ["Labour"])]),
])
def test_a_protest_is_aimed_at_whom_what_it_voices_is(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "it fell to X to ...", "it was left to X to ...": the one the task is left to does it
    ("It fell to John Prescott to condemn the Tories.", [("ACCUSE", ["John Prescott"], ["Tories"])]),
    ("Gordon Brown spoke. It was left to Mr Prescott to pay glowing tribute to Gordon Brown's record.",
     [("SUPPORT", ["Prescott"], ["Gordon Brown"])]),
])
def test_a_task_left_to_someone_is_done_by_them(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


def test_an_attack_a_leader_orders_is_armed_but_one_a_politician_launches_is_criticism(nlp):
    doc, names = _run(nlp, "President Jacques Chirac ordered an attack on Ivory Coast.")
    event = _only(doc, "ASSAULT")
    assert event.cameo == "190"
    assert (_names(names, event.source), _names(names, event.target)) == (["Jacques Chirac"], ["Cote d'Ivoire"])
    doc, names = _run(nlp, "Blair launched an attack on the Tories.")
    assert _sides(doc, names) == [("ACCUSE", ["Blair"], ["Tories"])]


def test_sanctions_authorised_are_a_sanction(nlp):
    doc, names = _run(nlp, "Obama authorised sanctions against Russia.")
    assert _sides(doc, names) == [("SANCTION", ["Obama"], ["Russia"])]


def test_troops_placed_on_alert_are_a_show_of_force(nlp):
    doc, names = _run(nlp, "Russia placed its troops on high alert.")
    event = _only(doc, "MOBILIZE")
    assert event.cameo == "152"
    assert (_names(names, event.source), _names(names, event.target)) == (["Russia"], [])


@pytest.mark.parametrize(("body", "expected"), [
    # a counterpart is the official holding the same post elsewhere, of the state its demonym names
    ("Lavrov met his Chinese counterpart in Beijing.", [("CONSULT", ["Lavrov"], ["Chinese counterpart", "China"])]),
    # named in apposition, the counterpart is that person
    ("Lavrov met his Chinese counterpart, Wang Yi, in Beijing.", [("CONSULT", ["Lavrov"], ["Wang Yi"])]),
])
def test_meeting_a_counterpart_meets_the_official_of_the_other_state(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ('Gordon Brown said: "I trust Tony Blair."', [("SUPPORT", ["Gordon Brown"], ["Tony Blair"])]),
    ("Cherie Blair is said to have praised the Supreme Court for its ruling.",
     [("SUPPORT", ["Cherie Blair"], ["Supreme Court"])]),
    ("Cherie Blair has been accused of criticising George W Bush's policies in a private address.",
     [("ACCUSE", ["Cherie Blair"], ["George W Bush"])]),
])
def test_trust_hearsay_and_the_act_a_party_is_accused_of(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


def test_opposition_despite_which_an_act_goes_ahead_is_aimed_at_its_doer(nlp):
    doc, names = _run(nlp, "Jack Straw has defended the plan to lift the arms embargo on China, "
                           "despite opposition from the US and Japan.")
    assert _sides(doc, names) == [("REJECT", ["United States", "Japan"], ["Jack Straw"])]


def test_a_visit_its_doer_is_on_is_theirs(nlp):
    doc, names = _run(nlp, "The Japanese prime minister, who is on a three-day visit to China, met Xi Jinping.")
    assert _sides(doc, names) == [
        ("CONSULT", ["Japanese prime minister", "Japan"], ["Xi Jinping"]),
        ("CONSULT", ["Japanese prime minister", "Japan"], ["China"]),
    ]


def test_an_act_in_question_is_not_reported(nlp):
    doc, names = _run(nlp, "On Monday, Tony Blair's official spokesman declined to say whether the prime minister "
                           "backed the plans of Gordon Brown.")
    assert _sides(doc, names) == []


@pytest.mark.parametrize("body, expected", [
    ("Civil servants went on strike over Gordon Brown's job cuts.",
     [("PROTEST", ["Civil servants"], ["Gordon Brown"])]),
    # a strike to come is a threat of one
    ("Nurses will go on strike over the government's pay plans.", [("THREATEN", ["Nurses"], ["government"])]),
    ("Ian Smith resigned in protest at Labour's tax plans.", [("PROTEST", ["Ian Smith"], ["Labour"])]),
])
def test_strikes_and_protests_at_a_partys_plans(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


def test_a_headline_verb_misread_as_an_auxiliary_leaves_no_act(nlp):
    # the parser reads "helps" as an auxiliary of "raped": the UK raped no one
    assert _sides(*_run(nlp, "UK helps raped Rwandan women.")) == []


def test_between_names_no_sides_of_a_giving(nlp):
    doc, names = _run(nlp, "This is another worrying step in the war of words over asylum between Labour and the "
                           "Conservatives.")
    assert _sides(doc, names) == []


@pytest.mark.parametrize("body, expected", [
    ("Michael Howard made his remarks during a speech in Westminster to the Conservative National Women's "
     "Committee.", [("CONSULT", ["Michael Howard"], ["Conservative National Women's Committee"])]),
    ("Michael Howard addressed the Confederation of British Industry.",
     [("CONSULT", ["Michael Howard"], ["Confederation of British Industry"])]),
    # addressing an issue is no meeting
    ("Michael Howard addressed the issue of immigration.", []),
])
def test_addressing_a_body_is_consulting_it(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


def test_giving_evidence_to_a_body_is_consulting_it(nlp):
    doc, names = _run(nlp, "Lord Woolf was giving evidence to the Commons public administration select committee.")
    assert _sides(doc, names) == [("CONSULT", ["Lord Woolf"], ["Commons public administration select committee"])]


def test_a_noun_the_parser_coordinates_with_the_verb_continues_its_objects(nlp):
    doc, names = _run(nlp, "The prime minister Tony Blair chaired a meeting. He also spoke on the telephone to US "
                           "President George Bush, and the presidents of Sri Lanka and Indonesia.")
    assert _sides(doc, names) == [("CONSULT", ["Tony Blair"], ["George Bush", "Sri Lanka", "Indonesia"])]


def test_a_preposition_before_the_verb_is_no_particle(nlp):
    # "For the Lib Dems, X called ...": no "call for"
    doc, names = _run(nlp, 'For the Welsh Liberal Democrats, Kirsty Williams called Jane Hutt\'s new target '
                           '"hugely unambitious".')
    assert _sides(doc, names) == [("ACCUSE", ["Kirsty Williams"], ["Jane Hutt"])]


def test_wanting_a_thing_to_end_demands_nothing_of_anyone(nlp):
    doc, names = _run(nlp, "China wants the arms embargo lifted. Britain has been cautious, but on Wednesday Jack "
                           "Straw said he also wanted it to end.")
    assert _sides(doc, names) == []


@pytest.mark.parametrize("body, expected", [
    # leaving or joining a named party, also for a purpose ("left X to join Y": two acts)
    ("Councillor Mary Dodd left the UK Independence Party on Monday.",
     [("REJECT", ["Mary Dodd"], ["UK Independence Party"])]),
    ("Peter Lane left the Liberal Democrats to join the Conservative Party.",
     [("REJECT", ["Peter Lane"], ["Liberal Democrats"]), ("COOPERATE", ["Peter Lane"], ["Conservative Party"])]),
    ("Former minister Peter Lane has crossed the floor to join Labour.", [("COOPERATE", ["Peter Lane"], ["Labour"])]),
    # the state a party is left in is no break; leaving a place is none either
    ("The Liberal Democrats will take three seats from the Conservative Party, leaving the Conservative Party "
     "with just 163 MPs.", []),
    ("Peter Lane left London on Monday.", []),
])
def test_leaving_a_party_breaks_with_it_and_joining_one_cooperates(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Senator Ann Moss said Governor Tom Hale would have to resign.", [("REQUEST", ["Ann Moss"], ["Tom Hale"])]),
    ("Senator Ann Moss said Governor Tom Hale had to act on the report.", [("REQUEST", ["Ann Moss"], ["Tom Hale"])]),
    # a dated "had to" tells of what happened
    ('Senator Ann Moss said: "Governor Tom Hale, last week, had to publish a long report."', []),
    # a warning that a party must act demands it; it threatens no one
    ("Senator Ann Moss warned that Governor Tom Hale would have to work hard.", [("REQUEST", ["Ann Moss"], ["Tom Hale"])]),
    ("Senator Ann Moss warned Governor Tom Hale must act.", [("REQUEST", ["Ann Moss"], ["Tom Hale"])]),
])
def test_a_reported_have_to_is_a_demand(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


def test_suspending_a_member_is_a_sanction(nlp):
    doc, names = _run(nlp, "The Reform Party has suspended its candidate, John Pike, over his remarks.")
    assert _sides(doc, names) == [("SANCTION", ["Reform Party"], ["John Pike"])]


def test_badmouthing_is_criticism(nlp):
    doc, names = _run(nlp, "Senator Ann Moss has been badmouthing Governor Tom Hale for months.")
    assert _sides(doc, names) == [("ACCUSE", ["Ann Moss"], ["Tom Hale"])]


@pytest.mark.parametrize("body, expected", [
    # a public demand made of no one is made of the government the article names
    ("The government published its plans on Monday. Brendan Barber called for a legal system that protects "
     "whistleblowers.", [("REQUEST", ["Brendan Barber"], ["government"])]),
    # else of the state the article's politics are of
    ("The Liberal Democrats and the Conservatives met in Britain. The Liberal Democrats called for a cut in "
     "stamp duty.", [("CONSULT", ["Liberal Democrats"], ["Conservatives"]),
                     ("REQUEST", ["Liberal Democrats"], ["United Kingdom"])]),
    # a minister's demand is the government's own policy
    ("The government published its plans on Monday. Prime Minister Tony Blair called for calm.", []),
    # people the demanded course is about are not whom it is asked of
    ("The government published its plans on Monday. The Conservatives called for a fair split of contact time "
     "between parents after divorce.", [("REQUEST", ["Conservatives"], ["government"])]),
    ("The government published its plans on Monday. The Conservatives called for Tony Blair to resign.",
     [("REQUEST", ["Conservatives"], ["Tony Blair"])]),
    # a thing asked to be done in the passive, with no one named to do it, whoever's it is
    ("The government published its plans on Monday. Liberal Democrat spokesman Nick Hart repeated his party's "
     "calls for the legal advice to be made public.", [("REQUEST", ["Nick Hart", "Liberal Democrat"], ["government"])]),
    # a "them" after a letter sent to a body is that body
    ("The government published its plans on Monday. A group of parents sent a letter to the school board "
     "urging them to reconsider.", [("REQUEST", ["group of parents"], ["school board"])]),
])
def test_a_public_demand_of_no_one_is_made_of_the_government(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


@pytest.mark.parametrize("body, expected", [
    # a hyphenated verb the lexicon writes whole
    ("The House of Lords over-ruled the government.", [("REJECT", ["House of Lords"], ["government"])]),
    # a pointing pronoun as the object stands for the act of the clause before
    ("The government proposed a cap on casinos. The Conservative Party rejected this.",
     [("REJECT", ["Conservative Party"], ["government"])]),
])
def test_hyphenated_verbs_and_pointing_pronouns(nlp, body, expected):
    assert _sides(*_run(nlp, body)) == expected


@pytest.mark.parametrize("text", [
    "Party chairman Owen Price has written to the regulator accusing Labour of a systematic breach of the rules.",
    "Party leader Owen Price is expected to attack Labour's record on Monday.",
])
def test_the_doer_of_an_act_a_participle_or_an_expectation_reports(nlp, text):
    doc, names = _run(nlp, text)
    event = _only(doc, "ACCUSE")
    assert (_names(names, event.source)[:1], _names(names, event.target)) == (["Owen Price"], ["Labour"])


def test_defending_a_party_sides_with_it_defending_a_plan_is_no_act(nlp):
    doc, names = _run(nlp, "Senator Ann Hale defended Mark Dunmore on Monday.")
    event = _only(doc, "SUPPORT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Ann Hale"], ["Mark Dunmore"])
    doc, _ = _run(nlp, "Prime Minister Ann Hale defended the government's plans to extend licensing hours.")
    assert [e.plover for e in doc.events] == []
    doc, names = _run(nlp, "China defended Serbia's sovereignty over Kosovo.")
    assert [(e.plover, _names(names, e.target)) for e in doc.events] == [("SUPPORT", ["Serbia"])]


@pytest.mark.parametrize("text", [
    "Police are investigating Anna Kovac's murder.",
    "Detectives investigating the killing of Anna Kovac questioned two men.",
])
def test_an_act_about_a_harm_done_to_someone_is_not_aimed_at_them(nlp, text):
    doc, names = _run(nlp, text)
    assert ["Anna Kovac" in _names(names, e.target) for e in doc.events] in ([], [False])


@pytest.mark.parametrize(("text", "expected"), [
    ("Republicans seized the latest developments in the email controversy as an issue.", []),
    ("Iran seized a British tanker in the Gulf.", [("COERCE", ["Iran"], ["United Kingdom"])]),
])
def test_seizing_coerces_only_parties_places_and_goods(nlp, text, expected):
    doc, names = _run(nlp, text)
    assert [(e.plover, _names(names, e.source), _names(names, e.target)) for e in doc.events] == expected


@pytest.mark.parametrize(("text", "plover"), [
    ("Graham Dunn hit back at Ray Mallon's claim that an assembly would improve transport links.", "REJECT"),
    ("Ray Mallon's theory has been questioned by his party's former leader, Graham Dunn.", "REJECT"),
    ("Graham Dunn hit back at Ray Mallon on Monday.", "ACCUSE"),
])
def test_hitting_back_at_or_questioning_a_claim_rebuts_its_maker(nlp, text, plover):
    doc, names = _run(nlp, text)
    event = _only(doc, plover)
    assert (_names(names, event.source), _names(names, event.target)) == (["Graham Dunn"], ["Ray Mallon"])


def test_a_visit_to_a_city_ner_took_for_a_body_is_a_visit_to_its_state(nlp):
    doc, names = _run(nlp, "After the summit, Xi Jinping will travel to the Republic of Congo. "
                           "Presidents Dilma Rousseff of Brazil and Vladimir Putin of Russia arrived in Durban.")
    assert [(e.plover, _names(names, e.target)) for e in doc.events] == [
        ("CONSULT", ["Congo"]), ("CONSULT", ["South Africa"])]
    assert "Durban" not in {a.name for a in doc.actors}


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # taking a case or complaint to a court or body asks it to decide
    ("Mr Dunmore took his complaint to the Electoral Commission.", "REQUEST", "Dunmore", "Electoral Commission"),
    # holding someone in contempt sanctions them
    ("The Oversight Committee voted to hold Bryan Pagliano in contempt of Congress.", "SANCTION",
     "Oversight Committee", "Bryan Pagliano"),
    # seeking papers asks whoever holds them
    ("Republicans sought documents from the FBI.", "REQUEST", "Republicans", "FBI"),
])
def test_legal_and_parliamentary_acts_named_by_a_verb_and_its_object(nlp, text, plover, source, target):
    doc, names = _run(nlp, text)
    event = _only(doc, plover)
    assert (_names(names, event.source), _names(names, event.target)) == ([source], [target])


def test_a_declaration_of_war_threatens_force(nlp):
    doc, names = _run(nlp, "The rebel leader Omar Tafari declared war on Chad in a radio broadcast.")
    event = _only(doc, "THREATEN")
    assert (event.cameo, event.mode) == ("138", "violence")
    assert (_names(names, event.source), _names(names, event.target)) == (["Omar Tafari"], ["Chad"])


def test_an_arrest_of_someone_named_with_no_doer_said_is_the_police_forces(nlp):
    doc, names = _run(nlp, "Lancashire police confirmed they were holding a man. The activist Peter Dunne was arrested "
                           "on Sunday. Several suspects have been detained under the new powers.")
    # holding "a man" is custody of someone the text names only by description
    assert [(e.plover, _names(names, e.source), _names(names, e.target)) for e in doc.events] == [
        ("COERCE", ["Lancashire police"], ["man"]), ("COERCE", ["Lancashire police"], ["Peter Dunne"])]
    # with no police force named, no one is said to have made it
    doc, _ = _run(nlp, "The activist Peter Dunne was arrested on Sunday.")
    assert doc.events == []


def test_a_stance_in_a_fronted_participle_is_toward_whom_the_speech_is_about(nlp):
    doc, names = _run(nlp, 'Paying tribute, the Home Secretary Jane Alder said Lord Brandon was "a humane and '
                           'fearless judge".')
    event = _only(doc, "SUPPORT")
    assert (_names(names, event.source), _names(names, event.target)) == (["Jane Alder"], ["Lord Brandon"])


def test_what_people_no_one_names_think_ought_to_be_is_no_demand_of_the_speakers(nlp):
    doc, _ = _run(nlp, 'Mr Karimov told Reuters: "Some people think that women should stay at home - that is wrong."')
    assert [e.plover for e in doc.events] == ["CONSULT"]
    doc, names = _run(nlp, 'Mr Karimov said: "I think the government should resign."')
    assert _names(names, _only(doc, "REQUEST").target) == ["government"]


def test_a_preposition_after_what_a_verb_names_its_object_is_no_particle(nlp):
    doc, names = _run(nlp, 'Ms Hale called Labour "a fine machine for talking about things" on Monday.')
    assert [e.plover for e in doc.events] != ["REQUEST"] and not any(e.verb == "call for" for e in doc.events)
    doc, names = _run(nlp, "The Liberal Democrats called for Mr Kerr to resign.")
    assert _names(names, _only(doc, "REQUEST").target) == ["Kerr"]


def test_an_inquiry_examines_whose_conduct_its_object_is(nlp):
    doc, names = _run(nlp, "The state elections board is probing Robert Dougherty's claim that he voted twice. "
                           "Police are investigating Stefan Pakeerah's murder.")
    event = _only(doc, "ACCUSE")
    assert (_names(names, event.source), _names(names, event.target)) == (
        ["state elections board"], ["Robert Dougherty"])


def test_an_arrest_named_by_its_noun_is_done_to_its_of_phrase_and_no_one_deeper(nlp):
    doc, names = _run(nlp, "Authorities announced the arrest on Monday of a man suspected in the killing of a "
                           "marcher during clashes between demonstrators and riot police.")
    event = _only(doc, "COERCE")
    assert (_names(names, event.source), _names(names, event.target)) == (["Authorities"], ["man"])
    assert len(doc.events) == 1


def test_a_state_acting_as_itself_takes_no_stance_toward_its_own_government(nlp):
    body = ("Prime Minister Mark Rutte said the Dutch government had collapsed. EU Commissioner Ann Lee said she "
            "doubted the Dutch would overturn the decisions already taken.")
    doc, _ = _run(nlp, body)
    assert [e for e in doc.events if e.plover == "REJECT"] == []
    doc, names = _run(nlp, "Britain rejected the plan of the Iranian government.")
    assert _names(names, _only(doc, "REJECT").target) == ["Iran"]


def test_a_past_need_told_in_narration_is_no_demand(nlp):
    doc, _ = _run(nlp, "Republicans insisted they had no choice because they needed to protect Senator Hale.")
    assert [e.plover for e in doc.events] != ["REQUEST"]
    doc, names = _run(nlp, "Mr Dunmore said the government needed to act on pensions.")
    assert _names(names, _only(doc, "REQUEST").target) == ["government"]


@pytest.mark.parametrize("text", [
    "Angry Labour MPs warned Mr Blair and Mr Brown about the dangers of disunity.",
    'The Liberal Democrats warned both Labour and the Tories against "pandering to prejudice".',
])
def test_advice_against_a_course_is_a_demand_no_threat(nlp, text):
    doc, _ = _run(nlp, text)
    assert "REQUEST" in [e.plover for e in doc.events] and "THREATEN" not in [e.plover for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("The campaign hopes the message will appeal to young voters.", []),
    ("Brown's speech, with its appeal to core Labour values, pleased delegates.", []),
    ("Labour will appeal against the decision to the Information Tribunal.", ["REQUEST"]),
    ("The Red Cross appealed to the government of Kenya to open the border.", ["REQUEST"]),
    ("Kenya's government made an appeal to donors for emergency food aid.", ["REQUEST"]),
])
def test_an_appeal_asks_only_where_what_is_asked_is_said(nlp, text, expected):
    doc, _ = _run(nlp, text)
    assert [e.plover for e in doc.events] == expected


def test_an_outlet_named_on_a_noun_of_tenure_is_no_interview(nlp):
    doc, names = _run(nlp, "Mr. Schultz generally supported Democrats during his time on MSNBC, which let him go in 2015.")
    assert [(e.plover, _names(names, e.target)) for e in doc.events] == [("SUPPORT", ["Democrats"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials say the home secretary wants young voters to feel at home.", []),
    ("Mr Walkington said he wanted the party to be ready for any mischief.", []),
    ("The unions want the government to withdraw the regulations.", ["REQUEST"]),
])
def test_wanting_another_in_a_state_asks_no_act(nlp, text, expected):
    doc, _ = _run(nlp, text)
    assert [e.plover for e in doc.events] == expected


@pytest.mark.parametrize("text", [
    "Mr Dunmore earlier refused to rule out future tax rises for Labour voters.",
    "Prosecutors refused to confirm which people the investigation was targeting.",
])
def test_refusing_to_rule_out_or_confirm_withholds_a_comment(nlp, text):
    doc, _ = _run(nlp, text)
    assert "REJECT" not in [e.plover for e in doc.events]


def test_agreeing_on_a_view_with_no_one_named_is_no_agreement(nlp):
    doc, _ = _run(nlp, 'Asked about the speech, Mr Hale and Mr Dunne agreed it was "a fine effort".')
    assert "AGREE" not in [e.plover for e in doc.events]
    doc, names = _run(nlp, "India and Pakistan agreed to resume talks.")
    assert (_names(names, _only(doc, "AGREE").source), _names(names, _only(doc, "AGREE").target)) == (
        ["India"], ["Pakistan"])
    # agreeing on a course is agreement
    doc, names = _run(nlp, "Chile and Peru agree that border disputes should be settled by arbitration.")
    assert (_names(names, _only(doc, "AGREE").source), _names(names, _only(doc, "AGREE").target)) == (
        ["Chile"], ["Peru"])
    # one party agreeing that a course should be taken states a view
    doc, _ = _run(nlp, "Former governor Ed Rendell agreed that the party's rules should be modernised.")
    assert "AGREE" not in [e.plover for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Refugee Council said Mr Howard's proposals would mean there would be no safe haven.", []),
    ("The Tory proposal on housing is to give tenants the right to buy their homes.", []),
    ("The EU commission's proposal to Britain would mean a 35% rise in the budget.", ["REQUEST"]),
])
def test_a_proposal_named_by_its_owner_is_no_act_of_proposing(nlp, text, expected):
    doc, _ = _run(nlp, text)
    assert [e.plover for e in doc.events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting abroad that names no partner is with its host state
    ("US Secretary of State John Kerry held talks in Moscow on Tuesday.", [("CONSULT", ["John Kerry"], ["Russia"])]),
    # one at home names no one
    ("British Foreign Secretary Jack Straw held talks in London on Monday.", []),
    # nor one whose doer's state is unknown
    ("Mr Hale held talks in Moscow on Tuesday.", []),
])
def test_talks_held_abroad_with_no_partner_named_are_with_the_host_state(nlp, text, expected):
    doc, names = _run(nlp, text)
    assert _sides(doc, names) == expected


def test_agreeing_with_someones_view_sides_with_them(nlp):
    doc, names = _run(nlp, "The Audit Office agreed with the Treasury's assessment of the fraud figures.")
    assert _sides(doc, names) == [("SUPPORT", ["Audit Office"], ["Treasury"])]


def test_a_denied_press_report_is_the_outlets_named_before(nlp):
    doc, names = _run(nlp, "The Sunday Herald said the minister would call an early vote. Downing Street "
                           "dismissed the newspaper stories on Sunday.")
    assert [(e.plover, _names(names, e.target)) for e in doc.events] == [("REJECT", ["Sunday Herald"])]
    # named only after the denial: the first outlet the next sentences name
    doc, names = _run(nlp, "Senator Tom Dowd has denied the report. The Times on Monday said Dowd met the lobbyist twice.")
    assert _names(names, _only(doc, "REJECT").target) == ["The Times"]
    # never the article's own outlet, where the denial was made
    body = "Senator Tom Dowd told The Times on Monday that he denied the reports."
    assert [e.plover for e in extract(Article(id="test", body=body, outlet="The Times"), nlp).events
            if e.plover == "REJECT"] == []


@pytest.mark.parametrize(("body", "expected"), [
    # an act of purpose after a meeting or visit that names no one is aimed at whom was met
    ("A delegation of Welsh councils visited Sue Essex on Monday to lobby for increased funds.",
     [("CONSULT", ["delegation"], ["Sue Essex"]),
      ("REQUEST", ["delegation"], ["Sue Essex"])]),
    # so is a demand in a participle after a letter, and a challenge to a debate asks to meet in one
    ("Tory leader Michael Howard wrote to Tony Blair demanding an inquiry.",
     [("CONSULT", ["Michael Howard", "Tory"], ["Tony Blair"]), ("REQUEST", ["Michael Howard", "Tory"], ["Tony Blair"])]),
    ("Michael Howard challenged Tony Blair to a televised debate.", [("REQUEST", ["Michael Howard"], ["Tony Blair"])]),
    # a coalition ruled out is refused
    ("Labour will not form a coalition with the SNP, the party leader said.", [("REJECT", ["Labour"], ["SNP"])]),
    # "as did X and Y": each party of an elliptic clause does the act again, to the same target
    ("Labour condemned the attack on Ann Dowd, as did the Conservatives and the Liberal Democrats.",
     [("ACCUSE", ["Labour"], ["Ann Dowd"]), ("ACCUSE", ["Conservatives"], ["Ann Dowd"]),
      ("ACCUSE", ["Liberal Democrats"], ["Ann Dowd"])]),
    # "the couple" is the two people named together before it, not the clause's own subject
    ("John Smith and Mary Jones announced their engagement on Monday. Tony Blair sent his best wishes to the couple.",
     [("SUPPORT", ["Tony Blair"], ["John Smith", "Mary Jones"])]),
    # a name the tagger took for an adjective before an allegiance noun
    ("Donald Trump spoke in Ohio. Jane Roe, a Trump supporter, told reporters the polls were wrong.",
     [("CONSULT", ["Donald Trump"], ["Ohio"]), ("SUPPORT", ["Jane Roe"], ["Donald Trump"])]),
    # terrorists, militias and killers are agents that can act
    ("Two officers wounded by the suspected terrorist were taken to hospital.",
     [("ASSAULT", ["suspected terrorist"], ["officers"])]),
    # a court or judge sentencing people coerces them
    ("A court in Cairo sentenced the activist Ahmed Maher to three years in prison.",
     [("COERCE", ["court in Cairo"], ["Ahmed Maher"])]),
    # money put into a body aids it
    ("The Gates Foundation will put an extra $1bn into the Global Fund.",
     [("AGREE", ["Gates Foundation"], ["Global Fund"])]),
    ("The Gates Foundation put an extra $1bn into the Global Fund last year.",
     [("AID", ["Gates Foundation"], ["Global Fund"])]),
    # joint work announced with a certain future is reported as the work to come
    ("Ann Dowd will now work with Matthew Taylor on the party manifesto.", [("COOPERATE", ["Ann Dowd"], ["Matthew Taylor"])]),
    # coming under fire from speakers is criticism, from armed men an attack
    ("The government came under fire from charities over its asylum plans.",
     [("ACCUSE", ["charities"], ["government"])]),
    ("British troops came under fire from insurgents near Basra.",
     [("ASSAULT", ["insurgents"], ["British troops", "United Kingdom"])]),
    # fire outside that phrase is no attack on anyone ("watched the fire of the rocket launchers")
    ("Kim Jong Un watched the fire of the new rocket launchers.", []),
    # criticism a resignation followed is aimed at who resigned, where its makers are named
    ("Home Secretary David Blunkett resigned after criticism from Labour MPs.",
     [("ACCUSE", ["Labour MPs", "Labour"], ["David Blunkett"])]),
    ("Home Secretary David Blunkett resigned after sustained criticism over the visa affair.", []),
    # a common noun before a policy says what it is about, not who made it ("job cuts" are the government's)
    ("The UK government plans to cut 100,000 civil service jobs. Thousands of civil servants went on strike "
     "over the job cuts.", [("PROTEST", ["civil servants"], ["UK government", "United Kingdom"])]),
    # rebelling over a plan opposes whoever made it
    ("The UK government announced plans to scrap the 10p tax rate. Labour MPs rebelled against the plans on "
     "Tuesday.", [("REJECT", ["Labour MPs", "United Kingdom", "Labour"], ["UK government", "United Kingdom"])]),
    # an event noun of the verb's own type in its phrase restates the act and names its target
    ("Germany pledged 500 million euros in aid to Ukraine.", [("AID", ["Germany"], ["Ukraine"])]),
    # diplomatic acts between states
    ("Chinese President Xi Jinping held phone talks with his Russian counterpart Vladimir Putin on Friday.",
     [("CONSULT", ["Xi Jinping"], ["Vladimir Putin"])]),
    ("Russia expelled two British diplomats in retaliation for the sanctions.",
     [("SANCTION", ["Russia"], ["British diplomats", "United Kingdom"])]),
    ("Turkey recalled its ambassador from the Netherlands.", [("SANCTION", ["Turkey"], ["Netherlands"])]),
    # an audience applauding a speaker praises them
    ("Labour delegates gave Gordon Brown a standing ovation after his speech.",
     [("SUPPORT", ["Labour delegates", "Labour"], ["Gordon Brown"])]),
    ("Tory MPs loudly cheered Michael Howard's closing remarks.", [("SUPPORT", ["Tory MPs", "Tory"], ["Michael Howard"])]),
    # a party described as another's defender backs them
    ("Newt Gingrich, a Donald Trump defender, argued on Sunday that the claims were false.",
     [("SUPPORT", ["Newt Gingrich"], ["Donald Trump"])]),
    # a finding denied with no maker on it is the maker's the text named on a finding before it
    ("A study was published on Monday by the Resolution Foundation, showing that rents had doubled. "
     "The Housing Ministry dismissed the research as flawed.",
     [("REJECT", ["Housing Ministry"], ["Resolution Foundation"])]),
    # the parser may read the object as the subject of a participle clause after it
    ("The Audit Commission released figures showing that hospital waits grew. Health minister Jane Hutt "
     "rejected the figures, insisting that care had improved.",
     [("REJECT", ["Jane Hutt"], ["Audit Commission"])]),
    # a finding whose maker is named on it
    ("Health minister Jane Hutt rejected the Audit Commission's figures.",
     [("REJECT", ["Jane Hutt"], ["Audit Commission"])]),
    # charges named with their party before them answer that party, even where the parser reads
    # "Tory claims that" as a clause of its own
    ("Gordon Brown denied Tory claims that he had fiddled the figures.", [("REJECT", ["Gordon Brown"], ["Tory"])]),
    ("Gordon Brown rejected the Tory allegations that he had fiddled the figures.",
     [("REJECT", ["Gordon Brown"], ["Tory"]), ("ACCUSE", ["Tory"], ["Gordon Brown"])]),
])
def test_the_sides_of_acts_one_passage_reports(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_an_infinitive_after_a_trip_is_the_travellers_purpose(nlp):
    doc, names = _run(nlp, "Senator Ann Dowd declared a trip to Mexico last spring to address managers of Univision.")
    assert _sides(doc, names) == [("CONSULT", ["Ann Dowd"], ["Mexico", "Univision"])]


@pytest.mark.parametrize(("text", "expected"), [
    # a verb with no object of its own shares the one of the verb coordinated after it
    ("Police arrested and charged Ann Dowd on Tuesday.", [("COERCE", ["Police"], ["Ann Dowd"])]),
    ("Ghana condemned and rejected Togo's claims.", [("ACCUSE", ["Ghana"], ["Togo"]), ("REJECT", ["Ghana"], ["Togo"])]),
])
def test_coordinated_verbs_share_their_object(nlp, text, expected):
    doc, names = _run(nlp, text)
    assert _sides(doc, names) == expected


def test_an_infinitive_on_a_noun_of_attempt_is_the_possessors_act(nlp):
    doc, names = _run(nlp, "Envoy Tom Hale flew to Cairo on Monday. His efforts to mediate between Israel and the Palestinians failed.")
    mediation = [e for e in doc.events if e.cameo == "045"]
    assert [(e.plover, _names(names, e.source), _names(names, e.target), e.hypothetical) for e in mediation] == [
        ("CONSULT", ["Tom Hale"], ["Israel", "Palestinians"], False)]


def test_an_infinitive_on_a_noun_of_decision_is_the_possessors_act(nlp):
    doc, names = _run(nlp, "The Yes campaign criticised Labour. Alex Salmond welcomed Unison's decision to endorse the SNP.")
    endorsement = [e for e in doc.events if e.verb == "endorse"]
    assert [(_names(names, e.source), _names(names, e.target), e.hypothetical) for e in endorsement] == [
        (["Unison"], ["SNP"], False)]


def test_an_infinitive_on_a_noun_of_intent_is_only_intended(nlp):
    # an intended meeting is coded as the intent to meet (AGREE 036), as "plans to meet" is
    doc, names = _run(nlp, "Pyongyang's bid to hold talks with Seoul collapsed in May.")
    assert _sides(doc, names) == [("AGREE", ["North Korea"], ["South Korea"])]


def test_time_spent_doing_an_act_is_no_one_elses_act(nlp):
    doc, names = _run(nlp, "Mayor Lena Ortiz and Governor Ray Dunn campaigned on Monday. Ortiz spent the day attacking Dunn.")
    assert [(e.plover, _names(names, e.source), _names(names, e.target)) for e in doc.events if e.verb == "attack"] == [
        ("ACCUSE", ["Lena Ortiz"], ["Ray Dunn"])]


def test_fighting_a_partys_plan_opposes_it(nlp):
    doc, names = _run(nlp, "The Tories will fight the government's plans for identity cards, Mr Hale said.")
    assert _sides(doc, names) == [("REJECT", ["Tories"], ["government"])]


@pytest.mark.parametrize("body, expected", [
    ("The minister Tom Hale faced a barrage of criticism from Labour MPs.",
     [("ACCUSE", ["Labour MPs", "Labour"], ["Tom Hale"])]),
    ("The Tories launched a series of attacks on Labour.", [("ACCUSE", ["Tories"], ["Labour"])]),
    ("The Herald gave Governor Ray Dunn a share of the blame for the delays.", [("ACCUSE", ["Herald"], ["Ray Dunn"])]),
])
def test_a_noun_measuring_an_act_stands_for_the_act(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize("body, expected", [
    ("Police gave Governor Tom Hale extra security.", [("AID", ["Police"], ["Tom Hale"])]),
    ("Governor Tom Hale received bribes from Siemens.", [("AID", ["Siemens"], ["Tom Hale"])]),
])
def test_protection_and_bribes_are_aid(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize("body, expected", [
    ("Prime Minister Tom Hale is set to visit China next week.", [("CONSULT", ["Tom Hale"], ["China"])]),
    ("Prime Minister Tom Hale is scheduled to meet President Ray Dunn.", [("CONSULT", ["Tom Hale"], ["Ray Dunn"])]),
    ("Prime Minister Tom Hale is not scheduled to meet President Ray Dunn.", []),
    ("Prime Minister Tom Hale did not plan to meet President Ray Dunn.", []),
    ("Prime Minister Tom Hale returned on Monday from a tour of Kenya and Ghana.",
     [("CONSULT", ["Tom Hale"], ["Kenya", "Ghana"])]),
])
def test_an_act_a_schedule_or_a_return_frames(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Iran waged a war against Iraq for eight years.", [("ASSAULT", ["Iran"], ["Iraq"])]),
    ("Britain went to war with Iraq in 2003.", [("ASSAULT", ["United Kingdom"], ["Iraq"])]),
    # a war named with its two sides is fought between them
    ("Shelling near the border revived memories of the short war between Hamas and Israel.",
     [("ASSAULT", ["Hamas"], ["Israel"])]),
    # a war of words is a figure of speech
    ("The war of words between Labour and the Conservatives escalated on Monday.", []),
])
def test_a_war_with_its_sides_is_an_assault(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_working_alongside_a_party_is_cooperation(nlp):
    doc, names = _run(nlp, "British troops worked alongside Iraqi forces in Basra.")
    assert _sides(doc, names) == [("COOPERATE", ["British troops", "United Kingdom"], ["Iraqi forces", "Iraq"])]


def test_the_public_is_a_party_officials_ask_to_act(nlp):
    doc, names = _run(nlp, "The police asked the public to remain calm.")
    assert _sides(doc, names) == [("REQUEST", ["police"], ["public"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("The fighting between Israel and Hamas has continued since October.", [("ASSAULT", ["Israel"], ["Hamas"])]),
    ("The armed clash between Hamas and Israel lasted three days.", [("ASSAULT", ["Hamas"], ["Israel"])]),
    # a clash of politicians stays one of words
    ("Tony Blair clashed with Michael Howard over tax.", [("ACCUSE", ["Tony Blair"], ["Michael Howard"])]),
])
def test_armed_fighting_between_two_sides_is_an_assault(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_an_act_judged_in_general_is_no_ones(nlp):
    # "it was disgusting to propose X": the infinitive is what is judged, done by no one named
    doc, names = _run(nlp, 'The government published its asylum plans. Labour MP Tom Reed said it was "absolutely '
                           'disgusting" to propose a system that could turn away genuine refugees.')
    assert [e for e in _sides(doc, names) if e[0] == "REQUEST"] == []


def test_a_past_act_joined_to_a_reported_plan_is_the_reporters(nlp):
    # "attacked" parts in tense from "would set out": it goes on with "said", not with the report
    doc, names = _run(nlp, "Michael Howard said the Conservatives would cut taxes and criticised Gordon Brown.")
    assert _sides(doc, names) == [("ACCUSE", ["Michael Howard"], ["Gordon Brown"])]
    # the same verb in the report's own tense is part of it
    doc, names = _run(nlp, "Michael Howard said the Conservatives would cut taxes and criticise Gordon Brown.")
    assert _sides(doc, names) == [("ACCUSE", ["Conservatives"], ["Gordon Brown"])]


def test_a_name_after_a_fronted_phrase_is_the_subject_the_parser_hung_on_it(nlp):
    doc, names = _run(nlp, "In an interview with CNN's Dana Bash, Melania Trump said her husband was a gentleman.")
    assert _sides(doc, names) == [("CONSULT", ["Melania Trump"], ["Dana Bash", "CNN"])]


def test_a_relative_pronoun_set_off_by_commas_is_the_subject_after_them(nlp):
    # the parser closes "who, backed by the Pope," at the participle and leaves "urged" bare
    doc, names = _run(nlp, "Analysts pointed to the influence of Spanish bishops who, backed by the Pope, urged "
                           "voters to stay at home on polling day.")
    assert _sides(doc, names) == [("REQUEST", ["Spanish bishops", "Spain"], ["voters"])]


@pytest.mark.parametrize("body", [
    "Federal regulators announced a $90 million settlement with the insurer on Tuesday.",
    "Federal regulators settled the case with the insurer for $90 million on Tuesday.",
])
def test_a_settlement_with_a_party_is_an_agreement(nlp, body):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [("AGREE", ["Federal regulators"], ["insurer"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("President Alvarez appointed Rosa Diaz, a former judge, to lead the commission in 2013.",
     [("SUPPORT", ["Alvarez"], ["Rosa Diaz"])]),
    ("The committee picked Juan Soto as its candidate for mayor.", [("SUPPORT", ["committee"], ["Juan Soto"])]),
    # choosing a thing endorses no one
    ("The committee picked a new logo for the campaign.", []),
])
def test_choosing_a_person_for_a_post_endorses_them(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Tom Reed charged that Governor Ann Lee had broken the law.", [("ACCUSE", ["Tom Reed"], ["Ann Lee"])]),
    # a fronted participle with its clause
    ("Charging that Governor Ann Lee had misled voters, the senators demanded an inquiry into her office.",
     [("ACCUSE", ["senators"], ["Ann Lee"])]),
    # charged with a crime is the legal charge
    ("Police charged John Smith with murder.", [("ACCUSE", ["Police"], ["John Smith"])]),
])
def test_charging_that_a_party_did_wrong_accuses_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert [s for s in _sides(doc, names) if s[0] == "ACCUSE"] == expected


def test_a_relative_clause_with_its_own_subject_does_not_make_a_class(nlp):
    # "which Italy now chairs" is about the G20, though the parser hangs it on the ministers
    doc, names = _run(nlp, "Chancellor Tom Reed has been locked in talks with trade ministers of the G20, which "
                           "Italy now chairs.")
    assert _sides(doc, names) == [("CONSULT", ["Tom Reed"], ["trade ministers of the G20"])]


def test_an_indictment_against_a_party_accuses_it(nlp):
    doc, names = _run(nlp, "Senator Ruth Baker made a sweeping indictment against Governor Tom Ellis on Monday.")
    assert _sides(doc, names) == [("ACCUSE", ["Ruth Baker"], ["Tom Ellis"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("Prosecutors dropped the charges against John Smith on Monday.", [("CONCEDE", ["Prosecutors"], ["John Smith"])]),
    ("Mary Jones withdrew her lawsuit against Governor Tom Ellis.", [("CONCEDE", ["Mary Jones"], ["Tom Ellis"])]),
    # a plan dropped is no legal action given up
    ("The party dropped its plan on Monday.", []),
])
def test_dropping_legal_action_against_a_party_yields_to_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Prime Minister Tony Blair spoke with President George Bush on Monday.",
     [("CONSULT", ["Tony Blair"], ["George Bush"])]),
    # speaking to an audience addresses it
    ("Prime Minister Tony Blair spoke to reporters on Monday.", []),
])
def test_speaking_with_a_party_is_a_conversation(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_community_named_by_a_demonym_is_a_people_not_its_state(nlp):
    doc, names = _run(nlp, "President Ahmed Karim is due to visit the Somali community in Leeds on Tuesday.")
    assert _sides(doc, names) == [("CONSULT", ["Ahmed Karim"], ["Somali community in Leeds", "Somalia"])]


def test_granting_money_is_aid(nlp):
    doc, names = _run(nlp, "The European Commission granted 349 million pounds to Britain for the flood costs.")
    assert _sides(doc, names) == [("AID", ["European Commission"], ["United Kingdom"])]


def test_a_during_phrase_says_when_not_whom(nlp):
    doc, names = _run(nlp, "The government published the plan on Monday. Labour MPs opposed the plan during a "
                           "Commons debate.")
    assert _sides(doc, names) == [("REJECT", ["Labour MPs", "Labour"], ["government"])]


def test_the_named_after_among_those_who_acted_did_the_act(nlp):
    body = ("The government unveiled its plans on Monday. Among those who have attacked the scheme is the "
            "country's top policeman Sir John Stevens.")
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [("ACCUSE", ["John Stevens"], ["government"])]


@pytest.mark.parametrize("word", ["move", "package", "decision"])
def test_attacking_a_policy_is_criticism_of_its_maker(nlp, word):
    doc, names = _run(nlp, f"The government announced a new package for border controls. The Liberal Democrats attacked "
                           f"the {word}.")
    assert _sides(doc, names) == [("ACCUSE", ["Liberal Democrats"], ["government"])]


def test_a_past_act_after_a_closed_quotation_is_the_speakers(nlp):
    body = ('Tory MP Tom Reed said the bill "really had the look of a rough draft", and urged the government '
            'to consult farmers.')
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [("REQUEST", ["Tom Reed"], ["government"])]


def test_opposing_a_course_that_names_only_the_people_it_touches_opposes_the_government(nlp):
    body = ("The government wants to extend the powers. The Police Federation says it firmly opposes letting "
            "Community Support Officers hold suspects for half an hour.")
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [("REJECT", ["Police Federation"], ["government"])]


def test_presenting_credentials_is_meeting_the_head_of_state(nlp):
    doc, names = _run(nlp, "The new ambassador of Japan presented his credentials to President Anna Berg on Monday.")
    assert _sides(doc, names) == [("CONSULT", ["new ambassador of Japan", "Japan"], ["Anna Berg"])]


def test_guiding_people_at_work_meets_them(nlp):
    doc, names = _run(nlp, "Kim Jong Un guided the officials of the ministry on Tuesday.")
    assert _sides(doc, names) == [("CONSULT", ["Kim Jong Un"], ["officials of the ministry"])]
    # a thing guided is no one met
    doc, names = _run(nlp, "The missile was guided by satellites.")
    assert _sides(doc, names) == []


def test_greetings_a_party_asks_an_envoy_to_convey_are_its_own(nlp):
    doc, names = _run(nlp, "President Anna Berg asked the ambassador to convey her warm greetings to Kim Jong Un.")
    assert ("SUPPORT", ["Anna Berg"], ["Kim Jong Un"]) in _sides(doc, names)


@pytest.mark.parametrize(("body", "expected"), [
    ("The ceasefire between Israel and Hamas held until Tuesday.", [("RETREAT", ["Israel"], ["Hamas"])]),
    ("The feud between Gordon Brown and Tony Blair deepened.", [("ACCUSE", ["Gordon Brown"], ["Tony Blair"])]),
    # a mediation between two sides names neither side's mediator
    ("The mediation between Israel and Hamas failed.", []),
])
def test_an_act_between_two_sides_is_one_sides_toward_the_other(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Reports of a rift between Gordon Brown and Tony Blair stirred controversy.",
     [("ACCUSE", ["Gordon Brown"], ["Tony Blair"])]),
    ("The row between Labour and the Conservatives over tax deepened.",
     [("ACCUSE", ["Labour"], ["Conservatives"])]),
    # a row that names no sides is no quarrel
    ("Labour won three seats in a row.", []),
])
def test_a_rift_or_row_between_two_sides_is_a_quarrel(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_sender_closing_a_list_of_gifts_sent_each_of_them(nlp):
    body = ("Kim Jong Un got a bouquet and a warm letter of congratulation from the military attaches corps "
            "in Pyongyang.")
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == [("SUPPORT", ["military attaches corps"], ["Kim Jong Un"])]


def test_rejecting_calls_to_act_answers_whoever_called_for_it(nlp):
    # "calls to pause": the parser reads "to" as a preposition and "pause" as its object
    body = ("The government wants to pass the bill. On Sunday, Liberal Democrat leader Ann Cole renewed her call for a "
            "pause in the bill's progress. Home Secretary Tom Reed has rejected calls to pause.")
    doc, names = _run(nlp, body)
    assert ("REJECT", ["Tom Reed"], ["Ann Cole", "Liberal Democrat"]) in _sides(doc, names)


@pytest.mark.parametrize(("body", "source"), [
    # "who" hung on the institute the person works at stands for the person
    ('"This is unprecedented," said Mark Hale, a fellow at the think tank Brookings Institution who '
     'describes Senator Ruth Baker\'s campaign as "reckless".', "Mark Hale"),
    # hung on people, it stays theirs
    ("The minister met officials of the Labour Party who criticised Senator Ruth Baker.",
     "officials of the Labour Party"),
])
def test_a_who_clause_is_done_by_a_person(nlp, body, source):
    doc, names = _run(nlp, body)
    assert _names(names, _only(doc, "ACCUSE").source) == [source]


def test_talks_quoted_with_a_partner_named_after_them_are_held(nlp):
    doc, names = _run(nlp, 'Finance minister Ann Lowe says she has been in "intensive talks" with G8 finance '
                           'ministers.')
    assert _sides(doc, names) == [("CONSULT", ["Ann Lowe"], ["G8 finance ministers"])]


def test_a_term_in_quotation_marks_is_still_no_act(nlp):
    doc, _ = _run(nlp, 'Pyongyang\'s "missile provocation", as Washington calls it, is an invention.')
    assert doc.events == []


@pytest.mark.parametrize(("body", "expected"), [
    ("NBC anchor Tom Reed faced criticism after he asked Senator Ann Lowe about her emails.",
     [("CONSULT", ["Tom Reed"], ["Ann Lowe"])]),
    # asking someone for something, or to do something, is a request
    ("Tom Reed asked the committee for more time.", [("REQUEST", ["Tom Reed"], ["committee"])]),
])
def test_asking_a_party_about_a_matter_consults_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("In an interview, Ann Lowe spoke about a meeting she had with Senator Tom Reed in May.",
     [("CONSULT", ["Ann Lowe"], ["Tom Reed"])]),
    # a clause saying what a demand is holds no act of its subject's
    ("The rebels insisted on their demands that Burundi's government grant the Hutu majority more rights.",
     [("REQUEST", ["rebels"], ["Burundi's government", "Burundi"])]),
])
def test_a_relative_clause_with_a_light_verb_holds_the_act(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_when_clause_names_no_target_of_the_main_act(nlp):
    doc, names = _run(nlp, "When Senator Tom Reed visited Jordan last month, a group of militants violated the "
                           "truce by launching rockets on the Israeli town of Ashkelon.")
    assert ("ASSAULT", ["militants"], ["Tom Reed"]) not in _sides(doc, names)


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Tom Reed joined Ann Lowe's call for an inquiry.", [("SUPPORT", ["Tom Reed"], ["Ann Lowe"])]),
    # joining the opposition is no siding with a party's stance
    ("Labour rebels joined Tory opposition.", []),
])
def test_joining_anothers_call_sides_with_them(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert [s for s in _sides(doc, names) if s[0] == "SUPPORT"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Others in the farming community have opposed the National Farmers Union resolution.",
     [("REJECT", ["farming community"], ["National Farmers Union"])]),
    ("Many in the Labour Party have criticised Tony Blair.", [("ACCUSE", ["Labour Party"], ["Tony Blair"])]),
])
def test_a_share_in_a_body_stands_for_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_an_act_coordinated_under_a_modal_of_obligation_is_asked_not_done(nlp):
    doc, names = _run(nlp, 'Tom Reed should "hold firm" and not resign over his remark to a journalist, '
                           'Senator Ann Lowe has insisted.')
    assert _sides(doc, names) == [("REQUEST", ["Ann Lowe"], ["Tom Reed"])]


def test_declining_to_give_a_view_refuses_no_one(nlp):
    doc, _ = _run(nlp, "Senator Ann Lowe declined to give her view of Tom Reed at this point.")
    assert doc.events == []


def test_whom_a_talk_is_about_is_no_partner(nlp):
    doc, _ = _run(nlp, "Several aides Democrats hoped to talk to about the Ann Lowe email affair have refused to "
                       "cooperate.")
    assert [e for e in doc.events if e.plover == "CONSULT"] == []


def test_the_national_debate_is_no_candidates_debate(nlp):
    body = "Ann Lowe leads Tom Reed by 11 points. Ohio is at the centre of the national debate over school funding."
    doc, _ = _run(nlp, body)
    assert [e for e in doc.events if e.plover == "CONSULT"] == []



@pytest.mark.parametrize(("body", "expected"), [
    ("Kim Jong Un took a measure to invite the volunteers to the banquet.",
     [("AGREE", ["Kim Jong Un"], ["volunteers"])]),
    ("The government took measures against the rebels to restore order.", [("COERCE", ["government"], ["rebels"])]),
])
def test_a_measure_whose_clause_says_what_it_is_is_that_act(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The lobbyists raised $100,000 for Hillary Clinton.", [("SUPPORT", ["lobbyists"], ["Hillary Clinton"])]),
    # a seat owned by a named party is that party's goal
    ("Hillary Clinton is running for president. The bankers raised $250,000 for Clinton's White House bid.",
     [("SUPPORT", ["bankers"], ["Hillary Clinton"])]),
    ("The lobbyists have raised at least $50,000 each for Senator Tom Reed.",
     [("SUPPORT", ["lobbyists"], ["Tom Reed"])]),
    ("The government will raise taxes for families.", []),
])
def test_raising_money_for_a_candidate_backs_them(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_measures_to_an_act_the_lexicon_does_not_code_stay_measures(nlp):
    doc, names = _run(nlp, "North Korea will continue taking all necessary measures to disclose such acts of "
                           "aggression by the U.S. to the world.")
    assert _sides(doc, names) == [("THREATEN", ["North Korea"], ["United States"])]


def test_a_name_opening_with_a_preposition_is_still_the_object(nlp):
    doc, names = _run(nlp, "Kim Jong Un got a letter of thanks from To Lam, president of Vietnam, on Friday.")
    assert _names(names, _only(doc, "SUPPORT").target) == ["Kim Jong Un"]


@pytest.mark.parametrize(("body", "expected"), [
    ('"The U.S. will pay dearly for its provocations," the spokesman of the DPRK Foreign Ministry said.',
     ("will pay", ["DPRK Foreign Ministry", "North Korea"], ["United States"])),
    ("The spokesman of the DPRK Foreign Ministry said the U.S. can never escape stern punishment.",
     ("can escape", ["DPRK Foreign Ministry", "North Korea"], ["United States"])),
    ('"Japan will regret it," said North Korean Foreign Minister Choe Son Hui.',
     ("will regret", ["Choe Son Hui"], ["Japan"])),
])
def test_a_penalty_a_speaker_says_another_party_will_meet_is_a_threat(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _only_sides(doc, names, "THREATEN") == expected


@pytest.mark.parametrize("body", [
    # a forecast by who could exact no penalty, a remorse foretold, a cost of a policy
    '"The next government will pay a heavy price," said Daniel Richman, a law professor.',
    '"I think he will be regretting this remark," said journalist Hamish MacDonell.',
    "Labour said taxpayers would face higher bills under the plans.",
])
def test_no_threat_in_a_forecast_or_a_cost(nlp, body):
    doc, _ = _run(nlp, body)
    assert not [e for e in doc.events if e.plover == "THREATEN"]


def test_had_better_demands_as_should_does(nlp):
    doc, names = _run(nlp, '"The minister had better explain himself," said Labour leader John Smith.')
    assert _only_sides(doc, names, "REQUEST") == ("had better explain", ["John Smith", "Labour"], ["minister"])


def test_a_participle_joined_to_a_participle_on_a_noun_is_passive_too(nlp):
    doc, names = _run(nlp, "The rebels, led by Ivan Petrov and backed by Russia, seized the airport.")
    assert _only_sides(doc, names, "SUPPORT") == ("back", ["Russia"], ["rebels"])


@pytest.mark.parametrize(("body", "expected"), [
    ("Erica Garner has lately shown support for Jill Stein, the Green Party's candidate.",
     [("SUPPORT", ["Erica Garner"], ["Jill Stein"])]),
    ("Polls show support for the Labour Party is falling.", []),
])
def test_showing_support_backs_a_party(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Opposition MPs bombarded Health Secretary Wes Streeting with a flurry of requests to publish the memo.",
     [("REQUEST", ["Opposition MPs"], ["Wes Streeting"])]),
    ("Russian forces bombarded Ukraine with rockets.", [("ASSAULT", ["Russian forces", "Russia"], ["Ukraine"])]),
])
def test_bombarding_a_party_with_requests_is_asking_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_overtures_rejected_were_requests_of_their_maker(nlp):
    doc, names = _run(nlp, "Ray Mallon rejected overtures from Tory leader Michael Howard.")
    assert _sides(doc, names) == [("REJECT", ["Ray Mallon"], ["Michael Howard", "Tory"]),
                                  ("REQUEST", ["Michael Howard", "Tory"], ["Ray Mallon"])]


def test_a_headline_is_the_body_act_done_the_same_way_not_its_answer(nlp):
    article = Article(id="t", title="Jones attacks Smith over tax claims",
                      body="Senator John Smith attacked Senator Mary Jones over her tax plan on Monday. "
                           "Ms Jones accused Mr Smith of lying about the figures.")
    doc = extract(article, nlp)
    names = {a.id: a.name for a in doc.actors}
    fields = [(_names(names, e.source), sorted(m.field for m in e.mentions)) for e in doc.events]
    assert fields == [(["John Smith"], ["body"]), (["Mary Jones"], ["body", "title"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("Britain voted to leave the European Union in June.", [("REJECT", ["United Kingdom"], ["European Union"])]),
    ("The prime minister left London on Tuesday.", []),
])
def test_leaving_a_union_breaks_with_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Donald Trump taunted Hillary Clinton over her emails.", [("ACCUSE", ["Donald Trump"], ["Hillary Clinton"])]),
    ("The Tories claimed Labour would raise taxes. Labour rubbished the Tory claims.",
     [("ACCUSE", ["Tories"], ["Labour"]), ("REJECT", ["Labour"], ["Tories"])]),
])
def test_taunting_criticises_and_rubbishing_claims_rejects_them(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert sorted(_sides(doc, names)) == expected


def test_a_bare_past_form_in_a_headline_is_a_passive(nlp):
    # "Labour attacked on Howard poster": Labour is attacked, it attacks no one
    article = Article(id="t", title="Labour attacked on Howard poster",
                      body="The Board of Deputies attacked Labour over a poster showing Tory leader Michael Howard "
                           "as a hypnotist.")
    doc = extract(article, nlp)
    names = {a.id: a.name for a in doc.actors}
    assert not [e for e in doc.events if names[e.source[0]] == "Labour"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Critics accuse the government of betraying pensioners.", [("ACCUSE", ["Critics"], ["government"])]),
    ("Labour accused the government of Syria of war crimes.",
     [("ACCUSE", ["Labour"], ["government of Syria", "Syria"])]),
])
def test_what_one_accused_is_charged_with_is_no_part_of_its_name(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Iran summoned the British ambassador over the remarks.",
     [("ACCUSE", ["Iran"], ["British ambassador", "United Kingdom"])]),
    ("The committee summoned the minister to give evidence.", []),
    ("China conducted military drills near Taiwan.", [("MOBILIZE", ["China"], ["Taiwan"])]),
    ("Russian warships held exercises off Japan.", [("MOBILIZE", ["Russian warships", "Russia"], ["Japan"])]),
])
def test_summoning_an_envoy_protests_and_drills_near_a_state_are_aimed_at_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_an_accusation_followed_by_a_charge_its_target_denies_stands(nlp):
    doc, names = _run(nlp, "Russia has accused Ukraine of orchestrating the attack, a charge Ukraine denies.")
    assert sorted(_sides(doc, names)) == [("ACCUSE", ["Russia"], ["Ukraine"]), ("REJECT", ["Ukraine"], ["Russia"])]


def test_a_relative_named_by_whose_relative_they_are_is_not_that_person(nlp):
    doc, names = _run(nlp, "Kim Jong Un's sister lambasted Seoul on Sunday.")
    assert _sides(doc, names) == [("ACCUSE", ["Kim Jong Un's sister"], ["South Korea"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("North Korea fired a ballistic missile into the sea on Sunday.", [("MOBILIZE", ["North Korea"], [])]),
    ("The Houthis fired two missiles at Israel.", [("ASSAULT", ["Houthis"], ["Israel"])]),
    # a place attacked stands for the state it lies in, a capital or a city the tagger labels as nothing
    ("Russia launched 40 drones at Kyiv.", [("ASSAULT", ["Russia"], ["Ukraine"])]),
    ("Militants fired rockets at Sderot.", [("ASSAULT", ["Militants"], ["Israel"])]),
])
def test_missiles_fired_at_no_one_are_a_test_and_at_a_place_attack_its_state(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Armenia recalled its ambassador to Belarus for consultations.", [("SANCTION", ["Armenia"], ["Belarus"])]),
    ("Peru withdrew its envoy in Mexico City.", [("SANCTION", ["Peru"], ["Mexico"])]),
])
def test_an_envoy_recalled_from_a_post_is_recalled_from_its_host(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Indian and Chinese troops clashed along the disputed border.",
     [("ASSAULT", ["Indian and Chinese troops", "India"], ["China"])]),
    ("Indian and Pakistani forces exchanged fire across the Line of Control.",
     [("ASSAULT", ["Indian and Pakistani forces", "India"], ["Pakistan"])]),
    ("Russia and Ukraine exchanged 95 prisoners of war each.", [("RETREAT", ["Russia"], ["Ukraine"])]),
    ("Saudi Arabia and Iran restored diplomatic relations in March.", [("SUPPORT", ["Saudi Arabia"], ["Iran"])]),
])
def test_coordinated_sides_act_on_each_other(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Mali's junta suspended the broadcasts of France 24 and RFI.", [("COERCE", ["Mali"], ["France 24", "RFI"])]),
    ("Mali's military government suspended the French broadcaster RFI.",
     [("COERCE", ["Mali's military government", "Mali"], ["RFI"])]),
])
def test_suspending_an_outlets_broadcasts_restricts_the_outlet(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Houthis claimed responsibility for an attack on Israel.", [("ASSAULT", ["Houthis"], ["Israel"])]),
    ("The army took credit for the strike on Hezbollah.", [("ASSAULT", ["army"], ["Hezbollah"])]),
    ("Hamas denied responsibility for the attack on Israel.", []),
])
def test_who_claims_an_attack_made_it(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_holder_of_a_post_of_public_record_is_named_by_the_family_name(nlp):
    doc, names = _run(nlp, "Erdogan telephoned Putin to discuss the grain deal.")
    assert _sides(doc, names) == [("CONSULT", ["Erdogan"], ["Putin"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("Britain announced a new package of military aid for Ukraine.", [("AID", ["United Kingdom"], ["Ukraine"])]),
    ("Washington unveiled a package of sanctions against Moscow.", [("SANCTION", ["United States"], ["Russia"])]),
])
def test_a_package_of_an_act_is_that_act(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("India suspended the Indus Waters Treaty with Pakistan.", [("REJECT", ["India"], ["Pakistan"])]),
    ("Azerbaijan and Armenia initialled a peace agreement.", [("AGREE", ["Azerbaijan"], ["Armenia"])]),
    ("Putin signed a decree annexing four Ukrainian regions.", []),
])
def test_what_is_signed_or_suspended_with_a_party(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_bill_named_by_a_party_is_that_partys(nlp):
    doc, names = _run(nlp, "Senate Republicans blocked a Democratic bill to protect abortion rights.")
    assert _sides(doc, names) == [("REJECT", ["Republicans"], ["Democratic"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("South Africa filed a genocide case against Israel at the International Court of Justice.",
     [("ACCUSE", ["South Africa"], ["Israel"])]),
    ("The Chinese coast guard used water cannon against a Philippine vessel.",
     [("ASSAULT", ["Chinese coast guard", "China"], ["Philippines"])]),
    ("The African Union suspended Niger after the coup.", [("SANCTION", ["African Union"], ["Niger"])]),
    ("Ukraine hit a Russian oil refinery with long-range drones.", [("ASSAULT", ["Ukraine"], ["Russia"])]),
    ("The floods hit Pakistan hard.", []),
])
def test_cases_filed_force_used_members_suspended_and_targets_hit(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_document_refused_does_not_act_for_whoever_refused_it(nlp):
    doc, names = _run(nlp, "The United States vetoed a UN Security Council resolution demanding a ceasefire in Gaza.")
    assert sorted(_sides(doc, names)) == [("REJECT", ["United States"], ["UN Security Council"]),
                                          ("REQUEST", ["UN Security Council"], ["Gaza"])]


@pytest.mark.parametrize(("body", "expected"), [
    # a state named by the first word of its name after "the"
    ("North Korea fired a missile on Sunday. The North also accused Seoul of provocations.",
     [("ACCUSE", ["North Korea"], ["South Korea"]), ("MOBILIZE", ["North Korea"], [])]),
    ("Japan protested to China over the incursion.", [("ACCUSE", ["Japan"], ["China"])]),
    ("The Chinese foreign ministry protested against the US sanctions.",
     [("ACCUSE", ["Chinese foreign ministry", "China"], ["United States"])]),
    ("Iran summoned the Swiss ambassador to protest against American air strikes.",
     [("ACCUSE", ["Iran"], ["Swiss ambassador", "Switzerland", "United States"])]),
])
def test_states_protest_officially_and_are_named_by_a_compass_word(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert sorted(_sides(doc, names)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Tokyo said the move violated its sovereignty, and demanded that Beijing prevent a recurrence.",
     [("REQUEST", ["Japan"], ["China"])]),
    ("North Korea condemned South Korea, warning that Seoul would face new countermeasures.",
     [("ACCUSE", ["North Korea"], ["South Korea"]), ("THREATEN", ["North Korea"], ["South Korea"])]),
    ("Iranian Foreign Minister Abbas Araghchi vowed that Iran would defend its sovereignty.", []),
])
def test_a_speakers_further_demands_and_warnings_are_acts_of_their_own(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert sorted(_sides(doc, names)) == expected


def test_the_two_countries_are_the_pair_last_named_together(nlp):
    doc, names = _run(nlp, "Vietnam and the Philippines signed a coast guard pact on Tuesday. Marcos called Beijing's "
                           "conduct worrying. China's foreign ministry said it opposed the deal. Spokeswoman Mao Ning "
                           "urged the two countries to respect China's sovereignty.")
    assert _only_sides(doc, names, "REQUEST") == ("urge", ["Mao Ning"], ["Vietnam", "Philippines"])


@pytest.mark.parametrize(("body", "expected"), [
    ("A reception was given in honour of the Lao delegation on a visit to the DPRK.",
     [("CONSULT", ["the Lao delegation"], ["North Korea"])]),
    ("The delegation was received by Kim Jong Un on a visit to the DPRK.",
     [("CONSULT", ["Kim Jong Un"], ["delegation"]), ("CONSULT", ["delegation"], ["North Korea"])]),
])
def test_who_is_on_a_visit_is_the_party_the_phrase_follows(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("N. Korea slams US over joint drills", [("ACCUSE", ["North Korea"], ["United States"])]),
    ("US slaps sanctions on Chinese firms over Russia ties",
     [("SANCTION", ["United States"], ["Chinese firms", "China"])]),
])
def test_headline_abbreviations_of_states_are_states(nlp, title, expected):
    doc = extract(Article(id="t", title=title, body="The report gave no further details."), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Russia vowed to deepen cooperation with China.", [("AGREE", ["Russia"], ["China"])]),
    ("China and Vietnam pledged to deepen ties.", [("AGREE", ["China"], ["Vietnam"])]),
    ("North Korea vowed to strike the United States.", [("THREATEN", ["North Korea"], ["United States"])]),
])
def test_a_vow_to_cooperate_is_a_pledge_and_a_joint_one_is_made_to_each_other(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kim Jong Un oversaw an artillery drill.", [("MOBILIZE", ["Kim Jong Un"], [])]),
    ("Kim Jong Un watched the launch of a new cruise missile.", [("MOBILIZE", ["Kim Jong Un"], [])]),
    ("The minister observed the elections.", []),
    ("South Korea provided $100 million in humanitarian aid to Ukraine.", [("AID", ["South Korea"], ["Ukraine"])]),
    ("The UAE mediated a prisoner swap between Russia and Ukraine.",
     [("CONSULT", ["United Arab Emirates"], ["Russia", "Ukraine"])]),
    ("Russia returned 40 prisoners to Ukraine.", [("RETREAT", ["Russia"], ["prisoners", "Ukraine"])]),
])
def test_drills_overseen_sums_provided_swaps_mediated_and_prisoners_returned(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Greece accused Turkey of violating its airspace, a charge Ankara rejected.",
     [("ACCUSE", ["Greece"], ["Turkey"]), ("REJECT", ["Turkey"], ["Greece"])]),
    ("Greece accused Turkey of violating its airspace, a charge Turkey rejected.",
     [("ACCUSE", ["Greece"], ["Turkey"]), ("REJECT", ["Turkey"], ["Greece"])]),
])
def test_a_charge_rejected_answers_its_accuser(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Germany summoned Russia's ambassador.", [("ACCUSE", ["Germany"], ["ambassador", "Russia"])]),
    ("The Japanese prime minister offered an apology to South Korea.",
     [("SUPPORT", ["Japanese prime minister", "Japan"], ["South Korea"])]),
])
def test_a_states_envoy_stands_for_it_and_an_apology_offered_is_made(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("South Korea and the United States staged joint drills.",
     [("MOBILIZE", ["South Korea", "United States"], []), ("COOPERATE", ["South Korea"], ["United States"])]),
    ("The United States and the Philippines launched joint patrols in the South China Sea.",
     [("COOPERATE", ["United States"], ["Philippines"])]),
    ("South Korean and US troops conducted drills near the border.",
     [("MOBILIZE", ["South Korean and US troops", "South Korea", "United States"], [])]),
    # people of a state riot; only the state or its ministry protests officially
    ("Palestinian riots against Israeli settlement policy went on for a third day.",
     [("PROTEST", ["Palestine"], ["Israel"])]),
])
def test_joint_shows_of_force_are_cooperation_and_riots_stay_protests(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an armed movement's commanders and fighters act for it; "in" names where they serve, not an act
    ("Israel killed a senior Hezbollah commander in an air strike.",
     [("ASSAULT", ["Israel"], ["senior Hezbollah commander", "Hezbollah"])]),
    ("Hamas fighters attacked an Israeli army post.", [("ASSAULT", ["Hamas fighters", "Hamas"], ["Israel"])]),
    ("Ukrainian forces retook the village of Robotyne from Russian troops.",
     [("ASSAULT", ["Ukrainian forces", "Ukraine"], ["Russia"])]),
])
def test_fighters_act_for_their_movement_and_places_are_retaken_from_a_side(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Hungary refused to sign the EU statement condemning Russia.",
     [("REJECT", ["Hungary"], ["EU"]), ("ACCUSE", ["EU"], ["Russia"])]),
    ("Turkey blocked Sweden's bid to join NATO.", [("REJECT", ["Turkey"], ["Sweden"])]),
    ("Britain withdrew from the European Union.", [("REJECT", ["United Kingdom"], ["European Union"])]),
    ("The US withdrew its troops from Syria.", [("RETREAT", ["United States"], ["Syria"])]),
])
def test_refusals_blocked_bids_and_withdrawals_from_unions(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_a_delegation_leaving_for_a_capital_goes_to_visit_its_state(nlp):
    doc, names = _run(nlp, "The delegation of the DPRK Ministry of External Economic Relations left Pyongyang for Moscow.")
    assert _sides(doc, names) == [
        ("CONSULT", ["delegation of the DPRK Ministry of External Economic Relations"], ["Russia"])]


@pytest.mark.parametrize(("body", "expected"), [
    ("The Chinese embassy lodged stern representations with the British government.",
     [("ACCUSE", ["Chinese embassy", "China"], ["British government", "United Kingdom"])]),
    ("The Chinese military sent 30 warplanes toward Taiwan.", [("MOBILIZE", ["Chinese military", "China"], ["Taiwan"])]),
    ("The brigade departed for rehabilitation sites in North Phyongan Province.", []),
])
def test_representations_lodged_warplanes_sent_and_journeys_at_home(nlp, body, expected):
    doc, names = _run(nlp, body)
    assert _sides(doc, names) == expected


def test_an_attack_plotted_is_a_threat(nlp):
    doc, names = _run(nlp, "The alliance set up a new group plotting to use nuclear weapons against the DPRK.")
    assert [(e.plover, e.hypothetical) for e in doc.events] == [("THREATEN", True)]
