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

The steps live in their own modules: `pagelines` (reading lines and what the layout
tells of them), `roles` (scoring each line: header candidate, paragraph, byline, credit,
caption), `assemble` (deciding where stories start, as `Draft`s), with `evidence` (what the
words tell: whether a heading's text goes on with the story above or is another story's) and
`drafts` (a finished draft made an `Article`); this module cleans repeats and captions and
runs the steps for one page.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from . import words
from .assemble import (
    _BRACKETED_LABEL,
    build_either,
    build_leading,
    build_markdown,
    build_trailing,
)
from .clean import (
    CJK,
    PrintedLine,
    display_width,
    ends_sentence,
    fix_punctuation,
    fold_radicals,
    has_cjk,
    letters,
    normalize_text,
    undouble,
    without_letter_spacing,
)
from .dates import ACCOUNT_NAME_RE, LineFacts, app_date_line, join_spread_mastheads, masthead_line, path_page
from .drafts import Draft, finish_draft, title_from_text
from .evidence import UNDER_PARAGRAPHS
from .models import Article, Source
from .pagelines import (
    INLINE_PARAGRAPH_RE,
    LogicalLine,
    _join_wrapped,
    column_width,
    is_phrase_headline,
    logical_lines,
    looks_wrapped,
    open_pair,
    leads_as_news,
    opens_like_story,
    uses_indents,
    without_auto_spaces,
    without_line_spacing,
    without_set_spaces,
    without_sheet_marks,
)
from .roles import (
    BOLD_LINE_RE,
    BRIEFS_LABEL_LETTERS,
    BULLET_OPENING_RE,
    BULLETS,
    CAPTION_WIDTH,
    CHINESE_SECTION_NUMBER_RE,
    CLOSING_NOTE_RE,
    COLUMN_TAG_RE,
    CONTENTS_LINE_RE,
    CONTINUED_RE,
    EDITOR_LINE_RE,
    ENUMERATED_HEADING_RE,
    HEADER_BULLET_RE,
    HEADLINE_MARK_RE,
    LINK_LIST_RE,
    LIST_NUMBER_RE,
    MAX_HEADING_WIDTH,
    MD_HEADING_RE,
    MIN_REPEAT_LETTERS,
    MIN_REPEATED_PREFIX,
    PAGE_REF,
    NOTICE_RE,
    PAREN_BYLINE_RE,
    POINTER_MARKS,
    PRODUCTION_CREDIT_RE,
    REPEAT_WINDOW,
    REPORTERS_BRACKET,
    ROUNDUP_LABEL_RE,
    STANZA_MIN_LINES,
    VERSE_MIN_LINES,
    Item,
    asks_or_exclaims,
    classify_line,
    every_line_apart,
    form_header,
    is_briefs_label,
    is_dateline_para,
    is_editor_credit,
    is_names_line,
    is_verse_line,
    is_writers_names,
    list_number,
    next_of,
    reads_as_header,
    run_on,
    stanzas,
    table_row,
)
from .sentences import EDITOR_NOTE_LABELS, EDITOR_NOTE_RE

# ---------------------------------------------------------------- repeats

CLAUSE_ENDS = set("。！？；，：!?;")
CLOSING_MARKS = set("”’）》」』")
SENTENCE_ENDS = set("。！？!?")


_fold_letter = functools.lru_cache(maxsize=16384)(letters)  # one character at a time: a page repeats its letters


def _letters_with_positions(text: str) -> tuple[str, list[int]]:
    out, positions = [], []
    for index, ch in enumerate(text):
        folded = _fold_letter(ch)
        if folded:
            out.append(folded)
            positions.extend([index] * len(folded))
    return "".join(out), positions


def _ends_a_sentence_elsewhere(passage: str, paragraphs: Sequence[str]) -> bool:
    """Whether the folded `passage` stands in one of `paragraphs` right before a sentence's end."""
    for paragraph in paragraphs:
        folded, positions = _letters_with_positions(paragraph)
        at = folded.find(passage)
        if at >= 0:
            after = paragraph[positions[at + len(passage) - 1] + 1:].lstrip("”’）)」』")
            return after[:1] in SENTENCE_ENDS
    return False


def _joins_after(blank_joins: tuple[int, ...], removed: int) -> tuple[int, ...]:
    """The joins of a text that lost its first `removed` letters, counted from its new start."""
    return tuple(join - removed for join in blank_joins if join > removed)


def _strip_repeated_prefixes(text: str, elsewhere: str, paragraphs: Sequence[str] = (), blank_joins: tuple[int, ...] = ()) -> str:
    """Remove, repeatedly, the longest opening passage of `text` (24+ letters) found in `elsewhere`
    (the folded `paragraphs`). `blank_joins`: the letters before each place where the text was
    joined across a blank line."""
    while True:
        opening = letters(text[:MIN_REPEATED_PREFIX * 4])  # cheap test first: most paragraphs repeat nothing
        if len(opening) >= MIN_REPEATED_PREFIX and opening[:MIN_REPEATED_PREFIX] not in elsewhere:
            return text
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
        if low == len(folded):
            return text  # wholly repeated: the containment rule decides
        # The repeat ends where a clause ends: a paragraph repeated with a corrected figure
        # (86座 / 88座) shares an opening up to the middle of the number, and that is no repeat.
        # A pull quote run into the next paragraph (a blank line at a random break between) ends
        # where the passage it copies ends its sentence: it lost its stop, the blank line fell
        # right after it, and the next paragraph's first word follows (a sentence that repeats
        # a phrase of the text goes on from it within a line).
        cut = positions[low - 1] + 1
        if low in blank_joins and text[cut:cut + 1].isalnum() and _ends_a_sentence_elsewhere(folded[:low], paragraphs) \
                and not words.crosses_boundary(text[:cut], text[cut:]):
            text = text[cut:].lstrip("，。、；：,.;:”’ ")
        else:
            end = max((i for i in range(positions[low - 1] + 1) if text[i] in CLAUSE_ENDS), default=-1)
            if end < 0 or len(letters(text[:end + 1])) < MIN_REPEATED_PREFIX or text[end + 1:end + 2] in CLOSING_MARKS:
                return text
            rest = text[end + 1:].lstrip("，。、；：,.;:”’ ")
            if not letters(rest):
                return text  # wholly repeated: the containment rule decides
            text = rest
        blank_joins = _joins_after(blank_joins, len(folded) - len(letters(text)))


def _story_spans(items: list[Item], text_view: bool) -> list[int]:
    """For each item, the number of the story it stands in, where the layout shows stories:
    a text view's header lines are set flush over indented text, a Markdown page (a PDF page
    as its reader gives it) sets each headline as `#`, on a page whose blank lines part
    stories a blank line opens one, and where headlines lead their stories the header lines
    nearest above a dateline (`新华社北京5月23日电`, with the key points set between them) open
    one. Elsewhere (a section heading looks like a headline there) the page is one span."""
    blank_parted = not text_view and blanks_part_stories(items)
    dated_headers = _headers_over_datelines(items) if _header_place(items) == "leading" else set()
    spans, number, in_header = [], 0, False
    for index, item in enumerate(items):
        header = (text_view and item.role == "candidate" and item.header) or (item.role == "heading" and item.level == 1)
        if (header and not in_header) or (blank_parted and item.blank_before) or index in dated_headers:
            number += 1
        in_header = header
        spans.append(number)
    return spans


def _headers_over_datelines(items: list[Item]) -> set[int]:
    """The first line of each run of header lines over a dateline, with at most KEY_POINTS_MAX
    paragraphs (the story's key points, their box label, captions, bylines) between them. A
    Markdown headline or section heading nearer the dateline is the story's own header."""
    starts: set[int] = set()
    for index, item in enumerate(items):
        if not is_dateline_para(item):
            continue
        above, paragraphs = index - 1, 0
        while above >= 0 and items[above].role in _UNDER_HEADER_ROLES and paragraphs <= KEY_POINTS_MAX:
            paragraphs += items[above].role == "para"
            above -= 1
        if above >= 0 and items[above].role == "candidate" and paragraphs <= KEY_POINTS_MAX:
            while above > 0 and items[above - 1].role == "candidate":
                above -= 1
            starts.add(above)
    return starts


KEY_POINTS_MAX = 6  # paragraphs of key points set between a story's headline and its dateline
_UNDER_HEADER_ROLES = ("para", "label", "caption", "credit", "byline", "header_byline", "note")


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
    folded = {i: letters(items[i].text) for i in paras}
    drop: set[int] = set()
    trimmed: dict[int, str] = {}
    leads: set[int] = set()
    seen_exact: dict[tuple[int, str], int] = {}  # each text's copy kept so far, by its rank among the paragraphs
    story = _story_spans(items, text_view)
    for rank, i in enumerate(paras):
        text = folded[i]
        if len(text) < MIN_REPEAT_LETTERS:
            continue
        key = (story[i], text)
        if key in seen_exact:
            earlier = paras[seen_exact[key]]
            # Of two copies keep the one that ends its sentence (pull quotes lose their 。); of two
            # that do, the later where the earlier was pulled forward (`_pulled_forward`), else the first.
            if ends_sentence(items[i].text) and (not ends_sentence(items[earlier].text)
                                                 or _pulled_forward(paras, seen_exact[key], rank, folded, drop)):
                drop.add(earlier)
                seen_exact[key] = rank
            else:
                drop.add(i)
            continue
        seen_exact[key] = rank
        window = [j for j in paras[max(0, rank - REPEAT_WINDOW): rank + REPEAT_WINDOW + 1] if j != i and j not in drop]
        # A paragraph held by another story's is that story quoting the same words (a speech
        # quoted in one story's lead and reported in the story beside it), not a pull quote.
        others = "\x00".join(folded[j] for j in window if story[j] == story[i] and (len(folded[j]) > len(text) or
                             (len(folded[j]) == len(text) and j < i)))
        if text in others:
            if text_view:
                leads.add(i)
            else:
                drop.add(i)
            continue
        if text_view:
            continue
        # Against paragraphs that this one holds whole, its opening is no pull quote run in:
        # it is the full paragraph of which they are a (broken-off) copy. Nor is an opening that
        # another story's paragraph says: that story quotes the same words (a speech's paragraph
        # that a commentary beside it quotes).
        longer = [j for j in window if story[j] == story[i] and folded[j] not in text]
        rest = _strip_repeated_prefixes(items[i].text, "\x00".join(folded[j] for j in longer), [items[j].text for j in longer],
                                        items[i].blank_joins)
        if rest != items[i].text:
            trimmed[i] = rest
    result = []
    blanks = 0  # the blank lines before dropped copies: still on the page, before what follows them
    for index, item in enumerate(items):
        if index in drop:
            blanks = max(blanks, item.blank_before)
            continue
        if index in leads:
            item = replace(item, role="lead")
        elif index in trimmed:
            item = replace(item, text=trimmed[index])
        if blanks > item.blank_before:
            item = replace(item, blank_before=blanks)
        blanks = 0
        result.append(item)
    return result


def _pulled_forward(paras: list[int], earlier: int, later: int, folded: dict[int, str], drop: set[int]) -> bool:
    """Whether the earlier of two copies of a paragraph (ranks among `paras`) is a pull quote: text of
    its own stands between them, as a quote box stands before the text it is pulled from. A paragraph
    printed twice in a row is no quote, nor is a run of them (the same paragraph follows both
    copies, or a copy already dropped stands between them)."""
    between = paras[earlier + 1:later]
    after_later = folded[paras[later + 1]] if later + 1 < len(paras) else None
    return bool(between) and folded[between[0]] != after_later and not any(j in drop for j in between)


# ---------------------------------------------------------------- joins and captions


def resolve_captions(items: list[Item], wrapped: bool, blank_parted: bool = False) -> list[Item]:
    """Mark photo captions and rejoin paragraphs that a caption or a blank line cut in two.

    Column-wrapped pages were already rejoined line by line, so their paragraphs stay as they are.
    On a page whose blank lines part stories (`blank_parted`), a line after a blank line that ends
    no sentence is a header line (see `mark_story_headers`), not a paragraph's first part.
    """
    result: list[Item] = []
    gaps = sorted(item.blank_before for item in items if item.role == "para")
    first = _first_content(items)
    # Paragraphs are normally one blank apart, and two or more leave a hole where a picture stood,
    # unless the holes part the page's stories (`版式设计：…` or a story's end, two blank lines,
    # then headlines): where most of them open a story, none is a picture's.
    holes_part_stories = _holes_part_stories(items, first)
    holes_mark_pictures = bool(gaps) and gaps[len(gaps) // 2] <= 1 and not holes_part_stories
    for index, item in enumerate(items):
        hole = holes_mark_pictures and index > first and item.blank_before >= 2
        if item.header:
            pass  # the layout already said what this line is
        elif holes_part_stories and item.role == "candidate" and index > first and item.blank_before >= 2:
            item = replace(item, header=True)  # a hole parts two stories: the line after it heads one
        elif item.role == "candidate" and _broken_off(item, items[index + 1] if index + 1 < len(items) else None):
            item = replace(item, role="para")  # joined with the rest of its paragraph below
        elif item.role == "candidate" and hole:
            # Pictures leave an empty hole in copied pages; the short line after it is the caption.
            item = replace(item, role="caption")
        elif item.role == "para" and hole and not is_dateline_para(item) and display_width(item.text) <= CAPTION_WIDTH \
                and sum(item.text.count(mark) for mark in "。！？") <= 1:
            item = replace(item, role="caption")  # a one-sentence caption after a picture hole
        elif item.role == "candidate" and not HEADLINE_MARK_RE.search(item.text):  # a column tag heads a story
            before = _previous_para(result)
            after = next_of(items, index + 1, ("para",), skip=("caption", "credit", "label", "candidate"))
            if before is not None and after is not None and not ends_sentence(result[before].text) \
                    and not is_dateline_para(after) and (
                        result[before].text[-1:] in CAPTION_CUT_ENDS or words.crosses_boundary(result[before].text, after.text)):
                item = replace(item, role="caption")
        result.append(item)
    return _join_broken_paragraphs(result, across_captions_only=wrapped, headers_after_blanks=blank_parted)


HOLES_PARTING_STORIES_SHARE = 0.5


def _holes_part_stories(items: list[Item], first: int) -> bool:
    """Whether the page's holes (two blank lines or more) part its stories. A caption is never
    a headline over its dateline (`本报北京5月20日电`) or over a story's opening (`今年以来，`,
    `3月8日，`), closed by its column tag, set in phrases parted by a space, or after a credit,
    bracketed byline or closing note that ends the story above; nor does it stand over another
    header line (a kicker over its title, a title over its subtitle). Where most holes open on
    such a header, or every hole on a short line and one on such a headline, none is a
    picture's. (A page that opens on a short line proves nothing: captions between the
    paragraphs of a copied page are short lines too.)"""
    # Only a line that could be a caption counts (a bulletin's `报：…` label under its last story is none).
    holes = [index for index in range(first + 1, len(items))
             if items[index].blank_before >= 2 and items[index].role in ("candidate", "para")]
    # A picture set inside a paragraph leaves its hole mid-sentence (`…群众安居乐` / `业注入了…`);
    # a paragraph closed by its signature (`…。（记者 王磊）`) is finished.
    if not holes or any(items[index - 1].role == "para" and not ends_sentence(items[index - 1].text)
                        and not _SIGNED_END_RE.search(items[index - 1].text) for index in holes):
        return False

    def headline(index: int) -> bool:
        following = items[index + 1] if index + 1 < len(items) else None
        story_below = following is not None and following.role == "para" and (
            is_dateline_para(following) or opens_like_story(following.text))
        return story_below or _ends_story(items[index - 1]) \
            or bool(HEADLINE_MARK_RE.search(items[index].text)) or is_phrase_headline(items[index].text)

    def over_header(index: int) -> bool:
        return index + 1 < len(items) and items[index + 1].role == "candidate"

    all_short = all(items[index].role == "candidate" for index in holes)
    if all_short and len(holes) >= 2 and all(_names_the_text_below(items, holes, position) for position in range(len(holes))):
        # Essays under bare titles (a literary page): no dateline, tag or byline, but each
        # title's words come back more in the text under it than in the story above.
        return True
    headed = [index for index in holes if headline(index)]
    over = [index for index in holes if index not in headed and over_header(index)]
    return bool(headed) and (all_short or len(headed) + len(over) >= HOLES_PARTING_STORIES_SHARE * len(holes))


def _names_the_text_below(items: list[Item], holes: list[int], position: int) -> bool:
    """Whether more of the words of the line opening the hole `holes[position]` come back in the
    text down to the next hole than in the text since the hole before (a picture's caption speaks
    of the story around it, on both sides; a headline of the story under it)."""
    index = holes[position]
    start = holes[position - 1] if position else 0
    end = holes[position + 1] if position + 1 < len(holes) else len(items)
    above = "".join(item.text for item in items[start:index] if item.role == "para")
    below = "".join(item.text for item in items[index + 1:end] if item.role == "para")
    named = {word for word in words.cut(items[index].text) if word in words.general_idf() and has_cjk(word)}
    return bool(above) and sum(word in below for word in named) > sum(word in above for word in named)


def _ends_story(item: Item) -> bool:
    """A line that closes a story as printed: a credit (not a picture's: `图片由…提供`, `…摄`, whose
    picture's caption may follow), a bracketed byline or a closing note."""
    return (item.role in ("credit", "note") and not _PICTURE_CREDIT_RE.search(item.text)) or _closes_story(item) \
        or bool(CLOSING_NOTE_RE.match(item.text))


_PICTURE_CREDIT_RE = re.compile(r"图|摄|照片")


def _broken_off(item: Item, following: Item | None) -> bool:
    """A short line that a blank line broke off the start of its paragraph: it holds a clause,
    ends on no mark, and the line after it opens with the last letter of a common word that
    the line began (`为了凝聚力的问题，我还经常组` / `织党员到…`). A story never opens mid-word."""
    if following is None or following.role != "para" or not re.search(r"[，；、,;]", item.text) \
            or not item.text[-1:].isalnum():
        return False
    across = words.word_across(item.text, following.text)
    # The word takes exactly one letter of the next line, which alone is no word there.
    return across is not None and across[1] == 1 and across[0] in words.general_idf() \
        and len(next(iter(words.cut(following.text[:4])), "")) == 1


def mark_lists(items: list[Item]) -> list[Item]:
    """Lines numbered in sequence right after one another (`一、听取和审议…` `二、听取和审议…`,
    `1.` `2.`) are a list in a story's text (an agenda, a list of measures), not header lines;
    numbered section headings have text between them. A list whose every item stands again
    further on as a header line is a table of contents (a bulletin's `本期要目`): no text of
    any story, and neither is the short label over it."""
    result = list(items)
    numbers = [list_number(item.text) if item.role in ("candidate", "para") else None for item in items]
    runs: list[list[int]] = []
    for index in range(len(items) - 1):
        first, second = numbers[index], numbers[index + 1]
        if first and second and first[0] == second[0] and second[1] == first[1] + 1:
            if runs and runs[-1][-1] == index:
                runs[-1].append(index + 1)
            else:
                runs.append([index, index + 1])
    # Where each header line's words stand last on the page: measured once, not for each list.
    last_header = {letters(item.text): index for index, item in enumerate(items) if item.role in ("candidate", "heading")}
    for run in runs:
        contents = all(last_header.get(letters(LIST_NUMBER_RE.sub("", items[position].text, count=1)), -1) > run[-1]
                       for position in run)
        for position in run:
            if contents or result[position].role == "candidate":
                result[position] = replace(result[position], role="label" if contents else "para")
        if contents:
            _label_over(result, run[0])  # `本期要目`, `目录`
    return result


def _label_over(items: list[Item], start: int) -> None:
    """The short header line right over a list that starts at `start` is the list's label (`本期要目`, `今日导读`)."""
    above = start - 1
    if above >= 0 and items[above].role == "candidate" and len(letters(items[above].text)) <= CONTENTS_LABEL_LETTERS:
        items[above] = replace(items[above], role="label")


def mark_contents(items: list[Item]) -> list[Item]:
    """Header lines set one under another, each standing again further on as the header line of
    a story of its own, in the same order, are a list of the page's headlines (an e-paper view's
    导航 with no label over it, a bulletin's contents without numbers): no story's header.
    A headline printed twice (kicker and title, then both again) comes back with no text
    between its lines, and stays. The short line over such a list, or over a front page's
    lines that each point at a page (`今日导读` over `…措施　　2版`), is its label."""
    items = _pages_onto_headlines(items)
    result = list(items)
    pointers = [item.role == "label" and bool(CONTENTS_LINE_RE.match(item.text.strip())) for item in items]
    starts = [index for index in range(len(items) - 1) if pointers[index] and pointers[index + 1]]
    # A contents line may point at its page with a leader (`全区秋粮收获进度过八成……………1`, a Word
    # file's 目录): the headline it lists is the line without them.
    keys = [letters(_LEADER_PAGE_RE.sub("", item.text)) if item.role in ("candidate", "heading") else ""
            for item in items]
    places: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            places.setdefault(key, []).append(index)
    texts = [0] * (len(items) + 1)  # how many lines of text stand before each place
    for index, item in enumerate(items):
        texts[index + 1] = texts[index] + (item.role == "para")
    index = 0
    while index < len(items):
        end = index
        while end < len(items) and items[end].role == "candidate":
            end += 1
        if places.get(keys[index], [index])[-1] == index:
            # The run's first line never comes back: no list opens here, unless it is the label
            # over one (`本期要目`, run on with the list's lines) and the next line comes back.
            comes_back = index + 1 < end and places.get(keys[index + 1], [index + 1])[-1] > index + 1
            index = index + 1 if comes_back else max(end, index + 1)
            continue
        # Blank lines may part the list's lines, and part it from the first story's headline:
        # the list is the longest run of the header lines that all come back further on.
        for stop in range(end, index + MIN_CONTENTS_LINES - 1, -1):
            told = [next((place for place in places.get(keys[position], ()) if place >= stop), None)
                    for position in range(index, stop)]
            if all(place is not None for place in told) and texts[told[0]] == texts[stop] \
                    and all(texts[later] > texts[earlier] for earlier, later in zip(told, told[1:])):
                for position in range(index, stop):
                    result[position] = replace(result[position], role="label")
                starts.append(index)
                break
        index = max(end, index + 1)
    for start in starts:
        _label_over(result, start)
    return result


MIN_CONTENTS_LINES = 2
_LEADER_PAGE_RE = re.compile(r"\s*(?:[…\.·．]{2,}|[…\.·．]*\s{2,})\s*\d{1,3}\s*$")
# A page pointed at on a line of its own (`▶2版`, `→A3版`, `（详见第2版）`), as a PDF's contents box
# sets it under the headline it lists, in smaller type.
_PAGE_POINTER_RE = re.compile(rf"^(?:{POINTER_MARKS}*\s*(?:详见|见)?{PAGE_REF}|[（(]\s*(?:详见|见)\s*{PAGE_REF}\s*[）)])$")


def _pages_onto_headlines(items: list[Item]) -> list[Item]:
    """A page pointer on a line of its own right under a header line points that headline at its
    page: the two are one line of the contents (`全市冬季消防安全检查全面启动` / `▶2版`)."""
    result: list[Item] = []
    for item in items:
        above = result[-1] if result else None
        if above is not None and above.role == "candidate" and not item.blank_before \
                and _PAGE_POINTER_RE.match(item.text.strip()):
            joined = above.text.rstrip() + "　" + item.text.strip()
            if CONTENTS_LINE_RE.match(joined):
                result[-1] = replace(above, role="label", text=joined)
                continue
        result.append(item)
    return result


def mark_verse(items: list[Item], markdown: bool = False) -> list[Item]:
    """A run of VERSE_MIN_LINES or more short unpunctuated lines with no blank line between them
    is a poem's stanza (a 副刊 page), text a line at a time: a headline block holds at most a
    kicker, two title lines and a subtitle. Read as header lines, the poem had no text and was
    lost. On a Markdown page, and on a page with a blank line before every line (a Word file's
    paragraphs, a web copy), blank lines part paragraphs, not stanzas: a run goes on across them.
    Elsewhere a blank line parts stories, but not two runs of STANZA_MIN_LINES such lines: no
    headline block stands over another without text between them, so those are stanzas. On a
    page that indents its paragraphs, a poem's lines are indented (read as section headings)
    under its flush title; there a blank line between them parts stanzas, not stories, and a
    change of indent parts runs."""
    across_blanks = markdown or every_line_apart(items)
    verse_like = [item.role in ("candidate", "section") and is_verse_line(item.text) for item in items]
    indent_changes = [index == 0 or item.role != items[index - 1].role for index, item in enumerate(items)]
    blank_parts = [bool(item.blank_before) and not across_blanks and item.role != "section" for item in items]
    parted = [a or b for a, b in zip(indent_changes, blank_parts)]
    # The size of the run of verse-like lines that ends at each line, and that starts at each line.
    ending, starting = [0] * len(items), [0] * len(items)
    for index, verse in enumerate(verse_like):
        ending[index] = (1 + (ending[index - 1] if index and not parted[index] else 0)) if verse else 0
    for index in reversed(range(len(items))):
        follows = index + 1 < len(items) and not parted[index + 1]
        starting[index] = (1 + (starting[index + 1] if follows else 0)) if verse_like[index] else 0
    stanza_breaks = {index for index in range(1, len(items)) if blank_parts[index] and not indent_changes[index]
                     and min(ending[index - 1], starting[index]) >= STANZA_MIN_LINES}
    verse = stanzas(verse_like, [part and index not in stanza_breaks for index, part in enumerate(parted)])
    if not markdown:
        verse -= _headlines_around_verse(items, verse)
    return [replace(item, role="para", verse=True) if index in verse else item for index, item in enumerate(items)]


def _headlines_around_verse(items: list[Item], verse: set[int]) -> set[int]:
    """The first and last lines of runs of verse between paragraphs that end a story's sentence:
    header lines. A story before the run has ended, so the first line is the poem's title (or,
    where headlines follow their stories, the story's); a story after it opens, so the last line
    is that story's headline (or the poem's). A poem inside a story follows a paragraph that
    leads into it (`…写道：`) and keeps all its lines."""
    def prose(index: int) -> bool:
        return 0 <= index < len(items) and index not in verse and items[index].role == "para" \
            and ends_sentence(items[index].text)

    headlines: set[int] = set()
    for first in sorted(index for index in verse if index - 1 not in verse):
        last = first
        while last + 1 in verse:
            last += 1
        if first > 0 and items[first - 1].role == "para" and not prose(first - 1):
            continue  # led into
        ends = [end for end, beside in ((first, first - 1), (last, last + 1)) if prose(beside)]
        if ends and last - first + 1 - len(ends) >= VERSE_MIN_LINES:
            headlines.update(ends)
    return headlines


def mark_named_lists(items: list[Item]) -> list[Item]:
    """Lines of names under a paragraph that leads into them (`…名单如下：`) are the list it
    announces (honourees, a team): the story's text as printed, a line each, not its bylines."""
    result: list[Item] = []
    in_list = False
    for item in items:
        if in_list and item.role == "byline" and is_names_line(item.text):
            # Kept in the text, never summarized; the names parted as printed (a full-width space).
            item = replace(item, role="table", text="\u3000".join(item.text.split()), byline=None)
        else:
            in_list = item.role == "para" and item.text.rstrip().endswith(("：", ":"))
        result.append(item)
    return result


CONTENTS_LABEL_LETTERS = 6


# A brief set run-in (简讯): its headline, two or more spaces (a full-width space), then its
# text (`白马镇开展春季义务植树活动　3月3日，白马镇组织…（通讯员 陈静）`).
_RUN_IN_BRIEF_RE = re.compile(r"^(?P<head>[^\s，。；：！？、,;:!?（）()]+(?: [^\s，。；：！？、,;:!?（）()]+)*) {2,}(?P<text>\S.*)$")
# Or in brackets (`【我区启动2025年春季植树活动】3月3日，…`): a roundup post's items, each a story.
_BRACKETED_BRIEF_RE = re.compile(r"^【(?P<head>[^【】]+)】\s*(?P<text>\S.*)$")
# Or numbered, the headline a sentence of its own before the news (a bulletin's items:
# `1.区教委召开新学期工作部署会。3月3日，…`). The news opens on when it happened: a document's
# numbered points set the same way (`（一）加强组织领导。各地要…`) are its sections.
_NUMBERED_BRIEF_RE = re.compile(
    r"^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*"
    r"(?P<head>[^\s，。；：！？、,;:!?（）()]+(?: [^\s，。；：！？、,;:!?（）()]+)*)[。．]\s*"
    r"(?P<text>(?:近日|日前|近期|连日来|今年以来|昨天|昨日|今天|今日|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)\S.*)$")
RUN_IN_HEAD_LETTERS = (6, 40)
MIN_RUN_IN_TEXT_LETTERS = 30


def split_briefs(items: list[Item], markdown: bool = False) -> list[Item]:
    """Paragraphs that each open with a headline set run-in before their text, two or more
    one after another, are briefs (a 简讯 column): each its own story under its headline,
    and the column's short label over them is no story's headline. On a Markdown page (a
    PDF's, a web page's) their headlines are headings at the level of the label's, or of the
    last heading, marked `header`: they open stories even where the page holds one article."""
    result: list[Item] = []
    run: list[tuple[Item, re.Match]] = []
    # A paragraph printed twice in a row (a copy's repeat, which `drop_repeats` later keeps once)
    # is no second brief: it follows its first copy, by the first copy's place in the run.
    repeats: dict[int, list[Item]] = {}
    level = 1

    def close_run() -> None:
        # Paragraphs that open with a phrase in brackets are briefs only where they open the text
        # under their title: inside a story they are its sections set run-in (`【坚持党建引领】…`).
        opens_text = not result or result[-1].role in ("candidate", "heading", "label")
        if len(run) >= 2 and (opens_text or run[0][1].re is _RUN_IN_BRIEF_RE):
            label = result[-1] if result else None
            if label and label.role in ("candidate", "heading") and (
                    len(letters(label.text)) <= BRIEFS_LABEL_LETTERS or ROUNDUP_LABEL_RE.search(label.text)):
                result[-1] = replace(label, role="label")
            for position, (item, match) in enumerate(run):
                role = "heading" if markdown else "candidate"
                result.append(Item(role, match["head"], max(item.blank_before, 1), level=level if markdown else 0,
                                   header=True))
                result.append(replace(item, text=match["text"].strip(), blank_before=0))
                result.extend(replace(copy, text=match["text"].strip()) for copy in repeats.get(position, ()))
        else:
            for position, (item, _) in enumerate(run):
                result.append(item)
                result.extend(repeats.get(position, ()))
        run.clear()
        repeats.clear()

    for item in items:
        text = item.text.strip()
        if run and item.role == "para" and text == run[-1][0].text.strip():
            repeats.setdefault(len(run) - 1, []).append(item)
            continue
        match = (_RUN_IN_BRIEF_RE.match(text) or _BRACKETED_BRIEF_RE.match(text) or _NUMBERED_BRIEF_RE.match(text)) \
            if item.role == "para" else None
        # A brief is one paragraph: a run-in head over text that holds paragraphs run together
        # (`…解决难题。　　截至目前…`, as a text view runs a story's together) is a story's section.
        if match and RUN_IN_HEAD_LETTERS[0] <= len(letters(match["head"])) <= RUN_IN_HEAD_LETTERS[1] \
                and len(letters(match["text"])) >= MIN_RUN_IN_TEXT_LETTERS and not is_dateline_para(item) \
                and not (match.re is _RUN_IN_BRIEF_RE and INLINE_PARAGRAPH_RE.search(match["text"])):
            if run and run[-1][1].re is not match.re:
                close_run()  # one column sets its briefs one way
            run.append((item, match))
            continue
        close_run()
        result.append(item)
        if item.role == "heading":
            level = item.level
    close_run()
    # A briefs column whose headlines stand on lines of their own, each marked with a bullet
    # (`简讯` over `■区人社局开展春季招聘月活动`): the label heads no story.
    for index, item in enumerate(result[:-1]):
        following = result[index + 1]
        if item.role == "candidate" and following.role == "candidate" and BULLET_OPENING_RE.match(following.text) \
                and is_briefs_label(item.text):
            result[index] = replace(item, role="label")
    if markdown:
        result = _numbered_news_items(result)
    return _headless_briefs(result, markdown, level)


def _numbered_news_items(items: list[Item]) -> list[Item]:
    """A bulletin's items numbered on headings of their own (`一、区教育局召开…` `二、…`), each right
    over a lead that opens on the day or a dateline (`3月5日，…`, `本报讯…`), two or more: each
    heads a story (marked `header`), also on a page that holds one article (a 简报 posted on a
    site as one page). Where one heading of that numbering stands over other text, the numbers
    are a document's sections (`一、工作开展情况` over `今年以来，…`) and all stay its own."""
    numbered = [index for index, item in enumerate(items)
                if item.role == "heading" and CHINESE_SECTION_NUMBER_RE.match(item.text)]
    numbers = [list_number(items[index].text) for index in numbered]  # (its kind of numbering, its number)
    if len(numbered) < 2 or len({kind for kind, _ in numbers}) != 1 \
            or [number for _, number in numbers] != list(range(1, len(numbers) + 1)) \
            or not all(index + 1 < len(items) and leads_as_news(items[index + 1]) for index in numbered):
        return items
    result = list(items)
    for index in numbered:
        result[index] = replace(items[index], header=True)
    return result


def _roundup_name_apart(drafts: list[Draft]) -> list[Draft]:
    """A post that gathers a week's or a day's news under a name of its own (`江州一周要闻（3.3—3.9）`,
    `要闻速览｜3月4日`) over two or more stories: the name is the post's, not the first story's
    kicker. A column's label over a story (`【工作动态】`) names no period, and stays."""
    if len(drafts) < 2 or not drafts[0].kicker:
        return drafts
    first = drafts[0]
    if ROUNDUP_LABEL_RE.search(first.kicker) and _PERIOD_RE.search(first.kicker):
        return [replace(first, kicker=None), *drafts[1:]]
    return drafts


_PERIOD_RE = re.compile(r"\d|一周|本周|每周|每日|今日|本月")


def _headless_briefs(items: list[Item], markdown: bool, level: int) -> list[Item]:
    """A briefs column whose items have no headline, each a bulleted paragraph of its own news
    (`简讯` over `■3月7日，区妇联…。（记者 刘洋）`, `■日前，…`), two or more: each is a story,
    named by its first clause. Where headlines follow their stories the label closes the column,
    and then each item must read as news (dated or signed), since a story may end on a bulleted
    list. Bulleted paragraphs under a story's headline are its key points."""
    result: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        if item.role in ("candidate", "heading", "label") and is_briefs_label(item.text):
            briefs = _bulleted_run(items, index + 1)
            if len(briefs) >= 2:
                result.append(replace(item, role="label"))
                result.extend(_brief_stories(briefs, markdown, level, headline_after=False))
                index += 1 + sum(map(len, briefs))
                continue
        briefs = _bulleted_run(items, index) if _bulleted_para(item) else []
        end = index + sum(map(len, briefs))
        label = items[end] if end < len(items) else None
        if len(briefs) >= 2 and label is not None and label.role in ("candidate", "label") and is_briefs_label(label.text) \
                and all(NEWS_BRIEF_RE.search(" ".join(part.text for part in brief)) for brief in briefs) \
                and not _bulleted_run(items, end + 1):
            result.extend(_brief_stories(briefs, markdown, level, headline_after=True))
            result.append(replace(label, role="label"))
            index = end + 1
            continue
        result.append(item)
        index += 1
    return result


def _bulleted_para(item: Item) -> bool:
    return item.role == "para" and bool(BULLET_OPENING_RE.match(item.text.strip()))


def _bulleted_run(items: list[Item], start: int) -> list[list[Item]]:
    """The bulleted paragraphs from `start` on, each with the signature a wrap set on a line of
    its own under it (`（通讯员 张敏）`)."""
    briefs: list[list[Item]] = []
    index = start
    while index < len(items):
        item = items[index]
        if _bulleted_para(item):
            briefs.append([item])
        elif briefs and item.role in ("note", "byline") and _BRACKETED_SIGNATURE_RE.match(item.text.strip()):
            briefs[-1].append(item)
        else:
            break
        index += 1
    return briefs


def _brief_stories(briefs: list[list[Item]], markdown: bool, level: int, headline_after: bool) -> list[Item]:
    """Each brief with a headline of its first clause, before it or after it as the page sets headlines."""
    result: list[Item] = []
    for brief, *signature in briefs:
        text = BULLET_OPENING_RE.sub("", brief.text.strip()).strip()
        headline = Item("heading" if markdown else "candidate", title_from_text(text), 0,
                        level=level if markdown else 0, header=True)
        if headline_after:
            result.extend([replace(brief, text=text), *signature, headline])
        else:
            result.extend([replace(headline, blank_before=max(brief.blank_before, 1)), replace(brief, text=text, blank_before=0),
                           *signature])
    return result


_BRACKETED_SIGNATURE_RE = re.compile(rf"^{REPORTERS_BRACKET}$")
# A brief reads as news: it opens on when (`3月7日，`, `近日，`) or closes on its reporters' bracket.
NEWS_BRIEF_RE = re.compile(rf"^{BULLETS}\s*(?:近日|日前|近期|连日来|今年以来|昨天|昨日|今天|今日|\d{{1,2}}月\d{{1,2}}日)"
                           rf"|{REPORTERS_BRACKET}$")


def mark_kickers(items: list[Item]) -> list[Item]:
    """A punctuated line ending in a dash right above a header line is its kicker (引题), where
    the header line carries a headline's mark or the line opens a story:
    `针对一些小区停车难的新情况，居民纷纷来信反映——` over `减负，…（来信综述·…）`.
    Elsewhere a paragraph ending in a dash leads into a section heading of its story."""
    result = list(items)
    first = _first_content(items)
    for index, item in enumerate(items[:-1]):
        following = items[index + 1]
        if index and item.role == "candidate" and item.text.endswith("——") and items[index - 1].role in ("candidate", "heading") \
                and items[index - 1].text.startswith("——") and "，" in item.text:
            # No kicker follows a subtitle, a header line or a Markdown page's heading: a line of
            # clauses ending in a dash under one is the story's first line leading into its text
            # (`城南的法治建设，终于等来了这关键的一步——`).
            result[index] = replace(item, role="para")
            continue
        if item.role == "candidate" and item.text.endswith("——") and "，" not in item.text and _runs_into_title(following):
            # A kicker runs into its title whatever the title ends with (`新一代智能公交车——` /
            # `亮点在哪里？`): a short question or exclamation under it is that title, not text. A
            # line of clauses leading into the words under it (`快看，又一对白鹤…——`) is text.
            result[index + 1] = replace(following, role="candidate")
            continue
        if item.role != "para" or is_dateline_para(item) or not item.text.endswith("——") \
                or display_width(item.text) > 2 * MAX_HEADING_WIDTH or following.role != "candidate":
            continue
        opens_story = index == first or items[index - 1].role in ("note", "byline", "credit")
        if opens_story or HEADLINE_MARK_RE.search(following.text):
            result[index] = replace(item, role="candidate")
    return result


def mark_writers_under_headlines(items: list[Item]) -> list[Item]:
    """A line of names alone between a headline (a Markdown page's title) and the text under it,
    names that text never uses, is the writers' byline, as a commentary prints it
    (`让民生实事更有温度` / `钱多多` / text). A name the text goes on to tell of heads it: a
    profile's headline under its series' label (`最美江州人` / `王秀英` / text about her)."""
    result = list(items)
    for index in range(1, len(items) - 1):
        item, above, names = items[index], items[index - 1], items[index].text.strip()
        if item.role != "candidate" or not (above.role == "candidate" or (above.role == "heading" and above.level == 1)) \
                or items[index + 1].role != "para" or not is_writers_names(names):
            continue
        if above.wraps and words.crosses_boundary(above.text, names):
            continue  # the header's last word, cut off where it filled the column (`…中锻造更` / `强本领`)
        below = _paragraphs_text(items, index + 1, index + 1 + UNDER_PARAGRAPHS)
        if not any(name in below for name in names.split()):
            result[index] = replace(item, role="byline", byline=names)
    return result


def _runs_into_title(item: Item) -> bool:
    """A short line of one sentence that a kicker ending in a dash runs into."""
    text = item.text.rstrip("！？!?”")
    return item.role == "para" and not is_dateline_para(item) and display_width(item.text) <= KICKED_TITLE_WIDTH \
        and not any(mark in text for mark in "。！？!?；;")


KICKED_TITLE_WIDTH = 20


# Letters no sentence ends on (conjunctions, prepositions, 的): a paragraph that stops on one
# runs on after the caption or inset set in the middle of it (`…把难处讲了出来，但` / caption / `我们…`).
OPEN_ENDED_WORDS = "但而和与及或并且的之在对把被从向将为给让使由以于是"
CAPTION_CUT_ENDS = "、，：“‘（《—" + OPEN_ENDED_WORDS  # what a paragraph cut by a caption can stop on


def _first_content(items: list[Item]) -> int:
    """Where the page's text starts: blank lines before it are no holes or breaks (found once,
    not for each line: a year of a paper in one file)."""
    return next((index for index, item in enumerate(items) if item.role in ("para", "heading", "candidate")), len(items))


def _previous_para(items: list[Item]) -> int | None:
    for index in range(len(items) - 1, -1, -1):
        role = items[index].role
        if role == "para":
            return index
        if role not in ("caption", "credit", "label"):
            return None
    return None


def _join_broken_paragraphs(items: list[Item], across_captions_only: bool = False,
                            headers_after_blanks: bool = False) -> list[Item]:
    """A paragraph that stops mid-sentence continues in the next paragraph, across captions.

    A pull quote also stops without its full stop, but its words stand again in a paragraph
    of the page: it is left alone for `drop_repeats`, not joined to the paragraph after it.
    Column-wrapped pages were rejoined line by line already: there only a caption set in
    the middle of a paragraph still parts it.
    """
    folded = [letters(item.text) for item in items if item.role == "para"]
    page_letters, copies = "\x00".join(folded), Counter(folded)
    result: list[Item] = []
    for item in items:
        if item.role == "para" and not is_dateline_para(item) and not item.verse:
            before = _previous_para(result)
            if across_captions_only and before is not None and not any(
                    other.role == "caption" for other in result[before + 1:]):
                before = None
            if before is not None and not result[before].verse and not ends_sentence(result[before].text) and \
                    not result[before].text.endswith(("：", ":")) \
                    and not (headers_after_blanks and _header_after_blank(result[before], item)) \
                    and not _is_pull_quote(result[before].text, page_letters, copies):
                merged = _join_wrapped(result[before].text, item.text)
                result[before] = replace(result[before], text=merged)
                continue
        result.append(item)
    return result


def mark_headlines_set_as_text(items: list[Item], wrapped: bool = False) -> list[Item]:
    """Headlines that read as a line of text, where no blank line sets them apart: after a finished
    paragraph, a line that ends no sentence over a paragraph that opens as a story does (a web
    title of clauses over its lead, `…学生毕业 “新农人”走进田间，年轻人大有可为` / `6月28日，…`), or
    a short line that asks or exclaims whose words come back in the text under it and in none of
    the text above it (`夜市的烟火气从哪里来？`). On a page that prints its headlines after their text
    (`_closes_like_headlines`), such a line closes the text that names its words, before a blank
    line and the next story's text or at the end of the page.

    On a column-wrapped page a sentence that ends a paragraph may stand as a line of its own where
    the wraps rejoined wrong (`……` / `…夜市能否留住烟火气？`), and the key points over a dateline end
    on no stop as such a title does: there only the line that asks or exclaims is asked, where it
    ends on a line that is no full line of the column (`Item.ends_apart`) and so does the paragraph
    above it, or a blank line parts them, so that no wrap can have cut either."""
    result = list(items)
    trailing_page = _closes_like_headlines(items)
    for index, item in enumerate(items):
        if item.role != "para":
            continue
        above = items[index - 1] if index else None
        if above is not None and not _finished_paragraph(above):
            continue
        if wrapped and not (item.ends_apart and (above is None or above.ends_apart or item.blank_before)):
            continue
        below = items[index + 1] if index + 1 < len(items) else None
        calls = _asks_or_exclaims(item) and not _quoted(item.text)
        if below is not None and below.role == "para" and (
                (not wrapped and reads_as_header(item) and (is_dateline_para(below) or opens_like_story(below.text)))
                or (calls and _named_on_one_side(items, index, below=True))
                or (not wrapped and _LABELLED_CALL_RE.match(item.text) and display_width(item.text) <= MAX_HEADING_WIDTH)):
            result[index] = replace(item, role="candidate")
        elif calls and trailing_page and above is not None and (below is None or (below.role == "para" and below.blank_before)) \
                and _named_on_one_side(items, index, below=False):
            result[index] = replace(item, role="candidate")
    return result


def _closes_like_headlines(items: list[Item]) -> bool:
    """A page that opens on text and prints its headlines after their text, parting its stories
    by blank lines: every header line with text after it stands before a blank line and the next
    story's text, and most paragraphs follow the one above with no blank line (where a blank line
    parts every paragraph, one after a question shows no story's end: `如何实现换位思考？`, a
    commentary's section, stands so too)."""
    content = [item for item in items if item.role in ("para", "candidate")]
    if not content or content[0].role != "para":
        return False
    paragraphs = [item for item in content if item.role == "para"]
    if sum(1 for item in paragraphs if item.blank_before) > SPACED_PARAGRAPHS_SHARE * len(paragraphs):
        return False
    closing = [content[position + 1].blank_before > 0 and content[position + 1].role == "para"
               for position in range(len(content) - 1) if content[position].role == "candidate"]
    return bool(closing) and all(closing)


SPACED_PARAGRAPHS_SHARE = 0.5  # stories of two paragraphs or more: at most every other one opens a story


# A column's label in square brackets run onto a title that asks or exclaims, once or more
# (`【两会观察】夜市为何火了？火在哪里？`): the label marks a headline, whatever it ends with.
_LABELLED_CALL_RE = re.compile(rf"^{_BRACKETED_LABEL}[^。【】]+[？！?!][”’」]?$")


def _quoted(text: str) -> bool:
    """A line that is or holds a quotation no headline is: a story opens on a question quoted
    (`“老板，明晚还出摊吗？”`), a sentence that leaves its quotation open goes on under it (`…他在会上
    问：“什么样的干部算好干部？`), and one that closes a quotation opened above it ends a paragraph
    (`…赶在天黑前回家！”`)."""
    return text.startswith("“") or text.count("“") != text.count("”") or open_pair(text)


def _finished_paragraph(item: Item) -> bool:
    """A paragraph that ends its sentence, or is signed at its end (`…掌声。（李明）`)."""
    return item.role == "para" and (ends_sentence(item.text) or (bool(item.byline) and not is_dateline_para(item)))


def _named_on_one_side(items: list[Item], index: int, below: bool) -> bool:
    """Whether two or more of the line's words (no stopwords: `哪里`, `什么` ask in any text) come
    back in the paragraphs on one side of it (`below`, or above), and none in the paragraphs on
    the other (a story's own question, or a line of its text that exclaims, names what the text
    round it tells), and the line is printed again in none of them (a pull quote)."""
    stopwords = words.builtin_stopwords()
    named = {word for word in words.cut(items[index].text) if len(word) >= 2 and has_cjk(word) and word not in stopwords}
    above = _paragraphs_text(items, index - UNDER_PARAGRAPHS, index)
    under = _paragraphs_text(items, index + 1, index + 1 + UNDER_PARAGRAPHS)
    told, other = (under, above) if below else (above, under)
    # A pull quote's words come back round it too: in the sentence it copies.
    return sum(word in told for word in named) >= 2 and not any(word in other for word in named) \
        and letters(items[index].text) not in letters(told)


def _paragraphs_text(items: list[Item], start: int, stop: int) -> str:
    """The text of the paragraphs among items[start:stop]."""
    return "".join(item.text for item in items[max(0, start):stop] if item.role == "para")


def _header_after_blank(above: Item, item: Item) -> bool:
    """On a page whose blank lines part stories, whether `above` and `item` are a header line and
    text or two header lines (see `mark_story_headers`), not the parts of a broken paragraph: a line
    after a blank line that ends no sentence (a web title set as a line of clauses, `…学生毕业
    “新农人”走进田间，年轻人大有可为`) heads the text under it and follows no text above it;
    one right before the blank line, after text, closes that text as its headline (a title
    printed after its story). A line broken off inside a word (`…我还经常组` / `织党员…`) is a
    paragraph's part."""
    header_pair = (above.blank_before and not item.blank_before) or (item.blank_before and reads_as_header(item)) \
        or (item.blank_before and not above.blank_before and reads_as_header(above))
    return bool(header_pair) and not _broken_off(above, item)


def _is_pull_quote(text: str, page_letters: str, copies: Counter) -> bool:
    """The paragraph's words stand inside a longer paragraph of the page (a copy of the
    whole paragraph is a repeat, not a pull quote)."""
    folded = letters(text)
    return len(folded) >= MIN_REPEAT_LETTERS and page_letters.count(folded) > copies[folded]


# ---------------------------------------------------------------- entry points


_LEADING_TAB_RE = re.compile(r"^[ ]*\t[ \t]*", re.MULTILINE)


def bold_lines(items: list[Item], lines: list[LogicalLine], indents: bool) -> list[Item]:
    """Lines set in bold on a page without Markdown headings (`**…**`) are read for what they
    say, as header lines or text, except a bold label over a heading that is not bold
    (`**关键词 获得感**` / `基层党组织统领作用更有力`): bold sets it apart from the heading, so it
    labels a section of the story, with the heading under it, rather than heading a story.
    (Over an indented line of a page that indents its paragraphs, it heads the story that the
    indented section is in.)"""
    result = list(items)
    for index, item in enumerate(items):
        if item.role != "heading":
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and following.role == "candidate" and not (indents and lines[index + 1].indented):
            result[index] = replace(item, role="section")
            result[index + 1] = replace(following, role="section")
        else:
            result[index] = classify_line(item.text, item.blank_before, False)
    return result


def _margin(lines: list[str]) -> int:
    """The indent that every line of the page has (a text view that indents its header lines
    like its paragraphs, or text laid out with a left margin): only an indent some lines lack
    tells paragraphs from headings, so the page is read without it."""
    return min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)


# A table pasted as text (from a spreadsheet or a Word table): cells parted by tabs, a row a
# line (`地区生产总值<TAB>128.6亿元<TAB>6.1%`). Written as the readers write a Word table's
# rows, `| 地区生产总值 | 128.6亿元 | 6.1% |`, it stays in its story's text, never a headline.
_TAB_ROW_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<row>[^\t\n]+\t[^\n]*)$")


def _table_row(match: re.Match) -> str:
    # Tabs that line cells up (two in a row) part no empty cell. A tab inside a line of text
    # (a sentence in a cell) is no row of cells: the line stays as it is.
    return table_row([cell.strip() for cell in match["row"].split("\t") if cell.strip()]) or match.group()


def page_items(source: Source) -> tuple[list[Item], str]:
    """The classified lines of a page and its layout: markdown, leading, trailing or either."""
    # Rows of a table pasted with tabs between its cells become table rows; then full-width
    # spaces and tabs that open a line (an indent typed with the tab key) become two ASCII ones
    # so that indentation survives normalization.
    # Half-width marks become full-width first: where a line ends a sentence decides how wraps rejoin
    # (a line keeps its printed form for measuring its width: `_read_lines`).
    # Fake bold is undone before that: its doubled `((` would come out as `(（`, no longer a pair.
    # A page letter-spaced throughout (`本 报 讯 （ …`) is read without the spacing first: every rule reads words.
    # So is a copy's space about a run of digits (`4 月 30 日`), unless the page was wrapped with it,
    # and a printed document's sheet numbers and running heads go where they broke a paragraph.
    # On a wrapped page whose every line has a blank line under it, those are its line spacing.
    # A text's own spaces about digits, set throughout, go once its wraps are rejoined with them.
    text = without_letter_spacing(source.text)
    text = _LEADING_TAB_RE.sub("  ", _TAB_ROW_RE.sub(_table_row, text).replace("\u3000", "  "))
    raw_lines = without_item_numbers(join_spread_mastheads(normalize_text(text).split("\n")))
    del text
    markdown = any(MD_HEADING_RE.match(line.strip()) and line.strip().lstrip("#").strip() for line in raw_lines
                   if line.strip().startswith("#"))
    lines = _read_lines(raw_lines if markdown else without_auto_spaces(without_sheet_marks(raw_lines)))
    del raw_lines
    column = 0.0 if markdown else column_width(lines)  # measured once: every line's width is read for it
    wrapped = not markdown and looks_wrapped(lines, column)
    if wrapped:
        lines = without_line_spacing(lines)
    indents = not markdown and uses_indents(lines, column)
    logical = without_set_spaces(logical_lines(lines, wrapped, indents, column))
    del lines  # a long page is held once at a time, not as every stage's copy
    items = [classify_line(line.text, line.blank_before, markdown) for line in logical]
    if not markdown:
        items = bold_lines(items, logical, indents)
    items = _layout_roles(items, logical, indents)
    items = [replace(item, blank_joins=line.blank_joins, wraps=line.full and item.role == "candidate",
                     wide=line.wide and item.role == "candidate", ends_apart=line.ends_apart)
             if line.blank_joins or line.full or line.wide or line.ends_apart else item for item, line in zip(items, logical)]
    del logical
    items = headline_on_top(items)
    items = mark_verse(mark_named_lists(mark_contents(mark_lists(items))), markdown)
    # Measured before captions and broken paragraphs are resolved: a header line joined to the
    # text under it would hide the blank line that opened its story.
    blank_parted = not markdown and not wrapped and not indents and blanks_part_stories(items)
    if not markdown:
        items = mark_headlines_set_as_text(items, wrapped)
    items = closing_bylines(resolve_captions(mark_kickers(mark_writers_under_headlines(split_briefs(items, markdown))),
                                             wrapped, blank_parted))
    items = drop_notices(drop_link_list(join_lines_onto_next(drop_repeats(items, text_view=indents))))
    layout = "markdown" if markdown else _header_place(items)
    if layout in ("leading", "markdown"):  # a web page's or Word file's note too (`【编者按】…` under the title)
        items = place_editor_notes(items)
    if layout == "leading" and not wrapped and not indents and blanks_part_stories(items):
        items = mark_story_headers(items)
    return items, layout


# The paper's word on a story (`sentences.EDITOR_NOTE_RE`) is printed above or inside it.
EDITOR_NOTE_LABEL_RE = re.compile(rf"^[【\[]?{EDITOR_NOTE_LABELS}[】\]]?\s*[:：]?$")  # the label alone on its line


def place_editor_notes(items: list[Item]) -> list[Item]:
    """An editor's note is kept with its story but never summarized; one printed above the
    story's header lines goes under them, so it is neither a header line nor the story before's."""
    result: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        after = index + 1
        if item.role == "label" and EDITOR_NOTE_LABEL_RE.match(item.text) and after < len(items) \
                and items[after].role == "para":
            # The label on a line of its own (`【编者按】`) over the note's paragraph: one note.
            item = replace(items[after], text=item.text.strip() + items[after].text, blank_before=item.blank_before)
            after += 1
        elif item.role not in ("candidate", "para") or not EDITOR_NOTE_RE.match(item.text):
            result.append(item)
            index += 1
            continue
        note = replace(item, role="lead", header=False)
        header = after
        while header < len(items) and items[header].role == "label":
            header += 1
        end = header
        while end < len(items) and items[end].role == "candidate":
            end += 1
        # A note right under a headline (a column's `开栏的话`) is already in its story: the lines
        # after it are the story's own section headings.
        if end > header and not (result and result[-1].role == "candidate"):
            # The header lines take the note's place: where blank lines part the stories, the
            # blank line over the note is the one over the story's headline.
            first = items[header]
            result.extend([*items[after:header], replace(first, blank_before=max(first.blank_before, note.blank_before)),
                           *items[header + 1:end]])
            result.append(replace(note, blank_before=0))
            index = end
        else:
            result.append(note)
            index = after
    return result


def _header_place(items: list[Item]) -> str:
    """Where a page prints its headlines: above their bodies (`leading`), after them
    (`trailing`: the page opens with text and ends on a header run), or either (it also opens
    with a header run, as a box label such as 核心阅读 stands above the first body; or it opens
    with a sentence and closes on an item that has no headline after it, a photo with its
    caption or a brief: then the words decide, `assemble.build_either`)."""
    content = [item for item in items if item.role in ("para", "candidate")]
    if len(content) < 2:
        return "leading"
    if content[-1].role != "candidate":
        # (The paper's note over a story, `编者按：…`, stands above the story's header lines.)
        opening = next(item for item in items if item.role in ("para", "candidate", "label"))
        opens_on_text = content[0].role == "para" and ends_sentence(content[0].text) \
            and not (EDITOR_NOTE_RE.match(opening.text) or EDITOR_NOTE_LABEL_RE.match(opening.text))
        return "either" if opens_on_text and any(item.role == "candidate" for item in content) else "leading"
    return "trailing" if content[0].role == "para" else "either"


# A WeChat article's section number on a line of its own over the section's heading (`01`, `PART 02`).
# Zero-padded or labelled: a page's number alone (`3`, `12`) is no section's.
_SECTION_NUMBER_RE = re.compile(r"^(?:(?:PART|Part|part)\s*[.．]?\s*\d{1,2}|0\d)$")


def join_lines_onto_next(items: list[Item]) -> list[Item]:
    """Lines that are part of the line right under them, joined before its text:

    - a section's number alone over the section's heading (`01` / `校企共育 订单培养` →
      `01 校企共育 订单培养`), not a paragraph of the text;
    - a news app's account under a headline, over its line of the date and the place
      (`江州发布` / `2025-03-11 08:30·重庆`): one metadata line with it, naming the outlet.
    """
    result: list[Item] = []
    for item in items:
        if result and not item.blank_before and (_numbers_section(result[-1], item) or _names_account(result, item)):
            above = result.pop()
            item = replace(item, text=f"{above.text.strip()} {item.text}", blank_before=above.blank_before)
        result.append(item)
    return result


def _numbers_section(above: Item, item: Item) -> bool:
    return above.role == "para" and bool(_SECTION_NUMBER_RE.match(above.text.strip())) \
        and item.role in ("candidate", "heading", "section")


def _names_account(result: list[Item], item: Item) -> bool:
    return item.role == "meta" and app_date_line(item.text) and len(result) >= 2 \
        and result[-1].role == "candidate" and result[-2].role == "candidate" and bool(ACCOUNT_NAME_RE.match(result[-1].text))


def drop_link_list(items: list[Item]) -> list[Item]:
    """The titles listed under `往期推荐`, `相关新闻` link to other articles: they are no headlines.

    After the last paragraph (a WeChat article's close) everything under the label is the list
    (read as headlines, the last became the article's title), and so is a run of headlines and
    short titles that ask or exclaim to the page's end (`_listed_title`); further up (views of several
    articles copied into one file) the list is the run of headline-like lines under the label,
    up to a blank line, with no text right under it (a box of 延伸阅读 has a headline and text).
    """
    last_para = max((index for index, item in enumerate(items) if item.role == "para"), default=-1)
    result = list(items)
    for label, item in enumerate(items):
        if item.role != "label" or not LINK_LIST_RE.match(item.text):
            continue
        if label > last_para or all(map(_listed_title, items[label + 1:])):
            return result[:label] + [replace(link, role="label") if link.role in ("candidate", "para") else link
                                     for link in items[label:]]
        end = label + 1
        while end < len(items) and items[end].role == "candidate" and (end == label + 1 or not items[end].blank_before):
            end += 1
        if end > label + 1 and (end == len(items) or items[end].blank_before):
            result[label + 1:end] = [replace(link, role="label") for link in items[label + 1:end]]
    return result


def _listed_title(item: Item) -> bool:
    """A line of a list of other stories: a headline, or a short line with no full stop, as a
    WeChat title that exclaims is (`江州这个村，入选全国名单！`); no sentence of text."""
    return item.role not in ("para", "caption", "meta", "byline") or (
        display_width(item.text) <= MAX_HEADING_WIDTH and "。" not in item.text)


def drop_notices(items: list[Item]) -> list[Item]:
    """A site's legal notice (`反侵权公告：`, `版权声明`) runs from its label to the next headline:
    its clauses are no part of the article above it."""
    result: list[Item] = []
    in_notice = False
    for item in items:
        if item.role == "label" and NOTICE_RE.match(item.text):
            in_notice = True
        elif item.role in ("heading", "page") or (item.role == "candidate" and not (
                ENUMERATED_HEADING_RE.match(item.text) or item.text.endswith(("：", ":")))):
            in_notice = False  # the notice's own clauses (`三、…：`) are no headlines
        result.append(replace(item, role="label", byline=None) if in_notice and item.role != "label" else item)
    return result


def without_item_numbers(lines: list[str]) -> list[str]:
    """A roundup's items numbered on lines of their own (`01` over each item's headline, as a
    WeChat post sets them), two or more in order from one: the numbers go, so that each item
    opens as a story does. A blank line parts the items, and the headline stands under its
    number (short, no stop). Whether the items are stories or a feature's parts is the
    assembler's to tell (parts set with no blank line before them, `1` / `盼从填表报数中抽身` / its
    text, keep their numbers); a page's number in a copied document, inside running text, stays."""
    numbered: list[list[int]] = []  # each number's line, and the blank line under it
    for index, line in enumerate(lines):
        match = _ITEM_NUMBER_RE.match(line)
        if not match or int(match["number"]) != len(numbered) + 1 or (index and lines[index - 1].strip()):
            continue
        # On a page with a blank line under every line (a Word file's paragraphs), one stands
        # between the number and its headline too.
        under = index + 1 if index + 1 < len(lines) and lines[index + 1].strip() else index + 2
        below = lines[under].strip() if under < len(lines) else ""
        if below and not ends_sentence(below) and len(letters(below)) <= MAX_ITEM_HEADLINE_LETTERS:
            numbered.append(list(range(index, under)))
    if len(numbered) < 2:
        return lines
    # The number goes as if never printed: the blank lines around it stay as they part the items.
    dropped = {place for places in numbered for place in places}
    return [line for index, line in enumerate(lines) if index not in dropped]


_ITEM_NUMBER_RE = re.compile(r"^\s*(?:NO\.?\s*)?(?P<number>0?[1-9]|[1-9]\d)\s*$", re.IGNORECASE)
MAX_ITEM_HEADLINE_LETTERS = 40


def _read_lines(raws: list[str]) -> list[str]:
    """The page's lines with fake bold undone and marks made full-width, without the indent every
    line has (`_margin`); a line whose marks changed keeps its printed form (`PrintedLine`). The
    printed form is held only for such lines: a long page is held once, not twice."""
    read_lines: list[tuple[str, str | None]] = []
    for raw in raws:
        undone = undouble(raw)
        read, printed = _keep_indent(raw, fix_punctuation(undone)), _keep_indent(raw, undone)
        read_lines.append((read, None if printed == read else printed))
    margin = _margin([read for read, _ in read_lines])
    return [read[margin:] if printed is None else PrintedLine(read[margin:], printed[margin:])
            for read, printed in read_lines]


def _keep_indent(raw: str, line: str) -> str:
    stripped = line.lstrip()
    return raw[:len(raw) - len(raw.lstrip())] + stripped if stripped else ""


def _layout_roles(items: list[Item], logical: list[LogicalLine], indents: bool) -> list[Item]:
    """Each line's role as its layout tells (`_layout_role`), in order: a line's place under a header line counts."""
    result: list[Item] = []
    for item, line in zip(items, logical):
        under_header = bool(result) and result[-1].role == "candidate" and result[-1].header
        result.append(_layout_role(item, line, indents, under_header))
    return result


def _layout_role(item: Item, line: LogicalLine, indents: bool, under_header: bool = False) -> Item:
    """What the layout tells overrules what the words suggest.

    A line wider than the column of a column-wrapped page is a headline set across columns.
    On a page that indents its paragraphs, unindented lines are header lines (引题, 主题, 副题, column tags); indented short lines are
    section headings inside the article, never headlines.
    """
    if line.wide and item.role == "para" and not is_dateline_para(item) and not ends_sentence(item.text) \
            and display_width(item.text) <= 2 * MAX_HEADING_WIDTH:
        return replace(item, role="candidate", text=undouble(item.text))
    if not indents:
        return item
    if line.centred and item.role in ("candidate", "byline", "header_byline"):
        return item  # set in the middle, as headlines and their bylines are: the words decide
    if line.indented and item.role == "candidate":
        return replace(item, role="section")
    if line.indented and ((item.role == "byline" and under_header) or (item.role == "credit" and item.byline)):
        # `　　记者 赵敏` right under the headline: the story's byline, indented as its text is; so
        # is a photo's credit (`　　记者 孙磊 摄`) under its caption.
        return item
    if line.indented and item.role in ("byline", "credit", "header_byline", "caption"):
        # Credits printed as paragraphs (采访整理：…, 版式设计：…) are part of the article as the paper gives it.
        return replace(item, role="note", text=line.text)
    long_byline = item.role == "byline" and len(re.findall(f"[{CJK}]", line.text)) >= 12 and " " not in line.text.strip()
    # A line marked as running on from or to another page (`（上接第1版）…`, `…（下转第3版）`) is text, however it is set.
    if not line.indented and (item.role in ("candidate", "para") or long_byline) and not is_dateline_para(item) \
            and not CONTINUED_RE.search(line.text) and not _reads_as_paragraph(item.text):
        bold = BOLD_LINE_RE.match(line.text)
        text = HEADER_BULLET_RE.sub(r"\1", bold.group(2).strip() if bold else line.text)  # `■——副题` is a subtitle
        text = form_header(text) or text  # a form's field without its label (`【标题】…`)
        return replace(item, role="candidate", text=fix_punctuation(undouble(text)), header=True)
    return item


# A paragraph's last sentence and its reporters' signature (`…补植苗木1.2万株。（记者 周敏）`).
_SIGNED_END_RE = re.compile(rf"(?<=[。！？”])\s*{REPORTERS_BRACKET}$")
# A sentence's end with more text after it on the line.
_INNER_SENTENCE_END_RE = re.compile(r"[。！？!?][”’」』）)]*(?=[^\s。！？!?”’」』）)])")


def _reads_as_paragraph(text: str) -> bool:
    """Whether the line ends on a stop after another sentence or after more than a heading's
    width: a paragraph set without an indent (an article copied from an app among views that
    indent), never a header line. A brief's closing reporters (`…补植苗木1.2万株。（记者 周敏）`)
    stand after its stop."""
    text = _SIGNED_END_RE.sub("", text)
    return ends_sentence(text) and (display_width(text) > MAX_HEADING_WIDTH or bool(_INNER_SENTENCE_END_RE.search(text)))


def closing_bylines(items: list[Item]) -> list[Item]:
    """The lines that close a story's text as the paper prints it, after its last paragraph: a
    bracketed byline (`（本报记者 张三、李四）`) and production credits (`采访整理：…`, `图表设计：…`).
    They become notes, kept in the article's text (not its body), a byline still given.

    The editor's line (`（编辑:文静）`, `责任编辑：…`) is the site's or the paper's, not the story's.
    """
    result: list[Item] = []
    closing = False  # the line before was the story's last paragraph or one of its closing lines
    for item in items:
        if closing and _closes_story(item):
            item = replace(item, role="note")
        else:
            closing = item.role == "para"
        result.append(item)
    return result


def _closes_story(item: Item) -> bool:
    return item.role in ("byline", "credit", "candidate") and not EDITOR_LINE_RE.match(item.text) and (
        (item.role == "byline" and bool(PAREN_BYLINE_RE.match(item.text)) and not is_editor_credit(item.text))
        or bool(PRODUCTION_CREDIT_RE.match(item.text)))


def blanks_part_stories(items: list[Item]) -> bool:
    """A page whose paragraphs follow each other line by line, with a blank line only before a
    header line (text copied out of an e-paper view without its indents): blank lines part stories.

    Header lines with blank lines before and after them (headings set apart from their text),
    or blank lines between paragraphs, say the blanks are spacing, not story breaks.
    """
    paragraphs = [item for item in items if item.role == "para"]
    if len(paragraphs) < BLANK_PARTED_MIN_PARAGRAPHS:
        return False
    spaced = sum(1 for item in paragraphs if item.blank_before)
    if spaced > BLANK_PARTED_SPACED_SHARE * len(paragraphs):
        return False
    first = _first_content(items)
    opened = [index for index, item in enumerate(items) if index > first and item.blank_before]
    set_apart = sum(1 for index in opened if index + 1 < len(items) and items[index + 1].blank_before
                    and items[index].role in ("candidate", "heading"))
    return bool(opened) and set_apart <= BLANK_PARTED_SET_APART_SHARE * len(opened)


BLANK_PARTED_MIN_PARAGRAPHS = 6
BLANK_PARTED_SPACED_SHARE = 0.2  # a paragraph or two after a picture hole, never most of them
BLANK_PARTED_SET_APART_SHARE = 0.25  # a header line alone between blanks (a picture's title) now and then


def mark_story_headers(items: list[Item]) -> list[Item]:
    """On a page whose blank lines part stories, the lines after a blank line up to the first
    that reads as text are header lines (引题, 主题, 副题: a punctuated kicker too), and a short
    line inside a story is a section heading or a closing credit, never a headline."""
    result: list[Item] = []
    in_header = True  # the page opens on a story's header
    in_briefs = False  # under a briefs column's label, up to the next blank line
    for index, item in enumerate(items):
        # A paragraph signed at its end (`…5000余份。（记者 胡婷）`) closes its story: a brief's,
        # and the next brief's headline follows with no blank line; so does a bulleted headline
        # under a briefs column's label (`简讯`), signed or not.
        in_briefs = in_briefs and not item.blank_before
        signed = bool(result) and result[-1].role == "para" and bool(result[-1].byline) and not is_dateline_para(result[-1])
        brief = in_briefs and item.role == "candidate" and bool(BULLET_OPENING_RE.match(item.text))
        in_header = in_header or bool(item.blank_before) or signed or brief
        if item.role == "label":
            in_briefs = bool(ROUNDUP_LABEL_RE.search(item.text))
            result.append(item)  # a column's label (`简讯`) stands over the header that follows
            continue
        runs_on = bool(result) and result[-1].header and result[-1].text.endswith("——")
        under = result[-1].text if in_header and result and result[-1].header else ""
        if (under.startswith("——") and item.text.endswith("——")) or (
                COLUMN_TAG_RE.search(under) and not item.text.startswith("——") and "，" in item.text):
            # A kicker runs into its title with a dash, but none follows a subtitle: a line ending
            # in a dash under the subtitle is the story's first line leading into its text
            # (`城南的法治建设，终于等来了这关键的一步——` / `2020年5月28日下午，江州，区人大会议厅。`).
            # Under a title closed by its column tag only a subtitle stands: a line of clauses
            # there is a key point printed over the text (`9000多件…的来信，在受理满3个月内作出答复`).
            in_header = False
            result.append(replace(item, role="para", header=False))
            continue
        if in_header and _bracketed_phrase_in_story(result, item, items[index + 1] if index + 1 < len(items) else None):
            # A feature's section heading (`【车间就是课堂】`) or a broadcast's segment title (`【数说江州】`):
            # the blank line does not tell which, so the text does, as where no blank line parts stories.
            in_header = False
            result.append(item)
            continue
        if in_header and (reads_as_header(item) or (runs_on and display_width(item.text) <= MAX_HEADING_WIDTH)
                          or (item.blank_before and _asks_or_exclaims(item))):
            # A kicker ending in a dash runs into its title, whatever the title ends with (`亮点在哪里？`);
            # the first line after the blank line may ask or exclaim as a headline does.
            item = replace(item, role="candidate", text=undouble(item.text), header=True)
        else:
            in_header = False
            if item.role == "candidate":
                item = replace(item, role="section")
        result.append(item)
    return result


def _bracketed_phrase_in_story(result: list[Item], item: Item, following: Item | None) -> bool:
    """A short phrase in square brackets after a blank line (`【车间就是课堂】`), inside a story that
    has text, over text that does not open as a story does (`近日，`, a dateline). A bracketed
    headline of a news story is longer (`【区教育局召开全区教育工作会议】`)."""
    if item.role != "candidate" or not _BRACKETED_PHRASE_RE.match(item.text.strip()) or following is None \
            or following.role != "para" or following.blank_before or is_dateline_para(following) \
            or opens_like_story(following.text):
        return False
    for above in reversed(result):  # the story above has text of its own since its header
        if above.role == "para":
            return True
        if above.header:
            return False
    return False


_BRACKETED_PHRASE_RE = re.compile(r"^【[^【】，。；！？,;!?]{2,10}】$")


def headline_on_top(items: list[Item]) -> list[Item]:
    """A file that opens on a short line that asks or exclaims (`江州区这个村，火了！`) over longer
    text opens on its headline, as a post copied whole from an app does: the stop that ends it
    is a headline's call, not a sentence's end. A quotation (`“…！”`) opens a feature's text."""
    first = _first_content(items)
    if first == len(items) or not _asks_or_exclaims(items[first]) or items[first].text.startswith(("“", "‘", "「", "\"")):
        return items
    following = next((item for item in items[first + 1:] if item.role in ("para", "candidate", "heading")), None)
    if following is not None and following.role == "para" and len(following.text) > len(items[first].text):
        return [*items[:first], replace(items[first], role="candidate"), *items[first + 1:]]
    return items


def _asks_or_exclaims(item: Item) -> bool:
    """A paragraph that asks or exclaims as a headline may (`asks_or_exclaims`)."""
    return item.role == "para" and not is_dateline_para(item) and asks_or_exclaims(item.text)


BUILDERS = {
    "markdown": lambda items, source: build_markdown(items, source.single_article),
    "leading": lambda items, source: build_leading(items),
    "trailing": lambda items, source: build_trailing(items),
    "either": lambda items, source: build_either(items),
}


def split_articles(source: Source) -> list[Article]:
    """Cut one source page into its articles, in page order."""
    items, layout = page_items(source)
    drafts = [draft for page, facts in edition_pages(items, (source.date, source.page))
              for draft in _on_page(_roundup_name_apart(BUILDERS[layout](page, source)), facts)]
    del items
    stem = Path(source.path).stem
    articles: list[Article] = []
    seen: dict[str, int] = {}
    drafts.reverse()
    while drafts:  # each draft is let go once its article is made
        article = finish_draft(drafts.pop(), source, stem, len(articles))
        if article is None:
            continue
        seen[article.id] = seen.get(article.id, 0) + 1
        if seen[article.id] > 1:  # one headline twice on a page (图片新闻): the second gets a number
            article = replace(article, id=f"{article.id}-{seen[article.id]}")
        articles.append(article)
    return mark_run_ons(source.text, articles)


def edition_pages(items: list[Item], first: tuple[str | None, str | None]) -> list[tuple[list[Item], tuple[str | None, str, str | None] | None]]:
    """The pages of an edition copied into one file, each with what its masthead line says
    (date, page, paper), or the page an article view's path names (`当前位置：首页 > 第A02版：综合新闻`,
    views copied one under another); the first page's (`first`: date, page) was read with the
    file's top lines. A masthead that names the page it stands on is a running head, no new page."""
    pages: list[tuple[list[Item], tuple[str | None, str, str | None] | None]] = [([], None)]
    current = first
    for item in items:
        facts = masthead_line(item.text) if item.role == "masthead" else path_page(item.text) if item.role == "label" else None
        if facts and facts[:2] != current:
            pages.append(([], facts))
            current = facts[:2]
        elif not facts:
            pages[-1][0].append(item)
    return [(page, facts) for page, facts in pages if page]


def _on_page(drafts: list[Draft], facts: tuple[str | None, str, str | None] | None) -> list[Draft]:
    """The stories of one page of an edition: its page number, and its date and paper unless their own lines say."""
    if facts:
        date, page, paper = facts
        for draft in drafts:
            draft.page = draft.page or page
            if draft.facts is None and (date or paper):  # a view's path names the page only: the file's facts stand
                draft.facts = LineFacts(date, paper, None)
    return drafts


RUN_ON_BESIDE = 8  # letters next to a run-on mark that tell whose text it stands in
RUN_ON_REACH = 80  # how far from its story's end (or start) a `下转` (or `上接`) mark may stand: captions may follow


def mark_run_ons(text: str, articles: list[Article]) -> list[Article]:
    """Give each article the pages its page says it runs on to or from (`（下转第3版）` after its
    last words, `（上接第1版）` before its first), found by the letters beside each mark."""
    marks = [(match, run_on(match)) for match in CONTINUED_RE.finditer(text)]
    if not any(mark for _, mark in marks):
        return articles
    text = fold_radicals(text)  # as the articles' text is (a PDF's Kangxi radicals)
    folded = [letters(article.text) for article in articles]
    pages: dict[int, dict[str, str]] = {}
    for match, mark in marks:
        if mark is None:
            continue
        if mark.way == "to":
            beside = letters(text[max(0, match.start() - RUN_ON_BESIDE * 8):match.start()])[-RUN_ON_BESIDE:]
            owner = next((i for i, letters_of in enumerate(folded)
                          if beside and beside in letters_of[-RUN_ON_REACH:]), None)
        else:
            beside = letters(text[match.end():match.end() + RUN_ON_BESIDE * 8])[:RUN_ON_BESIDE]
            owner = next((i for i, letters_of in enumerate(folded)
                          if beside and beside in letters_of[:RUN_ON_REACH]), None)
        if owner is not None:
            pages.setdefault(owner, {})[mark.way] = _other_page(mark.page, articles[owner].page)
    return [replace(article, runs_to=pages[i].get("to"), runs_from=pages[i].get("from")) if i in pages else article
            for i, article in enumerate(articles)]


def _other_page(page: str, own: str | None) -> str:
    """The page a mark names; one counted from the story's own (`接上页`) needs that page's number."""
    if page[0] not in "+-":
        return page
    return str(int(own) + int(page)) if own and own.isdigit() else "?"


