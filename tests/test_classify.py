import pytest

from digest.classify import classify, load_taxonomy, parse_taxonomy
from digest.errors import ConfigError
from digest.models import Article


def article(title, body):
    return Article(id="a", source="x.txt", title=title, subtitle=None, kicker=None, byline=None, paragraphs=(body,))


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


@pytest.mark.parametrize("title, body, slug", [
    ("区人大常委会启动工会法执法检查", "区人大常委会召开执法检查动员会，听取贯彻实施工会法情况汇报，推动法律法规落地。", "rule-of-law"),
    ("全区特病认定合格率达99%", "区医保窗口对三家医院开展特病认定专项检查，保障参保人员权益，提升医保基金使用效率。", "livelihood"),
    ("开州一季度招商引资58.3亿元", "今年一季度新引进重点项目11个，涉及投资金额58.3亿元，预计新增年产值27亿元。", "economy"),
    # Bringing projects in is said `招引` as often as `招商`.
    ("构建“一镇一业”发展新格局", "区里坚持规划先行，对21个镇街的产业布局进行了系统梳理。下一步将加大项目招引力度，"
     "力争全年新签约项目50个以上。", "economy"),
    ("永川职教培养人才学以致用", "重庆智能工程职业学院新开设工业机器人专业，深化产教融合，培养技能人才。", "vocational-education"),
    ("坪漆村打基础兴产业", "村党支部带领村民种植桃树，发展乡村旅游，村集体经济今年增收3万元，农民腰包鼓起来。", "rural-revitalization"),
    # A photo story of farm work (jieba reads `春耕生产` as one word).
    ("春到田间农事忙", "3月8日，村民在田间移栽辣椒苗。连日来，各地抢抓晴好天气开展春耕生产。", "rural-revitalization"),
    # A young returnee's greenhouses: farming named by its crops, greenhouses and leased land, not by 农业.
    ("村里来了“新农人”", "返乡青年张小军回村流转土地60亩，建起了8个智能大棚，今年番茄预计亩产可达8000斤。"
     "在他的带动下，已有12名年轻人返乡创业。", "rural-revitalization"),
    ("教育系统党组织书记述职评议", "12所学校党组织书记现场述职，要加强基层党组织建设、党员队伍建设，全面从严治党。", "party-building"),
    # A meeting that passes on the line of a plenum or of the Two Sessions (区委常委会, 中心组学习).
    ("区委常委会召开会议传达学习全国两会精神", "3月3日，区委常委会召开会议，传达学习全国两会精神，研究我区贯彻落实意见。", "party-building"),
    ("区委理论学习中心组集体学习", "区委理论学习中心组举行集体学习，学习贯彻党的二十届三中全会精神。", "party-building"),
    # An economic-operation meeting and the figures it reads (地区生产总值, 增加值, 社会消费品零售总额).
    ("我区召开一季度经济运行分析会", "会议指出，1—2月全区规模以上工业增加值同比增长8.2%，社会消费品零售总额同比增长6.5%。", "economy"),
    ("小区停车难题解决了", "社区通过居民议事会协调物业和业主，化解矛盾纠纷，网格员上门收集诉求。", "governance"),
    # A job fair counts jobs (`招聘会`, `就业岗位`), a car park its spaces, a village its income from its yards,
    # a list of good people its 好人: each had gone to 其他.
    ("区人社局举办春季专场招聘会", "3月4日，区人社局在人力资源市场举办春季专场招聘会，86家企业提供就业岗位2300余个。", "livelihood"),
    ("江州区新增公共停车位1200个", "今年以来，江州区通过挖潜改造、错时共享等方式，新增公共停车位1200个，老城区停车难问题得到缓解。",
     "livelihood"),
    ("小庭院种出“致富果”", "近年来，青山镇引导群众利用房前屋后空地发展庭院经济，种植桃树、李树，户均增收3000余元。",
     "rural-revitalization"),
    ("江州“好人榜”发布", "江州区第一季度“江州好人”评选结果揭晓，10人上榜，有照顾瘫痪邻居的退休教师，有勇救落水儿童的外卖小哥。",
     "governance"),
    # `街乡吹哨、部门报到`: a department's response to a street's call, a classic of local governance.
    ("清溪区全面推行“街乡吹哨、部门报到”机制", "今年以来，清溪区聚焦群众反映强烈的难点问题，全面推行“街乡吹哨、部门报到”机制，"
     "推动执法力量和服务资源向基层下沉。截至3月底，全区累计吹哨1260次，解决问题1180个。", "governance"),
    # The CPPCC is a united-front body: its meetings and members' proposals are party-building's united-front work.
    ("区政协召开十四届三十一次主席会议", "2月28日，区政协召开主席会议，审议区政协2025年度协商工作计划，"
     "要求政协委员围绕中心工作协商议政、提交高质量提案。", "party-building"),
    # A trial is the courts' work, whoever stands in it; a proposal alone (`停火谈判提案`) is no CPPCC's.
    # Safety at work and emergencies: a district's 平安建设, as much local news as any theme.
    ("清溪区开展“安全生产月”活动", "活动期间，全区将组织开展安全隐患大排查大整治、应急演练、安全知识进企业进社区等系列活动，"
     "今年以来已排查整改各类隐患1800余处。", "governance"),
    # A time-honoured brand and the shoppers it wins back: consumption, the economy's.
    ("让“金字招牌”擦得更亮", "老字号是商业文化的重要载体。百年老店推出文创产品，吸引了大批年轻消费者，主动拥抱新消费、新业态。", "economy"),
    ("青岛市政协原主席受审", "被告人被控受贿超5亿元，检察机关提起公诉，法院将择期宣判。", "rule-of-law"),
    # Doctors seeing villagers for free: a health service, though it happens in a village.
    ("春季义诊走进乡村", "3月8日，区人民医院组织20名医生走进清江镇，为村民免费问诊、测血压。当天共接诊村民300余人次。", "livelihood"),
    # A commentary on the industrial system and new productive forces; public cultural services.
    ("加快建设现代化产业体系", "发展新质生产力是推动高质量发展的内在要求。要推动传统产业转型升级，培育壮大新兴产业，前瞻布局未来产业。",
     "economy"),
    ("线上看展打开公共文化新空间", "区文化馆、图书馆推出线上展览和全民阅读活动，公共文化服务从线下延伸到线上。", "livelihood"),
])
def test_classify_common_themes(taxonomy, title, body, slug):
    assert classify(article(title, body), taxonomy).slug == slug


def test_unclear_articles_go_to_the_fallback_with_the_evidence(taxonomy):
    result = classify(article("春天来了", "公园里的花开了，很多人去散步拍照。"), taxonomy)
    assert result.slug == "other"


def test_common_words_do_not_decide(taxonomy):
    result = classify(article("发展工作", "发展，工作，群众，发展，工作，群众。"), taxonomy)
    assert result.slug == "other"


def test_classification_reports_deciding_terms(taxonomy):
    result = classify(article("全区特病认定合格率达99%", "医保窗口开展特病认定专项检查，保障参保人员权益。"), taxonomy)
    assert "特病" in result.terms and result.score > 0


def test_taxonomy_validation_reports_every_problem_at_once():
    text = """
[[category]]
slug = "a"
name = "甲"
[category.terms]
"党建" = -1

[[category]]
slug = "a"
name = "乙"

[[category]]
name = "丙"
[category.terms]
"x" = "heavy"
"""
    with pytest.raises(ConfigError) as caught:
        parse_taxonomy(text, "mine.toml")
    problems = " | ".join(caught.value.problems)
    for expected in ("bad weight", "duplicate slug", "empty term list", "missing slug", "no fallback"):
        assert expected in problems


def test_default_taxonomy_order_and_fallback(taxonomy):
    assert [c.slug for c in taxonomy.categories] == [
        "party-building", "governance", "vocational-education", "rural-revitalization", "economy",
        "livelihood", "rule-of-law", "other"]
    assert taxonomy.fallback.slug == "other"


def test_terms_match_whole_words_not_parts_of_longer_words(taxonomy):
    result = classify(article("新疆维吾尔自治区举行庆祝大会", "自治区成立纪念大会在乌鲁木齐举行，各族群众欢聚一堂。"), taxonomy)
    assert result.slug == "other"
