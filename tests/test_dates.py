"""Dates and outlets of sources: metadata first, then a date line at the top, then the file name."""
import io

import docx

from digest.dates import date_from_name, front_matter, top_facts
from digest.read import read_source, with_top_facts
from digest.segment import split_articles
from digest.models import Source

STORY = ("区职业教育中心与十家企业签订校企合作协议，共建实训基地五个，今年将订单培养学生三百名。\n\n"
         "3月27日，中心召开校企合作推进会，企业代表和专业教师围绕课程设置进行了讨论。\n")


def test_front_matter_is_metadata_not_an_article(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: 职教中心共建实训基地\ndate: 2025-03-05\nsource: 区融媒体中心\nauthor: 李明\n---\n\n"
                    + STORY, encoding="utf-8")
    source = read_source(path)
    assert (source.date, source.date_source, source.source_name) == ("2025-03-05", "front matter", "区融媒体中心")
    (article,) = split_articles(source)
    assert article.title == "职教中心共建实训基地" and article.byline == "李明"
    assert "title:" not in article.text and article.date == "2025-03-05"


def test_front_matter_needs_its_closing_line():
    assert front_matter("---\n\n正文第一段。\n") == ({}, "---\n\n正文第一段。\n")
    meta, rest = front_matter("---\ndate: \"2025年3月7日\"\n---\n正文。")
    assert meta == {"date": "2025年3月7日"} and rest == "正文。"


def test_date_line_and_source_line_at_the_top_are_taken_and_removed():
    facts = top_facts("2025年3月7日　星期五\n\n区里召开防汛会议\n\n会议要求各镇街压实责任。")
    assert facts.date == "2025-03-07" and facts.text.lstrip().startswith("区里召开防汛会议")
    facts = top_facts("区里召开防汛会议\n发布时间：2025-03-07 10:30　来源：区融媒体中心\n会议要求各镇街压实责任。")
    assert (facts.date, facts.source_name) == ("2025-03-07", "区融媒体中心")
    assert "发布时间" not in facts.text and "区里召开防汛会议" in facts.text


def test_a_metadata_line_naming_the_author_is_taken_and_removed():
    facts = top_facts("区里召开防汛会议\n发布时间：2025-03-04 09:12  来源：黔江日报  作者：张三\n会议要求各镇街压实责任。")
    assert (facts.date, facts.source_name, facts.author) == ("2025-03-04", "黔江日报", "张三")
    assert "作者" not in facts.text and "区里召开防汛会议" in facts.text
    # A reporter's line without a date or an outlet is a byline, left to the article's reading.
    facts = top_facts("区里召开防汛会议\n记者 张三\n会议要求各镇街压实责任。")
    assert facts.author is None and "记者 张三" in facts.text


def test_a_date_line_with_the_page_tools_and_counters_beside_it_is_taken_and_removed():
    # A government site's article view, copied: its counter and font-size tool share the date line.
    for line, source in (("发布时间：2025-03-11 16:20   来源：区教委   浏览次数：236   字体：[大 中 小]", "区教委"),
                         ("发布日期：2025-03-11 信息来源：江州区教委 阅读次数：236", "江州区教委"),
                         ("发布时间：2025年03月11日 文章来源：江州日报 【字号：大 中 小】【打印本页】【关闭窗口】", "江州日报"),
                         # a school's site: its reviewer and a counter in brackets
                         ("来源：教务处  审核：张伟  发布时间：2025-03-11  点击数：[ 236 ]", "教务处"),
                         # a government site names who published it, and who put it up
                         ("发布者：江州区教委　发布时间：2025-03-11 10:20", "江州区教委"),
                         ("发布机构：江州区教委 发布日期：2025-03-11 发布人：王敏", "江州区教委"),
                         # a site's line naming where it took the story from
                         ("2025-03-11 10:20　转自：江州日报", "江州日报")):
        facts = top_facts(f"区教委召开职业教育工作推进会\n{line}\n会议部署今年重点任务。")
        assert (facts.date, facts.source_name) == ("2025-03-11", source), line
        assert "2025" not in facts.text and "区教委召开职业教育工作推进会" in facts.text
    # A sentence that happens to name a counter is no metadata line.
    facts = top_facts("区里召开读书会\n2025年3月11日，读书会在区图书馆举行，阅读：1236人次参加。\n会议要求压实责任。")
    assert facts.date is None and "读书会在区图书馆举行" in facts.text


def test_a_print_citation_under_the_text_gives_date_page_and_paper():
    facts = top_facts("让职业教育成为“香饽饽”\n\n　　新学期伊始，学生们正在调试工业机器人。\n《光明日报》（ 2025年03月04日 08版）\n")
    assert (facts.date, facts.page, facts.source_name) == ("2025-03-04", "8", "光明日报")
    assert "光明日报" not in facts.text and "新学期伊始" in facts.text
    facts = top_facts("区里召开防汛会议\n\n会议要求压实责任。\n《人民日报》（2025年03月04日 第 01 版）")
    assert (facts.date, facts.page) == ("2025-03-04", "1")


def test_a_masthead_line_gives_every_story_of_the_page_its_date_page_and_paper(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("永川日报　2025年3月4日　星期二　第3版　综合\n\n职教中心共建实训基地\n\n" + STORY
                    + "\n区里召开防汛会议\n\n3月3日，会议要求各镇街压实责任，做好汛期准备。\n", encoding="utf-8")
    articles = split_articles(read_source(path))
    assert [a.title for a in articles] == ["职教中心共建实训基地", "区里召开防汛会议"]
    assert all((a.date, a.page, a.source_name) == ("2025-03-04", "3", "永川日报") for a in articles)
    assert all("星期二" not in (a.kicker or "") + (a.subtitle or "") + a.text for a in articles)
    # The page first, no paper; a first sentence that names a page is no masthead.
    facts = top_facts("第A3版 要闻 2025年03月03日\n\n区里召开防汛会议\n\n会议要求压实责任。")
    assert (facts.date, facts.page, facts.source_name) == ("2025-03-03", "A3", None)
    facts = top_facts("2025年3月3日，本报第2版刊登了防汛工作会议的消息。\n\n会议要求压实责任。")
    assert facts.date is None and facts.page is None


def test_a_masthead_line_that_names_the_pages_editors_is_still_the_masthead():
    # E-paper folios print the page's editors beside the date and page. Before, such a line
    # was no masthead: the page's stories had no date, and the line headed the first one.
    for masthead in ("永川日报　2025年3月6日　星期四　第5版　责任编辑：王丽",
                     "2025年3月6日 星期四 第5版 教育周刊 责任编辑：王 丽　美编：李强　校对：张敏"):
        facts = top_facts(f"{masthead}\n\n区实验小学开展读书月活动\n\n　　3月5日，区实验小学启动读书月活动。")
        assert (facts.date, facts.page) == ("2025-03-06", "5") and facts.text.strip().startswith("区实验小学")
    # A line of text that names a date, a page and an editor stays text.
    facts = top_facts("2025年3月6日，本报第5版刊登了责任编辑：王丽的文章。\n\n会议要求压实责任。")
    assert facts.date is None


def test_the_issues_page_count_beside_the_date_is_no_page():
    # `今日8版` counts the issue's pages; the page is on the line under it. Before, every story
    # of the front page was set on page 8.
    facts = top_facts("江州日报\n2025年3月10日　星期一　今日8版\n第1版：要闻\n\n区里召开防汛会议\n\n会议要求压实责任。")
    assert (facts.date, facts.page, facts.source_name) == ("2025-03-10", "1", "江州日报")
    assert facts.text.strip().startswith("区里召开防汛会议")
    facts = top_facts("江州日报　2025年3月10日　星期一　本期16版\n\n区里召开防汛会议\n\n会议要求压实责任。")
    assert (facts.date, facts.page) == ("2025-03-10", None) and "16版" not in facts.text


def test_a_date_in_the_first_sentence_is_not_the_articles_date():
    facts = top_facts("2025年3月7日，区里召开防汛工作会议，部署汛期工作。\n\n3月27日，会议再次召开。")
    assert facts.date is None and facts.text.startswith("2025年3月7日，区里召开")


def test_file_name_dates():
    assert date_from_name("2025-03-06_区报.txt") == "2025-03-06"
    assert date_from_name("20250310-xx.txt") == "2025-03-10"
    assert date_from_name("区报2025.03.07.docx") == "2025-03-07"
    assert date_from_name("20251340.txt") is None and date_from_name("报告123456789.txt") is None


def test_an_e_paper_pdfs_name_runs_its_date_and_page_together():
    # `jzrb2025110301.pdf`, as e-paper sites name a page's PDF: the date, then the page's two digits.
    assert date_from_name("jzrb2025110301.pdf") == "2025-11-03"
    assert date_from_name("2025110312.pdf") == "2025-11-03"
    # No valid date before the two digits, or more digits: no date.
    assert date_from_name("jzrb2025133001.pdf") is None and date_from_name("20251103012.pdf") is None


def test_a_date_spelled_out_or_without_zeros_in_a_file_name():
    # What office staff type when they save a page: the date as they would write it.
    assert date_from_name("2025年3月3日第2版.txt") == "2025-03-03"
    assert date_from_name("江州日报2025.3.3.pdf") == "2025-03-03"
    assert date_from_name("jzrb-2025-3-3-01.txt") == "2025-03-03"
    assert date_from_name("2025年12月31日.docx") == "2025-12-31"
    # No day, a month past 12 or mixed separators: no date.
    for name in ("2025年3月专报.txt", "v2025.13.40.txt", "2025-3_3.txt"):
        assert date_from_name(name) is None


def test_order_of_trust_metadata_then_date_line_then_file_name(tmp_path):
    dated_line = tmp_path / "2025-03-01_区报.txt"
    dated_line.write_text("2025年3月7日　星期五\n\n" + STORY, encoding="utf-8")
    source = read_source(dated_line)
    assert (source.date, source.date_source) == ("2025-03-07", "date line")
    named = tmp_path / "20250310-区报.txt"
    named.write_text(STORY, encoding="utf-8")
    assert (read_source(named).date, read_source(named).date_source) == ("2025-03-10", "file name")
    undated = tmp_path / "区报.txt"
    undated.write_text(STORY, encoding="utf-8")
    assert read_source(undated).date is None


def test_web_page_date_from_its_metadata(tmp_path):
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY.split("\n") if line) * 2
    page.write_text(
        "<html><head><title>职教中心共建实训基地</title>"
        '<meta property="article:published_time" content="2025-03-05T08:00:00+08:00">'
        '<meta property="og:site_name" content="区融媒体中心"></head>'
        f"<body><article><h1>职教中心共建实训基地</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    source = read_source(page)
    assert (source.date, source.date_source) == ("2025-03-05", "web page metadata")
    assert source.source_name == "区融媒体中心"


def test_word_file_date_line(tmp_path):
    document = docx.Document()
    document.add_paragraph("2025年3月4日")
    document.add_heading("职教中心共建实训基地", level=1)
    for line in STORY.split("\n"):
        if line:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "部门来稿.docx"
    path.write_bytes(buffer.getvalue())
    source = read_source(path)
    assert (source.date, source.date_source) == ("2025-03-04", "date line")
    (article,) = split_articles(source)
    assert article.title == "职教中心共建实训基地" and "2025年3月4日" not in article.text


def test_a_masthead_set_over_lines_gives_the_paper_and_loses_its_furniture():
    # The paper's name on a line of its own over the date and page, and the registration
    # number under them, as a front page copied from an e-paper viewer has them. Before, the
    # name and the number headed the first story as its kicker, and the paper was not known.
    facts = top_facts("荣昌日报\n2025年3月10日　星期一　第1版　要闻\n国内统一连续出版物号：CN50-0000\n今日4版\n\n"
                      "我区召开经济运行分析会\n\n3月9日，我区召开一季度经济运行分析会。")
    assert (facts.date, facts.page, facts.source_name) == ("2025-03-10", "1", "荣昌日报")
    assert facts.text.strip().startswith("我区召开经济运行分析会")
    # A headline that names the paper is no masthead's name without a masthead line under it.
    facts = top_facts("荣昌日报\n\n3月9日，本报记者走进田间地头。")
    assert facts.source_name is None and facts.text.startswith("荣昌日报")
    # Each part on a line of its own: the name, the date, the page with its section. Before, the
    # name and the page line headed the first story as its kicker, and the page was not known.
    facts = top_facts("江州教育报\n2025年4月16日　星期三\n第2版　职教周刊\n\n【产教融合】\n打通校企“最后一公里”\n"
                      "江州职教中心与12家企业共建产业学院\n　　4月14日，江州市职业教育中心与12家企业签订协议。")
    assert (facts.date, facts.page, facts.source_name) == ("2025-04-16", "2", "江州教育报")
    assert facts.text.strip().startswith("【产教融合】")
    # A short headline under a date line is no section name: the lines print no page.
    facts = top_facts("2025年4月16日　星期三\n春耕正当时\n\n　　4月14日，全区春耕全面展开。")
    assert facts.date == "2025-04-16" and facts.page is None and "春耕正当时" in facts.text


def test_a_papers_name_over_the_pages_headlines_names_their_source_without_a_date(tmp_path):
    # A page copied with its name but not its date: the paper, its section and perhaps its page
    # over the first headline, in a Markdown heading of its own or as a plain line. Before, the
    # Markdown page's first story was titled `江州日报 综合新闻` (its own headline read as the
    # subtitle, since its text names 江州 and 新闻), and in a plain copy the line was its kicker.
    stories = ("## 江州新闻综合频道改版上线\n\n本报讯（记者 王芳）11月28日，江州广播电视台新闻综合频道完成改版，"
               "新增两档民生栏目。\n\n## 青山镇新建村级养老服务站12个\n\n本报讯（通讯员 陈静）今年以来，青山镇新建"
               "村级养老服务站12个，为800多名老人提供助餐服务。\n")
    for name, page in (("# 江州日报 综合新闻", None), ("# 江州日报 第2版 综合新闻", "2"), ("# 江州日报·综合新闻", None),
                       ("江州日报", None)):
        path = tmp_path / "page.md"
        path.write_text(f"{name}\n\n{stories}", encoding="utf-8")
        channel, homes = split_articles(read_source(path))
        assert (channel.kicker, channel.title, channel.subtitle) == (None, "江州新闻综合频道改版上线", None), name
        assert homes.title == "青山镇新建村级养老服务站12个"
        assert all((article.source_name, article.page) == ("江州日报", page) for article in (channel, homes)), name
        plain = tmp_path / "page.txt"
        plain.write_text(f"{name.lstrip('# ')}\n\n{stories.replace('## ', '')}", encoding="utf-8")
        channel, homes = split_articles(read_source(plain))
        assert (channel.kicker, channel.title, channel.source_name) == (None, "江州新闻综合频道改版上线", "江州日报"), name
    # A document named by its kind is no paper: a report's title, a bulletin's name.
    for title in ("关于全区安全生产检查情况的通报", "防汛工作日报", "喜报"):
        facts = top_facts(f"{title}\n\n一、基本情况\n\n　　11月以来，全区对企业安全生产情况进行了检查。")
        assert facts.source_name is None and facts.text.startswith(title)


def test_an_e_paper_views_top_gives_the_paper_date_and_page_across_its_links():
    # An e-paper site's view copied whole: its name, the date, links to the other issues and
    # pages between them. Before, the links hid the masthead: the site's name headed the first
    # story as its kicker, and neither the paper nor the page was known.
    facts = top_facts("江州日报数字报\n2025年03月06日 星期四\n上一期  下一期\n第A02版：综合新闻\n上一版  下一版\n\n"
                      "江州区推行“街长制”\n　　3月5日，江州区在68个老旧小区推行“街长制”。")
    assert (facts.date, facts.page, facts.source_name) == ("2025-03-06", "A02", "江州日报")
    assert facts.text.strip().startswith("江州区推行")
    # Copied from the article's frame only: the site's name over the date, and no page.
    facts = top_facts("江州日报电子版\n2025年03月06日 星期四\n江州区推行“街长制”\n"
                      "　　3月5日，江州区在68个老旧小区推行“街长制”。")
    assert (facts.date, facts.page, facts.source_name) == ("2025-03-06", None, "江州日报")
    assert facts.text.strip().startswith("江州区推行")
    # A paper's name alone over a date line and the headline names the source too (at ab84c55
    # the line stayed, the first story's kicker).
    facts = top_facts("江州日报\n2025年03月06日 星期四\n江州区推行“街长制”\n"
                      "　　3月5日，江州区在68个老旧小区推行“街长制”。")
    assert (facts.date, facts.source_name) == ("2025-03-06", "江州日报") and facts.text.startswith("江州区推行")


def test_dates_in_chinese_numerals_read_as_arabic_ones():
    from digest.dates import arabic_dates

    assert arabic_dates("二〇二五年三月十二日　星期三") == "2025年3月12日　星期三"
    assert arabic_dates("二○二四年十二月三十一日印发") == "2024年12月31日印发"
    assert arabic_dates("二〇二五年十三月一日") == "二〇二五年十三月一日"  # no month 13
    assert arabic_dates("三月十二日，区委召开会议") == "三月十二日，区委召开会议"  # no year: not a full date


def test_a_date_line_taken_out_leaves_one_blank_line_and_a_short_opening_paragraph_stays_text():
    # A web page's headline, its time stamp and a one-sentence opening paragraph, each after a blank line.
    text = ("# 城南老街改造完工\n\n2024-05-20 09:30:12\n\n春风又绿老街巷。\n\n"
            "经过八个月施工，城南老街改造工程日前完工，两千多户居民住得更舒心。\n\n改造中，施工方保留了32处传统民居。")
    facts = top_facts(text)
    assert facts.date == "2024-05-20"
    assert facts.text.startswith("# 城南老街改造完工\n\n春风又绿老街巷。")
    # Two blank lines over it would set the opening sentence apart as a photo caption.
    article = split_articles(with_top_facts(Source(path="page.html", text=text, single_article=True)))[0]
    assert article.text.startswith("春风又绿老街巷。")


def test_a_papers_line_of_outlet_date_and_reporter_gives_all_three():
    # The line a paper's site prints under the headline: the paper's name with no label, the
    # date, the reporter. Before, the line was read as the headline's second line.
    facts = top_facts("江州区推行“街长制”破解老旧小区治理难题\n江州日报 2025年03月06日 记者 周敏\n"
                      "　　3月5日，江州区在全区68个老旧小区推行“街长制”，形成三级治理网络。")
    assert (facts.date, facts.source_name, facts.author) == ("2025-03-06", "江州日报", "周敏")
    assert facts.text.split("\n")[:2] == ["江州区推行“街长制”破解老旧小区治理难题", "　　3月5日，江州区在全区68个老旧小区推行“街长制”，形成三级治理网络。"]
    # A sentence that names the paper and a date says more than the facts: it stays.
    facts = top_facts("江州区推行“街长制”\n江州日报记者2025年3月5日从区委社会工作部获悉全区推行街长制\n")
    assert facts.source_name is None


def test_a_line_of_the_date_then_the_outlet_under_the_headline_gives_both():
    # An article view prints `2025年03月12日 江州日报` under the headline. Before, the outlet was read
    # as the place an app post was sent from, and the headline above as the post's account:
    # the story lost its headline (its title was made from its first clause) and its outlet was
    # the headline.
    facts = top_facts("当前位置：首页 > 第A02版：综合新闻\n江州区新增公共停车位1200个\n2025年03月12日 江州日报\n"
                      "本报讯（记者 周敏）今年以来，江州区新增公共停车位1200个，有效缓解了老城区停车难问题。")
    assert (facts.date, facts.source_name) == ("2025-03-12", "江州日报")
    assert "江州区新增公共停车位1200个" in facts.text
    # The outlet between the date and the writer is a field of its own too.
    facts = top_facts("江州区新增公共停车位1200个\n2025年03月12日 江州日报 作者：周敏\n"
                      "今年以来，江州区新增公共停车位1200个，有效缓解了老城区停车难问题。")
    assert (facts.date, facts.source_name, facts.author) == ("2025-03-12", "江州日报", "周敏")
    # A place after an app's date and time is still where the post was sent from.
    facts = top_facts("江州这个村火了\n江州发布\n2025-03-11 08:30·重庆\n近日，青山镇桃花村的积分超市火了，村民凭积分兑换生活用品。")
    assert (facts.date, facts.source_name) == ("2025-03-11", "江州发布")
