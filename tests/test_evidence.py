"""What the words tell the assembler: kinship of texts, the page's IDF, a heading that leaves the story's subject."""
from digest.drafts import Draft
from digest.evidence import leaves_the_subject, page_idf
from digest.words import word_kinship
from digest.roles import classify_line

DISCIPLINE = ["江州区纪委监委近日印发通知，要求全区党员干部在中秋国庆期间严守纪律规矩，坚决防止公款送节礼、违规吃喝等问题反弹。",
              "通知明确，区纪委监委将采取明察暗访、专项检查等方式，重点查处顶风违纪行为，发现一起、查处一起、通报一起。"]
FLOOD = ["受持续强降雨影响，青江江州段水位昨日超过警戒线，沿江各镇连夜组织抗洪抢险，转移群众三千余人。",
         "截至今天中午，青江水位开始回落，各镇已有序组织群众返家，清理淤泥、恢复生产。"]


def test_texts_on_one_subject_are_kin_and_texts_on_two_are_hardly():
    # `江州` is all the notice and the flood report share; the notice's two paragraphs share four words.
    assert word_kinship(DISCIPLINE[0], DISCIPLINE[1]) > 2 * word_kinship(DISCIPLINE[0], FLOOD[0])
    assert word_kinship("", FLOOD[0]) == 0.0


def test_the_page_idf_weighs_a_word_more_paragraphs_use_below_one_fewer_use():
    items = [classify_line(text, 0, False) for text in DISCIPLINE + FLOOD]
    idf = page_idf(items)
    assert idf["公款"] > idf["纪委"] > idf.get("节日", 0.0)  # `公款` in one paragraph, `纪委` in two, `节日` in none


def test_a_heading_over_text_that_shares_almost_nothing_with_the_story_leaves_its_subject():
    items = [classify_line(text, 0, False) for text in DISCIPLINE + FLOOD]
    idf = page_idf(items)
    story = Draft(title="中秋国庆将至 严防“四风”反弹", paragraphs=list(DISCIPLINE))
    assert leaves_the_subject(story, ["抗洪抢险 保卫家园"], FLOOD, idf)
    # A heading the story names (`纪律`), or text that goes on with the story, stays with it.
    assert not leaves_the_subject(story, ["严守纪律 过廉洁节日"], FLOOD, idf)
    assert not leaves_the_subject(story, ["紧盯节点 寸步不让"], ["区纪委监委将组织检查组，紧盯公款送节礼、违规吃喝等问题，查处顶风违纪行为。"], idf)
    assert not leaves_the_subject(story, ["抗洪抢险 保卫家园"], [], idf)
