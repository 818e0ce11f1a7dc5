"""Made-up stories set at random as grids and flows of boxes, printed across sheets by Chromium.

`bench/random_pages.py` prints such pages by the score and checks each story's cut
(`check_page`); the pages under `printed/`, with each story's facts in a `.json` beside them,
are some it printed whose cuts were once wrong, kept as tests (`tests/test_pdf.py`). A page is
a masthead over a CSS grid of boxes, or over columns (`column-count`) the boxes flow down;
each box a story drawn from `STORIES`, with or without its kicker and subtitle, with the
first three or more of its paragraphs and, on some pages, a photo over a caption after its
first paragraph. A5 sheets in two columns, A4 in two or three.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from tests.test_pdf_reportlab import BERRIES, BERRIES_MORE, GRID, GRID_MORE, OLD_STREET, SCHOOL, SCHOOL_MORE, TALENT

TERM_START = [
    "本报讯（记者 宋玲）9月1日，江州区86所中小学、幼儿园迎来秋季开学，全区近9万名学生返校报到，各校开学工作平稳有序。",
    "开学前，区教育局组织人员对各校校舍、食堂、宿舍和消防设施进行全面检查，排查整改安全隐患42处，确保学生安全入校。",
    "在城南实验小学，一年级新生在老师带领下参观校园、认识同学，高年级学生为新生送上自己制作的书签和贺卡。",
    "今年全区新建、改扩建学校5所，新增学位3600个，城区学校大班额问题基本解决，新建的滨江中学也在今年秋季招收了首批学生。",
    "为减轻家长接送负担，全区小学全面开展课后服务，服务时间延长到下午六点，课后服务内容包括作业辅导、体育锻炼和兴趣活动。",
    "交警部门在学校周边增派警力，设置护学岗，上下学时段加强交通疏导，提醒家长不要在校门口违停。",
    "区教育局还开通了开学服务热线，解答家长关于入学、转学、课后服务等方面的问题，开学前一周共接听电话1200多个。",
    "乡村学校的条件也在改善。今年区里为12所乡村学校配备了多媒体教室和录播设备，乡村孩子也能上城区名师的同步课堂。",
    "新学期，全区还将招聘新教师180名，其中一半以上分配到乡村学校，进一步缩小城乡学校之间的差距。",
    "区教育局负责人表示，将持续抓好校园安全和教育教学质量，让家长放心、学生满意。",
]
GRAPES = [
    "本报讯（通讯员 李强）连日来，江州区白沙村的葡萄进入采摘期，种植大棚里一派繁忙景象，村民们忙着采摘、分拣、装箱。",
    "近年来，白沙村依托合作社发展特色种植，建成葡萄大棚一百二十个，带动村民人均增收八千元。",
    "合作社统一品种、统一技术、统一品牌、统一销售，今年的葡萄个头大、甜度高，每公斤比去年多卖了四元。",
    "村里还搭建了直播间，村干部和年轻村民轮流上阵，把葡萄卖到了北京、上海和广州，网上订单占了销量的三成。",
    "为解决葡萄保鲜难题，村里今年新建了冷库，葡萄采摘后当天就能预冷保鲜，再也不愁卖不出去了。",
    "村党支部书记刘强介绍，今年村里还将发展乡村旅游，开展采摘体验活动，让葡萄产业链条越拉越长。",
    "每到周末，城里的游客开车来到白沙村，摘葡萄、吃农家饭，村里的民宿也住满了客人。",
    "刘强说，下一步将继续扩大种植规模，引进新品种，把白沙村的葡萄打造成远近闻名的品牌。",
    "镇农技站的技术员每周都到村里指导，帮助村民解决病虫害防治和水肥管理中的问题。",
    "目前，白沙村的葡萄已经销售一百多万公斤，销售额突破一千万元。",
]
BRIDGE = [
    "本报讯（记者 周文）江州大桥维修加固工程日前完工，大桥恢复双向四车道通行，市民出行更加方便。",
    "江州大桥建成于上世纪九十年代，是连接城区南北的主要通道，日均车流量超过五万辆。",
    "此次维修更换了桥面铺装和伸缩缝，加固了桥墩，并对桥上的路灯和护栏进行了更新。",
    "市交通局负责人表示，将加强对全市桥梁的日常巡查和养护，确保桥梁安全运行。",
]
LIBRARY = [
    "本报讯（通讯员 陈静）江州区图书馆新馆近日开馆，新馆面积一万两千平方米，藏书八十万册，设有少儿阅读区、自习区和数字阅读区。",
    "开馆第一天，就有三千多名市民前来借书、看书，少儿阅读区里坐满了家长和孩子。",
    "新馆实行全年无休，每天开放到晚上九点，市民凭身份证就能免费办理借书证。",
    "区文旅局负责人介绍，今年还将在各街道建成十个城市书房，打造十五分钟阅读圈。",
]

# (title, kicker, subtitle, paragraphs)
STORIES = [
    ("江州区秋季开学平稳有序", "江州区教育局多措并举", "——全区近9万名学生返校报到", TERM_START),
    ("白沙村的葡萄熟了", "特色种植鼓起农民钱袋子", "——合作社带动村民人均增收八千元", GRAPES),
    ("江州大桥维修完工恢复通行", "", "——大桥恢复双向四车道通行", BRIDGE),
    ("区图书馆新馆开馆", "打造十五分钟阅读圈", "", LIBRARY),
    ("江州区推进网格化管理全覆盖", "深化基层治理", "——三百名网格员走进千家万户", GRID + GRID_MORE),
    ("江州职校开设新能源汽车专业", "深化产教融合 服务地方产业", "——首批招收学生八十名", SCHOOL + SCHOOL_MORE),
    ("白沙村的草莓熟了", "", "", BERRIES + BERRIES_MORE),
    ("江州新区召开人才工作会", "", "——发布人才新政十条",
     TALENT + ["据介绍，新政实施后，新区还将设立人才服务窗口，为人才办理落户、子女入学等事项提供一站式服务。"]),
    ("老街改造让居民住得更舒心", "城市更新", "", OLD_STREET + ["街道负责人表示，接下来还将对周边三条小巷进行改造，完善停车和休闲设施。"]),
]
CAPTIONS = ["▲村民在大棚里采摘。本报记者 方舟 摄", "图为改造后的街景。（通讯员 李明 摄）", "▲工作人员正在检查设备。王芳 摄"]
PHOTO = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAAAAAApT+BJAAABm0lEQVR42gGQAW/+AW/qHyGzA2DbyCIcvW3M2+kHLP7TFu078AMWXPvCEj70ANwvAQqz+epDRL8CH+k3yicDR/8hHN7aHP8py/7cPSrYIa1D4Bgv9g0kAzgE+Sb0C+roLdk2McvNQN4t9kTUHOntCgMY7RXa3j/o7jv36rlD2jgEBCEGG8b7MdoDaxIKJ/27UszhDCEms/8pB9YM6P8q79wzAy45+M/PNtr5M8kMvRRRxdJDx/7uKBj2vQMg9uwX/0LCVdxM8P071wE5F+js7Mba6Q8BmsnkPSzhzAoD3BIjD+sf+uDoSBXUDgQDAaSoNDn89AzoD+HrAAH/2zAU4tQR8BIe3AMCIRqn08gRxAjHDx7D72TEGfD4PPQPG/4DWNzhYgIc/BXn8fbdV/cR5QY0GsAoy/MfAvIDStk3yCQG/0hc/vpBwyHxCr0ZIBoqAgNvBt4auT8QDxwUq1a+I+8kILAAH+0AJbID9UTcAvXhGe/V7T8QEsr/xOTxCg3cCNYvAkwOKy/fJRwGAC3rkw4o4WoVVz4kABJX2SFBuXIOGsanAAAAAElFTkSuQmCC"
CSS = """@page {{ size: {size}; margin: 0; }}
body {{ margin: 8mm; font-family: "Noto Serif CJK SC", serif; font-size: 9pt; line-height: 1.5; }}
.mast {{ border-bottom: 1.5pt solid #000; display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 3mm; }}
.paper {{ font-size: 20pt; font-weight: bold; }} .meta {{ font-size: 9pt; }}
.grid {{ display: grid; grid-template-columns: repeat({columns}, 1fr); gap: 4mm 6mm; }}
.flow {{ column-count: {columns}; column-gap: 6mm; }} .flow .art {{ margin-bottom: 4mm; }}
.art {{ border-top: 0.6pt solid #444; padding-top: 2mm; }}
h1 {{ font-size: {headline}pt; margin: 1mm 0 2mm 0; line-height: 1.25; font-family: "Noto Sans CJK SC", sans-serif; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
.kicker, .sub {{ font-size: 11pt; text-indent: 0; font-family: "Noto Sans CJK SC", sans-serif; }}
figure {{ margin: 1mm 0; }} img {{ display: block; width: 100%; }}
figcaption {{ font-size: 8pt; line-height: 1.4; font-family: "Noto Sans CJK SC", sans-serif; }}
"""


def _box(rng: random.Random, story: tuple[str, str, str, list[str]], photo: bool) -> tuple[str, dict]:
    title, kicker, subtitle, paragraphs = story
    used = paragraphs[:rng.randint(min(3, len(paragraphs)), len(paragraphs))]
    kicker = kicker if kicker and rng.random() < 0.4 else None
    subtitle = subtitle if subtitle and rng.random() < 0.4 else None
    header = (f'<p class="kicker">{kicker}</p>' if kicker else "") + f"<h1>{title}</h1>" \
        + (f'<p class="sub">{subtitle}</p>' if subtitle else "")
    body = []
    for index, paragraph in enumerate(used):
        body.append(f"<p>{paragraph}</p>")
        if photo and index == 0:
            caption, height = rng.choice(CAPTIONS), rng.choice([30, 40, 50])
            body.append(f'<figure><img style="height:{height}mm" src="{PHOTO}" alt=""><figcaption>{caption}</figcaption></figure>')
    return f'<div class="art">{header}\n' + "\n".join(body) + "</div>", \
        {"title": title, "kicker": kicker, "sub": subtitle, "paras": used}


def page(seed: int, flow: bool) -> tuple[str, list[dict]]:
    """The HTML of page `seed` (a grid of boxes, or a flow of columns) and its stories' facts."""
    rng = random.Random(seed)
    size = rng.choice(["A5", "A4"])
    columns = 2 if size == "A5" else rng.choice([2, 3])
    stories = rng.sample(STORIES, rng.randint(4, 7))
    photos = rng.random() < 0.5
    boxes, facts = zip(*[_box(rng, story, photos and rng.random() < 0.5) for story in stories])
    css = CSS.format(size=size, columns=columns, headline=rng.choice([14, 16, 18]))
    html = (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>江州日报</title><style>{css}</style>'
            '</head><body><div class="mast"><span class="paper">江州日报</span>'
            '<span class="meta">2025年9月3日　星期三　第5版</span></div>'
            f'<div class="{"flow" if flow else "grid"}">' + "\n".join(boxes) + "</div></body></html>")
    return html, list(facts)


def _letters(text: str | None) -> str:
    return re.sub(r"[^\u4e00-\u9fff0-9]", "", text or "")


def check_page(articles: list, facts: list[dict]) -> list[tuple[str, str]]:
    """What the cut got wrong, as (title, what): a story not found by its title, its text not
    its paragraphs as set, its kicker or subtitle not as set; an article no story's."""
    by_title = {_letters(article.title): article for article in articles}
    problems = []
    for story in facts:
        article = by_title.get(_letters(story["title"]))
        if article is None:
            problems.append((story["title"], "no article so titled"))
        elif _letters(article.text) != _letters("".join(story["paras"])):
            problems.append((story["title"], "text is not its paragraphs"))
        elif story["kicker"] and _letters(article.kicker) != _letters(story["kicker"]):
            problems.append((story["title"], f"kicker {article.kicker!r}"))
        elif story["sub"] and _letters(article.subtitle) != _letters(story["sub"]):
            problems.append((story["title"], f"subtitle {article.subtitle!r}"))
    titles = {_letters(story["title"]) for story in facts}
    problems += [(article.title, "no story's") for article in articles if _letters(article.title) not in titles]
    return problems


def facts_of(pdf: Path) -> list[dict]:
    return json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
