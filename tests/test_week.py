"""The week's selection: dated articles of the asked week and undated ones kept, the rest listed."""
import json

from typer.testing import CliRunner

from digest.cli import app

BODIES = {
    "防汛": "区防汛抗旱指挥部召开会议，要求各镇街排查山洪地质灾害隐患点，提前预置抢险队伍和物资。\n",
    "春耕": "区农业农村委组织农技人员下沉田间地头，指导农户选种育秧，全区春播粮食面积稳定在十万亩以上。\n",
    "安全": "区安委会部署开展建筑施工、燃气和消防安全大检查，对发现的问题隐患建立台账、限期整改到位。\n",
    "招商": "区投资促进中心赴长三角开展专题推介，签约智能制造、生物医药项目八个，协议引资超过五十亿元。\n",
    "文明": "区文明办组织志愿者走进社区开展垃圾分类宣传，发放宣传资料三千余份，引导居民养成文明习惯。\n",
}


def make_folder(folder):
    files = {
        "2025-02-26_区报.txt": "防汛工作会议召开",  # W09
        "2025-03-04_区报.txt": "春耕生产会议召开",  # W10
        "2025-03-09_区报.txt": "安全生产会议召开",  # W10 (Sunday)
        "2025-03-12_区报.txt": "招商引资会议召开",  # W11
        "部门来稿.txt": "文明创建会议召开",  # undated
    }
    for name, title in files.items():
        (folder / name).write_text(f"{title}\n\n" + BODIES[title[:2]], encoding="utf-8")


def build_json(folder, out, *flags):
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "--format", "json", *flags])
    assert result.exit_code == 0, result.output
    (path,) = out.glob("*.json")
    return json.loads(path.read_text(encoding="utf-8")), result.output


def test_week_keeps_its_days_and_undated_articles_and_lists_the_others(tmp_path):
    make_folder(tmp_path)
    data, output = build_json(tmp_path, tmp_path / "out", "--week", "2025-W10")
    kept = {a["title"]: a["date"] for a in data["articles"]}
    assert kept == {"春耕生产会议召开": "2025-03-04", "安全生产会议召开": "2025-03-09", "文明创建会议召开": None}
    assert sorted((e["title"], e["date"]) for e in data["excluded"]) == [
        ("招商引资会议召开", "2025-03-12"), ("防汛工作会议召开", "2025-02-26")]
    assert all(e["source"].endswith(".txt") and "2025-W10" in e["reason"] for e in data["excluded"])
    assert "excluded 2 (other weeks)" in output
    assert {a["date_source"] for a in data["articles"] if a["date"]} == {"file name"}


def test_without_week_everything_is_kept_under_the_newest_articles_week(tmp_path):
    make_folder(tmp_path)
    data, output = build_json(tmp_path, tmp_path / "out")
    assert len(data["articles"]) == 5 and data["excluded"] == [] and data["week"] == "2025-W11"
    # The heading names one week: the terminal says that older articles are in the digest too.
    assert "3 article(s) dated before 2025-W11 are kept, as no --week was given" in output
    _, output = build_json(tmp_path, tmp_path / "w10", "--week", "2025-W10")
    assert "are kept, as no --week was given" not in output


def test_the_count_of_older_articles_counts_versions_of_one_story_once(tmp_path):
    # The same older story saved twice (the e-paper's text and a department's copy) is one entry
    # of the digest, so the terminal counts it once.
    make_folder(tmp_path)
    (tmp_path / "2025-03-04_部门转发.txt").write_text("春耕生产会议召开\n\n" + BODIES["春耕"], encoding="utf-8")
    data, output = build_json(tmp_path, tmp_path / "out")
    assert len(data["articles"]) == 5
    assert "3 article(s) dated before 2025-W11 are kept, as no --week was given" in output


def test_sources_are_named_relative_to_the_input_never_by_absolute_path(tmp_path):
    make_folder(tmp_path)
    data, _ = build_json(tmp_path, tmp_path / "out")
    assert all(a["source"].startswith(tmp_path.name + "/") for a in data["articles"])
    md = CliRunner().invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "md"), "--format", "md"])
    text = next((tmp_path / "md").glob("*.md")).read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "来源：2025-03-04_区报.txt · 2025-03-04" in text
    assert md.exit_code == 0


def test_outlet_from_the_config_folder_table(tmp_path):
    folder = tmp_path / "区报"
    folder.mkdir()
    make_folder(folder)
    (tmp_path / "digest.toml").write_text('inputs = ["区报"]\nformats = ["json"]\n[sources]\n"区报" = "区融媒体中心"\n',
                                          encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "--config", str(tmp_path / "digest.toml"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    assert {a["source_name"] for a in data["articles"]} == {"区融媒体中心"}
