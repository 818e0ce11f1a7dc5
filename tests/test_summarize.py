import numpy as np
import pytest

from digest import summarize, words
from digest.sentences import is_balanced, is_fragment, split_sentences, summary_material
from digest.summarize import (
    ELLIPSIS,
    Length,
    choose_summary,
    clause_cut,
    joined_phrase,
    names_something,
    trim_sentence,
    whole_word,
)

ARTICLE = (
    "本报讯（融媒体中心记者 张丹）近日，荣昌区教育系统2024年党组织书记抓基层党建工作述职评议会在尔雅小学召开。"
    "区委副书记、组织部部长廖传锦出席并讲话。\n\n"
    "会上，12所学校党组织书记进行现场述职，其他33所学校党组织书记作书面述职，全面总结2024年党建工作主要做法、特色亮点、经验成效。\n\n"
    "廖传锦指出，教育是国之大计、党之大计，全区教育系统要突出政治统领，牢牢掌握党对教育工作的领导权。"
    "要加强基层党组织建设、党员队伍建设，以党建牵引教育改革，不断淬炼办学治校的基本功。\n\n"
    "区委教育工委、区教委班子成员，全区中小学校党组织书记等参加会议。"
)


def test_summary_is_made_of_the_articles_sentences_in_order():
    result = summarize(ARTICLE, title="以党建牵引教育改革 淬炼办学治校基本功", sentences=2, max_chars=200)
    sentences = split_sentences(ARTICLE)
    # A chosen sentence may lose an opener such as `近日，`; it is still the end of an article sentence.
    positions = [next(i for i, whole in enumerate(sentences) if whole.endswith(part)) for part in result.sentences]
    assert positions == sorted(positions) and 1 <= len(positions) <= 2
    assert result.text == "".join(result.sentences)
    assert "本报讯" not in result.text and "张丹" not in result.text


@pytest.mark.parametrize("limit", [10, 15, 30, 47, 80, 120])
def test_max_chars_is_never_exceeded(limit):
    result = summarize(ARTICLE, max_chars=limit)
    assert 0 < len(result.text) <= limit


def test_a_sentence_longer_than_the_budget_is_cut_at_a_clause_mark():
    result = summarize(ARTICLE, max_chars=18, sentences=1)  # the shortest sentence has 21 characters
    assert result.text.endswith(ELLIPSIS) and len(result.text) <= 18


def test_clause_cut_prefers_whole_clauses():
    assert clause_cut("会上，12所学校党组织书记进行现场述职，其他学校作书面述职。", 25) == "会上，12所学校党组织书记进行现场述职……"


def test_ratio_limits_the_share_of_the_article():
    result = summarize(ARTICLE, ratio=0.3, sentences=5)
    assert len(result.text) <= int(len(ARTICLE) * 0.3)


def test_keywords_are_real_words_not_numbers_or_single_characters():
    result = summarize(ARTICLE, keywords=6)
    assert 1 <= len(result.keywords) <= 6
    for word in result.keywords:
        assert len(word) >= 2 and not any(ch.isdigit() for ch in word)
    assert "党建" in "".join(result.keywords) or "党组织" in result.keywords


def test_same_input_gives_the_same_summary():
    assert summarize(ARTICLE) == summarize(ARTICLE)


def test_near_duplicate_sentences_are_never_both_chosen():
    text = "全区新增停车位20个，缓解了停车难。全区新增停车位20个，缓解了停车难问题。居民对此十分满意。"
    result = summarize(text, sentences=3, max_chars=200)
    assert sum("停车位" in s for s in result.sentences) == 1


@pytest.mark.parametrize("engine", ["textrank", "lead", "textrank4zh"])
def test_every_engine_respects_the_length_flags(engine):
    result = summarize(ARTICLE, engine=engine, max_chars=80)
    assert 0 < len(result.text) <= 80


def test_text_without_punctuation_or_sentences():
    assert summarize("区人大常委会启动执法检查", max_chars=80).text == "区人大常委会启动执法检查"
    assert summarize("", max_chars=80).text == ""


def test_a_feature_opening_with_quotations_is_summarized_from_where_the_story_starts():
    text = ("“去年开始，我跨村整合资源推广贝贝南瓜订单种植，今年已经形成10个村连片产业带。”\n\n"
            "“2021年，我到荣隆镇流转土地1500亩发展玉米种业，平均每年带动村民增收超300万元。”\n\n"
            "3月27日，荣昌区“产业村长”选聘工作启动会上，首批21名“产业村长”接下聘书走马上任。\n\n"
            "区委组织部相关负责人介绍，“产业村长”是推动乡村产业振兴的中坚力量。")
    result = summarize(text, title="荣昌首批“产业村长”上岗", max_chars=120)
    assert result.text.startswith("3月27日")


# ---------------------------------------------------------------- faithfulness (issue 16)

NAMES = ("会议审议通过了《某县国民经济和社会发展第十四个五年规划（2021-2025年）纲要》，要求各县（市、区）抓好落实。"
         "县委第六次全体会议（扩大）随后召开，印发《基层治理工作规范（试行）》。"
         "县教育委员会（以下简称“县教委”）负责具体实施。")


def test_brackets_that_belong_to_names_and_periods_stay_and_true_asides_go():
    summary = summarize(NAMES, title="县委全会审议五年规划", max_chars=200, sentences=3).text
    for name in ("（2021-2025年）", "各县（市、区）", "第六次全体会议（扩大）", "（试行）"):
        assert name in summary
    assert "以下简称" not in summary


def test_a_quotation_over_two_sentences_is_taken_whole_or_not_at_all():
    text = ("“我们要把好事办好。群众满意才是硬道理。”区委书记在调研时说。"
            "今年全区新建社区食堂二十个，服务老年人三万余人次。"
            "区里还将推动食堂向农村延伸，年底前实现镇街全覆盖。")
    for budget in (20, 30, 45, 60, 90):
        summary = summarize(text, title="社区食堂", max_chars=budget).text
        assert is_balanced(summary), (budget, summary)
        assert len(summary) <= budget


def test_tiny_budgets_still_give_a_complete_clause():
    text = ("9月5日，区里召开秋季农业生产现场推进会，部署秋收秋种工作。"
            "会议要求各镇街抢抓晴好天气，确保颗粒归仓。")
    summary = summarize(text, title="秋收秋种", ratio=0.001).text
    assert len(summary) >= 10 and summary.rstrip("…") and summary != "……"
    assert summary.startswith("9月5日，区里召开秋季农业生产现场推进会")
    assert summarize(text, title="秋收秋种", max_chars=25).text == "9月5日，区里召开秋季农业生产现场推进会……"


def test_cuts_fall_between_words_never_inside_a_number_quotation_or_title():
    sentence = "全县农村居民人均可支配收入达到23456.78元同比增长百分之七点五并在《乡村振兴促进条例》框架下持续推进各项工作"
    for budget in range(12, 60, 3):
        cut = clause_cut(sentence, budget)
        assert len(cut) <= budget and is_balanced(cut)
        body = cut[:-len("……")]
        assert not body[-1:].isdigit() and not body.endswith(".")
        assert body in sentence


def test_captions_bracketed_headlines_and_markup_are_not_summary_material():
    text = ("【区委召开全会】\n\n> 区委十三届八次全会昨天召开，审议通过了关于深化改革的决定。\n\n"
            "图为会议现场。\n\n- 全会强调，要坚持问题导向，推动改革举措落地见效。\n\n"
            "“改革必须坚定不移。”一位与会代表说。")
    summary = summarize(text, title="区委召开全会", max_chars=120).text
    assert summary.startswith("区委十三届八次全会") and "【" not in summary and "图为" not in summary
    assert not summary.startswith(("-", ">"))



def test_a_quotation_in_another_language_is_not_summary_material():
    # Seed 000's feature: its English quotation closed the summary (#16: an English quote as
    # summary sentence). An article with no Chinese at all is still summarized.
    text = ("从战略布局到平台搭建，重庆财经职业学院商务学院正走出一条产教融合的育人之路。"
            "“Three two one, get on the cart!”在跨境电商产业孵化基地，学生周雨俊正带领团队直播。")
    summary = summarize(text, title="解锁跨境电商人才培养新路径", max_chars=120).text
    assert "Three" not in summary and summary.startswith("从战略布局到平台搭建")
    english = summarize("The town opened a new bus line. It serves twenty estates.", max_chars=80).text
    assert english.startswith("The town opened a new bus line.")


def test_a_fragment_whose_opening_the_copy_lost_is_not_summary_material():
    # Seed 002: a PDF copy lost the opening of a paragraph (`民宿如雨后`), which now opens on a
    # simile's tail (`春笋般冒了出来，…`, #16: a PDF fragment as summary sentence); so does one
    # opening on a particle. What follows a fragment in its paragraph leans on what was lost
    # (`可是，他…`). A sentence that opens on a simile as a modifier is whole.
    text = ("石盘村依托梯田风光发展乡村旅游，供电所为村里改造线路、增容变压器。\n\n"
            "春笋般冒了出来，村民鲜开波也打起了开民宿的主意。可是，他担心用电不稳。\n\n"
            "的问题就暴露了出来，一到节假日就跳闸。\n\n"
            "如今，石盘村民宿生意越来越火，去年创收近二十万元。")
    summary = summarize(text, title="供电所为乡村旅游提供满格电", max_chars=120).text
    assert summary.startswith("石盘村依托梯田风光") and "如今，石盘村民宿" in summary
    assert "春笋般" not in summary and "的问题" not in summary and "他担心" not in summary
    assert not is_fragment("潮水般的游客涌进石盘村，民宿一房难求。")
    assert not is_fragment("一般认为，乡村旅游离不开可靠的电力。")
    assert not is_fragment("了解情况后，供电所当天就增容了变压器。")


def test_a_notices_addressees_and_lead_in_are_not_summary_material():
    text = ("各镇人民政府、街道办事处，区级有关部门：\n\n经区政府同意，决定召开全区春季农业生产工作会议。\n\n"
            "现将有关事项通知如下：\n\n一、会议时间：2025年3月10日上午9时\n\n特此通知。")
    summary = summarize(text, title="关于召开全区春季农业生产工作会议的通知", max_chars=80).text
    assert summary.startswith("经区政府同意，决定召开全区春季农业生产工作会议。") and "如下" not in summary


def test_a_broadcasts_hand_off_is_not_summary_material():
    # A district TV station's news page, as saved from its website: the anchor hands off to the
    # report and to tonight's programme; neither line says what happened.
    text = ("今天的《民生直通车》继续为您讲述《社区里的好邻居》。\n\n"
            "荣昌区昌元街道宝城社区组建邻里互助队，为120户独居老人提供代购、陪诊等服务。"
            "来看本台记者发回的报道。\n\n"
            "互助队由社区党员和志愿者组成，去年以来累计服务3000多人次。"
            "详细内容请看今晚播出的《荣昌新闻》。")
    summary = summarize(text, title="宝城社区组建邻里互助队", max_chars=120).text
    assert summary.startswith("荣昌区昌元街道宝城社区组建邻里互助队")
    assert "来看" not in summary and "请看" not in summary and "讲述" not in summary
    # News that goes on with a published series is news, and a series launch says what it is about.
    assert summary_material("档案馆今天继续公布《抗战档案选编》。")
    assert summary_material("区融媒体中心今天起推出系列报道《乡村振兴进行时》，带您走进十个特色村。")


def test_a_wires_headline_restated_under_its_dateline_is_not_summary_material():
    # A news agency's copy restates the headline after the dateline; the story starts below it.
    text = ("新华社江州6月20日电　题：江州夏粮再获丰收——全市小麦总产增长3.1%\n\n"
            "20日，江州市农业农村局发布消息：今年全市夏粮播种面积126万亩，小麦总产52.6万吨，"
            "比上年增长3.1%。")
    summary = summarize(text, title="江州夏粮再获丰收", max_chars=120).text
    assert summary.startswith("江州市农业农村局发布消息：今年全市夏粮播种面积")
    assert "题：" not in summary


def test_headings_and_a_table_of_contents_open_no_summary_but_give_keywords():
    # A report posted whole: its contents, then a heading over each part. Lines that end on no
    # stop are headings, not what the report says.
    text = ("目　录：\n\n一、乡村振兴的江州实践二、产业兴旺的主要路径\n\n"
            "一、基层党组织是战斗堡垒二、人才是第一资源三、集体经济是关键一招\n\n"
            "近年来，江州市把发展壮大村级集体经济作为乡村振兴的重要抓手，全市村级集体经济收入"
            "五年增长三倍。\n\n一、乡村振兴的江州实践\n\n"
            "2019年起，江州市在120个村开展集体经济“清零”行动，组建村级股份经济合作社86个。")
    result = summarize(text, title="江州乡村振兴发展报告", max_chars=120)
    assert result.text.startswith("近年来，江州市把发展壮大村级集体经济作为乡村振兴的重要抓手")
    assert "一、" not in result.text
    assert any("集体经济" in keyword for keyword in result.keywords)
    assert {"堡垒", "人才"} & set(result.keywords)  # words only the headings say


def test_a_long_attribution_stays_with_the_quotation_it_closes():
    # Who spoke, when and where, after the quotation: a sentence that ends on `说。` says nothing
    # of its own, so a summary never opens on it without what was said.
    text = ("“楼道干净了，我这个楼长也能歇口气了！”6月2日，在江州市城南街道举行的“美丽楼栋”"
            "垃圾分类推进会上，桂花小区3栋楼长王秀英说。此后，社区发起了“楼道无杂物”行动，"
            "两百多户居民报名参加。\n\n城南街道今年已完成87个楼栋的环境整治。")
    units = split_sentences(text)
    assert units[0].startswith("“楼道干净了") and units[0].endswith("王秀英说。")
    summary = summarize(text, title="城南街道开展“楼道无杂物”行动", max_chars=120).text
    assert not summary.startswith("6月2日")


def test_a_quotation_broken_into_paragraphs_opens_or_joins_no_summary():
    # A copy broke a quotation into paragraphs: the second opens inside it and closes it. Before,
    # the summary opened on that paragraph and kept its closing mark with no opening one.
    text = ("“我们街道第一批志愿队进驻城南方舱医院，领队的赵医生做事稳当。\n\n"
            "入驻以后，志愿队每天晚上都向街道报告方舱医院缺什么。我一头联系物资，一头给他们打气。”"
            "说起那阵子的通话，江州城南街道党工委书记刘芳至今记忆犹新。\n\n"
            "疫情发生以来，街道先后组织4批共60名志愿者支援一线。")
    for budget in (80, 120):
        summary = summarize(text, title="城南街道志愿队驰援方舱医院", max_chars=budget).text
        assert is_balanced(summary) and summary.startswith("说起那阵子的通话"), summary
        assert "入驻以后" not in summary and "打气" not in summary
    # A text whose cut lost the quotation's opening: the unit that closes it opens no summary.
    cut_off = ("下半年的订单量预计比去年翻一番。”在企业座谈会上，江州机械厂厂长周强透露了这个消息。工厂复产以来订单不断。\n\n"
               "周强说，厂里一方面稳住老客户，一方面拓展东南亚市场，工人已经全部到岗。")
    summary = summarize(cut_off, title="江州机械厂订单不断", max_chars=80).text
    assert is_balanced(summary) and not summary.startswith("下半年"), summary


def test_a_quotation_the_source_never_closes_opens_or_joins_no_summary():
    # A web page lost a closing mark: the summary goes past that sentence rather than leave a quote open.
    text = ("5月8日，江州市城南街道开展垃圾分类宣传活动，200多名居民参加。\n\n"
            "“这样的活动很有意义，下次我们还要带着孩子来！\n\n"
            "活动现场，街道为居民发放分类垃圾桶1200个，志愿者讲解分类知识。")
    summary = summarize(text, title="城南街道开展垃圾分类宣传活动", max_chars=120).text
    assert summary.startswith("5月8日，江州市城南街道开展垃圾分类宣传活动")
    assert "下次我们还要" not in summary and is_balanced(summary)
    assert "分类垃圾桶1200个" in summary


def test_a_social_sites_topic_tag_is_not_summary_material():
    text = ("#江州暴雨# 记者从江州市气象台获悉，7月12日8时至13日8时，全市平均降雨量达86毫米，"
            "城区12条道路一度积水，市政部门出动抢险人员600余人次。")
    summary = summarize(text, title="江州遭遇强降雨", max_chars=120).text
    assert "#" not in summary and "全市平均降雨量达86毫米" in summary


def test_an_interviewers_questions_are_not_summary_material():
    # An interview with a Party secretary: the answers are the news, the questions only ask for it.
    text = ("记者：街道在推动党员下沉社区方面有哪些做法？\n\n"
            "李明：我们建立了机关党员“双报到”制度，全街道460名在职党员到居住地社区报到，认领服务岗位。\n\n"
            "记者：下一步有什么打算？\n\n"
            "李明：我们将完善党员积分管理，推动党员作用发挥常态化。")
    summary = summarize(text, title="让党员在一线亮身份、作表率", max_chars=120).text
    assert summary.startswith("李明：我们建立了") and "？" not in summary and "常态化。" in summary
    # A reporter's question put to someone in a report is the report's, not an interview's.
    assert summary_material("记者问他为什么坚持了二十年？")


def test_a_feature_hook_that_names_nothing_gives_way_to_the_news():
    # A feature opens with a general truth; the news (who, where, how much) follows it.
    text = ("一只木桶能盛多少水，由最短的那块板子决定，补齐短板才能行稳致远。\n\n"
            "荣昌区今年投入2300万元改造老旧供水管网，城区供水漏损率从18%降到9%。\n\n"
            "管网改造后，全年节约用水120万吨。")
    summary = summarize(text, title="补短板 降漏损", max_chars=50).text
    assert summary.startswith("荣昌区今年投入2300万元") and "木桶" not in summary
    hook, news = split_sentences(text)[:2]
    assert not names_something(words.tag(hook), hook) and names_something(words.tag(news), news)
    assert names_something(words.tag("会议昨天召开。"), "会议昨天召开。")
    # A day the summary trims (`13日，`) still anchors its sentence in the news.
    text = ("13日，一场特别的报告会通过网络平台面向全区直播。\n\n"
            "报告会的主角是今年选出的10位“最美社区工作者”。\n\n他们讲述了扎根社区、服务居民的故事。")
    summary = summarize(text, title="最美社区工作者报告会传递榜样力量", max_chars=50).text
    assert summary.startswith("一场特别的报告会"), summary


def test_a_cut_that_keeps_nothing_of_its_own_never_is_the_summary():
    # A report from the scene opens with the reporter's words, one quotation of several
    # sentences, longer than the budget: it is taken whole or not at all, and a cut before it
    # would keep only `记者：`.
    text = ("记者：“这里是荣昌区安富街道的陶宝古街，今天上午，第五届安陶文化艺术节在这里开幕。"
            "来自全国各地的四十多位陶艺大师带来了两百多件作品，古街上人头攒动，热闹非凡。”\n\n"
            "艺术节为期三天，设置陶艺展览、非遗展演等活动。\n\n今年以来，安陶小镇已接待游客80万人次。")
    summary = summarize(text, title="安陶文化艺术节开幕", max_chars=60).text
    assert summary.startswith("艺术节为期三天"), summary


def test_an_opening_that_only_says_when_is_trimmed_from_summary_sentences():
    # Like `今天，` and `据了解，`, a bare day (`3日，`, `24号上午，`) opening a sentence is read against
    # the article's date, which the digest prints beside the summary. A date range, a line number
    # and a full date stay.
    assert trim_sentence("3日，区委召开十三届八次全会，审议通过了关于深化改革的决定。").startswith("区委召开")
    assert trim_sentence("24号上午，全区首条社区公交线路开通。").startswith("全区首条")
    assert trim_sentence("据了解，今年全区计划建成社区书房20间。").startswith("今年全区")
    for kept in ("3日至5日，全区开展消防安全检查。", "12号线，是全区第一条轨道交通线路。", "5月3日，区委召开全会。"):
        assert trim_sentence(kept) == kept


def test_where_the_reporter_learned_the_news_is_trimmed_from_summary_sentences():
    # `记者从…获悉：` says where the paper heard it; the news is after the colon.
    assert trim_sentence("记者从江州市人社局召开的一季度就业形势发布会上获悉：全市今年新增就业岗位2.6万个。") \
        == "全市今年新增就业岗位2.6万个。"
    assert trim_sentence("记者近日从区教委了解到：全区将新建幼儿园8所。") == "全区将新建幼儿园8所。"
    kept = "记者在现场看到：一排排新房拔地而起。"  # what the reporter saw is the story
    assert trim_sentence(kept) == kept


def test_the_datelines_of_a_column_of_briefs_are_not_summary_text():
    text = ("本报讯（通讯员 罗 佳）3月3日，安富街道开展“学雷锋”志愿服务活动，为居民提供义诊、理发等服务。\n\n"
            "本报讯（记者 唐 敏）近日，区图书馆新增图书2万册，市民可凭借阅证免费借阅。")
    summary = summarize(text, title="简讯", max_chars=120).text
    assert "区图书馆新增图书2万册" in summary and "本报讯" not in summary, summary


def test_a_printed_bullet_is_not_summary_text():
    text = ("■ 一分部署，九分落实。各地区各部门要强化责任担当，抓好决策部署落实。\n\n"
            "■ 要改进工作方法，多到一线去，让干部把心思用在为群众办事上。")
    summary = summarize(text, title="抓好决策部署落实", max_chars=80)
    assert summary.text.startswith("一分部署") and "■" not in summary.text


def test_a_plain_lead_opens_the_summary_before_a_bare_quotation():
    text = ("“这下好了，出门就能坐上公交！”\n\n"
            "本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区，居民出行更方便。\n\n"
            "新线路采用新能源车辆，早晚高峰发车间隔十分钟。")
    summary = summarize(text, title="区里新开通三条社区公交线路", max_chars=80).text
    assert summary.startswith("本月起") or summary.startswith("区里新开通")


def test_who_spoke_stays_with_the_quotation_never_a_summary_sentence_alone():
    text = "“我们要把好事办好。把实事办实。”区长说。全区今年新建学校6所，新增学位4500个。"
    summary = summarize(text, title="区里新建学校", max_chars=30)
    assert not summary.text.startswith("区长说") and summary.text.startswith("全区今年新建学校6所")
    summary = summarize(text, title="区里新建学校", max_chars=80)
    assert summary.text.startswith("“我们要把好事办好。把实事办实。”区长说。")


def test_a_measure_word_cut_with_its_noun_is_no_keyword():
    # jieba cuts `10个村` as `10` + `个村`, a word it does not know.
    text = "今年已经形成10个村连片产业带。全区20个村发展特色产业，30个村建成电商服务站。产业村长帮助各村对接市场。"
    keywords = summarize(text, title="产业村长上岗", keywords=8).keywords
    assert "个村" not in keywords and "产业村长" in keywords


@pytest.mark.parametrize("label", ["导语：", "核心提示：", "内容提要："])
def test_a_lead_paragraphs_label_is_no_part_of_the_summary(label):
    # A WeChat post's or a feature's lead opens on its box's name; it had opened the summary.
    text = (f"{label}小积分撬动大治理，桃花村的“积分超市”成了村民最爱去的地方。\n"
            "近日，江州区青山镇桃花村的“积分超市”火了。村民参与环境整治、志愿服务等可获得积分，凭积分兑换生活用品。")
    summary = summarize(text, title="江州区这个村，火了！")
    assert summary.text.startswith("小积分撬动大治理，") and label not in summary.text


def test_a_wires_end_mark_is_no_summary_sentence():
    # `（完）` after the last sentence had been a summary sentence of its own.
    text = ("3月11日，江州区2025年春季义务植树活动在滨江公园启动。\n"
            "下一步，江州区将持续开展全民义务植树，推动生态环境持续改善。（完）")
    summary = summarize(text, title="江州区启动植树活动", max_chars=200, sentences=5)
    assert summary.sentences[-1].endswith("推动生态环境持续改善。") and "完" not in summary.text


def test_the_rest_of_an_amount_is_no_keyword():
    # jieba reads `200余人` as `200` + `余人` and `1000多人` as `1000` + `多人`, both nouns.
    text = ("3月5日，青山镇组织机关干部和志愿者200余人开展春季植树活动。桃花村300余人参加，"
            "带动周边1000多人参与义务植树，另有50多人报名成为护林志愿者。")
    keywords = summarize(text, title="青山镇开展春季植树活动", keywords=8).keywords
    assert not any(word.startswith(("余", "多")) for word in keywords) and "植树" in keywords


def test_a_summary_does_not_open_on_a_word_that_points_back_when_the_sentence_before_fits():
    text = ("青石板路、木窗花格、临街老字号，城南老街改造后又热闹起来了。这个历时八个月的改造项目让两千多户居民住得更舒心。"
            "改造中，施工方保留了32处传统民居。")
    summary = summarize(text, title="老街改造让居民住得更舒心", max_chars=40)
    assert summary.text == "青石板路、木窗花格、临街老字号，城南老街改造后又热闹起来了。"


def test_a_summary_that_would_open_on_he_stressed_opens_on_who_he_is():
    # `他强调，…` holds the headline's words, but who `他` is stands in the short sentence before it:
    # that sentence opens the summary, and the one that points back follows, cut after a clause.
    text = ("区长刘明6月2日到城南街道调研。他强调，要把老旧小区改造作为民生实事抓紧抓好，加快完善"
            "社区养老托育设施和停车充电设施，让居民住得更舒心、更安心，推动城市更新走深走实。\n\n"
            "刘明先后来到桂花小区和城南社区服务中心。")
    summary = summarize(text, title="把老旧小区改造作为民生实事抓紧抓好 让居民住得更舒心", max_chars=80)
    assert summary.sentences[0] == "区长刘明6月2日到城南街道调研。"
    assert summary.sentences[1].startswith("他强调，要把老旧小区改造作为民生实事抓紧抓好") and summary.text.endswith(ELLIPSIS)
    assert len(summary.text) <= 80
    one = summarize(text, title="把老旧小区改造作为民生实事抓紧抓好 让居民住得更舒心", max_chars=80, sentences=1)
    assert len(one.sentences) == 1


def test_an_opening_at_the_meeting_the_lead_told_of_costs_as_a_pointer_back_does():
    # `会上，…` stands for the meeting the sentence before names: with both as central, the lead
    # opens the summary though the other holds more of the headline's words.
    lead = "江州市产教融合推进会昨天在市职教中心召开。"
    at_the_meeting = "会上，成员学校和企业代表围绕产教融合和实训基地共建进行讨论。"
    chosen = choose_summary([lead, at_the_meeting], np.array([1.0, 1.0]), None, "产教融合实训基地",
                            Length(sentences=None, max_chars=40), len(lead + at_the_meeting))
    assert chosen == [lead]


def test_the_headline_printed_again_as_the_texts_first_sentence_opens_no_summary():
    text = ("以赛促学强技能，让青年工匠脱颖而出。5月9日，江州市第三届职业技能大赛在市职教中心开幕，"
            "来自全市28家企业和12所职业院校的460名选手参赛。\n\n本届大赛设数控车工、焊工等18个项目。")
    summary = summarize(text, title="以赛促学强技能 让青年工匠脱颖而出", max_chars=120).text
    assert summary.startswith("5月9日，江州市第三届职业技能大赛在市职教中心开幕")


def test_a_text_that_is_only_its_headline_is_summarized_whole_without_a_cut_mark():
    # A file that holds a headline alone: its one sentence is the headline printed again, which
    # opens no summary while anything else can; here nothing else can, and it fits, so it is
    # taken whole. Before, it came out as `江州区召开冬季安全生产工作会议……`, as if cut.
    headline = "江州区召开冬季安全生产工作会议"
    assert summarize(headline, title=headline, max_chars=120).text == headline
    # Over the budget, it is cut after a clause as any opening is.
    long_headline = "江州区召开冬季安全生产工作会议，部署今冬明春安全生产重点工作，要求各镇街压实责任"
    assert summarize(long_headline, title=long_headline, max_chars=30).text == "江州区召开冬季安全生产工作会议……"


def test_a_briefs_closing_signature_is_no_summary_text():
    # `…参加。（通讯员 刘春燕）`: the reporter signs the brief; the byline says who, the summary what.
    text = "3月10日，清江镇在河包村开展防汛应急演练，模拟转移受困群众、抢修堤坝等场景，120余名干部群众参加。（通讯员 刘春燕）"
    summary = summarize(text, title="清江镇开展防汛应急演练", max_chars=120)
    assert summary.text == "3月10日，清江镇在河包村开展防汛应急演练，模拟转移受困群众、抢修堤坝等场景，120余名干部群众参加。"


def test_a_summary_that_stops_inside_a_list_ends_on_a_stop():
    # A list whose items end on semicolons, cut by the budget after its second item.
    text = ("5月6日，全区新时代文明实践志愿服务月在清溪广场启动。\n\n- 全区组建志愿服务队320支；\n\n"
            "- 注册志愿者达到8.6万人；\n\n- 今年计划开展志愿服务活动1.2万场次。")
    summary = summarize(text, title="全区新时代文明实践志愿服务月启动", max_chars=60)
    assert summary.text == "5月6日，全区新时代文明实践志愿服务月在清溪广场启动。全区组建志愿服务队320支；注册志愿者达到8.6万人。"
    assert summary.sentences[-1].endswith("。")


def test_a_keyword_takes_back_the_letter_the_tokenizer_split_off_a_name():
    # jieba cuts `樊海涛` as `樊` + `海涛` and `坪溪村` as `坪` + `溪村`: the keyword is the name as printed.
    text = ("坪溪村党支部书记樊海涛带领村民种植高山蔬菜。樊海涛说，今年坪溪村蔬菜种植面积扩大到800亩。"
            "在樊海涛的带动下，坪溪村成立了蔬菜合作社，村民收入明显增加。区社会主义学院在坪溪村设立教学点，"
            "区社会主义学院学员到坪溪村学习蔬菜产业经验。")
    keywords = summarize(text, title="坪溪村：高山蔬菜鼓起村民钱袋子", keywords=8).keywords
    assert "樊海涛" in keywords and "坪溪村" in keywords
    assert not {"海涛", "溪村"} & set(keywords)
    # `区` beside `社会主义` is a word of its own (the district's), not part of a name; nor is
    # a measure word (`第二次` + `会议`).
    assert whole_word("社会主义", text) == "社会主义"
    assert whole_word("会议", "召开第一次会议。召开第二次会议。") == "会议"
    # Where the tokenizer reads the letter with its other neighbour (`江州区坪漆村` as `区坪` + `漆村`),
    # that occurrence has no say; the others do.
    village = ("坪漆村：小桃子串起增收大产业\n春风拂面，坪漆村的桃花次第开放。\n记者走进江州区坪漆村，桃花竞相绽放。\n"
               "近年来，坪漆村依托山地资源，发展桃子种植2000亩。")
    assert whole_word("漆村", village) == "坪漆村"
    # One reading alone does not grow a word (`会见` + the first letter of 塔吉克斯坦).
    assert whole_word("会见", "王市长会见塔吉克斯坦客商代表团。王市长会见塔客商时表示，双方要深化合作。") == "会见"


def test_a_place_suffix_cut_off_with_the_next_names_first_letter_is_no_keyword():
    # jieba cuts `江州区青山镇` as `江州` + `区青` + `山镇`: `区青` is no name, `青山镇` is the keyword.
    text = ("近日，江州区青山镇召开村级集体经济发展推进会。会上，青山镇党委书记王强介绍，今年以来，青山镇依托茶叶、"
            "竹笋等特色产业，引导各村成立合作社，全镇12个村的集体收入都在10万元以上。\n"
            "下一步，青山镇将继续推广合作社的经验，争取明年每个村的集体收入都能翻一番。")
    keywords = summarize(text, title="江州区青山镇推进村级集体经济发展", keywords=5).keywords
    assert "青山镇" in keywords and "区青" not in keywords
    # A common word that opens on such a letter after a place's name stays one (`江州` + `市场`).
    market = "江州市场监管局开展食品安全检查。市场监管局执法人员检查了全区120家餐馆，市场秩序明显好转。"
    assert "市场" in "".join(summarize(market, title="江州市场监管局开展食品安全检查", keywords=5).keywords)


def test_a_term_the_tokenizer_cut_in_two_is_one_keyword():
    # jieba cuts `跨境电商` as `跨境` + `电商` and `党群服务中心` as `党群` + `服务中心`: where the two
    # stand together at most of their occurrences, the keyword is the term.
    text = ("近日，区党群服务中心开设跨境电商培训班，首期培训学员60名。培训由区商务委和职业学院联合举办，"
            "学员在党群服务中心学习跨境电商选品、直播和物流知识。区商务委负责人介绍，今年全区将培训跨境电商人才500名，"
            "党群服务中心还将开设更多技能培训课程。")
    keywords = summarize(text, title="党群服务中心办起跨境电商课堂", keywords=5).keywords
    assert "跨境电商" in keywords and "党群服务中心" in keywords
    assert not {"跨境", "电商", "党群", "服务中心"} & set(keywords)
    # A phrase that is always part of a longer one (`淬炼办学` in `淬炼办学治校`) is no term.
    assert joined_phrase("淬炼", {"办学": 2}, "淬炼办学治校基本功。要淬炼办学治校基本功。") == "淬炼"
    assert joined_phrase("淬炼", {"办学": 2}, "淬炼办学本领。要淬炼办学治校基本功。") == "淬炼办学"


def test_a_questions_and_answers_piece_is_summarized_from_its_answers_without_their_labels():
    text = ("问：今年义务教育阶段招生的总体原则是什么？\n答：坚持“免试、就近、划片”入学原则，严格落实公办民办学校同步招生政策。\n"
            "问：适龄儿童如何报名？\n答：家长可于3月15日至3月31日登录“江州教育”微信公众号，填写报名信息并上传户口簿等材料。\n")
    summary = summarize(text, title="2025年春季学期义务教育招生政策问答", max_chars=120).text
    assert summary.startswith("坚持“免试、就近、划片”入学原则") and "答：" not in summary and "？" not in summary


def test_an_editors_note_is_never_summary_material():
    # The paper's word on the story, however it is labelled: the news starts after it.
    for label in ("编者按：", "【编者按】"):
        text = (f"{label}基层治理是国家治理的基石。即日起，本报开设“治理新观察”专栏，聚焦各镇街治理创新实践。\n\n"
                "3月3日清晨，胜利路街道萱花社区网格员刘红走进辖区小区，挨家挨户收集居民诉求。\n\n"
                "去年以来，街道将辖区划分为86个网格，全年解决群众诉求2300余件。\n")
        result = summarize(text, title="小网格撬动大治理", max_chars=80)
        assert result.text.startswith("3月3日清晨") and "专栏" not in result.text, label
        # A text that is one paragraph under the label (its lines wraps) is summarized whole.
        assert "基层治理是国家治理的基石" in summarize(text.replace("\n\n", "\n"), max_chars=80).text
