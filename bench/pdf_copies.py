"""Benchmark: text pages laid out as e-paper PDFs, printed by Chromium, cut by the tool and scored.

usage: python bench/pdf_copies.py PAGES_DIR [--gold GOLD.json] [--layouts a,b] [--keep DIR]

PAGES_DIR holds text views of newspaper pages in the layout `bench/copies.py` reads (stories
parted by a blank line, flush header lines, indented paragraphs). Each layout sets every page
as an HTML newspaper page (masthead with the date and page the file name gives, `NAME_YYYYMMDD_PP`;
each story a box with its kicker, headline and subtitle over a body in columns) and prints it
with headless Chromium; with `--gold`, each folder of PDFs is built with `digest build --format
json` and scored by `../shared/eval/score_digest.py`, one line per layout. Made for measuring
only, in a temporary folder unless `--keep` names one; the page text never enters the project.
"""
from __future__ import annotations

import base64
import functools
import html
import io
import random
import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.copies import Story, arguments, report, stories  # noqa: E402
from tests.pdf_pages.make_pdfs import print_pdf  # noqa: E402

FILE_DATE_RE = re.compile(r"_(\d{4})(\d{2})(\d{2})_(\d{1,2})$")


@dataclass(frozen=True)
class Layout:
    page: str  # CSS page size
    columns: int  # grid columns; the first story spans them all
    body_columns: int  # columns of each story's body
    reverse: bool = False  # boxes listed in the HTML in reverse order, placed by the grid
    centred: bool = False  # headlines centred over their boxes
    flow: bool = False  # no boxes: the page is one flow of columns, each story running on down them
    typeset: str = ""  # how the headings are typed, where not as the other layouts do: a key of TYPESETS
    photos: bool = False  # a photo with its caption in each story of two paragraphs or more (`story_photo`)


LAYOUTS = {
    "grid2_a3": Layout("A3", 2, 2),
    "grid3_a3_reversed": Layout("A3", 3, 1, reverse=True, centred=True),
    "grid2_a4": Layout("A4", 2, 1),
    "grid4_a3": Layout("A3", 4, 1),  # narrow columns: long boxes, and headlines, broken across pages
    "flow4_a3": Layout("A3", 4, 1, flow=True),  # stories run on from the foot of a column to the top of the next
    # Added to see how the rules carry over to layouts they were not made on:
    "flow3_a4": Layout("A4", 3, 1, flow=True),  # a flow over three or four sheets a page: headlines broken by sheets
    "grid3_a3": Layout("A3", 3, 2),  # boxes of two columns each in a grid of three
    "grid2_a4_centred": Layout("A4", 2, 2, centred=True),  # modules of two columns over several sheets
    "grid3_a3_centred": Layout("A3", 3, 2, centred=True),  # short headlines centred over modules of two columns
    "flow3_a3_centred": Layout("A3", 3, 1, flow=True, centred=True),  # headlines and kickers centred in a flow's columns
    "grid3_a4_plain": Layout("A4", 3, 1, typeset="plain"),
    "grid2_a4_subtle": Layout("A4", 2, 1, typeset="subtle"),
    "grid3_a4_spaced": Layout("A4", 3, 1, typeset="spaced"),
    "grid2_a4_browser": Layout("A4", 2, 1, typeset="browser"),
    "flow3_a4_browser": Layout("A4", 3, 1, flow=True, typeset="browser"),
    # Photos as district papers set them, an image over its caption: under the headings, at a
    # story's foot, or between its first two paragraphs.
    "grid3_a3_photos": Layout("A3", 3, 2, photos=True),
    "grid2_a4_photos": Layout("A4", 2, 1, photos=True),
    "flow4_a3_photos": Layout("A3", 4, 1, flow=True, photos=True),
}

CSS = """
@page {{ size: {page}; margin: 0; }}
/* A typesetter breaks a web address too long for its column; a browser lets it run over the next. */
body {{ margin: 10mm; font-family: "Noto Serif CJK SC", serif; font-size: 10pt; line-height: 1.5; overflow-wrap: anywhere; }}
.mast {{ border-bottom: 1.5pt solid #000; display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 4mm; }}
.paper {{ font-size: 24pt; font-weight: bold; }} .meta {{ font-size: 10pt; }}
.grid {{ display: grid; grid-template-columns: repeat({columns}, 1fr); gap: 5mm 7mm; grid-auto-flow: dense; }}
.art {{ border-top: 0.6pt solid #444; padding-top: 2mm; }} .lead {{ grid-column: 1 / -1; }}
.kicker, .sub {{ font-size: 14pt; margin: 0; {align} }}
h1 {{ font-size: 22pt; margin: 1mm 0 2mm 0; line-height: 1.25; font-family: "Noto Sans CJK SC", sans-serif; {align} }}
.lead h1 {{ font-size: 28pt; }}
.body {{ column-count: {body_columns}; column-gap: 6mm; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }} p.flush {{ text-indent: 0; font-weight: bold; }}
figure {{ margin: 1mm 0 2mm 0; break-inside: avoid; }} figure img {{ display: block; width: 100%; }}
figcaption {{ font-size: 8.5pt; line-height: 1.35; font-family: "Noto Sans CJK SC", sans-serif; }}
"""
FLOW_CSS = """
.grid {{ display: block; column-count: {columns}; column-gap: 7mm; }} .art {{ border-top: none; margin-bottom: 5mm; }}
h1 {{ font-size: 18pt; }} .lead h1 {{ font-size: 24pt; }} h1, .kicker {{ break-after: avoid; }}
"""
TYPESETS = {
    # As a browser sets headings by default: one serif face, no rules between stories, kicker and
    # subtitle bold at 1.17 times the text, the headline twice it.
    "plain": """
body { font-size: 9pt; } .art { border-top: none; padding-top: 0; }
h1, .lead h1 { font-family: "Noto Serif CJK SC", serif; font-size: 2em; }
.kicker, .sub { font-size: 1.17em; font-weight: bold; margin: 1mm 0; }
""",
    # Kicker and subtitle at the text's size and weight, flush, told from it by their face alone
    # (as a paper sets them in 楷体 over the text's 书宋); the headline 1.6 times the text.
    "subtle": """
.kicker, .sub { font-family: "Noto Sans CJK SC", sans-serif; font-size: 1em; font-weight: normal; text-indent: 0; margin: 1mm 0; }
h1, .lead h1 { font-size: 1.6em; }
""",
    # Paragraphs as a web page prints them: flush, set off by a space between them, ragged right.
    "spaced": """
p { text-indent: 0; margin: 0 0 0.6em 0; text-align: left; }
""",
    # Everything as a browser sets it by default: the plain headings over the spaced paragraphs.
    "browser": """
body { font-size: 9pt; } .art { border-top: none; padding-top: 0; }
h1, .lead h1 { font-family: "Noto Serif CJK SC", serif; font-size: 2em; margin: 0.67em 0; }
.kicker, .sub { font-size: 1.17em; font-weight: bold; }
p { text-indent: 0; margin: 1em 0; text-align: left; }
""",
}


def page_facts(name: str) -> tuple[str, str]:
    found = FILE_DATE_RE.search(name)
    if not found:
        return "", ""
    year, month, day, page = found.groups()
    return f"{year}年{int(month)}月{int(day)}日", f"第{int(page):02d}版"


# Made-up captions, each signed as papers sign them: `▲…摄`, `（…摄）`, a credit after the caption.
CAPTIONS = ("▲ 图为活动现场。　本报记者 李明 摄", "图为工作人员正在现场查看。（通讯员 张华 摄）",
            "▲ 群众在现场了解相关情况。　本报记者 王芳 摄")
PHOTO_STORY_RE = re.compile(r"^图为|摄(?:[（(][^）)]*[）)])?$")
PHOTO_PLACES = ("under the headings", "at the foot", "after the first paragraph")


@functools.cache
def photo_png() -> bytes:
    """A small grey image, drawn as a photo is: a raster image scaled to its frame."""
    from PIL import Image

    pixels = random.Random(1)
    image = Image.new("L", (40, 30))
    image.putdata([pixels.randrange(60, 200) for _ in range(40 * 30)])
    data = io.BytesIO()
    image.save(data, "PNG")
    return data.getvalue()


def gets_photo(story: Story, lead: bool) -> bool:
    """Each story of two paragraphs or more gets a photo, but the lead and a photo story,
    whose text is its photo's caption already."""
    return not lead and len(story.body) >= 2 and not any(PHOTO_STORY_RE.search(text) for _, text in story.body)


def photo_look(order: int) -> tuple[int, str]:
    """The height in mm (30, 40 or 50) and the caption of the photo of the story at `order`:
    the stories take them in turn, in both benches."""
    return 30 + 10 * (order % 3), CAPTIONS[order % len(CAPTIONS)]


@functools.cache
def photo_uri() -> str:
    return "data:image/png;base64," + base64.b64encode(photo_png()).decode()


def story_photo(order: int) -> tuple[str, str]:
    """The story's photo, over its caption, and where it goes: the stories take the places in
    turn (`photo_look` gives its height and caption)."""
    height, caption = photo_look(order)
    figure = (f'<figure><img src="{photo_uri()}" style="height:{height}mm;object-fit:cover">'
              f'<figcaption>{html.escape(caption)}</figcaption></figure>')
    return figure, PHOTO_PLACES[order % len(PHOTO_PLACES)]


def story_html(story: Story, lead: bool, order: int, photos: bool = False) -> str:
    header = [line.strip() for line in story.header]
    plain = [i for i, line in enumerate(header) if not line.startswith("——")]
    title = max(plain, key=lambda i: len(header[i])) if plain else None
    parts = []
    for i, line in enumerate(header):
        if i == title:
            parts.append(f"<h1>{html.escape(line)}</h1>")
        else:
            parts.append(f'<p class="{"kicker" if title is not None and i < title else "sub"}">{html.escape(line)}</p>')
    paragraphs = [f'<p{"" if indented else " class=flush"}>{html.escape(text)}</p>' for indented, text in story.body]
    if photos and gets_photo(story, lead):
        figure, place = story_photo(order)
        if place == "under the headings":
            parts.append(figure)
        else:
            paragraphs.insert(len(paragraphs) if place == "at the foot" else 1, figure)
    return (f'<div class="art{" lead" if lead else ""}" style="order:{order}">{"".join(parts)}'
            f'<div class="body">{"".join(paragraphs)}</div></div>')


def page_html(name: str, page: list[Story], layout: Layout) -> str:
    date, number = page_facts(name)
    boxes = [story_html(story, lead=i == 0, order=i, photos=layout.photos) for i, story in enumerate(page)]
    if layout.reverse:
        boxes.reverse()  # drawn in another order than read; `order` keeps their places
    css = CSS.format(page=layout.page, columns=layout.columns, body_columns=layout.body_columns,
                     align="text-align: center;" if layout.centred else "")
    if layout.flow:
        css += FLOW_CSS.format(columns=layout.columns)
    css += TYPESETS.get(layout.typeset, "")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head><body>'
            f'<div class="mast"><span class="paper">人民日报</span><span class="meta">{date}　{number}</span></div>'
            f'<div class="grid">{"".join(boxes)}</div></body></html>')


def make_pdfs(pages_dir: Path, out_dir: Path, layouts: list[str], jobs: int = 2) -> dict[str, Path]:
    made = {}
    tasks = []
    for name in layouts:
        folder = out_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        for text_page in sorted(pages_dir.glob("*.txt")):
            source = folder / (text_page.stem + ".html")
            source.write_text(page_html(text_page.stem, stories(text_page.read_text(encoding="utf-8")), LAYOUTS[name]),
                              encoding="utf-8")
            pdf = folder / (text_page.stem + ".pdf")
            if not pdf.exists():  # a kept folder is printed once: later runs only build and score
                tasks.append((source, pdf))
        made[name] = folder
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda task: print_pdf(*task), tasks))
    for source in out_dir.glob("*/*.html"):
        source.unlink()  # only the PDFs are built
    return made


def main() -> None:
    parser = arguments(__doc__, LAYOUTS, "layouts")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        report(make_pdfs(args.pages, args.keep or Path(scratch), args.layouts.split(","), args.jobs), args.gold, args.scorer)


if __name__ == "__main__":
    main()
