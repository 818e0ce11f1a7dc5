"""Read input files into Sources: find the files, decode them, and pick a reader by suffix."""
from __future__ import annotations

import codecs
import io
import os
import re
import stat
import unicodedata
import warnings
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Callable, NamedTuple

from .clean import ends_sentence, has_cjk, letters
from .dates import (EMPTY_FIELD_RE, ISSUE_LINE_RE, date_from_name, find_date, front_matter, full_dates, metadata_line,
                    top_facts)
from .errors import InputError, printable_path
from .models import Skipped, Source
from .roles import (BOLD_LINE_RE, DATELINE_RE, DOCUMENT_NUMBER, EDITOR_WORDS, ENUMERATED_HEADING_RE, classify_line, form_row,
                    table_row)
from .sentences import is_caption
from .webpage import (
    MIN_STORY_LETTERS,
    OPENING_KEY_LETTERS,
    PageFacts,
    byline_block,
    choose_headline,
    dateline_above,
    dateline_outlet,
    editor_names,
    foot_byline,
    is_player_line,
    issuing_body,
    labelled_source,
    lines_under_story,
    marked_paragraphs,
    out_of_table_cell,
    outlet_name,
    page_byline,
    page_facts,
    paragraphs_from_layout_tables,
    split_trailer,
    story_opening,
    without_comments,
    wechat_date,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Magic numbers of formats people mistake for text: named in the skip message.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive (or an Office file)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office (.doc/.xls) file",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}


class Decoded(NamedTuple):
    text: str
    encoding: str
    note: str | None = None  # said on the terminal when the text needed repair


# Chinese encodings that GB18030 decodes as a superset: decode with it whatever the detector named.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "hz", "euc_cn"}
MAX_REPLACED_SHARE = 0.001  # UTF-8 with this share of bad bytes is repaired, not refused
MAX_STRAY_NULS = 2  # NUL bytes inside a short text file that leave it text
MAX_REPLACED_SHARE_CHINESE = 0.01  # and Chinese UTF-8 with this share (GBK read as UTF-8 is mostly bad bytes)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a text file; raises ValueError with a reason when the bytes are binary or no encoding fits.

    In order: a BOM (UTF-8, UTF-16); UTF-8; UTF-16 without a BOM; GB18030 when it gives
    plausible Chinese (the encoding of most Chinese files that are not UTF-8); Chinese UTF-8 with
    up to 1% damaged characters; the encoding charset-normalizer detects (Shift-JIS, Big5, …);
    UTF-8 with a few bad bytes. Damaged characters are replaced by U+FFFD (with a note),
    rather than losing the whole file for a few of them.
    """
    what = _binary_kind(data)
    if what:
        raise ValueError(f"binary file ({what}), not text")
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(*_checked(data[3:].decode("utf-8", errors="strict"), "utf-8-sig"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(*_checked(data.decode("utf-16"), "utf-16"))
        except UnicodeDecodeError:
            raise ValueError("broken UTF-16 text") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        # A text file an editor padded with NULs when it crashed or a copy was cut short, or one
        # with a stray NUL or two from the program it was copied out of, is read without them.
        unpadded = data.rstrip(b"\x00")
        padding, stray = len(data) - len(unpadded), unpadded.count(0)
        if not unpadded or stray > max(MAX_STRAY_NULS, len(unpadded) * MAX_REPLACED_SHARE):
            raise ValueError("binary file (holds NUL bytes), not text")
        decoded = decode_bytes(unpadded.replace(b"\x00", b""))
        dropped = [f"{padding} NUL byte(s) padding its end"] * bool(padding) + [f"{stray} stray NUL byte(s)"] * bool(stray)
        return decoded._replace(note="; ".join(filter(None, (decoded.note, "dropped " + "; ".join(dropped)))))
    try:
        return Decoded(*_checked(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        chinese = data.decode("gb18030")
    except UnicodeDecodeError:
        chinese = None
    if chinese is not None and not _looks_garbled(chinese) and _common_chinese_share(chinese) >= 0.8:
        return Decoded(chinese, "gb18030")
    repaired = data.decode("utf-8", errors="replace")
    bad = len(re.findall("\ufffd+", repaired))  # one bad byte can spoil the character around it
    repair_note = f"{bad} byte sequence(s) not valid UTF-8 replaced by U+FFFD"
    if bad <= len(repaired) * MAX_REPLACED_SHARE_CHINESE and not _looks_garbled(repaired) \
            and _common_chinese_share(repaired) >= 0.8:
        # Chinese UTF-8 with a few damaged characters: a detector would name a one-byte code page
        # (mac_cyrillic, ptcp154) that decodes any bytes, and the whole file would read as gibberish.
        return Decoded(repaired, "utf-8", repair_note)
    detected = _detected(data)
    if detected is not None:
        return detected
    if chinese is not None and not _looks_garbled(chinese):
        return Decoded(chinese, "gb18030")
    if bad <= max(2, len(repaired) * MAX_REPLACED_SHARE) and not _looks_garbled(repaired):
        return Decoded(repaired, "utf-8", repair_note)
    raise ValueError("not text in UTF-8, GB18030/GBK or another encoding the detector knows")


def _binary_kind(data: bytes) -> str | None:
    """What a file that people mistake for text is, by its magic number (`a PDF file`)."""
    return next((what for magic, what in _BINARY_SIGNATURES.items() if data.startswith(magic)), None)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text saved without a BOM: NUL bytes fall on one side of each pair (the ASCII
    characters), or, in text of Chinese alone (whose few NULs fall where a character's code ends
    in 00, `开` U+5F00), one byte order reads as common Chinese and the other as rare characters."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    for encoding in orders:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_garbled(text):
            continue
        if even != odd and encoding == orders[0] and max(even, odd) >= UTF16_ASCII_NULS * (min(even, odd) + 1):
            return Decoded(text, encoding)
        if _common_chinese_share(text) >= 0.8 and _han_share(text) >= 0.5:
            return Decoded(text, encoding)
    return None


UTF16_ASCII_NULS = 4  # NULs on one side at least this many times those on the other: ASCII in UTF-16


def _han_share(text: str) -> float:
    """The share of Chinese characters among the text's first 20,000 characters that are not spaces."""
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    return sum("\u4e00" <= ch <= "\u9fff" for ch in sample) / len(sample) if sample else 0.0


def _common_chinese_share(text: str) -> float:
    """The share of Chinese characters that are among the 3,755 most common (GB2312 level 1).

    Chinese text decoded right is almost all common characters; another encoding's bytes
    decoded as GB18030 (Shift-JIS, Big5) give rare ones.
    """
    hanzi = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff"]
    if not hanzi:
        return 0.0
    common = 0
    for ch in hanzi:
        try:
            common += 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common / len(hanzi)


def _detected(data: bytes) -> Decoded | None:
    """The encoding charset-normalizer finds, when it gives text (GB-family guesses decode as GB18030)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None
    encoding = "gb18030" if best.encoding.lower() in _GB_FAMILY else best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return None if _looks_garbled(text) else Decoded(text, encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if _looks_garbled(text):
        raise ValueError("binary data, not text")
    return text, encoding


_RARE_CJK_RE = re.compile("[\u3400-\u4dbf\U00020000-\U0010ffff]")
_LAYOUT_SPACES = str.maketrans("", "", "\n\r\t\x0b\x0c\u3000\xa0\u2002\u2003\u2009\u200b\u200c\u200d\ufeff")


def _looks_garbled(text: str) -> bool:
    """True when a decoded text is mostly characters no Chinese or Western news text uses."""
    sample = text[:20000]
    if not sample:
        return False
    if sample.translate(_LAYOUT_SPACES).isprintable():
        # No control, private-use, unassigned or surrogate character at all (the common case,
        # checked in C): only the rare CJK letters count.
        return len(_RARE_CJK_RE.findall(sample)) / len(sample) > 0.05
    odd = 0
    for ch in sample:
        if ch in "\n\r\t\x0b\x0c":  # line ends, tabs, Word's manual line breaks, page feeds
            continue
        cat = unicodedata.category(ch)
        # Control, private-use, unassigned and surrogate characters never occur in news text.
        if cat in ("Cc", "Co", "Cn", "Cs"):
            odd += 1
        elif "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch:  # rare CJK extensions
            odd += 1
    return odd / len(sample) > 0.05


def read_plain(path: Path, data: bytes) -> Source:
    """Text and Markdown; front matter (title, date, source, author) is metadata, not text."""
    text, encoding, note = decode_bytes(data)
    meta, text = front_matter(text)
    date = find_date(meta["date"]) if "date" in meta else None  # ISO or 2025年3月7日
    return Source(path=str(path), text=text, encoding=encoding, title=meta.get("title"),
                  date=date, date_source="front matter" if date else None,
                  source_name=meta.get("source"), author=meta.get("author"), note=note)


def read_html(path: Path, data: bytes) -> Source:
    """The main text of a news web page via trafilatura, with the page's own title."""
    text, encoding, note = decode_bytes(data)
    text = without_comments(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import trafilatura

        try:
            body = _main_text(trafilatura, marked_paragraphs(text))
            meta = trafilatura.extract_metadata(text)
        except Exception as exc:  # trafilatura raises many lxml errors on broken markup
            raise InputError(str(path), f"cannot parse the web page ({type(exc).__name__})") from None
    sitename = meta.sitename if meta and meta.sitename else None
    facts = page_facts(text)
    if facts.stories:
        # A page that prints several stories in full is read as a text view of them: the
        # shared assembler cuts it at each story's header lines. Its date is one the markup
        # states (htmldate without its search of the text, which guesses a year's first day
        # from any year printed); else the date line or file name, as for a text page.
        date = _stated_date(text)
        return Source(path=str(path), text="\n\n".join("\n".join(story) for story in facts.stories), encoding=encoding,
                      date=date, date_source="web page metadata" if date else None,
                      source_name=outlet_name(sitename, facts, None), note=note)
    if not body or not body.strip():
        raise InputError(str(path), "no article text found in the web page")
    # Each line trafilatura gives is a paragraph or a line break of the page (<br>): never a
    # wrapped line to rejoin (a byline line `本刊记者 王晓燕` stays apart from the text).
    body, furniture = split_trailer(
        "\n\n".join(out_of_table_cell(line) for line in body.splitlines()
                     if line.strip() and not _looks_like_code(line) and not is_player_line(line)))
    title = choose_headline(facts, meta.title if meta else None, sitename, body)
    # The decks belong to the headline they stand around (an h1 can hold the site's logo instead).
    kicker, subtitle = (facts.kicker, facts.subtitle) if title and facts.decked and letters(facts.decked) == letters(title) \
        else (None, None)
    body = _without_header_lines(_after_headline_copy(_without_opening_list(body), title), (kicker, title, subtitle))
    body = _before_headline_again(body, title)
    body, opening_heads = _without_opening_heads(body)
    if (under_copy := _without_header_lines(body, (kicker, title, subtitle))) != body:
        # The menu's channels read in above the headline's copy are gone: so goes the copy, and
        # the byline's lines under it go as the channels did.
        body, heads_under_copy = _without_opening_heads(under_copy)
        opening_heads = [*opening_heads, *heads_under_copy]
    body = _with_lost_opening(body, facts.lines)
    kicker = kicker or next((head for head in opening_heads if _prints_as_kicker(head, title, facts)), None)
    block = byline_block(facts.lines, title, body)
    # The author as the page prints it (account, byline block, signature under the story), else
    # as its markup states it (in Chinese: `sina_mobile` is an account), else the outlet the
    # story's dateline names (`新浪财经讯`), else the source the markup states (`<meta
    # name="ContentSource">`), else the body that issued an official document (`发文机关：`),
    # else trafilatura's guess, which can be a sidebar's columnist; never the page's editor.
    editors = editor_names(facts.lines)
    stated = facts.author if facts.author and has_cjk(facts.author) else None
    author = facts.account or page_byline(block) or foot_byline(furniture) \
        or foot_byline(lines_under_story(facts.lines, body)) or _plain_author(stated, editors) \
        or dateline_outlet(body) or facts.source or issuing_body(facts.lines) \
        or _plain_author(meta.author if meta else None, editors)
    if title:
        # An e-paper article page prints its 引题 and 副题 around the headline.
        header = ([f"### {kicker}"] if kicker else []) + [f"# {title}"] + (
            [f"## ——{subtitle.lstrip('—-– ')}"] if subtitle else [])
        body = "\n\n".join(header + [body])
    # A WeChat article's time is only in its scripts; elsewhere the time printed by the byline
    # (发布时间：…) is the site's own word, then an e-paper's edition date above the headline,
    # then what trafilatura's htmldate finds (article:published_time, <time>, JSON-LD, pubdate metas).
    # The names are those of `dates.DATE_SOURCES`: the JSON contract's.
    dates = (("web page metadata", lambda: wechat_date(text) if facts.account else None),
             ("date line", lambda: find_date(" ".join(block))),
             ("masthead", lambda: dateline_above(facts.lines, block)),
             ("web page metadata", lambda: _stated_date(text) or _printed_in_full(meta.date if meta else None, facts.lines)))
    date_source, date = next(((name, found) for name, find in dates if (found := find())), (None, None))
    return Source(path=str(path), text=body, encoding=encoding, title=title, single_article=True,
                  date=date, date_source=date_source,
                  source_name=labelled_source(block) or outlet_name(sitename, facts, title),
                  author=author, editors=editors, note=note)


# Paragraphs run together with a space between them (`…表示热烈祝贺！ 本次大会…`): the
# extractor read the story's <div>s or <br>-parted lines as one block.
_RUN_TOGETHER_RE = re.compile(r"[。！？][”」’]?[ \u3000]+[\u4e00-\u9fff“「]")
RUN_TOGETHER_MIN = 2
# Of the letters in recall's sentence lines, the share the balanced reading keeps (recall runs header lines in).
BALANCED_SHARE = 0.75


def _main_text(trafilatura, html: str) -> str | None:
    """trafilatura's main text, favouring recall (a story's first and last lines stay). Where
    that holds hardly a sentence (the page's header and tools around a story it missed) or runs
    the story's paragraphs together, its balanced reading is taken when that has more: more
    sentences, or about as many in more paragraphs. Where neither tells a story's worth, the
    precise reading is taken when it tells more, and where still none does, the reading of the
    page with its layout tables made plain blocks."""
    options = dict(output_format="markdown", include_comments=False, include_tables=False, include_images=False)
    body = trafilatura.extract(html, favor_recall=True, **options)
    lines, letter_count = _sentence_lines(body)
    if letter_count >= MIN_STORY_LETTERS and len(_RUN_TOGETHER_RE.findall(body or "")) < RUN_TOGETHER_MIN:
        return body
    balanced = trafilatura.extract(html, **options)
    balanced_lines, balanced_count = _sentence_lines(balanced)
    more = balanced_count > letter_count
    as_many_in_more_paragraphs = balanced_count >= BALANCED_SHARE * letter_count and balanced_lines > lines
    if more or as_many_in_more_paragraphs:
        body, letter_count = balanced, balanced_count
    if letter_count < MIN_STORY_LETTERS:
        # Both readings took the page's foot (`欢迎洽谈合作…`) for its text, as they can on a page
        # without class names; the precise one keeps to the densest text.
        precise = trafilatura.extract(html, favor_precision=True, **options)
        if (precise_count := _sentence_lines(precise)[1]) > letter_count:
            body, letter_count = precise, precise_count
    if letter_count < MIN_STORY_LETTERS and (unwrapped := paragraphs_from_layout_tables(html)) != html:
        # The extractor reads no table: a story an older site lays out in one is read out of it.
        laid_out = trafilatura.extract(unwrapped, favor_recall=True, **options)
        if _sentence_lines(laid_out)[1] > letter_count:
            return laid_out
    return body


def _sentence_lines(body: str | None) -> tuple[int, int]:
    """How many lines end a sentence (the story's paragraphs, not the page's furniture), and their letters."""
    story = [line for line in (body or "").splitlines() if ends_sentence(line)]
    return len(story), sum(len(letters(line)) for line in story)


def _stated_date(html: str) -> str | None:
    """The date a web page's markup states (meta tags, `<time>`, JSON-LD, the URL), by htmldate
    without its search of the text, which guesses from any date or year printed there."""
    from htmldate import find_date as html_date

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return html_date(html, extensive_search=False)
        except Exception:  # htmldate raises lxml's errors on broken markup
            return None


def _printed_in_full(found: str | None, lines: tuple[str, ...]) -> str | None:
    """A date that htmldate's search of the text found, if the page prints it with its day
    (`2024年05月20日`, `2024-5-20`): a year or month alone (`2005年7月`) gives it a made-up day."""
    date = find_date(found) if found else None
    return date if date and any(date in full_dates(line) for line in lines) else None


def _without_header_lines(body: str, header: tuple[str | None, ...]) -> str:
    """The text without the header lines it opens with (`### 引题`, `# 主题`, `## ——副题`, as
    trafilatura keeps an e-paper page's headings): they are given once, as the header."""
    wanted = {letters(part) for part in header if part and letters(part)}
    lines = body.split("\n\n")
    while lines and letters(lines[0].lstrip("# ")) in wanted:
        lines.pop(0)
    return "\n\n".join(lines) if lines else body


def _after_headline_copy(body: str, title: str | None) -> str:
    """The text from the copy of the headline over it, where more lines than a site's header
    (path, kicker, column, label) and no sentence stand above that copy: the site's menus and
    channels, read in where it sets them in plain blocks (`首页` `头条` `时政` …)."""
    folded = letters(title or "")
    if len(folded) < MIN_REPEATED_HEADLINE_LETTERS:
        return body
    lines = body.split("\n\n")
    for index, line in enumerate(lines):
        if ends_sentence(line):
            return body
        if letters(line.lstrip("# ")) == folded:
            return "\n\n".join(lines[index:]) if index > MAX_OPENING_HEADS else body
    return body


MIN_LIST_ITEMS = 3
_LIST_ITEM_RE = re.compile(r"^[-*]\s")


def _without_opening_list(body: str) -> str:
    """The text without the list it opens with (`- 江州夜市人气旺`, …): a list of other
    stories' headlines that a page without class names sets over the story, items that end
    no sentence, three or more of them."""
    lines = body.split("\n\n")
    count = next((index for index, line in enumerate(lines)
                  if not _LIST_ITEM_RE.match(line) or ends_sentence(line)), len(lines))
    return "\n\n".join(lines[count:]) if MIN_LIST_ITEMS <= count < len(lines) else body


def _before_headline_again(body: str, title: str | None) -> str:
    """The story up to where the page prints its headline again under it (`…谋杀行为播报文章`,
    a read-aloud button's label on it): what follows is page furniture or another story,
    and a site's name above the repeat (`快资讯`) goes with it."""
    folded = letters(title or "")
    if len(folded) < MIN_REPEATED_HEADLINE_LETTERS:
        return body
    lines = body.split("\n\n")
    told = False  # a sentence of the story stands above: a copy over the text is a header line
    for index, line in enumerate(lines):
        folded_line = letters(line)
        if told and folded_line.startswith(folded) and len(folded_line) - len(folded) <= HEADLINE_BUTTON_LETTERS \
                and not ends_sentence(line):
            return split_trailer("\n\n".join(lines[:index]))[0]
        told = told or ends_sentence(line)
    return body


def _with_lost_opening(body: str, page_lines: tuple[str, ...]) -> str:
    """The story's first paragraph put back where trafilatura dropped it: set as an element's
    text before its first <br> (older site systems part paragraphs with `<br><br>`), it is the
    page's line right above the body's first line, and reads as a paragraph of the story (a
    sentence or more, ending on its stop; no caption, label or editor's note)."""
    key = story_opening(body)
    index = next((i for i, line in enumerate(page_lines) if key and key in letters(line)), 0)
    above = page_lines[index - 1].strip() if index else ""
    if len(letters(above)) < MIN_LOST_OPENING_LETTERS or not ends_sentence(above) or "。" not in above \
            or is_caption(above) or _LABELLED_RE.match(above) or letters(above)[:OPENING_KEY_LETTERS] in letters(body):
        return body
    dateline = page_lines[index - 2].strip() if index >= 2 else ""
    if DATELINE_RE.match(dateline) and len(letters(dateline)) <= MAX_DATELINE_LETTERS:
        above = dateline + above  # a dateline set apart by a <br> opens the paragraph it stood over
    lines = body.split("\n")
    at = next(number for number, line in enumerate(lines) if key in letters(line))
    return "\n".join(lines[:at] + [above, ""] + lines[at:])


MAX_DATELINE_LETTERS = 30
MIN_LOST_OPENING_LETTERS = 30  # a sentence of a story, longer than a caption or a line of page furniture
_LABELLED_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}\s*[:：]|【[^】]{2,8}】)")  # `编者按：`, `摘要：`, `【导读】`


MIN_REPEATED_HEADLINE_LETTERS = 8  # a short headline (`通知`) can stand in a story's text
HEADLINE_BUTTON_LETTERS = 4  # `播报文章`, `分享`: a button's label printed on the headline


MAX_OPENING_HEADS = 5  # the lines a site may print over the story: path, headline, kicker, column, label
# An official document's number under its title (`吉政明电〔2022〕1号`): part of the text, no header.
_DOCUMENT_NUMBER_RE = re.compile(DOCUMENT_NUMBER)


def _without_opening_heads(body: str) -> tuple[str, list[str]]:
    """The story without the short unpunctuated lines that stand over its first paragraph
    (a column `【新媒体现象观察】`, a kicker printed over a copy of the headline, a label
    `开栏的话`), and those of them that are header lines (labels go). Date and source lines
    stay (the text's top facts). Bold tells nothing here: sites set whole stories in bold."""
    lines = body.split("\n\n")
    chinese = has_cjk(body)
    heads: list[str] = []
    kept: list[str] = []
    taken = 0
    for line in lines[:-1]:
        plain = BOLD_LINE_RE.sub(r"\2", line.strip())
        role = _opening_head_role(plain, chinese)
        if metadata_line(plain):
            kept.append(line)
        elif not role or taken - len(kept) >= MAX_OPENING_HEADS:
            break
        elif role == "candidate":
            heads.append(plain)
        taken += 1
    return "\n\n".join(kept + lines[taken:]), heads


def _prints_as_kicker(line: str, title: str | None, facts: PageFacts) -> bool:
    """A line over a web story is its kicker when it names a column in brackets (`【…】`) or
    stands right above a copy of the headline on the page; never a part of the headline, a
    breadcrumb (`科技 > 要闻 > 正文`) or a link's text (a breadcrumb's last channel, `科技`,
    right above the h1)."""
    folded = letters(title or "")
    if not folded or letters(line) in folded or re.search(r"[>›»]", line) or line in facts.links:
        return False
    return bool(re.fullmatch(r"【[^【】]+】", line)) or any(
        above.strip() == line and letters(below) == folded for above, below in zip(facts.lines, facts.lines[1:]))


def _opening_head_role(line: str, chinese: bool) -> str | None:
    """`candidate` (a header line) or `label` for a line that can stand over a story's first
    paragraph; None for text, a dateline, a labelled line (`个人简介：`, `发布时间：… | 字体放大`),
    an official document's number and a numbered heading. Over a Chinese story, a line with no
    Chinese letter that ends no sentence is the page's furniture (a share button `Qzone`, a
    logo's `logo`, the site's address), a label."""
    if EMPTY_FIELD_RE.match(line) or _COUNTER_RE.fullmatch(line) or _BARE_SOURCE_RE.fullmatch(line) or not letters(line) \
            or chinese and not has_cjk(line) and not (ends_sentence(line) or line.rstrip().endswith(".")):
        return "label"  # no text, or a label whose value the extractor set on the next line
    role = classify_line(line, 1, False).role
    if role not in ("candidate", "label") or DATELINE_RE.match(line) or _LABEL_MARK_RE.search(line) \
            or _DOCUMENT_NUMBER_RE.search(line) or ENUMERATED_HEADING_RE.match(line):
        return None  # a numbered heading (`一、工作开展情况`) opens the text's first section or item
    return role


_BARE_SOURCE_RE = re.compile(r"\s*本文来源于\s*[:：]?\s*")  # `本文来源于` over its source's link
_COUNTER_RE = re.compile(r"\d{1,6}(?:\s*/\s*\d{1,6})?")  # a count of likes or comments, a pager (`1`, `0/0`): no text
_LABEL_MARK_RE = re.compile(r"[：|｜]|(?<!\d):(?!\d)")  # a label's colon or a divider; not a time's (`22:00`)


def _looks_like_code(line: str) -> bool:
    """A script that leaked into a page's text (`document.write("<span id=ad_dst"+ad_dst+">…")`):
    no Chinese letter, and the marks of code."""
    return not has_cjk(line) and sum(line.count(mark) for mark in ";{}=<>()\"+") >= 4


def _plain_author(author: str | None, editors: tuple[str, ...] = ()) -> str | None:
    """An author from the markup or trafilatura, unless it is an editor line or page furniture
    (`责任编辑：…`, `字号`, a link) or a name the page prints as its editor's (`editors`)."""
    if not author or author.strip(" :：") in ("作者", "来源", "记者") or author.strip() in editors or any(
            word in author for word in EDITOR_WORDS + ("跟贴", "字号", "www", "Www", "http")):
        return None
    return author


_DOCX_HEADING_LEVELS = {"title": 1, "heading 1": 1, "heading 2": 2, "heading 3": 3, "heading 4": 4,
                        "subtitle": 2, "标题": 1, "标题 1": 1, "标题 2": 2, "标题 3": 3}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# A .docx is a zip: its XML may unpack to far more than the file's size (a zip bomb) or hold
# more paragraphs than any department's report. Both are refused with a reason.
MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_DOCX_PARAGRAPHS = 100_000


# What an Office package holds, by its main part's content type: a workbook or a slide deck
# saved or renamed as .docx is named as what it is.
_OFFICE_KINDS = {"spreadsheetml": "an Excel workbook", "presentationml": "a PowerPoint presentation"}
_MISSING_PART_RE = re.compile(r"named '([^']+)'")


def _docx_failure(exc: Exception) -> str:
    """Why python-docx could not open a file, in the user's words rather than an exception's name."""
    message = str(exc)
    if isinstance(exc, zipfile.BadZipFile):
        return "not a valid .docx file: not a whole zip package (damaged or cut short?)"
    if isinstance(exc, KeyError) and (missing := _MISSING_PART_RE.search(message)):
        return f"not a valid .docx file: its part {missing[1]} is missing"
    if type(exc).__name__ == "XMLSyntaxError":
        return "not a valid .docx file: a part of it is damaged (not well-formed XML)"
    if isinstance(exc, ValueError) and "content type" in message:
        kind = next((name for marker, name in _OFFICE_KINDS.items() if marker in message), "another kind of Office file")
        return f"not a Word document: the file holds {kind}"
    return f"not a valid .docx file ({type(exc).__name__})"


def read_docx(path: Path, data: bytes) -> Source:
    """The paragraphs of a Word file in document order, with heading styles turned into `#` lines.

    Paragraphs inside tables, text boxes, content controls and tracked insertions are read
    where they stand (deleted text is not), then the footnotes; each paragraph's style is
    looked up in one table built once, so reading is linear in the document's size.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
            if unpacked > MAX_DOCX_UNPACKED_BYTES:
                raise InputError(str(path), f"the Word file unpacks to {unpacked / 1e6:.0f} MB, over the "
                                            f"{MAX_DOCX_UNPACKED_BYTES / 1e6:.0f} MB limit (a damaged or crafted file)")
        import docx

        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # zipfile, KeyError and lxml errors for broken or foreign parts alike
        raise InputError(str(path), _docx_failure(exc)) from None
    styles = _docx_styles(document)
    # Text boxes are stored twice (a drawing and a VML fallback for old readers): read the first only.
    for fallback in list(document.element.body.iter(_MC_FALLBACK)):
        fallback.getparent().remove(fallback)
    parts = [document.element.body]
    footnotes = _docx_footnotes(document)
    if footnotes is not None:
        parts.append(footnotes)
    paragraphs: list[tuple[str, int, bool, bool]] = []  # text, heading level, indented, centred
    looks: list[TypeLook | None] = []  # how each paragraph's text is set, where its runs agree
    row_seen, row_line = None, None  # the table row last met, and its line when it is a row of figures
    for part in parts:
        for paragraph in part.iter(f"{_W}p"):
            if len(paragraphs) >= MAX_DOCX_PARAGRAPHS:
                raise InputError(str(path), f"the Word file holds more than {MAX_DOCX_PARAGRAPHS} paragraphs")
            row = next(paragraph.iterancestors(f"{_W}tr"), None)
            if row is not None and row is not row_seen:
                # Read once per row: a bulletin laid out in a one-cell table is one row of all its paragraphs.
                row_seen, row_line = row, _docx_data_row(row)
                if row_line:
                    paragraphs.append((row_line, 0, False, False))
                    looks.append(None)
            if row is not None and row_line:
                continue  # the row's cells are in its line
            raw = _docx_paragraph_text(paragraph)
            style = paragraph.find(f"{_W}pPr/{_W}pStyle")
            style_id = style.get(f"{_W}val") if style is not None else styles.default
            indented = raw.startswith("\u3000") or _docx_first_line_indent(paragraph.find(f"{_W}pPr/{_W}ind"),
                                                                           style_id in styles.indented)
            alignment = paragraph.find(f"{_W}pPr/{_W}jc")
            centred = alignment.get(f"{_W}val") in _CENTRED if alignment is not None else style_id in styles.centred
            paragraphs.append((raw.strip(), _DOCX_HEADING_LEVELS.get(styles.names.get(style_id, "") if style_id else "", 0),
                               indented, centred))
            looks.append(_docx_paragraph_look(paragraph, style_id, styles))
    # Where headlines are centred over text that is not, centring tells them apart as an indent
    # does in a text view: the other paragraphs are text, and are given the indent.
    centring = any(text and centred and not level for text, level, _, centred in paragraphs) and \
        any(text and not centred and not level for text, level, _, centred in paragraphs)
    # Unless the text paragraphs are indented by their format: then a flush paragraph is no
    # text paragraph either (a column label `【基层动态】`, the `报：` `送：` lines of a bulletin).
    formatted_indents = any(text and indented and not centred and not level
                            for text, level, indented, centred in paragraphs)
    centring = centring and not formatted_indents
    heads = _set_apart_heads(paragraphs, looks)
    # Likewise where header lines are set apart by their type over text that is not indented:
    # a short line in the text's type is the text's (a section heading), not a header line.
    indent_text = centring or (bool(heads) and not formatted_indents)
    title = _title_over_headings(paragraphs, heads)
    lines: list[str] = []
    for index, (text, level, indented, centred) in enumerate(paragraphs):
        if not text:
            lines.append("")
            continue
        if index == title:
            lines.append(f"{'#' * min(level for _, level, _, _ in paragraphs if level)} {text}")
        elif level:
            lines.append(f"{'#' * level} {text}")
        elif (indented or indent_text) and not centred and index not in heads:
            # A paragraph indented by its format (首行缩进) or typed full-width spaces, or text
            # under centred headlines: printed as a text view prints a paragraph.
            lines.append("\u3000\u3000" + text)
        else:
            lines.append(text)
        lines.append("")
    return Source(path=str(path), text="\n".join(lines), encoding="docx")


class TypeLook(NamedTuple):
    """How a Word paragraph's text is set: all of it in bold or not; its size in points and its
    Chinese face (`黑体`, `仿宋_GB2312`), each None where its runs differ or nothing states it."""

    bold: bool
    size: float | None
    face: str | None


# A heading set larger than the text by a step of Word's size list at least (五号 10.5 → 小四 12,
# 三号 16 → 小二 18): sizes in a Word file are chosen, so any step up sets a line apart.
HEAD_SIZE_STEP = 1.0  # points


def _set_apart_heads(paragraphs: list[tuple[str, int, bool, bool]], looks: list[TypeLook | None]) -> set[int]:
    """The paragraphs that the type sets apart from the text as headings, though their format is
    the text's: in bold, larger or in a face of their own (a bulletin's item titles typed in the
    Normal style, indented as its paragraphs are, then set bold or in 黑体 over 仿宋) that end no
    sentence, however long (a kicker of two clauses). They are printed flush, as a text view prints
    header lines; the text's own look is the one most of its letters have."""
    weights: dict[TypeLook, int] = {}
    for (text, level, _, _), look in zip(paragraphs, looks):
        if look is not None and not level:
            weights[look] = weights.get(look, 0) + len(letters(text))
    if not weights:
        return set()
    body = max(weights, key=lambda look: weights[look])

    def set_apart(look: TypeLook) -> bool:
        return (look.bold and not body.bold) \
            or (look.size is not None and body.size is not None and look.size >= body.size + HEAD_SIZE_STEP) \
            or (look.face is not None and body.face is not None and look.face != body.face)

    return {index for index, ((text, level, _, _), look) in enumerate(zip(paragraphs, looks))
            if look is not None and not level and text and set_apart(look) and not ends_sentence(text)}


def _title_over_headings(paragraphs: list[tuple[str, int, bool, bool]], heads: set[int]) -> int | None:
    """The document's title set by hand over headings in heading styles: its first paragraph,
    centred and set apart by its type (`heads`), in a file whose sections are `Heading 1` or 2
    (`江州区…工作情况报告` in 方正小标宋 over `一、工作开展情况`), unless a bulletin's issue line
    follows it. It is given the top heading level, as its outline would: else, a plain line on a
    page of headings, it reads as a caption."""
    texts = [(index, text) for index, (text, _, _, _) in enumerate(paragraphs) if text]
    if not texts or texts[0][0] not in heads or not paragraphs[texts[0][0]][3] \
            or not any(level for _, level, _, _ in paragraphs):
        return None
    if len(texts) > 1 and ISSUE_LINE_RE.match(texts[1][1].strip()):
        return None  # a bulletin's name over its issue line (`第7期`): its masthead, no title
    return texts[0][0]


def _docx_paragraph_look(paragraph, style_id: str | None, styles: "DocxStyles") -> TypeLook | None:
    """How the paragraph's own text runs are set (`TypeLook`), each run's formatting read from the
    run, else its character style, else the paragraph's style, else the document's defaults."""
    inherited = styles.run_properties.get(style_id, []) if style_id else []
    bold, sizes, faces = True, set(), set()
    for run in paragraph.iter(f"{_W}r"):
        if not any((node.text or "").strip() for node in run.iter(f"{_W}t")) or _owner_paragraph(run) is not paragraph:
            continue
        own = run.find(f"{_W}rPr")
        character = own.find(f"{_W}rStyle") if own is not None else None
        chain = [own] + (styles.run_properties.get(character.get(f"{_W}val"), []) if character is not None else []) \
            + inherited + styles.default_properties
        run_bold, size, face = _stated_look([element for element in chain if element is not None])
        bold = bold and run_bold
        sizes.add(size)
        faces.add(face)
    if not sizes:
        return None
    return TypeLook(bold, sizes.pop() if len(sizes) == 1 else None, faces.pop() if len(faces) == 1 else None)


def _stated_look(chain: list) -> TypeLook:
    """The look that a chain of `w:rPr` elements states, the first to state each part winning."""
    bold, size, face = None, None, None
    for properties in chain:
        mark = properties.find(f"{_W}b")
        if bold is None and mark is not None:
            bold = mark.get(f"{_W}val", "true") not in ("0", "false", "off")
        mark = properties.find(f"{_W}sz")
        if size is None and mark is not None:
            size = _twips(mark.get(f"{_W}val")) / 2 or None  # in half-points
        mark = properties.find(f"{_W}rFonts")
        if face is None and mark is not None:
            face = mark.get(f"{_W}eastAsia")
    return TypeLook(bool(bold), size, face)


def _owner_paragraph(node):
    """The paragraph a run or text node belongs to: the nearest `w:p` above it (a text box's
    paragraphs nest inside the paragraph that anchors the box)."""
    owner = node.getparent()
    while owner is not None and owner.tag != f"{_W}p":
        owner = owner.getparent()
    return owner


def _docx_first_line_indent(indent, inherited: bool) -> bool:
    """Whether a paragraph's first line is indented: its own `w:ind` (firstLine, firstLineChars)
    says so, else its style does. A hanging indent or a zero undoes it."""
    if indent is None:
        return inherited
    values = [indent.get(f"{_W}{name}") for name in ("firstLine", "firstLineChars", "hanging", "hangingChars")]
    if not any(value is not None for value in values):
        return inherited
    first_line, first_line_chars = (_twips(value) for value in values[:2])
    return (first_line > 0 or first_line_chars > 0) and not any(_twips(value) > 0 for value in values[2:])


def _twips(value: str | None) -> float:
    try:
        return float(value) if value is not None else 0.0
    except ValueError:
        return 0.0


_CENTRED = ("center", "centre")


class DocxStyles(NamedTuple):
    """What a Word file's styles tell, read in one pass: lower-case names, the styles whose
    paragraphs open with an indented first line and those centred (through `basedOn`: Chinese
    documents often indent the Normal style by two characters), and the default paragraph style."""

    names: dict[str, str]
    indented: set[str]
    centred: set[str]
    default: str | None
    run_properties: dict[str, list]  # each style's `w:rPr` and those of the styles it is based on, its own first
    default_properties: list  # the document's default `w:rPr`, if it states one


def _docx_styles(document) -> DocxStyles:
    names: dict[str, str] = {}
    indents: dict[str, bool | None] = {}
    centring: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    run_properties: dict[str, object] = {}
    default = None
    for style in document.styles.element.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        name = style.find(f"{_W}name")
        names[style_id] = (name.get(f"{_W}val") if name is not None else "").strip().lower()
        indent = style.find(f"{_W}pPr/{_W}ind")
        indents[style_id] = None if indent is None else _docx_first_line_indent(indent, False)
        alignment = style.find(f"{_W}pPr/{_W}jc")
        centring[style_id] = None if alignment is None else alignment.get(f"{_W}val") in _CENTRED
        run_properties[style_id] = style.find(f"{_W}rPr")
        parent = style.find(f"{_W}basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(f"{_W}val")
        if default is None and style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
            default = style_id

    def resolved(own: dict[str, bool | None], style_id: str, depth: int = 0) -> bool:
        if own.get(style_id) is not None:
            return bool(own[style_id])
        parent = based_on.get(style_id)
        return parent is not None and depth < 10 and resolved(own, parent, depth + 1)

    def run_chain(style_id: str) -> list:
        chain, seen = [], set()
        while style_id is not None and style_id not in seen and len(seen) < 10:
            seen.add(style_id)
            if (properties := run_properties.get(style_id)) is not None:
                chain.append(properties)
            style_id = based_on.get(style_id)
        return chain

    defaults = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    return DocxStyles(names, {style_id for style_id in indents if resolved(indents, style_id)},
                      {style_id for style_id in centring if resolved(centring, style_id)}, default,
                      {style_id: run_chain(style_id) for style_id in names}, [] if defaults is None else [defaults])


def _docx_footnotes(document):
    for relation in document.part.rels.values():
        if relation.reltype.endswith("/footnotes") and not relation.is_external:
            from lxml import etree

            return etree.fromstring(relation.target_part.blob)
    return None


def _docx_data_row(row) -> str | None:
    """A Word table's row of figures as one line (`roles.table_row`), or None for a row that lays
    out text: its paragraphs are read as paragraphs."""
    cells = [" ".join(_docx_paragraph_text(p).strip() for p in cell.iter(f"{_W}p")).strip() for cell in row.iter(f"{_W}tc")]
    return form_row(cells) or table_row(cells)


def _docx_paragraph_text(paragraph) -> str:
    """The paragraph's own text: runs, tracked insertions and tabs; not deleted text, and not
    the text of a text box's paragraphs nested inside it (those are read as paragraphs of their own)."""
    parts = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        if _owner_paragraph(node) is not paragraph:
            continue
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append(" " if node.tag == f"{_W}tab" else "\n")
    return "".join(parts)


def read_mhtml(path: Path, data: bytes) -> Source:
    """A web page saved as one file (`网页，单个文件` in Chrome, Edge and 360; `.mht` in old IE):
    a MIME archive whose first HTML part is the page, read as any saved web page."""
    import email

    if _is_html(data):
        return read_html(path, data)  # a plain web page saved under the single-file name
    what = _binary_kind(data)
    if what:
        raise InputError(str(path), f"binary file ({what}), not a saved web page")
    message = email.message_from_bytes(data)
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    html = page.get_payload(decode=True) if page is not None else None
    if not html:
        raise InputError(str(path), "no web page inside the single-file archive (.mhtml)")
    # Its encoding is found as any page's is: IE labels GBK pages `gb2312`, Chromium leaves it to the <meta>.
    return read_html(path, html)


def _is_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<html", b"<!doctype", b"<?xml", b"<meta", b"<head", b"<body"))


def read_pdf(path: Path, data: bytes) -> Source:
    """An e-paper PDF page, read by its layout (see `digest.pdf`); a web page that a browser
    printed to PDF, as the web page it was (see `digest.printout`)."""
    from .pdf import load_pages, read_layout  # pdfplumber loads only when a PDF is read
    from .printout import printed_web_page

    pages, note = load_pages(path, data)
    page = printed_web_page(pages)
    if page is None:
        try:
            return read_layout(path, pages, note)
        except InputError:
            raise
        except Exception as exc:  # a layout the rules cannot place must cost its own file, not the week's build
            raise InputError(str(path), f"its page layout could not be read ({type(exc).__name__}); "
                                        "please report the file") from None
    return replace(read_html(path, page.encode("utf-8")), encoding="pdf", note=note)


def read_legacy_word(path: Path, data: bytes) -> Source:
    """An old Word file (.doc), a WPS Office file (.wps) or RTF, as departments still send them:
    LibreOffice, when installed, converts it to .docx, which is read as any Word file."""
    if data[:2] == b"PK":
        return read_docx(path, data)  # a .docx saved under an old name
    if _is_html(data):
        return read_html(path, data)  # a web page saved as Word (`另存为 .doc` in some systems)
    suffix = path.suffix.lower()
    if not data.startswith(LEGACY_SIGNATURES):
        raise InputError(str(path), f"not a {suffix} file: its content is neither a Word, WPS nor RTF document")
    return _converted_by_libreoffice(path, data)


def read_odt(path: Path, data: bytes) -> Source:
    """An OpenDocument text (.odt), as LibreOffice and WPS save them: converted by LibreOffice
    to .docx, which is read as any Word file."""
    kind = _package_mimetype(data)
    if kind is None:
        raise InputError(str(path), "not an .odt file: its content is not an OpenDocument text")
    if not kind.startswith(b"application/vnd.oasis.opendocument.text"):
        if kind:  # another OpenDocument (a spreadsheet, a presentation) or zip under the name
            raise InputError(str(path), f"not an .odt file: the package holds {kind.decode('ascii', 'replace')}")
        if not _is_office_package(data):
            raise InputError(str(path), "not an .odt file: a zip package holding neither an OpenDocument text nor a Word document")
        return read_docx(path, data)  # a .docx saved under the OpenDocument name; its reader says what else it is
    return _converted_by_libreoffice(path, data)


def _package_mimetype(data: bytes) -> bytes | None:
    """What a zip package's `mimetype` entry says it is (an OpenDocument's first entry; b"" where
    there is none, as in a .docx), or None where the data is no zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "mimetype" not in archive.namelist():
                return b""
            with archive.open("mimetype") as entry:  # a few bytes: a crafted archive cannot make this read large
                return entry.read(64).strip()
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError):
        return None


def _is_office_package(data: bytes) -> bool:
    """True for a zip package with the content types every Office Open XML file (.docx) has."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # called only on data `_package_mimetype` opened
        return "[Content_Types].xml" in archive.namelist()


def _converted_by_libreoffice(path: Path, data: bytes) -> Source:
    """A word-processor file LibreOffice reads, converted to .docx and read as one."""
    import shutil
    import subprocess
    import tempfile

    if data.startswith(OLE_SIGNATURE) and ENCRYPTED_PACKAGE in data:
        # A .docx saved with a password is a compound file holding the encrypted package.
        raise InputError(str(path), "encrypted Word file (needs a password): save it without one in Word or WPS")
    suffix = path.suffix.lower()
    # What the file holds names the copy LibreOffice reads: an old Word file under a .docx name
    # would be converted onto itself.
    held = suffix if suffix in LEGACY_SUFFIXES else ".rtf" if data.startswith(RTF_SIGNATURE) else ".doc"
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        what = f"{suffix} files are" if held == suffix else \
            f"the file is a {held} file under a {suffix} name, and {held} files are"
        raise InputError(str(path), f"{what} read through LibreOffice, which is not installed: "
                                    "save the file as .docx, or install LibreOffice")
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / f"input{held}"
        original.write_bytes(data)
        try:
            # A profile of its own: a LibreOffice window the user has open does not block the conversion.
            subprocess.run([office, "--headless", f"-env:UserInstallation={(Path(folder) / 'profile').as_uri()}",
                            "--convert-to", "docx", "--outdir", folder, str(original)],
                           check=True, capture_output=True, timeout=LEGACY_WORD_TIMEOUT)
        except (subprocess.SubprocessError, OSError):
            raise InputError(str(path), "LibreOffice could not convert the file (damaged, or not a word-processor file)") from None
        converted = Path(folder) / "input.docx"
        if not converted.exists():  # LibreOffice exits 0 when it cannot read a file, and writes nothing
            raise InputError(str(path), "LibreOffice could not convert the file (damaged, or not a word-processor file)")
        return replace(read_docx(path, converted.read_bytes()), encoding=suffix.lstrip("."))


LEGACY_WORD_TIMEOUT = 120  # seconds: LibreOffice's first start on a fresh profile takes a few
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file that .doc and .wps are
RTF_SIGNATURE = b"{\\rtf"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the stream's name in the compound file's directory
LEGACY_SIGNATURES = (OLE_SIGNATURE, RTF_SIGNATURE)  # how the files `read_legacy_word` reads open
LEGACY_SUFFIXES = (".doc", ".wps", ".rtf")  # what LibreOffice converts for `read_legacy_word`


Reader = Callable[[Path, bytes], Source]

READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_plain,
    ".markdown": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".shtml": read_html,
    ".xhtml": read_html,
    ".mhtml": read_mhtml,
    ".mht": read_mhtml,
    ".docx": read_docx,
    ".doc": read_legacy_word,
    ".wps": read_legacy_word,
    ".rtf": read_legacy_word,
    ".odt": read_odt,
    ".pdf": read_pdf,
}


# A web page saved under a text file's suffix (`新闻.txt` that holds `<!DOCTYPE html>…`), or text
# saved under a web page's: what the file holds decides which reader reads it, as in a browser.
_HTML_DOCUMENT_RE = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
                               re.IGNORECASE | re.DOTALL)
_MARKUP_RE = re.compile(rb"<[A-Za-z!/?]")


def _reader_for_content(reader: Reader, data: bytes) -> Reader:
    if reader in (read_plain, read_pdf) and _HTML_DOCUMENT_RE.match(data.removeprefix(codecs.BOM_UTF8), 0, 4096):
        if reader is read_pdf:  # a site's error page saved under the name of the PDF it failed to give
            raise ValueError("not a PDF: the file holds a web page (a download that failed?)")
        return read_html
    if reader is read_html and not _MARKUP_RE.search(data):
        return read_plain
    if reader in (read_docx, read_odt) and data.startswith(LEGACY_SIGNATURES):
        return read_legacy_word  # an old Word file or RTF saved under the new name (`另存为` gone wrong)
    return reader


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one file into a Source, or raise InputError naming the reason."""
    reader = READERS.get(path.suffix.lower())
    reason = _unusable(path)
    if reason:
        raise InputError(str(path), reason)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (--max-file-mb)")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(str(path), "no permission to read the file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(str(path), f"file is over the {max_bytes / 1e6:.0f} MB limit (--max-file-mb)")
    if not data.strip():
        raise InputError(str(path), "file is empty")
    try:
        source = _reader_for_content(reader, data)(path, data)
    except ValueError as exc:
        raise InputError(str(path), str(exc)) from None
    if not source.text.strip():
        raise InputError(str(path), "file holds only whitespace")
    return with_top_facts(source)


def with_top_facts(source: Source) -> Source:
    """Fill the date and outlet from the text's date line and 来源 line, then the file name (see `dates`)."""
    facts = top_facts(source.text)
    date, date_source = source.date, source.date_source
    if date is None and facts.date:
        date, date_source = facts.date, "date line"
    if date is None:
        date = date_from_name(Path(source.path).name)
        date_source = "file name" if date else None
    return replace(source, text=facts.text if letters(facts.text) else source.text, date=date,
                   date_source=date_source, source_name=source.source_name or facts.source_name,
                   author=source.author or facts.author, page=source.page or facts.page)


def find_inputs(paths: list[Path], exclude: Path | None = None) -> tuple[list[Path], list[Skipped]]:
    """Expand files and folders into the files to read, in a stable order.

    Folders are searched recursively. Every file the user put there is either read or
    named as skipped with its reason (unsupported type, not a regular file, unreadable
    folder); only housekeeping files are passed over silently (`is_ignored`). A file
    reached twice (a folder and a file in it, a symlink alias) is read once. The folder
    `exclude` (the output folder, when it lies inside an input) is not searched.
    """
    found: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for path in paths:
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:  # symlink loops raise ELOOP on stat
            skipped.append(Skipped(printable_path(path), f"cannot access the path ({exc.strerror or exc})"))
            continue
        if not exists:
            skipped.append(Skipped(printable_path(path), "no such file or folder"))
            continue
        if is_dir:
            candidates, problems = _folder_files(path, exclude)
            skipped.extend(problems)
            if not candidates and not problems:
                skipped.append(Skipped(printable_path(path), "folder holds no supported files (" + ", ".join(sorted(READERS)) + ")"))
        else:
            candidates = [path]
        for candidate in candidates:
            reason = _unusable(candidate)
            if reason:
                skipped.append(Skipped(printable_path(candidate), reason))
                continue
            key = os.path.realpath(candidate)
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found, skipped


# Housekeeping files that no one drops into a folder on purpose: hidden files (.DS_Store),
# Office lock and temp files (~$报告.docx, .~lock.x#, ~WRL0001.tmp), Windows thumbnails.
_IGNORED_NAMES = {"thumbs.db", "desktop.ini", "ehthumbs.db"}


def is_ignored(name: str) -> bool:
    return name.startswith((".", "~$", "~")) or name.lower() in _IGNORED_NAMES or name.endswith(("~", ".tmp"))


def _unusable(path: Path) -> str | None:
    """Why a file cannot be read, before opening it (a named pipe would block the build for ever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot access the file ({exc.strerror or exc})"
    if not stat.S_ISREG(mode):
        kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        return f"not a regular file ({kind})"
    if path.suffix.lower() not in READERS:
        return f"unsupported file type {path.suffix or '(no suffix)'!r} (supported: {', '.join(sorted(READERS))})"
    return None


def display_name(path: Path, given: list[Path]) -> str:
    """How the digest names an input: relative to the folder it was found in, led by that folder's
    name (`seeds/a.txt` for `/home/editor/seeds/a.txt`), never an absolute path of the editor's machine."""
    for folder in given:
        try:
            relative = path.relative_to(folder)
        except ValueError:
            continue
        if relative.parts and folder.name:
            return printable_path((Path(folder.resolve().name if folder.name in ("", ".", "..") else folder.name) / relative).as_posix())
        if relative.parts:
            return printable_path(relative.as_posix())
    return printable_path(path.name)


def _page_resources(folder_name: str, pages: set[str]) -> bool:
    """A web page saved whole (`网页，全部`) keeps its scripts, styles, pictures and frames in
    `X_files` (`X.files` in Chinese IE) beside `X.html`: part of that page, no inputs."""
    return any(folder_name.endswith(ending) and folder_name[:-len(ending)] in pages for ending in ("_files", ".files"))


def _folder_files(folder: Path, exclude: Path | None = None) -> tuple[list[Path], list[Skipped]]:
    """Every file under `folder` but the ignored ones (and those under `exclude`), and the
    subfolders that could not be listed."""
    files: list[Path] = []
    problems: list[Skipped] = []
    excluded = os.path.realpath(exclude) if exclude is not None else None

    def unreadable(error: OSError) -> None:
        problems.append(Skipped(printable_path(error.filename or folder), f"cannot list the folder ({error.strerror or error})"))

    for root, dirs, names in os.walk(folder, followlinks=False, onerror=unreadable):
        pages = {stem for stem, suffix in map(os.path.splitext, names) if READERS.get(suffix.lower()) is read_html}
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) != excluded
                         and not _page_resources(d, pages))
        for name in sorted(names):
            if not is_ignored(name):
                files.append(Path(root) / name)
    return files, problems
