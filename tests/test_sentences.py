import pytest

from digest.sentences import open_ended_units, split_clauses, split_sentences, strip_dateline, summary_material, without_glued_captions


def test_closing_quote_stays_with_its_sentence():
    assert split_sentences("他说：“我们一定好好学。”大家都笑了。") == ["他说：“我们一定好好学。”", "大家都笑了。"]


def test_final_sentence_without_punctuation_is_kept():
    assert split_sentences("会议强调要抓好落实。下一步将继续推进") == ["会议强调要抓好落实。", "下一步将继续推进"]


def test_hard_line_wrap_does_not_end_a_sentence_but_a_blank_line_does():
    assert split_sentences("区农业农村委近日举办基层农\n技人员培训班。\n\n全区农技人员参加") == [
        "区农业农村委近日举办基层农技人员培训班。", "全区农技人员参加"]


def test_question_and_exclamation_marks_end_sentences():
    assert split_sentences("这个会真的有用吗？有用！") == ["这个会真的有用吗？", "有用！"]


def test_datelines_are_stripped():
    assert strip_dateline("本报讯（融媒体中心记者 张丹）近日，会议召开。") == "近日，会议召开。"
    assert strip_dateline("新华社北京3月5日电（记者 王明）全国两会开幕。") == "全国两会开幕。"
    assert strip_dateline("央视网消息(新闻联播)：台风登陆。") == "台风登陆。"
    assert strip_dateline("据新华社内罗毕5月4日电（记者 林川）试验启动。") == "试验启动。"  # a reprinted dispatch
    assert strip_dateline("本报讯 今年一季度，荣昌开展10余场活动。") == "今年一季度，荣昌开展10余场活动。"
    assert strip_dateline("近日，会议召开。") == "近日，会议召开。"
    # A local paper's reporters named without brackets, up to the colon; not what a reporter learnt.
    assert strip_dateline("本报讯 记者 何 静 报道：连日来，各镇街抢抓农时。") == "连日来，各镇街抢抓农时。"
    assert strip_dateline("本报讯 记者张三 通讯员李四：近日，会议召开。") == "近日，会议召开。"
    assert strip_dateline("本报讯 记者从区统计局获悉：增速居全市前列。") == "记者从区统计局获悉：增速居全市前列。"


def test_dateline_is_not_a_sentence():
    assert split_sentences("本报讯（记者 李明）全区特病认定合格率达99%。") == ["全区特病认定合格率达99%。"]


def test_split_clauses_keeps_marks():
    assert split_clauses("检查前，该窗口要求各医院自查；检查后：整改") == ["检查前，", "该窗口要求各医院自查；", "检查后：", "整改"]


def test_is_quotation():
    from digest.sentences import is_quotation

    assert is_quotation("“去年开始，我跨村整合资源推广贝贝南瓜订单种植。”")
    assert is_quotation("“我们一定好好学！”")
    assert not is_quotation("“小区环境好了。”村民们说。")
    assert not is_quotation("近日，会议召开。")


def test_english_sentences_split_at_full_stops_but_not_after_abbreviations_or_in_numbers():
    text = "会上，Mr. Smith said the U.S. economy grew 3.5 percent. The meeting ended. 与会者表示赞同。"
    assert split_sentences(text) == ["会上，Mr. Smith said the U.S. economy grew 3.5 percent.", "The meeting ended.",
                                     "与会者表示赞同。"]


def test_an_attribution_after_a_quotation_is_part_of_its_sentence():
    assert split_sentences("“这下好了，出门就能坐上公交！”居民王大爷高兴地说。新线路发车间隔十分钟。") == [
        "“这下好了，出门就能坐上公交！”居民王大爷高兴地说。", "新线路发车间隔十分钟。"]
    # Who spoke can be named at length (seed 003: a village's people, where they live).
    assert split_sentences("“小区环境好了，感觉比以前幸福多了。”生活在四川大邑县鹤鸣镇大坪村的村民深有感触地说道。"
                           "社区是城市治理的基本单位。") == [
        "“小区环境好了，感觉比以前幸福多了。”生活在四川大邑县鹤鸣镇大坪村的村民深有感触地说道。", "社区是城市治理的基本单位。"]
    # Nor when the clause says when first (`3月1日，…说。`).
    assert split_sentences("“现在干净整洁多了。”3月1日，家住海棠社区的居民陈大爷说。去年以来，街道推行红色物业。") == [
        "“现在干净整洁多了。”3月1日，家住海棠社区的居民陈大爷说。", "去年以来，街道推行红色物业。"]
    # Not a clause that merely starts like one: `区长说明了情况。` is a sentence of its own.
    assert split_sentences("会议强调“四个意识”。区长说明了情况。") == ["会议强调“四个意识”。", "区长说明了情况。"]


def test_a_papers_dated_dateline_ending_in_xun_is_stripped():
    assert strip_dateline("本报北京5月6日讯（记者 邓晖）记者从教育部获悉，活动周将于5月11日举行。") == \
        "记者从教育部获悉，活动周将于5月11日举行。"
    assert strip_dateline("本报讯 3月3日，安富街道开展志愿服务活动。") == "3月3日，安富街道开展志愿服务活动。"


@pytest.mark.parametrize("sentence", [
    "图为清江镇河包村村民在采摘枇杷。",  # captions, by their opening or their credit
    "▲荣昌区职教中心学生在实训车间操作数控机床。",
    "△昌元街道志愿者为老人测量血压。",
    "村民在新修的产业路上运送蔬菜。何静 摄",
    "区档案馆工作人员整理馆藏资料。区档案馆供图",
    "工业园区鸟瞰。图片来源：区融媒体中心",
    "详细情况请您收看今晚的《江州新闻》。",  # a broadcast's hand-offs, one of each form
    "接下来的内容有请本台特约评论员王强为您解读。",
    "一起去看本台记者发回的报道。",
    "下面继续播出《乡村振兴进行时》系列报道。",
    "《社区里的好邻居》继续为您讲述。",
    "现在连线本台记者李华。",
    "接下来一起去看看几个这样的家庭。",
    "李华，你觉得这项新规最大的变化是什么？",  # a question put to a guest by name
    "各镇人民政府、街道办事处，区政府各部门：",  # a notice's addressees
    "（通讯员 刘春燕）",  # a signature left on its own
    "（完）",  # a wire's end mark
    "【全文完】",
])
def test_each_form_of_what_is_no_summary_material_is_still_read(sentence):
    # The patterns behind these are only tried where a letter they need stands: each form must
    # hold one of those letters, or it would pass unread.
    assert summary_material(sentence) is None


@pytest.mark.parametrize("text, rest", [
    ("江州网6月3日电6月2日晚，古镇灯光节开幕。", "6月2日晚，古镇灯光节开幕。"),  # any outlet with the day it files
    ("城南广播网江州3月8日消息据区融媒体中心报道，新规施行。", "据区融媒体中心报道，新规施行。"),
    ("江州财经讯6月2日上午消息，据本地媒体报道，利率下调。", "据本地媒体报道，利率下调。"),
    ("2046影视网讯以镜头之名，记录城市变迁。", "以镜头之名，记录城市变迁。"),
    ("本台消息（江州新闻）：，全区今天开展演练。", "全区今天开展演练。"),  # a stray comma after the colon
    ("本报记者王明报道：江州新建两座粮仓。", "江州新建两座粮仓。"),  # a reporter's report as the dateline
    ("江州网记者李华6月3日报道：夜市开市。", "夜市开市。"),
    ("江州融媒讯（记者 吴刚）近日，区医保局推出备案服务。", "近日，区医保局推出备案服务。"),  # a county's media centre
    ("江州融媒体讯 3月10日，全区开展安全生产宣传。", "3月10日，全区开展安全生产宣传。"),
    # a school's or a department's site
    ("本站讯（通讯员 李四）3月4日，学校召开教学工作会议。", "3月4日，学校召开教学工作会议。"),
    ("江州职业学院讯 3月4日，学院举办技能节。", "3月4日，学院举办技能节。"),
    ("党委宣传部讯（记者 王丽）近日，学校开展主题党日活动。", "近日，学校开展主题党日活动。"),
])
def test_outlets_datelines_are_stripped(text, rest):
    assert strip_dateline(text) == rest


@pytest.mark.parametrize("text", ["国家电网公司今年供电量增长。", "新闻网站5月刊登了报道。", "江州日报社今年迎来创刊70周年。",
                                  "记者王明报道的这件事引起关注。", "学校喜讯频传，今年又获大奖。", "腾讯公司发布财报。"])
def test_sentences_that_open_on_an_outlets_name_are_no_datelines(text):
    assert strip_dateline(text) == text


@pytest.mark.parametrize("sentence", ["各位好，我是李明。", "观众朋友们，大家好！", "欢迎收听江州新闻广播。"])
def test_a_presenters_greeting_is_not_summary_material(sentence):
    assert summary_material(sentence) is None


@pytest.mark.parametrize("sentence", [
    "如今，谁还会在意这条老街呢？",  # the writer's own question, opening on a word of time
    "现场连线的画面让观众深受感动。",  # a link that hands nothing off
    "王强说，接下来将一起来看看老街的变化。",
])
def test_questions_and_links_that_hand_nothing_off_stay_material(sentence):
    assert summary_material(sentence) == sentence


def test_a_caption_whose_credit_ran_into_the_next_line_is_left_out_with_it():
    # A web page's copy ran each caption, its credit and the next paragraph together.
    sentences = ["6月3日，江州职业学院春季招聘会现场。", "江州职业学院供图城南学院学生王丽（左）在实训车间操作机床。",
                 "城南学院供图2021年入学时，刘佳选择了数控技术专业。", "她即将到市机床厂工作。"]
    assert without_glued_captions(sentences) == ["2021年入学时，刘佳选择了数控技术专业。", "她即将到市机床厂工作。"]
    # A photographer's exhibition is no credit.
    assert without_glued_captions(["记者王明摄影作品展今天开幕。"]) == ["记者王明摄影作品展今天开幕。"]


def test_a_clause_mark_left_by_a_bracketed_label_opens_no_summary_sentence():
    assert summary_material("【奋进新时代】，本台继续关注江州城乡的巨大变化。") == "本台继续关注江州城乡的巨大变化。"


def test_units_inside_a_quotation_that_a_later_unit_closes_are_open_ended():
    units = ["5月8日，城南街道召开座谈会。", "“订单量已回升到往年的水平。", "工人已全部返岗。", "下半年将翻一番。”",
             "座谈会上，周强透露了好消息。", "“剪’福字’比赛”吸引了居民。", "“下次我们还要带着孩子来！"]
    # The quotation opened in unit 1 and closed in unit 3 holds unit 2; the stray `’` of a typo
    # closes nothing opened before it; the last unit opens a quotation it never closes.
    assert open_ended_units(units) == [1, 2, 3, 6]
    # A text that opens inside a quotation whose opening was cut off: the unit that closes it.
    assert open_ended_units(["工人已全部返岗。", "下半年将翻一番。”座谈会上，周强透露了好消息。", "“剪’福字’比赛”吸引了居民。"]) == [1]
