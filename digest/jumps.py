"""Stories a paper runs on to another page (`（下转第3版）` … `（上接第1版）`), joined into one article.

A front page starts its main stories and goes on with them further in; an editor drops
both pages into the folder and expects one story, summarized whole. `segment` reads each
article's marks (`Article.runs_to`, `Article.runs_from`); here the parts of one story are
found among all the articles of a build and joined.
"""
from __future__ import annotations

from dataclasses import replace

from .clean import ends_sentence, letters
from .models import Article


def continuations(articles: list[Article]) -> list[list[int]]:
    """Each story that runs on, with the parts it goes on in: lists of indices, story first.

    A part goes on from a story when its mark names the story's page and the story's mark names
    the part's page (a page that isn't known fits any), their dates and papers, where both are
    known, are the same, and, in one file, the part comes after the story. Among several that
    fit, the one that fits on more known facts is taken, then the one more of whose two-letter
    runs the story has too.
    """
    parts = [index for index, article in enumerate(articles) if article.runs_from is not None]
    bigrams = {index: _bigrams(articles[index].text) for index in parts}
    pairs = []
    for story, article in enumerate(articles):
        if article.runs_to is None:
            continue
        ours = _bigrams(article.title + article.text)
        for part in parts:
            fit = _fit(article, articles[part]) if part != story else None
            if fit is not None:
                shared = len(ours & bigrams[part]) / len(bigrams[part]) if bigrams[part] else 0.0
                pairs.append((fit, shared, -story, -part))
    following: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, story, part in sorted(pairs, reverse=True):
        if -story not in following and -part not in taken:
            following[-story] = -part
            taken.add(-part)
    chains = []
    for story in sorted(following):
        if story in taken:
            continue  # a middle part: its chain starts at the story it goes on from
        chain = [story]
        while chain[-1] in following and following[chain[-1]] not in chain:
            chain.append(following[chain[-1]])
        chains.append(chain)
    return chains


def _fit(story: Article, part: Article) -> int | None:
    """How many known facts say that `part` goes on from `story`; None when one says it does not."""
    if part.source == story.source and part.position <= story.position:
        return None  # a file holds its pages in order: a story goes on further in, never before itself
    facts = [(story.runs_to, part.page), (part.runs_from, story.page), (story.date, part.date),
             (story.source_name, part.source_name)]
    known = [(one, other) for one, other in facts if one not in (None, "?") and other is not None]
    if any(one != other for one, other in known):
        return None
    return len(known)


def _bigrams(text: str) -> set[str]:
    folded = letters(text)
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


def join(story: Article, part: Article) -> Article:
    """The story with the text of the part that goes on from it; the part's own headline (a
    shortened repeat on the page it goes on in) is left out. A sentence broken at the foot of
    the page is one paragraph again."""
    paragraphs = list(story.paragraphs)
    shift = len(paragraphs)
    rest = list(part.paragraphs)
    marked = set(part.headings) | set(part.notes)
    last = len(paragraphs) - 1
    if paragraphs and rest and 0 not in marked and last not in set(story.headings) | set(story.notes) \
            and not ends_sentence(paragraphs[-1]):
        paragraphs[-1] += rest.pop(0)
        shift -= 1
    return replace(
        story,
        paragraphs=tuple(paragraphs + rest),
        headings=story.headings + tuple(index + shift for index in part.headings),
        notes=story.notes + tuple(index + shift for index in part.notes),
        byline=story.byline or part.byline,
        runs_to=part.runs_to,
    )
