"""PolNeAR: BRAT attributions read right, quotes matched by content and speaker."""

from __future__ import annotations

from newsgraph.eval.polnear import Attribution, content_matches, parse_ann, score_document
from newsgraph.model import Evidence, Quote

TEXT = ('Senate talks stall.\n\n'
        'The budget will not pass this week, Senator Mary Calloway told reporters on Tuesday. '
        '"We are nowhere near a deal," she said.\n\n'
        'Aides said the vote could slip to October.')


def _ann(span) -> str:
    c1, s1 = span(TEXT, "The budget will not pass this week"), span(TEXT, "Senator Mary Calloway")
    c2, s2 = span(TEXT, '"We are nowhere near a deal,"'), span(TEXT, "she")
    c3a, c3b = span(TEXT, "the vote could"), span(TEXT, "slip to October")
    return "\n".join([
        f"T1\tContent {c1[0]} {c1[1]}\tThe budget will not pass this week",
        f"T2\tSource {s1[0]} {s1[1]}\tSenator Mary Calloway",
        f"T3\tCue {s1[1] + 1} {s1[1] + 5}\ttold",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        f"T4\tContent {c2[0]} {c2[1]}\t\"We are nowhere near a deal,\"",
        f"T5\tSource {s2[0]} {s2[1]}\tshe",
        "E2\tAttribution:T5 Content:T4 Source:T5",
        f"T6\tContent {c3a[0]} {c3a[1]};{c3b[0]} {c3b[1]}\tthe vote could slip to October",
        "E3\tAttribution:T6 Content:T6",
    ])


def test_parse_ann(span) -> None:
    first, second, third = parse_ann(TEXT, _ann(span))
    assert first == Attribution(span(TEXT, "The budget will not pass this week"),
                                span(TEXT, "Senator Mary Calloway"), "Senator Mary Calloway", False)
    assert second.direct and second.source_text == "she"
    # a discontinuous content span covers its first to its last piece; no source given
    assert third.content == (span(TEXT, "the vote could")[0], span(TEXT, "slip to October")[1])
    assert third.source is None and not third.direct


def test_content_matches_needs_half_the_shorter_span() -> None:
    assert content_matches((100, 140), (90, 200))      # evidence is the whole sentence
    assert content_matches((100, 140), (120, 200))     # 20 of 40 shared
    assert not content_matches((100, 140), (121, 200))
    assert not content_matches((100, 140), (140, 200))


def test_score_document(span, document) -> None:
    golds = parse_ann(TEXT, _ann(span))
    ev = lambda words: Evidence(start=span(TEXT, words)[0], end=span(TEXT, words)[1])  # noqa: E731
    doc = document(TEXT, {"p1": ("Mary Calloway", "person", ["Mary Calloway"]),
                          "p2": ("Aides", "group", ["Aides"])}, quotes=[
        # right words, right speaker
        Quote(speaker="p1", text="The budget will not pass this week", direct=False,
              evidence=ev("The budget will not pass this week, Senator Mary Calloway told reporters")),
        # direct quote, pronoun source: the content decides
        Quote(speaker="p1", text="We are nowhere near a deal,", direct=True, evidence=ev('"We are nowhere near a deal,"')),
        # a quote the gold does not have
        Quote(speaker="p2", text="Senate talks stall", direct=False, evidence=ev("Senate talks stall")),
        # right words given to the wrong speaker
        Quote(speaker="p2", text="The budget will not pass", direct=True, evidence=ev("The budget will not pass")),
    ])
    figures = score_document(golds, doc)
    assert figures["content"].as_dict() == {"p": 0.75, "r": 0.667, "f1": 0.706, "sys": 4, "gold": 3}
    assert figures["attribution"].as_dict() == {"p": 0.5, "r": 0.667, "f1": 0.571, "sys": 4, "gold": 3}
    assert figures["direct"].as_dict() == {"p": 0.5, "r": 1.0, "f1": 0.667, "sys": 2, "gold": 1}
