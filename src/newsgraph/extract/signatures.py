"""Reader voices: letters, comments and posts that a page prints with their writer's signature.

Letters pages and reaction round-ups print what readers wrote with no reporting verb: the writer
is named on a line of its own after the text, a person's name ("Jane Roe.", "-- Jane Roe;
Dayton, Ohio", "Jane Roe, Dayton, Ohio", "Jane Roe (@janeroe42)") or a social-media handle
("@janeroe42."); a letter's signature may be followed by the writer's town on a line of its own
("Dayton, Ohio."). A handle may also lead its post ("@janeroe42: The debate was a mess."). What
a writer signed is their own statement: every paragraph from the last boundary (a heading such
as "Letters." or "Facebook.", another signature or town line) up to the signature; a signature
with a handle signs only its one post, as posts are one paragraph (the one before it may
introduce the posts: "Readers reacted on Twitter.").

A name alone on the last line of an ordinary article may be a byline, not a signature: a name
signs only where a town line follows it, it carries its town, handle or a dash, or the article
has other signatures (a page of letters or comments). A handle always signs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

# a social-media handle: "@" and the account name, as the platforms allow it
HANDLE = r"@[A-Za-z0-9_]{2,30}"
_NAME = r"[A-Z][A-Za-z'\-]+(?: (?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){1,3}"
# a town, with or without the comma before its state: "Dayton, Ohio", "Staunton Va.", "Washington, D.C."
_TOWN = r"[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*)*,? (?:[A-Z][A-Za-z]*\.?)+(?: [A-Z][a-z]+\.?)?"
_DASH = r"(?:--|\u2014|\u2013|-)\s*"
_SIGNED_BY_NAME = re.compile(
    rf"(?P<dash>{_DASH})?(?P<name>{_NAME})(?: \((?P<handle>{HANDLE})\))?(?:[,;] (?P<town>{_TOWN}))?\.?")
_SIGNED_BY_HANDLE = re.compile(rf"(?:{_DASH})?(?P<name>{HANDLE})\.?")
_LEADING_HANDLE = re.compile(rf"(?P<name>{HANDLE}):\s*\S")
_TOWN_LINE = re.compile(rf"{_TOWN}\.?")
# a heading: one to four words, no sentence ("Letters.", "FACEBOOK.", "Letters to the editor")
_HEADING = re.compile(r"[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){0,3}[.:]?")


def is_handle(text: str) -> bool:
    """Whether `text` is a social-media handle ("@janeroe42")."""
    return re.fullmatch(HANDLE, text) is not None


@dataclass(frozen=True)
class Signed:
    """The paragraphs ([start, end) each) a writer signed, and the name or handle signing them."""

    writer: tuple[int, int]
    handle: bool
    paragraphs: tuple[tuple[int, int], ...]


# whether the actors stage found a person named at [start, end) of the field
PersonAt = Callable[[int, int], bool]


@dataclass(frozen=True)
class _Signature:
    """A signature line: the writer's span, whether it is a handle, whether it signs one post
    only, and whether it signs even as the article's only signature."""

    writer: tuple[int, int]
    handle: bool
    post: bool
    sure: bool


def signed_texts(doc: Doc, paras: list[tuple[int, int]], is_person: PersonAt) -> list[Signed]:
    """The signed texts of a field, in text order.

    `paras` are the field's paragraphs; a name line that names no person (`is_person`) is a
    heading or a town, not a signature.
    """
    text = doc.text
    starts = [s + len(text[s:e]) - len(text[s:e].lstrip()) for s, e in paras]  # after any indent
    lines = [text[s:e].strip() for s, e in paras]
    signatures: dict[int, _Signature] = {}
    for k, (start, line) in enumerate(zip(starts, lines)):
        if m := _SIGNED_BY_HANDLE.fullmatch(line):
            signatures[k] = _Signature((start + m.start("name"), start + m.end("name")), True, True, True)
        elif (m := _SIGNED_BY_NAME.fullmatch(line)) and is_person(start + m.start("name"), start + m.end("name")):
            town_follows = k + 1 < len(lines) and _is_town_line(lines[k + 1], is_person, paras[k + 1])
            sure = bool(m.group("dash") or m.group("town") or m.group("handle")) or town_follows
            signatures[k] = _Signature((start + m.start("name"), start + m.end("name")), False,
                                       bool(m.group("handle")), sure)
    if not any(sig.sure for sig in signatures.values()) and len(signatures) < 2:
        signatures = {}
    out: list[Signed] = []
    boundary = -1  # the last paragraph that no signed text may include
    for k, (start, line) in enumerate(zip(starts, lines)):
        if (sig := signatures.get(k)) is not None:
            first = max(boundary + 1, k - 1) if sig.post else boundary + 1
            signed = tuple(paras[j] for j in range(first, k))
            if signed:
                out.append(Signed(sig.writer, sig.handle, signed))
            boundary = k
        elif m := _LEADING_HANDLE.match(line):
            post = (start + m.end() - 1, paras[k][1])
            out.append(Signed((start + m.start("name"), start + m.end("name")), True, (post,)))
            boundary = k
        elif _is_boundary(doc, paras[k], line, k - 1 in signatures, is_person):
            boundary = k
    return out


def _is_town_line(line: str, is_person: PersonAt, para: tuple[int, int]) -> bool:
    return bool(_TOWN_LINE.fullmatch(line)) and not is_person(*para)


def _is_boundary(doc: Doc, para: tuple[int, int], line: str, after_signature: bool, is_person: PersonAt) -> bool:
    """A paragraph no signed text runs across: a heading (a few words, no verb unless it opens the
    field), the town line after a signature."""
    if after_signature and _is_town_line(line, is_person, para):
        return True
    if not _HEADING.fullmatch(line):
        return False
    # a short line with a verb is a heading only where it opens the field ("Readers respond.")
    span = doc.char_span(*para, alignment_mode="expand")
    return para[0] == 0 or (span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span))
