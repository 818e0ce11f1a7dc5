"""What the words tell the assembler: whether a header line heads the text under it as a story
of its own or is a section of the story above. Content words, weighted by the page's IDF, are
compared between a heading, the text under it and the story so far: a headline shares words
with its own body."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter

from . import words
from .clean import letters
from .drafts import Draft, section_headings, text_paragraphs
from .pagelines import LEAD_DAY_RE, PUNCTUATION_RE
from .roles import COLUMN_TAG_RE, NOTE, SECTION, Item
from .words import content_words, cosine, word_bag


def _idf(paragraphs: list[str]) -> dict[str, float]:
    frequency: Counter = Counter()
    for paragraph in paragraphs:
        frequency.update(set(content_words(paragraph)))
    total = len(paragraphs) + 1
    return {word: math.log(total / count) + 1.0 for word, count in frequency.items()}


def heading_overlap(heading: dict[str, float], text: str) -> float:
    """The weighted share of a heading's words found in `text`."""
    total = sum(heading.values())
    return sum(weight for word, weight in heading.items() if word in text) / total if total else 0.0


def page_idf(items: list[Item]) -> dict[str, float]:
    """The IDF of the page's paragraphs: what the cohesion and title-fit measures weigh words by."""
    return _idf([item.text for item in items if item.role == "para"])


def names_text_after(line: str, before: Draft, after: Draft, idf: dict[str, float]) -> bool:
    """A header line whose words are in the text after it, and fewer of them in the text before."""
    heading = word_bag(line, idf)
    ahead = heading_overlap(heading, " ".join(after.paragraphs[:3]))
    return ahead >= NAMES_TEXT_AFTER_SHARE and ahead > heading_overlap(heading, " ".join(before.paragraphs))


NAMES_TEXT_AFTER_SHARE = 0.3


def announces_next_paragraph(heading_line: str, before: Draft, after: Draft, idf: dict[str, float]) -> bool:
    """A heading whose words are nearly all in the paragraph right after it and hardly any in
    the text just before it (`我们一直在排新戏` over `暂停的只是剧场演出，剧团的排练一天也没停过…`): it
    announces that paragraph. Where headlines follow their bodies, that makes it a section."""
    body_before, body_after = text_paragraphs(before), text_paragraphs(after)
    if not body_before or not body_after:
        return False
    heading = word_bag(heading_line, idf)
    return heading_overlap(heading, body_after[0]) >= ANNOUNCED_SHARE and \
        heading_overlap(heading, " ".join(body_before[-3:])) <= NAMED_BEFORE_SHARE


ANNOUNCED_SHARE = 0.8
NAMED_BEFORE_SHARE = 0.1


def names_lead(heading: dict[str, float], body_before: list[str], body_after: list[str],
                share: float | None = None) -> bool:
    """A heading whose words are the lead's of the story before it (`share` of them, by default
    HEADLINE_LEAD_SHARE) and hardly any of the text after it: a headline printed after its story
    (a news lead restates its headline)."""
    return heading_overlap(heading, " ".join(body_after[:2])) <= HEADLINE_AHEAD_SHARE and says_lead(heading, body_before, share)


def says_lead(heading: dict[str, float], body: list[str], share: float | None = None) -> bool:
    """Whether a heading's words are those the story says first (its first two paragraphs):
    `share` of them, by default HEADLINE_LEAD_SHARE."""
    return heading_overlap(heading, " ".join(body[:2])) >= (HEADLINE_LEAD_SHARE if share is None else share)


HEADLINE_AHEAD_SHARE = 0.2
HEADLINE_LEAD_SHARE = 0.8


def foreign_heading(current: Draft, blocks: list[str], items: list[Item], index: int, idf: dict[str, float]) -> bool:
    """A heading that the story so far hardly names (a word or two of the page's common
    vocabulary, at most a fifth of its words' weight), while the text right after it is about
    what it names (`守护群众健康，防疾病于未发` after a commentary on city governance):
    the next story's headline, even where the two texts share a page's vocabulary. Only
    after a story that has told a good deal and holds no sections yet (a feature's first
    section follows a short lead); a quotation set as a heading is a feature's section."""
    if section_headings(current) or (blocks[0].startswith("“") and blocks[-1].rstrip().endswith("”")):
        return False
    told = text_paragraphs(current)
    heading = word_bag(" ".join(blocks), idf)
    # A story opened by a dateline is a report of its own, whatever its length: no feature's lead.
    least = FOREIGN_MIN_LETTERS_DATED if current.dated else FOREIGN_MIN_LETTERS
    if len(heading) < FOREIGN_MIN_WORDS or sum(len(letters(p)) for p in told) < least \
            or heading_overlap(heading, " ".join([current.title or ""] + told)) > FOREIGN_TOLD_SHARE:
        return False
    return heading_overlap(heading, " ".join(_opening_text(items, index))) >= FOREIGN_AHEAD_SHARE


def _opening_text(items: list[Item], index: int) -> list[str]:
    """The paragraphs right after a heading, past a byline or caption: two, or more while they
    hold less than a story's opening does (a copy broken into lines that end at a sentence
    splits a paragraph where a line happens to end on a stop)."""
    after: list[str] = []
    for item in items[index:index + FOREIGN_LOOKAHEAD]:
        if item.role == "candidate":
            break
        if item.role == "para":
            after.append(item.text)
            if len(after) >= 2 and sum(len(letters(text)) for text in after) >= FOREIGN_AHEAD_LETTERS:
                break
    return after


FOREIGN_MIN_WORDS = 2
FOREIGN_MIN_LETTERS = 500
FOREIGN_MIN_LETTERS_DATED = 100
FOREIGN_LOOKAHEAD = 6  # items: the paragraphs after the heading, past a byline or caption
FOREIGN_AHEAD_LETTERS = 200  # about what the first two paragraphs of a story hold
FOREIGN_AHEAD_SHARE = 0.5
FOREIGN_TOLD_SHARE = 0.2  # `复工复产要守住安全底线` after a commentary that says `安全` once


def text_under(items: list[Item], index: int) -> list[str]:
    """The paragraphs under the heading that ends before `index`: up to five, to the next heading
    or to a byline or credit that closes them."""
    after: list[str] = []
    for item in items[index:]:
        if item.role == "candidate" or (item.role in ("byline", "credit") and after):
            break
        if item.role == "para":
            after.append(item.text)
        if len(after) >= UNDER_PARAGRAPHS:
            break
    return after


UNDER_PARAGRAPHS = 5  # the paragraphs under a heading read for what it heads


def body_under(body: Draft) -> list[str]:
    """The text under a header run between two bodies, as `text_under` reads it where headlines
    lead: the body's first paragraphs."""
    return text_paragraphs(body)[:UNDER_PARAGRAPHS]


def announces_news_lead(current: Draft, heading: str, under: list[str], idf: dict[str, float]) -> bool:
    """A heading over a news lead that says what it says (`_headline_over_news_lead`; `under`:
    the paragraphs under it): a story's headline even where it is set like a section of the
    story before or like the heading after it (`市长会见城南客商`, then `市长会见江州侨商`, each
    over its own lead), as a page's headlines of one day's subject are."""
    return bool(under) and _headline_over_news_lead(heading, under[0], current, idf)


def changes_subject(current: Draft, items: list[Item], index: int, after: list[str], idf: dict[str, float]) -> bool:
    """True when the text after a heading (`after`, `text_under`) shares little vocabulary with
    the article so far."""
    if not after:
        return False
    # The recent text of the story, not all of it: cohesion is local, and a story of a thousand
    # sections must not be re-read at each heading (that made long pages quadratic).
    before = [p for p in current.paragraphs[-COHESION_WINDOW:] if not p.startswith(SECTION)]
    if current.title:
        before.append(current.title)
    similarity = cosine(word_bag(" ".join(before), idf), word_bag(" ".join(after), idf))
    # Section headings are short, and a section seldom opens like a news story (`近日，…`, `3月5日，…`):
    # a long header line, or text after it that opens like a story, needs less change of subject.
    threshold = SUBJECT_CHANGE_SIMILARITY
    heading = items[index - 1].text
    recent = [p for p in current.paragraphs[-3:] if not p.startswith(SECTION)]
    # A heading of clauses may well be a section's, unless it is set across columns, as no
    # section heading inside a column is.
    if (clauses_inside(heading) and not items[index - 1].wide) or _labelled_line(items, index) \
            or heading_overlap(word_bag(heading, idf), " ".join(recent)) >= SECTION_NAMES_SHARE:
        threshold -= HEADLINE_EVIDENCE
    elif len(letters(heading)) >= LONG_HEADING_LETTERS and not _feature(current):
        threshold += HEADLINE_EVIDENCE
    if opens_like_news(after[0], heading):
        threshold += HEADLINE_EVIDENCE
    if _unlike_labelled_sections(current, items, index):
        threshold += HEADLINE_EVIDENCE
    return similarity < threshold


def leaves_the_subject(current: Draft, blocks: list[str], under: list[str], idf: dict[str, float]) -> bool:
    """A heading that neither the story so far nor its title names, over text (`under`) that
    shares almost no words with the story (`抗洪抢险 保卫家园` / `下面继续关注江州的汛情。…` after a
    report on holiday discipline): the next story, even where the heading after it is set alike,
    as a story's sections are (`新闻特写：他守在抗洪一线`, the next story on the same flood)."""
    if not under:
        return False
    told = " ".join([current.title or ""] + text_paragraphs(current)[-COHESION_WINDOW:])
    return heading_overlap(word_bag(" ".join(blocks), idf), told) == 0 and \
        cosine(word_bag(told, idf), word_bag(" ".join(under), idf)) < SUBJECT_LEFT_SIMILARITY


SUBJECT_LEFT_SIMILARITY = 0.03  # half the change of subject a heading needs (SUBJECT_CHANGE_SIMILARITY)


def leaves_the_place(current: Draft, blocks: list[str], under: list[str]) -> bool:
    """A heading whose text (`under`) names none of the places the story has named in each of its
    parts so far (its lead and every section, or its last few: `黔江`), and names places of its
    own, one of them again (`大邑县`, `大坪村`): the next story's headline, though a page of
    features on one subject sets it as the story's sections are set (`“零距离”服务 为民扩大“幸福圈”`
    after `干部沉下去` / `为民服务从…`). A story's sections go on naming its place; a line broken
    off a paragraph (`…副局长王明对`) heads nothing."""
    parts = _recent_parts(current)
    if len(parts) < MIN_PLACE_PARTS or not under or words.ends_mid_phrase(blocks[-1]):
        return False
    kept = frozenset.intersection(*(frozenset(_place_stem(place) for text in part for place in _places(text))
                                    for part in parts))
    below = " ".join(under)
    if not kept or any(place in below for place in kept):
        return False
    told = " ".join(text for part in parts for text in part)
    own = Counter(place for text in under for place in _places(text) if _place_stem(place) not in told)
    # Places named once are a section's examples (`借鉴杭州、宁波等地经验`), or words the tagger
    # takes for places (`契约`): a story names its own place again.
    return len(own) >= MIN_OWN_PLACES and max(own.values()) >= 2


MIN_PLACE_PARTS = 3  # the lead and two sections: a place named across two turns of the story is its own
PLACE_PARTS = 4  # the story's last parts (lead, sections) read for its place: what a page's feature holds
MIN_OWN_PLACES = 2  # places the text under the heading names that the story does not: another story's


def _recent_parts(draft: Draft) -> list[list[str]]:
    """The text paragraphs of the story's parts, each under a heading but the lead: the last
    PLACE_PARTS of them, so that a long story is not tagged whole at each of its headings."""
    parts: list[list[str]] = [[]]
    for paragraph in draft.paragraphs:
        if paragraph.startswith(SECTION):
            parts.append([])
        elif not paragraph.startswith(NOTE):
            parts[-1].append(paragraph)
    return [part for part in parts if part][-PLACE_PARTS:]


@functools.lru_cache(maxsize=4096)  # a story's paragraphs are read again at each of its headings
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(words.tag(text))


def _places(text: str) -> tuple[str, ...]:
    return tuple(word for word, tag in _tagged(text) if tag.startswith("ns") and len(word) >= 2)


def goes_on_with_its_people(current: Draft, under: list[str]) -> bool:
    """Whether the text under a heading (`under`, its first paragraphs) goes on telling of a
    person the story so far tells of: one it names twice or more, by a name the tokenizer's
    dictionary does not hold (no leader every story names, no common name), whom the text
    under names with no post or trade right before the name, as a story names its people once
    it has brought them in (`…”潘雨辰说`). A story of its own brings in the people it names
    (`区委书记潘雨辰`), though a page's stories often share them; and a dispatch (`本报讯 …`)
    tells one event, which the next story on it tells with the same people."""
    if current.dated:
        return False
    told = text_paragraphs(current)
    text = "".join(told)
    # Counted as written, not as tagged: the tagger cuts a name it does not know differently
    # with the letters around it (`潘雨辰常这样说` as `潘雨辰常`).
    people = {name for paragraph in told for name in _people(paragraph) if text.count(name) >= 2}
    for paragraph in under[:PEOPLE_UNDER_PARAGRAPHS]:
        named = sorted((start, name) for name in people if (start := paragraph.find(name)) >= 0)
        if not named:
            continue
        starts = _token_starts(paragraph)
        for start, name in named:
            if start in starts and not _GROUP_AFTER_NAME_RE.match(paragraph, start + len(name)):
                # The first time the text names one of the story's people (as a word of its own,
                # not inside a longer name, nor a group's, `…武装`): with no post, it goes on with them.
                return not _POST_BEFORE_NAME_RE.search(paragraph[max(0, start - POST_LETTERS):start])
    return False


def _token_starts(text: str) -> set[int]:
    starts, offset = set(), 0
    for word, _ in _tagged(text):
        starts.add(offset)
        offset += len(word)
    return starts


def _people(text: str) -> list[str]:
    """The people a text names by names the dictionary does not hold."""
    return [word for word, tag in _tagged(text) if tag == "nr" and len(word) >= 2 and not words.tokenizer().has_word(word)]


PEOPLE_UNDER_PARAGRAPHS = 2
POST_LETTERS = 6
# A post or trade right before a name brings a person in (`区委书记`, `副县长`, `记者`, `教授`).
_POST_BEFORE_NAME_RE = re.compile(r"(?:书记|长|主任|主席|委员|代表|经理|总裁|总监|记者|通讯员|编辑|教授|院士|研究员"
                                  r"|总理|首相|总统|大使|发言人|负责人|理事|专家|干部|老师|医生|律师|[（(])\s*$")
# A name the tagger takes for a person's that goes on with a group's kind is the group's.
_GROUP_AFTER_NAME_RE = re.compile(r"武装|组织|政府|部队|民兵|集团|家族|派")


def _place_stem(place: str) -> str:
    """The place without its kind (`北京市` -> `北京`), as a text may name it."""
    return place[:-1] if len(place) > 2 and place[-1] in words.PLACE_SUFFIXES else place


def _feature(current: Draft) -> bool:
    """A long piece under a subtitle (`——《江州市物业管理条例》诞生记`, `——区委书记…讲话
    引发热烈反响`), with no dateline, that is no interview (`——访…司长`) and no column's essay
    (`让青春在奋斗中绽放光彩（城南论坛）` / `——写在青年节到来之际`): it sets its sections as long as
    headlines (`一场开门立法、为民立法的生动实践`)."""
    return bool(current.subtitle) and not current.subtitle.startswith("访") and not current.dated \
        and not COLUMN_TAG_RE.search(current.title or "")


def _unlike_labelled_sections(current: Draft, items: list[Item], index: int) -> bool:
    """A heading of one line after sections that each stand under a short label (`抓招商` /
    `新签约项目数量创新高`, `育集群` / …, `兴基建` / …): not the series' next section."""
    sections = section_headings(current)
    one_line = index < 2 or items[index - 2].role != "candidate"
    return one_line and len(sections) >= LABELLED_SERIES_SECTIONS and all(map(_labelled_section_text, sections))


LABELLED_SERIES_SECTIONS = 2
COLUMN_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")  # `心声`, `身边事`, `读者来信`


def _labelled_section_text(section: str) -> bool:
    """A section heading read with the short label over it: `抓招商 新签约项目数量创新高`."""
    label, _, heading = section.partition(" ")
    return bool(heading) and bool(COLUMN_LABEL_RE.fullmatch(label))


SUBJECT_CHANGE_SIMILARITY = 0.06
COHESION_WINDOW = 12  # paragraphs of the story before a heading that its cohesion is measured on
HEADLINE_EVIDENCE = 0.04
SECTION_NAMES_SHARE = 0.4  # a heading whose words fill the text just above it is a section of that text
NEWS_LEAD_RE = re.compile(r"^(?:近日|日前|近期|连日来|今年以来|昨天|昨日|今天|今日|\d{1,2}月\d{1,2}日|记者从)")

LONG_HEADING_LETTERS = 16


def opens_like_news(text: str, heading: str) -> bool:
    """Whether the text under a heading opens as a news story's lead does: on its day, or naming
    who and then the day (`_names_who_then_day`)."""
    return bool(NEWS_LEAD_RE.match(text)) or _names_who_then_day(text, heading)


def _names_who_then_day(text: str, heading: str) -> bool:
    """Whether the text under a heading opens with who and then the day (`LEAD_DAY_RE`). A heading
    that quotes someone (`“…”`) over `某某日前表示，…` is a voice in a round-up of voices, no
    story's headline."""
    return not heading.startswith("“") and bool(LEAD_DAY_RE.match(text))


def _headline_over_news_lead(heading: str, lead: str, current: Draft, idf: dict[str, float]) -> bool:
    """A heading whose words are nearly all in the paragraph under it, which opens as a news lead
    does with who and then the day (`区长王刚10日在城南街道调研…` under `区长调研城南街道…`): a story's
    headline, however much the story before it shares its subject. A section's text restates its
    heading with the day only where it restates the story's own opening, as each part of a work
    report's story opens on who reported and when (`_restates_lead`); a round-up's items open on their day
    (`5月23日，…`), and a voice under its words in quotation marks is no story either."""
    if NEWS_LEAD_RE.match(lead) or not _names_who_then_day(lead, heading) \
            or heading_overlap(word_bag(heading, idf), lead) < ANNOUNCED_SHARE:
        return False
    return not any(_restates_lead(paragraph, lead) for paragraph in current.paragraphs)


RESTATED_OPENING_LETTERS = 12


def _restates_lead(paragraph: str, lead: str) -> bool:
    """Whether a paragraph opens as the lead does (`_opening_at` its first letters) and goes on
    with it to the end of the clause where they part, give or take a letter (`…作工作报告，` /
    `…作工作报告时，`): a part of a work report restating who reported and when. Two stories of
    one person's day share who, when and where and part at what (`…在区行政中心会见城南客商代表`,
    `…在区行政中心会见江州侨商代表`)."""
    found = _opening_at(paragraph, lead[:RESTATED_OPENING_LETTERS])
    if found < 0:
        return False
    restated = paragraph[found:]
    shared = next((place for place, (one, other) in enumerate(zip(restated, lead)) if one != other),
                  min(len(restated), len(lead)))
    clause_end = next((place for place in range(shared, len(lead)) if lead[place] in CLAUSE_MARKS), len(lead))
    return clause_end - shared <= RESTATED_CLAUSE_SLACK


CLAUSE_MARKS = "，。；：！？,;:!?"
RESTATED_CLAUSE_SLACK = 1


def _opening_at(paragraph: str, opening: str) -> int:
    """Where a paragraph opens with `opening`: at its start or after a heading with no mark that
    a copy ran onto it (`过去一年突出抓好四项工作区长王刚10日…`); -1 where it does not (a name the
    text mentions later, `会议结束后，…江州商会…`, is no opening)."""
    found = paragraph.find(opening)
    return found if found == 0 or (found > 0 and not PUNCTUATION_RE.search(paragraph, 0, found)) else -1


def _labelled_line(items: list[Item], index: int) -> bool:
    """A header group of two lines, the first a label of four letters at most (`监测预警` over
    `每月对全县脱贫户逐户走访“打卡”一次`): how features set their sections. A kicker over a
    headline says more (`王明强调`, `截至4月底`)."""
    if index < 2 or items[index - 2].role != "candidate" or (index >= 3 and items[index - 3].role == "candidate"):
        return False
    label = items[index - 2].text.strip()
    return len(letters(label)) <= SHORT_LABEL_LETTERS and bool(SECTION_LABEL_RE.match(label))


SECTION_LABEL_RE = re.compile(r"^[\u4e00-\u9fff“”]+$")
SHORT_LABEL_LETTERS = 4


def clauses_inside(heading: str) -> bool:
    """A heading of clauses parted by a comma (`关口前移，把矛盾化解在基层`): sections are
    set so far more often than headlines, which part their phrases with a space."""
    return "，" in heading.strip().rstrip("，")
