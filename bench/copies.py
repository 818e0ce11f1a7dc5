"""Benchmark: damaged copies of text pages, as users paste them, cut by the tool and scored.

usage: python bench/copies.py PAGES_DIR [--gold GOLD.json] [--kinds a,b] [--keep DIR]

A kind named with a width after `@` (`--kinds line_by_line@13,random_blank@14`) wraps its
bodies at that many letters instead of its own: the rules are for columns of any width.

PAGES_DIR holds text views of newspaper pages in the e-paper layout: stories parted by a
blank line, each opening with its header lines (引题, 主题, 副题) set flush, its paragraphs
indented with full-width spaces (`../shared/eval/real_pages/pages`). Each kind of copy
re-sets every page the way a copy from a PDF or a narrow e-paper column comes out (indents
lost, bodies wrapped at a column width, headlines printed after their bodies, blank lines
lost, scattered or set under every line, half-width marks, a space after every letter or
about digits, sheets' numbers and running heads), or with the seeds' other damage (header
lines in fake bold, pull quotes, a paragraph printed twice), or as a colleague's list numbers
its stories and a Word file's headings set header lines. With `--gold` (the page folder's gold list, scored by
`../shared/eval/score_digest.py`), each copy is built with `digest build --format json` and
its figures are printed one line per kind. The copies are made for measuring only, in a
temporary folder unless `--keep` names one; the page text never enters the project.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score_digest.py"
INDENT = "\u3000"
HALF_WIDTH_MARKS = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})


@dataclass(frozen=True)
class Story:
    header: list[str]  # the flush lines over the first paragraph
    body: list[tuple[bool, str]]  # (indented, text) for each line after the header


@dataclass(frozen=True)
class Kind:
    width: int | None  # wrap bodies at this many letters; None keeps whole paragraphs
    header_after: bool = False  # header lines printed after the body (a PDF's reading order)
    indent: bool = False  # keep the full-width indents
    paragraph_blank: bool = True  # a blank line after each paragraph
    story_blank: bool = True  # a blank line between stories
    random_blank: float = 0.0  # chance of a blank line at any line break inside a paragraph
    half_width: bool = False
    doubled: bool = False  # header lines in fake bold: each run of letters and each mark printed twice
    pull_quote: bool = False  # a sentence of a later paragraph printed again as a paragraph of its own
    repeated: bool = False  # one paragraph of text of each story printed twice in a row (a copy pasted twice)
    numbered: str = ""  # "first": each story's first header line numbered `1.`, `2.`, …; "headline": its headline
    markdown_headings: bool = False  # each header line a Markdown heading of its own (`## …`)
    by_width: bool = False  # lines filled by width as a PDF sets them: see wrap_by_width
    letter_spaced: bool = False  # a space after every letter and mark, as some PDF viewers copy placed glyphs
    digits_apart: str = ""  # a space between Chinese and digits or Latin letters: "copy" set by the copy, "text" by the text
    sheet_lines: int = 0  # a sheet's mark after every this many lines, as a copy of a printed document has
    sheet_mark: str = "— {number} —"  # the mark: its number, or a running head with the page's date


KINDS = {
    "plain": Kind(None, paragraph_blank=False),
    "every_line_blank": Kind(None),
    "noblank": Kind(None, paragraph_blank=False, story_blank=False),
    "wrapped": Kind(15, header_after=True),
    "lead_wrapped": Kind(15),
    "random_blank": Kind(17, header_after=True, random_blank=0.08),
    "half12": Kind(12, header_after=True, half_width=True),
    "half18": Kind(18, header_after=True, half_width=True),
    "line_by_line": Kind(16, paragraph_blank=False, story_blank=False),
    "line_by_line_after": Kind(16, header_after=True, paragraph_blank=False, story_blank=False),
    "after_paragraphs": Kind(None, header_after=True, paragraph_blank=False),
    "after_paragraphs_indented": Kind(None, header_after=True, indent=True, paragraph_blank=False),
    "doubled_headers": Kind(None, doubled=True),
    "doubled_headers_after": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, doubled=True),
    "pull_quotes": Kind(None, pull_quote=True),
    "pull_quotes_after": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, pull_quote=True),
    "repeated_paragraphs": Kind(None, repeated=True),
    "repeated_paragraphs_after": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, repeated=True),
    # A colleague's list of the week's stories: each numbered on its first line (a kicker where
    # it has one), or on its headline under an unnumbered kicker; and header lines each set as
    # a heading of one level, as a Word file's or web page's headings give them.
    "numbered": Kind(None, paragraph_blank=False, numbered="first"),
    "numbered_headline": Kind(None, paragraph_blank=False, numbered="headline"),
    "markdown_headings": Kind(None, markdown_headings=True),
    # A text copy of a PDF column: lines filled by width, so that their letter counts vary, with
    # the indents kept or lost.
    "by_width": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, by_width=True),
    "by_width_indented": Kind(16, header_after=True, indent=True, paragraph_blank=False, story_blank=False,
                              by_width=True),
    # The same with the header lines before their text, as a viewer copies a PDF that draws them first.
    "by_width_before": Kind(16, paragraph_blank=False, story_blank=False, by_width=True),
    "by_width_before_indented": Kind(16, indent=True, paragraph_blank=False, story_blank=False, by_width=True),
    # A column's copy whose every printed line became a paragraph of its own, a blank line under
    # each (a web view that sets each line as one, or line ends doubled to `\r\r\n`).
    "wrapped_line_blank": Kind(16, header_after=True, random_blank=1.0),
    "lead_wrapped_line_blank": Kind(16, random_blank=1.0),
    # A PDF column copied by a viewer that puts a space between glyphs it finds placed one by one:
    # a space between every two letters, marks or spaces.
    "letter_spaced": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, letter_spaced=True),
    "letter_spaced_before": Kind(16, paragraph_blank=False, story_blank=False, letter_spaced=True),
    # A space between Chinese and a run of digits or Latin letters (`本报北京 4 月 30 日电`): set by a
    # PDF viewer's copy where the type changes face, after the column's wrap; or by the text itself
    # (a web page that sets them), before it.
    "digits_apart": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, digits_apart="copy"),
    "digits_apart_text": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, digits_apart="text"),
    # A copy of the page printed on sheets of 40 lines, each sheet's number, or its running head
    # (the paper's date line), where it broke.
    "sheet_numbers": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, sheet_lines=40),
    "running_heads": Kind(16, header_after=True, paragraph_blank=False, story_blank=False, sheet_lines=40,
                          sheet_mark="江州日报 {date} 第{number}版"),
}


def stories(text: str) -> list[Story]:
    found = []
    for block in text.split("\n\n"):
        lines = [line.rstrip() for line in block.splitlines() if line.strip()]
        cut = next((i for i, line in enumerate(lines) if line.startswith(INDENT)), len(lines))
        body = [(line.startswith(INDENT), line.strip().lstrip(INDENT)) for line in lines[cut:]]
        if lines:
            found.append(Story(lines[:cut], body))
    return found


def wrap(text: str, width: int | None) -> list[str]:
    if width is None:
        return [text]
    return [text[i:i + width] for i in range(0, len(text), width)]


def wrap_by_width(text: str, width: int | None) -> list[str]:
    """The text set in a column `width` full-width letters wide as a typesetter fills it: digits,
    Latin letters and half-width marks take half a letter's width; one closing mark may hang
    past the edge, but no line opens on one (where two would hang, the letter before them moves
    down with them), no line closes on an opening mark (it moves down to the next), and no line
    opens on a space."""
    if width is None:
        return [text]
    lines: list[str] = []
    line = ""
    for letter in text:
        if _set_width(line + letter) > width and line:
            if letter in CLOSING_MARKS and _set_width(line) <= width:
                line += letter  # the one mark that hangs
                continue
            cut = len(line)
            if letter in CLOSING_MARKS and len(line.rstrip("".join(CLOSING_MARKS))) > 1:
                cut = len(line.rstrip("".join(CLOSING_MARKS))) - 1
            while cut > 1 and line[cut - 1] in OPENING_MARKS:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        if not line and letter.isspace() and lines:
            lines[-1] += letter  # a space at the wrap stays at the line's end: no line opens on one
            continue
        line += letter
    return lines + [line] if line else lines


def _set_width(text: str) -> float:
    return sum(0.5 if letter.isascii() or letter == "\xa0" else 1.0 for letter in text)


CLOSING_MARKS = set("，。、；：！？”’）》」』】…,.;:!?)")
OPENING_MARKS = set("“‘（《「『【(")


DIGITS_APART_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[\u4e00-\u9fff])")


def letter_spaced(line: str) -> str:
    """The line with a space after each letter, mark and space (`本 报 讯 （ 记 者   林 晓 ）`); its indent stays."""
    text = line.lstrip()
    return line[:len(line) - len(text)] + " ".join(text)


def fake_bold(line: str) -> str:
    """The line as a PDF copy of fake-bold type gives it: every run of letters and every mark
    twice (`乡村乡村““夜校夜校””`); spaces stay single."""
    return "".join(run if run.isspace() else run * 2 for run in _RUN_RE.findall(line))


_RUN_RE = re.compile(r"[^\W_]+|\s+|.")


def pull_quote(paragraphs: list[str], rng: random.Random) -> str | None:
    """A sentence of 12 to 40 characters from the paragraphs, as a layout sets one in large type
    between paragraphs to draw the eye (the body keeps it too)."""
    sentences = [sentence for paragraph in paragraphs for sentence in _SENTENCE_RE.findall(paragraph)
                 if 12 <= len(sentence) <= 40]
    return rng.choice(sentences) if sentences else None


_SENTENCE_RE = re.compile(r"[^。！？]+[。！？]”?")


def render(page: list[Story], kind: Kind, rng: random.Random) -> str:
    out: list[str] = []

    def paragraph(lines: list[str]) -> None:
        for n, line in enumerate(lines):
            out.append(line)
            if n < len(lines) - 1 and rng.random() < kind.random_blank:
                out.append("")
        if kind.paragraph_blank:
            out.append("")

    set_lines = wrap_by_width if kind.by_width else wrap
    for number, story in enumerate(page, 1):
        # each header line a paragraph of its own
        header_lines = [line.strip() for line in story.header]
        if kind.digits_apart == "text":
            header_lines = [DIGITS_APART_RE.sub(" ", line) for line in header_lines]
        if kind.numbered and header_lines:
            at = 0 if kind.numbered == "first" else max(n for n, line in enumerate(header_lines) if not line.startswith("——"))
            header_lines[at] = f"{number}." + header_lines[at]
        if kind.markdown_headings:
            header_lines = ["## " + line for line in header_lines]
        header = [[fake_bold(line) if kind.doubled else line] for line in header_lines]
        if kind.markdown_headings and header:
            header = [header_lines]  # one block: no blank line between the headings
        body = []
        for indented, text in story.body:
            # A kept indent takes the room of two letters on the paragraph's first line.
            if kind.digits_apart == "text":
                text = DIGITS_APART_RE.sub(" ", text)
            lines = set_lines(INDENT * 2 + text if kind.indent else text, kind.width) if indented else [text]
            body.append(lines)
        if kind.repeated and (text_paragraphs := [n for n, (indented, text) in enumerate(story.body)
                                                  if indented and len(text) >= 30 and text.endswith(("。", "”"))]):
            twice = rng.choice(text_paragraphs)
            body.insert(twice + 1, list(body[twice]))
        if kind.pull_quote and len(story.body) >= 3:
            quote = pull_quote([text for indented, text in story.body[1:] if indented], rng)
            if quote:
                body.insert(rng.randrange(1, len(body)), set_lines(quote, kind.width))
        for lines in (body + header if kind.header_after else header + body):
            paragraph(lines)
        if kind.story_blank and (not out or out[-1]):
            out.append("")
    text = "\n".join(out).strip("\n") + "\n"
    if kind.digits_apart == "copy":
        text = DIGITS_APART_RE.sub(" ", text)
    if kind.letter_spaced:
        text = "\n".join(letter_spaced(line) for line in text.split("\n"))
    if kind.sheet_lines:
        lines = text.split("\n")
        text = "\n".join(line + ("\n" + kind.sheet_mark.format(number=number // kind.sheet_lines + 1)
                                 if number % kind.sheet_lines == 0 else "") for number, line in enumerate(lines, 1))
    return text.translate(HALF_WIDTH_MARKS) if kind.half_width else text


def make_copies(pages_dir: Path, out_dir: Path, kinds: list[str]) -> dict[str, Path]:
    made = {}
    for name in kinds:
        base, _, width = name.partition("@")
        kind = replace(KINDS[base], width=int(width)) if width else KINDS[base]
        folder = out_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        for page in sorted(pages_dir.glob("*.txt")):
            rng = random.Random(page.name)  # the same copy in every run
            dated = replace(kind, sheet_mark=kind.sheet_mark.replace("{date}", _page_date(page.name)))
            (folder / page.name).write_text(render(stories(page.read_text(encoding="utf-8")), dated, rng), encoding="utf-8")
        made[name] = folder
    return made


def _page_date(name: str) -> str:
    """The date a page's file name gives (`rmrb_20200501_04.txt`), as a masthead prints it."""
    found = re.search(r"(20\d\d)(\d\d)(\d\d)", name)
    return f"{found[1]}年{int(found[2])}月{int(found[3])}日" if found else "2025年3月5日"


def score(folder: Path, gold: Path, scorer: Path) -> dict:
    built = folder.parent / (folder.name + ".out")
    subprocess.run([sys.executable, "-m", "digest", "build", str(folder), "--out", str(built), "--format", "json"],
                   check=True, cwd=ROOT, capture_output=True)
    # The digest just written, not the scored copy an earlier run left beside it (`--keep`).
    digest_json = max(built.glob("digest-*.json"), key=lambda path: path.stat().st_mtime)
    data = json.loads(digest_json.read_text(encoding="utf-8"))
    for article in data.get("articles", []):
        # The gold names the text pages: a copy in another format (`page.pdf`) is scored as its page.
        article["source"] = str(Path(article.get("source", "")).with_suffix(".txt"))
    scored = built / "scored.json"
    scored.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(scorer), str(scored), str(gold.resolve())],
                            check=True, cwd=scorer.parent, capture_output=True, text=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    articles = data.get("articles", [])
    figures["dated"] = round(sum(bool(a.get("date")) for a in articles) / len(articles), 3) if articles else 0.0
    return figures


def arguments(doc: str, choices: dict, choice: str) -> argparse.ArgumentParser:
    """The command line both copy benchmarks share; `choice` names the option that picks
    among `choices` (kinds of copy, or layouts)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument(f"--{choice}", default=",".join(choices))
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    return parser


def report(made: dict[str, Path], gold: Path | None, scorer: Path) -> None:
    """One line per folder of copies: its figures with `gold`, else where it is."""
    for name, folder in made.items():
        if gold:
            figures = score(folder, gold, scorer)
            print(f"{name:28s} F1 {figures.get('f1', 0):.3f}  {json.dumps({k: v for k, v in figures.items() if k != 'misses'}, ensure_ascii=False)}")
        else:
            print(f"{name:28s} {folder}")


def run(doc: str, choices: dict, choice: str, make) -> None:
    """The shared command line: make the copies `choice` picks (in a temporary folder unless
    `--keep` names one) with `make(pages, folder, names)` and report them."""
    args = arguments(doc, choices, choice).parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        report(make(args.pages, args.keep or Path(scratch), getattr(args, choice).split(",")), args.gold, args.scorer)


def main() -> None:
    run(__doc__, KINDS, "kinds", make_copies)


if __name__ == "__main__":
    main()
