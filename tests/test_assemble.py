"""Articles assembled from a page's classified lines (`digest.assemble`)."""
from digest.assemble import build_trailing
from digest.roles import SECTION, Item


def test_a_section_right_under_a_closing_headline_opens_the_next_story_and_is_kept():
    # Headlines after their texts, paragraphs indented: the next story's indented lead-in that
    # ends on a dash (`　　老城更新改造，翻开了崭新的一` / `页——`) reads as a section heading, right
    # under the story before's headline run. It opens the next story's text; it had been dropped.
    items = [Item("para", "城南镇今年新建蔬菜大棚三百亩，引进新品种十二个，亩产比露天种植高出三成。", 0),
             Item("para", "镇农业服务中心组织技术人员下田指导，帮助种植户做好病虫害防治。", 0),
             Item("candidate", "引进新品种 建起交易市场", 0, header=True),
             Item("candidate", "城南镇大棚蔬菜喜获丰收（乡村振兴）", 0, header=True),
             Item("section", "老城更新改造，翻开了崭新的一页——", 0),
             Item("para", "5月28日上午，江州市城市更新推进大会召开，全市确定了32个更新项目。", 0),
             Item("para", "老街区改造将保留原有街巷肌理，修缮历史建筑120栋，让居民住得更舒心。", 0),
             Item("candidate", "老街换新颜", 0, header=True)]
    vegetables, old_town = build_trailing(items)
    assert vegetables.title == "城南镇大棚蔬菜喜获丰收（乡村振兴）" and len(vegetables.paragraphs) == 2
    assert old_town.title == "老街换新颜"
    assert old_town.paragraphs[:2] == [SECTION + "老城更新改造，翻开了崭新的一页——",
                                       "5月28日上午，江州市城市更新推进大会召开，全市确定了32个更新项目。"]


def test_sections_opening_the_page_over_a_byline_and_text_open_that_text():
    # A round-up's first part at the top of the page, its speaker and heading indented as
    # sections, the reporter's note under them, then the text; the headline after it all.
    items = [Item("section", "周海代表——", 0), Item("section", "竭尽所能 服务群众", 0),
             Item("note", "本报记者 李 明", 0),
             Item("para", "今年以来，社区组建了两千人的志愿者队伍，每名志愿者联系三百户居民。", 0),
             Item("candidate", "代表委员讲述履职故事", 0, header=True)]
    story, = build_trailing(items)
    assert story.title == "代表委员讲述履职故事"
    assert story.paragraphs[:2] == [SECTION + "周海代表——", SECTION + "竭尽所能 服务群众"]
