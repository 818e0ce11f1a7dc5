"""One entry per story: versions merged, different stories kept apart."""
import datetime as dt

from digest.build import build_digest
from digest.dedup import VersionIndex, duplicate_groups, fingerprint
from digest.settings import Settings

STORY = [
    "近日，区职业教育中心与十家企业签订校企合作协议，双方将共建实训基地五个，今年订单培养学生三百名。",
    "签约仪式上，中心负责人介绍，学校将根据企业岗位需求调整专业设置，把企业的真实项目引入课堂教学。",
    "参与签约的企业代表表示，将选派技术骨干到学校担任兼职教师，并为学生提供顶岗实习岗位和就业机会。",
    "据了解，近三年来该中心毕业生就业率保持在百分之九十五以上，对口就业率逐年提高，受到企业欢迎。",
]
OTHER_SCHOOL_STORY = [
    "近日，区第二职业学校举办第十届技能文化节，三千余名师生参加了烹饪、汽修、电工等二十个项目的比赛。",
    "文化节期间，学校还邀请行业大师走进校园开设讲座，向学生讲述工匠精神和职业发展的故事。",
    "学校负责人表示，将以技能文化节为平台，推动以赛促学、以赛促教，提高学生的动手能力和职业素养。",
]


def version(paragraphs, dateline="", cut=None, half_width=False):
    kept = [p for i, p in enumerate(paragraphs) if i != cut]
    text = "\n\n".join(kept)
    if half_width:
        text = text.replace("，", ",").replace("：", ":")
    return dateline + text


def test_versions_of_one_story_are_grouped_and_other_stories_are_not():
    texts = [
        version(STORY),
        version(STORY, dateline="本报讯（记者 李明）", cut=2, half_width=True),  # another outlet's cut version
        version(OTHER_SCHOOL_STORY),  # same theme, different story
        STORY[0][:30],  # a caption quoting the story: too short to stand for it
    ]
    assert duplicate_groups(texts) == [[0, 1]]


def test_versions_found_as_texts_come_in_hold_for_any_selection_of_them():
    texts = [version(STORY), version(OTHER_SCHOOL_STORY), version(STORY, cut=1),
             version(OTHER_SCHOOL_STORY, dateline="本报讯 "), version(STORY, cut=3, half_width=True)]
    index = VersionIndex()
    for text in texts:
        index.add(fingerprint(text))
    assert index.groups() == duplicate_groups(texts) == [[0, 2, 4], [1, 3]]
    # A week's selection: positions are those within the selection. Without the full version,
    # the two cut ones (each missing another paragraph) are not versions of each other.
    assert index.groups([1, 3, 4]) == duplicate_groups([texts[1], texts[3], texts[4]]) == [[0, 1]]
    assert index.groups([2, 3, 4]) == duplicate_groups([texts[2], texts[3], texts[4]]) == []


def test_a_short_text_two_stories_both_hold_merges_them_not():
    # Two paragraphs that two different stories both print (a notice one story quotes in full
    # and another reprints) are a version of each; the stories are not versions of one another.
    # The three had been one group, and the longer story kept the other as a mere version of it.
    shared = version(STORY[:2])
    story, other = version(STORY), version(OTHER_SCHOOL_STORY + STORY[:2])
    assert duplicate_groups([story, shared, other]) == [[1, 2]]
    assert duplicate_groups([story, other]) == []

def test_build_keeps_the_most_complete_version_and_lists_the_other(tmp_path):
    (tmp_path / "2025-03-05_区报.txt").write_text("职教中心与十家企业共建实训基地\n\n" + version(STORY, cut=3), encoding="utf-8")
    (tmp_path / "2025-03-06_教育网.txt").write_text("校企合作再添新成果\n\n" + version(STORY, dateline="本报讯 "), encoding="utf-8")
    (tmp_path / "2025-03-06_学校.txt").write_text("第二职校举办技能文化节\n\n" + version(OTHER_SCHOOL_STORY), encoding="utf-8")
    now = dt.datetime(2025, 3, 9, 12, 0)
    digest = build_digest(Settings(inputs=(str(tmp_path),)), now)
    titles = {item.article.title: item for item in digest.articles}
    assert set(titles) == {"校企合作再添新成果", "第二职校举办技能文化节"}
    merged = titles["校企合作再添新成果"]
    assert [d.title for d in merged.duplicates] == ["职教中心与十家企业共建实训基地"]
    assert merged.duplicates[0].source.endswith("2025-03-05_区报.txt")
    undeduplicated = build_digest(Settings(inputs=(str(tmp_path),), dedup=False), now)
    assert len(undeduplicated.articles) == 3


def test_one_recurring_column_headline_over_different_stories_is_not_merged(tmp_path):
    (tmp_path / "2025-03-05_区报.txt").write_text("关注春耕\n\n" + version(STORY), encoding="utf-8")
    (tmp_path / "2025-03-06_区报.txt").write_text("关注春耕\n\n" + version(OTHER_SCHOOL_STORY), encoding="utf-8")
    digest = build_digest(Settings(inputs=(str(tmp_path),)), dt.datetime(2025, 3, 9, 12, 0))
    assert len(digest.articles) == 2 and not any(item.duplicates for item in digest.articles)


def test_a_papers_short_version_under_its_dateline_joins_the_full_story():
    # The paper prints two paragraphs under its dateline and bracketed reporters; the district's
    # site gives the story whole, with no dateline. The dateline's letters had kept the short
    # version's shingles below the containment needed (0.78), so the story was listed twice.
    full = ("11月18日，江州区召开基层党建工作推进会，总结前三季度党建工作，部署下一阶段重点任务。区委书记陈卫东到会部署。\n\n"
            "会上通报，今年以来，各级党组织坚持党建引领基层治理，推动“红色网格”建设覆盖全部村（社区），累计解决群众急难愁盼问题1200余件。\n\n"
            "会议要求，要持续深化“书记领办”项目，压实各级党组织书记抓党建第一责任，确保年度目标任务圆满完成。")
    short = ("本报讯（记者 张明 通讯员 刘洋）11月18日，江州区召开基层党建工作推进会，总结前三季度党建工作，部署下一阶段重点任务。\n\n"
             "会上通报，今年以来，各级党组织坚持党建引领基层治理，累计解决群众急难愁盼问题1200余件。")
    assert duplicate_groups([full, short, version(STORY)]) == [[0, 1]]
