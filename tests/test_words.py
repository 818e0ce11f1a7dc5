import pytest

from digest import summarize, words
from digest.errors import ConfigError

from .conftest import SEEDS


def test_rjieba_gives_the_same_words_as_jieba_on_real_text():
    fast, reference = words.RjiebaTokenizer(), words.JiebaTokenizer()
    text = (SEEDS / "001_603c334f58ae78a8.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if len(line) > 20]
    same = sum(fast.cut(line) == reference.cut(line) for line in lines)
    tokens_fast = sum(len(fast.cut(line)) for line in lines)
    tokens_reference = sum(len(reference.cut(line)) for line in lines)
    assert same / len(lines) >= 0.9
    assert abs(tokens_fast - tokens_reference) / tokens_reference < 0.01


def test_crosses_boundary_detects_words_cut_by_a_line_wrap():
    assert words.crosses_boundary("为社会和谐和群众安居乐", "业注入了强大动力")
    assert words.crosses_boundary("院务咨", "询委员会第一次会议")
    assert not words.crosses_boundary("法律知识讲座走进区企业之家", "“去年开始，我跨村")


def test_user_dictionary_words_become_keywords(tmp_path):
    text = ("荣昌区首批21名乡贤理事长上岗。乡贤理事长将参与村庄治理，乡贤理事长还要带动产业发展。"
            "区里为乡贤理事长举办培训班，乡贤理事长们表示将尽快熟悉工作。")
    assert "乡贤理事长" not in words.cut(text)
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("乡贤理事长\n", encoding="utf-8")
    words.load_user_dict(dictionary)
    assert "乡贤理事长" in words.cut(text) and "乡贤理事长" in summarize(text, keywords=5).keywords


def test_user_dictionary_problems_are_reported(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("词语 ！！\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 1"):
        words.load_user_dict(dictionary)


def test_stopword_file_removes_keywords(tmp_path):
    text = "区医保窗口开展特病认定专项检查，保障参保人员权益。特病认定合格率达99%，医保基金使用更规范。"
    before = summarize(text, keywords=5).keywords
    assert "医保" in before
    stopwords = tmp_path / "stop.txt"
    stopwords.write_text("医保\n", encoding="utf-8")
    after = summarize(text, keywords=5, stopwords=words.load_stopwords(stopwords)).keywords
    assert "医保" not in after


def test_builtin_stopwords_are_a_real_list():
    stop = words.builtin_stopwords()
    assert len(stop) > 1000 and {"的", "我们", "进行"} <= stop


def test_a_phrase_that_stops_on_a_word_waiting_for_the_next_is_unfinished():
    from digest.words import ends_mid_phrase

    assert ends_mid_phrase("区发展改革委负责人表示，十条措施自")  # a preposition
    assert ends_mid_phrase("区委书记王建国主持会议，并")  # a conjunction
    assert ends_mid_phrase("记者从区发展改革委获悉，该区将")  # an adverb before its verb
    assert ends_mid_phrase("各项重点工作有序推进，截至")  # a preposition of time, tagged as a verb
    assert not ends_mid_phrase("缺口不小，全区用工需求量剧增")
    assert not ends_mid_phrase("好日子是干出来的")  # `的` can close a headline
