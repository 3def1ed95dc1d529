"""Headlines in Title Case, read as the sentences they are.

Many outlets capitalise every word of a headline ("Retired General Reveals Experience Of Serving
Under Obama"). spaCy's small model takes such runs for names, so a headline gives people called
"Reveals" or "Serving Under Obama". Before parsing, `sentence_case` writes a Title Case headline
(a field's first line) the way the article's own sentences write its words: a word stays capitalised only
where the article capitalises it inside a sentence ("Obama", "Islamic") or never writes it in
lower case, or a gazetteer knows it as a state or demonym; every other word takes a lower-case
first letter. Only the case of
letters changes, so every character offset into the text stays valid.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.extract.states import form_of

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# a line is a headline in Title Case when every word of this length or more starts with a
# capital (short prepositions a style may leave in lower case aside), and it has this many
_MIN_LONG_WORDS = 3
_LONG_WORD = 4
_LOWER_IN_TITLES = frozenset({"with", "from", "into", "onto", "over", "upon", "than", "that", "amid"})
_MAX_HEADLINE_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?:;\"\u201c\u201d\u2018\u2019(\[-]\s*$")


def _is_title_case(line: str) -> bool:
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) >= _LONG_WORD and w not in _LOWER_IN_TITLES]
    if len(long_words) < _MIN_LONG_WORDS or len(words) > _MAX_HEADLINE_WORDS:
        return False
    return all(w[0].isupper() for w in long_words)


def _names(text: str) -> set[str]:
    """Words the text's sentences write as names: capitalised where no sentence starts, or
    capitalised and never written in lower case ("Kim" opening every sentence it is in). A
    function word the text writes in lower case more often than capitalised inside a sentence is
    no name: a Title Case phrase quoted in a sentence ("Made It Fun To Be A Geek") capitalises
    it, "Theresa May" outnumbering "may" does not lose its name."""
    inside, capitalised, lower = Counter(), set(), Counter()
    for line in text.splitlines():
        if _is_title_case(line):
            continue
        for match in _WORD.finditer(line):
            word = match.group()
            if not word[0].isupper():
                lower[word] += 1
                continue
            capitalised.add(word)
            before = line[: match.start()]
            if before.strip() and not _SENTENCE_END.search(before):
                inside[word] += 1
    named = {w for w, n in inside.items() if w.lower() not in STOP_WORDS or n >= lower[w.lower()]}
    return named | {w for w in capitalised if w[0].lower() + w[1:] not in lower}


def sentence_case(text: str, context: str | None = None) -> str:
    """`text` with its headline in sentence case when it is in Title Case, judged by the words
    of `context` (the article body; `text` itself when None). The headline is the text's first
    line that is not blank: a title field, or a headline saved at the top of a body. Other lines
    (tables of results, lists of names) are never touched."""
    lines = text.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _is_title_case(lines[first]):
        return text
    context = context if context is not None else text
    if all(_is_title_case(line) or not line.strip() for line in context.splitlines()):
        return text  # no sentence of the article's own to judge its words by
    names = _names(context)
    line = lines[first]
    chars = list(line)
    for n, match in enumerate(_WORD.finditer(line)):
        word = match.group()
        if n == 0 or not word[0].isupper() or word in names or word.isupper() or form_of(word) is not None:
            continue
        chars[match.start()] = word[0].lower()
    lines[first] = "".join(chars)
    return "".join(lines)
