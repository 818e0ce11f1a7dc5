"""Saved news pages: the headline without the site's name, the story without the page's furniture."""
import pytest

from digest.webpage import (
    PageFacts,
    byline_block,
    choose_headline,
    clean_headline,
    outlet_name,
    page_byline,
    page_facts,
    split_trailer,
)


def test_channel_and_site_segments_leave_the_headline():
    assert clean_headline("区里新开三条社区公交线路--社会·民生--某某网") == "区里新开三条社区公交线路"
    assert clean_headline("区里新开三条社区公交线路_新闻频道_某某青年网") == "区里新开三条社区公交线路"
    assert clean_headline("全区CPI同比上涨0.3%_数据_宏观频道首页_某财经网 - EXAMPLE.COM.CN") == "全区CPI同比上涨0.3%"
    assert clean_headline("区里新开三条社区公交线路-某某科普网") == "区里新开三条社区公交线路"
    # A long segment after a separator is part of the headline, and hyphens inside it stay.
    assert clean_headline("书记这一周 | 奋马扬鞭争春色，全力以赴向未来的新征程") == "书记这一周 | 奋马扬鞭争春色，全力以赴向未来的新征程"
    assert clean_headline("2021-2025年规划纲要发布") == "2021-2025年规划纲要发布"


PAGE = """<html><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>
<div class="nav-title">首页</div>
<h1 class="site">某某江网</h1>
{heading}
<div class="rec-title">微波炉加热食物有害健康？</div>
<div class="content"><p>{body}</p></div>
<div class="rec-title">所有酒精都可以用来给伤口消毒吗？</div>
</body></html>"""
BODY = "城南镇的土豆今年不用土也能种：大棚里的土豆苗长在营养液里，一亩产量比露天种植高出三成。"


def _headline(title: str, heading: str = "", meta: str = "", sitename: str | None = "某某江网") -> str | None:
    html = PAGE.format(title=title, heading=heading, meta=meta, body=BODY)
    return choose_headline(page_facts(html), None, sitename, BODY)


def test_the_heading_that_stands_in_the_title_is_the_headline():
    assert _headline("茶叶不“茶” 茶叶有“茶” 某某江网", "<h2>茶叶不“茶” 茶叶有“茶”</h2>") == "茶叶不“茶” 茶叶有“茶”"
    # og:title with a channel before the headline, <h1> without it.
    assert _headline("某某江网", '<h1 class="t-title">土豆无土也能长</h1>',
                     '<meta property="og:title" content="科技摘要 - 土豆无土也能长">') == "土豆无土也能长"
    # A share box repeating the whole <title> brings no site name along.
    assert _headline("土豆无土也能长-某某江网", '<div class="share-title">土豆无土也能长-某某江网</div>') == "土豆无土也能长"


def test_a_title_that_names_only_the_site_or_a_channel_gives_way_to_the_heading_about_the_text():
    assert _headline("某某江网_(新闻)", '<div class="art-title">大棚土豆无土也能长</div>') == "大棚土豆无土也能长"
    assert _headline("科普中国-辟谣文章", '<div class="rumor-title">土豆不用土也能种吗？</div>',
                     sitename=None) == "土豆不用土也能种吗？"
    # A <title> about the text stands against sidebar headings.
    assert _headline("城南镇大棚土豆产量高出三成_某某江网") == "城南镇大棚土豆产量高出三成"


def test_page_furniture_after_the_story_is_dropped():
    body = ("区里新开三条社区公交线路，覆盖二十个老旧小区。\n\n新线路早晚高峰发车间隔十分钟。\n\n"
            "2024-05-20 15:15\n\n网友评论仅供其表达个人看法，并不表明本站立场。\n\n"
            "Copyright © 2024 Example. All Rights Reserved.\n")
    assert split_trailer(body)[0].endswith("新线路早晚高峰发车间隔十分钟。")
    assert split_trailer("版权所有")[0] == "版权所有"  # nothing but furniture: left for the reader to judge


def test_a_share_box_of_short_bold_labels_under_the_copyright_lines_is_furniture_too():
    # Read without a site's class names, the page's foot comes after the story: copyright and
    # report lines, then a share box whose labels are set in bold runs, then `返回顶部`.
    body = ("区里新开三条社区公交线路，覆盖二十个老旧小区。\n\n新线路早晚高峰发车间隔十分钟。\n\n"
            "不良信息举报电话：0000-12345678\n\n某某网股份有限公司版权所有，未经书面授权禁止使用\n\n"
            "- 分享\n\n关注\n\n***微信微博视频号*** **关注我们看更多本地新闻**\n\n返回顶部")
    assert split_trailer(body)[0].rstrip().endswith("新线路早晚高峰发车间隔十分钟。")
    # A last paragraph set in bold is the story's, however its runs are parted.
    closing = "区里新开三条社区公交线路。\n\n**线路详情** **请见区交通局网站。**"
    assert split_trailer(closing)[0] == closing


BYLINE_PAGE = """<html><head><meta charset="utf-8"><title>城南镇大棚土豆产量高出三成_某某江网</title>
<script>var author = "脚本里的名字";</script></head><body>
<div class="nav">首页 > 新闻中心 > 城南镇大棚土豆产量高出三成</div>
<h1>城南镇大棚土豆产量高出三成</h1>
<div class="info"><span>2024-05-20 08:49</span><span>来源：</span><span>某某日报</span>{author}</div>
<div class="content"><p>{body}</p><p>（责任编辑：王编辑）</p></div>
<div class="comments"><span>网友甲 热门跟贴</span></div>
</body></html>"""


def _byline(author_html: str) -> str | None:
    html = BYLINE_PAGE.format(author=author_html, body=BODY)
    facts = page_facts(html)
    return page_byline(byline_block(list(facts.lines), "城南镇大棚土豆产量高出三成", BODY))


def test_the_byline_block_under_the_headline_gives_the_author_else_the_source():
    assert _byline("<span>作者：李明 张华</span>") == "李明 张华"
    assert _byline("<span>本报记者 赵刚</span>") == "赵刚"
    assert _byline("") == "某某日报"  # a label and its value in two elements
    # The next field's label after a full-width space is no second name. Before: `陈明 发布`.
    assert _byline("<span>来源：江州融媒　作者：陈明　发布时间：2025-03-10 10:20:35　浏览次数：1234</span>") == "陈明"
    assert _byline("<span>记者 李明 浏览次数：1234</span>") == "李明"


def test_editor_credits_and_trailing_labels_are_not_bylines():
    from digest.drafts import clean_byline

    assert clean_byline("责任编辑：魏某") is None
    assert clean_byline("某某网编辑 孙某某") is None
    assert clean_byline("中青报·中青网记者 魏某某 来源：中国青年报") == "中青报·中青网记者 魏某某"
    assert clean_byline("记者 王某 编辑 李某") == "记者 王某 编辑 李某"


def test_a_wechat_articles_account_is_its_author():
    html = ('<html><body><h1 id="activity-name">城南镇大棚土豆产量高出三成</h1>'
            '<a id="js_name">某某城南发布</a><div id="js_content"><p>' + BODY + '</p></div></body></html>')
    assert page_facts(html).account == "某某城南发布"


def test_the_time_by_the_byline_and_a_wechat_scripts_time_date_the_page(tmp_path):
    from digest.read import read_source

    page = tmp_path / "page.html"
    html = BYLINE_PAGE.format(author="<span>发布时间：</span><span>2024年05月20日 08:49</span>",
                              body=BODY + "这项技术明年将在全镇推广，带动更多农户增收。")
    page.write_text(html.replace("2024-05-20 08:49", ""), encoding="utf-8")
    assert read_source(page).date == "2024-05-20"
    wechat = ('<html><body><h1 id="activity-name">城南镇大棚土豆产量高出三成</h1><a id="js_name">某某城南发布</a>'
              '<div id="js_content"><p>' + BODY + '</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p></div>'
              '<script>var ct = "1659274471";</script></body></html>')
    page.write_text(wechat, encoding="utf-8")
    source = read_source(page)
    assert source.date == "2022-07-31" and source.author == "某某城南发布"


def test_a_headline_set_over_its_subtitle_is_where_the_byline_block_starts_not_the_sites_header(tmp_path):
    # A site's scripts print today's date in its header; a page saved days later carries that
    # date above the story. The story's own time is in the block under the headline and subtitle.
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>城南镇大棚土豆喜获丰收——三百亩大棚亩产比露天种植高出三成_某某区人民政府网</title></head><body>"
        "<div class='top'><span>某某区人民政府</span><span>2025年4月8日 星期二</span></div>"
        "<ul>" + "".join(f"<li><a href='/{n}'>{n}</a></li>" for n in ("首页", "政务公开", "政务服务", "互动交流")) + "</ul>"
        "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/dt'>政务动态</a></div>"
        "<p class='art_p'>城南镇大棚土豆喜获丰收<div>——三百亩大棚亩产比露天种植高出三成</div></p>"
        "<div class='info'><span>某某区人民政府网</span><span>2025-04-02 09:52</span><a>打印本页</a></div>"
        f"<div class='text'><p>{BODY}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p></div>"
        "<div class='foot'>来源：某某日报 编辑：王一</div></body></html>", encoding="utf-8")
    source = read_source(page)
    assert source.title == "城南镇大棚土豆喜获丰收——三百亩大棚亩产比露天种植高出三成" and source.date == "2025-04-02"


def test_a_notice_and_everything_after_it_menus_lists_and_credits_leave_the_story():
    story = "区里新开三条社区公交线路，覆盖二十个老旧小区。\n\n新线路早晚高峰发车间隔十分钟。（记者 李明）"
    furniture = ("\n\n某某网版权与免责声明：\n\n① 凡本网注明“来源：某某网”的所有作品，版权均属于本网，未经授权不得转载。\n\n"
                 "※ 联系电话：010-12345678\n\n工作动态\n\n人事任免\n\n"
                 "- 江州机场航班延误 一架客机21日因雷雨天气推迟起飞。【详细】\n\n"
                 "出品︱某某科学人栏目组 胖胖\n\nNotice: The content above is uploaded by a user.\n\n"
                 "关于我们 | About Us | 广告服务 | 联系我们\n\n互联网新闻信息服务许可证编号：53120170001")
    assert split_trailer(story + furniture)[0] == story
    assert split_trailer(story + "\n\n来源: 某某日报")[0] == story
    # A site's footer in its own words: a copyright line, then reprint terms and a warning.
    footer = ("\n\nCopyright © 1996-2007 Example Newspaper Network Center. All Rights Reserved"
              "\n\n某某网版权所有\n\n未经某某网书面特别授权，请勿转载或建立镜像\n\n违者依法追究相关法律责任")
    assert split_trailer(story + footer)[0] == story
    # Letter-spaced (`版 权 所 有`), and a government site's registration numbers.
    footer = ("\n\n某某网服务邮箱：kf@example.cn 不良信息举报电话：010-12345678\n\n侵权投诉 Reporting Infringements"
              "\n\n某 某 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用"
              "\n\n联系电话：0478-1234567 政府网站标识码：1508000002 公安机关备案号：15081599004-00001")
    assert split_trailer(story + footer)[0] == story
    # The label over a list of other stories, and the list: teasers that end no sentence or do.
    teasers = ("\n推荐阅读\n4月2日，随着检测车从城南站缓缓驶出，江州城际铁路启动联调联试\n2024-04-03 15:11\n"
               "2024年3月31日，春季赏花活动在城南花海景区启动。游客在花丛间拍照留念，尽享春日好时光。")
    assert split_trailer(story + teasers)[0] == story


STORY = "江州区新开三条社区公交线路，覆盖二十个老旧小区。\n\n新线路早晚高峰发车间隔十分钟，首末班车各延长半小时。"


def test_lines_that_end_no_sentence_among_the_sites_foot_are_furniture_too():
    # Read without a site's class names, a government site's foot runs on under the story: links,
    # the sponsor's line, contact lines between its record numbers, a news list of headlines and dates.
    foot = ["图片新闻:", "- 国务院部门网站", "- 省政府部门网站", "- 市县政府网站",
            "主办单位：江州区人民政府办公室 承办单位：江州区大数据中心 网站支持IPv6",
            "政府网站标识码：1500000001 江ICP备05000248号 江公网安备 15010502000333号",
            "中文域名：江州区人民政府.政务 联系电话：0471-1234567 谨防假冒网站的提醒", "客户端", "江州通"]
    assert split_trailer(STORY + "\n\n" + "\n\n".join(foot))[0] == STORY
    news_list = ["江州港新码头首个泊位开工建设仪式举行", "2024-05-24", "城南镇：早稻开镰收割", "2024-05-24",
                 "新闻", "时政", "财经", "2024-05-24 2024-05-24"]
    assert split_trailer(STORY + "\n" + "\n".join(news_list))[0] == STORY


def test_a_byline_over_the_time_of_publication_stays_with_the_story():
    story = STORY + "（记者 李明）"
    assert split_trailer(story + "\n\n2024-05-20 15:15")[0] == story


def test_a_legal_notice_announced_at_the_end_of_its_paragraph_leaves_with_its_clauses():
    notice = ["依据著作权方面的法律规定，未经本报书面许可，任何网站不得转载本报刊发的作品。"
              "为维护本报的合法权益，本报社郑重声明：",
              "一、本报刊发的原创稿件，著作权均属江州日报社，网站转载须事先取得书面授权；",
              "二、对擅自转载本报作品的网站，本报社将依法追究其法律责任，直至诉诸法院；",
              "三、欢迎读者向本报举报未经授权的转载行为："]
    foot = [f"栏目{number}" for number in range(40)]  # the site's foot: the notice stands far above the end
    assert split_trailer(STORY + "\n" + "\n".join(notice + foot))[0] == STORY


def test_a_platforms_statement_ends_the_authors_content_however_much_follows():
    statement = "以上内容由“江州号”作者上传并发布，平台只存放作者的稿件，不代表本站观点"
    other_story = [f"另一位作者的文章第{number}段，讲的是别的事情。" for number in range(40)]
    assert split_trailer(STORY + "\n" + "\n".join([statement, *other_story]))[0] == STORY
    # A story that quotes such a plea, or a statement that names no reprint, goes on.
    court = ("江州区法院日前审结一起网络侵权案件。\n江州某视频平台被诉侵权。庭审中，平台辩称其仅提供信息存储空间服务，"
             "不应承担责任。\n法院审理认为，平台对侵权内容应当知晓，判决其赔偿原告经济损失五万元。")
    assert split_trailer(court)[0] == court
    ministry = ("网上近日出现有关江州新区的不实报道。\n江州市政府新闻办公室当天就此发表谈话，严正声明：\n"
                "对任何歪曲事实的报道，江州市将保留追究其责任的权利。")
    assert split_trailer(ministry)[0] == ministry


def test_teaser_cards_and_a_pager_after_the_story_are_furniture():
    cards = ("- ### 城南花海开园迎客当地时间5月15日，城南花海景区正式开园，游客在花丛间拍照留念...- ### "
             "江州城际铁路联调联试4月2日，检测车从城南站缓缓驶出...")
    assert split_trailer(STORY + "\n" + cards)[0] == STORY
    assert split_trailer(STORY + "[1][2][3][4]")[0] == STORY
    assert split_trailer(STORY + " \\[1\\] \\[2\\] \\[3\\]")[0] == STORY  # as the extractor's Markdown escapes it


def test_a_storys_paragraphs_run_together_in_a_layout_tables_cell_come_out_of_it():
    from digest.webpage import out_of_table_cell

    assert out_of_table_cell("| 江州夜市开张。两百多个摊位沿河排开。来源：李明 |") == "江州夜市开张。两百多个摊位沿河排开。来源：李明"
    assert out_of_table_cell("| 指标 | 数值 |") == "| 指标 | 数值 |"  # a table of figures stays one


def test_a_page_whose_foot_both_readings_take_for_its_text_is_read_precisely():
    # On a page with no class names, trafilatura favouring recall and its balanced reading both
    # give the site's foot; the precise reading gives the story.
    from digest.read import _main_text

    foot = ("欢迎与江州财经网洽谈合作。本网所刊内容，未经书面许可一律不得转载，违者必究。"
            "\n\n[江ICP证150772号] 举报邮箱：jubao@example.cn")
    story = ("江州日报讯（记者 李明）5月20日，江州市市场监管局公布，今年前4个月全市新登记市场主体1.2万户，"
             "比去年同期多出一成，其中制造业企业增长12.3%。")

    class Readings:  # what trafilatura gives for such a page, by the reading asked for
        @staticmethod
        def extract(html, favor_recall=False, favor_precision=False, **options):
            return story if favor_precision else foot

    assert _main_text(Readings, "<html></html>") == story


def test_a_table_that_lays_out_a_story_is_made_plain_blocks_and_a_table_of_figures_stays():
    from lxml import html as lxml_html

    from digest.webpage import paragraphs_from_layout_tables

    figures = "<table><tr><th>指标</th><th>数值</th></tr><tr><td>新开线路</td><td>3条</td></tr></table>"
    story = "".join(f"<p>{text}</p>" for text in STORY_PARAGRAPHS)
    page = f"<html><body><table><tr><td width='8'> </td><td><h1>江州新开三条社区公交线路</h1>{story}{figures}</td></tr></table></body></html>"
    tree = lxml_html.fromstring(paragraphs_from_layout_tables(page))
    assert len(tree.xpath("//table")) == 1 and len(tree.xpath("//table//td")) == 2  # the table of figures
    assert [p.text for p in tree.xpath("//div/p")] == STORY_PARAGRAPHS
    assert paragraphs_from_layout_tables(f"<html><body>{figures}</body></html>") == f"<html><body>{figures}</body></html>"


def test_a_story_laid_out_in_a_table_is_read_where_every_reading_of_the_page_misses_it():
    # The extractor reads no table: on an older site's page it gives the site's foot, by every
    # reading; the page with its layout table made plain blocks gives the story.
    from digest.read import _main_text

    foot = "江州网版权所有，转载请先取得书面许可。\n\n江州网举报电话：0000-1234567"
    story = "\n\n".join(STORY_PARAGRAPHS)

    class Readings:  # what trafilatura gives, by whether the story is still in its table
        @staticmethod
        def extract(html, favor_recall=False, favor_precision=False, **options):
            return foot if "<table" in html else story

    page = "<html><body><table><tr><td>" + "".join(f"<p>{text}</p>" for text in STORY_PARAGRAPHS) + "</td></tr></table></body></html>"
    assert _main_text(Readings, page) == story


def test_a_byline_parted_by_a_bar_names_the_writers_after_their_role():
    assert page_byline(["文丨江州观察特约评论员 江帆"]) == "江帆"
    assert page_byline(["文 | 本报记者 李明 王芳"]) == "李明 王芳"
    assert page_byline(["2024年8月25日（来源：江州日报）"]) == "江州日报"  # the bracket closes the label, not the name


def test_a_linked_source_in_brackets_over_a_long_row_of_page_functions_is_the_byline():
    functions = "".join(f"<span>【</span><a>功能{number}</a><span>】</span>" for number in range(14))
    html = ('<html><head><meta charset="utf-8"><title>城南镇大棚土豆产量高出三成-某某江网</title></head><body>'
            '<div class="nav"><a>首页</a> > <a>新闻</a></div><h1>城南镇大棚土豆产量高出三成</h1>'
            '<div class="info"><font>2005年3月11日12:12 来源：[ <a><font>某某日报</font></a> ]</font></div>'
            f'<div class="tools">{functions}</div><div class="content"><p>{BODY}</p></div></body></html>')
    facts = page_facts(html)
    assert page_byline(byline_block(list(facts.lines), "城南镇大棚土豆产量高出三成", BODY)) == "某某日报"
    # The page's lines come in reading order: an element's tail after the text inside it.
    info = facts.lines.index("2005年3月11日12:12 来源：[")
    assert facts.lines[info:info + 3] == ("2005年3月11日12:12 来源：[", "某某日报", "]")


def test_the_byline_is_read_under_the_storys_own_headline_not_a_breadcrumb_that_repeats_it():
    def byline(top: str, under: str) -> str | None:
        html = ('<html><head><meta charset="utf-8"><title>城南镇大棚土豆产量高出三成-某某江网</title></head><body>'
                f'{top}<h1>城南镇大棚土豆产量高出三成</h1>{under}<div class="content"><p>{BODY}</p></div></body></html>')
        return page_byline(byline_block(list(page_facts(html).lines), "城南镇大棚土豆产量高出三成", BODY))

    breadcrumb = '<div class="top">城南镇大棚土豆产量高出三成_某某江网</div><div class="nav">首页｜记者走基层｜人物</div>'
    assert byline(breadcrumb, "<div>2024年05月20日 来源：某某网</div><div>某某网频道 记者 王小明 李华</div>") == "王小明 李华"
    # The headline repeated under the byline (over a photo) has none under it.
    assert byline("", "<div>记者 王小明</div><div class='pic'>城南镇大棚土豆产量高出三成</div>") == "王小明"


STORY_PAGE = """<html><head><meta charset="utf-8"><title>城南镇大棚土豆产量高出三成_某某江网</title></head><body>
<div class="nav">首页 > 新闻</div><h1>城南镇大棚土豆产量高出三成</h1><div class="info"><span>2024-05-20 08:49</span></div>
<div class="content">{top}<p>{body}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p></div></body></html>"""


def test_short_lines_over_a_web_storys_first_paragraph_are_its_header_not_its_text(tmp_path):
    from digest.read import read_source

    page = tmp_path / "page.html"

    def read(top: str):
        page.write_text(STORY_PAGE.format(top=top, body=BODY), encoding="utf-8")
        source = read_source(page)
        return [line for line in source.text.split("\n") if line.strip()], source.text

    # A column in brackets and a label (`开栏的话`): the column is the kicker, the label goes.
    lines, text = read("<p><strong>【新春走基层】</strong></p><p><strong>开栏的话</strong></p>")
    assert lines[:2] == ["### 【新春走基层】", "# 城南镇大棚土豆产量高出三成"] and lines[2] == BODY
    # A kicker printed over a copy of the headline; a breadcrumb goes but is no kicker.
    lines, text = read("<p>三成农户尝鲜</p><p>城南镇大棚土豆产量高出三成</p>")
    assert lines[:3] == ["### 三成农户尝鲜", "# 城南镇大棚土豆产量高出三成", BODY]
    lines, text = read("<p>科技 > 要闻 > 正文</p>")
    assert lines[:2] == ["# 城南镇大棚土豆产量高出三成", BODY]
    # A breadcrumb of links with no mark between them: its last channel stands right over the
    # copy of the headline, but a link's text is a menu's, never a kicker.
    lines, text = read("<p><a href='/'>首页</a></p><p><a href='/kj'>科技</a></p><p>城南镇大棚土豆产量高出三成</p>")
    assert lines[:2] == ["# 城南镇大棚土豆产量高出三成", BODY]
    # A headline set over several lines goes whole; an official document's number and a
    # labelled line stay as text.
    lines, text = read("<p><b>城南镇大棚</b></p><p><b>土豆产量高出三成</b></p><p>城政发〔2024〕3号</p>")
    assert lines[:3] == ["# 城南镇大棚土豆产量高出三成", "城政发〔2024〕3号", BODY]
    lines, text = read("<p><b>个人简介：</b></p>")
    assert "个人简介" in text
    # A numbered heading opens the text's first section (a report's `一、…`, a bulletin's first
    # item posted as one page): it stays (at ab84c55 it was dropped as a header line).
    lines, text = read("<p><strong>一、大棚种植情况</strong></p>")
    assert lines[:3] == ["# 城南镇大棚土豆产量高出三成", "一、大棚种植情况", BODY]


FOOT_PAGE = """<html><head><meta charset="utf-8"><title>城南镇大棚土豆产量高出三成_某某江网</title></head><body>
<h1>城南镇大棚土豆产量高出三成</h1><div class="info"><span>2024-05-20 08:49</span></div>
<div class="content"><p>{body}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p>{foot}</div>
<div class="links"><p>推荐阅读</p><p>城北新开三条社区公交线路，记者 王小明 报道</p></div>
</body></html>"""


def test_a_source_or_author_printed_under_the_story_is_its_byline_when_none_stands_by_the_headline(tmp_path):
    from digest.read import read_source

    page = tmp_path / "page.html"
    for foot, author in (("<p>来源：某某日报 编辑：张三</p>", "某某日报"),
                         ("<p>来源: 刘晓燕</p>", "刘晓燕")):
        page.write_text(FOOT_PAGE.format(body=BODY, foot=foot), encoding="utf-8")
        source = read_source(page)
        assert source.author == author, foot
        assert source.text.rstrip().endswith("带动更多农户增收。")
    # A signature of a label and names in two elements, after a note, with the editors' credits.
    page.write_text(FOOT_PAGE.format(body=BODY, foot="<p>文中人物均为化名</p><p>作者 <strong>李晓明 王芳</strong></p>"
                                                    "<p>编辑 <strong>张三</strong>｜排版 <strong>赵六</strong></p>"), encoding="utf-8")
    assert read_source(page).author == "李晓明 王芳"
    # A notice that a story came from elsewhere names no source, nor does a list of other stories.
    for foot in ("<p>本文来源于网络，如有侵权请联系删除。</p>", ""):
        page.write_text(FOOT_PAGE.format(body=BODY, foot=foot), encoding="utf-8")
        assert read_source(page).author is None
    assert split_trailer("区里新开三条社区公交线路。\n\n来源：某某日报\n\n版权所有") == (
        "区里新开三条社区公交线路。", ["来源：某某日报", "版权所有"])


def test_web_byline_lines_in_bold_or_after_a_label_stay_out_of_the_text(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>城南镇大棚土豆产量高出三成_某某江网</title></head><body>"
                    "<h1>城南镇大棚土豆产量高出三成</h1><div class='article'><p><strong>文丨本报特约评论员 韩某某</strong></p>"
                    f"<p>{BODY}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p>"
                    "<p>镇农业服务中心将为农户提供技术培训，每户补贴大棚建设资金两千元。</p></div></body></html>",
                    encoding="utf-8")
    article, = split_articles(read_source(page))
    assert article.text.startswith("城南镇的土豆今年不用土也能种")
    assert "韩某某" in (article.byline or "")


def test_an_e_paper_pages_edition_date_above_the_headline_dates_it(tmp_path):
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>城南镇大棚土豆产量高出三成</title></head><body>"
                    "<div class='paper'>某某日报</div><div class='date'>2022年02月13日</div><div>第3版：要闻</div>"
                    "<h2>城南镇大棚土豆产量高出三成</h2>"
                    f"<div class='article'><p>{BODY}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p></div>"
                    "<div class='footer'>版权所有 某某日报社 2005-2024</div></body></html>", encoding="utf-8")
    assert read_source(page).date == "2022-02-13"


def test_a_script_that_leaked_into_the_text_is_dropped(tmp_path):
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>城南镇大棚土豆产量高出三成</title></head><body>"
                    f"<h1>城南镇大棚土豆产量高出三成</h1><div class='article'><p>{BODY}</p>"
                    '<p>document.write("&lt;span id=ad_dst"+ad_dst+"&gt;&lt;/span&gt;");ad_dst = ad_dst+1;</p>'
                    "<p>这项技术明年将在全镇推广，带动更多农户增收。</p></div></body></html>", encoding="utf-8")
    text = read_source(page).text
    assert "document.write" not in text and "这项技术明年" in text


EPAPER_ARTICLE_PAGE = """<html><head><meta charset="utf-8"><title>某区报数字报-黔江区创新开展“双融行动”</title></head><body>
<div class="top"><a href="../index.htm">首页</a> | 2025年03月04日</div>
<table><tr><td class="left"><a href="node_2.htm">第01版：要闻</a><br><a href="node_3.htm">第02版：综合</a></td>
<td class="main"><table>
<tr><td class="font01"><founder-introtitle>聚焦基层治理</founder-introtitle></td></tr>
<tr><td class="font02"><founder-title>黔江区创新开展“双融行动”</founder-title></td></tr>
<tr><td class="font03"><founder-subtitle>激活基层治理“一池春水”</founder-subtitle></td></tr>
<tr><td><founder-author>本报记者 张三</founder-author></td></tr></table>
<div id="ozoom"><founder-content>
<p>　　本报讯（记者 张三）今年以来，黔江区创新实施“双融行动”，构建共建共治共享的基层治理新格局。</p>
<p>　　该区搭建三级组织体系，将党组织的触角延伸到每一栋楼，推选产生楼道长、治安员等“一长三员”1200余名。</p>
<p>　　“以前下班回家‘抢车位’，现在有了固定车位。”城西街道居民李秀梅说。全区已解决民生问题300余个。</p>
</founder-content></div></td></tr></table><div class="foot">版权所有 某区报社</div></body></html>"""


def test_an_e_paper_article_page_gives_its_headline_kicker_and_subtitle(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    page = tmp_path / "content_123.htm"
    page.write_text(EPAPER_ARTICLE_PAGE, encoding="utf-8")
    (article,) = split_articles(read_source(page))
    # The <title> adds the site's name; the e-paper system marks the headline, 引题 and 副题.
    assert (article.kicker, article.title, article.subtitle) == ("聚焦基层治理", "黔江区创新开展“双融行动”", "激活基层治理“一池春水”")
    assert article.text.startswith("本报讯（记者张三）今年以来") and article.text.endswith("全区已解决民生问题300余个。")
    assert "第02版" not in article.text and article.date == "2025-03-04"
    # The markup names no site; the <title> does, beside the headline.
    assert article.source_name == "某区报"


def test_the_outlet_is_named_as_a_reader_would_write_it():
    page = PageFacts(titles=("城南镇大棚土豆产量高出三成 - 重庆日报",))
    assert outlet_name("人民网版权所有", page, "城南镇大棚土豆产量高出三成") == "人民网"
    assert outlet_name("www.jiangzhou.cn,江州日报网,江州日报报业集团新闻网络信息中心", page, None) == "江州日报网"
    # A copyright line or a bare domain gives way to the site the <title> names beside the headline.
    assert outlet_name("Copyright © 2017 Sohu.com Inc. All Rights Reserved.", page, "城南镇大棚土豆产量高出三成") == "重庆日报"
    assert outlet_name("news.example.com.cn", page, "城南镇大棚土豆产量高出三成") == "重庆日报"
    assert outlet_name("微信公众平台", PageFacts(account="某某城南发布"), None) == "某某城南发布"


def test_decks_set_as_headings_around_the_h1_are_kicker_and_subtitle_not_text(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    page = tmp_path / "nw.D110000renmrb_20250304_1-04.htm"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>人民日报-人民网</title></head><body><div class="article">'
        "<h3>在常态化疫情防控中推进复工复产</h3><h1>全区新增市场主体一万二千户</h1>"
        "<h2>——先进制造、现代物流和文化旅游占四成</h2>"
        '<p class="sec"><span class="date">《人民日报》（2025年03月04日 第 04 版）</span></p><div id="ozoom">'
        "<p>　　本报讯（记者 刘畅）记者从区市场监管局获悉，今年1至2月，全区新增各类市场主体1.2万户，同比增长18%。</p>"
        "<p>　　新增企业中，数字经济、现代物流和文化旅游行业占四成。区里推行企业开办“一网通办”。</p>"
        "<p>　　区市场监管局负责人表示，下一步将继续清理妨碍公平竞争的规定，让经营主体进得来、留得住。</p>"
        "</div></div></body></html>", encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert (article.kicker, article.title, article.subtitle) == (
        "在常态化疫情防控中推进复工复产", "全区新增市场主体一万二千户", "先进制造、现代物流和文化旅游占四成")
    # The header is given once, not again as the text's opening; the print citation dates the page.
    assert article.text.startswith("本报讯（记者刘畅）") and (article.date, article.page) == ("2025-03-04", "4")


def test_a_heading_under_an_h1_that_holds_the_sites_logo_is_no_subtitle(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>全区新增市场主体一万二千户_某某网</title></head><body>'
        '<h1 class="logo">某某网</h1><h2>全区新增市场主体一万二千户</h2><div class="info">2025-03-04 来源：某区报</div>'
        "<div><p>记者从区市场监管局获悉，今年1至2月，全区新增各类市场主体1.2万户，同比增长18%。</p>"
        "<p>新增企业中，数字经济、现代物流和文化旅游行业占四成。区里推行企业开办“一网通办”。</p>"
        "<p>区市场监管局负责人表示，下一步将继续清理妨碍公平竞争的规定，让经营主体进得来、留得住。</p></div></body></html>",
        encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert (article.kicker, article.title, article.subtitle) == (None, "全区新增市场主体一万二千户", None)


def _info_byline(info_html: str) -> str | None:
    html = ("<html><body><h1>城南镇大棚土豆产量高出三成</h1>"
            f"<div class='info'>{info_html}</div><div class='content'><p>{BODY}</p></div></body></html>")
    return page_byline(byline_block(list(page_facts(html).lines), "城南镇大棚土豆产量高出三成", BODY))


def test_an_outlet_beside_the_date_a_source_label_with_yu_and_an_empty_author_label_give_the_source():
    # Sites print the source as a bare name by the date (`每日经济新闻`), or as `本文来源于` with
    # the name in the next element; `作者： 责任编辑：…` names an editor, no author.
    assert _info_byline("<span>2024年05月10日 00:26</span><span>某某经济新闻</span><span>举报</span>") == "某某经济新闻"
    assert _info_byline("<span>本文来源于</span><span>某某统计局</span><span>2024-05-11 09:36:26</span>") == "某某统计局"
    assert _info_byline("<span>2017-03-10 09:58</span><span>来源： 某某科学人</span>"
                        "<span>作者： 责任编辑：肖某某</span>") == "某某科学人"
    assert _info_byline("<span>2024年05月10日 00:26</span><span>举报</span><span>收藏</span>") is None
    # A news app's line of the time and the account, a separator in an element of its own between.
    assert _info_byline("<span>2025-03-06 08:30</span><span class='dot'>·</span>"
                        "<span class='name'><a href='/user/1'>某某社</a></span>") == "某某社"


def test_a_source_line_kept_at_the_top_of_the_text_still_names_the_source(tmp_path):
    # The extractor can keep the date and source lines as the text's first lines: the byline
    # block reads on to the story's first sentence, not to the date line.
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>城南镇大棚土豆产量高出三成</title></head><body>"
                    "<div class='nav'>首页</div><h1>城南镇大棚土豆产量高出三成</h1><div class='article'>"
                    "<p>2024-05-20 16:25:01</p><p>来源: 某某城南发布</p>"
                    f"<p>{BODY}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p>"
                    "<p>镇农业服务中心将为农户提供技术培训，每户补贴大棚建设资金两千元。</p></div></body></html>",
                    encoding="utf-8")
    assert read_source(page).author == "某某城南发布"


def _story_div(tag: str, css: str, headings: list[str], paragraphs: list[str]) -> str:
    return f'<{tag} class="{css}">' + "".join(f"<h3>{h}</h3>" for h in headings) + \
        "".join(f"<p>{p}</p>" for p in paragraphs) + f"</{tag}>"


def test_a_page_that_prints_several_stories_in_full_gives_each_story(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    stories = [
        (["城区新增公交线路三条"], ["本报讯（记者 王敏）县城新开通的三条公交线路今天起运营，覆盖开发区和高铁站。",
                                  "交通运输局表示，将根据客流调整发车间隔，早晚高峰加密班次。"]),
        (["聚焦基层治理", "社区议事会解决停车难"], ["本报讯（记者 李华）花园小区通过议事会协商，新增停车位二十个。",
                                               "居民说，以前下班回家要绕小区好几圈，现在一到家就有车位。"]),
        (["夜市开张 小城更有烟火气"], ["本报讯（记者 赵敏）华灯初上，滨河路夜市开张，两百多个摊位沿河排开。",
                                    "夜市由县商务局统一规划，摊主免收摊位费，城管队员现场引导车辆停放。"]),
    ]
    page = tmp_path / "page_02.html"
    # The site's logo in an h1, named by the <title> too, is no headline over the stories.
    page.write_text('<html><head><meta charset="utf-8"><title>第02版：要闻_某某区融媒体中心</title></head><body>'
                    '<h1 class="logo">某某区融媒体中心</h1><div class="nav"><a href="#">首页</a> <a href="#">第01版</a></div>'
                    + "".join(_story_div("div", "article", *story) for story in stories)
                    + '<div class="side"><h3>热点</h3><ul><li><a href="#">另一条新闻</a></li></ul></div></body></html>',
                    encoding="utf-8")
    articles = split_articles(read_source(page))
    assert [(a.kicker, a.title) for a in articles] == [
        (None, "城区新增公交线路三条"), ("聚焦基层治理", "社区议事会解决停车难"), (None, "夜市开张 小城更有烟火气")]
    assert articles[2].text.endswith("城管队员现场引导车辆停放。") and "热点" not in articles[2].text


def test_one_article_set_in_sections_of_one_template_stays_one_article(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    sections = [(["织密组织网"], ["黔江区搭建三级组织体系，将党组织的触角延伸到每一栋楼，推选楼道长和治安员。",
                               "小区居民说，有事找楼道长，问题很快就能解决，大家心里踏实多了。"]),
                (["干部沉下去"], ["区里的干部每季度至少走访三十户群众，用下班时间拉家常、解难题。",
                               "一件件实事，让群众真切感受到看得见干部、找得到干部。"])]
    page = tmp_path / "article.html"
    page.write_text('<html><head><meta charset="utf-8"><title>黔江创新开展双融行动_某某网</title></head><body>'
                    '<h1>黔江创新开展双融行动</h1><div class="text">'
                    + "".join(_story_div("section", "part", *section) for section in sections)
                    + "</div></body></html>", encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert article.title == "黔江创新开展双融行动" and "一件件实事" in article.text


STORY_PARAGRAPHS = ["江州区新开三条社区公交线路，覆盖二十个老旧小区，沿线居民出行更方便了。",
                    "新线路早晚高峰发车间隔十分钟，首末班车各延长半小时，票价仍为一元。",
                    "区交通运输局表示，将根据客流情况调整发车间隔，并在重点站点增设候车亭。"]


def _plain_page(tmp_path, *blocks: str):
    """A page with no class or id anywhere: the story and what stands beside it, each a <div>."""
    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>江州新开三条社区公交线路_江州网</title></head><body>"
                    + "".join(f"<div>{block}</div>" for block in blocks) + "</body></html>", encoding="utf-8")
    return page


def _story_block(headline: str = "江州新开三条社区公交线路") -> str:
    return f"<h2>{headline}</h2>" + "".join(f"<p>{text}</p>" for text in STORY_PARAGRAPHS)


def test_one_story_printed_twice_on_its_page_is_one_article(tmp_path):
    # The screen copy and the print copy, one template and no class names: no page of stories.
    from digest.read import read_source
    from digest.segment import split_articles

    (article,) = split_articles(read_source(_plain_page(tmp_path, _story_block(), _story_block())))
    assert article.title == "江州新开三条社区公交线路" and article.text.startswith(STORY_PARAGRAPHS[0])


@pytest.mark.parametrize("beside", [
    # Teasers: each headline a link, in the paragraph or around it, with its channel under it.
    "<h3>为您推荐</h3>" + "".join(f"<p><a href='/{n}'>江州第{n}条推荐新闻的标题在这里</a></p><p><span>江州频道</span></p>"
                                  for n in range(6)),
    "<h3>江州之声</h3>" + "".join(f"<a href='/{n}'><span></span><p>江州第{n}条有声节目的标题在这里</p></a>" for n in range(6)),
    # A notice at the top to readers on old browsers, in lines that end no sentence.
    "<h3>尊敬的江州网读者:</h3><p>您的浏览器太旧了，页面可能显示不全，请换用新版浏览器</p>"
    "<p>推荐浏览器:</p><p>火狐(Firefox)浏览器 下载</p><p>江州安全浏览器极速版 下载</p>",
])
def test_lists_and_notices_beside_a_story_make_no_page_of_stories(tmp_path, beside):
    from digest.read import read_source
    from digest.segment import split_articles

    page = _plain_page(tmp_path, beside, _story_block())
    assert page_facts(page.read_text(encoding="utf-8")).stories == ()
    (article,) = split_articles(read_source(page))
    assert article.title == "江州新开三条社区公交线路" and article.text.rstrip().endswith(STORY_PARAGRAPHS[-1])


def test_a_list_of_other_headlines_and_a_counter_over_a_story_are_no_text(tmp_path):
    # A page with no class names: a search box's rolling list of hot headlines, a row of tools
    # with its count of comments, then the story; the extractor reads them all as the text.
    from digest.read import read_source
    from digest.segment import split_articles

    hot = "<input type='text'><ul>" + "".join(f"<li>江州第{n}条热点新闻的标题</li>" for n in range(8)) + "</ul>"
    tools = "<div><p>1</p></div><div>评论</div><div>收藏</div><div>分享</div>"
    story = ("<h1>江州新开三条社区公交线路</h1><div><div>江州新闻网</div><div><time>2024-05-20 13:09</time></div></div>"
             "<div>" + "".join(f"<p>{text}</p>" for text in STORY_PARAGRAPHS) + "</div>")
    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>江州新开三条社区公交线路_江州网</title></head><body><div>"
                    f"<div>{hot}</div><div>{tools}</div><div>{story}</div></div></body></html>", encoding="utf-8")
    (article,) = split_articles(read_source(page))
    assert article.title == "江州新开三条社区公交线路" and article.text.startswith(STORY_PARAGRAPHS[0])


# A site's system may leave a comment in the paragraph (`<!--keyword-->` before a linked name).
@pytest.mark.parametrize("paragraph", ["<p>{}</p>", "<section>{}</section>", "<section><!--keyword-->{}</section>"])
def test_a_storys_paragraphs_set_as_sections_are_its_text(tmp_path, paragraph):
    # As WeChat's editors set paragraphs: each a <section> of text. The extractor reads no text
    # in a section; it had taken the teasers beside the story and the site's foot instead.
    from digest.read import read_source

    nav = "<div><ul>" + "".join(f"<li><a href='/c{n}'>频道{n}</a></li>" for n in range(10)) + "</ul></div>"
    teasers = "<div><p>推荐阅读</p>" + "".join(f"<p>4月{n}日，江州第{n}条推荐文章的导语在这里，讲的是另一件事。</p>"
                                             for n in range(1, 4)) + "</div>"
    story = ("<div><h1>江州新开三条社区公交线路</h1><p>来源：江州日报 2024-07-31 18:30</p><div>"
             + "".join(paragraph.format(text) for text in STORY_PARAGRAPHS) + "</div></div>")
    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>江州新开三条社区公交线路_江州网</title></head><body>"
                    f"{nav}<div>{story}{teasers}</div><div><p>关于我们 | 联系我们 | 网站地图</p>"
                    "<p>江州网版权所有，转载请先取得书面许可。</p></div></body></html>", encoding="utf-8")
    assert read_source(page).text.split("\n\n")[1:] == STORY_PARAGRAPHS


def test_a_page_of_stories_takes_the_date_its_markup_states_else_its_file_name(tmp_path):
    from digest.read import read_source

    stories = "".join(_story_div("div", "article", [f"第{n}条新闻的标题"], [f"2019年以来，这是第{n}条新闻的第一段。",
                                                                       f"这是第{n}条新闻的第二段，内容很充实。"])
                      for n in (1, 2))
    bare = tmp_path / "page_20250304_02.html"
    bare.write_text(f'<html><head><meta charset="utf-8"><title>第02版</title></head><body>{stories}</body></html>',
                    encoding="utf-8")
    # A year in the text (2019年) is no date of the page: the file name gives it.
    assert read_source(bare).date == "2025-03-04"
    stated = tmp_path / "page.html"
    stated.write_text('<html><head><meta charset="utf-8"><title>第02版</title>'
                      f'<meta property="article:published_time" content="2025-03-05"></head><body>{stories}</body></html>',
                      encoding="utf-8")
    assert read_source(stated).date == "2025-03-05"


def test_a_date_printed_in_the_story_is_no_date_of_the_page(tmp_path):
    from digest.read import read_source

    page = tmp_path / "article.html"
    page.write_text('<html><head><meta charset="utf-8"><title>学院举行建院纪念活动_某某大学新闻网</title></head><body>'
                    "<h1>学院举行建院纪念活动</h1><div class=\"content\">"
                    "<p>2005年7月，学院在原有系科的基础上正式成立，至今已培养毕业生一万多名。</p>"
                    "<p>纪念活动上，老校友们回忆了学院创办初期的艰苦岁月，青年教师代表作了发言。</p>"
                    "</div></body></html>", encoding="utf-8")
    # htmldate's search of the text would take `2005年7月` for the page's date.
    assert read_source(page).date is None


VIDEO_PAGE = """<html><head><meta charset="utf-8"><title>城南镇大棚土豆产量高出三成_某某新闻网</title></head><body>
<h1>城南镇大棚土豆产量高出三成</h1><div class="info"><span>2024-05-20 08:49</span></div>
<div class="content"><div class="video"><p>城南镇大棚土豆5月20日起在电视频道20:00播出</p>
<div class="player"><p>倍速</p><ul><li>2.0X</li><li>1.5X</li><li>1.0X</li><li>0.5X</li></ul>
<p>00:00</p><p>很抱歉，当前视频播放失败</p><p>错误代码：QVS.4100</p><p>时长：01:45建议WIFI下打开</p></div></div>
<p><strong>某某新闻网讯</strong> {body}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p></div>
</body></html>"""


def test_a_video_player_over_the_story_is_no_text_and_the_dateline_names_the_source(tmp_path):
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text(VIDEO_PAGE.format(body=BODY), encoding="utf-8")
    source = read_source(page)
    # The player's rates, counter, notices and length go; so does the video's line over the
    # story, its time (`20:00`) being no label's colon.
    assert source.text.split("\n\n")[1:] == ["**某某新闻网讯** " + BODY, "这项技术明年将在全镇推广，带动更多农户增收。"]
    assert source.author == "某某新闻网"  # the page prints no author or source but its dateline


def test_the_story_ends_where_the_page_prints_its_headline_again(tmp_path):
    from digest.read import read_source

    # Under the story, a site's name and the headline again with a read-aloud button's label;
    # then another story of the feed, which is no part of this one.
    page = tmp_path / "page.html"
    page.write_text(FOOT_PAGE.format(body=BODY, foot=(
        "<p>某某资讯</p><p>城南镇大棚土豆产量高出三成播报文章</p>"
        "<p>城北新开三条社区公交线路，方便沿线居民出行。</p><p>新线路每天运营十四个小时，票价两元。</p>")), encoding="utf-8")
    text = read_source(page).text
    assert text.rstrip().endswith("带动更多农户增收。") and "公交" not in text and "某某资讯" not in text
    # A copy of the headline over the text is a header line, not the story's end.
    page.write_text(FOOT_PAGE.replace("<div class=\"content\">", "<div class=\"content\"><p>2024-05-20 08:49</p>"
                                      "<p>城南镇大棚土豆产量高出三成</p>").format(body=BODY, foot=""), encoding="utf-8")
    assert BODY in read_source(page).text


EDITED_PAGE = """<html><head><meta charset="utf-8"><meta name="author" content="{meta}">
<title>城南镇大棚土豆产量高出三成_某某网</title></head><body>
<h1>城南镇大棚土豆产量高出三成</h1><div class="info"><span>2024-05-20 08:49</span></div>
<div class="content"><p>{opening}{body}</p><p>这项技术明年将在全镇推广，带动更多农户增收。{signature}</p></div>
<div class="editor">【责任编辑：郭子轩】</div></body></html>"""


def test_the_page_editor_is_no_author_and_a_stated_author_comes_before_the_dateline(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    page = tmp_path / "page.html"

    def byline(meta: str, opening: str = "", signature: str = "") -> str | None:
        page.write_text(EDITED_PAGE.format(meta=meta, opening=opening, body=BODY, signature=signature), encoding="utf-8")
        return split_articles(read_source(page))[0].byline

    # The editor's name in the author meta, or signing the story in brackets, names no author.
    assert byline("郭子轩") is None
    assert byline("郭子轩", opening="某某财经讯 ", signature="（郭子轩）") == "某某财经"
    # An author the markup states comes first; a site's account name (no Chinese) does not count.
    assert byline("王大明", opening="某某财经讯 ") == "王大明"
    assert byline("city_news", opening="某某财经讯 ") == "某某财经"


def test_the_source_the_markup_states_is_the_byline_of_a_page_that_prints_none(tmp_path):
    # Government sites state a story's source in a meta of their own (`ContentSource`), news
    # sites in `<meta name="source">`, with its label at times; the page prints none it reads.
    from digest.read import read_source

    page = tmp_path / "page.html"
    for meta, author in (('<meta name="ContentSource" content="某某日报">', "某某日报"),
                         ('<meta name="source" content="来源：某某晚报">', "某某晚报"),
                         ('<meta name="ContentSource" content="">', None)):
        page.write_text(FOOT_PAGE.replace("<title>", meta + "<title>").format(body=BODY, foot=""), encoding="utf-8")
        assert read_source(page).author == author, meta
    # A byline the page prints comes first.
    page.write_text(FOOT_PAGE.replace("<title>", '<meta name="source" content="某某日报"><title>').format(
        body=BODY, foot="<p>来源：某某晚报 编辑：张三</p>"), encoding="utf-8")
    assert read_source(page).author == "某某晚报"


NOTICE_PAGE = """<html><head><meta charset="utf-8"><title>某某市人民政府关于做好春季防火工作的通告_信息公开</title></head><body>
<div class="nav"><a href="/">信息公开专栏</a> &gt;&gt; <a href="/zfxxgk">某某市人民政府</a></div>
<table class="info"><tr><td>索 引 号：</td><td>11220000013544357T/2025-00012</td><td>分 类：</td><td>通告</td></tr>
<tr><td>{label}</td><td>{value}</td><td>成文日期：</td><td>2025年03月02日</td></tr></table>
<h1>某某市人民政府关于做好春季防火工作的通告</h1>
<div class="content"><p>为切实做好今年春季森林草原防火工作，保护人民群众生命财产安全，现将有关事项通告如下。</p>
<p>一、全市进入春季防火期，严禁在林区草原野外用火。</p><p>特此通告。</p></div></body></html>"""


def test_an_official_notice_is_signed_by_the_body_its_disclosure_table_names(tmp_path):
    # Government disclosure pages print a table over the notice: its issuing body (`发文机关`,
    # label and value in two cells) is the author of a page that names no other.
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text(NOTICE_PAGE.format(label="发文机关：", value="某某市人民政府"), encoding="utf-8")
    assert read_source(page).author == "某某市人民政府"
    page.write_text(NOTICE_PAGE.format(label="主题分类：", value="某某市人民政府"), encoding="utf-8")
    assert read_source(page).author is None


REPRINT_PAGE = """<html><head><meta charset="utf-8"><title>城南镇大棚土豆产量高出三成_某某区人民政府网</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/jcdt">基层动态</a></div>
<h2 class="title">城南镇大棚土豆产量高出三成</h2>
<div class="info">来源：{source}　　发布时间：2025-03-04 10:21　　作者：刘芳　　浏览次数：<span>1234</span></div>
<div class="content"><p>{body}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p></div>
<div class="editor">责任编辑：王五</div></body></html>"""


def test_a_reprinted_story_names_the_outlet_its_source_label_gives(tmp_path):
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text(REPRINT_PAGE.format(source="某某区融媒体中心", body=BODY), encoding="utf-8")
    source = read_source(page)
    assert (source.source_name, source.author) == ("某某区融媒体中心", "刘芳")
    # A label that names no outlet (`本站`) leaves the site's own name.
    page.write_text(REPRINT_PAGE.format(source="本站", body=BODY), encoding="utf-8")
    assert read_source(page).source_name == "某某区人民政府网"


def test_a_roundup_post_saved_as_a_web_page_gives_each_item_as_a_story(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    items = ("【区委常委会召开会议传达学习全国两会精神】3月3日，区委常委会召开会议，传达学习全国两会精神，研究我区贯彻落实意见。",
             "【我区启动2025年春季植树活动】3月3日，我区2025年春季义务植树活动在广顺街道启动，机关干部、志愿者500余人参加。",
             "【区职教中心新增两个专业】近日，区职业教育中心获批新增智能制造技术应用、电子商务两个专业，今年秋季开始招生。")
    page = tmp_path / "post.html"
    page.write_text('<html><head><meta charset="utf-8"><title>荣昌要闻速览（3月4日）</title></head><body>'
                    '<h1 id="activity-name">荣昌要闻速览（3月4日）</h1><a id="js_name">荣昌发布</a>'
                    '<em id="publish_time">2025-03-04 18:30</em><div id="js_content">'
                    + "".join(f"<p>{item}</p>" for item in items) + '</div></body></html>', encoding="utf-8")
    articles = split_articles(read_source(page))
    assert [a.title for a in articles] == ["区委常委会召开会议传达学习全国两会精神", "我区启动2025年春季植树活动", "区职教中心新增两个专业"]
    assert articles[2].text.startswith("近日，区职业教育中心") and all(a.date == "2025-03-04" for a in articles)


def test_readers_comments_under_a_short_story_are_no_part_of_it_nor_date_it(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    comments = "".join(
        f"<div><p>网友“{name}”：{words}</p><p>2024-06-0{day} 1{day}:2{day} 回复 点赞 {day}</p></div>"
        for day, (name, words) in enumerate([
            ("山城小李", "这个政策真好，希望早日落实到我们社区，老人看病方便多了，点个赞。"),
            ("江边风", "去年就听说要办，今年终于动起来了，关键还是要看落实的效果如何。"),
            ("老张头", "我们小区停车问题到现在还没有解决，希望有关部门也能重视一下。"),
            ("阳光花园", "孩子上学的路终于修好了，感谢各位工作人员的辛苦付出，支持！"),
            ("城南旧事", "这样的报道多一些，让我们老百姓知道政府在做什么，知道钱花在哪。")], start=1))
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>城南社区卫生服务站开诊_某某江网</title></head><body>'
        '<div><h1>城南社区卫生服务站开诊</h1><div>2024-05-20 09:30 来源：某某日报</div>'
        '<p>5月20日，城南社区卫生服务站正式开诊，周边两万多名居民在家门口就能看病。</p>'
        '<p>服务站设有全科诊室、中医诊室和药房，每天早上8点开门。（记者 李明）</p></div>'
        f'<div><h3>网友评论</h3>{comments}</div></body></html>', encoding="utf-8")
    source = read_source(page)
    articles = split_articles(source)
    assert len(articles) == 1 and articles[0].title == "城南社区卫生服务站开诊"
    assert "每天早上8点开门。" in articles[0].text and not any(word in articles[0].text for word in ("网友", "回复", "点赞"))
    assert source.date == "2024-05-20"
    # A channel `评论` in the site's menu is a link, no label over comments: the menu stays whole.
    from digest.webpage import without_comments

    menu = '<html><body><ul><li><a href="/pl">评论</a></li><li><a href="/ty">体育</a></li></ul><p>正文</p></body></html>'
    assert without_comments(menu) == menu


def test_a_story_the_extractor_misses_when_it_favours_recall_is_read_in_its_balanced_reading(tmp_path):
    from digest.read import read_source
    from digest.segment import split_articles

    # A government site's page: the headline in a span over a <br>, a row of tools, then the
    # story as <div> paragraphs; trafilatura favouring recall gives only the header and tools.
    paragraphs = ["新春伊始，万象更新。今天，某某区第三届人大第四次会议开幕了，我们向大会表示热烈的祝贺！",
                  "这次大会是在全区上下奋力推进城市更新、加快建设新城区的关键时期召开的，意义重大。",
                  "过去一年，全区人大代表紧紧围绕中心工作，依法履职尽责，在推进城市更新、改善民生福祉等方面积极建言献策。",
                  "新的征程上，希望各位代表珍惜荣誉、不负重托，认真审议各项报告，把人民群众的所思所盼反映上来。",
                  "我们相信，全区上下团结一心、苦干实干，一定能够开创现代化新城区建设的新局面。"]
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>为现代化新城区建设凝聚强大力量</title></head><body>'
        '<div class="top"><a href="/">首页</a><a href="/xx">信息公开</a><a href="/zw">政务服务</a></div>'
        '<div class="mm_current"><a href="/">首页</a>&gt;<a href="/dt">动态信息</a>&gt;<a href="/zw">政务动态</a></div>'
        '<div class="mm_all_cont_body"><span class="mm_all_p">为现代化新城区建设凝聚强大力量</span><br><br>'
        '<div>——热烈祝贺区三届人大四次会议开幕</div><div class="info"><span><li class="aa">某某区人民政府门户网站 '
        'www.example.gov.cn </li><li class="bb">2024-01-11 09:52 </li><li class="dd">打印本页</li></span></div>'
        '<div class="mm_all_article"><div class="TRS_Editor"><div class="Custom_UnionStyle">'
        + "".join(f"<div> {paragraph}</div>" for paragraph in paragraphs) +
        '</div></div></div><div class="source"><ul><li>来源：某某日报 编辑：王华</li></ul></div>'
        '<div>扫一扫在手机打开当前页</div></div><div class="foot">主办：某某区人民政府办公室 版权所有</div></body></html>',
        encoding="utf-8")
    articles = split_articles(read_source(page))
    assert len(articles) == 1 and articles[0].title == "为现代化新城区建设凝聚强大力量"
    assert articles[0].paragraphs == tuple(paragraphs) and articles[0].date == "2024-01-11"


LOST_OPENING = "区农科院专家19日在江州介绍稻田养鱼试验项目进展情况。鱼苗转入新田块后，4000尾鲫鱼状态良好。"
SECOND = "4月25日，城南镇试验田完成插秧。随秧苗一起放进稻田的还有4000尾鲫鱼苗和40只鸭苗。"
LAST = "研究人员表示，下一步将继续开展田间试验，研究稻田环境对鱼类生长和水稻产量的影响。"


@pytest.mark.parametrize("above, put_back", [
    (LOST_OPENING, True),
    ("图为技术人员在试验田边查看鱼苗的游动情况，田间水位稳定，各项数据正常。", False),  # a caption
    ("编者按：稻田养鱼是我区首次开展的种养结合试验，本报今起推出系列报道。", False),  # an editor's note
    ("分享到微信朋友圈", False),  # page furniture
])
def test_a_first_paragraph_the_extractor_dropped_is_put_back_from_the_line_above_the_text(above, put_back):
    # On some pages whose paragraphs are parted by <br><br>, trafilatura's Markdown drops the
    # text before the first <br> (the story's opening, under its dateline in bold) and keeps
    # the time line over the rest. The page's own lines hold it right above the second paragraph.
    from digest.read import _with_lost_opening

    body = f"来源：某某日报 2024-05-20 03:15\n\n{SECOND}\n\n{LAST}"
    page_lines = ("首页", "科技", "“稻田养鱼”项目进展顺利", "来源：某某日报 2024-05-20 03:15",
                  "新华社江州5月19日电（王敏、李强）", above, SECOND, LAST, "责任编辑：王一")
    repaired = _with_lost_opening(body, page_lines)
    if put_back:
        assert repaired.split("\n\n")[1:] == ["新华社江州5月19日电（王敏、李强）" + LOST_OPENING, SECOND, LAST]
    else:
        assert repaired == body
    assert _with_lost_opening(repaired, page_lines) == repaired  # a line already in the text is not put back twice


def test_furniture_far_down_a_page_with_no_class_names_leaves_the_story():
    # Read without a site's class names, the extractor runs on into the page's foot: a notice
    # more than the tail's lines above the end, a menu row parted by `┊`, a police filing
    # number, a licence number (`京ICP证…`, as `京ICP备…`).
    story = "区里新开三条社区公交线路，方便沿线居民出行。\n\n新线路早晚高峰发车间隔十分钟。"
    foot = ["特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。"] + ["", "\t"] * 20 + [
        "新浪简介┊About Sina┊广告服务┊联系我们┊招聘信息┊网站律师", "", "京公网安备11010502053733", "", "[京ICP证150772号]"]
    text, furniture = split_trailer(story + "\n\n" + "\n".join(foot))
    assert text.rstrip() == story and furniture[-2:] == ["京公网安备11010502053733", "[京ICP证150772号]"]


def test_a_platforms_statement_under_the_story_is_no_text(tmp_path):
    # An aggregator's account pages close with the platform's word on what it hosts.
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>城南镇大棚土豆产量高出三成_某某号</title></head><body>"
        "<h1>城南镇大棚土豆产量高出三成</h1><div class='info'><span>2024-05-20 08:49</span></div>"
        f"<article><p>{BODY}</p><p>这项技术明年将在全镇推广，带动更多农户增收。</p></article>"
        "<div class='statement'>平台声明：本文观点只代表作者，某某号为信息发布平台，本站只为用户存放内容。</div>"
        "</body></html>", encoding="utf-8")
    assert read_source(page).text.endswith("带动更多农户增收。")


def test_a_sites_menu_read_in_above_the_headlines_copy_is_no_text(tmp_path):
    # A site that sets its channels and its story in plain blocks, no class names: the extractor
    # reads the menu in, then the path, the headline's copy, the date and a source label whose
    # value is a link on the next line. The story had opened with the last channels and those lines.
    from digest.read import read_source

    menu = "".join(f"<div><a href='/{index}/'>{channel}</a></div>" for index, channel in enumerate(
        ["首页", "头条", "新闻", "时政", "社会", "财经", "网事", "话题", "访谈"]))
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>城南镇大棚土豆产量高出三成-某某网江州频道</title></head><body>"
        f"<div>{menu}</div><div>&gt; 正文</div><div><div>城南镇大棚土豆产量高出三成</div>"
        "<div>2024-05-15 08:58:52</div><div>来源：</div><div><a href='/'>某某网</a></div></div>"
        f"<div><div>{BODY}</div><div>镇农技站站长介绍，这项技术明年将在全镇推广，带动更多农户增收。今年全镇已建成示范大棚二十个。</div>"
        "<div>农户李大伯说：“以前种土豆靠天吃饭，现在用上新技术，心里踏实多了。”</div></div></body></html>",
        encoding="utf-8")
    source = read_source(page)
    assert source.text.startswith(f"# 城南镇大棚土豆产量高出三成\n\n{BODY}\n\n")
    assert (source.date, source.source_name) == ("2024-05-15", "某某网")

@pytest.mark.parametrize("opening", [
    "<div>1</div>", "<div>本文来源于江州市统计局2024-05-11 09:36:26</div>",
    "<div>本文来源于</div><div><a href='/'>江州日报</a></div><div>打印</div><div>|</div><div>字号：</div>"])
def test_a_counter_or_a_source_statement_over_the_story_is_no_text(tmp_path, opening):
    # Read without a site's class names: a count of comments over the text (`1`), or the page's
    # statement of where the story comes from with its time printed on (`本文来源于…2024-05-11`),
    # or set in lines of their own with the page's tools and a divider between them.
    from digest.read import read_source
    from digest.segment import split_articles

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>城南镇大棚土豆产量高出三成</title></head><body>"
        f"<div><h1>城南镇大棚土豆产量高出三成</h1></div><div>{opening}<div>{BODY}</div>"
        "<div>镇农技站站长介绍，这项技术明年将在全镇推广，带动更多农户增收。今年全镇已建成示范大棚二十个。</div></div>"
        "</body></html>", encoding="utf-8")
    source = read_source(page)
    assert source.text.startswith(f"# 城南镇大棚土豆产量高出三成\n\n{BODY}\n\n")
    if "统计局" in opening:
        (article,) = split_articles(source)
        assert (article.date, article.source_name) == ("2024-05-11", "江州市统计局")

def test_runs_of_text_parted_by_two_line_breaks_become_paragraphs():
    from lxml import html as lxml_html

    from digest.webpage import marked_paragraphs

    page = ("<html><body><div class='nav'><a href='/'>首页</a></div><div class='content'>某某网 2024年05月20日"
            "<br><br><span>城南镇的土豆今年不用土也能种。</span>一亩产量高出三成。<br>（图文无关）<br>"
            "&nbsp;<br><span>这项技术明年将在全镇推广。</span><table><tr><td>表格</td></tr></table>"
            "<b>带动更多农户增收。</b><br><br></div><p>一行<br><br>两行</p></body></html>")
    tree = lxml_html.fromstring(marked_paragraphs(page))
    content = tree.find_class("content")[0]
    assert [child.tag for child in content] == ["p", "p", "p", "table", "p"]
    assert [child.text_content() for child in content] == [
        "某某网 2024年05月20日", "城南镇的土豆今年不用土也能种。一亩产量高出三成。（图文无关）",
        "这项技术明年将在全镇推广。", "表格", "带动更多农户增收。"]
    # A paragraph that breaks its own lines is left as it is, and so is a page with no such breaks.
    assert tree.xpath("//body/p")[0].text_content() == "一行两行" and len(tree.xpath("//body/p/br")) == 2
    assert marked_paragraphs("<p>一行<br>两行</p>") == "<p>一行<br>两行</p>"


@pytest.mark.parametrize("title, between", [
    ("某某江网_(新闻)", ""),  # the <title> names only the site and a channel
    ("科普江州-辟谣文章", "<div><span>来源：</span><span>科普江州-农业科技</span></div>"),  # a channel over the byline
])
def test_a_headline_in_a_plain_element_right_above_the_story_is_read_where_the_title_names_the_site(
        tmp_path, title, between):
    # A site with no heading tags and no class names: the headline is a plain block, the line
    # printed nearest above the story (past its byline), and the <title> does not give it.
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div><a href='/'>首页</a> <a href='/news/'>辟谣文章</a></div><div>大棚里的土豆真的不用土吗？</div>"
        f"{between}<div><p>{BODY}</p><p>镇农技站站长介绍，这项技术明年将在全镇推广，带动更多农户增收。</p></div>"
        "</body></html>", encoding="utf-8")
    assert read_source(page).text.startswith(f"# 大棚里的土豆真的不用土吗？\n\n{BODY}\n\n")


def test_a_photos_caption_right_above_the_story_is_no_headline(tmp_path):
    # A page without headings whose <title> gives the headline: the line right above the text,
    # with no byline between, is a photo's caption, however many of the story's words it holds.
    from digest.read import read_source

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>新技术让城南镇农户增收-某某江网</title></head><body>"
        "<div><img src='a.jpg'><div>城南镇大棚里的土豆苗长在营养液里</div></div>"
        f"<div><p>{BODY}</p><p>镇农技站站长介绍，这项技术明年将在全镇推广，带动更多农户增收。</p></div>"
        "</body></html>", encoding="utf-8")
    assert read_source(page).text.startswith("# 新技术让城南镇农户增收\n\n")
