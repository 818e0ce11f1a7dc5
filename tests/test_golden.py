"""The whole seeds digest against golden files.

Refresh after an intended change with `make golden` (DIGEST_UPDATE_GOLDEN=1) and review the diff.
"""
import json
import os
from pathlib import Path

import pytest

from digest.build import build_digest
from digest.render import render
from digest.settings import build_settings

from .conftest import FIXED_NOW, SEEDS

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("DIGEST_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def seeds_digest():
    settings = build_settings({"inputs": [str(SEEDS)], "week": "2025-W14"}, config=None, cwd=GOLDEN)
    return build_digest(settings, FIXED_NOW)


@pytest.mark.parametrize("fmt", ["md", "html", "json", "txt"])
def test_seeds_digest_matches_golden(seeds_digest, fmt):
    text = render(seeds_digest, fmt)
    # Paths in the output are as given; make them relative to the repository for stable goldens.
    text = text.replace(str(SEEDS.parent) + os.sep, "")
    path = GOLDEN / f"digest-2025-W14.{fmt}"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs; run `make golden` if intended"


def test_seeds_digest_has_every_article(seeds_digest):
    data = json.loads(render(seeds_digest, "json"))
    assert len(data["articles"]) == 26
    assert sum(c["count"] for c in data["categories"]) == 26
    for article in data["articles"]:
        assert article["summary"] and len(article["summary"]) <= 120
        for credit in ("图片由", "供图", "摄/", "本报讯", "通讯员"):
            assert credit not in article["summary"]
            assert all(credit not in keyword for keyword in article["keywords"])
        if article["byline"]:
            assert article["byline"] not in article["text"]
            for name in article["byline"].replace("；", " ").split():
                if len(name) >= 2 and "记者" not in name:
                    assert all(name not in keyword for keyword in article["keywords"])


def test_markdown_renders_every_title_and_summary_exactly(seeds_digest):
    import html as html_lib
    import re

    import markdown

    rendered = markdown.markdown(render(seeds_digest, "md"))
    text = html_lib.unescape(re.sub(r"<[^>]+>", "", rendered))
    for item in seeds_digest.articles:
        assert item.article.title in text and item.summary.text in text
    assert "\\" not in render(seeds_digest, "md")  # no backslash where the text had none
