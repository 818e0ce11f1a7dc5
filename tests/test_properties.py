"""Property-based tests of the text pipeline on arbitrary Unicode text."""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import summarize
from digest.classify import classify, load_taxonomy
from digest.clean import letters
from digest.models import Source
from digest.segment import split_articles
from digest.sentences import split_sentences
from digest.summarize import ELLIPSIS

TAXONOMY = load_taxonomy()
CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
MARKS = st.sampled_from(list("，。！？；：“”‘’（）《》、…—\n\n \t#*>▲□口") + ["\u200f", "\u202e", "😀", "\x00", "\x1b"])
TEXT = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.one_of(CHINESE, MARKS, st.characters()), max_size=600),
    st.lists(st.text(alphabet=st.one_of(CHINESE, MARKS), min_size=1, max_size=60), max_size=15).map("\n".join),
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_cleaning_and_splitting_never_crash_and_lose_no_words(text):
    articles = split_articles(Source(path="x.txt", text=text))
    for article in articles:
        assert article.title and article.paragraphs


@FAST
@given(TEXT, st.integers(min_value=10, max_value=200), st.one_of(st.none(), st.integers(min_value=1, max_value=5)))
def test_summary_respects_max_chars_and_is_made_of_article_sentences_in_order(text, max_chars, sentences):
    result = summarize(text, title="测试", max_chars=max_chars, sentences=sentences)
    assert len(result.text) <= max_chars
    assert result.text == "".join(result.sentences)
    source = letters("".join(split_sentences(text)))
    position = 0
    for index, sentence in enumerate(result.sentences):
        folded = letters(sentence[:-len(ELLIPSIS)] if sentence.endswith(ELLIPSIS) else sentence)
        if sentence.endswith(ELLIPSIS) and sentence not in split_sentences(text):
            assert index == len(result.sentences) - 1  # only the last may be clause-cut (the article's own …… aside)
        found = source.find(folded, position) if folded else position
        assert found >= 0 or _trimmed_subsequence(folded, source[position:]), (sentence, text)
        position = max(position, found) if found >= 0 else position
    assert all(len(k) >= 2 and not re.fullmatch(r"\d+", k) for k in result.keywords)


@FAST
@given(TEXT, st.one_of(st.none(), st.integers(min_value=1, max_value=5)), st.one_of(st.none(), st.floats(0.0001, 1.0)))
def test_a_summary_by_sentences_or_ratio_alone_never_crashes(text, sentences, ratio):
    # Without --max-chars there may be no budget at all: a text whose every sentence leaves a
    # quotation open (each is skipped) still gets its summary.
    result = summarize(text, title="测试", sentences=sentences, ratio=ratio)
    assert result.text == "".join(result.sentences)
    if sentences:
        assert len(result.sentences) <= sentences


def test_every_sentence_left_open_with_no_budget_still_gives_a_summary():
    text = "“区委召开全会，部署全年工作。\n\n“会议强调，要抓好落实。"
    assert summarize(text, title="区委召开全会", sentences=1).text.startswith("“区委召开全会")


def _trimmed_subsequence(part: str, whole: str) -> bool:
    """A trimmed sentence (an aside or opener removed) is still a subsequence of the article."""
    iterator = iter(whole)
    return all(ch in iterator for ch in part)


@FAST
@given(TEXT)
def test_same_input_same_output(text):
    assert summarize(text) == summarize(text)
    assert split_articles(Source(path="x.txt", text=text)) == split_articles(Source(path="x.txt", text=text))


@FAST
@given(TEXT)
def test_classifying_never_crashes(text):
    for article in split_articles(Source(path="x.txt", text=text)):
        assert classify(article, TAXONOMY).slug in {c.slug for c in TAXONOMY.categories}
