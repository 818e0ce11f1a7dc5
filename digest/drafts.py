"""Drafts and the articles they become: what assembling a page gathers for each story
(`Draft`), and how a finished draft is made an `Article` (title, byline, id)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .clean import curly_quotes, ends_sentence, letters, tighten_credits, tighten_spaces
from .dates import LineFacts
from .models import Article, Source
from .roles import (
    BULLET_OPENING_RE,
    BULLETS,
    HEADER_BULLET_RE,
    LIST_NUMBER_RE,
    NOTE,
    SECTION,
    is_editor_credit,
    starts_with_surname,
)
from .sentences import strip_dateline


@dataclass
class Draft:
    """An article while it is being assembled."""

    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    ended: bool = False  # a closing byline or credit was seen
    dated: bool = False  # the body opens with a dateline (本报讯, 新华社…电)
    captions: list[str] = field(default_factory=list)  # under its headline: a photo story's text
    page: str | None = None  # the page (版次) it starts on, when a file holds several
    facts: LineFacts | None = None  # its own date and source line, when a file holds several articles
    roundup: bool = False  # its headline carries a column tag or names a speaker: it may hold parts
    lead_box: bool = False  # it opens under the label of a box set over a story's text (`内容提要`, `核心阅读`)
    credited: bool = False  # it ends on a production credit (`版式设计：丁立伟`), which may be the whole page's
    headline_bylines: list[str] = field(default_factory=list)  # of `bylines`, those printed under its closing headline
    column: str | None = None  # the short label of the column it opens (`身边事`, `心声`), over its first piece's heading


def quoted_whole(heading: str) -> bool:
    """A heading that is one quotation (`“江州夜间消费潜力持续释放”`)."""
    heading = heading.strip()
    return heading.startswith("“") and heading.endswith("”") and heading.count("“") == 1


def text_paragraphs(draft: Draft) -> list[str]:
    """A draft's paragraphs of text: not its section headings or notes."""
    return [paragraph for paragraph in draft.paragraphs if not paragraph.startswith((SECTION, NOTE))]


def section_headings(draft: Draft) -> list[str]:
    """The section headings a draft holds so far."""
    return [paragraph[len(SECTION):] for paragraph in draft.paragraphs if paragraph.startswith(SECTION)]


def run_together_parts(paragraph: str) -> list[tuple[str, bool]]:
    """The paragraphs of text, and section headings (True), that a paragraph holds run together
    as a text view runs a story's paragraphs on one line, parted by full-width spaces
    (`…发放贷款三十亿元。　　线上产品打通数据　　依托…`). A part opens after a part that ends
    a sentence or is a heading. A heading is a short part that ends no sentence, opening the
    paragraph or after such a part, with prose (a clause's mark) after it or after its second
    line. Spaces after anything else part nothing (a name set apart, `王  明`), and a paragraph
    in which no sentence ends before spaces is left whole: nothing shows paragraphs run together."""
    pieces = _RUN_TOGETHER_SPACES_RE.split(paragraph.strip())
    if not any(ends_sentence(piece) for piece in pieces[:-1]):
        return [(paragraph, False)]  # no paragraphs run together: no sentence ends before spaces
    parts: list[tuple[str, bool]] = []
    opens = True  # the next piece opens a part of its own
    for index, piece in enumerate(pieces):
        heading = opens and index + 1 < len(pieces) and not ends_sentence(piece) \
            and _SECTION_HEADING_LETTERS[0] <= len(letters(piece)) <= _SECTION_HEADING_LETTERS[1] \
            and any(mark in after for after in pieces[index + 1:index + 3] for mark in _PROSE_MARKS)
        if heading and parts and parts[-1][1]:
            parts[-1] = (parts[-1][0] + " " + piece, True)  # a heading's two lines: `线上产品打通数据　　帮助企业少跑腿`
        elif opens or not parts:
            parts.append((piece, heading))
        else:
            parts[-1] = (parts[-1][0] + "  " + piece, False)
        opens = heading or ends_sentence(piece)
    return parts if len(parts) > 1 else [(paragraph, False)]


_RUN_TOGETHER_SPACES_RE = re.compile(r"[ \u3000]{2,}")
_PROSE_MARKS = "，。；！？"
_SECTION_HEADING_LETTERS = (4, 30)  # a section heading's letters, as a story's headings run


def finish_draft(draft: Draft, source: Source, stem: str, position: int) -> Article | None:
    """The article a draft makes (None for a draft with no text, or a page's service box): its
    text paragraphs, section headings and notes, its title (the draft's, the file's for its
    first article, else one taken from its text), byline, date, page and id."""
    paragraphs: list[str] = []
    headings: list[int] = []
    notes: list[int] = []
    for paragraph in map(curly_quotes, draft.paragraphs):
        if paragraph.startswith(NOTE):
            notes.append(len(paragraphs))
            paragraphs.append(tighten_credits(paragraph[1:]))
            continue
        pieces = [(paragraph[1:], True)] if paragraph.startswith(SECTION) else run_together_parts(paragraph)
        for piece, is_heading in pieces:
            text = tighten_title(piece) if is_heading else tighten_spaces(piece)
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
    title = tighten_title(draft.title or (source.title if position == 0 else None) or _fallback_title(paragraphs, headings, notes))
    title = title.lstrip("—-– ") or title  # a subtitle's dash left on a line read as the headline
    if title.startswith("【") and title.endswith("】") and title.count("【") == 1:
        title = title[1:-1].strip() or title  # `【区教育局召开全区教育工作会议】`: brackets that set a headline off
    title = LIST_NUMBER_RE.sub("", title, count=1) or title  # `1.区教育局召开…`: its place in a list, not its words
    kicker = tighten_title(draft.kicker) if draft.kicker else None
    kicker = kicker and (LIST_NUMBER_RE.sub("", kicker, count=1) or kicker)  # an item's first line carries the number
    if SERVICE_BOX_RE.match(title):
        return None  # the weather, a lost-papers notice, an advertisement: a page's services, no news
    facts = draft.facts or LineFacts(None, None, None)
    # A bulletin's item closes on the office that sent it (`（区教委供稿）`, `（供稿：区教委）`): its outlet.
    contributor = _CONTRIBUTOR_RE.search(paragraphs[-1]) if paragraphs else None
    # A writer named on the file's first date line is the first article's; one further down has its own line.
    author = facts.author if draft.facts is not None else source.author
    # A story signed with an editor's name (`（郭旭）` on a page that prints `责任编辑：王一`) names its editor.
    signed = [byline for byline in map(clean_byline, draft.bylines) if byline and byline not in source.editors]
    bylines = list(dict.fromkeys(signed)) or ([author] if author else [])
    return Article(
        id=article_id(stem, title),
        source=source.path,
        title=title,
        subtitle=tighten_title(draft.subtitle) if draft.subtitle else kicker,
        kicker=kicker,
        byline="；".join(bylines) or None,
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        notes=tuple(notes),
        position=position,
        date=facts.date or source.date,
        page=draft.page or source.page,
        date_source="date line" if facts.date else source.date_source,
        source_name=facts.source_name or (contributor["label"] or contributor["before"] if contributor else None)
        or source.source_name,
    )


_CONTRIBUTOR_RE = re.compile(r"[（(]\s*(?:(?:供稿单位|供稿)\s*[:：]\s*(?P<label>[\u4e00-\u9fff]{2,20})|(?P<before>[\u4e00-\u9fff]{2,20}?)供稿)\s*[）)]$")


SERVICE_BOX_RE = re.compile(r"^[【\[（(]?\s*(?:今日|本周|近期|明日)?(?:天气预报|天气|气象)\s*[】\]）)]?$"
                            r"|^(?:遗失|挂失|作废|寻人|寻物|招聘|招租|拍卖|征婚)?(?:声明|启事|公告栏)$|^(?:分类)?广告$|^更正$"
                            r"|^(?:欢迎|敬请|诚邀)(?:订阅|征订|投稿)")  # the paper's own notices: `欢迎订阅2025年《荣昌日报》`


# What follows the writer on the line: the source or time (` 来源：中国青年报`), or other people's
# credits after a label of their own (`文｜张三　图｜李四`, ` 编辑/王五`).
_BYLINE_TAIL_RE = re.compile(r"\s*(?:来源|发布时间|时间|日期)\s*[:：].*$"
                             r"|\s+(?:图|图片|摄影|摄像|视频|编辑|责编|校对|审核|设计|制图|海报)\s*[丨|｜︱/／:：].*$")


def clean_byline(byline: str | None) -> str | None:
    """A byline without what follows it on its line (` 来源：中国青年报`), and none for an
    editor's credit (`江城网编辑 孙桂芳`, `责任编辑：魏喆`): editors handle a story, they do not write it."""
    text = re.sub(r"\s+", " ", _BYLINE_TAIL_RE.sub("", BULLET_OPENING_RE.sub("", (byline or "").strip())).strip())
    if not text or is_editor_credit(text):
        return None
    if " " in text:
        # A byline that spaces its parts sets each role apart from its name: so a space lost
        # where a column wrap fell (`通讯员 陈静 记者 王` / `磊)…` reads `记者王磊`) is put back.
        text = _ROLE_BEFORE_NAME_RE.sub(lambda role: role.group() + (" " if starts_with_surname(
            text[role.end():role.end() + 2]) else ""), text)
    return text


_ROLE_BEFORE_NAME_RE = re.compile(r"(?:记者|通讯员|实习生)(?=[\u4e00-\u9fff])")


def article_id(stem: str, title: str) -> str:
    """An id that survives rebuilds and edits elsewhere on the page: the file's stem and a hash of the title."""
    return f"{stem}-{hashlib.sha1(title.encode('utf-8')).hexdigest()[:6]}"


_CLOSING_BULLET_RE = re.compile(rf"\s*{BULLETS}$")


def tighten_title(text: str) -> str:
    """One line, single spaces, without the bullets that mark header lines (`■…`); a headline
    wholly inside one pair of quotes loses them."""
    text = curly_quotes(re.sub(r"\s+", " ", HEADER_BULLET_RE.sub(r"\1", text)).strip())
    text = _CLOSING_BULLET_RE.sub("", text)  # a column's label set between two bullets (`◆社区动态◆`)
    # Header lines are joined with a space; after a full-width mark (`昌州街道：` / `“红色物业”…`) none is printed.
    text = re.sub(r"(?<=[：，；、]) ", "", text)
    text = _MEDIA_MARK_RE.sub("", text) or text  # `…大变化（图）`: the web page had photos, the digest has none
    if quoted_whole(text):
        text = text[1:-1].strip()
    return text


# A site's mark after a headline that the story carries photos or a video (`（图）`, `（组图）`, `[视频]`).
_MEDIA_MARK_RE = re.compile(r"\s*[（(【\[](?:组|附|多)?(?:图|图片|视频|音频)[）)】\]]$")


def _fallback_title(paragraphs: list[str], headings: list[int], notes: list[int]) -> str:
    """An article printed without a headline is named by its first clause."""
    return title_from_text(next(p for i, p in enumerate(paragraphs) if i not in headings and i not in notes))


def title_from_text(paragraph: str) -> str:
    """The first clause of a paragraph, past its dateline, as a headline."""
    first = strip_dateline(paragraph)
    # An opening phrase (`近日，`, `3月4日，`) names nothing: it is passed over, and clauses are
    # taken until one says something.
    clause = ""
    for part in re.split(r"(?<=[，。；！？,;!?])", first):
        if not clause and len(letters(part)) < FALLBACK_TITLE_LETTERS and _OPENING_PHRASE_RE.match(part):
            continue
        clause += part
        if len(letters(clause)) >= FALLBACK_TITLE_LETTERS or part.endswith(("。", "！", "？", "!", "?")):
            break
    clause = clause.strip().rstrip("，。；！？,;!?") or first.strip()
    return clause if len(clause) <= 24 else clause[:24] + "…"


FALLBACK_TITLE_LETTERS = 8
# When, not what: `近日，`, `3月4日，`, `昨天上午，`, `今年以来，`.
_OPENING_PHRASE_RE = re.compile(
    r"^(?:近日|日前|近期|连日来|今年以来|近年来|目前|当前|昨天|昨日|今天|今日|前不久|不久前|(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)"
    r"(?:上午|下午|晚上?|凌晨|中午)?[，,]$")
