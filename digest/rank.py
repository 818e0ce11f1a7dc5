"""TextRank: a sentence graph weighted by TF-IDF cosine, ranked by personalized PageRank."""
from __future__ import annotations

import math
from collections import Counter

import numpy as np

DAMPING = 0.85


def tfidf_matrix(token_lists: list[list[str]], extra: list[list[str]] = ()) -> tuple[np.ndarray, list[np.ndarray]]:
    """L2-normalized TF-IDF rows for each token list; `extra` lists (a title) share the vocabulary.

    IDF comes from the document's own sentences, so words that every sentence repeats
    weigh little.
    """
    vocabulary: dict[str, int] = {}
    document_frequency: Counter = Counter()
    for tokens in token_lists:
        document_frequency.update(set(tokens))
    for tokens in list(token_lists) + list(extra):
        for token in tokens:
            vocabulary.setdefault(token, len(vocabulary))
    count = len(token_lists)
    idf = np.ones(len(vocabulary))
    for token, index in vocabulary.items():
        idf[index] = math.log((count + 1) / (document_frequency.get(token, 0) + 0.5)) + 1.0

    def rows(lists) -> np.ndarray:
        matrix = np.zeros((len(lists), max(len(vocabulary), 1)))
        for row, tokens in enumerate(lists):
            for token, frequency in Counter(tokens).items():
                matrix[row, vocabulary[token]] = (1.0 + math.log(frequency)) * idf[vocabulary[token]]
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.where(norms == 0, 1.0, norms)

    return rows(token_lists), [rows([tokens])[0] for tokens in extra]


def similarity_graph(vectors: np.ndarray) -> np.ndarray:
    """Cosine similarities between sentences, without self-loops."""
    graph = vectors @ vectors.T
    np.fill_diagonal(graph, 0.0)
    return np.clip(graph, 0.0, None)


def pagerank(graph: np.ndarray, prior: np.ndarray | None = None, damping: float = DAMPING,
             tolerance: float = 1e-8, max_iterations: int = 200) -> np.ndarray:
    """Personalized PageRank by vectorized power iteration; rows without edges teleport to the prior."""
    size = graph.shape[0]
    if size == 0:
        return np.zeros(0)
    teleport = np.full(size, 1.0 / size) if prior is None else prior / prior.sum()
    out_weight = graph.sum(axis=1)
    dangling = out_weight == 0
    transition = graph / np.where(dangling, 1.0, out_weight)[:, None]
    scores = teleport.copy()
    for _ in range(max_iterations):
        updated = damping * (scores @ transition + scores[dangling].sum() * teleport) + (1 - damping) * teleport
        if np.abs(updated - scores).sum() < tolerance:
            return updated
        scores = updated
    return scores


def cooccurrence_graph(token_lists: list[list[str]], window: int = 5) -> tuple[list[str], np.ndarray]:
    """Word graph for keyword TextRank: words linked when they occur within `window` tokens."""
    vocabulary: dict[str, int] = {}
    for tokens in token_lists:
        for token in tokens:
            vocabulary.setdefault(token, len(vocabulary))
    graph = np.zeros((len(vocabulary), len(vocabulary)))
    for tokens in token_lists:
        indices = [vocabulary[token] for token in tokens]
        for position, first in enumerate(indices):
            for second in indices[position + 1: position + window]:
                if first != second:
                    graph[first, second] += 1.0
                    graph[second, first] += 1.0
    return list(vocabulary), graph
