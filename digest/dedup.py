"""One entry per story: versions of the same story from several inputs merged into one.

Versions differ in headline, dateline, punctuation, and a cut paragraph or sentence, so they
are compared on their body text as sets of character shingles (5 letters, punctuation and
spaces ignored). MinHash LSH (datasketch) finds candidate pairs without comparing every pair;
each candidate is then checked exactly: the shorter version must be mostly contained in the
longer one, and keep at least 30% of its length (so that, with the LSH threshold below that,
a pair that qualifies is found whatever the hashing draws). Two stories on one theme, or two stories under one recurring column headline,
share few shingles and stay apart.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .clean import letters
from .models import DigestArticle, Duplicate

SHINGLE = 5
NUM_PERM = 128
CANDIDATE_JACCARD = 0.2  # LSH threshold: loose, the exact check decides
MIN_CONTAINMENT = 0.8  # share of the shorter version's shingles found in the longer one
SIGNATURE_BATCH = 8192  # shingles hashed into a signature at a time (a batch makes a batch x NUM_PERM matrix)
MIN_SHINGLES = 30  # shorter texts (captions, briefs of a line) are never merged
MIN_LENGTH_RATIO = 0.3  # a version keeps most of its story; a one-paragraph brief of a long story is its own entry


def shingles(text: str) -> np.ndarray:
    """The text's 5-letter shingles as sorted unique 32-bit hashes (the same in every run).

    A polynomial hash of the five code points, computed on arrays: a compact array of
    4 bytes a shingle, never a set of strings or a list of Python integers.
    """
    points = np.frombuffer(letters(text).encode("utf-32-le"), dtype=np.uint32)
    count = len(points) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    hashes = points[:count].copy()
    for offset in range(1, SHINGLE):
        hashes *= np.uint32(1_000_003)  # in place, wrapping modulo 2**32
        hashes += points[offset:offset + count]
    return np.unique(hashes)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not len(small):
        return 0.0
    return len(np.intersect1d(small, large, assume_unique=True)) / len(small)


def _identity(value):
    return value


def duplicate_groups(texts: list[str]) -> list[list[int]]:
    """Groups (of two or more indices, in input order) of texts that are versions of one story."""
    from datasketch import MinHash, MinHashLSH

    sets = [shingles(text) for text in texts]
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    parent = list(range(len(texts)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for index, shingle_set in enumerate(sets):
        if len(shingle_set) < MIN_SHINGLES:
            continue
        signature = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity)  # the shingles are hashed already
        for start in range(0, len(shingle_set), SIGNATURE_BATCH):  # bounded memory for a huge text
            signature.update_batch(shingle_set[start:start + SIGNATURE_BATCH].tolist())
        for other in sorted(lsh.query(signature)):
            shorter, longer = sorted((len(shingle_set), len(sets[other])))
            if shorter >= MIN_LENGTH_RATIO * longer and containment(shingle_set, sets[other]) >= MIN_CONTAINMENT:
                first, second = sorted((root(index), root(other)))
                parent[second] = first
        lsh.insert(index, signature)
    groups: dict[int, list[int]] = {}
    for index in range(len(texts)):
        groups.setdefault(root(index), []).append(index)
    return [members for members in groups.values() if len(members) > 1]


def merge_versions(items: list[DigestArticle]) -> list[DigestArticle]:
    """Keep the most complete version of each story (the longest body; the first on a tie),
    with the other versions listed in its `duplicates`; the order of the rest is kept."""
    groups = duplicate_groups([item.article.body for item in items])
    keep: dict[int, tuple[int, ...]] = {}
    dropped: set[int] = set()
    for members in groups:
        best = max(members, key=lambda index: (len(letters(items[index].article.body)), -index))
        keep[best] = tuple(index for index in members if index != best)
        dropped.update(keep[best])
    result = []
    for index, item in enumerate(items):
        if index in dropped:
            continue
        if index in keep:
            versions = tuple(_as_duplicate(items[other]) for other in keep[index])
            item = replace(item, duplicates=item.duplicates + versions)
        result.append(item)
    return result


def _as_duplicate(item: DigestArticle) -> Duplicate:
    article = item.article
    name = article.source_name or article.source.rsplit("/", 1)[-1]
    return Duplicate(source=article.source, title=article.title, name=f"{name}《{article.title}》")
