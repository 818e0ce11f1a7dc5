"""Benchmark: saved news pages re-made as other sites make theirs, read by the tool and scored.

usage: python bench/web_variants.py PAGES_DIR [--gold GOLD.json] [--kinds a,b] [--keep DIR]

PAGES_DIR holds saved news pages, one story each (`../shared/eval/web_pages/pages`). Each
kind re-makes every page with one difference that sites have and the shared pages may not:

  as_is      parsed and written again, unchanged (the control)
  comments   a block of readers' comments after the page's content (a heading, dated comments)
  related    a list of related stories under the story's last paragraph
  br         paragraphs set as text parted by <br><br> instead of <p> (older site systems)
  divs       paragraphs set as <div> instead of <p>
  no_names   no class or id on any element (extraction that leans on a site's names fails)
  old_site   paragraphs as <div> and no class or id (an older site system)
  br_no_names paragraphs parted by <br><br> and no class or id
  sections   paragraphs as <section> (as WeChat's editors set them)
  table      the story's paragraphs in a cell of a layout table, as older sites lay out pages
  mhtml      the page as it is, saved by headless Chromium as one file (`Webpage, Single File`):
             the DOM after the page's scripts ran, quoted-printable in a MIME archive (needs
             chromium and chromium-driver; its sources are scored under the page's own name).
             A page stored as UTF-8 under its site's GBK <meta> goes to Chromium as GBK, as the
             site sent it (`as_served`)

With `--gold` (`../shared/eval/web_pages/gold.json`, scored by its `score_web.py`), each kind is
built with `digest build --format json` and its counts are printed one line per kind. The pages
are made for measuring only, in a temporary folder unless `--keep` names one; the comments and
headlines added are made up here.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.html
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.read import decode_bytes  # noqa: E402
from tests.saved_pages.make_mhtml import save_mhtml  # noqa: E402

COMMENTS = (
    ("山城小李", "这个政策真好，希望早日落实到我们社区，老人看病方便多了。", "10:12", 12),
    ("江边风", "去年就听说要办，今年终于动起来了，点个赞！", "11:03", 5),
    ("老张头", "说得容易做起来难，关键看落实，我们小区停车问题到现在还没有解决。", "12:40", 30),
    ("阳光花园", "支持！孩子上学的路终于修好了，感谢各位工作人员的辛苦付出。", "13:15", 8),
    ("小鱼儿", "请问具体在哪里报名？需要带什么材料？有没有人知道。", "14:02", 2),
    ("城南旧事", "这样的报道多一些，让我们老百姓知道政府在做什么。", "15:30", 17),
)
RELATED = ("我市召开全市安全生产工作会议 部署下一阶段重点任务", "区委理论学习中心组举行专题学习会",
           "全市一季度经济运行稳中向好 主要指标增速高于全省", "市领导调研城市更新项目建设情况",
           "我区举办春季招聘会 提供岗位3000余个", "市政协召开常委会议 协商议政助推高质量发展")
STORY_PARAGRAPH_LETTERS = 40  # a <p> this long is the story's, not the page's furniture


def with_comments(body) -> None:
    block = etree.SubElement(body, "div")
    etree.SubElement(block, "h3").text = "网友评论"
    for name, words, time, likes in COMMENTS:
        etree.SubElement(block, "p").text = f"网友“{name}”：{words}2024-06-01 {time} 回复 点赞 {likes}"


def with_related(body) -> None:
    paragraphs = [p for p in body.iter("p") if len((p.text_content() or "").strip()) > STORY_PARAGRAPH_LETTERS]
    if not paragraphs:
        return
    last = paragraphs[-1]
    block = etree.Element("div")
    etree.SubElement(block, "h3").text = "相关新闻"
    items = etree.SubElement(block, "ul")
    for headline in RELATED:
        etree.SubElement(etree.SubElement(items, "li"), "a", href="#").text = headline
    last.addnext(block)


def with_breaks(body) -> None:
    for paragraph in list(body.iter("p")):
        paragraph.tag = "span"
        first, second = etree.Element("br"), etree.Element("br")
        second.tail, paragraph.tail = paragraph.tail, None
        paragraph.addnext(second)
        paragraph.addnext(first)


def with_divs(body) -> None:
    for paragraph in list(body.iter("p")):
        paragraph.tag = "div"


def without_names(body) -> None:
    for element in body.getroottree().iter():
        if isinstance(element.tag, str):
            for name in ("class", "id"):
                element.attrib.pop(name, None)


def old_site(body) -> None:
    with_divs(body)
    without_names(body)


def with_sections(body) -> None:
    for paragraph in list(body.iter("p")):
        paragraph.tag = "section"


def with_breaks_no_names(body) -> None:
    with_breaks(body)
    without_names(body)


def in_table(body) -> None:
    """The story's paragraphs' container set in a layout table's cell, as older sites lay out pages."""
    paragraphs = [p for p in body.iter("p") if len((p.text_content() or "").strip()) > STORY_PARAGRAPH_LETTERS]
    if not paragraphs:
        return
    container = paragraphs[0].getparent()
    table = etree.Element("table")
    row = etree.SubElement(table, "tr")
    etree.SubElement(row, "td", width="8").text = " "
    cell = etree.SubElement(row, "td")
    container.addprevious(table)
    cell.append(container)


# Each kind's change to a page's body; `mhtml` changes nothing but how the page is saved.
KINDS = {"as_is": lambda body: None, "comments": with_comments, "related": with_related, "br": with_breaks,
         "divs": with_divs, "no_names": without_names, "old_site": old_site, "sections": with_sections,
         "br_no_names": with_breaks_no_names, "table": in_table, "mhtml": None}


def remake(page: Path, change) -> bytes:
    """The page as UTF-8 HTML with `change` made to its body (its own charset declaration dropped)."""
    tree = lxml.html.document_fromstring(decode_bytes(page.read_bytes()).text.encode("utf-8"),
                                         parser=lxml.html.HTMLParser(encoding="utf-8"))
    for meta in tree.xpath("//meta[@charset or @http-equiv]"):
        meta.getparent().remove(meta)
    body = tree.find("body")
    if body is not None:
        change(body)
    head = tree.find("head")
    if head is None:
        head = etree.Element("head")
        tree.insert(0, head)
    head.insert(0, etree.Element("meta", charset="utf-8"))
    return lxml.html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


_DECLARED_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)
_GB_CHARSETS = (b"gb2312", b"gbk", b"gb18030")


def as_served(page: Path, scratch: Path) -> Path:
    """The page in the bytes its site sent. Some shared pages are stored as UTF-8 under the
    site's own `<meta charset=gb2312>`; a browser trusts the <meta>, and a page it reads as
    GBK is not the page any user saved. Such a page goes to Chromium in the encoding it declares."""
    data = page.read_bytes()
    declared = _DECLARED_CHARSET_RE.search(data)
    if declared is None or declared.group(1).lower() not in _GB_CHARSETS:
        return page
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return page  # stored as the site sent it
    served = scratch / page.name
    served.write_bytes(text.encode("gb18030"))
    return served


def score(folder: Path, gold: Path, scorer: Path) -> dict:
    built = folder.parent / (folder.name + ".out")
    subprocess.run([sys.executable, "-m", "digest", "build", str(folder), "--out", str(built), "--format", "json"],
                   check=True, cwd=ROOT, capture_output=True)
    digest_json = max(built.glob("digest-*.json"), key=lambda path: path.stat().st_mtime)
    if any(folder.glob("*.mhtml")):  # the scorer knows each story by its page's file name
        digest = json.loads(digest_json.read_text(encoding="utf-8"))
        for article in digest["articles"]:
            article["source"] = str(Path(article["source"]).with_suffix(".html"))
        digest_json = built / "scored-as-html.json"
        digest_json.write_text(json.dumps(digest, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(scorer), str(digest_json), str(gold.resolve())],
                            check=True, cwd=scorer.parent, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "web_pages" / "score_web.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        for kind in args.kinds.split(","):
            folder = out / kind
            folder.mkdir(parents=True, exist_ok=True)
            pages = sorted(args.pages.glob("*.htm*"))
            if kind == "mhtml":
                served = Path(scratch) / "served"
                served.mkdir(exist_ok=True)
                unsaved = save_mhtml([(as_served(page, served).resolve(), folder / (page.stem + ".mhtml"))
                                      for page in pages])
                if unsaved:
                    print(f"{kind:10s} not saved by Chromium (scored as misses): {', '.join(p.name for p in unsaved)}")
            else:
                for page in pages:
                    (folder / page.name).write_bytes(remake(page, KINDS[kind]))
            if args.gold:
                figures = score(folder, args.gold, args.scorer.resolve())
                print(f"{kind:10s} " + "  ".join(f"{name} {value}" for name, value in figures.items()))
            else:
                print(f"{kind:10s} {folder}")


if __name__ == "__main__":
    main()
