import datetime as dt

from digest.classify import load_taxonomy
from digest.build import group_by_category
from digest.models import Article, Classification, Digest, DigestArticle, Summary
from digest.render import md_escape, render

NASTY = "<script>alert(1)</script> **粗体** [链接](http://x) # 标题 <b>加粗</b>"


def make_digest(text=NASTY, title="测试<i>标题</i>"):
    article = Article(id="x-01", source="seeds/x.txt", title=title, subtitle="副题 *强调*", kicker=None,
                      byline="记者 张三", paragraphs=(text, "第二段。"))
    item = DigestArticle(article=article, summary=Summary(text=text, sentences=[text], keywords=["<关键词>", "党建"]),
                         category=Classification("party-building", 9.5, ["党建"]))
    taxonomy = load_taxonomy()
    return Digest(title="要闻摘编", week="2025-W14", start=dt.date(2025, 3, 31), end=dt.date(2025, 4, 6),
                  generated=dt.datetime(2025, 4, 7, 9, 0), settings={}, sections=group_by_category([item], taxonomy))


def test_html_escapes_article_text_and_keeps_structure():
    html = render(make_digest(), "html")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "<i>标题</i>" not in html and "<b>加粗</b>" not in html
    assert html.count("<article") == 1
    assert '<section id="cat-party-building"' in html
    assert "<details>" in html


def test_markdown_escapes_markdown_and_html_syntax():
    md = render(make_digest(), "md")
    assert "<script>" not in md
    assert "\\*\\*粗体\\*\\*" in md
    assert "\\[链接\\](http://x)" in md
    assert "\n# 标题" not in md


def test_md_escape_acts_only_on_marks_markdown_would_read():
    assert md_escape("a*b_c<d>") == "a\\*b_c&lt;d>"
    assert md_escape(None) == ""
    # Figures, file names and dashes pass as they are, so the Markdown can be pasted anywhere.
    assert md_escape("全年58.3亿元") == "全年58.3亿元"
    assert md_escape("2025_work-plan.docx") == "2025_work-plan.docx"
    assert md_escape("1. 第一条") == "1\\. 第一条" and md_escape("# 话题") == "\\# 话题"
    assert md_escape("_强调_") == "\\_强调\\_"


def test_html_and_markdown_share_the_structure():
    digest = make_digest("普通的摘要文字。", "普通标题")
    md, html = render(digest, "md"), render(digest, "html")
    for text in ("普通标题", "普通的摘要文字。", "2025-03-31", "2025-04-06", "党建引领"):
        assert text in md and text in html


def test_user_templates_override_and_extend_builtins(tmp_path):
    (tmp_path / "digest.md.j2").write_text('{% extends "builtin/digest.md.j2" %}', encoding="utf-8")
    (tmp_path / "_article.md.j2").write_text(
        '{% macro article_md(item, heading="###", with_keywords=true) %}自定义：{{ item.article.title }}{% endmacro %}',
        encoding="utf-8")
    md = render(make_digest("摘要。", "标题甲"), "md", tmp_path)
    assert "自定义：标题甲" in md and "# 要闻摘编" in md


def test_a_user_template_changes_one_block_of_the_builtin(tmp_path):
    (tmp_path / "digest.html.j2").write_text(
        '{% extends "builtin/digest.html.j2" %}\n'
        '{% block article %}<article class="mine">{{ item.article.title }}｜{{ item.summary.text }}</article>{% endblock %}',
        encoding="utf-8")
    html = render(make_digest("摘要。", "标题甲"), "html", tmp_path)
    assert '<article class="mine">标题甲｜摘要。</article>' in html and "<nav class=\"toc\"" in html


def test_template_errors_name_the_file_and_line_and_leave_outputs_alone(tmp_path):
    from typer.testing import CliRunner

    from digest.cli import app

    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", "seeds", "--out", str(out), "--format", "md", "--week", "2025-W14"]).exit_code == 0
    before = (out / "digest-2025-W14.md").read_bytes()
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "digest.md.j2").write_text("# {{ digest.title }}\n\n{{ digest.no_such_field }}\n", encoding="utf-8")
    result = runner.invoke(app, ["build", "seeds", "--out", str(out), "--format", "md", "--week", "2025-W14",
                                 "--templates", str(templates)])
    assert result.exit_code == 1 and "digest.md.j2:3" in result.output and "Traceback" not in result.output
    (templates / "digest.md.j2").write_text("{% for x in %}\n", encoding="utf-8")
    result = runner.invoke(app, ["build", "seeds", "--out", str(out), "--format", "md", "--week", "2025-W14",
                                 "--templates", str(templates)])
    assert result.exit_code == 1 and "digest.md.j2:1: template syntax error" in result.output
    assert (out / "digest-2025-W14.md").read_bytes() == before
    result = runner.invoke(app, ["build", "seeds", "--out", str(out), "--templates", str(tmp_path / "nosuchdir")])
    assert result.exit_code == 1 and "no such folder" in result.output


def test_user_strings_are_escaped_in_every_format_and_ids_do_not_collide(tmp_path):
    import json
    import re

    import markdown
    from typer.testing import CliRunner

    from digest.cli import app

    themes = tmp_path / "themes.toml"
    themes.write_text('[[category]]\nslug = "skipped"\nname = "<img src=x onerror=alert(1)>党建"\n'
                      'description = "d"\n[category.terms]\n"党建" = 3.0\n'
                      '[[category]]\nslug = "other"\nname = "其他"\ndescription = "d"\nfallback = true\n',
                      encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("党建引领基层治理\n\n区委组织部召开党建工作会议，部署基层党建重点任务。\n", encoding="utf-8")
    (tmp_path / "in" / "b.jpg").write_bytes(b"\xff\xd8\xff")  # something skipped, so the page has id="skipped"
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "--out", str(out), "--categories", str(themes),
                                      "--format", "md,html,json,txt", "--week", "2025-W14"])
    assert result.exit_code == 0, result.output
    md = (out / "digest-2025-W14.md").read_text(encoding="utf-8")
    assert "<img" not in markdown.markdown(md)
    html = (out / "digest-2025-W14.html").read_text(encoding="utf-8")
    assert "<img" not in html and "&lt;img" in html
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)) and "cat-skipped" in ids and "skipped" in ids
    assert json.loads((out / "digest-2025-W14.json").read_text(encoding="utf-8"))["categories"][0]["name"].startswith("<img")


def test_formats_rendered_in_a_forked_process_are_the_same_and_report_template_errors(tmp_path):
    import pytest

    from digest.build import build_digest, render_formats
    from digest.errors import TemplateProblem
    from digest.settings import Settings

    digest = build_digest(Settings(inputs=("seeds",), out=str(tmp_path), week="2025-W14"),
                          dt.datetime(2025, 4, 7, 9, 0).astimezone())
    formats = ("md", "html", "json", "txt")
    one = render_formats(digest, formats, None, None, jobs=1)
    two = render_formats(digest, formats, None, None, jobs=2)
    assert list(two) == list(formats) and two == one
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "digest.html.j2").write_text("{{ digest.no_such_field }}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="digest.html.j2:1"):
        render_formats(digest, formats, templates, None, jobs=2)
