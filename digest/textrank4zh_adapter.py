"""textrank4zh on current networkx.

textrank4zh 0.3 (its last release) calls `networkx.from_numpy_matrix`, which networkx 3
removed. `from_numpy_array` is the same function under its new name, so the adapter
hands textrank4zh a view of networkx that has the old name, without pinning networkx<3
or touching the global module.
"""
from __future__ import annotations

import functools
import logging
import types
import warnings


@functools.lru_cache(maxsize=None)
def _textrank4zh():
    import jieba
    import networkx

    jieba.setLogLevel(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import textrank4zh
        from textrank4zh import util

    if not hasattr(networkx, "from_numpy_matrix"):
        shim = types.ModuleType("networkx")
        shim.__dict__.update(networkx.__dict__)
        shim.from_numpy_matrix = networkx.from_numpy_array
        util.nx = shim
    return textrank4zh


def rank_sentences(text: str, count: int) -> list[str]:
    """textrank4zh's sentences of `text`, best first."""
    module = _textrank4zh()
    ranker = module.TextRank4Sentence()
    ranker.analyze(text=text, lower=True, source="all_filters")
    return [item.sentence for item in ranker.get_key_sentences(num=count)]


def keywords(text: str, count: int) -> list[str]:
    module = _textrank4zh()
    ranker = module.TextRank4Keyword()
    ranker.analyze(text=text, lower=True, window=2)
    return [item.word for item in ranker.get_keywords(count, word_min_len=2)]
