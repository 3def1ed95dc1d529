"""Title Case headlines are parsed in sentence case, judged by the article's own capitals."""

from __future__ import annotations

from newsgraph.extract.headlines import sentence_case
from newsgraph.extract.pipeline import extract
from newsgraph.model import Article

BODY = ("Retired Army Gen. Tom Reyes is speaking out about the president, Mark Olsen.\n\n"
        "He said it was a demoralizing experience to serve under Mr Olsen, a Democrat from Ohio.\n")


def test_title_case_line_takes_the_articles_own_capitals():
    title = "Retired General Reveals Demoralizing Experience Of Serving Under Olsen"
    assert sentence_case(title, BODY) == "Retired general reveals demoralizing experience of serving under Olsen"


def test_states_acronyms_and_sentence_case_lines_keep_their_case():
    assert sentence_case("French Minister Slams NATO Plan Over Ukraine", BODY) == (
        "French minister slams NATO plan over Ukraine")
    line = "Malik rejects all-black MP lists"
    assert sentence_case(line, BODY) == line


def test_offsets_hold_and_a_headline_names_no_one_by_its_verbs(nlp):
    body = "Retired General Reveals Demoralizing Experience Of Serving Under Olsen\n\n" + BODY
    assert len(sentence_case(body)) == len(body)
    doc = extract(Article(id="t", body=body), nlp, stages=("actors",))
    assert {a.name for a in doc.actors if a.kind == "person"} == {"Tom Reyes", "Mark Olsen"}


def test_only_the_first_line_is_a_headline():
    # a table of results in Title Case is no headline
    text = "Spain Beat Italy In Final\n\nSpain won on Sunday.\n\nReal Madrid Four Barcelona Three\n"
    assert sentence_case(text) == "Spain beat Italy in final\n\nSpain won on Sunday.\n\nReal Madrid Four Barcelona Three\n"


def test_a_title_case_phrase_in_the_body_leaves_function_words_lower():
    # the body's own Title Case slogan capitalises "To" once; the article writes "to" far more
    body = ("If Ann Ross wins, she will have Made It Fun To Be A Geek Again. She went to Ohio to talk to "
            "voters, who can see a nerd win, and her rival Theresa May may yet answer.")
    assert sentence_case("Thanks To Ross, Voters Can Win", body) == "Thanks to Ross, voters can win"
    # a name that outnumbers its word in lower case keeps its capital
    assert sentence_case("Pressure Mounts Today On Theresa May", body) == "Pressure mounts today on Theresa May"
