"""What a saved news page says besides its text: the headline without the site's name, and
the end of the story before the page's own furniture (copyright, comment rules, share links).

trafilatura finds the main text and the metadata; these rules fix what news sites add:
`<title>` is `headline_channel_site` (`…--经济·科技--人民网`, `…_财经网 - CAIJING.COM.CN`),
and the text often runs on into `返回搜狐，查看更多`, `All Rights Reserved` or a report line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import letters

# Separators between a headline and the channel or site names that follow it in <title>.
_TITLE_SEPARATOR_RE = re.compile(r"\s*(?:--|——|_|\s[-|｜丨·]\s|\s?[|｜丨]\s?|-(?=[^\s-]{2,12}$))\s*")
_SITE_WORD_RE = re.compile(r"(?:网|报|频道|首页|新闻|在线|客户端|官网|政府|门户|\.com|\.cn|\.net|COM|CN)$", re.IGNORECASE)
MAX_SITE_SEGMENT = 12
MIN_HEADLINE = 6


def clean_headline(title: str, sitename: str | None = None) -> str:
    """The headline of a page's <title>: trailing channel and site segments removed.

    A segment goes when it is short (a channel, a tag, a site name) or names the site; a
    long segment after a separator is part of the headline (`书记市长这一周 | 奋马扬鞭…`).
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
    r"(?:copyright|all\s*rights\s*reserved|版权所有|版权声明|免责声明|转载时?务?请注明|未经授权|不得转载"
    r"|网友评论仅供|不代表本站|并不表明.{0,6}立场|返回.{0,6}查看更多|违法和不良信息举报|举报电话|举报邮箱"
    r"|责任编辑|分享到|扫一扫|点击(?:查看|阅读)|【详细】|相关阅读|推荐阅读|热门推荐|上一篇|下一篇)",
    re.IGNORECASE)
_TIME_STAMP_RE = re.compile(r"^\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$")
MAX_TRAILER_LINE = 120


def strip_trailer(body: str) -> str:
    """The text without the page furniture that follows the story (checked from the end, line by line)."""
    lines = body.rstrip().split("\n")
    while lines:
        last = lines[-1].strip()
        if not last or (len(last) <= MAX_TRAILER_LINE and (_TRAILER_RE.search(last) or _TIME_STAMP_RE.match(last))):
            lines.pop()
            continue
        break
    return "\n".join(lines) if any(line.strip() for line in lines) else body


@dataclass(frozen=True)
class PageTitles:
    """What a page offers as its headline: the <title> and title metas, and the headings
    (h1, h2, and elements whose class or id names a title) in page order."""

    titles: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()


_TITLE_METAS = ("og:title", "twitter:title")
_TITLE_CLASS_XPATH = ("//*[self::h1 or self::h2 or contains(@class, 'title') or contains(@id, 'title')"
                      " or contains(@class, 'Title') or contains(@id, 'Title')]")
MAX_HEADLINE_LETTERS = 80
MAX_HEADINGS = 40


def page_titles(html: str) -> PageTitles:
    """The page's title texts and heading texts (none when the markup cannot be parsed)."""
    try:
        from lxml import html as lxml_html

        # Bytes, so that a page that declares its encoding parses (lxml refuses such str input).
        tree = lxml_html.fromstring(html.encode("utf-8", "replace"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception:  # broken markup: trafilatura's title stands
        return PageTitles()
    titles = [" ".join(element.text_content().split()) for element in tree.iter("title")][:1]
    for element in tree.iter("meta"):
        if (element.get("property") or element.get("name") or "").lower() in _TITLE_METAS and element.get("content"):
            titles.append(" ".join(element.get("content").split()))
    headings = []
    for element in tree.xpath(_TITLE_CLASS_XPATH):
        text = " ".join(element.text_content().split())
        if MIN_HEADLINE <= len(letters(text)) <= MAX_HEADLINE_LETTERS and text not in headings:
            headings.append(text)
        if len(headings) >= MAX_HEADINGS:
            break
    return PageTitles(tuple(title for title in titles if title), tuple(headings))


def choose_headline(page: PageTitles, extracted: str | None, sitename: str | None, body: str) -> str | None:
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
    return cleaned


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
