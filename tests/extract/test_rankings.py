"""Rankings stage: protocol statements and ordered lists of officials."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.model import Article

STAGES = ("actors", "positions", "rankings")


def rankings(nlp, text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = extract(Article(id="t", body=text), nlp, stages=STAGES)
    names = {a.id: a.name for a in doc.actors}
    return [(r.kind, r.occasion, [names.get(x, x) for x in r.order]) for r in doc.rankings]


def test_protocol_ranking_keeps_descriptions_of_unnamed_officials(nlp):
    text = ("Ivan Petrov spoke at the banquet. Experts said Petrov's protocol ranking placed him third, "
            "behind Li Qiang, Chinese Premier and Secretary of the Communist Party of Vietnam.")
    assert rankings(nlp, text) == [
        ("protocol", None, ["Li Qiang", "Secretary of the Communist Party of Vietnam", "Ivan Petrov"])]


def test_kcna_present_list_in_rank_order(nlp):
    text = ("Present there were Choe Ryong Hae, member of the Presidium of the Political Bureau of the "
            "C.C., WPK, and Premier Pak Thae Song, Vice-Chairman Kim Tok Hun and Minister Kim Song Nam.")
    (kind, occasion, order), = rankings(nlp, text)
    assert (kind, occasion) == ("list", "Present there were")
    assert order[1:] == ["Pak Thae Song", "Kim Tok Hun", "Kim Song Nam"]


def test_list_of_posts_without_names(nlp):
    text = ("Congratulations came from the chairperson of the National Salvation Front of Russia, the first "
            "secretary of the C.C., Communist Party of Belarus and the general secretary of the Communist "
            "Party of Spain.")
    assert rankings(nlp, text) == [("list", "Congratulations came from", [
        "chairperson of the National Salvation Front of Russia",
        "first secretary of the C.C., Communist Party of Belarus",
        "general secretary of the Communist Party of Spain"])]


def test_two_names_are_not_a_list(nlp):
    assert rankings(nlp, "Tony Blair met Jacques Chirac in Paris on Monday.") == []


def test_list_of_posts_keeps_parenthetical_and_quoted_party_names(nlp):
    text = ('Greetings came from the general secretary of the Chilean Communist Party (Proletarian Action), '
            'the chairperson of the People Unity-"Kazakh Zhol" Democratic Party and the leader of the '
            '"Party of Free Labour" of Armenia.')
    assert rankings(nlp, text) == [("list", "Greetings came from", [
        "general secretary of the Chilean Communist Party (Proletarian Action)",
        'chairperson of the People Unity-"Kazakh Zhol" Democratic Party',
        'leader of the "Party of Free Labour" of Armenia'])]


def test_two_posts_sharing_one_body_are_one_entry(nlp):
    text = ("Letters came from the chairman and the secretary general of the C.C., Czech Workers' Party, "
            "the first secretary of the Communist Party of Austria and the chairperson of the Union of "
            "Socialists of Peru.")
    (kind, _, order), = rankings(nlp, text)
    assert order == ["chairman and the secretary general of the C.C., Czech Workers' Party",
                     "first secretary of the Communist Party of Austria",
                     "chairperson of the Union of Socialists of Peru"]


def test_list_of_people_skips_their_places_of_origin(nlp):
    text = ("Tariq Hussain, from Leeds, and Omar Malik, Daniel Reeve and Samir Aziz, from Manchester, "
            "were released on Tuesday.")
    assert rankings(nlp, text) == [("list", None, ["Tariq Hussain", "Omar Malik", "Daniel Reeve", "Samir Aziz"])]


def test_titles_of_listed_people_are_not_entries(nlp):
    text = ("He was greeted by Ri Chol Ho, the director of the Protocol Department, the first vice department "
            "director of the C.C., WPK Kim Ok Sun and Jo Yong Sik at the airport.")
    (kind, occasion, order), = rankings(nlp, text)
    assert (kind, occasion, order) == ("list", "He was greeted by", ["Ri Chol Ho", "Kim Ok Sun", "Jo Yong Sik"])
