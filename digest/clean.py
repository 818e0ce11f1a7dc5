"""Character-level cleaning: invisible characters, punctuation, spacing and fake-bold headings."""
from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections import Counter

from .dates import arabic_dates

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")
# Full-width punctuation that sits between Chinese words.
CJK_PUNCT = "，。、；：？！“”‘’（）《》【】…—·「」『』〈〉"
_CJKISH = f"[{CJK}{CJK_PUNCT}]"

# Zero-width and direction marks, BOMs and soft hyphens carry nothing for the reader.
# Format characters (Unicode category Cf: soft hyphen, zero-width and direction marks, U+061C,
# U+180E, BOM) and variation selectors (U+FE0F) are invisible: they go. Hangul fillers
# (U+3164 and kin) look like spaces and are often used as such: they become spaces.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef]")
_FILLER_RE = re.compile("[\u115f\u1160\u3164\uffa0]")
# Emoji (`👆点击关注`, `🔺 来源：…`, `👇`) decorate copied WeChat and app articles and say nothing;
# the bullets and marks that papers print (★ ■ ▲ ❶) lie outside this block and stay.
_EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

TERMINAL_PUNCT = "。！？!?…；;"
CLOSING_MARKS = "”’\"'」』）)】》〉]"
CLAUSE_PUNCT = "，。；！？,;!?"


# PDF fonts often share one glyph between a radical and the character it looks like, and
# their ToUnicode maps give the radical (⼗ for 十, ⻋ for 车). Radicals never occur in news text.
_SUPPLEMENT_RADICALS = dict(zip(
    "⺠⺟⻁⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
    "民母虎西见角贝车长门青韦页风飞食饣马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
))
# NFKC folds each Kangxi radical into its character; 户 is the simplified form of ⼾'s 戶.
_KANGXI_RADICALS = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
_KANGXI_RADICALS["⼾"] = "户"
# A font may draw the Chinese dash (破折号, two em dashes) as one glyph, the two-em dash, and give
# that (`⸺江州职业技术学院…见闻` as Chromium prints a subtitle's `——`).
_WIDE_DASHES = {"\u2e3a": "——", "\u2e3b": "———"}
RADICALS = str.maketrans({**_KANGXI_RADICALS, **_SUPPLEMENT_RADICALS, **_WIDE_DASHES})


def fold_radicals(text: str) -> str:
    """Replace radical code points that PDF text layers give for ordinary characters, and the
    two-em dash for the two em dashes it stands for."""
    return text.translate(RADICALS)


def replace_surrogates(text: str) -> str:
    """Lone surrogates (from surrogateescape decoding) cannot be encoded: they become U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", text)


def without_letter_spacing(text: str) -> str:
    """A page copied with a space after every letter (`本 报 讯 （ 记 者   林 晓 ）`) without them.

    Some PDF viewers copy glyphs placed one by one so, the text's own spaces spaced too. Where
    most lines of the page are set that way, the space after each letter goes; the indent at a
    line's start stays. A page where a few lines are letter-spaced keeps them: there the
    spacing is the type's (a section heading `扎 根`, a spread masthead).
    """
    if text.count(" ") < len(text) * LETTER_SPACED_SPACE_SHARE:
        return text  # a page letter-spaced throughout has nearly as many spaces as letters
    lines = text.split("\n")
    tokens = [line.split() for line in lines]
    long_lines = [parts for parts in tokens if sum(map(len, parts)) >= LETTER_SPACED_MIN_LETTERS]
    spaced = sum(1 for parts in long_lines if sum(len(part) == 1 for part in parts) >= len(parts) * LETTER_SPACED_SINGLES)
    if len(long_lines) < LETTER_SPACED_MIN_LINES or spaced < len(long_lines) * LETTER_SPACED_LINE_SHARE:
        return text
    # A gap of one space is the spacing; in a wider one, every other space is, and the others are
    # the text's own spaces (`者   林`: one; `电 \u3000 十`: a full-width one), at a line's end too.
    return "\n".join(_LETTER_GAP_RE.sub(lambda gap: gap.group()[1::2], line) for line in lines)


LETTER_SPACED_SPACE_SHARE = 0.3
LETTER_SPACED_MIN_LETTERS = 4  # shorter lines show no spacing of their own
LETTER_SPACED_SINGLES = 0.7  # the share of a letter-spaced line's parts that are one letter (digits may stay together)
LETTER_SPACED_MIN_LINES = 3
LETTER_SPACED_LINE_SHARE = 0.8
_LETTER_GAP_RE = re.compile(r"(?<=\S)[^\S\n]+")


def normalize_text(text: str) -> str:
    """Unify line ends, drop invisible and control characters, and turn odd spaces into plain ones.

    HTML's named and numbered characters (`&ldquo;`, `&nbsp;`, `&#8220;`) are the characters they
    name: text exported from a site's editor or copied from a page's source carries them."""
    if "&" in text:
        text = _CHARACTER_REFERENCE_RE.sub(lambda reference: html.unescape(reference.group()), text)
    text = fold_radicals(unicodedata.normalize("NFC", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # A vertical tab is Word's manual line break in some copies; a form feed ends a page in
    # pdftotext's output. Both part lines; dropped as control characters they glued two together.
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    text = _INVISIBLE_RE.sub("", text)
    text = _FILLER_RE.sub(" ", _EMOJI_RE.sub("", text))
    text = _CONTROL_RE.sub("", text)
    text = replace_surrogates(text)
    text = text.replace("\t", " ").replace("\u00a0", " ").replace("\u3000", " ")
    # Digits and Latin letters typed full-width (`２０２５年３月１２日`, `ＧＤＰ`) are read as the
    # half-width ones: dates, numbers and names are then one thing whichever way they were typed.
    return arabic_dates(_FULL_WIDTH_DECIMAL_RE.sub(".", text.translate(_FULL_WIDTH_ALPHANUMERIC)))


# Only a reference closed by its `;`: `R&D`, `AT&T` and `&para` inside a word are text.
_CHARACTER_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_FULL_WIDTH_ALPHANUMERIC = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05)}
_FULL_WIDTH_DECIMAL_RE = re.compile(r"(?<=\d)．(?=\d)")  # `３．５％`: a decimal point, not a full stop


_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_HALF_PUNCT_RE = re.compile(r"(?P<before>.?)(?P<mark>[,:;?!])(?P<after>\s?.?)")


def fix_punctuation(line: str) -> str:
    """Turn half-width , : ; ? ! . ( ) into full-width ones where they touch Chinese text.

    `1,000`, `12:30` and English sentences keep their ASCII punctuation.
    """
    if not _CJK_RE.search(line):
        return line

    def replace_mark(match: re.Match) -> str:
        before, mark, after = match["before"], match["mark"], match["after"]
        after_char = after.strip()[:1]
        if before.isdigit() and after_char.isdigit():
            return match.group(0)
        if re.match(_CJKISH, before or " ") or re.match(_CJKISH, after_char or " "):
            return before + _HALF_TO_FULL[mark] + after.lstrip()
        return match.group(0)

    line = _HALF_PUNCT_RE.sub(replace_mark, line)
    line = re.sub(r"\(([^()]*)\)", _fix_parens, line)
    return _HALF_STOP_RE.sub("。", line)


# A half-width full stop after Chinese text, its closing mark or a percentage (`99%.`), and before
# Chinese text, a space or the line's end, ends a sentence; `58.3`, `1.加强…`, `No.1`, `gov.cn` keep theirs.
_HALF_STOP_RE = re.compile(f"(?<=[{CJK}”’）》」』】%])\\.(?=$|\\s|[{CJK}“‘（《「『【”’）」』])")


def _fix_parens(match: re.Match) -> str:
    inner = match.group(1)
    start = match.start()
    before = match.string[start - 1] if start > 0 else ""
    if _CJK_RE.search(inner) or _CJK_RE.match(before or " "):
        return f"（{inner}）"
    return match.group(0)


_SPACE_IN_CJK_RE = re.compile(f"(?<=[{CJK}{CJK_PUNCT}])[ ]+(?=[{CJK}{CJK_PUNCT}0-9])|(?<=[0-9%])[ ]+(?=[{CJK}{CJK_PUNCT}])")


def curly_quotes(text: str) -> str:
    """Straight quotes in Chinese text as Chinese type sets them, opening and closing in turn
    (`"夜间经济"` -> `“夜间经济”`, `'家'` -> `‘家’`): a copy or a word processor typed them
    straight. An apostrophe between Latin letters (`China's`) stays."""
    if ('"' not in text and "'" not in text) or not _CJK_RE.search(text):
        return text
    for straight, pair in _STRAIGHT_QUOTES:
        turn = itertools.count()
        text = straight.sub(lambda _: pair[next(turn) % 2], text)
    return text


_STRAIGHT_QUOTES = ((re.compile('"'), "“”"), (re.compile("(?<![A-Za-z])'|'(?![A-Za-z])"), "‘’"))


def tighten_spaces(text: str) -> str:
    """Remove spaces that PDF extraction leaves between Chinese characters and numbers in body text."""
    text = _SPACE_IN_CJK_RE.sub("", text)
    return re.sub(r"[ ]{2,}", " ", text).strip()


def tighten_credits(text: str) -> str:
    """A closing line of credits keeps a full-width space before each label after the first
    (`采访整理：本报记者 刘思远    数据来源：…`); the spaces inside each credit go as in body text
    (`张  烁` is one name)."""
    return "\u3000".join(tighten_spaces(part) for part in _BEFORE_CREDIT_LABEL_RE.split(text.strip()) if part)


_BEFORE_CREDIT_LABEL_RE = re.compile(f"\\s+(?=[{CJK}]{{2,4}}[:：])")


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation, possibly inside closing quotes."""
    stripped = text.rstrip().rstrip(CLOSING_MARKS).rstrip()
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCT


def display_width(text: str) -> float:
    """Width in Chinese character cells: ASCII letters, digits and spaces count as half.

    Ambiguous-width marks such as “ ” count as full, as Chinese typesetting prints them.
    """
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


class PrintedLine(str):
    """A physical line of a page with its marks made full-width for reading (`fix_punctuation`)
    that keeps the line as printed, for telling whether it is wider than its column: a copy set
    with half-width marks (`,` `(`) filled the column by their width, half a letter each.
    Stripping keeps both; any other change of the text gives a plain string."""

    printed: str

    def __new__(cls, text: str, printed: str) -> "PrintedLine":
        line = super().__new__(cls, text)
        line.printed = printed
        return line

    def strip(self, chars: str | None = None) -> "PrintedLine":
        return PrintedLine(str.strip(self, chars), self.printed.strip(chars))

    def rstrip(self, chars: str | None = None) -> "PrintedLine":
        return PrintedLine(str.rstrip(self, chars), self.printed.rstrip(chars))

    def lstrip(self, chars: str | None = None) -> "PrintedLine":
        return PrintedLine(str.lstrip(self, chars), self.printed.lstrip(chars))


def printed_width(line: str) -> float:
    """A line's display width as printed (`PrintedLine`)."""
    return display_width(line.printed if isinstance(line, PrintedLine) else line)


def widened_width(line: str) -> float:
    """How much wider making a line's half-width marks full-width made it (0 for a plain string)."""
    return display_width(line) - display_width(line.printed) if isinstance(line, PrintedLine) else 0.0


def undouble(line: str) -> str:
    """Undo the fake-bold effect of PDF copies, where every run of a heading is printed twice.

    `荣昌首批荣昌首批““产业村长产业村长””上岗上岗` -> `荣昌首批“产业村长”上岗`, and glyph by
    glyph `开开州州一一季季度度 招招商商58.3亿亿元元` -> `开州一季度 招商58.3亿元` (copies often
    keep spaces, digits and marks single). Only a line whose Chinese letters all split into
    doubled runs, with at least three runs (four when all are single characters, two when one
    is longer), changes, so `常常`, `谢谢`, `多了多了` or `谢谢，常常，天天` stay as they are.
    """
    marker = _HEADING_MARKER_RE.match(line)
    if marker:  # a Markdown heading's `##` is syntax, not a doubled glyph
        return marker.group() + undouble(line[marker.end():])
    text = line.strip()
    if len(text) < 4 or len(text) > 400:
        return line
    chinese = Counter(_CJK_RE.findall(text))
    if not chinese or any(count % 2 for count in chinese.values()):
        return line  # each Chinese letter of a doubled line is there an even number of times
    runs = _doubled_runs(text)
    if runs is None:
        return line
    # Only doubled Chinese is evidence: a repeated call (`“磨剪子嘞——”“磨剪子嘞——”`) is one run.
    doubled = [run for run, twice in runs if twice and _CJK_RE.search(run)]
    longest = max(map(len, doubled), default=0)
    # Glyph-by-glyph doubling needs four runs: `谢谢，常常，天天` is plain text. A heading set as one
    # span of fake bold comes out as one run of letters twice (`区委召开全会区委召开全会`): a word said
    # twice is shorter (`谢谢谢谢`) and a call repeated whole keeps its marks (`“磨剪子嘞——”` twice).
    if len(doubled) >= (3 if longest >= 2 else 4) or (len(doubled) == 2 and longest >= 2) \
            or any(len(_CJK_RE.findall(run)) >= 3 and not _NOT_LETTER_RE.search(run) for run in doubled):
        return "".join(run for run, _ in runs)
    return line


_HEADING_MARKER_RE = re.compile(r"\s*#{1,6}\s+")


def _doubled_runs(text: str) -> list[tuple[str, bool]] | None:
    """Split text into runs each written twice in a row (longest runs first), with single
    characters other than Chinese letters between them; or None."""
    n = len(text)
    memo: dict[int, list[tuple[str, bool]] | None] = {n: []}

    def solve(i: int) -> list[tuple[str, bool]] | None:
        if i in memo:
            return memo[i]
        result = None
        for size in range((n - i) // 2, 0, -1):
            if text[i:i + size] == text[i + size:i + 2 * size]:
                rest = solve(i + 2 * size)
                if rest is not None:
                    result = [(text[i:i + size], True)] + rest
                    break
        if result is None and not _CJK_RE.match(text[i]):
            rest = solve(i + 1)
            if rest is not None:
                result = [(text[i], False)] + rest
        memo[i] = result
        return result

    return solve(0)


_NOT_LETTER_RE = re.compile(r"[\W_]+")


def letters(text: str) -> str:
    """Only the letters and digits of a text, NFKC-folded: for comparing passages.

    Punctuation and spaces go first, so that NFKC (the slow part) runs on fewer letters,
    and only when they are not already folded (full-width ＡＢ１２, ligatures, ①).
    """
    kept = _NOT_LETTER_RE.sub("", text)
    if unicodedata.is_normalized("NFKC", kept):
        return kept
    return _NOT_LETTER_RE.sub("", unicodedata.normalize("NFKC", kept))
