"""What a saved news page says besides its text: the headline without the site's name, and
the end of the story before the page's own furniture (copyright, comment rules, share links).

trafilatura finds the main text and the metadata; these rules fix what news sites add:
`<title>` is `headline_channel_site` (`…--经济·科技--人民网`, `…_财经网 - CAIJING.COM.CN`),
and the text often runs on into `返回搜狐，查看更多`, `All Rights Reserved` or a report line.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from .clean import ends_sentence, has_cjk, letters
from .dates import find_date, metadata_line
from .roles import COMMENTS_LABEL_RE, EDITOR_WORDS, LINK_LIST_RE, strip_inline_markup

# Separators between a headline and the channel or site names that follow it in <title>.
_TITLE_SEPARATOR_RE = re.compile(r"\s*(?:--|——|_|\s[-|｜丨·]\s|\s?[|｜丨]\s?|-(?=[^\s-]{2,12}$))\s*")
_SITE_WORD_RE = re.compile(r"(?:网|报|频道|首页|新闻|在线|客户端|官网|政府|门户|\.com|\.cn|\.net|COM|CN)$", re.IGNORECASE)
MAX_SITE_SEGMENT = 12
MIN_HEADLINE = 6


def clean_headline(title: str, sitename: str | None = None) -> str:
    """The headline of a page's <title>: trailing channel and site segments removed.

    A segment goes when it is short (a channel, a tag, a site name) or names the site; a
    long segment after a separator is part of the headline (`区长这一周 | 扬鞭奋蹄…`).
    """
    text = title.strip()
    while True:
        parts = _TITLE_SEPARATOR_RE.split(text)
        if len(parts) < 2:
            break
        last = parts[-1].strip()
        head = text[:len(text) - len(last)].rstrip(" -_|｜丨·—")
        short = len(last) <= MAX_SITE_SEGMENT and (len(letters(head)) >= MIN_HEADLINE)
        names_site = bool(sitename) and (last in sitename or sitename in last)
        if not last or short or names_site or _SITE_WORD_RE.search(last):
            if len(letters(head)) < MIN_HEADLINE:
                break
            text = head
            continue
        break
    return text


def outlet_name(sitename: str | None, page: "PageFacts", headline: str | None) -> str | None:
    """The outlet a saved page names, as a reader would write it: a WeChat article's account;
    else the site's name without `版权所有` or a copyright line's words, the Chinese one of a
    list of names (`www.yunnan.cn,云南日报网,…` gives 云南日报网); a bare domain or no name gives
    way to the site named in the <title> beside the headline."""
    if page.account:
        return page.account
    names = [part.strip() for part in re.split(r"[,，;；|｜]", sitename or "") if part.strip()]
    names = [re.sub(r"\s*(?:版权所有|All Rights Reserved\.?)\s*$", "", name, flags=re.IGNORECASE).strip() for name in names]
    names = [name for name in names if name and not re.search(r"copyright|©|\(c\)", name, re.IGNORECASE)]
    chinese = [name for name in names if has_cjk(name)]
    name = chinese[0] if chinese else (names[0] if names else None)
    if name is None or not has_cjk(name):
        return site_in_title(page.titles, headline) or name
    return name


def site_in_title(titles: Sequence[str], headline: str | None) -> str | None:
    """The site a page's <title> names beside its headline (`某区报数字报-黔江区…` gives 某区报),
    for pages whose markup names no site."""
    if not titles or not headline or headline not in titles[0]:
        return None
    rest = titles[0].replace(headline, " ").strip(" -_|｜丨·—")
    if not 2 <= len(rest) <= MAX_SITE_SEGMENT * 2 or _TITLE_SEPARATOR_RE.search(rest) or not _SITE_WORD_RE.search(rest):
        return None
    return re.sub(r"(?:数字报|电子版|电子报)$", "", rest) or rest


def names_only_site(title: str, sitename: str | None) -> bool:
    """A title that names the site, not a story (`松花江网`, `北京大学医学部新闻中心`,
    `北医新闻网_(新闻)`): every part of it is the site's name or a channel's."""
    parts = [part.strip(" ()（）[]【】") for part in _TITLE_SEPARATOR_RE.split(title)]
    parts = [part for part in parts if part]
    return bool(parts) and all(
        (sitename and (part in sitename or sitename in part)) or _SITE_WORD_RE.search(part) for part in parts)


# The page's own furniture after the story: copyright and disclaimer lines, comment rules,
# "back to the home page", report hotlines, share prompts, a bare publication time stamp.
_TRAILER_RE = re.compile(
    r"(?:copyright|all\s*rights\s*reserved|版权所有|版权声明|免责声明|转载时?务?请注明|未经.{0,12}(?:授权|许可)|[不得请勿严禁止]{2}转载"
    r"|违者(?:必究|依法)|经营许可证|侵权投诉|网站标识码|备案号|合作事宜"
    r"|网友评论仅供|不代表本站|并不表明.{0,6}立场|返回.{0,6}查看更多|不良信息举报|举报电话|举报邮箱"
    r"|责任编辑|分享到|扫一扫|点击(?:查看|阅读)|【详细】|相关阅读|推荐阅读|热门推荐|上一篇|下一篇"
    r"|ICP[备证]|公网安备|许可证编号|^原标题[:：])",
    re.IGNORECASE)
_TIME_STAMP_RE = re.compile(r"^\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$")
MAX_TRAILER_LINE = 120
_LETTER_SPACING_RE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：])\s+(?=[\u4e00-\u9fff，。、；：])")


# A notice that opens the page's furniture (`振兴东北网版权与免责声明：`, `特别声明：以上内容…`,
# `反侵权公告：`, `Notice: The content above…`, a login prompt): it and all after it go, as do
# the label over a list of other stories (`推荐阅读` alone on its line, `roles.LINK_LIST_RE`) and the list.
_TRAILER_START_RE = re.compile(
    r"^[※*\-\s]*(?:.{0,16}(?:版权与免责声明|版权声明|免责声明|特别声明|平台声明|反侵权公告|法律声明)|notice\s*:|您还未登录"
    # `…未经书面许可，擅自转载…，本报社郑重声明：` over its clauses (a story's `严正声明：` names no reprint)
    r"|(?=.*(?:转载|著作权|版权|侵权)).{0,160}(?:郑重|特此|严正)(?:声明|公告)[:：]$)",
    re.IGNORECASE)
# A platform's statement that it only stores what its users post (`以上内容由…用户上传并发布`, `本平台仅提供
# 信息存储…`, `…merely provides information storage space services`), in its own words: a story that
# quotes a platform's plea in court (`平台辩称其仅提供信息存储空间服务`) goes on.
_PLATFORM_STATEMENT_RE = re.compile(r"^.{0,12}以上内容.{0,40}上传并发布|本(?:平台|站|网)仅提供信息存储|merely provides information storage",
                                    re.IGNORECASE)
# A news list after the story: items with their time stamps or `【详细】` links.
_LISTED_ITEM_RE = re.compile(r"\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}|【详细】|^-\s.*###")  # `- ### headline`: a teaser's card
_CREDIT_LINE_RE = re.compile(r"^(?:出品|策划|制作|监制|统筹)\s*[|｜︱丨:：/]")
# Run in after the story's last sentence: a source label, or the pager of a story set over
# several pages (`[1][2][3]`, its brackets escaped in the extractor's Markdown).
_RUN_IN_FOOT_RE = re.compile(r"(?<=[。！？”」])\s*(?:来源\s*[:：]\s*\S{1,20}|(?:\\?\[\d{1,2}\\?\]\s*){2,})$")
TAIL_LINES = 30  # the furniture after a story is found among its last lines (blank ones included)
MENU_ITEM_LETTERS = 16


def _is_menu_item(line: str) -> bool:
    """A short line that neither ends a sentence nor closes a bracket (`工作动态`, `加载更多新闻`,
    `选择其他平台 >>`, `来源: 某某`): a story's last line ends its sentence or its closing note."""
    text = line.strip().strip("*_ ")
    parts = [part for part in re.split(r"\s*[|｜丨┊│¦]\s*", text) if part]
    if len(parts) >= 3 and all(len(letters(part)) <= 12 for part in parts):
        return True  # a menu row: `新浪简介 | About Sina | 广告服务 | 联系我们`, `新浪简介┊About Sina┊…`
    runs = [run for run in _BOLD_BREAK_RE.split(text) if run]
    if len(runs) >= 2 and all(len(letters(run)) <= 12 for run in runs) and not ends_sentence(text):
        return True  # a share box's short bold labels (`***微信微博*** **第一时间为您推送**`)
    return len(letters(text)) <= MENU_ITEM_LETTERS and not ends_sentence(text) and not text.endswith(("）", ")", "】", "]"))


_BOLD_BREAK_RE = re.compile(r"\s*\*{2,}\s*\*{2,}\s*")  # where one run set in bold ends and the next begins


# A video player's furniture that an extractor reads as text, each on a line of its own: the
# menu of playback rates (`- 2.0X`, `倍速`), the time counter (`00:00`, `00:00 / 03:15`), the
# length (`时长：01:45`) and a failed playback's notice (`很抱歉，当前视频播放失败`, `错误代码：…`).
_PLAYER_LINE_RE = re.compile(
    r"^(?:[-–·•*]?\s*\d\.\d{1,2}\s*[xX×倍]|倍速|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|时长[:：]\s*\d{1,2}:\d{2}.{0,20}"
    r"|.{0,8}视频(?:播放|加载)失败.{0,12}|错误代码[:：]\s*[\w.]{1,20})$")


def is_player_line(line: str) -> bool:
    """A line of a video player's controls or notices, not of the story."""
    return bool(_PLAYER_LINE_RE.match(line.strip()))


def out_of_table_cell(line: str) -> str:
    """A line's text out of the table row the extractor writes for a story that an older site
    sets in a layout table, its paragraphs run together in one cell (`| 江州夜市开张。…来源：江州日报 |`)."""
    text = line.strip()
    return text[1:-1].strip() if len(text) > 2 and text[0] == text[-1] == "|" and text.count("|") == 2 else line


def split_trailer(body: str) -> tuple[str, list[str]]:
    """The text and the page furniture that follows the story, its lines in page order: a
    platform's statement on what it hosts and all after it, wherever it stands; a notice and
    all after it; then, from the end, copyright lines, contact and report lines, news lists,
    credits, lines without a Chinese letter under a Chinese story, lines that end no sentence
    under such furniture, and a run-in `来源：…` or pager. When nothing but furniture is found,
    the whole is left as text for the reader."""
    lines = body.rstrip().split("\n")
    chinese = has_cjk(body)
    furniture: list[str] = []
    # An aggregator's word on what it hosts closes the author's content wherever it stands: what
    # follows is the platform's (other authors' stories), however long.
    end = next((index for index, line in enumerate(lines) if index and len(line) <= MAX_TRAILER_LINE
                and _PLATFORM_STATEMENT_RE.search(line) and any(ends_sentence(above) for above in lines[:index])), None)
    if end is not None:
        lines, furniture = lines[:end], lines[end:]
    kept = len(lines) + 1
    while len(lines) < kept:  # the foot gone, a notice over it may stand among the last lines now
        kept = len(lines)
        for index in range(max(1, len(lines) - TAIL_LINES), len(lines)):
            start = lines[index].strip()
            if (_TRAILER_START_RE.match(start) or LINK_LIST_RE.match(start.strip("*_ "))) \
                    and any(has_cjk(line) for line in lines[:index]):
                lines, furniture = lines[:index], lines[index:] + furniture
                break
        while lines:
            if _is_furniture(lines[-1], chinese) or (not ends_sentence(lines[-1]) and (
                    _furniture_above(lines, chinese) or _listed_headline(lines[-1], furniture))):
                # A line that ends no sentence is furniture too under furniture (`中文域名：… 联系电话：…`
                # between the site's record numbers and its apps) or over a time stamp (a listed
                # story's headline): a story ends on its sentence.
                furniture.insert(0, lines.pop())
                continue
            break
    if lines:
        run_in = _RUN_IN_FOOT_RE.search(lines[-1])
        if run_in:
            lines[-1] = lines[-1][:run_in.start()]
            furniture.insert(0, run_in.group().strip())
    if not any(line.strip() for line in lines):
        return body, []
    return "\n".join(lines), [line.strip() for line in furniture if line.strip()]


def _is_furniture(line: str, chinese: bool) -> bool:
    """A blank line or one of the page's furniture after a story (see split_trailer)."""
    last = _LETTER_SPACING_RE.sub("", line.strip())  # `版 权 所 有`, set letter-spaced, is `版权所有`
    return bool(not last or (len(last) <= MAX_TRAILER_LINE and (_TRAILER_RE.search(last) or _TIME_STAMP_RE.match(last)))
                or _LISTED_ITEM_RE.search(last) or _CREDIT_LINE_RE.match(last) or (chinese and not has_cjk(last))
                or _is_menu_item(last) or _TRAILER_START_RE.match(last))  # a notice further up than the tail read


def _listed_headline(line: str, below: list[str]) -> bool:
    """Whether a line over a time stamp is a headline in a news list (a byline in brackets
    over the page's time of publication is the story's)."""
    return bool(_TIME_STAMP_RE.match(next(filter(str.strip, below), ""))) and not line.rstrip().endswith(("）", ")"))


def _furniture_above(lines: list[str], chinese: bool) -> bool:
    """Whether the nearest line with text above the last one is furniture."""
    above = next((line for line in islice(reversed(lines), 1, None) if line.strip()), None)  # no copy of the text
    return above is not None and _is_furniture(above, chinese)


_COMMENTS_HINT_RE = re.compile(r"评论|留言|跟帖|人参与")
MAX_LABEL_CHARACTERS = 24


def without_comments(html: str) -> str:
    """The page without its readers' comments: a comments label (`网友评论`, `热门评论（12）`)
    and whatever follows it in its block. Left in, the comments outweigh a short story in the
    extractor's choice of the main text, and their time stamps date the page. A label that is a
    link (a channel `评论` in the site's menu) is left, and so is a block that holds a headline (h1)."""
    if not _COMMENTS_HINT_RE.search(html):
        return html
    tree = parsed_page(html)
    if tree is None:  # broken markup: the extractor copes with it as it is
        return html
    labels = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("a", "script", "style", "title", "html", "body"):
            continue
        text = _short_text(element)
        if text and COMMENTS_LABEL_RE.match(text) and not any(True for _ in element.iterancestors("a")) \
                and not any(COMMENTS_LABEL_RE.match(_short_text(child) or "")
                            for child in element if isinstance(child.tag, str)):
            labels.append(element)
    removed = False
    for label in labels:
        parent = label.getparent()
        if parent is None or label.getroottree().getroot() is not tree:
            continue  # gone with an earlier label's block
        following = [label, *label.itersiblings()]
        if any(True for element in following for _ in element.iter("h1")):
            continue
        for element in following:
            parent.remove(element)
        removed = True
    return tostring(tree) if removed else html


def parsed_page(html: str):
    """The page's lxml tree, or None where the markup cannot be parsed."""
    try:
        from lxml import html as lxml_html

        # Bytes, so that a page that declares its encoding parses (lxml refuses such str input).
        return lxml_html.fromstring(html.encode("utf-8", "replace"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception:  # broken markup of every kind: lxml raises many errors
        return None


def tostring(tree) -> str:
    from lxml import html as lxml_html

    return lxml_html.tostring(tree, encoding="unicode")


# Elements that run inside a line of text; any other element (a div, a table, a list) stands apart.
_INLINE_TAGS = frozenset(("a", "span", "font", "strong", "b", "em", "i", "u", "small", "big", "sup", "sub", "label"))
_IN_A_PARAGRAPH = _INLINE_TAGS | {"br", "img"}
_BREAK_HINT_RE = re.compile(r"<br\s*/?>\s*(?:&nbsp;|\u00a0|\u3000|\s)*<br\s*/?>", re.IGNORECASE)


def marked_paragraphs(html: str) -> str:
    """The page with its paragraphs marked as the extractor reads text, parsed once for both:
    each run of text parted by two line breaks (`…<br><br>…`, as older site systems set
    paragraphs) made a paragraph (<p>) of its own, and each <section> that holds a run of text
    and nothing but inline elements (an editor's paragraph, as WeChat's editors set them) made
    one. Left as they are, the runs of a block are one block to the extractor, which then takes
    the links and labels set in it (a site's menu, its name) for the story's text, or misses
    the story; and it reads no text in a section. A block with no such break, and a paragraph
    itself, are left as they are."""
    breaks, sections = bool(_BREAK_HINT_RE.search(html)), "<section" in html
    if not (breaks or sections):
        return html
    tree = parsed_page(html)
    if tree is None:  # broken markup: the extractor copes with it as it is
        return html
    parted = [element for element in tree.iter() if isinstance(element.tag, str)
              and element.tag not in ("p", "br", "script", "style", "head", "title", "pre")
              and _holds_double_break(element)] if breaks else []
    for element in parted:
        _split_at_double_breaks(element)
    paragraphs = [section for section in tree.iter("section") if letters(section.text_content())
                  # (a comment in it, `<!--keyword-->` before a linked name, is no block)
                  and all(not isinstance(child.tag, str) or child.tag in _IN_A_PARAGRAPH for child in section)] \
        if sections else []
    for section in paragraphs:
        section.tag = "p"
    return tostring(tree) if parted or paragraphs else html


def paragraphs_from_layout_tables(html: str) -> str:
    """The page with each table that lays out a story (a cell holds paragraphs of sentences, as
    older sites set their pages) made plain blocks (<div>s), as the extractor reads text: it
    reads no table, and had taken the site's foot for the story. A table of figures stays one."""
    if not _TABLE_RE.search(html):
        return html
    tree = parsed_page(html)
    if tree is None:
        return html
    # Each table's own rows and cells, read before any is renamed (a nested table's are its own).
    parts = [(table, _own_rows_and_cells(table)) for table in tree.iter("table")]
    layouts = [(table, own) for table, own in parts
               if any(_holds_paragraphs(cell) for cell in own if cell.tag in ("td", "th"))]
    for table, own in layouts:
        for element in [table, *own]:
            element.tag = "div"
    return tostring(tree) if layouts else html


_TABLE_RE = re.compile(r"<table", re.IGNORECASE)


def _own_rows_and_cells(table) -> list:
    """The rows and cells of a table, not those of a table inside one of its cells."""
    return [element for element in table.iter("thead", "tbody", "tfoot", "tr", "td", "th")
            if next(element.iterancestors("table"), None) is table]


def _holds_paragraphs(cell) -> bool:
    """Whether a table cell holds a story's paragraphs: blocks of text with sentences in them."""
    blocks = [block for block in cell.iter("p", "div", "section") if block is not cell
              and next(block.iterancestors("td", "th"), None) is cell]
    return sum("。" in block.text_content() for block in blocks) >= LAYOUT_PARAGRAPHS


LAYOUT_PARAGRAPHS = 2


def _blank(text: str | None) -> bool:
    return not (text or "").replace("\u00a0", "").replace("\u3000", "").strip()


def _holds_double_break(element) -> bool:
    children = list(element)
    return any(_double_break_at(children, index) for index in range(len(children) - 1))


def _double_break_at(children: list, index: int) -> bool:
    """Whether two line breaks with nothing but spaces between them open at `index`."""
    return index + 1 < len(children) and children[index].tag == children[index + 1].tag == "br" \
        and _blank(children[index].tail)


def _split_at_double_breaks(element) -> None:
    """Rebuild the element's content: each run of text and inline elements between pairs of
    breaks becomes a <p>; elements that stand apart stay where they are, between them."""
    children = list(element)
    for child in children:
        element.remove(child)
    parts: list = []  # the run of text and inline elements read so far

    def add_text(text: str | None) -> None:
        if not _blank(text):
            parts.append(text)

    def close_run() -> None:
        if not parts:
            return
        paragraph = element.makeelement("p", {})
        for part in parts:
            if not isinstance(part, str):
                paragraph.append(part)
            elif len(paragraph):
                paragraph[-1].tail = (paragraph[-1].tail or "") + part
            else:
                paragraph.text = (paragraph.text or "") + part
        element.append(paragraph)
        parts.clear()

    add_text(element.text)
    element.text = None
    index = 0
    while index < len(children):
        child = children[index]
        if _double_break_at(children, index):
            close_run()
            add_text(children[index + 1].tail)
            index += 2
            continue
        if isinstance(child.tag, str) and child.tag not in _INLINE_TAGS and child.tag != "br":
            close_run()
            tail, child.tail = child.tail, None
            element.append(child)
            add_text(tail)
        else:
            parts.append(child)
        index += 1
    close_run()


def _short_text(element) -> str | None:
    """The element's text, spaces collapsed, when it is as short as a label (else None: read no
    further, so that a page's large blocks are not read whole for each element inside them)."""
    pieces, length = [], 0
    for piece in element.itertext():
        pieces.append(piece)
        length += len(piece.strip())
        if length > MAX_LABEL_CHARACTERS:
            return None
    return " ".join("".join(pieces).split())


@dataclass(frozen=True)
class PageFacts:
    """What a page's markup tells besides its main text: the <title> and title metas, the
    headings (h1, h2, and elements whose class or id names a title) in page order, the
    visible text lines (for the byline block), and a WeChat article's account name."""

    titles: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    account: str | None = None
    kicker: str | None = None  # an e-paper article page's 引题 (`<founder-introtitle>`, a heading over the h1)
    subtitle: str | None = None  # … and its 副题 (`<founder-subtitle>`, a heading under the h1)
    decked: str | None = None  # the headline they stand around (`<founder-title>`, the h1)
    stories: tuple[tuple[str, ...], ...] = ()  # a page of several stories: each as a text view prints it
    author: str | None = None  # the author the markup states (`<meta name="author">`, `article:author`)
    source: str | None = None  # the source it states (`<meta name="source">`, a government site's `ContentSource`)
    links: frozenset[str] = frozenset()  # the texts of its links (menus, breadcrumbs, lists of other stories)


_TITLE_METAS = ("og:title", "twitter:title")
_AUTHOR_METAS = ("author", "article:author")
# News and government site systems state where a story comes from (`来源：人民日报` too).
_SOURCE_METAS = ("source", "contentsource")
# E-paper systems (方正's `<founder-title>`) mark the headline with an element of their own.
_TITLE_CLASS_XPATH = ("//*[self::h1 or self::h2 or self::founder-title or contains(@class, 'title') or contains(@id, 'title')"
                      " or contains(@class, 'Title') or contains(@id, 'Title')]")
MAX_HEADLINE_LETTERS = 80
MAX_HEADINGS = 40


def page_facts(html: str) -> PageFacts:
    """The page's titles, headings, visible lines and account (none when the markup cannot be parsed)."""
    tree = parsed_page(html)
    if tree is None:  # broken markup: trafilatura's title stands
        return PageFacts()
    titles = [" ".join(element.text_content().split()) for element in tree.iter("title")][:1]
    author = source = None
    for element in tree.iter("meta"):
        kind = (element.get("property") or element.get("name") or "").lower()
        if kind in _TITLE_METAS and element.get("content"):
            titles.append(" ".join(element.get("content").split()))
        elif kind in _AUTHOR_METAS and element.get("content") and author is None:
            author = " ".join(element.get("content").split()) or None
        elif kind in _SOURCE_METAS and element.get("content") and source is None:
            content = " ".join(element.get("content").split())
            labelled = _SOURCE_LABEL_RE.search(content)
            source = (labelled["name"] if labelled else content) or None
    headings = []
    for element in tree.xpath(_TITLE_CLASS_XPATH):
        text = " ".join(element.text_content().split())
        if MIN_HEADLINE <= len(letters(text)) <= MAX_HEADLINE_LETTERS and text not in headings:
            headings.append(text)
        if len(headings) >= MAX_HEADINGS:
            break
    account = next((" ".join(element.text_content().split()) for element in tree.xpath("//*[@id='js_name']")), None)
    decked, kicker, subtitle = (next((" ".join(element.text_content().split()) for element in tree.iter(tag)), "") or None
                                for tag in ("founder-title", "founder-introtitle", "founder-subtitle"))
    if not (kicker or subtitle):
        decked, kicker, subtitle = _decks_around_h1(tree)
    links = frozenset(" ".join(link.text_content().split()) for link in tree.iter("a"))
    return PageFacts(tuple(title for title in titles if title), tuple(headings), tuple(_visible_lines(tree)),
                     account or None, kicker, subtitle, decked, story_run(tree, titles[0] if titles else ""), author,
                     source, links)


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MIN_STORY_PARAGRAPHS = 2
MIN_PARAGRAPH_LETTERS = 10
MIN_STORY_LETTERS = 100  # the letters of a story's sentences, fewer than a short brief's
STORY_RUN_SHARE = 0.6  # of the page's paragraph text that a run of stories holds


def story_run(tree, title: str = "") -> tuple[tuple[str, ...], ...]:
    """The stories of a page that prints several in full (an e-paper page, a bulletin saved as
    a web page): a run of sibling elements made from one template (same tag and class), each a
    heading over paragraphs, that holds most of the page's paragraph text. Each story comes as
    a text view prints it: header lines, then paragraphs indented with two full-width spaces
    (headings among them are sections). A news page with a sidebar or related stories has no
    such run: its parts are made from different templates, and link lists have no paragraphs.
    Nor has one article set in sections of one template under its headline: an h1 outside the
    run that the page's <title> names (a site's logo in an h1 is no headline)."""
    # Keyed by the elements themselves: lxml keeps one proxy for a node while it is referenced.
    texts = {part: " ".join(part.text_content().split()) for part in tree.iter(*_HEADING_TAGS, "p")}
    best: list[tuple[object, tuple[str, ...]]] = []
    for parent in tree.iter():
        groups: dict[tuple[str, str], list[tuple[object, tuple[str, ...]]]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                story = _story_lines(child, texts)
                if story:
                    groups.setdefault((child.tag, child.get("class") or ""), []).append((child, story))
        for stories in groups.values():
            if len(stories) >= 2 and len(stories) > len(best):
                best = stories
    if len({letters(story[0]) for _, story in best}) < 2:
        return ()  # one story printed twice (a page's screen and print copies) is no page of stories
    inside = {element for container, _ in best for element in container.iter()}
    headline = letters(clean_headline(title))
    if any(h1 not in inside and len(letters(texts[h1])) >= MIN_HEADLINE and letters(texts[h1]) in headline
           for h1 in tree.iter("h1")):
        return ()
    page_letters = sum(len(letters(text)) for part, text in texts.items() if part.tag == "p")
    run_letters = sum(len(letters(line)) for _, story in best for line in story if line.startswith("\u3000"))
    return tuple(story for _, story in best) if run_letters >= STORY_RUN_SHARE * page_letters else ()


def _story_lines(element, texts: dict) -> tuple[str, ...] | None:
    """An element's story as text-view lines, if it is one: a heading over paragraphs.
    `texts`: the text of each heading and paragraph of the page, read once."""
    lines: list[str] = []
    paragraphs = 0
    for part in element.iter(*_HEADING_TAGS, "p"):
        if part.tag == "p" and any(True for _ in part.iterancestors("p")):
            continue
        text = texts[part]
        if not letters(text) or (part.tag == "p" and _all_linked(part, text)):
            continue  # a paragraph that is one link's text is an item of a list of other stories
        if part.tag == "p" or paragraphs:
            lines.append("\u3000\u3000" + text)  # a heading after the first paragraph is a section
            paragraphs += part.tag == "p" and len(letters(text)) >= MIN_PARAGRAPH_LETTERS
        else:
            lines.append(text)
    # Readers' comments or a list of other stories under their label are no story.
    headed = bool(lines) and not lines[0].startswith("\u3000") and not LINK_LIST_RE.match(lines[0])
    # A story tells in sentences, or at length (an agenda's items); a notice of two or three
    # lines (`您的浏览器太旧，请升级…`, `火狐浏览器 下载`) does neither.
    text = [line for line in lines if line.startswith("\u3000")]
    tells = any(map(ends_sentence, text)) or sum(len(letters(line)) for line in text) >= MIN_STORY_LETTERS
    return tuple(lines) if headed and paragraphs >= MIN_STORY_PARAGRAPHS and tells else None


def _all_linked(paragraph, text: str) -> bool:
    """Whether a paragraph's letters are all those of links: in it (`<p><a>…</a></p>`) or around it."""
    if any(True for _ in paragraph.iterancestors("a")):
        return True
    linked = "".join(link.text_content() for link in paragraph.iter("a"))
    return bool(linked) and letters(linked) == letters(text)


_DECK_TAGS = ("h2", "h3", "h4", "h5")
MAX_DECK_LETTERS = 60


def _decks_around_h1(tree) -> tuple[str | None, str | None, str | None]:
    """An e-paper's article page sets its 引题 and 副题 as headings right above and below the
    headline's h1 (`<h3>…</h3><h1>…</h1><h2>…</h2>`): the h1's text and those, when nothing
    stands between."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None, None, None

    def deck(element) -> str | None:
        if element is None or element.tag not in _DECK_TAGS:
            return None
        text = " ".join(element.text_content().split())
        if not MIN_DECK_LETTERS <= len(letters(text)) <= MAX_DECK_LETTERS or _NOT_DECK_RE.search(text):
            return None
        return text

    return " ".join(headline.text_content().split()) or None, deck(headline.getprevious()), deck(headline.getnext())


MIN_DECK_LETTERS = 4
_NOT_DECK_RE = re.compile(r"来源|作者|记者|编辑|发布|时间|日期|\d{4}[-年/.]\d{1,2}")


_INVISIBLE_TAGS = {"script", "style", "noscript", "template", "head"}


def _visible_lines(tree) -> list[str]:
    """The page's text in reading order, one line for each run of text between tags (scripts
    and styles left out): an element's tail comes after the text of its children."""
    lines = []
    bodies = tree.xpath("//body")
    root = bodies[0] if bodies else tree
    # A stack instead of recursion: pages can nest deeper than Python's recursion allows.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        element, closed = stack.pop()
        if closed or not isinstance(element.tag, str) or element.tag in _INVISIBLE_TAGS:
            texts = [element.tail] if element is not root else []
        else:
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element))
            texts = [element.text]
        for text in texts:
            text = " ".join((text or "").split())
            if text:
                lines.append(text)
    return lines


def choose_headline(page: PageFacts, extracted: str | None, sitename: str | None, body: str) -> str | None:
    """The headline from the page's own evidence.

    1. A heading whose text stands whole in the <title> or a title meta is the headline
       without the site's additions (the longest such heading: not a channel name).
    2. Else the <title> without its channel and site segments, unless a heading is
       clearly more about the text (shares more words with the opening of the body), or
       the <title> names only the site: then that heading.
    """
    titles = [title for title in page.titles + ((extracted,) if extracted else ()) if title]
    folded_titles = [letters(title) for title in titles]
    headings = [heading for heading in page.headings if not names_only_site(heading, sitename)]
    inside = [heading for heading in headings if any(letters(heading) in folded for folded in folded_titles)]
    if inside:
        # A copy of the whole <title> in the page (a share box) brings the site's name along.
        return clean_headline(max(inside, key=lambda heading: len(letters(heading))), sitename)
    cleaned = next((clean_headline(title, sitename) for title in titles), None)
    opening = body[:OPENING_CHARS]
    cleaned_fit = _fit(cleaned, opening) if cleaned and not names_only_site(cleaned, sitename) else -1.0
    fits = [(round(_fit(heading, opening), 3), -index, heading) for index, heading in enumerate(headings)]
    best = max(fits, default=None)
    if best and best[0] > 0 and best[0] >= cleaned_fit + FIT_MARGIN:
        return best[2]
    if cleaned_fit <= 0 or not headings:
        # A site that sets its headline in a plain element, with no heading tag or name, prints it
        # as the line nearest above the story's first line, past the byline. It is the headline
        # where the <title> names only the site and a channel (`某某江网_(新闻)`), or where it is
        # more about the story than the <title> (`科普江州-辟谣文章`) and stands over a byline (a
        # photo's caption right above the text is no headline).
        above, over_byline = _line_above_story(page.lines, body)
        if above and (cleaned_fit <= 0 or over_byline) and _fit(above, opening) > max(cleaned_fit, 0.0):
            return above
    return cleaned


def _line_above_story(lines: Sequence[str], body: str) -> tuple[str | None, bool]:
    """The headline-like line nearest above the story's first paragraph (a line that ends on a
    full stop or is longer than any headline), past bylines, dates and sources, and lines that
    end a sentence (a section's lead-in set apart); and whether a byline, date or source stands
    between. The extractor may have kept the headline and byline at the top of the text."""
    paragraph = next((line for line in body.split("\n") if line.strip() and (
        line.rstrip().endswith("。") or len(letters(line)) > MAX_HEADLINE_LETTERS)), "")
    opening = letters(paragraph)[:OPENING_KEY_LETTERS]
    first = next((index for index, line in enumerate(lines) if opening and opening in letters(line)), None)
    if first is None:
        return None, False
    over_byline = False
    for line in reversed(_joined_labels(lines[max(0, first - MAX_BYLINE_LINES):first])):
        if metadata_line(line) or page_byline([line]) or _BARE_LABEL_RE.search(line) or _SOURCE_LABEL_RE.search(line):
            over_byline = True
            continue
        size = len(letters(line))
        if size < MIN_HEADLINE or ends_sentence(line.rstrip("？?！!")):
            continue
        return (line if size <= MAX_HEADLINE_LETTERS else None), over_byline
    return None, False


MAX_HEADLINE_LETTERS = 60  # a longer line above the story is text, not a headline


OPENING_CHARS = 600  # the headline's words come back in the story's first paragraphs
FIT_MARGIN = 0.3  # a heading must be clearly more about the text than the <title> to replace it


def _fit(title: str, text: str) -> float:
    """The share of a title's letter pairs found in `text`."""
    folded = letters(title)
    pairs = {folded[i:i + 2] for i in range(len(folded) - 1)}
    if not pairs:
        return 0.0
    haystack = letters(text)
    return sum(1 for pair in pairs if pair in haystack) / len(pairs)


# The byline block under a web headline: `来源：新华社 作者：王晓明`, `记者 罗某 萧某某`, `文/韩冰`.
_NAME = r"[\u4e00-\u9fff·]{2,5}"
_FIELD_WORDS = r"来源|发布|时间|日期|编辑|责编|浏览|点击|阅读|字号"  # the next field's label after the names
_NAME_END = rf"(?=$|[\s|｜丨,，;；)）]|{_FIELD_WORDS}|\d)"
# Names parted by spaces or marks; a word after a space that opens the next field (`作者：陈明　发布时间：…`) is none.
_NAMES = rf"{_NAME}(?:[ 、，,]{{1,3}}(?!{_FIELD_WORDS}){_NAME})*"
# The label may be parted by a bar and the names follow the writer's role (`文丨特约评论员 江帆`, `文 | 本报记者 李明`).
_AUTHOR_LABEL_RE = re.compile(
    rf"(?:作者|撰文|文字|采写|撰稿|^文|\s文)\s*[:：/／|｜丨]\s*(?:[\u4e00-\u9fff]{{0,10}}(?:评论员|记者|通讯员)\s*)?"
    rf"(?!责任编辑|编辑|责编)(?P<name>{_NAMES}){_NAME_END}")
# A signature line of label and names alone, parted by a space (`作者 王之言 高孜然`).
_AUTHOR_SPACED_RE = re.compile(rf"^\s*(?:作者|撰文|采写|撰稿)\s+(?P<name>{_NAMES})\s*$")
_REPORTER_RE = re.compile(rf"记者\s*(?P<name>{_NAMES}){_NAME_END}")
_SOURCE_LABEL_RE = re.compile(r"(?:来源\s*[:：]|本文来源于[:：]?)\s*(?P<name>[^\s|｜丨:：，。,）)]{2,30}?)(?=$|\s|[|｜丨）)]|作者|记者|编辑|发布[时日于]|时间|日期|\d{4})")
_BARE_LABEL_RE = re.compile(r"(?:来源|本文来源于|作者|记者|撰文|^文|发布时间|时间|日期|发文机关|发布机构|发文单位)\s*[:：/／]?\s*[\[【(（]?\s*$")
MAX_BYLINE_LINES = 30  # the byline block sits between the headline and the story's first line


OPENING_KEY_LETTERS = 12


def story_opening(body: str, folded_headline: str = "") -> str:
    """The first letters of the story's first line, by which the page's own lines find it: not a
    date or source line that the extractor kept at the top, nor the headline printed again."""
    return next((start for line in body.strip().split("\n")
                 if len(start := letters(line)[:OPENING_KEY_LETTERS]) == OPENING_KEY_LETTERS
                 and not (folded_headline and start in folded_headline) and not metadata_line(line.strip())), "")


def byline_block(lines: Sequence[str], headline: str | None, body: str) -> list[str]:
    """The page's lines between the headline and the story's first line, where sites print
    the author, the source and the time (a label and its value in two elements joined)."""
    folded = [letters(line) for line in lines]
    folded_headline = letters(headline or "")
    opening = story_opening(body, folded_headline)
    heads = [i for i, line in enumerate(folded) if folded_headline and folded_headline in line] \
        or [i for i, line in enumerate(folded)  # a headline set in two elements: its title over its subtitle
            if len(line) >= MIN_HEADLINE and folded_headline.startswith(line)]
    openings = [i for i, line in enumerate(folded) if opening and opening in line]
    # The story's first line, and the first headline printed shortly above it (not the <title>,
    # a menu or a share box; a headline block repeated in the text comes after the byline).
    pairs = [(end, start) for end in openings for start in heads if 0 < end - start <= MAX_BYLINE_LINES]
    if pairs:
        # The first headline above, unless a later one (the story's own, under a breadcrumb that
        # repeats it) has a byline under it: one repeated under the byline has none.
        end = min(pairs)[0]
        starts = sorted(start for line, start in pairs if line == end)
        start = next((later for later in reversed(starts[1:])
                      if page_byline(_joined_labels(lines[later:end + 1][:MAX_BYLINE_LINES]))), starts[0])
    elif heads and not openings:
        start = heads[-1]  # the story's first line is not on the page as one element: read on from the headline
        end = min(len(lines), start + MAX_BYLINE_LINES)
    elif heads and heads[0] < openings[0]:
        # Far above the story's first line (a row of page functions between): read on from the
        # headline nearest above it.
        start = max(head for head in heads if head < openings[0])
        end = min(openings[0], start + MAX_BYLINE_LINES)
    else:
        end = openings[0] if openings else len(lines)
        start = max(0, end - MAX_BYLINE_LINES)
    return _joined_labels(lines[start:end + 1][:MAX_BYLINE_LINES])


def _joined_labels(lines: Sequence[str]) -> list[str]:
    """Lines with a label and its value in two elements (`来源：` `新华社`) joined."""
    block: list[str] = []
    for line in lines:
        if block and _BARE_LABEL_RE.search(block[-1]):
            if not letters(line):
                continue  # the brackets around a linked value: `来源：[` `]` `人民网`
            block[-1] = block[-1].rstrip("[【(（ ") + " " + line
        else:
            block.append(line)
    return block


def dateline_above(lines: Sequence[str], block: list[str]) -> str | None:
    """A date printed just above the headline (an e-paper page's edition date), when the byline
    block under it has none: the few lines before the block's first line."""
    if not block or block[0] not in lines:
        return None
    start = lines.index(block[0])
    for line in reversed(lines[max(0, start - LINES_ABOVE_HEADLINE):start]):
        if len(letters(line)) <= 24:  # a date line, not a paragraph that mentions a date
            found = find_date(line)
            if found:
                return found
    return None


LINES_ABOVE_HEADLINE = 8


def page_byline(block: list[str]) -> str | None:
    """The author the page prints with the story: a labelled author or reporter, else the
    labelled source (来源：); editors' credits are not authors."""
    block = [line for line in block if not line.strip().startswith(EDITOR_WORDS)]
    for pattern in (_AUTHOR_LABEL_RE, _AUTHOR_SPACED_RE, _REPORTER_RE, _SOURCE_LABEL_RE):
        for line in block:
            match = pattern.search(line)
            if match and not any(word in match.group("name") for word in EDITOR_WORDS):
                return " ".join(match.group("name").replace("、", " ").replace("，", " ").replace(",", " ").split())
    return outlet_beside_date(block)


def issuing_body(lines: Sequence[str]) -> str | None:
    """The body that issued an official document, as a government site's disclosure table
    names it (`发文机关：` `吉林省人民政府`, a label and its value in two cells)."""
    return next((match["name"] for line in _joined_labels(lines) if (match := _ISSUER_RE.match(line.strip()))), None)


_ISSUER_RE = re.compile(r"^(?:发文机关|发布机构|发文单位)\s*[:：]\s*(?P<name>[\u4e00-\u9fff（）()、]{2,40})$")


def labelled_source(block: list[str]) -> str | None:
    """The outlet the byline block names with a label (`来源：北京青年报`): where the story first
    ran, which a site that reprints it names apart from itself."""
    for line in block:
        match = _SOURCE_LABEL_RE.search(line)
        if match and match["name"] not in _NO_SOURCE_NAMES:
            return match["name"]
    return None


_NO_SOURCE_NAMES = ("本站", "本网", "原创", "网络", "互联网", "网友投稿")


FOOT_LINES = 3  # a story's signature or source line stands right under its last line


def foot_byline(furniture: list[str]) -> str | None:
    """The author or source a page prints right under the story, in the furniture after it
    (`来源：江州日报 编辑：陈晓`, `（本文来源：经济日报 作者：…）`): for pages that print
    none by the headline. A list of other stories or a notice that follows is no part of it."""
    foot = []
    for line in furniture[:FOOT_LINES]:
        if _TRAILER_START_RE.match(line) or LINK_LIST_RE.match(line.strip("*_ ")):
            break
        foot.append(line)
    return page_byline(foot)


def editor_names(lines: Sequence[str]) -> tuple[str, ...]:
    """The names the page prints as its editors: `【责任编辑：王一】`, `编辑：苏亮`, `责编 张三`."""
    return tuple(dict.fromkeys(match["name"] for line in lines for match in _EDITOR_NAME_RE.finditer(line)))


# `编辑` takes a colon: without one it is a word of the text (`编辑部`, `新华社编辑…`).
_EDITOR_NAME_RE = re.compile(rf"(?:(?:责任编辑|责编)\s*[:：]?|编辑\s*[:：])\s*(?P<name>{_NAME})(?![\u4e00-\u9fff·])")


def lines_under_story(lines: Sequence[str], body: str) -> list[str]:
    """The page's lines right under the story's last paragraph: where a signature stands
    that the extractor left out with the page's furniture (`作者` `王之言 高孜然`, a label and
    its value in two elements)."""
    ending = next((letters(line) for line in reversed(body.strip().split("\n")) if letters(line)), "")[-24:]
    if not ending:
        return []
    last = max((index for index, line in enumerate(lines) if ending in letters(line)), default=None)
    if last is None:
        return []
    return _joined_labels([line.strip() for line in lines[last + 1:last + 1 + 2 * FOOT_LINES] if line.strip()])


def dateline_outlet(body: str) -> str | None:
    """The outlet a story's dateline names (`1905电影网讯`, `中国网5月13日讯`): its source, for a
    page that prints no author or source; `本报讯` names none. A date line over it is skipped."""
    first = next((line for line in body.strip().split("\n") if letters(line) and not metadata_line(line.strip())), "")
    match = _OUTLET_DATELINE_RE.match(strip_inline_markup(first))
    return match["outlet"] if match and match["outlet"] not in ("本报", "本刊") else None


_OUTLET_DATELINE_RE = re.compile(r"^(?P<outlet>[\w·]{2,12}?(?:网|报|台|社|客户端|新闻|财经))\s*(?:\d{1,2}月\d{1,2}日)?讯")


# An outlet's name as sites print it without a label: `每日经济新闻`, `TNW中文站`, `新华社`.
_BARE_OUTLET_RE = re.compile(r"^[\w·]{2,10}(?:新闻|日报|晚报|早报|时报|报|网|中文站|社|电视台|周刊|杂志)$")


def outlet_beside_date(block: list[str]) -> str | None:
    """The outlet a page names without a label, on a line of its own next to the date line
    (`2024年05月10日 00:26` / `每日经济新闻`, or with a separator between, `·`, `|`): the
    source, when the page names no writer."""
    worded = [line.strip() for line in block if letters(line)]  # a separator alone in its element is no neighbour
    for index, line in enumerate(worded):
        facts = metadata_line(line)
        if facts is None or facts.date is None:
            continue
        for near in worded[max(0, index - 1):index] + worded[index + 1:index + 2]:
            if _BARE_OUTLET_RE.match(near) and has_cjk(near):
                return near
    return None


_WECHAT_TIME_RE = re.compile(r"""\bvar\s+(?:ct|create_time)\s*=\s*["']?(\d{10})["']?""")


def wechat_date(html: str) -> str | None:
    """A WeChat article's publication day: only its scripts hold it (`var ct = "1659273620"`),
    in Beijing time."""
    import datetime as dt

    match = _WECHAT_TIME_RE.search(html)
    if not match:
        return None
    moment = dt.datetime.fromtimestamp(int(match.group(1)), dt.timezone(dt.timedelta(hours=8)))
    return moment.date().isoformat()
