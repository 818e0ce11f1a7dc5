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

import functools
from dataclasses import dataclass, replace

import numpy as np

from .clean import letters
from .models import DigestArticle, Duplicate
from .sentences import strip_dateline

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


@dataclass(frozen=True)
class Fingerprint:
    """What the comparison needs of one text: its shingles and their MinHash signature
    (None for a text too short to merge). Made where the article is made, so that with
    --jobs the hashing runs in the workers."""

    shingles: np.ndarray
    signature: np.ndarray | None


def prepare() -> None:
    """Load datasketch and draw the permutations now, not in the first file."""
    _permutations()


def fingerprint(text: str) -> Fingerprint:
    from datasketch import MinHash

    # A dateline (`本报讯（记者 张明）`) is one version's, not the story's: a paper prints it, a site
    # or a department's copy of the story leaves it out.
    shingle_set = shingles(strip_dateline(text.strip()))
    if len(shingle_set) < MIN_SHINGLES:
        return Fingerprint(shingle_set, None)
    signature = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity,  # the shingles are hashed already
                        permutations=_permutations(), scheme=SCHEME)
    for start in range(0, len(shingle_set), SIGNATURE_BATCH):  # bounded memory for a huge text
        signature.update_batch(shingle_set[start:start + SIGNATURE_BATCH].tolist())
    return Fingerprint(shingle_set, signature.hashvalues)


@functools.lru_cache(maxsize=None)
def _permutations():
    """The MinHash permutations, drawn once per process rather than for every text (a build
    draws them before its workers fork, so they share them)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


SCHEME = "affine32"  # datasketch's default hashing scheme, named so that signatures can be rebuilt


CLEARLY_APART = MIN_CONTAINMENT - 0.3  # 128 permutations estimate J within about ±0.05


class VersionIndex:
    """Versions of one story among texts added one at a time (as a build's files come in).

    Each text's LSH candidates are first screened together on arrays: too different in length,
    or clearly apart by the containment the signatures estimate (Jaccard J gives
    |A∩B| = J(|A|+|B|)/(1+J)); only the rest get the exact check. Formulaic reports make
    candidates by the thousand in a year of a paper. Whether two texts are versions depends
    on the two alone, so the pairs found among all texts hold for any selection of them.
    """

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
        self._prints: list[Fingerprint] = []
        self.pairs: list[tuple[int, int]] = []  # (earlier, later) indices of two versions

    def add(self, current: Fingerprint) -> int:
        """Index one more text; returns its index."""
        from datasketch import MinHash

        index = len(self._prints)
        self._prints.append(current)
        if current.signature is None:
            return index  # too short to merge, and never a candidate (only signed texts are in the LSH)
        signature = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=current.signature,
                            permutations=_permutations(), scheme=SCHEME)
        candidates = np.sort(np.fromiter(self._lsh.query(signature), dtype=np.int64))
        if len(candidates):
            others = [self._prints[other] for other in candidates.tolist()]
            size = len(current.shingles)
            sizes = np.array([len(other.shingles) for other in others], dtype=float)
            shorter = np.minimum(sizes, size)
            longer = np.maximum(sizes, size)
            jaccard = (np.stack([other.signature for other in others]) == current.signature).mean(axis=1)
            estimated = jaccard * (sizes + size) / (1 + jaccard) / shorter
            for other in candidates[(shorter >= MIN_LENGTH_RATIO * longer) & (estimated >= CLEARLY_APART)].tolist():
                if containment(current.shingles, self._prints[other].shingles) >= MIN_CONTAINMENT:
                    self.pairs.append((other, index))
        self._lsh.insert(index, signature)
        return index

    def groups(self, members: list[int] | None = None) -> list[list[int]]:
        """Groups (of two or more, in order) of versions among `members` (indices of added texts,
        in order; all of them by default), given as positions in `members`."""
        members = list(range(len(self._prints))) if members is None else members
        position = {index: place for place, index in enumerate(members)}
        parent = list(range(len(members)))

        def root(place: int) -> int:
            while parent[place] != place:
                parent[place] = parent[parent[place]]
                place = parent[place]
            return place

        for earlier, later in self.pairs:
            if earlier in position and later in position:
                first, second = sorted((root(position[earlier]), root(position[later])))
                parent[second] = first
        groups: dict[int, list[int]] = {}
        for place in range(len(members)):
            groups.setdefault(root(place), []).append(place)
        linked = {frozenset((position[earlier], position[later])) for earlier, later in self.pairs
                  if earlier in position and later in position}
        size = {place: len(self._prints[index].shingles) for place, index in enumerate(members)}
        return sorted((star for group in groups.values() if len(group) > 1 for star in _stars(group, linked, size)),
                      key=lambda star: star[0])


def _stars(group: list[int], linked: set[frozenset[int]], size: dict[int, int]) -> list[list[int]]:
    """A group of texts linked by pairs of versions, as the versions of its most complete text
    (the most shingles) and of the next most complete of those left, and so on: a short text
    that two stories both hold (a poem printed alone and quoted in a report) is a version of
    each, but the stories are not versions of one another, and neither is lost in the other."""
    stars = []
    rest = sorted(group)
    while len(rest) > 1:
        head = max(rest, key=lambda place: (size[place], -place))
        star = [place for place in rest if place == head or frozenset((place, head)) in linked]
        if len(star) > 1:
            stars.append(star)
        rest = [place for place in rest if place not in star]
    return stars


def duplicate_groups(texts: list[str], fingerprints: list[Fingerprint] | None = None) -> list[list[int]]:
    """Groups (of two or more indices, in input order) of texts that are versions of one story."""
    index = VersionIndex()
    for current in fingerprints if fingerprints is not None else map(fingerprint, texts):
        index.add(current)
    return index.groups()


def merge_versions(items: list[DigestArticle], groups: list[list[int]] | None = None) -> list[DigestArticle]:
    """Keep the most complete version of each story (the longest body; the first on a tie),
    with the other versions listed in its `duplicates`; the order of the rest is kept.

    `groups` of versions, as positions in `items`, are those a build found as its files
    came in (`VersionIndex`); else they are found here."""
    if groups is None:
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
