"""Assemble a page's classified lines into drafts of articles: which header lines open a story,
and what each holds. The layout's marks decide here; where they leave it open, the words do
(`evidence`); each finished draft becomes an `Article` in `drafts`."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from . import words
from .clean import display_width, ends_sentence, letters
from .dates import ISSUER_RE, chinese_number, metadata_line, with_facts
from .drafts import SERVICE_BOX_RE, Draft, quoted_whole, section_headings, text_paragraphs
from .evidence import (
    COLUMN_LABEL_RE,
    HEADLINE_EVIDENCE,
    LONG_HEADING_LETTERS,
    SHORT_LABEL_LETTERS,
    SUBJECT_CHANGE_SIMILARITY,
    UNDER_PARAGRAPHS,
    announces_news_lead,
    announces_next_paragraph,
    body_under,
    changes_subject,
    clauses_inside,
    foreign_heading,
    goes_on_with_its_people,
    heading_overlap,
    leaves_the_place,
    leaves_the_subject,
    names_lead,
    names_text_after,
    opens_like_news,
    page_idf,
    says_lead,
    text_under,
)
from .pagelines import leads_as_news, open_pair
from .roles import (
    BULLET_OPENING_RE,
    BULLETS,
    CAPTION_START_RE,
    CHINESE_SECTION_NUMBER_RE,
    COLUMN_TAG_RE,
    DATED_DISPATCH_RE,
    DATELINE_RE,
    ENUMERATED_HEADING_RE,
    HEADLINE_MARK_RE,
    INSTITUTION_BYLINE_RE,
    LIST_NUMBER_RE,
    LONE_FIGURE_RE,
    NOTE,
    ROLE_BYLINE_RE,
    SECTION,
    Item,
    asks_or_exclaims,
    every_line_apart,
    is_box_label,
    is_briefs_label,
    is_dateline_para,
    is_lead_box_label,
    is_speaker_line,
    list_number,
    list_numbering,
    next_of,
    reads_as_header,
    starts_with_surname,
)
from .sentences import is_caption
from .words import content_words, cosine, word_bag


def _heading_blocks(items: list[Item], subtitles_apart: bool = False) -> list[str]:
    """Consecutive candidate lines with no blank between them form one heading.

    With `subtitles_apart` (headlines above their stories), a subtitle line (`——…`) right
    under its headline is a header of its own. Under headlines printed after their bodies,
    a dash opening a wrapped line more often carries the headline on."""
    return [_join_heading_lines(lines) for lines in _heading_lines(items, subtitles_apart)]


def _heading_lines(items: list[Item], subtitles_apart: bool = False) -> list[list[str]]:
    """The lines of each heading block (`_heading_blocks`)."""
    blocks: list[list[str]] = []
    previous: Item | None = None
    for item in items:
        if previous is not None and letters(item.text) == letters(previous.text):
            continue  # a header line printed twice in a row (a web page's title over its headline) is one
        subtitle = item.text.startswith(("——", "--"))
        # A header line of a text view is one header (引题, 主题 or 副题) of its own, as is a
        # numbered heading (`一、总体要求` right under a headline).
        if blocks and item.blank_before == 0 and not item.header and not ENUMERATED_HEADING_RE.match(item.text) \
                and not (subtitles_apart and subtitle):
            if previous is not None and previous.wraps and not subtitle and not previous.text.endswith(("）", ")", "——", "》", "”")) \
                    and not is_speaker_line(previous.text):
                # The line above filled the column and closes no headline, kicker, title or quotation
                # (a label's `…《江州说事》`), nor names who speaks in a round-up's part: a wrap, not
                # the author's break (a subtitle opens on its dash).
                blocks[-1][-1] += item.text
            else:
                blocks[-1].append(item.text)
        else:
            blocks.append([item.text])
        previous = item
    half = len(blocks) // 2
    if half and len(blocks) % 2 == 0:
        keys = [letters("".join(lines)) for lines in blocks]
        if keys[:half] == keys[half:]:
            return blocks[:half]  # the whole header printed twice (the page's title area, then over its text): once
    return blocks


def _join_heading_lines(lines: list[str]) -> str:
    """One header's lines as one line. A wrap that fell inside a word joins without a space;
    only a full line wraps, so a line narrower than the one under it ends where its author
    broke it (a kicker `聚焦“两会”精神落地` over `区政协召开…`, where `地区` is a word by chance)."""
    block = lines[0]
    for previous, line in zip(lines, lines[1:]):
        wrapped = display_width(previous) >= display_width(line) and words.crosses_boundary(block, line)
        block += ("" if wrapped else " ") + line
    return block


class HeaderRun(list):
    """A header run's blocks, with the lines its last block was read from: on a page copied
    without blank lines, one block can hold a story's closing headline and the next one's.
    `boxed`: the run stands under a box label (`■记者手记`), so it heads a box of the story.
    `marked`: the layout set every line of it as a header line (a text view's flush line, a
    brief's headline), which no section heading is. `blank_after`: a blank line follows it."""

    def __init__(self, lines: list[list[str]], boxed: bool = False, marked: bool = False, blank_after: bool = True):
        super().__init__(_join_heading_lines(block) for block in lines)
        self.last_lines = lines[-1] if lines else []
        self.boxed = boxed
        self.marked = marked
        self.blank_after = blank_after

    @property
    def lines(self) -> list[str]:
        """The run's lines: each block but the last as read, then the last block's lines."""
        return self[:-1] + self.last_lines


def _apply_headings(draft: Draft, blocks: list[str]) -> None:
    """Give a draft its title from heading blocks: `——` lines are subtitles, the last other block the title."""
    blocks = [part for block in blocks for part in _title_and_subtitle(block)]
    subtitles = [b.lstrip("—-– ").strip() for b in blocks if b.startswith(("——", "--", "—"))]
    mains = _document_title([part for b in blocks if not b.startswith(("——", "--", "—")) for part in _kicker_and_title(b)])
    if mains:
        draft.title = mains[-1]
        if len(mains) > 1:
            draft.kicker = " ".join(mains[:-1])
    if subtitles:
        draft.subtitle = " ".join(subtitles)


# An official document's title names its kind after `关于…的` (`关于做好春季森林防火工作的通知`); the
# issuing offices over it are part of it (`江州区人民政府办公室关于…的通知`).
_DOCUMENT_TITLE_RE = re.compile(r"^关于\S.{0,80}的(?:通知|意见|决定|报告|方案|办法|批复|函|复函|请示|公告|通告|通报|纪要|规定|细则|计划|决议|指导意见|实施意见|实施方案)$")


def _document_title(mains: list[str]) -> list[str]:
    """The header lines with a document's issuing offices joined to its title."""
    if not mains:
        return mains
    *above, title = mains
    words = title.split(" ")
    if len(words) > 1 and _DOCUMENT_TITLE_RE.match(words[-1]) and all(ISSUER_RE.match(word) for word in words[:-1]):
        above, title = above + [" ".join(words[:-1])], words[-1]  # the office and the title read as one line
    if not _DOCUMENT_TITLE_RE.match(title):
        return mains
    offices = []
    while above and all(ISSUER_RE.match(word) for word in above[-1].split(" ")):
        offices.insert(0, above.pop())
    return [*above, " ".join(offices) + title] if offices else mains


def _title_and_subtitle(block: str) -> list[str]:
    """A block of header lines read as one holds a subtitle where a line opens with a dash:
    `户户齐动手 村庄更整洁 ——江州…掠影` is a title and its subtitle. A dash inside a quotation
    or a bracket is theirs."""
    title, dash, subtitle = block.partition(" ——")
    return [title, "——" + subtitle] if dash and title and subtitle and not open_pair(title) else [block]


def _kicker_and_title(block: str) -> list[str]:
    """A block of header lines read as one (no blank between them) holds a kicker where a line
    is a column's label in brackets (`【一线见闻】`), or where a line ends in a dash:
    `…居民纷纷来信反映—— 停车，…` is a kicker and a title. A dash inside a quotation is the
    quotation's (`“你守护生命 我守护你—— 爱医行动”正式启动`)."""
    label = _COLUMN_LABEL_LINE_RE.match(block)
    if label:
        return [label["label"], label["title"]]  # `【奋进新征程 建功新时代】` over the headline: the column's label
    kicker, dash, title = block.partition("—— ")
    return [kicker + "——", title] if dash and kicker and title and not open_pair(kicker) else [block]


# A column's label over the headline: `【一线见闻】`, a column tag on a line of its own (`（今日观点）`),
# or a label set between two bullets (`◆社区动态◆`).
_BRACKETED_LABEL = r"【[^【】]{2,20}】"
_COLUMN_LABEL_LINE_RE = re.compile(rf"^(?P<label>{_BRACKETED_LABEL}|[（(][\u4e00-\u9fff·]{{2,10}}[）)]"
                                   rf"|(?P<bullet>{BULLETS})[\u4e00-\u9fff·]{{2,10}}(?P=bullet))\s+(?P<title>\S.*)$")


def _add_paragraph(drafts: list[Draft], current: Draft | None, item: Item, new_article: bool) -> Draft:
    """Append a paragraph (and its dateline's byline) to the current draft, or to a new one."""
    if new_article or current is None:
        current = Draft()
        drafts.append(current)
    if item.byline:
        current.bylines.append(item.byline)
    current.dated = current.dated or (not current.paragraphs and is_dateline_para(item))
    current.paragraphs.append(item.text)
    return current


THEMATIC_BREAK_RE = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")


def build_markdown(items: list[Item], single_article: bool) -> list[Draft]:
    levels = [item.level for item in items if item.role == "heading" and item.level < 6]
    top = min(levels) if levels else 1
    # Under one top heading (a page's name, or one story's title) the next level heads stories
    # too; where several stories have top-level titles (`Heading 1` in a Word file), the next
    # level is their subtitles and sections.
    title_levels = {top} if levels.count(top) >= 2 else {top, top + 1}
    page_name = None if single_article or levels.count(top) != 1 or levels.count(top + 1) < 2 else _page_name(items, top)
    if page_name is not None:
        top, title_levels = top + 1, {top + 1}  # the page's stories are a level down, as under no name
    # One story's title with its own text under it, then headings a level down that go on with
    # its subject: its sections (`# 江州区“积分制”…` / text / `## 小积分撬动大治理`), not stories.
    sections_of_one = page_name is None and levels.count(top) == 1 and _sections_of_one_story(items, top)
    drafts: list[Draft] = []
    current: Draft | None = None
    pending_kicker: list[str] = []
    pending_bylines: list[str] = []
    page: str | None = None
    section_lines = _section_lines(items)
    lines_apart = every_line_apart(items)  # a Word file's paragraphs: a blank line parts nothing
    briefs_box = False  # the story titled last is a briefs column's label (`简讯`): each heading under it a brief's

    def next_title(index: int) -> bool:
        following = next_of(items, index + 1, ("heading",), skip=("caption", "label"))
        return following is not None and following.level in title_levels and not (
            single_article and current is not None and current.title)

    for index, item in enumerate(items):
        if index == page_name:
            continue  # the page's name over its stories (`# 本周要闻`): no story's title
        is_subtitle = item.role == "heading" and item.level in (top, top + 1) and current is not None and current.title \
            and not current.paragraphs and not current.subtitle and (item.level == top + 1 or item.text.startswith("——")) \
            and not CHINESE_SECTION_NUMBER_RE.match(item.text)  # `## 一、…` right under the title: its first section or item
        # Under a briefs column's label each heading heads a brief, but a numbered section's is a part
        # of one piece (`# 江州惠民政策一览` over `## 一、教育`).
        brief_under_label = briefs_box and not _numbered_section(items, index)
        if is_subtitle:  # also on a page that holds one article (a web page's 副题)
            current.subtitle = item.text.lstrip("—-– ").strip()
        # A brief's headline (`segment.split_briefs` marks it `header`) opens a story even on a
        # page that holds one article: a roundup post's items.
        elif item.role == "heading" and (item.header or item.level in title_levels and not (
                single_article and current and current.title) and not (
                # `一、压实防火责任` under a story's title numbers its sections, as in a text page,
                # unless that title is the item before in a list of stories numbered the same way
                current is not None and current.title and ENUMERATED_HEADING_RE.match(item.text)
                and not _next_numbered_story(current, item.text)) and not (
                sections_of_one and item.level == top + 1 and current is not None and current.paragraphs)):
            if _under_headings(current, items, index, lines_apart):
                # Each line of a header block set as a heading of its own (`## 引题` over `## 主题`):
                # the block is read as a text page's header lines are, the last the title.
                _apply_headings(current, ([current.kicker] if current.kicker else []) + [current.title, item.text])
                continue
            current = Draft(title=item.text, kicker=" ".join(pending_kicker) or None, bylines=pending_bylines)
            briefs_box = is_briefs_label(item.text)
            pending_kicker, pending_bylines = [], []
            drafts.append(current)
        elif item.role in ("heading", "candidate"):
            if next_title(index):
                pending_kicker.append(item.text)
            elif item.role == "heading" and brief_under_label and current is not None and not current.paragraphs \
                    and not current.subtitle and not current.kicker:
                current.kicker, current.title = current.title, item.text  # `## 简讯` over its first brief's `### …`
            elif item.role == "heading" and current is not None and current.paragraphs and (
                    brief_under_label or _heads_dispatch(current, items, index)):
                _title_first_brief(current)
                current = Draft(title=item.text)
                drafts.append(current)
            elif item.role == "candidate" and current is not None and current.title and not current.paragraphs \
                    and item.text.startswith("——") and not current.subtitle:
                current.subtitle = item.text.lstrip("—-– ").strip()
            elif item.role == "heading" or (index > 0 and items[index - 1].role == "heading" and item.blank_before == 0) \
                    or (index in section_lines and current is not None):
                if current is None:
                    current = Draft(title=item.text)
                    drafts.append(current)
                elif item.role == "candidate" and current.paragraphs and current.paragraphs[-1].startswith(SECTION):
                    current.paragraphs[-1] += " " + item.text
                else:
                    current.paragraphs.append(SECTION + item.text)
            # other short plain lines in a Markdown page are photo captions
        elif item.role == "para":
            current = _add_paragraph(drafts, current, item, new_article=current is None or _opens_part(current, item))
        elif item.role == "note" and current is not None:
            current.paragraphs.append(NOTE + item.text)
            if item.byline:
                current.bylines.append(item.byline)
        elif _opens_part(current, item):
            current = None  # the mark alone on its line: the text under it is the part
        elif item.role in ("table", "lead") and current is not None:
            current.paragraphs.append(NOTE + item.text)  # a table's row, an editor's note: kept in the text, never summarized
        elif item.role in ("byline", "credit", "header_byline") and item.byline:
            if item.role == "header_byline" and next_title(index):
                pending_bylines.append(item.byline)
            elif current is not None:
                current.bylines.append(item.byline)
                if index - 1 in section_lines and current.paragraphs and current.paragraphs[-1].startswith(SECTION):
                    # A signed piece in a column (`心声`): its writer, under its heading, stays in the text.
                    current.paragraphs.append(SECTION + item.text)
        elif item.role == "caption" and current is not None and current.title:
            current.captions.append(item.text)
        elif item.role == "meta" and current is not None and not single_article:
            # The date and source line under a headline (`发布时间：… 来源：…`; a PDF prints it in
            # small type): the story's facts, as in a text page. A web page's reader has weighed
            # its date and writer already, the page's markup among them.
            current.facts = with_facts(current.facts, metadata_line(item.text))
        elif item.role == "label" and THEMATIC_BREAK_RE.match(item.text):
            # A rule between two stories (`---`; a PDF story whose headline is a picture):
            # the text after it is an article of its own, named by its first clause.
            current, briefs_box = None, False
        elif item.role == "page":
            page = item.text
        if current is not None and current.page is None:
            current.page = page  # a story is on the page where it starts
    return _photo_stories(drafts)


def _top_heading(items: list[Item], top: int) -> int:
    """The place of the first heading of the top level."""
    return next(index for index, item in enumerate(items) if item.role == "heading" and item.level == top)


def _sections_of_one_story(items: list[Item], top: int) -> bool:
    """Whether the one top-level heading is a story's title over its sections: it has text of
    its own under it, and most headings a level down head text that goes on with that text's
    subject (a bulletin's items under its name and note each tell of their own)."""
    place = _top_heading(items, top)
    opening = _paragraphs_under(items, place, top + 1)
    if not opening:
        return False  # a title over the next level's heading at once: its subtitle or its first story
    # Weighed by general text's IDF: the page's own would make the words every section names
    # (`积分`) weigh least.
    idf = words.general_idf()
    told = word_bag(" ".join([items[place].text, *opening]), idf)
    # Each heading's text read as a text page's is (`text_under`): its first paragraphs.
    goes_on = [cosine(told, word_bag(" ".join([item.text, *_paragraphs_under(items, index)[:UNDER_PARAGRAPHS]]), idf))
               >= SECTION_KINSHIP
               for index, item in enumerate(items) if index > place and item.role == "heading" and item.level == top + 1]
    return bool(goes_on) and 2 * sum(goes_on) > len(goes_on)


# The cosine (by general text's IDF) of a heading's text with the text under a story's title
# from which it goes on with the story's subject: a section's (0.2 to 0.4 in reports), not
# another item's of a bulletin (0 to 0.16).
SECTION_KINSHIP = 0.1


def _paragraphs_under(items: list[Item], index: int, level: int = 6) -> list[str]:
    """The paragraphs under the heading at `index`, to the next heading of `level` or above (to
    the next heading, by default)."""
    paragraphs: list[str] = []
    for item in items[index + 1:]:
        if item.role == "heading" and item.level <= level:
            break
        if item.role == "para":
            paragraphs.append(item.text)
    return paragraphs


def _page_name(items: list[Item], top: int) -> int | None:
    """The place of the one top-level heading where it names the page, not the story under it:
    right over the first of the next level's headings, it shares no word with that story's
    text (`# 本周要闻` over `## 区委召开…`), or it names a roundup or a bulletin, which may
    share its place's name with the story (`# 江州要闻` over `## 江州…`). A story's title over
    its subtitle shares words with its text, as headlines do."""
    place = _top_heading(items, top)
    following = next((index for index in range(place + 1, len(items)) if items[index].role != "label"), None)
    if following is None or items[following].role != "heading" or items[following].level != top + 1:
        return None
    if (is_briefs_label(items[place].text) or _PUBLICATION_NAME_RE.match(items[place].text)) \
            and not _numbered_section(items, following):
        # `# 江州要闻`, `# 江州区教育简报`: a roundup's or a bulletin's name, whatever its stories
        # say; over numbered headings (`## 一、教育`), it may be one piece's title over its parts.
        return place
    story = "".join(_paragraphs_under(items, following, top + 1))
    return place if story and not any(word in story for word in content_words(items[place].text)) else None


# A bulletin's or a supplement's name: a short name that ends on what it is (`江州区教育简报`, `职教周刊`).
_PUBLICATION_NAME_RE = re.compile(r"^[\u4e00-\u9fff·]{0,10}(?:简报|周刊|专刊|特刊)$")


def _numbered_section(items: list[Item], index: int) -> bool:
    """A heading numbered as a document's section (`一、工作开展情况`) over text that does not open as
    news does: a part of one piece. A bulletin numbers its items so too, each over its news lead
    (`一、区教育局召开全区教育工作会议` over `3月5日，…` or `本报讯…`): those are stories."""
    if not CHINESE_SECTION_NUMBER_RE.match(items[index].text):
        return False
    following = next_of(items, index + 1, ("para",), skip=("caption", "label", "byline", "header_byline"))
    return following is None or not leads_as_news(following)


def _under_headings(current: Draft | None, items: list[Item], index: int, lines_apart: bool) -> bool:
    """Whether the heading at `index` stands right under the current story's own heading of the
    same level, with no text, byline or caption between, nor a blank line where blank lines part
    blocks."""
    return current is not None and bool(current.title) and not (current.paragraphs or current.captions or current.bylines) \
        and index > 0 and items[index - 1].role == "heading" and items[index - 1].level == items[index].level \
        and (items[index].blank_before == 0 or lines_apart)


def _heads_dispatch(current: Draft, items: list[Item], index: int) -> bool:
    """A heading a level under the stories' titles over a dateline: a brief's headline
    (`### 城南社区开展义诊活动` over `本报讯 11月28日…` in a 简讯 box set at the text's size), since a
    dateline opens a story and never a section of one. A round-up of one dispatch (each part
    under the dated dateline the story opened with, `本报江州3月2日电`) keeps its parts; a bare
    `本报讯` names no dispatch, and every local brief opens with it. Key points or a lead-in set
    over a story's dateline (`一年受理群众来信来访1.2万件` as headings, then `本报江州3月2日电`) are
    its own: the heading over the dateline is the last of them."""
    following = next_of(items, index + 1, ("para",), skip=("caption", "label"))
    if following is None or not is_dateline_para(following) or _lead_in_so_far(current) or (
            not current.dated and all(paragraph.startswith(SECTION) for paragraph in current.paragraphs)):
        return False
    dateline = DATELINE_RE.match(following.text)
    return not (_same_dispatch(current, following) and dateline and DATED_DISPATCH_RE.search(dateline.group()))


def _title_first_brief(current: Draft) -> None:
    """A story titled with a column's label (`简讯`, `短讯`) whose text opens on a dateline under a
    heading of its own (`## 江州举办…`, read as its subtitle, or a section heading): where the next
    brief's headline follows, the label heads the box and that heading is its first brief's
    headline."""
    briefs = bool(current.title) and is_briefs_label(current.title)
    if current.kicker or not current.title or not (briefs or COLUMN_LABEL_RE.fullmatch(current.title)):
        return
    if current.subtitle and (current.dated or briefs):
        current.kicker, current.title, current.subtitle = current.title, current.subtitle, None
    elif len(current.paragraphs) > 1 and current.paragraphs[0].startswith(SECTION) \
            and DATELINE_RE.match(current.paragraphs[1]):
        current.kicker, current.title = current.title, current.paragraphs.pop(0)[len(SECTION):]
        current.dated = True


def _opens_part(current: Draft | None, item: Item) -> bool:
    """The rest of a story from another page (`（上接第1版）…`, or the mark alone on its line)
    after other text: an article of its own, never more of the story above it."""
    return item.continued and current is not None and bool(current.paragraphs)


def _section_lines(items: list[Item]) -> set[int]:
    """Short plain lines between two paragraphs of a story that head its sections, left in the
    text's style (a Word file's `招招见实` over its key line): those of a story with two such
    runs or more, counting a numbered one that opens the text right under the headline
    (`一、总体要求`) when another stands amid the text. A single one is a photo's caption
    (`周雨俊团队正在进行跨境电商直播`)."""
    stories: list[list[list[int]]] = [[]]  # per story under a heading, its runs of short lines over its paragraphs
    openings: set[int] = set()  # the first lines of runs that stand right under a headline
    last_role = None  # of the last item that is no short plain line
    for index, item in enumerate(items):
        if item.role != "candidate":
            if item.role == "heading":
                stories.append([])
            last_role = item.role
        elif last_role in ("para", "heading") and not is_caption(item.text) \
                and next_of(items, index + 1, ("para",), skip=("candidate", "byline")) is not None:
            if stories[-1] and stories[-1][-1][-1] == index - 1:
                stories[-1][-1].append(index)
            elif last_role == "para" or LIST_NUMBER_RE.match(item.text):
                # Under a headline only a numbered heading is surely one: a web page sets its
                # time and player there (`发表时间：`, `音频04:29`).
                if last_role == "heading":
                    openings.add(index)
                stories[-1].append([index])
    found: set[int] = set()
    for runs in stories:
        # A heading is a line or two (a heading and its key line); more short lines in a row
        # are a list or a box of contents, never one heading.
        runs = [run for run in runs if len(run) <= MAX_SECTION_RUN_LINES]
        if len(runs) >= MIN_SECTION_RUNS and any(run[0] not in openings for run in runs):
            found.update(index for run in runs for index in run)
    return found


MIN_SECTION_RUNS = 2
MAX_SECTION_RUN_LINES = 2


def build_leading(items: list[Item], idf: dict[str, float] | None = None) -> list[Draft]:
    """Plain pages whose headlines stand above their articles.

    On pages whose layout marks the header lines (`Item.header`), only those open
    stories: a dateline inside such an article belongs to a round-up, not a new story.
    """
    layout_marked = any(item.header for item in items)
    drafts: list[Draft] = []
    current: Draft | None = None
    idf = idf if idf is not None else page_idf(items)
    index = 0
    while index < len(items):
        item = items[index]
        if item.role == "candidate":
            under_box_label = index > 0 and items[index - 1].role == "label" and is_box_label(items[index - 1].text)
            group = []
            while index < len(items) and items[index].role == "candidate":
                group.append(items[index])
                index += 1
            block_lines = _heading_lines(group, subtitles_apart=True)
            blocks = [_join_heading_lines(lines) for lines in block_lines]
            if current is not None and current.paragraphs and len(blocks) > 1 and _repeats_title(current, blocks[0]):
                # The story's headline printed again after its text (a copy of the page's picture
                # box, or of a page that prints it after), over the next story's own headline: a
                # repeat, no header of the next story. Alone over text, the same words may be a
                # series' headline over its next story.
                group = group[len(block_lines[0]):]
                blocks = blocks[1:]
            following = next_of(items, index, ("para", "header_byline", "byline", "meta"), skip=("caption", "label", "credit"))
            numbered = all(ENUMERATED_HEADING_RE.match(block) for block in blocks)
            if _key_point(current, group, following):
                # `1200多件…的来信，在受理满2个月内作出回复` / `各级法院要通过…，做到案结事了` / `本报江州…电`:
                # the story's key points, printed between its headline and its dateline.
                current.paragraphs.append(group[0].text)
                continue
            piece = _signed_piece(current, group, following)
            part = piece or _roundup_part(current, group, following) or _numbered_part(current, items, index, group)
            # A byline, date line or dateline under the heading opens a story with it.
            story_below = following is not None and (
                following.role in ("header_byline", "byline", "meta") or is_dateline_para(following))
            # Only a photo's caption under it, then the next headline: it heads a photo story (图片新闻),
            # and the headline after such a story opens one of its own (`photo_story`).
            photo_below = index < len(items) and items[index].role == "caption" and _headline_after_captions(items, index)
            # A heading under a box label (`■记者手记`) heads a box of the story, unless what is under
            # it opens a story of its own.
            boxed = under_box_label and current is not None and bool(current.paragraphs) and not story_below
            # After a closing byline or credit, any other heading opens a story, unless it is set like
            # the story's own sections: a photo credit printed mid-story.
            photo_story = current is not None and not current.paragraphs and bool(current.captions)
            # The text under the heading, read by the tests of a change of subject below (only
            # after a story with text so far: a note under its headline, `开栏的话…`, is none).
            told = current is not None and bool(text_paragraphs(current))
            under = text_under(items, index) if told else []
            starts = current is None or photo_story or _next_item(current, blocks) or (not numbered and not boxed and not part and (
                ((current.ended or _closes_on_attendance(current)) and not _parallels_section(current, blocks))
                or (not _leads_in(blocks) and (group[0].header or _marks_headline(blocks) or any(map(_holds_kicker, blocks))
                or _set_like_title(current, blocks) or (told and _same_as_title(current, blocks))
                or story_below or photo_below or SERVICE_BOX_RE.match(blocks[-1]) or PHOTO_NEWS_LABEL_RE.match(blocks[-1])
                or (told and not _repeats_section(current, blocks) and (
                    announces_news_lead(current, items[index - 1].text, under, idf)
                    or (not _parallels_section(current, blocks) and _turns_to_another_story(current, items, index, blocks, under, idf)))
                    and not goes_on_with_its_people(current, under))
            ))))
            sections: list[str] = []
            speaker = _roundup_opening(items, index, group) if starts else 0
            if speaker:
                # `代表委员讲述履职故事` / `周海代表——` / `竭尽所能 守护家乡`: the round-up's title, then
                # its first part, whose speaker and heading open a section as the next parts' do.
                blocks = _heading_blocks(group[:speaker], subtitles_apart=True)
                sections.append(" ".join(line.text for line in group[speaker:]))
            while starts and len(blocks) > 1 and ENUMERATED_HEADING_RE.match(blocks[-1]) \
                    and not _numbered_headline(current, blocks, items, index):
                sections.insert(0, blocks.pop())  # `一、总体要求` right under a headline opens its first section
            if starts and current is not None and not current.paragraphs and not current.ended and not photo_story:
                _apply_headings(current, ([current.kicker] if current.kicker else []) + ([current.title] if current.title else []) + blocks)
            elif starts:
                current = Draft()
                _apply_headings(current, blocks)
                current.roundup = any(is_speaker_line(line.text) for line in group) or bool(
                    current.title and COLUMN_TAG_RE.search(current.title))
                current.column = group[0].text if len(group) > 1 and _column_label(group[0].text) else None
                drafts.append(current)
            else:
                if piece and current.title != current.column:
                    _title_column(current)
                sections = [" ".join(blocks)]
                current.ended = current.ended and not part  # a part's closing note does not close the round-up
            current.paragraphs.extend(SECTION + section for section in sections)
            continue
        if item.role == "section" and current is not None:
            closing = next_of(items, index + 1, ("para",), skip=("section", "caption", "label", "credit", "note", "lead",
                                                                 "byline", "header_byline")) is None
            # A short line after the last paragraph is a credit (数据来源：…, 投稿邮箱…), not a section.
            current.paragraphs.append((NOTE if closing else SECTION) + item.text)
        elif item.role in ("lead", "table") and current is not None:
            current.paragraphs.append(NOTE + item.text)  # kept in the text, never summarized
        elif item.role == "para":
            # A dateline (本报讯…) opens a new story, unless it repeats the one the story opened
            # with: a round-up of one dispatch (`王毅分别同…通电话`, each call under the same dateline).
            new_article = current is None or _opens_part(current, item) or (
                is_dateline_para(item) and bool(current.paragraphs) and not layout_marked
                and not _same_dispatch(current, item) and not _lead_in_so_far(current))
            current = _add_paragraph(drafts, current, item, new_article=new_article)
        elif _opens_part(current, item):
            current = None  # the mark alone on its line: the text under it is the part
        elif item.role == "note" and current is not None:
            current.paragraphs.append(NOTE + item.text)
            if item.byline:
                current.bylines.append(item.byline)
            current.ended = True
        elif item.role in ("byline", "credit", "header_byline") and current is not None:
            if item.byline:
                current.bylines.append(item.byline)
            if current.paragraphs and (item.role == "header_byline" or current.paragraphs[-1].startswith(SECTION)):
                # Under a part's heading inside the story (a round-up's 心声, 委员通道): who wrote or
                # spoke that part stays in the text where it is printed, never summarized.
                current.paragraphs.append(NOTE + item.text)
            elif item.role != "header_byline" and current.paragraphs:
                current.ended = True
        elif item.role == "meta" and current is not None:
            # A form or a site's article view may give each fact a line (`来源：…` / `发布时间：…`).
            current.facts = with_facts(current.facts, metadata_line(item.text))
        elif item.role == "caption" and current is not None and current.title and not current.paragraphs:
            current.captions.append(item.text)
        index += 1
    return _photo_stories(drafts)


def _photo_stories(drafts: list[Draft]) -> list[Draft]:
    """A headline over a photo and its caption only (图片新闻): the caption is the story's text."""
    for draft in drafts:
        if not draft.paragraphs:
            draft.paragraphs = [_caption_text(caption) for caption in draft.captions]
    return drafts


def _caption_text(caption: str) -> str:
    """A photo story's caption as its text, without the mark that points at the picture (`▲`)."""
    return CAPTION_START_RE.sub("", caption).strip() or caption


def build_trailing(items: list[Item], idf: dict[str, float] | None = None) -> list[Draft]:
    """Plain pages whose headlines are printed after their bodies, as in column layouts.

    Each run of heading blocks closes the body before it, unless the run is a section
    heading inside one story (`_is_section_run`). A body with no run after it (the next
    body starts with a dateline) takes the last block of the run before it, or the last
    line of a one-block run whose words are its own (`names_text_after`). A body left
    without a heading right before a dateline is the lead-in of the story that follows.
    """
    idf = idf if idf is not None else page_idf(items)
    items = _headlines_before_blanks(items)
    parted = _blanks_part_stories(items)
    drafts: list[Draft] = []
    # A briefs column parts the page: each brief is a story as it stands, and the stories on
    # either side of the column are read apart.
    part: list[tuple[str, object]] = []
    for kind, value in _trailing_segments(items):
        if kind == "brief":
            drafts.extend(_trailing_drafts(part, idf, parted) if part else [])
            drafts.append(value)
            part = []
        else:
            part.append((kind, value))
    return drafts + (_trailing_drafts(part, idf, parted) if part else [])


def _blanks_part_stories(items: list[Item]) -> bool:
    """Whether the page's blank lines fall after header lines only, two or more: a copy that
    parts its stories by a blank line after each one's closing headline, and nothing else. A
    section heading inside a story has no blank line under it there. (A copy that spaces its
    headings sets a blank line before a section heading too, after the text above it.)"""
    closing = _before_blanks(items)
    return len(closing) >= MIN_PARTING_BLANKS and all(items[index].role == "candidate" for index in closing)


def _before_blanks(items: list[Item]) -> list[int]:
    """The places of the lines that stand right before a blank line."""
    return [index - 1 for index, item in enumerate(items) if index and item.blank_before]


MIN_PARTING_BLANKS = 2


def _headlines_before_blanks(items: list[Item]) -> list[Item]:
    """Where most of the page's blank lines stand right under a header line (a copy that parts
    its stories by a blank line after each one's headline), a line of text right before one
    that holds no full stop and ends no sentence, of a headline's length, is its story's
    headline too: a title of clauses or with an exclamation inside (`夜市开张啦！滨河路两百个摊位
    等你来“打卡”`). A story's last paragraph ends a sentence or a note after one."""
    closing = _before_blanks(items)
    headed = sum(items[index].role == "candidate" for index in closing)
    titles = {index for index in closing if items[index].role == "para" and reads_as_header(items[index])}
    if not titles or headed < MIN_PARTING_BLANKS or headed + len(titles) < len(closing) or headed <= len(titles):
        return items
    return [replace(item, role="candidate") if index in titles else item for index, item in enumerate(items)]


def _trailing_drafts(segments: list[tuple[str, object]], idf: dict[str, float], parted: bool) -> list[Draft]:
    """The stories of a part of a page whose headlines follow their bodies (`build_trailing`);
    `parted`: the page's blank lines part its stories (`_blanks_part_stories`)."""
    segments = _column_pieces(_profile_boxes(_key_points_over_datelines(segments)))
    segments = _merge_sections(_headlines_printed_before_too(segments), idf, parted)
    headings: dict[int, list[str]] = {}
    for position, (kind, _) in enumerate(segments):
        if kind == "body" and position + 1 < len(segments) and segments[position + 1][0] == "run":
            headings[position] = list(segments[position + 1][1])
    for position, (kind, value) in enumerate(segments):
        # Stories on the page have their headlines after them; one with none where the page ends
        # or the next story's text starts (its dateline parts them) may end on its headline that
        # asks or exclaims (`城东老茶馆为何重新开张？`), which reads as a sentence of text.
        if headings and kind == "body" and position not in headings and _closing_headline(value, idf):
            headings[position] = [value.paragraphs.pop()]
    for position, (kind, value) in enumerate(segments):
        if kind != "body" or position in headings or position == 0 or segments[position - 1][0] != "run":
            continue
        owner = position - 2
        blocks = headings.get(owner, [])
        run = segments[position - 1][1]
        if len(blocks) >= 2:
            headings[position] = [blocks.pop()]
        elif owner < 0 or segments[owner][0] != "body":
            headings[position] = list(run)
        elif len(blocks) == 1 and len(run) == 1 and len(run.last_lines) >= 2 \
                and names_text_after(run.last_lines[-1], segments[owner][1], value, idf):
            blocks[0] = _join_heading_lines(run.last_lines[:-1])
            headings[position] = [run.last_lines[-1]]
    if len(segments) > 1 and segments[0][0] == "run" and 1 in headings:
        # Header lines opening the page over a body with its own headline after it: a section
        # heading of a story begun on the page before (`一`), kept in the text.
        segments[1][1].paragraphs[:0] = [SECTION + block for block in segments[0][1]]
    drafts = []
    lead_in: Draft | None = None
    for position, (kind, value) in enumerate(segments):
        if kind != "body":
            continue
        if lead_in is not None:
            value.paragraphs[:0] = lead_in.paragraphs
            value.bylines[:0] = lead_in.bylines
            lead_in = None
        following = segments[position + 1] if position + 1 < len(segments) else None
        if position not in headings and not value.ended and following is not None \
                and following[0] == "body" and following[1].dated:
            # Paragraphs with no headline of their own right before a dateline are the story's
            # lead-in (a summary set above the dateline): they share the headline after it.
            lead_in = value
            continue
        _apply_headings(value, headings.get(position, []))
        drafts.append(value)
    return drafts


def _headlines_printed_before_too(segments: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Where a story's headline is printed over its text as well as after it (a copy that kept
    the page's title box), the run before its text ends on that headline, after the headline of
    the story before: the repeat is no section heading and no line of the story before's header.
    It is left out, as a headline printed twice over a story is read once."""
    result = list(segments)
    for position in range(len(result) - 2):
        kind, run = result[position]
        if kind != "run" or len(run) < 2 or result[position + 1][0] != "body" or result[position + 2][0] != "run":
            continue
        if letters(run[-1]) == letters(result[position + 2][1][0]):
            result[position] = (kind, HeaderRun([[block] for block in run[:-1]], boxed=run.boxed, marked=run.marked,
                                                blank_after=run.blank_after))
    return result


def _closing_headline(body: Draft, idf: dict[str, float]) -> bool:
    """Whether the body's last paragraph is a headline that asks or exclaims (`asks_or_exclaims`):
    no quotation, naming what the text before it tells."""
    paragraphs = body.paragraphs
    if len(text_paragraphs(body)) <= CLOSING_HEADLINE_UNDER or paragraphs[-1].startswith((SECTION, NOTE, "“")):
        return False
    line = paragraphs[-1].strip()
    return asks_or_exclaims(line) and heading_overlap(word_bag(line, idf), " ".join(paragraphs[:-1])) >= CLOSING_HEADLINE_NAMED


CLOSING_HEADLINE_UNDER = 2  # paragraphs of text a story holds before its closing headline
CLOSING_HEADLINE_NAMED = 0.6  # the weighted share of its words the text before it uses


def _profile_boxes(segments: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A profile box at the top of a story where headlines follow their stories: one paragraph
    that names its person after a label (`追梦人：王秀英，江州市南湖镇…`), then a heading that
    names the person (`王秀英的记事本`) over the story's text. The heading leads that text, so
    the box, the heading and the text are one story, whose headline comes after them."""
    result: list[tuple[str, object]] = []
    position = 0
    while position < len(segments):
        kind, value = segments[position]
        if kind == "body" and len(value.paragraphs) == 1 and not value.dated and position + 2 < len(segments) \
                and segments[position + 1][0] == "run" and segments[position + 2][0] == "body" \
                and not segments[position + 2][1].dated:
            box = PROFILE_BOX_RE.match(value.paragraphs[0])
            heading = " ".join(segments[position + 1][1])
            if box and starts_with_surname(box["name"]) and box["name"] in heading:
                story = segments[position + 2][1]
                story.paragraphs[:0] = value.paragraphs + [SECTION + heading]
                story.bylines[:0] = value.bylines
                result.append(("body", story))
                position += 3
                continue
        result.append((kind, value))
        position += 1
    return result


PROFILE_BOX_RE = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,5})[：:](?P<name>[\u4e00-\u9fff]{2,4})[，,]")


def _column_pieces(segments: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A column's pieces where headlines follow their stories. The pieces' headings are the
    column's text, so they stay above their pieces, and the column's label or headline closes
    it: `…（来信综述）` / `证明取消了 为何还要开` / text / `土地租金为何迟迟不付` / text / … / `身边事`.
    Behind it, bodies under headings of a line or two run back to the first piece's heading:
    in a run that closes the story before on its column tag, or, for a round-up whose parts are
    headed by who speaks (`周海代表——` / `竭尽所能 守护家乡`), the page's first lines. Those
    pieces, two or more and none under a dateline, are one article."""
    result = list(segments)
    position = len(result)
    while position > 2:
        position -= 1
        kind, closing = result[position]
        if kind != "run":
            continue
        start = position - 1
        while start >= 2 and result[start][0] == "body" and not result[start][1].dated and result[start - 1][0] == "run" \
                and _piece_heading(result[start - 1][1]) and result[start - 2][0] == "body":
            start -= 2
        if start < 1 or result[start][0] != "body" or result[start][1].dated or result[start - 1][0] != "run" \
                or position - start < 3:
            continue
        if start == 1 and _piece_heading(result[0][1]) and not _speaker_part(closing) \
                and all(_speaker_part(run) for _, run in result[0:position:2]):
            headline, first_heading = None, list(result[0][1])  # the page opens on the round-up's first part
        else:
            parts = _parted_after_tag(result[start - 1][1]) if _column_headline(closing) else None
            if parts is None or not _piece_heading(HeaderRun([[line] for line in parts[1]])):
                continue
            headline, first_heading = parts
        column = Draft()
        for number in range(start, position, 2):
            body = result[number][1]
            heading = first_heading if number == start else result[number - 1][1]
            # A writer's line under a piece's heading was read as printed under the closing headline
            # of the story before: it is the piece's, and stays in its text as where headlines lead.
            before = result[number - 2][1] if number >= 2 and result[number - 2][0] == "body" else None
            writers = before.headline_bylines if before is not None else []
            column.paragraphs.append(SECTION + " ".join(heading))
            column.paragraphs.extend(NOTE + writer for writer in writers)
            column.paragraphs.extend(body.paragraphs)
            column.bylines.extend(writers + [byline for byline in body.bylines if byline not in body.headline_bylines])
            if number == start and before is not None:
                before.bylines = [byline for byline in before.bylines if byline not in writers]
        column.ended = result[position - 1][1].ended
        result[start - 1:position] = ([("run", headline)] if headline is not None else []) + [("body", column)]
        position = start  # the run left of the story before may close a column too
    return result


def _speaker_part(run: HeaderRun) -> bool:
    """A round-up part's heading: who speaks (`周海代表——`) and a headline, in one block too."""
    return _speaker_pair(run.lines)


def _speaker_pair(lines: list[str]) -> bool:
    """Two header lines, one naming who speaks (`周海代表——`)."""
    return len(lines) == 2 and any(is_speaker_line(line.rstrip("—")) for line in lines)


def _column_headline(run: HeaderRun) -> bool:
    """A run that can close a column: its short label alone, or a headline closed by its column tag."""
    return (len(run) == 1 and len(run.last_lines) == 1 and _column_label(run[0])) or _tagged_headline(run.last_lines[-1])


def _tagged_headline(line: str) -> bool:
    """A headline closed by its column tag (`融媒联动讲好江州故事（融看台）`), not a tag alone."""
    tag = COLUMN_TAG_RE.search(line)
    return bool(tag) and len(line[:tag.start()].strip()) >= TAGGED_HEADLINE_LETTERS


TAGGED_HEADLINE_LETTERS = 4


def _parted_after_tag(run: HeaderRun) -> tuple[HeaderRun, list[str]] | None:
    """A header run parted after its last line closed by a column tag (one block may hold it and
    the lines after it, where no blank line parts them): the run to there, and the lines after."""
    lines = [[block] for block in run[:-1]] + [run.last_lines]  # grouped by block, to rebuild the run
    tagged = [(group, line) for group, block in enumerate(lines)
              for line, text in enumerate(block) if _tagged_headline(text)]
    if not tagged:
        return None
    group, line = tagged[-1]
    after = lines[group][line + 1:] + [text for block in lines[group + 1:] for text in block]
    return (HeaderRun(lines[:group] + [lines[group][:line + 1]], run.boxed), after) if after else None


def _piece_heading(run: HeaderRun) -> bool:
    """A column piece's heading: a line (`土地租金为何迟迟不付`), or two, as a speaker's line or a
    product's over it (`江州市青山县县长李华代表` / `为青山绿水添新绿`, `短视频《江州增收时间线》` /
    `直观呈现增收成果`), with no column tag or subtitle."""
    lines = run.lines
    return len(lines) <= PIECE_HEADING_LINES \
        and not any(COLUMN_TAG_RE.search(line) or line.startswith("—") for line in lines)


PIECE_HEADING_LINES = 2


def _key_points_over_datelines(segments: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Key points over a dateline (`1200多件…回复率为98.6%` / `各级法院要通过…，做到案结事了`
    / `本报江州3月14日电…`): lines with no stop, the last a line of clauses read as a header run,
    are the lead-in of the story the dateline opens, not a story the run heads."""
    result: list[tuple[str, object]] = []
    position = 0
    while position < len(segments):
        kind, value = segments[position]
        if kind == "run" and result and result[-1][0] == "body" and position + 1 < len(segments) \
                and segments[position + 1][0] == "body" and segments[position + 1][1].dated and len(value) == 1 \
                and _key_point_line(value[0]) and _key_points_so_far(result[-1][1]):
            result[-1][1].paragraphs.append(value[0])
            position += 1
            continue
        result.append((kind, value))
        position += 1
    return result


def build_either(items: list[Item]) -> list[Draft]:
    """Pages that both open and close on header lines: the reading whose titles fit their bodies best."""
    idf = page_idf(items)  # once for both readings and the comparison
    readings = [build_leading(items, idf), build_trailing(items, idf)]
    return max(readings, key=lambda drafts: _title_fit(drafts, idf))


def _title_fit(drafts: list[Draft], idf: dict[str, float]) -> float:
    """The share of each title's words found in its own body (0 for an untitled body), a title
    over a long body weighing more than one over a line or two, but less than in proportion (no
    one story outweighs the page). A column's label (`发言席`) names no words of its text: it
    tells neither reading apart."""
    fits = [(math.log1p(len(draft.paragraphs)),
             heading_overlap(word_bag(draft.title, idf), " ".join(draft.paragraphs)) if draft.title else 0.0)
            for draft in drafts if not (draft.title and _column_label(draft.title))]
    total = sum(weight for weight, _ in fits)
    return sum(weight * fit for weight, fit in fits) / total if total else 0.0


def _trailing_segments(items: list[Item]) -> list[tuple[str, object]]:
    """The page as alternating bodies (("body", Draft)) and header runs (("run", blocks)), and a
    briefs column's briefs, each a story as it stands (("brief", Draft))."""
    segments: list[tuple[str, object]] = []
    run: list[Item] = []
    boxed = False  # the run opens under a box label
    lead_box = False  # the next body opens under the label of a box set over a story's text
    body: Draft | None = None
    photo: Draft | None = None  # a photo story's caption, read so far
    run_end = 0  # the place of the run's last line
    briefs = _bulleted_briefs(items)
    for index, item in enumerate(items):
        if index - 1 in briefs:
            continue  # a brief's text, read with its headline
        if index in briefs:
            # A briefs column sets each headline over its text, whichever side of their text the
            # page prints its stories' headlines (`■青山镇开展春季植树活动` / `3月5日，…`).
            if run:
                segments.append(("run", HeaderRun(_heading_lines(run), boxed)))
                run, boxed = [], False
            text = items[index + 1]
            segments.append(("brief", Draft(title=item.text, paragraphs=[text.text], bylines=[text.byline] if text.byline else [])))
            body = None
            continue
        if item.role == "candidate":
            run.append(item)
            run_end = index
            continue
        if item.role == "caption" and (run or photo is not None) and _headline_after_captions(items, index):
            # Between two headlines, a photo's caption only: a photo story (图片新闻), its headline after it.
            if run:
                segments.append(("run", HeaderRun(_heading_lines(run), boxed)))
                run, boxed = [], False
                photo = body = Draft()
                segments.append(("body", photo))
            caption = _caption_text(item.text)
            if photo.paragraphs and not ends_sentence(photo.paragraphs[-1]):
                photo.paragraphs[-1] += caption  # a caption's line that the column wrapped
            else:
                photo.paragraphs.append(caption)
            continue
        photo = None
        if item.role == "label" and not run:
            boxed = is_box_label(item.text)
            lead_box = is_lead_box_label(item.text)
        if item.role not in ("para", "byline", "credit", "header_byline", "note", "section", "table"):
            continue
        if item.role in ("section", "table"):
            if body is not None and not run:
                body.paragraphs.append(_in_body(item))
                continue
            if not _text_follows(items, index):
                continue
            # Right under a header run, or where the page opens, a section heading or a table over
            # text opens that text (an indented lead-in: `　　老城更新改造，翻开了崭新的一` / `页——`).
        lead_in: list[str] = []
        if run:
            lead_in = _lead_in_after_tag(run) if item.role == "para" else []
            heads = run[:len(run) - len(lead_in)]
            # A blank line right under the run, whatever stands next (a box's label too, `核心阅读`),
            # or between its lines (`滨河夜市开张` / blank / `■图片新闻`), closes the text above it.
            blank_after = items[run_end + 1].blank_before > 0 or any(head.blank_before for head in run[1:])
            segments.append(("run", HeaderRun(_heading_lines(heads), boxed, all(head.header for head in heads),
                                              blank_after)))
            run = []
            body = None
        boxed = False
        if item.role in ("section", "table"):
            body = Draft(lead_box=lead_box, paragraphs=[_in_body(item)])
            segments.append(("body", body))
            lead_box = False
        elif item.role == "para":
            if body is None or is_dateline_para(item):
                body = Draft(dated=is_dateline_para(item), lead_box=lead_box, paragraphs=lead_in)
                segments.append(("body", body))
            lead_box = False
            if item.byline:
                body.bylines.append(item.byline)
            body.paragraphs.append(item.text)
        elif item.role == "credit" and not item.byline:
            if body is not None and body.paragraphs:
                # `版式设计：丁立伟`, `制图：张丹峰` close the story they are printed under.
                body.ended = body.credited = True
        elif item.role == "note" or item.byline:
            if body is None and item.role != "note" and len(segments) >= 2 and segments[-1][0] == "run" \
                    and segments[-2][0] == "body" and not _heads_block_below(items, index):
                segments[-2][1].bylines.append(item.byline)  # the reporter line printed under a closing headline
                segments[-2][1].headline_bylines.append(item.byline)
                continue
            if body is None:
                body = Draft()
                segments.append(("body", body))
            if item.role == "note":
                body.paragraphs.append(NOTE + item.text)
            if item.byline:
                body.bylines.append(item.byline)
            body.ended = bool(body.paragraphs)
    if run:
        segments.append(("run", HeaderRun(_heading_lines(run), boxed)))
    for kind, value in segments:
        if kind == "body" and _closes_on_attendance(value):
            value.ended = True  # closed as a byline closes a story: the run after it is its headline
    return segments


def _in_body(item: Item) -> str:
    """A section heading or table as it stands among a body's paragraphs: marked as such."""
    return (SECTION if item.role == "section" else NOTE) + item.text


def _text_follows(items: list[Item], index: int) -> bool:
    """Whether a paragraph of text comes next after the item at `index`, past section headings,
    tables and the notes or bylines set over a text (`本报记者 赵 兵`)."""
    following = next((item for item in items[index + 1:] if item.role not in ("section", "table", "note", "byline")), None)
    return following is not None and following.role == "para"


def _bulleted_briefs(items: list[Item]) -> set[int]:
    """The places of a briefs column's headlines, each a bulleted line over one paragraph of
    text (`■青山镇开展春季植树活动` / `3月5日，青山镇…`), two or more one after another."""
    heads = {index for index, item in enumerate(items[:-1]) if item.role == "candidate" and BULLET_OPENING_RE.match(item.text)
             and items[index + 1].role == "para" and not is_dateline_para(items[index + 1])}
    return {index for index in heads if index + 2 in heads or index - 2 in heads}


def _heads_block_below(items: list[Item], index: int) -> bool:
    """Whether the byline at `index` opens, after a blank line, the block of text right under it
    (`文/图 本报记者 李华` over the story's first paragraph): it is that story's, not the one
    whose headline closes the block above."""
    below = items[index + 1] if index + 1 < len(items) else None
    return items[index].blank_before > 0 and below is not None and below.role == "para" and not below.blank_before


def _lead_in_after_tag(run: list[Item]) -> list[str]:
    """The lines at the end of a header run, right after a line closed by its column tag, that
    end in a dash (`城南的法治建设，终于等来了这关键的一步——`): where headlines follow their stories,
    the tag closes the headline of the story before, and these lines lead into the next one's text."""
    end = len(run)
    while end > 1 and run[end - 1].text.rstrip().endswith("——"):
        end -= 1
    if end == len(run) or not COLUMN_TAG_RE.search(run[end - 1].text):
        return []
    return [item.text for item in run[end:]]


def _headline_after_captions(items: list[Item], index: int) -> bool:
    """Whether the captions from `index` on are followed by a headline (or nothing)."""
    while index < len(items) and items[index].role == "caption":
        index += 1
    return index == len(items) or items[index].role == "candidate"


def _merge_sections(segments: list[tuple[str, object]], idf: dict[str, float], parted: bool) -> list[tuple[str, object]]:
    """Runs that are section headings inside one story join the bodies around them into one.
    Where blank lines part the page's stories (`parted`), a run with one under it closes its
    story, and one with none is a section heading unless it shows a story's boundary."""
    parallel, headlines = _runs_set_alike(segments)
    numbered = _numbered_parts(segments) | _roundup_parts(segments)
    result: list[tuple[str, object]] = []
    position = 0
    while position < len(segments):
        kind, value = segments[position]
        if kind == "run" and 0 < position < len(segments) - 1 and result and result[-1][0] == "body" \
                and segments[position + 1][0] == "body" and not (parted and value.blank_after) \
                and (position not in headlines or value.boxed) and not value.marked \
                and (position in numbered
                     or (parted and not _shows_boundary(value, result[-1][1], segments[position + 1][1]))
                     or _inside_story(value, result[-1][1], segments[position + 1][1],
                                      position in parallel and not _leaves_series(segments, position, result[-1][1]), idf)
                     or _after_lead_in(segments, position, result[-1][1], parallel, idf)):
            before, after = result[-1][1], segments[position + 1][1]
            before.paragraphs.extend(SECTION + block for block in value)
            before.paragraphs.extend(after.paragraphs)
            before.bylines.extend(after.bylines)
            before.ended = after.ended
            before.lead_box = False  # only the first heading after the box is sure to be a section
            position += 2
            continue
        result.append((kind, value))
        position += 1
    return result


def _leaves_series(segments: list[tuple[str, object]], position: int, before: Draft) -> bool:
    """A run alike with the story's last section heading only in length (`“零距离”服务 为民扩大“幸福圈”`
    after `“集体经济” 让大坪村民“笑起来”`), over text that leaves the story's places for its own
    (`leaves_the_place`): the story's headline, printed after its sections, not one more of them."""
    if position < 2 or segments[position - 2][0] != "run":
        return False
    previous, run = segments[position - 2][1], segments[position][1]
    return len(previous) == len(run) == 1 and _alike_only_in_length(previous[0], run[0]) \
        and leaves_the_place(before, run, body_under(segments[position + 1][1]))


def _inside_story(blocks: HeaderRun, before: Draft, after: Draft, parallel: bool, idf: dict[str, float]) -> bool:
    """Whether a header run between two bodies is a section heading of one story: a repeat of
    one of its sections, the heading of a box the story carries, or, where nothing shows a
    boundary, one of a parallel series or a heading whose words belong to the text after it,
    unless that text leaves the story's places for its own (`leaves_the_place`)."""
    if _repeats_section(before, blocks) or ((blocks.boxed or _box_only(before)) and not after.dated):
        # A heading right after the box set over a story's text (`内容提要`) opens its first section.
        return True
    if not after.dated and not before.ended and announces_next_paragraph(blocks[-1], before, after, idf):
        return True  # even under a speaker's name (`某团长张某——`), which also makes a kicker
    if not after.dated and not before.ended and goes_on_with_its_people(before, body_under(after)):
        return True  # however the heading is set (a heading and a line under it make a kicker's shape)
    return not _shows_boundary(blocks, before, after) and (parallel or (
        _is_section_run(blocks, before, after, idf) and not leaves_the_place(before, blocks, body_under(after))))


def _after_lead_in(segments: list[tuple[str, object]], position: int, before: Draft, parallel: set[int],
                   idf: dict[str, float]) -> bool:
    """Whether the header run at `position` is a feature's first section heading, under its
    lead-in: a few lines with no dateline and no writer's name (`城南的法治建设，终于等来了这关键的一步——`,
    …) on the subject of the text under the heading, which goes on to a section heading of its
    own. A lead-in restates the sections, so the first heading's words are the lead-in's, as a
    headline's are its story's; a news story that short opens with its dateline or closes on
    its writer's name, and of two stories on one subject, the second does not go on to a section
    heading."""
    run, after = segments[position][1], segments[position + 1][1]
    lead_in = text_paragraphs(before)
    if before.dated or before.ended or before.bylines or section_headings(before) or _shows_boundary(run, before, after) \
            or len(letters("".join(lead_in))) > FEATURE_LEAD_IN_LETTERS:
        return False
    if cosine(word_bag(" ".join(lead_in), idf), word_bag(" ".join(body_under(after)), idf)) < SUBJECT_CHANGE_SIMILARITY:
        return False
    further = position + 2
    if further + 1 >= len(segments) or segments[further][0] != "run" or segments[further + 1][0] != "body":
        return False
    number = list_number(segments[further][1][0])
    if number and number[1] == 1:
        return False  # the text's sections open with its first number (`一、…`): the heading before is no section of it
    return _inside_story(segments[further][1], after, segments[further + 1][1], further in parallel, idf)


FEATURE_LEAD_IN_LETTERS = 300


def _repeats_title(current: Draft, block: str) -> bool:
    """A heading that is the story's headline again: all of it, or its main line under a kicker
    read into it (`昌州街道： “红色物业”解锁小区治理新密码` / `“红色物业”解锁小区治理新密码`)."""
    heading = letters(block)
    return bool(current.title) and len(heading) >= MIN_REPEATED_TITLE_LETTERS and letters(current.title).endswith(heading)


MIN_REPEATED_TITLE_LETTERS = 6


def _box_only(body: Draft) -> bool:
    """A body that is the box set over a story's text and nothing more: a paragraph or two under
    its label (`内容提要`), where the story's own text would run on with no heading between."""
    return body.lead_box and len(text_paragraphs(body)) <= LEAD_IN_PARAGRAPHS


def _shows_boundary(blocks: list[str], before: Draft, after: Draft) -> bool:
    """A story boundary: a closed story before (closing dateline, byline), a dateline after,
    a headline's marks (column tag, kicker, subtitle) or several header blocks."""
    # A section with a subsection under it gives two short blocks; a kicker over a title is longer.
    sections = len(blocks) == 1 or _labelled_section(blocks) or (
        len(blocks) == 2 and all(len(letters(b)) < LONG_HEADING_LETTERS or clauses_inside(b) for b in blocks))
    return not sections or before.ended or after.dated or _marks_headline(blocks)


def _runs_set_alike(segments: list[tuple[str, object]]) -> tuple[set[int], set[int]]:
    """Positions of runs that match the next or previous run in length: a story's parallel
    subheads (对仗), and a page's headlines set alike.

    Section headings of one story are set as a series of the same length
    (`线上竞赛普及防汛知识`, `专家上门悉心答疑解惑`), or each under a label of one series
    (`关键词 获得感` / `…`, `关键词 安全感` / `…`); only plain runs with no story boundary
    (closing note, dateline) between them count.
    """
    runs = [position for position, (kind, value) in enumerate(segments)
            if kind == "run" and (len(value) == 1 or _labelled_pair(value)) and not _marks_headline(value)]
    series: list[list[int]] = []
    for first, second in zip(runs, runs[1:]):
        between = [value for kind, value in segments[first + 1:second] if kind == "body"]
        if len(between) != 1 or (between[0].ended and not between[0].credited) or between[0].dated:
            continue  # a layout credit can be the page's, printed under any of its stories: it parts no series
        one, other = segments[first][1], segments[second][1]
        if bool(ENUMERATED_HEADING_RE.match(one[0])) != bool(ENUMERATED_HEADING_RE.match(other[0])):
            continue  # `一、扩大就业岗位供给` opens a numbered series of its own, whatever its length
        if (len(one) == len(other) == 1 and (_parallel_pair(one[0], other[0]) or _same_bullet(one[0], other[0]))
                and not _headlines_as_long_by_chance(segments, first, second)) \
                or (len(one) == len(other) == 2 and _same_label(one[0], other[0])):
            if series and series[-1][-1] == first:
                series[-1].append(second)
            else:
                series.append([first, second])
    # The page's last run names the last story: a series that runs on into it is a page of
    # headlines set alike (a page of statements, `擦亮老字号 打造百年店`), not subheads.
    last = len(segments) - 1
    return ({position for run in series if run[-1] != last for position in run},
            {position for run in series if run[-1] == last for position in run})


def _headlines_as_long_by_chance(segments: list[tuple[str, object]], first: int, second: int) -> bool:
    """Two runs alike only in length (`_alike_only_in_length`), one over text that opens as a news
    story's lead does (`区长王刚今天下午在…`) or saying what the story before it says first and
    nothing of the text after it (`names_lead`, most of it where that story is longer than a
    lead-in): headlines printed after their stories, as long by chance. A story's sections go
    on with it."""
    one, other = segments[first][1][0], segments[second][1][0]
    if not _alike_only_in_length(one, other):
        return False
    for position, heading in ((first, one), (second, other)):
        if position + 1 < len(segments) and segments[position + 1][0] == "body" \
                and opens_like_news(next(iter(text_paragraphs(segments[position + 1][1])), ""), heading):
            return True
        if 0 < position < len(segments) - 1 and segments[position - 1][0] == segments[position + 1][0] == "body":
            before = text_paragraphs(segments[position - 1][1])
            # A feature's first section names its lead-in too, which is short or set under a box's
            # label (`核心阅读`): a story above says more (`_after_lead_in`).
            story_above = not segments[position - 1][1].lead_box and len(letters("".join(before))) > FEATURE_LEAD_IN_LETTERS
            if names_lead(word_bag(heading, {}), before, text_paragraphs(segments[position + 1][1]),
                           BY_CHANCE_LEAD_SHARE if story_above else None):
                return True
    return False


def _alike_only_in_length(one: str, other: str) -> bool:
    """Two headings that share no opening, bullet, first letter, word or shape of parts: a series
    shares more than its length (`防汛一线的特殊党课`, `防汛实践的信念锤炼`; `青春力量坚守防汛一线`,
    `用青春守护万家平安`; `坚持诚信经营 赢得顾客信赖`, `助力乡村振兴 彰显企业担当`: two parts of six
    letters each)."""
    shape = _heading_shape(one)
    return not (_same_opening(one, other) or _same_bullet(one, other) or letters(one)[:1] == letters(other)[:1]
                or set(content_words(one)) & set(content_words(other))
                or (len(shape) >= 2 and shape == _heading_shape(other)))


def _numbered_parts(segments: list[tuple[str, object]]) -> set[int]:
    """Positions of runs that open with a part's number alone (`（一）`, `（二）`: the parts of
    one long story, each under its own headings) counting on from the run before, with text
    between them that no closing note ends and no dateline opens. A number set as a figure
    alone (`4`, printed large over the part's headings) may stand as the last line of the text
    before the run: the story goes on under it, as no story ends on a number."""
    runs = [(position, _part_number(value[0]) or _figure_closing(segments[position - 1]))
            for position, (kind, value) in enumerate(segments) if kind == "run" and position]
    runs = [(position, number) for position, number in runs if number]
    parts: set[int] = set()
    for (first, number), (second, following) in zip(runs, runs[1:]):
        between = [value for kind, value in segments[first + 1:second] if kind == "body"]
        if following == (number[0], number[1] + 1) and between \
                and not any(body.ended or body.dated for body in between):
            parts.update((first, second))
    return parts


def _same_bullet(one: str, other: str) -> bool:
    """Two headings opening with the same bullet (`●车身设计新…`, `●调度团队为…`): a story's
    subheads, as a page prints them, whatever their lengths."""
    return bool(BULLET_OPENING_RE.match(one)) and one[:1] == other[:1]


def _roundup_parts(segments: list[tuple[str, object]]) -> set[int]:
    """Positions of runs that are parts of a round-up whose title follows its text: a speaker
    line and a heading (`城南剧团团长王建国——` / `我们一直在排新戏`), run after run, then
    the round-up's title with its column tag (`区属院团：新剧目进一步增多（文化圆桌）`), and no
    dateline between them (each part a report of its own)."""
    parts: set[int] = set()
    series: list[int] = []
    for position, (kind, value) in enumerate(segments):
        if kind == "body":
            if value.dated:
                series = []
            continue
        tagged = any(COLUMN_TAG_RE.search(block) for block in value)
        if not tagged and _speaker_pair(value):
            series.append(position)
            continue
        if tagged and series:
            parts.update(series)
        series = []
    return parts


def _labelled_pair(blocks: list[str]) -> bool:
    """A short label over a heading (`关键词 获得感` / `基层党组织统领作用更有力`)."""
    return len(blocks) == 2 and len(letters(blocks[0])) <= SECTION_LABEL_LETTERS and len(blocks[0].split()) == 2


def _same_label(one: str, other: str) -> bool:
    """Two labels of one series: the same first word, another second (`关键词 获得感`, `关键词 安全感`)."""
    return one.split()[0] == other.split()[0] and one != other


def _parallel_pair(one: str, other: str) -> bool:
    """Two subheads set as a pair: the same length, or the same opening word pattern
    (`以现代学徒班为载体 以…` and `以产业需求为导向 政校企…`: two parts, both opening with 以)."""
    short = max(len(letters(one)), len(letters(other))) <= PARALLEL_MAX_LETTERS
    return (short and abs(len(letters(one)) - len(letters(other))) <= PARALLEL_SLACK) or _same_opening(one, other)


def _same_opening(one: str, other: str) -> bool:
    """As many parts (two or more), opening with the same letter: `以…为… 以…` and `以…为… 政校企…`."""
    return len(_heading_shape(one)) == len(_heading_shape(other)) >= 2 and letters(one)[:1] == letters(other)[:1]


PARALLEL_SLACK = 1
PARALLEL_LEAD_LETTERS = 4  # `勇担使命，…` and `一线抗疫，…`: set lead-ins of this length make a series whatever follows
PARALLEL_MAX_LETTERS = 24  # longer runs of one length are two headlines by chance, not a pair of subheads


def _next_item(current: Draft, blocks: list[str]) -> bool:
    """A numbered heading after a story whose own headline is numbered the same way is the next
    item of a numbered list of stories (a bulletin's `1.…`, `2.…`), not a section of it. The
    number may stand on the story's first header line, its kicker (`2.聚焦校园安全——`)."""
    numbering = list_numbering(blocks[0])
    return numbering is not None and bool(current.paragraphs) \
        and any(line and list_numbering(line) == numbering for line in (current.title, current.kicker))


def _next_numbered_story(current: Draft, heading: str) -> bool:
    """A numbered heading after a story whose own title is the one before it in that numbering,
    with no line over that title (`## 一、全区秋粮收获进度过八成`, its text, `## 二、青山镇…`): the
    next item of a bulletin's numbered stories, as in a text page (`_next_item`). Under a title
    line, numbered headings are the document's sections (`江州区…工作情况报告` over `# 一、基本情况`)."""
    number, before = list_number(heading), list_number(current.title or "")
    return current.kicker is None and bool(current.paragraphs) and number is not None and before is not None \
        and number == (before[0], before[1] + 1)


def _numbered_headline(current: Draft | None, blocks: list[str], items: list[Item], index: int) -> bool:
    """Whether the numbered last header line is the headline of an item of a numbered list of
    stories, under its kicker: the kicker leads into it with a dash (`区教育局部署新学年工作——`), the
    story before is numbered the same way, or a later number of the list heads a story
    (`_heads_story`). Sections are numbered alone between paragraphs (`二、重点任务`)."""
    if blocks[-2].endswith("——") or (current is not None and _next_item(current, blocks[-1:])) \
            or _tagged_item(blocks[-1]):
        return True
    number = list_number(blocks[-1])
    if number is None:
        return False
    numbering, following = number
    for at in range(index, len(items)):
        if items[at].role != "candidate" or list_numbering(items[at].text) != numbering:
            continue
        if list_number(items[at].text) != (numbering, following + 1):
            return False  # the numbers start again (the next story's own sections): the list ended
        if _heads_story(items, at):
            return True
        following += 1
    return False


def _tagged_item(line: str) -> bool:
    """A numbered header line that closes on its column's tag (`1.深化改革 激发活力（江州观察）`): a
    story's headline, as no section's heading carries a tag. A bracket that names who answers for
    a numbered task (`（一）加强组织领导（牵头单位：区委办）`) is none."""
    tag = COLUMN_TAG_RE.search(line)
    return tag is not None and not any(mark in tag.group() for mark in "：:") and _tagged_headline(line)


def _heads_story(items: list[Item], at: int) -> bool:
    """Whether the numbered header line at `at` is a story's headline: under a kicker of its own
    (`聚焦校园安全` over `2.…`), or over a dateline or byline (`新华社江州3月14日电`) or a lead that
    opens on the day (`近日，…`, `3月5日，…`: a bulletin's item; a report's sections open on
    their subject or a period, `今年以来，…`)."""
    under_kicker = items[at - 1].role == "candidate" and list_number(items[at - 1].text) is None
    below = items[at + 1] if at + 1 < len(items) else None
    return under_kicker or (below is not None and (below.role in ("header_byline", "byline", "meta")
                                                   or leads_as_news(below)))


def _is_section_run(blocks: HeaderRun, before: Draft, after: Draft, idf: dict[str, float]) -> bool:
    """Whether the words make a header run between two bodies a section heading.

    A section heading announces the text after it, of the same story; a headline printed
    after its body names the text before it.
    """
    if ENUMERATED_HEADING_RE.match(blocks[0]) or _leads_in(blocks) or _labelled_section(blocks) \
            or (len(blocks) == 1 and _labelled_section(blocks.last_lines)):
        return True  # the label and its heading as one block too (copied with no blank line between them)
    body_before, body_after = text_paragraphs(before), body_under(after)
    if not body_before or not body_after:
        return False
    heading = word_bag(" ".join(blocks), idf)
    announces = heading_overlap(heading, " ".join(body_after[:2]))
    names = heading_overlap(heading, " ".join(body_before[-3:]))
    if announces >= 0.5 and names == 0:
        return True  # the heading's words are all ahead of it: it announces what follows
    cohesion = cosine(word_bag(" ".join(body_before), idf), word_bag(" ".join(body_after), idf))
    if names_lead(heading, body_before, body_after) and cohesion < SAME_STORY_SIMILARITY:
        return False  # unless the text after it goes on with the story (a section restating a point of the lead)
    if opens_like_news(body_after[0], blocks[0]) and says_lead(heading, body_before):
        # The heading says what the story before it says first, and the text after it opens a
        # news story of its own (`副区长李华11日带队…`): a headline printed after its story,
        # though stories on one subject share their words (where `names_lead` looks ahead).
        return False
    threshold = SUBJECT_CHANGE_SIMILARITY - (HEADLINE_EVIDENCE if any(map(clauses_inside, blocks)) else 0.0)
    if cohesion >= SUBJECT_CHANGE_SIMILARITY and _set_as_sections(before, blocks):
        # Though it echoes the words just before it, a heading of clauses after sections all set
        # so (`古城保护重在日常、贵在坚持，须一以贯之、常抓不懈` after `老街区也是金名片，
        # 守护文脉也是发展`) is the story's next section, where the texts are one subject.
        return True
    if cohesion >= SAME_STORY_SIMILARITY and section_headings(before):
        # A story with sections goes on under a heading whose words are those just above it
        # (`短视频戏曲传播前景广阔` after a paragraph on 新媒介 and 文艺创造) where the text under
        # it is as much the same story's as a story's own parts are.
        return True
    return cohesion >= threshold and announces >= names


def _set_as_sections(current: Draft, blocks: list[str]) -> bool:
    """A one-line heading set as every section heading the story holds is: all clauses parted by
    a comma, or all one quotation. A headline's marks (a column tag, a subtitle) set none of them."""
    sections = section_headings(current)
    if len(blocks) != 1 or not sections or _marks_headline(sections + blocks):
        return False
    return all(map(clauses_inside, sections + blocks)) or all(map(quoted_whole, sections + blocks))


def _labelled_section(blocks: list[str]) -> bool:
    """A short label over a heading of clauses (`对症帮扶` / `建立台账动态监测，强化政策兜底`): a
    feature's section; a kicker over a headline is longer, a headline parts its phrases with a space.
    A short kicker says who spoke (`王明强调` over `坚决落实“三农”政策 切实抓好春耕生产`)."""
    return len(blocks) == 2 and not clauses_inside(blocks[0]) and not _marks_headline(blocks) and (
        (len(letters(blocks[0])) <= SHORT_LABEL_LETTERS and not blocks[0].rstrip().endswith(("：", ":"))
         and not SPEECH_KICKER_RE.search(blocks[0].rstrip()))
        or (len(letters(blocks[0])) <= SECTION_LABEL_LETTERS and clauses_inside(blocks[1])))


SECTION_LABEL_LETTERS = 10
SPEECH_KICKER_RE = re.compile(r"(?:强调|指出|表示|要求|提出|希望|说)$")


# Of two runs alike only in length, one whose words are this much of the lead above it and
# hardly any of the text below is a headline after its story: a section names the text under it.
BY_CHANCE_LEAD_SHARE = 0.6
# Text this similar on both sides of a heading is one story: on the shared measures, two
# stories around a headline printed after its body score below 0.16.
SAME_STORY_SIMILARITY = 0.2


def _set_like_title(current: Draft, blocks: list[str]) -> bool:
    """A heading set exactly like the story's own headline (`擦亮老字号 打造百年店`, then
    `加快技术改造 推动提档升级`): the next of a page of headlines set alike, not a section."""
    if len(blocks) != 1 or not current.title or section_headings(current):
        return False
    shape = _heading_shape(blocks[0])
    return len(shape) >= 2 and _heading_shape(current.title) == shape


def _same_as_title(current: Draft, blocks: list[str]) -> bool:
    """A heading of the very words of the story's own headline, over text after the story's:
    a column's headline over its next story (`关注江州汛情`, day after day)."""
    return len(blocks) == 1 and bool(current.title) and letters(blocks[0]) == letters(current.title)


def _same_dispatch(current: Draft, item: Item) -> bool:
    """The story under a headline opened with this very dateline (`本报北京5月27日电`)."""
    if not current.title or not current.paragraphs:
        return False
    opening, this = DATELINE_RE.match(current.paragraphs[0]), DATELINE_RE.match(item.text)
    return bool(opening and this) and opening.group().strip() == this.group().strip()


def _closes_on_attendance(current: Draft) -> bool:
    """A story whose last paragraph names the officials who attended (`王华、李明等参加会见。`,
    `…和区直部门负责人陪同调研。`, `…区直各单位负责同志参加会议。`, or a list of names alone:
    `王华、李明、赵刚出席会议。`): how a report of a meeting or a visit closes, as a byline
    closes others."""
    return bool(current.paragraphs) and bool(ATTENDANCE_RE.search(current.paragraphs[-1]))


ATTENDANCE_RE = re.compile(r"(?:(?:等|负责同志|负责人)(?:同志|领导|人)?(?:分别)?(?:参加|出席|陪同)了?[^。，；！？]{0,8}"
                           r"|陪同(?:考察|调研|参观|会见|视察)"
                           r"|(?:^|(?<=[，。；]))(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}(?:分别)?(?:参加|出席)了?[^。，；！？]{0,8})。$")


def _key_point(current: Draft | None, group: list[Item], following: Item | None) -> bool:
    """A line of clauses with no stop, under a headline whose few lines so far are such lines
    too and over a dateline: one more of the story's key points, not the dateline's headline."""
    return current is not None and len(group) == 1 and _key_point_line(group[0].text) \
        and following is not None and is_dateline_para(following) and _lead_in_so_far(current) and _key_points_so_far(current)


def _key_point_line(text: str) -> bool:
    """A header line of clauses with no headline's mark: a key point, where one stands over a dateline."""
    return "，" in text and not _marks_headline([text])


def _key_points_so_far(body: Draft) -> bool:
    """A body of a line or two, none ending a sentence, with no dateline or closing note: key points."""
    return not body.dated and not body.ended and 0 < len(body.paragraphs) <= LEAD_IN_PARAGRAPHS \
        and not any(ends_sentence(paragraph) or paragraph.startswith((SECTION, NOTE)) for paragraph in body.paragraphs)


def _lead_in_so_far(current: Draft) -> bool:
    """A headline with a paragraph or two under it and no dateline yet: what a dateline now
    opens is the headline's story, after its lead-in (a summary set above the dateline)."""
    return bool(current.title) and not current.dated and not current.ended and not current.bylines \
        and len(current.paragraphs) <= LEAD_IN_PARAGRAPHS and not any(p.startswith((SECTION, NOTE)) for p in current.paragraphs)


LEAD_IN_PARAGRAPHS = 2


def _leads_in(blocks: list[str]) -> bool:
    """Header lines whose last runs on into the text below (`心中有大局——`, `（五）` over
    `……的故事——`, `展示了“飞行日志”：`, a verse line ending in `，`): a section's lead-in,
    never a headline (a kicker's dash has its title below it)."""
    return bool(blocks) and all(block.rstrip().endswith(RUN_ON_ENDS) or ENUMERATED_HEADING_RE.match(block)
                                for block in blocks[:-1]) and blocks[-1].rstrip().endswith(RUN_ON_ENDS)


RUN_ON_ENDS = ("——", "：", ":", "，", ",")


def _parallels_section(current: Draft, blocks: list[str]) -> bool:
    """A one-line heading set as a pair with a section heading the story already has (对仗):
    the same clause pattern (`勇担使命，守护……` and `改革创新，提升群众……`), as many parts
    with the same opening (`以…为… 以…`, `以…为… 政校企…`), or as long with the same first
    letter or last two (`_set_alike`).
    """
    if len(blocks) != 1:
        return False
    return any(_set_alike(section, blocks[0]) or _one_theme(section, blocks[0]) for section in section_headings(current))


def _numbered_part(current: Draft | None, items: list[Item], index: int, group: list[Item]) -> bool:
    """Header lines that open with a part's number alone (`（二）` over a kicker and a
    quotation) inside a story that is still open: the next of its numbered parts, when the
    story's last part has the number before it, or, for the first, when the page goes on to
    the second."""
    number = _part_number(group[0].text)
    if current is None or not current.paragraphs or current.ended or number is None:
        return False
    if number[1] == 1:
        return any(item.role in ("candidate", "section") and _part_number(item.text) == (number[0], 2)
                   for item in items[index:])
    return any(paragraph.startswith(SECTION) and list_number(paragraph[1:]) == (number[0], number[1] - 1)
               for paragraph in current.paragraphs)


def _figure_closing(segment: tuple[str, object]) -> tuple[int, int] | None:
    """The number a body's last paragraph is, where that is a figure alone (`4`, `十二`) and the
    body has text before it: (0, the number)."""
    kind, body = segment
    if kind != "body" or len(body.paragraphs) < 2 or not LONE_FIGURE_RE.fullmatch(body.paragraphs[-1]):
        return None
    figure = body.paragraphs[-1]
    number = int(figure) if figure.isdigit() else chinese_number(figure)
    return (0, number) if number else None


def _part_number(text: str) -> tuple[int, int] | None:
    """The numbering and number of a line that is a part's number alone (`（二）` is (3, 2))."""
    return list_number(text) if LIST_NUMBER_RE.fullmatch(text) else None


def _roundup_opening(items: list[Item], index: int, group: list[Item]) -> int:
    """Where a round-up's first part opens inside the header lines over it: the position of
    a speaker line under the round-up's title (`代表委员讲述履职故事` / `周海代表——`), when the
    next header lines of the page hold a speaker line too (the next part); 0 when none does."""
    speaker = next((number for number, line in enumerate(group) if is_speaker_line(line.text)), 0)
    if not speaker:
        return 0
    heading_roles = ("candidate", "section")  # a page whose blank lines part stories has the parts' lines as sections
    while index < len(items) and items[index].role not in heading_roles:
        index += 1
    while index < len(items) and items[index].role in heading_roles:
        if is_speaker_line(items[index].text):
            return speaker
        index += 1
    return 0


def _roundup_part(current: Draft | None, group: list[Item], following: Item | None) -> bool:
    """A speaker line and a headline (`青山县委书记王建国代表` / `靠种菇走上致富路`, either way
    up) inside a round-up (`发言席`, `…（两会·连线）`): a part of it, not a story of its own.

    A part with a column tag of its own, or a dateline under it, is a story, and so is one whose
    lines the layout marks as a story's header lines (a text view's unindented lines)."""
    if current is None or not current.roundup or not current.paragraphs or len(group) != 2 or group[0].header:
        return False
    texts = [item.text for item in group]
    if any(COLUMN_TAG_RE.search(text) for text in texts) or (following is not None and is_dateline_para(following)):
        return False
    sections = section_headings(current)
    if sections and not any(is_speaker_line(line) for section in sections for line in section.split()):
        # A story of sections of its own (`…（融看台）`'s products): speakers after it speak in
        # stories of their own.
        return False
    spoken = [current.kicker] if current.kicker else (current.title or "").split()[:1]
    if current.ended and not sections and any(map(is_speaker_line, spoken)):
        return False  # one speaker's piece, closed by its note (`（本报记者黄晓整理）`): the next one's is another
    return sum(map(is_speaker_line, texts)) == 1


def _column_label(text: str) -> bool:
    """A line of a few letters and no mark over a heading: a column's label (`身边事`, `心声`), not a
    kicker that says who spoke (`王明强调`) nor a box's label (`记者手记`)."""
    return bool(COLUMN_LABEL_RE.fullmatch(text)) and not SPEECH_KICKER_RE.search(text) and not is_box_label(text)


def _signed_piece(current: Draft | None, group: list[Item], following: Item | None) -> bool:
    """A one-line heading inside a column of signed pieces (a readers' `身边事`, an experts' `心声`):
    the column's next piece, where its writer's line stands under it as the first piece's writer
    did (`青石镇青山村…党支部书记 王建国` under `法治护航产业兴`), or where text follows and the piece
    before closed on its writer's signature (`江州市南湖镇 朱女士`). The writer's line may be read
    as a header line with it (`…律师周文斌`, its space lost at a wrap).

    A column of news briefs is counted story by story: a dateline, or a reporter's byline, under
    the heading or closing the piece before opens a story."""
    if current is None or not current.column or not current.paragraphs or following is None \
            or is_dateline_para(following) or not current.bylines:
        return False
    if len(group) == 2 and sum(is_speaker_line(item.text) for item in group) == 1:
        return following.role == "para" and _writer_signature(current.bylines[0])
    if len(group) != 1:
        return False
    if following.role == "byline":
        return _writer_signature(following.text) and _writer_signature(current.bylines[0])
    return following.role == "para" and current.ended and _writer_signature(current.bylines[-1])


def _title_column(draft: Draft) -> None:
    """A column found to hold pieces is titled by its label; its first piece's heading, read as
    the title until now, becomes the first piece's section heading."""
    heading = " ".join(part for part in (draft.kicker, draft.title) if part)
    heading = heading.removeprefix(draft.column).strip()
    draft.title, draft.kicker = draft.column, None
    if heading:
        draft.paragraphs.insert(0, SECTION + heading)


def _writer_signature(byline: str) -> bool:
    """A byline that signs a reader's or an expert's piece, not a reporter's story."""
    return not ROLE_BYLINE_RE.search(byline) and not INSTITUTION_BYLINE_RE.match(byline)


def _opens_series(items: list[Item], index: int, blocks: list[str], under: list[str]) -> bool:
    """A one-line heading set as a pair with the next heading of the page, with only text
    between them (`在精准上下功夫`, then `在实效上下功夫`): the first of a story's sections.
    `under`: the paragraphs under the heading (`text_under`).

    The next heading must read as a section too: one line, with no dateline or byline
    under it (a headline set alike opens the next story)."""
    if len(blocks) != 1:
        return False
    position = index
    while position < len(items) and items[position].role != "candidate":
        if is_dateline_para(items[position]) or items[position].role in ("byline", "header_byline", "note", "meta"):
            return False
        position += 1
    end = position
    while end < len(items) and items[end].role == "candidate":
        end += 1
    if end - position != 1:
        return False
    following = next_of(items, end, ("para", "header_byline", "byline", "meta"), skip=("caption", "label", "credit"))
    if following is None or following.role != "para" or is_dateline_para(following):
        return False
    following_heading = items[position].text
    if letters(blocks[0]) == letters(following_heading):
        # A feature never heads two of its sections with the same words: the same heading over two
        # texts is a column's headline over two of its stories (`关注江州汛情`, day after day).
        return False
    if _alike_only_in_length(blocks[0], following_heading) and (
            opens_like_news(following.text, following_heading)
            or opens_like_news(under[0] if under else "", blocks[0])):
        return False  # news headlines as long by chance, one over its story's lead (`今天，…`, `区长王刚10日…`)
    return (_set_alike(blocks[0], following_heading) or _one_theme(blocks[0], following_heading)) \
        and not _marks_headline([following_heading])


def _turns_to_another_story(current: Draft, items: list[Item], index: int, blocks: list[str], under: list[str],
                            idf: dict[str, float]) -> bool:
    """Whether the words say that the heading and the text under it (`under`) leave the story so
    far: its subject changes, the heading is foreign to it, or the text leaves its place. A
    heading set alike with the one after it may open the story's sections instead, unless it is
    foreign and its text leaves the story's subject altogether (`leaves_the_subject`)."""
    series = _opens_series(items, index, blocks, under)
    if not series and (changes_subject(current, items, index, under, idf) or leaves_the_place(current, blocks, under)):
        return True
    return foreign_heading(current, blocks, items, index, idf) and (
        not series or leaves_the_subject(current, blocks, under, idf))


def _one_theme(one: str, other: str) -> bool:
    """Two short headings about as long that share a word inside them (`争做最美青春志愿者`,
    `志愿服务展现青春担当`, `青春力量坚守防汛一线`): a feature's sections on one theme. A word that
    opens both is the subject that stories on one page share (`江州新增停车位六十个`, `江州夜市开张`)."""
    one_letters, other_letters = letters(one), letters(other)
    if max(len(one_letters), len(other_letters)) > THEME_HEADING_LETTERS \
            or abs(len(one_letters) - len(other_letters)) > THEME_SLACK:
        return False
    shared = set(content_words(one)) & set(content_words(other))
    return any(not (one_letters.startswith(word) and other_letters.startswith(word)) for word in shared)


THEME_HEADING_LETTERS = 12
THEME_SLACK = 2


def _set_alike(one: str, other: str) -> bool:
    """Two headings set as a series: the same clause pattern or opening (`_parallels_section`), or
    as long and with the same first letter or last two (`在精准上下功夫`, `在实效上下功夫`)."""
    if _same_clause_pattern(one, other) or _same_opening(one, other):
        return True
    one, other = letters(one), letters(other)
    if len(one) == len(other) <= SHORT_LABEL_LETTERS:
        return True  # `半路种田`, `自学成才`, `一道致富`: short labels of one length are a feature's sections
    return abs(len(one) - len(other)) <= PARALLEL_SLACK and (one[:1] == other[:1] or one[-2:] == other[-2:])


def _same_clause_pattern(one: str, other: str) -> bool:
    """Two or more clauses, all but the last of the same lengths, and the whole as long (within
    PARALLEL_SLACK) unless the lead-ins are set phrases of four letters (`一线抗疫，…`); a longer
    lead-in of the same length is a name or phrase as long by chance (`江州职业学院 …`)."""
    shape, other_shape = _heading_shape(one), _heading_shape(other)
    return len(shape) == len(other_shape) >= 2 and shape[:-1] == other_shape[:-1] \
        and _clause_breaks(one) == _clause_breaks(other) and (
        abs(sum(shape) - sum(other_shape)) <= PARALLEL_SLACK or set(shape[:-1]) == {PARALLEL_LEAD_LETTERS})


def _repeats_section(current: Draft, blocks: list[str]) -> bool:
    """A header run that prints again a section heading the story already has (a repeated
    paragraph, as pages copied out of a layout often carry) stays inside that story."""
    sections = {letters(section) for section in section_headings(current)}
    return bool(sections) and any(letters(block) in sections for block in blocks)


def _clause_breaks(text: str) -> list[str]:
    """What parts a heading's clauses: a comma, a semicolon, a colon or a space (`专业对口，…`
    is set otherwise than `上门护理有保障 社区照护有温度`)."""
    return [_BREAK_KINDS.get(mark[0], " ") for mark in _CLAUSE_BREAK_RE.findall(text.strip())]


_BREAK_KINDS = {"，": ",", ",": ",", "；": ";", ";": ";", "：": ":", ":": ":"}
_CLAUSE_BREAK_RE = re.compile(r"[，,；;：:\s]+")


def _heading_shape(text: str) -> list[int]:
    """The letters of each clause of a heading (`改革创新，提升群众满意度` -> [4, 7])."""
    return [len(letters(part)) for part in _CLAUSE_BREAK_RE.split(text.strip()) if letters(part)]


def _marks_headline(blocks: list[str]) -> bool:
    """A header group shaped like a headline: a column tag or label, a subtitle, or a kicker over a title.

    A lone line ending in `——` leads into the next paragraph (a feature's section), so a
    dash marks a kicker only with a title below it.
    """
    return any(HEADLINE_MARK_RE.search(block.strip()) or _COLUMN_LABEL_LINE_RE.match(block.strip())
               or _LABELLED_TITLE_RE.match(block.strip()) or _BAR_LABELLED_TITLE_RE.match(block.strip())
               for block in blocks) \
        or any(block.strip().endswith("——") or _BRACKETED_LABEL_RE.match(block.strip()) for block in blocks[:-1])


# A column's label in square brackets on a line of its own (`【工作动态】`): over a title it heads a
# story, as a column tag closing one does; a feature labels its sections with bare words (`对症帮扶`).
_BRACKETED_LABEL_RE = re.compile(rf"^{_BRACKETED_LABEL}$")
# Such a label run onto its title with no space (`【一线见闻】菜市场里的新变化`): a column's story too.
_LABELLED_TITLE_RE = re.compile(rf"^{_BRACKETED_LABEL}[^\s【]")


# A web or app column's label set off by a bar (`江州观察丨…`, `书记这一周 | …`): no section is labelled so.
_BAR_LABELLED_TITLE_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9+·]{2,10}\s*[丨|｜]\s*[^\s丨|｜]")


def _holds_kicker(block: str) -> bool:
    """A block of lines read as one (copied with no blank line between them) that holds a kicker
    over a title: `…回信精神—— “我们都是答卷人”` heads a story as a kicker in a block of its
    own does. A round-up part's speaker over its heading (`…团长王建国—— 我们一直在排新戏`)
    is no kicker."""
    parts = _kicker_and_title(block)
    return len(parts) == 2 and not is_speaker_line(parts[0].rstrip("—"))


# A photo story's own label for a headline (`图片报道`, `图片新闻`): a story of its own, never a section.
PHOTO_NEWS_LABEL_RE = re.compile(r"^[【\[（(]?\s*(?:图片|新闻图片|摄影)(?:报道|新闻|故事)?\s*[】\]）)]?$")
