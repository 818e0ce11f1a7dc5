"""A web page printed to PDF by the browser, read as the web page it was (`digest.printout`)."""
from __future__ import annotations

from pathlib import Path

from digest.pdf import load_pages
from digest.printout import printed_web_page
from digest.read import read_source
from digest.segment import split_articles

PAGES = Path(__file__).parent / "pdf_pages"


def test_a_news_sites_page_printed_by_the_browser_gives_its_story_alone():
    # The site's menu and breadcrumb, a sidebar of other stories, the share buttons and the
    # site's footer around a story that runs over two sheets. Read by its layout, the date and
    # source under the headline were lost; the story is all that is kept, with them.
    source = read_source(PAGES / "browser_printed_news_page.pdf")
    (article,) = split_articles(source)
    assert article.title == "江州区今年新建24个社区食堂 老人就餐每餐补贴3元"
    assert (article.date, source.source_name, source.author) == ("2025-04-08", "江州日报", "陈佳")
    assert article.text.startswith("记者从江州区民政局获悉，今年全区将新建社区食堂24个")
    assert article.text.endswith("让更多老人在家门口吃上放心饭、暖心饭。")
    # The paragraph broken at the first sheet's foot is one paragraph again.
    paragraphs = article.text.split("\n")
    assert len(paragraphs) == 11 and all(paragraph.endswith(("。", "”")) for paragraph in paragraphs)
    for furniture in ("首页", "热点新闻", "加装电梯三年行动", "分享到", "版权所有", "file:", "PM"):
        assert furniture not in article.text
    assert source.encoding == "pdf"


def test_the_printout_is_set_out_as_a_web_page_with_its_links():
    pages, _ = load_pages(PAGES / "browser_printed_news_page.pdf",
                          (PAGES / "browser_printed_news_page.pdf").read_bytes())
    page = printed_web_page(pages)
    assert "<title>江州区今年新建24个社区食堂老人就餐每餐补贴3元_江州新闻网</title>" in page  # as the browser printed it
    assert "<h1>江州区今年新建24个社区食堂 老人就餐每餐补贴3元</h1>" in page
    assert '<a href="https://www.jznews.example/ms/1.html">江州区启动老旧小区加装电梯三年行动</a>' in page


def test_a_story_page_printed_whole_ends_its_story_before_the_lists_comments_and_footer_under_it():
    # One column holds it all: under the story a list of related stories, readers' comments
    # with vote buttons, pictures of other stories and the site's footer. Before, the page
    # made of the printout held them all in the story's <article>.
    path = PAGES / "browser_printed_story_page.pdf"
    pages, _ = load_pages(path, path.read_bytes())
    page = printed_web_page(pages)
    story = page[page.index("<article>"): page.index("</article>")]
    assert "推动更多职业院校与本地企业深度合作。" in story
    for tail in ("江州启动职业院校教师企业实践计划", "学校和企业一起培养学生", "点赞", "滨江小学开展劳动教育实践", "网站投诉", "版权所有"):
        assert tail not in page
    # The share links between the date line and the text end nothing: the story's text had not begun.
    assert story.index("分享到微博") < story.index("5月13日，江州职业技术学院与区内12家制造企业签约")
    (article,) = split_articles(read_source(path))
    assert article.title == "江州职业技术学院与12家企业共建产业学院" and article.date == "2025-05-14"
    assert article.text.startswith("5月13日，江州职业技术学院与区内12家制造企业签约")
    assert article.text.endswith("推动更多职业院校与本地企业深度合作。")


def test_a_headline_pinned_atop_the_page_and_printed_again_over_the_text_heads_the_story_where_the_text_is():
    # The site pins the headline in a bar atop the page; its menus print open under the bar,
    # then the headline stands again over the date line and the text. Before, the pinned copy
    # headed the story and the menus were read as its text: the story was one letter long.
    path = PAGES / "browser_printed_pinned_page.pdf"
    pages, _ = load_pages(path, path.read_bytes())
    page = printed_web_page(pages)
    story = page[page.index("<article>"): page.index("</article>")]
    assert story.startswith("<article><header><h1>江州：新建改建农村公路120公里</h1>")
    assert "政务公开" not in story and "新闻中心" not in story
    source = read_source(path)
    (article,) = split_articles(source)
    assert article.title == "江州：新建改建农村公路120公里" and article.date == "2025-06-03"
    assert article.text.startswith("记者6月2日从江州市交通运输局获悉")
    assert article.text.endswith("做到有路必养、养必到位。") and len(article.text.split("\n")) == 4


def test_a_page_set_with_wide_line_spacing_keeps_its_paragraphs_and_ends_before_the_links_tight_under_them():
    # `line-height: 2.4`: more room between two lines of a paragraph than a newspaper leaves
    # between paragraphs. Before, each line was a paragraph of the page made of the printout,
    # and the related stories' links set tight under the text ran on in the story.
    path = PAGES / "browser_printed_spaced_page.pdf"
    pages, _ = load_pages(path, path.read_bytes())
    page = printed_web_page(pages)
    story = page[page.index("<article>"): page.index("</article>")]
    paragraphs = story.split("<p>")[1:]
    assert len(paragraphs) == 5 and paragraphs[0].startswith("发布时间：2025-02-26")
    assert all(paragraph.endswith("。</p>") for paragraph in paragraphs[1:])
    assert "江州区开展燃气安全专项排查整治" not in page and "网站标识码" not in page
    (article,) = split_articles(read_source(path))
    assert article.title == "江州区召开2025年安全生产工作会议" and article.date == "2025-02-26"
    assert len(article.text.split("\n")) == 4 and article.text.endswith("牢牢守住安全生产底线。")


def test_a_headline_set_at_the_texts_size_heads_its_story_over_share_buttons_and_a_comments_link():
    # Bold at the text's own size, the headline is named by the browser's title. Between its
    # date line and the text stand share buttons and a link to the comments (`评论`); the story
    # opens on two short lines of talk. Before, `评论` was taken for the comments' label, the
    # story under it for the comments, and `Qzone` was all that was left.
    path = PAGES / "browser_printed_plain_page.pdf"
    page = printed_web_page(load_pages(path, path.read_bytes())[0])
    assert "<nav>" in page and "首页" in page[page.index("<nav>"): page.index("</nav>")]  # the site's menu above the headline
    header = page[page.index("<article><header>"): page.index("</header>")]
    assert "<h1>江州：老街巷里的“微更新”</h1>" in header and "<p>Qzone</p>" in header and "<p>评论</p>" in header
    source = read_source(path)
    (article,) = split_articles(source)
    assert (article.title, article.date, source.source_name) == ("江州：老街巷里的“微更新”", "2025-07-09", "江州发布")
    assert article.text.startswith("“这条巷子原来晚上都不敢走。”\n“现在装了路灯")
    assert article.text.endswith("老街巷重新热闹了起来。") and len(article.text.split("\n")) == 5


def test_a_headline_stacked_at_the_texts_size_between_other_lines_is_found_and_heads_the_story():
    # A QR code's caption, the headline, the date line and the text at one size, one line under
    # the other: one block, whose letters the title does not hold. Before, no headline was found
    # and the menu, the caption, the headline and the text ran together as one paragraph.
    path = PAGES / "browser_printed_stacked_page.pdf"
    page = printed_web_page(load_pages(path, path.read_bytes())[0])
    assert "<h1>江州开通首条城乡公交环线</h1>" in page and "扫码打开" in page[page.index("<nav>"): page.index("</nav>")]
    (article,) = split_articles(read_source(path))
    assert (article.title, article.date) == ("江州开通首条城乡公交环线", "2025-08-12")
    assert article.text.startswith("8月11日，江州首条城乡公交环线正式开通。") and len(article.text.split("\n")) == 3


def test_a_newspaper_page_printed_by_the_browser_is_still_read_by_its_layout():
    # The same header and footer, and the site names the page after its lead story; but the
    # page keeps no links and its text runs in a newspaper's narrow columns.
    pages, _ = load_pages(PAGES / "browser_printed_epaper_page.pdf",
                          (PAGES / "browser_printed_epaper_page.pdf").read_bytes())
    assert printed_web_page(pages) is None
    articles = split_articles(read_source(PAGES / "browser_printed_epaper_page.pdf"))
    assert [article.title for article in articles] == ["38个项目总投资126亿元", "春耕备耕忙", "图书馆延长开放"]
    assert all(article.date == "2025-03-04" for article in articles)


def test_a_pdf_not_printed_by_a_browser_is_no_web_page():
    for name in ("grid_page.pdf", "document_page.pdf", "notice_page.pdf"):
        pages, _ = load_pages(PAGES / name, (PAGES / name).read_bytes())
        assert printed_web_page(pages) is None
