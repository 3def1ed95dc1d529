"""Quotes stage: the sentences it must read, in wire, broadcaster and state-media styles."""

from __future__ import annotations

from newsgraph.extract.quotes import find_quotes


def quotes(ctx, name_of):
    find_quotes(ctx)
    return [(name_of(ctx, q.speaker), name_of(ctx, q.told), q.text, q.direct) for q in ctx.document.quotes]


def test_direct_quote_with_speaker_after(context_of, name_of):
    ctx = context_of(
        '"The talks were frank and useful," Daniel Brandt, the German foreign minister, said on Monday.',
        [("Daniel Brandt", "person")],
    )
    assert quotes(ctx, name_of) == [("Daniel Brandt", None, "The talks were frank and useful", True)]


def test_direct_quote_after_colon(context_of, name_of):
    ctx = context_of('Maria Okafor said: "We expect a decision within weeks."', [("Maria Okafor", "person")])
    assert quotes(ctx, name_of) == [("Maria Okafor", None, "We expect a decision within weeks.", True)]


def test_inverted_said_with_adding_that(context_of, name_of):
    ctx = context_of(
        '"There is no deal yet," said Daniel Brandt, adding that negotiators would meet again in Geneva.',
        [("Daniel Brandt", "person")],
    )
    assert quotes(ctx, name_of) == [
        ("Daniel Brandt", None, "There is no deal yet", True),
        ("Daniel Brandt", None, "negotiators would meet again in Geneva", False),
    ]


def test_told_a_programme_that_the_parser_hangs_on_the_programme(context_of, name_of):
    # the "that" clause read as a clause of "programme" is still what was told
    text = "Ann Cole told Radio Ulster's Evening Extra programme that the ministry's proposals were inadequate."
    ctx = context_of(text, [("Ann Cole", "person"), ("Radio Ulster", "media")])
    assert [(speaker, said) for speaker, _, said, _ in quotes(ctx, name_of)] == [
        ("Ann Cole", "the ministry's proposals were inadequate")]


def test_quote_running_over_two_paragraphs(context_of, name_of):
    text = (
        'Maria Okafor told the BBC: "We have waited long enough for answers from the council.\n\n'
        '"Now we expect it to act before the summer recess," she said.'
    )
    ctx = context_of(text, [("Maria Okafor", "person"), ("BBC", "media")])
    assert quotes(ctx, name_of) == [
        ("Maria Okafor", "BBC", "We have waited long enough for answers from the council.", True),
        ("Maria Okafor", None, "Now we expect it to act before the summer recess", True),
    ]


def test_told_outlet_that_and_pronoun_continuation(context_of, name_of):
    text = (
        "Lena Varga, a professor at the Budapest Institute, told Reuters that the two governments were "
        "close to an agreement on gas transit.\n\n"
        "She added that the remaining disputes concerned pricing."
    )
    ctx = context_of(text, [("Lena Varga", "person"), ("Budapest Institute", "university"), ("Reuters", "media")])
    assert quotes(ctx, name_of) == [
        ("Lena Varga", "Reuters", "the two governments were close to an agreement on gas transit", False),
        ("Lena Varga", None, "the remaining disputes concerned pricing", False),
    ]


def test_told_reporters_is_no_listener(context_of, name_of):
    ctx = context_of(
        "Daniel Brandt told reporters the embassy would reopen next month.", [("Daniel Brandt", "person")]
    )
    assert quotes(ctx, name_of) == [("Daniel Brandt", None, "the embassy would reopen next month", False)]


def test_according_to_a_body(context_of, name_of):
    ctx = context_of(
        "According to the Foreign Ministry, the ambassador was summoned on Tuesday.",
        [("Foreign Ministry", "government_body")],
    )
    assert quotes(ctx, name_of) == [("Foreign Ministry", None, "the ambassador was summoned on Tuesday", False)]


def test_spokesperson_speaks_for_the_body(context_of, name_of):
    ctx = context_of(
        "A spokesperson for the Ministry of Foreign Affairs said the visit would go ahead as planned.",
        [("Ministry of Foreign Affairs", "government_body")],
    )
    assert quotes(ctx, name_of) == [("Ministry of Foreign Affairs", None, "the visit would go ahead as planned", False)]


def test_the_minister_is_the_person_last_given_that_title(context_of, name_of):
    text = (
        "Defence Minister Arvo Tamm met his Latvian counterpart in Riga on Friday. "
        "The minister said the new brigade would be ready by spring."
    )
    ctx = context_of(text, [("Arvo Tamm", "person")], positions=[("Arvo Tamm", "Defence Minister")])
    assert quotes(ctx, name_of) == [("Arvo Tamm", None, "the new brigade would be ready by spring", False)]


def test_state_media_press_statement_reproduced_after_colon(context_of, name_of):
    text = (
        "Pyongyang, March 3 (KCNA) -- Ri Chol Su, vice department director of the Central Committee of the "
        "Workers' Party of Korea, issued the following press statement on Sunday:\n"
        "The recent joint air drills staged by the U.S. and its allies are a grave provocation.\n"
        "We will take every necessary countermeasure to defend our sovereignty. -0-"
    )
    ctx = context_of(text, [("Ri Chol Su", "person"), ("Workers' Party of Korea", "party")])
    assert quotes(ctx, name_of) == [
        ("Ri Chol Su", None, "The recent joint air drills staged by the U.S. and its allies are a grave provocation.", False),
        ("Ri Chol Su", None, "We will take every necessary countermeasure to defend our sovereignty.", False),
    ]


def test_statement_title_in_quotation_marks_is_direct(context_of, name_of):
    text = (
        "A spokesman for the Foreign Ministry released a press statement titled "
        '"Provocations will meet a resolute response" on Tuesday:\n'
        "The reckless moves of the hostile forces must stop at once. -0-"
    )
    ctx = context_of(text, [("Foreign Ministry", "government_body")])
    assert quotes(ctx, name_of) == [
        ("Foreign Ministry", None, "Provocations will meet a resolute response", True),
        ("Foreign Ministry", None, "The reckless moves of the hostile forces must stop at once.", False),
    ]


def test_press_statement_said_that(context_of, name_of):
    text = (
        "In a press statement on Monday, Ri Chol Su, vice department director of the C.C., WPK, said that "
        "the drills would not go unanswered."
    )
    ctx = context_of(text, [("Ri Chol Su", "person"), ("WPK", "party")])
    assert quotes(ctx, name_of) == [("Ri Chol Su", None, "the drills would not go unanswered", False)]


def test_the_message_speaks_for_its_sender(context_of, name_of):
    text = (
        "Thongsing Vongkham, president of the Lao Front for National Development, sent a message of "
        "greeting to the Korean side on Monday.\n"
        "The message said that the friendship between the two parties would grow stronger with each year."
    )
    ctx = context_of(text, [("Thongsing Vongkham", "person"), ("Lao Front for National Development", "organization")])
    assert quotes(ctx, name_of) == [
        ("Thongsing Vongkham", None, "the friendship between the two parties would grow stronger with each year", False),
    ]


def test_speech_act_in_a_message(context_of, name_of):
    text = (
        "Thongsing Vongkham sent a message of sympathy to the Korean side on August 19.\n"
        "In the message he expressed deep sympathy to the victims of the floods and their families."
    )
    ctx = context_of(text, [("Thongsing Vongkham", "person")])
    assert quotes(ctx, name_of) == [
        ("Thongsing Vongkham", None, "deep sympathy to the victims of the floods and their families", False),
    ]


def test_scare_quotes_stay_inside_the_reported_clause(context_of, name_of):
    ctx = context_of(
        'Maria Okafor said the plan was a "cynical gamble" by the government.', [("Maria Okafor", "person")]
    )
    assert quotes(ctx, name_of) == [("Maria Okafor", None, 'the plan was a "cynical gamble" by the government', False)]


def test_assessments_of_experts_and_media_are_not_quotes(context_of, name_of):
    text = (
        "Experts noted that the summit received little coverage in the state press. "
        "The Daily Herald suggested that the delay might reflect divisions in the cabinet."
    )
    ctx = context_of(text, [("The Daily Herald", "media")])
    assert quotes(ctx, name_of) == []


def test_speech_act_conjoined_after_a_complement_is_the_main_speaker(context_of, name_of):
    ctx = context_of(
        "Tran Van Minh said that the government and people of Vietnam highly value the support of the "
        "Cuban side for their cause, and expressed the hope to further develop the friendship between "
        "the two countries.",
        [("Tran Van Minh", "person"), ("Vietnam", "state")],
    )
    assert quotes(ctx, name_of) == [
        ("Tran Van Minh", None, "the government and people of Vietnam highly value the support of the "
                                "Cuban side for their cause", False),
        ("Tran Van Minh", None, "the hope to further develop the friendship between the two countries", False),
    ]


def test_another_partys_say_hung_on_the_complement_is_its_own_quote(context_of, name_of):
    ctx = context_of(
        "Owen Pugh said the budget was fair, while the Liberal Democrats insisted it was far too small.",
        [("Owen Pugh", "person"), ("Liberal Democrats", "party")],
    )
    assert quotes(ctx, name_of) == [
        ("Owen Pugh", None, "the budget was fair", False),
        ("Liberal Democrats", None, "it was far too small", False),
    ]


def test_two_actors_sharing_one_span_do_not_stop_the_reading(context_of, name_of):
    # the actors stage can leave one acronym as a mention of two bodies; attribution must cope
    ctx = context_of("The BNP said it would stand in every seat.",
                     [("British National Party", "party", ("BNP",)), ("BNP Paribas", "organization", ("BNP",))])
    find_quotes(ctx)
    assert [q.text for q in ctx.document.quotes] == ["it would stand in every seat"]


def test_questions_shouts_jokes_and_tweets_are_reported_speech(context_of, name_of):
    text = (
        'Campaign manager Nora Blake wrote to the candidate on Sunday. "Can we cut the rally short?" she asked. '
        'Singer Ava Cole shouted, "Go out and vote!" '
        "Councillor Tom Hardy joked that his dog had more followers than the mayor. "
        'Hardy later tweeted that "the count is a farce."'
    )
    ctx = context_of(text, [("Nora Blake", "person"), ("Ava Cole", "person"), ("Tom Hardy", "person", ("Hardy",))])
    assert quotes(ctx, name_of) == [
        ("Nora Blake", None, "Can we cut the rally short?", True),
        ("Ava Cole", None, "Go out and vote!", True),
        ("Tom Hardy", None, "his dog had more followers than the mayor", False),
        ("Tom Hardy", None, "the count is a farce.", True),
    ]


def test_words_quoted_as_a_characterisation_are_the_speakers(context_of, name_of):
    text = (
        'Senator Lyle Grant called the governor a "reckless gambler" on Tuesday. '
        'Mayor Iris Dunn praised the volunteers for their "tireless work" and slammed the state '
        'legislature for its "shameful neglect" of the city.'
    )
    ctx = context_of(text, [("Lyle Grant", "person"), ("Iris Dunn", "person")])
    assert quotes(ctx, name_of) == [
        ("Lyle Grant", None, "reckless gambler", True),
        ("Iris Dunn", None, "tireless work", True),
        ("Iris Dunn", None, "shameful neglect", True),
    ]


def test_signed_letters_and_posts_are_their_writers_statements(context_of, name_of):
    text = (
        "Letters.\n\n"
        "Governor Alan Reyes has broken his promise to the teachers of this state.\n\n"
        "Nora Whitley.\n\n"
        "Boise, Idaho.\n\n"
        "Twitter.\n\n"
        "Reyes was right to veto the bill.\n\n"
        "@bflynn_44."
    )
    ctx = context_of(text, [("Alan Reyes", "person"), ("Nora Whitley", "person")])
    assert quotes(ctx, name_of) == [
        ("Nora Whitley", None, "Governor Alan Reyes has broken his promise to the teachers of this state.", False),
        ("@bflynn_44", None, "Reyes was right to veto the bill.", False),
    ]
    assert ctx.document.actor(ctx.document.quotes[1].speaker).kind == "person"


def test_a_handle_speaking_through_a_cue(context_of, name_of):
    ctx = context_of('After the debate, @ward_lee9 tweeted: "Senator Harlan dodged every question."',
                     [("Harlan", "person")])
    assert quotes(ctx, name_of) == [("@ward_lee9", None, "Senator Harlan dodged every question.", True)]


def test_a_reader_commenting_after_a_colon(context_of, name_of):
    ctx = context_of("Lisa Marsh commented: The mayor has been dishonest about the water.",
                     [("Lisa Marsh", "person")])
    assert quotes(ctx, name_of) == [("Lisa Marsh", None, "The mayor has been dishonest about the water", False)]


def test_speech_verb_set_off_inside_the_clause_it_reports(context_of, name_of):
    ctx = context_of(
        "Oliver Letwin spoke on Monday. The attack, he said, was just the latest example of the party's bad tone.",
        [("Oliver Letwin", "person")],
    )
    assert quotes(ctx, name_of) == [
        ("Oliver Letwin", None, "The attack, he said, was just the latest example of the party's bad tone", False)]


def test_inverted_said_before_a_long_lowercase_description_of_the_speaker(context_of, name_of):
    ctx = context_of(
        '"That is a cynical stunt," said Labour\'s former shadow health secretary Anne Cole.',
        [("Anne Cole", "person")],
    )
    assert quotes(ctx, name_of) == [("Anne Cole", None, "That is a cynical stunt", True)]
