"""Saved news pages: the headline without the site's name, the story without the page's furniture."""
from digest.webpage import clean_headline, strip_trailer


def test_channel_and_site_segments_leave_the_headline():
    assert clean_headline("区里新开三条社区公交线路--社会·民生--某某网") == "区里新开三条社区公交线路"
    assert clean_headline("区里新开三条社区公交线路_新闻频道_某某青年网") == "区里新开三条社区公交线路"
    assert clean_headline("全区CPI同比上涨0.3%_数据_宏观频道首页_某财经网 - EXAMPLE.COM.CN") == "全区CPI同比上涨0.3%"
    assert clean_headline("区里新开三条社区公交线路-某某科普网") == "区里新开三条社区公交线路"
    # A long segment after a separator is part of the headline, and hyphens inside it stay.
    assert clean_headline("书记这一周 | 奋马扬鞭争春色，全力以赴向未来的新征程") == "书记这一周 | 奋马扬鞭争春色，全力以赴向未来的新征程"
    assert clean_headline("2021-2025年规划纲要发布") == "2021-2025年规划纲要发布"


def test_a_title_that_only_names_the_site_gives_way_to_the_pages_h1():
    assert clean_headline("某某江网", "某某江网", ["土豆不“土” 土豆无“土”"]) == "土豆不“土” 土豆无“土”"


def test_page_furniture_after_the_story_is_dropped():
    body = ("区里新开三条社区公交线路，覆盖二十个老旧小区。\n\n新线路早晚高峰发车间隔十分钟。\n\n"
            "2024-05-20 15:15\n\n网友评论仅供其表达个人看法，并不表明本站立场。\n\n"
            "Copyright © 2024 Example. All Rights Reserved.\n")
    assert strip_trailer(body).endswith("新线路早晚高峰发车间隔十分钟。")
    assert strip_trailer("版权所有") == "版权所有"  # nothing but furniture: left for the reader to judge
