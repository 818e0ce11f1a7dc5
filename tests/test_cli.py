import json

import pytest
from typer.testing import CliRunner

from digest.cli import app

runner = CliRunner()
PAGE = ("# 开州一季度 招商引资58.3亿元\n\n本报讯 4月7日，记者从开州区招商投资局了解到，今年一季度开州区新引进重点项目11个，"
        "涉及投资金额58.3亿元。\n\n已引进项目落地情况良好，预计新增年产值27亿元、年税收7930万元。\n\n(开州融媒体中心记者 程超)\n")


@pytest.mark.parametrize("command", ["build", "split", "categories", "eval", "preview"])
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.strip()) > 40


def test_build_writes_three_formats_and_reports(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--week", "2025-W14"])
    assert result.exit_code == 0, result.output
    for suffix in ("md", "html", "json"):
        assert (tmp_path / "out" / f"digest-2025-W14.{suffix}").exists()
    assert "1 articles: 经济发展 1; 2025-W14; excluded 0 (other weeks); merged 0 duplicate(s); skipped 0" in result.output
    data = json.loads((tmp_path / "out" / "digest-2025-W14.json").read_text(encoding="utf-8"))
    assert data["start"] == "2025-03-31" and data["end"] == "2025-04-06"
    assert data["articles"][0]["byline"] == "开州融媒体中心记者 程超"


def test_build_length_flags_reach_the_summaries(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "page.txt"), "--out", str(tmp_path), "--format", "json",
                                 "--max-chars", "20", "--keywords", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert data["settings"]["max_chars"] == 20
    assert all(len(a["summary"]) <= 20 and len(a["keywords"]) <= 2 for a in data["articles"])


def test_build_bad_flags_are_reported_without_traceback(tmp_path):
    result = runner.invoke(app, ["build", "--week", "2025-W99", "--max-chars", "0", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "week" in result.output and "max_chars" in result.output
    assert "Traceback" not in result.output


def test_build_with_nothing_readable_fails_cleanly(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "missing.txt" in result.output and "Traceback" not in result.output


def test_split_shows_titles_and_json(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["split", str(tmp_path / "page.txt")])
    assert result.exit_code == 0 and "开州一季度 招商引资58.3亿元" in result.output
    result = runner.invoke(app, ["split", str(tmp_path / "page.txt"), "--json"])
    data = json.loads(result.output)
    assert data[0]["articles"][0]["byline"] == "开州融媒体中心记者 程超"


def test_split_shows_each_article_on_its_own_lines(tmp_path):
    # An article's last paragraphs are short: its closing words span a paragraph break.
    (tmp_path / "page.md").write_text("# 区里召开会议\n\n会议要求各镇街压实责任，做好汛期值班值守工作。\n\n会议还部署了隐患排查。\n\n要逐一整改。\n",
                                      encoding="utf-8")
    result = runner.invoke(app, ["split", str(tmp_path / "page.md")])
    assert result.exit_code == 0 and result.output.splitlines()[-1].endswith("会议还部署了隐患排查。 要逐一整改。")


def test_categories_lists_the_taxonomy():
    result = runner.invoke(app, ["categories"])
    assert result.exit_code == 0
    assert "party-building\t党建引领" in result.output and "other\t其他 (fallback)" in result.output


def test_eval_prints_rouge_for_engine_and_lead(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"article": PAGE.split("\n\n", 1)[1], "summary": "开州一季度新引进重点项目11个。"},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(pairs), "--max-chars", "80"])
    assert result.exit_code == 0, result.output
    assert "textrank" in result.output and "lead" in result.output and "RL" in result.output


def test_help_in_chinese_with_h_version_and_exact_text():
    from typer.testing import CliRunner

    from digest import __version__
    from digest.cli import app

    runner = CliRunner()
    top = runner.invoke(app, ["-h"])
    assert top.exit_code == 0 and "要闻摘编" in top.output and "build" in top.output
    assert runner.invoke(app, ["--version"]).output.strip() == f"digest {__version__}"
    build_help = runner.invoke(app, ["build", "-h"])
    assert "--week" in build_help.output and "[词频] [词性]" in build_help.output


def test_categories_toml_round_trips(tmp_path):
    from typer.testing import CliRunner

    from digest.classify import load_taxonomy
    from digest.cli import app

    result = CliRunner().invoke(app, ["categories", "--toml"])
    assert result.exit_code == 0
    path = tmp_path / "themes.toml"
    path.write_text(result.output.replace('name = "乡村振兴"', 'name = "乡村全面振兴"'), encoding="utf-8")
    names = [category.name for category in load_taxonomy(path).categories]
    builtin = [category.name for category in load_taxonomy().categories]
    assert names == [("乡村全面振兴" if name == "乡村振兴" else name) for name in builtin]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the drop itself, expected
def test_an_interrupt_that_python_dropped_still_ends_the_build(tmp_path, monkeypatch):
    # A signal's KeyboardInterrupt raised inside a finalizer (or an import lock's callback) is
    # dropped by Python: `Exception ignored in: …`. The build takes it up after the next file.
    import gc
    import weakref

    from digest import cli

    monkeypatch.setattr(cli._Signals, "received", None)
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("区里新开三条社区公交线路\n\n本月起，区里新开通三条社区公交线路，覆盖二十个老旧小区。\n", encoding="utf-8")

    class Holder:
        pass

    holder = Holder()
    weakref.finalize(holder, cli._Signals.handle, 2, None)  # the handler runs where its exception is dropped
    del holder
    gc.collect()
    assert cli._Signals.received == 2
    result = runner.invoke(app, ["build", str(source), "--out", str(tmp_path / "out"), "--week", "2025-W14"])
    assert result.exit_code == 130 and "no output was changed" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_one_page_saved_whole_and_as_one_file_is_one_article(tmp_path):
    # An editor saved the district's page twice over the week: `Webpage, Complete` (with its
    # resource folder) and `Webpage, Single File`.
    from pathlib import Path

    saved = Path(__file__).parent / "saved_pages"
    week = tmp_path / "本周"
    week.mkdir()
    (week / "养老服务站.html").write_bytes((saved / "district_news.html").read_bytes())
    (week / "养老服务站_files").mkdir()
    (week / "养老服务站_files" / "common.js").write_text("var a = 1;", encoding="utf-8")
    (week / "养老服务站.mhtml").write_bytes((saved / "district_news.mhtml").read_bytes())
    result = runner.invoke(app, ["build", str(week), "--out", str(tmp_path / "out"), "--week", "2025-W14"])
    assert result.exit_code == 0, result.output
    assert "1 articles:" in result.output and "merged 1 duplicate(s); skipped 0" in result.output


def test_split_names_a_kicker_and_a_subtitle_each_as_what_it_is(tmp_path):
    # Before, the kicker was shown as the subtitle (副题) where the article had no subtitle.
    (tmp_path / "page.md").write_text("### 聚焦乡村振兴\n\n# 一条产业路 带富一方人\n\n## ——清升镇发展生态养殖见闻\n\n"
                                      "近年来，清升镇引导农户发展生态养殖，建成标准化养殖场15个。\n\n"
                                      "### 绿化家园\n\n# 全区春季植树活动启动\n\n3月5日，全区春季义务植树活动启动，共栽下苗木2000余株。\n",
                                      encoding="utf-8")
    lines = runner.invoke(app, ["split", str(tmp_path / "page.md")]).output.splitlines()
    assert lines[2:4] == ["      引题 聚焦乡村振兴", "      副题 清升镇发展生态养殖见闻"]
    second = lines.index(next(line for line in lines if "全区春季植树活动启动" in line))
    assert lines[second + 1] == "      引题 绿化家园" and not lines[second + 2].startswith("      副题")
