"""Cut a source page into clean articles.

The page is read in three steps:

1. lines: column-wrapped text (lines cut every 14-18 characters, blank lines inside
   sentences) is first rejoined into logical lines;
2. items: each logical line gets a role: heading, heading candidate (a short line without
   closing punctuation), paragraph, byline, credit, caption or box label;
3. articles: Markdown pages start an article at each `#`/`##` title; plain pages at a
   heading group that follows a byline, precedes a byline or dateline, or changes the
   subject. Pages whose first article has no headline print headlines after their bodies
   (as column layouts do), and those are attached backwards.

Paragraphs printed twice, and pull quotes that repeat the body, are kept once.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import words
from .clean import (
    CJK, display_width, ends_sentence, fix_punctuation, has_cjk, letters,
    normalize_text, tighten_spaces, undouble,
)
from .models import Article, Source
from .sentences import strip_dateline

MD_HEADING_RE = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
BOLD_LINE_RE = re.compile(r"^(\*\*|__)(.+?)(\*\*|__)$")
LABEL_RE = re.compile(r"^[^\s，。]{1,12}\s*(>{2,}|》{2,}|»+)\s*$|^[（(【\[]\s*完\s*[）)】\]]$")
DATELINE_RE = re.compile(
    r"^\s*(?:本报讯|本刊讯|[\u4e00-\u9fff]{0,8}(?:网|台|报|社|通讯社)?讯"
    r"|(?:新华社|中新社|中新网|人民网|央视网|本报)[\u4e00-\u9fff0-9]{0,16}电"
    r"|央视网消息|新华网消息)"
    r"\s*(?:[（(](?P<inner>[^（）()]{0,60})[）)])?\s*[：:]?\s*"
)
BOXED_BYLINE_RE = re.compile(r"^(?:[□■▢☐◻]\s*|口\s*(?=本报|记者|通讯员|特约|实习))(?P<inner>.+)$")
PAREN_BYLINE_RE = re.compile(r"^[（(]\s*(?P<inner>[^（）()]{0,40}(?:记者|通讯员|撰稿|供稿|编辑|实习生|作者)[^（）()]{0,40})\s*[）)]$")
# A role word then a name; `记者会`, `记者站`, `答记者问` are words of a headline, not roles.
ROLE_BYLINE_RE = re.compile(r"(?:记者(?![会站节证团招问])|通讯员|实习生|摄影(?![展师赛])|特约撰稿人?|撰稿)\s*[\u4e00-\u9fff]{1,4}")
CREDIT_RE = re.compile(
    r"图片由.{1,30}?提供|[（(][^（）()]{0,30}(?:供图|摄)[）)]\s*$|(?:文|图)\s*[/／]\s*(?:图|文)"
    r"|摄\s*[/／]|^[【\[]?(?:来源|编辑|责任编辑|审核|校对|监制|图|摄影|通讯员|记者)\s*[:：]|\s摄$"
)
# Closing datelines `（本报柏林5月5日电）`, `（新华社北京4月30日电 记者王秉阳）` and author notes
# `（作者为…）` end an article; they stay in its text as printed but are never summarized.
CLOSING_NOTE_RE = re.compile(r"^[（(](?P<inner>[^（）()]{0,60}电(?:\s[^（）()]{0,40})?|作者(?:为|单位|系)[^（）()]{0,80})[）)]$")
SOURCE_NOTE_RE = re.compile(r"^[（(]?(?:原载|转载自|转自|来源[:：]|本文来源|原文刊登于?)")
# Section numbers (一、 （二） 3. 第四) open section headings, never headlines.
ENUMERATED_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十\d]+[部章节条])")
CAPTION_START_RE = re.compile(r"^[▲△▼►◀↑↓]")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸"
    "战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木")

MAX_HEADING_WIDTH = 40
CAPTION_WIDTH = 50
SECTION = "\x01"  # marks a section heading among a draft's paragraphs
NOTE = "\x02"  # marks a source note (原载…), kept in the text but never summarized
MIN_REPEAT_LETTERS = 12
MIN_REPEATED_PREFIX = 24
REPEAT_WINDOW = 40


@dataclass
class Item:
    """One logical line of a page with its role."""

    role: str  # heading, candidate, para, byline, header_byline, credit, caption, label
    text: str
    blank_before: int = 0
    level: int = 0  # Markdown heading level; 0 for plain lines
    byline: str | None = None  # a dateline's reporter credit, or the byline text
    header: bool = False  # the layout marks this line as a header line (unindented on an indented page)


@dataclass
class Draft:
    """An article while it is being assembled."""

    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    ended: bool = False  # a closing byline or credit was seen


# ---------------------------------------------------------------- lines


def looks_wrapped(lines: list[str]) -> bool:
    """True for column-wrapped text: many lines of one short width, almost none long."""
    widths = [display_width(line.strip()) for line in lines if line.strip()]
    if len(widths) < 8:
        return False
    column = column_width(lines)
    at_column = sum(1 for width in widths if abs(width - column) <= 1.5)
    long_lines = sum(1 for width in widths if width > max(30, 2 * column))
    return column <= 24 and at_column / len(widths) >= 0.35 and long_lines / len(widths) < 0.1


def column_width(lines: list[str]) -> float:
    """The width of a full line of the column: the most common line width."""
    widths = Counter(round(display_width(line.strip())) for line in lines if line.strip())
    return float(max(widths.items(), key=lambda pair: (pair[1], pair[0]))[0]) if widths else 0.0


def _starts_block(line: str) -> bool:
    """Lines that always begin a new logical line, whatever came before."""
    return bool(DATELINE_RE.match(line) and line.lstrip().startswith(("本报", "本刊", "新华社", "中新", "央视网", "人民网"))
                or BOXED_BYLINE_RE.match(line) or CAPTION_START_RE.match(line) or line.startswith(("——", "#", "●", "■")))


def _continues(buffer: list[str], following: str, blank_between: bool, width: float) -> bool:
    """Whether physical line `following` carries on the logical line in `buffer`."""
    previous = buffer[-1]
    if _starts_block(following) or ends_sentence(previous):
        return False
    so_far = "".join(buffer)
    if so_far.count("（") > so_far.count("）") or so_far.count("“") > so_far.count("”"):
        return True  # an open bracket or quote always goes on
    if words.crosses_boundary(previous, following):
        return True  # the break fell inside a word
    expected = width - (2 if len(buffer) == 1 else 0)  # first lines of paragraphs lose their indent
    previous_width = display_width(previous)
    if previous_width < expected - 2:
        return False  # a short line ends its paragraph or headline
    if any(mark in so_far for mark in "，。；！？：、,;"):
        return True
    if previous_width >= expected - 1 and _OPENS_WITH_CLAUSE_TAIL_RE.match(following):
        return True  # a full line, and the next one opens with the end of its clause
    # Headline-like so far (no punctuation): a full-width line wraps, but never across a blank line.
    return not blank_between and previous_width >= width - 2


_OPENS_WITH_CLAUSE_TAIL_RE = re.compile(r"^[^，。、；：！？“”‘’\s]{1,3}[”’）」』]?[，、；：。！？]")


def _join_wrapped(left: str, right: str) -> str:
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return left + " " + right
    return left + right


@dataclass(frozen=True)
class LogicalLine:
    """A line as the writer meant it: column wraps rejoined, with what the layout tells of it."""

    text: str
    blank_before: int
    indented: bool


def is_indented(line: str) -> bool:
    """Paragraphs of e-paper text views open with two full-width spaces (or their ASCII stand-ins)."""
    return line[:1] == "\t" or line.startswith(("\u3000", "  "))


def logical_lines(lines: list[str], wrapped: bool, indents: bool = False) -> list[LogicalLine]:
    """Physical lines -> logical lines with the blank lines before them; rejoins column wraps.

    On a page whose paragraphs are indented (`indents`), an indented line always opens a paragraph.
    """
    result: list[LogicalLine] = []
    width = column_width(lines) if wrapped else 0.0
    buffer: list[str] = []
    buffer_blanks = 0
    buffer_indent = False
    blanks = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            blanks += 1
            continue
        indented = is_indented(raw)
        if buffer and wrapped and not (indents and indented) and _continues(buffer, line, blanks > 0, width):
            buffer.append(line)
            blanks = 0
            continue
        if buffer:
            result.append(LogicalLine(_merge(buffer), buffer_blanks, buffer_indent))
        buffer, buffer_blanks, buffer_indent, blanks = [line], blanks, indented, 0
    if buffer:
        result.append(LogicalLine(_merge(buffer), buffer_blanks, buffer_indent))
    return result


def uses_indents(lines: list[str]) -> bool:
    """True when the page indents its paragraphs: most lines that end a sentence are indented."""
    ends = [is_indented(line) for line in lines if line.strip() and ends_sentence(line)]
    return len(ends) >= 3 and sum(ends) / len(ends) >= 0.7


def _merge(parts: list[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        text = _join_wrapped(text, part)
    return text


# ---------------------------------------------------------------- items


def is_names_line(text: str) -> bool:
    """A line of one to six personal names, as printed under or after an article."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 6:
        return False
    for token in tokens:
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", token):
            return False
        if token.startswith(COMPOUND_SURNAMES):
            continue
        if token[0] not in SURNAMES or len(token) > 3:
            return False
    if len(tokens) == 1:
        # One name alone must not be an ordinary word (`王府井`, `高扬`).
        return not words.tokenizer().has_word(tokens[0]) and len(words.cut(tokens[0])) == 1
    return True


def classify_line(text: str, blank_before: int, markdown: bool) -> Item:
    """Give one logical line its role."""
    match = MD_HEADING_RE.match(text) if markdown else None
    if match and match.group(2):
        title = _strip_inline_markup(undouble(match.group(2)))
        return Item("heading", fix_punctuation(title), blank_before, level=len(match.group(1)))
    bold = BOLD_LINE_RE.match(text)
    if bold:
        return Item("heading", fix_punctuation(undouble(bold.group(2).strip())), blank_before, level=6)
    text = fix_punctuation(_strip_inline_markup(text))
    if LABEL_RE.match(text):
        return Item("label", text, blank_before)
    boxed = BOXED_BYLINE_RE.match(text)
    if boxed and display_width(text) <= MAX_HEADING_WIDTH and not ends_sentence(text):
        return Item("header_byline", text, blank_before, byline=boxed.group("inner").strip())
    closing = CLOSING_NOTE_RE.match(text)
    if closing:
        role_byline = ROLE_BYLINE_RE.search(closing.group("inner"))
        return Item("note", text, blank_before, byline=closing.group("inner").strip() if role_byline else None)
    paren = PAREN_BYLINE_RE.match(text)
    if paren:
        return Item("byline", text, blank_before, byline=paren.group("inner").strip())
    short = display_width(text) <= MAX_HEADING_WIDTH and not ends_sentence(text)
    punctuated = any(mark in text for mark in "，。；！？")
    if CAPTION_START_RE.match(text):
        return Item("caption", text, blank_before)
    if SOURCE_NOTE_RE.match(text) and short:
        return Item("note", text, blank_before)
    credit = CREDIT_RE.search(text)
    if credit and (short or display_width(text) <= 60):
        rest = CREDIT_RE.sub(" ", text).strip()
        if re.search(r"[（(][^（）()]{0,30}供图[）)]\s*$", text) and len(rest) > 12:
            return Item("caption", text, blank_before)  # a photo caption ending in its credit
        if rest and is_names_line(rest):
            return Item("byline", text, blank_before, byline=text if re.search(r"[文图摄]\s*[/／]", text) else rest)
        return Item("credit", text, blank_before, byline=text if re.search(r"文\s*[/／]\s*图|摄", text) else None)
    if short and not punctuated and ROLE_BYLINE_RE.search(text):
        return Item("byline", text, blank_before, byline=text)
    if short and not punctuated and is_names_line(text):
        return Item("byline", text, blank_before, byline=text)
    dateline = DATELINE_RE.match(text)
    if dateline and len(text) > dateline.end() and (dateline.group("inner") or text.startswith(("本报", "本刊"))):
        inner = dateline.group("inner")
        return Item("para", text, blank_before,
                    byline=inner.strip() if inner and ROLE_BYLINE_RE.search(inner) else None, level=-1)
    if short and (not punctuated or display_width(text) <= 30 or COLUMN_TAG_RE.search(text)) and has_cjk(text):
        return Item("candidate", undouble(text), blank_before)
    if not letters(text):
        return Item("label", text, blank_before)
    return Item("para", text, blank_before)


def _strip_inline_markup(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return text.strip()


def is_dateline_para(item: Item) -> bool:
    return item.role == "para" and item.level == -1


# ---------------------------------------------------------------- repeats


def _letters_with_positions(text: str) -> tuple[str, list[int]]:
    out, positions = [], []
    for index, ch in enumerate(text):
        folded = letters(ch)
        if folded:
            out.append(folded)
            positions.extend([index] * len(folded))
    return "".join(out), positions


def _strip_repeated_prefixes(text: str, elsewhere: str) -> str:
    """Remove, repeatedly, the longest opening passage of `text` (24+ letters) found in `elsewhere`."""
    while True:
        folded, positions = _letters_with_positions(text)
        if len(folded) < MIN_REPEATED_PREFIX or folded[:MIN_REPEATED_PREFIX] not in elsewhere:
            return text
        low, high = MIN_REPEATED_PREFIX, len(folded)
        while low < high:
            mid = (low + high + 1) // 2
            if folded[:mid] in elsewhere:
                low = mid
            else:
                high = mid - 1
        rest = text[positions[low - 1] + 1:].lstrip("，。、；：,.;:”’ ")
        if not letters(rest):
            return text  # wholly repeated: the containment rule decides
        text = rest


def drop_repeats(items: list[Item], text_view: bool = False) -> list[Item]:
    """Keep one copy of paragraphs printed twice, and drop pull quotes that repeat the body.

    A paragraph whose text also stands inside a longer nearby paragraph goes; of two
    identical paragraphs the later goes; a paragraph that opens with a long passage
    repeated from elsewhere (a pull quote run into the text) loses that passage.

    A `text_view` page (paragraphs indented, as an e-paper site gives the article's own
    text) has no copied picture boxes: a passage repeated there is the paper's own lead
    (导语), which stays in the text as printed but is never summarized.
    """
    paras = [i for i, item in enumerate(items) if item.role == "para"]
    folded = {i: _letters_with_positions(items[i].text) for i in paras}
    drop: set[int] = set()
    trimmed: dict[int, str] = {}
    leads: set[int] = set()
    seen_exact: dict[str, int] = {}
    for rank, i in enumerate(paras):
        text, positions = folded[i]
        if len(text) < MIN_REPEAT_LETTERS:
            continue
        if text in seen_exact:
            earlier = seen_exact[text]
            # Of two copies keep the one that ends its sentence (pull quotes lose their 。), else the first.
            if not ends_sentence(items[earlier].text) and ends_sentence(items[i].text):
                drop.add(earlier)
                seen_exact[text] = i
            else:
                drop.add(i)
            continue
        seen_exact[text] = i
        window = [j for j in paras[max(0, rank - REPEAT_WINDOW): rank + REPEAT_WINDOW + 1] if j != i and j not in drop]
        others = "\x00".join(folded[j][0] for j in window if len(folded[j][0]) > len(text) or
                             (len(folded[j][0]) == len(text) and j < i))
        if text in others:
            if text_view:
                trimmed[i] = items[i].text
                leads.add(i)
            else:
                drop.add(i)
            continue
        if text_view:
            continue
        longer = "\x00".join(folded[j][0] for j in window)
        rest = _strip_repeated_prefixes(items[i].text, longer)
        if rest != items[i].text:
            trimmed[i] = rest
    result = []
    for index, item in enumerate(items):
        if index in drop:
            continue
        if index in leads:
            result.append(replace(item, role="lead"))
        else:
            result.append(replace(item, text=trimmed[index]) if index in trimmed else item)
    return result


# ---------------------------------------------------------------- joins and captions


def resolve_captions(items: list[Item], wrapped: bool) -> list[Item]:
    """Mark photo captions and rejoin paragraphs that a caption or a blank line cut in two.

    Column-wrapped pages were already rejoined line by line, so their paragraphs stay as they are.
    """
    result: list[Item] = []
    gaps = sorted(item.blank_before for item in items if item.role == "para")
    holes_mark_pictures = bool(gaps) and gaps[len(gaps) // 2] <= 1  # paragraphs are normally one blank apart
    for index, item in enumerate(items):
        hole = holes_mark_pictures and index > 0 and item.blank_before >= 2 and _has_content_before(items, index)
        if item.header:
            pass  # the layout already said what this line is
        elif item.role == "candidate" and hole:
            # Pictures leave an empty hole in copied pages; the short line after it is the caption.
            item = replace(item, role="caption")
        elif item.role == "para" and hole and not is_dateline_para(item) and display_width(item.text) <= CAPTION_WIDTH \
                and sum(item.text.count(mark) for mark in "。！？") <= 1:
            item = replace(item, role="caption")  # a one-sentence caption after a picture hole
        elif item.role == "candidate":
            before = _previous_para(result)
            after = _next_of(items, index + 1, ("para",), skip=("caption", "credit", "label", "candidate"))
            if before is not None and after is not None and not ends_sentence(result[before].text) \
                    and not is_dateline_para(after) and (
                        result[before].text[-1:] in "、，：“‘（《—" or words.crosses_boundary(result[before].text, after.text)):
                item = replace(item, role="caption")
        result.append(item)
    return result if wrapped else _join_broken_paragraphs(result)


def _has_content_before(items: list[Item], index: int) -> bool:
    return any(item.role in ("para", "heading", "candidate") for item in items[:index])


def _previous_para(items: list[Item]) -> int | None:
    for index in range(len(items) - 1, -1, -1):
        role = items[index].role
        if role == "para":
            return index
        if role not in ("caption", "credit", "label"):
            return None
    return None


def _next_of(items: list[Item], start: int, roles: tuple[str, ...], skip: tuple[str, ...]) -> Item | None:
    for item in items[start:]:
        if item.role in roles:
            return item
        if item.role not in skip:
            return None
    return None


def _join_broken_paragraphs(items: list[Item]) -> list[Item]:
    """A paragraph that stops mid-sentence continues in the next paragraph, across captions."""
    result: list[Item] = []
    for item in items:
        if item.role == "para" and not is_dateline_para(item):
            before = _previous_para(result)
            if before is not None and not ends_sentence(result[before].text) and \
                    not result[before].text.endswith(("：", ":")):
                merged = _join_wrapped(result[before].text, item.text)
                result[before] = replace(result[before], text=merged)
                continue
        result.append(item)
    return result


# ---------------------------------------------------------------- articles


def _heading_blocks(items: list[Item]) -> list[str]:
    """Consecutive candidate lines with no blank between them form one heading."""
    blocks: list[str] = []
    for item in items:
        # A header line of a text view is one header (引题, 主题 or 副题) of its own.
        if blocks and item.blank_before == 0 and not item.header:
            joiner = "" if words.crosses_boundary(blocks[-1], item.text) else " "
            blocks[-1] = blocks[-1] + joiner + item.text
        else:
            blocks.append(item.text)
    return blocks


def _apply_headings(draft: Draft, blocks: list[str]) -> None:
    """Give a draft its title from heading blocks: `——` lines are subtitles, the last other block the title."""
    subtitles = [b.lstrip("—-– ").strip() for b in blocks if b.startswith(("——", "--", "—"))]
    mains = [b for b in blocks if not b.startswith(("——", "--", "—"))]
    if mains:
        draft.title = mains[-1]
        if len(mains) > 1:
            draft.kicker = " ".join(mains[:-1])
    if subtitles:
        draft.subtitle = " ".join(subtitles)


def _add_paragraph(drafts: list[Draft], current: Draft | None, item: Item, new_article: bool) -> Draft:
    """Append a paragraph (and its dateline's byline) to the current draft, or to a new one."""
    if new_article or current is None:
        current = Draft()
        drafts.append(current)
    if item.byline:
        current.bylines.append(item.byline)
    current.paragraphs.append(item.text)
    return current


def build_markdown(items: list[Item], single_article: bool) -> list[Draft]:
    levels = [item.level for item in items if item.role == "heading" and item.level < 6]
    top = min(levels) if levels else 1
    title_levels = {top, top + 1}
    drafts: list[Draft] = []
    current: Draft | None = None
    pending_kicker: list[str] = []
    pending_bylines: list[str] = []

    def next_title(index: int) -> bool:
        following = _next_of(items, index + 1, ("heading",), skip=("caption", "label"))
        return following is not None and following.level in title_levels and not (
            single_article and current is not None and current.title)

    for index, item in enumerate(items):
        if item.role == "heading" and item.level in title_levels and not (single_article and current and current.title):
            is_subtitle = current is not None and current.title and not current.paragraphs and not current.subtitle and (
                item.level == top + 1 or item.text.startswith("——"))
            if is_subtitle:
                current.subtitle = item.text.lstrip("—-– ").strip()
                continue
            current = Draft(title=item.text, kicker=" ".join(pending_kicker) or None, bylines=pending_bylines)
            pending_kicker, pending_bylines = [], []
            drafts.append(current)
        elif item.role in ("heading", "candidate"):
            if next_title(index):
                pending_kicker.append(item.text)
            elif item.role == "candidate" and current is not None and current.title and not current.paragraphs \
                    and item.text.startswith("——") and not current.subtitle:
                current.subtitle = item.text.lstrip("—-– ").strip()
            elif item.role == "heading" or (index > 0 and items[index - 1].role == "heading" and item.blank_before == 0):
                if current is None:
                    current = Draft(title=item.text)
                    drafts.append(current)
                elif item.role == "candidate" and current.paragraphs and current.paragraphs[-1].startswith(SECTION):
                    current.paragraphs[-1] += " " + item.text
                else:
                    current.paragraphs.append(SECTION + item.text)
            # other short plain lines in a Markdown page are photo captions
        elif item.role == "para":
            current = _add_paragraph(drafts, current, item, new_article=current is None)
        elif item.role == "note" and current is not None:
            current.paragraphs.append(NOTE + item.text)
        elif item.role in ("byline", "credit", "header_byline") and item.byline:
            if item.role == "header_byline" and next_title(index):
                pending_bylines.append(item.byline)
            elif current is not None:
                current.bylines.append(item.byline)
    return drafts


def build_leading(items: list[Item]) -> list[Draft]:
    """Plain pages whose headlines stand above their articles.

    On pages whose layout marks the header lines (`Item.header`), only those open
    stories: a dateline inside such an article belongs to a round-up, not a new story.
    """
    layout_marked = any(item.header for item in items)
    drafts: list[Draft] = []
    current: Draft | None = None
    page_paragraphs = [item.text for item in items if item.role == "para"]
    idf = _idf(page_paragraphs)
    index = 0
    while index < len(items):
        item = items[index]
        if item.role == "candidate":
            group = []
            while index < len(items) and items[index].role == "candidate":
                group.append(items[index])
                index += 1
            blocks = _heading_blocks(group)
            following = _next_of(items, index, ("para", "header_byline", "byline"), skip=("caption", "label", "credit"))
            numbered = all(ENUMERATED_HEADING_RE.match(block) for block in blocks)
            starts = current is None or (not numbered and (
                current.ended or group[0].header or _marks_headline(blocks)
                or (following is not None and (following.role in ("header_byline", "byline") or is_dateline_para(following)))
                or (current.paragraphs and _changes_subject(current, items, index, idf))
            ))
            sections: list[str] = []
            while starts and len(blocks) > 1 and ENUMERATED_HEADING_RE.match(blocks[-1]):
                sections.insert(0, blocks.pop())  # `一、总体要求` right under a headline opens its first section
            if starts and current is not None and not current.paragraphs and not current.ended:
                _apply_headings(current, ([current.kicker] if current.kicker else []) + ([current.title] if current.title else []) + blocks)
            elif starts:
                current = Draft()
                _apply_headings(current, blocks)
                drafts.append(current)
            else:
                sections = [" ".join(blocks)]
            current.paragraphs.extend(SECTION + section for section in sections)
            continue
        if item.role == "section" and current is not None:
            closing = _next_of(items, index + 1, ("para",), skip=("section", "caption", "label", "credit", "note", "lead")) is None
            # A short line after the last paragraph is a credit (数据来源：…, 投稿邮箱…), not a section.
            current.paragraphs.append((NOTE if closing else SECTION) + item.text)
        elif item.role == "lead" and current is not None:
            current.paragraphs.append(NOTE + item.text)
        elif item.role == "para":
            # A dateline (本报讯…) always opens a new story.
            new_article = current is None or (is_dateline_para(item) and bool(current.paragraphs) and not layout_marked)
            current = _add_paragraph(drafts, current, item, new_article=new_article)
        elif item.role == "note" and current is not None:
            current.paragraphs.append(NOTE + item.text)
            if item.byline:
                current.bylines.append(item.byline)
            current.ended = True
        elif item.role in ("byline", "credit", "header_byline") and current is not None:
            if item.byline:
                current.bylines.append(item.byline)
            if item.role != "header_byline" and current.paragraphs:
                current.ended = True
        index += 1
    return drafts


def build_trailing(items: list[Item]) -> list[Draft]:
    """Plain pages whose headlines are printed after their bodies, as in column layouts.

    Each run of heading blocks closes the body before it. A body with no run after it
    (the next body starts with a dateline) takes the last block of the run before it.
    """
    segments: list[tuple[str, object]] = []  # ("body", Draft) or ("run", list[str])
    run: list[Item] = []
    body: Draft | None = None
    for item in items:
        if item.role == "candidate":
            run.append(item)
            continue
        if item.role not in ("para", "byline", "credit", "header_byline", "note", "section"):
            continue
        if item.role == "section":
            if body is not None and not run:
                body.paragraphs.append(SECTION + item.text)
            continue
        if run:
            segments.append(("run", _heading_blocks(run)))
            run = []
            body = None
        if item.role == "para":
            if body is None or is_dateline_para(item):
                body = Draft()
                segments.append(("body", body))
            if item.byline:
                body.bylines.append(item.byline)
            body.paragraphs.append(item.text)
        elif item.role == "note" or item.byline:
            if body is None:
                body = Draft()
                segments.append(("body", body))
            if item.role == "note":
                body.paragraphs.append(NOTE + item.text)
            if item.byline:
                body.bylines.append(item.byline)
    if run:
        segments.append(("run", _heading_blocks(run)))
    headings: dict[int, list[str]] = {}
    for position, (kind, _) in enumerate(segments):
        if kind == "body" and position + 1 < len(segments) and segments[position + 1][0] == "run":
            headings[position] = list(segments[position + 1][1])
    for position, (kind, _) in enumerate(segments):
        if kind != "body" or position in headings or position == 0 or segments[position - 1][0] != "run":
            continue
        owner = position - 2
        blocks = headings.get(owner, [])
        if len(blocks) >= 2:
            headings[position] = [blocks.pop()]
        elif owner < 0 or segments[owner][0] != "body":
            headings[position] = list(segments[position - 1][1])
    drafts = []
    for position, (kind, value) in enumerate(segments):
        if kind == "body":
            _apply_headings(value, headings.get(position, []))
            drafts.append(value)
    return drafts


# A column tag closes a headline (`…（人民论坛）`, `…(今日谈)`); a kicker ends with a dash
# (`…呼吁——`); a subtitle opens with one (`——记…`). Section headings carry none of these.
COLUMN_TAG_RE = re.compile(r"[（(][^（）()，。]{2,14}[）)]$")
HEADLINE_MARK_RE = re.compile(r"^——|[（(][^（）()，。]{2,14}[）)]$")


def _marks_headline(blocks: list[str]) -> bool:
    """A header group shaped like a headline: a column tag, a subtitle, or a kicker over a title.

    A lone line ending in `——` leads into the next paragraph (a feature's section), so a
    dash marks a kicker only with a title below it.
    """
    return any(HEADLINE_MARK_RE.search(block.strip()) for block in blocks) or any(
        block.strip().endswith("——") for block in blocks[:-1])


def _changes_subject(current: Draft, items: list[Item], index: int, idf: dict[str, float]) -> bool:
    """True when the text after a heading shares little vocabulary with the article so far."""
    after = []
    for item in items[index:]:
        if item.role == "candidate" or (item.role in ("byline", "credit") and after):
            break
        if item.role == "para":
            after.append(item.text)
        if len(after) >= 5:
            break
    if not after:
        return False
    before = [p for p in current.paragraphs if not p.startswith(SECTION)]
    if current.title:
        before.append(current.title)
    similarity = _cosine(_bag(" ".join(before), idf), _bag(" ".join(after), idf))
    if DEBUG:
        print("cohesion", round(similarity, 3), items[index - 1].text[:20], "->", after[0][:20])
    return similarity < SUBJECT_CHANGE_SIMILARITY


SUBJECT_CHANGE_SIMILARITY = 0.06
DEBUG = False


def _content_words(text: str) -> list[str]:
    stop = words.builtin_stopwords()
    return [w for w in words.cut(text) if len(w) >= 2 and has_cjk(w) and w not in stop]


def _idf(paragraphs: list[str]) -> dict[str, float]:
    frequency: Counter = Counter()
    for paragraph in paragraphs:
        frequency.update(set(_content_words(paragraph)))
    total = len(paragraphs) + 1
    return {word: math.log(total / count) + 1.0 for word, count in frequency.items()}


def _bag(text: str, idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(_content_words(text))
    return {word: (1 + math.log(count)) * idf.get(word, 1.0) for word, count in counts.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(value * b.get(word, 0.0) for word, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


# ---------------------------------------------------------------- entry points


def page_items(source: Source) -> tuple[list[Item], str]:
    """The classified lines of a page and its layout: markdown, leading or trailing."""
    # Full-width spaces become two ASCII ones so that indentation survives normalization.
    raw_lines = normalize_text(source.text.replace("\u3000", "  ")).split("\n")
    lines = [_keep_indent(raw, undouble(raw)) for raw in raw_lines]
    markdown = any(MD_HEADING_RE.match(line.strip()) and line.strip().lstrip("#").strip() for line in lines
                   if line.strip().startswith("#"))
    wrapped = not markdown and looks_wrapped(lines)
    indents = not markdown and uses_indents(lines)
    items = [_layout_role(classify_line(line.text, line.blank_before, markdown), line, indents)
             for line in logical_lines(lines, wrapped, indents)]
    items = resolve_captions(items, wrapped)
    items = drop_repeats(items, text_view=indents)
    if markdown:
        return items, "markdown"
    content = [item for item in items if item.role in ("para", "candidate")]
    trailing = len(content) > 1 and content[0].role == "para" and content[-1].role == "candidate"
    return items, "trailing" if trailing else "leading"


def _keep_indent(raw: str, line: str) -> str:
    stripped = line.lstrip()
    return raw[:len(raw) - len(raw.lstrip())] + stripped if stripped else ""


def _layout_role(item: Item, line: LogicalLine, indents: bool) -> Item:
    """On a page that indents its paragraphs, indentation overrules what the words suggest.

    Unindented lines are header lines (引题, 主题, 副题, column tags); indented short lines are
    section headings inside the article, never headlines.
    """
    if not indents:
        return item
    if line.indented and item.role == "candidate":
        return replace(item, role="section")
    if line.indented and item.role in ("byline", "credit", "header_byline", "caption"):
        # Credits printed as paragraphs (采访整理：…, 版式设计：…) are part of the article as the paper gives it.
        return replace(item, role="note", text=line.text)
    long_byline = item.role == "byline" and len(re.findall(f"[{CJK}]", line.text)) >= 12 and " " not in line.text.strip()
    if not line.indented and (item.role in ("candidate", "para") or long_byline) and not is_dateline_para(item):
        return replace(item, role="candidate", text=undouble(fix_punctuation(line.text)), header=True)
    return item


BUILDERS = {
    "markdown": lambda items, source: build_markdown(items, source.single_article),
    "leading": lambda items, source: build_leading(items),
    "trailing": lambda items, source: build_trailing(items),
}


def split_articles(source: Source) -> list[Article]:
    """Cut one source page into its articles, in page order."""
    items, layout = page_items(source)
    drafts = BUILDERS[layout](items, source)
    stem = Path(source.path).stem
    articles = []
    for draft in drafts:
        article = _finish(draft, source, stem, len(articles))
        if article is not None:
            articles.append(article)
    return articles


def _finish(draft: Draft, source: Source, stem: str, position: int) -> Article | None:
    paragraphs: list[str] = []
    headings: list[int] = []
    notes: list[int] = []
    for paragraph in draft.paragraphs:
        is_heading = paragraph.startswith(SECTION)
        if paragraph.startswith(NOTE):
            notes.append(len(paragraphs))
            paragraphs.append(tighten_spaces(paragraph[1:]))
            continue
        text = tighten_title(paragraph[1:]) if is_heading else tighten_spaces(paragraph)
        if not letters(text):
            continue
        if is_heading:
            headings.append(len(paragraphs))
        paragraphs.append(text)
    while headings and headings[-1] == len(paragraphs) - 1:
        headings.pop()
        paragraphs.pop()
    if len(headings) + len(notes) == len(paragraphs):
        return None
    title = draft.title or (source.title if position == 0 else None) or _fallback_title(paragraphs, headings, notes)
    bylines = list(dict.fromkeys(b.strip() for b in draft.bylines if b and b.strip()))
    return Article(
        id=f"{stem}-{position + 1:02d}",
        source=source.path,
        title=tighten_title(title),
        subtitle=tighten_title(draft.subtitle) if draft.subtitle else (tighten_title(draft.kicker) if draft.kicker else None),
        kicker=tighten_title(draft.kicker) if draft.kicker else None,
        byline="；".join(bylines) or None,
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        notes=tuple(notes),
        position=position,
        date=source.date,
        page=source.page,
    )


def tighten_title(text: str) -> str:
    """One line, single spaces; a headline wholly inside one pair of quotes loses them."""
    text = re.sub(r"\s+", " ", text).strip()
    if text.startswith("“") and text.endswith("”") and text.count("“") == 1:
        text = text[1:-1].strip()
    return text


def _fallback_title(paragraphs: list[str], headings: list[int], notes: list[int]) -> str:
    """An article printed without a headline is named by its first clause."""
    first = strip_dateline(next(p for i, p in enumerate(paragraphs) if i not in headings and i not in notes))
    clause = next((part.strip() for part in re.split(r"[，。；！？,;!?]", first) if letters(part)), first.strip())
    return clause if len(clause) <= 24 else clause[:24] + "…"
