"""Where a source's date and outlet come from, in order of trust.

1. metadata: Markdown front matter (`date:`, `source:`), a web page's metadata (found by
   trafilatura/htmldate in `read.read_html`), a PDF page's masthead (`pdf.masthead_facts`);
2. a date line at the top of the text (`2025年3月7日　星期五`, `发布时间：2025-03-07 10:30`),
   with the `来源：` line beside it naming the outlet;
3. the file name (`2025-03-06_区报.txt`, `20250310-xx.txt`).

A date inside an article's body (`3月27日，…会议召开`) is never the article's date, and file
modification times are never used: a file copied on Monday says nothing of its story.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

# Labels of the metadata lines that web pages and department files print above the text.
_LABEL = r"(?:发布时间|发布日期|更新时间|时间|日期|发表时间|发稿时间|来源|作者|编辑|责任编辑|字号|浏览次数|点击数)"
# Such a label with nothing after it (`来源：`, its value a link on the next line): no text.
EMPTY_FIELD_RE = re.compile(rf"^{_LABEL}\s*[:：]$")
_FULL_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d))"
)
_NAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
# A date spelled out or set with one separator and no zeros in a file name: `2025年3月3日第2版`, `日报2025.3.3`.
_NAME_SPELLED_DATE_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:年(\d{1,2})月(\d{1,2})[日号]?|(?P<sep>[-_.])(\d{1,2})(?P=sep)(\d{1,2}))(?!\d)")
# An e-paper's PDF named by its date and page run together (`jzrb2025110301.pdf`: page 01 of 3 November).
_NAME_DATE_AND_PAGE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{2}(?!\d)")
_WEEKDAY_RE = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
_TIME_RE = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# The outlet: `来源：区融媒体中心` (`信息来源：`, `文章来源：`, `本文来源于国家统计局`), or on a
# department's submission form, `供稿单位：区林业局`.
_SOURCE_RE = re.compile(r"(?:(?:(?:信息|文章|稿件|新闻|内容|本文)?来源|转自|转载自|发布者|发布机构|发布单位|供稿单位|报送单位|投稿单位|(?<![\u4e00-\u9fff])单位)\s*[:：|｜丨]"
                        r"|本文来源于\s*[:：]?)\s*(?P<name>[^\s|｜丨/]{2,20})")
_GLUED_DATE_RE = re.compile(r"(?<=\D)(?:19|20)\d{2}\D.*$")  # `国家统计局2024-05-11`: the date printed on after the name
# `作者：张三`, `记者 李四`: who wrote it, named on the metadata line (a name or two, not a sentence).
_AUTHOR_RE = re.compile(r"(?:作者|记者|撰稿)\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{2,8}(?:[、，,\s][\u4e00-\u9fff·]{2,4}){0,3})(?=\s|$|[|｜丨/])")
# Who else handled it: editors, and on a school's or a department's site its reviewers (`审核：张伟`)
# and who put it up (`发布人：王敏`).
_EDITOR_RE = re.compile(r"(?:责任编辑|编辑|责编|审核|初审|复审|终审|审校|审稿|签发|校对|发布人)\s*[:：]\s*[\u4e00-\u9fff·]{2,8}")
_LUNAR_RE = re.compile(r"农历[\u4e00-\u9fff]{2,8}")
# What a web page's article view prints beside its date, copied with it: tool links
# (`【字体：大 中 小】【打印本页】【关闭窗口】`) and the page's counters (`浏览次数：236`).
PAGE_TOOL = (r"(?:(?:字体|字号)\s*[:：]?\s*)?大\s*中\s*小|(?:字体|字号)\s*[:：]?\s*[大中小]\s*[大中小]|打印(?:本页|此页|文章)?"
             r"|关闭(?:窗口|本页)?|收藏(?:本页)?|返回(?:顶部|首页|目录|列表|上页|版面)?|我要纠错|纠错|分享(?:到)?|推荐给朋友"
             r"|复制链接|默认|放大|缩小")
_TOOL_RE = re.compile(r"[【\[]\s*(?:" + PAGE_TOOL + r")\s*[】\]]|(?:字体|字号)\s*[:：]?\s*[【\[]?\s*大\s*中\s*小\s*[】\]]?")
_COUNTER_RE = re.compile(r"(?:浏览次数|点击数|阅读次数|点击量|浏览量|阅读量|访问量|阅读|浏览|点击)\s*[:：]\s*[\[【（(]?\s*[\d,，]+\s*[\]】）)]?\s*次?")
TOP_LINES = 6
MIN_TEXT_LINE = 20  # letters of a line of text, more than any date or source line holds
_SENTENCE_END_RE = re.compile(r"[。！？]")
MAX_DATE_LINE_WIDTH = 80  # a date line with the page's tools and counters beside it

DATE_SOURCES = ("front matter", "web page metadata", "masthead", "date line", "file name")


@dataclass(frozen=True)
class TopFacts:
    """What the metadata lines at the top of a text say, and the text without them."""

    date: str | None
    source_name: str | None
    text: str
    author: str | None = None
    page: str | None = None  # 版次, from a print citation (`《光明日报》（ 2025年03月04日 08版）`)


_CHINESE_NUMBER_RE = re.compile(r"^(?:(?P<tens>[二三四五六七八九]?)十)?(?P<units>[一二三四五六七八九]?)$")


def chinese_number(figure: str) -> int | None:
    """一 to 九十九 as a number (`十二` is 12, `二十` is 20); None for other runs (`二二`)."""
    match = _CHINESE_NUMBER_RE.match(figure)
    if not figure or not match:
        return None
    digits = "一二三四五六七八九"
    tens = (digits.index(match["tens"]) + 1 if match["tens"] else 1) if "十" in figure else 0
    return tens * 10 + (digits.index(match["units"]) + 1 if match["units"] else 0)


# A date in Chinese numerals, as mastheads and official documents print it: `二〇二五年三月十二日`.
_CHINESE_DIGITS = "〇一二三四五六七八九"
_CHINESE_DATE_RE = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
                              r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")


def arabic_dates(text: str) -> str:
    """Dates in Chinese numerals written with Arabic ones (`二〇二五年三月十二日` -> `2025年3月12日`),
    so that every date rule reads them."""
    def arabic(match: re.Match) -> str:
        year = "".join(str(_CHINESE_DIGITS.index(ch)) for ch in match["y"].replace("○", "〇").replace("零", "〇"))
        month, day = chinese_number(match["m"]), chinese_number(match["d"])
        if not (month and day and month <= 12 and day <= 31):
            return match.group()  # `十三月`, `十十日`: no date
        return f"{year}年{month}月{day}日"

    return _CHINESE_DATE_RE.sub(arabic, text) if "年" in text else text


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def full_dates(text: str) -> Iterator[str]:
    """Each full date (year, month and day) printed in `text`, as ISO `YYYY-MM-DD`."""
    for match in _FULL_DATE_RE.finditer(text):
        found = iso_date(int(match["y"]), int(match["m1"] or match["m2"]), int(match["d1"] or match["d2"]))
        if found:
            yield found


def find_date(text: str) -> str | None:
    """The first full date (with its year) in `text`, as ISO `YYYY-MM-DD`."""
    return next(full_dates(text), None)


def date_from_name(name: str) -> str | None:
    """A date in a file name: `2025-03-06_区报.txt`, `20250310-xx.txt`, `区报2025.03.07.docx`,
    `2025年3月3日第2版.txt`, `日报2025.3.3.pdf`, `jzrb2025110301.pdf` (the page's number after it)."""
    for match in (*_NAME_DATE_RE.finditer(name), *_NAME_DATE_AND_PAGE_RE.finditer(name)):
        found = iso_date(int(match[1]), int(match[2]), int(match[3]))
        if found:
            return found
    for match in _NAME_SPELLED_DATE_RE.finditer(name):
        month, day = (match[2], match[3]) if match[2] else (match[5], match[6])
        found = iso_date(int(match[1]), int(month), int(day))
        if found:
            return found
    return None


def _metadata_rest(line: str) -> str:
    """What a line says besides dates, weekdays, times, labels and the outlet: empty for a pure metadata line."""
    rest = _COUNTER_RE.sub(" ", _TOOL_RE.sub(" ", _FULL_DATE_RE.sub(" ", line)))
    rest = _SOURCE_RE.sub(" ", rest)
    rest = _EDITOR_RE.sub(" ", _AUTHOR_RE.sub(" ", rest))
    for pattern in (_WEEKDAY_RE, _TIME_RE, _LUNAR_RE):
        rest = pattern.sub(" ", rest)
    rest = re.sub(_LABEL + r"\s*[:：]?", " ", rest)
    return re.sub(r"[\s|｜丨/·:：,，()（）\[\]【】-]+", "", rest)


# A bulletin's header (简报, 信息): its issue line (`第5期`, `2025年第5期（总第120期）`), and the
# issuing office set on one line with the date (`某区教育局办公室　　2025年3月4日`).
_ISSUE = r"第\s*[0-9一二三四五六七八九十百零〇]+\s*期"
ISSUE_LINE_RE = re.compile(
    rf"^(?:(?:19|20)\d{{2}}\s*年\s*)?{_ISSUE}(?:\s*[（(]\s*总{_ISSUE}\s*[）)])?$|^[（(]\s*总{_ISSUE}\s*[）)]$")
ISSUER_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff（）()]{2,24}(?:办公室|委员会|局|委|中心|政府|部|处|科|办|队|院|学校|社|会|所|站|厅|集团|公司))"
                       r"(?:编印|编|主办|印发)?$")  # `江州区人民政府办公室编`: the office that compiles a bulletin


# A WeChat article's line under its title: `原创 作者 公众号 2025年03月04日 18:30 重庆` (the account
# last before the date, or an outlet's name run into it in an app's copy:
# `江州日报2025-03-05 18:30发布于重庆`; a place after the time, or where it was posted from:
# `发表于重庆`, `IP属地：重庆`). A news app sets the account on a line of its own above the line of
# the date and the place (`江州发布` / `2025-03-11 08:30·重庆`).
_OUTLET_ENDINGS = "网|台|报|社|发布|新闻|融媒|客户端|头条|频道"  # how an outlet's or an app channel's name ends
_OUTLET_NAME = r"[\u4e00-\u9fff]{1,12}?(?:" + _OUTLET_ENDINGS + r")"  # `江州日报`, `人民日报客户端江州频道`
_ACCOUNT_LINE_RE = re.compile(
    r"^(?:原创\s+)?(?:(?P<names>(?:[^\s，。；！？：:]{2,20}\s+){0,2}(?:" + _OUTLET_NAME + r"(?=\d))?))"
    r"(?P<date>(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2}))"
    r"(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?P<place>(?:\s*(?:发[表布]于|IP属地\s*[:：]?)\s*|\s+|\s*[·・]\s*)"
    r"(?!星期|周[一二三四五六日天]|礼拜|农历)(?P<where>[\u4e00-\u9fff]{2,4}))?$")
ACCOUNT_NAME_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}$")


def _account(line: str) -> tuple[str, str | None] | None:
    """The account a WeChat article's line under its title names (`原创 荣昌发布 2025年03月04日 18:30 重庆`),
    with the writer where an app's channel names them after it (`人民日报客户端江州频道 陈静 2025-03-05
    18:30:12`: a short name after the outlet's is the writer's)."""
    match = _ACCOUNT_LINE_RE.match(line)
    names = match["names"].split() if match else []
    if not names or re.search(r"记者|通讯员|作者|编辑|撰稿|摄影", match["names"]):
        return None  # a reporter's line with its date is a byline
    if len(names) >= 2 and _CHANNEL_RE.search(names[-2]) and _WRITER_NAME_RE.fullmatch(names[-1]) \
            and not _CHANNEL_RE.search(names[-1]):
        return names[-2], names[-1]
    return names[-1], None


_CHANNEL_RE = re.compile(f"(?:{_OUTLET_ENDINGS})$")
_WRITER_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}")


def app_date_line(line: str) -> bool:
    """A news app's line of the date and the place under its account's line (`2025-03-11 08:30·重庆`)."""
    match = _ACCOUNT_LINE_RE.match(line)
    # An outlet after the date (`2025年03月12日 江州日报`, an article view's line) is no place.
    return bool(match and match["place"] and not match["names"]) and not _OUTLET_NAME_RE.fullmatch(match["where"])


def _issuer(line: str) -> str | None:
    """The office a bulletin's date line names beside its date (`某区教育局办公室　　2025年3月4日`)."""
    if not find_date(line):
        return None
    match = ISSUER_RE.match(re.sub(r"\s+", "", _FULL_DATE_RE.sub("", line)))
    return match["name"] if match else None


class LineFacts(NamedTuple):
    """What one metadata line says."""

    date: str | None
    source_name: str | None
    author: str | None


def with_facts(known: LineFacts | None, more: LineFacts | None) -> LineFacts | None:
    """What two metadata lines say together: the first line's facts, the second's where it said none."""
    if known is None or more is None:
        return known or more
    return LineFacts(*(first or second for first, second in zip(known, more)))


def metadata_line(line: str) -> LineFacts | None:
    """The facts of a line that says nothing but a date or an outlet, with times, labels and a
    writer (`发布时间：2025-03-05 10:20　来源：永川日报　作者：李四`); None for any other line."""
    if len(line) > MAX_DATE_LINE_WIDTH:
        return None
    if app_date_line(line):
        return LineFacts(find_date(line), None, None)
    account = _account(line)
    if account:
        return LineFacts(find_date(line), *account)
    found = find_date(line)
    name = _SOURCE_RE.search(line)
    # Most lines hold neither: the costlier check of what else the line says comes after.
    if not (found or name):
        return None
    rest = _metadata_rest(line)
    # A paper's line under the headline may name the outlet with no label, a field of its own
    # beside the date and the reporter (`江州日报 2025年03月06日 记者 周敏`, `2025年03月12日 江州日报`,
    # `2025年03月12日 江州日报 作者：周敏`).
    outlet = rest if rest and found and not name and _OUTLET_NAME_RE.fullmatch(rest) \
        and rest in line.split() else None
    if rest and not outlet:
        return None
    writer = _AUTHOR_RE.search(line)
    return LineFacts(found, _GLUED_DATE_RE.sub("", name["name"]) if name else outlet, writer["name"].strip() if writer else None)


_OUTLET_NAME_RE = re.compile(_OUTLET_NAME)


# A newspaper page's masthead line as a text copy keeps it: the date, the page (`第2版`, `A3版`)
# and at most the paper's and the section's names (`永川日报 2025年3月3日 星期一 第2版 要闻`).
# `今日8版`, `本期16版`, `共8版` beside the date count the issue's pages: no page's number.
_PAGE_COUNT = r"(?:今日|本期|共)\s*\d{1,2}\s*版"
_PAGE_COUNT_RE = re.compile(_PAGE_COUNT)
_PAGE_NUMBER = r"(?P<page>[A-Z]?\d{1,3})\s*版"
_PAGE_MARK_RE = re.compile(rf"(?:第\s*)?{_PAGE_NUMBER}(?![权面])")
_MASTHEAD_NAME_RE = re.compile(r"^[\u4e00-\u9fff·]{1,12}$")
MAX_MASTHEAD_NAMES = 3


# The page's editors, which an e-paper folio prints beside its date and page (`责任编辑：王丽　美编：李强`).
_PAGE_CREDIT_RE = re.compile(r"(?:责任编辑|值班编辑|本版编辑|图片编辑|编辑|责编|美编|校对|审校|版式设计|版式|制图|监制)\s*[:：]"
                             r"\s*[\u4e00-\u9fff·](?:\s{0,2}[\u4e00-\u9fff·]){1,3}?(?=\s|$)")


# What a masthead prints beside the paper's name and date: its registration and issue numbers, its page count.
MASTHEAD_FURNITURE_RE = re.compile(
    r"^(?:国内统一(?:连续出版物号|刊号)\s*[:：]?\s*)?CN\s*\d{2}\s*[-－—]\s*\d{4}(?:/[A-Z\d]+)?(?:\s.*)?$"
    rf"|^国内统一(?:连续出版物号|刊号)|^邮发代号|^{_PAGE_COUNT}$|^总第?\s*\d+\s*期$")


def masthead_line(line: str, top: bool = False) -> tuple[str, str | None, str | None] | None:
    """The date, page and paper (a name ending in 报) of a masthead line; None for any other line.
    At the top of a file (`top`), an e-paper site's name over the date (`江州日报数字报　2025年03月06日`)
    is a masthead without the page."""
    if len(line) > MAX_DATE_LINE_WIDTH or ("版" not in line and not top):
        # Asked of every line of a text page: a paragraph, or a line naming no page (`版`, which
        # both a page's number and the issue's count of pages print), is let go before any search.
        return None
    line, counted = _PAGE_COUNT_RE.subn(" ", line)  # the issue's page count marks a masthead as a page does
    page = _PAGE_MARK_RE.search(line)
    if not page and not counted and not (top and _EDITION_RE.search(line)):
        return None
    date = find_date(line)
    if not date:
        return None
    rest = _PAGE_MARK_RE.sub(" ", _FULL_DATE_RE.sub(" ", line))
    for pattern in (_WEEKDAY_RE, _LUNAR_RE, _PAGE_CREDIT_RE):
        rest = pattern.sub(" ", rest)
    names = [name for name in re.split(r"[\s|｜丨/·:：]+", rest) if name]  # `第01版：要闻`: the page's section
    if len(names) > MAX_MASTHEAD_NAMES or not all(_MASTHEAD_NAME_RE.match(name) for name in names):
        return None
    paper = next((name for name in names if name.endswith("报")), None)
    edition = next((name for name in names if _EDITION_RE.search(name)), None)
    if not page and not edition and not counted:
        return None
    # An e-paper site names its edition (`江州日报数字报`, `…电子版`): the paper is 江州日报.
    paper = _EDITION_RE.sub("", edition or paper) if edition or paper else None
    return date, page_number(page["page"]) if page else None, paper


def paper_line(line: str) -> tuple[str | None, str] | None:
    """The page and paper of a file's first line that names the paper, and perhaps its page and
    section, but no date (`江州日报 第2版 综合新闻`, `# 江州日报·综合新闻`, `江州日报`): a page's
    name copied without its date, no story's kicker or title. A document named by its kind
    (`情况通报`, `喜报`) is no paper."""
    parts = [part for part in re.split(r"[\s|｜丨/·:：]+", line.strip()) if part]
    if not parts or len(parts) > MAX_MASTHEAD_NAMES:
        return None
    page = next(filter(None, map(_PAGE_MARK_RE.fullmatch, parts)), None)
    paper = _EDITION_RE.sub("", parts[0])  # `江州日报数字报`: the paper's site
    sections = [part for part in parts[1:] if not _PAGE_MARK_RE.fullmatch(part)]
    if not _PAPER_NAME_RE.match(paper) or len(sections) > 1 or not all(map(_MASTHEAD_NAME_RE.match, sections)):
        return None
    return (page_number(page["page"]) if page else None), paper


# A paper's name: at least two letters before `报`, and no document's kind (`情况通报`, `工作简报`,
# `防汛工作日报`).
_PAPER_NAME_RE = re.compile(r"^(?!.*(?:工作|情况|动态|信息)[日周月]?报$)[\u4e00-\u9fff·]{2,12}"
                            r"(?<![通简喜捷战汇公海预情举申呈上回警年快电])报$")


# The label over a site's path to the page (`当前位置：首页 > …`).
VIEW_POSITION = r"您?(?:当前|现在)(?:的)?位置|您的位置"
# An article view's path that ends on the page it stands on (`当前位置：首页 > 第A02版：综合新闻`).
_PATH_PAGE_RE = re.compile(rf"^(?:{VIEW_POSITION})?\s*[:：]?\s*(?:首页|网站首页|主页)?\s*[>＞»›].*?"
                           rf"第\s*{_PAGE_NUMBER}\s*(?:[:：]\s*[\u4e00-\u9fff·]{{1,8}})?\s*$")


def path_page(line: str) -> tuple[None, str, None] | None:
    """The page an article view's path names, in `masthead_line`'s shape with no date or paper."""
    match = _PATH_PAGE_RE.match(line.strip())
    return (None, page_number(match["page"]), None) if match else None


_EDITIONS = "数字报|电子报|电子版|数字版"  # what an e-paper site calls itself after the paper's name
_EDITION_RE = re.compile(rf"(?<=报)(?:{_EDITIONS})(?![\u4e00-\u9fff])")


MAX_MASTHEAD_LINES = 4
# An e-paper view's links to the next and the last article, page or issue (`<<上一篇　　下一篇>>`,
# `上一期　下一期`), which its top sets between the masthead's lines.
EPAPER_NAVIGATION = r"(?:[\s<>«»|｜丨]*(?:上一|下一)(?:篇|版|页|期)[\s<>«»|｜丨]*)+"
_EPAPER_NAVIGATION_RE = re.compile(EPAPER_NAVIGATION)


def _masthead_over_lines(lines: list[str], first: int) -> tuple[list[int], tuple[str, str | None, str | None] | None]:
    """A masthead whose parts each stand on a line of their own at the top of the page (`江州教育报` /
    `2025年4月16日 星期三` / `第2版 职教周刊`): the fewest first lines that together print the
    date and the page and nothing else. An e-paper view's links between them (`上一期　下一期`)
    go with the masthead."""
    parts: list[int] = []
    links: list[int] = []
    found: tuple[list[int], tuple[str, str | None, str | None]] | None = None
    for index in range(first, len(lines)):
        if not lines[index].strip():
            continue
        if _EPAPER_NAVIGATION_RE.fullmatch(lines[index].strip()):
            links.append(index)
            continue
        parts.append(index)
        if len(parts) > MAX_MASTHEAD_LINES:
            break
        if len(parts) >= 2:
            masthead = masthead_line(" ".join(lines[part].strip() for part in parts), top=True)
            if masthead and masthead[1] is not None:
                return sorted(parts + links), masthead
            if found:
                break  # no page under the site's name and the date
            if masthead:
                found = sorted(parts + links), masthead  # the site's name and the date: the page may follow
    return found or ([first], None)


# A paper's name on a line of its own (`江州日报`, `江州日报数字报`): where a masthead set over lines may start.
_PAPER_NAME_LINE_RE = re.compile(rf"^\s*[\u4e00-\u9fff·]{{1,12}}报(?:{_EDITIONS})?\s*$")


def join_spread_mastheads(lines: list[str]) -> list[str]:
    """Each masthead set over lines further down a file (an e-paper view's next page copied under
    the first: `江州日报数字报` / `2025年03月06日 星期四` / `上一期　下一期` / `第A03版：经济`) as one
    line, which then reads as the masthead of the page it opens; the links between its parts go
    with it. Only a masthead that prints its page is one: the page tells the pages apart."""
    dropped: set[int] = set()
    joined: dict[int, str] = {}
    for index, line in enumerate(lines):
        if index in dropped or not _PAPER_NAME_LINE_RE.match(line):
            continue
        parts, masthead = _masthead_over_lines(lines, index)
        if masthead is None or masthead[1] is None:
            continue
        joined[parts[0]] = " ".join(lines[part].strip() for part in parts
                                    if not _EPAPER_NAVIGATION_RE.fullmatch(lines[part].strip()))
        dropped.update(parts[1:])
    if not joined:
        return lines
    return [joined.get(index, line) for index, line in enumerate(lines) if index not in dropped]


def page_number(printed: str) -> str:
    """A page number as printed (`02`, `２`, `A3`), in half-width digits without leading zeros."""
    return unicodedata.normalize("NFKC", printed).lstrip("0") or "0"


_HEADING_MARK_RE = re.compile(r"^#{1,6}\s+")
# Markdown's italics (`*2025-03-12 19:30*`), as a WeChat article saved as Markdown sets its date line.
EMPHASIS_RE = re.compile(r"(?<![*\w])\*(?![\s*])(.+?)(?<![\s*])\*(?![*\w])")


# The field that opens a story in a department's form or an editing system's export (`标题：…`,
# `【标题】…`): a later one opens a later story, whose facts lines are its own.
FORM_TITLE_LABELS = ("标题", "题目", "文章标题", "稿件标题")
# In brackets a headline's field may also be `【主题】`: `主题：…` is a meeting's theme among a notice's particulars.
BRACKETED_TITLE_LABELS = (*FORM_TITLE_LABELS, "主题", "主标题")
_FORM_TITLE_RE = re.compile(rf"^(?:(?:{'|'.join(FORM_TITLE_LABELS)})\s*[:：]|【(?:{'|'.join(BRACKETED_TITLE_LABELS)})】)")


def _bare(line: str) -> str:
    """A line without a heading's mark or emphasis: a masthead set in a Word file's heading style
    is still one; so is a date line set in italics."""
    return EMPHASIS_RE.sub(r"\1", _HEADING_MARK_RE.sub("", line.strip()))


def top_facts(text: str) -> TopFacts:
    """The date line and `来源：` line among the first lines of a text; those lines are removed.

    A line counts only when it says nothing else (`2025年3月7日　星期五`,
    `发布时间：2025-03-07 10:30　来源：区融媒体中心`), so that a first sentence that
    happens to start with a date (`2025年3月7日，区里召开…`) stays in the article.
    """
    lines = arabic_dates(text).split("\n")  # `二〇二五年三月五日` under a notice is its date too
    date = source_name = author = page = None
    drop: set[int] = set()
    seen = 0
    previous: int | None = None  # the last non-empty line's index
    masthead_seen = False
    for index, line in enumerate(lines):
        stripped = _bare(line)
        if not stripped or index in drop:  # blank, or a part of a masthead set over lines, read with its first
            continue
        seen += 1
        if seen > TOP_LINES or (seen > 1 and _FORM_TITLE_RE.match(stripped)) \
                or (date is not None and len(stripped) >= MIN_TEXT_LINE and _SENTENCE_END_RE.search(stripped)):
            # The text has begun under the date, or a later story's title field stands: a date
            # line below is a later article's (views copied together).
            break
        if ISSUE_LINE_RE.match(stripped):
            drop.add(index)  # the issue number, and the bulletin's name right above it (工作简报)
            # (Its length without a heading's mark: a Word file may set the name in Heading 1.)
            if previous is not None and seen <= 3 and len(_bare(lines[previous])) <= 12:
                drop.add(previous)
            previous = index
            continue
        above, previous = previous, index
        masthead = masthead_line(stripped, top=True)
        if masthead and masthead_seen:
            break  # a second masthead: the next page of an edition copied into one file starts here
        parts = [index]
        if not masthead and not masthead_seen and seen == 1:
            parts, masthead = _masthead_over_lines(lines, index)
        if masthead:
            masthead_seen = True
            date, page, source_name = date or masthead[0], page or masthead[1], source_name or masthead[2]
            drop.update(parts)
            continue
        named = paper_line(stripped) if seen == 1 else None
        if named and not _text_under(lines, index):
            # A masthead without its date, over the page's headlines (one printed further down
            # still dates the page); over a sentence, the paper's name is that text's headline.
            page, source_name = named
            drop.add(index)
            continue
        if masthead_seen and (MASTHEAD_FURNITURE_RE.match(stripped) or _EPAPER_NAVIGATION_RE.fullmatch(stripped)):
            drop.add(index)  # `国内统一连续出版物号：CN50-0000`, `今日8版`, `总第1234期`, `上一版　下一版` under the masthead
            continue
        short = len(stripped) <= MAX_DATE_LINE_WIDTH
        issuer = _issuer(stripped) if short else None
        account = _account(stripped) if short and not issuer else None
        if issuer or account:
            date = date or find_date(stripped)
            source_name = source_name or issuer or account[0]
            author = author or (account[1] if account else None)
            drop.add(index)
            continue
        if app_date_line(stripped):
            date = date or find_date(stripped)
            drop.add(index)
            if above is not None and seen >= 3 and ACCOUNT_NAME_RE.match(lines[above].strip()):
                source_name = source_name or lines[above].strip()  # the account, under the headline
                drop.add(above)
            continue
        facts = metadata_line(stripped)
        if facts is None:
            continue
        date, source_name, author = date or facts.date, source_name or facts.source_name, author or facts.author
        drop.add(index)
    # A news site prints where the article ran under it: `《光明日报》（ 2025年03月04日 08版）`,
    # `《人民日报》（2025年03月04日 第 01 版）`. Taken when the text holds one such line.
    citations = [index for index, line in enumerate(lines) if PRINT_CITATION_RE.match(line.strip())]
    if len(citations) == 1:
        cited = PRINT_CITATION_RE.match(lines[citations[0]].strip())
        date = date or find_date(cited["date"])
        source_name = source_name or cited["paper"]
        page = page or page_number(cited["page"])
        drop.add(citations[0])
    signed = _signature(lines)
    if signed:
        signed_date, issuer, signature = signed
        date, source_name = date or signed_date, source_name or issuer
        drop |= signature
    if not drop:
        return TopFacts(None, None, text)
    kept: list[str] = []
    for index, line in enumerate(lines):
        if index not in drop:
            kept.append(line)
        elif index + 1 < len(lines) and not lines[index + 1].strip():
            # The blank lines around a line taken out part what stands around it once, not twice
            # (two blank lines over a paragraph set it apart as a caption).
            while kept and not kept[-1].strip():
                kept.pop()
    return TopFacts(date, source_name, "\n".join(kept), author, page)


def _text_under(lines: list[str], index: int) -> bool:
    """Whether the first line under `index` with letters on it is text: it ends on a full stop, or
    is as long as a line of text and ends a sentence inside (a headline may ask or exclaim)."""
    following = next((_bare(line) for line in lines[index + 1:] if line.strip()), "")
    return following.endswith("。") or (len(following) >= MIN_TEXT_LINE and bool(_SENTENCE_END_RE.search(following)))


# What an official document prints under its signature: whether it is published (`（此件公开发布）`),
# whom to ask (`（联系人：张三，电话：…）`).
DOCUMENT_TAIL_RE = re.compile(r"^[（(]\s*(?:此件|本件)[^（）()]{2,12}[）)]$|^[（(]\s*联系人\s*[:：][^（）()]{2,60}[）)]$")


def _signature(lines: list[str]) -> tuple[str, str, set[int]] | None:
    """An official document's signature (落款) on its last lines: the issuing office, then the
    date (`区农业农村委员会` / `2025年3月5日`, or both on one line). Its date and office, and the
    lines it takes; it is no headline of the text above it."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    while filled and DOCUMENT_TAIL_RE.match(lines[filled[-1]].strip()):
        filled.pop()
    if len(filled) < 4:
        return None
    last = lines[filled[-1]].strip()
    issuer = _issuer(last) if len(last) <= MAX_DATE_LINE_WIDTH else None
    if issuer:
        return find_date(last), issuer, {filled[-1]}
    office = ISSUER_RE.match(re.sub(r"\s+", "", lines[filled[-2]]))
    date = find_date(last) if office and DATE_ONLY_RE.match(last) else None
    return (date, office["name"], {filled[-2], filled[-1]}) if date else None


DATE_ONLY_RE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


PRINT_CITATION_RE = re.compile(
    r"^[（(]?\s*《(?P<paper>[^《》\s]{2,12})》\s*[（(]\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:第\s*)?(?P<page>[A-Z]?\d{1,3})\s*版\s*[）)]\s*[）)]?$")


_FRONT_MATTER_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Markdown front matter (`---` / `key: value` lines / `---`) as a dict, and the text after it.

    Only flat `key: value` lines are read (title, date, source, author); quotes around a
    value are removed. A text without front matter comes back unchanged.
    """
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for index, line in enumerate(lines[1:60], start=1):
        if line.strip() in ("---", "..."):
            return meta, "\n".join(lines[index + 1:])
        match = _FRONT_MATTER_KEY_RE.match(line.strip())
        if match:
            value = match["value"].strip().strip("'\"").strip()
            if value:
                meta[match["key"].lower()] = value
        elif line.strip() and not line.startswith((" ", "\t", "-")):
            return {}, text  # not front matter: a horizontal rule above ordinary text
    return {}, text

