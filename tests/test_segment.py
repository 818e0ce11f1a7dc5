"""Cutting pages into articles: each rule on a small made-up page."""
import re

import pytest

from digest.models import Source
from digest.clean import PrintedLine, display_width
from digest.pagelines import (
    LogicalLine,
    _fills_width,
    _past_letter_count,
    is_wide,
    logical_lines,
    looks_wrapped,
    without_auto_spaces,
    without_line_spacing,
    without_sheet_marks,
)
from digest.read import read_source
from digest.roles import classify_line
from digest.segment import _read_lines, resolve_captions, split_articles
from digest.summarize import summarize


def cut(text: str, single: bool = False):
    return split_articles(Source(path="page.txt", text=text, single_article=single))


def read_as_file(path, text: str):
    """The articles of `text` saved as the file `path`: read as a user's file is (metadata lines too)."""
    path.write_text(text, encoding="utf-8")
    return split_articles(read_source(path))


MARKDOWN_PAGE = """

# 新城区开出“夜间课堂”

## ——社区党组织牵头办学的故事

“下班后也能学画画了。”家住新城区的居民王丽说。

今年以来，新城区依托社区党群服务中心开设夜间课堂，已开课120节，服务居民3000余人次。

### 课程从哪来

#### 居民点单

社区通过议事会收集居民需求，确定了书法、摄影等8门课程。

李明 张华

图片由新城区委宣传部提供

### 深化校地合作 培养技能人才

## 某职业学院 校企共建实训基地

某职业学院与本地企业共建实训基地，首批200名学生进入车间学习。

学院负责人表示，将继续推进产教融合，培养更多技能人才。
"""


def test_markdown_titles_subtitles_kickers_sections_and_bylines():
    first, second = cut(MARKDOWN_PAGE)
    assert first.title == "新城区开出“夜间课堂”"
    assert first.subtitle == "社区党组织牵头办学的故事"
    assert first.byline == "李明 张华"
    assert "课程从哪来" in first.paragraphs and "居民点单" in first.paragraphs
    assert "图片由" not in first.text and "李明" not in first.text
    assert second.title == "某职业学院 校企共建实训基地"
    assert second.kicker == "深化校地合作 培养技能人才"
    assert second.text.startswith("某职业学院与本地企业")


def test_markdown_rule_parts_two_stories_and_the_untitled_one_is_named_by_its_first_statement():
    page = ("# 老旧小区加装电梯\n\n本报讯 今年以来，全区老旧小区新加装电梯86部。\n\n---\n\n"
            "近日，历时八个月的古镇老街改造工程完工，青石板路重新与市民见面。\n\n老街还引入非遗工坊18家。\n")
    lifts, street = cut(page)
    assert lifts.title == "老旧小区加装电梯" and "古镇" not in lifts.text
    # Not `近日`: an opening phrase names nothing.
    assert street.title == "历时八个月的古镇老街改造工程完工"
    assert street.text.endswith("老街还引入非遗工坊18家。")
    # A rule right above a headline changes nothing.
    assert [a.title for a in cut("# 甲\n\n正文一段，写得很长很长。\n\n***\n\n# 乙\n\n正文二段，也写得很长。\n")] == ["甲", "乙"]


def test_markdown_briefs_headed_a_level_down_under_a_box_label_are_stories_of_their_own():
    # A 简讯 box: its label a story's level, each brief's headline a level down over its
    # dateline. A dateline opens a story, never a section: each brief is its own, the label
    # its first brief's kicker. Before, the briefs were one story titled `简讯`.
    page = ("## 城北街道老旧小区改造全面完工\n\n本报讯（记者 林晓）近日，城北街道十二个老旧小区改造工程全部完工，"
            "惠及居民两千余户。\n\n### 加装电梯\n\n改造中，街道为符合条件的楼栋加装电梯二十部。\n\n"
            "## 简讯\n\n### 江州举办冬季消防安全培训\n\n本报讯 11月27日，市消防救援支队举办冬季消防安全培训，"
            "一百二十名物业管理人员参加。\n\n### 城南社区开展义诊活动\n\n本报讯 11月28日，市人民医院的十二名医生"
            "来到城南社区，为居民免费测量血压、血糖。\n\n### 全市中小学开展防溺水教育\n\n本报讯 近日，市教育局组织"
            "全市中小学开展防溺水专题教育，提高学生的安全意识。\n")
    renewal, training, clinic, swimming = cut(page)
    assert renewal.title == "城北街道老旧小区改造全面完工" and "加装电梯" in renewal.paragraphs  # a section stays
    assert (training.kicker, training.title) == ("简讯", "江州举办冬季消防安全培训")
    assert training.text.startswith("本报讯11月27日") and "义诊" not in training.text
    assert [clinic.title, swimming.title] == ["城南社区开展义诊活动", "全市中小学开展防溺水教育"]
    assert swimming.text.endswith("提高学生的安全意识。")
    # Under a briefs column's label each heading heads a brief, dateline or none.
    undated = cut(page.replace("本报讯 ", ""))
    assert [a.title for a in undated] == [renewal.title, training.title, clinic.title, swimming.title]
    assert undated[1].kicker == "简讯" and undated[2].text.startswith("11月28日，市人民医院")
    # The parts of a round-up of one dispatch, each under the dated dateline it opened with, stay one story.
    roundup = ("## 多地抢抓农时开展春耕\n\n新华社北京3月2日电 连日来，各地抢抓农时开展春耕生产。\n\n"
               "### 江北：智能农机下田\n\n新华社北京3月2日电 在江北，两百台智能农机开进田间。\n\n"
               "### 江南：新品种育秧\n\n新华社北京3月2日电 在江南，育秧工厂培育新品种秧苗。\n")
    (story,) = cut(roundup)
    assert story.title == "多地抢抓农时开展春耕" and "江南：新品种育秧" in story.paragraphs
    # Key points set as headings over a story's dateline are its own, the last of them too (a PDF
    # sets them so, two levels under the headline).
    points = ("# 全市信访件件有回复\n\n### 一年受理群众来信来访1.2万件\n\n### 各级机关压实首办责任，领导包案化解\n\n"
              "本报江州3月2日电（记者 林晓）全市信访工作通报会2日举行，各区县交流了化解信访积案的做法。\n\n"
              "去年以来，全市各级机关受理群众来信来访1.2万件，答复率达到99%。\n\n"
              "# 城东公园月底开放\n\n本报讯 城东公园改造工程进入收尾阶段，预计月底向市民开放。\n")
    story, park = cut(points)
    assert story.title == "全市信访件件有回复" and story.text.endswith("答复率达到99%。")
    assert "各级机关压实首办责任，领导包案化解\n本报江州3月2日电" in story.text and park.title == "城东公园月底开放"


def test_a_front_pages_contents_copied_with_each_page_under_its_headline_is_no_story():
    # A PDF's contents box copied as text: each listed headline over its page (`▶2版`) on a line
    # of its own. The two lines are one line of the contents; before, the box was a story
    # titled `本期导读`.
    page = ("江州日报　2026年12月1日　星期二　第1版\n\n本期导读\n全市冬季消防安全检查全面启动\n▶2版\n"
            "临河镇万亩大棚蔬菜喜获丰收\n▶3版\n老旧小区改造惠及两万户居民\n（详见第6版）\n\n"
            "市委常委会研究部署冬春季重点工作\n　　本报讯 11月30日，市委常委会日前开会，就冬春季重点工作作出安排。\n"
            "　　会议强调，要扎实做好困难群众帮扶救助工作，确保群众温暖过冬。\n")
    (meeting,) = cut(page)
    assert meeting.title == "市委常委会研究部署冬春季重点工作" and meeting.kicker is None
    assert meeting.text.endswith("确保群众温暖过冬。")


def test_an_article_view_copied_from_a_web_page_keeps_its_headline_and_drops_the_page_chrome(tmp_path):
    page = ("黔江区创新开展“双融行动” 激活基层治理一池春水\n"
            "发布时间：2025-03-04 09:12  来源：黔江日报  作者：张三\n"
            "【字体：大 中 小】【打印本页】【关闭窗口】\n\n"
            "　　本报讯 今年以来，黔江区紧紧围绕“四下基层”制度，创新实施“双融行动”，构建基层治理新格局。\n"
            "　　该区搭建三级组织体系，将党组织的触角延伸到每一栋楼，推选产生楼道长、治安员等1200余名。\n"
            "责任编辑：李四\n上一篇：荣昌区召开基层党建工作会议\n下一篇：永川职教培养人才“学以致用”\n")
    (article,) = read_as_file(tmp_path / "view.txt", page)
    assert article.title == "黔江区创新开展“双融行动” 激活基层治理一池春水"
    assert article.kicker is None and article.subtitle is None
    assert (article.date, article.source_name, article.byline) == ("2025-03-04", "黔江日报", "张三")
    assert article.text.endswith("推选产生楼道长、治安员等1200余名。")
    assert not any(word in article.text for word in ("字体", "上一篇", "下一篇", "李四"))


def test_a_government_sites_article_view_copied_whole_keeps_only_the_story(tmp_path):
    page = ("首页 > 新闻中心 > 部门动态\n\n区教委召开2025年职业教育工作推进会\n\n"
            "发布时间：2025-03-11 16:20   来源：区教委   浏览次数：236   字体：[大 中 小]\n\n"
            "　　3月10日，区教委召开2025年职业教育工作推进会，总结2024年职业教育工作，部署今年重点任务。\n"
            "　　会议要求，各职业院校要深化产教融合、校企合作，围绕全区主导产业优化专业布局。\n\n"
            "【打印本页】【关闭窗口】\n\n上一篇：区教委开展春季学校安全大检查\n\n"
            "主办单位：江州区人民政府办公室　承办单位：江州区大数据发展局\n网站标识码：5001000001　渝ICP备12345678号\n")
    (article,) = read_as_file(tmp_path / "view.txt", page)
    assert article.title == "区教委召开2025年职业教育工作推进会"
    assert article.kicker is None and article.subtitle is None
    assert (article.date, article.source_name) == ("2025-03-11", "区教委")
    assert article.text.startswith("3月10日，区教委") and article.text.endswith("优化专业布局。")


def test_a_news_apps_article_copied_whole_gives_its_account_and_date(tmp_path):
    page = ("江州：春耕备耕忙 田间地头绘“丰”景\n江州发布\n2025-03-11 08:30·重庆\n关注\n"
            "眼下正值春耕备耕关键时期，江州区各镇街抢抓农时，组织农户开展翻耕整地、育苗移栽等农事活动。\n"
            "据了解，今年江州区计划粮食播种面积45万亩，目前已储备种子1200吨，农资供应充足。\n举报/反馈\n")
    (article,) = read_as_file(tmp_path / "app.txt", page)
    assert (article.title, article.date, article.source_name) == ("江州：春耕备耕忙 田间地头绘“丰”景", "2025-03-11", "江州发布")
    assert article.text.startswith("眼下正值") and article.text.endswith("农资供应充足。")
    # A news site's view: the font-size button under the date line is no part of the headline.
    page = ("江州区：“红色管家”让老旧小区焕新颜\n2025年03月11日08:30 | 来源：人民网－重庆频道\n小字号\n"
            "　　人民网重庆3月11日电 今年以来，城南街道探索推行“红色管家”模式，为无物业老旧小区提供服务。\n"
            "(责编：王磊、刘洋)\n分享让更多人看到\n")
    (article,) = read_as_file(tmp_path / "view.txt", page)
    assert (article.title, article.date, article.source_name) == ("江州区：“红色管家”让老旧小区焕新颜", "2025-03-11", "人民网－重庆频道")
    # A weekday beside a date is no place: the line above it is no account.
    (article,) = read_as_file(tmp_path / "notice.txt", "区里召开防汛会议\n江州发布\n2025年3月7日 星期五\n会议要求各镇街压实责任，做好汛期准备。\n")
    assert article.source_name is None and "江州发布" in (article.title or "") + (article.subtitle or "") + article.text


def test_views_of_several_sites_copied_into_one_file_each_keep_their_own_facts(tmp_path):
    school = ("我校在全市职业院校技能大赛中再创佳绩\n\n作者：教务处  发布时间：2025-03-11  点击数：[ 236 ]\n\n"
              "　　3月8日至10日，江州市职业院校技能大赛在市职教中心举行，我校共获一等奖4个、二等奖6个。\n"
              "　　本次大赛设中职组和高职组共40个赛项，吸引了全市23所职业院校的900余名选手参赛。\n"
              "　　近年来，学校坚持“以赛促教、以赛促学”，将大赛标准融入日常教学。\n\n"
              "相关新闻：\n我校召开2025年春季学期开学工作会议\n我校与江州汽车集团签订校企合作协议\n\n")
    # An app's article, its paragraphs set without an indent, then a news site's view.
    app = ("江州：春耕备耕忙 田间地头绘“丰”景\n江州发布\n2025-03-12 08:30·重庆\n关注\n"
           "眼下正值春耕备耕关键时期，江州区各镇街抢抓农时，组织农户开展翻耕整地、育苗移栽等农事活动。\n"
           "据了解，今年江州区计划粮食播种面积45万亩。目前已储备种子1200吨，农资供应充足。\n举报/反馈\n\n")
    site = ("江州区：“红色管家”让老旧小区焕新颜\n2025年03月13日08:30 | 来源：人民网－重庆频道\n小字号\n"
            "　　今年以来，城南街道探索推行“红色管家”模式，为无物业老旧小区提供环境卫生、秩序维护等服务。\n"
            "　　目前，全街道已组建“红色管家”服务队12支，覆盖老旧小区36个，惠及居民8000余户。\n")
    articles = read_as_file(tmp_path / "views.txt", school + app + site)
    assert [(a.title, a.subtitle, a.date, a.source_name, a.byline) for a in articles] == [
        ("我校在全市职业院校技能大赛中再创佳绩", None, "2025-03-11", None, "教务处"),
        ("江州：春耕备耕忙 田间地头绘“丰”景", None, "2025-03-12", "江州发布", None),
        ("江州区：“红色管家”让老旧小区焕新颜", None, "2025-03-13", "人民网－重庆频道", None)]
    assert articles[0].text.endswith("融入日常教学。") and articles[1].text.startswith("眼下正值春耕")


def test_an_official_document_is_read_by_its_parts(tmp_path):
    notice = ("江州区人民政府办公室\n关于做好2025年春季森林防火工作的通知\n\n江州府办发〔2025〕12号\n\n"
              "各镇人民政府、街道办事处，区政府各部门，有关单位：\n"
              "　　当前已进入春季森林防火关键期，森林火险等级持续偏高。经区政府同意，现将有关事项通知如下。\n"
              "　　一、压实防火责任\n　　各镇街要严格落实森林防火行政首长负责制，把责任落实到山头地块和具体人员。\n"
              "　　二、加强火源管控\n　　清明节前后是野外用火高峰期，各地要在重点林区入口设置检查站。\n\n"
              "江州区人民政府办公室\n2025年3月5日\n（此件公开发布）\n")
    (article,) = read_as_file(tmp_path / "notice.txt", notice)
    # The issuing office is part of the title; the number, the addressees and the closing lines are none.
    assert article.title == "江州区人民政府办公室关于做好2025年春季森林防火工作的通知" and article.kicker is None
    assert (article.date, article.source_name) == ("2025-03-05", "江州区人民政府办公室")
    assert article.body.startswith("当前已进入") and article.body.endswith("设置检查站。")
    assert "各镇人民政府、街道办事处" in article.text and not any(
        mark in article.text for mark in ("〔2025〕", "此件", "2025年3月5日"))
    # The addressees are kept, never summarized, also where the paragraphs have no indent.
    (plain,) = read_as_file(tmp_path / "plain.txt", notice.replace("　　", ""))
    assert "各镇人民政府" in plain.text and "各镇人民政府" not in article.body + plain.body
    # One body before a colon is as often a speaker over a headline.
    assert classify_line("各镇街党（工）委、人民政府（办事处），区级各部门：", 0, False).role == "note"
    assert classify_line("国台办：", 0, False).role != "note"
    # Two offices issuing one document, each on its line over the title.
    (article,) = read_as_file(tmp_path / "joint.txt", notice.replace("江州区人民政府办公室\n关于", "中共江州区委办公室\n江州区人民政府办公室\n关于", 1))
    assert article.title == "中共江州区委办公室 江州区人民政府办公室关于做好2025年春季森林防火工作的通知"


def test_a_wechat_article_copied_with_its_emoji_keeps_its_prompts_out(tmp_path):
    page = ("👆点击“江州教育”关注我们\n\n职教赋能丨江州职教中心：订单班里育出“抢手货”\n\n江州教育 2025-03-12 18:00 重庆\n\n"
            "3月的江州职教中心实训车间里，数控专业学生正在老师指导下加工零件。“这些学生还没毕业，就被企业‘预订’了。”\n\n"
            "近年来，江州职教中心与区内42家企业开展校企合作，开设“订单班”12个。\n\n"
            "🔺 来源：江州区教委\n编辑：张敏 | 审核：李强\n\n点个“在看”，分享给更多人👇\n")
    (article,) = read_as_file(tmp_path / "wechat.txt", page)
    assert (article.title, article.kicker, article.subtitle) == ("职教赋能丨江州职教中心：订单班里育出“抢手货”", None, None)
    assert (article.date, article.source_name) == ("2025-03-12", "江州区教委")
    assert article.text.endswith("开设“订单班”12个。") and "👆" not in article.text
    # A section's number on its own line over its heading is part of the heading.
    (article,) = read_as_file(tmp_path / "sections.txt", page.replace("近年来，", "01\n校企共育 订单培养\n近年来，"))
    assert [article.paragraphs[index] for index in article.headings] == ["01 校企共育 订单培养"]


def test_an_epaper_pages_navigation_over_its_stories_is_no_headline(tmp_path):
    page = ("江州日报数字报\n2025年03月12日 星期三\n第01版：要闻\n上一版  下一版\n本版标题导航\n"
            "区委常委会召开会议 研究部署一季度重点工作\n我区召开春耕生产推进会\n\n"
            "区委常委会召开会议 研究部署一季度重点工作\n"
            "　　本报讯（记者 王磊）3月11日，区委常委会召开会议，研究部署一季度重点工作。区委书记李明主持会议。\n"
            "我区召开春耕生产推进会\n"
            "　　本报讯（记者 刘洋）3月11日，我区召开2025年春耕生产推进会，安排部署春耕备耕工作。\n")
    meeting, farming = read_as_file(tmp_path / "page.txt", page)
    assert (meeting.title, meeting.kicker, meeting.subtitle) == ("区委常委会召开会议 研究部署一季度重点工作", None, None)
    assert (meeting.date, meeting.page, meeting.source_name) == ("2025-03-12", "1", "江州日报")
    assert farming.title == "我区召开春耕生产推进会"


def test_a_wechat_article_saved_as_markdown_keeps_its_date_line_and_quoted_lead(tmp_path):
    page = ("# 乡村振兴｜坪漆村：小桃子“串”起增收大产业\n\n原创 江州发布 *2025-03-12 19:30* *重庆*\n\n"
            "![](https://mmbiz.qpic.cn/abc/640.png)\n\n> 春风拂面，坪漆村的桃花次第开放。\n\n"
            "**3月10日**，记者走进江州区坪漆村，漫山遍野的桃花竞相绽放，村民们正忙着给桃树施肥、剪枝。\n\n"
            "*▲ 村民在桃园劳作*\n\n近年来，坪漆村依托山地资源，发展桃子种植2000亩，带动全村300余户村民增收。\n")
    (article,) = read_as_file(tmp_path / "wechat.md", page)
    assert (article.date, article.source_name) == ("2025-03-12", "江州发布")
    assert article.text.startswith("春风拂面，坪漆村") and "*" not in article.text and ">" not in article.text


def test_an_official_document_as_a_pdf_reader_gives_it_keeps_its_title_and_sections(tmp_path):
    # The red head set largest, the title a size down read as its deck, numbered sections as headings.
    page = ("# 江州区人民政府办公室文件\n\n## ——江州区人民政府办公室关于做好2025年春季森林防火工作的通知\n\n"
            "各镇人民政府、街道办事处，区政府各部门：\n\n当前已进入春季森林防火关键期，森林火险等级持续偏高。\n\n"
            "### 一、压实防火责任\n\n各镇街要严格落实森林防火行政首长负责制，把责任落实到山头地块。\n\n"
            "### 二、加强火源管控\n\n各地要在重点林区入口设置检查站，严禁携带火种进山。\n")
    (notice,) = read_as_file(tmp_path / "notice.md", page)
    assert (notice.title, notice.subtitle) == ("江州区人民政府办公室关于做好2025年春季森林防火工作的通知", None)
    assert [notice.paragraphs[index] for index in notice.headings] == ["一、压实防火责任", "二、加强火源管控"]


def test_wechat_articles_copied_into_one_file_keep_each_its_own_account_and_date(tmp_path):
    page = ("江州区：“红色管家”让老旧小区焕新颜\n原创 江州发布 2025年03月12日 08:30 重庆\n"
            "近日，城南街道探索推行“红色管家”模式，由社区党委牵头组建服务队，为无物业老旧小区提供服务。\n\n"
            "江州职教中心：订单班里育出“抢手货”\n江州教育 2025年03月13日 18:00 重庆\n"
            "近年来，江州职教中心与区内42家企业开展校企合作，开设“订单班”12个。\n")
    first, second = read_as_file(tmp_path / "wechat.txt", page)
    assert (first.date, first.source_name, second.date, second.source_name) == ("2025-03-12", "江州发布", "2025-03-13", "江州教育")


def test_a_storys_pointer_to_more_on_other_pages_is_no_text():
    page = ("江州区第十八届人民代表大会第五次会议开幕\n\n"
            "　　本报讯（记者 王磊）1月15日上午，江州区第十八届人民代表大会第五次会议在区会议中心开幕。\n"
            "　　区长张华代表区人民政府作政府工作报告，提出了2025年目标任务。\n　　（相关报道见第二、三版）\n\n"
            "扎根乡村的“田秀才”\n\n　　今年是刘建华当选区人大代表的第三年。作为种粮大户，他带领村民发展优质水稻2000亩。\n")
    meeting, farmer = cut(page)
    assert meeting.text.endswith("提出了2025年目标任务。") and farmer.title == "扎根乡村的“田秀才”"


def test_article_views_copied_into_one_file_keep_each_its_own_date_source_and_writer(tmp_path):
    view = ("{title}\n发布时间：{date} 09:12  来源：{paper}  作者：{writer}\n【字体：大 中 小】【打印本页】【关闭窗口】\n\n"
            "　　{first}\n　　{second}\n责任编辑：王五\n上一篇：荣昌区召开基层党建工作会议\n\n")
    page = view.format(title="黔江区创新开展“双融行动”", date="2025-03-04", paper="黔江日报", writer="张三",
                       first="今年以来，黔江区创新实施“双融行动”，构建共建共治共享的基层治理新格局。",
                       second="该区搭建三级组织体系，推选产生楼道长、治安员等1200余名。") + view.format(
        title="永川职教培养人才“学以致用”", date="2025-03-05", paper="永川日报", writer="李四",
        first="近日，在重庆智能工程职业学院，学生正在老师带领下学习操控工业机器人。",
        second="学院与200余家企业建立合作关系，毕业生就业率保持在97%以上。")
    first, second = read_as_file(tmp_path / "views.txt", page)
    assert (first.title, first.date, first.source_name, first.byline) == ("黔江区创新开展“双融行动”", "2025-03-04", "黔江日报", "张三")
    assert (second.title, second.date, second.source_name, second.byline) == (
        "永川职教培养人才“学以致用”", "2025-03-05", "永川日报", "李四")
    assert second.text.startswith("近日，在重庆智能工程职业学院") and "发布时间" not in second.text


def test_article_views_saved_as_markdown_keep_each_its_own_date_and_source(tmp_path):
    # The same views as Markdown (a note-taking app's export): each headline a heading, its date
    # and source line under it. The second story had taken the file's first date, and the line
    # under each heading was dropped as a caption.
    view = "# {title}\n\n发布时间：{date} 09:12　来源：{paper}\n\n{first}\n\n{second}\n\n"
    page = view.format(title="黔江区创新开展“双融行动”", date="2025-03-04", paper="黔江日报",
                       first="今年以来，黔江区创新实施“双融行动”，构建共建共治共享的基层治理新格局。",
                       second="该区搭建三级组织体系，推选产生楼道长、治安员等1200余名。") + view.format(
        title="永川职教培养人才“学以致用”", date="2025-03-05", paper="永川日报",
        first="近日，在重庆智能工程职业学院，学生正在老师带领下学习操控工业机器人。",
        second="学院与200余家企业建立合作关系，毕业生就业率保持在97%以上。")
    first, second = read_as_file(tmp_path / "views.md", page)
    assert (first.date, first.source_name) == ("2025-03-04", "黔江日报")
    assert (second.title, second.date, second.source_name) == ("永川职教培养人才“学以致用”", "2025-03-05", "永川日报")
    assert second.text.startswith("近日，在重庆智能工程职业学院") and "发布时间" not in second.text


def test_an_article_view_with_a_print_citation_and_an_editor_line_in_brackets(tmp_path):
    page = ("让职业教育成为“香饽饽”\n——重庆市推进产教融合的实践探索\n作者：本报记者 张三 李四\n\n"
            "　　新学期伊始，重庆工业职业技术学院的实训车间里，学生们正在调试工业机器人。\n"
            "　　近年来，重庆市推动职业院校与企业共建产业学院120个，订单培养学生3.6万人。\n"
            "《光明日报》（ 2025年03月04日 08版）\n[ 责编：王五 ]\n【纠错】 【责任编辑：刘畅】\n")
    (article,) = read_as_file(tmp_path / "view.txt", page)
    assert (article.title, article.subtitle) == ("让职业教育成为“香饽饽”", "重庆市推进产教融合的实践探索")
    assert (article.date, article.page, article.source_name) == ("2025-03-04", "8", "光明日报")
    assert article.byline == "本报记者 张三 李四" and article.text.endswith("订单培养学生3.6万人。")
    assert not any(word in article.text for word in ("光明日报", "责编", "纠错", "刘畅"))


def test_marks_of_a_story_running_on_another_page_are_not_text():
    page = ("全区新增市场主体一万二千户\n\n　　本报讯 今年1至2月，全区新增各类市场主体1.2万户，同比增长18%。\n"
            "　　区里推行企业开办“一网通办”，开办企业平均用时压缩到半天。（下转第二版）\n\n老旧小区改造提速\n\n"
            "　　（上接第一版）今年全区将改造老旧小区42个，惠及居民1.6万户。\n　　改造坚持“居民点单”（转载自区政府网）。\n")
    markets, estates = cut(page)
    assert (markets.runs_to, markets.runs_from, estates.runs_to, estates.runs_from) == ("2", None, None, "1")
    assert markets.text.endswith("开办企业平均用时压缩到半天。")
    assert estates.text.startswith("今年全区将改造老旧小区42个") and estates.text.endswith("（转载自区政府网）。")


@pytest.mark.parametrize("mark", ["（上接第一版）\n　　", "　　（上接第1版）"])  # alone over the text, or opening it
def test_the_rest_of_a_story_from_another_page_is_no_part_of_the_story_above_it(mark):
    # Mid-page, under a story of this page: the part goes on with a story of page 1, so it is
    # an article of its own (joined with its story when that page is built too).
    page = ("老旧小区改造提速\n　　今年全区将改造老旧小区42个，惠及居民1.6万户，目前已有18个小区开工。\n\n"
            f"{mark}会议强调，各级党组织要切实履行管党治党政治责任，把全面从严治党要求落实到基层。\n\n"
            "党员志愿服务队走进敬老院\n　　3月8日，区机关党员志愿服务队走进城东敬老院，为老人们打扫卫生、理发。\n")
    estates, part, volunteers = cut(page)
    assert estates.text.endswith("目前已有18个小区开工。") and estates.runs_from is None
    assert part.text.startswith("会议强调") and part.runs_from == "1"
    assert volunteers.title == "党员志愿服务队走进敬老院"


def test_a_byline_and_a_run_on_mark_set_in_heading_styles_are_still_what_they_are():
    # A Word file with heading styles, as Markdown: the reporter's line and the mark of the rest
    # of a page-1 story set as headings. Before, the byline was a section heading of the text, and
    # the part was read as more of the interview.
    page = ("# 以高质量党建引领基层治理\n\n## ——访区委组织部部长刘建国\n\n### 本报记者 陈曦\n\n"
            "记者：今年我区在党建引领基层治理方面有哪些新举措？\n\n刘建国：我们重点抓了三件事，健全组织体系，建强骨干队伍。\n\n"
            "### （上接第一版）\n\n会议强调，各级党组织要切实履行管党治党政治责任，把全面从严治党要求落实到基层。\n\n"
            "# 党员志愿服务队走进敬老院\n\n3月8日，区机关党员志愿服务队走进城东敬老院，为老人们打扫卫生。\n")
    interview, part, volunteers = cut(page)
    assert (interview.title, interview.byline) == ("以高质量党建引领基层治理", "本报记者 陈曦")
    assert interview.text.startswith("记者：") and interview.text.endswith("建强骨干队伍。")
    assert part.text.startswith("会议强调") and part.runs_from == "1" and volunteers.title == "党员志愿服务队走进敬老院"


def test_a_masthead_and_an_editors_line_set_in_heading_styles_head_no_story(tmp_path):
    # A Word file whose page header lines are styled as headings, as Markdown. Before, the
    # masthead and the editors' line were read as the first stories' headlines, and the page had no date.
    page = ("# 江州日报 2025年3月10日 星期一 第4版 党建\n\n# 本版编辑：刘芳 校对：陈晨\n\n## 党员志愿服务队走进敬老院\n\n"
            "3月8日，区机关党员志愿服务队走进城东敬老院，为老人们打扫卫生、理发。\n\n"
            "## 老旧小区改造提速\n\n今年全区将改造老旧小区42个，惠及居民1.6万户。\n")
    volunteers, estates = read_as_file(tmp_path / "第4版.md", page)
    assert (volunteers.title, estates.title) == ("党员志愿服务队走进敬老院", "老旧小区改造提速")
    assert (volunteers.date, volunteers.page, volunteers.source_name) == ("2025-03-10", "4", "江州日报")
    assert "刘芳" not in volunteers.text + estates.text


def test_a_line_of_rule_characters_parts_articles_pasted_into_one_file():
    first = "全区新增市场主体一万二千户\n今年1至2月，全区新增各类市场主体1.2万户，同比增长18%。\n开办企业平均用时压缩到半天。\n"
    second = "老旧小区改造提速\n今年全区将改造老旧小区42个，惠及居民1.6万户，目前已有18个小区开工。\n改造坚持居民点单。\n"
    for rule in ("——————————————", "==========", "**********", "- - - - - -"):
        page = first + rule + "\n" + second
        assert [(a.title, a.subtitle) for a in cut(page)] == [("全区新增市场主体一万二千户", None), ("老旧小区改造提速", None)], rule


def test_a_wechat_article_copied_as_text_keeps_its_title_date_and_account(tmp_path):
    page = ("荣昌首批“产业村长”上岗 富民兴村再添“源动力”\n原创 荣昌发布 荣昌发布 2025年03月04日 18:30 重庆\n点击蓝字 关注我们\n\n"
            "3月3日，荣昌区首批“产业村长”聘任仪式举行，20名致富带头人走马上任。\n\n"
            "据了解，“产业村长”将帮助村集体对接市场、引进项目，带动群众增收致富。\n\n编辑：张三\n审核：李四\n\n"
            "往期推荐\n荣昌区召开2025年基层党建工作会议\n\n点个“赞”和“在看”，让更多人看到\n长按识别二维码关注我们\n")
    (article,) = read_as_file(tmp_path / "wechat.txt", page)
    assert article.title == "荣昌首批“产业村长”上岗 富民兴村再添“源动力”"
    assert (article.date, article.source_name) == ("2025-03-04", "荣昌发布")
    assert article.text.endswith("带动群众增收致富。") and "关注" not in article.text and "在看" not in article.text


def test_a_wechat_article_copied_whole_keeps_its_collection_and_the_titles_it_recommends_out(tmp_path):
    # Copied as the app shows it now: the line under the title says where it was posted from
    # (`发表于重庆`), the article is filed in a collection (`收录于合集` / `#基层治理 12个`), and the
    # titles it recommends at its foot ask or exclaim as WeChat titles do.
    page = ("点击蓝字 关注我们\n原创 江州发布 江州发布 2025-03-05 18:30 发表于重庆\n收录于合集\n#基层治理 12个\n"
            "青山镇：“院坝会”开到群众家门口\n"
            "3月4日晚，江州区青山镇桃花村的院坝里，村民们围坐在一起，你一言我一语地提意见。\n"
            "今年以来，青山镇把议事会开到村民的院坝里，干部现场听意见、现场解决问题。\n"
            "来源：江州日报\n记者：陈静\n编辑：张丽\n往期推荐\n江州这个村，入选全国名单！\n重磅！江州高铁站最新进展来了\n分享\n在看\n")
    (article,) = read_as_file(tmp_path / "wechat.txt", page)
    assert article.title == "青山镇：“院坝会”开到群众家门口" and article.date == "2025-03-05"
    assert article.text.startswith("3月4日晚") and article.text.endswith("现场解决问题。")


@pytest.mark.parametrize("source_lines", ["本文来源：江州日报　作者：林晓", "来源 | 江州日报\n\n作者 | 林晓"])
def test_a_reposted_article_copied_as_text_keeps_its_own_headline_and_its_source(tmp_path, source_lines):
    # A site's or an account's repost: its own headline, the one it replaced (`原标题：…`), where
    # it took the story from and who wrote it (on one line, or each on its own as an account
    # sets them), then the text, its word on rights and its call to follow the account.
    page = ("江州区部署今年基层党建八项重点任务\n\n原标题：江州区召开2025年基层党建工作推进会\n\n"
            f"{source_lines}\n\n"
            "3月4日，江州区召开2025年基层党建工作推进会，总结去年工作，部署今年八项重点任务。\n\n"
            "会议要求，持续深化“红色网格”建设，推动党员干部下沉社区，把党建优势转化为治理效能。\n\n"
            "声明：本文转载自江州日报，版权归原作者所有，如有侵权请联系删除。\n\n"
            "更多精彩内容，请关注江州发布微信公众号。\n")
    (article,) = read_as_file(tmp_path / "repost.txt", page)
    assert (article.title, article.subtitle, article.kicker) == ("江州区部署今年基层党建八项重点任务", None, None)
    assert (article.source_name, article.byline) == ("江州日报", "林晓")
    assert article.text.startswith("3月4日") and article.text.endswith("把党建优势转化为治理效能。")


def test_a_web_articles_copy_with_a_video_and_an_attachment_keeps_its_headline_and_facts(tmp_path):
    # A site's article view copied whole: the date line names where the site took the story from
    # (`转自：…`), the player that stood where a video was says so in the copy, and the notice's
    # attachment closes the text, where a copy with headlines after their text would set one.
    page = ("江州区部署今年基层党建八项重点任务\n\n2025-03-05 10:20　转自：江州日报\n\n视频加载中...\n\n"
            "您的浏览器不支持 video 标签。\n\n"
            "3月4日，江州区召开2025年基层党建工作推进会，总结去年工作，部署今年八项重点任务。\n\n"
            "会议要求，持续深化“红色网格”建设，推动党员干部下沉社区，把党建优势转化为治理效能。\n\n"
            "附件：1.江州区2025年基层党建重点任务清单.docx\n")
    (article,) = read_as_file(tmp_path / "view.txt", page)
    assert (article.title, article.date, article.source_name) == ("江州区部署今年基层党建八项重点任务", "2025-03-05", "江州日报")
    assert article.text.startswith("3月4日") and article.text.endswith("附件：1.江州区2025年基层党建重点任务清单.docx")
    assert "浏览器" not in article.text and "附件" not in summarize(article.text, title=article.title).text


@pytest.mark.parametrize("line", ["请关注会议提出的三项要求。", "声明：区政府将于下月公布整改结果。",
                                  "原标题后面的括号里写着“试行”两个字。"])
def test_lines_that_only_look_like_a_reposts_furniture_stay_text(line):
    page = "江州区部署今年重点任务\n\n3月4日，江州区召开推进会，部署今年八项重点任务。\n\n" + line + "\n"
    (article,) = cut(page)
    assert article.text.endswith(line)


@pytest.mark.parametrize("line_under_title, source_name, byline", [
    # The outlet run into the date and the place it posted from; the platform's word under the
    # text (`本文来自【江州日报】，仅代表作者观点。…`) is not the story's.
    ("江州日报2025-03-05 18:30发布于重庆", "江州日报", None),
    # A paper's app names its channel, then the writer, then the time to the second.
    ("人民日报客户端江州频道 陈静 2025-03-05 18:30:12", "人民日报客户端江州频道", "陈静"),
])
def test_a_news_apps_line_under_the_title_gives_outlet_date_and_writer(tmp_path, line_under_title, source_name, byline):
    page = (f"江州：老旧小区加装电梯 居民出行更方便\n{line_under_title}\n"
            "今年以来，江州市城南区加快推进老旧小区加装电梯工作，已有36部电梯投入使用，惠及居民1200余户。\n"
            "城南区住建委负责人介绍，区里对加装电梯给予每部20万元补助，并开通审批“绿色通道”。\n"
            "本文来自【江州日报】，仅代表作者观点，不代表本客户端立场。\n")
    (article,) = read_as_file(tmp_path / "app.txt", page)
    assert article.title == "江州：老旧小区加装电梯 居民出行更方便" and article.date == "2025-03-05"
    assert (article.source_name, article.byline) == (source_name, byline)
    assert article.text.endswith("开通审批“绿色通道”。")


def test_a_departments_submission_form_gives_title_writer_outlet_and_date(tmp_path):
    page = ("标题：永川区开展春季植树活动\n作者：张三\n单位：永川区林业局\n日期：2025年3月4日\n正文：\n"
            "3月4日，永川区春季义务植树活动在滨河公园启动，1200余人参加，当天栽下苗木6000余株。\n"
            "今年全区计划完成植树造林1.5万亩，新建口袋公园20个。\n")
    (article,) = read_as_file(tmp_path / "投稿.txt", page)
    assert (article.title, article.byline) == ("永川区开展春季植树活动", "张三")
    assert (article.date, article.source_name) == ("2025-03-04", "永川区林业局")
    assert article.text.startswith("3月4日，永川区") and "正文" not in article.text and "单位" not in article.text


def test_an_editing_systems_export_labels_kicker_title_subtitle_and_facts_in_brackets(tmp_path):
    # A paper's editing system exports each story as labelled fields: the kicker, title and
    # subtitle are what their labels say (a kicker is no first line of its title), the facts
    # are each story's own, and no label is left in a title or the text. Before, the labels
    # stayed in the title and the byline, and the kicker ran into the title.
    page = ("【引题】深化校企合作 服务产业发展\n【标题】江州职教中心与10家企业共建实训基地\n【副标题】首批200名学生明年进企业跟岗实习\n"
            "【作者】王晓明\n【来源】江州日报\n【发布时间】2025-11-05\n"
            "【正文】11月1日，江州区职业教育中心与区内10家企业签订校企合作协议，双方将共建5个实训基地。\n"
            "近年来，区职教中心坚持“专业对接产业、课程对接岗位”，先后开设智能制造等12个专业。\n【责任编辑】李红\n\n"
            "【标题】城南街道为3.6万名居民建起健康档案\n【作者】本报记者 张丽\n【来源】江州区卫健委\n【发布时间】2025-11-06\n"
            "【正文】今年以来，城南街道组建家庭医生团队24支，签约服务居民3.6万人。\n"
            "街道负责人表示，将依托“互联网+医疗健康”平台，推动优质医疗资源下沉。\n")
    first, second = read_as_file(tmp_path / "export.txt", page)
    assert (first.kicker, first.title, first.subtitle, first.byline) == (
        "深化校企合作 服务产业发展", "江州职教中心与10家企业共建实训基地", "首批200名学生明年进企业跟岗实习", "王晓明")
    assert (first.date, first.source_name) == ("2025-11-05", "江州日报")
    assert first.text.startswith("11月1日，") and first.text.endswith("12个专业。")
    assert (second.title, second.byline, second.date, second.source_name) == (
        "城南街道为3.6万名居民建起健康档案", "本报记者 张丽", "2025-11-06", "江州区卫健委")


def test_a_subtitles_field_is_a_subtitle_and_each_fact_line_counts():
    # `副标题：…` gives the subtitle; the story's source and date on lines of their own both count
    # (before, the date line under the source line was passed over for the page's first date).
    page = ("引题：深化校企合作 服务产业发展\n标题：江州职教中心与10家企业共建实训基地\n副标题：首批200名学生明年进企业跟岗实习\n"
            "正文：11月1日，江州区职业教育中心与区内10家企业签订校企合作协议。\n\n"
            "标题：城南街道为3.6万名居民建起健康档案\n来源：江州区卫健委\n发布时间：2025-11-06\n"
            "今年以来，城南街道组建家庭医生团队24支，签约服务居民3.6万人。\n")
    first, second = cut(page)
    assert (first.kicker, first.title, first.subtitle) == (
        "深化校企合作 服务产业发展", "江州职教中心与10家企业共建实训基地", "首批200名学生明年进企业跟岗实习")
    assert (second.title, second.source_name, second.date) == ("城南街道为3.6万名居民建起健康档案", "江州区卫健委", "2025-11-06")


def test_a_headline_never_opens_with_a_subtitles_dash():
    (article,) = cut("# ——东城街道新建社区食堂5个\n\n社区食堂开到了家门口，老人们吃饭不再发愁。\n")
    assert article.title == "东城街道新建社区食堂5个"


def test_what_a_copied_page_leaves_for_pictures_and_videos_is_not_text():
    page = ("荣昌首批“产业村长”上岗\n\n[图片]\n图片来源：荣昌区农业农村委\n\n"
            "3月3日，荣昌区首批“产业村长”聘任仪式举行，20名致富带头人走马上任。\n\n视频加载中...\n\n"
            "“产业村长”将帮助村集体对接市场、引进项目，带动群众增收致富。\n\n[图片]\n\n-END-\n")
    (article,) = cut(page)
    assert article.title == "荣昌首批“产业村长”上岗"
    assert article.paragraphs == ("3月3日，荣昌区首批“产业村长”聘任仪式举行，20名致富带头人走马上任。",
                                  "“产业村长”将帮助村集体对接市场、引进项目，带动群众增收致富。")


def test_markdown_plain_kicker_line_above_a_title_and_captions_dropped():
    page = ("加强人才培养 服务乡村发展\n\n# 某大学 打好组合拳\n\n\n\n学生参观直播基地\n\n"
            "长期以来，高校在服务乡村振兴中发挥了重要作用。\n\n学校培养了500名直播人才。\n")
    (article,) = cut(page)
    assert article.kicker == "加强人才培养 服务乡村发展"
    assert article.title == "某大学 打好组合拳"
    assert "参观直播基地" not in article.text


def test_markdown_header_lines_each_set_as_a_heading_are_one_header_block():
    # A Word file or web page that sets the kicker and the title each as a heading of one level,
    # one right under the other: each had opened a story, and the kicker's, with no text, was lost.
    page = ("## 聚焦乡村振兴\n## 一条产业路 带富一方人\n\n"
            "本报讯（记者 王磊）近日，青溪区柳河镇新修的产业路通车，沿线3个村的草莓、柑橘运输更方便了。\n\n"
            "## 区消防救援支队开展高层建筑灭火救援演练\n\n"
            "本报讯（通讯员 王伟）3月11日，区消防救援支队在万达广场开展高层建筑灭火救援实战演练。\n")
    road, drill = cut(page)
    assert (road.kicker, road.title) == ("聚焦乡村振兴", "一条产业路 带富一方人")
    assert (drill.kicker, drill.title) == (None, "区消防救援支队开展高层建筑灭火救援演练")
    # The same in a Word file, where a blank line parts every paragraph.
    road, drill = cut(page.replace("\n## 一条产业路", "\n\n## 一条产业路"))
    assert (road.kicker, road.title, drill.title) == ("聚焦乡村振兴", "一条产业路 带富一方人", "区消防救援支队开展高层建筑灭火救援演练")
    # Where blank lines part blocks, a heading set apart from the one under it is no kicker of it.
    road, drill = cut("## 聚焦乡村振兴\n\n" + page.replace("## 聚焦乡村振兴\n", "").replace("\n\n本报讯（记者", "\n本报讯（记者"))
    assert (road.kicker, road.title) == (None, "一条产业路 带富一方人")

def test_a_markdown_pages_name_over_its_stories_titles_none_of_them():
    # A colleague's Markdown file: the week's name as its one top heading, each story under
    # `##`. The first story was titled `本周要闻`, its own title read as the subtitle.
    page = ("# 本周要闻\n\n## 区委召开常委会会议\n\n"
            "本报讯（记者 王磊）3月11日，区委召开常委会会议，传达学习全国两会精神，研究部署贯彻落实工作。\n\n"
            "## 区消防救援支队开展高层建筑灭火救援演练\n\n"
            "本报讯（通讯员 王伟）3月11日，区消防救援支队在万达广场开展高层建筑灭火救援实战演练。\n")
    meeting, drill = cut(page)
    assert (meeting.title, meeting.subtitle) == ("区委召开常委会会议", None)
    assert meeting.text.startswith("本报讯") and drill.title == "区消防救援支队开展高层建筑灭火救援演练"
    # Under the page's name the stories are a level down: two headings of theirs right under one
    # another are a kicker and a title, as with no name over them (not a title and its subtitle).
    road = "## 聚焦乡村振兴\n## 一条产业路 带富一方人\n\n近日，青溪区柳河镇新修的产业路通车，沿线3个村的草莓运输更方便了。\n"
    *_, road_story = cut(page + "\n" + road)
    assert (road_story.kicker, road_story.title) == ("聚焦乡村振兴", "一条产业路 带富一方人")
    # A story's own title over its subtitle shares words with its text: it stays the title.
    titled = page.replace("本周要闻", "区委常委会部署贯彻落实全国两会精神")
    meeting, drill = cut(titled)
    assert (meeting.title, meeting.subtitle) == ("区委常委会部署贯彻落实全国两会精神", "区委召开常委会会议")

def test_a_roundups_or_bulletins_name_over_its_stories_titles_none_though_they_name_its_place(tmp_path):
    # `# 江州要闻` over `##` stories about 江州: the name shares the place with the first story's
    # text, so the shared-words test read it as that story's title, its own as the subtitle.
    stories = ("## 江州新闻综合频道改版上线\n\n本报讯（记者 王芳）11月28日，江州广播电视台新闻综合频道完成改版，"
               "新增两档民生栏目。\n\n## 青山镇新建村级养老服务站12个\n\n本报讯（通讯员 陈静）今年以来，青山镇新建"
               "村级养老服务站12个，为800多名老人提供助餐服务。\n")
    for name in ("江州要闻", "江州区教育简报", "江州一周动态"):
        channel, homes = cut(f"# {name}\n\n{stories}")
        assert (channel.kicker, channel.title, channel.subtitle) == (None, "江州新闻综合频道改版上线", None), name
        assert homes.title == "青山镇新建村级养老服务站12个"
    # Over headings numbered as a document's sections such a name titles one piece, and they are
    # its parts (at ab84c55: two stories, `教育` under the kicker `江州惠民政策一览`, and `医疗`).
    (policies,) = read_as_file(tmp_path / "政策.md", "# 江州惠民政策一览\n\n## 一、教育\n\n今年江州区将新建幼儿园5所，惠民政策覆盖全区学生。\n\n"
                      "## 二、医疗\n\n江州区将在各镇建设医共体，惠民政策让群众看病更方便。\n")
    assert (policies.kicker, policies.title, policies.subtitle) == (None, "江州惠民政策一览", None)
    assert "幼儿园" in policies.text and "医共体" in policies.text
    # A bulletin numbers its items so too, each over its news lead: those are its stories (at
    # ab84c55 the 简报 was one story, its first item the subtitle).
    items = ("## 一、区教育局召开全区教育工作会议\n\n3月5日，区教育局召开全区教育工作会议，部署全年重点任务。\n\n"
             "## 二、实验小学开展读书月活动\n\n近日，区实验小学启动读书月活动，全校师生共读经典。\n")
    for name in ("江州教育简报", "教育工作简讯"):
        meeting, reading = read_as_file(tmp_path / "简报.md", f"# {name}\n\n{items}")
        assert (meeting.kicker, meeting.title, meeting.subtitle) == (None, "区教育局召开全区教育工作会议", None), name
        assert reading.title == "实验小学开展读书月活动" and "全区教育" not in reading.text


def test_a_plain_bulletins_items_numbered_as_sections_over_news_leads_are_its_stories():
    # A bulletin copied as plain text: its name, then items numbered `一、` `二、`, each over a lead
    # that opens on the day. At ab84c55 the items were sections of one story titled by the name.
    meeting, reading = cut("江州教育简报\n\n一、区教育局召开全区教育工作会议\n　　3月5日，区教育局召开全区教育工作会议，"
                           "部署全年重点任务。\n二、实验小学开展读书月活动\n　　近日，区实验小学启动读书月活动，全校师生共读经典。\n")
    assert (meeting.title, reading.title) == ("区教育局召开全区教育工作会议", "实验小学开展读书月活动")
    assert "读书月" not in meeting.text and reading.text.startswith("近日")
    # A report's sections open on their subject or a period (`今年以来，`): they stay its own.
    (report,) = cut("江州区教育局关于课后服务工作情况的报告\n\n一、工作开展情况\n　　今年以来，区教育局全面推进课后服务，"
                    "全区中小学实现全覆盖。\n二、下一步工作打算\n　　下一步，区教育局将建立课后服务质量评价机制。\n")
    assert report.title == "江州区教育局关于课后服务工作情况的报告" and "评价机制" in report.text


def test_a_bulletin_posted_as_one_web_page_gives_its_numbered_items_as_stories(tmp_path):
    # A site posts the week's 简报 as one article, its items numbered in bold, each over a lead
    # that opens on the day. At ab84c55 it was one story titled by the bulletin (and its first
    # item's heading was lost with the header lines over the text).
    items = "".join(f"<p><strong>{number}、{title}</strong></p><p>{lead}</p>" for number, title, lead in (
        ("一", "区教育局召开全区教育工作会议", "3月5日，区教育局召开全区教育工作会议，部署全年重点任务，各校校长参加会议。"),
        ("二", "实验小学开展读书月活动", "近日，区实验小学启动读书月活动，全校师生共读经典，活动将持续一个月。")))
    page = ("<html><head><meta charset='utf-8'><title>江州教育简报（第12期）_江州区人民政府</title></head><body>"
            "<h1>江州教育简报（第12期）</h1><div class='info'>发布时间：2025-03-10　来源：江州区教育局</div>"
            f"<div class='content'>{items}</div></body></html>")
    meeting, reading = read_as_file(tmp_path / "简报.html", page)
    assert (meeting.title, reading.title) == ("区教育局召开全区教育工作会议", "实验小学开展读书月活动")
    assert meeting.text.startswith("3月5日") and "读书月" not in meeting.text
    assert (meeting.date, reading.date) == ("2025-03-10", "2025-03-10")
    # A report posted so keeps its numbered sections: they open on their subject.
    report = page.replace("3月5日，", "今年以来，").replace("近日，", "全区")
    (whole,) = read_as_file(tmp_path / "报告.html", report)
    assert whole.title == "江州教育简报（第12期）" and "读书月" in whole.text


def test_paragraph_printed_twice_is_kept_once_and_photo_credits_are_dropped():
    paragraph = "“现在，楼栋之间的环境整洁清爽多了。”居民王福佑看着住了几十年的社区变美，赞叹不已。"
    page = (f"# 社区大党委疏通治理毛细血管\n\n古南街道老旧小区改造后焕然一新。(区委组织部供图)\n\n"
            f"{paragraph}\n\n{paragraph}\n\n这些变化源于社区大党委机制的推行。\n")
    (article,) = cut(page)
    assert article.text.count("王福佑") == 1
    assert "供图" not in article.text


def test_dateline_and_parenthesised_bylines_go_to_the_byline():
    page = ("## 开州一季度 招商引资58.3亿元\n\n本报讯 4月7日，记者从开州区招商投资局了解到，今年一季度新引进重点项目11个。\n\n"
            "(开州融媒体中心记者 程超)\n\n## 荣昌一季度 促销活动拉动消费\n\n本报讯 今年一季度，荣昌开展10余场大型活动。\n\n"
            "(荣昌融媒体中心记者 杨丽丹)\n")
    first, second = cut(page)
    assert first.text.startswith("本报讯 4月7日") or first.text.startswith("本报讯4月7日")  # kept as printed
    assert first.byline == "开州融媒体中心记者 程超"
    assert second.byline == "荣昌融媒体中心记者 杨丽丹"
    assert "记者 杨丽丹" not in second.text


PLAIN_PAGE = """“零距离”服务 为民扩大“幸福圈”

——某村党建引领社区治理纪实

“小区环境好了，感觉比以前幸福多了。”村民们说。

近年来，镇党委坚持党建引领，构建多元治理体系，开启社区治理新模式，为社会和谐和群众安居乐



村民在广场跳舞

业注入了强大动力。

“战斗堡垒” 让基层支部“强起来”

支部有力量，党才有力量。村里成立小区党支部，由103名党员带头参与社区治理。

高扬 张弛 文/图

提升技能促就业 让劳动者享受“终身”福利

□冉金玺 本报记者 魏彪

近日，某区正式启动劳动技能提升促就业专场培训，来自区内的192名劳动力参加培训。

学员们表示，拿到资格证书后能找到更好的工作。
"""


def test_plain_page_titles_subtitles_sections_captions_and_rejoined_paragraphs():
    first, second = cut(PLAIN_PAGE)
    assert first.title == "“零距离”服务 为民扩大“幸福圈”"
    assert first.subtitle == "某村党建引领社区治理纪实"
    assert "群众安居乐业注入了强大动力。" in first.text
    assert "跳舞" not in first.text
    assert "“战斗堡垒” 让基层支部“强起来”" in first.paragraphs
    assert first.byline == "高扬 张弛 文/图"
    assert second.title == "提升技能促就业 让劳动者享受“终身”福利"
    assert second.byline == "冉金玺 本报记者 魏彪"
    assert second.text.startswith("近日，某区")


def test_plain_heading_that_changes_the_subject_starts_an_article():
    page = ("某区启动职业技能提升培训\n\n近日，某区就业服务中心联合区总工会启动焊工、电工技能培训，192名学员参加，"
            "学员考试合格可取得职业资格证书。\n\n培训教师通过理论讲解与实践操作相结合的方式授课，焊工学员们勤于操作。\n\n"
            "某市公共资源交易中心 集中清退保证金\n\n为优化营商环境，某市公共资源交易中心集中清退政府采购项目履约保证金"
            "和采购款共计1200万元，涉及供应商300余家。\n")
    first, second = cut(page)
    assert first.title == "某区启动职业技能提升培训"
    assert second.title == "某市公共资源交易中心 集中清退保证金"
    assert "保证金" not in first.text


WRAPPED_PAGE = """本报讯（融媒体中心记者 张
丹）近日，区教育系统党组织书
记抓基层党建工作述职评议会召
开。区委副书记出席并讲话。

会上，12所学校党组织书记进行
现场述职，全面总结党建工作主
要做法、特色亮点和经验成效。

以党建牵引教育改革
淬炼办学治校基本功

电力精兵在荣“比武”
日前，国网某供电公司启动“大培
训、大练兵、大比武”行动，8名青

年技术骨干开展变电运维技能大
比武。

融媒体中心记者 蒋坤红 通
讯员 赖小龙 摄

本报讯（融媒体中心记者 刘佳
佳）近日，区人大常委会召开工会
“一法一条例”执法检查第一次全
体会议，听取相关部门贯彻实施
情况汇报，安排部署执法检查工
作。区人大常委会副主任参加。

区人大常委会启动
工会“一法一条例”执法检查
"""


def test_column_wrapped_page_with_headlines_after_bodies():
    first, second, third = cut(WRAPPED_PAGE)
    assert first.title == "以党建牵引教育改革 淬炼办学治校基本功"
    assert first.byline == "融媒体中心记者 张丹"
    assert first.text.startswith("本报讯（融媒体中心记者张丹）近日，区教育系统党组织书记抓基层党建工作述职评议会召开。")
    assert second.title == "电力精兵在荣“比武”"
    assert "启动“大培训、大练兵、大比武”行动，8名青年技术骨干开展变电运维技能大比武。" in second.text
    assert second.byline == "融媒体中心记者 蒋坤红 通讯员 赖小龙 摄"
    assert third.title == "区人大常委会启动 工会“一法一条例”执法检查"
    assert third.text.endswith("区人大常委会副主任参加。")


def test_a_headline_as_wide_as_the_column_after_its_story_runs_into_no_lead_that_opens_on_a_quotation():
    # Copied line by line at 13 letters, headlines after their stories: a headline of exactly
    # 13 letters, then the next story's lead, which opens on what someone said.
    canteen = ["区里今年新建社区食堂二十家，老人就餐可享八折优惠，已服务居民十万人次。",
               "社区食堂由街道提供场地，引入专业餐饮企业运营，菜品价格每月公示，接受居民监督。区老龄办参加。"]
    lead = "“去年开始，我跨村整合资源推广南瓜订单种植，今年已经形成十个村连片产业带。”种植大户老李说。"

    def page(first: list[str]) -> str:
        stories = [(first, "城东片区老小区开进社区食堂"),
                   ([lead, "今年，全区将在二十个村推广订单种植，让更多农户搭上产业发展的快车。"], "订单种植让农户增收")]
        return "\n".join(line for body, head in stories
                         for line in [*(part for p in body for part in _wrap_set(p, 13)), head]) + "\n"

    canteens, farms = cut(page(canteen))
    assert (canteens.title, farms.title) == ("城东片区老小区开进社区食堂", "订单种植让农户增收")
    assert canteens.text.endswith("区老龄办参加。") and farms.text.startswith("“去年开始，我跨村")
    # A quoted term (`“门神”`) opens no one's words: a paragraph's first line goes on into it.
    prints = "县馆近日征集的清代木刻年画“门神”“灶君”等形象栩栩如生，吸引不少市民前来参观。"
    assert _wrap_set(prints, 13)[1].startswith("“门神”")
    canteens, _ = cut(page([*canteen, prints]))
    assert prints in canteens.paragraphs
    # Nor does a line that leads on with a dash into what someone said.
    notes = "留言簿上写着这样一句话——“饭菜可口，价格实惠，社区食堂真是办到了我们心坎上。”"
    assert _wrap_set(notes, 13)[0] == "留言簿上写着这样一句话——"
    canteens, _ = cut(page([*canteen, notes]))
    assert notes in canteens.paragraphs


def test_wrapped_fake_bold_title_and_pull_quote_repeating_the_body():
    page = ("“去年开始，我跨村整合资源推广\n贝贝南瓜订单种植，今年已经形成\n10个村连片产业带。”\n\n"
            "3月27日，首批21名“产业村长”接\n下聘书走马上任。\n\n"
            "荣昌首批荣昌首批““产业村长产业村长””上岗上岗\n\n"
            "身子沉下去，耳朵听进去，才能把\n问题捞上来、症结找出来。需求找准\n了，思路就更清晰\n\n"
            "说到党群服务中心，会想到什么？\n不少地方的青年会想到“夜校”。\n\n"
            "为民办实事，就得知民情、察民意。\n身子沉下去，耳朵听进去，才能把\n问题捞上来、症结找出来。需求找准\n了，思路就更清晰。\n\n"
            "从党群服务中心“上新”说起\n")
    first, second = cut(page)
    assert first.title == "荣昌首批“产业村长”上岗"
    assert second.title == "从党群服务中心“上新”说起"
    assert second.text.startswith("说到党群服务中心")
    assert second.text.count("身子沉下去") == 1


def test_fake_bold_headline_with_half_width_marks_is_read_once():
    # Each span of the headline printed twice, its half-width brackets too: the brackets pair up
    # before they are made full-width.
    page = ("田间课堂田间课堂 技术送上门技术送上门((乡村振兴一线乡村振兴一线))\n"
            "　　本报讯 近日，区农业农村委组织农技人员走进田间地头，为种植户讲解春耕备耕要点。\n"
            "　　今年以来，全区已开展田间课堂30余场，培训种植户2000余人次。\n")
    (article,) = cut(page)
    assert article.title == "田间课堂 技术送上门（乡村振兴一线）"


def test_web_page_sources_keep_inner_headings_as_sections():
    page = "# 区里召开会议\n\n会议强调要抓好落实。\n\n## 一、总结成绩\n\n今年工作取得明显成效。\n"
    (article,) = cut(page, single=True)
    assert article.title == "区里召开会议"
    assert "一、总结成绩" in article.paragraphs


def test_headings_only_page_gives_no_article():
    assert cut("# 标题一\n\n## 标题二\n") == []


def test_one_long_line_without_punctuation_is_one_article():
    (article,) = cut("这是一段没有标点的很长的文字" * 20000)
    assert len(article.text) == 14 * 20000


def test_one_sentence_caption_after_a_picture_hole_is_dropped():
    page = ("# 社区议事会解决停车难\n\n社区通过议事会多次组织业主代表、物管公司面对面沟通，最终新增20个标准停车位，外来车辆无序进入的问题得到解决，"
            "居民出行更方便了。\n\n\n\n社区在小区设立议事点，聚焦居民出行问题，展开面对面沟通。\n\n"
            "如今，社区网格党组织实现全覆盖，每个社区至少引入一个社会组织。\n")
    (article,) = cut(page)
    assert "设立议事点" not in article.text
    assert article.text.endswith("每个社区至少引入一个社会组织。")


def test_double_blank_lines_between_all_paragraphs_are_not_picture_holes():
    page = "# 标题\n\n\n第一段说明了会议的主要内容。\n\n\n第二段说明了下一步工作安排。\n\n\n第三段是会议要求。\n"
    (article,) = cut(page)
    assert len(article.paragraphs) == 3


def test_each_dateline_opens_a_story_even_without_headlines():
    page = ("本报讯 今年一季度，荣昌开展10余场大型活动，共拉动消费4.5亿元。\n\n荣昌今年还将开展踏青主题活动。\n\n"
            "本报讯 4月7日，开州区新引进重点项目11个，涉及投资金额58.3亿元。\n\n已引进项目落地情况良好。\n")
    first, second = cut(page)
    assert first.text.endswith("踏青主题活动。") and "4月7日" in second.text.split("\n")[0]
    assert first.title.startswith("今年一季度") and second.title == "开州区新引进重点项目11个"


def test_a_reprinted_dispatch_opens_a_story_after_a_closing_headline():
    # `据新华社…电` is a dateline too: the short line above it is the headline of the story before.
    page = "\n\n".join([
        _wrap("区人大常委会当日表决通过街道设立决定，原城关镇正式更名为城关街道。"),
        _wrap("根据决定，新名称将在两个月内逐步启用。"),
        "城关镇更名为街道",
        _wrap("据新华社重庆5月4日电（记者 高原）市疾控中心为数百名一线医护人员免费接种流感疫苗。"),
        _wrap("这项接种工作在市中心医院进行。"),
        "一线医护人员免费接种疫苗",
    ]) + "\n"
    first, second = cut(page)
    assert first.title == "城关镇更名为街道" and first.text.endswith("逐步启用。")
    assert second.title == "一线医护人员免费接种疫苗" and "高原" in (second.byline or "")


def test_a_dashed_kicker_and_a_series_tag_head_a_story_on_a_page_without_indents():
    page = """针对一些小区停车难的新情况，居民纷纷来信反映——
停车，小区居民有三盼（来信综述·破解老旧小区停车难题）
近日，本报陆续收到居民来信，点赞各地推出的共享车位举措。
也有居民反映，一些小区的老问题还没有彻底解决。

农田租金咋就要不回
我们是某县某镇的村民。村委会与二十余户村民签订了土地流转合同，却一直拖欠租金。
我们多次找村委会协商，希望尽快解决。
"""
    first, second = cut(page)
    assert first.kicker == "针对一些小区停车难的新情况，居民纷纷来信反映——"
    assert first.title == "停车，小区居民有三盼（来信综述·破解老旧小区停车难题）"
    assert first.text.startswith("近日，本报陆续收到居民来信") and second.title == "农田租金咋就要不回"
    # A story's opening kicker over a title without a column tag.
    first, second = cut(page.replace("（来信综述·破解老旧小区停车难题）", ""))
    assert first.kicker == "针对一些小区停车难的新情况，居民纷纷来信反映——"
    assert first.title == "停车，小区居民有三盼"


def test_a_paragraph_ending_in_a_dash_inside_a_story_is_no_kicker():
    page = """区里推动老旧小区改造

今年以来，区里把老旧小区改造作为民生实事，居民的生活迎来了新的变化——
楼道亮了
声控灯照亮回家路
改造后的楼道装上了声控灯，居民夜里出门不再摸黑。
"""
    article, = cut(page)
    assert article.title == "区里推动老旧小区改造" and "迎来了新的变化——" in article.text


def test_a_headline_over_a_caption_only_is_a_photo_story():
    page = ("# 田间春耕图\n\n3月6日，石桥镇农民在田间驾驶农机播种。连日来，全区抢抓晴好天气开展春耕。　本报记者 李明 摄\n\n"
            "# 老旧小区加装电梯\n\n今年以来，全区已完成加装电梯42部。\n\n▲居民乘坐新装的电梯。\n")
    photo, lifts = cut(page)
    assert photo.title == "田间春耕图" and photo.text.startswith("3月6日，石桥镇农民在田间驾驶农机播种。")
    assert lifts.text == "今年以来，全区已完成加装电梯42部。"  # a story with text keeps its captions out


def test_numbered_section_headings_do_not_split_a_document():
    page = ("关于加强基层治理的实施意见\n\n一、总体要求\n\n坚持党建引领，全面贯彻落实党的二十大精神。\n\n"
            "二、主要任务\n\n（一）加强基层党组织建设。推进党支部标准化规范化建设。\n\n（二）提升治理能力。完善网格化管理体系。\n")
    (article,) = cut(page)
    assert article.title == "关于加强基层治理的实施意见"
    assert "一、总体要求" in article.paragraphs and "二、主要任务" in article.paragraphs


def test_editor_credits_and_end_marks_stay_out_of_the_text():
    page = ("# 区里召开防汛工作会议\n\n会议要求各镇街压实责任，做好汛期值班值守。\n\n（完）\n\n【责任编辑：王五】\n")
    (article,) = cut(page)
    assert article.text == "会议要求各镇街压实责任，做好汛期值班值守。"


def test_plain_headline_followed_by_a_reporter_line_starts_a_story():
    page = ("区里召开防汛工作会议\n\n会议要求各镇街压实责任，做好汛期值班值守，确保安全度汛。\n\n"
            "全区新增停车位200个\n\n记者 张三 通讯员 李四\n\n今年以来，全区新增停车位200个，缓解了老旧小区停车难。\n")
    first, second = cut(page)
    assert second.title == "全区新增停车位200个" and second.byline == "记者 张三 通讯员 李四"


INDENTED_PAGE = (
    "深化校地合作——\n"
    "职业学院与十家企业共建实训基地（产教融合进行时）\n"
    "——记某区职业教育改革的一年\n"
    "　　校企合作开出新路子，学生在车间里学到真本领\n"
    "　　今年以来，某区职业学院与十家企业共建实训基地，首批200名学生进入车间学习。\n"
    "　　订单培养\n"
    "　　学院根据企业用工需求开设订单班，学生毕业即可上岗。校企合作开出新路子，学生在车间里学到真本领。\n"
    "　　数据来源：区教育局\n"
    "区政府召开新闻发布会并回答记者提问\n"
    "　　本报讯（记者 王芳）12日，区政府召开新闻发布会，介绍一季度经济运行情况。\n"
    "　　本报讯（记者 李明）同日，区发展改革委通报了重点项目进展，总投资58亿元。\n"
    "　　（作者为区融媒体中心记者）\n"
    "老旧小区加装电梯\n"
    "　　记者从区住建委获悉，全区今年已为老旧小区加装电梯86部，惠及居民3000余户。\n"
)


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\t", "    "])
def test_indented_page_header_lines_open_stories_and_indented_lines_stay_inside(indent):
    # Indents copied as full-width spaces, typed with the tab key or as spaces read alike.
    first, second, third = cut(INDENTED_PAGE.replace("\u3000\u3000", indent))
    assert "职业学院与十家企业共建实训基地" in first.title
    assert first.subtitle == "记某区职业教育改革的一年"
    assert "订单培养" in first.paragraphs and "订单培养" not in first.body  # a section, not a new story
    assert "数据来源：区教育局" in first.text and "数据来源" not in first.body  # a closing credit, kept as printed
    # The lead repeats the body: kept in the text, never summarized.
    assert first.text.startswith("校企合作开出新路子") and first.body.count("校企合作开出新路子") == 1
    # `记者会`/`记者提问` are words of a headline; a second dateline inside a round-up is no new story.
    assert second.title == "区政府召开新闻发布会并回答记者提问"
    assert "区发展改革委通报" in second.text and second.byline.startswith("记者 王芳")
    assert third.title == "老旧小区加装电梯" and third.text.startswith("记者从区住建委获悉")


@pytest.mark.parametrize("margin", ["\u3000\u3000", "    "])
def test_a_page_that_indents_every_line_reads_as_one_without_indents(margin):
    # A text view that indents its header lines like its paragraphs, or text with a left
    # margin: an indent every line has tells nothing. Before, every headline was read as a
    # paragraph and each page became stories titled by their first clause.
    plain = "\n".join(line.lstrip("\u3000") for line in INDENTED_PAGE.split("\n"))
    indented = "\n".join(margin + line if line else line for line in plain.split("\n"))
    expected = [(a.title, a.text) for a in cut(plain)]
    assert [(a.title, a.text) for a in cut(indented)] == expected
    titles = [title for title, _ in expected]
    assert titles[0].startswith("职业学院与十家企业共建实训基地") and titles[-1] == "老旧小区加装电梯"


def test_header_lines_set_in_bold_on_a_page_without_markdown_headings_head_stories():
    # A text view pasted into an editor that keeps bold as `**…**`. Before, bold lines on a page
    # without `#` headings were dropped: every story lost its headline (F1 0.02 on such copies).
    bold = "\n".join(f"**{line}**" if line and not line.startswith("\u3000") else line
                     for line in INDENTED_PAGE.split("\n"))
    assert [(a.title, a.text) for a in cut(bold)] == [(a.title, a.text) for a in cut(INDENTED_PAGE)]
    plain_bold = "\n".join(line if line.startswith("**") else line.lstrip("\u3000") for line in bold.split("\n"))
    titles = [a.title for a in cut(plain_bold)]
    assert titles[0].startswith("职业学院与十家企业共建实训基地") and titles[-1] == "老旧小区加装电梯"
    assert not any("*" in title for title in titles)


def test_a_bold_label_over_a_plain_heading_labels_a_section_of_the_story():
    page = ("通惠街道推进基层治理\n\n"
            "本报讯 今年以来，通惠街道以党建引领基层治理，推动形成共建共治共享格局。\n\n"
            "**关键词 获得感**\n基层党组织统领作用更有力\n\n"
            "元屏大道是新街子社区辖区内的一条主干道，曾经占道经营、乱停乱放问题突出。\n\n"
            "**关键词 安全感**\n平急转换运行机制更顺畅\n\n"
            "社区建立平急转换机制，组建应急队伍12支，居民安全感明显提升。\n")
    story, = cut(page)
    assert story.title == "通惠街道推进基层治理"
    assert "关键词 获得感" in story.text and "居民安全感明显提升" in story.text


TRAILING_STORIES = [
    (["本报讯（记者 王芳）12日，区政府召开新闻发布会，介绍一季度经济运行情况。",
      "一季度全区地区生产总值同比增长6.1%，规模以上工业增加值增长8.3%。",
      "固定资产投资增长9.2%，其中工业投资增长15.6%，社会消费品零售总额增长5.4%。",
      "发布会上，区统计局负责人回答了记者关于就业和居民收入的提问。"],
     ["一季度经济运行开局良好", "——区政府召开新闻发布会"]),
    (["记者从区住建委获悉，全区今年已为老旧小区加装电梯86部，惠及居民3000余户。",
      "加装电梯坚持居民自愿，街道和社区帮助协调各楼层住户的意见。",
      "区里对每部电梯补贴二十万元，不足部分由居民按楼层分摊。",
      "今年还将启动二十个小区的管网改造和外墙保温工程。"],
     ["老旧小区加装电梯86部"]),
    (["本报讯（记者 李明）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。",
      "夜市设置了统一的垃圾收集点和公共卫生间，由街道安排专人管理。",
      "摊主们说，开业头三天，营业额就超过了预期。",
      "夜市每晚营业到十一点，周末延长一个小时。"],
     ["滨河夜市开张"]),
]


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_headlines_printed_after_whole_paragraphs_head_the_text_above_them(indent):
    # Header lines after their bodies on a page whose lines are whole (not column-wrapped),
    # with or without indented paragraphs. Before, they were read as sections closing each
    # story (or as the next story's headline) and every story lost its headline.
    page = "\n\n".join("\n".join([indent + line for line in body] + heads) for body, heads in TRAILING_STORIES) + "\n"
    articles = cut(page)
    assert len(articles) == 3 and articles[0].title.startswith("一季度经济运行开局良好")
    assert [a.title for a in articles[1:]] == ["老旧小区加装电梯86部", "滨河夜市开张"]
    assert articles[2].text.endswith("延长一个小时。") and "——" not in articles[0].text


@pytest.mark.parametrize("closing", [
    "■图片新闻\n　　3月3日，安富街道的志愿者在辖区敬老院为老人理发。\n　　本报记者　郑洁　摄",
    "　　本报讯（通讯员 陈静）2日，清江镇举办春耕技术培训会，200余名种植户参加。",
    "天气预报\n　　今天阴转小雨，气温8至13摄氏度。",
], ids=["photo", "brief", "weather"])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_headlines_after_their_bodies_are_read_so_on_a_page_that_closes_on_an_untitled_item(closing, indent):
    # The page's last item has no headline after it: a photo with its caption, a brief. Before,
    # only a page closing on a header line was read with headlines after their bodies: each
    # headline went to the story below it, and the first story was titled by its first sentence.
    page = "\n\n".join("\n".join([indent + line for line in body] + heads) for body, heads in TRAILING_STORIES)
    articles = cut(page + "\n\n" + closing + "\n")
    assert [a.title for a in articles[:3]] == ["一季度经济运行开局良好", "老旧小区加装电梯86部", "滨河夜市开张"]
    assert articles[2].text.endswith("延长一个小时。") and len(articles) == (3 if "天气" in closing else 4)


FOLK_BAND = (["江州四中音乐教师郭兰去年接手学校民乐团时，乐团只有十几名队员，很多乐器多年没人会拉。",
              "一年多来，她每天中午都到排练室，一个声部一个声部地陪学生练习，一群孩子的幸福指数也越来越高。",
              "一句暖心话点亮了一群孩子的幸福指数",
              "说起带学生的办法，郭兰最常做的一件事就是表扬，哪怕队员只进步了一点点，她也会当着全团的面说出来。",
              "“被肯定了，下次就会更用心。”郭兰说，今年乐团在全市中小学艺术展演中拿到了一等奖。"],
             ["郭兰：让民乐团在校园里响起来"])


@pytest.mark.parametrize("opening", ["", "核心阅读", "区里对每部电梯补贴二十万元，不足部分由居民按楼层分摊。"],
                         ids=["text", "box_label", "pull_quote"])
def test_where_blank_lines_part_stories_only_a_heading_with_none_under_it_is_a_section_heading(opening):
    # Headlines follow their stories, and the copy sets a blank line after each story's headline
    # and nowhere else: the feature's section heading, with text right under it, is no story's
    # headline, though its words are those of the text before it, as a headline's are. Before,
    # the feature was cut in two at it. The blank line after a headline parts the stories
    # whatever stands under it: a box's label, or a pull quote that is dropped as a repeat.
    lifts, heads = TRAILING_STORIES[1]
    stories = [TRAILING_STORIES[0], FOLK_BAND, ([opening, *lifts] if opening else lifts, heads), TRAILING_STORIES[2]]
    page = "\n\n".join("\n".join(body + heads) for body, heads in stories)
    articles = cut(page + "\n")
    assert [a.title for a in articles] == ["一季度经济运行开局良好", "郭兰：让民乐团在校园里响起来", "老旧小区加装电梯86部",
                                           "滨河夜市开张"]
    assert "一句暖心话点亮了一群孩子的幸福指数" in articles[1].text and articles[1].text.endswith("拿到了一等奖。")
    assert articles[2].text.startswith("记者从区住建委获悉")


TEAHOUSE = ["周末，城东的老茶馆重新开张，不少老街坊一早就来喝茶听书。",
            "茶馆保留了老式的木桌竹椅，墙上挂着几十年前的老照片。",
            "老板说，重新开张不图赚钱，图的是让街坊们有个喝茶说话的地方。"]


@pytest.mark.parametrize("headline", ["城东老茶馆为何重新开张？", "城东老茶馆重新开张啦！"])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_the_last_story_of_a_page_of_headlines_after_their_stories_keeps_a_headline_that_asks(headline, indent):
    # A headline that asks or exclaims ends like a sentence. Before, the last story's headline
    # was read as its closing line of text, and the story was titled by its first sentence.
    page = "\n\n".join("\n".join([indent + line for line in body] + heads)
                       for body, heads in TRAILING_STORIES + [(TEAHOUSE, [headline])])
    articles = cut(page + "\n")
    assert [a.title for a in articles] == ["一季度经济运行开局良好", "老旧小区加装电梯86部", "滨河夜市开张", headline]
    assert articles[3].text.endswith("喝茶说话的地方。")


@pytest.mark.parametrize("headline", ["老旧小区加装电梯为何这么难？", "老旧小区加装电梯86部！"])
@pytest.mark.parametrize("wrapped", [False, True])
def test_a_headline_that_asks_or_exclaims_after_its_story_and_before_the_next_dateline_heads_it(headline, wrapped):
    # The next story opens on its dateline, so no run of header lines parts the two. Before,
    # the headline stayed the story's closing line, and the story took the subtitle of the
    # headline above its text (`——区政府召开新闻发布会`) as its own.
    stories = [TRAILING_STORIES[0], (TRAILING_STORIES[1][0], [headline]), TRAILING_STORIES[2]]
    lay = (lambda text: _wrap(text, 16)) if wrapped else (lambda text: text)
    page = "\n\n".join("\n\n".join([*map(lay, body), *heads]) for body, heads in stories) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["一季度经济运行开局良好", headline, "滨河夜市开张"]
    assert articles[0].subtitle == "区政府召开新闻发布会" and articles[1].text.endswith("外墙保温工程。")


@pytest.mark.parametrize("closing", ["欢迎广大市民前来品茗！", "“这就是我们的老茶馆！”"])
def test_a_closing_line_that_exclaims_but_names_little_of_the_story_or_quotes_stays_its_text(closing):
    page = "\n\n".join("\n".join(body + heads) for body, heads in TRAILING_STORIES + [(TEAHOUSE + [closing], [])])
    articles = cut(page + "\n")
    assert closing not in [a.title for a in articles] and articles[-1].text.endswith(closing)


@pytest.mark.parametrize("closing", ["王明、李华、赵刚出席座谈会。", "王明出席座谈会，区直各单位负责同志参加会议。"])
def test_a_meeting_report_closed_by_who_attended_ends_before_a_headline_on_a_kindred_subject(closing):
    # Reports of meetings close on who attended (`…出席座谈会。`, `…负责同志参加会议。`), with
    # no `等`. Before, only `…等参加…` closed them: the next story, on kindred words and not
    # opening as news, was read as a section of the report.
    page = "\n\n".join([
        "江州召开推进城乡融合发展座谈会",
        "江州市委7日召开推进城乡融合发展座谈会，听取各区县对城乡融合发展的意见建议。",
        "座谈会上，青山区、南湖区和江北县负责同志先后发言，介绍城乡融合发展的做法和下一步打算。",
        "会议指出，推进城乡融合发展，必须坚持以人为本，推动城乡要素平等交换、双向流动。",
        "会议强调，要加快补齐农村基础设施短板，推动公共服务向农村延伸，让农民群众共享发展成果。",
        closing,
        "江州与友城合作不断深化",
        "今年是江州与友好城市结好的第十个年头。十年来，双方推动城乡发展、基础设施和公共服务等领域合作不断深化。",
        "双方在村里修路通水上交流经验，共同推动公共服务向农村延伸，合作成果惠及城乡群众。",
        "下一步，双方将推动要素双向流动，共享发展成果。"]) + "\n"
    report, exchange = cut(page)
    assert report.text.endswith(closing) and exchange.title == "江州与友城合作不断深化"
    assert exchange.text.startswith("今年是江州与友好城市结好的第十个年头。")


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_headline_printed_over_its_text_and_after_it_heads_its_own_story_where_headlines_follow(wrapped):
    # A copy that kept the page's title box prints the second story's headline over its text
    # as well as after it. Before, that line and the first story's headline were read as one
    # run of section headings: the first story ran on into the second, the second's repeated
    # headline became a section, and the one after it was read as a repeat of that section.
    (first, first_heads), (second, second_heads), (third, third_heads) = TRAILING_STORIES
    lay = (lambda text: _wrap(text, 16)) if wrapped else (lambda text: text)
    page = "\n\n".join(["\n\n".join(map(lay, first)), *first_heads, second_heads[0],
                        "\n\n".join(map(lay, second)), *second_heads,
                        "\n\n".join(map(lay, third)), *third_heads]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["一季度经济运行开局良好", "老旧小区加装电梯86部", "滨河夜市开张"]
    assert articles[1].text.startswith("记者从区住建委获悉") and articles[0].text.endswith("就业和居民收入的提问。")


def test_indented_column_wrapped_page_opens_a_paragraph_at_each_indent():
    page = ("区里召开防汛工作会议\n"
            "　　会议要求各镇街压实责任，做好\n汛期值班值守，确保安全度汛。会\n议还部署了隐患排查工作，要求逐\n一整改到位。\n"
            "　　会议指出，今年汛期降雨偏多，\n各部门要提前预置抢险力量和物资\n，确保人民群众生命财产安全。\n"
            "全区新增停车位200个\n"
            "　　今年以来，全区新增停车位200\n个，缓解了老旧小区停车难问题，\n居民出行更加方便。\n")
    first, second = cut(page)
    assert first.title == "区里召开防汛工作会议" and len(first.paragraphs) == 2
    assert second.title == "全区新增停车位200个" and second.text.endswith("居民出行更加方便。")


def test_column_tags_and_kickers_mark_headlines_but_a_dash_led_section_does_not():
    page = ("社区议事会解决停车难\n\n"
            "社区通过议事会多次组织业主代表、物管公司面对面沟通，最终新增20个标准停车位。\n\n"
            "面对居民的期待，社区书记深感责任重大——\n\n"
            "社区书记带着党员挨家挨户走访，收集意见建议60余条，停车位规划很快定了下来。\n\n"
            "“有事好商量，众人的事情由众人商量”（基层治理新观察）\n\n"
            "在某街道，居民议事厅每月开放两次，居民有事好商量、议事有平台，邻里纠纷明显减少。\n")
    first, second = cut(page)
    assert "深感责任重大" in first.text and "收集意见建议60余条" in first.text
    assert second.title == "“有事好商量，众人的事情由众人商量”（基层治理新观察）"
    assert second.text.startswith("在某街道")


def test_wrapped_page_sections_stay_inside_and_wide_headlines_close_their_bodies():
    page = ("要点速览\n\n"
            "今年以来，全区持续推进老旧小区\n改造，惠及居民一万二千余户，群\n众满意度明显提升。\n\n"
            "加装电梯解民忧\n\n"
            "在东风社区，新装的电梯上个月投\n入使用，加装电梯让老人下楼不再\n犯难，居民纷纷点赞。\n\n"
            "社区还组织居民议事会商量电梯运\n维费用分摊办法，居民意见统一。\n\n"
            "改造管网除隐患\n\n"
            "在红旗社区，施工队更换了老化的\n供水管网和燃气管道，小区管网隐\n患全部消除，居民用水更放心。\n\n"
            "全区老旧小区改造惠及一万二千余户居民群众\n\n"
            "本报讯（记者 李明）近日，区职业\n教育中心与十家企业签订校企合作\n协议，共建实训基地五个。\n\n"
            "职教中心与十家企业共建实训基地\n")
    first, second = cut(page)
    assert first.title == "全区老旧小区改造惠及一万二千余户居民群众"
    assert "加装电梯解民忧" in first.paragraphs and "改造管网除隐患" in first.paragraphs
    # The label the page opens on stays in the text, as the first section's heading.
    assert first.text.startswith("要点速览\n今年以来") and first.text.endswith("居民用水更放心。")
    assert second.title == "职教中心与十家企业共建实训基地" and second.byline == "记者 李明"


def test_wrapped_line_inside_an_open_title_goes_on_though_the_line_under_it_echoes_it():
    # Copied line by line at 16 letters, headlines after their stories: a paragraph opens on a
    # line that ends inside a title (`《江州市物流产业发展` / `规划》…`), and the line under it
    # names what the title names; no headline stands inside an open title.
    page = ("江州物流园区今年货运量已超过八百\n万吨，成为全市物流业的龙头。\n"
            "最新印发的《江州市物流产业发展\n规划》把全市物流产业分为城南、城\n"
            "北、江东三个园区，到二〇三〇年物\n流业增加值翻一番。\n"
            "江州物流园区货运量创新高\n"
            "城南街道今年新建口袋公园六个，居\n民出门五分钟就能走进绿地。\n"
            "街道还在公园里增设了健身器材和休\n息座椅，受到居民欢迎。\n"
            "城南新建口袋公园六个\n")
    first, second = cut(page)
    assert first.title == "江州物流园区货运量创新高" and second.title == "城南新建口袋公园六个"
    assert "最新印发的《江州市物流产业发展规划》把全市" in first.text


def test_wrapped_line_opening_with_a_closing_quote_continues_its_paragraph():
    page = ("“以前下班回家抢车位，现在有了固\n定车位，再也不用绕小区打转了。\n”居民李秀梅说，小区新划了停车位\n六十个，外来车辆不再乱停乱放。\n\n"
            "社区还组织党员志愿者轮流值守，\n引导车辆有序停放，居民很满意。\n\n"
            "下一步，社区将继续推进停车设施\n建设，计划年底前再增设充电桩二\n十个，方便新能源汽车车主充电。\n\n"
            "老旧小区新增停车位六十个\n")
    (article,) = cut(page)
    assert article.title == "老旧小区新增停车位六十个"
    assert article.paragraphs[0].startswith("“以前下班回家") and "打转了。”居民李秀梅说" in article.paragraphs[0]


def test_plain_briefs_on_one_subject_split_at_long_headlines_over_news_leads():
    page = ("区政府召开优化营商环境工作推进会\n\n"
            "近日，区政府召开优化营商环境工作推进会，通报今年以来全区营商环境建设情况，部署下一阶段重点工作。\n\n"
            "会议要求，要持续深化“放管服”改革，压缩企业开办时间，全力服务企业发展。\n\n"
            "全区首个 民营企业服务中心在高新区挂牌运行\n\n"
            "12月14日，全区首个民营企业服务中心在高新区挂牌运行，为企业提供政策咨询、融资对接等服务。\n\n"
            "中心负责人介绍，中心将持续优化服务，帮助民营企业解决发展中遇到的难题。\n")
    first, second = cut(page)
    assert first.title == "区政府召开优化营商环境工作推进会" and first.text.endswith("全力服务企业发展。")
    assert second.title == "全区首个 民营企业服务中心在高新区挂牌运行" and second.text.startswith("12月14日")


# A department's brief with no dateline, a paragraph a line, over the next brief on its subject.
ENTREPRENEURS_BRIEF = ("区政协委员与企业家共商发展\n"
                       "区政协主席李明10日在区行政中心主持召开委员与企业家座谈会，委员们围绕优化营商环境、"
                       "推动产业升级等问题展开讨论。\n"
                       "与会企业家表示，将抓住机遇扩大投资，为全区经济发展多作贡献。\n")


def test_briefs_with_no_dateline_split_where_a_lead_names_who_and_then_the_day():
    # Two briefs on one subject: the second's lead says who, then the day (`…王华11日在…`), as a
    # news story opens; a section goes on with its story. (Its headline shares the first brief's
    # words: cohesion alone reads it as a section.)
    page = ENTREPRENEURS_BRIEF + ("区政协委员与科技界代表座谈共商科技创新\n"
                                  "区政协副主席王华11日在江州科技园主持召开座谈会，科技界代表围绕研发投入、人才引进等问题展开讨论。\n")
    first, second = cut(page)
    assert first.title == "区政协委员与企业家共商发展" and first.text.endswith("多作贡献。")
    assert second.title == "区政协委员与科技界代表座谈共商科技创新" and second.text.startswith("区政协副主席王华")


def test_a_heading_its_news_lead_restates_with_who_and_the_day_opens_a_story_on_the_same_subject():
    # Two briefs on one subject, a paragraph a line: their texts share most of their words,
    # but the second heading's words are all in the paragraph under it, which opens with who
    # and the day, as a news story does. (A section's text restates its heading so only where
    # it restates the story's own opening too.)
    page = ENTREPRENEURS_BRIEF + ("区政协委员与科技界代表座谈\n"
                                  "区政协副主席王华11日与科技界代表座谈，委员们围绕优化创新环境、推动产业升级等问题展开讨论。\n"
                                  "与会代表表示，将加大研发投入，为全区产业升级多作贡献。\n")
    first, second = cut(page)
    assert first.text.endswith("经济发展多作贡献。")
    assert second.title == "区政协委员与科技界代表座谈" and second.text.startswith("区政协副主席王华11日")


def test_headlines_of_one_subject_each_over_its_news_lead_open_stories_though_set_as_a_series():
    # Headlines over their stories, a paragraph a line, no datelines: three stories on one
    # official's day. The last two headlines open alike (`王刚会见…`), as a feature's sections
    # do, but each stands over a lead that says what it says with who and the day.
    page = ("区长王刚调研城南商圈建设\n"
            "区长王刚10日到城南商圈调研，实地察看商业街改造和停车场建设进展。\n"
            "王刚要求，要加快项目建设，提升商圈品质，吸引更多客商来江州投资兴业。\n"
            "王刚会见城南客商代表\n"
            "区长王刚10日下午在区行政中心会见城南客商代表，双方就商圈招商、项目落地等深入交流。\n"
            "王刚表示，江州将不断改善营商环境，为客商投资兴业提供优质服务。\n"
            "王刚会见江州侨商代表\n"
            "区长王刚11日在区行政中心会见江州侨商代表，听取侨商对全区发展的意见建议。\n"
            "侨商代表表示，将积极牵线搭桥，推介家乡、助力家乡发展。\n")
    articles = cut(page)
    assert [a.title for a in articles] == ["区长王刚调研城南商圈建设", "王刚会见城南客商代表", "王刚会见江州侨商代表"]
    assert articles[1].text.startswith("区长王刚10日下午") and articles[1].text.endswith("提供优质服务。")


def test_headlines_before_news_stories_as_long_by_chance_are_no_series_of_sections():
    # Headlines over their stories, a paragraph a line: the last two are set alike only by
    # chance (eight letters, a space, six and seven) and share no word; each opens on its day (`今天，…`).
    page = ("秋冬季校园安全检查全面展开\n"
            "副区长李华11日带队检查秋冬季校园安全工作，先后走访五所中小学和两所幼儿园。\n"
            "检查组重点查看了食堂、宿舍和消防设施，对发现的问题当场反馈、限期整改。\n"
            "江州秋粮收购开秤 价格保持平稳\n"
            "今天，全区秋粮收购正式开秤，各收购点价格保持平稳，农民售粮积极性较高。\n"
            "粮食部门增设流动收购点，方便偏远村组农民就近售粮。\n"
            "城北夜市今晚开张 摊位已全部招满\n"
            "今天，城北夜市正式开张，一百二十个摊位全部招满，市民可品尝各地特色小吃。\n"
            "夜市设有停车场和公共厕所，营业时间至次日凌晨一点。\n")
    articles = cut(page)
    assert [a.title for a in articles] == ["秋冬季校园安全检查全面展开", "江州秋粮收购开秤 价格保持平稳", "城北夜市今晚开张 摊位已全部招满"]
    assert articles[0].text.endswith("限期整改。") and articles[1].text.startswith("今天，全区秋粮收购")


def test_a_section_restating_its_story_opening_stays_in_it_where_a_subhead_ran_onto_the_lead():
    # A work report's story, a paragraph a line: the copy ran its first subhead onto the lead
    # (`过去一年突出抓好四项工作区长王刚10日…`). The next part restates that opening with who and
    # the day under its own heading: a section, not a story.
    page = ("区政府工作报告摘登\n"
            "过去一年突出抓好四项工作区长王刚10日在区第十八届人民代表大会第三次会议上作政府工作报告，回顾了过去一年的工作。\n"
            "一是稳住经济基本盘。全区地区生产总值增长百分之六。\n"
            "二是办好民生实事。新建学校三所、社区食堂十个。\n"
            "从五个方面部署今年工作\n"
            "区长王刚10日在区第十八届人民代表大会第三次会议上作政府工作报告时，从五个方面部署今年工作。\n"
            "——加快产业升级，培育新的增长点。\n"
            "——深化改革开放，优化营商环境。\n")
    [story] = cut(page)
    assert story.title == "区政府工作报告摘登" and story.text.endswith("优化营商环境。")


def test_a_heading_after_the_officials_who_attended_opens_a_story():
    # Two briefs on one visit, a paragraph a line, no datelines: the first closes, as reports of a
    # meeting do, on who attended; the second shares its subject and opens with no day.
    page = ("王刚会见台商投资考察团\n"
            "区长王刚10日在区行政中心会见台商投资考察团一行，欢迎考察团来江州考察投资。\n"
            "王刚表示，江州将为台商投资兴业提供优质服务，期待双方合作结出更多成果。\n"
            "副区长李华、区商务局局长张明等参加会见。\n"
            "台商考察团参观城南科技园\n"
            "考察团一行随后来到城南科技园，详细了解园区产业布局和台商投资政策。\n"
            "考察团成员表示，看好江州发展前景，愿意来江州投资兴业。\n")
    articles = cut(page)
    assert [a.title for a in articles] == ["王刚会见台商投资考察团", "台商考察团参观城南科技园"]
    assert articles[0].text.endswith("等参加会见。") and articles[1].text.startswith("考察团一行随后")


def test_headlines_printed_after_stories_that_close_on_the_officials_who_attended():
    # Three briefs on one official's day with each headline printed after its text: the first two
    # close on who attended, as a byline closes a story, so the header line under each is its headline.
    page = ("区长王刚10日在区行政中心会见台商投资考察团一行，欢迎考察团来江州考察投资。\n"
            "王刚表示，江州将为台商投资兴业提供优质服务，期待双方合作结出更多成果。\n"
            "副区长李华、区商务局局长张明等参加会见。\n"
            "王刚会见台商投资考察团\n"
            "区长王刚10日在区行政中心会见香港客商代表一行，双方就城南商圈招商深入交流。\n"
            "王刚表示，江州将不断改善营商环境，欢迎香港客商来江州投资兴业。\n"
            "副区长李华等参加会见。\n"
            "王刚会见香港客商代表\n"
            "王刚强调，要抓住招商引资的有利时机，为客商投资兴业提供全程服务。\n"
            "会议要求，各部门要落实招商项目责任，推动项目早签约、早落地。\n"
            "王刚主持召开招商引资工作会议\n")
    articles = cut(page)
    assert [a.title for a in articles] == ["王刚会见台商投资考察团", "王刚会见香港客商代表", "王刚主持召开招商引资工作会议"]
    assert articles[1].text.endswith("等参加会见。") and articles[2].text.startswith("王刚强调")


def test_a_headline_whose_first_part_is_as_long_as_its_sections_by_chance_opens_a_story():
    # A paragraph a line, no datelines: a feature's headline (`江州职业学院 …`, a name of six
    # letters, then a phrase) over sections set as pairs of phrases, the first of six letters too.
    # Lead-ins of one length make a series only as four-letter set phrases (`一线抗疫，…`).
    page = ("城南街道开展高层住宅消防演练\n"
            "日前，城南街道联合区消防救援大队在江景花园小区开展高层住宅消防演练，三百余名居民参加。\n"
            "演练中，消防员示范了灭火器和室内消火栓的使用方法，并组织居民有序疏散。\n"
            "江州职业学院 打好组合拳助力乡村振兴\n"
            "近年来，江州职业学院把服务乡村振兴作为办学的重要任务，发挥专业优势，为农村培养用得上、留得住的人才。\n"
            "学院先后与二十多个村签订合作协议，派出教师团队驻村指导。\n"
            "培育电商人才 培养懂经营的新农人\n"
            "学院开设农村电商培训班，手把手教村民开网店、做直播，已培训学员八百余人次。\n"
            "不少学员回村后开起网店，把家乡的土特产卖到了全国各地。\n"
            "搭建服务平台 帮农产品走出大山\n"
            "学院建成农产品展销中心，帮助合作村对接商超和电商平台，去年帮助销售农产品一千二百万元。\n")
    drill, college = cut(page)
    assert drill.text.endswith("并组织居民有序疏散。")
    assert college.title == "江州职业学院 打好组合拳助力乡村振兴" and college.text.endswith("一千二百万元。")


def test_a_column_label_run_onto_its_title_opens_a_story():
    # A paragraph a line, no datelines: the second story is a column's (`【一线见闻】`, no space
    # before its title) and shares the first one's subject.
    page = ("城南街道完成老旧菜市场改造\n"
            "日前，城南街道老旧菜市场改造工程完工，市场重新开门迎客。\n"
            "改造后的菜市场划分了蔬菜、肉类、水产等区域，新增公共卫生间和停车位。\n"
            "街道负责人介绍，今年还将改造两个菜市场。\n"
            "【一线见闻】菜市场里的新变化\n"
            "走进改造后的城南菜市场，地面干净整洁，摊位整齐划一，电子屏实时显示菜价。\n"
            "摊主李阿姨说，市场环境好了，来买菜的居民也多了，生意比以前好做。\n")
    first, second = cut(page)
    assert first.text.endswith("今年还将改造两个菜市场。")
    assert second.title == "【一线见闻】菜市场里的新变化" and second.text.startswith("走进改造后的城南菜市场")


def test_stories_of_one_persons_day_whose_leads_part_at_what_open_stories():
    # Two briefs on one official's day, a paragraph a line, no datelines: the second lead opens
    # as the first does (who, when, where) and parts at whom he met, which its headline names.
    page = ("王刚会见城南客商代表\n"
            "区长王刚10日下午在区行政中心会见城南客商代表一行，双方就商圈招商深入交流。\n"
            "王刚表示，江州将不断改善营商环境，为客商投资兴业提供优质服务。\n"
            "王刚会见省农科院专家\n"
            "区长王刚10日下午在区行政中心会见省农科院专家组，听取对全区种业发展的建议。\n"
            "专家组表示，将在良种选育、技术培训等方面与江州深化合作。\n")
    articles = cut(page)
    assert [a.title for a in articles] == ["王刚会见城南客商代表", "王刚会见省农科院专家"]
    assert articles[1].text.startswith("区长王刚10日下午在区行政中心会见省农科院")


# Two briefs with no dateline copied line by line at 16 letters, no blank lines: the second
# headline is exactly as wide as the column, and the lines under it open with who and the day.
SCHOOL_CHECK_LINES = ["副区长李华11日带队检查秋冬季校", "园安全工作，先后走访五所中小学和",
                      "两所幼儿园。检查组对发现的问题当", "场反馈、限期整改。"]
RENOVATION_LINES = ["区长王刚10日在城南街道调研老旧", "小区改造工作，详细了解加装电梯、",
                    "管网改造等项目进展。王刚要求，要", "倾听居民意见，确保年底前全部完工。"]


def test_a_headline_as_wide_as_the_column_over_a_lead_naming_who_then_the_day_is_no_wrap():
    page = "\n".join(["秋冬季校园安全检查全面展开", *SCHOOL_CHECK_LINES,
                      "老旧小区加装电梯惠及城南三千居民", *RENOVATION_LINES]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["秋冬季校园安全检查全面展开", "老旧小区加装电梯惠及城南三千居民"]
    assert articles[1].text.startswith("区长王刚10日在城南街道调研")


def test_a_headline_as_wide_as_the_column_over_a_lead_that_opens_on_a_cut_off_day_is_no_wrap():
    page = "\n".join(["秋冬季校园安全检查全面展开", *SCHOOL_CHECK_LINES,
                      "老旧小区加装电梯惠及城南三千居民", "截至今天，城南街道老旧小区已加装",
                      "电梯六十部，惠及居民三千余户。"]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["秋冬季校园安全检查全面展开", "老旧小区加装电梯惠及城南三千居民"]
    assert articles[1].text.startswith("截至今天，城南街道")


def test_a_headline_after_its_story_as_wide_as_the_column_over_the_next_lead_is_no_wrap():
    page = "\n".join([*RENOVATION_LINES, "老旧小区加装电梯惠及城南三千居民",
                      *SCHOOL_CHECK_LINES, "秋冬季校园安全检查全面展开"]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["老旧小区加装电梯惠及城南三千居民", "秋冬季校园安全检查全面展开"]
    assert articles[1].text.startswith("副区长李华11日带队")


def test_a_full_line_with_no_mark_goes_on_where_the_next_ends_its_date_or_its_sentence():
    # Paragraphs whose first line fills the column with no mark, over a line with a day in its
    # first clause: the day ends a date the line began (`7月15` / `日至…`), or a preposition
    # shows that the sentence goes on (`在今天的通报会上说`, `云晚会于5月20日推出`), or a quotation
    # opens on the day (`记者：“4日凌晨，…`), or two letters end a name (`…调解` / `中心5日…`). None
    # of those lines is a headline.
    page = "\n".join(["江州科考船完成南海科考",
                      "江州科考船“海燕二号”今年完成三次", "远海科考任务，采集样品两千余份。",
                      "科考船“海燕二号”于今年7月15", "日至9月20日在南海开展第三次科考", "活动。",
                      "江州海洋研究所负责人王建国和李明", "在今天的通报会上说，样品将向全国", "科研机构开放。",
                      "江州市“科技活动周”系列科普主题", "云晚会于5月20日推出，科考队员讲", "述了远海科考的故事。",
                      "江州市应急管理局发言人王建国告诉", "记者：“4日凌晨，科考船一处舱室起", "火，无人受伤。”",
                      "江州市城南街道矛盾纠纷多元化调解", "中心5日发布公告说，科考队员家属", "可到中心咨询。"]) + "\n"
    [story] = cut(page)
    assert story.title == "江州科考船完成南海科考"
    assert "科考船“海燕二号”于今年7月15日至9月20日在南海开展第三次科考活动。" in story.paragraphs
    assert "江州海洋研究所负责人王建国和李明在今天的通报会上说，样品将向全国科研机构开放。" in story.paragraphs
    assert "江州市“科技活动周”系列科普主题云晚会于5月20日推出，科考队员讲述了远海科考的故事。" in story.paragraphs
    assert "江州市应急管理局发言人王建国告诉记者：“4日凌晨，科考船一处舱室起火，无人受伤。”" in story.paragraphs
    assert story.text.endswith("江州市城南街道矛盾纠纷多元化调解中心5日发布公告说，科考队员家属可到中心咨询。")


def test_a_quoted_heading_over_who_said_it_and_when_stays_a_voice_of_its_round_up():
    # A round-up of voices, a paragraph a line: each voice under its words in quotation marks,
    # opening with who spoke and when, as a news lead does. It is no story of its own.
    page = ("外国商界人士点赞江州扩大开放举措\n"
            "江州日前出台扩大开放二十条措施，多国商界人士接受采访时给予积极评价，认为措施将为外资企业带来更多机遇。\n"
            "“我们的会员普遍看好这里长期的市场前景”\n"
            "德国商会负责人施密特日前表示，新措施放宽了市场准入，商会会员看好江州。\n")
    [story] = cut(page)
    assert story.title == "外国商界人士点赞江州扩大开放举措"
    assert "我们的会员普遍看好这里长期的市场前景" in story.paragraphs and story.text.endswith("商会会员看好江州。")


def test_a_quotation_opening_one_story_stays_where_the_next_story_reports_the_same_words():
    # A Markdown page, as the PDF reader gives a page: each story under its `#` headline. The
    # first story opens on the words of a speech that the second reports in its dateline
    # paragraph; held inside another story's text, they are no pull quote of their own story.
    quote = "“要把稳就业放在更加突出的位置，努力在困难中找出路、于变化中求发展。”"
    page = "\n\n".join([
        "# 推动就业稳中向好", quote, "区委书记的讲话在返乡创业青年中引发热烈反响，大家表示要坚定信心、干出成绩。",
        "# 区委书记看望返乡创业青年",
        "本报江州5月23日电 区委书记李明在看望返乡创业青年时强调，要把稳就业放在更加突出的位置，"
        "努力在困难中找出路、于变化中求发展，区长王刚参加看望和座谈。",
    ]) + "\n"
    reactions, visit = cut(page)
    assert reactions.paragraphs[0] == quote and "找出路" in visit.text


def test_where_headlines_lead_a_quotation_opening_one_story_stays_though_the_next_reports_it():
    # The same page copied with no blank lines, a paragraph a line: the header lines over the
    # second story's dateline open a story, so the first story's opening words are no pull quote
    # of the second's text. The key points set between a headline and its dateline, which the
    # story's text repeats, are still printed once.
    quote = "“要把稳就业放在更加突出的位置，努力在困难中找出路、于变化中求发展。”"
    point = "我区产业基础好、创业热情高、发展空间大、扶持政策多的优势没有变。"
    page = "\n".join([
        "推动就业稳中向好", "——区委书记的讲话在返乡创业青年中引发热烈反响", quote,
        "区委书记的讲话在返乡创业青年中引发热烈反响，大家表示要坚定信心、干出成绩。",
        "区委书记看望返乡创业青年", point,
        "本报江州5月23日电 区委书记李明在看望返乡创业青年时强调，要把稳就业放在更加突出的位置，"
        "努力在困难中找出路、于变化中求发展，区长王刚参加看望和座谈。",
        "李明指出，" + point + "我们要把群众满意作为工作的出发点和落脚点。",
    ]) + "\n"
    reactions, visit = cut(page)
    assert reactions.title == "推动就业稳中向好" and reactions.paragraphs[0] == quote
    assert "找出路" in visit.text and visit.text.count("创业热情高") == 1, visit.text


def test_a_speechs_paragraph_keeps_its_opening_that_a_commentary_on_the_page_quotes():
    # A paper's page copied without indents, blank lines between stories only: a commentary
    # quotes the first clauses of a paragraph of the speech beside it. Those clauses are the
    # speech's own words, no pull quote run into its paragraph, so the paragraph keeps them.
    said = "我们始终把群众的冷暖挂在心上，既为眼前的民生实事操心，也为长远的发展大计谋划。为把工作做实，我提出三点要求："
    speech = ["在全区经济工作会议上的讲话", "——区委书记 王强", "今年以来，全区上下埋头苦干，各项主要指标好于年初预期。",
              said, "一是抓项目稳投资，二是抓改革激活力，三是抓民生补短板。"]
    comment = ["凝心聚力推动高质量发展（江州时评）",
               "区委书记在讲话中说，“我们始终把群众的冷暖挂在心上，既为眼前的民生实事操心，也为长远的发展大计谋划”，这为做好今年工作指明了方向。",
               "全区广大干部要对照区委的部署，一件一件抓落实，确保全年目标任务圆满完成。"]
    harvest = ["城南镇大棚蔬菜喜获丰收", "城南镇今年新建蔬菜大棚三百亩，引进新品种十二个，亩产比露天种植高出三成。",
               "镇农业服务中心组织技术人员下田指导，帮助种植户做好病虫害防治。"]
    page = "\n\n".join("\n".join(story) for story in (speech, comment, harvest)) + "\n"
    articles = cut(page)
    assert len(articles) == 3 and said in articles[0].paragraphs
    assert articles[1].paragraphs == tuple(comment[1:])


def test_a_headline_printed_again_after_its_story_heads_no_other_story():
    # Copied from an e-paper page that prints the story's headline again under its picture:
    # the repeat follows the story's text and is no kicker of the next story's headline.
    page = ("昌州街道：\n“红色物业”解锁小区治理新密码\n■本报记者 王 磊 文/图\n\n"
            "去年以来，昌州街道以党建引领物业服务，在辖区28个小区推行“红色物业”，收集解决居民诉求500余件。\n\n"
            "“红色物业”解锁小区治理新密码\n\n"
            "我区职业教育\n产教融合再上新台阶\n"
            "本报讯（通讯员 陈 静）近日，重庆三峡职业学院荣昌校区与区内12家企业签订校企合作协议，共建实训基地5个。\n")
    property_story, school_story = cut(page)
    assert property_story.title.endswith("“红色物业”解锁小区治理新密码") and property_story.text.endswith("500余件。")
    assert school_story.title == "我区职业教育 产教融合再上新台阶" and not school_story.kicker, school_story
    # A series' headline over two stories in a row heads each of them.
    series = ("新时代文明实践在行动\n\n本报讯（记者 何 静）3月3日，昌元街道开展义诊活动，为居民测量血压。\n\n"
              "新时代文明实践在行动\n\n本报讯（记者 唐 敏）3月4日，安富街道开展文艺演出，丰富群众文化生活。\n")
    assert [article.title for article in cut(series)] == ["新时代文明实践在行动"] * 2


def test_a_header_printed_twice_over_its_story_is_read_once():
    # An e-paper view prints the story's kicker and headline in its title area, then again over
    # the text. Before, the kicker held the whole header and the kicker again.
    header = "推动党建与业务深度融合\n江州区机关党建“双提升”行动启动\n"
    page = ("江州日报　2025年3月7日　星期五　第2版　要闻\n\n" + header + "\n" + header +
            "　　本报讯（记者 李华）3月6日，江州区机关党建“双提升”行动启动会召开，部署全年机关党建工作。\n"
            "　　据介绍，今年全区将组建党员先锋队42支，开展“一支部一品牌”创建活动。\n"
            "　　区委组织部相关负责人表示，将建立党建与业务融合情况季度通报制度。\n\n"
            "江州区新增公共停车位1200个\n"
            "　　本报讯（记者 周敏）今年以来，江州区通过挖潜改造、错时共享等方式，新增公共停车位1200个。\n"
            "　　下一步，区城市管理局将继续推进智慧停车平台建设，实现停车信息实时查询。\n")
    party, parking = cut(page)
    assert (party.kicker, party.title) == ("推动党建与业务深度融合", "江州区机关党建“双提升”行动启动")
    assert parking.title == "江州区新增公共停车位1200个"


def test_a_post_that_opens_on_a_headline_that_exclaims_has_it_as_its_title(tmp_path):
    # A WeChat post copied whole: its headline ends on `！`, as a sentence would. Before, the
    # headline was read as the text's first paragraph and the title made from it lost its `！`.
    page = ("点击蓝字 关注我们\n江州区这个村，火了！\n原创 江州发布 江州发布 2025-03-10 08:00 发表于重庆\n"
            "近日，江州区青山镇桃花村的“积分超市”火了。村民参与环境整治、志愿服务等可获得积分，凭积分兑换生活用品。\n"
            "“我用积分换了一袋大米和一桶油！”村民李大姐高兴地说。\n"
            "去年以来，桃花村已有320户参与，累计兑换积分2.6万分，村容村貌明显改善。\n")
    [article] = read_as_file(tmp_path / "post.txt", page)
    assert article.title == "江州区这个村，火了！" and article.text.startswith("近日，江州区青山镇")
    # A feature whose text opens on a quotation keeps it as its first paragraph.
    [feature] = cut("“我用积分换了一袋大米和一桶油！”\n"
                    "3月12日，在青山镇桃花村“积分超市”，村民李大姐拿着积分卡高兴地说。过去搞环境整治总有人不愿参与。\n")
    assert feature.text.startswith("“我用积分换了一袋大米和一桶油！”")


def test_article_views_copied_one_under_another_keep_their_headlines(tmp_path):
    # Each view: its breadcrumb, headline, `date outlet` line, text. Before, the first story's
    # headline was taken for the outlet and its title made from its first clause.
    view = ("当前位置：首页 > 第A02版：综合新闻\n江州区新增公共停车位1200个\n2025年03月12日 江州日报\n"
            "本报讯（记者 周敏）今年以来，江州区通过挖潜改造、错时共享等方式，新增公共停车位1200个。\n"
            "下一步，区城市管理局将继续推进智慧停车平台建设，实现停车信息实时查询。\n"
            "当前位置：首页 > 第A03版：经济\n区医保局优化异地就医备案服务\n2025年03月12日 江州日报\n"
            "本报讯（记者 吴刚）近日，区医保局推出异地就医备案“网上办”服务，参保群众足不出户即可完成备案。\n")
    parking, insurance = read_as_file(tmp_path / "views.txt", view)
    assert (parking.title, parking.source_name) == ("江州区新增公共停车位1200个", "江州日报")
    assert (insurance.title, insurance.source_name) == ("区医保局优化异地就医备案服务", "江州日报")
    # Each view's path names its page (`> 第A02版：综合新闻`); before, neither story had a page.
    assert (parking.page, insurance.page) == ("A02", "A03")
    # A view whose path stands over the writer's line keeps the writer the file's top lines give.
    [single] = read_as_file(tmp_path / "view.txt", "当前位置：首页 > 第A02版：综合新闻\n江州区新增公共停车位1200个\n"
                            "2025年03月12日 江州日报 作者：周敏\n"
                            "今年以来，江州区通过挖潜改造、错时共享等方式，新增公共停车位1200个，缓解了老城区停车难问题。\n")
    assert (single.title, single.byline, single.page, single.date) == ("江州区新增公共停车位1200个", "周敏", "A02", "2025-03-12")


def test_a_local_papers_dateline_names_its_reporters_without_brackets():
    page = ("全区春耕备耕工作全面展开\n\n"
            "本报讯 记者 何 静 报道：连日来，我区各镇街抢抓农时，组织农户开展春耕备耕，田间地头一派繁忙景象。\n\n"
            "区统计局发布一季度数据\n\n"
            "本报讯 记者从区统计局获悉：一季度全区地区生产总值同比增长6.1%，增速居全市前列。\n")
    farming, figures = cut(page)
    assert farming.byline == "记者 何 静" and figures.byline is None


@pytest.mark.parametrize("outlet", ["江州区融媒体中心讯", "青山县传媒中心讯"])
def test_a_county_media_centres_dateline_opens_each_brief_with_its_reporters(outlet):
    # A county's media centre (融媒体中心) files its briefs under its own name, as a paper's
    # `本报讯`; before, only `江州融媒讯` was read as a dateline, and two such briefs ran together.
    page = (f"{outlet}（记者 王 磊）3月3日，安富街道开展“学雷锋”志愿服务活动，为居民提供义诊服务。\n\n"
            "活动吸引了辖区两百多名居民参加。\n\n"
            f"{outlet}（记者 唐 敏 通讯员 李 华）近日，区图书馆新增图书2万册，市民可凭借阅证免费借阅。\n\n"
            "图书馆还将延长周末开放时间。\n")
    first, second = cut(page)
    assert (first.byline, second.byline) == ("记者 王 磊", "记者 唐 敏 通讯员 李 华")
    assert first.text.endswith("两百多名居民参加。") and second.text.endswith("周末开放时间。")


def test_a_column_label_ending_in_xun_is_no_dateline():
    # Headlines after their bodies, wrapped at 16: `简讯` closes its column of briefs (a word, not
    # an outlet's dateline such as `本报北京讯`), and the next story opens on its writer's line.
    briefs = ["本报讯（通讯员 罗 佳）3月3日，安富街道开展“学雷锋”志愿服务活动，为居民提供义诊服务。",
              "本报北京讯（记者 唐 敏）近日，区图书馆新增图书2万册，市民可凭借阅证免费借阅。"]
    story = "早上7点，荣昌卤鹅产业园内已是一片忙碌，一只只卤鹅经过清洗、卤制、包装等工序，被发往全国各地。"
    page = "\n".join([_wrap(p, 16) for p in briefs] + ["简讯", "", "本报记者 周 洋", _wrap(story, 16),
                                                     "走进荣昌卤鹅产业园"]) + "\n"
    column, feature = cut(page)
    assert column.title == "简讯" and column.text.count("本报") == 2 and "周 洋" not in column.text
    assert feature.title == "走进荣昌卤鹅产业园" and feature.text.endswith("被发往全国各地。")
    assert classify_line("本报北京讯（记者 唐 敏）近日，区图书馆新增图书2万册。", 0, False).level == -1


def test_briefs_without_headlines_are_named_by_what_their_first_clause_says():
    # A column of briefs copied one paragraph a line: each brief opens a story at its dateline
    # and is named by its first clause, the opening phrase that says only when passed over.
    page = ("简讯\n"
            "本报讯（记者 唐 敏）近日，区图书馆新增图书2万册，市民可凭借阅证免费借阅。\n"
            "本报讯（通讯员 钟 丽）3月4日上午，区人社局举办春风行动专场招聘会，86家企业提供岗位2300余个。\n"
            "本报讯（通讯员 罗 佳）安富街道开展志愿服务活动，为居民提供义诊服务。\n")
    titles = [article.title for article in cut(page)]
    assert titles == ["简讯", "区人社局举办春风行动专场招聘会", "安富街道开展志愿服务活动"], titles


def test_a_paragraph_repeated_with_a_corrected_figure_is_not_cut_mid_number():
    first = "截至目前，全县共建成小水电站86座，总装机容量1.2万千瓦，年发电量3.6亿千瓦时，惠及群众十万余人。"
    corrected = "截至目前，全县共建成小水电站88座，总装机容量1.2万千瓦，年发电量3.6亿千瓦时，惠及群众十万余人。"
    page = f"# 小水电助力乡村振兴\n\n{first}\n\n{corrected}\n\n下一步，县里将推进电站增效扩容改造。\n"
    (article,) = cut(page)
    assert all(p.startswith(("截至目前", "下一步")) for p in article.paragraphs), article.paragraphs
    assert "88座" in article.text


def test_editor_lines_are_not_bylines():
    page = ("# 区里新开三条社区公交线路\n\n记者 王芳\n\n本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区。\n\n"
            "责任编辑：李明\n\n选稿：张三\n")
    (article,) = cut(page, single=True)
    assert article.byline == "记者 王芳"


def test_a_story_signed_with_names_alone_in_brackets_on_its_last_line_has_them_as_byline():
    page = ("区里新开三条社区公交线路\n\n本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区。\n\n"
            "新线路早晚高峰发车间隔十分钟。\n\n（袁晓源 李明）\n\n"
            "城南镇大棚土豆产量高出三成\n\n城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。\n\n（待续）\n")
    first, second = cut(page)
    assert first.byline == "袁晓源 李明" and "袁晓源" not in first.text
    assert second.byline is None and second.title == "城南镇大棚土豆产量高出三成"


def column_lines(text: str, width: int = 16) -> list[str]:
    """A paragraph as a column-wrapped copy prints it: lines of `width` letters."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_note_in_brackets_after_the_last_sentence_ends_its_paragraph_on_a_full_line():
    # Wrapped at 16 letters, the story's last line happens to fill the column; the headline under
    # it had run on into that paragraph, as a full line's next line does.
    closing = "记者了解到，今年全区已完成农户旱厕改造一千二百余户，受到群众一致好评。（刊于《江州通讯》第3期）"
    assert len(closing) % 16 == 0
    page = "\n".join(["江州区推进城乡厕所改造",
                      *column_lines("本报讯 近年来，江州区坚持从群众实际需求出发，扎实推进农村公厕建设和旱厕改造，群众满意度不断提升。"),
                      *column_lines(closing), "城南镇新建乡村公厕十二座",
                      *column_lines("本报讯（记者 王芳）今年以来，城南镇新建乡村公厕十二座，完成农户旱厕改造八百余户。")]) + "\n"
    first, second = cut(page)
    assert first.text.endswith("（刊于《江州通讯》第3期）") and second.title == "城南镇新建乡村公厕十二座"


POTATO_TITLE = "城南镇大棚土豆产量高出三成"
POTATO_TEXT = "城南镇的土豆今年不用土也能种，大棚里的土豆苗长在营养液里，一亩产量比露天种植高出三成。"


def assert_story_then_potatoes(page: str, title: str, phrase: str) -> None:
    """The page cuts into the story titled `title` (holding `phrase`) and the potato story after it."""
    first, second = cut(page)
    assert first.title == title and phrase in first.text
    assert second.title == POTATO_TITLE


def test_a_paragraph_broken_off_by_a_blank_line_mid_word_is_no_headline():
    # Column-wrapped, headlines after their bodies; blank lines also fall inside paragraphs,
    # here after a full stop (`我是`), mid-sentence.
    def wrap(text: str) -> str:
        return _wrap(text, 18)

    page = "\n\n".join([
        wrap("前不久，在城南街道桂花社区的一场党建物业联席会上，来自社区两委、小区党支部、居民和物业公司的代表近40人把会议室坐得满满当当。"),
        wrap("小区居民张德明： “小区出现了可喜的变化”"),
        wrap("我叫张德明，今年68岁，老家在万州。搬过来以后，我发现居民与物业之间矛盾不少，停车位的纠纷越来越多。"),
        wrap("小区党支部书记王建华： “党员成为居民和物业沟通的桥梁”"),
        "我是王建华，今年66岁。我是",
        wrap("个老党员，热心肠，看到别人有困难总是乐意帮一把，党员们也信任我，推选我当党支部书记。"),
        wrap("同时，支部党员们为了居民的事向物业公司反映情况，物业正当履职与业主发生争执时，党员们也会站在公正的立场帮物业作解释。"),
        "他们道出党建引领基层治理的秘诀",
        wrap(POTATO_TEXT),
        POTATO_TITLE,
    ]) + "\n"
    assert_story_then_potatoes(page, "他们道出党建引领基层治理的秘诀", "我是王建华，今年66岁。我是")


def test_two_lines_that_each_fill_the_column_go_on_across_a_random_blank_line():
    # Column-wrapped at 14, headlines after their bodies, blank lines at random breaks: a
    # paragraph's first two lines, each as wide as the column and unpunctuated, stand before a
    # blank line. A headline breaks at its own width, not twice at the column's.
    lines = column_lines("全区职业院校今年新开设智能制造、电子商务等专业十二个，与本地企业共建实训基地二十个。", 14)
    assert lines[0].endswith("智能制")  # a blank line after it falls inside a word: blanks fall inside paragraphs
    broken = column_lines("江州北部是我市城乡发展整体布局和现代化产业体系建设中不可缺少的一环，开放合作大有可为。", 14)
    assert broken[:2] == ["江州北部是我市城乡发展整体布", "局和现代化产业体系建设中不可"]
    page = "\n".join([*lines[:1], "", *lines[1:], "", *broken[:2], "", *broken[2:], "", "职业教育服务地方产业", "",
                      *column_lines(POTATO_TEXT, 14), "", POTATO_TITLE]) + "\n"
    assert_story_then_potatoes(page, "职业教育服务地方产业", "现代化产业体系建设中不可缺少的一环")


def assert_full_line_goes_on_across_a_blank(lead: str, first: str, rest: str, title: str, width: int = 13) -> None:
    """Column-wrapped at `width`, headlines after their bodies, blank lines at random breaks: a
    paragraph's first line `first`, unpunctuated and as wide as the column, stands between two
    blank lines; it goes on into `rest`, the story titled `title` after it, then the potato story."""
    assert len(first) == width
    page = "\n".join([*column_lines(lead, width), "", first, "", *column_lines(rest, width), "", title, "",
                      *column_lines(POTATO_TEXT, width), "", POTATO_TITLE]) + "\n"
    assert_story_then_potatoes(page, title, first + rest[:3])


_SUPPORT_LEAD = "今年全县继续加大对口支援力度，帮扶资金和人才向基层倾斜。"
_CRAFTS_LEAD = "县图书馆今年推出二十多种文创产品，把馆藏古籍里的纹样印上了笔记本和书签。"


@pytest.mark.parametrize("lead, first, rest, title", [
    # The line after the blank opens with the few words that end the sentence (`不断变迁。`):
    # no story or section opens on a sentence of a few words with no subject.
    pytest.param("口袋公园正在改变城市面貌，各地纷纷把公园当作提升居民生活品质的抓手。", "城市公园的功能随着居民需求",
                 "不断丰富。健身步道和儿童乐园之后，阅读角和咖啡馆也相继走进公园。", "城市公园功能不断丰富",
                 id="end-of-sentence"),
    # The full line ends on digits, the next one opens with the number's magnitude or unit.
    pytest.param(_SUPPORT_LEAD, "对口支援县将三年内投入20", "亿元帮扶资金，用于修建学校、医院和道路。", "对口支援情谊长",
                 id="number-magnitude"),
    pytest.param(_SUPPORT_LEAD, "今年是两地结对帮扶工作70", "周年，两地干部群众共同举办纪念活动。", "对口支援情谊长",
                 id="number-anniversary"),
    pytest.param(_SUPPORT_LEAD, "对口支援县近日又选派了12", "名医生到乡镇卫生院坐诊，服务群众一千多人次。", "对口支援情谊长",
                 id="number-measure-word"),
    # The full line names a post; `兼` joins the same person's second post. No line opens on it.
    pytest.param("县文化馆与友好城市合办的民间艺术展昨日开幕，展出剪纸、刺绣等作品两百余件。", "友好城市驻县文化交流处参赞",
                 "兼民间艺术展策展人李明介绍，展品都出自两地艺人之手。", "民间艺术展开幕", id="second-post"),
    # The full line ends on a post, the next one opens with its holder's name.
    pytest.param(_SUPPORT_LEAD, "县农业农村委员会办公室主任", "王建国介绍，今年全县将新建高标准农田五万亩。", "对口支援情谊长",
                 id="post-and-holder"),
    pytest.param(_SUPPORT_LEAD, "倡议书由友好城市大学的教授", "马修·科尔曼等人发起，呼吁两地加强合作。", "对口支援情谊长",
                 id="post-and-foreign-holder"),
    # The full line opens the frame of `在`, the next one's first clause closes it (`…时，`).
    pytest.param(_SUPPORT_LEAD, "副县长王建国在参加帮扶工作", "座谈会时说，两地要把产业合作做实做细。", "对口支援情谊长",
                 id="frame-of-zai"),
    # The full line opens with a preposition whose adverbial the next line's first clause
    # closes with a comma (`随着…` / `…，`).
    pytest.param(_SUPPORT_LEAD, "随着两地共建产业园区的建成", "正式运营，一批合作项目陆续落地见效。", "对口支援情谊长",
                 id="frame-of-suizhe"),
    # The full line ends on a preposition or a conjunction: no heading ends on a word that
    # waits for the next one.
    pytest.param(_CRAFTS_LEAD, "县图书馆推出的文创笔记本在", "读者中有口皆碑，两个月卖出三千多本。", "古籍纹样走上文创笔记本",
                 id="preposition"),
    pytest.param(_CRAFTS_LEAD, "读者对文创的设计明确认可和", "喜爱的程度超出了馆里的预期。", "古籍纹样走上文创笔记本",
                 id="conjunction"),
    # The next line opens with a bracket that glosses the last word (a currency, a short name)
    # and then a particle: `（…）的` opens no paragraph and no headline, as `的` alone does not.
    pytest.param(_SUPPORT_LEAD, "企业共获外方投资三百万美元", "（1美元约合7元人民币）的技术改造资金。", "对口支援情谊长",
                 id="gloss-then-particle"),
])
def test_a_full_line_between_blank_lines_goes_on_into_what_no_line_opens_with(lead, first, rest, title):
    assert_full_line_goes_on_across_a_blank(lead, first, rest, title)


def test_a_full_line_that_the_next_line_goes_on_with_a_particle_is_no_headline():
    # Column-wrapped at 17, headlines after their bodies, blank lines at random breaks: a
    # paragraph's first line stands between two blank lines, unpunctuated and as wide as the
    # column; the line after it opens with `的`, which opens no paragraph and no headline.
    lines = column_lines("展厅里陈列的清代年画、民国剪纸和当代农民画，都是近年从民间征集来的珍贵藏品。", 17)

    def assert_goes_on(broken: list[str], joined: str) -> None:
        page = "\n".join([*lines, "", broken[0], "", *broken[1:], "", "从年画看年俗变迁", "",
                          *column_lines(POTATO_TEXT, 17), "", POTATO_TITLE]) + "\n"
        assert_story_then_potatoes(page, "从年画看年俗变迁", joined)

    broken = column_lines("县馆新近征集的清代木刻年画上所描绘的“门神”“灶君”都是当地百姓过年张贴的，展厅里都能见到实物。", 17)
    assert broken[0] == "县馆新近征集的清代木刻年画上所描绘" and broken[1].startswith("的")
    assert_goes_on(broken, "年画上所描绘的“门神”")
    # Nor does a line end inside a foreign name (`…卡洛斯·门` / `多萨表示，…`).
    named = column_lines("秘鲁利马大学经济系副主任卡洛斯·门多萨表示，两国合作让当地农民的咖啡卖上了好价钱。", 17)
    assert named[0].endswith("卡洛斯·门")
    assert_goes_on(named, "卡洛斯·门多萨表示")
    # Or right before its dot (`…经济学家胡安` / `·罗德里格斯表示，…`), a post and a name filling the
    # column as a round-up's speaker line does.
    named = column_lines("厄瓜多尔农业协会的首席经济学家胡安·罗德里格斯表示，中国市场让当地香蕉出口有了新的增长点。", 17)
    assert named[0] == "厄瓜多尔农业协会的首席经济学家胡安" and named[1].startswith("·")
    assert_goes_on(named, "经济学家胡安·罗德里格斯表示")
    # Nor on `的` before a blank line (`…智能灌溉的推广应用加快了传统农业的` / `转型升级，…`).
    ending = column_lines("智能灌溉的推广应用加快了传统农业的转型升级，也带动了农机服务业的发展。", 17)
    assert ending[0].endswith("的")
    assert_goes_on(ending, "加快了传统农业的转型升级")


def test_a_line_broken_off_a_paragraph_inside_a_word_joins_it_and_a_headline_stays():
    def items(*blocks: str):
        return [classify_line(block, 1, False) for block in blocks]

    story = "物业公司对我们的工作还不够了解。"
    joined = resolve_captions(items(story, "为了凝聚力的问题，我还经常组", "织党员到红岩革命纪念馆等地方听革命故事。"), False)
    assert [item.text for item in joined] == [story, "为了凝聚力的问题，我还经常组织党员到红岩革命纪念馆等地方听革命故事。"]
    # `发近` is no word, and `近段时间` opens a sentence: a headline over the next story.
    kept = resolve_captions(items(story, "守护群众健康，防疾病于未发", "近段时间，我市一些社区药店开通了线上问诊。"), False)
    assert [item.role for item in kept] == ["para", "candidate", "para"]


LINE_BY_LINE_STORIES = [
    ("城南镇大棚土豆产量高出三成",
     ["城南镇的土豆今年不用土也能种，大棚里的土豆苗长在营养液里，一亩产量比露天种植高出三成，全镇已有二十多户农民试种。",
      "镇农业服务中心负责人介绍，这项技术明年将在全镇推广，带动更多农户增收，镇里还将为试种农户提供技术指导和销售渠道。",
      "试种农户王建华说，大棚土豆不怕旱涝，上市比露天土豆早一个月，每斤能多卖五毛钱，今年他家的收入比去年多了两万元。"]),
    ("全区学校转入“常态防控”新阶段",  # one letter short of the 16-letter column
     ["区疫情防控指挥部通报，截至5月6日零时，全区24小时内无新增确诊病例，已连续六十天保持零新增，累计治愈出院病例18例。",
      "区教委决定自6日起将校园防控从“应急状态”转为“常态防控”，学校将分阶段开学，图书馆和体育馆陆续开放。",
      "区教委表示，师生进出校园仍须测温登记、勤洗手并保持适当距离，出现发热咳嗽时应及时就医并向学校报告，不带病上课。",
      "据介绍，各校按年级分批返校，毕业年级最先复课，各校还将实行错峰上下学和分餐就餐，减少人员聚集。"]),
    ("两地渔政在界河上开展第八次联合巡查",  # one letter wider than the column
     ["区农业综合执法支队5日发布消息说，两地渔政执法人员5日在界河水域进行联合巡查，这是双方今年开展的第八次联合巡查。",
      "消息说，参加此次联合巡查的执法船艇有6艘，巡查期间未发现违规捕捞行为，双方将继续按照协议开展巡查。",
      "今年3月，两地农业部门就界河禁渔期管理达成协议，决定在界河上下游各6公里范围内设立禁捕区并开展联合巡查。"]),
]


def line_by_line_page(stories) -> str:
    """Copied line by line from a PDF viewer: every printed line a line, no blank lines, no
    indents, each line of text exactly 16 letters; a headline's lines as they are."""
    lines = []
    for title, paragraphs in stories:
        lines.extend(title.split("\n"))
        for paragraph in paragraphs:
            lines.extend(column_lines(paragraph))
    return "\n".join(lines) + "\n"


def test_on_a_page_wrapped_by_letter_count_a_line_one_letter_short_after_a_sentence_is_a_headline():
    # The second headline is 15 letters wide, the third 17.
    page = line_by_line_page
    titles = [title for title, _ in LINE_BY_LINE_STORIES]
    assert [article.title for article in cut(page(LINE_BY_LINE_STORIES))] == titles
    # A line wrapped on the spaces after a dateline, which the copy keeps at its end, was full.
    (title, paragraphs), *others = reversed(LINE_BY_LINE_STORIES)
    dated = [*reversed(others), (title, ["新华社重庆市江州区5月5日电\xa0\xa0（记者）" + paragraphs[0], *paragraphs[1:]])]
    articles = cut(page(dated))
    assert [article.title for article in articles] == titles
    assert articles[2].text.startswith("新华社重庆市江州区5月5日电（记者）区农业综合")


LOGISTICS = ("江州物流之困：一边订单爆满，一边司机难招",
             ["开业三年、扩建两次，又停工半年，城西物流园的货车司机越来越难招，不少订单只能推给外地车队。",
              "园区负责人说，今年快递业务量增长三成，司机却少了一成，企业正在提高待遇、改善宿舍条件留人。"])


@pytest.mark.parametrize("headlines_after", [False, True])
def test_a_headline_of_clauses_wider_than_the_column_runs_into_no_full_line_of_text(headlines_after):
    # A line wider than the column right after a finished sentence, with clause marks and no
    # stop, is a headline set across columns: the full line under it is the text's first (or
    # the next story's), not its wrap. Before, on a page too short to show that it was wrapped
    # by letter count, a headline with a comma took the line under it. (A line of text may be
    # wider than the column where a copy wraps unevenly, but then it goes on a sentence.)
    assert len(LOGISTICS[0]) > 16 and len(column_lines(LOGISTICS[1][0])[0]) == 16
    stories = [LOGISTICS, LINE_BY_LINE_STORIES[0]] if headlines_after else [LINE_BY_LINE_STORIES[0], LOGISTICS]
    lines = []
    for title, paragraphs in stories:
        body = [line for paragraph in paragraphs for line in column_lines(paragraph)]
        lines.extend(body + [title] if headlines_after else [title] + body)
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles] == [title for title, _ in stories]
    assert [a.text[:10] for a in articles] == [paragraphs[0][:10] for _, paragraphs in stories]


@pytest.mark.parametrize("note", ["（王明）", "（完）"])
def test_a_story_closing_on_a_note_after_its_last_sentence_ends_before_a_headline_of_clauses(note):
    # The story's last sentence signed by its writer (`…。（王明）`) or marked as the wire's end
    # (`…。（完）`) finishes it as a stop does: the line wider than the column after it stands
    # alone, a headline of clauses, and the full line under it is that story's first. Before,
    # the headline ran into the text under it after a writer's name, and into the story above
    # after `（完）`.
    title, paragraphs = LINE_BY_LINE_STORIES[0]
    signed = [*paragraphs[:-1], paragraphs[-1] + note]
    lines = [title] + [line for paragraph in signed for line in column_lines(paragraph)]
    lines += [LOGISTICS[0]] + [line for paragraph in LOGISTICS[1] for line in column_lines(paragraph)]
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles] == [title, LOGISTICS[0]]
    assert articles[0].text.endswith("两万元。" + note)
    assert articles[1].text.startswith(LOGISTICS[1][0][:10])


def test_a_wrap_that_cuts_a_line_of_text_after_figures_in_brackets_is_no_headline_with_a_column_tag():
    # `眼下全院都向机电2101(05)` fills the column and opens after a finished sentence: a column tag
    # would make it a headline (`…（今日谈）`), but a column has a name, and `(05)` is a class's
    # number that the wrap cut off its text. Before, it headed a story of its own.
    title = "江州职院学生技能大赛获奖"
    paragraphs = ["江州职业技术学院机电专业学生在全国职业院校技能大赛中获得一等奖，这是学院第三次获得该项比赛的最高奖项。",
                  "眼下全院都向机电2101(05)班看齐，许多学生利用课余时间走进实训车间练习技能。"]
    assert column_lines(paragraphs[1])[0] == "眼下全院都向机电2101(05)"
    stories = [LINE_BY_LINE_STORIES[0], (title, paragraphs)]
    lines = [line for head, body in stories for line in [head] + [row for text in body for row in column_lines(text)]]
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles] == [LINE_BY_LINE_STORIES[0][0], title]
    assert "2101(05)班看齐，" in articles[1].text


def test_a_headline_exactly_as_wide_as_the_column_whose_words_its_lead_says_again_is_no_wrap():
    # Wrapped at 16 letters with no blank lines, a headline of 16 letters after a finished
    # sentence looks like the first line of a paragraph; but the text under it opens as a lead
    # (who, then the day, past the first line: `…负责人王` / `明今天介绍，…`) and says its words
    # again (`公交首末站12个`). Before, the headline ran into its lead.
    title = "江州城西今年新建公交首末站12个"
    lead = "城西片区建设指挥部办公室负责人王明今天介绍，今年片区新建公交首末站12个，新开通公交线路5条，居民步行十分钟就能坐上公交。"
    assert len(title) == 16
    stories = [LINE_BY_LINE_STORIES[0], (title, [lead, LINE_BY_LINE_STORIES[1][1][1]])]
    lines = [line for head, body in stories for line in [head] + [row for text in body for row in column_lines(text)]]
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles] == [LINE_BY_LINE_STORIES[0][0], title]
    assert articles[1].text.startswith("城西片区建设指挥部")


def test_a_headline_exactly_as_wide_as_the_column_over_its_subtitle_stands_apart_from_both():
    # Wrapped at 13 letters with no blank lines, a headline of 13 letters after a finished
    # sentence would run on into its subtitle, which ends short of the column on no stop, and the
    # two would read as one paragraph of the story before. The subtitle's words are the text's
    # under it (`口袋公园`, `居民`), not the paragraph's above. Its last line is short of the
    # column, where no paragraph of text ends on no stop.
    market = ["江州滨河夜市日前重新开张，两百多个摊位沿河排开，吸引市民前来逛吃，夜市管理方增设了垃圾分类点和临时停车位。",
              "摊主们说，夜市重开以后生意一天比一天好，周末晚上的客流比平时多了一倍，大家都盼着夜市越办越红火。"]
    headline = "建好口袋公园，留住城市绿意"
    subtitle = "拆违建、补绿地、添座椅，让居民出门见绿、抬脚进园、歇脚有处"
    parks = ["今年以来，江州城区利用边角地新建口袋公园二十四个，居民步行五分钟就能走进一处口袋公园。",
             "城区园林部门负责人介绍，口袋公园的选址先听居民意见，建成后由社区志愿者帮助管护，明年还将再建三十个。"]
    assert len(headline) == 13 and len(subtitle) % 13
    lines = [_wrap(text, 13) for text in ["江州滨河夜市重新开张", *market, headline, subtitle, *parks]]
    first, second = cut("\n".join(lines) + "\n")
    assert first.title == "江州滨河夜市重新开张"
    assert "口袋公园" not in first.text and first.text.endswith("越办越红火。")
    assert second.title.startswith(headline)  # the subtitle, set with no dash, may read as the title's second line
    assert second.paragraphs[0].startswith("今年以来")


def test_where_blank_lines_part_stories_after_their_headlines_a_long_title_with_an_exclamation_inside_heads_its_story():
    # Headlines follow their stories and a blank line follows each headline, nowhere else. A long
    # web title with an exclamation inside reads as a line of text that ends no sentence: before,
    # it was joined across the blank line to the next story's first paragraph as a broken
    # paragraph, and its story ran into the one before.
    title = "本周六起，超30家摊位推出半价菜品！5·20滨河夜市送出“美食大礼包”"
    stories = [TRAILING_STORIES[0], (TRAILING_STORIES[2][0], [title]), (LOGISTICS[1], [LOGISTICS[0]]), TRAILING_STORIES[1]]
    page = "\n\n".join("\n".join(body + heads) for body, heads in stories)
    articles = cut(page + "\n")
    assert [a.title for a in articles] == ["一季度经济运行开局良好", title, LOGISTICS[0], "老旧小区加装电梯86部"]
    assert articles[1].text.endswith("延长一个小时。") and articles[2].text.startswith("开业三年")


def test_on_a_page_wrapped_by_letter_count_a_line_wider_than_the_column_is_a_headline_line():
    # A headline of two lines, the first exactly as wide as the column, the second one letter
    # wider: no line of text is wider, so the second is no wrap of text and the text is no part of it.
    headline = ["城北街道“三社联动”服务社区居民", "社区志愿服务队伍扩大到两千多人规模"]
    assert [len(line) for line in headline] == [16, 17]
    stories = [*LINE_BY_LINE_STORIES, ("\n".join(headline), [
        "今年以来，城北街道推动社区、社会组织、社会工作者联动，为辖区居民提供养老、托幼、助残等服务一万多人次。",
        "街道还建立了志愿服务积分制度，居民参加志愿服务可以兑换生活用品，参与的居民越来越多。"])]
    articles = cut(line_by_line_page(stories))
    assert [article.title for article in articles][:3] == [title for title, _ in LINE_BY_LINE_STORIES]
    assert articles[3].title == " ".join(headline) and articles[3].text.startswith("今年以来，城北街道")


@pytest.mark.parametrize("headlines_after", [False, True])
def test_a_header_line_that_fills_the_column_over_a_shorter_one_wrapped_there(headlines_after):
    # Copied line by line at 18 letters: a section heading of 20 letters wraps after 18 at a
    # word's end (`以国际合作为契机 服务跨境电商高质量` / `发展`), where the author did not break
    # it; it had been joined with a space, as two header lines are. A headline whose first line
    # fills the column but closes on its column tag, and a subtitle under it, are no such wrap.
    heading = "以国际合作为契机 服务跨境电商高质量发展"
    headline = "全区春耕生产工作有序推进（一线调研）"
    assert len(heading) == 20 and len(headline) == 18
    college_text = [*column_lines("区职业学院今年与十家外贸企业共建跨境电商实训基地，招收学生三百多名。", 18),
                    heading[:18], heading[18:], *column_lines("学院还与东南亚国家的职业院校合作办学，今年招收了二十一名留学生。", 18)]
    stories = [(["区职业学院培养跨境电商人才"], college_text), ([headline, "——各镇抢抓农时备耕"], column_lines(POTATO_TEXT, 18))]
    lines = [line for heads, text in stories for line in ([*text, *heads] if headlines_after else [*heads, *text])]
    articles = cut("\n".join(lines) + "\n")
    # Where headlines follow their stories, a lone heading is the first paragraph's headline.
    assert heading in [a.title for a in articles] + [p for a in articles for p in a.paragraphs]
    assert (articles[-1].title, articles[-1].subtitle) == (headline, "各镇抢抓农时备耕")


def test_on_a_page_wrapped_by_letter_count_a_line_two_past_the_column_closing_on_a_quote_is_a_headline():
    # A headline of 18 letters on a column of 16 that closes on a quotation mark is past the
    # column by more than the one closing mark a line of text hangs there: the line of text
    # under it, full, had been read as its wrap.
    headline = "区职业学院培养高技能人才“学以致用”"
    assert len(headline) == 18
    stories = [*LINE_BY_LINE_STORIES, (headline, [
        "不久前，区职业学院与本地企业共建实训基地，把课堂搬进车间，学生毕业就能上岗。",
        "今年的毕业生还没离校，就被企业预订一空，学院明年将再开设三个订单班。"])]
    articles = cut(line_by_line_page(stories))
    assert [article.title for article in articles] == [title for title, _ in stories]
    assert articles[-1].text.startswith("不久前，区职业学院"), articles[-1].text


def test_on_a_page_wrapped_by_letter_count_a_tagged_headline_line_with_a_comma_is_no_text():
    # Headlines after their bodies: a headline line as wide as the column, then one wider with
    # a comma and a column tag; the next story opens with a full line of text with a comma.
    headline = ["城北街道“三社联动”服务社区居民", "志愿服务到门口，居民办事少跑腿（一线探民生）"]
    assert len(headline[0]) == 16 and len(headline[1]) > 16
    stories = [("\n".join(headline), [
        "今年以来，城北街道推动社区、社会组织、社会工作者联动，为辖区居民提供养老、托幼、助残等服务一万多人次。",
        "街道还建立了志愿服务积分制度，居民参加志愿服务可以兑换生活用品，参与的居民越来越多。"]),
        (POTATO_TITLE, [POTATO_TEXT, "这项技术明年将在全镇推广，带动更多农户增收。"])]
    lines = []
    for title, paragraphs in stories:  # each body, then its headline's lines
        for paragraph in paragraphs:
            lines.extend(column_lines(paragraph))
        lines.extend(title.split("\n"))
    articles = cut("\n".join(lines) + "\n")
    assert [article.title for article in articles] == [" ".join(headline), POTATO_TITLE]
    assert articles[1].text.startswith("城南镇的土豆") and "一线探民生" not in articles[1].text


def test_on_a_page_copied_line_by_line_a_headline_as_wide_as_the_column_over_a_dated_opening():
    # Letter-count lines of 16, no blank lines, headlines after their bodies: the headline
    # fills the column exactly and ends no sentence, like a line of text, but the next story
    # opens with its date (`2020年5月9日，…`), which no unpunctuated line runs on into.
    headline = "城北街道三社联动服务社区居民群众"
    assert len(headline) == 16
    stories = [(headline, [
        "今年以来，城北街道推动社区、社会组织、社会工作者联动，为辖区居民提供养老、托幼、助残等服务一万多人次。",
        "街道还建立了志愿服务积分制度，居民参加志愿服务可以兑换生活用品，参与的居民越来越多。"]),
        (POTATO_TITLE, ["2020年5月9日，" + POTATO_TEXT, "这项技术明年将在全镇推广，带动更多农户增收。"])]
    lines = []
    for title, paragraphs in stories:  # each body, then its headline
        for paragraph in paragraphs:
            lines.extend(column_lines(paragraph))
        lines.append(title)
    articles = cut("\n".join(lines) + "\n")
    assert [article.title for article in articles] == [headline, POTATO_TITLE]
    assert articles[1].text.startswith("2020年5月9日，城南镇的土豆")


def test_a_section_heading_that_restates_the_lead_inside_a_story_printed_before_its_headline():
    page = "\n\n".join(_wrap(block, 16) for block in [
        "6月起，市生态环境局将开展夏季臭氧污染治理帮扶，治理将聚焦城南、城北两个工业园区和周边的印刷、涂装企业。",
        "近年来，全市空气质量总体向好，臭氧浓度却逐年走高，夏季臭氧超标天数占全年超标天数的一半以上。",
        "市生态环境局有关负责人介绍，臭氧浓度上升有三方面原因：挥发性有机物排放量大、夏季高温少雨、区域传输影响明显。",
        "去年夏季，全市臭氧超标天数达到二十多天，成为影响空气质量优良天数比例的主要因素。",
        "治理将聚焦城南、城北两个工业园区和周边的印刷、涂装企业",
        "臭氧浓度过高会伤害人的眼睛和呼吸道，超标天数增多已成为拉低全市优良天数的头号因素。",
        "帮扶工作组将逐一上门，帮助查找臭氧污染治理中的问题，推动使用低挥发性原料，切实减少挥发性有机物排放。",
        "全市开展夏季臭氧污染治理帮扶",
        POTATO_TEXT,
        "这项技术明年将在全镇推广，带动更多农户增收。",
        POTATO_TITLE,
    ]) + "\n"
    assert_story_then_potatoes(page, "全市开展夏季臭氧污染治理帮扶", "帮扶工作组将逐一上门")


def test_a_credit_wrapped_inside_a_word_on_a_page_copied_line_by_line_is_no_headline():
    lines = ["社区公交线路今起开通"]
    lines += column_lines("本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区，居民出行更方便。")
    lines += column_lines("新线路采用新能源车辆，早晚高峰发车间隔十分钟，票价一元，老年人凭卡免费乘坐。")
    lines += column_lines("李明 图片由城南镇人民政府宣传办公室提供")  # `…宣传办` / `公室提供`
    lines += [POTATO_TITLE] + column_lines(POTATO_TEXT)
    lines += column_lines("这项技术明年将在全镇推广，带动更多农户增收，镇里还将为试种农户提供技术指导和销售渠道。")
    first, second = cut("\n".join(lines) + "\n")
    assert (first.title, second.title) == ("社区公交线路今起开通", POTATO_TITLE)
    assert "宣传办" not in second.text


def test_a_box_label_under_a_headline_as_wide_as_the_column_is_no_part_of_it():
    # Copied line by line: the headline fills the 16-letter column, the box's label follows.
    lines = ["“城南大棚土豆产量高出三成有奥秘”", "核心阅读"]
    lines += column_lines(POTATO_TEXT)
    lines += column_lines("这项技术明年将在全镇推广，带动更多农户增收，镇里还将为试种农户提供技术指导和销售渠道。")
    (article,) = cut("\n".join(lines) + "\n")
    assert article.title == "城南大棚土豆产量高出三成有奥秘" and "核心阅读" not in article.text


def test_credit_lines_over_the_next_headline_stay_out_of_it():
    # Copied line by line: each story closes on a credit that was never a headline's line.
    credits = ["（执笔：方明远）", "内容统筹：本报编辑 周晓岚", "陈立 王海涛摄影报道", "勾 犇图 卜 拉文"]
    titles = ["社区公交线路今起开通", "城南镇大棚土豆产量高出三成", "城北新建两座口袋公园", "老旧小区加装电梯百余部", "夜间课堂开进社区"]
    bodies = [
        "本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区，早晚高峰发车间隔十分钟，居民出行更方便。",
        "城南镇的土豆今年不用土也能种，大棚里的土豆苗长在营养液里，一亩产量比露天种植高出三成，农户增收明显。",
        "城北街道利用边角空地新建两座口袋公园，种植乔木灌木三千余株，配套健身步道和儿童游乐设施，附近居民散步有了去处。",
        "今年全区老旧小区改造加快推进，已有一百多部电梯完成加装并投入使用，住在高层的老人上下楼不再发愁。",
        "区文化馆把夜间课堂开进社区，开设书法、摄影、舞蹈等十多门课程，每周三个晚上授课，报名的年轻人越来越多。",
    ]
    lines = []
    for number, (title, body) in enumerate(zip(titles, bodies)):
        lines.append(title)
        lines += column_lines(body)
        if number < len(credits):
            lines.append(credits[number])
    articles = cut("\n".join(lines) + "\n")
    assert [article.title for article in articles] == titles
    assert articles[0].byline == "执笔：方明远"
    assert classify_line("执笔：方明远", 0, False).byline == "方明远"  # the writer's label without brackets


@pytest.mark.parametrize("signature, writer", [
    ("文/图 本报记者 赵敏", "本报记者 赵敏"),  # words and pictures by one reporter: the label is no part of the name
    ("图/文 记者 李明", "记者 李明"),
    ("文/本报记者 赵敏", "本报记者 赵敏"),
])
def test_a_writers_label_before_the_name_stays_out_of_the_byline(signature, writer):
    page = (f"小网格撬动大治理\n{signature}\n"
            "　　清晨7点，胜利路街道萱花社区网格员刘红已经走进了辖区小区，挨家挨户询问居民的难事。\n"
            "　　去年以来，街道将辖区划分为86个网格，全年解决群众诉求2300余件。\n")
    (article,) = cut(page)
    assert article.title == "小网格撬动大治理" and article.byline == writer


def test_a_box_label_under_a_headline_is_no_new_story():
    page = ("区里新开三条社区公交线路\n\n核心阅读\n\n"
            "本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区，居民出行更方便。\n\n"
            "新线路采用新能源车辆，早晚高峰发车间隔十分钟，票价一元。\n")
    (article,) = cut(page)
    assert article.title == "区里新开三条社区公交线路" and "核心阅读" not in article.text


def test_a_photo_caption_ending_in_its_credit_is_no_byline():
    page = ("# 区里新开三条社区公交线路\n\n本报记者 王芳\n\n本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区。\n\n"
            "5月19日，市民在新开通的社区公交站候车，车辆准点进站。 本报记者 李明 摄\n\n"
            "新线路早晚高峰发车间隔十分钟。\n")
    (article,) = cut(page, single=True)
    assert article.byline == "本报记者 王芳" and "候车" not in article.text


def test_plain_page_lead_ins_parallel_subheads_and_a_contact_line_stay_in_their_story():
    page = """平安建设开新局

去年以来，我市公安机关围绕平安建设，推出一批便民利民举措，群众安全感持续提升。

勇担使命，守护一方平安

平安建设离不开公安机关的坚守。全市公安机关开展夏季治安整治，街面警情同比下降两成，群众安全感明显提升。

心中有全局——

全市公安机关建立联防联控机制，跨区案件办理时限缩短一半，平安建设合力不断增强。

改革创新，提升群众满意度

公安机关推动户籍、出入境等业务网上预约，办事群众平均等待时间由半小时缩短到十分钟。

一线值守，书写“人民警察为人民”的平安答卷

疫情发生后，全市民警坚守检查站和社区卡口，连续奋战两个多月，守护了群众的平安健康。

栏目投稿邮箱：pingan@example.com

乡村书屋迎来新读者

本报讯 城南镇12个村的农家书屋近日完成改造，新增图书两万册，周末开放时间延长到晚上八点。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["平安建设开新局", "乡村书屋迎来新读者"]
    first = articles[0].text
    assert "心中有全局——" in first and "改革创新，提升群众满意度" in first
    assert "户籍、出入境等业务" in first and "pingan@example.com" in first
    # The same four-letter lead-in makes a series, however long the rest of the heading.
    assert "一线值守，书写“人民警察为人民”的平安答卷" in first and "检查站和社区卡口" in first
    assert "书屋" not in first


def test_commentators_affiliation_byline_and_photo_credits_are_not_headlines():
    page = """把好事办到群众心坎上

江州师范大学法学院副教授 李 明

如今快递包装越用越多，治理过度包装就是保护群众切身利益。

新修订的办法为此作出专门规定，明确了寄递企业的义务。

王小明摄（人民视觉）

版式设计：赵晓雯
"""
    articles = cut(page)
    assert len(articles) == 1
    article = articles[0]
    assert article.title == "把好事办到群众心坎上"
    assert "李" in (article.byline or "") and "李 明" not in article.text
    assert "人民视觉" not in article.title and "赵晓雯" not in article.title
    # A photographer's name set with a space inside (`陈  亮`) is still a credit, not a headline
    # printed after the story.
    assert classify_line("陈  亮摄（影像中国）", 0, markdown=False).role == "credit"


def test_the_pages_photo_credit_is_no_headline_of_the_story_above():
    # `本版图片来源：人民视觉` closes a page like `图片来源：…` does; on a page with headlines
    # after their bodies it used to become the title of the story above it.
    page = "\n".join([
        "有人认为，短视频平台能够通过算法推",
        "荐触达所有年龄的观众，这种力量打开",
        "了传统戏曲传播的新空间，老戏迷和年",
        "轻人都在这里相遇。",
        "",
        "充分发挥新平台优势，让戏曲真正走进",
        "年轻人的日常生活，是我们的共同使命。",
        "",
        "（作者为江州市艺术研究院研究员）",
        "本版图片来源：人民视觉",
        "",
        "短视频赋能戏曲传承创新（文艺观察）",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["短视频赋能戏曲传承创新（文艺观察）"]
    assert classify_line("本版图片来源：人民视觉", 0, markdown=False).role == "credit"


def test_a_numbered_lead_in_a_verse_and_a_column_opener_stay_inside_the_story():
    page = """书香社区建设纪事

开栏的话

本报今起开设“书香社区”栏目，记录各地社区推动全民阅读的故事。

城东社区的阅读角每天开放到晚上九点，居民借书还书都很方便，阅读角成了社区里最热闹的地方。

（二）

阅读角“升级”的故事——

今年春天，社区阅读角扩建为两层，新增儿童绘本区，社区居民自发组成志愿者队伍轮流值守。

这正是：

图书进社区，

邻里书香浓。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["书香社区建设纪事"]
    text = articles[0].text
    assert "开栏的话" not in articles[0].title and "本报今起开设" in text
    assert "阅读角“升级”的故事——" in text and "邻里书香浓" in text


def _wrap(paragraph: str, width: int = 15) -> str:
    return "\n".join(paragraph[i:i + width] for i in range(0, len(paragraph), width))


def test_wrapped_page_parts_numbered_by_a_figure_alone_stay_inside_their_story():
    # A round-up of letters in parts, each under a figure set alone (`3`), a heading and a line
    # under it, the page's headlines after their stories. The third heading names the words
    # just above it (`清单`) and its second line fills the column, so it runs into the text: the
    # heading had closed the story as its headline, and the third part became a story.
    parts = [
        ["本报记者近日走访江州区各街道社区，听取基层干部和居民对社区服务的意见建议。大家普遍反映，社区服务有了很大改进，但也有一些问题需要解决。"],
        ["1", "盼办事少跑腿", "一窗通办让群众省心省力",
         "城南街道居民王芳说，过去办理一件事要跑好几个窗口，现在社区服务中心设立了综合窗口，一次就能办好。",
         "她希望更多的事项能够在社区就近办理，让老年人少跑腿。"],
        ["2", "盼活动场地更宽敞", "老年活动室常常坐不下",
         "城北社区的老年活动室只有六十平方米，每天上午都坐得满满当当，有的老人只能站在门口看别人下棋。",
         "社区党委书记李明说，社区正在协调附近的闲置厂房，准备改建成新的活动中心，并建立活动场地预约清单。"],
        ["3", "盼建立服务清单", "不能把工作任务都推给社区去办",
         "“上个月，一个部门一周给我们派了五项任务。”一位社区干部反映，有关部门把工作交给社区，却不给经费和人员。",
         "江州区民政局负责人表示，将对基层的工作负担进行摸底，切实为社区减负。"],
    ]
    page = "\n".join(_wrap(line, 14) for part in parts for line in part) + "\n社区服务，居民有三盼（记者走基层）\n" \
        + _wrap("本报讯（记者赵雷）江州区第二届社区运动会日前开幕，来自全区四十个社区的一千二百名居民参加比赛。", 14) \
        + "\n社区运动会开幕\n"
    roundup, games = cut(page)
    assert (roundup.title, games.title) == ("社区服务，居民有三盼（记者走基层）", "社区运动会开幕")
    assert "盼建立服务清单" in roundup.text and roundup.text.endswith("切实为社区减负。")
    assert games.text.startswith("本报讯（记者赵雷）")


def test_wrapped_text_view_of_paragraphs_run_together_keeps_its_run_in_sections_in_the_story():
    # A text view ran the story's paragraphs together, parted by full-width spaces, and the copy
    # was filled to a column of 13, its headline after it. Two parts open a line with a section
    # heading run in (`网点服务下沉　　银行还在…`), as a briefs column's items do; but each holds
    # paragraphs run together, as no brief does: they are the story's sections, not two stories.
    page = "\n".join([
        "今年以来，江州农商银行围绕", "小微企业融资难题推出线上贷", "款产品，为全市两千余家小微", "企业发放贷款三十亿元。　　",
        "线上产品打通数据　　依托平", "台，银行把企业的纳税和社保", "数据接入审批系统，企业在手", "机上就能申请。　　江州一家",
        "服装厂负责人说，过去去银行", "办贷款都要准备一大摞材料，", "现在动动手指就办好了。　　", "网点服务下沉　　银行还在工",
        "业园区设立了十个金融服务站", "，客户经理每周驻点服务，帮", "助企业解决难题。　　截至目", "前，服务站已走访企业八百余",
        "家，解决融资需求五亿多元。", "江州农商银行线上贷款助小微企业",
        "本报讯（记者钱进）江州市第", "三届职工技能大赛日前落幕，", "来自全市各行业的五百名职工", "同台竞技。", "职工技能大赛落幕",
    ]) + "\n"
    bank, contest = cut(page)
    assert (bank.title, contest.title) == ("江州农商银行线上贷款助小微企业", "职工技能大赛落幕")
    assert bank.paragraphs[0].startswith("今年以来") and bank.text.endswith("解决融资需求五亿多元。")
    assert [bank.paragraphs[index] for index in bank.headings] == ["线上产品打通数据", "网点服务下沉"]


def test_wrapped_page_subheads_with_one_opening_stay_inside_and_numbers_rejoin_whole():
    paragraphs = [
        "近年来，区职业教育中心坚持产教融合，累计为本地企业输送技能人才3200余名，就业率保持在95%以上。",
        "以订单班为载体 培养紧缺技能人才",
        "中心与本地企业联合开设订单班，企业工程师走进课堂，学生年近20岁就能独立操作数控设备。",
        "以竞赛为抓手 检验教学成效",
        "学生在全市职业技能大赛中获得一等奖5个，参赛项目覆盖数控、电工、物流等专业。",
        "以产业需求为导向 校企共建实训基地",
        "中心今年新建实训基地3个，实训工位增加到1200个，企业捐赠设备价值800万元。",
    ]
    page = "\n\n".join(_wrap(p) if p.endswith("。") else p for p in paragraphs) + "\n\n深化产教融合 职教中心为企业输送技能人才\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["深化产教融合 职教中心为企业输送技能人才"]
    text = articles[0].text
    assert "以竞赛为抓手 检验教学成效" in text and "以产业需求为导向 校企共建实训基地" in text
    assert "3200余名" in text and "年近20岁" in text and "1200个" in text


@pytest.mark.parametrize("credit", ["", "\n\n版式设计：王明"])
def test_wrapped_page_of_statements_with_headlines_set_alike_keeps_each_story(credit):
    # Headlines set alike after each body, the page's last among them: a page of statements, not
    # subheads; the page's layout credit under its last story does not make the others subheads.
    bodies = ["\n\n".join(_wrap(p) for p in body) for body, _ in STATEMENTS]
    bodies[-1] += credit
    page = "\n\n".join(body + "\n\n" + headline for body, (_, headline) in zip(bodies, STATEMENTS)) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [headline for _, headline in STATEMENTS]
    assert all(body[0][:10] in a.text and body[-1][-10:] in a.text for (body, _), a in zip(STATEMENTS, articles))


STATEMENTS = [  # three companies' statements on one theme: their words overlap, as such pages do
    (["品牌建设离不开创新，我们坚持自主创新，以质量塑造品牌，让中国品牌赢得世界用户的信任。",
      "面向未来，企业将把创新和质量作为品牌的生命线，推动中国产品向中国品牌转变。"], "坚持自主创新 锻造品牌实力"),
    (["质量是品牌的根本，企业坚持创新驱动，以质量守护品牌，让中国品牌赢得消费者的信任。",
      "今年，企业将继续加大创新投入，以高质量产品推动中国产品向中国品牌转变。"], "守牢质量底线 诠释责任担当"),
    (["品牌连着民生，企业坚持创新服务，以质量成就品牌，让中国品牌赢得更多用户的信任。",
      "我们将以创新提升质量，让品牌服务百姓生活，推动中国产品向中国品牌转变。"], "服务百姓生活 传播美好内容"),
]


def test_a_layout_credit_closes_the_story_whose_sections_are_set_like_the_headline_after_it():
    # Headlines after their bodies: a travel feature's sections are set `一X …与…的…`, eight
    # letters, and its headline after the layout credit is eight letters too. It had been read
    # as one more section, and the next story as the rest of the feature.
    feature = ["春天的清溪镇，游人又多了起来。仅清明小长假，全镇就接待游客三万多人次。", "一村 新与旧的交汇",
               "清溪老街地处山间谷地，一条小河穿街而过，两岸是保存完好的明清民居。", "一河 清与净的回归",
               "沿着小河往上走，河水清澈见底，几年前这里还是一条臭水沟，如今成了网红打卡地。",
               "版式设计：王明", "山水清溪 如画田园"]
    other = ["第十届城南桃花节开幕，十里桃林竞相开放，吸引了周边城市的大批游客。",
             "桃花节期间，城南镇还推出了农家乐、采摘游等活动，带动村民增收。", "城南十里桃林迎来八方游客"]
    articles = cut("\n\n".join(_wrap(line) for line in feature + other) + "\n")
    assert [a.title for a in articles] == ["山水清溪 如画田园", "城南十里桃林迎来八方游客"]
    assert len(articles[0].headings) == 2 and articles[1].text.startswith("第十届城南桃花节")


def test_plain_page_of_statements_with_headlines_set_alike_keeps_each_story():
    # The same page copied without blank lines, headlines above the bodies: each headline is set
    # like the page's first one, so none is read as a section of the story before it.
    page = "\n".join(headline + "\n" + "\n".join(body) for body, headline in STATEMENTS) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [headline for _, headline in STATEMENTS]
    assert all(body[0][:10] in a.text and body[-1][-10:] in a.text for (body, _), a in zip(STATEMENTS, articles))


def test_wrapped_headline_as_wide_as_the_column_stays_apart_from_the_story_below():
    first = "网络成为推介农产品的重要渠道，农民们在直播间卖货，顾客在家就能下单。"
    headline = "从田间到云端：寻找增收新路子"  # 14 letters: a full line of a 14-letter column
    second = _wrap("二〇一七年起，国务院将每年的五月十日设立为中国品牌日，品牌设计成为高频关键词。", 14)
    # A paragraph of the seeds whose first line stands before a blank: it goes on after it.
    third = "日前，国网重庆永川供电公司\n\n启动技能大练兵，八名青年骨干齐\n聚变电站比武。"
    page = "\n\n".join([_wrap(first, 14), headline, second, third, "品牌设计的新机遇"]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [headline, "品牌设计的新机遇"]
    assert articles[1].text.startswith("二〇一七年起") and "日前，国网重庆永川供电公司启动技能大练兵" in articles[1].text


def test_wrapped_paragraph_parted_by_a_caption_runs_on_after_it():
    # The paragraph stops on 但, which ends no sentence: the line after it is a photo caption set in it.
    page = "\n\n".join([
        _wrap("我是小区物业经理，做物业工作已经八年。第一次参加联席会，我心想这不就是一个挨骂会吗？果然挨骂了。但"),
        "新亚洲小区党建物业服务联席会现场",
        _wrap("我们也据理力争，把难处全部讲了出来。大家商量出了办法，小区的停车难题很快解决了。"),
        "物业经理：我在业主中的口碑比在公司好",
    ]) + "\n"
    article, = cut(page)
    assert article.title == "物业经理：我在业主中的口碑比在公司好"
    assert "果然挨骂了。但我们也据理力争，" in article.text and "联席会现场" not in article.text


def test_wrapped_headline_and_its_reporter_line_stay_two_lines():
    body = _wrap("新修订的条例为街道做好基层治理提供了基本遵循，全区街道将组织干部系统学习，确保条例落地见效。")
    page = body + "\n\n" + _wrap("各街道把学习条例作为重要任务，开展专题培训，覆盖全体社区干部。") + "\n\n夯实基础，提升治理效能\n本报记者 王 磊\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["夯实基础，提升治理效能"]
    assert articles[0].byline and "王" in articles[0].byline


def test_a_short_wrapped_line_ends_even_where_a_word_would_span_the_join():
    # `丁立伟` + `云观展` reads as the word `丁立伟云`: the credit line is short all the same.
    first = _wrap("以诗入画，是农民画的特色。近年来，不少画师亦是能写会画、诗画兼通，乡土气息代代相传。")
    second = _wrap("今年的文化和自然遗产日聚焦非遗保护传承的新思路，各地文化馆纷纷推出线上展览，吸引更多年轻观众。")
    page = first + "\n\n打通诗画乡土界限（艺术漫谈）\n\n" + second + "\n\n版式设计：丁立伟\n\n云观展：打开乡村文化新窗口\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["打通诗画乡土界限（艺术漫谈）", "云观展：打开乡村文化新窗口"]
    assert "丁立伟" not in articles[-1].title and articles[-1].text.endswith("吸引更多年轻观众。")
    # In a column 12 marks wide the credit line is nearly full, and still a line of its own.
    narrow = "\n\n".join([_wrap(first.replace("\n", ""), 12), "打通诗画乡土界限（艺术漫谈）", _wrap(second.replace("\n", ""), 12),
                          "版式设计：丁立伟", "云观展：打开乡村文化新窗口"]) + "\n"
    articles = cut(narrow)
    assert [a.title for a in articles] == ["打通诗画乡土界限（艺术漫谈）", "云观展：打开乡村文化新窗口"]


def test_a_wrapped_line_that_is_one_bracket_stands_alone():
    # `（本报记者王芳、李强整理）` closes its story; it used to run on into the next story's header lines.
    page = ("产业扶贫让群众增收\n\n" + _wrap("今年以来，我们通过直播带货打开销路，帮助村民把土特产卖出大山，村民收入明显增加。") +
            "\n\n（本报记者王芳、李强整理）\n\n青山县县长李华代表：\n\n乡村新业态助力农民增收\n\n" +
            _wrap("青山县依托民族文化和山水资源发展乡村旅游，去年接待游客三百多万人次，带动两万多名群众增收。") + "\n")
    first, second = cut(page)
    assert first.byline == "本报记者王芳、李强整理"
    assert second.title.endswith("乡村新业态助力农民增收") and second.text.startswith("青山县依托民族文化")


def test_a_wrapped_headline_closed_by_its_column_tag_stands_alone_before_a_blank_line():
    page = ("物业条例，护航美好生活（法治视点）\n\n" + _wrap("物业管理条例被称为小区生活的说明书，是城市基层治理走向法治化的重要标志。") +
            "\n\n" + _wrap("各街道把学习条例作为重要任务，开展专题培训，覆盖全体社区干部，确保条例落地见效。") +
            "\n\n" + _wrap("司法行政机关将组织普法讲师团深入社区、楼栋和物业公司，用群众听得懂的语言讲好条例故事。") + "\n")
    (article,) = cut(page)
    assert article.title == "物业条例，护航美好生活（法治视点）"
    assert article.text.startswith("物业管理条例被称为小区生活的说明书")


def test_markdown_escapes_stand_for_their_marks():
    page = "# 新质生产力的理论意义\n\n新质生产力是创新起主导作用的先进生产力\\[1\\]，本质是先进生产力。\n\n文件编号为2024\\_01，见附件\\*。\n"
    article, = cut(page)
    assert "先进生产力[1]，" in article.text and "2024_01" in article.text and "附件*" in article.text
    assert "\\" not in article.text


def test_a_closing_sentence_signed_in_brackets_stays_in_the_text_and_signs_it():
    page = ("# 有坚守的你，才有安宁的家\n\n越是到防汛抢险最紧要的关头，越要凝聚信心与力量。\n\n"
            "正是有了坚守的你们，才有这座城的安宁！（评论员 罗某 萧某某）\n")
    article, = cut(page, single=True)
    assert article.text.endswith("才有这座城的安宁！（评论员罗某萧某某）")  # spaces between Chinese letters go
    assert "罗某" in (article.byline or "")


def test_a_last_paragraph_signed_with_a_name_that_is_also_words_is_no_headline_of_the_next_story():
    # `郭小林` also cuts as 郭 + 小林: alone on a line it is no sure name, but a bracket after a
    # finished sentence with clauses signs the text; a column tag stands after a headline.
    page = ("城南镇大棚土豆产量高出三成\n\n城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。\n\n"
            "这项技术明年将在全镇推广，带动更多农户增收。（郭小林）\n\n"
            "向白衣天使致敬！（今日谈）\n\n护士节前夕，社区为护士们送去了鲜花和慰问信。\n")
    first, second = cut(page)
    assert first.text.endswith("带动更多农户增收。（郭小林）") and first.byline == "郭小林"
    assert second.title == "向白衣天使致敬！（今日谈）" and not second.subtitle


def test_a_commentarys_headline_after_its_label_is_no_byline():
    # `江州日报评论员文章：…` heads a commentary, a paragraph a line: the label names the writer's
    # role, the text after its colon is the headline, and no name follows the role word.
    page = ("江州日报评论员文章：把为民办实事落到实处\n"
            "为民办实事，是检验作风建设成效的试金石。全区上下要把群众的急难愁盼作为工作的着力点。\n"
            "办实事要从小处着眼，从细处入手，让群众真切感受到变化。\n"
            "秋冬季校园安全检查全面展开\n"
            "副区长李华11日带队检查秋冬季校园安全工作，先后走访五所中小学和两所幼儿园。\n")
    first, second = cut(page)
    assert first.title == "江州日报评论员文章：把为民办实事落到实处" and first.byline is None
    assert first.text.startswith("为民办实事") and second.title == "秋冬季校园安全检查全面展开"


def test_a_headline_about_reporters_is_no_byline_and_a_round_up_keeps_its_dispatches():
    page = """区长出席新闻发布会并回答记者提问

新华社重庆5月28日电 江州区28日下午在区行政中心举行新闻发布会，区长出席并回答记者提问。

发布会持续约一个小时，区长回答了十余位记者的提问。

外长分别同两国外长通电话

本报北京5月27日电 5月26日，国务委员兼外交部长同甲国外长通电话，双方就抗疫合作交换意见。

甲国外长表示，愿同中方加强抗疫合作。

本报北京5月27日电 5月26日，国务委员兼外交部长同乙国外长通电话，双方就双边关系交换意见。

乙国外长表示，乙方坚定支持一个中国原则。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["区长出席新闻发布会并回答记者提问", "外长分别同两国外长通电话"]
    assert "乙国外长表示" in articles[1].text and articles[0].byline is None


def test_a_long_subtitle_with_commas_stays_a_subtitle_above_its_dateline():
    page = """提振企业发展信心 推进营商环境优化

——区委书记在全区优化营商环境大会上讲话，提出一系列务实举措，具有十分重要的现实和长远意义

本报江州5月18日电 5月18日上午，全区优化营商环境大会召开，多位企业家表示，这些举措体现了政府服务企业的担当。

区发展改革委主任表示，这些举措将为企业发展注入信心和力量。
"""
    article, = cut(page)
    assert article.title == "提振企业发展信心 推进营商环境优化"
    assert (article.subtitle or "").startswith("区委书记在全区优化营商环境大会上讲话")
    assert article.text.startswith("本报江州5月18日电")


def test_a_headline_of_sixty_characters_with_a_long_column_tag_is_one_header_line():
    page = """鼓干劲抓落实 全力推进乡村振兴（在奋力建设美丽乡村的新征程上——人大代表谈履职担当）

人大代表们表示，要确保完成乡村振兴年度任务，在产业上下功夫，在实效上下功夫。

“乡村振兴，要在产业上下功夫，关键是要选准致富门路。”一位村党总支书记说。
"""
    article, = cut(page)
    assert article.title.startswith("鼓干劲抓落实 全力推进乡村振兴（")
    assert article.text.startswith("人大代表们表示")


def test_wrapped_headline_naming_its_story_lead_closes_that_story():
    story = [
        "12月4日，《全市民营企业梯队建设三年行动计划》启动仪式在市民中心举行，这是全省首个助推民营企业成长的行动计划。",
        "按照部署，到2026年培育一批发展质量高、带动能力强的龙头企业，形成大中小企业协同发展的格局。",
        "在培训方面，市里将组织企业家赴高校研修，每年举办专题讲座10场以上，帮助企业经营者提升本领。",
        "在服务方面，各级部门将建立联系企业制度，定期走访，协调解决融资、用地、用工等实际困难。",
    ]
    after = [
        "近日，市委组织部、市商务局联合举办现代服务业专题讲座，全市各级部门和重点企业共400余人参加培训。",
        "讲座围绕现代服务业发展趋势、企业数字化转型等内容展开，帮助干部拓宽视野、提升本领。",
    ]
    page = "\n\n".join(_wrap(p) for p in story) + "\n\n全省首个 民营企业梯队建设三年行动计划启动\n\n" + \
        "\n\n".join(_wrap(p) for p in after) + "\n\n推动经济高质量发展 市里举办现代服务业专题讲座\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["全省首个 民营企业梯队建设三年行动计划启动", "推动经济高质量发展 市里举办现代服务业专题讲座"]
    assert "联合举办现代服务业" not in articles[0].text and "联系企业制度" in articles[0].text


def test_wrapped_page_repeated_section_heading_and_wide_headline_before_a_blank_line():
    story = [
        "“现在楼栋之间的环境整洁多了，我们出行舒心多了。”社区居民王大爷看着住了几十年的小区变美，赞叹不已。",
        "关键词 获得感 社区党组织统领作用更有力",
        "社区推行“大党委”工作机制，把辖区单位的党员吸纳进来，一起商量解决停车难、环境差等问题。",
        "关键词 安全感 平急转换运行机制更顺畅",
        "社区建立平急转换机制，网格员和下沉干部分片包干，遇到突发情况半小时内到达现场处置。",
        "关键词 获得感 社区党组织统领作用更有力",
        "关键词 认同感 助推发展质量效益更凸显",
        "社区还引导居民成立志愿服务队，参与楼栋管理，居民从旁观者变成了社区治理的参与者。",
    ]
    lines = [_wrap(p, 18) if p.endswith("。") else p for p in story]
    page = "\n\n".join(lines) + "\n\n区里有效整合各级资源，探索城市基层党建新路径\n社区“大党委”疏通基层治理“毛细血管”\n\n" + \
        _wrap("近日，在位于城南的一所职业学院，学生正在老师带领下学习操控工业机器人，学院与企业共建实训基地。", 18) + \
        "\n\n职业学院培养技能人才“学以致用”\n"
    articles = cut(page)
    # Two header lines wider than the column read as one headline wrapped across columns.
    assert [a.title for a in articles] == ["区里有效整合各级资源，探索城市基层党建新路径社区“大党委”疏通基层治理“毛细血管”",
                                           "职业学院培养技能人才“学以致用”"]
    assert "志愿服务队" in articles[0].text and "工业机器人" in articles[1].text


def test_only_short_header_runs_of_one_length_are_a_pair_of_subheads():
    from digest.assemble import _parallel_pair

    assert _parallel_pair("线上竞赛普及防疫知识", "专家讲座悉心答疑解惑")
    # Two long runs that happen to be as long: a section pair above, a kicker and headline below.
    assert not _parallel_pair("关键词 获得感 基层党组织统领作用更有力 关键词 认同感 助推发展质量效益更凸显",
                              "綦江有效整合各级资源，探索城市基层党建新路径 社区“大党委”疏通基层治理“毛细血管”")


def test_headlines_after_news_stories_as_long_by_chance_are_no_pair_of_subheads():
    # A paragraph a line, each headline after its story, no datelines: the first two headlines
    # are as long (13 letters) and share nothing else. The stories under them open as news leads
    # do, with who and the day (`副区长李华11日带队…`): each headline closes its own story.
    page = ("区长王刚10日在城南街道调研老旧小区改造工作，详细了解加装电梯、管网改造等项目进展。\n"
            "王刚要求，要倾听居民意见，把好事办好、实事办实，确保年底前全部完工。\n"
            "老旧小区改造惠及三千户居民\n"
            "副区长李华11日带队检查秋冬季校园安全工作，先后走访五所中小学和两所幼儿园。\n"
            "检查组重点查看了食堂、宿舍和消防设施，对发现的问题当场反馈、限期整改。\n"
            "秋冬季校园安全检查全面展开\n"
            "区政协主席陈明12日到江州工业园走访企业，听取企业对优化营商环境的意见建议。\n"
            "陈明表示，要当好企业的贴心人，帮助企业解决用工、融资等实际困难。\n"
            "区政协走访园区企业\n")
    articles = cut(page)
    assert [a.title for a in articles] == ["老旧小区改造惠及三千户居民", "秋冬季校园安全检查全面展开", "区政协走访园区企业"]
    assert articles[1].text.startswith("副区长李华11日") and articles[1].text.endswith("限期整改。")


def test_headlines_after_stories_as_long_by_chance_that_say_most_of_their_leads_are_no_pair_of_subheads():
    # The same kind of page, each headline saying three of its five words in its story's first
    # sentences and none of the text under it: headlines after stories longer than a feature's
    # lead-in, as long by chance (eleven letters). A section heading names the text under it.
    page = (
            "城南街道今年新建社区食堂三个，为辖区老年人提供助餐服务，每天供餐三百余份。食堂由街道提供场地，引入专业餐饮企业运营，菜品每周更新，荤素搭配、少油少盐，兼顾老年人的口味和健康需要。\n"
            "社区食堂实行就餐优惠，八十岁以上老人每餐补贴三元，独居和行动不便的老人还可以预约送餐上门。志愿者每天中午把饭菜送到老人家中，顺便了解老人的身体状况和生活需求。\n"
            "街道负责人说，明年还将在另外两个小区选址建设食堂，力争明年实现辖区全覆盖，让更多老年人在家门口吃上热乎饭。\n"
            "家住城南花园的李大爷今年七十八岁，老伴去世后一直一个人生活。他说，过去常常凑合一顿是一顿，现在每天中午走几分钟就能吃上可口的饭菜，还能和老伙计们聊聊天。\n"
            "据了解，全区今年计划新建和改造老年助餐点二十个，由区财政按照就餐人次给予运营补贴，确保老年助餐服务可持续。\n"
            "城南社区食堂办出好口碑\n"
            "江州职教中心与十家企业共建实训基地，首批两百名学生将于明年三月进入企业跟岗实习。实训基地按照企业真实生产线建设，学生在校期间就能接触最新的设备和工艺。\n"
            "企业负责人介绍，学校按照岗位标准培养学生，企业技术骨干定期到校授课，学生毕业就能上手，企业也省去了大量培训成本。\n"
            "职教中心负责人表示，将根据地方产业发展需要调整专业设置，新开设新能源汽车维修、智能制造等专业，每年为本地企业输送技术技能人才一千人以上。\n"
            "今年以来，全市职业院校与企业合作开设订单班三十个，毕业生就业率保持在百分之九十五以上，不少学生还没毕业就被企业预订一空。\n"
            "据介绍，实训基地还将面向社会开展职业技能培训，帮助失业人员和农村转移劳动力掌握一技之长，实现稳定就业。\n"
            "职教中心牵手企业育工匠\n"
            "城北街道组织志愿者开展秋季义诊，为居民测量血压、血糖，发放健康手册。\n"
            "义诊活动持续一周，共服务居民六百余人次。\n"
            "城北街道志愿者开展秋季义诊活动\n")
    assert [a.title for a in cut(page)] == ["城南社区食堂办出好口碑", "职教中心牵手企业育工匠", "城北街道志愿者开展秋季义诊活动"]


def test_a_features_first_section_naming_its_boxed_lead_in_stays_in_the_feature():
    # Headlines after their stories, a paragraph a line: a feature opens under a box's label
    # (`核心阅读`) with a lead-in as long as a short story, then sections. The first section's
    # heading names the lead-in and is as long as the next one by chance, as a headline after
    # its story would be; under a box's label it is the feature's first section.
    page = ("核心阅读\n"
            "开设少儿书法公益班、编写习字读本、走进乡村学校上书法课……退休后的江州中学语文教师陈秋云把一生对书法的热爱，"
            "化作了对孩子们的耐心指导，三年来带出了四百多名学生，不少孩子的作品在全市比赛中获奖。\n"
            "每周六上午，城南社区活动室里总是坐满了孩子。铺纸、研墨、握笔，陈秋云一个一个地纠正孩子们的姿势，"
            "一节课下来，嗓子常常说哑了。家长们说，孩子跟着陈老师学字，性子也变得沉稳了，有的家长干脆陪着孩子一起练。\n"
            "陈秋云从小跟着祖父练字，一练就是五十多年。当老师时，她利用课余时间教学生写字；退休以后，她有了更多时间，"
            "便决定把这件事做得更大一些，让更多孩子爱上中国字，写好中国字。临近期末，她还要给每个孩子写一份评语。"
            "如今，她教过的学生里已经有人考上了美术学院，还有人回到村里，当起了孩子们的小老师。\n"
            "退休教师情系书法\n"
            "回想起自己的成长经历，陈秋云说，小时候家里穷，买不起字帖，祖父就用树枝在地上一笔一画地教她。那段日子让她明白，坚持比天分更重要。\n"
            "开办少儿公益课堂\n"
            "“城里的孩子报班方便，乡下的孩子机会少。”陈秋云说。去年以来，她在三个村的小学开设公益课堂，每月去上两次课，还自费为孩子们买了笔墨纸砚。\n"
            "编写少儿习字读本\n"
            "她花了整整一个暑假，编写出一本习字读本，由区教育局印发到全区小学。读本从基本笔画讲起，每一页都配有她手写的范字。\n"
            "一支毛笔写出晚年精彩\n"
            + "".join(SCHOOL_CHECK_LINES) + "\n"
            "秋冬季校园安全检查全面展开\n")
    feature, _ = cut(page)
    assert feature.title == "一支毛笔写出晚年精彩" and feature.paragraphs[3] == "退休教师情系书法"
    assert feature.text.startswith("开设少儿书法公益班") and feature.text.endswith("她手写的范字。")


def test_a_page_of_headlines_set_in_one_shape_is_no_pair_alike_by_chance():
    # A page of statements, a paragraph a line, each headline of two six-letter phrases after
    # its story. The second and third headlines share no word or first letter, and the story
    # between them opens with who and the day, but they share their shape of parts: a series,
    # which runs on to the page's last headline, a page of headlines (not one story's subheads).
    page = ("三十年来，我们把每一道工序都当作手艺来做，江州老字号的招牌是一代代师傅守出来的。\n"
            "坚守匠心品质 服务千家万户\n"
            "我们把诚信写进店规，明码标价、足斤足两，回头客越来越多。\n"
            "坚持诚信经营 赢得顾客信赖\n"
            "副区长李华11日到江州食品厂调研，了解企业带动农户增收的情况。\n"
            "助力乡村振兴 彰显企业担当\n"
            "每年重阳节，我们都为社区老人送去糕点，这份心意已经坚持了十年。\n"
            "践行社会责任 彰显品牌价值\n")
    assert [a.title for a in cut(page)] == ["坚守匠心品质 服务千家万户", "坚持诚信经营 赢得顾客信赖",
                                            "助力乡村振兴 彰显企业担当", "践行社会责任 彰显品牌价值"]


def test_headlines_after_stories_as_long_by_chance_that_restate_their_leads_are_no_pair_of_subheads():
    # The same kind of page with no day in the leads: each headline says what its story's first
    # sentence says, and nothing of the text after it.
    page = ("城南街道今年新建社区食堂三个，为辖区老年人提供助餐服务，每天供餐三百余份。\n"
            "社区食堂实行老年人就餐优惠，八十岁以上老人每餐补贴三元。\n"
            "城南街道新建社区食堂三个\n"
            "江州职教中心与十家企业共建实训基地，首批两百名学生将于明年三月进入企业跟岗实习。\n"
            "企业负责人介绍，学校按照岗位标准培养学生，学生毕业就能上手。\n"
            "职教中心与企业共建实训基地\n"
            "城北街道组织志愿者开展秋季义诊，为居民测量血压、血糖，发放健康手册。\n"
            "义诊活动持续一周，共服务居民六百余人次。\n"
            "城北街道开展秋季义诊\n")
    assert [a.title for a in cut(page)] == ["城南街道新建社区食堂三个", "职教中心与企业共建实训基地", "城北街道开展秋季义诊"]


def test_a_headline_after_its_story_on_the_subject_of_the_next_closes_it_where_the_next_opens_as_news():
    # Two stories on one subject, headlines after them: the first headline says what its story
    # says first, and the text after it opens a news story with who and the day. The words they
    # share do not make the headline a section of one story.
    page = ("江州今年前三季度新增城镇就业岗位一千二百个，完成全年目标任务的百分之八十。\n"
            "从行业看，电商物流、家政服务和先进制造吸纳的人数最多。\n"
            "从人群看，高校毕业生、退役军人和农民工占到七成。\n"
            "各镇街还通过公益岗位兜底安置了一批困难人员。\n"
            "江州前三季度新增城镇就业岗位一千二百个\n"
            "区人社局局长张明10日介绍，四季度全区将新增城镇就业岗位四百个，确保完成全年任务。\n"
            "张明表示，将举办专场招聘会六场，帮助高校毕业生和农民工就业。\n"
            "区人社局发布稳就业举措\n")
    first, second = cut(page)
    assert first.title == "江州前三季度新增城镇就业岗位一千二百个" and first.text.endswith("困难人员。")
    assert second.title == "区人社局发布稳就业举措" and second.text.startswith("区人社局局长张明10日")


def test_wrapped_page_with_half_width_full_stops_keeps_its_paragraphs_and_headlines():
    first = ("区政务服务中心医保窗口近日对区人民医院的特病认定工作开展专项检查.检查结果显示,全区特病认定合格率达99%.",
             "下一步,该窗口将持续加大监管力度,为参保人员提供更优质的医疗保障服务.")
    second = ("本报讯(记者 张举成)近日,区开放大学组织21个镇街农技人员集中学习,围绕果树栽培、病虫害防治等内容开展培训.",
              "参训人员表示,将把所学知识运用到生产中,带动群众增收.")
    page = "\n\n".join(_wrap(p) for p in first) + "\n\n全区特病认定合格率达99%\n\n" + \
        "\n\n".join(_wrap(p) for p in second) + "\n\n21个镇街农技人员集中学习\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["全区特病认定合格率达99%", "21个镇街农技人员集中学习"]
    assert articles[0].paragraphs[0].endswith("合格率达99%。") and len(articles[0].paragraphs) == 2
    assert "张举成" in (articles[1].byline or "")


def test_pull_quote_printed_as_a_paragraph_is_not_joined_to_the_next():
    # A pull quote stands in the column without its full stop; the body prints the sentence
    # in full later. Joined to the next paragraph as a broken one, it lost its opening clause.
    page = ("# 小小垃圾桶里的治理学问\n\n"
            "垃圾分类不仅是改善人居环境的必然之举，更是培养文明习惯的一堂生动课\n\n"
            "小小一个垃圾桶，牵动社区治理大话题。不少小区用上了智能回收箱，投放情况能第一时间掌握。\n\n"
            "垃圾分类不仅是改善人居环境的必然之举，更是培养文明习惯的一堂生动课。"
            "下足绣花功夫，才能让好习惯落地生根。\n")
    (article,) = cut(page)
    assert article.text.startswith("小小一个垃圾桶，牵动社区治理大话题。")
    assert article.text.count("垃圾分类不仅是改善人居环境的必然之举，更是培养") == 1


def test_copy_of_a_broken_paragraphs_first_half_loses_nothing():
    # A copied page breaks a paragraph mid-word and prints its first half again below.
    # The repeat goes; the whole paragraph stays, its words joined (驻村工 + 作队).
    first_half = "路修好了，李洪中买了一辆更大的三轮摩托车，一车菜二十分钟就拉到了城里。坪漆村党支部又和驻村工"
    page = ("# 坪漆村变成桃花源\n\n不久前，坪漆村还是漫山遍野的桃花，吸引了纷至沓来的游客。\n\n"
            + first_half + "\n\n作队一起创办了微信商城，卖桃子、卖农产品。\n\n" + first_half + "\n")
    (article,) = cut(page)
    assert article.text.count("路修好了，李洪中") == 1
    assert first_half + "作队一起创办了微信商城" in article.text


def test_author_note_with_a_bracket_inside_and_a_data_credit_stay_in_the_text():
    # As a PDF page reads (Markdown headlines, no indents): closing notes are printed text, never summarized.
    page = ("# 营造公正清朗的司法环境\n\n司法机关要敢于担当，依法排除各种干扰，守护公平正义。\n\n"
            "（作者为某省人民检察院办公室（新闻办公室）主任）\n\n"
            "# 电梯装上智慧大脑\n\n全区1200部电梯接入安全监测平台，困人故障下降四成。\n\n数据来源：区市场监管局\n")
    court, lifts = cut(page)
    assert court.text.endswith("（作者为某省人民检察院办公室（新闻办公室）主任）")
    assert "作者为" not in court.body and court.title == "营造公正清朗的司法环境"
    assert lifts.text.endswith("数据来源：区市场监管局") and "数据来源" not in lifts.body


BLANK_PARTED_PAGE = """社区议事厅里议出了新车位
老小区停车难，居民坐下来商量着解决
今年以来，新城区在12个老旧小区设立居民议事厅，由社区党组织牵头，每月召开一次议事会。
停车难是居民反映最多的问题。议事会把闲置绿地改成停车位，新增车位200余个。
下一步怎么走
新城区将把议事厅推广到全区所有社区，让居民的事由居民商量着办。
（本报记者 王丽）

居民的事，要让居民商量着办
新城区的居民议事厅，让老小区停车难有了解决办法。社区党组织牵头，居民坐下来商量，议出了新车位。
居民议事厅是社区治理的好办法。社区的事由居民商量着办，办成的事居民才满意。

社区食堂开到家门口——
老人吃饭还难吗？
新城区社区食堂近日开业，每天为辖区200余名老人供应午餐。
老人刷卡就餐，一荤两素只需8元。
"""


def test_blank_lines_part_stories_on_a_page_without_indents():
    # Text copied out of an e-paper view without its indents: paragraphs on consecutive
    # lines, a blank line only before each story's header. The commentary shares the news
    # story's words, so only the blank line says a new story starts; a short line inside a
    # story is a section heading, and a dash-ended kicker runs into a title ending in `？`.
    parking, comment, canteen = cut(BLANK_PARTED_PAGE)
    assert (parking.kicker, parking.title) == ("社区议事厅里议出了新车位", "老小区停车难，居民坐下来商量着解决")
    assert "下一步怎么走" in parking.text and parking.text.endswith("（本报记者王丽）")
    assert comment.title == "居民的事，要让居民商量着办" and comment.text.startswith("新城区的居民议事厅")
    assert (canteen.kicker, canteen.title) == ("社区食堂开到家门口——", "老人吃饭还难吗？")
    assert canteen.text.startswith("新城区社区食堂近日开业")


TITLES_OF_CLAUSES_PAGE = """江州老城区完成雨污分流改造
今年以来，江州市在老城区改造雨污管网42公里，沿街商户的污水不再流进河道。
改造中，施工队夜间作业，白天恢复路面，沿街商铺照常营业。
市住建局表示，明年将改造新城区剩余的雨污管网。（李明）

江州职业学院首届智慧农业专业学生毕业 “新农人”走进田间，年轻人大有可为
江州职业学院首届智慧农业专业的86名学生日前毕业，六成以上进了农业企业和合作社。
学院与12家农业企业共建实训基地，学生从大一起就到大棚里跟班实习。
毕业生王芳在一家合作社管理200亩智能大棚，她说，种地也能用上数据和无人机。

夜市的烟火气从哪里来？
江州滨江夜市开市一个月，每晚客流超过两万人次。
夜市由街道统一规划摊位，商户持证经营，垃圾当晚清运。
附近居民说，夜市热闹了，街面反倒比以前更干净了。
"""


def test_on_a_page_whose_blank_lines_part_stories_a_title_of_clauses_or_a_question_heads_a_story():
    # A web title is often set as clauses (`…毕业 “新农人”走进田间，年轻人大有可为`) or asks a
    # question; after a blank line on such a page it heads the text under it, neither joined
    # to that text nor to the story above, which a signature closes (`…。（李明）`).
    sewers, graduates, market = cut(TITLES_OF_CLAUSES_PAGE)
    assert sewers.text.endswith("明年将改造新城区剩余的雨污管网。（李明）")
    assert graduates.title == "江州职业学院首届智慧农业专业学生毕业 “新农人”走进田间，年轻人大有可为"
    assert graduates.text.startswith("江州职业学院首届智慧农业专业的86名学生日前毕业")
    assert market.title == "夜市的烟火气从哪里来？" and market.text.startswith("江州滨江夜市开市一个月")


def test_copied_without_blank_lines_a_title_of_clauses_over_a_lead_and_a_question_named_below_head_stories():
    # With no blank line left, a title of clauses still heads the lead under it (`6月28日，…`), and
    # a question whose words come back under it, in none of the text above, heads its story. A
    # question whose words the story has named (`夜市的垃圾…`) stays its text, and so does a
    # quotation, though it opens the story under its headline (`“老板，明晚还出摊吗？”`).
    page = TITLES_OF_CLAUSES_PAGE.replace("\n\n", "\n").replace(
        "江州职业学院首届智慧农业专业的86名学生日前毕业", "6月28日，江州职业学院首届智慧农业专业的86名学生毕业").replace(
        "夜市的烟火气从哪里来？\n", "夜市的烟火气从哪里来？\n“老板，明晚还出摊吗？”\n").replace(
        "每晚客流超过两万人次。", "烟火气引来每晚两万多人次的客流，熟客们收摊前总要问摊主明晚还出摊吗。").replace(
        "附近居民说，", "夜市的垃圾去了哪里？\n每晚收摊后，环卫工人把垃圾分类装车，夜市的地面一小时内就清扫干净。\n附近居民说，")
    sewers, graduates, market = cut(page)
    assert sewers.text.endswith("明年将改造新城区剩余的雨污管网。（李明）")
    assert graduates.title == "江州职业学院首届智慧农业专业学生毕业 “新农人”走进田间，年轻人大有可为"
    assert graduates.text.startswith("6月28日，江州职业学院")
    assert market.title == "夜市的烟火气从哪里来？" and market.text.startswith("“老板，明晚还出摊吗？”")
    assert "\n夜市的垃圾去了哪里？\n" in market.text


def test_on_a_column_wrapped_page_key_points_over_a_dateline_stay_with_their_story():
    # Headlines after their bodies, wrapped at 16: the key points over the dateline end on no stop
    # (`…要多用协商共治的办法来化解`), as a title of clauses over its lead does on a page not
    # wrapped; here they stay the story's, under its headline printed after its text.
    body = ["今年以来，江州市在老城区改造雨污管网42公里，沿街商户的污水不再流进河道，河水明显变清了。",
            "改造中，施工队夜间作业，白天恢复路面，沿街商铺照常营业，市民出行没有受到影响。"]
    points = ["夜市由街道统一规划摊位，商户持证经营，垃圾当晚清运。",
              "对夜市经营中出现的占道、噪声等问题，要多用协商共治的办法来化解"]
    market = ["新华社江州6月3日电（记者李华）江州滨江夜市开市一个月，每晚客流超过两万人次，周边商户的生意也跟着火了起来。",
              "街道负责人说，夜市的摊位每季度调整一次，新摊主可以在网上报名。"]
    page = "\n".join([_wrap(p, 16) for p in body] + ["江州老城区完成雨污分流改造"] + [_wrap(p, 16) for p in points + market]
                     + ["江州滨江夜市开市一月客流超六十万人次"]) + "\n"
    sewers, night_market = cut(page)
    assert sewers.title == "江州老城区完成雨污分流改造"
    assert night_market.title == "江州滨江夜市开市一月客流超六十万人次" and "协商共治的办法来化解" in night_market.text


def test_on_a_column_wrapped_page_without_blank_lines_a_line_that_asks_or_exclaims_heads_the_story_it_names():
    # Wrapped at 16 with no blank line and no indent: a line that asks (`夜市的烟火气从哪里来？`) or
    # exclaims across the column (`…夜间开放时间，读者点赞！`), after a paragraph whose last line
    # ends short, heads the text that names its words. A question the story has named stays its
    # text (`夜市的垃圾去了哪里？`), and so does one under a full line that ends a sentence, which
    # may be the wrap of a paragraph that goes on.
    market = ["滨江夜市开市一个月，烟火气引来两万多人次的客流，小吃摊前排起了长队。",
              "夜市的垃圾去了哪里？",
              "每晚收摊后，环卫工人把垃圾分类装车，夜市的地面一小时内就清扫干净。"]
    library = ["市图书馆从本周起开放到晚上十点，自习室的座位天天坐满。",
               "图书馆负责人说，夜间读者多是附近的上班族和中学生。"]

    def page(last_sentence: str) -> str:
        sewers = ["今年以来，江州市在老城区改造雨污管网42公里，沿街商户的污水不再流进河道。", last_sentence]
        return "\n".join(["江州老城区完成雨污分流改造"] + [_wrap(p, 16) for p in sewers] + ["夜市的烟火气从哪里来？"]
                         + [_wrap(p, 16) for p in market] + ["江州市图书馆延长夜间开放时间，读者点赞！"]
                         + [_wrap(p, 16) for p in library]) + "\n"

    found = cut(page("市住建局表示，明年将改造新城区剩余的雨污管网。"))
    assert [article.title for article in found] == ["江州老城区完成雨污分流改造", "夜市的烟火气从哪里来？",
                                                    "江州市图书馆延长夜间开放时间，读者点赞！"]
    assert found[0].text.endswith("剩余的雨污管网。") and "夜市的垃圾去了哪里？" in found[1].text
    # The sewers' last sentence fills its line: the question under it may go on its paragraph.
    assert "夜市的烟火气从哪里来？" not in [article.title for article in cut(page("明年将改造新城区剩余的雨污管网。"))]


def test_printed_after_its_text_a_line_that_asks_or_exclaims_heads_the_text_that_names_it():
    # Headlines after their text, a blank line after each story: a line that asks closes the text
    # that names its words, before the next story's text (`夜市的烟火气从哪里来？`) or at the end of
    # the page (`江州市图书馆…，读者点赞！`), and the page is read as one that prints its headlines so.
    sewers = ["今年以来，江州市在老城区改造雨污管网42公里，沿街商户的污水不再流进河道。",
              "市住建局表示，明年将改造新城区剩余的雨污管网。", "江州老城区完成雨污分流改造"]
    market = ["滨江夜市开市一个月，烟火气引来两万多人次的客流，小吃摊前排起了长队。",
              "每晚收摊后，环卫工人把垃圾分类装车，夜市的地面一小时内就清扫干净。", "夜市的烟火气从哪里来？"]
    library = ["市图书馆从本周起开放到晚上十点，自习室的座位天天坐满。",
               "图书馆负责人说，夜间读者多是附近的上班族和中学生。", "江州市图书馆延长夜间开放时间，读者点赞！"]
    page = "\n\n".join("\n".join(story) for story in (sewers, market, library)) + "\n"
    found = cut(page)
    assert [article.title for article in found] == ["江州老城区完成雨污分流改造", "夜市的烟火气从哪里来？",
                                                    "江州市图书馆延长夜间开放时间，读者点赞！"]
    assert found[1].text.startswith("滨江夜市开市一个月") and found[2].text.endswith("上班族和中学生。")
    # A blank line after every paragraph shows no story's end: a commentary's question that its
    # next paragraphs answer, named above it, stays its text.
    canteen = ["江州社区食堂开业半年，天天满座。", "食堂受欢迎，关键在于把老人的难处当成自己的难处，这就是换位思考。",
               "善于换位思考，才能把实事办到群众心坎上。", "如何实现换位思考？", "就是要放下架子，听一听老人想吃什么、盼什么、愁什么。",
               "社区干部每周在食堂陪老人吃一顿饭，菜单跟着意见改。", "社区食堂里的民生温度"]
    spaced = "\n\n".join(canteen + library[:-1] + ["江州市图书馆延长夜间开放时间"]) + "\n"
    commentary, library_story = cut(spaced)
    assert commentary.title == "社区食堂里的民生温度" and "如何实现换位思考？" in commentary.text
    # Headlines above their text: a story's closing question over the next story's headline is its text.
    leading = "\n\n".join("\n".join([story[-1]] + story[:-1]) for story in (sewers, library)).replace(
        "剩余的雨污管网。", "剩余的雨污管网。\n老城区的雨污管网还要改造多久？")
    sewers_first, library_next = cut(leading)
    assert sewers_first.text.endswith("老城区的雨污管网还要改造多久？") and library_next.title.startswith("江州市图书馆")


def test_a_headline_printed_twice_in_a_row_is_one_title():
    # A web page copied whole gives its headline twice, as the page's title and over the text.
    page = """江州老街区改造完工
今年以来，江州市对城南老街区的道路、管网和沿街立面进行改造，老街区的石板路恢复了原样。
居民说，老街区干净了，走在石板路上，又找回了小时候的感觉。
市图书馆延长开放时间 自习座位天天满
市图书馆延长开放时间 自习座位天天满
市图书馆从本周起开放到晚上十点，自习室的座位天天坐满。
图书馆负责人说，夜间读者多是附近的上班族和中学生。
"""
    street, library = cut(page)
    assert street.text.endswith("又找回了小时候的感觉。")
    assert library.title == "市图书馆延长开放时间 自习座位天天满" and library.text.startswith("市图书馆从本周起")


def test_a_title_under_a_web_columns_label_set_off_by_a_bar_heads_a_story_on_the_same_street():
    # Copied without blank lines: the next story names the street the story before it names, and
    # its title is of clauses, as a section heading often is; but a web column's label set off by
    # a bar (`江州观察丨…`) labels no section.
    page = """江州老街区改造完工
今年以来，江州市对城南老街区的道路、管网和沿街立面进行改造，老街区的石板路恢复了原样。
改造中，街道征求了沿街商户和居民的意见，保留了老字号的门脸，新增停车位120个。
居民说，老街区干净了，走在石板路上，又找回了小时候的感觉。
江州观察丨夜市开进老街区，烟火气回来了
每天傍晚，城南老街区的夜市准时开张，小吃、手工艺品摊位沿着石板路一字排开。
夜市由街道统一管理，摊主持证经营，收摊后一小时内清扫完毕。
一位摊主说，夜市开张以来，每晚能卖出三百多份小吃，比在别处摆摊好多了。
"""
    street, market = cut(page)
    assert street.text.endswith("又找回了小时候的感觉。")
    assert market.title == "江州观察丨夜市开进老街区，烟火气回来了" and market.text.startswith("每天傍晚")


def test_a_title_under_a_column_label_in_brackets_heads_a_story_though_it_asks_twice():
    # Copied without blank lines: `【江州观察】…为何火了？火在哪里？` asks twice, so it is no line of
    # one question, but the column's label run onto it marks a headline.
    page = """江州老街区改造完工
今年以来，江州市对城南老街区的道路、管网和沿街立面进行改造，老街区的石板路恢复了原样。
改造中，街道征求了沿街商户和居民的意见，保留了老字号的门脸，新增停车位120个。
【江州观察】滨江夜市为何火了？火在哪里？
滨江夜市开市一个月，每晚客流超过两万人次，摊位由街道统一规划，摊主持证经营。
一位摊主说，夜市开张以来，每晚能卖出三百多份小吃，比在别处摆摊好多了。
"""
    street, market = cut(page)
    assert street.text.endswith("新增停车位120个。")
    assert market.title == "【江州观察】滨江夜市为何火了？火在哪里？" and market.text.startswith("滨江夜市开市一个月")


def test_blank_lines_around_headings_are_spacing_not_story_breaks():
    # A department's report sets each heading apart with blank lines: one story with sections.
    page = ("新城区推进居民议事厅建设\n\n"
            "今年以来，新城区在12个老旧小区设立居民议事厅，由社区党组织牵头。\n"
            "议事会每月召开一次，居民代表轮流参加。\n"
            "议事厅设在社区党群服务中心，居民随时可以来坐坐。\n"
            "每次议事会前，网格员逐户收集居民的意见。\n"
            "议定的事项在小区公告栏公示七天。\n"
            "办理结果在下一次议事会上向居民通报。\n\n议事厅建起来了\n\n"
            "停车难是居民反映最多的问题，议事会把闲置绿地改成停车位。\n"
            "新增车位200余个，外来车辆不再乱停。\n"
            "加装电梯的事也在议事厅里商量定了。\n"
            "三个小区的低层住户同意分摊电梯的电费。\n"
            "楼道里堆放的杂物清理了一千多件。\n"
            "小区门口的菜摊有了固定的地方。\n\n居民代表轮流来\n\n"
            "新城区将把议事厅推广到全区所有社区。\n议事厅的经费由街道统筹解决。\n居民代表由居民推选产生。\n"
            "每名代表联系二十户左右的居民。\n代表的名单在楼道里张贴。\n居民对代表的评议每年一次。\n")
    (report,) = cut(page)
    assert report.title == "新城区推进居民议事厅建设" and "议事厅建起来了" in report.text and "居民代表轮流来" in report.text


def test_closing_byline_and_credits_stay_in_the_text_but_an_editor_line_does_not():
    # As a PDF page reads: the reporters in brackets and the production credits close the
    # story as the paper prints it.
    page = ("# 老旧小区加装电梯百余部\n\n今年以来，新城区在老旧小区加装电梯112部，惠及居民3000余户。\n\n"
            "（本报记者 王丽、张华）\n\n采访整理：本报记者 赵文    数据来源：区住建委\n\n"
            "内容统筹：本报编辑 钱进    图表设计：本报美术部\n\n# 社区食堂开到家门口\n\n新城区社区食堂近日开业，每天为辖区老人供应午餐。\n\n（编辑：李明）\n")
    lifts, canteen = cut(page)
    assert lifts.text.endswith("（本报记者王丽、张华）\n采访整理：本报记者赵文\u3000数据来源：区住建委\n"
                               "内容统筹：本报编辑钱进\u3000图表设计：本报美术部") and "王丽" not in lifts.body
    assert "王丽" in (lifts.byline or "")
    assert canteen.text.endswith("供应午餐。")


LEAD_IN_STORY = (
    "全区新建幼儿园12所",  # headline
    ["全区今年新增普惠性学位5400个，公办园在园幼儿占比提高到60%以上。",  # the lead-in set above the dateline
     "本报讯（记者 陈晓）记者从区教育局获悉，今年全区新建、改扩建幼儿园12所，秋季开学前全部投用。",
     "区教育局负责人介绍，新园全部按省级示范园标准建设，师资由优质园统一调配。"],
)
FIRST_STORY = ("社区食堂开进老旧小区", ["本报讯（记者 周林）东城街道首家社区食堂日前开业，每天为200多位老人提供午餐。",
                                      "食堂由街道提供场地，专业餐饮企业运营，老人凭卡就餐享受八折优惠。"])


def test_wrapped_lead_in_above_a_dateline_stays_with_the_story_under_the_headline_after_it():
    page = "\n\n".join("\n\n".join(_wrap(p) for p in body) + "\n\n" + headline
                       for headline, body in (FIRST_STORY, LEAD_IN_STORY)) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [FIRST_STORY[0], LEAD_IN_STORY[0]]
    assert articles[1].text.startswith("全区今年新增普惠性学位5400个") and "师资由优质园统一调配" in articles[1].text


def test_wrapped_lead_in_under_a_headline_stays_with_the_dateline_story_after_it():
    page = "\n\n".join(headline + "\n\n" + "\n\n".join(_wrap(p) for p in body)
                       for headline, body in (FIRST_STORY, LEAD_IN_STORY)) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [FIRST_STORY[0], LEAD_IN_STORY[0]]
    assert articles[1].text.startswith("全区今年新增普惠性学位5400个") and "师资由优质园统一调配" in articles[1].text


VILLAGE_FEATURE = (
    "村里的幸福院",
    ["本报讯（记者 刘洋）走进石桥镇青山村幸福院，老人们有的在下棋，有的在晒太阳，院子里笑声不断。",
     "青山村六十岁以上老人有三百多人，子女大多在外务工。怎样让留守老人老有所依，曾是村干部最头疼的事。",
     "因地制宜，闲置校舍派上新用场",  # a section heading of clauses; the text under it shares few words with the story
     "小学撤并后，教室空了好几年。去年春天，青山村请来施工队，把旧校舍整修一新。",
     "施工队拆掉台阶，修了坡道，厕所装上扶手，连走廊的灯也换成了感应灯。"],
)
NIGHT_MARKET = ("夜市开张 小城更有烟火气",
                ["本报讯（记者 王敏）华灯初上，县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。",
                 "夜市由县商务局统一规划，摊主免收摊位费，城管队员现场引导车辆停放。"])


def test_a_heading_of_clauses_parted_by_a_comma_is_a_section_of_the_story_copied_without_blank_lines():
    page = "\n".join(headline + "\n" + "\n".join(body) for headline, body in (VILLAGE_FEATURE, NIGHT_MARKET)) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [VILLAGE_FEATURE[0], NIGHT_MARKET[0]]
    assert articles[0].paragraphs[articles[0].headings[0]] == "因地制宜，闲置校舍派上新用场"


def test_a_wrapped_heading_of_clauses_parted_by_a_comma_is_a_section_of_the_story_around_it():
    # A label over a long heading of clauses: two header blocks, still a section, not a kicker and title.
    feature = list(VILLAGE_FEATURE[1])
    feature[2:3] = ["校舍新用", "因地制宜，闲置多年的小学校舍派上了新用场"]
    page = "\n\n".join("\n\n".join(_wrap(p) if p.endswith("。") else p for p in body) + "\n\n" + headline
                       for headline, body in ((VILLAGE_FEATURE[0], feature), NIGHT_MARKET)) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [VILLAGE_FEATURE[0], NIGHT_MARKET[0]]
    assert "因地制宜，闲置多年的小学校舍派上了新用场" in articles[0].text and "感应灯" in articles[0].text


SORTING_FEATURE = (
    "小区垃圾分类成了新时尚",
    ["走进江州市滨河社区，楼下的分类垃圾桶摆放整齐，居民提着分好的垃圾袋依次投放。",
     "两年前，这里的垃圾桶旁常常堆满杂物。社区干部挨家挨户上门宣传，垃圾分类渐渐成了居民的习惯。",
     "志愿值守，手把手教居民分类投放",
     "社区组建了二十人的志愿者队伍，每天早晚在投放点值守，手把手教居民分类。",
     "志愿者王阿姨说，刚开始不少居民嫌麻烦，如今大家都说垃圾分类好处多，小区环境变美了。",
     # The next section's words are the paragraph's just above it more than the text's under it.
     "垃圾分类好处多，居民环境意识不断增强",
     "社区还设立了积分兑换站，居民分类投放可以积分，积分能换洗衣粉、毛巾等生活用品。",
     "今年以来，社区可回收物的回收量比去年增长了三成，居民参与率超过九成。"],
)


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_heading_of_clauses_after_sections_all_set_so_is_the_next_section_where_headlines_follow(wrapped):
    page = "\n\n".join("\n\n".join(_wrap(p) if wrapped and p.endswith("。") else p for p in body) + "\n\n" + headline
                       for headline, body in (NIGHT_MARKET, SORTING_FEATURE)) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [NIGHT_MARKET[0], SORTING_FEATURE[0]]
    assert [articles[1].paragraphs[i] for i in articles[1].headings] == [SORTING_FEATURE[1][2], SORTING_FEATURE[1][5]]
    assert "积分兑换站" in articles[1].text


def test_a_heading_naming_the_text_above_it_is_a_section_where_the_text_below_goes_on_with_the_story():
    # Headlines follow their stories. The second heading's words are the paragraph's just above
    # it, as a headline's are, but the text under it is the same story's (same words throughout).
    feature = ["走进江州市滨河社区，楼下的分类垃圾桶摆放整齐，居民提着分好的垃圾袋依次投放。",
               "两年前，这里的垃圾桶旁常常堆满杂物。社区干部挨家挨户上门宣传，垃圾分类渐渐成了居民的习惯。",
               "志愿者手把手教分类",
               "社区组建了二十人的志愿者队伍，每天早晚在投放点值守，手把手教居民分类投放垃圾。",
               "志愿者王阿姨说，刚开始不少居民嫌麻烦，如今垃圾分类成了习惯，小区环境变美了，居民都说好。",
               "小区的环境一年比一年更好看",
               "如今走进滨河社区，垃圾桶旁干干净净，居民分类投放垃圾的准确率超过九成，社区环境明显改善。",
               "社区干部说，下一步将继续发挥志愿者作用，让垃圾分类的好习惯在更多居民中养成。"]
    page = "\n\n".join([*feature, "小区垃圾分类成了新时尚", *NIGHT_MARKET[1], NIGHT_MARKET[0]]) + "\n"
    sorting, market = cut(page)
    assert (sorting.title, market.title) == ("小区垃圾分类成了新时尚", NIGHT_MARKET[0])
    assert [sorting.paragraphs[i] for i in sorting.headings] == [feature[2], feature[5]]


NIGHT_FEATURE = [
    "入夏以来，江州市的夜市、夜游、夜读等夜间消费持续升温，不少商户的营业额已恢复到去年同期水平。",
    "“夜市一开，人气就回来了”",
    "晚上七点，滨河路夜市华灯初上，两百多个摊位沿河排开。摊主李大姐说：“夜市一开，人气就回来了，一晚上能卖出三百多份凉面。”",
    "市商务局负责人介绍，全市今年新开夜市十二个，带动就业三千多人，夜间消费已经成为拉动消费的新引擎。",
    # The next section's words are the paragraph's just above it more than the text's under it.
    "“夜间消费成为拉动消费新引擎”",
    "夜间消费不只在夜市。在江州古城，夜游项目吸引了大批游客，古城管委会推出灯光秀和沉浸式演出，夜间游客人数比去年增长两成。",
    "市民王先生说，晚饭后带着孩子逛夜市、游古城，已经成了一家人的周末习惯。",
    # A dispatch from many places, the space before its reporters lost at a wrap.
    "（本报江州、北京、上海、广州、深圳、杭州、南京、武汉、成都、重庆、西安、郑州5月20日电记者王敏、李华、张远、刘玲、丁雪、孙勇）",
]
NIGHT_MEASURES = [
    "江州市近日出台促进夜间消费的十条措施，对新开夜市给予场地和水电补贴，鼓励商场、书店延长营业时间。",
    "措施还提出，将在古城和滨河路打造两个夜间消费示范街区，完善公交、停车等配套服务。",
]


def test_quoted_sections_stay_in_a_story_whose_quoted_headline_follows_its_closing_note():
    page = "\n\n".join([*NIGHT_FEATURE, "“夜经济点亮城市烟火气”", *NIGHT_MEASURES, "江州出台十条措施促进夜间消费"]) + "\n"
    feature, measures = cut(page)
    assert (feature.title, measures.title) == ("夜经济点亮城市烟火气", "江州出台十条措施促进夜间消费")
    # (a heading that is one quotation loses its marks, as a headline does)
    assert [feature.paragraphs[i] for i in feature.headings] == ["夜市一开，人气就回来了", "夜间消费成为拉动消费新引擎"]
    assert "古城管委会" in feature.text and "示范街区" not in feature.text
    # The closing dateline is a note, as with the space (`…电  记者王敏…`): it ends the story.
    note = classify_line(NIGHT_FEATURE[-1], 1, False)
    assert note.role == "note" and "王敏" in note.byline


OLD_TOWN = ["清晨，江州老城区的巷子里飘着豆浆的香味，修缮一新的青砖院落里，老街坊们坐在一起聊着家常。",
            "三年前，这里还是另一番景象：道路狭窄，管线杂乱，不少房屋年久失修，雨季一到，居民就提心吊胆。",
            "大家的事大家商量着办成为共建共治生动实践",  # a section as long as a headline
            "动工之前，区里先挨家挨户征求意见。老街坊们推选代表全程参与方案设计，大家的事大家商量着办。",
            "资金由政府、产权单位和住户共同承担，施工队进场后，义务监督员每天在工地巡查，发现问题及时反映。",
            "如今，管线全部入地，道路拓宽了，巷子里的日子越过越舒心。",
            "（本报记者 王敏）"]


@pytest.mark.parametrize("headline, sections", [
    (["江州老城区改造纪实", "——一座老城的新生"], 1),  # a feature under its subtitle
    (["江州老城区改造纪实", "——访江州市住建局局长"], 0),  # an interview
    (["老城区改造要听街坊的（一线调研）", "——写在老城区改造三周年之际"], 0),  # a column's essay
])
def test_a_feature_under_a_subtitle_sets_sections_as_long_as_headlines(headline, sections):
    # Copied without blank lines: only the words tell the section from the next story's headline.
    other = ["江州出台十条措施促进夜间消费", "本报江州5月20日电（记者李华）江州市近日出台促进夜间消费的十条措施，对新开夜市给予场地补贴。"]
    articles = cut("\n".join(headline + OLD_TOWN + other) + "\n")
    assert len(articles) == 3 - sections and articles[-1].title == other[0]
    assert [articles[0].paragraphs[i] for i in articles[0].headings] == OLD_TOWN[2:3] * sections


def test_a_dispatch_dateline_without_a_reporter_opens_the_story_under_its_headline():
    # Two stories on one theme, copied without blank lines or indents: only the dateline parts them.
    page = """护士节里的暖心事
市第一医院的护士们今天收到了病人写来的感谢信，信里记下了她们在病房里的一个个日夜。
护士长说，护理工作辛苦，但病人的一句谢谢就是最好的鼓励。
在护士节即将到来之际
全省表彰一百名优秀护士
新华社杭州5月11日电  在护士节即将到来之际，全省表彰一百名优秀护士，她们长期坚守在护理工作一线。
表彰大会上，护士代表讲述了病房里的故事，呼吁全社会理解和支持护理工作。
"""
    articles = cut(page)
    # Header lines with no blank between them read as one headline, as a kicker and its title are printed.
    assert [a.title for a in articles] == ["护士节里的暖心事", "在护士节即将到来之际 全省表彰一百名优秀护士"]
    assert articles[1].text.startswith("新华社杭州5月11日电") and "护士长" not in articles[1].text


def test_an_outlets_dispatch_dated_with_no_place_and_a_reporters_report_open_their_stories():
    # Three stories on one theme, copied without blank lines or indents: a web outlet's dateline
    # names the day and no place (`江州网6月3日电`), a local paper's opens on its reporter
    # (`本报记者王明报道：`); each opens its story under its headline (a title of clauses too,
    # which reads as a line of text), and names the reporter.
    page = """江州夏粮收购进度过半
今年以来，江州市夏粮收购进度过半，全市已收购小麦12万吨，收购价格稳中有升。
市粮食局表示，各收购点延长了收购时间，农民售粮排队时间明显缩短。
城南镇粮食收购点开通线上预约，农民在家选好时间、到点直接过磅售粮
江州网6月3日电 城南镇粮食收购点日前开通线上预约，农民在手机上选好时间，到点直接过磅售粮。
收购点负责人说，线上预约开通一周，已有300多户农民预约售粮。
江州粮食仓储能力再扩容
本报记者王明报道：江州市新建的两座粮食仓库日前投入使用，全市粮食仓储能力增加5万吨。
新仓库配备了智能温控设备，可以实时监测粮食的温度和湿度。
"""
    harvest, booking, storage = cut(page)
    assert booking.title == "城南镇粮食收购点开通线上预约，农民在家选好时间、到点直接过磅售粮"
    assert booking.text.startswith("江州网6月3日电")
    assert storage.title == "江州粮食仓储能力再扩容" and storage.byline == "记者王明"
    assert harvest.text.endswith("农民售粮排队时间明显缩短。")


def test_a_plain_page_story_whose_first_section_comes_right_under_its_lead_keeps_its_sections():
    # Sections set alike (`在…上下功夫`) copied without blank lines or indents; the first comes after
    # one paragraph, too little text to tell the subject by, so the series tells it.
    page = """全力打好春耕生产主动仗
县委书记在春耕动员会上说，今年全县粮食播种面积要稳定在八十万亩以上。
在保供上下功夫
种子、化肥由供销社统一调运，每个乡镇设立两个直供点，农户不出村就能买到农资。
在农技上下功夫
两百名农技员分片包村，手把手指导育秧，遇到倒春寒及时发布预警。
城区新增公交线路三条
本报讯（记者 王敏）县城新开通的三条公交线路今天起运营，覆盖开发区和高铁站。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["全力打好春耕生产主动仗", "城区新增公交线路三条"]
    assert [articles[0].paragraphs[i] for i in articles[0].headings] == ["在保供上下功夫", "在农技上下功夫"]


def test_wrapped_page_without_blank_lines_parts_a_closing_headline_from_the_next_storys_headline():
    # Headlines mostly after their bodies, one above its body; no blank line anywhere, so the
    # header lines between two bodies read as one block: the words tell whose each line is.
    page = "\n".join([
        _wrap("本报讯（记者 张丹）近日，区教育系统召开党组织书记述职评议会，二十所学校党组织书记逐一述职。"),
        _wrap("会议要求，各校党组织要把党建工作与教育教学深度融合，以高质量党建引领学校高质量发展。"),
        "以党建引领教育改革",
        "淬炼办学治校基本功",
        "电力精兵比武赛技能",
        _wrap("日前，区供电公司举办技能比武，八名青年电力骨干在变电站比拼带电作业和故障抢修技能。"),
        _wrap("比武设置理论考试和实操考核两个环节，获奖选手将代表公司参加全市电力行业技能大赛。"),
        _wrap("本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。"),
        "滨河夜市开张",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["以党建引领教育改革 淬炼办学治校基本功", "电力精兵比武赛技能", "滨河夜市开张"]
    assert articles[1].text.startswith("日前，区供电公司举办技能比武") and "全市电力行业技能大赛" in articles[1].text


def test_a_section_set_like_the_storys_sections_after_a_photo_credit_goes_on_with_the_story():
    # The credit stands where the photo was printed, mid-story; the heading after it is set
    # like the story's first section (以…为… …), so the story goes on.
    page = """职教中心探索产教融合新路

近年来，区职业教育中心坚持产教融合，为本地企业输送技能人才三千余名。

以订单班为载体 培养紧缺技能人才

中心与本地企业联合开设订单班，企业工程师走进课堂，手把手教学生操作数控设备。

图片由区职业教育中心提供

以竞赛为抓手 检验教学实际成效

学生在全市职业技能大赛中获得一等奖五个，参赛项目覆盖数控、电工、物流等专业。

社区食堂开进老旧小区

本报讯（记者 周林）东城街道首家社区食堂日前开业，每天为两百多位老人提供午餐。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["职教中心探索产教融合新路", "社区食堂开进老旧小区"]
    assert "以竞赛为抓手 检验教学实际成效" in articles[0].text and "一等奖五个" in articles[0].text


def test_an_article_signed_with_its_writers_names_in_brackets_after_the_last_sentence_names_them():
    page = """滨河夜市开张

县城滨河路夜市昨晚开张，两百多个摊位沿河排开，吸引市民前来逛吃。

夜市由县商务局统一规划，摊主免收摊位费，城管队员现场引导车辆停放。（常书香 马丹阳 ）
"""
    article, = cut(page)
    assert article.byline == "常书香 马丹阳" and "引导车辆停放。（常书香" in article.text  # the text stays as printed
    # A bracket that holds no names is no signature.
    article, = cut(page.replace("（常书香 马丹阳 ）", "（全文完）"))
    assert article.byline is None


def test_a_writers_label_set_off_by_a_vertical_bar_names_the_writer():
    article, = cut("月球上的第一杯酒\n\n作者︱春春\n\n宇航员在登月舱里举起酒杯，这是人类第一次在月球上喝酒。\n")
    assert article.byline == "春春" and "作者" not in article.text


def test_a_heading_whose_words_fill_the_text_just_above_it_is_a_section_of_that_story():
    # Copied without blank lines or indents; the text under the heading shares few words with the
    # story, but the heading's own words (食堂) are the paragraph's just above it.
    page = """村里的幸福院
本报讯（记者 刘洋）走进石桥镇青山村幸福院，老人们有的在下棋，有的在晒太阳，院子里笑声不断。
青山村六十岁以上老人有三百多人，子女大多在外务工，留守老人吃饭曾是村干部最头疼的事。
去年春天，幸福院办起了老年食堂，老人们在食堂吃上了热乎饭。
食堂有了新帮手
小学撤并后，教室空了好几年。今年，青山村请来施工队，把旧校舍整修一新，改成了厨房和餐厅。
施工队拆掉台阶，修了坡道，厕所装上扶手，连走廊的灯也换成了感应灯。
夜市开张 小城更有烟火气
本报讯（记者 王敏）华灯初上，县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["村里的幸福院", "夜市开张 小城更有烟火气"]
    assert articles[0].paragraphs[articles[0].headings[0]] == "食堂有了新帮手" and "感应灯" in articles[0].text


def test_a_marked_box_label_over_the_reporters_notes_stays_inside_the_story():
    # `■记者手记` labels a box of the story: neither a byline nor a headline over a new story.
    page = "\n\n".join([
        _wrap("本报讯（记者 陈晓）区人大代表、带钢厂厂长夏文勇今年提交了三份建议，都与稳定产业链有关。"),
        _wrap("疫情期间，他带领企业与上下游二十多家企业签订协议，保障原料供应和产品销路。"),
        "■记者手记",
        "立足岗位尽职尽责",
        _wrap("采访中，夏文勇说得最多的是车间和工人。把建议写在车间里，是一位代表最实在的履职。"),
        "车间一线 解难纾困",
    ]) + "\n"
    article, = cut(page)
    assert article.title == "车间一线 解难纾困" and article.byline == "记者 陈晓"
    assert article.paragraphs[article.headings[0]] == "立足岗位尽职尽责" and "把建议写在车间里" in article.text
    # The headline above its story, copied without blank lines: a box whose words are not the
    # story's stays inside too.
    article, = cut("\n".join([
        "车间一线 解难纾困",
        "本报讯（记者 陈晓）区人大代表、带钢厂厂长夏文勇今年提交了三份建议，都与稳定产业链有关。",
        "疫情期间，他带领企业与上下游二十多家企业签订协议，保障原料供应和产品销路。",
        "■记者手记",
        "立足岗位尽职尽责",
        "告别时已是深夜，路灯下，几位老师傅还在门口聊着明天的活儿。",
    ]) + "\n")
    assert article.title == "车间一线 解难纾困" and "几位老师傅" in article.text


def test_a_box_label_under_any_mark_a_paper_sets_is_no_part_of_the_byline():
    # Papers mark a box's label as they mark a byline, with `■`, `◎` or `★`: the label under a
    # story's text (`◎链接`) labels a box of the story and adds nothing to who wrote it.
    for mark in "■◎★○◇":
        article, = cut("\n".join([
            "“小院议事”议出社区新气象",
            f"{mark}本报记者　周敏　通讯员　刘洋",
            "本报讯　3月4日晚，城南区桂花社区的“小院议事厅”里坐满了居民，大家商量小区加装电梯的事。",
            f"{mark}链接",
            "“小院议事”是城南区推行的基层协商形式，每个小区每月至少召开一次议事会。",
        ]) + "\n")
        assert article.byline == "本报记者 周敏 通讯员 刘洋", mark
        assert article.text.endswith("每月至少召开一次议事会。") and "链接" not in article.byline


def test_a_sites_legal_notice_and_a_bracketed_editor_credit_under_the_article_are_not_its_text():
    page = """# 小土豆长成致富大产业

土豆，过去是填饱肚子的口粮，如今成了农民增收的“金豆豆”，撑起了当地的一大产业。

（江城网编辑 孙桂芳）

**反侵权公告：**

根据著作权法等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。

一、任何单位或个人使用本报社的原创内容，必须事先取得书面授权；

三、对于各类非法转载行为，欢迎读者提供侵权线索：

本报社将采取一切合法措施，追究行为人的侵权责任。
"""
    article, = cut(page, single=True)
    assert article.text.endswith("一大产业。") and article.byline is None


ROUNDUP = [
    "代表委员谈基层治理（两会·连线）",
    "今年两会上，来自基层的代表委员围绕社区治理建言献策。",
    "东城区委书记夏明代表",
    "让社工走进千家万户",
    "社区是基层治理的基本单元，我们组建了两千人的社工队伍，每名社工联系三百户居民。",
    "（本报记者黄晓整理）",
    "江州市委书记史立强代表",
    "向改革要动力",
    "我们把审批事项压减一半，企业开办一天办结，让群众少跑腿、好办事。",
    "（本报记者李想整理）",
    "滨河夜市开张",
    "本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。",
]


def test_a_round_up_copied_without_blank_lines_keeps_its_speakers_parts_in_one_article():
    # Each part: who speaks (a post and a name), a headline, the words, the reporter's note.
    articles = cut("\n".join(ROUNDUP) + "\n")
    assert [a.title for a in articles] == ["代表委员谈基层治理（两会·连线）", "滨河夜市开张"]
    assert "向改革要动力" in articles[0].text and "企业开办一天办结" in articles[0].text


@pytest.mark.parametrize("speaker", ["西藏青山县雪林乡乡长格桑曲珍", "国家一级演员阿依古丽·买买提",
                                     "江州市市场监督管理局副局长高峰"])
def test_speakers_named_in_other_ways_head_parts_of_the_round_up(speaker):
    # A Tibetan name of four letters, a Uyghur name with its dot, a name that is also a word
    # (高峰, a peak): each after the post it names is who speaks in a part of the round-up.
    lines = ROUNDUP[:6] + [speaker] + ROUNDUP[7:]
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles] == ["代表委员谈基层治理（两会·连线）", "滨河夜市开张"]
    assert f"{speaker} 向改革要动力" in articles[0].text, articles[0].text


LETTERS_COLUMN = [
    "群众来信",
    "社区新增停车位",
    "本报讯（记者 王敏）东城社区新增停车位六十个，居民停车难的问题得到缓解。",
    "读者之声",
    "路灯修好了 夜路不再黑",
    "我家楼下的路灯坏了半年，晚上出门只能摸黑走路，老人孩子尤其不方便。",
    "上个月我在网上留言反映，第三天就有师傅来修，如今整条小路都亮了。",
    "江州市东城区 王女士",
    "快递进村还要再快些",
    "我们村离镇上二十公里，快递只送到镇上，取件一趟要花大半天。",
    "希望有关部门在村里设个代收点，让村民在家门口就能取件。",
    "江州市南湖镇柳树村部分村民",  # readers who sign together, by where they live
    "小区门口的积水该治了",
    "每逢下雨，小区门口就积起一大片水，居民进出只能踩着砖头走。",
    "江州市西城区 赵先生",
]

EXPERTS_COLUMN = [
    "专家谈",
    "个人信息须保护",
    "江州大学法学院副教授 孟 强",
    "信息被广泛开发利用，个人信息保护成为每个人都关心的问题。",
    "法律对个人信息的处理作出了规定，明确了处理者的义务。",
    "法治保障产业旺",
    "南湖镇三道河村村委会主任 刘 斌",
    "产业是乡村振兴的原动力，法律为产业发展提供了稳定的预期。",
    "有了明确的规则，村民流转土地、发展合作社心里更有底。",
]


@pytest.mark.parametrize("column, label, headings", [
    (LETTERS_COLUMN, 3, ["路灯修好了 夜路不再黑", "快递进村还要再快些", "小区门口的积水该治了"]),
    (EXPERTS_COLUMN, 0, ["个人信息须保护", "法治保障产业旺"]),
    # The second writer's line lost its space at a wrap: read as a header line under the heading.
    ([line.replace("主任 刘 斌", "主任刘斌") for line in EXPERTS_COLUMN], 0, ["个人信息须保护", "法治保障产业旺"])])
@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_column_of_signed_pieces_under_its_label_is_one_article_titled_by_the_label(column, label, headings, between):
    # A readers' or experts' column: a short label, then pieces, each a heading and a writer who
    # is no reporter, signing under the heading or at the piece's end. Copied without blank
    # lines, or with one after every line, the pieces stay in the column.
    articles = cut(between.join(column) + "\n")
    pieces = [line for line in column[label + 1:] if "，" in line]  # the pieces' text, not headings or writers
    assert [a.title for a in articles][-1] == column[label]
    assert all(piece in articles[-1].text for piece in pieces + headings), articles[-1].text


@pytest.mark.parametrize("line, role", [("河南信阳市商城县南湖镇柳树村部分村民", "byline"), ("滨江花园小区全体业主", "byline"),
                                        ("致全市部分居民", "candidate"), ("柳树村部分村民领到分红", "candidate"),
                                        ("情暖社区居民", "candidate")])
def test_readers_signing_together_by_where_they_live_sign_a_letter(line, role):
    # An open letter's title addresses such readers; a headline says what they did, or names
    # them without the word that counts them.
    assert classify_line(line, 0, markdown=False).role == role


# Where headlines follow their stories, a column's pieces keep their headings above them (they
# are the column's text) and the column's label comes last; the first piece's heading stands right
# under the story before's headline, closed by its column tag.
STORY_BEFORE_COLUMN = [
    "本报讯（记者 王敏）东城社区新增停车位六十个，居民停车难的问题得到缓解。",
    "社区还在停车场装了充电桩，电动车主不用再从楼上拉电线充电。",
    "社区新增停车位六十个（民生速递）",
]
LETTERS_AFTER_STORY = STORY_BEFORE_COLUMN + LETTERS_COLUMN[4:] + LETTERS_COLUMN[3:4]
EXPERTS_AFTER_STORY = STORY_BEFORE_COLUMN + EXPERTS_COLUMN[1:] + EXPERTS_COLUMN[:1]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_column_printed_after_its_pieces_is_one_article_under_its_label(between):
    articles = cut(between.join(LETTERS_AFTER_STORY) + "\n")
    assert [a.title for a in articles] == ["社区新增停车位六十个（民生速递）", "读者之声"]
    assert articles[1].text.startswith("路灯修好了 夜路不再黑\n") and "\n快递进村还要再快些\n" in articles[1].text
    assert articles[1].text.endswith("居民进出只能踩着砖头走。")


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_writer_under_a_piece_heading_printed_after_the_story_before_is_the_pieces(between):
    # `江州大学法学院副教授 孟 强` under the first piece's heading is not the story before's byline.
    articles = cut(between.join(EXPERTS_AFTER_STORY) + "\n")
    assert [a.title for a in articles] == ["社区新增停车位六十个（民生速递）", "专家谈"]
    assert articles[0].byline == "记者 王敏"
    assert re.search(r"^个人信息须保护\n江州大学法学院副教授 ?孟 ?强\n", articles[1].text), articles[1].text
    assert re.search(r"\n法治保障产业旺\n南湖镇三道河村村委会主任 ?刘 ?斌\n", articles[1].text), articles[1].text


def test_essays_under_short_titles_after_a_story_stay_apart():
    # Short titles printed after signed essays, but no heading under the story before's
    # headline: each essay is a story, the last title no column's label.
    ESSAYS = [
        "本报讯（记者 王敏）东城社区新增停车位六十个，居民停车难的问题得到缓解。",
        "社区还在停车场装了充电桩，电动车主不用再从楼上拉电线充电。",
        "社区新增停车位六十个（民生速递）",
        "故乡盛产板栗。山里人家，房前屋后，都有几棵栗树。",
        "母亲在世时，我家院里也种着一棵栗树，到了打栗子的时节，母亲总要带我上山。",
        "江州市东城区 王 芳",
        "故乡栗香",
        "清晨的湖面上，几只白鹤舒展双翅，掠过水面飞向远处的芦苇荡。",
        "每年这个时候，湖边总有人架起相机，等着它们起飞的那一刻。",
        "江州市南湖镇 李建国",
        "白鹤亮翅",
    ]
    articles = cut("\n".join(ESSAYS) + "\n")
    assert [a.title for a in articles] == ["社区新增停车位六十个（民生速递）", "故乡栗香", "白鹤亮翅"]


# A page of round-ups whose headlines follow their parts: a deputies' round-up closed by its
# tagged headline, a column of media products, each under a two-line heading, closed by its
# tagged headline, and a column of speakers closed by its label. Blank lines part every line.
ROUNDUPS_AFTER_THEIR_PARTS = [
    "东城区委书记夏明代表", "社工队伍扎根社区",
    "基层治理的基础在社区。东城区组建了两千人的社工队伍，每名社工联系三百户居民，基层治理有了抓手。",
    "社工上门听意见、解难题，居民有事找社工，社区治理越来越顺。",
    "（本报记者黄晓整理）",
    "江州市委书记史立强代表", "网格管理覆盖城乡",
    "江州把城乡划成两千个网格，网格员每天巡查，基层治理的问题在网格里发现、在网格里解决。",
    "网格管理让基层治理更精细，群众的小事不出网格。",
    "（本报记者李想整理）",
    "北湖街道党工委书记周平代表", "议事会议出好办法",
    "北湖街道每个小区都开议事会议，基层治理的难题摆到桌面上，居民在会上想出了不少好办法。",
    "议事会让基层治理从替民做主变成由民做主。",
    "（本报记者黄晓整理）",
    "代表谈基层治理（两会·连线）",
    "短视频《江州夜色》", "夜色里的烟火气",
    "江州日报融媒体中心推出短视频《江州夜色》，镜头跟着夜市摊主，拍下江州夜色里的烟火气。",
    "短视频上线三天，播放量超过五百万，网友说江州的夜色有温度。",
    "系列海报《南湖四季》", "海报里的南湖",
    "江州日报融媒体中心推出系列海报《南湖四季》，每张海报配一段南湖的故事，南湖的春夏秋冬都在海报里。",
    "系列海报在客户端推出后，不少读者把南湖海报设成了手机屏保。",
    "融媒体产品讲好江州故事（融看台）",
    "南湖镇柳树村党支部书记张华代表", "把路修到家门口",
    "过去村里的路一下雨就是泥，如今水泥路修到了每家门口，农产品运得出去了。",
    "路通了，游客也来了，村里办起了农家乐，村民的腰包鼓了起来。",
    "（本报记者王敏整理）",
    "西城区实验小学教师李红代表", "让孩子吃上热午饭",
    "学校办起了食堂，孩子们中午能吃上热饭热菜，家长也放心了。",
    "食堂的菜谱每周公布，家长委员会轮流来陪餐，饭菜质量大家一起盯。",
    "（本报记者李想整理）",
    "发言席",
]


def test_columns_closed_by_their_headlines_after_their_pieces_are_read_where_headlines_follow():
    # The page opens and closes on header lines, so it reads either way; read with headlines
    # first, the products would run under the deputies' headline and the speakers under the
    # products'. The columns' labels name no words of their text and tell neither reading apart,
    # and the headline wrongly over the speakers' column counts for more than one over two lines.
    articles = cut("\n\n".join(ROUNDUPS_AFTER_THEIR_PARTS) + "\n")
    assert [a.title for a in articles] == ["代表谈基层治理（两会·连线）", "融媒体产品讲好江州故事（融看台）", "发言席"]
    assert articles[1].text.startswith("短视频《江州夜色》 夜色里的烟火气\n") and "\n系列海报《南湖四季》 海报里的南湖\n" in articles[1].text
    assert "把路修到家门口" in articles[2].text and "让孩子吃上热午饭" in articles[2].text


# A short story with its headline printed after it, to follow a made-up story on a page of that layout.
NIGHT_MARKET_AFTER = ["县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。",
                      "夜市开张当晚，客流超过一万人次，摊主们忙到深夜。", "滨河夜市开张"]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_round_up_opening_the_page_with_its_first_speaker_is_one_article_under_the_headline_after_it(between):
    # Headlines printed after their stories: the page opens on the round-up's first part (who
    # speaks and the part's heading), its title follows the last part. Each part's reporter,
    # printed under its heading, stays with that part.
    lines = DEPUTIES_ROUNDUP[1:11] + DEPUTIES_ROUNDUP[:1] + NIGHT_MARKET_AFTER
    articles = cut(between.join(lines) + "\n")
    assert [a.title for a in articles] == ["代表委员讲述履职故事", "滨河夜市开张"]
    assert articles[0].text.startswith("周海代表—— 竭尽所能 守护家乡\n"), articles[0].text
    assert re.search(r"\n林青委员—— 防汛扶贫 双线作战\n本报记者 ?刘洋\n眼下", articles[0].text), articles[0].text


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_section_heading_opening_a_page_of_headlines_after_their_stories_stays_in_the_text(between):
    # The page opens inside a story begun on the page before, on its section's number: the
    # number is kept in that story's text, not lost.
    lines = ["二", "社区还在停车场装了充电桩，电动车主不用再从楼上拉电线充电。",
             "停车场由物业统一管理，收费标准经业主大会表决通过。", "东城社区停车难问题得到缓解"] + NIGHT_MARKET_AFTER
    articles = cut(between.join(lines) + "\n")
    assert [a.title for a in articles] == ["东城社区停车难问题得到缓解", "滨河夜市开张"]
    assert articles[0].text.startswith("二\n社区还在停车场")


@pytest.mark.parametrize("heading", ["审批提速，企业少跑腿", "向改革要动力"])
def test_a_speaker_line_as_wide_as_the_column_stays_apart_from_its_parts_heading(heading):
    # Copied line by line at 13 letters, both speakers' lines fill the column: each is who speaks
    # in a part of the round-up, a line of its own over the part's heading, which ends at its own
    # length even with a comma in it.
    lines = ["代表委员谈基层治理（两会·连线）", _wrap("今年两会上，来自基层的代表委员围绕社区治理建言献策。", 13),
             "江州市东城区委书记夏明代表", "让社工走进千家万户",
             _wrap("社区是基层治理的基本单元，我们组建了两千人的社工队伍，每名社工联系三百户居民。", 13),
             "（本报记者黄晓整理）", "江州市西城区区长史立强代表", heading,
             _wrap("我们把审批事项压减一半，企业开办一天办结，让群众少跑腿、好办事。", 13), "（本报记者李想整理）"]
    article, = cut("\n".join(lines) + "\n")
    assert "\n江州市东城区委书记夏明代表 让社工走进千家万户\n" in article.text, article.text
    assert f"\n江州市西城区区长史立强代表 {heading}\n我们把审批事项" in article.text, article.text


@pytest.mark.parametrize("said", [
    "江州市东城区委书记夏明代表介绍，社区组建了两千人的社工队伍，每名社工联系三百户居民。",
    # To whom they said it (`向本报记者表示：`).
    "江州市东城区委书记夏明代表向本报记者表示：“社区组建了两千人的社工队伍。”",
])
def test_a_speakers_line_as_wide_as_the_column_goes_on_into_what_the_speaker_said(said):
    # Copied line by line at 13 letters: the post and name fill the column after a finished
    # sentence, as a round-up's speaker line does, but the next line says what they did (`介绍，`).
    assert _wrap(said, 13).split("\n")[0] == "江州市东城区委书记夏明代表"
    lines = ["社工走进千家万户", _wrap("今年以来，东城区把社工队伍建设作为基层治理的一件大事来抓。", 13), _wrap(said, 13),
             _wrap("社工们帮居民办事、调解纠纷，群众有事找社工已成习惯。", 13)]
    article, = cut("\n".join(lines) + "\n")
    assert said in article.paragraphs


@pytest.mark.parametrize("said, width, first_line", [
    # The wrap falls inside the words that say to whom (`…夏明对` / `本报记者表示，…`).
    ("江州市东城区委副书记夏明对本报记者表示，社区组建了两千人的社工队伍，每名社工联系三百户居民。", 13,
     "江州市东城区委副书记夏明对"),
    # Or inside the speaker's name from another language (`…安娜·科瓦列` / `娃表示，…`).
    ("江州友好城市协会会长安娜·科瓦列娃表示，社区组建了两千人的社工队伍，每名社工联系三百户居民。", 16,
     "江州友好城市协会会长安娜·科瓦列"),
    # Or the speaker proposes (`建议，`).
    ("江州市青山区卫生健康局副局长刘敏建议，开学后各校要为每个教室配备测温设备，每天早晚各测一次。", 16,
     "江州市青山区卫生健康局副局长刘敏"),
    # Or the speaker was interviewed (`接受本报采访称，`: the paper, no reporter named, `称`).
    ("江州市青山区商务局党组副书记王涛接受本报采访称，今年全区将新开工重大项目一百二十个，总投资超过两百亿元。", 16,
     "江州市青山区商务局党组副书记王涛"),
], ids=["to-whom", "foreign-name", "proposes", "interviewed"])
def test_a_speakers_line_goes_on_where_the_wrap_cut_what_the_speaker_said(said, width, first_line):
    # Copied line by line: a post and a name fill the column after a finished sentence, as a
    # round-up's speaker line does, but the next line goes on with what the speaker said.
    assert _wrap(said, width).split("\n")[0] == first_line
    article = _story_around(said, width, "社工走进千家万户", "今年以来，东城区把社工队伍建设作为基层治理的一件大事来抓。",
                            "社工们帮居民办事、调解纠纷，群众有事找社工已成习惯。")
    assert said in article.paragraphs, article.paragraphs


def _story_around(paragraph: str, width: int, title: str, lead: str, close: str):
    """The one article of a page copied line by line at `width` letters: `title`, then the
    paragraphs `lead`, `paragraph` and `close`."""
    article, = cut("\n".join([title, _wrap(lead, width), _wrap(paragraph, width), _wrap(close, width)]) + "\n")
    return article


def test_a_line_that_ends_inside_a_latin_word_goes_on_into_the_rest_of_it():
    # Wrapped by letter count at 16, then Chinese set apart from digits and Latin letters, as a
    # viewer's copy does: the wrap counted the space the text had before `App` and cut the word
    # (`…江州通 Ap` / `p，…`). The line, a letter short of the column once the space is dropped,
    # had closed the paragraph and read as the headline of the text above it.
    apart = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u4e00-\u9fff])")
    stories = [
        (["本报讯 江州市政务服务中心近日上线掌上办事平台，市民足不出户就能办理社保、医保等40多项业务，平台上线一周，注册用户超过10万人。",
          "政务服务中心负责人介绍，平台打通了人社、医保、公积金等部门的数据，群众办事不用再来回跑，很多业务在手机上几分钟就能办好。",
          "市民可以在手机上打开江州通 App，在首页找到办事大厅，按提示上传材料，平均办理时间由3天缩短到1天。",
          "记者在政务服务中心看到，前来办事的群众比过去少了不少，窗口工作人员有更多时间为老年人提供帮办代办服务。",
          "据悉，年底前将有200项业务实现掌上办理，覆盖全市12个区县，让群众办事更加方便快捷。"], "江州掌上办事平台上线"),
        (["本报讯 江州市第3届职工技能大赛日前落幕，来自全市各行业的500名职工同台竞技，比拼技能，展示风采，赛场上处处可见精益求精的工匠精神。",
          "大赛设置了电工、焊工、数控车工等12个项目，理论考试和实际操作各占一半，获奖选手将获得市技术能手称号，并优先参加省级比赛。",
          "市总工会负责人说，举办技能大赛，就是要在全社会营造尊重劳动、崇尚技能的氛围，引导更多职工走技能成才之路。"], "职工技能大赛落幕"),
    ]
    lines = [apart.sub(" ", line) for paragraphs, headline in stories
             for line in [*(row for paragraph in paragraphs for row in _wrap(paragraph, 16).split("\n")), headline]]
    assert "市民可以在手机上打开江州通 Ap" in lines
    platform, contest = cut("\n".join(lines) + "\n")
    assert (platform.title, contest.title) == ("江州掌上办事平台上线", "职工技能大赛落幕")
    assert platform.text.startswith("本报讯") and platform.text.endswith("让群众办事更加方便快捷。")


def test_a_line_that_ends_on_a_month_goes_on_into_its_day():
    # Copied line by line at 13 letters: a paragraph's first line after a finished sentence ends
    # on a month (`…至今年12月`), and the next opens on its day and a comma (`31日，…`), as a lead
    # under its headline would; no line ends between a month and its day.
    term = "自今年1月1日至今年12月31日，对参加培训的农民工每人每天补贴五十元。"
    assert _wrap(term, 13).split("\n")[0] == "自今年1月1日至今年12月"
    article = _story_around(term, 13, "农民工培训补贴发放到位", "本报讯 江州市人社局近日发布通知，加大农民工职业技能培训补贴力度。",
                            "通知发布前已参加培训的，可向所在区县人社部门补领补贴。")
    assert term in article.paragraphs, article.paragraphs


def test_a_speakers_line_that_goes_on_to_whom_they_told_it_is_no_speaker_line():
    # Copied line by line at 16 letters: the line after a finished sentence ends on whom the
    # speaker told (`…代表向记者`), which reads as a post and a name (向 is a surname too); the
    # next line says what they told, so the line is the text's.
    said = "江州市南城区委书记周明代表向记者谈起社工队伍：社区组建了两千人的社工队伍，每名社工联系三百户居民。"
    assert _wrap(said, 16).split("\n")[0] == "江州市南城区委书记周明代表向记者"
    lines = ["社工走进千家万户", _wrap("今年以来，南城区把社工队伍建设作为基层治理的一件大事来抓。", 16), _wrap(said, 16),
             _wrap("社工们帮居民办事、调解纠纷，群众有事找社工已成习惯。", 16)]
    article, = cut("\n".join(lines) + "\n")
    assert article.title == "社工走进千家万户" and said in article.paragraphs


def test_a_writers_line_as_wide_as_the_column_stays_a_line_of_its_own():
    # Copied line by line at 14 letters: the first writer's line fills the column and is no
    # wrap into the text; the second's name is cut by the wrap and is joined whole again.
    lines = ["专家谈", "快递包装要瘦身", "江州大学法学院副教授 李 明",
             _wrap("快递包装越用越多，过度包装治理成为每个人都关心的问题。新办法对包装的层数作出了规定。", 14),
             "以情释法促和谐", "西城区法律援助中心律师 周文", "斌",
             _wrap("在社区调解工作中，我常常感到，邻里纠纷从来不是只讲理的事，调解要讲情。", 14)]
    article, = cut("\n".join(lines) + "\n")
    assert article.title == "专家谈" and article.byline == "江州大学法学院副教授 李 明；西城区法律援助中心律师 周文斌"
    assert article.text.startswith("快递包装要瘦身\n快递包装越用越多") and "\n以情释法促和谐\n" in article.text


@pytest.mark.parametrize("header, opening", [
    (["再鼓一把劲", "用更实举措推进乡村振兴（有的放矢）"], "二〇二〇年是决胜之年，乡村振兴是一项长期任务，需要久久为功，持续用力。"),
    (["夯实基层基础", "推动社区治理走深走实（治理之道）"], "社区是基层治理的最后一公里，治理水平直接关系群众的获得感。"),
    (["线上展会助推农产品出村"], "为期10天的江州—成都（双流区）农产品数字展销会日前闭幕，两千家企业参展。"),
    (["政务服务不打烊"], "江州市民政务服务中心今天（7号）召开新闻发布会，介绍延时办、预约办等便民举措。")])
def test_a_line_past_the_column_closing_on_its_tag_under_a_kicker_is_the_headline(header, opening):
    # Copied line by line at 16 letters. Under a kicker, a line one past the column or as wide as
    # it that closes on its column tag is the headline; under a headline, a line as wide as the
    # column that closes on a place or a figure in brackets is the text's first line.
    story = ["区里召开防汛工作会议，要求各镇街压实责任，做好汛期值班值守，确保安全度汛。",
             "会议指出，今年汛期降雨偏多，各部门要提前预置抢险力量和物资，确保人民群众生命财产安全。",
             "会议还部署了隐患排查工作，要求对全区河道、水库、地质灾害点逐一排查，发现问题立即整改。"]
    after = [opening, "各地要把产业发展放在突出位置，因地制宜发展特色产业，让农民在产业链上多分享增值收益。"]
    page = "\n".join(["全区部署防汛工作"] + [_wrap(p, 16) for p in story] + header + [_wrap(p, 16) for p in after]) + "\n"
    first, second = cut(page)
    assert second.title == " ".join(header) and second.text.startswith(opening), (second.title, second.text)


def test_an_authors_note_broken_inside_its_inner_bracket_is_no_tagged_headline():
    # Copied at 20 letters, headlines after their bodies: the author's note wraps right after a
    # bracket inside it (`…办公室（科研处）` / `主任）`). That bracket closes inside the one the note
    # opened, so it is no column tag, and the note stays at the end of its commentary's text.
    first = ["区里推行“小事不出网格”工作法，网格员每天走访居民，收集诉求，能解决的当场解决，不能解决的及时上报。",
             "基层治理没有旁观者，把群众的事当成自己的事，才能把工作做到群众心坎上，让群众有更多获得感。"]
    second = ["“社区就是我的家，街坊邻居就是我的亲人。”这是社区网格员王芳常说的一句话，她在社区一干就是十二年。",
              "做好基层工作，既要有热心，也要有耐心，更要有恒心，群众的满意就是对我们最好的褒奖。"]
    lines = [*(_wrap(p, 20) for p in first), "（作者为江州市委党校办公室（科研处）", "主任）", "让治理精细到每个网格（江州时评）",
             *(_wrap(p, 20) for p in second), "（作者为江州日报评论员）", "网格员的“三心”（江州时评）"]
    grid, hearts = cut("\n".join(lines) + "\n")
    assert grid.title == "让治理精细到每个网格（江州时评）" and grid.text.endswith("（作者为江州市委党校办公室（科研处）主任）")
    assert hearts.title == "网格员的“三心”（江州时评）" and hearts.text.startswith("“社区就是我的家")


def test_a_tagged_headline_may_close_on_an_exclamation():
    # Copied line by line at 13 letters, after a finished sentence: the headline fills the
    # column and closes on its tag right after an exclamation.
    story = "区人大常委会召开主任会议，听取全区安全生产工作情况汇报，审议有关人事任免事项，副主任们出席会议。"
    after = "“大家都要关心和爱护护士。”护士节前夕，社区为护士们送去了鲜花和慰问信，感谢她们坚守岗位。"
    page = "\n".join(["区人大常委会召开主任会议", _wrap(story, 13), "向社区护士致敬！(今日谈)", _wrap(after, 13)]) + "\n"
    first, second = cut(page)
    assert second.title == "向社区护士致敬！（今日谈）" and second.text.startswith("“大家都要关心"), (second.title, second.text)
    assert first.text.endswith("副主任们出席会议。")


THEMED_FEATURE = ["“我们都是答卷人”",
  "区委书记给区人民医院援鄂医疗队的年轻党员回信，在全区青年中引起热烈反响。",
  "大家纷纷表示，要把总书记的关怀转化为前进动力，在奋斗中书写无愧于时代的华章。",
  "争当抗疫青春先锋",
  "面对突如其来的疫情，江州大学学生小王放弃返乡，报名成为社区防疫志愿者，每天为居民配送物资。",
  "医学院的研究生们主动请缨，走进发热门诊，承担起预检分诊工作。",
  "志愿服务展现青春担当",
  "在青山镇一个小村庄，返乡大学生组成服务队，帮助村里的老人登记健康信息、代购药品。",
  "江州师范学院的学生发起公益辅导计划，为一线医护人员的子女在线辅导功课。",
  "青春力量汇聚社区一线",
  "四月，多所高校的科研团队加紧攻关，研发快速检测试剂，为抗疫提供科技支撑。",
  "不少青年教师利用假期走进社区，讲解防护知识，帮助居民做好自我防护。"]
LOCAL_STORIES = ["东城社区新增停车位六十个",
  "东城社区新增停车位六十个，居民停车难的问题得到缓解，电动车主也不用再从楼上拉电线充电。",
  "停车场由物业统一管理，收费标准经业主大会表决通过。",
  "江州滨河夜市开张",
  "滨河路上，两百多个摊位沿河排开，吸引市民前来逛吃，摊主们忙到深夜。",
  "夜市开张当晚，客流超过一万人次，周边的停车场也派上了用场。",
  "江州图书馆开放到十点",
  "图书馆每晚开放到十点，方便上班族下班后来读书自习，自习区座位经常坐满。",
  "馆里还开设了亲子阅读区，周末举办绘本故事会。"]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_short_sections_sharing_a_word_inside_them_are_one_features_sections(between):
    # `争当抗疫青春先锋`, `志愿服务展现青春担当`, `青春力量汇聚社区一线`: sections on one theme,
    # however little their text shares with the story's lead. Stories whose headlines open on
    # the same place (`江州…`) are stories of one page, each its own.
    assert [a.title for a in cut(between.join(THEMED_FEATURE) + "\n")] == ["我们都是答卷人"]
    assert [a.title for a in cut(between.join(LOCAL_STORIES) + "\n")] == [LOCAL_STORIES[0], LOCAL_STORIES[3], LOCAL_STORIES[6]]


PROFILE_FEATURE = ["追梦人：王秀英，江州市南湖镇柳树村村民，二〇一五年起参加村文艺队，先后获评县级非遗传承人、市级乡村文化能人。",
    "王秀英的记事本",
    "“游客多了，没想到自己一个村妇也能登台唱戏。”每天傍晚，景区的灯光亮起，演出就要开场。",
    "“花鼓”从田间唱到舞台",
    "每天下午，她和村里的姐妹们在文化礼堂排练，一唱就是两个小时。",
    "去年，她们的节目登上了县里的春节晚会舞台。",
    "“花鼓”唱富了柳树村",
    "如今，柳树村的花鼓戏成了旅游项目，游客来了要看戏，村里的农家乐也跟着红火。",
    "花鼓戏唱出好日子（乡村振兴）"] + NIGHT_MARKET_AFTER


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_profile_box_over_a_story_whose_headline_follows_it_is_the_storys(between):
    # Headlines printed after their stories: the story opens on a box that names its person
    # after a label (`追梦人：王秀英，…`), then a heading that names her over the text. The box
    # and the heading are the story's, not a story of one paragraph under that heading.
    articles = cut(between.join(PROFILE_FEATURE) + "\n")
    assert [a.title for a in articles] == ["花鼓戏唱出好日子（乡村振兴）", "滨河夜市开张"]
    assert articles[0].text.startswith("追梦人：王秀英，") and "\n王秀英的记事本\n“游客多了" in articles[0].text


LABELLED_FEATURE_AND_STORY = ["数字农业为发展注入动能", "江州加快提升经济新动能",
    "五月以来，江州的数字经济项目接连落地，新基建为城市发展注入了新动能。",
    "抓招商", "新签约项目数量创新高",
    "今年以来，江州全面落实稳企业政策，数字经济企业新签约项目四十个，数量创历年新高。",
    "江州智能制造产业园里，一条条生产线满负荷运转，企业订单排到了年底。",
    "育集群", "做强智能制造产业链",
    "江州把人工智能、智能网联汽车作为主攻方向，数字产业集群初具规模。",
    "在5G产业赛道上，江州同样领跑，基站数量全省第一。",
    "兴基建", "建设数字新基建示范区",
    "江州首批数字新基建项目集中签约，总投资超过一百亿元。",
    "企业最能感受到数字经济的活力，智慧工厂、智慧园区一个接一个建起来。",
    "新智科技给电梯装上智慧大脑",
    "新智科技股份有限公司是一家专注于电梯物联网的企业，为城市电梯安全提供智慧管理服务。",
    "公司研发的智能终端已接入电梯两万台，乘客刷脸就能呼梯，电梯故障可以提前预警。",
    "疫情期间，新智科技推出非接触式呼梯，保护乘客安全。"]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_heading_of_one_line_after_sections_under_short_labels_opens_the_next_story(between):
    # `抓招商` / `新签约项目数量创新高`, `育集群` / …, `兴基建` / …: each section stands under a
    # short label. The next heading has none: though its text speaks of the same things
    # (数字, 智慧), it opens the next story.
    articles = cut(between.join(LABELLED_FEATURE_AND_STORY) + "\n")
    assert [a.title for a in articles][-1] == "新智科技给电梯装上智慧大脑"
    assert "\n兴基建 建设数字新基建示范区\n" in articles[0].text


def test_a_column_of_news_briefs_under_a_label_keeps_each_brief_a_story():
    # The same shape, but each brief closes on its reporter's byline: a column of briefs is
    # counted story by story.
    lines = ["简讯", "社区新增停车位", "东城社区新增停车位六十个，居民停车难的问题得到缓解。", "本报记者 王敏",
             "南湖镇快递进村", "南湖镇设立快递代收点二十个，村民在家门口就能取件。", "本报记者 李龙"]
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles][-1] == "南湖镇快递进村"


DEPUTIES_ROUNDUP = [
    "代表委员讲述履职故事",
    "周海代表——", "竭尽所能 守护家乡", "本报记者 张强",
    "疫情发生后，周海当即捐赠一千万元支援家乡，又从外地采购医用口罩三百万只。",
    "作为人大代表，周海今年关注的议题是家乡的经济复苏。",
    "林青委员——", "防汛扶贫 双线作战", "本报记者 刘洋",
    "眼下，青山县石桥镇正逐步克服汛情对产业帮扶的影响，产销对接更顺畅了。",
    "汛期里，林青带着帮扶干部挨家挨户排查，帮一百多名村民找到了工作。",
    "滨河夜市开张",
    "本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。",
]


@pytest.mark.parametrize("story_blank", ["", "\n"])
def test_a_round_up_titled_right_over_its_first_speaker_is_one_article_under_that_title(story_blank):
    # No text between the round-up's title and its first part: the lines over the first part's
    # text are the round-up's title, a deputy's name (`周海代表——`) and the part's headline. The
    # next part names a deputy too, so the first line is the title of them all. Copied without
    # blank lines, or with a blank line only between stories.
    lines = DEPUTIES_ROUNDUP
    articles = cut("\n".join(lines[:11]) + "\n" + story_blank + "\n".join(lines[11:]) + "\n")
    assert [a.title for a in articles] == ["代表委员讲述履职故事", "滨河夜市开张"]
    assert articles[0].text.startswith("周海代表—— 竭尽所能 守护家乡"), articles[0].text
    assert "防汛扶贫 双线作战" in articles[0].text


def test_speaker_headed_stories_that_the_layout_sets_apart_stay_apart():
    # The same lines as a text view prints them: header lines flush left, text indented, a blank
    # line after each story. The layout says each speaker's piece is a story of its own.
    indent = "\u3000\u3000"
    view = "\n\n".join([
        "\n".join([ROUNDUP[0], indent + ROUNDUP[1]]),
        "\n".join(ROUNDUP[2:4] + [indent + line for line in ROUNDUP[4:6]]),
        "\n".join(ROUNDUP[6:8] + [indent + line for line in ROUNDUP[8:10]]),
        "\n".join(ROUNDUP[10:11] + [indent + ROUNDUP[11]]),
    ]) + "\n"
    articles = cut(view)
    assert [(a.kicker, a.title) for a in articles] == [
        (None, ROUNDUP[0]), ("东城区委书记夏明代表", "让社工走进千家万户"), ("江州市委书记史立强代表", "向改革要动力"),
        (None, "滨河夜市开张")]


def test_wrapped_heading_of_clauses_as_wide_as_the_column_stays_apart_from_the_text_under_it():
    # Blank lines on this page fall only between paragraphs, so a full line of two clauses before
    # one (`建立台账动态监测，强化政策兜底`, 15 marks on a 15-mark column) ends there: a section heading
    # under its label, not the first line of the paragraph after it.
    heading = "建立台账动态监测，强化政策兜底"
    page = "\n\n".join([
        _wrap("本报讯（记者 陈晓）奉节县脱贫摘帽后，全县建立防返贫监测机制，每两个月走访一次脱贫户。"),
        _wrap("县里为每户建立台账，因病、因灾出现返贫风险的，第一时间纳入帮扶。"),
        "对症帮扶",
        heading,
        _wrap("脱贫户的状况是随时变化的，刚刚脱贫的家庭抗风险能力弱，要对症下药，一户一策。"),
        "多走访，防止脱贫户再返贫",
        _wrap("本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。"),
        "滨河夜市开张",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["多走访，防止脱贫户再返贫", "滨河夜市开张"]
    feature = articles[0]
    assert [feature.paragraphs[i] for i in feature.headings] == ["对症帮扶", heading]
    assert feature.paragraphs[feature.headings[-1] + 1].startswith("脱贫户的状况是随时变化的")


def test_full_line_under_a_finished_paragraph_runs_on_across_a_random_blank():
    # Blank lines at random breaks (as seed 004): a full line right under a paragraph's last
    # line opens the next paragraph, and the blank after it falls inside that paragraph. Before,
    # `黄大伟老伴从锅里端出一块烤红薯递给` became the headline of a story of its own.
    page = "\n".join([
        "本报讯（记者 李明）老支书走进村民黄",
        "大伟家，察看粮仓，揭开锅盖察看，只",
        "",
        "见里面蒸着红薯、南瓜饼子和土豆。",
        "黄大伟老伴从锅里端出一块烤红薯递给",
        "",
        "了老支书，老支书掰了一块放在嘴里，",
        "还让同行的人都尝尝，村民们笑了。",
        "",
        "老支书来到黄大伟家",
        "",
        "本报讯（记者 王敏）县城滨河路夜市开",
        "张，两百多个摊位沿河排开，吸引市民",
        "前来逛吃，夜市每晚营业到十一点钟。",
        "",
        "滨河夜市开张",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["老支书来到黄大伟家", "滨河夜市开张"]
    assert "烤红薯递给了老支书" in articles[0].text


def test_a_closing_note_in_half_width_brackets_wrapped_before_its_reporter_stays_one_note():
    # `(新华社北京4月30日电` / `记者李向东)`: a bracket still open goes on, half-width or not,
    # even into a line that reads as a byline. Before, the note became a story of its own.
    page = "\n".join([
        "志愿队在防汛抢险的最前线勇担使",
        "命、冲锋在前,从洪水中解救出一",
        "批批群众,为全区锻炼出一支召之",
        "即来、来之能战的青年突击队。",
        "",
        "(新华社北京4月30日电",
        "  记者李向东)",
        "",
        "青年突击队冲锋在防汛一线",
        "",
        "本报讯(记者 王敏)县城滨河路夜",
        "市开张,两百多个摊位沿河排开,",
        "吸引市民前来逛吃,夜市每晚营业",
        "到十一点钟,周末延长一个小时。",
        "",
        "滨河夜市开张",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["青年突击队冲锋在防汛一线", "滨河夜市开张"]
    assert "李向东" in articles[0].text or "李向东" in (articles[0].byline or "")


def test_a_dash_that_falls_at_a_wrap_between_two_full_lines_is_no_subtitle():
    # `阿依又投入了新的“战斗”` / `——每天在网络平台上解答`: both lines as wide as the column, so
    # the dash fell at a wrap inside a paragraph. A subtitle under a headline is set unwrapped.
    page = "\n".join([
        "随着汛情在各地蔓延，她的",
        "故乡防汛形势随之紧张起来",
        "，水利部门给阿依打来电话",
        "。",
        "",
        "阿依又投入了新的“战斗”",
        "——每天在网络平台上解答",
        "家乡网友问题，讲解防汛知",
        "识。",
        "",
        "留学生阿依的防汛故事",
        "——写在防灾减灾日到来之际",
        "",
        "县城滨河路夜市昨晚开张，",
        "两百多个摊位沿河排开，吸",
        "引市民前来逛吃，营业到深",
        "夜。",
        "",
        "滨河夜市开张",
    ]) + "\n"
    articles = cut(page)
    assert len(articles) == 2 and articles[0].title.startswith("留学生阿依的防汛故事")
    assert "新的“战斗”——每天在网络平台上解答家乡网友问题" in articles[0].text
    # Under a full line of text (a comma in it), a shorter line after the dash that ends a
    # sentence ends the paragraph: a quotation the dash announces, no subtitle.
    quoted = page.replace("阿依又投入了新的“战斗”\n——每天在网络平台上解答\n家乡网友问题，讲解防汛知\n识。",
                          "阿依心里一动，做了个决定：\n——“回国去！帮家乡抗洪！”")
    articles = cut(quoted)
    assert len(articles) == 2 and articles[0].title.startswith("留学生阿依的防汛故事")
    assert "做了个决定：——“回国去！帮家乡抗洪！”" in articles[0].text


def test_the_signature_of_an_editors_note_is_no_subtitle():
    # `——编 者` signs the editor's note set above the story: before, it opened a story of its own.
    page = """让老旧小区焕发新活力（民生观察）
老旧小区改造关系千家万户，本版今起推出系列报道，记录各地的探索。
——编 者
本报讯（记者 陈晓）今年以来，新城区启动老旧小区改造，已完成外墙保温、管网更新等工程。
改造中，街道先征求居民意见，再确定改造清单，居民满意率超过九成。
滨河夜市开张
本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["让老旧小区焕发新活力（民生观察）", "滨河夜市开张"]
    assert articles[0].subtitle is None and "居民满意率超过九成" in articles[0].text and "编" not in articles[0].text


def test_wrapped_line_before_a_blank_runs_on_into_a_line_that_finishes_its_clause():
    # Blank lines at random breaks (as seed 004): `…得以快速` / blank / `确立，其优质…` is one
    # sentence, since a clause tail that is a verb finishes the clause above it.
    page = "\n".join([
        "好口碑的特色农品常常让品牌得以迅速",
        "",
        "确立，其价值不仅体现在产品的实用性",
        "，更体现在其文化味。品牌建设由此成",
        "为农户增收的利器。",
        "",
        "品牌助农增收",
        "",
        "日前，国网重庆永川供电公司",
        "",
        "启动技能大练兵，八名青年骨干齐",
        "聚变电站比武，比拼带电作业技能。",
        "",
        "电力精兵比武赛技能",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["品牌助农增收", "电力精兵比武赛技能"]
    assert articles[0].paragraphs[0].startswith("好口碑的特色农品常常让品牌得以迅速确立，其价值")


def test_a_word_set_letter_spaced_is_a_section_heading():
    # `扎 根` (a word set letter-spaced, as features set their section labels) is a section, even where
    # the text under it shares few words with the story so far.
    page = """周大勇的好生意
头发剪得很短，衬衫袖口挽到小臂，周大勇给人的第一印象是干练。
扎 根
二〇〇八年结婚后，他跟着同乡从江西赣州来到江州，落脚在城北的梧桐巷。
滨河夜市开张
本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["周大勇的好生意", "滨河夜市开张"]
    assert articles[0].paragraphs[articles[0].headings[0]] == "扎 根" and "梧桐巷" in articles[0].text


def test_a_wrapped_line_opening_with_a_dash_inside_an_open_quotation_carries_the_paragraph_on():
    # `…“众志成城、抗洪救灾` / `——书法家在行动”…`: the dash is the quotation's, not a subtitle's.
    quoted = "防汛救灾期间，区书法家协会在协会网站和微信公众号上先后连续推送了五十篇“众志成城、抗洪救灾——书法家在行动”系列作品。"
    assert "\n——书法家在行动" in _wrap(quoted)
    page = "\n\n".join([
        _wrap("书写英雄事迹，定格感人瞬间，抒发真挚情怀，书法工作者用笔墨记录了这个夏天里的一个个感人故事。"),
        _wrap(quoted),
        _wrap("如今，书法作品在实体展厅与网络空间之间相互转换，观众在家就能欣赏到名家名作。"),
        "书法家在行动",
    ]) + "\n"
    article, = cut(page)
    assert article.title == "书法家在行动" and quoted in article.paragraphs


def test_a_four_letter_label_over_a_line_is_a_section_heading_of_the_story():
    # `监测预警` over `对全县农户…`, copied without blank lines: a feature's section, not a kicker and
    # headline, though the line under the label is long and the text after it is a scene.
    page = """多走访，防止脱贫户再返贫
本报讯（记者 陈晓）奉节县脱贫摘帽后，如何巩固脱贫成果、防止返贫，成为全县干部的头等大事。
县里为每户建立台账，因病、因灾出现返贫风险的，第一时间纳入帮扶。
监测预警
每月对全县脱贫户逐户上门走访一次
看见客人来，桃园村村民李长贵忙从屋里搬出板凳，端上刚摘的脐橙。
如今，李长贵家的果园每年收入三万多元，脱贫后的日子越过越红火。
滨河夜市开张
本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["多走访，防止脱贫户再返贫", "滨河夜市开张"]
    assert "脱贫后的日子越过越红火" in articles[0].text


def test_short_labels_of_one_length_are_a_series_of_sections():
    # `半路种田`, `自学成才`: four-letter labels over a profile's parts, copied without blank lines.
    page = """田秀才成长记
老周本名周国兴，今年五十九岁，是青山镇远近闻名的种田能手。
半路种田
他早年在城里开货车跑运输，直到四十岁那年才回乡承包土地。
自学成才
青山镇是水稻主产镇，每到病虫害高发季节，乡亲们都来找他看庄稼。
滨河夜市开张
本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸引市民前来逛吃。
"""
    articles = cut(page)
    assert [a.title for a in articles] == ["田秀才成长记", "滨河夜市开张"]
    assert [articles[0].paragraphs[i] for i in articles[0].headings] == ["半路种田", "自学成才"]


BULLETIN_ITEMS = [
    ("区教育局召开2025年全区教育工作会议",
     "3月3日，区教育局召开2025年全区教育工作会议，总结2024年教育工作，部署2025年重点任务。",
     "会议要求，今年要推进集团化办学，深化课后服务，确保各项任务落地见效。"),
    ("全区中小学开展春季校园安全隐患大排查",
     "开学以来，区教育局对全区86所中小学和幼儿园开展春季校园安全隐患大排查。",
     "截至目前，共排查出各类隐患120余处，已整改到位110处。"),
    ("区职教中心与十家企业签订合作协议",
     "3月5日，区职教中心与十家企业签订校企合作协议，共建实训基地五个。",
     "首批200名学生将于下月进入企业实习。"),
]


def test_headlines_set_off_in_square_brackets_lose_them():
    page = "\n".join("\n".join([f"【{title}】", *body]) for title, *body in BULLETIN_ITEMS) + "\n"
    assert [a.title for a in cut(page)] == [title for title, *_ in BULLETIN_ITEMS]


@pytest.mark.parametrize("number", ["{}.", "{}．", "{}、", "（{}）"])
def test_a_numbered_list_of_stories_is_cut_into_its_items(number):
    # A bulletin or a colleague's 要闻 list: `1.区教育局召开…` then its text, `2.…`. A number
    # that opens the page's first headline numbers stories, and the titles lose it. Before, the
    # whole list was one article with the other items as its sections.
    numerals = "一二三" if number == "{}、" else "123"
    page = "\n".join("\n".join([number.format(numerals[index]) + title, *body])
                     for index, (title, *body) in enumerate(BULLETIN_ITEMS)) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [title for title, *_ in BULLETIN_ITEMS]
    assert articles[1].text.endswith("已整改到位110处。")


def test_a_numbered_list_of_stories_numbers_a_kicker_where_an_item_has_one():
    # The number stands on an item's first line, here its kicker over the headline. The next
    # item was read as a numbered section of that one: the story's own headline had no number.
    (first, *body1), (second, *body2), (third, *body3) = BULLETIN_ITEMS
    page = "\n".join([f"1.{first}", *body1, "2.聚焦校园安全——", second, *body2, f"3.{third}", *body3]) + "\n"
    articles = cut(page)
    assert [(a.kicker, a.title) for a in articles] == [(None, first), ("聚焦校园安全——", second), (None, third)]
    assert articles[1].text.endswith("已整改到位110处。") and articles[2].text.startswith("3月5日，")

def test_a_numbered_list_of_stories_numbers_the_headline_under_a_kicker():
    # The number on the headline, under a kicker that leads into it with a dash, or after an
    # item numbered the same way: the numbered line was read as the first section of a story
    # headed by the kicker alone, and every later item as one more of its sections. And the
    # numbered headlines, all about one length, made the short page look wrapped at that width
    # (as many lines past it as at it), so the second was joined to the paragraph under it.
    (first, *body1), (second, *body2), (third, *body3) = BULLETIN_ITEMS
    page = "\n".join(["区教育局部署新学年工作——", f"1.{first}", *body1, "聚焦校园安全", f"2.{second}", *body2,
                      f"3.{third}", *body3]) + "\n"
    articles = cut(page)
    assert [(a.kicker, a.title) for a in articles] == [("区教育局部署新学年工作——", first), ("聚焦校园安全", second), (None, third)]
    assert articles[1].text.endswith("已整改到位110处。") and articles[2].text.startswith("3月5日，")
    assert not looks_wrapped(page.splitlines())

def test_a_numbered_list_of_stories_numbers_the_headline_under_a_kicker_that_leads_into_nothing():
    # The first item's kicker neither ends on a dash nor follows a numbered item: what tells that
    # `1.` numbers a headline, not the first section of a story headed by the kicker, is the next
    # item, numbered on its headline under a kicker of its own. Before, the first item's kicker
    # was its title, and each later item one more section of it.
    (first, *body1), (second, *body2), (third, *body3) = BULLETIN_ITEMS
    page = "\n".join(["区教育局部署新学年工作", f"1.{first}", *body1, "聚焦校园安全", f"2.{second}", *body2,
                      "校企合作再添新成果", f"3.{third}", *body3]) + "\n"
    articles = cut(page)
    assert [(a.kicker, a.title) for a in articles] == [("区教育局部署新学年工作", first), ("聚焦校园安全", second),
                                                       ("校企合作再添新成果", third)]
    assert articles[0].text.endswith("确保各项任务落地见效。") and articles[2].text.startswith("3月5日，")


def test_a_numbered_list_of_stories_numbers_the_headline_over_a_dateline_further_down():
    # Only the first item has a kicker; a later one tells that the list numbers stories by the
    # dateline under its numbered headline, which no section heading has.
    (first, *body1), (second, *body2), (third, *body3) = BULLETIN_ITEMS
    page = "\n".join(["区教育局部署新学年工作", f"1.{first}", *body1, f"2.{second}", *body2,
                      f"3.{third}", "本报讯（记者 李明）" + body3[0], *body3[1:]]) + "\n"
    articles = cut(page)
    assert [(a.kicker, a.title) for a in articles] == [("区教育局部署新学年工作", first), (None, second), (None, third)]
    assert articles[2].byline == "记者 李明"


def test_a_numbered_list_of_stories_numbers_a_headline_closed_by_its_column_tag():
    # Only the first item has a kicker, and no item has a dateline: its numbered headline closes on
    # its column's tag, which no section heading carries. Before, the kicker was the first
    # story's title and every later item one more section of it.
    (first, *body1), (second, *body2), (third, *body3) = BULLETIN_ITEMS
    page = "\n".join(["区教育局部署新学年工作", f"1.{first}（教育观察）", *body1, f"2.{second}", *body2,
                      f"3.{third}", *body3]) + "\n"
    articles = cut(page)
    assert [(a.kicker, a.title) for a in articles] == [("区教育局部署新学年工作", f"{first}（教育观察）"),
                                                       (None, second), (None, third)]
    # A bracket that names who answers for a numbered task is no column's tag: sections stay.
    plan = ("区教育局2025年工作要点\n（一）推进集团化办学（牵头单位：基础教育科）\n新组建教育集团三个，覆盖学校二十所。\n"
            "（二）深化课后服务（牵头单位：德育科）\n课后服务覆盖全部义务教育学校。\n")
    report, = cut(plan)
    assert report.title == "区教育局2025年工作要点" and len(report.headings) == 2


def test_numbered_sections_under_a_headline_stay_sections_even_without_blank_lines():
    page = ("区教育局2025年工作要点\n一、总体要求\n坚持立德树人，推进教育高质量发展。\n"
            "二、重点任务\n推进集团化办学，深化课后服务。\n三、保障措施\n加强组织领导，压实工作责任。\n")
    report, = cut(page)
    assert report.title == "区教育局2025年工作要点"  # before, `一、总体要求` was read into the title
    assert [report.paragraphs[i] for i in report.headings] == ["一、总体要求", "二、重点任务", "三、保障措施"]


def test_header_lines_marked_with_a_box_are_headlines_and_a_boxed_byline_stays_a_byline():
    # Some text views mark each header line with `■`. Before, any short `■…` line was read as a
    # boxed byline (`□本报记者 高明山`), and every headline on such a page was lost.
    page = "\n".join(("■" + line if line and not line.startswith("\u3000") else line)
                     for line in INDENTED_PAGE.split("\n"))
    first, second, third = cut(page)
    assert first.title == "职业学院与十家企业共建实训基地（产教融合进行时）"
    assert (first.kicker, first.subtitle) == ("深化校地合作——", "记某区职业教育改革的一年")
    assert [second.title, third.title] == ["区政府召开新闻发布会并回答记者提问", "老旧小区加装电梯"]
    boxed = classify_line("□本报记者 高明山 李鹏飞", 0, markdown=False)
    assert boxed.role == "header_byline" and boxed.byline == "本报记者 高明山 李鹏飞"
    assert classify_line("■小贴士·制作", 0, markdown=False).role == "header_byline"  # a box's label, as before


def test_a_supplement_pages_writers_under_their_titles_are_bylines_whatever_the_mark():
    # A 副刊 page sets each writer under the title behind a mark of its own choosing. `◎ 刘建国`
    # had become the title, with the real title as its kicker (a name the dictionary knows is
    # no name on its own line elsewhere: `刘建国` is a word too).
    page = "\n".join([
        "母亲的菜园", "◎ 刘建国",
        "　　母亲的菜园在屋后的山坡上，不大，却种满了各样的蔬菜。春天有莴笋和豌豆，夏天有黄瓜和豇豆。",
        "　　如今母亲年纪大了，菜园却一直没有荒。她说，种了一辈子地，闲不下来。",
        "",
        "老街的灯", "■ 李　明",
        "　　小时候，我家住在县城的老街上。街不长，从东头的石桥走到西头的粮站，不过一袋烟的工夫。",
        "",
        "村口的老槐树", "○ 王小川",
        "　　村口那棵老槐树，据说已有三百多岁了。树干要三个大人才能合抱，树冠像一把撑开的大伞。",
    ]) + "\n"
    garden, lamps, tree = cut(page)
    assert (garden.title, garden.kicker, garden.byline) == ("母亲的菜园", None, "刘建国")
    assert (lamps.title, lamps.byline) == ("老街的灯", "李 明")
    assert (tree.title, tree.byline) == ("村口的老槐树", "王小川")
    assert garden.text.startswith("母亲的菜园在屋后") and tree.text.endswith("撑开的大伞。")

def test_wrapped_round_up_part_under_a_speakers_name_stays_in_the_story_its_headline_closes():
    # A round-up's parts are set `post and name——` over a heading the part's first paragraph
    # repeats; the headline comes after the whole story. The dash would make the name a kicker,
    # but the heading's words are all in the paragraph under it and none in the text above.
    round_up = [
        "本报讯（记者 周敏）疫情防控进入常态化，全市文艺院团陆续恢复排练，剧场也在为重新开门做准备。",
        "记者走访了几家院团和剧场的负责人，听他们讲这几个月的经历。",
        "市歌舞剧院院长林晓——",
        "排练厅里从未停工",
        "排练厅里从未停工，演员们每天分批进场，戴着口罩练基本功，新编舞剧已经排到第三幕。",
        "剧院还把经典剧目搬上网络，两个月里线上观看超过五十万人次。",
    ]
    page = "\n\n".join(["\n\n".join(_wrap(p) if p.endswith("。") else p for p in round_up),
                        "院团复工 好戏可期（文化圆桌）",
                        "\n\n".join(_wrap(p) for p in NIGHT_MARKET[1]), NIGHT_MARKET[0]]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["院团复工 好戏可期（文化圆桌）", NIGHT_MARKET[0]]
    assert "线上观看" in articles[0].text and "全市文艺院团" in articles[0].text


def test_a_headline_wider_than_the_column_does_not_take_the_first_line_under_it_without_a_blank_line():
    # Copied out of a PDF viewer: every printed line a line, no blank lines, no indents. The
    # headline is wider than the column; the full line under it, with a clause in it, is text.
    body = "4月30日，江州高铁站改扩建工地，二十多台吊车来回穿梭，工人们干劲十足。随着最后一车混凝土浇筑完毕，新站房主体结构顺利封顶。"
    page = "\n".join(["江州高铁新站房主体结构封顶 抢工期更保质量（奋战在项目一线）", *_wrap(body, 13).split("\n"),
                      "城区新增公交线路三条", *_wrap("本报讯（记者 王敏）县城新开通的三条公交线路今天起运营，覆盖开发区和高铁站。", 13).split("\n")]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["江州高铁新站房主体结构封顶 抢工期更保质量（奋战在项目一线）", "城区新增公交线路三条"]
    assert articles[0].text.startswith("4月30日，江州高铁站改扩建工地") and "顺利封顶。" in articles[0].text


def test_a_dash_inside_a_quoted_headline_makes_no_kicker():
    page = "“你点亮街灯 我照亮你—— 暖冬行动”正式启动\n\n　　本报江州4月30日电（记者 赵敏）由多家单位一起发起的“你点亮街灯 我照亮你——暖冬行动”今天线上启动。\n"
    articles = cut(page)
    assert [(a.title, a.kicker, a.subtitle) for a in articles] == [("“你点亮街灯 我照亮你—— 暖冬行动”正式启动", None, None)]


def test_copied_without_blank_lines_a_kicker_and_a_column_tagged_headline_stand_apart_from_the_text():
    # Every printed line a line, no blank lines: a line opening the page or after a finished
    # sentence or closing note that ends in a column tag, or in a kicker's dash short of the
    # column, is a header line.
    first = "县城新开通的三条公交线路今天起运营，覆盖开发区和高铁站，沿线居民出行更方便，早晚高峰加密班次。"
    second = "汛期以来全省累计降雨量偏多三成，多个县市出现险情，上下游协同防汛显得更加重要。"
    third = "研究所四月二十八日发布监测报告，本市空气中的臭氧主要由本地排放的污染物生成，与外来输送关系不大。"
    page = "\n".join(["县城新增三条公交线路（民生速递）", *_wrap(first, 16).split("\n"), "（本报记者王敏）",
                      "协同作战是最有效的办法（江州时评）", *_wrap(second, 16).split("\n"),
                      "研究所最新监测显示——", "本市臭氧主要由本地排放生成", *_wrap(third, 16).split("\n")]) + "\n"
    articles = cut(page)
    assert [(a.kicker, a.title) for a in articles] == [
        (None, "县城新增三条公交线路（民生速递）"), (None, "协同作战是最有效的办法（江州时评）"),
        ("研究所最新监测显示——", "本市臭氧主要由本地排放生成")]
    assert [a.text[:6] for a in articles] == ["县城新开通的", "汛期以来全省", "研究所四月二"]


def test_where_paragraphs_were_wrapped_without_an_indent_a_line_two_short_of_the_column_ends():
    # Paragraphs' first lines fill the column here, so a header line a few letters short of it
    # (`复工复产，守住安全生产底线`, 13 of 16), even with a comma in it, is no first line of a paragraph.
    story = ["今年以来，全市新建社区卫生服务站十二个，家庭医生签约服务覆盖率提高到六成，居民看病更方便了。",
             "卫生健康部门还组织专家下沉社区，开展慢性病筛查和健康讲座，群众对基层医疗的满意度明显提升。",
             "区卫生健康委负责人表示，下一步将继续加强基层医疗队伍建设，让居民在家门口享受优质服务。"]
    other = ["眼下各类企业陆续复工，应急管理部门派出检查组，对矿山、危化品、建筑工地开展安全隐患排查。",
             "检查组发现问题隐患八十多处，已督促企业当场整改，对拒不整改的三家企业依法责令停产整顿。",
             "应急管理局负责人提醒，企业要落实主体责任，绝不能为了抢工期赶进度而放松安全管理要求。"]
    page = "\n".join(["社区卫生服务站建到家门口", *(_wrap(p, 16) for p in story),
                      "复工复产，守住安全生产底线", *(_wrap(p, 16) for p in other)]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["社区卫生服务站建到家门口", "复工复产，守住安全生产底线"]
    assert articles[1].text.startswith("眼下各类企业陆续复工")


def test_copied_without_blank_lines_a_wide_column_tagged_headline_or_one_after_credits_stands_apart():
    # A headline wider than the column closes on its column tag: the full line under it is text,
    # even with a list in it. After a credit line (`本期统筹：…`, `（王明摄）`) a headline opens as after a sentence.
    first = "城区今年改造老旧小区二十个，加装电梯、修缮屋顶、整治管线，惠及居民八千多户，群众拍手称快。"
    second = "营造一个整洁、有序、充满活力的校园环境，是开学以后各地学校的头等大事，也是家长最关心的事。"
    third = "生机盎然的初夏，全区上下以实际行动凝聚奋进力量，各项重点工作有力有序推进，成效日益显现。"
    page = "\n".join(["老旧小区焕新颜", *_wrap(first, 16).split("\n"), "本期统筹：王明",
                      "答好开学季这道“必答题”（江州时评）", *_wrap(second, 16).split("\n"), "（李华摄）",
                      "凝聚干事创业的力量（江州论坛）", *_wrap(third, 16).split("\n")]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["老旧小区焕新颜", "答好开学季这道“必答题”（江州时评）", "凝聚干事创业的力量（江州论坛）"]
    assert [a.text[:6] for a in articles] == ["城区今年改造", "营造一个整洁", "生机盎然的初"]


def test_copied_without_blank_lines_credits_and_a_speakers_kicker_end_their_lines():
    # A credit line runs on only into the next credit; a line after a kicker's dash opens anew,
    # so a column-tagged title under `刘强委员——` closes there.
    first = "全市已建成高技能人才培训基地十二个，今年还将新建五个，让更多产业工人掌握过硬本领，成为行家里手。"
    second = "作为一名基层医生，我这些年一直在山区巡诊，看到乡亲们看病越来越方便，心里特别高兴，也更有干劲。"
    page = "\n".join(["培训基地建到工厂边", *_wrap(first, 16).split("\n"), "内容统筹：本报编辑 王晨",
                      "图表设计：本报全媒体中心", "让青春绽放绚丽之花", "——写在青年节到来之际",
                      *_wrap(second, 16).split("\n")]) + "\n"
    articles = cut(page)
    assert [(a.title, a.subtitle) for a in articles] == [("培训基地建到工厂边", None), ("让青春绽放绚丽之花", "写在青年节到来之际")]
    kicked = "\n".join(["刘强委员——", "身体力行 医疗扶贫(履职故事)", *_wrap(second, 16).split("\n"),
                        *_wrap(first, 16).split("\n")]) + "\n"
    assert [(a.kicker, a.title) for a in cut(kicked)] == [("刘强委员——", "身体力行 医疗扶贫（履职故事）")]


def test_copied_without_blank_lines_headlines_told_by_a_space_an_opening_word_or_a_colon():
    # After a finished sentence: a line whose phrases a space parts, an unpunctuated line over a
    # story's opening words (`连日来，`), a headline with a colon wider than the column. Each
    # would otherwise read as the first line of a paragraph, being as wide as the column.
    stories = [
        ("区农商行携手抗疫 助力复工复产", "疫情发生后，区农商行坚决落实各项部署，为两千多家企业发放贷款，帮助企业渡过难关。"),
        ("全区集中整治城区占道经营获得点赞", "连日来，全区城管部门集中整治违规占道经营，不少居民和商户对此表示支持和点赞。"),
        ("江州农业银行城南支行：多措并举助力小微企业复工复产", "疫情发生后，支行积极行动，设立专项信贷额度，为重点企业开辟绿色审批通道。"),
    ]
    lead = "全市今年新增城市书房二十家，市民在家门口就能借书读书，书房还定期举办讲座和亲子阅读活动。"
    page = "\n".join(["城市书房开到家门口", *_wrap(lead, 16).split("\n"),
                      *(line for title, body in stories for line in [title, *_wrap(body, 16).split("\n")])]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["城市书房开到家门口"] + [title for title, _ in stories]
    assert [a.text[:4] for a in articles[1:]] == ["疫情发生", "连日来，", "疫情发生"]


def test_copied_without_blank_lines_a_spaced_headline_as_wide_as_the_column_over_an_unknown_join():
    # Line by line at 17 and 18 letters: the headline of phrases parted by a space fills the
    # column, and its last word with the text's first letters makes a word the tokenizer only
    # guesses (`复产新冠`). No dictionary word spans the join: the headline stands.
    title = "区农商行携手抗疫 助力小微企业复产"
    assert len(title) == 17
    lead = "全区今年新建口袋公园十二个，市民出门五分钟就能走进绿地，公园里还设置了健身步道和儿童乐园。"
    body = "新冠肺炎疫情发生后，区农商行开辟绿色通道，为三百多家小微企业发放贷款，帮助企业渡过难关。"
    for width in (17, 18):
        page = "\n".join(["口袋公园扮靓城区", *_wrap(lead, width).split("\n"), title, *_wrap(body, width).split("\n")]) + "\n"
        articles = cut(page)
        assert [a.title for a in articles] == ["口袋公园扮靓城区", title], width
        assert articles[1].text.startswith("新冠肺炎疫情发生后"), width
    # A letter set apart at the wrap is a name cut there (`本报编辑  郑` / `柯岩    图表设计：…`):
    # the credits go on and close the story.
    credits = ["采访整理：本报记者  刘思远    数据来源：区总工会", "内容统筹：本报编辑  郑柯岩    图表设计：本报美术部"]
    other = "青年志愿者走进社区，为老人义务理发、测量血压，还教他们用智能手机挂号和视频通话。"
    page = "\n".join(["口袋公园扮靓城区", *_wrap(lead, 12).split("\n"), *(line for c in credits for line in _wrap(c, 12).split("\n")),
                      "让青春在奋斗中绽放光彩", *_wrap(other, 12).split("\n")]) + "\n"
    assert [a.title for a in cut(page)] == ["口袋公园扮靓城区", "让青春在奋斗中绽放光彩"]


def test_copied_without_blank_lines_a_headline_after_a_paragraph_cut_off_with_no_stop():
    # Line by line at 20, headlines after their bodies: the story's last paragraph was cut off
    # inside a word (`…促进就`, as a copy of a page that ends inside it gives it), and its
    # headline, phrases parted by a space, fills the column. It is the story's headline, not the
    # first line of the next story's text.
    title = "提升技能促就业 让劳动者享受“终身”福利"
    assert len(title) == 20
    first = "区就业服务中心近日启动劳动技能提升专场培训，一百九十二名农村劳动力报名参加，课程涵盖电工、焊工和养老护理。" \
            "培训将切实提升劳动者就业技能，促进就"
    second = "为优化营商环境，区公共资源交易中心集中清退过期保证金，涉及供应商八十余家。"
    page = "\n".join([*_wrap(first, 20).split("\n"), title, *_wrap(second, 20).split("\n"),
                      "公共资源交易中心集中清退保证金"]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [title, "公共资源交易中心集中清退保证金"]
    assert articles[1].text.startswith("为优化营商环境")


def test_copied_without_blank_lines_a_bracketed_place_that_the_page_names_is_no_column_tag():
    # Line by line at 12, headlines after their bodies: a paragraph's first line closes on a
    # bracketed place at the column's edge (`…重庆百君（荣昌）` / `律师事务所…`). The page's
    # text names 荣昌 outside brackets, so the bracket is part of a name, not a column's tag.
    body = ("本报讯（记者王新莲）近日，荣昌区妇联和区工商联在区企业之家举办法律知识讲座。"
            "区女企业家商会三十名会员参加。")
    second = "活动邀请重庆百君（荣昌）律师事务所律师以民法典婚姻家庭编为主题，为大家分享法律知识。"
    assert _wrap(second, 12).split("\n")[0] == "活动邀请重庆百君（荣昌）"
    title = "法律讲座进企业"
    page = "\n".join([*_wrap(body, 12).split("\n"), *_wrap(second, 12).split("\n"), title,
                      *_wrap(POTATO_TEXT, 12).split("\n"), POTATO_TITLE]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [title, POTATO_TITLE]
    assert "活动邀请重庆百君（荣昌）律师事务所律师" in articles[0].text


def test_copied_without_blank_lines_a_headline_as_wide_as_the_column_over_a_story_opening_not_long_ago():
    # Line by line at 14, headlines after their bodies: the headline fills the column and the
    # next story opens `不久前，…` (as `连日来，…` does): a headline over a story's opening words.
    title = "永川职教培养人才“学以致用”"
    assert len(title) == 14
    first = "职教中心与二十多家企业共建产业学院，培养符合现代产业发展所需的新技术人才。"
    second = "不久前，坪漆村还是漫山遍野的桃花，缤纷的落花吸引了纷至沓来的游客。"
    page = "\n".join([*_wrap(first, 14).split("\n"), title, *_wrap(second, 14).split("\n"), "坪漆村变成桃花源"]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [title, "坪漆村变成桃花源"]
    assert articles[1].text.startswith("不久前，")


@pytest.mark.parametrize("title", ["从田间到云端：寻找增收新路子", "市书画院迎来建院七十周年庆典"])
def test_copied_without_blank_lines_a_headline_as_wide_as_the_column_over_a_story_opening_on_a_year(title):
    # Line by line at 14, headlines after their bodies: the headline, with a headline's one colon
    # or none, fills the column and the next story opens on a year (`2017年起，…`).
    assert len(title) == 14
    first = "农业生产与数字技术融合的步伐不断加快，寻找属于乡村产业的新的增长方式，依然在路上。"
    second = "2017年起，我区将每年的9月下旬设为“乡村美食节”，特色农产品品牌建设的重要性日益显现。"
    page = "\n".join([*_wrap(first, 14).split("\n"), title, *_wrap(second, 14).split("\n"), "数字赋能助增收"]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [title, "数字赋能助增收"]
    assert articles[1].text.startswith("2017年起，")


def test_copied_without_blank_lines_a_line_waiting_for_its_year_is_no_headline():
    # The same, but the full line ends on a word that waits for the next (`从`): it is text.
    first = "农业生产与数字技术融合的步伐不断加快，寻找属于乡村产业的新的增长方式，依然在路上。"
    waiting = "全市各美术馆线上展览的数量从"
    assert len(waiting) == 14
    page = "\n".join([*_wrap(first, 14).split("\n"), waiting, *_wrap("2019年起，逐年增长，已超过三百场。", 14).split("\n"),
                      "美术馆上云", *_wrap(POTATO_TEXT, 14).split("\n"), POTATO_TITLE]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["美术馆上云", POTATO_TITLE]
    assert "线上展览的数量从2019年起，逐年增长" in articles[0].text


def test_copied_without_blank_lines_a_subtitle_short_of_the_column_is_a_line_of_its_own():
    body = "5月17日是全国助残日，全区开展形式多样的助残活动，帮助残疾人就业增收，共同迈向美好生活。"
    lead = "全市今年新增城市书房二十家，市民在家门口就能借书读书，书房还定期举办讲座和亲子阅读活动。"
    page = "\n".join(["城市书房开到家门口", *_wrap(lead, 16).split("\n"), "助残脱贫 共奔小康", "——写在全国助残日前",
                      *_wrap(body, 16).split("\n")]) + "\n"
    articles = cut(page)
    assert [(a.title, a.subtitle) for a in articles] == [("城市书房开到家门口", None), ("助残脱贫 共奔小康", "写在全国助残日前")]
    assert articles[1].text.startswith("5月17日是全国助残日")


def test_indented_wrapped_page_a_sentence_ending_at_the_wrap_does_not_end_its_paragraph():
    # Paragraphs open with an indent and wrap every 16 letters. Where a sentence ends right at
    # the end of a line, the unindented line under it goes on with the paragraph: a new one
    # would be indented. A header line stands after a paragraph's short last line.
    paragraphs = ["受行情影响，厂里一直没有新订单。不少一线装配技术工人闲在家中，房贷开支让他压力不小。",
                  "在区人社部门牵线搭桥下，两厂签下共享员工协议，赵伟到邻近的厂子上班，收入比预想的还多。",
                  "局里负责人说，下一步还要建一个面向全区待岗人员的群，让更多的企业加入共享用工，保就业。"]
    lines = ["共享员工 灵活就业"]
    for paragraph in paragraphs:
        wrapped = _wrap(paragraph, 16).split("\n")
        lines += ["　　" + wrapped[0], *wrapped[1:]]
    lines.append("城区新增公交线路三条")
    for paragraph in ("县城新开通的三条公交线路今天起运营，覆盖开发区和高铁站，方便沿线居民出行。",
                      "交通运输局表示，新线路开通后将根据客流调整发车间隔，早晚高峰加密班次。"):
        wrapped = _wrap(paragraph, 16).split("\n")
        lines += ["　　" + wrapped[0], *wrapped[1:]]
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles] == ["共享员工 灵活就业", "城区新增公交线路三条"]
    assert list(articles[0].paragraphs) == paragraphs


def test_copied_without_blank_lines_a_line_of_text_ending_on_a_bracketed_place_goes_on():
    # `探索不止于此。在与诺维奇(重庆)` ends on a bracket as a column tag does, but holds a sentence.
    lead = "这些跃动的青春身影，勾勒出学院跨境电商人才培养的生动图景，也让更多学生看到了自己的未来。"
    text = "探索不止于此。在与诺维奇(重庆)创新科技有限公司合作的卓越班中，学生团队直接运营真实店铺。"
    more = "截至目前，学生团队已成功运营五个店铺，上架商品三百三十余个，策划执行营销活动五场。"
    page = "\n".join(["跨境电商人才培养有新路", *(_wrap(p, 16) for p in (lead, text, more))]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["跨境电商人才培养有新路"]
    assert "诺维奇（重庆）创新科技有限公司" in articles[0].text


def test_indented_wrapped_page_a_paragraphs_first_line_is_no_headline_and_a_hanging_stop_ends_no_paragraph():
    # `　　区市场监管局知识产权科副科长王树` over `日前接受采访时说，…`: an indented line opens a paragraph,
    # whatever follows. A stop that hangs past the column's edge (`…24台吊车正来回穿梭。`)
    # ends a sentence at the wrap, not the paragraph: the next paragraph would be indented.
    def indented(paragraph: str, first: str | None = None) -> list[str]:
        rows = [first] + _wrap(paragraph[len(first):], 16).split("\n") if first else _wrap(paragraph, 16).split("\n")
        return ["　　" + rows[0], *rows[1:]]

    hanging = "高铁站工地上，24台吊车正来回穿梭。随着最后一车混凝土浇筑完毕，新站房主体结构顺利封顶。"
    speaker = "区市场监管局知识产权科副科长王树日前接受采访时说，全区专利申请快速恢复，一季度同比增长五点七。"
    paragraphs = ["今年以来，全区创新主体活力不断增强，专利申请量稳中有升。", speaker, hanging,
                  "项目经理说，这个月干了两亿元产值，终于把耽误的工期追回来了，大家都很高兴。",
                  "工人们说，复工以来大家加班加点，吃住都在工地，就盼着主体结构封顶这一天。",
                  "封顶以后，施工方还要抓紧内部装修，争取早日投入使用。"]
    rows = ["今年一季度全区专利申请稳中有升", *indented(paragraphs[0]), *indented(speaker, speaker[:16]),
            *indented(hanging, hanging[:18]), *(row for paragraph in paragraphs[3:] for row in indented(paragraph))]
    assert hanging[17] == "。" and "　　" + hanging[:18] in rows  # 16 wide (digits half as wide), then the hanging stop
    articles = cut("\n".join(rows) + "\n")
    assert [a.title for a in articles] == ["今年一季度全区专利申请稳中有升"]
    assert list(articles[0].paragraphs) == paragraphs


def test_a_dash_after_a_full_line_whose_closing_quote_hangs_past_the_edge_fell_at_a_wrap():
    # `…抵达“熊猫之乡”` is 16 letters and a closing quote that hangs past the edge; the dash
    # under it goes on with the sentence, it opens no subtitle.
    rows = ["历经十二小时，全程八百多公里，货", "车和轮渡接力护送，抵达“熊猫之乡”", "——青山县熊猫保护区。临行前，“",
            "圆圆”戴上了电子项圈，并安装了定", "位器，工作人员一路护送。"]
    assert [len(row) for row in rows[:4]] == [16, 17, 16, 16]
    page = "\n".join(["熊猫回家", *rows, *_wrap("傍晚，货车驶入青山。保护区的工作人员早早等在路口，迎接这位远方的客人回家。", 16).split("\n")]) + "\n"
    articles = cut(page)
    assert [(a.title, a.subtitle) for a in articles] == [("熊猫回家", None)]
    assert "“熊猫之乡”——青山县熊猫保护区" in articles[0].text


def test_copied_without_blank_lines_a_contact_line_finishes_and_a_full_line_with_digits_is_text():
    # `栏目投稿邮箱：…` closes a column as a sentence does; under a headline wider than the
    # column, a line wrapped by width that holds digits (18 letters, 16 wide) is still a full line of text.
    lead = "这个月以来，全市组织志愿者走进社区，为居民讲解垃圾分类知识，居民参与热情很高。"
    quoted = "2021年，江州全面推进乡村振兴、加快城市更新，各方面工作都在有序推进。"
    rows = ["垃圾分类进社区", *_wrap(lead, 16).split("\n"), "投稿邮箱：ab@cd.cn",
            "锻造过硬消防队伍 护航平安江州建设", *_wrap("一年来，全市消防救援队伍坚持人民至上，处置各类警情数千起，群众安全感不断提升。", 16).split("\n"),
            "“为江州高质量发展汇聚更多智慧和力量”", quoted[:18], *_wrap(quoted[18:], 16).split("\n"),
            *_wrap("政协委员们表示，要围绕中心、服务大局，积极建言献策，为全区发展凝聚智慧和力量。", 16).split("\n")]
    articles = cut("\n".join(rows) + "\n")
    # (a headline wholly inside one pair of quotes loses them)
    assert [a.title for a in articles] == ["垃圾分类进社区", "锻造过硬消防队伍 护航平安江州建设", "为江州高质量发展汇聚更多智慧和力量"]
    assert articles[2].text.startswith("2021年，江州全面")


def test_wrapped_page_with_a_blank_after_each_paragraph_keeps_a_sentence_ended_at_the_wrap_in_its_paragraph():
    # Each paragraph ends before a blank line, so a full line that ends a sentence, with no blank
    # after it, ends no paragraph; a bracketed byline under the last line still stands apart.
    paragraphs = [
        "城南街道今年新建社区食堂三家。老人用餐每餐只需八元，最远的小区步行五分钟就能吃上热饭。",
        "食堂由街道提供场地，餐饮企业运营，每天供应早中晚三餐，菜品每周更换一次。",
        "社区组织志愿者为老人送餐上门。目前，每天送餐六十余份，覆盖独居老人一百二十户。",
        "食堂开业以来，已累计服务老人两万多人次，居民满意率在百分之九十五以上。",
        "下一步，街道将在辖区另外两个社区各建一家食堂。明年年底前，实现老年助餐服务全覆盖。",
    ]
    assert all(len(p.split("。")[0]) + 1 == 15 for p in (paragraphs[0], paragraphs[2]))  # the stop ends a full line
    page = "社区食堂让老人吃上热饭\n\n" + "\n\n".join(_wrap(p) for p in paragraphs) + "\n（记者 王明）\n\n" \
        + "南湖公园完成提档升级\n\n" + _wrap("南湖公园提档升级工程近日完工，新建健身步道三公里，增设座椅和照明设施。") \
        + "\n\n" + _wrap("公园还新建了儿童游乐区，周末每天接待游客上万人次。") + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["社区食堂让老人吃上热饭", "南湖公园完成提档升级"]
    assert [p for p in articles[0].text.split("\n") if p.strip()] == paragraphs + ["（记者王明）"]


def test_wrapped_headline_with_a_phrase_space_after_an_unfinished_paragraph_stands_apart():
    # The story's last paragraph ends on a source line, no full stop, at a full line; the headline
    # after the blank line fills the column as text would, but its phrases are parted by a space.
    first = ["一季度，全区新增市场主体一千二百户，同比增长百分之十五，其中企业四百户。",
             "截至三月末，全区各项贷款余额比年初增加二十亿元，有力支持了全区中小微企业的复工复产。数据来源：区统计局"]
    headline = "全区新增市场主体 贷款余额持续增长"
    second = ["城南街道今年新建社区食堂三家，老人用餐每餐只需八元，步行五分钟就能吃上热饭。"]
    page = "\n\n".join([_wrap(p, 17) for p in first] + [headline] + [_wrap(p, 17) for p in second]
                       + ["社区食堂让老人吃上热饭"]) + "\n"
    assert len(first[1]) % 17 == 0 and len(headline) == 17  # full lines of the column
    articles = cut(page)
    assert [a.title for a in articles] == [headline, "社区食堂让老人吃上热饭"]
    assert articles[0].text.rstrip().endswith("数据来源：区统计局")


CITY_COMMENTARY = [
    "城市治理是一门精细的学问，既要看得见高楼大厦，也要看得见街头巷尾。近年来，不少城市在老旧小区改造、背街小巷整治上下足功夫，群众的获得感明显增强。",
    "细节决定成败。一处破损的井盖、一盏不亮的路灯、一段坑洼的人行道，看似小事，却关系群众出行安全，也检验着城市管理者的责任心。",
    "让治理更精细，需要把群众的需求摆在首位。有的城市开通市民热线，群众反映的问题限时办结；有的城市推行街巷长制，每条街巷都有专人负责。",
    "精细治理离不开科技支撑。一些城市建起城市运行管理平台，井盖移位、路灯故障等问题能被及时发现、及时处置，管理效率大大提高。",
    "精细治理也离不开群众参与。不少社区成立居民议事会，小区停车、垃圾分类等难题由居民商量着办，办成了许多过去办不成的事。",
    "治理精细化还要算好长远账。今天多花一分心思，明天就少一分隐患；一些城市把群众满意度作为考核标准，倒逼管理者把工作做细做实。",
    "一些地方的做法值得借鉴：街道干部每周走访社区，把群众反映的停车难、如厕难、买菜难等问题列成清单，一项一项解决，群众看在眼里、记在心上。",
    "城市治理要坚持问题导向，哪里群众意见大，哪里就是治理的重点；哪些问题群众反映多，哪些问题就要优先解决，不能只做表面文章。",
    "城市越大，群众对美好生活的要求就越高。下足绣花功夫，织密治理针脚，才能让城市更有温度，让群众生活更加舒心。",
]
HEALTH_COMMENTARY = [
    "一场流感季过后，公共卫生又回到了市民的视线里。城市越是发展，群众对健康生活的期待也越高，城市治理也离不开公共卫生。",
    "公共卫生着眼于预防疾病。补齐公共卫生短板，城市要完善公共卫生设施，提高群众的公共卫生意识，让城市生活更加安全、更有温度。",
]


def test_a_heading_none_of_a_long_story_names_over_text_about_it_is_the_next_headline():
    # Commentaries of one page share its vocabulary (城市, 群众, 治理): the heading tells them
    # apart. None of its words stand in the story so far, and the text under it is about what it names.
    from digest.drafts import Draft
    from digest.evidence import foreign_heading, page_idf
    from digest.roles import SECTION

    heading = "筑牢公共卫生防线，防疾病于未发"

    def foreign(told: list[str], line: str = heading, sections: tuple[str, ...] = (), dated: bool = False) -> bool:
        items = [classify_line(text, 0, False) for text in [line, *HEALTH_COMMENTARY]]
        story = Draft(title="织密城市治理的针脚（时评）", paragraphs=[*told, *(SECTION + s for s in sections)], dated=dated)
        return foreign_heading(story, [line], items, 1, page_idf(items))

    assert foreign(CITY_COMMENTARY)
    # One word of it stands in the story (`城市`), its subject does not: still the next headline.
    assert foreign(CITY_COMMENTARY, "补齐公共卫生短板 守护城市健康")
    assert not foreign(CITY_COMMENTARY[:2])  # a short lead: a feature's first section follows it
    # A short report opened by a dateline (本报北京5月13日电) is a story of its own, no feature's lead.
    assert foreign(["本报讯（记者 王芳）" + CITY_COMMENTARY[0], CITY_COMMENTARY[1]], dated=True)
    assert not foreign(CITY_COMMENTARY + ["补齐公共卫生短板刻不容缓。"])  # the story names it already
    assert not foreign(CITY_COMMENTARY, "“公共卫生，防疾病于未发”")  # a quotation set as a section
    assert not foreign(CITY_COMMENTARY, sections=("精细治理离不开科技",))  # a story of sections: one more


def test_a_foreign_heading_is_read_against_the_opening_of_the_text_under_it_not_two_short_lines():
    # A copy broken into lines, with no blank lines or indents, ends a paragraph wherever a line
    # happens to end on a stop: the commentary's opening comes as two short paragraphs, and what
    # the heading names is told in the third.
    from digest.drafts import Draft
    from digest.evidence import foreign_heading, page_idf

    heading = "筑牢公共卫生防线，防疾病于未发"
    opening = ["突如其来的疫情，让人们重新审视城市生活。", "城市越是发展，群众对健康生活的期待也越高。", *HEALTH_COMMENTARY[1:]]
    items = [classify_line(text, 0, False) for text in [heading, *opening]]
    story = Draft(title="织密城市治理的针脚（时评）", paragraphs=CITY_COMMENTARY)
    assert foreign_heading(story, [heading], items, 1, page_idf(items))
    # Two paragraphs as long as a story's opening that say nothing of it: what follows them is no
    # longer the text right under the heading.
    long_opening = ["".join(CITY_COMMENTARY[0:2]), "".join(CITY_COMMENTARY[2:4])]
    items = [classify_line(text, 0, False) for text in [heading, *long_opening, *HEALTH_COMMENTARY[1:]]]
    assert not foreign_heading(story, [heading], items, 1, page_idf(items))


def test_lines_numbered_in_sequence_one_after_another_are_a_list_not_headlines():
    # An agenda printed before its headline (a column-wrapped page, headlines after bodies):
    # each item is a short unpunctuated line, but numbered right after the one before.
    agenda = ["一、听取和审议区政协常务委员会工作报告", "二、听取和审议区政协常务委员会提案工作情况的报告",
              "三、列席区第十八届人民代表大会第三次会议", "四、审议通过区政协十届三次会议有关决议"]
    opening = ["区政协十届三次会议21日上午开幕，全体委员出席会议，区委书记到会祝贺。",
               "会议听取了区政协常委会工作报告，委员们围绕全区发展大局积极建言献策。"]
    page = "\n\n".join([*map(_wrap, opening), "区政协十届三次会议开幕", *map(_wrap, agenda), "（本报讯）",
                         "区政协十届三次会议议程", _wrap(POTATO_TEXT), POTATO_TITLE]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["区政协十届三次会议开幕", "区政协十届三次会议议程", POTATO_TITLE]
    assert all(item in articles[1].text for item in agenda)
    # Numbered section headings have text between them: they stay headings of one story.
    page = "\n".join(["区里部署安全生产工作", "一、压实企业主体责任", "各企业要建立安全生产责任制，层层落实到岗位。",
                      "二、强化隐患排查整治", "各镇街要对辖区企业开展拉网式排查，发现问题立即整改。"]) + "\n"
    article, = cut(page)
    assert article.headings and article.text.startswith("一、压实企业主体责任")
    # A bulletin's table of contents: each item stands again as a story's headline. It is no
    # story's text (every story stays apart) and no subtitle of the first.
    stories = [("区教育局召开全区教育工作会议", "3月10日，区教育局召开全区教育工作会议，部署今年重点任务。"),
               ("区职教中心开展“技能进社区”志愿服务", "3月8日，区职教中心组织师生走进社区开展志愿服务，服务居民300余人次。")]
    page = "本期要目\n" + "\n".join(f"{n}.{title}" for n, (title, _) in enumerate(stories, 1)) + "\n\n" \
        + "\n\n".join(f"{title}\n\n{text}" for title, text in stories) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == [title for title, _ in stories]
    assert not articles[0].subtitle and not articles[0].kicker and "要目" not in articles[0].text
    # Numbers up to 九十九 are read; a doubled numeral (a typo, `二二、`) numbers nothing.
    from digest.roles import list_number
    assert [list_number(text) for text in ("十二、", "二十、", "九十九、", "（三）", "12.", "二二、")] == [
        (2, 12), (2, 20), (2, 99), (3, 3), (1, 12), None]
    page = "二二、听取报告\n三、审议决议\n会议听取了区政协常委会工作报告，委员们积极建言献策。\n"
    assert "委员们积极建言献策" in cut(page)[0].text  # read, not a crash


@pytest.mark.parametrize("entry", ["{title}", "{title}……………{page}", "{title}    {page}"])
def test_a_bulletins_contents_under_its_label_unnumbered_or_with_page_numbers_is_no_story(entry):
    # `本期要目` over the item titles as they stand again further on, with no numbers, or pointing
    # at their pages with a leader (a Word file's 目录), every line a paragraph of its own. Before,
    # the label's run hid the list: `本期要目` titled the first item and the list was its text.
    stories = [("全区秋粮收获进度过八成", "秋收以来，全区组织农机合作社抢抓晴好天气开展机收作业，已收获水稻28.6万亩。"),
               ("青山镇高标准农田建设项目通过验收", "9月28日，青山镇高标准农田建设项目通过区级验收，建成高标准农田2.4万亩。"),
               ("河西村发展庭院经济带动增收", "河西村引导村民利用房前屋后的空地种植蔬菜、养殖家禽，户均年增收4000余元。")]
    contents = [entry.format(title=title, page=number) for number, (title, _) in enumerate(stories, 1)]
    page = "\n\n".join(["本期要目", *contents, *(f"{title}\n\n\u3000\u3000{text}" for title, text in stories)]) + "\n"
    articles = cut(page)
    assert [(a.title, a.text) for a in articles] == stories


BRIEFS_PAGE = """永川日报　2025年3月5日　星期三　第2版　综合

区教育系统部署新学期安全工作

　　本报讯（记者 王芳）3月4日，区教委召开2025年春季学期教育系统安全工作会，部署校园安全、食品安全、交通安全等重点工作。
　　会议要求，各学校要落实安全工作责任制，开展校园安全隐患大排查，建立问题清单，限期整改到位。

简讯

　　白马镇开展春季义务植树活动　3月3日，白马镇组织机关干部、村（社区）干部和志愿者200余人在镇区周边开展义务植树活动，共栽植黄葛树、银杏等苗木1500余株。（通讯员 陈静）
　　区图书馆推出“悦读春天”系列活动　近日，区图书馆推出“悦读春天”系列阅读推广活动，包括亲子共读、名家讲座、图书漂流等12项内容，持续至4月底。（记者 李明）
　　卫星湖街道举办就业招聘会　3月2日，卫星湖街道在南华社区举办春风行动专场招聘会，42家企业提供就业岗位860余个，现场达成就业意向210人。（通讯员 张华）
"""


def test_briefs_set_run_in_under_a_column_label_are_stories_of_their_own(tmp_path):
    meeting, *briefs = read_as_file(tmp_path / "p2.txt", BRIEFS_PAGE)
    assert meeting.title == "区教育系统部署新学期安全工作" and meeting.text.endswith("限期整改到位。")
    assert [(a.title, a.byline, a.kicker) for a in briefs] == [
        ("白马镇开展春季义务植树活动", "通讯员 陈静", None), ("区图书馆推出“悦读春天”系列活动", "记者 李明", None),
        ("卫星湖街道举办就业招聘会", "通讯员 张华", None)]
    assert briefs[0].text.startswith("3月3日，白马镇组织机关干部") and briefs[2].text.startswith("3月2日，卫星湖街道")
    assert all(a.date == "2025-03-05" for a in briefs)


def test_a_byline_indented_right_under_the_headline_signs_the_story_and_leaves_its_text():
    # The view indents the reporter's line as it indents the text. Before, the line also stayed
    # as the text's first words. A reporter's line under a section heading inside the story (an
    # interview's parts, each by its reporter) stays in the text, as it is printed.
    page = ("让职业教育更好对接产业需求\n——江州职业技术学院推进产教融合见闻\n　　记者 赵敏\n"
            "　　走进江州职业技术学院智能制造实训中心，学生们正在老师指导下调试工业机器人。\n"
            "　　近年来，该学院与区内32家企业共建产业学院和实训基地，推行“订单班”“学徒制”培养模式。\n"
            "　　校企共建实训基地\n　　记者 周敏\n"
            "　　学院负责人介绍，下一步将新增专业方向4个，让人才培养与产业发展同频共振。\n")
    [article] = cut(page)
    assert article.byline.startswith("记者 赵敏") and article.text.startswith("走进江州职业技术学院")
    assert "校企共建实训基地\n记者周敏\n" in article.text


def test_a_bulletins_numbered_items_each_headed_by_its_first_sentence_are_stories():
    page = ("区教委工作简报\n第5期\n区教委办公室　　　　2025年3月4日\n\n★ 工作动态\n\n"
            "1.区教委召开新学期工作部署会。3月3日，区教委召开2025年春季学期工作部署会，部署新学期重点任务。"
            "会议要求，各学校要抓好校园安全、食品安全和师德师风建设。\n\n"
            "2.职教中心与12家企业签订校企合作协议。近日，区职业教育中心与12家本地企业签订校企合作协议，"
            "共建智能制造、电子商务等实训基地6个。\n\n报：区委办公室、区政府办公室\n")
    meeting, training = cut(page)
    assert (meeting.title, training.title) == ("区教委召开新学期工作部署会", "职教中心与12家企业签订校企合作协议")
    assert meeting.text.startswith("3月3日，区教委") and training.text.endswith("实训基地6个。")
    # A document's numbered points set the same way are its sections: they do not open on news.
    page = ("区教委关于做好春季学校安全工作的通知\n\n"
            "（一）加强组织领导。各学校要成立安全工作领导小组，校长为第一责任人，层层压实安全责任。\n"
            "（二）开展隐患排查。各学校要对校舍、食堂、消防设施进行全面排查，建立问题清单，限期整改到位。\n")
    (notice,) = cut(page)
    assert notice.title == "区教委关于做好春季学校安全工作的通知" and "（二）开展隐患排查。" in notice.text


def test_one_paragraph_with_a_run_in_lead_is_no_brief():
    page = ("区里召开防汛工作会议\n\n　　本报讯 3月4日，区防汛抗旱指挥部召开会议，部署今年防汛工作。\n"
            "　　会议强调　各镇街要排查山洪地质灾害隐患点，提前预置抢险队伍和物资，确保安全度汛。\n"
            "　　会议要求，各部门要加强值班值守，遇有险情及时报告、及时处置。\n")
    (article,) = cut(page)
    assert article.title == "区里召开防汛工作会议" and "会议强调" in article.text


# In brackets, a colon may follow or not; the label may stand on a line of its own over the note.
@pytest.mark.parametrize("label", ["编者按：", "【编者按】", "【编者按】：", "【编者按】\n　　"])
def test_an_editors_note_above_a_storys_header_lines_is_the_storys_and_never_summarized(label):
    page = (f"{label}产教融合是职业教育高质量发展的必由之路。即日起，本报推出“职教新观察”专栏，聚焦我区职业院校的探索与实践。\n\n"
            "职教新观察\n车间就是课堂 师傅就是老师\n——永川职教中心“订单班”见闻\n\n"
            "　　本报讯（记者 王芳）走进永川职教中心数控实训车间，20多名学生正跟着企业师傅学习零件加工。\n"
            "　　“订单班”实行“双导师”制，学校教师负责理论教学，企业技术骨干负责实操指导，就业率保持在98%以上。\n\n"
            "区委召开理论学习中心组学习会\n\n"
            "　　本报讯（记者 李明）3月5日，区委理论学习中心组召开集体学习会，传达学习全国两会精神。\n"
            "　　编后：学习贯彻的成效，最终要体现在推动发展的实绩上。\n")
    school, study = cut(page)
    assert (school.kicker, school.title, school.subtitle) == ("职教新观察", "车间就是课堂 师傅就是老师", "永川职教中心“订单班”见闻")
    assert school.paragraphs[0].startswith(label.strip()) and 0 in school.notes and "编者按" not in school.body
    assert study.text.endswith("最终要体现在推动发展的实绩上。") and "编后" not in study.body


def test_a_columns_opening_words_under_its_first_story_are_the_papers_note():
    # `开栏的话` over the column's first piece is the editors' word on the series, not the piece's
    # own opening: kept with the story, out of its body and its summary.
    page = ("小网格里的大民生（治理新观察）\n"
            "　　开栏的话\n"
            "　　基层治理是国家治理的基石。即日起，本报开设“治理新观察”专栏，记录各镇街治理创新的探索与实践。\n"
            "　　3月3日清晨，胜利路街道萱花社区网格员刘红走进辖区小区，挨家挨户收集居民诉求。\n"
            "　　去年以来，街道将辖区划分为86个网格，全年解决群众诉求2300余件，群众满意率达到98%。\n"
            "　　（本报记者 王芳）\n\n"
            "区委召开理论学习中心组学习会\n"
            "　　本报讯（记者 李明）3月5日，区委理论学习中心组召开集体学习会，传达学习全国两会精神。\n")
    grid, study = cut(page)
    assert grid.title == "小网格里的大民生（治理新观察）" and grid.paragraphs[0].startswith("开栏的话")
    assert 0 in grid.notes and "专栏" not in grid.body and grid.body.startswith("3月3日清晨")
    # On a page set without indents, the section heading under the note is still the story's.
    sectioned = page.replace("　　3月3日清晨", "网格员刘红：\n小事不出网格\n3月3日清晨").replace("　", "")
    grid, study = cut(sectioned)
    assert grid.title == "小网格里的大民生（治理新观察）" and 0 in grid.notes
    assert grid.headings and grid.paragraphs[grid.headings[0]] == "网格员刘红：小事不出网格"


def test_a_caption_ending_in_its_credit_names_no_byline_and_the_weather_is_no_story(tmp_path):
    page = ("荣昌日报　2025年3月7日　星期五　第1版\n\n我区召开2025年乡村振兴工作推进会\n"
            "　　本报讯（记者 刘洋）3月6日，我区召开2025年乡村振兴工作推进会，总结2024年工作，安排部署今年重点任务。\n"
            "　　会议要求，要抓好粮食生产和重要农产品供给，大力发展特色产业，持续增加农民收入。\n"
            "　　图为会议现场。记者 刘洋 摄\n"
            "天气预报\n　　今天：多云转小雨，8～14℃；明天：小雨，7～12℃。\n"
            "遗失声明\n　　荣昌区某某商贸有限公司遗失营业执照副本一份，声明作废。\n")
    (meeting,) = read_as_file(tmp_path / "p1.txt", page)
    assert meeting.byline == "记者 刘洋" and meeting.text.endswith("持续增加农民收入。\n图为会议现场。记者刘洋摄")


def test_an_edition_copied_into_one_file_gives_each_story_its_pages_masthead(tmp_path):
    page = ("永川日报　2025年3月3日　星期一　第1版　要闻\n\n区委常委会召开会议\n\n"
            "　　本报讯（记者 李明）3月2日，区委常委会召开会议，传达学习全国两会精神，研究部署近期重点工作。\n\n"
            "永川日报　2025年3月4日　星期二　第3版　综合\n\n职业教育助力乡村振兴\n\n"
            "　　本报讯（通讯员 陈静）近日，永川职业教育中心开设首期“新农人”培训班，50名返乡青年参加培训。\n")
    meeting, school = read_as_file(tmp_path / "本周报纸.txt", page)
    assert (meeting.title, meeting.date, meeting.page) == ("区委常委会召开会议", "2025-03-03", "1")
    assert (school.title, school.date, school.page, school.source_name) == ("职业教育助力乡村振兴", "2025-03-04", "3", "永川日报")
    assert "永川日报" not in meeting.text + school.text


def test_an_e_paper_views_pages_copied_into_one_file_give_each_story_its_page(tmp_path):
    # An e-paper site's view of two pages copied one under the other: each page's top sets the
    # site's name, the date, links and the page on lines of their own. Before, the second page's
    # story took the site's name for its kicker and the first page's number.
    def view(page: str, title: str, text: str) -> str:
        return (f"江州日报数字报\n2025年03月06日 星期四\n上一期  下一期\n{page}\n上一版  下一版\n\n"
                f"{title}\n　　{text}\n\n返回目录\n")
    edition = (view("第A02版：综合新闻", "江州区推行“街长制”破解老旧小区治理难题",
                    "本报讯（记者 周敏）3月5日，江州区在68个老旧小区推行“街长制”，由街道班子成员担任街长。")
               + view("第A03版：经济", "江州高新区一季度新签约项目18个",
                      "本报讯（记者 王磊）3月5日，江州高新区今年一季度新签约项目18个，协议投资额达126亿元。"))
    streets, park = read_as_file(tmp_path / "数字报.txt", edition)
    assert (streets.page, park.page) == ("A02", "A03") and park.kicker is None
    assert all((a.date, a.source_name) == ("2025-03-06", "江州日报") for a in (streets, park))
    assert "数字报" not in streets.text + park.text


def test_a_roundup_posts_items_in_brackets_are_stories_but_a_storys_bracketed_sections_are_not(tmp_path):
    post = ("荣昌要闻速览（3月4日）\n原创 荣昌发布 荣昌发布 2025年03月04日 18:30 重庆\n\n"
            "【区委常委会召开会议传达学习全国两会精神】3月3日，区委常委会召开会议，传达学习全国两会精神，研究我区贯彻落实意见。\n\n"
            "【我区启动2025年春季植树活动】3月3日，我区2025年春季义务植树活动在广顺街道启动，机关干部、志愿者500余人参加。\n\n"
            "【区职教中心新增两个专业】近日，区职业教育中心获批新增智能制造技术应用、电子商务两个专业，今年秋季开始招生。\n")
    items = read_as_file(tmp_path / "要闻速览.txt", post)
    assert [(a.title, a.kicker) for a in items] == [("区委常委会召开会议传达学习全国两会精神", None),
                                                   ("我区启动2025年春季植树活动", None), ("区职教中心新增两个专业", None)]
    assert items[1].text.startswith("3月3日，我区2025年春季义务植树活动") and all(a.date == "2025-03-04" for a in items)
    story = ("党建引领激活基层治理\n\n近年来，白马镇坚持党建引领，推动治理重心下移、力量下沉，群众满意度持续提升。\n\n"
             "【坚持党建引领 凝聚治理合力】镇党委建立“镇党委—村党组织—网格党小组”三级体系，把全镇1200余名党员编入网格，由网格党小组组长兼任网格长。\n\n"
             "【聚焦民生需求 提升服务质量】各村设立便民服务站，群众办事“只进一扇门”，一年为群众办结各类事项1.2万件，群众满意率达到98%。\n")
    (article,) = read_as_file(tmp_path / "经验.txt", story)
    assert article.title == "党建引领激活基层治理" and "【聚焦民生需求提升服务质量】各村设立" in article.text


def test_a_lead_in_line_under_a_markdown_subtitle_stays_in_the_text(tmp_path):
    # A line of clauses ending in a dash under the subtitle leads into the text. On a Markdown
    # page (a Word file's headings) it was read as a short plain line, a caption, and lost.
    page = ("# 开启城南法治建设新时代\n\n## ——一部地方法规的诞生记\n\n城南的法治建设，终于等来了这关键的一步——\n\n"
            "2025年3月1日下午，区人大常委会会议表决通过了全区第一部地方性法规，会场里响起了热烈的掌声。\n\n"
            "这部法规从起草到通过历时三年，广泛听取了群众的意见建议。\n")
    (law,) = read_as_file(tmp_path / "法治.md", page)
    assert (law.title, law.subtitle) == ("开启城南法治建设新时代", "一部地方法规的诞生记")
    assert law.text.startswith("城南的法治建设，终于等来了这关键的一步——") and "会场里响起了热烈的掌声" in law.text


def test_a_paragraph_printed_twice_is_no_second_brief(tmp_path):
    # A story whose text opens with its headline in brackets, its one paragraph printed twice by
    # the copy: two bracketed paragraphs in a row had read as a column of two briefs, and the
    # story lost its bracketed opening, which it keeps when the paragraph is printed once.
    paragraph = ("【江州新建三座口袋公园】本报讯 江州区今年在老城区新建三座口袋公园，总面积约一万平方米，"
                 "附近居民步行五分钟即可到达。区城管局负责人介绍，公园设置了健身步道和儿童游乐设施。")
    other = "江州职业学院举办技能大赛\n\n本报讯 江州职业学院日前举办第五届学生技能大赛，300余名学生参加了焊接、数控等项目。\n"
    once = read_as_file(tmp_path / "一次.txt", f"江州新建三座口袋公园\n\n{paragraph}\n\n{other}")
    twice = read_as_file(tmp_path / "两次.txt", f"江州新建三座口袋公园\n\n{paragraph}\n\n{paragraph}\n\n{other}")
    assert [(a.title, a.text) for a in twice] == [(a.title, a.text) for a in once]
    assert twice[0].text.startswith("【江州新建三座口袋公园】本报讯") and twice[0].text.count("口袋公园，") == 1
    # In a column of briefs, a brief printed twice stays one brief.
    briefs = ("简讯\n\n"
              "【我区启动2025年春季植树活动】3月3日，我区2025年春季义务植树活动在广顺街道启动，机关干部、志愿者500余人参加。\n\n"
              "【区职教中心新增两个专业】近日，区职业教育中心获批新增智能制造技术应用、电子商务两个专业，今年秋季开始招生。\n\n"
              "【区职教中心新增两个专业】近日，区职业教育中心获批新增智能制造技术应用、电子商务两个专业，今年秋季开始招生。\n")
    planting, school = read_as_file(tmp_path / "简讯.txt", briefs)
    assert (planting.title, school.title) == ("我区启动2025年春季植树活动", "区职教中心新增两个专业")
    assert school.text == "近日，区职业教育中心获批新增智能制造技术应用、电子商务两个专业，今年秋季开始招生。"


def test_a_roundups_items_numbered_on_lines_of_their_own_are_stories(tmp_path):
    # A WeChat roundup sets each item's number on a line of its own over its headline. Before,
    # the post was one story: the first number ran into the text (`013月5日，…`) and the first
    # headline was read as a photo's caption; the post's name was the first story's kicker.
    post = ("江州一周要闻（3.3—3.9）\n原创 江州发布 江州发布 2025年03月09日 20:00 重庆\n\n"
            "01\n江州区召开2025年基层治理工作会议\n"
            "3月5日，江州区召开2025年基层治理工作会议，总结去年工作，部署今年任务。会议要求深化党建引领基层治理。\n\n"
            "02\n青山镇柑橘电商销售额突破1600万元\n"
            "今年一季度，青山镇通过电商渠道销售柑橘1800吨，销售额达1600万元，带动果农户均增收4000余元。\n\n"
            "03\n江州职教中心新增两个专业\n"
            "近日，江州职业教育中心获批新增智能制造技术应用、电子商务两个专业，今年秋季开始招生。\n")
    items = read_as_file(tmp_path / "一周要闻.txt", post)
    assert [a.title for a in items] == ["江州区召开2025年基层治理工作会议", "青山镇柑橘电商销售额突破1600万元", "江州职教中心新增两个专业"]
    assert items[0].text.startswith("3月5日，江州区召开") and all(a.date == "2025-03-09" for a in items)
    assert all(a.kicker is None for a in items)  # the post's name heads no story of it
    # As a Word file's paragraphs, a blank line under every line: the same stories.
    apart = read_as_file(tmp_path / "一周要闻（Word）.txt", post.replace("\n\n", "\n").replace("\n", "\n\n"))
    assert [a.title for a in apart] == [a.title for a in items] and apart[0].text.startswith("3月5日，江州区召开")
    # A feature's numbered parts, set with no blank line before them, are its sections.
    feature = ("江州：基层干部群众有两盼\n　　近日，本报收到多封读者来信，反映基层减负中的新情况。\n"
               "　　1\n　　盼从填表报数中抽身\n　　“每天要填的表格太多了。”江州区青山镇干部王明说，一张表要报好几个部门。\n"
               "　　2\n　　盼考核评比少些表格\n　　江州区读者李华在来信中建议，考核评比要少看台账，多看群众口碑。\n")
    (feature_story,) = read_as_file(tmp_path / "来信综述.txt", feature)
    assert feature_story.title == "江州：基层干部群众有两盼" and "多看群众口碑" in feature_story.text
    # A copied document's page numbers stand inside its running text: they part nothing.
    document = ("江州区2025年基层治理工作要点\n\n"
                "一、深化党建引领。推动“街长制”在全区城市社区全覆盖，\n1\n完善街道、社区、网格三级治理体系。\n"
                "二、化解矛盾纠纷。健全人民调解、行政调解、司法调解联动工作体系，\n2\n把矛盾纠纷化解在基层。\n")
    (plan,) = read_as_file(tmp_path / "工作要点.txt", document)
    assert plan.title == "江州区2025年基层治理工作要点" and "化解在基层" in plan.text


def test_a_running_head_repeated_inside_a_page_starts_no_page(tmp_path):
    # A page copied out of a PDF viewer repeats its running head where the viewer's pages break.
    head = "永川日报　2025年3月4日　星期二　第3版　综合"
    page = (f"{head}\n\n职业教育助力乡村振兴\n\n"
            "　　本报讯（通讯员 陈静）近日，永川职业教育中心开设首期“新农人”培训班，50名返乡青年参加培训。\n\n"
            f"{head}\n\n"
            "　　培训采用“理论+实操”模式，学员在校内实训基地完成直播带货、无人机植保等实操项目。\n")
    (school,) = read_as_file(tmp_path / "第3版.txt", page)
    assert school.text.endswith("无人机植保等实操项目。") and school.page == "3" and "永川日报" not in school.text


def test_a_dateline_broken_off_its_sentence_by_a_random_blank_runs_on_into_it():
    # Blank lines at random breaks (as seed 004): `本报讯（记者 王磊）3` / blank / `月3日，…`.
    # A dateline with text after its bracket opens a paragraph: it goes on as a full line of
    # text does. Before, it signed the story above and the story below opened `月3日`.
    page = "\n".join([
        "本报讯（记者 黄一鸣）3月6日，区职",
        "业教育中心与区内12家企业签订合作",
        "协议，共建实训基地、共育技能人才。",
        "",
        "区职教中心与12家企业签订合作协议",
        "",
        "本报讯（融媒体中心记者 王磊）3",
        "",
        "月3日，我区一季度重点项目集中开工",
        "活动在高新区举行，总投资86.5亿元。",
        "",
        "我区一季度重点项目集中开工",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["区职教中心与12家企业签订合作协议", "我区一季度重点项目集中开工"]
    assert articles[0].byline == "记者 黄一鸣"
    assert articles[1].byline == "融媒体中心记者 王磊"
    assert articles[1].text.startswith("本报讯（融媒体中心记者王磊）3月3日，我区一季度")


def test_a_caption_closed_by_its_photo_credit_never_runs_on_into_the_headline_after_it():
    # Column-wrapped at 20 with headlines after their stories: the caption `图为…。记者 孙丽 摄`
    # is nearly as wide as the column, and a blank line at a random break could fall inside a
    # paragraph; but a photo credit closes its caption. Before, `春耕备耕正当时` ran on into
    # the caption and the next story joined the one above.
    page = "\n".join([
        "本报讯（记者 孙丽 通讯员 马强）惊蛰过",
        "后，我区各地抢抓农时开展春耕备耕。在龙水",
        "镇高标准农田示范片，农户们忙着育秧施肥。",
        "图为龙水镇农户在育秧。记者 孙丽 摄",
        "",
        "春耕备耕正当时",
        "",
        "本报讯（记者 吴敏）3月2日，我区“书香",
        "社区”建设启动仪式在区图书馆举行。今年将",
        "在20个社区建成图书分馆，配备图书4万册",
        "。",
        "",
        "我区启动“书香社区”建设",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["春耕备耕正当时", "我区启动“书香社区”建设"]
    assert "春耕备耕正当时" not in articles[0].text


def test_a_short_header_line_over_a_longer_one_joins_it_with_a_space_even_where_a_word_spans_them():
    # A kicker over its headline with no blank line between: `聚焦“两会”精神落地` /
    # `区政协召开…`. `地区` is a word by chance, but only a full line wraps, so the short line
    # ends where its author broke it. Before, the title read `…精神落地区政协召开…`.
    page = "\n".join([
        "聚焦“两会”精神落地",
        "区政协召开专题协商会 为优化营商环境建言献策",
        "",
        "本报讯（记者 杨帆）3月7日，区政协召开优化营商环境专题协商会，围绕政务服务、要素保障等议题协商议政。",
        "",
        "区消防救援支队开展高层建筑灭火救援演练",
        "",
        "本报讯（通讯员 邓涛）3月6日，区消防救援支队在城区一栋32层住宅楼开展灭火救援实战演练。",
    ]) + "\n"
    articles = cut(page)
    assert articles[0].title == "聚焦“两会”精神落地 区政协召开专题协商会 为优化营商环境建言献策"
    # A headline wrapped at the column inside a word still joins without a space.
    wrapped = "\n".join([
        "本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，吸",
        "引市民前来逛吃，夜市每晚营业到十一点钟。",
        "",
        "县城滨河路夜市开张两百多个摊位沿河排开吸",
        "引市民",
    ]) + "\n"
    assert cut(wrapped)[0].title == "县城滨河路夜市开张两百多个摊位沿河排开吸引市民"


def test_a_header_line_opening_with_a_dash_under_the_headline_after_its_story_is_the_subtitle():
    # Headlines printed after their stories, each header on its own line with no blank line
    # between: the line that opens with a dash is the subtitle. Before, the title read
    # `老旧小区改造 改出居民“新生活” ——记桂花街道解放路社区改造工程`.
    page = "\n".join([
        "“楼道亮了，管网新了，还加装了电梯，住了二十多年的老房子焕然一新。”3月5日，家住解放路社区的张大爷高兴地说。",
        "",
        "解放路社区共有老旧楼栋46栋，去年以来，街道争取改造资金3200万元，完成外墙翻新、管网改造、加装电梯等项目。",
        "",
        "老旧小区改造",
        "改出居民“新生活”",
        "——记桂花街道解放路社区改造工程",
        "",
        "本报讯（通讯员 邓涛）3月6日，区消防救援支队在城区一栋32层住宅楼开展灭火救援实战演练，全程用时28分钟。",
        "",
        "区消防救援支队开展高层建筑灭火救援演练",
    ]) + "\n"
    first, second = cut(page)
    assert (first.title, first.subtitle) == ("老旧小区改造 改出居民“新生活”", "记桂花街道解放路社区改造工程")
    assert second.title == "区消防救援支队开展高层建筑灭火救援演练"


def test_a_front_pages_contents_point_at_stories_and_are_none():
    # A front page's 导读: each line a story inside the paper and its page. Before, the lines
    # became the kicker of the page's first story.
    page = "\n".join([
        "导读",
        "区政协召开专题协商会 为优化营商环境建言献策　2版",
        "我区启动“书香社区”建设　3版",
        "双河镇：“院坝会”议出产业路……4版",
        "",
        "我区召开2025年一季度经济运行分析会",
        "本报讯（记者 王磊）3月9日，我区召开2025年一季度经济运行分析会，分析研判当前经济形势，安排部署下一阶段重点工作。",
        "会议要求，各部门要紧盯全年目标任务，加快项目建设，全力以赴推动经济持续回升向好。",
    ]) + "\n"
    [article] = cut(page)
    assert (article.kicker, article.title, article.subtitle) == (None, "我区召开2025年一季度经济运行分析会", None)
    assert "版" not in article.text


def test_the_label_over_a_front_pages_contents_is_no_storys_kicker():
    # `今日导读` is no box label as `导读` is: it is known by the lines under it, each pointing at a
    # page. Before, it became the first story's kicker.
    page = "\n".join([
        "今日导读",
        "江州区出台支持民营经济发展十条措施　　2版",
        "青山镇“村BA”火爆出圈　　3版",
        "",
        "江州区召开全区经济工作会议",
        "本报讯（记者 陈明）3月9日，江州区召开全区经济工作会议，总结去年经济工作，部署今年经济工作。",
        "会议强调，今年要推动制造业提质增效、扩大有效投资、优化营商环境。",
    ]) + "\n"
    [article] = cut(page)
    assert (article.kicker, article.title) == (None, "江州区召开全区经济工作会议") and "版" not in article.text


def test_a_list_of_the_pages_headlines_with_no_label_heads_no_story():
    # An e-paper view lists the page's headlines over its stories, here with no `本版导航` over
    # them. Before, the list became the first story's kicker.
    page = "\n".join([
        "江州区推行“街长制”破解老旧小区治理难题",
        "青山镇柑橘搭上电商快车",
        "江州职教中心与本地企业共建实训基地",
        "",
        "江州区推行“街长制”破解老旧小区治理难题",
        "　　本报讯（记者 周敏）3月5日，记者从江州区委社会工作部获悉，江州区在68个老旧小区推行“街长制”，形成三级治理网络。",
        "　　据了解，“街长制”推行以来，全区老旧小区共收集居民诉求1260余件，办结率达96%。",
        "",
        "青山镇柑橘搭上电商快车",
        "　　本报讯（通讯员 刘洋）3月4日，在青山镇电商服务中心，主播王丽正在直播间里推介家乡的柑橘。",
        "　　今年一季度，青山镇通过电商渠道销售柑橘1800吨，带动果农户均增收4000余元。",
        "",
        "江州职教中心与本地企业共建实训基地",
        "　　本报讯（记者 陈静）3月4日，江州职业教育中心与江州机电有限公司签订校企合作协议，共建智能制造实训基地。",
        "　　根据协议，企业将投入设备200余万元，派出技术骨干到学校担任兼职教师。",
    ]) + "\n"
    stories = [(None, "江州区推行“街长制”破解老旧小区治理难题"), (None, "青山镇柑橘搭上电商快车"), (None, "江州职教中心与本地企业共建实训基地")]
    assert [(a.kicker, a.title) for a in cut(page)] == stories
    # Copied as a Word file's paragraphs, a blank line under every line: the same list.
    assert [(a.kicker, a.title) for a in cut(page.replace("\n\n", "\n").replace("\n", "\n\n"))] == stories
    # A column's name over each of its stories comes back over the next one: it still heads both.
    column = "\n".join([
        "一线见闻",
        "江州区推行“街长制”破解老旧小区治理难题",
        "　　本报讯（记者 周敏）3月5日，记者从江州区委社会工作部获悉，江州区在68个老旧小区推行“街长制”，形成三级治理网络。",
        "",
        "一线见闻",
        "青山镇柑橘搭上电商快车",
        "　　本报讯（通讯员 刘洋）3月4日，在青山镇电商服务中心，主播王丽正在直播间里推介家乡的柑橘。",
    ]) + "\n"
    headed = cut(column)
    assert len(headed) == 2 and all("一线见闻" in f"{a.kicker} {a.title}" for a in headed)
    assert "青山镇柑橘搭上电商快车" in headed[1].title


def test_a_headline_printed_twice_over_a_line_of_dashes_reads_without_failing():
    # The list-of-headlines test looked every header line up by its letters, and a line of
    # dashes has none: the page failed with a KeyError.
    page = ("江州区推行“街长制”\n江州区推行“街长制”\n——\n"
            "　　3月5日，江州区在全区68个老旧小区推行“街长制”，由街道班子成员担任街长，形成三级治理网络。\n")
    [article] = cut(page)
    assert article.title == "江州区推行“街长制”" and article.text.startswith("3月5日，江州区")


def test_a_photo_story_between_two_stories_is_a_story_of_its_own():
    # A front page's 图片新闻: a headline over a photo's caption only. Before, the headline
    # became a section of the story above and its caption was lost; the paper's notice at the
    # page's foot (`欢迎订阅…`) ran on into the last story.
    page = "\n".join([
        "我区召开2025年一季度经济运行分析会",
        "本报讯（记者 王磊）3月9日，我区召开2025年一季度经济运行分析会，分析研判当前经济形势，安排部署下一阶段重点工作。",
        "会议要求，各部门要紧盯全年目标任务，加快项目建设，全力以赴推动经济持续回升向好。",
        "",
        "春到田间农事忙",
        "▲3月8日，清江镇河包村村民在田间移栽辣椒苗。连日来，我区各地农民抢抓晴好天气开展春耕生产。记者 李丽 摄",
        "",
        "区领导调研城市更新工作",
        "本报讯（记者 陈思远）3月8日，区领导刘洋带队调研城市更新工作，实地查看老旧小区改造、背街小巷整治等项目推进情况。",
        "刘洋强调，要把城市更新作为惠民生、促发展的重要抓手，不断提升群众的获得感和幸福感。",
        "",
        "欢迎订阅2025年《荣昌日报》",
        "邮发代号：77-00　全年定价：360元",
        "订阅热线：023-00000000",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["我区召开2025年一季度经济运行分析会", "春到田间农事忙", "区领导调研城市更新工作"]
    assert articles[1].text.startswith("3月8日，清江镇河包村村民在田间移栽辣椒苗。")
    assert "春到田间" not in articles[0].text and "订阅" not in articles[2].text


def test_a_column_wrapped_front_page_keeps_its_contents_apart_and_its_photo_story():
    # Headlines after their stories, wrapped at 17: the contents lines (the first wider than
    # the column) are two lines, not one headline wrapped; the photo's caption between two
    # headlines is the story of the headline after it. Before, the contents ran together, and
    # the caption was dropped, its headline becoming the title of the story above.
    page = "\n".join([
        "导读",
        "区政协召开专题协商会 为优化营商环境建言献策　2版",
        "我区启动“书香社区”建设　3版",
        "",
        "本报讯（记者 王磊）3月9日，我区召",
        "开2025年一季度经济运行分析会，分",
        "析研判当前经济形势，安排部署下一阶",
        "段重点工作。",
        "",
        "我区召开一季度经济运行分析会",
        "",
        "▲3月8日，清江镇河包村村民在田间移",
        "栽辣椒苗。连日来，我区各地农民抢抓",
        "",
        "晴好天气开展春耕生产。记者 李丽 摄",
        "",
        "春到田间农事忙",
        "",
        "本报讯（记者 陈思远）3月8日，区领",
        "导刘洋带队调研城市更新工作，实地查",
        "看老旧小区改造等项目推进情况。",
        "",
        "区领导调研城市更新工作",
    ]) + "\n"
    articles = cut(page)
    assert [(a.kicker, a.title) for a in articles] == [
        (None, "我区召开一季度经济运行分析会"), (None, "春到田间农事忙"), (None, "区领导调研城市更新工作")]
    assert articles[1].text.startswith("3月8日，清江镇河包村村民在田间移栽辣椒苗。连日来，我区各地农民抢抓晴好天气")
    assert "版" not in articles[0].text + (articles[0].kicker or "")
    # Headlines above their stories, the first right under the contents: a contents line's
    # page number ends it (the headline had run on into the contents and was lost).
    page = "\n".join([
        "导读",
        "区政协召开专题协商会 为优化营商环境建言献策　2版",
        "我区召开一季度经济运行分析会",
        "本报讯（记者 王磊）3月9日，我区召",
        "开2025年一季度经济运行分析会，分",
        "析研判当前经济形势，安排部署下一阶",
        "段重点工作。",
        "",
        "区领导调研城市更新工作",
        "本报讯（记者 陈思远）3月8日，区领",
        "导刘洋带队调研城市更新工作，实地查",
        "看老旧小区改造等项目推进情况。",
    ]) + "\n"
    assert [a.title for a in cut(page)] == ["我区召开一季度经济运行分析会", "区领导调研城市更新工作"]


def test_a_pull_quote_run_into_the_next_paragraph_goes_whole_where_the_body_ends_its_sentence():
    # Wrapped as seed 004 (blank lines at random breaks): the pull quote's last line is full
    # and ends on no mark, so the paragraph after the blank runs on from it. The body prints the
    # quoted sentence in full later; the quote goes to its end, between two words, and the
    # paragraph opens as printed. Before, its last clause stayed: `需要因地制宜、探索创新说到…`.
    page = "\n".join([
        "各地情况千差万别，推动从解决",
        "“点”上的具体问题，向解决“面”上的共",
        "性问题延伸，需要因地制宜、探索创新",
        "",
        "说到党群服务中心，会想到什么？",
        "合肥新站高新区的青年，可能会想",
        "到“夜校”。前不久，青年夜校艺术课",
        "堂在区党群服务中心正式开课。",
        "",
        "基层探索的多点开花，也告诉我们，",
        "各地情况千差万别，推动从解决“点”",
        "上的具体问题，向解决“面”上的共性",
        "问题延伸，需要因地制宜、探索创新。",
        "既下好“绣花”功夫，又总结经验、优化",
        "举措，服务就将更有精度和温度。",
        "",
        "从党群服务中心“上新”说起",
    ]) + "\n"
    (article,) = cut(page)
    assert article.text.startswith("说到党群服务中心，会想到什么？")
    assert article.text.count("需要因地制宜、探索创新") == 1
    # A sentence that opens with a phrase the text prints as a sentence of its own elsewhere
    # goes on from it within a line, with no blank line there: it keeps its subject.
    page = "\n".join([
        "守牢发展和生态两条底线、坚持乡村产业",
        "振兴为抓手、加快建设宜居宜业和美乡村",
        "。这是会议提出的明确要求，各地要抓好",
        "落实。",
        "",
        "守牢发展和生态两条底线、坚持乡村产业",
        "振兴为抓手、加快建设宜居宜业和美乡村",
        "是彼此联系的有机整体，有着一以贯之的",
        "内在逻辑。",
        "",
        "推动乡村全面振兴",
    ]) + "\n"
    (article,) = cut(page)
    assert "加快建设宜居宜业和美乡村是彼此联系的有机整体" in article.text


def test_a_columns_label_in_brackets_over_the_headline_is_the_kicker():
    # District papers set a column's label over a story's headline (`【一线见闻】`). Before, it
    # was read into the title: `【一线见闻】 清江镇：小小“议事桌”解决群众大难题`.
    page = "\n".join([
        "【奋进新征程 建功新时代】",
        "区委召开常委会会议传达学习全国两会精神",
        "■记者 张晓琳",
        "3月12日，区委召开常委会会议，传达学习全国两会精神，研究我区贯彻落实意见。区委书记王建国主持会议。",
        "",
        "【一线见闻】",
        "清江镇：小小“议事桌”解决群众大难题",
        "□通讯员 刘春燕",
        "“路灯修好了，晚上出门再也不用摸黑了。”近日，清江镇河包村村民李大爷高兴地说。",
    ]) + "\n"
    first, second = cut(page)
    assert (first.kicker, first.title) == ("【奋进新征程 建功新时代】", "区委召开常委会会议传达学习全国两会精神")
    assert (second.kicker, second.title, second.byline) == ("【一线见闻】", "清江镇：小小“议事桌”解决群众大难题", "通讯员 刘春燕")


WIDE_STORIES = [
    ("区委理论学习中心组开展专题学习",
     ["本报讯（融媒体中心记者 张晓琳）3月5日，区委理论学习中心组召开2025年第二次集体学习会，专题学习习近平总书记关于基层治理的重要论述。区委书记王建国主持会议并讲话。",
      "会议指出，要把学习成果转化为推动工作的实际成效，聚焦群众急难愁盼问题，持续深化“街乡吹哨、部门报到”改革，推动治理重心下移、资源下沉。"]),
    ("双河镇：“院坝会”议出产业路",
     ["本报讯（通讯员 刘春燕）“土地流转给合作社，每亩每年能拿600元租金，我们还能在基地打工挣钱。”近日，在双河镇青杠村的院坝会上，村民周大勇算起了增收账。",
      "今年以来，双河镇以“院坝会”为载体，组织党员干部深入村社，与群众面对面商议产业发展。全镇已召开院坝会86场，收集意见建议320余条，推动发展柑橘、花椒等特色产业1.2万亩。"]),
    ("我区一季度重点项目集中开工",
     ["本报讯（融媒体中心记者 王磊）3月3日，我区2025年一季度重点项目集中开工活动在高新区举行。此次集中开工项目28个，总投资86.5亿元，涵盖先进制造、现代物流、城市更新等领域。",
      "区发展改革委相关负责人介绍，我区将建立重点项目“一对一”服务机制，全力保障项目建设用地、用工等要素，推动项目早建成、早投产、早见效。"]),
]


@pytest.mark.parametrize("width, headlines_after", [(26, True), (30, True), (38, False), (44, True)])
def test_a_page_wrapped_at_a_wide_column_is_read_as_wrapped(width, headlines_after):
    # Text copied from a one-column PDF wraps at 26 to 45 letters. Only columns up to 24 were
    # read as wrapped: at 30 each line became a paragraph or a headline (F1 0.002 on real_pages
    # so copied), at 38 with headlines before 0.69.
    blocks = []
    for title, paragraphs in WIDE_STORIES:
        body = "\n\n".join("\n".join(column_lines(paragraph, width)) for paragraph in paragraphs)
        blocks.append(f"{body}\n\n{title}" if headlines_after else f"{title}\n{body}")
    articles = cut("\n\n".join(blocks) + "\n")
    assert [a.title for a in articles] == [title for title, _ in WIDE_STORIES]
    for article, (_, paragraphs) in zip(articles, WIDE_STORIES):
        assert article.paragraphs[-1] == paragraphs[-1]


def test_a_credit_that_opens_a_paragraph_inside_a_wrapped_line_ends_its_story():
    # A text view whose paragraphs run together, parted by full-width spaces, wrapped at 30:
    # the last line ends `…亿元。　　数据来源：…宣传部`, a blank line, then the headline.
    # Before, the headline ran on into the credit and the page read as headlines-first.
    page = "\n".join([
        "本报讯（记者 王敏）县城滨河路夜市开张，两百多个摊位沿河排开，",
        "吸引市民前来逛吃，夜市每晚营业到十一点钟，周末延长一个小时。",
        "",
        "滨河夜市开张",
        "",
        "2020年5月9日，江州市乡村振兴战线传来喜讯，青山区、石桥县、柳",
        "河县入选示范县名单，全市累计带动30.41万名农村群众增收。　　",
        "此外，非结对帮扶县引进企业8家，引进项目总投资额达到了",
        "13.4996亿元。　　数据来源：中共江州市委宣传部",
        "",
        "江州“三变”改革助农增收",
    ]) + "\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["滨河夜市开张", "江州“三变”改革助农增收"]


def test_an_official_notice_keeps_its_title_and_its_signature_dates_it(tmp_path):
    # A department's 通知: title, addressees ending in a colon, text, then the signature (落款:
    # the office, the date). Before, the office at the foot became the title (the page read as
    # headlines-after) and the addressees a header line; the notice had no date.
    path = tmp_path / "通知.txt"
    path.write_text("\n".join([
        "关于召开全区春季农业生产工作会议的通知",
        "",
        "各镇人民政府、街道办事处，区级有关部门：",
        "经区政府同意，决定召开全区春季农业生产工作会议。",
        "现将有关事项通知如下：",
        "一、会议时间：2025年3月10日上午9时",
        "二、会议地点：区行政中心三楼第一会议室",
        "特此通知。",
        "",
        "区农业农村委员会",
        "2025年3月5日",
    ]) + "\n", encoding="utf-8")
    (article,) = split_articles(read_source(path))
    assert (article.title, article.kicker, article.date, article.source_name) == (
        "关于召开全区春季农业生产工作会议的通知", None, "2025-03-05", "区农业农村委员会")
    assert article.text.startswith("各镇人民政府、街道办事处，区级有关部门：") and "委员会" not in article.text


def test_a_full_line_stopping_on_a_preposition_wraps_across_a_random_blank_and_is_no_heading():
    # Blank lines at random breaks (as seed 004): `…十条措施自` / blank / `印发之日起施行，…`. A
    # full line of two clauses alone before a blank line reads as a heading
    # (`缺口不小，全区用工需求量剧增`), but no heading ends on a word that waits for the next one
    # (a preposition, a conjunction). Before, the line became the title of the story above.
    page = "\n".join([
        "本报讯（记者 周敏）3月12日，记",
        "者从区发展改革委获悉，《关于支持小",
        "微企业高质量发展的十条措施》近日印",
        "发，从融资、用工、用地等方面为小微",
        "企业纾困解难。",
        "",
        "区发展改革委负责人表示，十条措施自",
        "",
        "印发之日起施行，有效期至2026年",
        "12月31日。",
        "",
        "我区出台十条措施支持小微企业发展",
        "",
        "垃圾分类、邻里互助、参与志愿服务都",
        "能攒积分，积分还能兑换生活用品。",
        "",
        "让“小积分”激活基层治理“大能量”",
    ]) + "\n"
    first, second = cut(page)
    assert first.title == "我区出台十条措施支持小微企业发展"
    assert "负责人表示，十条措施自印发之日起施行" in first.text.replace("\n", "")
    assert second.title == "让“小积分”激活基层治理“大能量”"


def test_a_papers_own_commentator_signs_the_commentary():
    # `□ 本报评论员` names no person: the paper's own voice. Before, it was read as the headline
    # and the real headline became the subtitle.
    page = "\n".join([
        "（今日观点）",
        "让“小积分”激活基层治理“大能量”",
        "□ 本报评论员",
        "垃圾分类、邻里互助、参与志愿服务都能攒积分，积分还能兑换生活用品。近来，不少村（社区）推行“积分制”，群众参与基层治理的热情明显提高。",
        "积分虽小，撬动的却是群众的主人翁意识。过去一些村里的事“干部干、群众看”，如今群众从旁观者变成了参与者。",
    ]) + "\n"
    assert classify_line("新华社评论员", 0, False).role == "byline"
    (article,) = cut(page)
    assert (article.kicker, article.title, article.byline) == ("（今日观点）", "让“小积分”激活基层治理“大能量”", "本报评论员")


@pytest.mark.parametrize("headlines_after", [False, True])
def test_a_notices_particulars_at_its_end_stay_in_its_text(headlines_after):
    # `活动时间：…` and `活动地点：…` close a notice of an event: short lines with no stop. Before,
    # they were the subtitle of the next story (headlines before) or of their own (after).
    body = [
        "本报讯（记者 胡婷）为帮助求职者实现就业，区人力社保局将于3月18日举办“春风送岗”专场招聘会，届时将有80余家企业提供岗位2600余个。",
        "活动时间：3月18日9:00—12:00",
        "活动地点：区人力资源市场一楼大厅",
    ]
    other = ["本报讯（通讯员 杨丽）3月8日，区妇联召开“最美家庭”表彰会，对20户“最美家庭”和10户“文明家庭”进行表彰。"]
    stories = [("“春风送岗”专场招聘会下周举行", body), ("区妇联表彰一批“最美家庭”", other)]
    blocks = ["\n".join(lines + [title] if headlines_after else [title] + lines) for title, lines in stories]
    first, second = cut("\n\n".join(blocks) + "\n")
    assert (first.title, first.subtitle, second.title, second.subtitle) == (
        "“春风送岗”专场招聘会下周举行", None, "区妇联表彰一批“最美家庭”", None)
    assert first.text.endswith("活动地点：区人力资源市场一楼大厅")
    assert classify_line("时间：5月23日上午", 0, False).role == "candidate"  # a feature's header block can say when


BULLETED_BRIEFS_PAGE = "\n".join([
    "区妇联表彰一批“最美家庭”",
    "本报讯（通讯员 杨丽）3月8日，区妇联召开“最美家庭”表彰会，对20户“最美家庭”进行表彰。区委常委、组织部部长陈芳出席会议并讲话。",
    "会议宣读了表彰决定。获表彰的“最美家庭”户主名单如下：",
    "王建国　李明华　陈芳芳　张伟民　刘洋洋",
    "赵丽萍　孙志强　周海燕　吴国庆　郑秀兰",
    "会上，3户家庭代表分享了家风故事。区妇联负责人表示，将通过巡回宣讲等形式，推动好家风走进千家万户。",
    "",
    "简讯",
    "■区人社局开展春季招聘月活动",
    "3月以来，区人社局开展春季招聘月活动，组织32家企业进村入户送岗位，发放政策宣传资料5000余份。（记者 胡婷）",
    "■清江镇开展防汛应急演练",
    "3月10日，清江镇在河包村开展防汛应急演练，模拟转移受困群众、抢修堤坝等场景，120余名干部群众参加。（通讯员 刘春燕）",
    "■区图书馆新增24小时自助借阅点",
    "近日，区图书馆在万达广场新设24小时自助借阅点，可借阅图书3000余册，市民刷身份证即可借还。（记者 周敏）",
]) + "\n"


def test_briefs_with_bulleted_headlines_on_a_page_whose_blank_lines_part_stories_are_each_a_story():
    # A page whose blank lines part stories reads every line after a blank up to the first
    # line of text as header lines. A brief signed after its full stop (`…5000余份。（记者 胡婷）`)
    # ends no sentence at its end: the whole column was read as header lines, a story with no
    # text, and lost. Now a line with a full stop in it is text, a signed paragraph closes its
    # story, and the column's label (`简讯`) over a bulleted headline heads none.
    articles = cut(BULLETED_BRIEFS_PAGE)
    assert [(a.title, a.kicker, a.byline) for a in articles] == [
        ("区妇联表彰一批“最美家庭”", None, "通讯员 杨丽"),
        ("区人社局开展春季招聘月活动", None, "记者 胡婷"),
        ("清江镇开展防汛应急演练", None, "通讯员 刘春燕"),
        ("区图书馆新增24小时自助借阅点", None, "记者 周敏"),
    ]


def test_lines_of_names_announced_by_the_paragraph_above_are_text_not_bylines():
    # `…名单如下：` then lines of names: the list of honourees. Before, each line was read as the
    # story's byline and left out of its text.
    first = cut(BULLETED_BRIEFS_PAGE)[0]
    assert first.byline == "通讯员 杨丽"
    assert "名单如下：\n王建国\u3000李明华\u3000陈芳芳\u3000张伟民\u3000刘洋洋\n赵丽萍\u3000孙志强" in first.text


def test_a_poem_on_a_supplement_page_is_a_story_kept_a_line_at_a_time():
    # A 副刊 page: a poem's lines are short and unpunctuated, like header lines. Read as a header
    # block with no text under it, the poem was left out of the digest without a word.
    page = "\n".join([
        "区图书馆新增24小时自助借阅点",
        "近日，区图书馆在万达广场新设24小时自助借阅点，可借阅图书3000余册，市民刷身份证即可借还。",
        "",
        "春天的村庄",
        "",
        "文/李明",
        "",
        "油菜花开满山坡",
        "蜜蜂在花间穿梭",
        "老黄牛慢悠悠地走过田埂",
        "炊烟升起的时候",
        "母亲在村口喊我回家",
        "",
        "春天的村庄",
        "是一幅画",
        "是一首歌",
        "是游子心中",
        "永远的牵挂",
    ]) + "\n"
    first, poem = cut(page)
    assert (poem.title, poem.byline) == ("春天的村庄", "李明")
    assert poem.paragraphs[:2] == ("油菜花开满山坡", "蜜蜂在花间穿梭")
    assert poem.paragraphs[-1] == "永远的牵挂" and len(poem.paragraphs) == 10


def test_a_poem_on_an_indented_page_is_a_story_kept_a_line_at_a_time():
    # The text view of a 副刊 page: titles flush, every paragraph indented, a poem's lines too,
    # its stanzas parted by an empty indented line. The poem's lines were read as section
    # headings under a title with no text, and the poem was left out.
    stanza_lines = [["风从南边的山口吹过来", "吹醒了沉睡一冬的田埂", "父亲扛着锄头走在前面", "他的脚印里长出新绿"],
                    ["油菜花开满了半个村庄", "蜜蜂在花间来回奔忙", "母亲说今年的雨水好"],
                    ["我站在田埂上", "看炊烟慢慢升起", "看春天一寸一寸走进村子"]]
    page = "\n".join([
        "老街的灯",
        "　　小时候，我家住在县城的老街上。街不长，从东头的石桥走到西头的粮站，不过一袋烟的工夫。",
        "　　灯还是那些灯，照着的人已换了一茬又一茬。",
        "",
        "春天的田埂",
        *"\n　　\n".join("\n".join("　　" + line for line in stanza) for stanza in stanza_lines).split("\n"),
        "",
        "一棵树的守望",
        "　　村口那棵老槐树，据说已有三百多岁了。树干要三个大人才能合抱，树冠像一把撑开的大伞。",
        "　　一",
        "　　夏天的傍晚，村里的老人喜欢坐在树下乘凉，摇着蒲扇，说着庄稼和天气。",
    ]) + "\n"
    essay, poem, tree = cut(page)
    assert essay.title == "老街的灯" and essay.text.endswith("一茬又一茬。")
    assert poem.title == "春天的田埂" and poem.paragraphs == tuple(line for stanza in stanza_lines for line in stanza)
    assert tree.title == "一棵树的守望" and [tree.paragraphs[index] for index in tree.headings] == ["一"]
    # The same page copied without its indents: a blank line parts stories and stanzas alike.
    # Two runs of three lines or more with a blank between are stanzas, and the line over the
    # first, after a story's last paragraph, is the poem's title. The stanzas after the first
    # had been read as header lines and lost.
    flush = "\n".join("" if not line.strip() else line.lstrip("　") for line in page.split("\n"))
    essay, poem, tree = cut(flush)
    assert essay.text.endswith("一茬又一茬。") and tree.title == "一棵树的守望"
    assert poem.title == "春天的田埂" and poem.paragraphs == tuple(line for stanza in stanza_lines for line in stanza)
    # And with no blank line at all: the poem's title and the next story's headline stood at the
    # ends of one run of short lines, which was read as verse, and all three stories as one.
    for solid in ("\n".join(line for line in flush.split("\n") if line), "\n".join(line for line in page.split("\n") if line)):
        essay, poem, tree = cut(solid)
        assert (essay.title, poem.title, tree.title) == ("老街的灯", "春天的田埂", "一棵树的守望")
        assert poem.paragraphs == tuple(line for stanza in stanza_lines for line in stanza)

def test_a_masthead_with_full_width_digits_dates_its_page(tmp_path):
    page = ("荣昌日报　２０２５年３月１２日　星期三　第２版\n\n区委召开常委会会议\n"
            "　　本报讯（记者 王磊）３月１１日，区委召开常委会会议，传达学习全国两会精神，研究部署我区贯彻落实工作。\n")
    (article,) = read_as_file(tmp_path / "p2.txt", page)
    assert (article.date, article.page) == ("2025-03-12", "2")
    assert article.text.startswith("本报讯（记者王磊）3月11日，")


def test_a_table_pasted_with_tabs_stays_in_its_story_row_by_row():
    # Cells parted by tabs, a row a line (a spreadsheet pasted into a text file). Each row was
    # read as a header line: the last opened a story of its own and the others were lost.
    page = ("一季度我区经济运行稳中有进\n"
            "　　本报讯（记者 王磊）4月15日，记者从区统计局获悉，一季度全区经济运行稳中有进。\n"
            "指标\t总量\t同比增长\n地区生产总值\t128.6亿元\t6.1%\n社会消费品零售总额\t52.3亿元\t6.5%\n"
            "　　区统计局相关负责人表示，下一步将加强经济运行监测分析。\n\n"
            "双河镇：“院坝会”议出产业路\n"
            "　　本报讯（通讯员 刘春燕）近日，双河镇青杠村召开院坝会，村民围坐一起商议产业发展。\n")
    economy, village = cut(page)
    assert (economy.title, village.title) == ("一季度我区经济运行稳中有进", "双河镇：“院坝会”议出产业路")
    assert economy.paragraphs[1:4] == ("| 指标 | 总量 | 同比增长 |", "| 地区生产总值 | 128.6亿元 | 6.1% |",
                                       "| 社会消费品零售总额 | 52.3亿元 | 6.5% |")
    assert economy.text.endswith("监测分析。") and len(economy.notes) == 3
    # A tab inside a sentence is no table.
    (one,) = cut("区委召开常委会会议\n　　本报讯（记者 王磊）3月11日，区委召开常委会会议。\t会议强调，要推动各项工作落地见效。\n")
    assert "会议强调" in one.text and "|" not in one.text


def test_a_masthead_and_a_notices_signature_dated_in_chinese_numerals_date_their_stories(tmp_path):
    (story,) = read_as_file(tmp_path / "p1.txt", "荣昌日报　二〇二五年三月十二日　星期三　第１版\n\n区委召开常委会会议\n"
                                                  "　　本报讯（记者 王磊）3月11日，区委召开常委会会议，传达学习全国两会精神。\n")
    assert (story.date, story.page) == ("2025-03-12", "1")
    (notice,) = read_as_file(tmp_path / "通知.txt", "关于召开全区春季农业生产工作会议的通知\n\n各镇人民政府、街道办事处：\n"
                                                     "经区政府同意，决定召开全区春季农业生产工作会议。特此通知。\n\n"
                                                     "区农业农村委员会\n二〇二五年三月五日\n")
    assert (notice.title, notice.date, notice.source_name) == ("关于召开全区春季农业生产工作会议的通知", "2025-03-05", "区农业农村委员会")


def test_a_poem_on_a_markdown_page_is_kept_though_a_blank_line_parts_each_line():
    page = ("# 春天的村庄\n\n油菜花开满山坡\n\n蜜蜂在花间穿梭\n\n老黄牛慢悠悠地走过田埂\n\n炊烟升起的时候\n\n母亲在村口喊我回家\n\n"
            "# 区妇联表彰一批“最美家庭”\n\n本报讯（通讯员 杨丽）3月8日，区妇联召开“最美家庭”表彰会，对20户“最美家庭”进行表彰。\n")
    poem, families = cut(page)
    assert poem.title == "春天的村庄" and poem.paragraphs == ("油菜花开满山坡", "蜜蜂在花间穿梭", "老黄牛慢悠悠地走过田埂",
                                                             "炊烟升起的时候", "母亲在村口喊我回家")
    assert families.title == "区妇联表彰一批“最美家庭”"


def test_a_profile_box_stays_in_its_story_and_an_e_papers_links_to_the_next_article_are_no_text():
    # `人物名片` over `姓名：刘洋` … inside a feature: a box of the story. Before, its last line
    # headed a story of its own with the feature's last paragraph. `<<上一篇　　下一篇>>` and
    # `返回版面` (an e-paper view's links) had become the next story's subtitle.
    page = "\n".join([
        "“90后”村支书带富一方",
        "　　本报讯（记者 周敏）返乡5年，从村里的“新面孔”成长为群众信赖的“领头雁”。近日，记者走进清江镇河包村。",
        "　　2020年，刘洋辞去城里的工作回到家乡，带领村民成立专业合作社，发展晚熟柑橘600亩。",
        "人物名片",
        "姓名：刘洋",
        "出生年月：1993年6月",
        "职务：清江镇河包村党支部书记",
        "　　“乡亲们信任我，我就要把事情办好。”刘洋说，下一步将发展乡村旅游。",
        "<<上一篇　　下一篇>>",
        "返回版面",
        "",
        "区消防救援支队开展高层建筑灭火救援演练",
        "　　本报讯（通讯员 王伟）3月11日，区消防救援支队在万达广场开展高层建筑灭火救援实战演练。",
    ]) + "\n"
    feature, drill = cut(page)
    assert feature.title == "“90后”村支书带富一方" and feature.text.endswith("下一步将发展乡村旅游。")
    assert "职务：清江镇河包村党支部书记" in feature.text
    assert (drill.title, drill.subtitle, drill.kicker) == ("区消防救援支队开展高层建筑灭火救援演练", None, None)


def test_a_web_pages_list_of_links_under_the_article_is_no_poem():
    # Five short unpunctuated lines in a row are a poem's, unless they are list items: a saved
    # page's links to other stories (`- 各区二手房成交明显上升`) had become the article's last lines.
    links = ["社保卡的钱怎么给家人用", "城南新建三所幼儿园明年招生", "各区二手房成交明显上升",
             "地铁公司回应扶梯故障传言", "江州出台措施支持外贸企业"]
    page = "# 区人社局开展春季招聘月活动\n\n3月以来，区人社局开展春季招聘月活动，组织32家企业进村入户送岗位。\n\n快资讯\n\n" \
        + "\n".join("- " + link for link in links) + "\n"
    (article,) = cut(page)
    assert article.text == "3月以来，区人社局开展春季招聘月活动，组织32家企业进村入户送岗位。"


def test_unsigned_briefs_under_the_columns_label_are_each_a_story_and_a_features_bulleted_sections_are_not():
    # Without signatures only the label `简讯` says the bulleted lines under it head briefs;
    # they had become sections of the first brief. A feature's `■` sections stay sections.
    unsigned = re.sub(r"（(?:记者|通讯员)[^）]*）", "", BULLETED_BRIEFS_PAGE)
    assert [a.title for a in cut(unsigned)] == ["区妇联表彰一批“最美家庭”", "区人社局开展春季招聘月活动",
                                              "清江镇开展防汛应急演练", "区图书馆新增24小时自助借阅点"]
    feature = BULLETED_BRIEFS_PAGE.replace("简讯\n", "")
    assert [a.title for a in cut(feature)] == ["区妇联表彰一批“最美家庭”", "区人社局开展春季招聘月活动",
                                             "清江镇开展防汛应急演练", "区图书馆新增24小时自助借阅点"]
    sections = re.sub(r"（(?:记者|通讯员)[^）]*）", "", feature)
    first, second = cut(sections)
    assert second.title == "区人社局开展春季招聘月活动" and len(second.headings) == 2


def test_a_section_label_of_two_words_is_no_byline_of_names():
    # `关键词 安全感` after a paragraph looks like two names (关, 安 are surnames); a line of
    # names after a paragraph signs the story, and the section under it became a new story.
    page = ("社区“大党委”打通服务群众“最后一米”\n\n"
            "今年以来，城南街道在辖区八个社区推行“大党委”工作机制，把驻区单位、物业企业和志愿者组织起来，"
            "一起解决居民反映的难题。\n\n"
            "关键词 获得感\n\n小事有人管\n\n"
            "老旧小区的路灯坏了三个月，居民多次反映无果。社区“大党委”召集供电、物业现场办公，一周内全部修好。\n\n"
            "关键词 安全感\n\n急事有人帮\n\n"
            "汛期来临前，社区“大党委”组织党员排查低洼院落十二处，转移独居老人六名，居民心里踏实了。\n")
    articles = cut(page)
    assert [article.title for article in articles] == ["社区“大党委”打通服务群众“最后一米”"]
    assert articles[0].byline is None
    assert "急事有人帮" in articles[0].text and "排查低洼院落" in articles[0].text
    assert not classify_line("关键词 安全感", 0, False).role == "byline"
    assert classify_line("张浩 程超", 0, False).role == "byline"  # names stay names


def test_a_caption_that_ends_in_its_credit_is_no_kicker_of_the_next_headline():
    # A PDF page's photo story as the reader writes it: the caption and its credit
    # (`陈立新摄（影像中国）`) on one line, right above the next story's headline.
    page = """# 技改升级

城北水泥公司的除尘改造工程自3月份开工以来，加快施工进度，强化质量监督，确保项目早日投入运行。

图为5月12日，工人们在调试除尘设备。陈立新摄（影像中国）

# 江州出台20条措施优化营商环境

本报江州5月13日电（记者王敏）江州市人民政府近日出台20条措施优化营商环境，加快经济社会恢复发展。
"""
    first, second = cut(page)
    assert second.title == "江州出台20条措施优化营商环境" and second.kicker is None
    assert first.title == "技改升级"
    assert classify_line("图为5月12日，工人们在调试除尘设备。陈立新摄（影像中国）", 1, markdown=False).role == "caption"


def test_sections_under_labels_of_one_series_stay_in_their_story_when_headlines_follow_bodies():
    # Column-wrapped, the headline after its body; each section opens with a label of one
    # series (`关键词 获得感`, `关键词 安全感`) over its heading: two header lines, as a
    # kicker over a headline, but the labels say they are one story's sections.
    blocks = [
        "今年以来，城南街道在辖区八个社区推行“大党委”工作机制，把驻区单位、物业企业和志愿者组织起来，一起解决居民反映的难题。",
        "关键词 获得感", "小事有人管",
        "元屏大道是通惠街道新街子社区辖区内的一条主干道。曾经，这里有一段人行道被汽修厂的车辆碾烂，居民每每路过，要么晴天一身灰，要么雨天一身泥。",
        "关键词 安全感", "平急转换运行机制更顺畅",
        "“房屋没有产权，希望落实房改政策，尽早拿到产权证”“树枝太高，影响采光，需要修剪”……基齿社区党委书记的手里，拿着一张问题清单。",
        "社区“大党委”打通服务群众“最后一米”",
        POTATO_TEXT, POTATO_TITLE,
    ]
    page = "\n\n".join(_wrap(block, 16) for block in blocks) + "\n"
    assert_story_then_potatoes(page, "社区“大党委”打通服务群众“最后一米”", "平急转换运行机制更顺畅")


SPEECH = "要把群众的急难愁盼作为工作的出发点，让老旧小区改造、养老托育和就业服务落到每一户人家"
QUOTING_STORY = ["区委全会精神在基层引发热烈反响", "——干部群众表示要把会议部署落到实处", f"“{SPEECH}。”",
                 "区委全会召开后，会议精神在全区干部群众中引发热烈反响。",
                 "城南街道党工委书记王明说，街道将把老旧小区改造作为今年的头号工程。",
                 "新河村党支部书记李芳说，村里将办好养老服务站，让老人在家门口吃上热饭。"]
REPORTING_STORY = ["区委十四届五次全会召开", f"■ {SPEECH}",
                   f"本报讯 区委十四届五次全会昨天召开。区委书记在讲话中强调，{SPEECH}，以实干实绩回应群众期盼。",
                   "全会审议通过了区委常委会工作报告。", "全会号召全区上下团结一心，奋力完成全年目标任务。"]


@pytest.mark.parametrize("indent, reporting_opening", [("", "本报讯"), ("\u3000\u3000", "■")])
def test_words_that_two_stories_of_a_page_print_stay_in_both(indent, reporting_opening):
    # One story opens on a quotation of a speech that the story beside it reports and boxes
    # (People's Daily, 24 May 2020, page 1): neither story's words are a repeat of the other's,
    # and each keeps its paragraphs. Pages as copied without indents (blank lines part the
    # stories; the box repeats its own story's text and goes, as a pull quote does) and as a
    # text view prints them (header lines flush, paragraphs indented; the box stays).
    def story(lines, headers):
        return "\n".join(line if number < headers else indent + line for number, line in enumerate(lines))

    page = story(QUOTING_STORY, 2) + "\n\n" + story(REPORTING_STORY, 1) + "\n"
    quoting, reporting = cut(page)
    assert quoting.paragraphs[0] == f"“{SPEECH}。”", quoting.paragraphs
    assert reporting.text.startswith(reporting_opening) and SPEECH in reporting.text, reporting.text


@pytest.mark.parametrize("between_stories", ["\n", ""])
def test_a_line_leading_into_the_text_under_a_subtitle_is_text(between_stories):
    # A feature opens on a line that ends in a dash and leads into its first sentence; on a page
    # copied without indents it stands right under the subtitle, where a kicker running into its
    # title with a dash never stands. Blank lines part the stories, or none is left at all.
    page = ("街道开出社区食堂\n本报讯 城南街道首家社区食堂昨天开业，六十岁以上老人就餐可享八折优惠。\n"
            "食堂由闲置的物业用房改建，每天供应早中晚三餐。\n开业当天，前来就餐的居民排起了长队。\n" + between_stories +
            "小区里的“议事厅”\n——城南街道推进居民自治的一年\n老旧小区的难题，终于有了商量的地方——\n"
            "2024年3月的一个晚上，幸福里小区的议事厅里坐满了居民。\n"
            "加装电梯、停车难、楼道堆物，一件件难事摆上桌面，居民们你一言我一语。\n"
            "一年来，街道在十二个小区建起议事厅，居民提出的二百多件事办结九成。\n")
    first, second = cut(page)
    assert first.title == "街道开出社区食堂"
    assert (second.title, second.subtitle) == ("小区里的“议事厅”", "城南街道推进居民自治的一年")
    assert second.text.startswith("老旧小区的难题，终于有了商量的地方——") and "2024年3月的一个晚上" in second.text, second.text


def test_a_key_point_under_a_title_closed_by_its_column_tag_is_text():
    # Under a headline that ends on its column tag only a subtitle stands; a line of clauses
    # printed there is the story's key point over its text (copied without indents).
    page = ("社区食堂开进老旧小区（民生观察）\n全区今年新建社区食堂二十家，老人就餐可享八折优惠，已服务居民十万人次\n"
            "本报讯（记者 王芳）今年以来，全区在老旧小区新建社区食堂二十家。\n"
            "食堂由闲置的物业用房改建，每天供应早中晚三餐。\n开业以来，前来就餐的居民络绎不绝。\n\n"
            "城南镇大棚土豆喜获丰收\n城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。\n"
            "镇农技站站长说，明年将在全镇推广这项技术。\n")
    first, second = cut(page)
    assert first.title == "社区食堂开进老旧小区（民生观察）" and not first.subtitle
    assert first.text.startswith("全区今年新建社区食堂二十家，老人就餐可享八折优惠"), first.text
    assert second.title == "城南镇大棚土豆喜获丰收"


def test_the_byline_under_a_part_of_a_column_stays_in_the_text_where_it_is_printed():
    # A readers' column (`心声`): each piece its headline, its writer, its text. The writer of a
    # later piece stays in the text under the piece's headline (never summarized), and every
    # writer is in the byline. Copied without indents; blank lines part the stories.
    page = ("区里新开三条社区公交线路\n本报讯（记者 王芳）本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区。\n"
            "新线路早晚高峰发车间隔十分钟。\n\n"
            "心声\n快递包装要瘦身\n江州师范大学法学院副教授 李 明\n"
            "网购越来越方便，快递包装却越用越多，一个小物件裹上好几层。\n"
            "新修订的办法对包装层数和空隙率都作了规定。\n"
            "法治护航产业兴\n青石镇青山村党支部书记 王建国\n"
            "发展产业是富民的根本，过去村委会签合同很难，办事缺少依据。\n"
            "如今有了法律依据，村里放开手脚发展集体经济。\n")
    first, column = cut(page)
    assert first.title == "区里新开三条社区公交线路"
    writer = "青石镇青山村党支部书记王建国"  # as credits are tightened
    assert writer in column.paragraphs, column.paragraphs
    assert column.paragraphs.index("法治护航产业兴") + 1 == column.paragraphs.index(writer)
    assert "王建国" not in column.body and "王建国" in column.byline and "李" in column.byline


def test_a_writers_line_wrapped_at_the_space_before_the_name_stays_a_byline():
    # Copied line by line at 12 letters, no blank lines: the wrap fell at the space between the
    # writer's post and name, which the copy kept at the start of the next line (` 李 明`) or
    # the end of the line above (`…党支部书记 ` / `王建国`). The space still parts post and name,
    # so the line is the writer's, not a third header line of the piece.
    lead = "本报讯（记者王芳）本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区，早晚高峰发车间隔十分钟。"
    pieces = [("快递包装要瘦身", "江州师范大学法学院副教授 李 明",
               "网购越来越方便，快递包装却越用越多，一个小物件裹上好几层，拆完满桌都是纸箱和胶带。"),
              ("法治护航产业兴", "青石镇青山村党支部书记 王建国",
               "发展产业是富民的根本，过去村委会签合同很难，如今有了法律依据，村里放开手脚发展产业。")]
    assert _wrap(pieces[0][1], 12).split("\n")[1] == " 李 明" and _wrap(pieces[1][1], 12).split("\n")[0].endswith(" ")
    lines = ["区里新开三条社区公交线路", *_wrap(lead, 12).split("\n"), "心声"]
    for heading, writer, text in pieces:
        lines += [heading, *_wrap(writer, 12).split("\n"), *_wrap(text, 12).split("\n")]
    first, column = cut("\n".join(lines) + "\n")
    assert (first.title, column.title) == ("区里新开三条社区公交线路", "心声")
    assert "李 明" in column.byline and "王建国" in column.byline
    assert column.paragraphs[0] == "快递包装要瘦身" and "法治护航产业兴" in column.paragraphs


@pytest.mark.parametrize("headline_after", [False, True])
def test_a_kicker_ending_in_a_dash_runs_into_a_question_as_its_title(headline_after):
    # `新一代智能公交车——` / `新在哪里？`: the title under a kicker is a question, which
    # alone would read as a line of text. Headlines over their stories, or after them as a
    # PDF's reading order gives them; a line of clauses that leads into the text is no kicker.
    header = ["新一代智能公交车——", "新在哪里？"]
    body = ["三辆崭新的智能公交车在城南公交站整齐排开，试乘的市民纷纷竖起大拇指，首日试运行圆满成功。",
            "快看，公交车自己稳稳停在了站台边——", "那是新公交，它到站了！",
            "公交公司技术负责人介绍，新车的车身结构和控制系统都是新设计。"]
    other_header = ["城南镇大棚土豆喜获丰收"]
    other_body = ["本报讯（记者 王芳）城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。",
                  "镇农技站站长说，明年将在全镇推广这项技术。"]
    stories = [(header, body), (other_header, other_body)]
    page = "\n\n".join("\n".join(b + h if headline_after else h + b) for h, b in stories) + "\n"
    first, second = cut(page)
    assert (first.kicker or first.subtitle, first.title) == ("新一代智能公交车——", "新在哪里？")
    assert "那是新公交，它到站了！" in first.paragraphs
    assert second.title == "城南镇大棚土豆喜获丰收"


NUMBERED_FEATURE = [
    ("", ["“让致富具有内生动力”，这是老县长多年来的嘱托。", "一个个故事，串起了一个县的致富之路。"]),
    ("（一）\n\n看真情的故事——\n\n“要带我看最真实的情况”",
     ["那年冬天，老县长来到山村，走进一户困难户家中，揭开锅盖看了看，又摸了摸被褥。",
      "他叮嘱随行的干部，帮扶要看真情况，不要看那些摆出来的。"]),
    ("（二）\n\n账本的故事——\n\n“帮扶就是要实事求是”",
     ["在村民家里，老县长拿起一本账本，一笔一笔地问收入、问开支。",
      "村民说，那天老县长问得很细，连一头猪卖了多少钱都问到了。"]),
]


@pytest.mark.parametrize("headline_after", [True, False])
def test_numbered_parts_of_a_story_stay_in_the_story(headline_after):
    # A long feature in numbered parts, each under its number, a kicker and a quotation, as a
    # web copy prints it (a blank line after every line), headlines over their stories or after
    # them (a PDF's reading order): the parts' headings stand between its paragraphs as another
    # story's headline would.
    parts = []
    for heading, paragraphs in NUMBERED_FEATURE:
        parts += ([heading] if heading else []) + paragraphs
    other = ["本报讯（记者 王芳）城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。", "镇农技站站长说，明年将在全镇推广这项技术。"]
    if headline_after:
        lines = parts + ["扶贫路上的故事"] + other + ["城南镇大棚土豆喜获丰收"]
    else:
        lines = ["扶贫路上的故事"] + parts + ["城南镇大棚土豆喜获丰收"] + other
    page = "\n\n".join(lines) + "\n"
    feature, other = cut(page)
    assert feature.title == "扶贫路上的故事" and any(p.startswith("（二）") for p in feature.paragraphs)
    assert feature.text.startswith("“让致富具有内生动力”") and "连一头猪卖了多少钱都问到了" in feature.text
    assert other.title == "城南镇大棚土豆喜获丰收"


BULLETED_FEATURE = [
    "三辆崭新的智能公交车驶出车库，沿着城南线缓缓前行。8日13时49分，首班车平稳到站，试运行圆满成功。",
    "●车身设计新、动力电池新、控制系统新",
    "这批由本地车企研制的智能公交车，主要验证自动驾驶和车路协同等关键技术，为后续推广积累数据。",
    "新一代智能公交车面向城市主干道和园区线路，可远程调度，一次能载客八十人。",
    "●调度团队为试运行保驾护航",
    "首班车到站的消息传来，公交调度中心大厅里响起热烈的掌声，不少人红了眼眶。",
    "全新的车型、全新的线路设计、全新的调度模式，这次试运行给调度团队出了不少新题目。",
]
BULLETED_FEATURE_HEADLINE = ["新一代智能公交车——", "新在哪里？"]


@pytest.mark.parametrize("briefs_after", [False, True])
def test_subheads_opening_with_one_bullet_where_headlines_follow_bodies_stay_in_their_story(briefs_after):
    # Headlines after their stories, a blank line after every line (a web copy): a feature's
    # subheads open with the same bullet (`●`), and the text after each speaks of other things
    # than its words. The first had closed the lead as its headline. A page's last run of
    # bulleted headings names briefs, each a story of its own.
    briefs = ["3月以来，区人社局组织32家企业进村入户送岗位，发放政策宣传资料5000余份。", "■区人社局开展春季招聘月活动",
              "3月10日，清江镇在河包村开展防汛应急演练，模拟转移受困群众、抢修堤坝等场景。", "■清江镇开展防汛应急演练"]
    other = ["本报讯（记者 王芳）城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。", "镇农技站站长说，明年将在全镇推广。",
             "城南镇大棚土豆喜获丰收"]
    lines = BULLETED_FEATURE + BULLETED_FEATURE_HEADLINE + other + (briefs if briefs_after else [])
    articles = cut("\n\n".join(lines) + "\n")
    feature = articles[0]
    assert (feature.kicker, feature.title) == ("新一代智能公交车——", "新在哪里？")
    assert feature.text.startswith("三辆崭新的智能公交车") and "调度模式" in feature.text and len(feature.headings) == 2
    assert articles[1].title == "城南镇大棚土豆喜获丰收"
    assert [a.title for a in articles[2:]] == (["区人社局开展春季招聘月活动", "清江镇开展防汛应急演练"] if briefs_after else [])


def test_a_headline_is_no_pair_of_the_next_storys_first_numbered_section():
    # Headlines after their stories: a story's headline (10 letters) and the next story's first
    # numbered section (`一、扩大就业岗位供给`, 9 letters with its number) had been read as a
    # pair of subheads set alike, and the headline as a section joining the two stories.
    lines = ["今年以来，区里出台稳就业十条措施，从岗位供给、技能培训、兜底保障等方面发力。",
             "截至4月底，全区城镇新增就业3200人，登记失业率控制在3%以内。", "区出台十条措施稳就业",
             "十条措施出台后，记者采访了区人社局负责人。", "一、扩大就业岗位供给",
             "鼓励企业吸纳高校毕业生就业，每招用一人给予一次性补贴1000元。", "二、加强职业技能培训",
             "全年开展职业技能培训1万人次，培训合格的给予每人最高3000元补贴。", "三、兜牢困难群众底线",
             "对就业困难人员实行实名帮扶，通过公益性岗位托底安置。",
             "区人社局负责人解读——", "十条措施怎么落地"]
    jobs, answers = cut("\n\n".join(lines) + "\n")
    assert jobs.title == "区出台十条措施稳就业" and "记者采访" not in jobs.text
    assert answers.title == "十条措施怎么落地" and len(answers.headings) == 3


def test_key_points_over_a_dateline_lead_into_the_story_where_headlines_follow_it():
    # Headlines after their stories, a blank line after every line: two key points with no stop
    # (the second a short line of clauses, read as a header line) stand over the dateline. The
    # second had been read as the headline of the first, a story of its own.
    lines = ["去年以来全区收到的2300多件群众信访，全部在7日内作出回复，3个月内办结率达到98%",
             "区信访局要求落实首问负责制，推行干部包案化解",
             "本报讯（记者 周敏）昨天，区信访局召开新闻发布会，介绍“群众来信件件有回音”制度落实情况。",
             "去年以来，全区共收到群众信访2300多件，全部在7日内回复，3个月内办结率达到98%。", "群众来信件件有回音",
             "城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成，镇里准备明年在全镇推广。", "城南镇大棚土豆喜获丰收"]
    letters, potatoes = cut("\n\n".join(lines) + "\n")
    assert letters.title == "群众来信件件有回音" and letters.byline == "记者 周敏"
    assert letters.text.startswith("去年以来全区收到的2300多件群众信访，全部在7日内作出回复，3个月内办结率达到98%\n"
                                   "区信访局要求落实首问负责制"), letters.text
    assert potatoes.title == "城南镇大棚土豆喜获丰收"


def test_wrapped_items_of_a_numbered_list_stay_apart_where_a_line_falls_a_letter_short():
    # A copy wrapped at 12 letters, a blank line after each paragraph: an agenda whose items
    # end on a line one letter short of the column. The next item (`二、…`) had been read as
    # that line's wrap, its `、` taken for a clause mark.
    items = ["一、听取和审议区政协常务委员会的年度工作报告书", "二、听取和审议区政协常务委员会关于提案的报告书",
             "三、审议通过区政协第八届委员会第三次会议的决议"]
    assert all(len(item) == 23 for item in items)  # 12 letters, then 11
    intro = "区政协第八届委员会第三次会议于昨天上午开幕，会议的议程如下，请各位委员认真审议。"
    page = "\n\n".join(["区政协八届三次会议开幕", _wrap(intro, 12), *(_wrap(item, 12) for item in items)]) + "\n"
    (article,) = cut(page)
    assert list(article.paragraphs[1:]) == items


def test_a_credit_indented_with_spaces_runs_on_where_the_wrap_counted_them():
    # Wrapped by letter count at 15, the spaces that indent a credit counted: `   图表设计：人民
    # 日报全媒体` fills the column and goes on into `平台`, which had opened the next story as
    # its kicker.
    first = ("近年来，全区实施技能提升行动，着力培养懂技术、会创新、能吃苦的产业工人队伍，"
             "全区技能人才总量达到四万八千人，其中高技能人才一万二千人，占技能人才总量的四分之一。")
    second = ("全区职业院校今年新开设智能制造、电子商务等专业十二个，与本地企业共建实训基地二十个，"
              "毕业生就业率保持在百分之九十五以上，不少学生还没毕业就被企业预订一空。")
    third = ("前不久，区里举办首届职业技能大赛，来自四十多家企业的三百多名选手同台竞技，"
             "获奖选手将被授予区技术能手称号，并在职称评审中享受优先待遇。")
    page = "\n\n".join(["全区技能人才总量达四万八千人", _wrap(first), _wrap(second),
                          "   图表设计：城南日报全媒体\n平台", "区首届职业技能大赛举行", _wrap(third)]) + "\n"
    skills, contest = cut(page)
    assert "图表设计：城南日报全媒体平台" in skills.text
    assert (contest.kicker, contest.title) == (None, "区首届职业技能大赛举行")


RETURN_WATCH = [
    "近年来，青山县把防止返贫摆在突出位置，每月对全县脱贫户逐户上门走访一次，建立监测台账，发现问题及时帮扶，尽量把各种风险挡在门外。",
    "走进青山乡桃园村，村民李长贵正在自家果园里忙活。几年前，他靠种植脐橙脱了贫，却在前年因老伴突发重病差一点又返了贫，村干部第一时间上门了解情况，帮他申请了大病医疗救助。",
    "县扶贫办负责人介绍，全县已建立“早发现、早干预、早帮扶”的工作机制，对脱贫不稳定户和边缘易致贫户实行动态管理，今年以来已有三百多户纳入监测范围。",
    "为防止因灾因病返贫，县里还设立了防贫保险，由财政出资为脱贫户和边缘户购买保险，一旦遭遇大病、灾害等意外，保险公司按规定赔付，今年已有四十多户得到赔付，群众心里更踏实了。",
    "在产业帮扶上，县里引导龙头企业与脱贫户签订收购协议，茶叶、脐橙、蔬菜等特色产业覆盖全县大部分脱贫户，不少脱贫户在家门口就能打工挣钱，收入比往年有了明显增加。",
    "在就业帮扶上，县里建立就业实名制台账，对有劳动能力的脱贫人口逐一登记，持续开展技能培训，组织企业到乡镇举办招聘会，帮助一千多名群众实现就近就业，务工收入成了不少家庭的主要来源。",
    "在兜底保障上，县里把丧失劳动能力的脱贫人口全部纳入低保或特困供养范围，对重病和重残人员实行单人施保，基本生活都有了保障，群众的心里更踏实。",
    "县委负责人表示，脱贫摘帽并不是终点，也是新生活和新奋斗的起点，全县将继续保持帮扶政策总体稳定，坚持责任不松、政策不变、帮扶不断、监管不停，让脱贫群众的日子越过越红火。",
]


def _wrap_set(paragraph: str, width: int = 16) -> list[str]:
    """Wrapped by letter count as a typesetter does: no line ends on an opening mark, which goes
    down to the next line (禁则)."""
    lines, start = [], 0
    while start < len(paragraph):
        line = paragraph[start:start + width]
        if len(line) == width and line[-1] in "“‘（《":
            line = line[:-1]
        lines.append(line)
        start += len(line)
    return lines


def test_a_line_one_letter_short_of_a_column_wrapped_by_letter_count_ends_there():
    # Every wrap of this copy holds 16 letters; a section's heading of 15 under its label ends
    # there, though the text under it opens on a quotation mark.
    quoted = ("“脱贫户的状况是随时变化的，刚刚脱贫的家庭有时会显得非常‘脆弱’。”李克明说，村里为每户监测对象"
              "制定了帮扶计划，安排干部结对联系，确保不落一户、不漏一人。")
    page = "\n".join(["青山探索防返贫帮扶机制", *(_wrap(p, 16) for p in RETURN_WATCH),
                      "对症帮扶", "建立台账动态监测，强化政策兜底", _wrap(quoted, 16)]) + "\n"
    assert any(line[:1] in "，。”" for line in page.splitlines())  # wrapped with no regard to 禁则
    (article,) = cut(page)
    # (the label and its heading read as one header block, as on a copy with no blank lines)
    assert [article.paragraphs[i] for i in article.headings] == ["对症帮扶 建立台账动态监测，强化政策兜底"]
    assert article.paragraphs[-1] == quoted
    # Digits in the line: one letter short as the wrap counted letters, with room for the next
    # one as it counted cells; the headline after its story ends there too.
    sports = "近日，江州半程马拉松在滨河路鸣枪开跑，来自全国各地的五千多名选手参加比赛，沿途市民为选手加油。"
    page = "\n".join(["青山探索防返贫帮扶机制", *(_wrap(p, 16) for p in RETURN_WATCH), "开跑！2020年江州半程马拉松",
                      _wrap(sports, 16)]) + "\n"
    watch, race = cut(page)
    assert race.title == "开跑！2020年江州半程马拉松" and race.paragraphs == (sports,)
    # A typesetter's copy, whose lines never open on a closing mark, may push an opening mark
    # down: the line it leaves one short goes on.
    page = "\n".join(["青山探索防返贫帮扶机制", *(line for p in RETURN_WATCH for line in _wrap_set(p))]) + "\n"
    assert "全县已建立\n“早发现" in page
    (article,) = cut(page)
    assert list(article.paragraphs) == RETURN_WATCH


def test_a_headline_one_closing_mark_past_a_column_wrapped_by_letter_count_stands_over_its_text():
    # Wrapped at 13 letters with no regard to 禁则 (closing marks open lines), so no closing
    # mark hangs past the edge: a line of 14 closing on `”` is a headline, not text.
    measures = "江州市商务局日前发布通报，滨河路夜市重新开张，两百多个摊位沿河排开，吸引市民前来逛吃。"
    lines = ["青山探索防返贫帮扶机制", *(_wrap(p, 13) for p in RETURN_WATCH[:5]), "江州滨河夜市又迎来“烟火气”", _wrap(measures, 13)]
    page = "\n".join(lines) + "\n"
    assert any(line[:1] in "，。”" for line in page.splitlines())
    watch, market = cut(page)
    assert (watch.title, market.title) == ("青山探索防返贫帮扶机制", "江州滨河夜市又迎来“烟火气”")
    assert market.paragraphs == (measures,)


def test_a_dateline_alone_on_its_line_goes_on_into_its_reporters_bracket():
    # Copied line by line at 14: the wrap leaves the dateline alone on its line, its spaces
    # counted (`本报江州5月6日电  `), and its reporters' bracket opens the next line.
    story = "（记者王敏）滨河路夜市日前重新开张，两百多个摊位沿河排开，吸引市民前来逛吃。"
    lines = ["青山探索防返贫帮扶机制", *(_wrap(p, 14) for p in RETURN_WATCH[:4]), "江州滨河夜市重新开张",
             "本报江州5月6日电  ", _wrap(story, 14)]
    watch, market = cut("\n".join(lines) + "\n")
    assert (market.title, market.byline) == ("江州滨河夜市重新开张", "记者王敏")
    assert market.paragraphs[0].startswith("本报江州5月6日电") and market.paragraphs[0].endswith("前来逛吃。")

def test_a_short_line_before_a_blank_ends_where_a_copy_wrapped_by_letter_count():
    # Every line of this copy that wraps holds 15 letters; a headline of 13 before a blank line
    # ends there, though its last letter and the next line's first could be read as a word
    # (`…防疾病于未发` / `近段时间…`).
    first = ["在健康管理的各种办法中，有一种分级防控的思路，第一级是源头防控，第二级是早期筛查，第三级是及时治疗。",
             "群众健康是全社会共同的责任，卫生健康事业是全社会的事业。看好病更要防住病，我们既要讲个人生活习惯，也要讲社区卫生环境。",
             "补上基层卫生短板、完善社区卫生设施、普及健康生活理念，就一定能守护好群众健康。"]
    second = ("近段时间，我市一些实体书店也做起了外卖生意，将图书销售和外卖配送结合起来，"
              "读者下单后，最快半小时就能收到图书，书店的销售额比上月增长了三成，店员们都忙了起来。"
              "书店负责人说，线上订单已经占到全部订单的一半，接下来还要上架更多的新书和文创产品。")
    third = ("一些读者说，过去周末才有空去书店，现在下班路上点一单，回到家书就到了，很方便。"
             "也有读者担心，外卖平台上的书目太少，挑书不如在店里翻看方便，希望书店多上新书。"
             "书店负责人表示，将根据读者的意见，每周更新线上书目，并开设直播荐书栏目。")
    more = ("近年来，各地卫生部门加强监测预警，发热门诊、检验检测、流行病学调查等能力明显提升，"
            "一批卫生健康项目加快建设，基层医疗卫生机构的服务能力也在实践中得到了锻炼，群众的健康意识"
            "普遍增强，勤洗手、戴口罩、常通风、少聚集成为很多人的生活习惯，这些都为守护群众身体健康"
            "打下了坚实基础，也为今后补齐短板、堵塞漏洞积累了宝贵经验。")
    page = "\n\n".join([*map(_wrap, first), _wrap(more), "守护群众健康，防疾病于未发", _wrap(second), _wrap(third),
                          "实体书店开起外卖"]) + "\n"
    health, books = cut(page)
    assert (health.title, books.title) == ("守护群众健康，防疾病于未发", "实体书店开起外卖")
    assert books.text.startswith("近段时间")


@pytest.mark.parametrize("headline, first, line, rest", [
    # No headline or paragraph opens on `和` joining two nouns.
    ("家乡是我最牵挂的地方（游子心声）", "江州是我出生长大的地方，很多在外的游子都通过家乡的报纸来了解家乡。",
     "我会继续关注家乡报纸上关于乡村", "和城市发展的报道，也将尽我所能，把我看到的家乡变化讲给更多人听。"),
    # Nor on a plain noun and a comma (`能力，…`): the line above ends inside that clause.
    ("防汛救灾，我们一起守护", "不少山区乡镇地处偏远，地质条件复杂，灾害设防水平低，群众避险意识不强。",
     "提升山区乡镇地质灾害监测预警处置", "能力，守护群众生命安全，多项支持措施相继推出，各地投入了更多资源。"),
    # Nor on a noun under its one-letter adjective, which the tokenizer cuts apart (`大` + `订单`).
    ("外贸企业稳订单", "江州外贸企业今年开拓新市场，参加境外展会二十多场，出口额比去年同期增长一成以上。",
     "一家家具企业业务员手里握着几个", "大订单，有的一年能下三百多万元的货，如今都在按期交付，企业还新招了工人。"),
])
def test_a_full_line_goes_on_past_a_blank_line_into_the_tail_of_its_phrase(headline, first, line, rest):
    # Blank lines fall at random breaks of this copy, inside paragraphs too: a full line with no
    # mark would stand as a headline, but the line after the blank goes on with its phrase.
    page = "\n\n".join([headline, _wrap(first), line, _wrap(rest)]) + "\n"
    (article,) = cut(page)
    assert article.paragraphs[-1] == line + rest, article.paragraphs


def test_a_headline_as_wide_as_the_column_that_closes_on_its_tag_keeps_its_subtitle_apart():
    # Copied line by line at 16 letters, headlines after their stories: the headline fills the
    # column and the subtitle under it does too, as two lines of a wrap would; the column tag
    # closes the headline.
    first = ("整治会多文多，既要压减会议和文件的数量，也要提高会议和文件的质量。以开会为例，"
             "这本来是部署工作的一种常用办法，但一些地方会议一个接一个，就把干部拴在了会议室里。"
             "有群众反映，为了参加层层召开的部署会，有的村干部一周有三天在镇上开会，回村就要写材料，"
             "村里的事情却没有人管，会议记录做得很漂亮，问题却一个也没有解决，群众都看在眼里。"
             "无论是开会还是发文件，从效果上看，都要看能不能解决实际问题，开了不解决问题的会，"
             "既占用了基层干部的时间和精力，也耽误了群众的事情，必须下大力气整治。"
             "越是任务繁重，越要轻装上阵，越需要坚持实事求是，把群众满意不满意作为标准。")
    second = ("优化办事环境，窗口人员要热情周到，敢于担当主动作为。推行“一窗通办”是提升政务服务水平的重要举措，"
              "打通服务群众的最后一公里，让人民群众在每一次办事中感受到方便快捷。")
    lines = (column_lines(first) + ["坚决整治会多文多顽疾（江州观点）", "——让基层干部把精力用在办实事上②"]
             + column_lines(second) + ["营造便民利民的办事环境（江州时评）"])
    one, two = cut("\n".join(lines) + "\n")
    assert (one.title, one.subtitle) == ("坚决整治会多文多顽疾（江州观点）", "让基层干部把精力用在办实事上②")
    assert two.title == "营造便民利民的办事环境（江州时评）" and two.text.startswith("优化办事环境")


def test_a_hashtag_at_a_line_start_does_not_make_a_markdown_page():
    # A wrap that falls before a Weibo hashtag (`#两个话题均登上热搜榜#`) opens a line on `#`;
    # a Markdown heading has a space after its marks, so the page stays a plain text page.
    text = "两会期间，人民日报新媒体推出系列报道，各话题阅读量节节攀升，#两会新媒体报道#话题单日阅读量突破两亿。"
    lines = _wrap(text).split("\n")
    assert any(line.startswith("#") for line in lines)
    more = _wrap("人民网推出的图解、海报和短视频在各平台广泛传播，网友纷纷留言点赞，"
                 "表示通过这些报道更直观地了解了两会，也感受到了人民代表大会制度的优越性。")
    other = _wrap("本报讯（记者 王芳）城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成，"
                  "镇农技站站长说，明年将在全镇推广这项技术，带动更多农户增收。")
    page = "\n".join(["融媒联动讲好江州故事", *lines, more, "", "城南镇大棚土豆喜获丰收", other]) + "\n"
    first, second = cut(page)
    assert first.title == "融媒联动讲好江州故事" and "#两会新媒体报道#话题单日阅读量突破两亿" in first.text
    assert second.title == "城南镇大棚土豆喜获丰收"


def test_a_dash_wrapped_alone_onto_a_line_goes_with_the_line_before():
    # Copied line by line at 16 letters: a paragraph that leads into a quotation with a dash
    # fills its line, and the dash falls alone on the next; no subtitle is a dash alone.
    lead = "新一届区委班子上任后，区委书记在全区干部大会上说，群众对美好生活的向往就是我们的奋斗目标。"
    lines = ["扶贫路上的故事", *column_lines(lead), "面对这份沉甸甸的嘱托，他感到压力", "——",
             *column_lines("“不能到时候，报表上的数字很好看，可还有那么多群众的难事没办成。”"),
             *column_lines("摸清群众真实需求，心里有了底，工作才能有的放矢。")]
    (story,) = cut("\n".join(lines) + "\n")
    assert story.title == "扶贫路上的故事"
    assert "面对这份沉甸甸的嘱托，他感到压力——" in story.text


def test_a_headline_closing_on_its_tag_past_the_column_ends_its_line():
    # Copied line by line at 16 letters, header lines unwrapped: the headline under a long
    # kicker closes on its column tag two letters past the column, more than the one closing
    # mark a line of text hangs there, so neither the kicker nor the text runs on into it.
    body = ("今年全区两会期间，江州日报各新媒体平台聚焦代表委员履职，推出图文、短视频、海报、长图等多种产品，"
            "生动呈现代表委员的为民情怀，这些产品的阅读和播放总量超过六百万次，受到网友广泛好评。")
    more = ("江州网推出的专题，包含现场图集、视频、图解等多种类型报道，微视频在各平台广泛传播，"
            "不少网友留言说，通过这些报道更直观地了解了两会，也感受到了基层民主的活力，纷纷点赞转发。"
            "新媒体中心还推出了海报、长图和音频节目，用年轻人喜欢的方式讲述两会故事，让两会声音传得更远。")
    lines = ["围绕宣传全区两会精神，聚焦代表委员履职故事，本报推出一系列形式新颖、制作精良的融媒体产品",
             "浓浓为民情怀 感动全城网友（融媒台）", *column_lines(body), *column_lines(more)]
    (story,) = cut("\n".join(lines) + "\n")
    assert "浓浓为民情怀 感动全城网友（融媒台）" in " ".join(filter(None, (story.kicker, story.title)))
    assert story.text.startswith("今年全区两会"), story.text


def test_a_two_line_headline_as_wide_as_the_column_closing_on_its_tag_runs_into_no_text():
    # Copied line by line at 16 letters, headlines after their stories: a headline of two lines,
    # each exactly as wide as the column, the second closing on its column tag, after a
    # finished sentence. The next story's first line (`4月30日，…`) had been read as its wrap.
    first = ("4月30日，城南高铁站工地上，24台吊车来回穿梭，随着最后一车混凝土浇筑完毕，"
             "车站主体结构正式封顶。项目经理说，这个月工地干了近2亿元产值，把耽误的工期抢了回来。")
    second = ("4月30日，区人民医院援鄂医疗队队员结束休整，回到各自的工作岗位。队员们说，"
              "在武汉的日子里，他们看到了党员冲锋在前，自己也要成为那样的人，已有十二人递交了入党申请书。")
    headline = ["城南高铁站混凝土主体结构顺利封顶", "抢工期更保质量奋战在一线（复工）"]
    assert all(len(line) == 16 for line in headline)
    lines = [*column_lines(first), *headline, *column_lines(second), "“我想成为像他们那样的人”"]
    station, doctors = cut("\n".join(lines) + "\n")
    assert "".join(filter(None, (station.kicker, station.title))).replace(" ", "") == "".join(headline)
    assert doctors.text.startswith("4月30日，区人民医院"), doctors.text


DELEGATES = ("区人大代表们审议讨论时表示，将甩开膀子加油干、沉下身子抓落实，鼓足劲、不松劲，"
             "确保全区就业形势总体稳定，困难群众基本生活得到有效保障，各项民生实事按期完成。")
FLOOD_FIGHT = ("这场防汛救灾战斗对全区干部是一次大考。广大党员干部闻汛而动，冲在抗洪抢险第一线，"
               "发挥了重要作用，涌现出一批先进典型，全区上下要认真总结经验，抓好灾后重建。")
SPRING_FARMING = ("本报讯 区委副书记王明5月8日至10日在城南镇调研春耕和生猪生产工作，实地察看了高标准农田建设、"
                  "种子供应和生猪养殖场复产情况，要求各村抓好春耕备耕，确保粮食面积稳定、生猪出栏增加。")
INSURANCE = ("“看病有保障，种地有保险，这下心里踏实了！”城南镇张家村老人马大爷说，买了综合保险后，"
             "老伴住院能报销，大棚里的蘑菇也能保本，全镇已有三千多户农民参加了这项保险。")


@pytest.mark.parametrize("first, headline, second", [
    (DELEGATES, ["稳就业保民生 全力以赴抓落实（奋进新征程——代表委员话履职）"], FLOOD_FIGHT),
    (DELEGATES, ["“为全区高质量发展汇聚更多智慧和力量”"], FLOOD_FIGHT),
    (SPRING_FARMING, ["王明强调", "坚决落实“三农”政策 切实抓好农业生产"], INSURANCE),
    (SPRING_FARMING, ["城南供电公司：为乡村发展特色旅游提供“满格电”"],
     "在融入新时代乡村网格化治理格局的过程中，城南供电公司结合乡村产业特点，派出网格经理上门服务。"),
], ids=["closed-by-a-bracket", "one-quotation", "phrases-parted-by-a-space", "over-a-full-line-with-no-mark"])
def test_a_wide_headline_after_its_story_runs_into_no_text(first, headline, second):
    # Copied line by line at 16 letters, headlines after their stories: a headline wider than
    # the column that closes on a long bracketed series tag (with a dash in it, so no column
    # tag), or is one quotation, over the next story's first line, a full line with no mark
    # (`这场防汛救灾战斗对全区干部是一次`); or a headline of two phrases a space parts, 19 letters
    # and quotes that the half-width space leaves 18.5 wide, over a quotation that fills the
    # column with a comma; or a headline with a colon over a full line with no mark (`在融入新时代
    # 乡村网格化治理格局的`). Each such line had been read as the headline's wrap.
    lines = [*column_lines(first), *headline, *column_lines(second), "下一篇的标题"]
    story, following = cut("\n".join(lines) + "\n")
    assert headline[-1].strip("“”") in " ".join(filter(None, (story.kicker, story.title)))
    assert following.title == "下一篇的标题" and following.text.startswith(second[:8]), following.text


def test_a_lead_in_after_a_column_tag_in_a_header_run_opens_the_next_story():
    # Copied line by line, headlines after their stories and no blank lines: a headline closed
    # by its column tag, then the next story's first paragraph, a lead-in ending in a dash,
    # make one header run. The run had been read as a section heading joining the two stories;
    # the lead-in is the next story's first paragraph.
    first = ("今年以来，城南体育局推出“云健身”活动，邀请教练在网上直播教学，每天参加的市民有两万多人，"
             "居家锻炼成了不少人的生活习惯，线上健身赛吸引了全区一百多支队伍报名参加。")
    second = ("2020年5月28日下午，区人大常委会会议表决通过了全区第一部地方性法规，会场里响起了热烈的掌声。"
              "这部法规从起草到通过历时三年，广泛听取了群众的意见建议，是开门立法、为民立法的生动实践。")
    lines = [*column_lines(first), "积极开展线上健身赛、直播教学等活动", "城南“云健身”渐成新风尚（运动新视野）",
             *column_lines("城南的法治建设，终于等来了这关键的一步——"), *column_lines(second), "开启城南法治建设新时代"]
    fitness, law = cut("\n".join(lines) + "\n")
    assert fitness.title.endswith("（运动新视野）") and "2020年5月28日" not in fitness.text
    assert law.title == "开启城南法治建设新时代" and law.text.startswith("城南的法治建设，终于等来了这关键的一步——\n2020年")


def test_a_kicker_and_its_title_read_as_one_block_open_a_story():
    # Copied with no blank lines and no indents: a feature's kicker (`…回信精神——`) and its
    # title, read as one block, follow a commentary on the same theme. The block had been read
    # as a section heading of the commentary, which shares its words.
    page = "\n".join([
        "让青春在奋斗中绽放光彩（城南论坛）",
        "——写在青年节到来之际",
        "青春因奋斗而精彩，人生因奉献而充实。在五四青年节到来之际，全区青年以不同方式致敬青春。",
        "新时代的青年，就要心怀梦想、脚踏实地，在奋斗中书写青春，在奉献中成就青春。",
        "全区青年学生积极践行区委书记给援鄂医疗队青年党员回信精神——",
        "“我们都是答卷人”",
        "区委书记给援鄂医疗队青年党员的回信，给全区青年学生极大的鼓舞和激励，大家纷纷表示要在奋斗中书写青春。",
        "一个多月以来，全区学校纷纷组织主题班会和座谈交流，青年学生们表示，要把回信精神落实到行动上。",
    ]) + "\n"
    commentary, feature = cut(page)
    assert commentary.title == "让青春在奋斗中绽放光彩（城南论坛）" and "全区青年学生" not in commentary.text
    assert feature.title == "我们都是答卷人" and feature.kicker == "全区青年学生积极践行区委书记给援鄂医疗队青年党员回信精神——"


def test_key_points_between_a_headline_and_its_dateline_stay_with_the_story():
    # Copied without blank lines: two lines of clauses with no stop stand between the headline
    # and the dateline, the story's key points; the second is no headline of the dispatch.
    page = ("全区一年受理群众来信九千件\n做到件件有回复（权威发布）\n"
            "九千余件符合受理条件的群众来信，均在案件受理满三个月内作出答复，答复率为百分之九十九点三\n"
            "区信访局要求落实首问负责，推行干部包案化解\n"
            "本报讯（记者 王芳）昨日，区政府新闻办召开发布会，介绍群众来信件件有回复制度落实情况。\n"
            "区信访局负责人介绍，去年全区共受理群众来信九千余件，均在三个月内作出答复。\n"
            "城南镇大棚土豆喜获丰收\n"
            "本报讯（记者 李明）城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。\n")
    first, second = cut(page)
    assert "做到件件有回复（权威发布）" in first.title and first.byline == "记者 王芳"
    assert first.paragraphs[1] == "区信访局要求落实首问负责，推行干部包案化解", first.paragraphs
    assert second.title == "城南镇大棚土豆喜获丰收"


def test_a_heading_right_after_the_summary_box_over_a_story_opens_its_first_section():
    # Headlines printed after their stories (a PDF's reading order): a theory article opens
    # with its summary box (`内容提要`); the heading right under the box is its first section,
    # not the box's headline.
    lines = ["内容提要",
             "守牢发展和生态两条底线、坚持乡村产业振兴为抓手、加快建设宜居宜业和美乡村，是彼此联系的有机整体。",
             "守牢发展和生态两条底线",
             "守牢底线是推动发展的前提，是工作思路、工作方向、工作重点的集中体现。",
             "守牢底线回答了新时期乡村要什么样的发展、怎样实现发展的问题。",
             "深入理解和把握乡村全面振兴（江州要论）",
             "本报讯（记者 王芳）城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。",
             "镇农技站站长说，明年将在全镇推广这项技术。",
             "城南镇大棚土豆喜获丰收"]
    theory, potatoes = cut("\n\n".join(lines) + "\n")
    assert theory.title == "深入理解和把握乡村全面振兴（江州要论）"
    assert "守牢发展和生态两条底线" in theory.paragraphs and theory.text.startswith("守牢发展和生态两条底线、坚持")
    assert potatoes.title == "城南镇大棚土豆喜获丰收"


SPEAKERS_PAGE = [
    "全媒体多角度讲好两会故事（融媒台）",
    "两会期间，本报新媒体中心围绕两会主题和议程，推出一批形式新颖、内容扎实、传播面广的融媒体产品，受到网友欢迎。",
    "短视频《两会会客室》", "代表委员线上交谈",
    "本报新媒体中心推出大型线上对话节目，邀请代表委员在线交流，围绕就业、教育、医疗等话题回应网友关切，播放量超过一千万次。",
    "音频节目《江州说事》", "评书说说两会新事",
    "今年两会，江州网打造原创音频节目，用评书的方式讲述两会新闻，把政府工作报告里的关键词讲得通俗易懂、生动有趣。",
    "图解《五百字读懂报告》", "要点内容一看就懂",
    "大会开幕当天，江州网推出图解产品，把政府工作报告浓缩成五百字，配上简明的图表，网友几分钟就能读懂报告的要点。",
    "海报《换个方式看报纸》", "电子阅报栏同步推送",
    "江州日报新媒体公司利用电子阅报栏覆盖广的优势，联动全市点位，两会期间共推出新闻海报一百多张，吸引众多市民驻足观看。",
    "评论栏目《夜聊两会》", "轻松评说两会热点",
    "江州日报评论部在微信公众号上推出夜聊两会栏目，以文字加音频的方式呈现，评论员与读者轻松交流，留言区十分热闹。",
    "东城区委书记夏明代表", "让网格员访民情解民忧",
    "社区是基层治理的基本单元，社工在服务群众中发挥着重要作用。我们组建了两千人的社工队伍，每名社工联系三百户居民，群众有事随时能找到人。",
    "（本报记者黄晓整理）",
    "江州市委书记史立强代表", "向创新要动力要效益",
    "我们把审批事项压减一半，企业开办一天办结，让群众少跑腿、好办事。今年还要在全市推开证照分离改革，进一步激发市场主体活力。",
    "（本报记者李想整理）",
]


def test_speakers_pieces_after_a_story_of_sections_and_after_each_other_are_stories_of_their_own():
    # Copied without blank lines: a column of new-media products (its headline carries a column
    # tag, its sections are products), then two deputies' pieces, each closed by the note of
    # who wrote it down. Neither piece is a part of the column, nor the second of the first.
    articles = cut("\n".join(SPEAKERS_PAGE) + "\n")
    # The speaker and the headline of a piece read as one header block: the headline ends it.
    assert [a.title.split()[-1] for a in articles] == ["全媒体多角度讲好两会故事（融媒台）", "让网格员访民情解民忧", "向创新要动力要效益"]
    assert "企业开办一天办结" in articles[2].text and "企业开办一天办结" not in articles[1].text


def test_a_heading_of_two_clauses_as_wide_as_the_column_over_a_story_opening_is_a_headline():
    # Copied line by line at 13 letters, headlines after their stories: a headline of two clauses
    # fills the column after a finished sentence, and the next story opens on `近段时间，`. Its
    # last letter and the opening's first make a word only the tokenizer guesses (`发近`).
    headline = "守护群众健康，防疾病于未发"
    assert len(headline) == 13
    health = ("群众健康是全社会共同的责任。看好病更要防住病，我们既要讲个人生活习惯，也要讲社区卫生环境。"
              "补上基层卫生短板、普及健康生活理念，就一定能守护好群众健康。")
    books = "近段时间，我市一些实体书店也做起了外卖生意，读者下单后，最快半小时就能收到图书。"
    lines = [*_wrap(health, 13).split("\n"), headline, *_wrap(books, 13).split("\n"), "实体书店开起外卖"]
    first, second = cut("\n".join(lines) + "\n")
    assert (first.title, second.title) == (headline, "实体书店开起外卖")
    assert second.text.startswith("近段时间")
    # A line of text of that shape ends on a word that waits for the next (`截至`): it goes on.
    waiting = ["各项重点工作有序推进，截至", "2023年底，全区新建社区食", "堂二十家。"]
    lines = [*_wrap(health, 13).split("\n"), *waiting, headline, *_wrap(books, 13).split("\n"), "实体书店开起外卖"]
    first, second = cut("\n".join(lines) + "\n")
    assert "各项重点工作有序推进，截至2023年底，全区新建社区食堂二十家。" in first.paragraphs
    # Nor does a wrap inside a number (`…2023年1` / `1月3日，…`) end a heading.
    waiting = ["城南行一年后，2023年1", "1月3日，区委书记再次来到", "城南镇。"]
    lines = [*_wrap(health, 13).split("\n"), *waiting, headline, *_wrap(books, 13).split("\n"), "实体书店开起外卖"]
    first, second = cut("\n".join(lines) + "\n")
    assert "城南行一年后，2023年11月3日，区委书记再次来到城南镇。" in first.paragraphs
    waiting = ["城南行一年以后，2023年", "6月3日，区委书记来到城南", "镇。"]
    lines = [*_wrap(health, 13).split("\n"), *waiting, headline, *_wrap(books, 13).split("\n"), "实体书店开起外卖"]
    first, second = cut("\n".join(lines) + "\n")
    assert "城南行一年以后，2023年6月3日，区委书记来到城南镇。" in first.paragraphs


def test_a_headline_under_a_kicker_that_fills_the_column_runs_into_no_text():
    # Copied line by line at 12 letters, no blank lines: a kicker leading on with a dash, then a
    # headline with no mark exactly as wide as the column; the text's first line, with a clause
    # mark, is no wrap of the headline.
    headline = "争做居民身边的“贴心人”"
    assert len(headline) == 12
    first = "区里今年新建社区食堂二十家，老人就餐可享八折优惠，已服务居民十万人次。"
    second = "“五一”假期第三天，气温一度升到34摄氏度。晚上9点，社区网格员王芳还在楼栋里走访独居老人。"
    lines = ["社区食堂开进老旧小区", *_wrap(first, 12).split("\n"), "2023年“最美社区工作者”获得者王芳——", headline,
             *_wrap(second, 12).split("\n")]
    canteens, profile = cut("\n".join(lines) + "\n")
    assert (profile.kicker, profile.title) == ("2023年“最美社区工作者”获得者王芳——", headline)
    assert profile.text.startswith("“五一”假期第三天") and canteens.text.endswith("十万人次。")
    # The text's first line opens a quotation and has no mark of its own: no wrap of the headline either.
    quoted = "“老人们在家门口就能吃上热乎饭菜，我们心里就踏实了。”社区网格员王芳说。"
    assert not re.search("[，。、；：]", _wrap(quoted, 12).split("\n")[0])
    lines[-len(_wrap(second, 12).split("\n")):] = _wrap(quoted, 12).split("\n")
    canteens, profile = cut("\n".join(lines) + "\n")
    assert (profile.kicker, profile.title) == ("2023年“最美社区工作者”获得者王芳——", headline)
    assert profile.text.startswith("“老人们在家门口")
    # A section's short label that leads on with a dash runs on into its text, whose first line
    # has no mark.
    section = "今年是新一轮规划的开局之年，全区各镇街都在谋划下一个五年的生态项目。"
    assert "，" not in _wrap(section, 12).split("\n")[0]
    lines = ["社区食堂开进老旧小区", *_wrap(first, 12).split("\n"), "着眼长远——", *_wrap(section, 12).split("\n")]
    (article,) = cut("\n".join(lines) + "\n")
    assert "着眼长远——今年是新一轮规划的开局之年，" in article.text.replace("\n", "")


def test_a_headline_of_phrases_as_wide_as_the_column_under_a_kicker_runs_into_no_text():
    # Copied line by line at 19 letters, no blank lines: a kicker, then a headline of two phrases
    # parted by a space exactly as wide as the column, then the text, whose first line has clause marks.
    headline = "江州职业学院 探索跨境电商人才培养新路"
    assert len(headline) == 19
    first = "区里今年新建社区食堂二十家，老人就餐可享八折优惠，已服务居民十万人次。"
    second = "从课堂教学到平台实训，从校企共建到出海实践，江州职业学院正走出一条以产教融合育人的新路子。"
    assert "，" in _wrap(second, 19).split("\n")[0]
    lines = ["社区食堂开进老旧小区", *_wrap(first, 19).split("\n"), "深耕产教融合 贯通国际合作", headline,
             *_wrap(second, 19).split("\n")]
    canteens, school = cut("\n".join(lines) + "\n")
    assert school.title == "深耕产教融合 贯通国际合作 " + headline  # stacked header lines read as one, as elsewhere
    assert school.text.startswith("从课堂教学到平台实训") and canteens.text.endswith("十万人次。")
    # Headlines after their bodies: a dateline under the story's headline before it is no
    # headline, where the wrap cuts its date too (`…（记者王芳）5` / `月13日上午，…`).
    canteen = [first, "社区食堂由街道提供场地，引入专业餐饮企业运营，菜品价格每月公示，接受居民监督。",
               "下一步，区里将在老旧小区再布点十个社区食堂，让更多老人在家门口吃上热乎饭。"]
    meeting = ["本报江州5月13日电  （记者王芳）5月13日上午，区里召开全区职业教育工作会议，部署今年的重点任务。",
               "会议要求，各职业院校要对接本地产业需求，调整专业设置，扩大订单培养规模，提高毕业生本地就业比例。"]
    assert _wrap_set(meeting[0], 19)[0].endswith("）5")
    lines = [*(line for paragraph in canteen for line in _wrap_set(paragraph, 19)), "社区食堂开进老旧小区",
             *(line for paragraph in meeting for line in _wrap_set(paragraph, 19)), "职教会议部署重点任务"]
    canteens, meeting_story = cut("\n".join(lines) + "\n")
    assert meeting_story.title == "职教会议部署重点任务"
    assert meeting_story.paragraphs[0].startswith("本报江州5月13日电（记者王芳）5月13日上午，区里召开")


def test_a_products_label_closing_on_its_title_mark_at_the_columns_edge_stays_over_its_heading():
    # Copied line by line at 14 letters, no blank lines: a column of new-media products, each
    # section a label naming the product over a heading. The second label fills the column and
    # closes on its title mark (`自制广播评书节目《江州说事》`): it ends there, a label over its
    # heading as the others are, not a long headline wrapped into the heading.
    label = "自制广播评书节目《江州说事》"
    assert len(label) == 14
    lines = ["全媒体多角度讲好两会故事（融媒台）",
             _wrap("两会期间，本报新媒体中心推出一批形式新颖、内容扎实、传播面广的融媒体产品，受到网友欢迎。", 14),
             "短视频《两会会客室》", "代表委员线上交谈",
             _wrap("本报新媒体中心推出线上对话节目，邀请代表委员在线交流，围绕就业、教育、医疗等话题回应网友关切。", 14),
             label, "评书说说两会新事",
             _wrap("今年两会，江州网打造自制广播评书节目《江州说事》，用评书的方式讲述两会新闻，把报告里的关键词讲得通俗易懂。", 14),
             "图解《五百字读懂报告》", "要点内容一看就懂",
             _wrap("大会开幕当天，江州网推出图解产品，把政府工作报告浓缩成五百字，网友几分钟就能读懂报告的要点。", 14),
             "城南镇大棚土豆喜获丰收",
             _wrap("本报讯（记者 李明）城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成。", 14)]
    column, potatoes = cut("\n".join(lines) + "\n")
    assert column.title == "全媒体多角度讲好两会故事（融媒台）" and "评书的方式" in column.text and "五百字" in column.text
    assert [column.paragraphs[i] for i in column.headings] == [
        "短视频《两会会客室》 代表委员线上交谈", label + " 评书说说两会新事", "图解《五百字读懂报告》 要点内容一看就懂"]
    assert potatoes.title == "城南镇大棚土豆喜获丰收"


def test_a_speaker_line_is_a_post_and_a_name_not_any_phrase_that_ends_after_a_title():
    from digest.roles import is_speaker_line

    assert is_speaker_line("东城区委书记夏明代表") and is_speaker_line("西藏青山县雪林乡乡长格桑曲珍")
    # Posts of companies, papers and theatres: `执行董事`, `秘书长`, `主编`, `导演`.
    assert all(map(is_speaker_line, ["中演院线执行董事张利", "区作家协会秘书长刘芳——", "城南日报主编陈明", "话剧导演孙浩"]))
    # `代表委员` then a phrase led by a letter that is also a surname (云): no name of four letters.
    assert not is_speaker_line("代表委员线上交谈")


ROUNDUP_PARTS = [
    ("城南剧团团长王建国——", "我们一直在排新戏",
     ["暂停的只是剧场演出，剧团的排练一天也没停过，演员们在家里练功，每周线上汇报一次。",
      "剧团今年准备推出两部新戏，其中一部讲的是本地脱贫致富的故事，剧本已经改了五稿。"]),
    ("区文化馆馆长李红——", "让群众在家门口看好戏",
     ["疫情期间，文化馆把讲座、展览和培训都搬到了网上，一个月下来，点击量超过了十万次。",
      "等到场馆恢复开放，我们会先在社区办小型演出，控制人数，做好预约和消毒。"]),
    ("城南大剧院总经理赵强——", "保障观众安全放在首位",
     ["目前，大剧院已经制定了恢复开放的方案，观众要实名预约，座位隔排隔座安排。",
      "我们还准备推出线上直播，让不能来剧场的观众也能看到演出。"]),
]


@pytest.mark.parametrize("tagged", [True, False])
def test_a_round_ups_parts_before_its_tagged_title_stay_in_it_where_headlines_follow_their_stories(tagged):
    # Headlines after their stories: three speakers' parts (a post and a name with a dash over
    # a heading), a closing note, then the round-up's title with its column tag. Each part had
    # closed the text before it as that text's headline. Without the tag, each speaker's piece
    # is a story of its own, as before.
    lines = ["疫情防控进入常态化，全区的剧场和文化场馆陆续开始准备恢复开放。", "我们请几位文化单位的负责人谈谈他们的准备。"]
    for speaker, heading, paragraphs in ROUNDUP_PARTS:
        lines += [speaker, heading, *paragraphs]
    title = "演出行业：准备好了再开门（文化圆桌）" if tagged else "演出行业准备好了再开门"
    lines += ["（栏目文章由本报记者周敏采访整理）", title,
              "城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成，镇里准备明年在全镇推广。", "城南镇大棚土豆喜获丰收"]
    articles = cut("\n\n".join(lines) + "\n")
    if tagged:
        roundup, potatoes = articles
        assert roundup.title == title and roundup.text.startswith("疫情防控进入常态化")
        headings = [roundup.paragraphs[i] for i in roundup.headings]
        assert headings[-4:] == ["区文化馆馆长李红——", "让群众在家门口看好戏", "城南大剧院总经理赵强——", "保障观众安全放在首位"]
        assert "我们还准备推出线上直播" in roundup.text
    else:
        assert len(articles) > 2
    assert articles[-1].title == "城南镇大棚土豆喜获丰收"


@pytest.mark.parametrize("label_break", ["\n\n", "\n"])
def test_a_short_label_over_a_line_is_a_section_where_headlines_follow_their_stories(label_break):
    # Headlines printed after their stories: a label of four letters over a line with no comma
    # (`监测预警` / `每月对全县脱贫户逐户走访“打卡”一次`), with a blank line between them or
    # none (one block), is a section heading of the story; a source's name with its colon over
    # a line (`区教委：` / `…`) is a kicker over the next headline.
    lines = ["青山县脱贫摘帽后，干部们紧绷的弦没松，通过摸底排查、动态监测，探索防返贫工作机制。",
             "县扶贫办副主任说，脱贫攻坚不能搞“一锤子买卖”，要把工作做在前面。",
             "监测预警" + label_break + "每月对全县脱贫户逐户走访“打卡”一次",
             "看见干部来，桃园村村民拉着他们进屋坐，说今年的脐橙又是好收成。",
             "多走访，防止脱贫户再返贫（一线调研）",
             "区教委新闻发言人昨日表示，今年暑期托管服务将覆盖全区所有公办小学，家长可在网上报名。",
             "发言人说，托管期间将安排阅读、体育和艺术活动，不上新课，不收取任何费用。",
             "区教委：", "暑期托管服务今年覆盖全部小学",
             "城南镇的土豆今年不用土也能种，一亩产量比露天种植高出三成，镇里准备明年在全镇推广。",
             "城南镇大棚土豆喜获丰收"]
    poverty, care, potatoes = cut("\n\n".join(lines) + "\n")
    assert poverty.title == "多走访，防止脱贫户再返贫（一线调研）" and "监测预警" in poverty.text
    assert "暑期托管服务今年覆盖全部小学" in (care.title or "") and "区教委新闻发言人" in care.text
    assert potatoes.title == "城南镇大棚土豆喜获丰收"


LIBRARY_BRIEF = ("4月18日,区图书馆“全民阅读·书香荣昌”读书分享会在万灵古镇举行,20余名读者围绕乡土文化分享读书心得。"
                 "据悉,今年区图书馆将举办各类阅读推广活动120余场。")


def test_a_paragraphs_last_line_that_opens_the_reporters_bracket_goes_on_into_its_name():
    # Wrapped at 14 letters with half-width marks, the brief's last line opens its reporter's
    # bracket (`广活动120余场。(记者 李` / `想)`). No outlet's name holds a sentence: the line is the
    # paragraph's end, not a byline of its own, so the paragraph is not broken before it.
    lines = column_lines(LIBRARY_BRIEF + "(记者 李想)", 14)
    assert lines[-2].endswith("(记者 李")
    (article,) = cut("\n".join([*lines, "书香古镇话乡愁"]) + "\n")
    assert article.title == "书香古镇话乡愁"
    assert "\n" not in article.text and "阅读推广活动120余场。" in article.text


def test_a_byline_sets_each_role_apart_from_its_name_as_it_spaces_its_other_parts():
    # Wrapped at 14 letters, the wrap falls after `记者 ` and the line loses its trailing space;
    # full-width spaces between the parts read as runs of spaces.
    brief = ("本报讯(通讯员 陈静 记者 王磊)记者从区农业农村委获悉,今年我区将新建高标准农田3.5万亩,"
             "目前已完成规划设计,计划6月底前全面开工。项目建成后,预计亩均增产粮食50公斤以上。")
    lines = column_lines(brief, 14)
    assert lines[0].endswith("记者 ")
    page = [*column_lines(LIBRARY_BRIEF, 14), "书香古镇话乡愁", *lines, "我区今年新建高标准农田3.5万亩"]
    articles = cut("\n".join(page) + "\n")
    assert [article.title for article in articles] == ["书香古镇话乡愁", "我区今年新建高标准农田3.5万亩"]
    assert articles[1].byline == "通讯员 陈静 记者 王磊"
    (article,) = cut("区职教中心共建产业学院\n本报记者　吴天宇　通讯员　黄丽萍\n　　4月14日，区职教中心与12家企业签订协议。\n")
    assert article.byline == "本报记者 吴天宇 通讯员 黄丽萍"


def test_a_writers_line_names_an_institution_then_the_writer_after_a_bullet():
    # A commentary under a column label, signed `□ 区委党校　张晓红`: before, the writer's
    # line was taken for the headline (on a page of several stories) or a part of it.
    page = ("理论园地\n以高质量党建引领高质量发展\n□ 区委党校　张晓红\n"
            "　　党建工作做实了就是生产力，做强了就是竞争力，做细了就是凝聚力。推动高质量发展，必须坚持以高质量党建为引领。\n"
            "　　一要强化政治引领。坚持把党的政治建设摆在首位，教育引导党员干部不断提高政治判断力。\n")
    (article,) = cut(page)
    assert article.title.endswith("以高质量党建引领高质量发展") and "张晓红" not in article.title
    assert article.byline == "区委党校 张晓红"
    (article,) = cut(page.replace("区委党校", "市社会科学院研究所"))
    assert article.byline == "市社会科学院研究所 张晓红"


def test_an_interviews_questions_are_text_not_credits():
    # `记者：` labels a credit (`记者：张三`), and the interviewer's questions in a Q&A. Before,
    # the questions were dropped as credits and the answers stood alone.
    # Copied with a blank line after each paragraph and no indents, as a PDF viewer gives it.
    page = ("“让党员在一线亮身份、作表率”\n\n——访昌元街道党工委书记李明\n\n"
            "记者：街道在推动党员下沉社区方面有哪些做法？\n\n"
            "李明：我们建立了机关党员“双报到”制度，全街道460名在职党员到居住地社区报到，认领服务岗位。\n\n"
            "记者：下一步有什么打算？\n\n"
            "李明：我们将完善党员积分管理，推动党员作用发挥常态化。\n\n"
            "记者：请谈谈群众的反映。\n\n"
            "李明：群众说，党员就在身边，有事找得到人。\n")
    (article,) = cut(page)
    assert article.paragraphs[0] == "记者：街道在推动党员下沉社区方面有哪些做法？"
    assert article.paragraphs[2] == "记者：下一步有什么打算？" and article.paragraphs[4] == "记者：请谈谈群众的反映。"
    assert classify_line("记者：张三", 0, False).role == "byline"


def test_a_dated_outlet_dateline_ending_in_xun_gives_the_byline_and_a_spaced_name_signs_a_commentary():
    # `本报北京5月6日讯（记者 邓晖）`: a paper that dates its own reports with 讯 where agencies
    # use 电. A short commentary under its label, signed with a two-letter name spaced to
    # three (`张 华`): before, the name was taken for the headline.
    page = ("教育部部署2025年职业教育活动周\n本报北京5月6日讯（记者 邓晖）记者从教育部获悉，2025年职业教育活动周将于5月11日至17日举行。\n"
            "活动周期间，各地将组织开展职业院校开放日、技能展示等活动。\n\n"
            "短评\n技能之路越走越宽\n张 华\n技能人才是支撑中国制造、中国创造的重要力量。让技能人才有舞台、有待遇、有尊严。\n")
    week, comment = cut(page)
    assert week.byline == "记者 邓晖"
    assert comment.title.endswith("技能之路越走越宽") and comment.byline == "张 华"
    # A feature's section headings are spaced so too, but they are words, no names.
    assert classify_line("商 机", 0, False).role != "byline" and classify_line("李 强", 0, False).role == "byline"


def test_a_headline_over_two_lines_after_a_colon_prints_no_space():
    # Header lines are joined with a space, but no space follows a full-width mark.
    (article,) = cut("昌州街道：\n“红色物业”解锁小区治理新密码\n"
                     "　　去年以来，昌州街道以党建引领物业服务，推动小区党支部、业委会、物业企业“三方联动”。\n")
    assert article.title == "昌州街道：“红色物业”解锁小区治理新密码"


def test_a_subtitle_as_wide_as_the_column_under_a_headline_after_its_story_ends_there():
    # Copied line by line at 16 letters, headlines after their stories: the subtitle fills the
    # column, and the next story's first line must not run on from it.
    bus = ["今年以来，区交通局新开三条社区公交线路，串起二十个老旧小区和三所医院。",
           "新线路早晚高峰发车间隔十分钟，票价一元，居民出行更方便了。"]
    page = "\n".join([*(line for paragraph in bus for line in column_lines(paragraph)),
                      "区里新开三条社区公交线路", "——二十个老旧小区居民出行更方便",
                      *column_lines(POTATO_TEXT), POTATO_TITLE]) + "\n"
    first, second = cut(page)
    assert (first.title, first.subtitle) == ("区里新开三条社区公交线路", "二十个老旧小区居民出行更方便")
    assert first.paragraphs == tuple(bus)
    assert second.title == POTATO_TITLE and second.text == POTATO_TEXT


def test_pictures_between_paragraphs_of_one_story_leave_holes_whose_short_captions_head_nothing():
    # A copied page: its headline, then text with two pictures set between paragraphs, each
    # leaving two blank lines and a short caption. One story, the captions out of its text.
    page = ("城南社区议事会破解停车难\n\n社区通过议事会多次组织业主代表、物管公司面对面沟通，最终新增20个标准停车位。\n\n"
            "外来车辆无序进入的问题得到解决，居民出行更方便了。\n\n\n\n居民代表在议事会上发言\n\n"
            "议事会每月召开一次，议题由居民提出，社区、物业和业主委员会一起商量办法。\n\n\n\n新增的标准停车位\n\n"
            "如今，社区网格党组织实现全覆盖，每个社区至少引入一个社会组织。\n")
    (article,) = cut(page)
    assert article.title == "城南社区议事会破解停车难"
    assert "居民代表在议事会上发言" not in article.text and "新增的标准停车位" not in article.text
    assert article.text.endswith("每个社区至少引入一个社会组织。")


# A district office's bulletin (工作简报), its stories under column labels in square brackets.
_BULLETIN_HEAD = "工 作 简 报\n第12期\n中共江州区委办公室                    2025年3月7日\n\n"
_MEETING = ("3月6日，区委书记张华主持召开区委常委会会议，传达学习全国两会精神，研究部署贯彻落实工作。",
            "会议强调，全区上下要把学习贯彻全国两会精神作为当前和今后一个时期的重要政治任务，结合实际抓好落实。")
_PLANTING = "3月5日，全区春季义务植树活动在临江镇启动。区领导与干部群众一起挥锹铲土、扶苗培土，共栽植树苗3000余株。"
_MEETING_TITLE = "区委召开常委会会议传达学习全国两会精神"
_PLANTING_TITLE = "全区春季植树活动启动"


def test_a_column_label_in_square_brackets_over_a_headline_after_its_story_heads_no_section(tmp_path):
    # Headlines after their stories: `【工作动态】` over a headline is a column's label, as a column
    # tag closing one is, not the label of a section of the story before (the story had been
    # read as the next one's lead, and the page had lost it).
    page = _BULLETIN_HEAD + "\n".join([*_MEETING, "【工作动态】", _MEETING_TITLE, "", _PLANTING, _PLANTING_TITLE]) + "\n"
    meeting, planting = read_as_file(tmp_path / "bulletin.txt", page)
    assert (meeting.kicker, meeting.title) == ("【工作动态】", _MEETING_TITLE) and meeting.text.startswith("3月6日")
    assert planting.title == _PLANTING_TITLE and planting.text == _PLANTING


def test_a_line_of_letters_past_the_column_is_a_headline_and_a_distribution_line_is_no_headlines_tail(tmp_path):
    # Copied line by line at 17 letters: a headline of 19 letters under its column label is no
    # line of the column's text, which never runs past it by more than a hanging mark.
    page = _BULLETIN_HEAD + "\n".join([
        "【工作动态】", _MEETING_TITLE, *[line for text in _MEETING for line in column_lines(text, 17)],
        _PLANTING_TITLE, *column_lines(_PLANTING, 17)]) + "\n"
    meeting, planting = read_as_file(tmp_path / "bulletin.txt", page)
    assert meeting.title == _MEETING_TITLE and meeting.text.startswith("3月6日")
    assert planting.title == _PLANTING_TITLE
    # Headlines after their stories: the bulletin's distribution lines under the last headline,
    # wider than the column, are no part of it.
    page = "\n".join([*column_lines(_PLANTING, 16), _PLANTING_TITLE, *column_lines(_MEETING[0], 16),
                       "卫星湖街道：“三单”机制解决群众急难愁盼", "报：市委办公厅", "送：区委常委，区人大常委会、区政府"]) + "\n"
    planting, meeting = cut(page)
    assert planting.title == _PLANTING_TITLE and meeting.title == "卫星湖街道：“三单”机制解决群众急难愁盼"


_BRIEFS = ("■3月7日，区妇联在万达广场开展“三八”妇女维权周宣传活动，现场发放宣传资料2000余份，解答群众咨询150余人次。（记者 刘洋）",
           "■日前，区图书馆新增数字阅读终端10台，读者可免费借阅电子图书5万余册。（通讯员 张敏）",
           "■近日，城南街道开展燃气安全隐患排查，共排查餐饮场所86家，督促整改隐患12处。（记者 王磊）")


def test_bulleted_briefs_without_headlines_under_a_briefs_label_are_each_a_story():
    # A 简讯 column: each item a bulleted paragraph of its own news, signed at its end, with no
    # headline. Each is a story named by its first clause; the label heads none of them.
    page = "简讯\n" + "".join(f"　　{brief}\n" for brief in _BRIEFS) + \
        "\n加快建设现代化产业体系\n　　发展新质生产力，是推动高质量发展的内在要求和重要着力点，要立足本地产业基础。\n"
    articles = cut(page)
    assert [a.title for a in articles] == ["区妇联在万达广场开展“三八”妇女维权周宣传活动", "区图书馆新增数字阅读终端10台",
                                           "城南街道开展燃气安全隐患排查", "加快建设现代化产业体系"]
    assert [a.byline for a in articles[:3]] == ["记者 刘洋", "通讯员 张敏", "记者 王磊"]
    assert articles[1].text.startswith("日前，区图书馆") and "简讯" not in articles[0].text
    # Copied at 12 letters with headlines after their stories: the label closes the column, a
    # wrap sets a signature on a line of its own, and a brief's headline is no section of the one before.
    signed_apart = _BRIEFS[1].partition("（")
    lines = [*column_lines(_BRIEFS[0], 12), *column_lines(signed_apart[0], 12), signed_apart[1] + signed_apart[2],
             *column_lines(_BRIEFS[2], 12)]
    page = "\n".join([*lines, "简讯", *column_lines("发展新质生产力，是推动高质量发展的内在要求和重要着力点，要立足本地产业基础。", 12),
                      "加快建设现代化产业体系"]) + "\n"
    assert [a.title for a in cut(page)] == [a.title for a in articles]
    # Key points bulleted under a story's headline are its text, not briefs.
    page = ("区委召开全会 部署全年工作\n　　■要坚持项目为王、实干为先，抓好招商引资和重大项目建设。\n"
            "　　■要持续深化改革开放，不断增强发展动力和活力，为全年目标任务完成提供保障。\n"
            "　　本报讯（记者 刘洋）3月7日，区委召开全会，部署全年工作任务。\n")
    (article,) = cut(page)
    assert article.title == "区委召开全会 部署全年工作"


def test_an_editors_note_on_a_web_page_is_kept_as_a_note(tmp_path):
    # Under the headline of a saved web page, in its text: kept in the text, marked as a note,
    # so it is never summarized (before, the summary opened with it).
    page = tmp_path / "news.html"
    page.write_text("<html><head><meta charset='utf-8'><title>小网格撬动大治理_江州新闻网</title></head><body>"
                    "<h1>小网格撬动大治理</h1><div class='info'>来源：江州日报　发布时间：2025-03-04 08:30</div>"
                    "<div class='content'><p>【编者按】基层治理是国家治理的基石。即日起，本报开设“治理新观察”专栏。</p>"
                    "<p>清晨7点，胜利路街道萱花社区网格员刘红已经走进了辖区小区，挨家挨户收集居民诉求。</p>"
                    "<p>去年以来，胜利路街道将辖区划分为86个网格，全年解决群众诉求2300余件。</p></div></body></html>",
                    encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert article.paragraphs[0].startswith("【编者按】") and 0 in article.notes
    assert "编者按" not in article.body


def test_a_share_buttons_latin_label_over_a_web_storys_text_is_no_part_of_it(tmp_path):
    # Share buttons and a logo's label, each a paragraph of their own between the date line and
    # the text. Before, `Qzone` opened the story's first paragraph.
    page = tmp_path / "news.html"
    page.write_text("<html><head><meta charset='utf-8'><title>江州区召开基层治理工作推进会_江州新闻网</title></head><body>"
                    "<div class='main'><h1>江州区召开基层治理工作推进会</h1><p>2025-03-05 09:30 来源：江州日报</p>"
                    "<p>微博</p><p>Qzone</p>"
                    "<p>3月5日，江州区召开基层治理工作推进会，部署今年网格化管理重点任务。区委主要负责同志出席会议并讲话。</p>"
                    "<p>会议要求各街道把矛盾纠纷化解在基层，做到小事不出网格、大事不出街道，提升群众的安全感。</p>"
                    "<p>会议还对今年的平安建设、社区服务和应急管理等工作作了具体安排，要求各部门加强协作。</p></div></body></html>",
                    encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert article.text.startswith("3月5日，江州区召开基层治理工作推进会") and article.date == "2025-03-05"
    # A story in English keeps its opening line.
    page.write_text("<html><head><meta charset='utf-8'><title>Jiangzhou opens a new library_Jiangzhou News</title></head>"
                    "<body><h1>Jiangzhou opens a new library</h1><p>Readers queued from early morning</p>"
                    "<p>The district library opened on Monday with 200,000 books and a children's reading room on its ground floor.</p>"
                    "<p>Its reading rooms stay open until nine in the evening every day of the week, holidays included.</p></body></html>",
                    encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert "Readers queued from early morning" in article.text


_SESSION = ["新华社北京3月4日电（记者 王明）全国政协十四届三次会议4日下午在北京开幕。", "会议听取了全国政协常委会工作报告，审议通过了大会议程。",
            "凝心聚力推动高质量发展", "委员们表示，要围绕中心、服务大局，为推动高质量发展献计出力。",
            "履职尽责服务人民群众", "委员们表示，要坚持人民至上，多做解民忧、纾民困、暖民心的工作。"]
_SESSION_TITLE = "坚持人民至上的工作理念 扎实推进高质量发展取得更为明显的实际成效（学习贯彻两会精神）"
_FEATURE = ["用实干书写新时代答卷", "——记全国劳动模范、江州市农民张大山", "春耕时节，张大山又忙了起来。三十年来，他带领乡亲们种植优质水稻。",
            "“只要肯干，土地就不会亏待人。”张大山说。"]


def test_a_photo_story_under_its_label_after_a_story_with_sections_is_a_story_of_its_own():
    # Copied with no blank lines and no indents: `图片报道` after a story's section headings is
    # no next section but a photo story's headline (it had read as the story's third section).
    page = "\n".join([_SESSION_TITLE, *_SESSION, "图片报道", "3月4日，参加全国政协十四届三次会议的委员步入会场。",
                      "新华社记者 李强 摄", *_FEATURE]) + "\n"
    session, photo, feature = cut(page)
    assert (session.title, photo.title, feature.title) == (_SESSION_TITLE, "图片报道", "用实干书写新时代答卷")
    assert photo.text.startswith("3月4日，参加") and session.text.endswith("暖民心的工作。")
    # Copied line by line at 13 letters: the photo's credit on a line of its own is the last of its
    # caption, never the next headline's first words (`…李强 摄` / `用实干…`: 摄用 read as a word).
    lines = [_SESSION_TITLE, *[line for text in _SESSION for line in column_lines(text, 13)], "图片报道",
             *column_lines("3月4日，参加全国政协十四届三次会议的委员步入会场。", 13), "新华社记者 李强 摄",
             *_FEATURE[:2], *[line for text in _FEATURE[2:] for line in column_lines(text, 13)]]
    assert [a.title for a in cut("\n".join(lines) + "\n")] == [_SESSION_TITLE, "图片报道", "用实干书写新时代答卷"]


@pytest.mark.parametrize("headline_after", [False, True])
def test_after_a_story_closing_note_a_line_as_wide_as_the_column_is_a_headline(headline_after):
    # Letter-count lines of 16, no blank lines, each story closing on its dispatch note. The
    # headline under the first note fills the column exactly and ends no sentence, and the
    # text under it opens with such a line too: right after a story's closing note, it is a
    # headline all the same, whichever side of its text the page prints it.
    headlines = ["城北街道推动三社联动服务居民群众", "城南镇无土栽培大棚土豆产量高三成"]
    opening = "家住城南镇大棚种植基地的农户王伯今年种了十亩土豆，亩产比去年高出三成，收入也跟着涨了。"
    assert [len(headline) for headline in headlines] == [16, 16] and not re.search(r"[，。]", opening[:16])
    stories = [(headlines[0], ["今年以来，城北街道推动社区、社会组织、社会工作者联动，为辖区居民提供养老、托幼、助残等服务一万多人次。"]),
               (headlines[1], [opening, "城南镇的大棚土豆明年将在全镇推广，带动更多农户增收。"])]
    lines = []
    for title, paragraphs in stories:
        body = [line for paragraph in paragraphs for line in column_lines(paragraph)] + ["（本报城南5月9日电）"]
        lines.extend(body + [title] if headline_after else [title] + body)
    articles = cut("\n".join(lines) + "\n")
    assert [article.title for article in articles] == headlines
    assert articles[1].text.startswith("家住城南镇大棚种植基地的农户王伯今年种了十亩土豆")


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_features_first_section_heading_after_its_lead_in_stays_in_the_feature_where_headlines_follow(between):
    # Headlines printed after their stories: a feature opens on a lead-in of a few lines with
    # no dateline, which says what its sections tell, so the first section heading's words are
    # the lead-in's, as a headline's are its story's. It is a section all the same.
    lines = ["江州职业教育改革，迎来了关键的一年——",
             "今年，江州职业教育深化产教融合，职业院校与企业共建产业学院，学生在车间里上课。",
             "深化产教融合 推进职业教育改革",
             "江州职业技术学院与二十家企业共建产业学院，企业工程师走上讲台，学生在车间里完成实训。",
             "产业学院开设数控、电商等八个专业，课程由学院和企业共同制定，实训设备由企业提供。",
             "订单培养 学生毕业就上岗",
             "产业学院今年开出订单班十二个，学生毕业后直接进入合作企业工作，就业率达到百分之九十八。",
             "订单班学生王丽说，在学校学的就是企业用的，毕业就能上岗，心里踏实。",
             "（本报记者 李明）",
             "产教融合育工匠", "——江州职业教育改革观察"] + NIGHT_MARKET_AFTER
    articles = cut(between.join(lines) + "\n")
    assert [a.title for a in articles] == ["产教融合育工匠", "滨河夜市开张"]
    assert articles[0].text.startswith("江州职业教育改革，迎来了关键的一年——\n")
    assert "\n深化产教融合 推进职业教育改革\n" in articles[0].text


def test_a_short_story_with_no_dateline_keeps_its_headline_before_a_story_on_its_subject():
    # Headlines printed after their stories: a brief with no dateline on the subject of the story
    # after it is no feature's lead-in, for the text after its headline goes on to no section.
    lines = ["近日，城东街道为辖区老人开设智能手机课堂，志愿者手把手教老人用手机挂号、缴费、视频通话。",
             "首期课堂吸引了六十多位老人参加。", "城东街道开设老年人手机课堂",
             "城西街道日前为老年人开设智能手机培训班，每周两次，培训内容包括网上购物、扫码乘车和防范电信诈骗。",
             "培训班由社区志愿者授课，已有一百多位老人报名参加，不少老人学会了用手机给子女发视频。",
             "街道还印发了图文并茂的操作手册，方便老人回家后对照练习。", "城西街道开设培训班 教老年人学用智能手机防范电信诈骗"]
    articles = cut("\n".join(lines) + "\n")
    assert [a.title for a in articles] == ["城东街道开设老年人手机课堂", "城西街道开设培训班 教老年人学用智能手机防范电信诈骗"]


def assert_one_paragraph(headline: str, before: str, said: str, first_line: str, width: int, after: tuple[str, ...] = ()):
    """Copied line by line at `width` letters: under `headline`, the paragraph `before`, then
    `said`, whose first line is `first_line`, then the paragraphs `after`: one story in which
    `said` is one paragraph."""
    lines = [headline, _wrap(before, width), _wrap(said, width), *(_wrap(paragraph, width) for paragraph in after)]
    assert lines[2].startswith(first_line + "\n")
    article, = cut("\n".join(lines) + "\n")
    assert said in article.paragraphs, article.text


def test_a_line_that_ends_inside_a_post_holders_foreign_name_goes_on():
    # Copied line by line at 12 letters: a full line ending on a post and the first letters of
    # its holder's foreign name, with no mark, after a finished sentence, could be a headline;
    # the next line goes on with the name's next part (`莉娜·罗德里格斯则指出，…`).
    assert_one_paragraph("线上展会助推农产品出海",
                         "为期10天的农产品数字展销会日前闭幕，超过4.5万人次在线参展，展会为中外企业合作挖掘了新机遇。",
                         "智利中国工商总会主席卡塔莉娜·罗德里格斯则表示，线上展会让远隔重洋的买家和卖家走到了一起。",
                         "智利中国工商总会主席卡塔", 12)


def test_a_headline_of_clauses_set_across_columns_opens_a_story_on_a_near_subject():
    # Copied line by line at 12 letters: a headline of clauses wider than the column over a
    # story on a subject near the one before it (schools, teachers). A section heading of
    # clauses may be, but none is set wider than its column.
    lines = ["区里今年招聘中小学教师三百名",
             _wrap("本报讯（记者 王芳）区教委近日发布公告，今年面向高校毕业生招聘中小学和幼儿园教师三百名，重点补充农村学校和紧缺学科教师。", 12),
             _wrap("招聘向音乐、体育、美术和心理健康等紧缺学科倾斜，新招聘的教师将优先安排到农村学校任教，服务期不少于三年。", 12),
             "优化课程、精准施教，区里在线直播课用户超过三万", "线上教学提质",
             _wrap("部分学校推迟返校期间，区教委组织骨干教师录制免费直播课，覆盖语文、数学、英语等科目，农村学校的学生也能在线听课。", 12),
             _wrap("平台还开设了答疑专区，老师在线批改作业、解答问题，家长可以随时查看孩子的学习情况。", 12)]
    teachers, lessons = cut("\n".join(lines) + "\n")
    assert teachers.title == "区里今年招聘中小学教师三百名" and "直播课" not in teachers.text
    assert lessons.title.startswith("优化课程、精准施教，区里在线直播课用户超过三万")
    assert lessons.text.startswith("部分学校推迟返校期间")


def test_a_headline_as_wide_as_the_column_whose_words_the_lead_takes_up_is_a_headline():
    # Copied line by line at 16 letters: the second headline fills the column and ends no
    # sentence, and the line under it is full with no mark; its first clause names the
    # headline's subject again (`无土栽培`), as a lead does and a sentence going on does not.
    headline = "城南镇无土栽培大棚土豆产量高三成"
    opening = "城南镇的无土栽培大棚今年种了十亩土豆，亩产比露天种植高出三成，农户收入也跟着涨了。"
    again = "城南镇今年新建了五座无土栽培大棚共计八十亩，无土栽培的土豆明年将在全镇推广。"
    assert len(headline) == 16 and "，" not in opening[:16] + again[:16]
    stories = [("城北街道推动三社联动服务居民", [
        "今年以来，城北街道推动社区、社会组织、社会工作者联动，为辖区居民提供养老、托幼、助残等服务一万多人次。"]),
        (headline, [opening, again, "镇农技站站长说，这项技术明年将在全镇推广，带动更多农户增收。"])]
    articles = cut(line_by_line_page(stories))
    assert [article.title for article in articles] == ["城北街道推动三社联动服务居民", headline]
    assert articles[1].text.startswith("城南镇的无土栽培大棚今年种了十亩土豆")
    # A paragraph whose full first line has no mark, named again in a later clause: one paragraph.
    assert again in articles[1].paragraphs


def test_a_line_of_text_closing_on_a_bracketed_list_of_places_is_no_tagged_headline():
    # Copied line by line at 13 letters: after a finished sentence, a line closes on a bracket
    # (`各县（市、区）`). A column's tag names the column; a bracket that lists things parted by
    # `、` is the text's gloss (or a closing note's list of reporters), so the line goes on.
    assert_one_paragraph("乡村振兴责任书签下了", "2023年2月，全市乡村振兴工作会议在市委礼堂举行，市四套班子领导全部出席。",
                         "会上，江州市各县（市、区）主要负责人在乡村振兴责任书上签了字，当场立下了军令状。",
                         "会上，江州市各县（市、区）", 13)


@pytest.mark.parametrize("when", ["今年2月，", "2019年11月，", "去年3月中旬，"])
def test_a_headline_as_wide_as_the_column_over_an_opening_that_names_a_month(when):
    # Letter-count lines of 16, no blank lines, headlines after their bodies: the first headline
    # fills the column and ends no sentence; the next story opens on the month it tells of
    # (`今年2月，…`), which no line with no mark runs on into.
    headline = "城北街道三社联动服务社区居民群众"
    assert len(headline) == 16
    stories = [(headline, ["今年以来，城北街道推动社区、社会组织、社会工作者联动，为辖区居民提供养老、托幼、助残等服务一万多人次。"]),
               (POTATO_TITLE, [when + POTATO_TEXT, "这项技术明年将在全镇推广，带动更多农户增收。"])]
    lines = []
    for title, paragraphs in stories:  # each body, then its headline
        lines.extend(line for paragraph in paragraphs for line in column_lines(paragraph))
        lines.append(title)
    articles = cut("\n".join(lines) + "\n")
    assert [article.title for article in articles] == [headline, POTATO_TITLE]
    assert articles[1].text.startswith(when + "城南镇的土豆")


@pytest.mark.parametrize("goes_on", ["将于5月23日起开展第二届科普宣传月活动，周末还将推出线上科普讲座。",
                                     "已经连续三年举办科普开放日，今年改为线上举办。"])
def test_a_full_line_closing_on_a_bracket_goes_on_into_an_adverb_that_needs_its_subject(goes_on):
    # Copied line by line at 17 letters: after a finished sentence, a full line with no mark
    # closes on a bracket, as a headline closes on its column tag; the next line opens on an
    # adverb whose subject is that line (`将于…`, `已经…`), so no headline ends there.
    assert_one_paragraph("区科协云上开启科普活动周",
                         "本报江州5月19日电（记者 王敏）区科协第十六届科普活动周将在全区21个镇街同步举办。",
                         "区科协科普教育传播中心（北城分部）" + goes_on, "区科协科普教育传播中心（北城分部）", 17, (
                             "本届活动周将举办云游科技馆、科学公开课、全景看江州等多种形式的线上活动，各镇街也将组织形式多样的线上活动。",
                             "区科协有关负责人介绍，线上活动打破了时间和空间的限制，让更多市民足不出户就能走进科学殿堂，感受科学魅力。"))


@pytest.mark.parametrize("mark", ["◆", "★", "■"])
def test_a_column_label_set_between_two_bullets_is_the_kicker_without_them(mark):
    page = (f"{mark}社区动态{mark}\n昌元街道开展“邻里节”活动\n"
            "　　本报讯（记者 赵丽）3月1日，昌元街道海棠社区举办第三届“邻里节”，辖区300余名居民参加了包饺子、写春联等活动。\n"
            "　　社区党委书记周敏表示，“邻里节”拉近了居民之间的距离，今后将每年举办一次。\n")
    (article,) = cut(page)
    assert (article.kicker, article.title) == ("社区动态", "昌元街道开展“邻里节”活动")


CENTRED_PAGE = """荣昌日报　2025年3月7日　星期五　第4版　理论·评论

　　　　把群众冷暖放在心上
　　　　　　□　区委党校　张晓红
　　发展为了人民，这是马克思主义政治经济学的根本立场。近年来，我区始终坚持把增进民生福祉作为发展的根本目的。
　　办好群众身边事，就要多听群众的意见，把每一件小事都办实办好。
　　（作者单位：荣昌区委党校）

　　　　“小切口”撬动“大民生”
　　小区加装电梯、背街小巷改造、社区食堂开张……这些看似微小的事，却是群众最关心的事。
　　各级干部要多到群众中去，问需于民、问计于民，把一件件民生实事办到群众心坎上。（李文）

　　　　让非遗在传承中焕发新活力
　　　　　　——访荣昌夏布织造技艺传承人颜坤吉
　　记者：您从事夏布织造多少年了？
　　颜坤吉：我15岁开始学织夏布，到现在已经50多年了。
　　记者：这些年夏布产业有哪些变化？
　　颜坤吉：变化很大。现在开发出了服装、家居、文创等上千种产品，还出口到日本、韩国等国家。
"""


def test_headlines_set_in_the_middle_of_a_page_that_indents_its_paragraphs_head_their_stories():
    # A copy that keeps the spaces centring each headline, under a masthead set flush: lines
    # set deeper than the paragraphs' indent are no section headings. Before, every headline
    # was read as a section and the page was one article titled by its first sentence.
    articles = cut(CENTRED_PAGE)
    assert [a.title for a in articles] == ["把群众冷暖放在心上", "“小切口”撬动“大民生”", "让非遗在传承中焕发新活力"]
    assert articles[0].byline == "区委党校 张晓红" and articles[2].subtitle == "访荣昌夏布织造技艺传承人颜坤吉"
    assert articles[2].text.startswith("记者：您从事夏布织造多少年了？")


def test_an_epaper_articles_path_naming_its_page_is_no_kicker(tmp_path):
    page = ("首页 > 荣昌日报 > 2025年03月10日 > 第01版：要闻\n\n我区召开2025年优化营商环境大会\n"
            "　　发布日期：2025-03-10　　来源：荣昌日报　　作者：记者 刘洋\n【字号：大 中 小】【打印本页】【关闭窗口】\n\n"
            "　　本报讯（记者　刘洋）3月8日，我区召开2025年优化营商环境大会，安排部署2025年重点任务。\n"
            "　　会议强调，要持续深化“放管服”改革，全力打造一流营商环境。\n\n"
            "上一篇：全区2025年重点项目集中开工\n【责任编辑：孙伟】\n")
    (article,) = read_as_file(tmp_path / "page.txt", page)
    assert (article.kicker, article.title, article.date) == (None, "我区召开2025年优化营商环境大会", "2025-03-10")
    assert article.text.endswith("全力打造一流营商环境。")


@pytest.mark.parametrize("credits", ["文｜张三　图｜李四", "文/张三 摄影/李四 编辑/王五", "作者：张三　视频：李四"])
def test_a_writers_credit_followed_by_others_on_its_line_names_the_writer_alone(credits):
    page = ("荣昌这所学校，把课堂搬进了田间地头\n\n" + credits + "\n\n"
            "“这块地种的是什么？”“是油菜！”3月6日，在清升镇的劳动教育实践基地里，清升小学的孩子们正跟着老师认识农作物。\n\n"
            "近年来，清升小学开辟劳动教育实践基地20余亩，开设种植、养殖、农产品加工等劳动课程12门。\n")
    (article,) = cut(page)
    assert article.byline == "张三" and article.title == "荣昌这所学校，把课堂搬进了田间地头"


# A PDF's column copied as text: lines filled to the column's width, digits half a letter wide,
# so a line's letter count varies (`江州区新建改建农村公路216.5公里，` has 18 letters in a column of
# 16); headlines printed after their bodies.
COLUMN_FILLED_BY_WIDTH = [
    "记者从区交通局获悉，今年1至10月，",
    "江州区新建改建农村公路216.5公里，",
    "完成投资3.2亿元，同比增长12.4%，",
    "全区98个行政村实现通硬化路、通客",
    "车。",
    "区交通局负责人介绍，今年以来，全",
    "区按照“修好、养好、护好、用得好”",
    "的要求，把农村公路建设与乡村振兴、",
    "产业发展结合起来，新建产业路、旅",
    "游路45条，带动沿线群众增收1800余",
    "万元。",
    "下一步，江州区将继续推进“四好农",
    "村路”示范创建，计划到2026年底，",
    "全区农村公路优良中等路率达到85%",
    "以上，让群众出行更便捷。",
    "截至10月底",
    "新建改建农村公路216.5公里",
    "王大爷今年72岁，是城南街道锦绣社",
    "区的居民。11月20日，社区卫生服务",
    "中心的家庭医生团队走进12个小区，",
    "为65岁以上老人开展免费体检，当天",
    "服务群众860余人次。",
    "据了解，今年以来，城南街道组建家",
    "庭医生团队24支，签约服务居民3.6",
    "万人，建立电子健康档案4.1万份，",
    "重点人群签约率达到78.3%，比去年",
    "提高9.2个百分点。",
    "城南街道联合区融媒体中心拍摄了",
    "“健康微课堂”系列短视频，在社区",
    "微信群里播放，累计播放量超过5万",
    "次。",
    "街道负责人表示，将依托“互联网+",
    "医疗健康”平台，推动优质医疗资源",
    "下沉，让居民在家门口就能享受到便",
    "捷的医疗服务。",
    "城南街道为3.6万名居民建起健康档案",
]


def test_a_column_filled_by_width_is_measured_by_width():
    # `新建改建农村公路216.5公里` has as many letters as the column but is narrower: no full
    # line, so a headline. Measured by its letters, it went on into the next story's text, and the
    # two stories were read as one.
    articles = cut("\n".join(COLUMN_FILLED_BY_WIDTH) + "\n")
    assert [a.title for a in articles] == ["截至10月底 新建改建农村公路216.5公里", "城南街道为3.6万名居民建起健康档案"]
    assert articles[0].text.endswith("让群众出行更便捷。") and articles[1].text.startswith("王大爷今年72岁，")
    # A line one letter short over a line that opens on a quotation mark is full: the typesetter
    # moved the mark down from its end. Before, the line, with no mark of its own, stood apart.
    assert any(paragraph.startswith("城南街道联合区融媒体中心拍摄了“健康微课堂”系列短视频，")
               for paragraph in articles[1].paragraphs)


# The same kind of copy with the paragraphs' indents kept: header lines are flush, and so are the
# lines a wrap carries on.
INDENTED_COLUMN_FILLED_BY_WIDTH = [
    "\u3000\u3000记者从区交通局获悉，今年1至1",
    "0月，江州区新建改建农村公路216.5",
    "公里，完成投资3.2亿元，同比增长1",
    "2.4%，全区98个行政村实现通硬化路、",
    "通客车。",
    "\u3000\u3000区交通局负责人介绍，今年以来，",
    "全区按照“修好、养好、护好、用得",
    "好”的要求，把农村公路建设与乡村",
    "振兴、产业发展结合起来，新建产业",
    "路、旅游路45条，带动沿线群众增收",
    "1800余万元。",
    "\u3000\u3000下一步，江州区将继续推进“四",
    "好农村路”示范创建，计划到2026年",
    "底，全区农村公路优良中等路率达到",
    "85%以上，让沿线群众的出行更加便",
    "捷安全。",
    "\u3000\u3000区交通局还将加强农村公路日常",
    "养护，建立县乡村三级路长制，确保",
    "每条农村公路都有人管、有人护，为",
    "乡村振兴提供有力的交通运输保障。",
    "截至10月底",
    "江州区新建改建农村公路二百一十六公里",
    "\u3000\u300011月25日，江州区职业教育中心",
    "与区内10家企业签订校企合作协议，",
    "双方将共建数控、电商、汽修等5个",
    "实训基地，首批200名学生将于明年3",
    "月进入企业跟岗实习。",
    "\u3000\u3000近年来，区职教中心坚持“专业",
    "对接产业、课程对接岗位”，先后开",
    "设智能制造、现代物流等12个专业，",
    "毕业生就业率连续三年保持在96%以",
    "上，留在本地就业的超过六成。",
    "\u3000\u3000——坚持专业对接产业，新开设",
    "智能制造等专业5个；",
    "\u3000\u3000——坚持课程对接岗位，与企业",
    "共同开发课程20门；",
    "\u3000\u3000企业负责人介绍，过去招一名熟",
    "练技工要等好几个月，现在学校按照",
    "企业的岗位标准培养学生，学生一毕",
    "业就能上手，企业的用工难题得到了",
    "有效缓解。",
    "\u3000\u3000区教委有关负责人表示，下一步",
    "将推动更多企业参与职业教育，力争",
    "到2027年，全区校企合作企业达到50",
    "家，让更多学生在家门口学到真本领。",
    "校企合作育人才（江州观察）",
    "\u3000\u3000王大爷今年72岁，是城南街道锦",
    "绣社区的居民。11月20日，社区卫生",
    "服务中心的家庭医生团队走进12个小",
    "区，为65岁以上老人开展免费体检，",
    "当天服务群众860余人次。",
    "\u3000\u3000据了解，今年以来，城南街道组",
    "建家庭医生团队24支，签约服务居民",
    "3.6万人，建立电子健康档案4.1万份，",
    "重点人群签约率达到78.3%，比去年",
    "提高9.2个百分点。",
    "\u3000\u3000家庭医生还为居民讲解慢病防治、",
    "合理用药、科学健身等方面的知识……",
    "居民们纷纷点赞，说家庭医生就是身",
    "边的健康守门人。",
    "\u3000\u3000街道负责人表示，将依托“互联",
    "网+医疗健康”平台，推动优质医疗",
    "资源下沉，让居民在家门口就能享受",
    "到便捷的医疗服务。",
    "\u3000\u3000不少居民表示，家庭医生上门服",
    "务既省时又贴心，有了电子健康档案，",
    "看病就医比过去更加方便快捷省心了。",
    "城南街道为三万六千名居民建起电子健康档案",
]


def test_an_indented_column_filled_by_width_ends_a_paragraph_under_a_header_line():
    # Under a full line that ends a sentence, the next sentence would carry on unindented, but
    # no line of text is wider than the column (`江州区新建改建农村公路二百一十六公里`), and no
    # paragraph ends on a short line with no mark (the kicker `截至10月底`, the headline
    # `校企合作育人才（江州观察）`). A dash line that fills the column with its indent opens a
    # paragraph (`——坚持专业对接产业，新开设`), no subtitle. The indents count in the lines'
    # widths: measured without them, the first line of each paragraph looked short and the page
    # looked wrapped loosely. Before, the header lines ran on into the text around them, and
    # the dash paragraphs were read as a header.
    articles = cut("\n".join(INDENTED_COLUMN_FILLED_BY_WIDTH) + "\n")
    assert [(a.kicker, a.title) for a in articles] == [
        ("截至10月底", "江州区新建改建农村公路二百一十六公里"), (None, "校企合作育人才（江州观察）"),
        (None, "城南街道为三万六千名居民建起电子健康档案")]
    assert articles[0].text.endswith("为乡村振兴提供有力的交通运输保障。")
    assert "——坚持专业对接产业，新开设智能制造等专业5个；" in articles[1].paragraphs
    assert articles[2].text.endswith("看病就医比过去更加方便快捷省心了。")
    # An ellipsis hangs past the edge as a closing mark does (`…等方面的知识……`): the line is
    # text, not a headline line wider than the column over the rest of its paragraph.
    assert "家庭医生还为居民讲解慢病防治、合理用药、科学健身等方面的知识……居民们纷纷点赞，说家庭医生就是身边的健康守门人。" \
        in articles[2].paragraphs


def test_a_line_set_with_half_width_marks_is_measured_as_printed():
    # A copy filled by width with half-width marks (`(草案)`): the line is as wide as the column
    # of 16 as printed. Read with full-width marks it is a letter wider, and so was taken for a
    # headline past the column, which cut its paragraph in two.
    printed = "江州市养犬管理规定(草案)》公开征"
    [line] = _read_lines([printed])
    assert line == "江州市养犬管理规定（草案）》公开征" and isinstance(line, PrintedLine)
    assert line.strip().printed == printed and display_width(line) == 17
    assert not _past_letter_count(line, 16.0, by_width=True) and not is_wide(line, 14.0)
    assert _past_letter_count(str(line), 16.0, by_width=True) and is_wide(str(line), 14.0)
    # Lines whose marks were full-width already stay plain strings.
    assert type(_read_lines(["会议指出，要加强协同。"])[0]) is str
    # A headline with a half-width colon, half a letter past a column filled by width as printed:
    # no line of text there is past the column but by a closing mark that hangs.
    [headline] = _read_lines(["王芳:用心守护社区独居老人幸福晚年"])
    assert _past_letter_count(headline, 16.0, by_width=True)


def test_a_closing_mark_hangs_past_a_column_filled_by_width_after_half_width_letters():
    # Filled to 15.5 letters (the next letter did not fit), the line takes its comma past the
    # edge: it fills the column. Counted as no full line, such lines made a page filled exactly
    # by width read as wrapped loosely.
    line = "今年全区接待游客120万人次。其中，"
    assert _fills_width(display_width(line), line, "市外游客占六成。", 16.0)
    assert not _fills_width(display_width("今年全区接待游客120万人次。"), "今年全区接待游客120万人次。", "其中，", 16.0)


def test_a_photo_credit_with_its_column_tag_closes_its_caption_in_a_narrow_column():
    # `李 明摄（江州影像）`, its name spaced to two letters' width and the photo column's tag after
    # it, with its indent as wide as the column of 12: the credit closes the caption, and the
    # kicker under it stands apart. Before, it ran on into the kicker as one line.
    lines = ["  区交通局还将加强农村", "公路日常养护，确保每条农", "村公路都有人管、有人护，", "为乡村振兴提供交通保障。",
             "  李 明摄（江州影像）", "截至10月底", "江州区新建改建农村公路二百多公里"]
    assert [line.text for line in logical_lines(lines, wrapped=True, indents=True, column=12.0)][1:3] == \
        ["李 明摄（江州影像）", "截至10月底"]


def test_a_line_of_text_closing_on_a_numbered_picture_is_no_headline_with_a_column_tag():
    # `（图③）` points to a picture: a line of text that fills the column and closes on it, after
    # a finished sentence, goes on. Before, it was read as a headline closed by its column's tag.
    lines = ["江州的年画始于明代，至今已有四百多年", "历史，孕育了自成一派的江州年画文化。", "每逢春节，家家户户都要贴门神（图③）",
             "这一习俗一直延续到今天。据介绍，门神", "年画多用木版套色印制，色彩鲜艳。"]
    assert [line.text for line in logical_lines(lines, wrapped=True, column=18.0)][1] == \
        "每逢春节，家家户户都要贴门神（图③）这一习俗一直延续到今天。据介绍，门神年画多用木版套色印制，色彩鲜艳。"


def test_a_paragraph_whose_first_line_ends_a_sentence_at_the_wrap_goes_on_with_its_indent_counted():
    # `  职教兴，则产业兴旺。` fills the column of 12 with its indent: its sentence ended at the
    # wrap, and the unindented line under it goes on. Measured without the indent it looked
    # short, the paragraph ended there, and its other half was read as a headline after it.
    lines = ["  区交通局还将加强农村", "公路日常养护，确保每条农", "村公路都有人管、有人护。", "  职教兴，则产业兴旺。",
             "11月25日，江州区职业教", "育中心与区内10家企业签订", "校企合作协议。", "  首批200名学生将于明年"]
    assert [line.text for line in logical_lines(lines, wrapped=True, indents=True, column=12.0)][1] == \
        "职教兴，则产业兴旺。11月25日，江州区职业教育中心与区内10家企业签订校企合作协议。"


def test_a_line_of_text_closing_on_an_aside_in_brackets_is_no_headline_with_a_column_tag():
    # `（含寄宿制学生）` says what the number includes: a full line that closes on it after a
    # sentence ends on a semicolon goes on. Before, it was read as a headline closed by its tag.
    lines = ["区教委介绍，今年将从三个方面加强课后服务", "工作。具体措施为：一是每校配齐专职人员；", "二是按全校学生人数核定经费（含寄宿制学生）",
             "每生每年补助200元；三是建立考核评价机制，", "确保服务质量。"]
    assert [line.text for line in logical_lines(lines, wrapped=True, column=20.0)][1] == \
        "二是按全校学生人数核定经费（含寄宿制学生）每生每年补助200元；三是建立考核评价机制，确保服务质量。"


def _after_indented_column(story: list[str]) -> list[LogicalLine]:
    """The logical lines of INDENTED_COLUMN_FILLED_BY_WIDTH with `story` (same column of 16) after
    it: the page tells how it was wrapped, as a whole page of such copy does. Lines arrive
    normalized, each full-width space two ASCII ones."""
    lines = [line.replace("\u3000", "  ") for line in INDENTED_COLUMN_FILLED_BY_WIDTH + story]
    return logical_lines(lines, wrapped=True, indents=True, column=16.0)[-8:]


def test_a_headline_closing_on_its_tag_after_an_exclamation_stands_under_a_full_line_that_ends_a_sentence():
    # On a page that indents its paragraphs, the line under a full line that ends a sentence
    # goes on unindented, but no paragraph's last line closes on a column's tag with no stop:
    # `出发！（江州马拉松）` is the headline printed after its text. Before, it ran on into the
    # paragraph above.
    story = ["\u3000\u3000区交通局还将加强农村公路日常", "养护，确保每条农村公路都有人管、", "有人护，为乡村振兴提供有力的保障。",
             "出发！（江州马拉松）"]
    assert [line.text for line in _after_indented_column(story)][-1] == "出发！（江州马拉松）"


def test_a_credit_that_fills_the_column_runs_on_into_no_headline_that_asks():
    # `制图：周明远　王立新　李江华` fills the column with its indent, and a credit that fills
    # the column may wrap; but no credit's names end on a dash or a question mark: the lines under
    # it are the headline printed after its text. Before, the credit ran on into them.
    story = ["\u3000\u3000众手托举之下，江州新城建设任", "务圆满完成。", "\u3000\u3000制图：周明远\u3000王立新\u3000李江华",
             "江州新城建设——", "变化在哪里？"]
    assert [line.text for line in _after_indented_column(story)][-3:] == ["制图：周明远  王立新  李江华", "江州新城建设——", "变化在哪里？"]


def test_the_text_under_a_speaker_fills_the_column_with_its_indent_and_goes_on():
    # In a round-up, who speaks stands over the part's text (`江州市城南街道锦绣社区党委书记
    # 王立新`); the text's first line fills the column with its indent, so it goes on (a part's
    # heading would be indented, and so would the line under it). Before, measured without its
    # indent, the line looked short and stood apart as the part's heading.
    story = ["\u3000\u3000邻里守望暖人心", "\u3000\u3000江州市城南街道锦绣社区党委书", "记 王立新",
             "\u3000\u3000在社区岗位上，我真切体会到，", "邻里之间的一声问候最能温暖人心。"]
    texts = [line.text for line in _after_indented_column(story)]
    assert texts[-1] == "在社区岗位上，我真切体会到，邻里之间的一声问候最能温暖人心。"


# A round-up's parts copied from a PDF's column of 13 filled by width, each under its speaker's
# line (set wider than the column) and its headline, printed after the text.
ROUND_UP_FILLED_BY_WIDTH = [
    "今年以来，南城区把社工队伍", "建设作为基层治理的一件大事", "来抓，全区36个社区组建了12", "00人的社工队伍。", "社工们每人联系300户居民，", "帮居民办事、调解纠纷，一年",
    "来化解矛盾纠纷860余件，群", "众有事找社工已成习惯。", "下一步，要把社工的培训和激", "励做实，让更多年轻人愿意留", "在社区、扎根社区，为居民办", "好身边的小事。", "（本报记者李想整理）",
    "江州市南城区委书记周明代表：", "让社工走进千家万户服务", "“新基建”让城市运行更聪明，", "也让城市治理更精细。全区已", "建成5G基站420个，接入城市", "运行平台的设备达到2.6万台。",
    "建议把数据平台向街道、社区", "延伸，让基层干部用得上、用", "得好，让群众办事少跑腿，企", "业办事更顺畅。", "同时要守好数据安全的底线，", "明确每一类数据的用途和边界，", "让居民放心把信息交给平台。",
    "（本报记者王芳整理）", "江州市北城区区长陈刚代表：", "用好数据平台惠及百姓", "农村养老是乡村振兴绕不开的", "课题。全县60岁以上老人有4.", "8万人，其中独居老人占到三", "成以上。",
    "建议在每个行政村建设互助养", "老点，由村集体提供场地，财", "政给予每个点每年3万元的运", "营补助。", "还要发挥低龄老人的作用，让", "他们结对照顾高龄老人，形成", "邻里互助、守望相助的好风气。",
    "（本报记者赵磊整理）", "江州市青山县县长孙梅代表：", "办好家门口的养老服务",
]


def test_a_line_with_room_for_an_opening_mark_and_the_letter_after_it_ends_there():
    # `让社工走进千家万户服务` is two letters short of the column: a typesetter moves an opening
    # mark down only where it would end the line, so with room for `“新` the line ends, and the
    # next part opens on its quotation (`“新基建”让城市…`). Before, the headline ran on into that
    # text, which read as the first part's, and the first two parts were one.
    articles = cut("\n".join(ROUND_UP_FILLED_BY_WIDTH) + "\n")
    assert [a.title for a in articles] == ["江州市南城区委书记周明代表：让社工走进千家万户服务",
                                           "江州市北城区区长陈刚代表：用好数据平台惠及百姓",
                                           "江州市青山县县长孙梅代表：办好家门口的养老服务"]
    assert articles[1].paragraphs[0].startswith("“新基建”让城市运行更聪明，")


def test_a_headline_with_a_space_past_a_column_filled_by_width_is_no_line_of_text():
    # `老旧小区改造 居民住上新房（江州发布）`: its letters alone are past the column, so no line
    # of text carries on to it under a full line that ends a sentence. Before, its space (which a
    # copy may widen) left the line open, and it ran on into the paragraph above.
    story = ["\u3000\u3000区住建委介绍，今年全区将改造", "老旧小区32个，惠及居民1.2万户，", "改造完成后，小区的水电气管网和绿",
             "化设施全部更新，居民生活更便利。", "老旧小区改造 居民住上新房（江州发布）"]
    assert [line.text for line in _after_indented_column(story)][-1] == "老旧小区改造 居民住上新房（江州发布）"


def test_a_letter_moved_down_with_two_closing_marks_carries_its_paragraph_on():
    # Only one closing mark may hang past the edge: where an ellipsis's two would, the letter
    # before them moves down with them, leaving the line a letter short (`…纳入农村低` / `保……`).
    # Before, the short line ended the paragraph, and the rest stood apart.
    story = ["\u3000\u3000区民政局介绍，今年将把更多困", "难群众纳入保障范围：城南街道将低", "收入家庭和困难老人都纳入农村低", "保……"]
    assert [line.text for line in _after_indented_column(story)][-1] == \
        "区民政局介绍，今年将把更多困难群众纳入保障范围：城南街道将低收入家庭和困难老人都纳入农村低保……"


def test_a_picture_and_text_credit_with_names_spaced_to_two_letters_closes_its_story():
    # `李  明图  王  芳文` (drawn by one, written by the other, each name spaced to two letters'
    # width) is the story's last line: the headline under it stands alone, its column's tag
    # closing it, and the next story's text opens under it. Before, the credit with two spaces
    # was not read as one, and the headline ran on into the text under it.
    lines = ["社区卫生服务中心的家庭医生团队走进12个小", "区，为65岁以上老人开展免费体检，当天服务", "群众860余人次。",
             "这正是：", "家门口就医，", "健康有人管。", "李  明图  王  芳文", "“家门口”，幸福看得见（江州观察）",
             "“以前看病要跑到城里，现在走几步路就到", "了。”11月20日，城南街道锦绣社区的王大爷", "说。"]
    assert [line.text for line in logical_lines(lines, wrapped=True, column=20.0)][-2:] == [
        "“家门口”，幸福看得见（江州观察）", "“以前看病要跑到城里，现在走几步路就到了。”11月20日，城南街道锦绣社区的王大爷说。"]


def test_a_full_line_stopping_on_de_after_a_finished_sentence_goes_on_into_its_noun():
    # `…的一项任务是为即将召开的` fills the column and stops on `的`: the wrap cut its phrase, so
    # it goes on into the line under it, however much that line's first clause says its words
    # again (`区人大常委会…`). Before, it stood alone as a headline over the rest of its sentence.
    lines = ["区人大常委会第二十次主任会议3日下午在区", "人大机关举行，会议决定，区人大常委会第", "十八次会议11月20日举行。",
             "区人大常委会会议的一项任务是为即将召开的", "区人大常委会全体会议作准备。会议建议，全", "体会议审议区人大常委会工作报告稿等。"]
    assert [line.text for line in logical_lines(lines, wrapped=True, column=20.0)][1] == \
        "区人大常委会会议的一项任务是为即将召开的区人大常委会全体会议作准备。会议建议，全体会议审议区人大常委会工作报告稿等。"


# A feature on one district's reform, a paragraph a line, no blank lines: a lead and two sections,
# each under a label and its heading, all naming the district (`江州区`).
ONE_PLACE_FEATURE = ("让群众办事不出社区\n"
                     "“以前办个证要跑好几个部门，现在在家门口就能办好。”说起社区的新变化，江州区城南街道居民刘大姐很满意。\n"
                     "今年以来，江州区推行“社区通办”改革，把四十多项政务服务下沉到社区，群众办事更加便捷。\n"
                     "织密服务网\n"
                     "群众办事从“多头跑”变“一站办”\n"
                     "江州区在每个社区设立便民服务站，配备专职代办员，帮助群众办理社保、医保等事项。\n"
                     "截至目前，江州区社区便民服务站已办理各类事项一万二千余件。\n"
                     "干部沉下去\n"
                     "为民服务从“等上门”变“送上门”\n"
                     "江州区组织机关干部每周到社区坐班，面对面听取居民意见，现场解决实际困难。\n"
                     "对行动不便的老人，江州区提供上门代办服务，今年已上门服务三百余次。\n")


# The next feature on the same subject, headed as the sections are (a phrase in quotes, then a
# clause): its text names other places, a town named again, and never the district.
TOWN_HEADLINE = "“红色管家” 让老旧小区“亮起来”"
TOWN_TEXT = ["“楼道灯亮了，垃圾清走了，住着舒心多了。”安平县柳林镇石桥社区居民张大爷说。",
             "柳林镇是安平县的老城区，老旧小区多、物业管理缺位，居民意见不少。",
             "去年起，柳林镇在老旧小区推行“红色管家”模式，由党员担任楼栋长，带领居民共同管理小区。"]


def _district_then_town(page: str, district_title: str = "让群众办事不出社区") -> None:
    district, town = cut(page)
    assert district.title == district_title and district.text.endswith("今年已上门服务三百余次。")
    assert town.title == TOWN_HEADLINE and town.text.startswith("“楼道灯亮了")


def _headlines_after(district_title: str) -> str:
    """The two features with each headline printed after its text (a section heading on one line)."""
    lines = ONE_PLACE_FEATURE.splitlines()[1:]
    return "\n".join([*lines[:2], " ".join(lines[2:4]), *lines[4:6], " ".join(lines[6:8]), *lines[8:],
                      district_title, *TOWN_TEXT, TOWN_HEADLINE]) + "\n"


def test_a_heading_over_text_of_other_places_opens_the_next_feature_on_the_subject():
    _district_then_town(ONE_PLACE_FEATURE + "\n".join([TOWN_HEADLINE, *TOWN_TEXT]) + "\n")


@pytest.mark.parametrize("section", [
    # under a label and its heading, as the other sections are, its text naming no place
    "议事聚民心\n小区治理从“旁观者”变“主人翁”\n各社区成立居民议事会，小区停车、加装电梯等事情由居民商量着办。\n",
    # set as no other (one line, no label), naming other places once each: examples, not its own place
    "小区的事大家商量着办\n借鉴杭州、宁波等地经验，各社区成立居民议事会，小区停车、加装电梯等事情由居民商量着办。\n",
])
def test_a_section_that_names_no_place_of_its_own_stays_in_its_feature(section):
    [feature] = cut(ONE_PLACE_FEATURE + section + "议事会成立以来，已协商解决各类问题二百余件。\n")
    assert feature.text.endswith("已协商解决各类问题二百余件。")


def test_a_headline_after_its_feature_closes_it_where_the_next_text_names_other_places():
    # The first headline is no section of the first feature.
    _district_then_town(_headlines_after("让群众办事不出社区"))


def test_a_headline_after_its_feature_alike_in_length_only_with_its_last_section_closes_it():
    # The headline is as long as the feature's last section heading, and only as long (no words,
    # opening or parts in common): a series by length alone, over text that leaves the feature's
    # places, is the feature's headline, not one more section.
    _district_then_town(_headlines_after("社区通办改革让群众少跑腿多办事省心"), "社区通办改革让群众少跑腿多办事省心")


def test_a_byline_opening_the_block_of_text_under_it_is_that_storys_where_headlines_follow():
    # Headlines follow their stories, and each story's block opens on its writer's line after a
    # blank line: the line is the story's below, not the one whose headline closes the block above.
    page = ("■ 本报记者 张明 通讯员 刘洋\n"
            "11月18日，江州区召开基层党建工作推进会，总结前三季度党建工作，部署下一阶段重点任务。\n"
            "会议要求，要持续深化“书记领办”项目，确保年度目标任务圆满完成。\n"
            "江州区召开基层党建工作推进会\n"
            "\n"
            "文/图 本报记者 赵丽\n"
            "初冬时节，走进城南街道幸福社区，新建成的“邻里中心”里热闹非凡，老人们在阅览室读书看报。\n"
            "据了解，幸福社区“邻里中心”面积800平方米，日均服务居民300余人次。\n"
            "邻里中心让社区服务“零距离”\n"
            "\n"
            "□ 通讯员 孙伟 记者 周静\n"
            "近日，江州职业技术学院与本地12家企业签订校企合作协议，共建“产业学院”。\n"
            "今年以来，该院已向区内企业输送技能人才1800余名，就业率达97%。\n"
            "江州职院携手12家企业共建产业学院\n")
    first, second, third = cut(page)
    assert [first.title, second.title, third.title] == [
        "江州区召开基层党建工作推进会", "邻里中心让社区服务“零距离”", "江州职院携手12家企业共建产业学院"]
    assert "张明" in first.byline and "赵丽" not in first.byline
    assert "赵丽" in second.byline and "孙伟" not in second.byline
    assert "孙伟" in third.byline and third.text.startswith("近日")


def test_a_writers_line_printed_under_a_closing_headline_stays_with_that_story():
    # Where no blank line parts the writer's line from the text below, it closes the story above.
    page = ("11月18日，江州区召开基层党建工作推进会，总结前三季度党建工作，部署下一阶段重点任务。\n"
            "会议要求，要持续深化“书记领办”项目，确保年度目标任务圆满完成。\n"
            "江州区召开基层党建工作推进会\n"
            "本报记者 张明\n"
            "\n"
            "初冬时节，走进城南街道幸福社区，新建成的“邻里中心”里热闹非凡，老人们在阅览室读书看报。\n"
            "据了解，幸福社区“邻里中心”面积800平方米，日均服务居民300余人次。\n"
            "邻里中心让社区服务“零距离”\n"
            "本报记者 赵丽\n")
    first, second = cut(page)
    assert first.byline == "本报记者 张明" and second.byline == "本报记者 赵丽"


def test_a_name_alone_under_a_headline_is_its_writer_unless_the_text_tells_of_that_person():
    # A commentary prints its writer's name alone under its headline; a profile's headline can
    # be the name of the person its text tells of, under the series' label.
    page = ("评论\n"
            "以实干担当推动高质量发展\n"
            "陈卫东\n"
            "发展是第一要务，实干是第一担当。\n"
            "越是任务繁重，越要把心思用在干事业上，把功夫下在抓落实上。\n"
            "\n"
            "短评\n"
            "让民生实事更有温度\n"
            "钱多多\n"
            "加装电梯看似小事，却连着群众的幸福感。\n"
            "把好事办好、实事办实，关键在于把群众的需求放在心上。\n"
            "\n"
            "最美江州人\n"
            "王秀英\n"
            "11月的青山镇，寒意渐浓。清晨六点，王秀英已经背着药箱出了门。\n"
            "三十年来，她走遍了全镇12个村，为村民看病送药，从没收过一分“跑腿费”。\n")
    first, second, third = cut(page)
    assert (first.title, first.byline) == ("以实干担当推动高质量发展", "陈卫东")
    assert (second.title, second.byline) == ("让民生实事更有温度", "钱多多")
    assert "王秀英" in third.title and third.byline is None


def test_a_name_alone_under_a_markdown_pages_title_is_its_writer():
    page = ("### 评论\n\n# 以实干担当推动高质量发展\n\n陈卫东\n\n"
            "发展是第一要务，实干是第一担当。越是任务繁重，越要把心思用在干事业上。\n\n"
            "各级干部要把功夫下在抓落实上，确保各项任务按时完成，让群众看得见、摸得着。\n")
    (article,) = cut(page)
    assert (article.title, article.byline) == ("以实干担当推动高质量发展", "陈卫东")


def test_a_web_copys_counters_and_its_headlines_photo_mark_are_left_out(tmp_path):
    # Copied from a news app: the headline marks that the page has photos (`（图）`), and the
    # reads count stands alone under the text. The count had headed a story of its own.
    page = ("江州：小积分撬动乡村治理大变化（图）\n"
            "2026-11-26 10:12  来源：江州融媒\n"
            "“这个月我家攒了120分，换了一袋大米！”11月25日，江州区青山镇柳树村村民赵大爷拿着积分卡笑着说。\n"
            "今年以来，青山镇推行“积分制”管理，把环境卫生、移风易俗、志愿服务等纳入积分内容。\n"
            "目前，全镇已有3600余户村民参与，乡村面貌焕然一新。\n"
            "阅读 1.2万\n"
            "点赞 32　在看 5\n"
            "分享到：微信 微博 QQ空间\n")
    (article,) = read_as_file(tmp_path / "app.txt", page)
    assert article.title == "江州：小积分撬动乡村治理大变化"
    assert article.text.endswith("乡村面貌焕然一新。") and "阅读" not in article.text


def test_an_e_paper_views_page_link_in_brackets_over_each_article_is_no_kicker(tmp_path):
    # An e-paper's article views copied one after another, each under its page's link in
    # brackets and over a link back to the contents: the link had become each story's kicker.
    page = ("【第01版：要闻】\n\n江州区召开基层党建工作推进会\n本报记者 张明\n"
            "11月18日，江州区召开基层党建工作推进会，总结前三季度党建工作，部署下一阶段重点任务。\n"
            "会议要求，要持续深化“书记领办”项目，确保年度目标任务圆满完成。\n【返回目录】\n\n"
            "【第02版：乡村振兴】\n\n小木耳撑起致富大产业\n——青山镇发展特色产业见闻\n本报记者 赵丽\n"
            "在江州区青山镇，一排排木耳种植大棚整齐排列，村民们正忙着采摘、晾晒。\n"
            "近年来，青山镇依托山区资源优势，发展木耳种植基地2000亩，带动400余户农户增收。\n【返回目录】\n")
    meeting, fungus = read_as_file(tmp_path / "views.txt", page)
    assert (meeting.title, meeting.kicker, meeting.byline) == ("江州区召开基层党建工作推进会", None, "本报记者 张明")
    assert (fungus.title, fungus.kicker, fungus.subtitle) == ("小木耳撑起致富大产业", None, "青山镇发展特色产业见闻")
    assert not any("版" in article.text or "目录" in article.text for article in (meeting, fungus))


def test_a_features_sections_in_square_brackets_after_blank_lines_stay_in_it():
    # Blank lines part the page's stories and the feature's parts alike; its section headings
    # are short phrases in square brackets over text that goes on with it. Each had opened a story.
    page = ("产教融合育匠才\n——江州职教中心人才培养改革见闻\n本报记者 周静\n\n"
            "核心提示：近年来，江州职教中心坚持产教融合、校企合作，探索“订单班”“现代学徒制”等培养模式。\n\n"
            "【车间就是课堂】\n走进江州职教中心实训楼，数控车床轰鸣，学生们正在老师傅的指导下加工零件。\n"
            "“在车间里学，比在教室里听课记得牢。”数控专业学生陈晨说。\n\n"
            "【师傅就是老师】\n学校从合作企业聘请了32名技术骨干担任兼职教师，每周到校授课。\n"
            "去年，学校学生在省职业院校技能大赛中获得一等奖5个。\n\n"
            "江州二小开展“双减”课后服务\n"
            "本报讯（通讯员 吴敏）近日，江州二小推出课后服务“菜单”，开设科技、艺术、体育等课程30余门。\n\n"
            "【区教育局召开全区教育工作会议】\n"
            "11月26日，区教育局召开全区教育工作会议，总结今年工作，部署明年重点任务。\n")
    feature, school, meeting = cut(page)
    assert feature.title == "产教融合育匠才" and "车间就是课堂" in feature.text and feature.text.endswith("一等奖5个。")
    assert school.title == "江州二小开展“双减”课后服务"
    assert meeting.title == "区教育局召开全区教育工作会议" and meeting.text.startswith("11月26日")


def test_a_county_media_centres_dateline_gives_the_byline():
    # `江州融媒讯（记者 吴刚）`: a county's media centre files as `…融媒讯`. Before, the story had no byline.
    page = ("区医保局优化异地就医备案服务\n"
            "　　江州融媒讯（记者 吴刚）近日，区医保局推出异地就医备案“网上办”“掌上办”服务，参保群众足不出户即可完成备案。\n")
    [article] = cut(page)
    assert article.byline == "记者 吴刚"


def test_a_reporters_line_that_closes_on_reported_signs_without_that_word():
    # `记者 周敏 通讯员 刘洋 报道` under the headline: before, the byline kept `报道` as if a name.
    page = ("江州区推行“街长制”破解老旧小区治理难题\n记者 周敏 通讯员 刘洋 报道\n"
            "　　3月5日，江州区在全区68个老旧小区推行“街长制”，由街道班子成员担任街长，形成三级治理网络。\n")
    [article] = cut(page)
    assert article.byline == "记者 周敏 通讯员 刘洋" and "报道" not in article.text


def test_bulleted_briefs_set_flush_on_a_page_that_indents_its_paragraphs_are_stories_of_their_own(tmp_path):
    # An e-paper view indents the stories' paragraphs but sets each brief flush, bullet first
    # (`■headline　text。（记者 …）`). Before, the brief lines were read as header lines and the
    # whole column became the next story's kicker.
    page = BRIEFS_PAGE.replace("\n　　", "\n■").replace("\n■本报讯", "\n　　本报讯").replace("\n■会议要求", "\n　　会议要求")
    page += "\n让职业教育更好对接产业需求\n　　本报讯（记者 赵敏）近年来，江州职业技术学院与区内32家企业共建产业学院和实训基地。\n"
    meeting, *briefs, school = read_as_file(tmp_path / "p2.txt", page)
    assert (school.title, school.kicker) == ("让职业教育更好对接产业需求", None)
    assert meeting.title == "区教育系统部署新学期安全工作" and meeting.text.endswith("限期整改到位。")
    assert [(a.title, a.byline, a.kicker) for a in briefs] == [
        ("白马镇开展春季义务植树活动", "通讯员 陈静", None), ("区图书馆推出“悦读春天”系列活动", "记者 李明", None),
        ("卫星湖街道举办就业招聘会", "通讯员 张华", None)]
    assert briefs[1].text.startswith("近日，区图书馆推出")


def test_a_photos_credit_indented_under_its_caption_leaves_the_text():
    # A photo story whose credit the view indents as it indents the caption. Before, the credit
    # stayed as the text's last line (`…增添新绿。\n记者孙磊摄`); set flush, it had left already.
    page = ("图片新闻\n　　3月11日，江州区实验小学的学生们在老师带领下参加植树活动，为校园增添新绿。\n　　记者 孙磊 摄\n\n"
            "江州区新增公共停车位1200个\n"
            "　　本报讯（记者 周敏）今年以来，江州区通过挖潜改造、错时共享等方式，新增公共停车位1200个。\n"
            "　　下一步，区城市管理局将继续推进智慧停车平台建设。\n")
    photo, parking = cut(page)
    assert photo.text.endswith("为校园增添新绿。") and photo.byline == "记者 孙磊 摄"
    assert parking.title == "江州区新增公共停车位1200个"


def _typeset(paragraph: str, width: int = 16, indent: str = "\u3000\u3000") -> list[str]:
    """A paragraph as a typesetter fills a column `width` letters wide, opening on `indent`:
    digits half a letter wide, and one closing mark may hang past the edge (a line never opens on one)."""
    lines, line = [], indent
    for letter in paragraph:
        if display_width(line + letter) > width:
            if letter in "，。、；：！？”）" and display_width(line) <= width:
                line += letter
                continue
            lines.append(line)
            line = ""
        line += letter
    return [*lines, line] if line else lines


def _typeset_page(stories: list[tuple[str, list[str]]], indent: str = "\u3000\u3000", headlines_after: bool = False) -> str:
    """Each story's headline on a line of its own over its paragraphs (or after them), typeset (`_typeset`)."""
    def story_lines(title: str, paragraphs: list[str]) -> list[str]:
        text = [line for paragraph in paragraphs for line in _typeset(paragraph, indent=indent)]
        return [*text, title] if headlines_after else [title, *text]
    return "\n".join(line for title, paragraphs in stories for line in story_lines(title, paragraphs)) + "\n"


TYPESET_STORIES = [
    ("江州区新时代文明实践活动走进千家万户", [
        "区文明办今年组织开展新时代文明实践活动，志愿服务队伍先后走进城乡社区、中小学校、医院、养老院、车站、公园，开展政策宣讲和便民服务。",
        "活动开展以来，全区新增注册志愿者3200多名，组建理论宣讲、文化文艺、医疗健身、科学普及等志愿服务队伍120支，累计服务群众5.6万人次。",
        "区文明办负责人表示，下一步将完善志愿服务激励机制，推出积分兑换、星级评定等办法，让更多群众参与进来，把文明实践做到群众身边。"]),
    ("江州区二十个重点项目集中开工", [
        "近日，江州区举行2024年第二季度重点项目集中开工活动，20个项目总投资120亿元，涵盖先进制造、现代物流、城市更新等领域。（详情请点击链接：",
        "）区委书记在开工现场说，要把项目建设作为稳增长的重要抓手，倒排工期、挂图作战，确保项目早建成、早投产、早见效。",
        "据了解，今年全区计划实施重点项目150个，年度计划投资300亿元，其中产业项目80个，基础设施项目40个，民生项目30个，目前已开工108个。"]),
    ("青山镇新建高标准农田一万二千亩", [
        "青山镇今年新建高标准农田1.2万亩，配套建设灌溉渠道36公里、机耕道路28公里，项目区粮食亩产预计提高100公斤以上。",
        "镇农业服务中心组织技术人员下田指导，帮助种植大户做好春耕备耕，全镇已落实水稻、玉米、大豆种植面积4.5万亩。",
        "种粮大户李建国说，田块连了片，机械进得去，一个人能种好几百亩地，种粮的劲头更足了。"]),
]


def test_a_paragraph_of_the_source_opening_on_a_closing_mark_is_no_sign_of_a_copy_wrapped_by_letter_count():
    # A web page's link between brackets was lost, and the paragraph after it opens on the
    # bracket's closing half (`（详情请点击链接：` / `　　）区委书记…`). The copy is typeset: a
    # closing mark hangs past the edge (`城乡社区、中小学校、医院、养老院、`, 16 letters and
    # its mark), which a copy wrapped by letter count never does. That indented line had been
    # read as such a copy's wrap, and the hanging line, wider than the column, as a headline.
    page = _typeset_page(TYPESET_STORIES)
    assert "\n城乡社区、中小学校、医院、养老院、\n" in page and "\n\u3000\u3000）区委书记" in page
    articles = cut(page)
    assert [(article.title, article.paragraphs) for article in articles] == [
        (title, tuple(paragraphs)) for title, paragraphs in TYPESET_STORIES]
    # Set flush, the line opening on the mark stands under a short line, which no wrap leaves
    # (the two halves of the bracket read as one paragraph, as the source meant them).
    (title, paragraphs), *others = TYPESET_STORIES
    listed = "区文明办今年组织开展新时代文明实践活动，志愿服务队伍先后走进城乡社区、中小学校、养老院、体育场馆、医院，开展政策宣讲和便民服务。"
    stories = [(title, [listed, *paragraphs[1:]]), *others]
    page = _typeset_page(stories, indent="")
    assert "\n社区、中小学校、养老院、体育场馆、\n" in page and "\n链接：\n）区委书记" in page
    logical = [line.text for line in logical_lines(page.splitlines(), wrapped=True)]
    assert any(text.endswith("城乡社区、中小学校、养老院、体育场馆、医院，开展政策宣讲和便民服务。") for text in logical)
    articles = cut(page)
    assert [article.title for article in articles] == [title for title, _ in stories]
    assert articles[0].paragraphs[0] == listed
    assert articles[1].paragraphs[0].endswith("（详情请点击链接：）区委书记在开工现场说，要把项目建设作为稳增长的重要抓手，倒排工期、挂图作战，确保项目早建成、早投产、早见效。")


@pytest.mark.parametrize("headline", ["青山镇新建高标准农田一万二千亩", "青山镇建成万亩良田（乡村振兴）"])
def test_a_line_ending_on_a_letter_over_an_indented_paragraph_after_a_full_line_is_a_headline(headline):
    # On a page that indents its paragraphs, a sentence may end at the wrap (`施项目四十个，民生
    # 项目三十个。`, as wide as the column) and the paragraph go on in a line that is not
    # indented. But a line with no mark at its end, or one closing on its column's tag, over
    # an indented paragraph's first line, ends no paragraph of text: it is the next story's
    # headline, as wide as the column or nearly.
    stories = [
        ("江州区新时代文明实践活动走进千家万户", [
            "区文明办今年组织开展新时代文明实践活动，志愿服务队伍先后走进城乡社区、中小学校、医院、车站、公园、体育场馆、农贸市场、商场、景区，开展政策宣讲和便民服务。",
            "活动开展以来，全区新增注册志愿者三千多名，组建理论宣讲、文化文艺、医疗健身、科学普及等志愿服务队伍一百二十支，累计服务群众五万多人次。",
            "区文明办负责人表示，下一步将完善志愿服务激励机制，让更多群众参与进来。"]),
        ("江州区二十个重点项目集中开工", [
            "近日，江州区举行重点项目集中开工活动，二十个项目总投资一百二十亿元。（详情请点击链接：",
            "）区委书记在开工现场说，要把项目建设作为稳增长的重要抓手，倒排工期、挂图作战，确保项目早建成、早见效。",
            "据了解，今年全区计划实施重点项目一百五十个，年度计划投资三百亿元，其中产业项目八十个，基础设施项目四十个，民生项目三十个。"]),
        (headline, [
            "青山镇今年新建高标准农田一万二千亩，配套建设灌溉渠道和机耕道路。",
            "镇农业服务中心组织技术人员下田指导，帮助种植大户做好春耕备耕。"])]
    page = _typeset_page(stories)
    assert f"\n施项目四十个，民生项目三十个。\n{headline}\n" in page
    logical = logical_lines(page.replace("\u3000", "  ").splitlines(), wrapped=True, indents=True)
    assert headline in [line.text for line in logical]
    for text in (page, page + "\n"):  # saved with a blank line at its end too
        assert [(article.title, article.paragraphs) for article in cut(text)] == [
            (title, tuple(paragraphs)) for title, paragraphs in stories]


@pytest.mark.parametrize("address, printed", [("jzrb@163.com", "\u3000\u3000栏目投稿邮箱：jzrb@163.com\n把服务送到"),
                                               ("jzrb2024@163.com", "栏目投稿邮箱：jzrb2024@163.c\nom\n把服务送到")])
def test_a_contact_line_ending_on_a_whole_address_does_not_run_on_into_the_headline_under_it(address, printed):
    # Typeset by width at 16, paragraphs indented, headlines after their texts: the column's
    # e-mail line fills the column with its indent, as a credit that wraps does, but its
    # address is whole, and no address goes on into a letter. Where the wrap cuts the address,
    # its rest goes on the line, whole again, with no space.
    stories = [("把服务送到群众心坎上（一线行走）", [
        "区里推行“小事不出网格”工作法，网格员每天走访居民，收集诉求，能解决的当场解决，不能解决的及时上报。",
        "今年以来，全区新增网格员320名，累计走访居民5.6万户，收集诉求1200多件，办结率达到98.5%，群众满意率达到96.3%，比去年提高了2.1个百分点。",
        "基层治理没有旁观者，把群众的事当成自己的事，才能把工作做到群众心坎上。", "（作者为本报记者）", "栏目投稿邮箱：" + address]),
        ("城南镇大棚蔬菜喜获丰收", [
            "城南镇今年新建蔬菜大棚三百亩，引进新品种十二个，亩产比露天种植高出三成。",
            "今年全镇蔬菜种植面积达到2300亩，总产量超过4500吨，产值突破1.2亿元，带动农户增收3600多万元，户均增收1.5万元。",
            "镇农业服务中心组织技术人员下田指导，帮助种植户做好病虫害防治。"])]
    page = _typeset_page(stories, headlines_after=True)
    assert printed in page
    service, harvest = cut(page)
    assert (service.title, service.kicker) == ("把服务送到群众心坎上（一线行走）", None)
    assert service.text.endswith("栏目投稿邮箱：" + address)
    assert harvest.title == "城南镇大棚蔬菜喜获丰收" and harvest.text.startswith("城南镇今年新建")


POINTS_STORY = """# 江州区“积分制”激活乡村治理新动能

今年以来，江州区在全区120个村推行乡村治理积分制，把环境卫生、移风易俗、志愿服务等事项量化为积分，村民凭积分可在“积分超市”兑换生活用品。

区委组织部负责人介绍，积分制推行以来，群众参与村级事务的积极性明显提高，村里的环境也干净整洁了。

## 小积分撬动大治理

在青山镇桃花村，村民李大姐每月都会去积分超市看看自己的积分。她说，打扫庭院、参加志愿服务都能加分，大家都抢着干。

## 积分制度不断完善

区里还制定了积分评定办法，由村民代表组成评议小组，每月公开评分结果，接受群众监督，确保积分评定公平公正。
"""

def test_one_markdown_story_with_text_under_its_title_keeps_the_headings_a_level_down_as_its_sections():
    # A department's report written in Markdown: one title, its text, then `##` sections that go
    # on with its subject. Each section had been read as a story of its own.
    (story,) = cut(POINTS_STORY)
    assert story.title == "江州区“积分制”激活乡村治理新动能"
    assert [story.paragraphs[i] for i in story.headings] == ["小积分撬动大治理", "积分制度不断完善"]
    assert story.text.startswith("今年以来") and story.text.endswith("确保积分评定公平公正。")
    # A bulletin under its name and note: each item under `##` tells of its own, and stays a story.
    bulletin = "# 江州区教育工作简报\n\n本期编发全区教育系统近期工作动态，供各学校参阅。\n\n" + "".join(
        f"## {title}\n\n" + "\n\n".join(body) + "\n\n" for title, *body in BULLETIN_ITEMS)
    articles = cut(bulletin)
    assert [article.title for article in articles][-3:] == [title for title, *_ in BULLETIN_ITEMS]


def test_a_briefs_column_on_a_page_with_headlines_after_the_text_sets_each_headline_over_its_brief():
    # A district page copied from its PDF prints each story's headline after its text, but its
    # briefs column sets each bulleted headline over its one paragraph. Each headline had been
    # read as closing the text above it: the first brief's headline joined the story before, and
    # every brief took the next one's headline.
    page = "\n".join([
        "3月6日，江州区机关党建“双提升”行动启动会召开。会议提出，全区各机关党组织要把党建工作与业务工作同谋划、同部署、同落实。",
        "据介绍，今年全区将组建党员先锋队42支，开展“一支部一品牌”创建活动。",
        "江州区机关党建“双提升”行动启动",
        "简讯",
        "■青山镇开展春季植树活动",
        "3月5日，青山镇组织机关干部和志愿者200余人，在镇区周边荒山补植苗木1.2万株。",
        "■城南街道举办就业招聘会",
        "3月6日，城南街道举办春风行动招聘会，32家企业提供岗位860个，达成就业意向210人。",
        "■区图书馆推出周末亲子阅读活动",
        "区图书馆即日起每周六上午举办亲子阅读活动，欢迎家长带孩子报名参加。",
        "记者从区城市管理局获悉，今年一季度，江州区新建改建公共停车场16处，新增公共停车位1200个。",
        "区城市管理局负责人介绍，下一步将推进错时共享停车。",
        "江州区新增公共停车位1200个"]) + "\n"
    articles = cut(page)
    assert [(article.title, article.text[:6]) for article in articles] == [
        ("江州区机关党建“双提升”行动启动", "3月6日，江"), ("青山镇开展春季植树活动", "3月5日，青"),
        ("城南街道举办就业招聘会", "3月6日，城"), ("区图书馆推出周末亲子阅读活动", "区图书馆即日"),
        ("江州区新增公共停车位1200个", "记者从区城市")]
    assert articles[3].text.endswith("欢迎家长带孩子报名参加。")
    # The column at the top of the page, over a story whose headline follows its text.
    lines = page.splitlines()
    column_first = "\n".join([*lines[3:10], *lines[:3], *lines[10:]]) + "\n"
    assert [article.title for article in cut(column_first)] == [
        "青山镇开展春季植树活动", "城南街道举办就业招聘会", "区图书馆推出周末亲子阅读活动",
        "江州区机关党建“双提升”行动启动", "江州区新增公共停车位1200个"]


def test_a_foreign_heading_whose_text_leaves_the_subject_opens_a_story_though_set_alike_with_the_next():
    # No blank lines, a paragraph a line. `抗洪抢险 保卫家园` shares a word with the next heading
    # (`新闻特写：他守在抗洪一线`), as a story's first section and the next one are set; but the
    # report above names none of its words and shares almost none with the text under it: it heads
    # the next story. Before, both stories on the flood ran into the report on holiday discipline.
    page = "\n".join([
        "中秋国庆将至 严防“四风”反弹",
        "本报讯（记者 王芳）江州区纪委监委近日印发通知，要求全区党员干部在中秋国庆期间严守纪律规矩，坚决防止公款送节礼、违规吃喝等问题反弹。",
        "通知明确，区纪委监委将采取明察暗访、专项检查等方式，重点查处顶风违纪行为，发现一起、查处一起、通报一起。",
        "抗洪抢险 保卫家园",
        "下面继续关注江州的汛情。",
        "受持续强降雨影响，青江江州段水位昨日超过警戒线，沿江各镇连夜组织抗洪抢险，转移群众三千余人，抢险队员日夜巡堤，保卫家园。",
        "截至今天中午，青江水位开始回落，各镇已有序组织群众返家，清理淤泥、恢复生产。",
        "新闻特写：他守在抗洪一线",
        "暴雨来临前，青山镇干部李明就带着队员巡查堤坝，一连三天没有回家。",
        "堤坝出现管涌时，他第一个跳进水里，和队员们一起封堵险情，直到大坝转危为安。",
    ])
    report, flood, feature = cut(page)
    assert report.title == "中秋国庆将至 严防“四风”反弹" and report.paragraphs[-1].startswith("通知明确，")
    assert flood.title == "抗洪抢险 保卫家园" and flood.paragraphs[-1].startswith("截至今天中午，")
    assert feature.title == "新闻特写：他守在抗洪一线"


def test_a_kicker_of_two_clauses_as_wide_as_the_column_over_its_headline_is_no_paragraph():
    # Copied line by line at 18 letters, no blank lines: the kicker (two clauses, one comma)
    # fills the column, the headline under it is shorter and ends no sentence. No paragraph's
    # first line is followed by a last one that ends no sentence: both are header lines, whichever
    # side of its text the page prints them. Before, the two ran together as the text's first paragraph.
    kicker = "江州深化医共体建设，打通群众就医堵点"
    assert len(kicker) == 18
    headline = "十五分钟就医圈覆盖全区城乡"
    health = ("今年以来，江州区以医共体建设为抓手，推动优质医疗资源下沉，全区二十个镇街卫生院全部接入区人民医院远程会诊平台。"
              "群众在家门口就能看上专家门诊，基层首诊率提高到百分之六十五。")
    clinic = "近日，青山镇桃花村的村民在新建的村卫生室里排队体检，村医李梅为老人们逐一测量血压。"
    before = [kicker, headline, *_wrap(health, 18).split("\n"), "村卫生室有了新设备", *_wrap(clinic, 18).split("\n")]
    first, second = cut("\n".join(before) + "\n")
    assert headline in first.title and first.text.startswith("今年以来，") and kicker not in first.text
    assert second.title == "村卫生室有了新设备"
    after = [*_wrap(clinic, 18).split("\n"), "村卫生室有了新设备", *_wrap(health, 18).split("\n"), kicker, headline]
    first, second = cut("\n".join(after) + "\n")
    assert first.title == "村卫生室有了新设备"
    assert headline in second.title and second.text.startswith("今年以来，") and kicker not in second.text


def test_a_section_heading_cut_where_it_fills_the_column_keeps_its_last_word():
    # Copied line by line at 16 letters: a section heading fills the column and its last word
    # runs over (`…锻造更` / `强本领`). The short line is the heading's end, not a writer's name
    # under a headline, and `近年来，` under the story's headline opens its text.
    heading = "深耕产教融合 在校企合作中锻造更"
    assert display_width(heading) == 15.5
    lines = ["江州职业学院办学质量稳步提升",
             *_wrap("近年来，江州职业学院坚持产教融合、校企合作，与区内三十多家企业共建实训基地，"
                    "每年为本地企业输送技术技能人才两千余名。", 16).split("\n"),
             heading, "强本领",
             *_wrap("暑假刚开始，学院机电系的学生就走进江州机床厂的车间，跟着师傅学习数控机床的操作和维修。", 16).split("\n"),
             "青山镇举办农民丰收节",
             *_wrap("9月23日，青山镇在桃花村举办农民丰收节，村民们带着自家种的瓜果蔬菜参加展销。", 16).split("\n")]
    school, harvest = cut("\n".join(lines) + "\n")
    assert school.title == "江州职业学院办学质量稳步提升" and not school.byline
    assert school.text.startswith("近年来，") and "深耕产教融合 在校企合作中锻造更强本领" in school.text
    assert harvest.title == "青山镇举办农民丰收节"


def _indented(paragraph: str, width: int = 16) -> list[str]:
    """A paragraph wrapped at `width`, its first line indented by two full-width spaces."""
    first = width - 2
    return ["\u3000\u3000" + paragraph[:first], *_wrap(paragraph[first:], width).split("\n")]


def test_a_headline_of_phrases_under_a_paragraph_cut_off_opens_the_next_story_on_an_indented_page():
    # Wrapped at 16 letters, paragraphs indented: the page's copy of a story ends inside a word
    # at the column's edge (`…文化旅`, no stop), and the next story's headline of two phrases, a
    # little wider than the column, stands flush over its indented first line. It is no end of
    # the paragraph above.
    headline = "青山镇一季度 节庆促销活动拉动消费过亿"
    lines = ["区委党校举办文旅融合专题讲座",
             *_indented("近日，区委组织部、区文化旅游委联合举办专题讲座，全区各镇街和区级部门分管负责人共两百余人参加。"),
             *_indented("讲座在区委党校设主会场，各镇街设分会场，党员干部同步收看。"),
             *_indented("此次讲座上，区委党校教授以推动文旅深度融合为题，从全区旅游资源禀赋、乡村旅游发展现状、文化旅"),
             headline,
             *_indented("本报讯今年一季度，青山镇开展十余场促销活动，拉动消费超过一亿元，全镇消费市场稳中向好。"),
             *_indented("青山镇还组织商家开展让利活动，对参与活动的商户给予补贴，带动了餐饮、住宿和零售消费。"),
             *_indented("下一步，青山镇还将举办樱桃采摘节、龙舟节等活动，持续释放消费潜力。"),
             "城南街道新建三个社区食堂",
             *_indented("本报讯城南街道近日新建三个社区食堂，老年人在家门口就能吃上热乎饭菜，每餐还能享受优惠。"),
             *_indented("社区食堂由街道提供场地，引入专业餐饮企业运营，每天供应早中晚三餐。")]
    first, second, third = cut("\n".join(lines) + "\n")
    assert first.text.endswith("文化旅") and second.title == headline
    assert second.text.startswith("本报讯今年一季度") and third.title == "城南街道新建三个社区食堂"


def test_a_headline_naming_a_commentary_is_no_writers_line():
    # Copied without blank lines: a headline that names a commentary (`江州日报评论员文章《…》`)
    # is no byline of the report above; it heads a story of its own.
    page = "\n".join([
        "江州出台稳经济十条措施",
        "记者今天从市发展改革委获悉，江州出台稳经济十条措施，从减税降费、稳岗扩岗等方面支持企业发展。",
        "措施明确，对吸纳就业困难人员的企业给予社保补贴。",
        "江州日报评论员文章《让实干成为鲜明导向》",
        "今天出版的《江州日报》发表评论员文章，题目是《让实干成为鲜明导向》。",
        "文章指出，实干才能成事，要把心思和精力用在干事创业上。",
    ]) + "\n"
    measures, commentary = cut(page)
    assert measures.text.endswith("给予社保补贴。") and not measures.byline
    assert commentary.title == "江州日报评论员文章《让实干成为鲜明导向》" and not commentary.byline


def test_a_broadcasters_dispatch_opens_a_story_as_a_papers_dateline_does():
    # A station's briefs with no headlines, as `本报讯` briefs are set: each `本台消息：` opens a story.
    page = "\n".join([
        "本台消息：12月20日，江州市召开经济工作会议，总结今年经济工作，部署明年重点任务。",
        "会议强调，要坚持稳中求进，扎实推进产业升级。",
        "本台消息：记者今天从市气象台获悉，受冷空气影响，明后两天全市将有一次明显降温过程。",
        "气象部门提醒市民注意防寒保暖。",
    ]) + "\n"
    meeting, weather = cut(page)
    assert meeting.text.endswith("扎实推进产业升级。") and weather.text.startswith("本台消息：记者今天")


def test_a_pull_quote_set_as_a_whole_paragraph_leaves_its_copy_in_place():
    # The quote box repeats a paragraph from further down, full stop and all: the copy that goes
    # is the box, which stands before the text it is pulled from; the story reads on in order.
    quote = "同时，防汛形势依然严峻，各镇街要继续保持警惕，随时做好抢险准备。"
    page = "\n\n".join([
        "# 江州全力应对强降雨",
        "本报讯 7月5日，江州遭遇今年以来最强降雨，全区转移群众三千余人，没有发生人员伤亡。",
        quote,
        "区防汛办负责人介绍，各镇街提前排查了山洪、地质灾害隐患点，组织干部连夜巡查。",
        "目前，全区主要河流水位已开始回落，受灾群众陆续返家，清淤工作全面展开。",
        quote,
    ]) + "\n"
    (article,) = cut(page)
    assert article.text.count("防汛形势依然严峻") == 1
    assert article.paragraphs[1].startswith("区防汛办负责人介绍") and article.paragraphs[-1] == quote
    # A run of paragraphs printed twice in a row (a copy's slip) keeps its first copy, in order.
    twice = "\n\n".join([
        "# 江州全力应对强降雨",
        "本报讯 7月5日，江州遭遇今年以来最强降雨，全区转移群众三千余人，没有发生人员伤亡。",
        "区防汛办负责人介绍，各镇街提前排查了山洪、地质灾害隐患点，组织干部连夜巡查。",
        "目前，全区主要河流水位已开始回落，受灾群众陆续返家，清淤工作全面展开。",
        "区防汛办负责人介绍，各镇街提前排查了山洪、地质灾害隐患点，组织干部连夜巡查。",
        "目前，全区主要河流水位已开始回落，受灾群众陆续返家，清淤工作全面展开。",
        quote,
    ]) + "\n"
    (article,) = cut(twice)
    assert [p[:6] for p in article.paragraphs] == ["本报讯7月5", "区防汛办负责", "目前，全区主", quote[:6]]


_PROFILE_INTRO = [
    "清晨六点，潘雨辰已经站在江州职业学院的实训车间里，检查当天要用的二十台数控机床。",
    "这位从企业回到学校的工程师，今年带出了全市职业技能大赛的三名一等奖选手，潘雨辰却说这只是开始。",
]
_PROFILE_SECTION = [
    "“机床不会骗人，手上的功夫一点也省不得。”潘雨辰常这样对学生说。",
    "他把企业的真实订单搬进课堂，学生在他的指导下加工的零件，已经装上了本地企业的生产线。",
]
_PROFILE_TITLE = "江州职业学院教师潘雨辰：把企业订单搬进课堂"


def _profile_page(section_text: list[str], heading: list[str]) -> str:
    """Column-wrapped at 15, a blank line after every paragraph, headlines after their stories:
    a profile whose second part stands under `heading` (its lines), then the potato story."""
    parts = [*_PROFILE_INTRO, *heading, *section_text, _PROFILE_TITLE, POTATO_TEXT, POTATO_TITLE]
    titles = [*heading, _PROFILE_TITLE, POTATO_TITLE]
    return "\n\n".join(part if part in titles else _wrap(part) for part in parts) + "\n"


def test_a_section_heading_over_text_that_goes_on_with_the_storys_person_stays_a_section_though_set_as_a_kicker():
    # Headlines after their stories, a blank line after every paragraph: a heading with a line
    # under it has a kicker's shape, and its words are the text's above it, as a headline's
    # are. The text under it goes on with the person the story has told of twice (`潘雨辰`),
    # named with no post, as a story names its people once it has brought them in.
    heading = ["数控机床前的一等奖", "从企业回到学校的工程师 把真实订单带进职业学院课堂"]
    profile, potatoes = cut(_profile_page(_PROFILE_SECTION, heading))
    assert profile.title == _PROFILE_TITLE
    assert profile.text.startswith("清晨六点，潘雨辰") and "装上了本地企业的生产线" in profile.text
    assert potatoes.title == POTATO_TITLE


def test_a_headline_over_text_that_brings_in_the_storys_person_with_a_post_stays_a_headline():
    # The story under the headline brings the same person in by his post (`市人大代表潘雨辰`):
    # a story of its own on a page whose stories share their people.
    news = ["市人大代表潘雨辰近日走访江州三所职业学校，听取师生对产教融合的意见。",
            "他建议，职业学校与企业共建实训基地，让学生在真实岗位上练本领。"]
    intro, visit, potatoes = cut(_profile_page(news, ["实训车间里的一等奖教练"]))
    assert intro.title == "实训车间里的一等奖教练" and intro.text.startswith("清晨六点，潘雨辰")
    assert visit.title == _PROFILE_TITLE and visit.text.startswith("市人大代表潘雨辰近日走访")
    assert potatoes.title == POTATO_TITLE


def test_a_section_heading_of_two_clauses_over_text_that_goes_on_with_the_storys_person_stays_a_section():
    # Headlines over their stories, no blank lines: the part under `从学徒到能手：…` turns to
    # other words and places (the person's first years), as another story would, but goes on
    # with the person the story has told of twice, named with no post.
    section = ["1998年夏天，潘雨辰从青山镇的老家来到省城，在一家机械厂当了八年学徒。",
               "那些年他白天跟着师傅干活，晚上自学制图，攒下的笔记装满了两个木箱。"]
    page = "\n".join([_PROFILE_TITLE, *_PROFILE_INTRO, "从学徒到能手：一干就是二十年", *section,
                      POTATO_TITLE, POTATO_TEXT]) + "\n"
    profile, potatoes = cut(page)
    assert profile.title == _PROFILE_TITLE and "攒下的笔记装满了两个木箱" in profile.text
    assert potatoes.title == POTATO_TITLE


def test_the_next_story_on_a_dispatchs_person_stays_apart_though_it_names_him_with_no_post():
    # Headlines after their stories: a dispatch (`本报讯 …`) tells one event, and the story after
    # it on the same event names its people again as one that has brought them in (`…”潘雨辰说`).
    award = ["本报讯 日前，江州职业学院教师潘雨辰获评全省技术能手，他带出的三名学生也在省赛中获奖。",
             "学院表示，将在全院推广潘雨辰的实训教学经验。"]
    talk = ["“获奖只是新的开始。”潘雨辰说，今后他要把更多企业订单带进课堂，让学生多练真本领。",
            "他还打算和企业工程师一起编写实训教材，明年秋季学期投入使用。"]
    page = "\n\n".join([*map(_wrap, award), "江州职业学院教师潘雨辰获评全省技术能手", *map(_wrap, talk),
                        "潘雨辰：把更多企业订单带进课堂", _wrap(POTATO_TEXT), POTATO_TITLE]) + "\n"
    news, interview, potatoes = cut(page)
    assert news.title == "江州职业学院教师潘雨辰获评全省技术能手" and news.text.endswith("实训教学经验。")
    assert interview.title == "潘雨辰：把更多企业订单带进课堂" and interview.text.startswith("“获奖只是新的开始。”")
    assert potatoes.title == POTATO_TITLE


def test_on_a_page_that_sets_a_blank_line_after_every_paragraph_a_headline_as_wide_as_the_column_stays_before_it():
    # Column-wrapped at 15, headlines after their stories, a blank line after every paragraph
    # and nowhere else: a headline exactly as wide as the column ends its story before the
    # blank line, though the next story opens on a noun and a comma (`茶叶，…`), as the tail of
    # a clause broken at a random blank line does on other copies.
    old_town = ["今年以来，城南街道对老街的42栋旧楼实施改造，新修雨污管网3公里。",
                "改造中，街道先征求居民意见，再定施工方案，居民们的意见被写进了图纸。",
                "街道负责人说，明年将继续改造老街剩余的旧楼。"]
    tea = ["茶叶，在青山镇人的眼里一直是“看天吃饭”的营生，今年却成了镇上的致富产业。",
           "镇里引进的加工厂把鲜叶制成茶饮原料，茶农的收入比去年多了两成。"]
    title = "“旧改”改善了城南老街居住环境"
    assert len(title) == 15
    page = "\n\n".join([*map(_wrap, old_town), title, *map(_wrap, tea), "茶叶成了青山镇的致富产业",
                        _wrap(POTATO_TEXT), POTATO_TITLE]) + "\n"
    renewal, tea_story, potatoes = cut(page)
    assert renewal.title == title and renewal.text.endswith("明年将继续改造老街剩余的旧楼。")
    assert tea_story.title == "茶叶成了青山镇的致富产业" and tea_story.text.startswith("茶叶，在青山镇人的眼里")
    assert potatoes.title == POTATO_TITLE


def test_a_dateline_that_fills_the_first_line_with_a_post_and_a_name_goes_on_as_the_storys_first_paragraph():
    # Column-wrapped at 15, headlines after their stories: the page's first line is a dateline
    # and who the story is about (`本报讯 江州职业学院教师潘雨辰`), set as a round-up's speaker
    # line is, but a dateline opens a story's text, never a speaker's line of its own.
    award = ["本报讯 江州职业学院教师潘雨辰日前获评全省技术能手，他带出的三名学生也在省赛中获奖。",
             "学院表示，将在全院推广他的实训教学经验。"]
    page = "\n".join([*map(_wrap, award), "潘雨辰获评全省技术能手", _wrap(POTATO_TEXT), POTATO_TITLE]) + "\n"
    award_story, potatoes = cut(page)
    assert award_story.title == "潘雨辰获评全省技术能手"
    assert award_story.text.split("\n")[0].endswith("潘雨辰日前获评全省技术能手，他带出的三名学生也在省赛中获奖。")
    assert potatoes.title == POTATO_TITLE


def test_a_headline_of_two_phrases_is_no_section_of_a_story_whose_sections_are_clauses_parted_by_commas():
    # Headlines over their stories, no blank lines: the next story's headline (`…有保障 …有温度`)
    # has as many letters before its break as a section heading of the feature above has before
    # its comma (`照护是朝阳行业，…`), but a series of sections is set alike, parted by the same
    # marks: a space is no comma. The text under it turns to a news lead of its own.
    page = "\n".join([
        "江州职业学院养老专业首届毕业生走上岗位",
        "6月中旬，江州职业学院老年照护专业的首届46名毕业生全部走上工作岗位。",
        "专业对口，学生顺利入行",
        "这批毕业生大多进了本地的养老机构和社区服务中心，不少人在实习时就被用人单位预订。",
        "学院负责人说，学生在校期间就跟着护理员上岗实习，毕业就能顶岗。",
        "照护是朝阳行业，青年人大有可为",
        "毕业生李晓雯在一家养老院做活动策划，她给老人们开了剪纸课和合唱课。",
        "她说，养老行业需要年轻人，自己在这里找到了用武之地。",
        "上门护理有保障 社区照护有温度",
        "11月23日，江州市民政局召开发布会，公布上门护理服务等4项地方标准。",
        "新标准对上门护理的服务项目、人员资质和收费都作了规定，明年1月起施行。",
    ]) + "\n"
    graduates, standards = cut(page)
    assert graduates.text.endswith("自己在这里找到了用武之地。") and "照护是朝阳行业，青年人大有可为" in graduates.text
    assert standards.title == "上门护理有保障 社区照护有温度" and standards.text.startswith("11月23日，江州市民政局")


def test_the_last_line_of_an_indented_page_ending_on_a_letter_after_a_full_sentence_is_the_last_headline():
    # Typeset with indents, headlines after their stories: the page's last story ends its last
    # sentence at the wrap (`施项目四十个，民生项目三十个。`, as wide as the column) and its
    # headline under it is as wide as the column too. The page's end opens whatever comes next,
    # as an indented line does: a line with no mark at its end there ends no paragraph of text.
    stories = [
        ("江州文明实践走进千家万户", [
            "区文明办今年组织开展新时代文明实践活动，志愿服务队伍走进城乡社区、中小学校和医院。",
            "活动开展以来，全区新增注册志愿者三千多名，累计服务群众五万多人次。",
            "志愿者们开展政策宣讲、义诊和法律咨询，受到群众欢迎。",
            "区文明办负责人表示，下一步将完善志愿服务激励机制，让更多群众参与进来。"]),
        ("青山镇新建高标准农田", [
            "青山镇今年新建高标准农田一万二千亩，配套建设灌溉渠道和机耕道路。",
            "镇农业服务中心组织技术人员下田指导，帮助种植大户做好春耕备耕。",
            "种粮大户李建国说，田块连了片，种粮的劲头更足了。"]),
        ("江州区二十个重点项目集中开工建设", [
            "近日，江州区举行重点项目集中开工活动，二十个项目总投资一百二十亿元。",
            "区委书记在开工现场说，要倒排工期、挂图作战，确保项目早建成、早见效。",
            "据了解，今年全区计划实施重点项目一百五十个，年度计划投资三百亿元，其中产业项目八十个，基础设施项目四十个，民生项目三十个。"])]
    page = _typeset_page(stories, headlines_after=True)
    assert page.endswith("\n施项目四十个，民生项目三十个。\n江州区二十个重点项目集中开工建设\n")
    assert [(article.title, article.paragraphs) for article in cut(page)] == [
        (title, tuple(paragraphs)) for title, paragraphs in stories]


# A column of four stories, headlines and subtitles after their text: several paragraphs open
# with a run of letters that fills a narrow column (`江州区农业农村委员会副主任李`), as a
# headline would.
SPACED_COPY_STORIES = [
    ("江州区召开基层党建工作推进会", "——全年抓好八项重点任务", [
        "本报讯（记者 林晓）3月5日，江州区召开基层党建工作推进会，总结去年工作，部署今年任务。",
        "会议指出，要把党支部建在产业链上，让党员在项目一线亮身份、作表率，推动党建和发展同频共振。"
        "要持续整顿软弱涣散村党组织，选优配强村级班子，落实村干部报酬待遇。",
        "区委书记王海涛在讲话中说，基层党建工作做实了就是生产力，做细了就是凝聚力，做强了就是战斗力。",
        "各镇街党（工）委书记、区级部门负责人参加会议。"]),
    ("江州职教中心新开设无人机应用专业", None, [
        "本报讯（记者 陈雨）新学期，江州职业教育中心新开设无人机应用技术专业，首批招收学生80名。",
        "学校与本地三家企业共建实训基地，学生在校期间即可参与植保飞防、测绘巡检等真实项目，企业工程师每周到校授课两次。",
        "校长周明说，专业设置要跟着产业走，学校近三年新增专业6个，毕业生就业率连续三年保持在95%以上。"]),
    ("石门村的葡萄熟了", "——江州乡村振兴见闻", [
        "本报讯（记者 孙立）走进江州区石门村，一串串葡萄挂满枝头，村民们正忙着采摘装箱。",
        "近年来，石门村依托合作社发展葡萄种植1200亩，带动农户户均增收2万元。合作社统一品种、统一技术、统一销售，葡萄卖到了省外。",
        "江州区农业农村委员会副主任李红梅介绍，全区已建成特色水果基地12个。"
        "村党支部书记刘强说，下一步将建设冷库和电商直播间，把葡萄卖得更远。"]),
    ("一季度全区新签约项目23个", None, [
        "本报讯（记者 赵敏）记者从区投资促进中心获悉，一季度全区新签约项目23个，协议投资额86.5亿元，同比增长18%。",
        "其中，工业项目15个，现代服务业项目8个。新能源汽车零部件、智能家居等产业链项目占了一半以上。",
        "江州市工商业联合会党组成员副主席陈志远认为，签约项目质量明显提升。"
        "区投资促进中心负责人表示，将实行项目专员全程代办，推动签约项目早开工、早投产。"]),
]


def _column_copy(width: int, line_end: str) -> str:
    """SPACED_COPY_STORIES wrapped every `width` letters, each story's header lines after its text."""
    lines = []
    for title, subtitle, paragraphs in SPACED_COPY_STORIES:
        lines += [paragraph[at:at + width] for paragraph in paragraphs for at in range(0, len(paragraph), width)]
        lines += [title] + ([subtitle] if subtitle else [])
    return line_end.join(lines) + line_end


@pytest.mark.parametrize("width", [13, 14])
def test_a_blank_line_under_every_line_of_a_column_parts_nothing(width):
    # A web view that sets each printed line as a paragraph of its own: the blank lines are the
    # page's line spacing, so a paragraph opening on a full line of letters is no headline.
    expected = [(title, subtitle and subtitle.lstrip("—"), re.sub(r"\s", "", "".join(paragraphs)))
                for title, subtitle, paragraphs in SPACED_COPY_STORIES]
    assert [(article.title, article.subtitle, re.sub(r"\s", "", article.text))
            for article in cut(_column_copy(width, "\n\n"))] == expected


def test_doubled_line_ends_are_one_line_end(tmp_path):
    # `\r\r\n`: a file whose line ends were turned into Windows ones twice.
    doubled = read_as_file(tmp_path / "doubled.txt", _column_copy(14, "\r\r\n"))
    single = read_as_file(tmp_path / "single.txt", _column_copy(14, "\n"))
    assert [(article.title, article.text) for article in doubled] == [(article.title, article.text) for article in single]
    assert len(doubled) == 4


def test_a_column_copied_with_manual_line_breaks_is_text_not_binary_data(tmp_path):
    # One vertical tab every fifteen characters: more control characters than binary data
    # allows, but each is a line break.
    breaks = read_as_file(tmp_path / "breaks.txt", _column_copy(14, "\x0b"))
    single = read_as_file(tmp_path / "single.txt", _column_copy(14, "\n"))
    assert [(article.title, article.text) for article in breaks] == [(article.title, article.text) for article in single]


def test_a_page_copied_with_manual_line_breaks_and_page_feeds_is_cut_as_with_line_ends():
    # Vertical tabs (Word's manual line break in some copies) and form feeds (pdftotext's
    # page ends) stand where the lines break.
    page = ("江州区召开基层治理工作推进会\x0b本报讯（记者 李华）3月5日，江州区召开基层治理工作推进会，"
            "部署今年网格化管理重点任务。\x0b会议要求各街道把矛盾纠纷化解在基层。\x0c"
            "江州职教中心开设智能制造专业\x0b本报讯 近日，江州职教中心新开设智能制造专业，首批招收学生120名。"
            "\x0b学校与本地企业共建实训基地。\x0c")
    with_line_ends = page.replace("\x0b", "\n").replace("\x0c", "\n\n")
    articles = cut(page)
    assert [article.title for article in articles] == ["江州区召开基层治理工作推进会", "江州职教中心开设智能制造专业"]
    assert [(article.title, article.text) for article in articles] == [(article.title, article.text) for article in cut(with_line_ends)]


def test_only_the_blank_lines_past_the_line_spacing_part_the_page():
    page = [line for story in ("江州新闻一", "江州新闻二") for number in range(6)
            for line in (f"{story}第{number}行", "")] + ["", "末行"]
    spaced = without_line_spacing(page)
    assert spaced.count("") == 1 and spaced[-2:] == ["", "末行"]
    paragraphs = ["第一段第一行", "第一段第二行", "", "第二段第一行", "第二段第二行", ""] * 3
    assert without_line_spacing(paragraphs) == paragraphs


def test_a_column_copied_with_a_space_after_every_letter_is_cut_as_without():
    # Some PDF viewers copy glyphs placed one by one with a space after each.
    plain = _column_copy(14, "\n")
    spaced = "\n".join(" ".join(line) for line in plain.split("\n"))
    assert spaced.startswith("本 报 讯 （ 记 者")
    assert [(article.title, article.subtitle, article.text) for article in cut(spaced)] \
        == [(article.title, article.subtitle, article.text) for article in cut(plain)]
    assert [article.title for article in cut(spaced)] == [title for title, _, _ in SPACED_COPY_STORIES]


# Stories whose datelines and figures carry digits: a PDF viewer's copy sets a space where the
# type changes face, between Chinese and a run of digits (`本报江州 3 月 5 日电`).
DIGIT_STORIES = [
    ("江州区召开基层党建工作推进会", "——全年抓好八项重点任务", [
        "本报江州3月5日电（记者林晓）江州区召开基层党建工作推进会，总结2025年工作，部署2026年任务。",
        "会议指出，要把党支部建在产业链上，让3000多名党员在项目一线亮身份、作表率。",
        "各镇街党（工）委书记、区级部门负责人参加会议。"]),
    ("江州职教中心新开设无人机应用专业", None, [
        "本报江州3月6日电（记者陈雨）新学期，江州职业教育中心新开设无人机应用技术专业，首批招收学生80名。",
        "学校与本地3家企业共建实训基地，学生在校期间即可参与植保飞防、测绘巡检等真实项目。",
        "校长周明说，毕业生就业率连续3年保持在95%以上。"]),
    ("一季度全区新签约项目23个", None, [
        "本报江州4月2日电（记者赵敏）一季度全区新签约项目23个，协议投资额86.5亿元，同比增长18%。",
        "其中，工业项目15个，现代服务业项目8个。新能源汽车零部件、智能家居等产业链项目占了一半以上。",
        "区投资促进中心负责人表示，将推动签约项目早开工、早投产。"]),
]
_DIGITS_APART_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u4e00-\u9fff])")


def _digit_lines(width: int, headlines_after: bool) -> list[str]:
    lines = []
    for title, subtitle, paragraphs in DIGIT_STORIES:
        body = [paragraph[at:at + width] for paragraph in paragraphs for at in range(0, len(paragraph), width)]
        heads = [title] + ([subtitle] if subtitle else [])
        lines += body + heads if headlines_after else heads + body
    return lines


@pytest.mark.parametrize("width", [14, 16])
@pytest.mark.parametrize("headlines_after", [True, False])
def test_spaces_a_copy_set_about_digits_are_not_the_columns(width, headlines_after):
    # The spaces came with the copy: without them the column's full lines are one length again,
    # and each dateline opens its story.
    spaced = "\n".join(_DIGITS_APART_RE.sub(" ", line) for line in _digit_lines(width, headlines_after)) + "\n"
    assert "本报江州 3 月 5 日电" in spaced
    articles = cut(spaced)
    assert [article.title for article in articles] == [title for title, _, _ in DIGIT_STORIES]
    assert [article.text[:10] for article in articles] == [paragraphs[0][:10] for _, _, paragraphs in DIGIT_STORIES]


def test_spaces_about_digits_that_the_column_was_wrapped_with_stay():
    # A web page that sets a space about digits, wrapped with them: its lines are one length with them.
    text = "".join(_DIGITS_APART_RE.sub(" ", paragraph) for paragraph in DIGIT_STORIES[0][2])
    lines = [text[at:at + 14] for at in range(0, len(text), 14)]
    assert without_auto_spaces(lines) == lines
    copied = [_DIGITS_APART_RE.sub(" ", line) for line in _digit_lines(14, False)]
    assert without_auto_spaces(copied) == _digit_lines(14, False)


@pytest.mark.parametrize("width", [14, 16])
@pytest.mark.parametrize("headlines_after", [True, False])
def test_a_page_that_sets_spaces_about_digits_itself_reads_as_one_without_them(width, headlines_after):
    # A web page that sets a space about every run of digits, copied and wrapped with them in
    # its lines: the wraps are rejoined by the lines' widths with the spaces, then each dateline
    # (`本报江州 3 月 5 日电`) opens its story and the titles read without the spaces.
    lines = []
    for title, subtitle, paragraphs in DIGIT_STORIES:
        spaced = [_DIGITS_APART_RE.sub(" ", paragraph) for paragraph in paragraphs]
        body = [paragraph[at:at + width] for paragraph in spaced for at in range(0, len(paragraph), width)]
        heads = [_DIGITS_APART_RE.sub(" ", line) for line in [title] + ([subtitle] if subtitle else [])]
        lines += body + heads if headlines_after else heads + body
    assert "本报江州 3 月 5 日电" in "".join(lines)
    articles = cut("\n".join(lines) + "\n")
    assert [article.title for article in articles] == [title for title, _, _ in DIGIT_STORIES]
    assert [article.text for article in articles] == ["\n".join(paragraphs) for _, _, paragraphs in DIGIT_STORIES]


def test_spaces_about_digits_set_here_and_there_stay():
    # A space between a figure and the words after it, on a page that sets none elsewhere, parts
    # a headline's two parts.
    page = ("一季度全区GDP增长6.5% 江州经济稳中向好\n\n"
            "本报讯（记者 赵敏）一季度，江州区实现地区生产总值128.6亿元，同比增长6.5%，高于全市0.4个百分点。\n\n"
            "其中，规模以上工业增加值增长9.1%，社会消费品零售总额增长7.2%。\n")
    [article] = cut(page)
    assert article.title == "一季度全区GDP增长6.5% 江州经济稳中向好"


def test_straight_quotes_typed_in_a_story_come_out_curly_and_its_summary_balanced():
    # A department's file typed with straight quotes: the digest prints Chinese quotes, so a
    # summary cut inside a quotation is told and never left open.
    page = ('"夜间经济"点亮江州老街\n\n'
            '本报讯（记者 林晓）"晚上出来逛逛，吃碗米粉，看场演出，很热闹。"家住江州老街的居民王丽说，'
            "今年以来，老街推出'一刻钟便民生活圈'，夜间客流比去年同期增长三成。\n\n"
            '区商务局负责人表示，下一步将延长营业时间，丰富夜间消费场景。\n')
    [article] = cut(page)
    assert article.title == "“夜间经济”点亮江州老街"
    assert "“晚上出来逛逛，吃碗米粉，看场演出，很热闹。”" in article.text and "‘一刻钟便民生活圈’" in article.text
    for budget in (30, 45, 60, 80):
        summary = summarize(article.text, title=article.title, max_chars=budget).text
        assert '"' not in summary and summary.count("“") == summary.count("”"), summary


@pytest.mark.parametrize("number", ["— 2 —", "- 2 -", "第2页 共3页", "2/3"])
def test_a_sheet_number_inside_a_paragraph_of_a_copied_document_goes(number):
    # A notice printed from a Word file, copied as text: the sheet broke inside a paragraph.
    lines = _column_copy(14, "\n").split("\n")
    at = lines.index("、作表率，推动党建和发展同频")
    assert not lines[at - 1].endswith("。")
    lines[at:at] = [number]
    assert [(article.title, article.text) for article in cut("\n".join(lines))] \
        == [(article.title, article.text) for article in cut(_column_copy(14, "\n"))]


def test_a_sheet_number_between_paragraphs_goes_where_another_stands_inside_one():
    # The sheets broke once inside a paragraph and once after a finished sentence.
    lines = _column_copy(14, "\n").split("\n")
    lines.insert(lines.index("、作表率，推动党建和发展同频"), "— 2 —")
    after_sentence = lines.index("战斗力。") + 1
    lines.insert(after_sentence, "— 3 —")
    assert [(article.title, article.text) for article in cut("\n".join(lines))] \
        == [(article.title, article.text) for article in cut(_column_copy(14, "\n"))]


def test_running_heads_of_a_copied_edition_go_but_the_pages_own_masthead_stays():
    # Printed on sheets, each headed by the paper's date line; the copy keeps the page's own
    # masthead at its top, whose date the stories take.
    head = "江州日报 2025年3月5日 星期三 第{}版"
    lines = _column_copy(14, "\n").split("\n")
    lines.insert(lines.index("、作表率，推动党建和发展同频"), head.format(2))
    lines.insert(lines.index("战斗力。") + 1, head.format(3))
    plain = cut(head.format(1) + "\n" + _column_copy(14, "\n"))
    articles = cut(head.format(1) + "\n" + "\n".join(lines))
    assert [(article.title, article.text) for article in articles] == [(article.title, article.text) for article in plain]
    assert {article.date for article in articles} == {"2025-03-05"}


def test_a_numbered_part_of_a_feature_between_paragraphs_stays():
    lines = ["江州老街的夜", "", "老街的夜晚，从一碗米粉开始。", "", "— 2 —", "", "灯火亮起来，游客多起来。"]
    assert without_sheet_marks(lines) == lines


def test_a_story_exported_with_html_character_references_reads_as_typed(tmp_path):
    # A site's editor exported the story as text with its characters escaped.
    exported = ("江州区推出&ldquo;夜间经济&rdquo;十条措施\n\n"
                "&nbsp;&nbsp;本报讯（记者 林晓）3月5日，江州区推出&ldquo;夜间经济&rdquo;十条措施，延长老街营业时间。\n\n"
                "&nbsp;&nbsp;区商务局负责人表示，措施实施后，老街夜间客流比去年同期增长三成。\n")
    [article] = read_as_file(tmp_path / "导出.txt", exported)
    assert article.title == "江州区推出“夜间经济”十条措施"
    assert article.text.startswith("本报讯") and "&" not in article.text and len(article.paragraphs) == 2


# A column's headline over each of its stories, day after day (`关注江州汛情`), after a story on
# another subject: the same words over two texts head two stories, never a story's two sections.
SERIES_PAGE = [
    ("城南中学举办第十届科技节", [
        "城南中学第十届科技节日前开幕，学生自主设计的机器人、航模和节水装置等200余件作品参展。",
        "科技节为期一周，设有创客工作坊、科普讲座和编程挑战赛，全校1800名学生参与。",
        "学校负责人说，将把优秀作品推荐参加省青少年科技创新大赛。"]),
    ("关注江州汛情", [
        "受连续强降雨影响，江州河水位今天上午超过警戒水位0.8米，沿河5个乡镇转移群众1200余人。",
        "市防汛指挥部启动防汛四级应急响应，组织抢险队员300多人在重点堤段巡查值守。",
        "气象部门预计，未来三天江州仍有中到大雨，局地暴雨。"]),
    ("关注江州汛情", [
        "江州河水位今天开始回落，各地抢险队员连夜加固堤防，险情得到有效控制。",
        "青山镇组织党员突击队清理淤泥、消毒防疫，受灾群众陆续返回家中。",
        "市防汛指挥部提醒，雨后山区仍须防范山体滑坡等地质灾害。"]),
]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_columns_headline_over_two_stories_heads_each_of_them(between):
    page = between.join(line for title, paragraphs in SERIES_PAGE for line in [title, *paragraphs]) + "\n"
    articles = cut(page)
    assert [(article.title, article.text) for article in articles] \
        == [(title, "\n".join(paragraphs)) for title, paragraphs in SERIES_PAGE]
