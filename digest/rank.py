"""TextRank: a sentence graph weighted by TF-IDF cosine, ranked by personalized PageRank."""
from __future__ import annotations

import numpy as np

DAMPING = 0.85


def _numbered(token_lists: list[list[str]]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """The words in order of first use, each token's word number and the number of its list."""
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(token, len(vocabulary)) for tokens in token_lists for token in tokens]
    lists = [number for number, tokens in enumerate(token_lists) for _ in tokens]
    return vocabulary, np.array(ids, dtype=np.intp), np.array(lists, dtype=np.intp)


def tfidf_matrix(token_lists: list[list[str]], extra: list[list[str]] = ()) -> tuple[np.ndarray, list[np.ndarray]]:
    """L2-normalized TF-IDF rows for each token list; `extra` lists (a title) share the vocabulary.

    IDF comes from the document's own sentences, so words that every sentence repeats
    weigh little.
    """
    lists = list(token_lists) + list(extra)
    vocabulary, columns, rows = _numbered(lists)
    width = max(len(vocabulary), 1)
    # Counts of each word in each list, in one pass: the lists are short and the words few.
    counts = np.bincount(rows * width + columns,
                         minlength=len(lists) * width).reshape(len(lists), width).astype(float)
    count = len(token_lists)
    frequencies = (counts[:count] > 0).sum(axis=0).astype(float)
    idf = np.log((count + 1) / (frequencies + 0.5)) + 1.0
    # 1 + log(count) where a word occurs, 0 where not (log 1 is 0), with no masked writes.
    weights = np.log(np.maximum(counts, 1.0)) + (counts > 0)
    matrix = weights * idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms == 0, 1.0, norms)
    return matrix[:count], [matrix[count + index] for index in range(len(extra))]


def similarity_graph(vectors: np.ndarray) -> np.ndarray:
    """Cosine similarities between sentences, without self-loops."""
    graph = vectors @ vectors.T
    np.fill_diagonal(graph, 0.0)
    return np.clip(graph, 0.0, None)


def pagerank(graph: np.ndarray, prior: np.ndarray | None = None, damping: float = DAMPING,
             tolerance: float = 1e-6, max_iterations: int = 100) -> np.ndarray:
    """Personalized PageRank; rows without edges teleport to the prior.

    Small graphs (every sentence graph of a news story) are solved exactly with one
    linear solve; large ones by vectorized power iteration.
    """
    size = graph.shape[0]
    if size == 0:
        return np.zeros(0)
    teleport = np.full(size, 1.0 / size) if prior is None else prior / prior.sum()
    out_weight = graph.sum(axis=1)
    dangling = out_weight == 0
    transition = graph / np.where(dangling, 1.0, out_weight)[:, None]
    if dangling.any():
        transition[dangling] = teleport
    if size <= EXACT_SOLVE_LIMIT:
        # x = (1-d) t + d x T  <=>  (I - d T)^T x = (1-d) t
        system = transition.T * -damping
        system.flat[::size + 1] += 1.0  # I - d T^T, built in place
        scores = np.linalg.solve(system, (1 - damping) * teleport)
        return scores / scores.sum()
    scores = teleport.copy()
    for _ in range(max_iterations):
        updated = damping * (scores @ transition) + (1 - damping) * teleport
        if np.abs(updated - scores).sum() < tolerance:
            return updated
        scores = updated
    return scores


EXACT_SOLVE_LIMIT = 400


def cooccurrence_graph(token_lists: list[list[str]], window: int = 5) -> tuple[list[str], np.ndarray]:
    """Word graph for keyword TextRank: words linked when they occur within `window` tokens of one sentence."""
    vocabulary, ids, sentences = _numbered(token_lists)
    size = len(vocabulary)
    links = []
    for offset in range(1, window):
        first, second = ids[:-offset], ids[offset:]
        keep = (sentences[:-offset] == sentences[offset:]) & (first != second)
        links += [first[keep] * size + second[keep], second[keep] * size + first[keep]]
    # Each pair's links counted in one pass over all offsets and both directions.
    graph = np.bincount(np.concatenate(links), minlength=size * size).reshape(size, size).astype(float) \
        if size else np.zeros((0, 0))
    return list(vocabulary), graph
