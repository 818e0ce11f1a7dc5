"""Physical lines -> logical lines: rejoin column wraps, and keep what the layout tells (indents, blanks)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import words
from .clean import (
    CJK,
    display_width,
    ends_sentence,
    letters,
    printed_width,
    widened_width,
)
from .dates import masthead_line
from .roles import (
    BOXED_BYLINE_RE,
    CAPTION_START_RE,
    CLOSING_NOTE_RE,
    COLUMN_TAG_RE,
    CONTACT_LINE_RE,
    CONTENTS_LINE_RE,
    CREDIT_RE,
    DATELINE_RE,
    DISTRIBUTION_RE,
    EDITOR_LINE_RE,
    ENUMERATED_HEADING_RE,
    MD_HEADING_RE,
    POSTS,
    PRODUCTION_CREDIT_RE,
    REPORTERS_BRACKET,
    Item,
    form_header,
    is_affiliation_byline,
    is_box_label,
    is_dateline_para,
    is_role_byline,
    is_speaker_line,
    list_number,
    opens_form_field,
)

# ---------------------------------------------------------------- lines


def without_line_spacing(lines: list[str]) -> list[str]:
    """A column-wrapped page with a blank line after every line keeps half of each run of blank lines.

    Such blank lines are the page's line spacing, not its breaks: a copy whose every line
    became a paragraph of its own (a web view that sets each printed line as one), or a file
    whose line ends were doubled (`\\r\\r\\n`, which turns one blank line into three), parts
    the column's wrapped lines as it parts its stories. Only a run of more than one blank line
    parts anything there, as half as many would have. (Where each line is a whole paragraph,
    the blank lines part what a line end parts: the page is read as it stands.)
    """
    filled = [index for index, line in enumerate(lines) if line.strip()]
    gaps = len(filled) - 1
    if gaps < SPACED_MIN_LINES:
        return lines
    spaced = sum(1 for above, below in zip(filled, filled[1:]) if below > above + 1)
    if spaced < gaps * SPACED_SHARE:
        return lines
    result = lines[:filled[0]]
    for above, below in zip(filled, filled[1:]):
        result += [lines[above]] + [""] * ((below - above - 1) // 2)
    return result + lines[filled[-1]:]


SPACED_MIN_LINES = 8  # fewer lines tell nothing of how the page is spaced
SPACED_SHARE = 0.95  # the share of lines with a blank line under them on a page spaced that way


def without_sheet_marks(lines: list[str]) -> list[str]:
    """The lines without the sheet numbers and running heads that a copy of a printed document
    set among its text.

    A PDF printed on sheets numbers them (`— 2 —`, `第2页 共5页`, `2/5`) or heads each with the
    paper's date line (`江州日报 2025年3月5日 第4版`); copied as text, the mark stands where the
    sheet broke, often inside a paragraph, whose lines then run on across it. A mark right under
    a line of text broken mid-sentence is a sheet's, and so is every mark set the same way on the
    page (the sheets that broke between paragraphs), but for one with no text above it (the
    page's own masthead). A date line is a running head only where the page sets it twice: an
    edition's pages copied one under another each open on their own. Where no mark stands inside
    a paragraph, the same marks can number a feature's parts (`— 2 —` over its second part), and
    stay.
    """
    marks = [_sheet_mark(line) for line in lines]
    if not any(marks):
        return lines
    repeated = {mark for mark, count in Counter(filter(None, marks)).items() if count > 1}
    shapes: set[str] = set()  # how the page sets its sheets' marks, digits aside
    above = ""  # the last line that is not blank
    for line, mark in zip(lines, marks):
        if mark and (mark in repeated or _SHEET_NUMBER_RE.match(line)) and _broken_mid_sentence(above):
            shapes.add(mark)
        above = line if line.strip() else above
    kept: list[str] = []
    text_above = False
    for line, mark in zip(lines, marks):
        if mark in shapes and text_above:
            continue
        kept.append(line)
        text_above = text_above or bool(line.strip())
    return kept


def _sheet_mark(line: str) -> str:
    """A sheet's number or running head as the page sets it, digits aside (`— # —`); else ''."""
    text = line.strip()
    return _DIGITS_RE.sub("#", text) if _SHEET_NUMBER_RE.match(text) or masthead_line(text) else ""


def _broken_mid_sentence(line: str) -> bool:
    """A line of text, as long as a column at least, that stops mid-sentence: on a letter or a
    clause's mark, not on a note's bracket (`（下转第3版）`) or as a short label does (`返回目录`)."""
    text = line.strip()
    return len(letters(text)) >= MIN_WRAPPED_COLUMN \
        and bool(_ENDS_ON_LETTER_RE.search(text) or _CLAUSE_MARK_RE.fullmatch(text[-1:]))


_DIGITS_RE = re.compile(r"\d+")
_SHEET_NUMBER_RE = re.compile(r"^\s*(?:[-—－–―]{1,2}\s*\d{1,3}\s*[-—－–―]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?"
                              r"|\d{1,3}\s*/\s*\d{1,3}|page\s*\d{1,3}(?:\s*of\s*\d{1,3})?)\s*$", re.IGNORECASE)


def without_auto_spaces(lines: list[str]) -> list[str]:
    """The lines without the space a copy sets between Chinese and a run of digits or Latin
    letters (`本报北京 4 月 30 日电`), where the page was not wrapped with those spaces in it.

    A PDF viewer copies such a space where the type changes face, so it stands in no line as the
    column printed it: without it, the column's full lines come out one length again, and dates
    and datelines read as printed. Text that had the spaces before it was wrapped (a web page
    that sets them) fills its column with them: there the lines are one length with them, and
    they stay.
    """
    if not any(_AUTO_SPACE_RE.search(line) for line in lines):
        return lines  # most pages have none: a long page is not copied for nothing
    tightened = [_AUTO_SPACE_RE.sub("", line) for line in lines]
    return tightened if _full_lines(tightened) > _full_lines(lines) else lines


# Where Chinese meets a run of digits (or Latin letters), with a space there or none.
_AT_RUN_EDGE = "(?<=[{cjk}]){gap}(?=[{run}])|(?<=[{run}%]){gap}(?=[{cjk}])"
_AUTO_SPACE_RE = re.compile(_AT_RUN_EDGE.format(cjk=CJK, run="0-9A-Za-z", gap="[ ]"))


def _full_lines(lines: list[str]) -> int:
    """How many lines are of the page's most common length, by letter count or by width."""
    stripped = [line.strip() for line in lines if line.strip()]
    return max((max(Counter(map(measure, stripped)).values(), default=0) for measure in (len, display_width)))


def without_set_spaces(lines: list[LogicalLine]) -> list[LogicalLine]:
    """The lines without the space the text itself sets between Chinese and each run of digits
    (`本报北京 4 月 30 日电`), on a page set so throughout.

    Some web pages set such a space everywhere; a copy wrapped with them in its column keeps them
    (`without_auto_spaces`) until its wraps are rejoined, after which they are only in the way:
    datelines and dates are read without them, as the text of a story is given
    (`clean.tighten_spaces`). A page that sets one such space here and there (`增长6.5% 江州经济…`,
    a headline's two parts) keeps it, and a space about Latin words (`该 iPhone 制造商`) is the
    writer's.
    """
    spaced = sum(len(_SET_DIGIT_SPACE_RE.findall(line.text)) for line in lines)
    if spaced < _MIN_SET_SPACES or spaced < 4 * sum(len(_BARE_DIGITS_RE.findall(line.text)) for line in lines):
        return lines
    return [replace(line, text=_SET_DIGIT_SPACE_RE.sub("", line.text)) if _SET_DIGIT_SPACE_RE.search(line.text) else line
            for line in lines]


# A page that sets spaces about its digits does so at a dozen places at least, and at four in five.
_MIN_SET_SPACES = 12
_SET_DIGIT_SPACE_RE = re.compile(_AT_RUN_EDGE.format(cjk=CJK, run="0-9", gap="[ ]"))
_BARE_DIGITS_RE = re.compile(_AT_RUN_EDGE.format(cjk=CJK, run="0-9", gap=""))


def looks_wrapped(lines: list[str], column: float | None = None) -> bool:
    """True for column-wrapped text: many lines of one short width, almost none long.
    `column`: the page's `column_width`, where the caller has it."""
    widths = [display_width(line.strip()) for line in lines if line.strip()]
    if len(widths) < 8:
        return False
    column = column_width(lines) if column is None else column
    # Wrapped by letter count, a line's width varies with its half-width digits and marks: the
    # more so, the wider the column (a one-column page of a PDF, copied, wraps at 30 to 45).
    at_column = sum(1 for width in widths if abs(width - column) <= max(1.5, column * 0.1))
    long_lines = sum(1 for width in widths if width > max(30, 2 * column))
    # Past the column only headlines stand, set across it: where lines past it are as many as
    # lines at it, the lines at it are headlines of one length (a short list of items), not a wrap.
    past_column = sum(1 for width in widths if width > column * 1.25 + WRAP_SLACK)
    return MIN_WRAPPED_COLUMN <= column <= MAX_WRAPPED_COLUMN and at_column / len(widths) >= 0.35 \
        and long_lines / len(widths) < 0.1 and past_column < at_column


MAX_WRAPPED_COLUMN = 50
# No newspaper column is narrower: lines of five or seven letters are a poem's, not a wrap.
MIN_WRAPPED_COLUMN = 8


def column_width(lines: list[str]) -> float:
    """The width of a full line of the column: the most common line width."""
    widths = Counter(round(display_width(line.strip())) for line in lines if line.strip())
    return float(max(widths.items(), key=lambda pair: (pair[1], pair[0]))[0]) if widths else 0.0


def _starts_block(line: str) -> bool:
    """Lines that always begin a new logical line, whatever came before."""
    return bool(DATELINE_RE.match(line) and line.lstrip().lstrip("据").startswith(("本报", "本刊", "新华社", "中新", "央视网", "人民网"))
                or BOXED_BYLINE_RE.match(line) or CAPTION_START_RE.match(line) or MD_HEADING_RE.match(line)
                or line.startswith(("——", "●", "■")) or opens_form_field(line))


PARTICLE_OPENINGS = "的们"  # letters that never open a sentence or a headline (`的哥` aside)
# A bracket that glosses the word before it (`三百万美元` / `（1美元约合7元人民币）的…`), then a
# particle: no more an opening than the particle alone.
_GLOSS_THEN_PARTICLE_RE = re.compile(r"^[（(][^（）()]{1,30}[）)][的们]")
_NAME_CUT_RE = re.compile(r"[\u4e00-\u9fff]·[\u4e00-\u9fff]{0,2}$")  # a line ending inside a name (`亚历山大·菲`)
_NAME_GOES_ON_RE = re.compile(r"·[\u4e00-\u9fff]")  # a line going on with a name's next part (`·罗德里格斯`)
WRAP_SLACK = 2.0  # wrapped by width, a line ends short where the next letter or word did not fit
EXACT_SLACK = 0.5


# Adverbs that need their subject before them: no sentence, so no paragraph or headline, opens on one.
_SUBJECT_BEFORE_RE = re.compile(r"^(?:将于|将在|将会|将从|已于|已经|已在|正在|仍在|仍将|并于|并将|也将|还将|均已|均将)")
JOINING_CONJUNCTIONS = {"和", "与", "及", "以及", "或"}  # they join two nouns: `中国文化` / `和中国发展`


def _number_goes_on(previous: str, following: str) -> bool:
    """`…在两年内提供20` / `亿美元…`, `…新中国成立70` / `周年，…`, `…于今年7月15` / `日至…`: a
    number's magnitude or unit, or a date's, after a line that ends on its digits opens no line
    of its own; nor does a day after a line that ends on its month (`自今年1月1日至今年12月` /
    `31日，…`)."""
    if _MONTH_END_RE.search(previous) and _DAY_START_RE.match(following):
        return True
    if not previous[-1:].isdigit():
        return False
    if following[:1] in NUMBER_TAIL_OPENINGS or following.startswith("周年"):
        return True
    first = words.tag(following[:4])[:1]
    return bool(first) and first[0][1] == "q"  # a measure word (`名医生…`, `家企业…`)


NUMBER_TAIL_OPENINGS = "亿万千百余多%％年月日号时"
_MONTH_END_RE = re.compile(r"(?<!\d)\d{1,2}月$")
_DAY_START_RE = re.compile(r"\d{1,2}[日号]")


def _holder_named_next(previous: str, following: str) -> bool:
    """`…区生态环境局局长` / `王建国介绍，…`, `…利马大学教授` / `马修·科尔曼…`: a line that ends
    on a post, over a line that opens with a person's name, the post's holder; or on a post and
    the first letters of a foreign name whose next part opens the line under it."""
    if _POST_THEN_NAME_START_RE.search(previous) and _FOREIGN_NAME_START_RE.match(following):
        return True  # the wrap fell inside the holder's foreign name (`…工商总会主席卡塔` / `莉娜·罗德里格斯…`)
    if not _POST_END_RE.search(previous):
        return False
    first = words.tag(following[:8])[:1]
    return bool(first) and (first[0][1].startswith("nr") or bool(_FOREIGN_NAME_START_RE.match(following)))


def _frame_closes_next(previous: str, following: str) -> bool:
    """A line that opens a frame over a line whose first clause closes it: the frame of `在`
    (`…副县长王建国在参加帮扶工作` / `座谈会时说，…`, `在推动“群众来信件件有回音”` / `制度落实过程中，…`),
    or one that opens the line (`随着两地共建产业园区的建成` / `正式运营，…`) and a comma closes."""
    if not _CLAUSE_END_RE.match(following) or not ("在" in previous or any(
            preposition in previous[:_FRAME_OPENING_LETTERS] for preposition in FRAME_PREPOSITIONS)):
        return False  # most lines: no need to tag them
    tagged = words.tag(previous)
    if any(word in FRAME_PREPOSITIONS for word, _ in tagged[:3]):
        return True
    return "在" in previous and bool(_FRAME_CLOSE_RE.match(following)) and any(
        word == "在" and tag == "p" for word, tag in tagged)


# Prepositions that open an adverbial a comma closes (`随着…，`, `通过…，`, `截至…，`).
FRAME_PREPOSITIONS = frozenset({"随着", "通过", "根据", "按照", "为了", "对于", "作为", "面对", "围绕", "针对", "经过",
                                "由于", "自从", "截至", "截止"})
_FRAME_OPENING_LETTERS = 8  # the first three words of a line, where a frame's preposition opens it
_CLAUSE_END_RE = re.compile(r"^[^，。；：！？“”、,;:!?]{1,12}?[，,]")
_FRAME_CLOSE_RE = re.compile(r"^[^，。；：！？“”、,;:!?]{1,12}?(?:时|中|下|上|后|前|里|期间|之际)(?:说|表示|指出|强调|介绍)?[，,]")
_POST_END_RE = re.compile(POSTS + r"$")
_FOREIGN_NAME_START_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]")
_POST_THEN_NAME_START_RE = re.compile(POSTS + r"[\u4e00-\u9fff]{1,3}$")


def _echoed_below(line: str, following: str) -> bool:
    """A line whose words the first clause of the next line says again (`从党群服务中心“上新”说起`
    / `说到党群服务中心，…`, `城南物业给电梯装上“智慧大脑”` / `江州市城南物业服务有限公司…`):
    a headline over the lead that takes up its subject. A sentence names a thing again in a
    later clause or sentence, not in the clause that goes on from it."""
    return _says_again("".join(_HAN_RUN_RE.findall(line)), _FIRST_CLAUSE_RE.match(following).group())


def _says_again(letters_run: str, text: str) -> bool:
    """Whether `text` holds ECHO_LETTERS letters of `letters_run` in a row."""
    return any(letters_run[start:start + ECHO_LETTERS] in text for start in range(len(letters_run) - ECHO_LETTERS + 1))


ECHO_LETTERS = 4
_HAN_RUN_RE = re.compile(f"[{CJK}]+")
_FIRST_CLAUSE_RE = re.compile(r"[^，。、；：！？,;:!?]*")


def _headline_over_lead(line: str, text: str) -> bool:
    """Whether `text` opens as a news lead (`近日，…`, who and then the day: `区交通局今天介绍，…`)
    and its first sentence says again a run of ECHO_LETTERS letters or digits of `line`. A
    sentence may say its own words again (`江州职院的学徒班由江州` / `职院与企业共建，学徒班…`), but
    one that goes on from the line above does not open as a lead."""
    if not (_STORY_OPENING_RE.match(text) or _opens_with_who_then_day(text)):
        return False
    sentence = _FIRST_SENTENCE_RE.match(text).group()
    return any(_says_again(run, sentence) for run in _LETTER_OR_DIGIT_RUN_RE.findall(line))


_FIRST_SENTENCE_RE = re.compile(r"[^。！？!?]*")
_LETTER_OR_DIGIT_RUN_RE = re.compile(f"[{CJK}0-9A-Za-z]+")


def _opens_joining_nouns(line: str) -> bool:
    """A line whose first word is a conjunction that joins nouns: the tail of a phrase. So is
    one that opens on `兼` alone, which joins one person's two posts (`…使馆文化参赞` /
    `兼民间艺术展策展人…`; not `兼顾`, `兼任`)."""
    if line[:1] not in "和与及以或兼":
        return False  # most lines: no need to tag them
    first = words.tag(line[:6])[:1]
    return bool(first) and (first[0][0] == "兼" or (first[0][0] in JOINING_CONJUNCTIONS and first[0][1] == "c"))


def _continues(buffer: list[str], following: str, blank_between: bool, width: float, blanks_part: bool = False,
               opens_paragraph: bool = False, opens_page: bool = False, indent_lost: float = 2.0,
               indented_page: bool = False, slack: float = WRAP_SLACK, raw_width: float = 0.0,
               blank_parted: bool = False, under_speaker: bool = False, under_heading: bool = False,
               letter_count_wrap: bool = False, after_cut: bool = False, unbracketed: str = "",
               under_header_line: bool = False, after_story_end: bool = False, under_kicker: bool = False,
               by_width: bool = False, following_width: float | None = None, indent_width: float = 0.0,
               paragraph_under: bool = False, ahead: Callable[[], str] | None = None,
               subtitle_under: Callable[[], bool] | None = None) -> bool:
    """Whether physical line `following` carries on the logical line in `buffer`.

    `blanks_part`: no blank line on the page falls inside a paragraph. `opens_paragraph`: the
    buffer's first line came right after a finished sentence, with no blank line between;
    `opens_page`: it is the page's first line. `indent_lost`: how much narrower than the column
    a paragraph's first line is on this page (the indent the copy dropped). `indented_page`: the
    page indents its paragraphs, so `following` (not indented) opens none. `slack`: how much
    narrower than the column a line that wraps can be on this page (`wrap_slack`); `raw_width`:
    the last line's width with the spaces at its ends, which a wrap also fills. `blank_parted`:
    the page sets a blank line after every paragraph (`parts_paragraphs_by_blanks`); `under_speaker`:
    the line before the buffer names who speaks in a round-up's part, over the part's heading;
    `under_heading`: the line before the buffer is a short line with no mark (a kicker, a heading);
    `letter_count_wrap`: the copy was wrapped by letter count alone (`_ignores_line_rules`);
    `after_cut`: the buffer's first line came right after a paragraph of text that ended with
    no stop, cut off (`…切实着力提升劳动者就业技能，促进就`); `unbracketed`: the page's text
    with its brackets left out (`_unbracketed_text`); `under_header_line`: the line before the
    buffer is one line with no mark that ends no sentence, however wide (a headline);
    `after_story_end`: the line before the buffer closes a story (`closes_story`); `under_kicker`:
    the line before the buffer is such a header line, wider than the column, that leads on with a
    dash (`…获得者王芳——`); `by_width`: the copy's lines were filled to the column's width
    (`fills_by_width`);
    `following_width`: the width of `following` as wrapped, the spaces at its ends counted;
    `indent_width`: the width of the spaces that open the last line (its indent: spaces at its
    end, after a stop, are the next paragraph's indent run in, no part of its fill);
    `paragraph_under`: the line under `following` is indented, a paragraph's first, or
    `following` is the page's last line."""
    previous = buffer[-1]
    previous_width = _wrapped_width(previous, by_width)
    hangs = not letter_count_wrap  # a copy wrapped by letter count alone lets no closing mark hang past the edge
    so_far = "".join(buffer)
    inside_pair = open_pair(so_far)
    if following[:1] in LINE_START_FORBIDDEN or not following.strip("—- "):
        # Closing marks never open a line of their own (禁则): the wrap fell before one; nor does
        # a dash alone open a subtitle (`面对这份沉甸甸的嘱托，他感到压力` / `——`).
        return True
    if len(buffer) == 1 and form_header(previous):
        return False  # a form's header field (`标题：…`, `【引题】…`) is a line of its own, as its label says
    if _next_list_item(buffer[0], following):
        return False  # `一、听取和审议…工作报告` / `二、听取…`: the next item of a numbered list opens a line
    if _fills_column(previous, width, by_width) and not ends_sentence(previous) and (
            following[:1] in PARTICLE_OPENINGS or _GLOSS_THEN_PARTICLE_RE.match(following)
            or _NAME_CUT_RE.search(previous) or _NAME_GOES_ON_RE.match(following)
            or (blank_between and previous.endswith("的")) or _opens_joining_nouns(following)
            or _number_goes_on(previous, following) or _holder_named_next(previous, following)
            or _frame_closes_next(previous, following) or _SUBJECT_BEFORE_RE.match(following)):
        # `县馆新近征集的清代木刻年画上所描绘` / `的“门神”“灶君”…`: no paragraph or headline opens
        # on a structural particle (nor on a gloss in brackets and one), on a conjunction that
        # joins nouns (`和城市发展的报道。`) or on an adverb whose subject comes before it
        # (`…传播中心（北城分部）` / `将于5月23日起开展…`), and
        # none ends inside a foreign name (`…副主任卡洛斯·门` / `多萨表示，…`, `…经济学家胡安` /
        # `·罗德里格斯表示，…`), on a number whose unit the next line opens (`…提供20` / `亿美元…`),
        # on a post whose holder the next line names (`…办公室主任` / `王建国介绍，…`), inside a frame
        # that the next line closes (`…在参加帮扶工作` / `座谈会时说，…`, `随着…` / `正式运营，…`)
        # or, before a blank line, on `的` (`…加快了传统农业的`), so a full line goes on, across a
        # blank line too.
        return True
    if following.startswith("——") and inside_pair:
        return True  # a dash inside an open quotation (`“众志成城、抗洪救灾` / `——书法家在行动”`) is no subtitle
    if following.startswith("——") and not blank_between and not ends_sentence(previous) and not _headline_with_tag(so_far) \
            and width - 0.5 <= _wrapped_width(previous, by_width) <= width + 1 \
            and (width - 0.5 <= _wrapped_width(following, by_width) <= width + 1 or (ends_sentence(following) and _comma_in(previous))):
        # Two full lines (a closing mark may hang past the edge): a dash that fell at a wrap
        # (`阿依又投入了新的“战斗”` / `——每天在网络平台上解答`); a subtitle is set unwrapped, its
        # own length, under a headline of its own length. Under a full line of text, a line
        # that ends a sentence ends its paragraph (`阿依心里一动，做了个决定：` /
        # `——“回国去！帮家乡抗洪！”`). A line that closes on a column tag is a headline over its
        # subtitle (`坚决整治会多文多顽疾（江州观点）` / `——让基层干部把精力用在办实事上②`).
        return True
    full_with_indent = previous_width + indent_width >= width - 1  # a paragraph's first line fills the column with its indent
    if following_width is None:
        following_width = _wrapped_width(following, by_width)
    if indented_page and ends_sentence(previous) and full_with_indent and not is_wide(previous, width) \
            and not _starts_block(following) and not _no_text_line(following, following_width, width, slack, hangs, by_width) \
            and not (paragraph_under and (_ENDS_ON_LETTER_RE.search(following) or (
                _headline_with_tag(following) and not following.startswith(("（", "("))))):
        # A sentence ended at the wrap (its stop may hang past the edge); a new paragraph would be
        # indented. But a line that ends on a letter or closes on a column tag over a paragraph's
        # first line, or as the page's last, ends no text: it is a headline as wide as the column
        # (`青山镇新建高标准农田一万二千亩` on a column of 16) or nearly (`…良田（乡村振兴）`). A
        # line wholly in brackets there is the story's note (`（本报记者 王明）`).
        return True
    if indented_page and paragraph_under and not blank_between and is_phrase_headline(following) and not inside_pair \
            and any(mark in so_far for mark in "，。；") and min(map(len, following.split())) >= 3:
        # On a page that indents its paragraphs, a line of phrases parted by a space, flush over a
        # paragraph's first line, is a headline, even under a paragraph of text cut off with no stop
        # (the page's copy ended inside it: `…文化旅` / `青山镇一季度 消费回暖势头强劲` / `  本报讯…`).
        # A header line goes on into it, and so does a post cut off by the wrap before a name
        # (`…区委党校副` / `校长  王明`): a headline's phrases are three letters or more.
        return False
    if blank_parted and not blank_between and ends_sentence(previous) and full_with_indent and not is_wide(previous, width) \
            and not _stands_apart(following) and not _no_text_line(following, following_width, width, slack, hangs, by_width):
        return True  # likewise where a blank line, which is missing here, would part a new paragraph
    if DISTRIBUTION_RE.match(following) and not (_fills_column(previous, width, by_width) and words.crosses_boundary(previous, following)):
        return False  # a bulletin's distribution line (`报：市委办公厅`), unless a wrap cut `日报` there
    if _starts_block(following) or ends_sentence(previous) or _PHOTO_CREDIT_END_RE.search(so_far[-CREDIT_TAIL:]) \
            or CONTENTS_LINE_RE.match(so_far):
        # A photo credit closes its caption (`图为…。记者 孙丽 摄`), however wide, a signature its
        # brief (`…。（记者 王磊）`), and a page number a line of a front page's contents
        # (`区政协召开专题协商会 为优化营商环境建言献策　2版`).
        return False
    if is_box_label(following) and not inside_pair:
        return False  # a box's label (`核心阅读`, `开栏的话`) is a line of its own, never a headline's wrap
    dateline = DATELINE_RE.match(so_far)  # read once: the dateline that runs on is tested below too
    if dateline and dateline.end() >= len(so_far.rstrip()):
        # A dateline alone on its line (`本报青山5月6日电` / `（记者王敏、李强）2020…`) goes
        # on into its reporters' bracket and its text: no paragraph ends right after its dateline.
        return True
    if display_width(following) < width - 2 and is_role_byline(following) and not inside_pair:
        # `本报记者 徐 隽` under a headline: a short line of its own, not the headline's tail (but
        # `（新华社北京4月30日电` / `记者李向东）` is one bracket).
        return False
    if len(buffer) == 1 and not inside_pair and is_affiliation_byline(previous) \
            and not (_fills_column(previous, width, by_width) and NAME_TAIL_RE.fullmatch(following)):
        # A writer's line (`江州师范大学法学院副教授 李 明`) is a line of its own, even where it fills
        # the column, unless the wrap cut the name (`…律师 周文` / `斌`).
        return False
    if len(buffer) == 1 and previous.startswith("——") and not _fills_column(previous, width, by_width) \
            and not is_wide(previous, width) and not full_with_indent:
        # A subtitle (`——写在全国助残日前`) short of the column is a line of its own; a dash line
        # that fills it with its indent opens a paragraph (`  ——中国将建立30个…` / `合作机制，…`).
        return False
    if len(buffer) == 1 and previous.startswith("——") and under_header_line and not inside_pair \
            and not words.crosses_boundary(previous, following):
        # Under a headline line, a dash line is its subtitle, set its own length: one as wide as
        # the column (`——金山街道奥园社区“乱象”之变的背后`) ends there too.
        return False
    if under_kicker and len(buffer) == 1 and not inside_pair and not PUNCTUATION_RE.search(previous) \
            and (PUNCTUATION_RE.search(following) or following.startswith("“")):
        # Under a kicker set wider than the column that leads on with a dash (`2023年“最美社区工作
        # 者”获得者王芳——`), the headline with no mark ends where a line with a clause mark follows,
        # however wide it is (`争做居民身边的“贴心人”` on a column of 12), or where a quotation opens
        # the next line (`“老人们在家门口…`): that line is the text's first. (A section's short label with
        # a dash, `着眼长远——`, runs on into its text.)
        return False
    if under_heading and len(buffer) == 1 and not inside_pair and is_phrase_headline(previous) \
            and not DATELINE_RE.match(previous) and _CLAUSE_MARK_RE.search(following) \
            and not _wrap_inside_word(previous, following):
        # Under a kicker (`深耕产教融合 贯通国际合作`), a line of phrases parted by a space is the
        # headline, as wide as the column too (`江州职业学院 探索跨境电商人才培养新路` on a column
        # of 19): the line with clause marks under it is the text's first.
        return False
    stands_alone = len(buffer) == 1 and (opens_paragraph or opens_page)
    if stands_alone and not inside_pair and is_speaker_line(previous) and not DATELINE_RE.match(previous) \
            and not words.crosses_boundary(previous, following) and not _says_next(previous, following):
        # Who speaks in a round-up's part (`区法学会民商法研究会会长王立明`), after a finished
        # sentence: a line of its own over the part's heading, even where it fills the column;
        # but the sentence goes on where the next line says what the speaker did (`介绍，…`),
        # and a dateline opens a story's text (`本报讯 江州职业学院教师潘雨辰` / `日前获评…`).
        return False
    if stands_alone and not inside_pair and HEADING_OF_CLAUSES_RE.match(previous) and not previous.startswith("——") \
            and not _STORY_OPENING_RE.match(previous) and not open_pair(following) and following_width < width - 2 \
            and _no_text_line(following, following_width, width, slack, hangs, by_width) and not ends_sentence(following) \
            and not words.crosses_boundary(previous, following):
        # A heading of two clauses opening the page or after a finished sentence, over a line with
        # no mark two letters or more short of the column (`江州深化医共体建设，打通群众就医堵点` /
        # `十五分钟就医圈覆盖全区城乡`): a kicker over its headline, each a line of its own, even where
        # the kicker fills the column. No paragraph's first line is followed by a last one that ends
        # no sentence; a line a letter short may have lost an opening mark to the next (`…区委宣传部` / `（…`).
        return False
    if stands_alone and not inside_pair and subtitle_under is not None and _fills_column(previous, width, by_width) \
            and (not PUNCTUATION_RE.search(previous) or HEADING_OF_CLAUSES_RE.match(previous)) \
            and not _waits_for_next(previous, width, by_width) and not _stands_apart(previous) \
            and not _wrap_inside_word(previous, following) and subtitle_under():
        # A headline exactly as wide as the column after a finished sentence, over a subtitle of
        # two lines or more (`建好口袋公园，留住城市绿意` / `拆违建、补绿地、添座椅，让` / … /
        # `有处` / `今年以来，…`): its full line would run on into the subtitle, and the two would
        # read as a paragraph that ends on no stop.
        return False
    if under_speaker and len(buffer) == 1 and not inside_pair and not _fills_column(previous, width, by_width) \
            and not (indented_page and full_with_indent and not is_wide(previous, width)):
        # The part's heading under it (`审批提速，企业少跑腿`) ends short of the column; on a page that
        # indents its paragraphs, the text's first line under it fills the column with its indent
        # (an indented heading would open no line that goes on: the text's first line is indented too).
        return False
    if (blank_between and COLUMN_TAG_RE.search(so_far)) or (_headline_with_tag(so_far) and (stands_alone or (
            (opens_paragraph or opens_page or (under_heading and (previous_width > width or (
                _fills_column(previous, width, by_width) and not _bracket_holds_place_or_figure(so_far)))))
            and not PUNCTUATION_RE.search(so_far))) and not _bracket_named_in_text(so_far, unbracketed)):
        # A headline's column tag closes it (`物业条例，护航美好生活（法治视点）`); without a blank
        # line, where the line opens the page or stands after a finished sentence or under a
        # kicker, past the column or as wide as it (`再鼓一把劲` / `用更实举措推进乡村振兴（有的放矢）`;
        # a line as wide as the column that closes on a place or a figure in brackets is text:
        # `为期10天的江州—成都（双流区）`, `区政务服务中心今天（7号）`), or
        # where lines with no mark that stand there close on one
        # (`城南高铁站混凝土主体结构顺利封顶` / `抢工期更保质量（奋战在项目一线）`, each as wide as the column).
        # Without a blank line, a bracket whose words the page's text prints is a name's, no tag.
        return False
    if is_wide(following, width) and (not any(mark in following for mark in "，。；！？,;") or _headline_with_tag(following)):
        # A line wider than the column is a headline set across columns (a pull quote's is
        # punctuated), with a comma too where it closes on a column tag.
        return False
    if _headline_with_tag(following) and _past_hanging_mark(following, width):
        # So is a line that closes on a column tag past the edge by more than a hanging mark
        # (`浓浓为民情怀 感动全城网友（融媒台）` on a column of 16).
        return False
    if slack == EXACT_SLACK and len(buffer) == 1 and _past_letter_count(previous, width, hangs, by_width) and _fills_column(following, width, by_width):
        # Wrapped by letter count, no line of text is wider than the column: such a line over a
        # full line of the column is a headline over its text.
        return False
    if slack == EXACT_SLACK and _past_letter_count(following, width, hangs, by_width) and not any(mark in following for mark in "，。；！？,;"):
        # Likewise a line wider than the column under any line: a headline line of its own
        # (`区农商行助力小微企业加快数字化转型` under a headline line as wide as the column).
        return False
    if _headline_with_tag(so_far) and (is_wide(previous, width) or _past_hanging_mark(previous, width)
                                       or (slack == EXACT_SLACK and _past_letter_count(previous, width, hangs, by_width))):
        # A line wider than the column that closes on a column tag (`在家就医，困难家庭得实惠（一线看民生）`):
        # a headline, which no line of text under it continues.
        return False
    if is_wide(previous, width) or (_past_hanging_mark(previous, width) and (
            _PHRASE_SPACE_RE.search(previous) or _LETTERS_ONLY_RE.match(previous)) and not PUNCTUATION_RE.search(previous)):
        # A headline across columns wraps at its own width: its last line is no wider. Under a
        # headline with no comma, a full line of the column is the text (a wrap at the headline's
        # own width falls as wide as the column only by chance), and a headline closed by a
        # bracket (its column tag, however long: `…（在新征程上——代表委员话发展）`) or one
        # quotation is whole. A line of phrases parted by a space, past the column by more than
        # a hanging mark, is such a headline even where the space leaves it narrower
        # (`坚决落实“三农”政策 切实抓好春耕生产` on a column of 16), and so is a line of letters
        # alone (`区委召开常委会会议传达学习全国两会精神` on a column of 17). A copy that wraps
        # unevenly may set a line of text with a comma past the column, but inside a paragraph:
        # one alone after a finished sentence is a headline of clauses (`江州物流之困：一边订单
        # 爆满，一边司机难招`), and the full line under it is the text's.
        return not blank_between and not ends_sentence(following) and display_width(following) <= display_width(previous) \
            and not (_fills_column(following, width, by_width) and (not _comma_in(previous) or stands_alone)) \
            and not _closed_whole(previous)
    if blank_between and is_wide(buffer[0], width):
        return False  # no blank line falls inside a headline set across columns
    if inside_pair:
        return True  # an open bracket or quote always goes on
    if blank_between and is_phrase_headline(following):
        # After a blank line, an unpunctuated line whose phrases a space parts is a headline
        # (`区农商行携手抗疫 助力小微企业复产`), even on a page with blank lines inside paragraphs.
        return False
    if (stands_alone or (len(buffer) == 1 and after_cut)) and not DATELINE_RE.match(previous) and not is_role_byline(previous) and (
            _PHRASE_SPACE_RE.search(previous) or (not _waits_for_next(previous, width, by_width) and (
                ((not PUNCTUATION_RE.search(previous) or HEADLINE_COLON_RE.match(previous))
                 and (_STORY_OPENING_RE.match(following) or _echoed_below(previous, following)
                      or _opens_with_who_then_day(following)
                      or (_QUOTE_OPENING_RE.match(following) and not _SAYS_END_RE.search(previous))))
                or (HEADING_OF_CLAUSES_RE.match(previous) and not previous.startswith("——") and _STORY_OPENING_RE.match(following))))) \
            and not (width - 1 <= previous_width <= width + 0.5 and _wrap_inside_word(previous, following)):
        # After a finished sentence, a line whose phrases are parted by a space (`区农商行携手抗疫
        # 助力小微企业复产`), or an unpunctuated line over a story's opening (a lead that opens on
        # what someone said, `“去年开始，…`; on who and then the day, `国家主席王刚8日在…`;
        # `连日来，…`, a date
        # `2020年5月9日，…`, a year: `2017年起，…`; a headline's one colon too: `从田间到云端：寻找增收新路子`,
        # and a heading of two clauses: `守护群众健康，防疾病于未发` / `近段时间，…`),
        # is a headline, as wide as the column too (but no heading ends on a word that waits for
        # the next: `…从` / `2019年起，…`); unless it fills the column and the wrap fell inside a word (`王天翔 图片由…街道提` / `供`).
        # So it is after a paragraph cut off with no stop (a copy's page ended inside it).
        return False
    if after_story_end and len(buffer) == 1 and not PUNCTUATION_RE.search(previous) and not DATELINE_RE.match(previous) \
            and not words.crosses_boundary(previous, following):
        # After a story's closing note or credits (`（本报青山5月5日电）`, `本版制图：陈晓琳`)
        # the next story's header lines stand, whichever side of its text the page prints them:
        # a line with no mark there is a headline, even one exactly as wide as the column
        # (`蔬菜供应考验应急保障能力` on a column of 12), unless the wrap fell inside a word. A
        # headline wider than the column goes on in the line under it (`LogicalLine.full`).
        return False
    if _BRACKETED_WHOLE_RE.match(so_far):
        return False  # a line that is one bracket (`（本报记者王芳、李强整理）`): a closing note or byline
    if _ENDS_ON_NOTE_RE.search(previous):
        # A note in brackets after the paragraph's last sentence (`…好评。（刊于《江州通讯》第3期）`,
        # `…。（下转第二版）`) ends it, even where it fills the column: no text runs on after it.
        return False
    if len(buffer) == 1 and _PHOTO_CREDIT_LINE_RE.match(previous):
        return False  # a photo's credit on a line of its own (`新华社记者 李强 摄`) is the last of its caption
    if following[:1].isascii() and (following[:1].isalnum() or following[:1] == ".") \
            and _OPEN_ADDRESS_RE.search(previous) and not _ENDS_ON_ADDRESS_RE.search(previous):
        return True  # the wrap fell inside an address (`栏目投稿邮箱：jzrb2024@163.c` / `om`)
    if _is_credit(so_far) and (blank_between or following.endswith(_NOT_CREDIT_ENDS)
                               or (_ENDS_ON_ADDRESS_RE.search(previous) and _HAN_RUN_RE.match(following))
                               or not (_is_credit(following) or _fills_column(previous, width, by_width)
                                       or abs(raw_width - width) <= 1)):
        # A credit is a line of its own (`版式设计：丁立伟`), however narrow the column; without a
        # blank line it runs on only into the next credit or where it fills the column, the
        # spaces that indent it counted (`   图表设计：城南日报全媒体` / `平台`), never into a
        # line that asks, exclaims or leads on with a dash: a headline printed after its text
        # (`   制图：张 明  李 强` / `江州新城建设——` / `变化在哪里？`), nor from a whole address
        # into a letter (`栏目投稿邮箱：jzrb@163.com` / `把服务送到群众心坎上（一线行走）`).
        return False
    if blank_between and _is_credit(INLINE_PARAGRAPH_RE.split(so_far[-CREDIT_TAIL:])[-1]):
        # Likewise a credit that opens a paragraph inside the line (a text view's paragraphs
        # run together, parted by full-width spaces: `…亿元。　　数据来源：中共江州市委宣传部`).
        return False
    expected = width - (indent_lost if len(buffer) == 1 else 0)  # first lines of paragraphs may lose their indent
    filled = max(previous_width, raw_width)  # how much of the column the last line fills, as the wrap counted it
    if by_width and following[:1] in LINE_END_FORBIDDEN:
        filled += 1  # a typesetter moved the opening mark down from the line's end (`…拍摄了` / `“健康微课堂”…`)
    if stands_alone and previous.endswith("——") and previous_width <= width - 2:
        return False  # a kicker (`研究所最新监测显示——`) opening the page or after a finished sentence, short of the column
    if filled < expected - 2:
        # A short line ends its paragraph or headline, even where a word would span the join
        # (`版式设计：丁立伟` + `云观展：…`: names and headlines make such words by chance). The
        # spaces at its ends count where the wrap counted them (`   图表设计：城南日报全媒体` / `平台`).
        return False
    if slack == EXACT_SLACK and filled < expected - 1:
        # Wrapped by letter count, a wrap fills its line: a line a letter or more short ends
        # here, whatever word its end and the next line's start happen to make (`…防疾病于未发`
        # / `近段时间，…`: 发近 is no word, but the tokenizer can join them).
        return False
    if _LATIN_LETTER_RE.match(previous[-1:]) and _LATIN_LETTER_RE.match(following[:1]):
        # A line that fills the column but a letter ends inside a Latin word (`…打开江州通 Ap` /
        # `p，在首页…`): the wrap cut the word, where the copy counted a space it set apart.
        return True
    if slack == EXACT_SLACK and filled < expected - 0.5 and display_width(previous) + _first_word_width(following) <= width \
            and (letter_count_wrap or not (following[:1] in LINE_END_FORBIDDEN or _marks_moved_down(following))):
        # Half a letter's slack is for letters half a cell wide (digits, Latin): a line one letter
        # short of the column, with room for the next line's first letter or number however the
        # wrap counted, ends here (`建立台账动态监测，强化政策兜底` / `“贫困…`, `出发！（2024江州马拉松）` /
        # `近日，…`), unless the copy keeps the typesetter's rules that no line ends on an opening
        # mark, which pushes the mark to the next line, and that only one closing mark hangs past
        # the edge: where two would, the letter before them moves down with them (`…纳入低` / `保……`).
        return False
    if slack == EXACT_SLACK and by_width and following[:1] in LINE_END_FORBIDDEN \
            and max(previous_width, raw_width) + _width_to_take_up(following) <= width:
        # A typesetter moves an opening mark down only with no room for what follows it: a line
        # with room for the mark and the next letter too ends here (`让社工走进千家万户服务` on a
        # column of 13 / `“新基建”让城市…`). A paragraph's first line counts its indent.
        return False
    if words.crosses_boundary(previous, following):
        return True  # the break fell inside a word
    # A heading ends on a whole phrase; a line that stops on a word waiting for the next one
    # (`区发展改革委负责人表示，十条措施自` / blank / `印发之日起施行，…`) wraps across a blank line.
    if blank_between and len(buffer) == 1 and HEADING_OF_CLAUSES_RE.match(previous) and not words.ends_mid_phrase(previous) \
            and (blanks_part or previous_width < width - slack - 0.5):
        # `缺口不小，全区用工需求量剧增` alone before a blank line: a heading as wide as the column;
        # where blank lines also fall inside paragraphs, one short of where this page wraps
        # (`守护群众健康，防疾病于未发` on a page wrapped at 15 letters).
        return False
    if blank_between and len(buffer) == 1 and HEADLINE_COLON_RE.match(previous) and not words.ends_mid_phrase(previous):
        return False  # `从田间到云端：寻找增收新路子` alone before a blank line: a headline as wide as the column
    if any(mark in so_far for mark in "，。；！？：、,;"):
        return True
    if dateline and dateline.end() < len(so_far):
        # A dateline that runs on past its bracket (`本报讯（记者 王磊）3` / `月3日，…`) opens a
        # paragraph, never a headline: a full line of it wraps, across a blank line too (no
        # paragraph ends on no mark right after its dateline).
        return filled >= width - slack
    if stands_alone and previous[-1:] in "》”" and not blank_between and _wrapped_width(following, by_width) < width - 2 \
            and not PUNCTUATION_RE.search(following) and not ends_sentence(following):
        # A header line that closes a title or quotation at the column's edge (`自制广播评书节目《江州
        # 说事》`) over a short line with no mark (`评书说说两会新事`): a label over its heading, the
        # author's break. (A headline that a wrap cuts right after such a mark stands as two header
        # lines instead, which read as one header all the same.)
        return False
    # Headline-like so far (no punctuation). Across a blank line only a list goes on (`推广、…`:
    # no paragraph opens with the tail of an enumeration); `不久前，…` opens the next story.
    # A list item's number (`一、听取…`) opens a line of its own: it is no enumeration's tail.
    tail = None if ENUMERATED_HEADING_RE.match(following) else _OPENS_WITH_CLAUSE_TAIL_RE.match(following)
    if blank_between and not blanks_part and opens_paragraph and len(buffer) == 1 and previous_width >= width:
        # A full line right under the end of a paragraph, on a page with blank lines at random
        # breaks: the first line of the next paragraph, which goes on after the blank. Headlines
        # stand after a blank line, or under another headline line that ends no sentence.
        return True
    if blank_between and not blanks_part and len(buffer) >= 2 and all(_fills_column(line, width, by_width) for line in buffer):
        # Likewise lines that each fill the column (`江州北部是我市城乡发展整体布` / `局和现代产业体系建
        # 设中不可` / blank / `缺少的一环。…`): a headline breaks at its own width, not twice at the column's.
        return True
    if blank_between:
        # A clause can only end where it started: a line that opens with a verb and a comma
        # (`确立，其优质…`) finishes the clause above it, where `不久前，…` opens a story; so does
        # one that opens with a noun and a comma under a line that fills the column
        # (`提升山区乡镇地质灾害监测预警处置` / `能力，巩固…`).
        # Nor does a story or a section open on a sentence of a few words with no subject: a
        # full line goes on into the end of its sentence (`城市公园的功能随着居民需求` / blank /
        # `不断丰富。健身步道…`, `…发言后发表` / `重要讲话。…`); nor does a heading end on a word
        # that waits for the next one (`…的文创笔记本在` / blank / `读者中有口皆碑，…`).
        # But where the page sets a blank line after every paragraph and none inside one, a
        # full line over a noun and a comma is a headline as wide as the column, over a story
        # that opens on its subject (`…改善了城南老街居住环境` / blank / `茶叶，在…`).
        full = previous_width >= expected - 1
        return bool(tail) and (tail.group().endswith("、") or (full and _ends_clause_with_verb(
            tail.group(), nouns=not (blanks_part and blank_parted) and _fills_column(previous, width, by_width)))) \
            or (full and bool(_OPENS_WITH_SENTENCE_TAIL_RE.match(following))) \
            or (full and words.ends_mid_phrase(previous))
    if previous_width >= expected - 1 and tail:
        return True  # a full line, and the next one opens with the end of its clause
    if stands_alone and ahead is not None and not PUNCTUATION_RE.search(previous) and not _waits_for_next(previous, width, by_width) \
            and _fills_column(following, width, by_width) and not _headline_with_tag(following) \
            and _headline_over_lead(previous, following + ahead()):
        # A full line with no mark after a finished sentence, over a full line that opens a sentence
        # as a news lead does and says its words again (`江州城西今年新建公交首末站12个` /
        # `城西片区建设指挥部办公室负责人王` / `明今天介绍，今年片区新建公交首末站12个，…`): a headline
        # exactly as wide as the column over its lead. (A headline's second line is set short, or
        # closes on its column's tag.)
        return False
    return filled >= width - slack  # a full-width line wraps


# A headline's one mark: a colon between two unpunctuated parts (`区属院团：新剧目进一步增多`).
HEADLINE_COLON_RE = re.compile(r"^[^，。、；：！？,;:!?“”‘’（）()]{2,}[：:][^，。、；：！？,;:!?“”‘’（）()]{2,}$")
# A heading of two clauses parted by a comma, no other mark: `产能全开，全区全力保障蔬菜供应`. A
# paragraph's opening phrase (`日前，`, `3月5日，`) is shorter or dated.
HEADING_OF_CLAUSES_RE = re.compile(r"^(?!\d{1,2}月)[^，。、；：！？,;:!?“”‘’（）()]{3,}，[^，。、；：！？,;:!?“”‘’（）()]{2,}$")
_PHRASE_SPACE_RE = re.compile(r"[\u4e00-\u9fff”’》）)]\s+[\u4e00-\u9fff“‘《（(]")
PUNCTUATION_RE = re.compile(r"[，。、；：！？,;:!?]")
# An e-mail or web address at the end of a line, whole or cut off by the wrap.
_OPEN_ADDRESS_RE = re.compile(r"(?:[\w.+-]+@|(?:https?://|www\.))[\w./-]*$")
# A whole e-mail or web address at the end of a line: its domain closes on a top-level name.
_ENDS_ON_ADDRESS_RE = re.compile(r"(?:[\w.+-]+@|(?:https?://|www\.))[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}/?$")
_ENDS_ON_LETTER_RE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]$")
# Chinese letters and nothing else: no quotation mark, which a PDF sets narrow and a copy's
# line of text can run past the column with (`律服务园区行”“法治体检”和“法律三`).
_LETTERS_ONLY_RE = re.compile(r"^[\u4e00-\u9fff]+$")
_CLAUSE_MARK_RE = re.compile(r"[，、；：,;:]")


def _no_text_line(line: str, line_width: float, width: float, slack: float, hangs: bool, by_width: bool) -> bool:
    """A line (`line_width` wide as wrapped) that no paragraph carries on to: one past the column
    (by more than a hanging mark where the copy wraps exactly), a headline printed after the text
    (`江州区新建改建农村公路二百一十六公里` on a column of 16, under `乡村振兴提供有力的交通运输保障。`),
    or a line short of where the page wraps that no paragraph ends on: words with no mark
    (`校企合作育人才（江州观察）`, a kicker `截至10月底`; an ellipsis's second half, `…`, is none),
    or a headline closing on its column's tag after an exclamation (`出发！（江州马拉松）`): a
    paragraph's last line ends on a stop, a photo's credit on its agency (`李 明摄（江州影像）`)."""
    if is_wide(line, width) or (slack == EXACT_SLACK and _past_letter_count(line, width, hangs, by_width)):
        return True
    return line_width < width - slack and len(letters(line)) >= 2 \
        and (not PUNCTUATION_RE.search(line) or (_headline_with_tag(line) and not _PHOTO_CREDIT_LINE_RE.match(line)))


def _waits_for_next(line: str, width: float, by_width: bool) -> bool:
    """A line that stops on a word needing the next one (`…十条措施自`), or that fills the column
    and stops on `的` (`…是为即将举行的` / `全区大会作准备。`): a headline may end on `的`
    (`奋斗的青春最美丽的`), but set as wide as the column, the wrap cut its phrase."""
    return words.ends_mid_phrase(line) or (line.endswith("的") and _fills_column(line, width, by_width))


def _wrap_inside_word(line: str, following: str) -> bool:
    """Whether the wrap after `line` fell inside a word. After a phrase of a headline's length
    that a space sets apart, or over a story's opening (`近段时间，…`), only a word of the
    dictionary tells (`…街道提` / `供…`): a headline's last word and the text's first make an
    unknown word by chance (`…助力小微企业复产` / `新冠肺炎疫情…`, `…防疾病于未发` / `近段时间，…`).
    After a letter or two set apart, a name is cut (`本报编辑  郑` / `柯岩…`); digits on both
    sides are one number or date (`…2023年1` / `1月3日，…`, `…2016年` / `6月3日，…`)."""
    if following[:1].isdigit() and (line[-1:].isdigit() or _YEAR_END_RE.search(line)):
        return True
    if (_PHRASE_SPACE_RE.search(line) and len(line.split()[-1]) >= HEADLINE_PHRASE_LETTERS) or _STORY_OPENING_RE.match(following):
        return words.crosses_dictionary_word(line, following)
    return words.crosses_boundary(line, following)


HEADLINE_PHRASE_LETTERS = 4
_YEAR_END_RE = re.compile(r"\d年$")


def is_phrase_headline(line: str) -> bool:
    """An unpunctuated line of phrases parted by a space, a headline's shape
    (`区农商行携手抗疫 助力小微企业复产`)."""
    return bool(_PHRASE_SPACE_RE.search(line)) and not PUNCTUATION_RE.search(line)


# Words that open a story's first paragraph and hardly ever stand mid-sentence (a date such as
# `4月30日` does: `截至` / `4月30日，…`).
# A caption's last sentence signed by its photographer: `。记者 孙丽 摄`, `。通讯员刘春燕摄`, `。孙丽 摄`;
# a brief's, by its reporters: `…整改隐患12处。（记者 王磊）`.
_PHOTO_CREDIT_END_RE = re.compile(
    r"[。！？]\s*(?:(?:本报|特约|新华社)?(?:记者|通讯员|实习生|摄影记者|摄影)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*"
    r"|[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s)\s*摄$"
    rf"|[。！？”]\s*{REPORTERS_BRACKET}$")
# A photo's credit, with the name spaced to two letters' width (`李 明摄`) and the photo column's
# or agency's tag after it (`（江州影像）`, `（新华社发）`).
_PHOTO_CREDIT_LINE_RE = re.compile(r"^(?:(?:本报|新华社|特约)?(?:摄影)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,4})*"
                                   r"(?:\s+摄|\s*摄[（(][^（）()]{1,12}[）)])$")
_NOT_CREDIT_ENDS = ("——", "？", "！", "?", "!")  # how no credit's names end
CREDIT_TAIL = 80  # a credit at the end of a line is read in its last letters, not in the whole paragraph so far
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")  # a letter of a Latin word, which a wrap by letter count may cut
INLINE_PARAGRAPH_RE = re.compile(r"(?<=[。！？”）])\s{2,}")  # paragraphs run together, parted by full-width spaces
_STORY_OPENING_RE = re.compile(r"^(?:近日|日前|近期|近段时间|近一段时间|连日来|今年以来|当地时间|(?:不久前|前不久|近年来|近几年来?|近些年来?)[，,]|截至[^，。,]{1,10}[，,]|(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]"
                               r"|\d{4}年(?:起|以来|初|底)?[，,]|(?:今年|去年|\d{4}年)\d{1,2}月(?:初|上旬|中旬|下旬|底)?[，,])")


# A news lead says who did what and when: the day comes in its opening clause, after who
# (`区长王刚今天下午在…会见`, `市政协主席王华10号在…`). A section goes on with the story it is in.
LEAD_DAY_RE = re.compile(r"^(?P<who>[^。！？，,]{0,30}?)(?:今天|昨天|今日|昨日|当地时间|近日|日前|(?<![\d第])\d{1,2}日"
                         r"|(?<![\d第])\d{1,2}号(?![楼线院路门栋室车位机台桥井库文令店馆站口厅船舰星]))")


def _opens_with_who_then_day(line: str) -> bool:
    """A line that opens as a news lead does, with who and then the day (`国家主席王刚8日在…`,
    `今天，…`, `7号，…`). Who is three letters or more (`…多元化调解` / `中心5日发布…` ends a
    name), with the day right after it and no quotation before it: a preposition before the day
    or before who (`科普主题` / `云晚会于5月20日推出`, `在今天的通报会上说`) or a quotation that opens
    on the day (`…告诉` / `记者：“4日凌晨，…`) goes on with a sentence the line above began, and
    so does a line that opens in digits, a date the line above began (`…于5月30日至6月` /
    `1日在…`, `…将于今年` / `10月8日至12日…`), unless a comma follows its day (`7号，…`)."""
    match = LEAD_DAY_RE.match(line)
    if not match:
        return False
    who = match["who"]
    if not who:
        return not line[:1].isdigit() or line[match.end():match.end() + 1] in "，,"
    subject = _MONTH_END_RE.sub("", who)  # `国家主席王刚4月` before `30日`
    return not who[:1].isdigit() and len(letters(subject)) >= LEAD_WHO_LETTERS and "“" not in who \
        and subject[:1] not in "在于从对向" and not subject.endswith("于")


LEAD_WHO_LETTERS = 3
_MONTH_END_RE = re.compile(r"\d{1,2}月$")


# A lead that opens on what someone said (`“去年开始，我跨村…`): a quotation with a clause mark
# before it closes, unlike a quoted term (`“门神”`); a line of text before it would end on who
# spoke (`…村支书说`) or lead on with a dash (`…写着这样一句话——`).
_QUOTE_OPENING_RE = re.compile(r"^“[^”]{1,30}?[，。！？：；]")
_SPEECH_VERBS = "介绍|表示|说|认为|指出|强调|坦言"  # also in `_SAYS_RE`
_SAYS_END_RE = re.compile(rf"(?:{_SPEECH_VERBS}|道|感慨|称|问|答|回忆|——)$")


def opens_like_story(text: str) -> bool:
    """Whether a paragraph opens as a story's first one does (`近日，`, `今年以来，`, `3月8日，`)."""
    return bool(_STORY_OPENING_RE.match(text))


def opens_on_the_day(text: str) -> bool:
    """Whether a paragraph opens as a news lead, on the day something happened (`3月5日，`, `近日，`)
    or on who and then the day (`区教育局5日召开…`); a report's period (`今年以来，`) is no day."""
    return bool(_DAY_OPENING_RE.match(text)) or _opens_with_who_then_day(text)


_DAY_OPENING_RE = re.compile(r"^(?:近日|日前|(?:\d{4}年)?\d{1,2}月\d{1,2}日)")


def leads_as_news(item: Item) -> bool:
    """A paragraph that opens as a news lead: on its dateline (`本报讯…`) or on the day
    (`opens_on_the_day`). A bulletin's numbered item stands over one; a report's section does not."""
    return item.role == "para" and (is_dateline_para(item) or opens_on_the_day(item.text))


_BRACKETED_WHOLE_RE = re.compile(r"^[（(][^（）()]*[）)]$")
# A note in brackets after a sentence's stop: a writer's name, where the story was printed, or
# the wire's mark that it ends (`（完）`, the one such note of a letter).
_ENDS_ON_NOTE_RE = re.compile(r"[。！？!?][”’」]?[（(](?:完|[^（）()]{2,40})[）)]$")
LINE_START_FORBIDDEN = set("”’）》」』】〕，。、；：！？,.;:!?")
LINE_END_FORBIDDEN = set("“‘（《「『【〔")
HANGING_MARKS = LINE_START_FORBIDDEN | {"…"}  # an ellipsis, which no line opens on either, hangs too
_OPENS_WITH_CLAUSE_TAIL_RE = re.compile(r"^[^，。、；：！？“”‘’\s]{1,3}[”’）」』]?[，、；：。！？]")
# The end of a sentence cut at a wrap: a few words, then its stop (`不断变迁。`).
_OPENS_WITH_SENTENCE_TAIL_RE = re.compile(r"^[^，。、；：！？“”‘’\s]{1,8}[”’）」』]?。")


def _first_word_width(line: str) -> float:
    """The width of what opens a line (`_first_word`)."""
    return display_width(_first_word(line))


def _first_word(line: str, start: int = 0) -> str:
    """What opens a line from `start` that no wrap parts: a number or Latin word whole (a wrap
    keeps `1918` on one line), else its first letter."""
    half_width = _HALF_WIDTH_WORD_RE.match(line, start)
    return half_width.group() if half_width else line[start:start + 1]


_HALF_WIDTH_WORD_RE = re.compile(r"[0-9A-Za-z.%]+")


def _width_to_take_up(line: str) -> float:
    """The room a line above needs to take up the opening of `line`, which opens on an opening
    mark: the marks and the word after them, which no wrap parts, and the closing marks after the
    word but one, which may hang past the edge (`“链”，` needs three letters' room)."""
    marks = len(line) - len(line.lstrip("".join(LINE_END_FORBIDDEN)))
    word = _first_word(line, marks)
    after = line[marks + len(word):]
    closing = after[:len(after) - len(after.lstrip("".join(LINE_START_FORBIDDEN)))]
    return display_width(line[:marks] + word + closing) - display_width(closing[-1:])


def _ignores_line_rules(lines: list[str], width: float) -> bool:
    """A copy wrapped by letter count alone: some line under a full line of the column (`width`
    letters, counted as such a wrap counts them) opens on a closing mark (`，心情和年轻时…`, `”`),
    which a typesetter never sets at a line's start (禁则). Under a short line, or indented, a
    line so opening is a paragraph of the source's own (`（详情请点击链接：` / `）…`, the link
    between the brackets lost), no wrap."""
    return any(len(previous.strip()) >= width and line.strip()[:1] in LINE_START_FORBIDDEN and not is_indented(line)
               for previous, line in zip(lines, lines[1:]))


# A sentence's verb of speech right after its speaker: `…副处长莫良` / `介绍，巡回医疗队…`, also
# to whom (`…局长王建华` / `向本报记者表示：…`, `接受本报记者采访时表示，…`, `告诉记者，…`).
# Or an interview with no reporter named (`接受本报采访称，…`).
_SAYS_RE = re.compile(rf"^(?:(?:(?:向|对|接受)(?:本报|新华社)?(?:记者(?:采访时?)?|采访时?))?(?:{_SPEECH_VERBS}|称|透露|解释|建议)"
                      r"|告诉(?:本报)?记者)[，,：:]")
NAME_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")  # the end of a name the wrap cut
_TO_WHOM_LEADS = ("向", "对", "接受")  # the words before whom the speaker told: `向本报记者表示，…`
# A line that ends inside the last part of a name from another language (`…会长安娜·科瓦列`).
_FOREIGN_NAME_END_RE = re.compile(r"[\u4e00-\u9fff]·[\u4e00-\u9fff]{1,4}$")


def _says_next(previous: str, following: str) -> bool:
    """Whether `following` says what the speaker named at the end of `previous` did (`介绍，…`).
    The wrap may fall inside the words that say to whom (`…区委副书记夏明对` / `本报记者表示，…`)
    or inside the speaker's name from another language (`…会长安娜·科瓦列` / `娃表示，…`)."""
    if _SAYS_RE.match(following):
        return True
    if any(previous.endswith(lead) and _SAYS_RE.match(lead + following) for lead in _TO_WHOM_LEADS):
        return True
    return bool(_FOREIGN_NAME_END_RE.search(previous)) and any(
        _SAYS_RE.match(following[cut:]) for cut in (1, 2) if NAME_TAIL_RE.fullmatch(following[:cut]))


def _next_list_item(first: str, following: str) -> bool:
    """A line numbered right after the number that opens the logical line so far (`二、` after `一、`)."""
    next_number = list_number(following)  # most lines have none: the line so far need not be read
    number = list_number(first) if next_number else None
    return number is not None and next_number == (number[0], number[1] + 1)


def open_pair(text: str) -> bool:
    """An open bracket (full-width or, on pages set with half-width marks, ASCII), quotation or
    title (`《江州市物业管理` / `条例》…`: a title's name goes on in the line under it)."""
    return (text.count("（") + text.count("(") > text.count("）") + text.count(")")) or text.count("“") > text.count("”") \
        or text.count("《") > text.count("》")


def _ends_clause_with_verb(tail: str, nouns: bool = False) -> bool:
    """`确立，`: the tail of a clause is a verb (not a time word or connective that opens one);
    with `nouns`, a plain noun too (`能力，`: no paragraph opens on one and a comma), or one under
    its one-letter adjective (`大订单，`)."""
    tagged = words.tag(tail.rstrip("，、；：。！？”’）」』"))
    if nouns and len(tagged) == 2 and len(tagged[0][0]) == 1 and tagged[0][1] == "a" and tagged[1][1] == "n":
        return True  # the tokenizer cuts the noun phrase (`大订单，` as `大` + `订单`)
    return len(tagged) == 1 and tagged[0][1] in (("v", "vn", "a", "n") if nouns else ("v", "vn", "a")) \
        and tagged[0][0] not in CLAUSE_OPENING_VERBS


CLAUSE_OPENING_VERBS = {"据悉", "据了解", "据介绍", "据报道", "据统计", "可见", "看来", "总之", "例如", "比如"}


def _wrapped_width(line: str, by_width: bool = False) -> float:
    """A line's width as its wrap measured it: wrapping by character count (as some exports
    do) leaves lines with digits narrower than the column, so the larger of the two counts,
    unless the page was wrapped by width (`fills_by_width`)."""
    return display_width(line) if by_width else max(display_width(line), len(line))


def fills_by_width(lines: list[str], width: float) -> bool:
    """Whether the copy's lines were filled to the column's width as a typesetter fills a PDF's
    column (digits and Latin letters half a letter wide), rather than to a letter count: the
    lines with such letters that go on fill the column's width, not its letter count."""
    by_width = by_letters = 0
    for raw, following in zip(lines, lines[1:]):
        line, following = raw.strip(), following.strip()
        if not line or not following or ends_sentence(line) or len(line) - display_width(line) < 1:
            continue
        by_letters += abs(len(line) - width) <= 0.25
        by_width += _fills_width(display_width(raw.rstrip()), line, following, width)
    return by_width >= MIN_WIDTH_EVIDENCE and by_width > 2 * by_letters


MIN_WIDTH_EVIDENCE = 3


def _fills_width(line_width: float, line: str, following: str, width: float) -> bool:
    """A line (`line_width` wide, its indent counted) that a wrap by width filled: within half a
    letter of the column (the next letter did not fit), past it by a closing mark that hangs, or
    short by an opening mark moved down."""
    past = line_width - width
    return -0.75 <= past <= 0.25 or (0.25 < past <= 1.25 and line[-1] in HANGING_MARKS) \
        or (-1.25 <= past and following[:1] in LINE_END_FORBIDDEN)


def _past_letter_count(line: str, width: float, hangs: bool = True, by_width: bool = False) -> bool:
    """A line wider than a column wrapped by letter count: no text line is (where the copy lets a
    closing mark hang past the edge, `hangs`, one letter more; spaces, which the copy may have
    widened, are not counted). Likewise past a column wrapped by width (`by_width`), where a line
    that ends on no closing mark is past it by any width, half a letter too (`王芳:用心守护…`, a
    half-width colon, on a column of 16)."""
    unspaced = line.replace(" ", "")
    measured = display_width(unspaced) - widened_width(line)  # as printed
    past = (measured if by_width else max(measured, len(unspaced))) - width
    hanging = line[-1] in HANGING_MARKS
    return (past > 0.5 or (by_width and past > 0 and not hanging)) and (not hanging or past > 1.5 or not hangs)


def _past_hanging_mark(line: str, width: float) -> bool:
    """Wider than the column by more than the one closing mark a line of text may hang past it.
    Measured as read, marks full-width: its callers ask it of a line closing on a column tag or
    parted by a space, which a copy with half-width marks prints closing on a half-width bracket
    (`城南夜市开张 市民尽享烟火气(一线探民生)` on a column of 19), as wide as a text line with its
    bracket hanging; read full-width, the tag is past the column, as on the page it was copied from."""
    return display_width(line) > width + 1


def _marks_moved_down(line: str) -> bool:
    """A letter and two closing marks open the line (`保……`, `好。”`): a letter the typesetter moved
    down with the marks, as only one of them may hang past the edge of the line above."""
    return len(line) >= 3 and line[0] not in HANGING_MARKS and line[1] in HANGING_MARKS and line[2] in HANGING_MARKS


def _fills_column(line: str, width: float, by_width: bool = False) -> bool:
    """A full line of the column, wrapped by its width or by character count (which leaves lines
    with digits narrower); by its width alone where the page wraps so (`fills_by_width`)."""
    if by_width:
        return abs(display_width(line) - width) <= 1
    return min(abs(display_width(line) - width), abs(len(line) - width)) <= 1


def _headline_with_tag(line: str) -> bool:
    """A line that closes on a column tag and holds no sentence: `协同作战是最有效的办法（江州时评）`,
    not a line of text that ends on a bracketed place (`探索不止于此。在与诺维奇(重庆)`). A headline
    may close on an exclamation right before its tag (`向白衣天使致敬！(今日谈)`). A bracket that
    closes inside one left open (`（作者为江州市委党校办公室（科研处）`, an author's note) is no tag."""
    tag = COLUMN_TAG_RE.search(line)
    if not tag:
        return False
    before = line[:tag.start()]
    return not any(mark in before.rstrip("！!") for mark in "。；！？;!?") \
        and before.count("（") + before.count("(") <= before.count("）") + before.count(")")


def _bracket_holds_place_or_figure(line: str) -> bool:
    """Whether the bracket that closes the line holds a figure (`（7号）`) or a place (`（双流区）`,
    `（墨西哥）`): an aside in a line of text, where a column's name is a phrase of its own."""
    inside = COLUMN_TAG_RE.search(line).group()[1:-1]
    if any(letter.isdigit() for letter in inside) or inside[-1] in words.PLACE_SUFFIXES:
        return True
    tagged = words.tag(inside)
    return len(tagged) == 1 and tagged[0][1] == "ns"


def _unbracketed_text(lines: list[str]) -> str:
    """A page's text, its lines run together (a wrap may part a word), without what its brackets hold."""
    return _BRACKET_PAIR_RE.sub("", "".join(line.strip() for line in lines))


def _bracket_named_in_text(line: str, unbracketed: str) -> bool:
    """A line closing on a bracket whose words the page also prints outside brackets: part of a
    name the text talks about (`活动邀请重庆百君（荣昌）` / `律师事务所…` on a page about 荣昌区),
    not a column's tag (`（人民时评）`, which other headlines print, in brackets too)."""
    tag = COLUMN_TAG_RE.search(line)
    return bool(tag) and bool(unbracketed) and tag.group()[1:-1] in unbracketed


_BRACKET_PAIR_RE = re.compile(r"[（(][^（）()]*[）)]")


def _closed_whole(line: str) -> bool:
    """A headline that closes on a bracket (`…（代表委员议国是）`) or is one quotation
    (`“为江州高质量发展汇聚更多智慧和力量”`): whole, no wrap of it follows."""
    return line.endswith(("）", ")")) or (line.startswith("“") and line.endswith("”") and not open_pair(line))


def _comma_in(line: str) -> bool:
    """A comma or semicolon: a pull quote's or a sentence's mark (a headline's colon is its own)."""
    return any(mark in line for mark in "，；,;")


def is_wide(line: str, width: float) -> bool:
    """On a column-wrapped page, a line clearly wider than the column is not body text."""
    return width > 0 and printed_width(line) > width + 2.5


def _join_wrapped(left: str, right: str) -> str:
    """Rejoin a wrapped line: a space between two Latin words, none inside a number of Chinese
    text (`年近5` + `0岁` is `年近50岁`, `年近 5` + `0 岁` is `年近 50 岁`), inside an address
    (`jzrb2024@163.c` + `om`) or between Chinese letters."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum() \
            and not _OPEN_ADDRESS_RE.search(left):
        digits = left[-1].isdigit() and right[0].isdigit()
        run = left.rstrip("0123456789.,")
        if run.endswith(" ") and not run[-2:-1].isascii():
            run = run[:-1]  # a space that the text sets between Chinese and a number (`协议投资额 8` + `6.5 亿元`)
        if not (digits and (not run or not run[-1].isascii())):
            return left + " " + right
    return left + right


@dataclass(frozen=True)
class LogicalLine:
    """A line as the writer meant it: column wraps rejoined, with what the layout tells of it."""

    text: str
    blank_before: int
    indented: bool
    wide: bool = False  # starts with a line wider than the column (headlines set across columns)
    # Where it was joined across a blank line: the letters before each such join. A pull quote
    # that a random blank ran into the next paragraph ends at one (`segment.drop_repeats`).
    blank_joins: tuple[int, ...] = ()
    # Its last line fills the column of a column-wrapped page and the line right under it is
    # narrower: a header line so set wrapped into the next header line, where the author did
    # not break it (`…服务跨境电商高质量` / `发展`).
    full: bool = False
    # Set deeper than the page's indented paragraphs: a centred line (a headline, a byline), not
    # a paragraph's indent.
    centred: bool = False
    # On a column-wrapped page, its last line is no full line of the column: well short of it, or
    # wider (set across columns). No wrap cut the text there: the line ends its paragraph.
    ends_apart: bool = False


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def paragraph_indent(lines: list[str]) -> int:
    """The indent most of the page's indented lines that end a sentence open with (0 if none)."""
    depths = Counter(indent_of(line) for line in lines if is_indented(line) and ends_sentence(line))
    return depths.most_common(1)[0][0] if depths else 0


CENTRED_EXTRA = 4  # two full-width spaces deeper than the paragraphs: a line set in the middle


def is_indented(line: str) -> bool:
    """Paragraphs of e-paper text views open with two full-width spaces.

    Lines arrive normalized (`segment.page_items`): tabs are spaces and each full-width space two ASCII ones.
    """
    return line.startswith("  ")


def logical_lines(lines: list[str], wrapped: bool, indents: bool = False, column: float | None = None) -> list[LogicalLine]:
    """Physical lines -> logical lines with the blank lines before them; rejoins column wraps.

    On a page whose paragraphs are indented (`indents`), an indented line always opens a paragraph.
    `column`: the page's `column_width`, where the caller has it.
    """
    result: list[LogicalLine] = []
    width = (column_width(lines) if column is None else column) if wrapped else 0.0
    blanks_part = wrapped and not _blank_inside_paragraph(lines, width)
    by_width = wrapped and fills_by_width(lines, width)
    indent_lost = first_line_shortfall(lines, width, by_width) if wrapped else 0.0
    # Each line's width as wrapped, spaces at its ends counted: measured once for the page.
    raw_widths = [_wrapped_width(raw.rstrip("\r\n"), by_width) for raw in lines] if wrapped else [0.0] * len(lines)
    slack = wrap_slack(lines, width, raw_widths, by_width) if wrapped else WRAP_SLACK
    blank_parted = wrapped and parts_paragraphs_by_blanks(lines, width)
    by_letter_count = wrapped and _ignores_line_rules(lines, width)
    unbracketed = _unbracketed_text(lines) if wrapped else ""
    keeps_spaces = wrapped and _keeps_spaces_at_wraps(lines)
    centred_from = paragraph_indent(lines) + CENTRED_EXTRA if indents else 0
    buffer: list[str] = []
    spaced_joins: list[bool] = []  # for each line of `buffer` after the first: a space stood at its wrap
    previous_raw = ""
    buffer_blanks = 0
    buffer_indent = False
    buffer_centred = False
    buffer_wide = False
    blank_joins: list[int] = []
    buffer_letters = 0  # the letters of the lines in `buffer`
    blanks = 0
    raw_width = 0.0  # the last physical line's width as wrapped
    indent_width = 0.0  # the width of the spaces that open it
    after_speaker = False  # the last logical line names who speaks in a round-up's part
    after_heading = False  # the last logical line is short and has no mark: a kicker or a heading
    after_cut_text = False  # the last logical line is text (it has a clause mark) that ends with no stop
    after_header_line = False  # the last logical line is one line with no mark that ends no sentence
    after_story_end = False  # the logical line before the buffer closes a story
    indented_lines = [is_indented(raw) for raw in lines]
    # For each line, whether the next line that is not blank is indented (a paragraph's first): read by wraps only.
    paragraphs_under = [False] * len(lines)
    if wrapped and indents:
        indented_below = True  # the page's end opens whatever comes next, as an indented line does
        for index in range(len(lines) - 1, -1, -1):
            paragraphs_under[index] = indented_below
            if lines[index].strip():
                indented_below = indented_lines[index]
    for index, (raw, width_as_wrapped, paragraph_under, indented) in enumerate(
            zip(lines, raw_widths, paragraphs_under, indented_lines)):
        line = raw.strip()
        if not line:
            blanks += 1
            continue
        # On a page that indents its paragraphs, an indented line opens a paragraph, never a headline.
        header_place = not (indents and buffer_indent)
        continues = bool(buffer) and wrapped and not (indents and indented) and _continues(
            buffer, line, blanks > 0, width, blanks_part,
            opens_paragraph=header_place and buffer_blanks == 0 and bool(result) and _finished(result[-1].text),
            opens_page=header_place and not result, indent_lost=indent_lost, indented_page=indents,
            slack=slack, raw_width=raw_width, blank_parted=blank_parted,
            under_speaker=len(buffer) == 1 and after_speaker, under_heading=after_heading,
            letter_count_wrap=by_letter_count,
            after_cut=header_place and buffer_blanks == 0 and after_cut_text, unbracketed=unbracketed,
            under_header_line=after_header_line, after_story_end=after_story_end,
            under_kicker=after_header_line and bool(result) and result[-1].text.endswith("——") and is_wide(result[-1].text, width),
            by_width=by_width, following_width=width_as_wrapped, indent_width=indent_width,
            paragraph_under=paragraph_under, ahead=lambda: _lines_ahead(lines, index + 1),
            subtitle_under=lambda: _subtitle_under(buffer[0], lines, index, width, by_width, result[-1].text if result else ""))
        raw_width = width_as_wrapped
        indent_width = display_width(raw[:len(raw) - len(raw.lstrip())]) if wrapped else 0.0  # read by wraps only
        spaced = keeps_spaces and _space_at_wrap(previous_raw, raw)
        previous_raw = raw
        if continues:
            if blanks:
                blank_joins.append(buffer_letters)
            buffer.append(line)
            spaced_joins.append(spaced)
            buffer_letters += len(letters(line))
            blanks = 0
            continue
        if buffer:
            # A line that fills the column over a narrower one, with no blank line between: it may have wrapped.
            full = wrapped and not blanks and _fills_column(buffer[-1], width, by_width) \
                and _wrapped_width(line, by_width) < width - 1
            result.append(LogicalLine(_merge(buffer, spaced_joins), buffer_blanks, buffer_indent, buffer_wide,
                                      tuple(blank_joins), full, buffer_centred,
                                      wrapped and _off_column(buffer[-1], width, by_width)))
            after_speaker = wrapped and is_speaker_line(result[-1].text)
            after_cut_text = wrapped and not _finished(result[-1].text) and bool(_CLAUSE_MARK_RE.search(result[-1].text))
            after_story_end = wrapped and closes_story(result[-1].text)
            unmarked = wrapped and len(buffer) == 1 and not PUNCTUATION_RE.search(buffer[0])
            after_heading = unmarked and _wrapped_width(buffer[0], by_width) < width - 2
            after_header_line = unmarked and not ends_sentence(buffer[0])
        buffer, buffer_blanks, buffer_indent, blanks = [line], blanks, indented, 0
        buffer_centred = bool(centred_from) and indent_of(raw) >= centred_from
        spaced_joins = []
        buffer_wide = is_wide(line, width)
        blank_joins, buffer_letters = [], len(letters(line))
    if buffer:
        result.append(LogicalLine(_merge(buffer, spaced_joins), buffer_blanks, buffer_indent, buffer_wide, tuple(blank_joins),
                                  centred=buffer_centred, ends_apart=wrapped and _off_column(buffer[-1], width, by_width)))
    return result


def _lines_ahead(lines: list[str], start: int) -> str:
    """The next few lines from `start` run together, up to a blank line: enough for a sentence."""
    ahead = []
    for raw in lines[start:start + LINES_AHEAD]:
        if not raw.strip():
            break
        ahead.append(raw.strip())
    return "".join(ahead)


LINES_AHEAD = 4


def _subtitle_under(headline: str, lines: list[str], start: int, width: float, by_width: bool, above: str) -> bool:
    """Whether the lines from `start` are a subtitle under `headline`, a full line with no stop
    after a finished sentence that closed the paragraph `above`. Their shape tells first: within
    SUBTITLE_LINES they end well short of the column on a letter (not by a letter or two that
    an opening mark took down: `…报送到村` / `（社区），…`), ending no sentence, where no paragraph of
    text ends, and the line under them opens a line of its own (no closing mark, no word across
    the join). Then the words: the headline and its subtitle go with the text under them
    (SUBTITLE_WORDS lines of it), not the paragraph above (`words.kin_to`). A story's two section
    headings set in a pair share the text above them too."""
    subtitle: list[str] = []
    for raw in lines[start:start + SUBTITLE_LINES]:
        line = raw.strip()
        if not line or (_fills_column(line, width, by_width) and ends_sentence(line)):
            return False  # a blank line, or a sentence ended at the column's edge: text
        subtitle.append(line)
        if not _fills_column(line, width, by_width):
            break
    else:
        return False
    last = subtitle[-1]
    under = [raw.strip() for raw in lines[start + len(subtitle):start + len(subtitle) + SUBTITLE_WORDS]]
    if len(subtitle) < 2 or not under or not under[0] or not _ENDS_ON_LETTER_RE.search(last) or ends_sentence(last) \
            or not _off_column(last, width, by_width) or _stands_apart(last) or under[0][:1] in LINE_START_FORBIDDEN \
            or words.crosses_boundary(last, under[0]):
        return False
    return words.kin_to(headline + "".join(subtitle), "".join(under), [above])


SUBTITLE_LINES = 4  # a subtitle of up to 50 letters, on a column of 13 or more
SUBTITLE_WORDS = 6  # the lines of text under it that its words are looked for in


def _off_column(line: str, width: float, by_width: bool) -> bool:
    """A line well short of the column, counted by its width and by its letters (a copy wrapped
    by letter count leaves a line with digits narrower), or wider than the column."""
    shortfall = width - (display_width(line) if by_width else max(display_width(line), len(line)))
    return shortfall >= SHORT_OF_COLUMN or is_wide(line, width)


SHORT_OF_COLUMN = 3  # letters: more than a wrap leaves where the next word or a mark did not fit


def _stands_apart(line: str) -> bool:
    """A line that is its own logical line after a finished sentence even without a blank line
    before it: a dateline, caption or bullet (`_starts_block`), a byline, credit, box label or
    a closing note in brackets."""
    return _starts_block(line) or is_role_byline(line) or _is_credit(line) or is_box_label(line) \
        or bool(_BRACKETED_WHOLE_RE.match(line) or CLOSING_NOTE_RE.match(line))


def parts_paragraphs_by_blanks(lines: list[str], width: float) -> bool:
    """Whether the page sets a blank line after every paragraph: nearly every line that ends a
    sentence short of the column (a paragraph's last line) has a blank line or the page's end
    after it, or a line that stands apart anyway (a byline). There a full line that ends a
    sentence, with no blank line after it, ends no paragraph."""
    ends = []
    stripped = [line.strip() for line in lines]
    for line, following in zip(stripped, stripped[1:] + [""]):
        if line and ends_sentence(line) and _wrapped_width(line) < width - 2 and not (following and _stands_apart(following)):
            ends.append(not following)
    return len(ends) >= 5 and sum(ends) / len(ends) >= 0.95


def _finished(text: str) -> bool:
    """A logical line after which a new one opens: a finished sentence, a kicker's dash, a closing note in
    brackets (`（本报青山5月5日电）`, `（作者为…（新闻办公室）主任）`), a credit (`制图：张芳曼`,
    `本期统筹：王明`, `（王明摄）`, `投稿邮箱：…`), or a last sentence signed in brackets after its stop
    (`…好评。（王明）`, the wire's `…。（完）`)."""
    return ends_sentence(text) or text.endswith("——") or bool(_BRACKETED_WHOLE_RE.match(text)) or closes_story(text) \
        or bool(_ENDS_ON_NOTE_RE.search(text))


def closes_story(text: str) -> bool:
    """A story's last line: its dispatch or writer's note in brackets (`（本报青山5月5日电）`,
    `（作者为…）`) or its credits (`本版制图：陈晓琳`, `（王明摄）`)."""
    return bool(CLOSING_NOTE_RE.match(text)) or _is_credit(text) or bool(CREDIT_RE.search(text))


def _is_credit(text: str) -> bool:
    """Who edited, drew or laid out (`版式设计：丁立伟`, `本期统筹：王明`), or where to write (`投稿邮箱：…`)."""
    return bool(EDITOR_LINE_RE.match(text) or PRODUCTION_CREDIT_RE.match(text) or CONTACT_LINE_RE.search(text))


def first_line_shortfall(lines: list[str], width: float, by_width: bool = False) -> float:
    """How much narrower than the column the first line of a paragraph is: 2 where the copy
    dropped the indent it was wrapped with, 0 where paragraphs were wrapped without one (most
    lines right after a finished sentence, themselves unfinished, fill the column)."""
    firsts = []
    previous = ""
    for raw in lines:
        line = raw.strip()
        if line and previous and ends_sentence(previous) and not ends_sentence(line):
            firsts.append(_wrapped_width(line, by_width) >= width - 0.5)
        if line:
            previous = line
    return 0.0 if len(firsts) >= 5 and sum(firsts) / len(firsts) >= 0.6 else 2.0


def wrap_slack(lines: list[str], width: float, raw_widths: list[float], by_width: bool = False) -> float:
    """How much narrower than the column a line that wraps can be: a copy wrapped by letter
    count fills every such line exactly (nearly all lines that go on, unfinished and about
    full, are as wide as the column), so there a line even one letter short ends its paragraph
    or is a headline; a copy wrapped by width leaves lines up to about two letters short. Only
    lines with a clause mark are counted: a headline can be about as wide as the column.
    `raw_widths`: each line's width with the spaces at its ends. A copy of a typeset column
    (`by_width`, see `fills_by_width`) fills such lines exactly too, by their width."""
    near_full = []
    previous = ""
    previous_width = 0.0
    for raw, raw_width in zip(lines + [""], raw_widths + [0.0]):
        line = raw.strip()
        if previous and line and not ends_sentence(previous) and _CLAUSE_MARK_RE.search(previous) \
                and width - 2 <= previous_width <= width + 1:
            near_full.append(_fills_width(previous_width, previous, line, width) if by_width
                             else abs(previous_width - width) <= 0.25)
        previous, previous_width = line, raw_width
    return EXACT_SLACK if len(near_full) >= 20 and sum(near_full) / len(near_full) >= 0.97 else WRAP_SLACK


def _blank_inside_paragraph(lines: list[str], width: float) -> bool:
    """Whether a blank line on the page falls inside a paragraph: after a full line that ends no
    sentence, and inside a word (`…支撑乡` / blank / `村振兴…`), as in a page copied with a
    blank line at every few breaks."""
    previous, blank = None, False
    for raw in lines:
        line = raw.strip()
        if not line:
            blank = True
            continue
        if blank and previous is not None and display_width(previous) >= width - 2 and not ends_sentence(previous) \
                and words.crosses_boundary(previous, line):
            return True
        previous, blank = line, False
    return False


def uses_indents(lines: list[str], column: float | None = None) -> bool:
    """True when the page indents its paragraphs: most lines that end a sentence are indented
    (a paragraph a line), or, where paragraphs are wrapped, most lines right after the short
    last line of one (a sentence that ends at a full line may end mid-paragraph).
    `column`: the page's `column_width`, where the caller has it."""
    ends, openings = [], []
    width = column_width(lines) if column is None else column
    previous = ""
    for line in lines:
        if not line.strip():
            continue
        if ends_sentence(line):
            ends.append(is_indented(line))
        if previous and ends_sentence(previous) and display_width(previous.strip()) < width - 1.5:
            openings.append(is_indented(line))
        previous = line
    return any(len(marks) >= 3 and sum(marks) / len(marks) >= 0.7 for marks in (ends, openings))


def _merge(parts: list[str], spaced: list[bool]) -> str:
    text = parts[0]
    for part, space in zip(parts[1:], spaced):
        # A space the wrap fell at parts two words still (`…法学院副教授` / ` 李 明`): a byline's
        # role and name, a headline's phrases.
        text = text + " " + part if space and text[-1:].isalnum() and part[:1].isalnum() else _join_wrapped(text, part)
    return text


def _space_at_wrap(previous_raw: str, raw: str) -> bool:
    """Whether the copy kept a space where it wrapped: at the end of the line above or as the
    one space (no indent) that opens the line."""
    return bool(previous_raw.strip()) and (_ends_on_space(previous_raw) or _opens_on_one_space(raw))


def _ends_on_space(raw: str) -> bool:
    return raw.rstrip("\r\n")[-1:].isspace()


def _opens_on_one_space(raw: str) -> bool:
    """One space, no indent (an indent is two spaces or more once normalized)."""
    return raw[:1].isspace() and not raw[1:2].isspace()


SPACED_LINE_ENDS = 0.3  # a copy that ends so many of its lines on a space pads its lines: its spaces part no words


def _keeps_spaces_at_wraps(lines: list[str]) -> bool:
    """A wrap that falls at a space keeps it at a line's end or start, but a copy that pads its
    lines with spaces says nothing by them."""
    filled = [line for line in lines if line.strip()]
    padded = sum(_ends_on_space(line) or _opens_on_one_space(line) for line in filled)
    return bool(filled) and padded <= SPACED_LINE_ENDS * len(filled)


