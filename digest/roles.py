"""The role of each logical line of a page: headline candidate, paragraph, byline, credit, caption, note."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import words
from .clean import (
    display_width,
    ends_sentence,
    fix_punctuation,
    has_cjk,
    letters,
    undouble,
)
from .dates import BRACKETED_TITLE_LABELS, DOCUMENT_TAIL_RE, EMPHASIS_RE, EPAPER_NAVIGATION, FORM_TITLE_LABELS, ISSUER_RE, PAGE_TOOL, PRINT_CITATION_RE, VIEW_POSITION, chinese_number, masthead_line, metadata_line

# An ATX heading: its marks, then a space (CommonMark); `#两个话题均登上热搜榜，` is a hashtag wrapped to a line's start.
MD_HEADING_RE = re.compile(r"^(#{1,6})(?=\s|$)\s*(.*?)\s*#*\s*$")
# Where a page of a PDF of several pages begins, in the Markdown page that `pdf.py` writes: `<!-- digest:page 3 -->`.
PAGE_MARK_RE = re.compile(r"^<!--\s*digest:page\s+(?P<page>[^\s>]+)\s*-->$")
BOLD_LINE_RE = re.compile(r"^(\*\*|__)(?=.*[^*_\s])(.+?)(\*\*|__)$")  # not a rule of asterisks (`**********`)
# Lines that mark the page, not say anything: `更多>>`, `（完）`, and `——编 者`, which signs an
# editor's note above the story (not a subtitle).
LABEL_RE = re.compile(r"^[^\s，。]{1,12}\s*(>{2,}|》{2,}|»+)\s*$|^[（(【\[]\s*完\s*[）)】\]]$|^[—-]{2}\s*编\s*者\s*$")
# An official document's number (`江州府办发〔2025〕12号`), and what closes it under its signature:
# whether it is published (`（此件公开发布）`), whom to ask (`（联系人：张三，电话：…）`). No text of it.
DOCUMENT_NUMBER = r"[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*第?\s*\d+\s*号"
DOCUMENT_FURNITURE_RE = re.compile(rf"^[\u4e00-\u9fff]{{1,16}}\s*{DOCUMENT_NUMBER}$|{DOCUMENT_TAIL_RE.pattern}")
# The document's red head: the issuing office's name and `文件` (`江州区人民政府办公室文件`).
_RED_HEAD_RE = re.compile(r"^(?P<office>\S{2,30})文件$")
# The bodies a document is addressed to (主送机关), on the line over its text:
# `各镇人民政府、街道办事处，区政府各部门，有关单位：`.
_ADDRESSEE_PART_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,20}(?:人民政府|政府|办事处|部门|单位|委员会|学校|院校|局|委|办|中心|公司|企业|机关|党委|党组|党支部|支部"
    r"|医院|同志|同志们|家长|居民|市民|朋友们)$")
# The footer of an official bulletin or document (版记): whom it goes to (`报：区委办公室、…`,
# `抄送：…`), who printed it when (`区教委办公室　　2025年3月4日印发`), how many copies (`（共印30份）`).
DISTRIBUTION_RE = re.compile(
    r"^(?:主送|抄送|抄报|分送|报|送|发)\s*[:：]\s*[^。！？]{2,80}$"
    r"|^[^，。！？]{2,30}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$|^[（(]?\s*共印\s*\d+\s*份\s*[）)]?$")
# An outlet's dateline names the outlet (`本报讯`, `本报北京讯`, `荣昌网讯`, a county's media centre's
# `江州融媒讯`, `江州区融媒体中心讯`, a school's or a department's site's `本站讯`, `江州职业学院讯`,
# `党委宣传部讯`): `简讯`, `快讯`, `腾讯`, `喜讯` are words.
OUTLET_XUN = r"(?:网|台|报|社|站|融媒体?|(?:融媒体?|传媒|新闻)中心|学院|大学|学校|中学|小学|宣传部)讯"
# Reporters a local paper names after its dateline without brackets, up to a colon:
# `本报讯 记者 何 静 报道：`, `本报讯 记者张三 通讯员李四：` (not `本报讯 记者从区统计局获悉：`).
_REPORTER_NAME = r"(?!报道)[\u4e00-\u9fff](?:\s?(?!报道)[\u4e00-\u9fff]){1,3}"
_REPORTER_ROLE = r"(?:(?:本报|特约|见习)?记者|通讯员|实习生)"
_REPORTER_NAMES = rf"{_REPORTER_NAME}(?:[\s、]+{_REPORTER_NAME})*"
_REPORTERS = rf"{_REPORTER_ROLE}\s*{_REPORTER_NAMES}"
BARE_REPORTERS = rf"(?P<bare>{_REPORTERS}(?:\s+{_REPORTERS})*)\s*(?:报道)?\s*[：:]"
# A space some pages set between Chinese and digits (`本报北京 4 月 30 日电`).
_SET_SPACE = r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff])"
# A paper's own dateline in 讯, with the place and the day where it names them (`本报北京5月6日讯`).
OWN_XUN = rf"(?:[\u4e00-\u9fff0-9、]|{_SET_SPACE}){{0,16}}讯"
# Any outlet (`江州网`, `新浪财经`) and the day it files on, a place before it where it names one.
OUTLET = r"[0-9A-Za-z\u4e00-\u9fff]{1,10}?(?:网|台|报|社|财经|新闻|客户端)"
_FILED_DAY = r"\d{1,2} ?月 ?\d{1,2} ?日(?:[上下]午|晚间?|早间)?"
FILED = rf"[\u4e00-\u9fff]{{0,6}}{_FILED_DAY}"
# A reporter's report named as its dateline: `本报记者王明报道：`, `江州网记者李华5月13日报道：`.
REPORTERS_REPORT = rf"(?:本报|本刊|{OUTLET})?(?P<reported>(?:特约|见习)?记者\s*{_REPORTER_NAMES})" \
                   rf"\s*(?:{FILED})?\s*报道(?=\s*[：:，,])"
DATELINE_RE = re.compile(
    rf"^\s*(?:(?:本报|本刊|本台){OWN_XUN}"
    rf"|[\u4e00-\u9fff]{{0,8}}{OUTLET_XUN}"
    rf"|据?(?:新华社|中新社|中新网|人民网|央视网|本报)(?:[\u4e00-\u9fff0-9]|{_SET_SPACE}){{0,16}}电"
    r"|央视网消息|新华网消息|本台消息|本台报道"  # a broadcaster's own dispatch, as a paper's `本报讯`
    # An outlet's dispatch dated with no place (`城南网5月20日电`, `江州财经讯6月2日上午消息`), and
    # its reporter's report.
    rf"|{OUTLET}{FILED}(?:电|消息)|{OUTLET}讯{FILED}消息"
    rf"|{REPORTERS_REPORT})"
    rf"\s*(?:[（(](?P<inner>[^（）()]{{0,60}})[）)]|{BARE_REPORTERS})?\s*[：:]?\s*"
)
# `新华社北京5月11日电` names its day: a dispatch's dateline, with or without a reporter in brackets.
DATED_DISPATCH_RE = re.compile(rf"{_FILED_DAY}(?:电|消息)")
# The marks a paper sets before a byline or a box's label (`■本报记者 周敏`, `◎链接`).
BOX_MARKS = "□■▢☐◻◎○●◇◆★☆"
BOXED_BYLINE_RE = re.compile(rf"^(?:[{BOX_MARKS}]\s*|口\s*(?=本报|记者|通讯员|特约|实习))(?P<inner>.+)$")
PAREN_BYLINE_RE = re.compile(r"^[（(]\s*(?P<inner>[^（）()]{0,40}(?:记者|通讯员|撰稿|供稿|编辑|实习生|作者|执笔)[^（）()]{0,40})\s*[）)]$")
# A full stop inside a line that then runs on without a closing mark (`我是李国华，今年66岁。我是`):
# a paragraph broken mid-sentence, never a headline (a kicker that holds a sentence ends in `——`).
_RUNS_ON_PAST_A_FULL_STOP_RE = re.compile(r"。[^\W_]")  # and a letter last (checked apart: linear time)
_BRACKETED_NAMES_RE = re.compile(r"^[（(]\s*(?P<inner>[^（）()]{2,30}?)\s*[）)]$")
# A role word then a name; `记者会`, `记者站`, `答记者问` are words of a headline, not roles.
ROLE_BYLINE_RE = re.compile(r"(?:记者(?![会站节证团招问手])|通讯员|实习生|摄影(?![展师赛])|特约撰稿人?|撰稿|评论员)\s*[\u4e00-\u9fff]{1,4}")
# A paper's own voice signs with no name: `本报评论员`, `新华社评论员`, `本刊特约评论员`.
INSTITUTION_BYLINE_RE = re.compile(r"^(?:本报|本刊|[\u4e00-\u9fff]{1,10}(?:报|社|刊|台|网))?(?:特约)?评论员$")
# `文丨本报特约评论员 韩冰`, `作者：李明`, `撰文/王芳`, `执笔：方明远`: the writer, after a label;
# `文/图 本报记者 赵敏`: words and pictures by one writer, the label whole.
LABELLED_BYLINE_RE = re.compile(r"^(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[丨|｜︱:：]?|(?:文|撰文|作者|文字|执笔)\s*[丨|｜︱/／:：])"
                                r"\s*(?P<inner>\S.{0,30})$")
CREDIT_RE = re.compile(
    r"图片由.{1,30}?提供|[（(][^（）()]{0,30}(?:供图|摄)[）)]\s*$|(?:文|图)\s*[/／]\s*(?:图|文)"
    r"|摄\s*[/／]|^[【\[（(]?(?:本版|本期|本文)?(?:来源|编辑|责任编辑|审核|校对|监制|图|摄影|通讯员|记者|图片来源|图源|题图)\s*[:：|｜丨]|\s摄$"
    # 翟某某摄（人民视觉）, 陈  亮摄（影像中国）, alone or after its caption (`…设备。陈立新摄（影像中国）`)
    r"|(?:^|(?<=[。！？”])\s*)[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}摄\s*[（(][^（）()]{1,12}[）)]$"
    r"|^[\u4e00-\u9fff][\u4e00-\u9fff ]{1,20}摄影报道$"  # 陈立 王海涛摄影报道
    # 李 明图 王 芳文 (drawn by one, written by the other), names spaced to two letters' width with one or two spaces
    r"|^(?:[\u4e00-\u9fff]\s{0,2}){2,4}图\s+(?:[\u4e00-\u9fff]\s{0,2}){2,4}文$|^(?:[\u4e00-\u9fff]\s{0,2}){2,4}文\s+(?:[\u4e00-\u9fff]\s{0,2}){2,4}图$"
)
# Closing datelines `（本报柏林5月5日电）`, `（新华社北京4月30日电 记者李向东）` (the space lost at a
# wrap too: `…电记者李向东）`) and author notes `（作者为…）` end an article; they stay in its text
# as printed but are never summarized.
# An affiliation may hold a bracket of its own: `（作者为某某厅（新闻办公室）主任）`.
CLOSING_NOTE_RE = re.compile(
    r"^[（(](?P<inner>[^（）()]{0,60}电(?:\s[^（）()]{0,40}|(?:记者|通讯员)[^（）()]{0,40})?|作者(?:为|单位|系)(?:[^（）()]|[（(][^（）()]{1,20}[）)]){0,80})[）)]$")
EDITOR_LINE_RE = re.compile(r"^[【\[（(]?\s*(?:责任编辑|值班编辑|编辑|责编|选稿|审核|审校|校对|监制|终审|初审|复审|编审|版式设计|版式|美编|制图|图表制作)\s*[:：/丨|]")
# Words of the people who handle a story, not write it (责任编辑, 选稿, 校对, …).
EDITOR_WORDS = ("编辑", "责编", "选稿", "校对", "审核", "监制")
_WRITER_ROLE_RE = re.compile(r"记者|作者|通讯员|撰稿|文\s*[/／:：]")
# Where to write or call (栏目投稿邮箱：…, 新闻热线：…, a bare e-mail address) closes a column, never heads one.
# The label opens the line or a field of it (`地址：…　电话：…`), a few letters in at most: a
# sentence that tells of a call (`…接到了一名干部的电话：“…`, what was said quoted) is no contact line.
CONTACT_LINE_RE = re.compile(
    r"(?:^|[\s\u3000])[^\s\u3000，。；！？“”]{0,6}?(?:邮箱|信箱|电子邮件|e-?mail|热线|电话|传真|网址)\s*[:：](?!\s*[“\"])"
    r"|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]", re.IGNORECASE)
# A story's closing credits, one or more `label：names` (`采访整理：本报记者 刘思远    数据来源：…`,
# `内容统筹：本报编辑 郑柯岩    图表设计：…`): who gathered, drew and laid it out, as printed.
PRODUCTION_CREDIT_RE = re.compile(
    r"^(?:(?:采访)?整理|(?:内容|本期|本版)?统筹|策划|(?:版式|图表|美术)?设计|(?:本版)?制图|执笔|撰稿|采写|数据来源|资料来源)"
    r"\s*[:：]\s*\S")
# A notice's particulars, one a line at its end (`活动时间：3月18日9:00—12:00`, `报名地点：…`,
# `联系人：王老师`): the story's text, never a headline. A bare `时间：` is no such line: a
# feature's header block can say when (`时间：5月23日上午` / `日程：…`).
PARTICULARS_LINE_RE = re.compile(
    r"^(?:(?:活动|会议|报名|开放|展出|演出|比赛|考试|招聘会?|培训|讲座|举办|办理|受理|咨询|申报|投票)"
    r"(?:时间|地点|地址|方式|对象|范围|条件|费用|截止时间|截止日期)|联系人|联系地址|主办单位?|承办单位?|协办单位?|指导单位|乘车路线)\s*[:：]")
# A notice's attachment (`附件：1.…清单.docx`): kept with it, never its headline nor its summary.
ATTACHMENT_RE = re.compile(r"^附件\s*\d{0,2}\s*[:：]")
SOURCE_NOTE_RE = re.compile(rf"^[（(]?(?:原载|转载自|转自|(?:数据|资料)?来源[:：]|本文来源|原文刊登于?)|{ATTACHMENT_RE.pattern}")
# A document's section number in Chinese numerals (`一、`, `（二）`).
CHINESE_SECTION_NUMBER_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
# A part's number set alone on its line (`4`, `十二`), as a long piece numbers its parts.
LONE_FIGURE_RE = re.compile(r"\d{1,2}|[一二三四五六七八九十]{1,3}")
# Section numbers (一、 （二） 3. 第四) open section headings, never headlines.
ENUMERATED_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}$|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十\d]+[部章节条])")
CAPTION_START_RE = re.compile(r"^[▲△▼►◀↑↓]")
# The label over readers' comments under a story: `网友评论`, `热门评论（12）`, `全部评论 36条`,
# `已有128人参与`, `发表评论`.
_COMMENTS_LABEL = (r"(?:网友|读者|用户|热门|最新|全部|精彩)?(?:评论|留言|跟帖)(?:区|列表)?\W{0,2}(?:\d+\s*条?)?"
                   r"|(?:已有|共)\d+\s*(?:人参与|条评论|条留言)|(?:发表|我要|写|查看全部)(?:评论|留言)")
COMMENTS_LABEL_RE = re.compile(rf"^(?:{_COMMENTS_LABEL})\W{{0,4}}$")
# The label over what follows a story and is no part of it: a list of other stories (`往期推荐`
# closing a WeChat article), or the comments.
LINK_LIST_RE = re.compile(r"^(?:往期推荐|推荐阅读|往期回顾|精彩推荐|猜你喜欢|热文推荐|热门推荐|更多精彩|相关阅读|相关新闻|延伸阅读"
                          r"|(?:本版)?(?:标题|版面)?导航|本版(?:标题|目录)"  # an e-paper's list of the page's headlines
                          rf"|{_COMMENTS_LABEL})\W{{0,4}}$")
# A site's legal notice under an article (`反侵权公告：` and its numbered clauses): no part of it.
NOTICE_RE = re.compile(r"^[【\[]?(?:反侵权公告|版权声明|免责声明|特别声明|郑重声明|侵权声明)[】\]]?\W{0,2}$")
# A department's submission form, or a paper's editing system's export of a story, labels its
# fields: `标题：…` or `【标题】…` is the headline, `【引题】…` its kicker, `【副题】…` its subtitle,
# `正文：` opens the text; `【作者】…`, `【来源】…`, `【发布时间】…` say what `作者：…`, `来源：…`,
# `发布时间：…` say. `主题` is a headline's label in brackets only (`BRACKETED_TITLE_LABELS`).
FORM_FIELD_RE = re.compile(rf"^(?:(?P<label>{'|'.join(FORM_TITLE_LABELS)}|引题|肩题|眉题|副题|副标题|正文|内容)\s*[:：]"
                           rf"|【(?P<bracketed>{'|'.join(BRACKETED_TITLE_LABELS)}|引题|肩题|眉题|副题|副标题|正文|内容"
                           r"|作者|记者|来源|稿源|发布时间|发布日期|日期|时间|编辑|责任编辑)】)\s*(?P<value>.*)$")
FORM_HEADER_LABELS = {**dict.fromkeys((*BRACKETED_TITLE_LABELS, "引题", "肩题", "眉题"), ""),
                      **dict.fromkeys(("副题", "副标题"), "——")}  # what a header line opens with: a subtitle its dash
FORM_TEXT_LABELS = ("正文", "内容")
# What a copied web page leaves where a picture or video stood (`[图片]`, `视频加载中...`), and
# the end marks of WeChat articles (`-END-`).
PLACEHOLDER_RE = re.compile(r"^[\[［【(（]?\s*(?:图片|图|视频|音频|动图|GIF|gif)\s*[\]］】)）]?$|^视频加载中\W*$"
                            # what a page's player says in the copy where a video stood
                            r"|^(?:您的|你的)?浏览器(?:暂)?不支持[^。！？]{0,30}(?:video|audio|视频|音频|播放|HTML5)[^。！？]{0,12}[。！]?$"
                            r"|^[-—–=\s]*(?:END|End|end|THE END|全文完)[-—–=\s]*$")
# A line of rule characters that parts articles pasted into one file (`——————`, `=====`, `*****`).
SEPARATOR_RE = re.compile(r"^[\s—–\-=＝*＊_~～·.。━─═]{3,}$")
# A page a contents line points at (`3版`, `第2版`, `A3版`), and the marks that may lead to it (`→`, `…`, `▶`).
PAGE_REF = r"(?:第\s*)?[A-Z]?\d{1,2}\s*版"
POINTER_MARKS = r"[…\.·→►▶]"
# A front page's contents (导读): a headline of a story inside, and its page
# (`我区启动“书香社区”建设　3版`, `…→A3版`, `…（详见第2版）`). It points at a story; it is none.
CONTENTS_LINE_RE = re.compile(
    rf"^[^，。；！？,;!?（）()]{{4,60}}?(?:\s+|\s*{POINTER_MARKS}+\s*)(?:详见|见)?{PAGE_REF}$"
    rf"|^[^，。；！？,;!?（）()]{{4,60}}[（(]\s*(?:详见|见)\s*{PAGE_REF}\s*[）)]$"
    # A story's pointer to more on other pages, on a line of its own: `（相关报道见第二、三版）`, `（全文见第2版）`.
    r"|^[（(]\s*(?:相关报道|相关新闻|详细报道|更多报道|全文|图文|报告全文)?\s*详?见\s*(?:本报)?(?:第\s*)?"
    r"[A-Z]?[\d一二三四五六七八九十、，,\s]{1,12}版\s*[）)]$")
# A row of a table of figures as the readers write it (`| 地区生产总值 | 128.6亿元 | 6.1% |`).
TABLE_ROW_RE = re.compile(r"^\|(?:[^|\n]*\|){2,}$")
MAX_TABLE_CELL_LETTERS = 40


def table_row(cells: list[str]) -> str | None:
    """A row of a table of figures as one line (`| 地区生产总值 | 128.6亿元 | 6.1% |`), or None
    for a row that lays out text (a cell of sentences, a bulletin set in a one-cell table): each
    cell of a data row is a short phrase, two or more of them filled."""
    filled = [cell for cell in cells if cell]
    if len(filled) < 2 or any(len(cell) > MAX_TABLE_CELL_LETTERS or ends_sentence(cell) for cell in filled):
        return None
    return "| " + " | ".join(cells) + " |"


# A department's submission form set as a table (`| 标题 | … |`, `| 报送单位 | … | 报送日期 | … |`):
# its fields' labels, each read as the line a text form prints (`标题：…`); the rest (phone
# numbers, reviewers) says nothing of the story.
_FORM_FIELDS = {
    **dict.fromkeys(("标题", "题目", "文章标题", "稿件标题", "信息标题"), "标题"),
    **dict.fromkeys(("正文", "内容", "稿件内容", "信息内容", "主要内容"), "正文"),
    **dict.fromkeys(("报送单位", "供稿单位", "投稿单位", "单位", "来源"), "来源"),
    **dict.fromkeys(("报送日期", "报送时间", "日期", "时间", "供稿日期", "发布日期"), "日期"),
    **dict.fromkeys(("撰稿人", "撰稿", "作者", "供稿人", "执笔人", "执笔"), "作者"),
}
_FORM_OTHER_FIELDS = {"联系人", "联系电话", "电话", "手机", "审核", "审核人", "签发", "签发人", "审稿", "报送人", "栏目",
                      "类别", "信息类别", "稿件类型", "备注", "序号"}
# The form's own name over it (`江州区教育信息报送单`, `稿件报送表`, `发稿单`): no headline.
FORM_NAME_RE = re.compile(r"^\S{0,20}(?:报送单|报送表|登记表|发稿单|稿签|审批单|审签单)$")


def opens_form_field(text: str) -> bool:
    """A field that opens a line of its own, never a wrapped line's tail: any field in brackets, a
    header's field with a colon (`内容：` may follow a wrap inside a sentence: `会议的主要` / `内容：…`)."""
    form = FORM_FIELD_RE.match(text)
    return bool(form) and (bool(form["bracketed"]) or form["label"] not in FORM_TEXT_LABELS)


def form_header(text: str) -> str | None:
    """The header line a form's labelled field gives (`【引题】…`, `标题：…`, `【副题】…` as `——…`), or None."""
    return _form_header(FORM_FIELD_RE.match(text))


def _form_header(form: re.Match | None) -> str | None:
    label = form and (form["label"] or form["bracketed"])
    if not label or label not in FORM_HEADER_LABELS or not has_cjk(form["value"]):
        return None
    value = form["value"].strip()
    return value if value.startswith(("——", "--")) else FORM_HEADER_LABELS[label] + value


def form_row(cells: list[str]) -> str | None:
    """A row of a submission form as the lines of a text form (`标题：…`, `来源：…`), or None for
    a row that is no form's: every other cell a field's label, the next its value."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) < 2 or len(filled) % 2:
        return None
    labels = [label.rstrip(":：").replace(" ", "").replace("\u3000", "") for label in filled[::2]]
    if not all(label in _FORM_FIELDS or label in _FORM_OTHER_FIELDS for label in labels):
        return None
    return "\n".join(f"{_FORM_FIELDS[label]}：{value}" for label, value in zip(labels, filled[1::2])
                     if label in _FORM_FIELDS) or None


# An official notice's lines that lead into what follows: its addressees (主送: `各镇人民政府、
# 街道办事处，区级有关部门：`) and `现将有关事项通知如下：`. Text, never header lines.
NOTICE_LEAD_IN_RE = re.compile(r"^各[^。！？位]*(?:政府|办事处|部门|单位|委|局|办|镇|街道|区|县|市)[^。！？]*[：:]$"
                               r"|^[^。！？]*(?:各部门|有关部门|有关单位|各单位|直属单位)[：:]$|^.*如下[：:]$")
# Where a story runs on from or to another page (`（下转第二版）`, `（上接第1版）`, `（转A3版）`, `（接上页）`):
# a mark of the layout, not text. `（转载自…）` is a source note and stays.
CONTINUED_RE = re.compile(
    r"[（(]\s*(?P<way>下转|上接|紧接|转|接)\s*(?:第?\s*(?P<page>[A-Z]?[0-9一二三四五六七八九十]{1,3})\s*(?:版|页|面)"
    r"|(?P<near>[上下])[页版])\s*[）)]")


@dataclass(frozen=True)
class RunOn:
    """Where a page says a story goes on: `（下转第3版）` is ("to", "3"), `（上接第一版）` is
    ("from", "1"); `（接上页）` is ("from", "-1"), a page counted from the story's own."""

    way: str  # "to" or "from"
    page: str


# A story's reporters in brackets, as a brief is signed at its end: `（记者 王磊）`, `（本报通讯员 张敏）`.
REPORTERS_BRACKET = r"[（(]\s*(?:本报|特约|新华社)?(?:记者|通讯员|实习生)[^（）()，。]{1,30}[）)]"
_PAGE_CREDIT_PREFIX_RE = re.compile(r"^(?:本版|本期)")  # `本版编辑：刘芳`: the page's editor
_RUN_ON_MARK_ONLY_RE = re.compile(rf"^(?:{CONTINUED_RE.pattern})$")


def run_on_way(match: re.Match) -> str:
    """Whether a CONTINUED_RE match says the story runs on "to" another page (`下转`, `转`) or "from" one."""
    return "to" if "转" in match["way"] else "from"


def run_on(match: re.Match) -> RunOn | None:
    """The run-on a CONTINUED_RE match states; None for a page number no one could read."""
    way = run_on_way(match)
    if match["near"]:
        return RunOn(way, "-1" if match["near"] == "上" else "+1")
    page = match["page"]
    letter, figure = (page[0], page[1:]) if page[0].isascii() and page[0].isalpha() else ("", page)
    number = int(figure) if figure.isdigit() else chinese_number(figure)
    return RunOn(way, f"{letter}{number}") if number else None


# What a web page's article view prints around the text, copied with it: tool links
# (`【字体：大 中 小】【打印本页】【关闭窗口】`), links to the other articles (`上一篇：…`), counters.
PAGE_CHROME_RE = re.compile(
    r"^(?:[【\[]?\s*(?:" + PAGE_TOOL + r")\s*[】\]]?\s*[|｜丨/]?\s*)+$"
    r"|^(?:[【\[]\s*(?:纠错|(?:责任编辑|编辑|责编)\s*[:：]\s*[\u4e00-\u9fff·\s]{2,12})\s*[】\]]\s*)+$"
    # An e-paper view's links to the next and the last article or page (`<<上一篇　　下一篇>>`).
    r"|^" + EPAPER_NAVIGATION + r"$"
    # A WeChat article's calls to follow, like and share, copied with it.
    r"|^(?:点击(?:上方)?蓝字[^。！？]{0,12}|点击[^。！？]{0,16}关注[^。！？]{0,12}|点个?[“\"]?在看[“\"]?[^。！？]{0,16}|长按(?:识别)?(?:二维码|图片)[^。！？]{0,16}|扫(?:描)?(?:码|二维码)关注[^。！？]{0,12}"
    r"|(?:阅读原文|关注我们|[+＋]?关注|已关注|举报\s*/\s*反馈|[大中小]字号)\W{0,4}|点个[“\"]?赞[^。！？]{0,20}|点亮[“\"]?在看[^。！？]{0,16}"
    r"|分享\W{0,2}收藏[^。！？]{0,8})$"
    # A repost's calls to follow the account (`更多精彩内容，请关注江州发布微信公众号。`, `欢迎关注…`).
    r"|^(?:更多精彩(?:内容|资讯)?[，,]?\s*)?(?:请|欢迎|敬请)(?:持续)?关注[^。！？]{0,30}(?:公众号|微信|微博|客户端|抖音号|视频号|头条号)[^。！？]{0,10}[。！!]?$"
    # A repost's word on rights (`声明：本文转载自江州日报，版权归原作者所有。`, `如有侵权请联系删除`) and
    # the headline it replaced (`原标题：…`), which the repost's own headline stands above.
    r"|^(?:免责)?声明\s*[:：][^\n]{0,120}(?:转载|版权|侵权|观点|立场)[^\n]{0,80}$"
    r"|^[^。！？]{0,40}(?:版权归[^。！？]{0,12}所有|如有侵权)[^\n]{0,60}$|^原标题\s*[:：]"
    # A platform's word that the article is the writer's view, not its own (`本文来自【江州日报】，仅代表作者观点。…`).
    r"|^[^。！？]{0,40}仅代表(?:作者|个人)(?:本人)?(?:观点|立场)[^\n]{0,80}$"
    # The collection a WeChat article is filed in, with its topics and their counts (`收录于合集`, `#基层治理 12个`).
    r"|^收录于(?:合集|话题)(?:\s*#[^#。！？\s]{1,20}\s*(?:\d+\s*个)?)*$|^(?:#[^#。！？\s]{1,20}\s*)+\d+\s*个(?:内容)?$"
    r"|^[【\[]?第\s*[A-Z]?\d{1,3}\s*版\s*[:：]\s*[\u4e00-\u9fff·]{1,8}[】\]]?$"  # an e-paper's link to a page (`第02版：综合`, `【第02版：综合】`)
    # The page's counters alone (`阅读 1.2万`, `浏览：1234次`, `点赞 32　在看 5`).
    r"|^(?:(?:阅读|浏览|点击|阅读量|浏览量|点击量|点赞|在看|转发|收藏)\s*[:：]?\s*\d+(?:\.\d+)?\s*[万千wW]?\+?\s*次?\s*)+$"
    r"|^(?:上一篇|下一篇|上一条|下一条|上一版|下一版|分享到|浏览次数|点击数|阅读次数|阅读量|访问量|" + VIEW_POSITION + r")\s*[:：]"
    # The site's path to the page (`首页 > 新闻中心 > 部门动态`, an e-paper's `… > 第01版：要闻`):
    # short names parted by arrows.
    r"|^(?:首页|网站首页|主页)?\s*(?:[>＞»›]{1,2}\s*)?[\u4e00-\u9fffA-Za-z0-9]{2,10}"
    r"(?:\s*[>＞»›]{1,2}\s*[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9：:·]{1,13}){1,6}\s*[>＞»›]?$"
    # A government or news site's foot: who runs it, its record numbers, its copyright.
    r"|^(?:主办单位|主办)\s*[:：][^。！？]*(?:承办|技术支持|运维|维护|网站|标识码|ICP)|^(?:技术支持|运维单位|网站维护)\s*[:：]"
    r"|^[^。！？]*(?:网站标识码|ICP[备证]|公网安备|版权所有|Copyright|©)[^。！？]*$")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸"
    "战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木")

# Labels of the boxes a story carries (a summary box, an editor's note, a reporter's notes):
# they stand over a part of the story, never over a new one.
BOX_LABELS = {"核心阅读", "编者按", "阅读提示", "导读", "记者手记", "采访手记", "延伸阅读", "相关链接", "链接", "小贴士", "图片说明",
              "开栏的话", "编者的话", "内容提要", "内容摘要", "主持人语", "引子", "人物名片", "人物简介", "人物档案", "个人简介"}
LEAD_BOX_LABELS = {"核心阅读", "阅读提示", "导读", "内容提要", "内容摘要", "引子"}
MAX_HEADING_WIDTH = 40
LONG_HEADLINE_WIDTH = 80


def asks_or_exclaims(text: str) -> bool:
    """A short line of one sentence, of two clauses at most, that asks or exclaims (`夜市的烟火气
    从哪里来？`, `…守好一方水，护好一城人！`), as a headline may; a story's question runs to more
    clauses (`孩子上学，老人看病，…这日子可咋过？`)."""
    return display_width(text) <= MAX_HEADING_WIDTH and bool(_ONE_CALL_RE.match(text)) \
        and sum(text.count(mark) for mark in "，、；,;") <= 1


_ONE_CALL_RE = re.compile(r"^[^。！？!?]+[！？!?]+[”’」]?$")
_BRACKETED_RE = re.compile(r"[（(][^（）()]*[）)]|《[^《》]*》")
CAPTION_CREDIT_WIDTH = 16  # more text than this before a photo credit, with punctuation, is a caption
CAPTION_WIDTH = 50
SECTION = "\x01"  # marks a section heading among a draft's paragraphs
NOTE = "\x02"  # marks a source note (原载…), kept in the text but never summarized
MIN_REPEAT_LETTERS = 12
MIN_REPEATED_PREFIX = 24
REPEAT_WINDOW = 40

# A column tag closes a headline (`…（人民论坛）`, `…(今日谈)`); a kicker ends with a dash
# (`…呼吁——`); a subtitle opens with one (`——记…`). Section headings carry none of these.
# A series tag names the column, a dot, then the series in it: `（来信综述·破解老旧小区停车难题）`.
# A bracket that lists things parted by `、` (`各省（区、市）`, a closing note's reporters) names no column,
# nor does one that points to a numbered picture (`（图⑦）`, `（见图3）`: text closing on it) or an
# aside that says what a word includes or stands for (`（含寄宿制学生）`, `（以下简称“区教委”）`), or
# one of figures alone (`…机电2101(05)`, the number of a class where a wrap cut the text): a column has a name.
_TAG = r"[（(](?!(?:见|如|详见)?图\s*[\d①-⑳一二三四五六七八九十]+[）)]|含|包括|以下简称|下称|简称)(?=[^（）()]*[^\W\d_])" \
       r"(?:[^（）()，。、]{2,14}|[^（）()，。、·]{2,8}·[^（）()，。、]{2,24})[）)]$"
COLUMN_TAG_RE = re.compile(_TAG)
HEADLINE_MARK_RE = re.compile(r"^——|" + _TAG)
# A word of two to four letters set letter-spaced (`扎 根`): on the real pages, always a section heading.
LETTER_SPACED_RE = re.compile(r"^[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,3}$")
# Who speaks in a part of a round-up (`区人大常委会法制委员会主任周敏`, `青山县委书记王建国代表`,
# `江州师范大学法学院副教授 李 明`, `…总经理赵强——`): a post, then a name; or a deputy's name alone
# (`周海代表——`, `林青委员——`).
POSTS = (r"(?:主席|会长|书记|主任|院长|董事长|总经理|经理|局长|厅长|部长|市长|县长|区长|乡长"
         r"|镇长|村长|团长|教授|律师|研究员|校长|理事长|总裁|总监|馆长|所长|站长|行长|社长|台长|处长|科长|队长|医师|医生"
         r"|护士长|工程师|负责人|创始人|演员|委员|代表|董事|秘书长|主编|导演|编剧|作家|教师|司长|参赞)")
SPEAKER_LINE_RE = re.compile(
    r"^(?:[\u4e00-\u9fff、·\d\s]{2,40}?" + POSTS + r"\s*(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}?(?:·[\u4e00-\u9fff]{2,8})?)(?:代表|委员)?"
    r"|(?P<deputy>[\u4e00-\u9fff]{2,3})(?:代表|委员))\s*(?:——)?$")


@dataclass
class Item:
    """One logical line of a page with its role."""

    role: str  # heading, candidate, para, byline, header_byline, meta, credit, caption, label, table
    text: str
    blank_before: int = 0
    level: int = 0  # Markdown heading level; 0 for plain lines
    byline: str | None = None  # a dateline's reporter credit, or the byline text
    header: bool = False  # the layout marks this line as a header line (unindented on an indented page; a brief's run-in headline)
    blank_joins: tuple[int, ...] = ()  # the letters before each join across a blank line (`LogicalLine.blank_joins`)
    verse: bool = False  # a line of a poem: text, kept a line at a time
    wraps: bool = False  # a header line that fills the column of a wrapped page over a narrower line (`LogicalLine.full`)
    wide: bool = False  # a header line wider than the column of a wrapped page: set across columns (`LogicalLine.wide`)
    continued: bool = False  # the line opens on a mark that its story goes on from another page (`（上接第1版）`)
    ends_apart: bool = False  # its last line is no full line of a wrapped page's column (`LogicalLine.ends_apart`)



# ---------------------------------------------------------------- items


# A commentator's byline as printed under the headline: an affiliation, then the name
# (`江州师范大学法学院副教授 李 明`, `江州市东城区 石新民`).
AFFILIATION_BYLINE_RE = re.compile(
    r"^[\u4e00-\u9fff·（）()]{2,30}(?:律师|教授|讲师|研究员|主任|院长|校长|书记|局长|所长|部长|主席|经理|医生|教师|"
    r"学生|代表|委员|干部|职工|村民|居民|市|县|区|省|镇|乡|村|街道|社区|大学|学院|学校|党校|中学|小学|医院|公司|"
    r"研究院|研究所|中心|协会|学会|委员会|办公室|局|委|厅|部)"
    r"\s+(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})$")


# Readers who sign a letter together, by the place they live in: `江州市青山县石桥镇柳河村部分村民`,
# `滨江花园小区全体业主`. Without the word that counts them it may be a headline (`情暖社区居民`),
# and an open letter's title (`致全市部分居民`) addresses them instead.
COLLECTIVE_SIGNATURE_RE = re.compile(
    r"^(?![致告给])[\u4e00-\u9fff]{2,30}(?:省|市|县|区|镇|乡|村|街道|社区|小区)(?:部分|全体|多名|一些|众多)"
    r"(?:村民|居民|群众|读者|业主|家长|职工|网友)$")


def starts_with_surname(name: str) -> bool:
    """A name's first letter (or two: 欧阳, 司马) is a surname."""
    return bool(name) and (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES))


def is_affiliation_byline(text: str) -> bool:
    """An affiliation then a person's name (its first letter a surname)."""
    match = AFFILIATION_BYLINE_RE.match(BULLET_OPENING_RE.sub("", text.strip()).strip())  # `□ 区委党校 张晓红`
    return bool(match) and starts_with_surname(match.group("name"))


_ROLE_WORDS_RE = re.compile(r"记者|通讯员|实习生|摄影|特约撰稿人?|撰稿|评论员|[\s、，,·]+")
MAX_OUTLET_LETTERS = 12


def is_role_byline(text: str) -> bool:
    """A role word after at most an outlet's name, then a name: `本报记者 徐 隽`,
    `融媒体中心记者杨丽丹通讯员刘亚平`; not a headline that mentions reporters (`…回答记者提问`)."""
    match = ROLE_BYLINE_RE.search(text)
    if not match or len(text[:match.start()].strip()) > MAX_OUTLET_LETTERS:
        return False
    if any(mark in text[:match.start()] for mark in "。，；！？,;!?"):
        return False  # an outlet's name holds no sentence: `广活动120余场。(记者 李` is a paragraph's last line
    if text[match.end():].lstrip()[:1] in ("：", ":"):
        return False  # a label over what follows it (`江州日报评论员文章：…`, a commentary's headline), no name
    if "《" in text[match.start():]:
        return False  # a headline that names a title after the role (`江州日报评论员文章《…》`), no writer
    names = [token for token in _ROLE_WORDS_RE.split(text[match.start():]) if token]
    first = re.match(r"[\u4e00-\u9fff]{1,4}", names[0]) if names else None  # `马俊峰/文受访者供图`
    return bool(first) and starts_with_surname(first.group())


def is_byline_text(text: str) -> bool:
    """A short unpunctuated line that names the writer (`本刊记者 王晓燕`, `文丨特约评论员 韩冰`)."""
    if display_width(text) > MAX_HEADING_WIDTH or any(mark in text for mark in "，。；！？"):
        return False
    return bool(LABELLED_BYLINE_RE.match(text) or is_role_byline(text) or INSTITUTION_BYLINE_RE.match(text))


def is_verse_line(text: str) -> bool:
    """A line as a poem sets it: short, with no clause mark or stop, and no list item (a web
    page's list of links to other stories is no poem). VERSE_MIN_LINES of them in a run are a
    stanza, not header lines."""
    return display_width(text) <= MAX_HEADING_WIDTH and not _CLAUSE_OR_STOP_RE.search(text) \
        and not _LIST_ITEM_RE.match(text)


def every_line_apart(items: list[Item]) -> bool:
    """Whether a blank line stands before every line of the page (a Word file's paragraphs, a
    web copy): there blank lines part nothing, neither stories nor stanzas."""
    return all(item.blank_before for item in items[1:])


def stanzas(verse_like: list[bool], parted: list[bool]) -> set[int]:
    """The positions of lines in runs of VERSE_MIN_LINES or more verse-like lines (a poem's
    stanzas); `parted[i]`: a break stands before line i that no stanza runs across."""
    found: set[int] = set()
    run: list[int] = []
    for index, (verse, apart) in enumerate(zip(verse_like + [False], parted + [True])):
        if verse and (not run or not apart):
            run.append(index)
            continue
        if len(run) >= VERSE_MIN_LINES:
            found.update(run)
        run = [index] if verse else []
    return found


VERSE_MIN_LINES = 5
STANZA_MIN_LINES = 3  # two runs this long with a blank line between are stanzas, never two headline blocks
_CLAUSE_OR_STOP_RE = re.compile(r"[，。、；：！？,;:!?—]")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+•·]\s|\d+[.)、]\s?)")


def is_names_line(text: str) -> bool:
    """A line of one to six personal names, as printed under or after an article."""
    tokens = text.split()
    if len(tokens) == 2 and len(tokens[0]) == 1 and starts_with_surname(tokens[0]) and re.fullmatch(r"[\u4e00-\u9fff]", tokens[1]):
        # A two-letter name spaced to the width of three (`张 华`), as papers print it; a feature's
        # section headings are spaced so too, but they are words (`商 机`, `扎 根`), no names.
        name = "".join(tokens)
        return not words.tokenizer().has_word(name) or not _common_noun(name)
    if not 1 <= len(tokens) <= 6:
        return False
    for token in tokens:
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", token) or not starts_with_surname(token):
            return False
        if len(token) > 3 and not token.startswith(COMPOUND_SURNAMES):
            return False  # four letters only with a two-letter surname
        if len(tokens) > 1 and len(token) >= 3 and _common_noun(token):
            return False  # `关键词 安全感`: a section's label and its word, not two names
    if len(tokens) == 1:
        # One name alone must not be an ordinary word (`王府井`, `高扬`).
        return not words.tokenizer().has_word(tokens[0]) and len(words.cut(tokens[0])) == 1
    return True


def _common_noun(token: str) -> bool:
    """A word of the dictionary that is no person's name (`关键词`; `毛泽东` is tagged a name)."""
    tagged = words.tag(token)
    return len(tagged) == 1 and not tagged[0][1].startswith("nr")


_SIGNED_SENTENCE_RE = re.compile(r"[，；][^，；。]*。\s*$")


def _signs_with_names(text: str) -> bool:
    """One to four personal names of two or three letters, each opening with a surname that no
    word swallows (`郭` + `小林`, not `全文` + `完` or the word `王府井`)."""
    names = text.split()
    return 1 <= len(names) <= 4 and all(
        re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) and starts_with_surname(name) and _name_shaped(name) for name in names)


def is_writers_names(text: str) -> bool:
    """One to four personal names alone, each shaped as a name (`郭小林`) or known as one (`刘建国`)."""
    return _signs_with_names(text) or _known_name(text)


def names_run_together(text: str) -> bool:
    """Two personal names printed with no space between them, as a short story is signed in
    brackets after its last sentence (`（周海宁李雪梅）`): each of two or three letters, opening
    with a surname, each shaped as a name or known as one (not `马鞍` + `山市`)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{4,6}", text)) and any(
        is_writers_names(text[:cut]) and is_writers_names(text[cut:]) for cut in (2, 3) if 2 <= len(text) - cut <= 3)


def _known_name(text: str) -> bool:
    """A name the dictionary holds as a person's (`刘建国`): after a writer's mark, the writer."""
    tagged = words.tag(text) if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text) and starts_with_surname(text) else []
    return len(tagged) == 1 and tagged[0][1] == "nr"


def _name_shaped(name: str) -> bool:
    tokens = words.cut(name)
    return tokens[0] == name[0] or (len(tokens) == 1 and not words.tokenizer().has_word(name))


# `记者 周敏 通讯员 刘洋 报道`: who reported it; the closing word is no part of a name.
_REPORTED_CLOSE_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s*报道$")


def classify_line(text: str, blank_before: int, markdown: bool) -> Item:
    """Give one logical line its role."""
    page = PAGE_MARK_RE.match(text) if markdown else None
    if page:
        return Item("page", page["page"], blank_before)
    if not markdown and masthead_line(text.strip()):
        # A masthead line further down a text page (`永川日报　2025年3月4日　星期二　第3版`): the
        # next page of an edition copied into one file starts here.
        return Item("masthead", text.strip(), blank_before)
    if TABLE_ROW_RE.match(text.strip()):
        return Item("table", text.strip(), blank_before)  # a row of a table of figures: text, never summarized
    if markdown:
        text = _BLOCKQUOTE_RE.sub("", text)  # a quoted paragraph (`> 春风拂面，…`) is the story's text
    match = MD_HEADING_RE.match(text) if markdown else None
    if match and match.group(2):
        title = strip_inline_markup(undouble(match.group(2)))
        if is_red_head(title.strip()) or DOCUMENT_FURNITURE_RE.match(title.strip()):
            return Item("label", title.strip(), blank_before)  # a document's red head set large (a PDF's, a Word heading)
        if is_byline_text(title.strip()) or _RUN_ON_MARK_ONLY_RE.match(title.strip()) \
                or EDITOR_LINE_RE.match(_PAGE_CREDIT_PREFIX_RE.sub("", title.strip())):
            # A byline, an editor's line or a page's run-on mark set in a heading style (a Word
            # file's `标题 1`) is still one: read on as the line it is.
            text = title.strip()
        else:
            return Item("heading", fix_punctuation(title), blank_before, level=len(match.group(1)))
    bold = BOLD_LINE_RE.match(text)
    if bold and (is_byline_text(bold.group(2).strip()) or NOTICE_RE.match(bold.group(2).strip())):
        text = bold.group(2).strip()  # a byline or notice set in bold (`**本刊记者 王晓燕**`) is still one
    elif bold:
        return Item("heading", fix_punctuation(undouble(bold.group(2).strip())), blank_before, level=6)
    labelled = LABELLED_BYLINE_RE.match(text)
    if labelled and display_width(text) <= MAX_HEADING_WIDTH and not ends_sentence(text):
        return Item("byline", text, blank_before, byline=labelled.group("inner").strip())
    # A page's run-on mark (`（下转第二版）`, `（上接第一版）`) is no part of the text, but a line that
    # carries one is a story's text, never a headline (an unfinished sentence at a page's foot).
    run_on_text = CONTINUED_RE.search(text)
    # Opening on the mark (`（上接第1版）…`, or the mark alone over the text), the line goes on with
    # a story from another page: whatever stands above it on this page is another story.
    continued = bool(run_on_text) and not text[:run_on_text.start()].strip() and run_on_way(run_on_text) == "from"
    text = fix_punctuation(strip_inline_markup(CONTINUED_RE.sub("", text))).strip()
    if run_on_text and letters(text):
        return Item("para", text, blank_before, continued=continued)
    if continued:
        return Item("label", text, blank_before, continued=True)
    form = FORM_FIELD_RE.match(text)
    header = _form_header(form)
    if header:
        # Its label sets it apart as a blank line would: a kicker's field is no first line of its title.
        return Item("candidate", header, max(blank_before, 1))
    if form:
        label, text = form["label"] or form["bracketed"], form["value"].strip()
        if not text:
            return Item("label", label, blank_before)
        if label not in FORM_HEADER_LABELS and label not in FORM_TEXT_LABELS:
            return classify_line(f"{label}：{text}", blank_before, markdown)  # `【作者】李明` as `作者：李明`
    if any(pattern.match(text) for pattern in (LABEL_RE, PAGE_CHROME_RE, SEPARATOR_RE, LINK_LIST_RE, NOTICE_RE, PLACEHOLDER_RE,
                                               DISTRIBUTION_RE, CONTENTS_LINE_RE, DOCUMENT_FURNITURE_RE, FORM_NAME_RE)) \
            or is_box_label(text):
        return Item("label", text, blank_before)
    if is_addressee(text):
        return Item("note", text, blank_before)
    if is_red_head(text):
        return Item("label", text, blank_before)
    if metadata_line(text):
        # A date and source line under a headline further down (several articles copied into one
        # file from a site's article views): the facts of the article it stands in.
        return Item("meta", text, blank_before)
    boxed = BOXED_BYLINE_RE.match(text)
    # `□本报记者 高明山`: a box that opens a byline (or a box's label, `■小贴士·制作`); a headline
    # marked with a box (`■物业条例，护航美好生活`) is none.
    inner = boxed.group("inner").strip() if boxed else ""
    if boxed and display_width(text) <= MAX_HEADING_WIDTH and not ends_sentence(text) \
            and (is_byline_text(inner) or is_names_line(inner) or _signs_with_names(inner) or _known_name(inner)
                 or inner.startswith(tuple(BOX_LABELS))):
        return Item("header_byline", text, blank_before, byline=inner)
    closing = CLOSING_NOTE_RE.match(text)
    if closing:
        role_byline = ROLE_BYLINE_RE.search(closing.group("inner"))
        return Item("note", text, blank_before, byline=closing.group("inner").strip() if role_byline else None)
    paren = PAREN_BYLINE_RE.match(text) or _BRACKETED_NAMES_RE.match(text)
    if paren and (paren.re is PAREN_BYLINE_RE or is_names_line(paren.group("inner"))):
        # `（记者 王敏）`, and a story signed with names alone on its last line (`（袁源）`), as a
        # closing sentence is signed at its end (`…共赢”。（郭小林）`).
        return Item("byline", text, blank_before, byline=paren.group("inner").strip())
    punctuated = any(mark in text for mark in "，。；！？")
    # Headlines run to ~80 characters on one line (a long column tag in brackets included); a
    # line that long with no clause mark outside its brackets is a header line, not a paragraph.
    width = display_width(text)
    short = (width <= MAX_HEADING_WIDTH or (width <= LONG_HEADLINE_WIDTH and not any(
        mark in _BRACKETED_RE.sub("", text) for mark in "，。；！？,;"))) and not ends_sentence(text)
    if CAPTION_START_RE.match(text):
        return Item("caption", text, blank_before)
    if short and (SOURCE_NOTE_RE.match(text) or CONTACT_LINE_RE.search(text) or PRINT_CITATION_RE.match(text)
                  or PARTICULARS_LINE_RE.match(text)):
        return Item("note", text, blank_before)
    if EDITOR_LINE_RE.match(text) and width <= MAX_HEADING_WIDTH:
        return Item("credit", text, blank_before)  # the editor who handled it, not the author
    credit = CREDIT_RE.search(text)
    if credit and interview_prompt(text):
        credit = None
    if credit and (short or width <= 60):
        rest = CREDIT_RE.sub(" ", text).strip()
        if re.search(r"[（(][^（）()]{0,30}供图[）)]\s*$", text) and len(rest) > 12:
            return Item("caption", text, blank_before)  # a photo caption ending in its credit
        if rest and is_names_line(rest):
            return Item("byline", text, blank_before, byline=text if re.search(r"[文图摄]\s*[/／]", text) else rest)
        if rest and (display_width(rest) > CAPTION_CREDIT_WIDTH and any(mark in rest for mark in "，。")
                     or rest.startswith("图为") or "。" in rest.rstrip("。")):
            # A photo caption that ends in its credit (…新华社记者 X 摄, `图为会议现场。记者 刘洋 摄`).
            return Item("caption", text, blank_before)
        return Item("credit", text, blank_before, byline=text if re.search(r"文\s*[/／]\s*图|摄", text) else None)
    if short and not punctuated and (is_role_byline(text) or INSTITUTION_BYLINE_RE.match(text)):
        return Item("byline", text, blank_before, byline=_REPORTED_CLOSE_RE.sub("", text))
    if short and not punctuated and (is_names_line(text) or is_affiliation_byline(text)
                                     or COLLECTIVE_SIGNATURE_RE.match(text)):
        return Item("byline", text, blank_before, byline=text)
    dateline = DATELINE_RE.match(text)
    if dateline and len(text) > dateline.end() and (dateline.group("inner") or text.startswith(("本报", "本刊", "本台"))
                                                    or dateline.group("reported") or DATED_DISPATCH_RE.search(dateline.group())):
        inner = dateline.group("inner") or dateline.group("bare") or dateline.group("reported")
        return Item("para", text, blank_before,
                    byline=inner.strip() if inner and ROLE_BYLINE_RE.search(inner) else None, level=-1)
    if text.startswith("——") and not ends_sentence(text) and width <= 2 * MAX_HEADING_WIDTH:
        # A subtitle (副题) however long: `——区委书记在全区优化营商环境大会上讲话，提出一系列务实举措…`;
        # a dash-led paragraph of a list ends its sentence.
        return Item("candidate", undouble(text), blank_before)
    signed = COLUMN_TAG_RE.search(text)
    if signed and punctuated and ends_sentence(text[:signed.start()]) and (
            ROLE_BYLINE_RE.search(signed.group()) or is_names_line(signed.group()[1:-1].strip())):
        # A closing sentence signed in brackets (`…城的安宁！（评论员 罗某 萧某某）`, `…共赢”。（郭小林）`),
        # not a headline's column tag.
        return Item("para", text, blank_before, byline=signed.group()[1:-1].strip())
    if signed and _SIGNED_SENTENCE_RE.search(text[:signed.start()]):
        # A sentence with clauses, ended by a full stop, then a bracket: text signed with a name
        # the dictionary also knows as words (`…增收。（郭小林）`), never a headline's column tag.
        inner = signed.group()[1:-1].strip()
        return Item("para", text, blank_before, byline=inner if _signs_with_names(inner) else None)
    if not markdown and LETTER_SPACED_RE.match(text) and words.tokenizer().has_word(re.sub(r"\s+", "", text)):
        return Item("section", text, blank_before)  # `扎 根`, `商 机`: a feature's section set letter-spaced
    if short and PRODUCTION_CREDIT_RE.match(text):
        return Item("credit", text, blank_before)  # `内容统筹：本报编辑 郑柯岩`: who laid it out, no headline
    if short and (not punctuated or width <= 30 or COLUMN_TAG_RE.search(text)) and has_cjk(text) \
            and not (_RUNS_ON_PAST_A_FULL_STOP_RE.search(text) and text[-1:].isalnum()) and not NOTICE_LEAD_IN_RE.match(text):
        return Item("candidate", undouble(text), blank_before)
    if not letters(text):
        return Item("label", text, blank_before)
    return Item("para", text, blank_before)


_BLOCKQUOTE_RE = re.compile(r"^\s*(?:>\s?)+")


def interview_prompt(text: str) -> bool:
    """An interview's question or prompt (`记者：下一步有什么打算？`, `记者：请介绍一下有关情况。`),
    which reads as a credit's label: no credit asks anything, and a reporter's credit names the
    reporter, in no sentence."""
    return text.rstrip("”’\"' ").endswith(("？", "?")) or (text.startswith("记者") and ends_sentence(text))


def strip_inline_markup(text: str) -> str:
    """A line without Markdown's inline marks: bold, italics, links, images and escapes."""
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = EMPHASIS_RE.sub(r"\1", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    # Markdown's backslash escapes (`\[1\]`, `\_`, `\*`) stand for the marks themselves.
    return _MD_ESCAPE_RE.sub(r"\1", text).strip()


_MD_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")


def is_editor_credit(text: str) -> bool:
    """`（编辑:文静）`, `（江城网编辑 孙桂芳）`, `责任编辑：魏喆`: who handled the story, not who wrote it."""
    return bool(EDITOR_LINE_RE.match(text)) or (any(word in text for word in EDITOR_WORDS) and not _WRITER_ROLE_RE.search(text))


def is_speaker_line(text: str) -> bool:
    """A post and a personal name (`…法制委员会主任周敏`): who speaks in a part of a round-up."""
    match = SPEAKER_LINE_RE.match(text.strip())
    if not match:
        return False
    name = (match["name"] or match["deputy"]).replace(" ", "")
    if name.endswith("记者"):
        return False  # whom the speaker told, no name (`…副院长王建华委员向记者` / `讲述了…`): 向 and 对 are surnames too
    if "·" in name:
        return True  # a name written in Chinese letters from another language (`阿依古丽·买买提`)
    if (len(name) <= 3 or name.startswith(COMPOUND_SURNAMES)) and starts_with_surname(name) \
            and not words.tokenizer().has_word(name):
        return True  # a Han name: a surname and one or two letters (two or three after 欧阳, 司马…)
    # A name the dictionary knows (`高峰`) or not led by a Han surname (`格桑曲珍`): its
    # last word is tagged a person's name, never a plain word (`关键词 安全感`, `…讲话精神`).
    return words.tag(name)[-1][1] == "nr"


# How list items are numbered, one group for each kind: `1.` `1、` `1．`, `一、`, `（一）`, `（1）`.
LIST_NUMBER_RE = re.compile(r"^(?:(\d+[.、．])|([一二三四五六七八九十]+、)|([（(][一二三四五六七八九十]+[）)])|([（(]\d+[）)]))\s*")


def list_numbering(text: str) -> int | None:
    """Which kind of numbering opens the line (its group in LIST_NUMBER_RE), if any."""
    match = LIST_NUMBER_RE.match(text)
    return match.lastindex if match else None


def list_number(text: str) -> tuple[int, int] | None:
    """The kind of numbering that opens the line and the number it gives (`三、` is (2, 3))."""
    match = LIST_NUMBER_RE.match(text)
    if not match:
        return None
    figure = re.sub(r"[^\d一二三四五六七八九十]", "", match.group())
    number = int(figure) if figure.isdigit() else chinese_number(figure)
    return (match.lastindex, number) if number is not None else None


# The bullet that marks a header line (`■物业条例，护航美好生活`, `◆——副题`), at its start or after a space.
BULLETS = "[■□◆◇●○★☆]"  # the marks a page sets before (or around) a header line
HEADER_BULLET_RE = re.compile(rf"(^|\s){BULLETS}\s*(?=\S)")
BULLET_OPENING_RE = re.compile(rf"^{BULLETS}")  # a line that opens with such a bullet (a brief's headline)


def is_red_head(text: str) -> bool:
    """Whether the line is a document's red head: its offices' names and 文件."""
    red_head = _RED_HEAD_RE.match(text)
    return bool(red_head) and all(ISSUER_RE.match(office) for office in red_head["office"].split())


def is_addressee(text: str) -> bool:
    """Whether the line names the bodies a document is addressed to, closed by a colon."""
    if not text.endswith(("：", ":")) or len(text) > 80:
        return False
    parts = re.split(r"[、，,]", re.sub(r"[（(][^（）()]*[）)]", "", text[:-1]))
    # One body alone before a colon is as often a speaker over a headline (`国台办：`): only a list,
    # or bodies named by their kind (`各镇街：`, `有关单位：`), addresses a document.
    return (len(parts) >= 2 or parts[0].startswith(("各", "有关", "全体", "所属"))) \
        and all(_ADDRESSEE_PART_RE.match(part.strip()) for part in parts)


# What a roundup's title or a briefs column's label calls itself.
ROUNDUP_LABEL_RE = re.compile(r"速览|简讯|快讯|短讯|要闻|速递|播报|集锦|一览|动态")
BRIEFS_LABEL_LETTERS = 8  # `简讯`, `本地简讯`, `要闻速递`


def is_briefs_label(text: str) -> bool:
    """A briefs column's short label (`简讯`, `本地快讯`, `要闻速递`)."""
    return len(letters(text)) <= BRIEFS_LABEL_LETTERS and bool(ROUNDUP_LABEL_RE.search(text))


def is_box_label(text: str) -> bool:
    """`核心阅读`, `■记者手记`, `【编者按】`: the label of a box that a story carries."""
    return _box_label(text) in BOX_LABELS


def is_lead_box_label(text: str) -> bool:
    """`内容提要`, `核心阅读`: the label of a box set over a story's text, before its first section."""
    return _box_label(text) in LEAD_BOX_LABELS


def _box_label(text: str) -> str:
    return re.sub(r"\s+", "", text).strip("【】[]：:▲" + BOX_MARKS)


def is_dateline_para(item: Item) -> bool:
    return item.role == "para" and item.level == -1


def reads_as_header(item: Item) -> bool:
    """A header line, or a line of text that may be one: no sentence in it, of a headline's length.
    A full stop inside the line ends a sentence there: a brief signed after it
    (`…5000余份。（记者 胡婷）`) is text, never a header line."""
    return item.role == "candidate" or (item.role == "para" and not is_dateline_para(item) and not item.verse and not ends_sentence(item.text)
                                        and "。" not in item.text and display_width(item.text) <= 2 * MAX_HEADING_WIDTH)


def next_of(items: list[Item], start: int, roles: tuple[str, ...], skip: tuple[str, ...]) -> Item | None:
    for item in items[start:]:
        if item.role in roles:
            return item
        if item.role not in skip:
            return None
    return None
