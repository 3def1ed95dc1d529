"""Event roles: whom an act is aimed at, read from the phrases around its trigger."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.model import Article


def _sides(nlp, body: str) -> list[tuple[str, str, list[str], list[str]]]:
    doc = extract(Article(id="test", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    return [(e.plover, e.verb, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events]


def test_participle_of_aiming_names_the_target_of_an_event_noun(nlp):
    body = "Throughout the morning, Senator Greg Hollis kept tweeting out attacks aimed at Governor Dana Whitmore."
    assert _sides(nlp, body) == [("ACCUSE", "tweet attack", ["Greg Hollis"], ["Dana Whitmore"])]


def test_criticism_directed_at_someone_is_aimed_at_them(nlp):
    body = "Mayor Lena Ortiz posted criticism directed at Governor Ray Dunn on Friday."
    assert _sides(nlp, body) == [("ACCUSE", "post criticism", ["Lena Ortiz"], ["Ray Dunn"])]


def test_a_posted_message_aimed_at_no_one_codes_nothing(nlp):
    assert _sides(nlp, "Mayor Lena Ortiz posted a message on Facebook on Friday.") == []


def test_campaigning_in_a_country_visits_it(nlp):
    body = "Irish presidential candidate Sean Walsh campaigned in Britain on Saturday."
    assert _sides(nlp, body) == [("CONSULT", "campaign in", ["Sean Walsh"], ["United Kingdom"])]


def test_a_name_qualifying_the_conduct_an_inquiry_examines_does_not_conduct_it(nlp):
    # "the Hale email probe" examines Hale; it is not Hale's probe of the officials
    body = "Senator Tom Hale denied wrongdoing. Investigators said the Hale email probe into State Department officials had ended."
    assert _sides(nlp, body) == []


def test_a_name_qualifying_the_conduct_an_inquiry_examines_is_its_target(nlp):
    body = "Senator Tom Hale denied wrongdoing. The FBI reopened the Hale email investigation on Friday."
    assert _sides(nlp, body) == [("ACCUSE", "reopen investigation", ["FBI"], ["Tom Hale"])]


def test_a_common_noun_after_as_is_the_doers_role_not_a_target(nlp):
    body = ("Labour's Elizabeth Blackman won the seat in 1997. She says she will fight on her record "
            "\"as a hard-working constituency MP\".")
    assert _sides(nlp, body) == []


def test_a_verdict_fronted_with_as_still_reads_its_target(nlp):
    body = ("Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest "
            "in Montenegro.")
    assert _sides(nlp, body) == [("ACCUSE", "denounce", ["Albania"], ["Serbia"])]


def test_a_meal_the_subject_is_at_with_someone_is_a_meeting_with_them(nlp):
    body = "At a working breakfast with Governor Ray Dunn on Monday, Senator Tom Hale said the budget was sound."
    assert _sides(nlp, body) == [("CONSULT", "breakfast", ["Tom Hale"], ["Ray Dunn"])]


def test_a_meeting_between_others_is_not_the_act_of_whoever_is_at_it(nlp):
    body = "Demonstrators shouted at the meeting between Governor Ray Dunn and Senator Tom Hale."
    assert [e[0] for e in _sides(nlp, body) if "Demonstrators" in e[2]] == []


def test_a_former_ministers_demand_for_an_inquiry_is_made_of_the_government(nlp):
    # her sector (GOV) comes from a post she has left: she no longer speaks for the government
    body = ("The British government refused to publish the advice. Former cabinet minister Ann Cole, who resigned "
            "over the war, demanded a Lords inquiry into the affair.")
    assert _sides(nlp, body) == [("REQUEST", "demand", ["Ann Cole"], ["British government", "United Kingdom"])]


def test_a_stance_on_an_unowned_policy_in_the_passive_is_toward_the_government(nlp):
    body = "The Australian government turns back boats at sea. The policy has been criticised by Amnesty International."
    assert _sides(nlp, body) == [("ACCUSE", "criticise", ["Amnesty International"], ["Australian government", "Australia"])]
