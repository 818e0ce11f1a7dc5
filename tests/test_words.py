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


def test_a_text_goes_with_the_story_whose_words_it_shares_where_it_shares_none_with_the_others():
    from digest.words import KINSHIP, kin_to, word_kinship

    grid = ("江州区推进网格化管理全覆盖 本报讯（记者 王明）近日，江州区召开基层治理工作推进会，部署全区网格化管理"
            "工作。会议要求，各街道要把网格作为服务群众的最小单元，做到人在网中走、事在格中办。")
    talent = ("江州新区召开人才工作会 本报讯 江州新区日前召开人才工作会，发布人才新政十条，每年安排专项资金一亿元。"
              "会议提出，新区将建设人才公寓一千套，为引进的高层次人才提供安家补贴。")
    # It names the story's subject twice, in words of its own (`网格`, `网格员`): too few shared
    # words to tell it by the measure alone, but it shares none with the other story.
    paragraph = "据了解，今年以来全区共划分网格三百个，配备专职网格员三百名，累计走访群众两万余户，解决群众反映的问题一千二百余件。"
    assert word_kinship(paragraph, grid) < KINSHIP and word_kinship(paragraph, talent) == 0
    assert kin_to(paragraph, grid, [talent]) and not kin_to(paragraph, talent, [grid])
    # Where it shares a word with another too, the measure must tell: these few words do not.
    assert not kin_to(paragraph + "新区还将提供安家补贴。", grid, [talent])
    assert not kin_to(paragraph, grid, [])  # with nothing to set it against, the measure alone
    # A dispatch's sign-off shares its one word `日电` with a story's dateline by chance.
    dispatch = ("本报青山5月4日电（记者王敏）青山县今年新建高标准农田一万二千亩，带动农户增收。县农业农村局负责人介绍，"
                "新建农田全部配套灌溉渠道和机耕道路，亩均产量提高一成以上。今年以来，全县还培育家庭农场八十家、农民合作社"
                "三十个，推广水稻机插秧和病虫害统防统治，粮食生产实现稳中有增。下一步，青山县将继续加大投入，让更多农田旱能"
                "浇、涝能排，为农民增收打下坚实基础。")
    sign_off = "（本报北城5月5日电）"
    assert 0 < word_kinship(sign_off, dispatch) < KINSHIP and word_kinship(sign_off, talent) == 0
    assert not kin_to(sign_off, dispatch, [talent])
    # Nor a paragraph that shares two common words with a story (`确保`, `安全`) and none with
    # its own, whose words the tokenizer cuts otherwise (`桥梁`, `大桥`).
    bridge = "本报讯（记者 周文）江州大桥维修加固工程日前完工，大桥恢复双向四车道通行，市民出行更加方便。"
    school = ("本报讯（记者 宋玲）9月1日，江州区86所中小学、幼儿园迎来秋季开学，全区近9万名学生返校报到，各校开学工作"
              "平稳有序。开学前，区教育局组织人员对各校校舍、食堂、宿舍和消防设施进行全面检查，排查整改安全隐患42处，"
              "确保学生安全入校。今年全区新建、改扩建学校5所，新增学位3600个，城区学校大班额问题基本解决。")
    upkeep = "市交通局负责人表示，将加强对全市桥梁的日常巡查和养护，确保桥梁安全运行。"
    assert 0 < word_kinship(upkeep, school) < KINSHIP and word_kinship(upkeep, bridge) == 0
    assert not kin_to(upkeep, school, [bridge])
