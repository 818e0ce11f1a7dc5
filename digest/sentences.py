"""Chinese sentences: split text into sentences and strip news datelines."""
from __future__ import annotations

import re

from . import words
from .clean import has_cjk
from .roles import ATTACHMENT_RE, BARE_REPORTERS, FILED, NOTICE_LEAD_IN_RE, OUTLET, OUTLET_XUN, OWN_XUN, REPORTERS_REPORT

# Datelines that open news stories: 本报讯（…）, 新华社北京3月5日电（记者 X）, 央视网消息(新闻联播)：
DATELINE_RE = re.compile(
    r"^\s*(?:"
    rf"(?:本报|本刊){OWN_XUN}"
    rf"|本台消息|本台报道|[\u4e00-\u9fff]{{1,8}}{OUTLET_XUN}"
    r"|据?(?:新华社|中新社|中新网|人民网|本报|央视网|光明网|经济日报)[\u4e00-\u9fff0-9月日]{0,16}电"
    r"|(?:央视网|新华网|人民网|中国网|光明网|[\u4e00-\u9fff]{2,6}网)消息"
    # Any outlet with the day it files from (`江州网6月3日电`, `城南广播网江州3月8日消息`), or its
    # 讯 with that day (`江州财经讯6月2日上午消息，`, `2046影视网讯`).
    rf"|{OUTLET}讯(?:{FILED}消息)?|{OUTLET}{FILED}(?:电|消息)|{REPORTERS_REPORT}"
    rf")\s*(?:[（(](?P<inner>[^（）()]{{0,60}})[）)]|{BARE_REPORTERS})?\s*[：:]?\s*[，,]?\s*"
)

_TERMINATORS = "。！？!?"
# A sentence runs to a terminator (or an ellipsis), then takes any closing quotes or brackets.
_SENTENCE_RE = re.compile(r"[^。！？!?…]*?(?:[。！？!?]+|…{1,}|\.{3,})[”’」』）)\"']*|[^。！？!?…]+$", re.S)
# A letter or digit in any script: what str.isalnum() tests, searched for in one pass.
LETTER_OR_DIGIT_RE = re.compile(r"[^\W_]")


# An English full stop ends a sentence when a capital letter or Chinese follows, except after
# an abbreviation (Mr. Smith, U.S. economy) or inside a number (3.5).
_LATIN_STOP_RE = re.compile(r"(?<=[a-z0-9%)\]\"'”])\.(?=\s+[A-Z“\"\u4e00-\u9fff])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "inc", "ltd", "co", "jr", "sr", "vs", "etc", "gov", "dept"}


def _latin_sentences(text: str) -> list[str]:
    """Split English sentences inside a stretch of text at `. ` (Chinese marks were split already)."""
    if ". " not in text:
        return [text]
    parts, start = [], 0
    for match in _LATIN_STOP_RE.finditer(text):
        word = re.search(r"([A-Za-z]+)$", text[start:match.start()])
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue  # Mr. / U.S. / A. Smith
        parts.append(text[start:match.end()])
        start = match.end()
    parts.append(text[start:])
    return parts


def strip_dateline(text: str) -> str:
    """Remove a leading dateline so that it is never ranked or quoted in a summary."""
    match = DATELINE_RE.match(text)
    if match and match.end() < len(text):
        return text[match.end():]
    return text


def unwrap(paragraph: str) -> str:
    """Join the hard-wrapped lines of one paragraph; a line break is not a sentence end."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if not lines:
        return ""
    text = lines[0]
    for line in lines[1:]:
        if text[-1:].isascii() and text[-1:].isalnum() and line[:1].isascii() and line[:1].isalnum():
            text += " " + line
        else:
            text += line
    return text


def paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; inside them, line breaks are wraps."""
    return [p for p in (unwrap(block) for block in re.split(r"\n\s*\n", text)) if p]


def split_sentences(text: str) -> list[str]:
    """Split a text into sentences.

    A closing quote stays with its sentence (`。”`), a final sentence without closing
    punctuation is kept, a hard line wrap does not end a sentence, and a blank line
    (paragraph break) always does.
    """
    return [sentence for paragraph in paragraph_sentences(text) for sentence in paragraph]


def paragraph_sentences(text: str) -> list[list[str]]:
    """The sentences of each paragraph (see split_sentences); the opening dateline is stripped."""
    result: list[list[str]] = []
    for index, paragraph in enumerate(paragraphs(text)):
        if index == 0:
            paragraph = strip_dateline(paragraph)
        sentences: list[str] = []
        for sentence in (part for match in _SENTENCE_RE.finditer(paragraph) for part in _latin_sentences(match.group(0))):
            sentence = sentence.strip()
            if sentences and sentences[-1].endswith(("”", "’")) and (ATTRIBUTION_RE.match(sentence) or (
                    _SAID_END_RE.search(sentence) and len(sentence) <= MAX_ATTRIBUTION and is_balanced(sentence))):
                sentences[-1] += sentence  # `“……。”区长说。`: who said it belongs with what was said
            elif LETTER_OR_DIGIT_RE.search(sentence):
                sentences.append(sentence)
            elif sentence and sentences:
                sentences[-1] += sentence  # stray closing marks belong to the sentence before
            elif sentence and result and result[-1]:
                result[-1][-1] += sentence
        if sentences:
            result.append(sentences)
    return result


# A clause that only says who spoke (`区长说。`, `居民王大爷高兴地说。`, `他告诉记者。`), and when
# (`3月1日，家住海棠社区的居民陈大爷说。`).
ATTRIBUTION_RE = re.compile(
    r"^(?:(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?[，,]|(?:当天|昨天|今天|近日|日前)[，,])?"
    r"[^，。；！？“”]{1,30}?(?:说|道|表示|介绍|指出|强调|坦言|感慨|告诉记者|笑着说|回忆|补充)(?:道)?[。！]?$")

# A sentence that ends on a bare speech verb says nothing of its own, however long: what was said
# is the quotation before it (`“……！”6月2日，在…推进会上，楼长王秀英说。`).
_SAID_END_RE = re.compile(r"(?:说道?|表示|介绍|指出|强调|坦言|感慨|告诉记者|回忆道?|补充道?)[。！]?$")
MAX_ATTRIBUTION = 80


def is_quotation(paragraph: str) -> bool:
    """A paragraph that is one quotation and nothing else (a feature's opening voice)."""
    text = paragraph.strip()
    return text.startswith("“") and text.rstrip("。！？!?…").endswith("”") and text.count("“") == text.count("”")


def split_clauses(sentence: str, outside_pairs: bool = False) -> list[str]:
    """Cut a sentence after each clause mark (，；：), keeping the marks with their clause.

    With `outside_pairs`, a mark inside a quotation, bracket or title does not end a clause.
    """
    parts = [part for part in re.findall(r"[^，；：,;:]+[，；：,;:]?", sentence) if part]
    if not outside_pairs:
        return parts
    clauses: list[str] = []
    pending: list[str] = []
    tracker = PairTracker()
    for part in parts:
        pending.append(part)
        if tracker.feed(part) or tracker.broken:
            clauses.append("".join(pending))
            pending, tracker = [], PairTracker()
    if pending:
        clauses.append("".join(pending))
    return clauses


PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "【": "】", "「": "」", "『": "』", "〔": "〕"}
_CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_PAIR_MARK_RE = re.compile("[" + re.escape("".join(PAIRS) + "".join(PAIRS.values())) + "]")


class PairTracker:
    """The quotation marks, brackets and title marks still open, fed one piece of text at a time
    (so that joining pieces until they balance stays linear in the text's length)."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.broken = False  # a closing mark that matched nothing: this text never balances
        self.closes_before: str | None = None  # the first closing mark met with nothing open: opened before the text

    def feed(self, text: str) -> bool:
        """Take in `text`; True when everything opened so far is closed."""
        for ch in _PAIR_MARK_RE.findall(text):  # only the marks, not every character
            if ch in PAIRS:
                self.stack.append(ch)
            elif self.stack and self.stack[-1] == _CLOSERS[ch]:
                self.stack.pop()
            else:
                self.broken = True
                if not self.stack and self.closes_before is None:
                    self.closes_before = ch
        return not self.stack and not self.broken


def is_balanced(text: str) -> bool:
    """Every quotation mark, bracket and title mark opened in `text` is closed, in order."""
    return PairTracker().feed(text)


def open_ended_units(units: list[str]) -> list[int]:
    """The units (sentences, or sentences joined by `balanced_units`) that would leave a summary
    with a mark open: one that opens a quotation, bracket or title mark it never closes
    (`“下次我们还要带着孩子来！`), and one that closes a mark opened before it, where a copy broke
    a quotation into paragraphs (`“订单量已回升到往年的水平。` / `下半年将翻一番。”座谈会上，…`;
    the units between them are inside the quotation too) or where the text opens inside one
    whose opening was cut off. A closing mark met inside a pair it does not close
    (`“剪’福字’比赛”`) is a source's typo, and leaves nothing open."""
    indices = []
    left_open = None  # the innermost mark that the units so far leave open
    inside: list[int] = []  # the units since, inside that mark where a later unit closes it
    for index, unit in enumerate(units):
        if not _PAIR_MARK_RE.search(unit):  # most sentences hold no mark at all
            if left_open is not None:
                inside.append(index)
            continue
        tracker = PairTracker()
        tracker.feed(unit)
        if tracker.stack:
            indices.append(index)
            left_open, inside = tracker.stack[-1], []
        elif tracker.closes_before is not None:
            if left_open == _CLOSERS[tracker.closes_before] and len(inside) <= MAX_UNIT_SENTENCES:
                indices.extend(inside)  # (past that many, the source's marks are off: see balanced_units)
            indices.append(index)
            left_open, inside = None, []
        elif left_open is not None:
            inside.append(index)
    return sorted(indices)


MAX_UNIT_SENTENCES = 8  # a quotation longer than this is not held together: the source's marks are off


def balanced_units(sentences: list[str]) -> list[str]:
    """Sentences joined while a quotation or bracket runs across them: a summary takes whole units.

    Where the marks never balance (a stray or missing mark), the sentences stay as they are.
    """
    units: list[str] = []
    pending: list[str] = []
    tracker = PairTracker()
    for sentence in sentences:
        pending.append(sentence)
        if tracker.feed(sentence):
            units.append("".join(pending))
            pending = []
        elif tracker.broken or len(pending) > MAX_UNIT_SENTENCES:
            units.extend(pending)
            pending, tracker = [], PairTracker()
    units.extend(pending)
    return units


# Quote and list marks left by Markdown, a printed page's bullets (`■ 一分部署，九分落实。`), a bracketed headline,
# a social site's topic tag (`#暴雨来袭#`).
_MARKUP_OPENING_RE = re.compile(r"^(?:[>＞]\s*|[-*•·]\s+|[■□●○◆◇★☆▶►▪]\s*|#{1,6}\s+|【[^】]{2,40}】\s*|#[^#\s]{1,40}#\s*)+")
_CAPTION_RE = re.compile(r"^(?:图为|图片为|图片：|图：|图注|▲|△|上图|下图|左图|右图)|(?:摄|供图|制图|图片来源[^。]*)[）)]?[。]?$")
_CAPTION_LETTER_RE = re.compile("[图摄▲△]")  # one of them stands in every caption _CAPTION_RE reads
_EDITOR_RE = re.compile(r"^[（(]?(?:责任编辑|编辑|校对|审核|监制|来源)\s*[:：]")
# A wire's or a site's mark that the story ends (`（完）`, `【全文完】`): no news of its own.
_END_MARK_RE = re.compile(r"^[（(【\[]\s*(?:完|全文完|本文完|终)\s*[）)】\]]$")


# A reporter's signature closing a brief (`…120余名干部群众参加。（通讯员 刘春燕）`): the byline's, not the summary's.
_SIGNATURE_END_RE = re.compile(r"(?:(?<=[。！？”])|^)\s*[（(][^（）()]{0,30}(?:记者|通讯员|实习生|评论员|撰稿|供稿)[^（）()]{0,30}[）)]\s*$")


# A broadcast's hand-off announces what follows and says nothing itself: `详细内容请看今晚的《今日聚焦》`,
# `请看本台记者发回的报道`, `相关分析有请本台特约评论员…`, `现在连线本台记者…。`, `继续《…》系列报道`,
# `今天的《…》带您认识…`, `接下来一起去看看几个这样的家庭。`,
# a programme's greeting (`欢迎收听江州新闻广播。`).
# Series launches (`…推出系列报道《…》，展现…`) say what the series is about and stay.
_HANDOFF_RE = re.compile(
    r"(?:详细|具体)(?:内容|情况|报道)?请您?(?:看|收看)"
    r"|有请[^，。]{0,16}(?:评论员|记者|专家)"
    r"|^[^，。]{0,8}(?:来看|请看|一起来看|一起去看)看?(?:[一两几]个)?(?:今天的|本台|记者|这样的|[《【“])"
    r"|^[^，。]{0,8}连线[^，。]{0,16}(?:评论员|记者|专家)[^，。]{0,6}[。：:]$"
    r"|(?:^|，)(?:今天|明天|下面|接下来)?(?:请您?|让我们)?继续(?:为您|给您)?(?:讲述|关注|分享|播出)?"
    r"(?:[《【][^》】]*[》】]|[^，。《【]{0,8}系列报道)(?:系列报道)?。$"
    r"|^[^，。]{0,16}[》】](?:继续)?，?就?(?:为您|给您)?(?:讲述|带您(?:认识|走进|去看))"
    r"|^(?:各位听众|各位观众|观众朋友们?|听众朋友们?)?[，,]?欢迎(?:您)?(?:收听|收看)")
# A presenter's greeting (`各位好，我是李明。`, `观众朋友们，大家好！`) says nothing of the news.
_GREETING_RE = re.compile(r"^(?:(?:各位|观众|听众)(?:听众|观众)?(?:朋友们?)?[，,]?)?(?:各位|大家|你们|您)好[，,！!。]?"
                          r"(?:我是[^，。！？]{1,12}[。！!]?)?$")
_HANDOFF_LETTER_RE = re.compile("[请看续听线》】]")  # one of them stands in every hand-off _HANDOFF_RE reads
_BRACKET_CLOSES = ("）", ")")


# Words that never open a sentence: structural and aspect particles (`的问题就暴露了出来`).
_PARTICLE_TAGS = ("uj", "ul", "uz", "ug", "uv", "ud")
_FRAGMENT_LETTERS = frozenset("的地了着们")  # not 得 (`得州`), 过 (`过“小年”`): they open words and verbs
_SIMILE = "般"


def is_fragment(sentence: str) -> bool:
    """A sentence whose opening the copy lost (a column or page break in a PDF copy): it opens
    on a particle (`的问题就暴露了出来。`) or on a simile's tail right before its verb
    (`春笋般冒了出来，…`: `民宿如雨后` was lost). `潮水般的人群…` opens a sentence whole."""
    if sentence[:1] not in _FRAGMENT_LETTERS and _SIMILE not in sentence[:8]:
        return False  # most sentences: no need to tag them
    tagged = words.tag(sentence[:12])
    if not tagged or tagged[0][1] in _PARTICLE_TAGS or tagged[0][0] == "们":
        return bool(tagged)
    first_clause = re.split(r"[，。；：！？,;:!?]", sentence, maxsplit=1)[0]
    for index, (word, _) in enumerate(tagged[:2]):
        # `般` alone or closing a longer word (`潮水般`): `一般`, `这般`, `百般` are words of their own.
        if (word == _SIMILE or (len(word) > 2 and word.endswith(_SIMILE))) and index + 1 < len(tagged):
            return tagged[index + 1][1].startswith("v") and "的" not in first_clause
    return False


def is_caption(text: str) -> bool:
    """A photo's caption by its words: `图为…`, `图注：…`, `…摄`, `…供图`."""
    return bool(_CAPTION_RE.search(text))


# A photo's credit that a web page's copy ran into the next line (`…招聘会现场。江州职业学院供图2021年，…`):
# the credit closes the caption before it, and what follows it is the next caption or the text.
_CREDIT_OPENING_RE = re.compile(r"^[^，。；！？、\s]{2,16}?供图|^(?:本报)?(?:记者|通讯员)[^，。；！？]{1,12}?摄(?=[^影像制])")


def without_glued_captions(sentences: list[str]) -> list[str]:
    """The sentences of a paragraph without the captions that a credit run into the next line closes;
    the credit goes too, and what follows it stays."""
    result: list[str] = []
    for sentence in sentences:
        credit = _CREDIT_OPENING_RE.match(sentence)
        if credit:
            if result:
                result.pop()  # the caption the credit closes
            sentence = sentence[credit.end():].lstrip()
        if sentence:
            result.append(sentence)
    return result


def summary_material(sentence: str) -> str | None:
    """The sentence as summary material, or None when it is not (a photo caption, an editor line,
    a notice's lines that lead into what follows, a broadcast's hand-off to what follows or a
    presenter's greeting, a wire's headline restated under its dateline, an interviewer's
    question, a sentence with no Chinese in it: a Chinese digest summarizes in Chinese; an
    article with no Chinese at all is summarized from all its sentences).

    A leading bracketed headline (`【…】`), a topic tag (`#…#`), list or quote markers left by
    Markdown and a brief's closing signature are removed.
    """
    # Each pattern that searches the whole sentence is tried only where the letters it needs
    # stand: a sentence of most news holds none of them, and searching costs more than looking.
    # A clause mark left where a bracketed label was (`【奋进新时代】，继续…`) opens no sentence.
    sentence = _MARKUP_OPENING_RE.sub("", sentence).lstrip("，,、；;：: ")
    if sentence.rstrip()[-1:] in _BRACKET_CLOSES:
        sentence = _SIGNATURE_END_RE.sub("", sentence)
    sentence = _LEAD_LABEL_RE.sub("", _ANSWER_LABEL_RE.sub("", sentence)).strip()
    if not sentence or (_CAPTION_LETTER_RE.search(sentence) and _CAPTION_RE.search(sentence)) \
            or _EDITOR_RE.match(sentence) or _END_MARK_RE.match(sentence):
        return None
    if not has_cjk(sentence):
        return None  # a quotation in another language (`“Three two one, get on the cart!”`), a web address
    if sentence.endswith(("：", ":")) and NOTICE_LEAD_IN_RE.match(sentence):
        return None  # a notice's addressees, `现将有关事项通知如下：`: what follows says it
    if sentence.startswith("附件") and ATTACHMENT_RE.match(sentence):
        return None  # a notice's attachment (`附件：1.…清单.docx`): a file's name, no news
    if (_HANDOFF_LETTER_RE.search(sentence) and _HANDOFF_RE.search(sentence)) or _GREETING_RE.match(sentence):
        return None
    if _WIRE_TITLE_RE.match(sentence):
        return None  # a wire's headline restated under its dateline (`新华社北京5月9日电 题：…`)
    if _INTERVIEWER_RE.match(sentence) or _put_to_someone(sentence):
        return None  # the interviewer's question (`记者：下一步有什么打算？`): the answers are the news
    return sentence


def _put_to_someone(sentence: str) -> bool:
    """A question put to a guest by name (`李华，你觉得…是什么？`): the interviewer's, as the
    labelled one is; a question that opens on a word of time (`如今，…？`) is the writer's."""
    vocative = _VOCATIVE_QUESTION_RE.match(sentence)
    if not vocative:
        return False
    tagged = words.tag(vocative.group(1))
    return len(tagged) == 1 and tagged[0][1] == "nr"


_VOCATIVE_QUESTION_RE = re.compile(r"^([\u4e00-\u9fff]{2,3})[，,][^。！？]*[？?]$")


# The paper's word on a story (`编者按：…`, `【编者按】…`, `编后：…`, a column's `开栏的话` over its first
# piece): kept with it, never summarized.
EDITOR_NOTE_LABELS = r"(?:编者按|编者的话|编前语?|编后语?|编者注|编辑点评|开栏的话|开篇的话|开栏语)"
# In brackets the label needs no colon after it (`【编者按】即日起，…`).
EDITOR_NOTE_RE = re.compile(rf"^(?:[【\[]{EDITOR_NOTE_LABELS}[】\]]\s*[:：]?|{EDITOR_NOTE_LABELS}\s*[:：])")
_INTERVIEWER_RE = re.compile(r"^(?:本报)?(?:记者|主持人|问|Q)\s*[:：].*[？?]$")
# A news agency restates a story's headline after its dateline: `新华社北京5月9日电　题：…`.
_WIRE_TITLE_RE = re.compile(r"^题\s*[:：]")
# A questions-and-answers piece labels its answers (`答：坚持…`): the answer is the material, not its label.
_ANSWER_LABEL_RE = re.compile(r"^(?:答|A)\s*[:：]\s*")
# The label a story's lead paragraph opens on (`导语：`, `核心提示：`): the box's name, not its news.
_LEAD_LABEL_RE = re.compile(r"^(?:导语|导读|核心提示|核心阅读|阅读提示|内容提要|内容摘要|提要|摘要)\s*[:：]\s*")
