"""What a saved news page says besides its text: the headline without the site's name, and
the end of the story before the page's own furniture (copyright, comment rules, share links).

trafilatura finds the main text and the metadata; these rules fix what news sites add:
`<title>` is `headline_channel_site` (`…--经济·科技--人民网`, `…_财经网 - CAIJING.COM.CN`),
and the text often runs on into `返回搜狐，查看更多`, `All Rights Reserved` or a report line.
"""
from __future__ import annotations

import re

from .clean import letters

# Separators between a headline and the channel or site names that follow it in <title>.
_TITLE_SEPARATOR_RE = re.compile(r"\s*(?:--|——|_|\s[-|｜丨·]\s|\s?[|｜丨]\s?|-(?=[^\s-]{2,12}$))\s*")
_SITE_WORD_RE = re.compile(r"(?:网|报|频道|首页|新闻|在线|客户端|官网|政府|门户|\.com|\.cn|\.net|COM|CN)$", re.IGNORECASE)
MAX_SITE_SEGMENT = 12
MIN_HEADLINE = 6


def clean_headline(title: str, sitename: str | None = None, headings: list[str] | None = None) -> str:
    """The headline of a page's <title>: trailing channel and site segments removed.

    A segment goes when it is short (a channel, a tag, a site name) or names the site; a
    long segment after a separator is part of the headline (`书记市长这一周 | 奋马扬鞭…`).
    When what is left only names the site, the page's own <h1> is the headline.
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
    if headings and names_only_site(text, sitename):
        candidates = [h for h in headings if len(letters(h)) >= MIN_HEADLINE]
        if len(candidates) == 1:
            return candidates[0]
    return text


def names_only_site(title: str, sitename: str | None) -> bool:
    """A title that names the site, not a story (`松花江网`, `北京大学医学部新闻中心`)."""
    return bool((sitename and (title in sitename or sitename in title)) or _SITE_WORD_RE.search(title))


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


def headings_of(html: str) -> list[str]:
    """The texts of the page's <h1> elements."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
    except Exception:  # broken markup: no headings, the <title> stands
        return []
    return [" ".join(element.text_content().split()) for element in tree.iter("h1")]
