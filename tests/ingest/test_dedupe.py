"""Duplicates: exact copies share an id; syndicated copies are near-duplicates of their original."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsgraph.ingest import read_text
from newsgraph.ingest.dedupe import NUM_PERM, NearDuplicateIndex, shingles, signature, similarity

ORIGINAL = """Seoul, June 3 (Yonhap) -- South Korean Foreign Minister Kwon Tae-hyun held talks with his Indonesian counterpart Retno Wulandari in Seoul on Monday and agreed to expand cooperation in defence procurement, nickel processing and electric-vehicle batteries, the foreign ministry said.

The two ministers also discussed the situation on the Korean Peninsula and in the South China Sea, and agreed to hold a two-plus-two meeting of foreign and defence ministers in Jakarta later this year.

Wulandari said Indonesia valued South Korea as a "strategic partner for our industrial future" and invited Korean firms to invest in the new capital, Nusantara.

Kwon asked for Jakarta's continued support for the denuclearisation of North Korea and thanked Indonesia for co-sponsoring a United Nations resolution on the issue."""

# The same wire report as another outlet ran it: new headline and chrome, one sentence trimmed.
SYNDICATED = """Korea, Indonesia to deepen defence and battery ties

Advertisement

Seoul, June 3 (Yonhap) -- South Korean Foreign Minister Kwon Tae-hyun held talks with his Indonesian counterpart Retno Wulandari in Seoul on Monday and agreed to expand cooperation in defence procurement, nickel processing and electric-vehicle batteries, the foreign ministry said.

The two ministers also discussed the situation on the Korean Peninsula and in the South China Sea, and agreed to hold a two-plus-two meeting of foreign and defence ministers in Jakarta later this year.

Wulandari said Indonesia valued South Korea as a "strategic partner for our industrial future" and invited Korean firms to invest in the new capital, Nusantara.

Kwon asked for Jakarta's continued support for the denuclearisation of North Korea.

NO COMMENTS
"""

UNRELATED = """Canberra, June 4 (AAP) -- Australia's Trade Minister Daniel Hughes will lead a delegation of 40 business leaders to India next month to promote exports of critical minerals and education services, his office said on Tuesday.

Hughes will meet India's Commerce Minister in New Delhi and visit Mumbai and Bengaluru, where he is expected to open a new trade office."""


def test_signature_shape_and_determinism() -> None:
    sig = signature(ORIGINAL)
    assert len(sig) == NUM_PERM
    assert all(isinstance(value, int) for value in sig)
    assert signature(ORIGINAL) == sig


def test_signature_is_stable_across_processes() -> None:
    code = ("import sys, json; from newsgraph.ingest.dedupe import signature; "
            "print(json.dumps(signature(sys.stdin.read())))")
    out = subprocess.run([sys.executable, "-c", code], input=ORIGINAL, capture_output=True, text=True,
                         check=True, env={"PYTHONHASHSEED": "12345"})
    assert out.stdout.strip() == str(signature(ORIGINAL)).replace(" ", "").replace(",", ", ")


def test_shingles() -> None:
    assert shingles("The Minister met, the envoy.") == {"the minister met", "minister met the", "met the envoy"}
    assert shingles("Talks ended") == {"talks ended"}
    assert shingles("") == set()


def test_syndicated_copy_is_a_near_duplicate_of_its_original() -> None:
    original, copy = read_text(ORIGINAL), read_text(SYNDICATED)
    assert original.id != copy.id
    assert similarity(signature(original.body), signature(copy.body)) >= 0.8
    index = NearDuplicateIndex([(original.id, signature(original.body))])
    assert index.query(signature(copy.body)) == original.id
    assert index.query(signature(UNRELATED)) is None


def test_exact_copy_behind_other_chrome_has_the_same_id() -> None:
    assert read_text("Advertisement\n\n" + ORIGINAL + "\n\nLEAVE A REPLY\n").id == read_text(ORIGINAL).id


def test_index_prefers_the_most_similar_then_the_first_added() -> None:
    first_copy = ORIGINAL.replace("on Monday", "on Monday afternoon")
    index = NearDuplicateIndex()
    index.add("unrelated", signature(UNRELATED))
    index.add("original", signature(ORIGINAL))
    index.add("copy", signature(first_copy))
    index.add("original", signature(UNRELATED))  # adding an id twice changes nothing
    assert len(index) == 3 and "copy" in index
    assert index.query(signature(ORIGINAL)) == "original"
    twins = NearDuplicateIndex([("older", signature(ORIGINAL)), ("newer", signature(ORIGINAL))])
    assert twins.query(signature(ORIGINAL)) == "older"


def test_threshold_is_respected() -> None:
    half = "\n\n".join(ORIGINAL.split("\n\n")[:2])
    assert NearDuplicateIndex([("a", signature(ORIGINAL))]).query(signature(half)) is None
    assert NearDuplicateIndex([("a", signature(ORIGINAL))], threshold=0.3).query(signature(half)) == "a"


def test_malformed_signature_is_rejected() -> None:
    with pytest.raises(ValueError, match="128"):
        NearDuplicateIndex([("a", [1, 2, 3])])
