"""Appraisal: a speaker's words of disapproval about another party are that speaker's ACCUSE, its
words of approval that speaker's SUPPORT (praise)."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.appraisal import approval_words, disapproval_words
from newsgraph.model import Article


def _appraisals(nlp, body: str, plover: str) -> list[tuple[str, str, str]]:
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return [(names[e.source[0]], names[e.target[0]], e.cameo) for e in doc.events if e.plover == plover]


def _accusations(nlp, body: str) -> list[tuple[str, str, str]]:
    return _appraisals(nlp, body, "ACCUSE")


def _praise(nlp, body: str) -> list[tuple[str, str, str]]:
    return _appraisals(nlp, body, "SUPPORT")


def test_word_list_is_lemmas_with_a_part_of_speech():
    words = disapproval_words()
    assert ("reckless", "ADJ") in words and ("lie", "VERB") in words and ("lie", "NOUN") in words
    assert {pos for _, pos in words} == {"ADJ", "NOUN", "VERB"}
    praise = approval_words()
    assert ("constructive", "ADJ") in praise and ("courage", "NOUN") in praise and ("deliver", "VERB") in praise
    assert {pos for _, pos in praise} == {"ADJ", "NOUN", "VERB"}
    # too common to say who is praised
    assert not {("good", "ADJ"), ("great", "ADJ")} & praise


def test_reported_speech_calling_a_partys_act_a_disgrace(nlp):
    body = ("Opposition leader Marta Silva said on Sunday that the handling of the floods by the Treasury "
            "was a disgrace.")
    assert _accusations(nlp, body) == [("Marta Silva", "Treasury", "111")]


def test_a_court_finding_an_act_unlawful_rules_against_the_government(nlp):
    body = ("The Australian government has held the asylum seekers on Nauru since 2013. The High Court "
            "ruled on Tuesday that their detention was unlawful.")
    assert _accusations(nlp, body) == [("High Court", "Australian government", "111")]
    # a judge calling a crime illegal accuses no government
    assert _accusations(nlp, "The Australian government has promised to act. The judge said the raid on the "
                             "shop was illegal.") == []


def test_statement_condemning_another_states_reckless_provocations(nlp):
    body = ('Havana, May 3 (PL) -- Cuban Foreign Minister Ana Rivero told reporters: "The reckless '
            'provocations of the United States are pushing the region to the brink of war."')
    assert _accusations(nlp, body) == [("Ana Rivero", "United States", "111")]


def test_negated_disapproval_and_the_speakers_own_side_give_nothing(nlp):
    body = ("Norwegian Finance Minister Tomas Berg said the tax plan of the Labour Party was not illegal. "
            "Mr Berg added that Norway had been reckless in the past.")
    assert _accusations(nlp, body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # a word of approval describing a predicate noun is denied with its clause
    ('Foreign Minister Ann Lee said: "Iran is not a credible partner."', ("Ann Lee", "Iran", "111")),
    ('Senator Ann Moss said: "It is a pity that Governor Tom Hale does not practise what he preaches."',
     ("Ann Moss", "Tom Hale", "111")),
    ('Senator Ann Moss said the city council\'s stance on the bridge was "untenable".', ("Ann Moss", "city council", "111")),
    ('Governor Tom Hale said the court\'s verdict was "a miscarriage of justice".', ("Tom Hale", "court", "111")),
    # a verb of approval denied of its object faults the subject ("delivered missiles" praises no one)
    ("Senator Ann Moss said Governor Tom Hale did not deliver the policies the state needs.",
     ("Ann Moss", "Tom Hale", "111")),
])
def test_a_denied_quality_or_a_pity_is_criticism(nlp, body, expected):
    assert _accusations(nlp, body) == [expected]


def test_a_fault_only_supposed_faults_no_one(nlp):
    body = "Senator Ann Moss said that if Governor Tom Hale fails to act, the state will lose the funds."
    assert _accusations(nlp, body) == []


def test_the_start_of_a_route_is_not_whose_it_is(nlp):
    body = ("Interior Minister Ana Reyes said boats made the dangerous run from Libya to Italy. She said the "
            "reckless threats from Libya were growing.")
    assert _accusations(nlp, body) == [("Ana Reyes", "Libya", "111")]


def test_a_party_acted_on_or_a_situation_is_not_the_target(nlp):
    body = ("Historian Ivan Petrov of the Minsk Veterans Society said the partisans routed "
            "the imperialists in 1944. Union leader Ann Cole said the strike by Unite had ended, adding: "
            "\"It is completely unacceptable.\"")
    assert _accusations(nlp, body) == []


def test_naming_someone_by_a_word_of_disapproval_is_criticism(nlp):
    body = ("Green Party leader Ida Moreau called Prime Minister Paul Hart a liar in Tuesday's debate. "
            "Chile's foreign minister described the Peruvian proposal as a provocation.")
    assert _accusations(nlp, body) == [("Ida Moreau", "Paul Hart", "111"), ("foreign minister", "Peru", "111")]


@pytest.mark.parametrize(("body", "expected"), [
    # a name the parser compounds with the word it is called
    ("Senator Ruth Baker called Governor Tom Ellis reckless on Sunday.", [("Ruth Baker", "Tom Ellis")]),
    # "as" hung on the object
    ("Senator Ruth Baker described Governor Tom Ellis's budget as reckless.", [("Ruth Baker", "Tom Ellis")]),
    ("Senator Ruth Baker described Governor Tom Ellis's handling of the strike as an error.", [("Ruth Baker", "Tom Ellis")]),
    ("Senator Ruth Baker said Governor Tom Ellis's style of leadership was corrosive.", [("Ruth Baker", "Tom Ellis")]),
    # verbs of judging with a verbless clause
    ("Senator Ruth Baker said she found Governor Tom Ellis's letter \"troubling\".", [("Ruth Baker", "Tom Ellis")]),
    ("Senator Ruth Baker considers Governor Tom Ellis dangerous.", [("Ruth Baker", "Tom Ellis")]),
    # a judgement of approval, a finding with a verb and a find of a place are none
    ("Senator Ruth Baker said she found the talks with Governor Tom Ellis useful.", []),
    ("Senator Ruth Baker found that Governor Tom Ellis had left.", []),
    ("Senator Ruth Baker found the Peruvian embassy in Lima.", []),
])
def test_calling_or_judging_a_party_by_a_word_of_disapproval(nlp, body, expected):
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the object the parser reads as a first complement before the word it is called
    ('French president Jacques Chirac has called the UK\'s pounds 3bn rebate from the European Union "unjustified".',
     [("Jacques Chirac", "United Kingdom", "111")]),
    # a passive naming, with its "by" on the verb and hung by the parser on the word it is called
    ("Labour's plan was branded a disgrace by the Liberal Democrats.", [("Liberal Democrats", "Labour", "111")]),
    ("Labour's plan was labelled a shambles by the Liberal Democrats.", [("Liberal Democrats", "Labour", "111")]),
])
def test_a_naming_the_parser_misreads_still_names_its_object(nlp, body, expected):
    assert _accusations(nlp, body) == expected


def test_a_participle_naming_takes_its_clauses_subject_and_a_neutral_name_is_nothing(nlp):
    body = ("Senator Omar Haddad left the Reform Party in March, calling it a shambles. "
            "Mr Haddad called the summit a success.")
    assert _accusations(nlp, body) == [("Omar Haddad", "Reform Party", "111")]


def test_reported_speech_praising_another_states_offer(nlp):
    body = "Trade Minister Lena Fischer said on Monday that the Japanese offer was generous and constructive."
    assert _praise(nlp, body) == [("Lena Fischer", "Japan", "051")]


def test_calling_anothers_act_the_right_one_is_praise(nlp):
    body = ("Chancellor Greta Lindqvist said Spain had made the right decision in applying for aid. "
            "Analyst Tom Reed said the far right was gaining ground in France.")
    assert _praise(nlp, body) == [("Greta Lindqvist", "Spain", "051")]


def test_a_quality_owned_by_a_person_or_a_trusted_figure_is_praise_of_that_person(nlp):
    body = ('Senator Mark Olsen told reporters: "Governor Ruth Adler\'s courage during the floods was '
            'remarkable." Labour MP Tom Hale said Chancellor Joan Dunn was the most trusted figure in the cabinet.')
    assert _praise(nlp, body) == [("Mark Olsen", "Ruth Adler", "051"), ("Tom Hale", "Joan Dunn", "051")]


def test_a_verb_of_approval_praises_only_without_an_object(nlp):
    body = ("Labour MP Tom Hale said the Liberal Democrats had delivered on schools. "
            "Defence analyst Carl Berg said the Liberal Democrats had delivered leaflets in every street.")
    assert _praise(nlp, body) == [("Tom Hale", "Liberal Democrats", "051")]


def test_negated_approval_is_disapproval_and_the_speakers_own_side_is_not_praised(nlp):
    body = ('Foreign Minister Park Min-su said Japan\'s decision was "not helpful" to stability in the region. '
            "Swedish Prime Minister Anna Holm said Sweden's firefighters had shown great courage.")
    assert _accusations(nlp, body) == [("Park Min-su", "Japan", "111")]
    assert _praise(nlp, body) == []


def test_an_approving_word_under_a_negated_clause_still_praises(nlp):
    body = "Polish President Jan Nowak said the brave soldiers and medics of Ukraine would never give up."
    assert _praise(nlp, body) == [("Jan Nowak", "Ukraine", "051")]
    assert _accusations(nlp, body) == []


def test_describing_someone_in_a_relative_clause_by_a_word_of_approval_is_praise(nlp):
    body = ("Finance Minister Grace Okafor dined with Senator Ade Bello, whom she described as "
            "\"very talented\", on Friday.")
    assert _praise(nlp, body) == [("Grace Okafor", "Ade Bello", "051")]


def test_designating_a_state_by_a_word_of_disapproval_is_criticism(nlp):
    body = "The State Department designated Cuba as a sponsor of terrorism on Monday."
    assert _accusations(nlp, body) == [("State Department", "Cuba", "111")]


def test_a_party_called_mistaken_is_criticised(nlp):
    body = "The Scottish National Party said the government was mistaken."
    assert _accusations(nlp, body) == [("Scottish National Party", "government", "111")]


@pytest.mark.parametrize(("body", "expected"), [
    # the warnings are the president's by "from"
    ("President Ray Dunn spoke on Monday. Terry Hale said the warnings from Mr Dunn were baseless.",
     [("Terry Hale", "Ray Dunn", "111")]),
    # an anticipatory "it" stands for the clause that names the party
    ("Mayor Ray Dunn spoke on Monday. General Ted Hale said it was demoralizing to work for Mr Dunn.",
     [("Ted Hale", "Ray Dunn", "111")]),
    # a clause as the subject is about the party it names
    ("Mayor Ray Dunn spoke on Monday. Colonel Ted Hale said serving under Mr Dunn had been frustrating.",
     [("Ted Hale", "Ray Dunn", "111")]),
    # the clause "it" stands for follows it; the quote's frame before it is not that clause
    ('Mayor Ray Dunn spoke on Monday. "I can say it now," Ted Hale told the host, "it was demoralizing '
     'to work for Mr Dunn."', [("Ted Hale", "Ray Dunn", "111")]),
    # a participle's agent made the thing appraised
    ("Ed Hale said the policies pursued by the Treasury were a shambles.", [("Ed Hale", "Treasury", "111")]),
    # the subject of a relative clause on the noun did what it names; a pronoun there is not read
    ('Shadow minister Ed Hale said the way the Treasury had handled the bill was a "shambles".',
     [("Ed Hale", "Treasury", "111")]),
    ("Ed Hale said the plan the Treasury unveiled was a cynical sham.", [("Ed Hale", "Treasury", "111")]),
    ("The Treasury spoke on Monday. Ed Hale said the plan it unveiled was a cynical sham.", []),
    # what a party's act shows is said of the party
    ("Senator Ann Moss spoke on Monday. Ray Dunn said the request from Ms Moss showed desperation.",
     [("Ray Dunn", "Ann Moss", "111")]),
])
def test_disapproval_owned_by_from_an_extraposed_clause_or_what_shows_it(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "found X troubling": what the verbless clause describes, and whose it is
    ("Finance Minister Peter Walsh unveiled the budget on Tuesday. Senators Ann Moss and Ray Dunn said they "
     "found Walsh's plan troubling.", [("Ann Moss", "Peter Walsh", "111")]),
    # a judgment of a thing a party owns is a judgment of the owner
    ("Finance Minister Peter Walsh unveiled the budget on Tuesday. Opposition leader Anna Berg said the "
     "minister's speech was confusing and unsettling.", [("Anna Berg", "Peter Walsh", "111")]),
])
def test_a_judgment_of_what_a_party_owns_is_aimed_at_the_owner(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a hyphenated word is read whole, quoted or not, and is no act of its last part ("advise")
    ("Finance Minister Peter Walsh spoke on Monday. Anna Berg said Mr Walsh's remark was \"ill-advised\".",
     [("Anna Berg", "Peter Walsh", "111")]),
    ("Finance Minister Peter Walsh spoke on Monday. Anna Berg said Mr Walsh's plan was high-handed.",
     [("Anna Berg", "Peter Walsh", "111")]),
    # a participle the lists give as an adjective, after "be" with no agent, describes the subject
    ("Finance Minister Peter Walsh spoke on Monday. Anna Berg said Mr Walsh was misguided.",
     [("Anna Berg", "Peter Walsh", "111")]),
    # "the first minister" is the one person the article gives that post
    ("Jack Hale, the first minister, visited a school. Anna Berg said the first minister had made a "
     "very stupid remark.", [("Anna Berg", "Jack Hale", "111")]),
    # being offended by a party, or voicing anger at it, criticises it
    ("Rabbi Dan Gold said he had been deeply offended by Mayor Ken Hale's remarks.",
     [("Dan Gold", "Ken Hale", "111")]),
    ("Finance Minister Peter Walsh spoke on Monday. Senator Anna Berg voiced anger at Mr Walsh's decision.",
     [("Anna Berg", "Peter Walsh", "111")]),
])
def test_hyphenated_and_participle_words_and_a_post_for_its_holder(nlp, body, expected):
    assert _accusations(nlp, body) == expected


def test_a_passive_word_of_disapproval_is_aimed_at_its_agent_not_its_patient(nlp):
    body = ("Prime Minister Tony Blair spoke on Monday. Labour MP Derek Hale said Mr Blair had been misled "
            "by the Liberal Democrats.")
    assert _accusations(nlp, body) == [("Derek Hale", "Liberal Democrats", "111")]


@pytest.mark.parametrize(("body", "plover", "expected"), [
    # the one who feels is the speaker's side; what the attitude is toward is the target
    ('The appeals court ruled on Monday. "We are pleased with the court\'s well-reasoned decision," lawyer '
     'Marc Kane said.', "SUPPORT", [("Marc Kane", "court", "051")]),
    ("The Labour Party said it was deeply disappointed by the decision of Prime Minister Tony Blair.",
     "ACCUSE", [("Labour Party", "Tony Blair", "111")]),
    # a negated attitude of praise criticises; a negated criticism says nothing
    ("Union leader Ann Cole said she was not happy with the Treasury.", "ACCUSE", [("Ann Cole", "Treasury", "111")]),
    ("Union leader Ann Cole said she was not critical of the Treasury.", "ACCUSE", []),
    # gladness for a party congratulates it; "happy for X to act" is a view of an act, no one's due
    ("Mayor Ray Dunn said he was delighted for Judge Carol Price.", "SUPPORT", [("Ray Dunn", "Carol Price", "051")]),
    ("Mayor Ray Dunn said he was happy for the council to decide.", "SUPPORT", []),
])
def test_an_attitude_toward_a_party_named_after_its_preposition(nlp, body, plover, expected):
    assert _appraisals(nlp, body, plover) == expected


@pytest.mark.parametrize(("body", "plover", "expected"), [
    # an attitude the writer reports a party to feel, toward a party or the clause it is felt about
    ("Democrats were furious that James Comey made a vague announcement.", "ACCUSE",
     [("Democrats", "James Comey", "111")]),
    ("Labour MPs are angry with the Treasury over the cuts.", "ACCUSE", [("Labour MPs", "Treasury", "111")]),
    ("Senator Ann Moss was delighted with the ruling of the Supreme Court.", "SUPPORT",
     [("Ann Moss", "Supreme Court", "051")]),
    # the "of" phrase of an act names who suffers it; its doer is the target
    ("Amnesty International said it was appalled by the treatment of prisoners by the Egyptian government.",
     "ACCUSE", [("Amnesty International", "Egyptian government", "111")]),
])
def test_an_attitude_the_writer_reports(nlp, body, plover, expected):
    assert _appraisals(nlp, body, plover) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a decision no one is named as making is the government's the article names
    ("The government said it would cap the number of new casinos at 24. The Casino Owners Association "
     "said its members were outraged by the decision.", [("Casino Owners Association", "government", "111")]),
    # a scare-quoted adjective, its "by" hung on the copula
    ("The government said it would cap the number of new casinos at 24. Casino Owners Association chairman "
     "Tom Brand said his members were \"outraged\" by the decision.", [("Tom Brand", "government", "111")]),
    # else that of the doer of the act the sentence before reports
    ("Ford decided to close the plant in Dagenham. Unions were furious about the decision.",
     [("Unions", "Ford", "111")]),
])
def test_an_attitude_toward_an_unowned_decision_is_toward_its_maker(nlp, body, expected):
    assert _accusations(nlp, body) == expected


def test_a_word_of_disapproval_on_an_act_of_force_is_aimed_at_its_doer(nlp):
    body = ('Omar Haddad attacked a commuter at the station on Saturday. "It is a vile attack," Prime '
            'Minister Ann Dowd said.')
    assert _accusations(nlp, body) == [("Ann Dowd", "Omar Haddad", "111")]


@pytest.mark.parametrize(("body", "expected"), [
    # a noun of concern voiced by a party: aimed at whose the act or policy is, never the topic word
    ("The Chinese foreign ministry expressed deep concern over the U.S. moves in the South China Sea.",
     [("China", "United States", "111")]),
    ("Labour MPs raised concerns about the government's plan to close the hospital.",
     [("Labour MPs", "government", "111")]),
    ("Beijing has voiced strong worries at Japan's decision to send warships to the strait.",
     [("China", "Japan", "111")]),
    ("Concerns were raised by unions over the company's decision to cut jobs.", [("unions", "company", "111")]),
    # the subject of the clause it is voiced about
    ("Conservative MPs have voiced concern that the mayor's plan would drive small firms out of the city.",
     [("Conservative MPs", "mayor", "111")]),
    # what is said to be under a party is in its charge
    ("Retired general Mark Eaton had major misgivings about the armed forces under President Sam Cole.",
     [("Mark Eaton", "Sam Cole", "111")]),
    ('Javier Solana said he had "qualms" about Home Secretary Charles Clarke\'s new plans.',
     [("Javier Solana", "Charles Clarke", "111")]),
    # a verb of feeling whose subject feels it: its clause, with or without "that", is what is felt
    ("The Federation of Small Businesses fears the Treasury's plan will hurt small firms.",
     [("Federation of Small Businesses", "Treasury", "111")]),
    ("Senator Ann Moss worries that Governor Tom Hale is out of touch with voters.", [("Ann Moss", "Tom Hale", "111")]),
    # a passive clause's agent is its doer, not the party it is done to
    ("The Green Party is worried that the BBC will be taken over by the Conservative Party.",
     [("Green Party", "Conservative Party", "111")]),
])
def test_a_concern_voiced_about_another_partys_act(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize("body", [
    # concern for someone is sympathy; a concern no one is said to hold, or one denied, is no criticism
    "The Red Cross voiced concern for the families of the victims of the floods in Pakistan.",
    "There are concerns about the Treasury's plan to raise fuel duty.",
    "The Foreign Office did not express concern about France's decision to recall its ambassador.",
    # the form read as a verb is no noun of feeling
    'In an email, Senator Ann Moss wrote that the report "worries me about the Treasury."',
    # a feared object, fear for someone, and a feeling's cause as subject
    "Labour candidates fear the campaigning skills of the Liberal Democrats.",
    "Relatives of the crew fear for the sailors held by the Iranian navy.",
    'Senator Ann Moss said: "It worries me that Governor Tom Hale has no plan."',
])
def test_no_criticism_from_sympathy_an_unowned_or_denied_concern(nlp, body):
    assert _accusations(nlp, body) == []


def test_a_party_said_to_lack_standing_is_criticised(nlp):
    body = ("Bishop Alan Reed said the Green Party had no credibility on the economy. "
            "Liberal leader Sam Ortiz said there was a fundamental lack of trust in Prime Minister Alan Ward.")
    assert _accusations(nlp, body) == [("Alan Reed", "Green Party", "111"), ("Sam Ortiz", "Alan Ward", "111")]


def test_a_lack_shown_is_said_of_what_shows_it(nlp):
    body = ("Senator Ruth Baker said Governor Tom Ellis's remarks showed \"a lack of respect for our veterans.\" "
            "Mayor Ann Cole said Governor Tom Ellis lacked the temperament to lead.")
    assert _accusations(nlp, body) == [("Ruth Baker", "Tom Ellis", "111"), ("Ann Cole", "Tom Ellis", "111")]


def test_a_denied_feat_and_culpability_for_a_harm_are_criticism(nlp):
    body = ("Councillor Tom Hale said Governor Jane Meyers had never accomplished anything in Albany. "
            "Opposition leader Maria Lopez said the Interior Ministry was responsible for the deaths of the miners.")
    assert _accusations(nlp, body) == [("Tom Hale", "Jane Meyers", "111"), ("Maria Lopez", "Interior Ministry", "111")]


def test_a_superlative_verdict_only_when_said_of_the_party(nlp):
    body = ("Union leader Paul Grant said the Liberal Party was the worst government the country had ever had. "
            "Pollster Ann Bell said the Labour Party had suffered its worst defeat in decades.")
    assert _accusations(nlp, body) == [("Paul Grant", "Liberal Party", "111")]


def test_deserving_credit_is_praise(nlp):
    body = "Labour MP Joan Fisk said the Foreign Office deserved credit for the release of the hostages."
    assert _praise(nlp, body) == [("Joan Fisk", "Foreign Office", "051")]


def test_a_passive_verdict_with_no_agent_is_aimed_at_no_one(nlp):
    said = "said union president Karen Doyle."
    assert _accusations(nlp, f"\"It is the students of Detroit that have been failed,\" {said}") == []
    assert _accusations(nlp, f"\"The students of Detroit have been failed by Mayor Paul Grant,\" {said}") == [
        ("Karen Doyle", "Paul Grant", "111")]


def test_a_naming_another_party_only_wants_is_not_the_speakers(nlp):
    body = "Radio host Glen Porter said the Hale campaign wants the press to call Senator Maria Ortiz a liar."
    assert _accusations(nlp, body) == []
    body = "Radio host Glen Porter said, \"The Hale campaign wants the press to call Senator Maria Ortiz a liar.\""
    assert _accusations(nlp, body) == []
    assert _accusations(nlp, "Governor Tom Hale called Senator Maria Ortiz a liar.") == [("Tom Hale", "Maria Ortiz", "111")]


def test_referring_to_someone_by_a_word_of_disapproval_is_criticism(nlp):
    body = ("Opposition leader Marta Quiroga referred to Interior Minister Luis Baena as a liar. "
            "Ms Quiroga referred to the budget as a plan for growth.")
    assert _accusations(nlp, body) == [("Marta Quiroga", "Luis Baena", "111")]


@pytest.mark.parametrize(("body", "plover", "expected"), [
    # a word of disapproval of each part of speech, said of another party
    ("Senator Ann Moss said the Treasury's response to the floods had been laughable.", "ACCUSE",
     [("Ann Moss", "Treasury", "111")]),
    ("Opposition leader Ray Dunn said the hubris of the Home Office was astonishing.", "ACCUSE",
     [("Ray Dunn", "Home Office", "111")]),
    ("Labour MP Tom Hale said the Liberal Democrats had pandered to the bankers.", "ACCUSE",
     [("Tom Hale", "Liberal Democrats", "111")]),
    ("Senator Ann Moss said the Guardian had misrepresented her remarks.", "ACCUSE", [("Ann Moss", "Guardian", "111")]),
    # a word of approval, and an attitude felt toward a party
    ("Foreign Minister Lena Fischer said Chancellor Joan Dunn had been steadfast throughout the talks.", "SUPPORT",
     [("Lena Fischer", "Joan Dunn", "051")]),
    ("The Green Party said it was incensed by the decision of Prime Minister Paul Hart.", "ACCUSE",
     [("Green Party", "Paul Hart", "111")]),
    ("Petrina Holdsworth said Labour was a parody of a party.", "ACCUSE", [("Petrina Holdsworth", "Labour", "111")]),
    # a word of approval denied
    ('UKIP officials also argue Mr Kilroy-Silk has not been "straightforward" in his dealings.', "ACCUSE",
     [("UKIP officials", "Kilroy-Silk", "111")]),
])
def test_added_words_of_disapproval_approval_and_attitude(nlp, body, plover, expected):
    assert _appraisals(nlp, body, plover) == expected


@pytest.mark.parametrize("body, expected", [
    ("Donald Trump's new proposal for paid maternity leave was released on Tuesday. \"The plan is "
     "discriminating against fathers,\" said Carmel Martin, a policy director.",
     ("Carmel Martin", "Donald Trump", "111")),
    ("Prime Minister Boris Johnson's housing plan was unveiled on Monday. \"The plan is a cynical sham,\" "
     "said Labour leader Keir Starmer.",
     ("Keir Starmer", "Boris Johnson", "111")),
])
def test_the_plan_is_the_proposal_the_article_last_named_with_its_owner(nlp, body, expected):
    assert expected in _accusations(nlp, body)


def test_a_plan_no_one_was_named_as_owning_points_to_no_one(nlp):
    body = "A housing plan was unveiled on Monday. \"The plan is a cynical sham,\" said Labour leader Keir Starmer."
    assert _accusations(nlp, body) == []


def test_being_opposed_to_a_partys_course_rejects_it(nlp):
    body = "Israel is opposed to French mediation in the talks, an aide to the prime minister said on Wednesday."
    assert _appraisals(nlp, body, "REJECT") == [("Israel", "France", "120")]
    # denied, the stance is reported as not taken, as "did not oppose" is
    doc = extract(Article(id="t", body="The Labour Party is not opposed to the government's plan."), nlp)
    assert [(e.plover, e.negated) for e in doc.events] == [("REJECT", True)]


def test_being_unconvinced_by_a_partys_arguments_rejects_them(nlp):
    body = "Campaigner Neil Herron said he was unconvinced by Ray Mallon's arguments."
    assert _appraisals(nlp, body, "REJECT") == [("Neil Herron", "Ray Mallon", "120")]


def test_the_writers_description_of_whom_a_warning_is_made_to_is_no_verdict_of_the_speaker(nlp):
    for body in ("Wales's sports minister has warned racist football fans that she wants to hit them "
                 "\"where it hurts most\" by banning them from matches.",
                 "Wales's sports minister has warned bigoted rugby supporters that she wants to ban them from stadiums."):
        assert _accusations(nlp, body) == [], body


def test_loyalty_to_a_party_is_support_of_it(nlp):
    body = "Indiana Governor Mark Dale said on Monday he would remain loyal to Senator Ruth Kim."
    assert _praise(nlp, body) == [("Mark Dale", "Ruth Kim", "051")]


def test_words_inside_a_denunciation_are_its_wording(nlp):
    # "puppet" inside what Ghana denounces restates the denunciation: one ACCUSE aimed at both parties
    doc = extract(Article(id="t", body=(
        "Foreign Minister Kofi Mensah said Ghana denounced the United States for backing the attack "
        "launched by the Togolese puppet regime.")), nlp)
    names = {a.id: a.name for a in doc.actors}
    # (the backing it is denounced for is reported as done: an event of its own)
    assert [(e.plover, e.verb, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events] == [
        ("ACCUSE", "denounce", ["Ghana"], ["United States", "Togolese puppet regime", "Togo"]),
        ("SUPPORT", "back", ["United States"], ["Togolese puppet regime", "Togo"])]


def test_words_beside_a_denunciation_are_an_accusation_of_their_own(nlp):
    # the same words in another clause of the speaker's are not the denunciation's wording
    doc = extract(Article(id="t", body=(
        "Foreign Minister Kofi Mensah said Ghana denounced the United States, and he said the Togolese "
        "regime was a puppet.")), nlp)
    assert sorted(e.verb for e in doc.events if e.plover == "ACCUSE") == ["denounce", "puppet"]


@pytest.mark.parametrize("body", [
    "A former aide, Jane Roe, filed a lawsuit against Governor Tom Hale on Monday. Hale's lawyer, Alan Burke, "
    "called the lawsuit a frivolous sham.",
    "A former aide, Jane Roe, filed a lawsuit against Governor Tom Hale on Monday. \"This lawsuit is a sham,\" "
    "said Alan Burke, a lawyer for Hale.",
])
def test_a_verdict_on_the_lawsuit_is_one_on_whoever_filed_it(nlp, body):
    assert ("Alan Burke", "Jane Roe", "111") in _accusations(nlp, body)


@pytest.mark.parametrize(("body", "expected"), [
    # an act named by a subjectless clause is faulted in whoever the article said did it earlier,
    # not in what it was done to or compared with
    ("Opposition MP Jane Hart compared the housing review to Stalin's Russia on Monday. Housing Minister "
     "Tom Reed said comparing the review to Stalin's Russia was crass and ignorant.",
     [("Tom Reed", "Jane Hart", "111")]),
    # likening is the same act as comparing; the clause may hang on the predicate adjective
    ("Opposition MP Jane Hart compared the housing review to Stalin's Russia on Monday. Housing Minister "
     "Tom Reed said it would be offensive to liken a review to Stalin's Russia.",
     [("Tom Reed", "Jane Hart", "111")]),
    ("Donald Trump invited three women to the debate. Ken Bone, an undecided voter, said inviting the women to attend "
     "was uncalled for.", [("Ken Bone", "Donald Trump", "111")]),
    # with no doer known, what the act was done to is not at fault
    ("Housing Minister Tom Reed said it would be offensive to liken a review to Stalin's Russia.", []),
    # "the decision" points back to the act the sentence before reports
    ("Ford decided to close the Dagenham plant last week. Union leader Tony Woodley said the decision to "
     "close the plant was a disgrace.", [("Tony Woodley", "Ford", "111")]),
])
def test_criticism_of_an_act_is_aimed_at_its_doer(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # what a party leads, runs or tells is its own doing
    ("Conservative leader Michael Howard said Tony Blair led a grubby government.",
     [("Michael Howard", "Tony Blair", "111")]),
    ("Senator Jane Doe said Governor Tom Brown told a blatant lie.", [("Jane Doe", "Tom Brown", "111")]),
    # what was done to the object says nothing of the doer
    ("Senator Jane Doe said Governor Tom Brown visited a peaceful village.", []),
    # the parser may make the named party the subject of the naming verb's complement
    ("Senator Jane Doe called Senator Tom Brown's remarks uncalled for.", [("Jane Doe", "Tom Brown", "111")]),
    ("First Minister Nicola Sturgeon dismissed the Conservatives as an irrelevant party.",
     [("Nicola Sturgeon", "Conservatives", "111")]),
])
def test_criticism_of_what_a_party_does_or_leads(nlp, body, expected):
    assert _accusations(nlp, body) == expected


def test_a_decision_a_party_made_is_praised_in_it(nlp):
    body = "Opposition leader Michael Howard said the prime minister had made a decisive and courageous choice."
    assert _praise(nlp, body) == [("Michael Howard", "prime minister", "051")]


@pytest.mark.parametrize(("body", "accused", "praised"), [
    # signed letters and posts appraise as their writers
    ("Letters.\n\n"
     "Mayor Dana Voss has been dishonest with this city about the water contamination.\n\n"
     "Phil Granger.\n\n"
     "Flint, Mich.\n\n"
     "Council member Rosa Tate was brilliant at last night's hearing.\n\n"
     "@kmoreno_71.",
     [("Phil Granger", "Dana Voss", "111")], [("@kmoreno_71", "Rosa Tate", "051")]),
    # exclamations of blame and praise
    ("Letters.\n\n"
     "Shame on Senator Victor Crane for blocking the disaster aid.\n\n"
     "Kudos to Mayor Irene Salas for keeping the shelters open all night.\n\n"
     "Gary Lindqvist.\n\n"
     "Joplin, Mo.",
     [("Gary Lindqvist", "Victor Crane", "111")], [("Gary Lindqvist", "Irene Salas", "051")]),
])
def test_letters_and_posts_appraise_as_their_writers(nlp, body, accused, praised):
    assert _accusations(nlp, body) == accused
    assert _praise(nlp, body) == praised


def test_a_wrong_denied_of_another_party_defends_it(nlp):
    body = ("Governor Lena Marsh faces questions over the bridge contract. Her lawyer, Tom Reed, said "
            "she had done nothing illegal.")
    assert _praise(nlp, body) == [("Tom Reed", "Lena Marsh", "051")]
    assert _accusations(nlp, body) == []
    # of oneself it is no event
    assert _praise(nlp, "Senator Bill Ames said on Monday that he had done nothing wrong.") == []


def test_an_outlets_opinion_piece_is_its_own_voice_but_its_report_is_not(nlp):
    # what a paper says in an article or editorial is its verdict; what it reports is no verdict
    assert _accusations(nlp, "The Daily Herald said in an editorial on Monday that Governor Tom Hale "
                             "is a dangerous demagogue.") == [("Daily Herald", "Tom Hale", "111")]
    assert _accusations(nlp, "Minju Joson said in a commentary that Japan is a reckless warmonger.") == [
        ("Minju Joson", "Japan", "111")]
    assert _accusations(nlp, "The Daily Herald reported that Governor Tom Hale is a dangerous demagogue.") == []


@pytest.mark.parametrize(("body", "expected"), [
    # the quote names one party besides the speaker: the unaimed verdict is about it
    ('Senator Paul Hartley said: "Karen Walsh wants to talk about emails again. What a shameless '
     'distraction from the real issues."',
     [("Paul Hartley", "Karen Walsh", "111")]),
    # two parties named: which one the verdict is about is not said
    ('Senator Paul Hartley said: "Karen Walsh and Tom Baker keep talking about emails. What a shameless '
     'distraction from the real issues."', []),
    # a body named only: it may be what the verdict is about rather than whom it is aimed at
    ('Senator Paul Hartley said: "The Acme Corporation wants to talk about emails again. What a shameless '
     'distraction from the real issues."', []),
    # a state named besides: the verdict may be about the country's affairs
    ('Senator Paul Hartley said: "Karen Walsh wants to talk about France again. What a shameless '
     'distraction from the real issues."', []),
])
def test_an_unaimed_verdict_is_about_the_one_party_the_quote_names(nlp, body, expected):
    assert _accusations(nlp, body) == expected


def test_speakers_coordinated_in_the_reporting_clause_say_it_together(nlp):
    body = "Senators Tom Carper and Ben Cardin said the letter was a disgrace by James Comey."
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    assert [([names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events
            if e.plover == "ACCUSE"] == [(["Tom Carper", "Ben Cardin"], ["James Comey"])]


@pytest.mark.parametrize("body, expected", [
    ("Labour MPs said they were concerned the government had not consulted directly on its plans.",
     [("Labour", "government", "111")]),
    ("Cherie Blair said this. She also described the US legal code as an outdated grandfather clock.",
     [("Cherie Blair", "United States", "111")]),
])
def test_a_feeling_about_a_clause_without_that_and_an_outdated_thing(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize("body, expected", [
    ('Civil rights group Liberty said it exposed "racism at the heart of the government\'s asylum policy".',
     [("Liberty", "government", "111")]),
    ("Shami Chakrabarti said there was racism within the Metropolitan Police.",
     [("Shami Chakrabarti", "Metropolitan Police", "111")]),
    # a fault in a state is no accusation of it
    ("Shami Chakrabarti said there was racism in Britain.", []),
])
def test_a_fault_placed_in_a_partys_thing_is_aimed_at_the_party(nlp, body, expected):
    assert _accusations(nlp, body) == expected


def test_a_bare_proposal_is_the_one_its_first_mention_was_announced_by(nlp):
    body = ("Welsh Health Minister Jane Hutt said no patient would wait more than 12 months, against a current "
            "target of 18 months. Health analyst Tony Beddow called the new targets \"reasonably impressive\". "
            "Kirsty Williams called the new target \"hugely unambitious\".")
    assert _praise(nlp, body) == [("Tony Beddow", "Jane Hutt", "051")]
    assert _accusations(nlp, body) == [("Kirsty Williams", "Jane Hutt", "111")]


def test_an_outlets_programme_is_no_proposal(nlp):
    # "the house arrest plans" is not the Today programme's, nor its interviewee's
    body = ("\"We have serious concerns,\" David Davis told BBC Radio 4's Today programme. The Tories tabled a "
            "motion, saying the house arrest plans are \"excessive\".")
    assert _accusations(nlp, body) == []


def test_a_coordinated_clause_with_its_own_subject_is_aimed_at_it(nlp):
    body = ("Charles Kennedy told delegates that Labour had abused the public's trust and that the Tories had "
            "failed to oppose them.")
    assert _accusations(nlp, body) == [("Charles Kennedy", "Labour", "111"), ("Charles Kennedy", "Tories", "111")]


def test_an_adjective_misread_as_its_noun_phrase_describes_the_apposed_noun(nlp):
    # the parser makes "reckless" the object of the negated "afford" and "spree" its apposition
    body = ('The current economic climate meant Britain could not afford the "reckless, George Bush-style tax '
            'cutting spree" planned by the Tories, Vince Cable said.')
    assert _accusations(nlp, body) == [("Vince Cable", "Tories", "111")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The Tories say Labour is acting too late.", [("Tories", "Labour")]),
    ("Mark Dunmore said Labour's plans were too expensive for taxpayers.", [("Mark Dunmore", "Labour")]),
    ("Mark Dunmore said it was too early to say whether Labour would win.", []),
    ("Mark Dunmore said it would be wrong to wait for an attack before acting.", []),
])
def test_a_quality_in_excess_is_criticism(nlp, body, expected):
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == expected


@pytest.mark.parametrize("body", [
    '"For too long, low pay capped the hopes of far too many families," Mark Dunmore said of Labour.',
    '"Conservatives here too have made their feelings clear," Mark Dunmore said.',
])
def test_too_of_amount_time_or_addition_faults_no_one(nlp, body):
    assert _accusations(nlp, body) == []


def test_what_someone_is_held_on_suspicion_of_is_no_verdict_of_the_speaker(nlp):
    body = "A party spokesman said Mark Dunmore was arrested on suspicion of incitement to racial hatred."
    assert _accusations(nlp, body) == []


def test_a_quality_in_excess_only_supposed_faults_no_one(nlp):
    body = '"If she gets back out there too soon, it might happen again," Mark Dunmore said of Anna Hale.'
    assert _accusations(nlp, body) == []


def test_whom_a_feared_act_would_be_done_to_is_at_fault_for_nothing(nlp):
    assert _accusations(nlp, "Doctors in Wales feared patients could be pushed to the back of the queue.") == []
    assert _accusations(nlp, "Unions are worried that the council may be taken over by the assembly.") == [
        ("Unions", "assembly", "111")]


def test_a_party_spokesman_naming_a_rival_party_criticises_it(nlp):
    body = ("Plaid Cymru's election chief Owen Pugh said the Liberal Democrats had spent the whole "
            "summer talking about a road nobody wanted.")
    assert _accusations(nlp, body) == [("Owen Pugh", "Liberal Democrats", "111")]


def test_a_cabinet_minister_speaks_for_the_party_in_government(nlp):
    body = ("The Labour government has pledged to cut hospital waiting lists. Speaking at the conference, "
            'Chancellor Tom Reed said: "The Tories would put the NHS at risk."')
    assert _accusations(nlp, body) == [("Tom Reed", "Tories", "111")]


@pytest.mark.parametrize("body", [
    # the speaker's own party
    "Labour's election chief Owen Pugh said Labour would publish its manifesto on Monday.",
    # a party of another country is no rival
    ("Kim Jong Un, general secretary of the Workers' Party of Korea, said the Communist Party of "
     "Vietnam had achieved great successes."),
    # a pair an event already relates keeps that event only
    "Labour's election chief Owen Pugh said he had met the Liberal Democrats on Monday.",
    # a rival with a say of its own in the same sentence speaks, and is not spoken of
    ("Labour's election chief Owen Pugh said the budget was fair, while the Liberal Democrats said "
     "it was too small."),
])
def test_no_rival_criticism_for_the_own_party_a_foreign_one_or_a_pair_already_related(nlp, body):
    assert _accusations(nlp, body) == []


def test_a_party_named_by_a_demonym_and_a_common_noun_stands_with_its_state(nlp):
    body = ("Pyongyang, July 27 (KCNA) -- The United States has never apologised for the war.\n\n"
            "The Central Committee of the Socialist Party of Freedonia in a statement said that the war was "
            "an aggression started by the U.S. imperialists to dominate Asia.")
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    assert [[names[r] for r in e.target] for e in doc.events if e.plover == "ACCUSE"] == [
        ["U.S. imperialists", "United States"]]


@pytest.mark.parametrize(("body", "expected"), [
    ('"What towns need is more constables, yet the government wants to hire 9,000 wardens who cannot arrest '
     'anyone," said shadow home secretary Tom Reed.', [("Tom Reed", "government", "111")]),
    # another state's government is no post a shadow minister mirrors
    ("Shadow chancellor Tom Reed said the Chinese government had a plan.", []),
    # nor is one named by no shadow post
    ('"The government wants to hire 9,000 wardens," said Tom Reed, a local councillor.', []),
    # a party other than the one the article puts in government opposes it the same way, not its own
    ("The Labour government published its plans. Tory leader Tom Reed said the government had changed its "
     "mind three times.", [("Tom Reed", "government", "111")]),
    ("The Labour government published its plans. Labour chairman Tom Reed said the government had changed "
     "its mind three times.", []),
])
def test_a_shadow_minister_naming_the_government_criticises_it(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize("body", [
    "Britain's economy was successful because the plan had worked, Chancellor Tom Reed claimed.",
    '"Most German firms have been very successful this year," Chancellor Tom Reed said.',
])
def test_success_describes_an_outcome_not_a_stance(nlp, body):
    assert _praise(nlp, body) == []


def test_a_plural_noun_a_party_is_called_by_an_adjective_of_disapproval(nlp):
    body = 'Senator Ruth Baker called half of Governor Tom Ellis\'s supporters "deplorables."'
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == [("Ruth Baker", "supporters")]


def test_a_noun_of_wrongdoing_compounded_with_a_topic_is_no_verdict(nlp):
    body = "A spokesman for the agency said it shared the Audit Office's assessment of fraud reporting."
    assert _accusations(nlp, body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ('Finance spokesman Tom Reed said: "The Green Party\'s sums simply do not add up."', [("Tom Reed", "Green Party")]),
    ("Senator Ruth Baker said the governor's figures did not stack up.", [("Ruth Baker", "governor")]),
    ("Economist Ann Lowe said the minister's letter did not clarify the matter.", [("Ann Lowe", "minister")]),
    # said of a person, it only reports what they did not do
    ("Her lawyer Ann Lowe said Tom Reed would not clarify the matter.", []),
    # not negated: no verdict
    ("Economist Ann Lowe said the Greens' sums add up.", []),
])
def test_a_partys_thing_that_does_not_hold_together_faults_it(nlp, body, expected):
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Minister Jane Hill said the Green Party had done a "superb job" on flood defences.', [("Jane Hill", "Green Party")]),
    ("Jane Hill said the Home Office did a terrible job.", [("Jane Hill", "Home Office")]),
])
def test_a_job_done_is_its_doers(nlp, body, expected):
    verdicts = _praise(nlp, body) + _accusations(nlp, body)
    assert [(s, t) for s, t, _ in verdicts] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Judge Mary Stone said it was Lord Adams's pioneering work that changed the law.", [("Mary Stone", "Lord Adams")]),
    ('Judge Mary Stone said Lord Adams was "a humane and patient judge".', [("Mary Stone", "Lord Adams")]),
])
def test_pioneering_and_humane_praise_their_owner(nlp, body, expected):
    assert [(s, t) for s, t, _ in _praise(nlp, body)] == expected


@pytest.mark.parametrize("body", [
    'Ann Grey said: "The Conservatives will tackle corruption."',
    'Ann Grey said: "Labour will crack down on fraud."',
    "Ann Grey said the Conservatives would cut crime.",
])
def test_a_wrong_fought_faults_no_party_the_quote_names(nlp, body):
    assert _accusations(nlp, body) == []


def test_a_wrong_fought_that_a_party_owns_still_faults_it(nlp):
    body = 'Ann Grey said: "We will tackle Labour\'s incompetence."'
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == [("Ann Grey", "Labour")]


def test_a_verdict_inside_another_speakers_words_is_theirs(nlp):
    body = ("The Tories argue that the Lib Dems would make families pay higher taxes and Labour says the party's "
            "plans are reckless.")
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == [("Tories", "Lib Dems")]


@pytest.mark.parametrize(("body", "expected"), [
    ('Tom Reed said: "We must safeguard the integrity of the Electoral Commission."', []),
    ('The chancellor Ann Lowe said Tom Reed was "impugning the integrity" of the Audit Office.', []),
    # a merit said of its owner, or shown, still praises
    ("Ann Lowe said Tom Reed had shown great integrity throughout.", [("Ann Lowe", "Tom Reed")]),
    ("Ann Lowe said the Green Party showed great courage.", [("Ann Lowe", "Green Party")]),
])
def test_a_merit_acted_on_is_no_praise(nlp, body, expected):
    assert [(s, t) for s, t, _ in _praise(nlp, body)] == expected


def test_a_merit_a_thing_comes_through_credits_its_owner(nlp):
    body = '"Through the generosity of Tom Reed, Labour will campaign hard," Ann Lowe said.'
    assert [(s, t) for s, t, _ in _praise(nlp, body)] == [("Ann Lowe", "Tom Reed")]


def test_a_rivals_supporters_asked_to_act_are_appealed_to_not_attacked(nlp):
    body = 'Lib Dem campaign chief Tom Reed said: "We urge Labour supporters to vote for us to defeat senior Conservatives."'
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == [("Tom Reed", "Conservatives")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Gordon Brown rejected the Conservatives' claim that Tony Blair had lied.", [("Conservatives", "Tony Blair")]),
    # a claim no one is named as making voices no one's verdict
    ("Gordon Brown rejected the claim that Tony Blair had lied.", []),
])
def test_what_a_partys_claim_says_is_its_verdict(nlp, body, expected):
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == expected


def test_a_shadow_minister_speaks_for_the_party(nlp):
    body = '"That is Lib Dem hypocrisy at its worst," said Tory shadow transport secretary Ann Lowe.'
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    assert [([names[r] for r in e.source], e.plover) for e in doc.events] == [(["Ann Lowe", "Tory"], "ACCUSE")]


def test_mimicking_a_rivals_strategy_is_criticism(nlp):
    body = "Housing minister Tom Reed said much of the Green Party's plans mimicked the government's strategy."
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == [("Tom Reed", "Green Party")]


@pytest.mark.parametrize(("body", "expected"), [
    ('"Tom Reed published his figures today," said campaigner Ann Grey. "It is disgraceful."',
     [("Ann Grey", "Tom Reed")]),
    # what the speaker's quote before named is what a quote naming no one goes on about
    ('"We published our figures today," said campaigner Ann Grey. "It is disgraceful."', []),
])
def test_a_verdict_naming_no_one_goes_on_about_the_speakers_last_quote(nlp, body, expected):
    assert [(s, t) for s, t, _ in _accusations(nlp, body)] == expected


def test_a_speakers_words_for_what_another_describes_stay_the_speakers(nlp):
    body = ('The Foreign Ministry said the U.S. keeps arming Kiev while describing the crimes of the Ukrainian '
            'troops as "legitimate defence".')
    assert [s for s, _, _ in _accusations(nlp, body)] == ["Foreign Ministry"]


@pytest.mark.parametrize(("body", "owner"), [
    ("Chancellor Gordon Brown appeared before the committee. Mr Brown flatly denied Conservative claims that he "
     "had fiddled the accounts.", "Conservative"),
    ("Chancellor Gordon Brown appeared before the committee. Mr Brown denied allegations by the Tories that he had "
     "fiddled the figures.", "Tories"),
])
def test_a_denied_claim_is_its_owners_accusation_of_the_denier(nlp, body, owner):
    assert _accusations(nlp, body) == [(owner, "Gordon Brown", "111")]


@pytest.mark.parametrize(("body", "expected"), [
    # a word of disapproval inside the phrase of what a thing is said to be
    ("Migration Watch chairman Andrew Green said the Lords' decision was an exercise in hypocrisy.",
     [("Andrew Green", "Lords", "111")]),
    ("Andrew Green said the people in the chaos of the camps suffered.", []),
    # a feeling a party voices toward another
    ("North Korea expressed hostility towards the United States.", [("North Korea", "United States", "111")]),
    ("The union voiced deep dissatisfaction with the government's pay offer.", [("union", "government", "111")]),
])
def test_verdicts_in_a_predicate_phrase_and_voiced_feelings(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # what the object is called, hung in apposition or on the object read as a clause
    ('Beijing called Washington\'s move "a gross interference in China\'s internal affairs".',
     [("ACCUSE", ["China"], ["United States"])]),
    ("Beijing called Washington's move a provocation.", [("ACCUSE", ["China"], ["United States"])]),
    ("Turkey's president described the Israeli operation as genocide.", [("ACCUSE", ["Turkey"], ["Israel"])]),
    ("Seoul expressed regret over Tokyo's decision.", [("ACCUSE", ["South Korea"], ["Japan"])]),
    ("The minister expressed regret for the loss of life.", []),
    # a state's ministry is on its side
    ('Ukraine\'s foreign ministry called the referendum "a farce".', []),
])
def test_what_a_party_calls_anothers_act(nlp, body, expected):
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    assert [(e.plover, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events] == expected
