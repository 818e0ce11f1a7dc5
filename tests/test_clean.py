import pytest

from digest.clean import (
    curly_quotes,
    display_width,
    ends_sentence,
    fix_punctuation,
    fold_radicals,
    normalize_text,
    tighten_spaces,
    undouble,
    without_letter_spacing,
)


@pytest.mark.parametrize("doubled, expected", [
    ("荣昌首批荣昌首批““产业村长产业村长””上岗上岗", "荣昌首批“产业村长”上岗"),
    ("富民兴村再添富民兴村再添““源动力源动力””", "富民兴村再添“源动力”"),
    ("乡村振兴乡村振兴看今朝看今朝", "乡村振兴看今朝"),
    # glyph by glyph, with the spaces, digits and marks of the copy left single
    ("深深耕耕产产教教融融合合 贯贯通通国国际际合合作作", "深耕产教融合 贯通国际合作"),
    ("开开州州一一季季度度 招招商商引引资资58.3亿亿元元", "开州一季度 招商引资58.3亿元"),
    # a heading set as one span of fake bold: its one run of letters twice, digits and marks too
    ("区委召开全会区委召开全会", "区委召开全会"),
    ("全区粮食产量增长全区粮食产量增长33..22%%", "全区粮食产量增长3.2%"),
    ("田间课堂田间课堂 技术送上门技术送上门((乡村振兴一线乡村振兴一线))", "田间课堂 技术送上门(乡村振兴一线)"),
    # a Markdown heading keeps its level
    ("## 荣昌首批荣昌首批““产业村长产业村长””上岗上岗", "## 荣昌首批“产业村长”上岗"),
])
def test_undouble_repairs_fake_bold_headings(doubled, expected):
    assert undouble(doubled) == expected


@pytest.mark.parametrize("text", ["常常", "谢谢", "多了多了", "谢谢谢谢", "天天向上", "好好学习天天向上", "人人人人", "好的好的",
                                  "谢谢，常常，天天", "多了多了，",
                                  # a call repeated whole, as a section heading
                                  "“磨剪子嘞——”“磨剪子嘞——”", "### “磨剪子嘞——”“磨剪子嘞——”"])
def test_undouble_keeps_legitimate_repeats(text):
    assert undouble(text) == text


@pytest.mark.parametrize("typed, expected", [
    ('区里推出"夜间经济"十条措施', "区里推出“夜间经济”十条措施"),
    ("他说：\"打造'一刻钟便民生活圈'。\"", "他说：“打造‘一刻钟便民生活圈’。”"),
    # an apostrophe between Latin letters, and quotes in a line with no Chinese, stay
    ("China's 经济", "China's 经济"),
    ('He said "yes".', 'He said "yes".'),
])
def test_straight_quotes_in_chinese_text_open_and_close_in_turn(typed, expected):
    assert curly_quotes(typed) == expected


LETTER_SPACED_PAGE = (
    "本 报 讯 （ 记 者   林 晓 ） 3 月 5 日 ， 江 州 区\n"
    "召 开 基 层 党 建 工 作 推 进 会 。\n"
    "\n"
    "\u3000\u3000会 议 指 出 ， 要 把 党 支 部 建 在 产\n"
    "业 链 上 ， 让 G D P   growth 之 类 的 词 语 保 留 。\n"
    "江 州 区 召 开 基 层 党 建 工 作 推 进 会\n"
    "新 华 社 北 京 5 月 1 1 日 电 \u3000 十 三 届\n")


def test_a_page_letter_spaced_throughout_loses_the_spacing():
    # A PDF viewer's copy of glyphs placed one by one, the text's own spaces spaced too: those
    # stay, as do the indent and the blank line; digits and Latin letters come together again.
    assert without_letter_spacing(LETTER_SPACED_PAGE) == (
        "本报讯（记者 林晓）3月5日，江州区\n"
        "召开基层党建工作推进会。\n"
        "\n"
        "\u3000\u3000会议指出，要把党支部建在产\n"
        "业链上，让GDP growth之类的词语保留。\n"
        "江州区召开基层党建工作推进会\n"
        "新华社北京5月11日电\u3000十三届\n")


def test_a_few_letter_spaced_lines_keep_their_spacing():
    # Headings set letter-spaced among plain lines: the type's spacing, kept.
    page = "扎 根 基 层 的 江 州 青 年 人\n江州区今年新建高标准农田。\n乡 村 振 兴 一 线 的 好 故 事\n" \
           "产 业 兴 旺 有 了 新 路 子 了\n种粮大户李建国说，田块连片。\n生 态 宜 居 环 境 越 来 越 好\n"
    assert without_letter_spacing(page) == page


@pytest.mark.parametrize("raw, expected", [
    ("綦江有效整合各级资源,探索城市基层党建新路径", "綦江有效整合各级资源，探索城市基层党建新路径"),
    ("铜梁坪漆村: 打基础兴产业", "铜梁坪漆村：打基础兴产业"),
    ("中新(重庆)跨境电商产业园", "中新（重庆）跨境电商产业园"),
    ("计划(2020-2024年)发布", "计划（2020-2024年）发布"),
    ("投资1,000万元", "投资1,000万元"),
    ("Three two one, get on the cart!", "Three two one, get on the cart!"),
    ("会议于12:30开始", "会议于12:30开始"),
    # half-width full stops end Chinese sentences; decimals, list numbers and addresses keep theirs
    ("提升业务办理水平.下一步,该窗口将加大监管力度.", "提升业务办理水平。下一步，该窗口将加大监管力度。"),
    ("合格率达99%.", "合格率达99%。"),
    ("他说:“好.”", "他说：“好。”"),
    ("招商引资58.3亿元", "招商引资58.3亿元"),
    ("1.加强组织领导", "1.加强组织领导"),
    ("详见www.gov.cn网站", "详见www.gov.cn网站"),
])
def test_fix_punctuation_only_inside_chinese(raw, expected):
    assert fix_punctuation(raw) == expected


def test_normalize_text_drops_invisible_characters_and_unifies_line_ends():
    assert normalize_text("\ufeff第一行\r\n第\u200b二行\r") == "第一行\n第二行\n"


def test_vertical_tabs_and_form_feeds_break_lines():
    # Word's manual line break comes out of some copies as a vertical tab, and pdftotext ends
    # each page with a form feed: both part lines, they do not glue them together.
    assert normalize_text("江州区召开推进会\x0b本报讯 会议部署工作。\x0c第二版") == "江州区召开推进会\n本报讯 会议部署工作。\n第二版"


def test_ends_sentence_sees_through_closing_quotes():
    assert ends_sentence("他说：“好。”")
    assert ends_sentence("真的吗？")
    assert not ends_sentence("为社会和谐和群众安居乐")
    assert not ends_sentence("")


def test_tighten_spaces_between_chinese_and_numbers():
    assert tighten_spaces("选出的 8 名青年 骨干齐聚荣昌 220 千伏") == "选出的8名青年骨干齐聚荣昌220千伏"


def test_display_width_counts_ascii_as_half():
    assert display_width("荣昌2025") == 4.0
    assert display_width("“比武”") == 4.0


def test_invisible_and_look_alike_characters_are_normalised_in_one_place():
    from digest.clean import normalize_text

    assert normalize_text("党\u061c建\u180e引\ufe0f领\u200d工作\x00完成") == "党建引领工作完成"
    assert normalize_text("区委\u3164书记") == "区委 书记"  # a Hangul filler used as a space


def test_radicals_from_pdf_text_layers_become_their_characters():
    # Kangxi radicals (⼀ ⼈) and supplement radicals (⺠ ⻁ ⻙) that fonts share with ordinary characters.
    assert fold_radicals("⼈⺠⽇报记者⻙⻁在⻩⻛⼭") == "人民日报记者韦虎在黄风山"


def test_a_two_em_dash_from_a_pdf_text_layer_is_the_chinese_dash():
    # Chromium prints a subtitle's `——` in Noto Serif CJK as one glyph, the two-em dash; the
    # subtitle had kept it (`⸺江州职业技术学院推进产教融合见闻`).
    assert fold_radicals("⸺江州职业技术学院推进产教融合见闻") == "——江州职业技术学院推进产教融合见闻"
    assert normalize_text("他说⸻这是好事") == "他说———这是好事"


def test_digits_and_letters_typed_full_width_read_as_half_width():
    # Copies from older typesetting keep full-width digits: `２０２５年３月１２日` in a masthead
    # gave no date, and `８６场` was another string than `86场`. Full-width marks stay.
    assert normalize_text("２０２５年３月１２日，ＧＤＰ增长５．２％。") == "2025年3月12日，GDP增长5.2%。"
    assert normalize_text("（一）会议要求：１．压实责任。") == "（一）会议要求：1．压实责任。"


@pytest.mark.parametrize("exported, expected", [
    ("江州区推出&ldquo;夜间经济&rdquo;十条措施", "江州区推出“夜间经济”十条措施"),
    ("&nbsp;&nbsp;本报讯 &#8220;好&#8221; &#x300A;条例&#x300B;", "  本报讯 “好” 《条例》"),
    # no reference without its `;`: these are text
    ("R&D 投入与AT&T公司", "R&D 投入与AT&T公司"),
    ("x&parameter", "x&parameter"),
])
def test_html_character_references_in_exported_text_are_their_characters(exported, expected):
    assert normalize_text(exported) == expected
