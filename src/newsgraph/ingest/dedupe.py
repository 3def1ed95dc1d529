"""Duplicate articles: exact copies share `Article.id`; near copies share most word shingles.

A syndicated copy of a report (another outlet, a new headline, a trimmed last paragraph) is a
near-duplicate of its original: the store keeps it and records `duplicate_of`, so nothing is
thrown away. Signatures are MinHash over word 3-shingles with a fixed seed and hash, so a
signature computed in one process (and stored) compares with one computed in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 1
SHINGLE = 3
THRESHOLD = 0.8
SCHEME = "affine32"  # named, so stored signatures stay comparable if datasketch's default moves
_CANDIDATE_MARGIN = 0.3
_WORD = re.compile(r"\w+")


def shingles(body: str, size: int = SHINGLE) -> set[str]:
    """Overlapping runs of `size` lowercased words (the whole text when it is shorter)."""
    words = _WORD.findall(body.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(body: str) -> list[int]:
    """The MinHash signature of a cleaned body: NUM_PERM integers, the same in every process."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles(body))])
    return [int(value) for value in minhash.hashvalues]


def similarity(first: list[int], second: list[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(_minhash(first).jaccard(_minhash(second)))


class NearDuplicateIndex:
    """Signatures of articles already seen, queried for the one a new article nearly repeats.

    Build it from stored `(article_id, signature)` pairs, `add` each new article after querying.
    """

    def __init__(self, pairs: Iterable[tuple[str, list[int]]] = (), threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        # LSH banding misses some pairs just above its threshold, so it proposes candidates from a
        # lower one and each candidate is then checked against `threshold` itself
        self._lsh = MinHashLSH(threshold=max(threshold - _CANDIDATE_MARGIN, 0.1), num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}  # in insertion order: first added wins ties
        for article_id, sig in pairs:
            self.add(article_id, sig)

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, sig: list[int]) -> None:
        """Index an article's signature; adding an id again changes nothing."""
        if article_id in self._signatures:
            return
        minhash = _minhash(sig)
        self._lsh.insert(article_id, minhash)
        self._signatures[article_id] = minhash

    def query(self, sig: list[int]) -> str | None:
        """The indexed article most similar to `sig` at or above the threshold, or None.

        LSH only proposes candidates; each is checked against the threshold, and ties go to the
        article indexed first (the original rather than a later copy).
        """
        minhash = _minhash(sig)
        candidates = set(self._lsh.query(minhash))
        best: tuple[float, str] | None = None
        for article_id, indexed in self._signatures.items():
            if article_id in candidates:
                score = float(indexed.jaccard(minhash))
                if score >= self.threshold and (best is None or score > best[0]):
                    best = (score, article_id)
        return best[1] if best else None


def _minhash(sig: list[int]) -> MinHash:
    if len(sig) != NUM_PERM:
        raise ValueError(f"a signature has {NUM_PERM} values, not {len(sig)}")
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=sig)
