"""A web page that a browser printed to PDF ("Save as PDF"), made a web page again.

Read by its layout, such a printout is no newspaper page: the site's menus, lists of other
stories and footer would each become an article. The browser marks the printout itself: the
time and the page's title atop each sheet, its address and the sheet's number at each foot
(`pdf.print_margins`); and the PDF keeps the page's links. Where a printout shows it came
from a web page, its sheets are set out again as HTML (the title, each paragraph, the text
under a link as a link), and the web reader finds the story in it as in a saved page.

An e-paper page printed from a browser carries the same header and footer: it is read by its
layout unless it is a web page's (its links kept, or its title, atop each sheet, its headline).
"""
from __future__ import annotations

import html
import itertools
import unicodedata
from collections import Counter

from .clean import ends_sentence, fold_radicals, letters
from .pdf import (HEADLINE_RATIO, LINE_GAP_EMS, PRINT_HEADER_RE, Block, Line, Link, PageLayout, body_size,
                  chars_to_lines, lines_to_blocks, print_margins, readable_chars, without_print_margins)

MIN_LINKS = 3  # a page's links kept in the PDF: menus and lists of stories have many; a newspaper page none
MIN_TITLE_LETTERS = 6  # letters of a headline that the browser's title must hold
WEB_MEASURE_EMS = 25  # a web page's text runs this many of its letters wide or more; a newspaper's columns less
NAMED_HEADLINE_RATIO = 1.1  # a headline the title names is set at least this much larger than the text
SAME_SIZE_SHARE = 0.9  # a headline printed again is set at least this large
NAMED_LINE_SHARE = 0.5  # a line in a block is the headline the title names where it holds this share of the title's letters
HEADING_RATIO = 1.2  # a heading's type, unnamed, is this much larger than the text's or more
TEXT_SIZE_TOLERANCE = 0.1  # text set within this share of the text's size is the text's
HEADLINE_SHEETS = 2  # a story's headline stands on the first sheets of its printout
MEASURED_BLOCKS = 8  # the text blocks under a headline that tell the story's column
INDENT_EMS = 1.2  # a line set in this far from its block's edge opens a paragraph
SHORT_LINE_EMS = 1.5  # a line ending this far short of its block's edge ends its paragraph
STORY_TEXT_LETTERS = 60  # a block of sentences this long has begun the story; a date, source and share line are shorter
SENTENCE_ENDS = "。！？"  # the story's text ends sentences; an author's panel or a menu does not
LINE_SPACING_TOLERANCE_EMS = 0.3  # lines of one paragraph stand this much further apart than most at most
MAX_LINE_SPACING_EMS = 1.6  # wider spacing than this parts paragraphs, not lines (`line-height` up to 2.6)


def printed_web_page(pages: list[PageLayout]) -> str | None:
    """The HTML of the web page that a browser printed to these sheets; None for any other PDF."""
    # Asked of every PDF: the first sheet with text tells, before the others are read.
    sheets: list[list[dict]] = []
    for chars in map(readable_chars, (page.chars for page in pages)):
        sheets.append(chars)
        if chars:
            break
    header, footer = print_margins(sheets[-1] if sheets else [])
    if header is None or footer is None:
        return None
    sheets += [readable_chars(page.chars) for page in pages[len(sheets):]]
    title = fold_radicals(PRINT_HEADER_RE.sub("", header, count=1)).strip()
    lines = [chars_to_lines(without_print_margins(chars), page.rules) for page, chars in zip(pages, sheets)]
    line_gap = _line_gap(lines)
    blocks = [block for index, sheet in enumerate(lines) for block in lines_to_blocks(sheet, index, line_gap)]
    if not blocks:
        return None
    blocks = _named_lines_apart(blocks, letters(title))
    links = [[link for link in page.links if link.uri] for page in pages]
    body = body_size(blocks)
    named = _headline_named(blocks, title, body)
    if sum(map(len, links)) < MIN_LINKS and named is None:
        return None
    blocks.sort(key=lambda block: (block.page, block.top, block.x0))
    # Some sites set the headline no larger than the text: named by the title, it still heads the story.
    headline = named or _headline_named(blocks, title, body, 1 - TEXT_SIZE_TOLERANCE) or _largest_heading(blocks, links, body)
    return _page_html(title, blocks, headline, _story_column(blocks, headline, links, body), links, body)


def _line_gap(sheets: list[list[Line]]) -> float:
    """How far apart, in letters' heights, a block's lines may stand: as on a newspaper page,
    unless the page sets its text with wider line spacing (`line-height: 2`, common on Chinese
    sites), where each line would otherwise be a paragraph of its own. The spacing is the room
    most of the text's letters have under their line, before the next line of the column."""
    room: Counter = Counter()
    for sheet in sheets:
        by_top = sorted(sheet, key=lambda line: line.top)
        for index, line in enumerate(by_top):
            below = next((other for other in itertools.islice(by_top, index + 1, None)
                          if other.top > line.bottom - line.size * 0.2 and abs(other.x0 - line.x0) < line.size * 2.5
                          and abs(other.size - line.size) <= line.size * 0.1 and other.x0 < line.x1 and line.x0 < other.x1),
                         None)
            if below is not None:
                room[round((below.top - line.bottom) / line.size, 1)] += len(line.text)
    spacing = max(room, key=room.get, default=0.0)
    return max(LINE_GAP_EMS, spacing + LINE_SPACING_TOLERANCE_EMS) if spacing <= MAX_LINE_SPACING_EMS else LINE_GAP_EMS


def _named_lines_apart(blocks: list[Block], title: str) -> list[Block]:
    """Each run of lines that the browser's title names (a headline, wrapped or not), set in a
    block with other lines, as a block of its own: a headline at the text's size stacks as
    closely as the lines around it (a QR code's caption over it, a date line under it)."""
    parted = []
    for block in blocks:
        cuts = {0, len(block.lines)}
        index = 0
        while len(block.lines) > 1 and index < len(block.lines):
            run = index
            while run < len(block.lines) and letters(block.lines[run].text) \
                    and letters(fold_radicals("".join(line.text for line in block.lines[index: run + 1]))) in title:
                run += 1
            named = letters("".join(line.text for line in block.lines[index:run]))
            if len(named) >= max(MIN_TITLE_LETTERS, len(title) * NAMED_LINE_SHARE):
                cuts |= {index, run}
            index = max(run, index + 1)
        cuts = sorted(cuts)
        parted += [Block(block.lines[begin:end], block.page) for begin, end in zip(cuts, cuts[1:])]
    return parted


def _text_under(block: Block, blocks: list[Block], body: float) -> list[Block]:
    """The text blocks set under `block` and across its width, on its sheet and after."""
    return [other for other in blocks if (other.page, other.top) > (block.page, block.bottom)
            and _text_sized(other, body) and other.overlap(block) > 0]


def _text_sized(block: Block, body: float) -> bool:
    return abs(block.size - body) <= body * TEXT_SIZE_TOLERANCE


def _headline_named(blocks: list[Block], title: str, body: float, ratio: float = NAMED_HEADLINE_RATIO) -> Block | None:
    """The story's headline as the browser's title names it (`headline_site`, `site-headline`):
    the first block set `ratio` times the text's size or larger whose letters the title holds,
    over text that runs a web page's width (a site's menus can fill the first sheet). None where
    no such block stands."""
    folded = letters(title)
    candidates = [block for block in blocks if block.size >= body * ratio
                  and len(letters(block.text)) >= MIN_TITLE_LETTERS and letters(fold_radicals(block.text)) in folded]
    candidates.sort(key=lambda block: (block.page, block.top))
    for block in candidates:
        under = _text_under(block, blocks, body)
        widths = sorted((line.x1 - line.x0) / line.size for other in under for line in other.lines)
        if widths and widths[len(widths) * 3 // 4] >= WEB_MEASURE_EMS:
            # A site that pins the headline atop the page as well, over its menus printed open,
            # prints it again over the text: the copy nearest the text heads the story.
            text = next((other for other in under if _story_text(other, body)), block)
            again = [other for other in candidates if other.text == block.text and other.size >= block.size * SAME_SIZE_SHARE
                     and (block.page, block.top) < (other.page, other.top) < (text.page, text.top)]
            return again[-1] if again else block
    return None


def _largest_heading(blocks: list[Block], links: list[list[Link]], body: float) -> Block | None:
    """Where the browser's title names no headline (a site's name, or none): the largest type on
    the first sheets that is no link, over text."""
    candidates = [block for block in blocks if block.page < blocks[0].page + HEADLINE_SHEETS and block.size >= body * HEADING_RATIO
                  and len(letters(block.text)) >= MIN_TITLE_LETTERS and _text_under(block, blocks, body)
                  and not any(_link_of(line, links[block.page]) for line in block.lines)]
    return max(candidates, key=lambda block: block.size, default=None)


def _story_column(blocks: list[Block], headline: Block | None, links: list[list[Link]], body: float) -> tuple[float, float]:
    """How far across the sheet the story runs: the text under its headline; with no headline
    found, the column that holds the most text under no link."""
    if headline is not None:
        # Paragraphs tell the column: not a line or two beside them (the date, a share button),
        # nor a menu's links (they can fill the rest of the headline's sheet).
        under = [block for block in _text_under(headline, blocks, body) if len(block.lines) >= 2
                 and sum(bool(_link_of(line, links[block.page])) for line in block.lines) <= len(block.lines) / 2]
        if under:
            return min(block.x0 for block in under[:MEASURED_BLOCKS]), max(block.x1 for block in under[:MEASURED_BLOCKS])
    def edge(block: Block) -> int:
        return round(block.x0 / (body * 2))  # left edges two letters apart or less are one column's

    plain_letters: Counter = Counter()
    for block in blocks:
        if _text_sized(block, body):
            plain_letters[edge(block)] += sum(len(line.text) for line in block.lines if not _link_of(line, links[block.page]))
    column = [block for block in blocks if edge(block) == max(plain_letters, key=plain_letters.get)] if plain_letters else blocks
    return min(block.x0 for block in column), max(block.x1 for block in column)


def _story_text(block: Block, body: float) -> bool:
    """A block of sentences at the text's size, as a story's paragraphs are; not a date, source,
    share line, author's panel or menu."""
    return _text_sized(block, body) and len(letters(block.text)) >= STORY_TEXT_LETTERS \
        and any(mark in block.text for mark in SENTENCE_ENDS)


def _links_block(block: Block, links: list[list[Link]]) -> bool:
    """Most of the block's lines are links: a list of stories, a menu, tags, a share bar."""
    return sum(bool(_link_of(line, links[block.page])) for line in block.lines) > len(block.lines) / 2


def _leads_away(block: Block, links: list[list[Link]]) -> bool:
    """A line of the block links to another page, not to a script."""
    return any(not link.uri.lower().startswith("javascript:")
               for link in filter(None, (_link_of(line, links[block.page]) for line in block.lines)))


def _links_apart(blocks: list[Block], links: list[list[Link]]) -> list[Block]:
    """Each block whose last lines are mostly links under lines of text (a footer's links set
    tight under the story's last paragraph) as two: the text, and the links."""
    parted = []
    for block in blocks:
        linked = [bool(_link_of(line, links[block.page])) for line in block.lines]
        start = next((index for index in range(1, len(linked) - 1) if linked[index] and not linked[index - 1]
                      and sum(linked[index:]) > (len(linked) - index) / 2), None)
        if start is None:
            parted.append(block)
        else:
            parted += [Block(block.lines[:start], block.page), Block(block.lines[start:], block.page)]
    return parted


def _story_end(story: list[Block], links: list[list[Link]], body: float) -> int:
    """Where the story's column stops holding the story: at the first list of links under its
    text (related stories, the latest news, tags, a share bar's links): a block of link lines,
    two link blocks in a row or a heading over one, a link of them leading to another page (a
    script's links are buttons: print, close, vote). What follows (readers' comments, pictures
    of other stories, the site's footer) belongs to the page, not the story. The story's text
    must have begun: the links between a headline and its text (a source, share buttons) end
    nothing."""
    listed = [_links_block(block, links) for block in story] + [False]
    begun = False
    for index, block in enumerate(story):
        here, next_list = listed[index], listed[index + 1]
        opens_list = here and (len(block.lines) >= 2 or next_list) or next_list and block.size >= body * HEADING_RATIO
        if begun and opens_list and any(_leads_away(part, links) for part, is_list
                                        in zip(story[index: index + 2], (here, next_list)) if is_list):
            return index
        begun = begun or (_story_text(block, body) and not here)
    return len(story)


def _paragraphs(block: Block, right: float = 0.0) -> list[list[Line]]:
    """A block's paragraphs: a line set in opens one, a line ending short of the column's right
    edge (`right`, where it stands further right than the block's) closes one."""
    right = max(right, block.x1)
    paragraphs: list[list[Line]] = [[]]
    for line in block.lines:
        indented = line.x0 - block.x0 >= line.size * INDENT_EMS
        if paragraphs[-1] and indented:
            paragraphs.append([])
        paragraphs[-1].append(line)
        if right - line.x1 >= line.size * SHORT_LINE_EMS:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


def _link_of(line: Line, links: list[Link]) -> Link | None:
    """The link under most of the line's width: a menu's line sets several links side by side."""
    middle = (line.top + line.bottom) / 2
    under = [link for link in links if link.top <= middle <= link.bottom and link.x0 < line.x1 and link.x1 > line.x0]
    covered = sum(min(link.x1, line.x1) - max(link.x0, line.x0) for link in under)
    return max(under, key=lambda link: link.x1 - link.x0) if under and covered >= (line.x1 - line.x0) / 2 else None


def _page_html(title: str, blocks: list[Block], headline: Block | None, column: tuple[float, float],
               links: list[list[Link]], body: float) -> str:
    """The sheets as a web page: the story's column as an <article> (what stands above its
    headline as a <nav>, its headline and what stands over its text as the article's <header>),
    the rest (sidebars, the site's menus set beside it) as <aside>s, as the web reader expects
    of a page."""
    left, right = column

    def in_column(block: Block) -> bool:
        return left - block.size <= block.x0 and block.x1 <= right + block.size

    inside = [block for block in blocks if in_column(block)]
    above = [block for block in inside if headline is not None and (block.page, block.top) < (headline.page, headline.top)]
    story = inside[len(above):]  # the blocks come in reading order (`printed_web_page`): those above lead
    # What follows the story in its column is left out of the page: set as an aside or a footer,
    # it was read for the story wherever the story was the shorter text.
    story = _links_apart(story, links)
    story = story[:_story_end(story, links, body)]
    # The headline, date line and tools over the text are the story's header: a share bar's
    # `评论` there is no comments section that the rest of the story would be taken for.
    lead = next((index for index, block in enumerate(story) if block is not headline and _text_sized(block, body)
                 and (_story_text(block, body) or ends_sentence(block.text))), 0) if headline is not None else 0
    aside = [block for block in blocks if not in_column(block)]
    return (f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>'
            f'<nav>{_blocks_html(above, headline, links, body)}</nav>'
            f'<article><header>{_blocks_html(story[:lead], headline, links, body, right)}</header>'
            f'{_blocks_html(story[lead:], headline, links, body)}</article>'
            f'{"".join(f"<aside>{_blocks_html([block], headline, links, body)}</aside>" for block in aside)}'
            f'</body></html>')


def _blocks_html(blocks: list[Block], headline: Block | None, links: list[list[Link]], body: float,
                 right: float = 0.0) -> str:
    parts = []
    for index, block in enumerate(blocks):
        if block is headline or block.size >= body * HEADLINE_RATIO:
            tag = "h1" if block is headline else "h2"
            parts.append(f"<{tag}>{html.escape(fold_radicals(block.text))}</{tag}>")
            continue
        goes_on = index > 0 and _runs_over_sheet(blocks[index - 1], block, body) and parts[-1].startswith("<p>")
        for number, paragraph in enumerate(_paragraphs(block, right)):
            text = _paragraph_html(paragraph, links[block.page])
            if number == 0 and goes_on:
                parts[-1] = parts[-1].removesuffix("</p>") + text + "</p>"
            else:
                parts.append(f"<p>{text}</p>")
    return "".join(parts)


def _runs_over_sheet(before: Block, block: Block, body: float) -> bool:
    """`block`, atop a sheet, goes on with the paragraph that `before` left at the foot of the
    sheet before in a full line, in the same column."""
    last, first = before.lines[-1], block.lines[0]
    return before.page < block.page and _text_sized(before, body) and _text_sized(block, body) \
        and before.x1 - last.x1 < last.size * SHORT_LINE_EMS and abs(first.x0 - before.x0) < first.size * 0.5


def _paragraph_html(lines: list[Line], links: list[Link]) -> str:
    """A paragraph's text, the lines under one link (a story's headline wrapped in a list) as one link."""
    parts = []
    for uri, run in itertools.groupby(lines, key=lambda line: getattr(_link_of(line, links), "uri", None)):
        text = html.escape(fold_radicals(unicodedata.normalize("NFC", "".join(line.text for line in run))))
        parts.append(f'<a href="{html.escape(uri, quote=True)}">{text}</a>' if uri else text)
    return "".join(parts)
