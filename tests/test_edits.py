"""The editor's decisions: move, drop, pin, retitle, rewrite, issue number and editor's note."""
import json

import pytest
from typer.testing import CliRunner

from digest.cli import app
from digest.edits import load_edits
from digest.errors import ConfigError

STORIES = {
    "2025-03-04_区报.txt": ("春耕生产全面展开", "区农业农村委组织农技人员下沉田间地头，指导农户选种育秧，全区春播粮食面积稳定在十万亩以上，乡村产业稳步发展。"),
    "2025-03-05_区报.txt": ("高标准农田建设提速", "区里今年新建高标准农田两万亩，完善灌溉设施，推动农业机械化，助力乡村振兴和农民增收。"),
    "2025-03-06_区报.txt": ("社区议事会解决停车难", "社区党组织牵头召开居民议事会，商定新增停车位六十个，基层治理更加精细，居民满意度明显提升。"),
}


def make_folder(folder):
    for name, (title, body) in STORIES.items():
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def build(folder, *flags):
    out = folder / "out"
    result = CliRunner().invoke(app, ["build", str(folder / "in"), "--out", str(out), "--format", "json,md", *flags])
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return result, data, next(out.glob("*.md")).read_text(encoding="utf-8")


def ids_by_title(data):
    return {a["title"]: a["id"] for a in data["articles"]}


def test_ids_survive_rebuilds_and_edits_apply(tmp_path):
    (tmp_path / "in").mkdir()
    make_folder(tmp_path / "in")
    _, before, _ = build(tmp_path)
    ids = ids_by_title(before)
    assert len([a for a in before["articles"] if a["category"] == "rural-revitalization"]) == 2
    (tmp_path / "edits.toml").write_text(
        'issue = "第12期"\nnote = "本期聚焦春耕与基层治理。"\n'
        f'[articles."{ids["高标准农田建设提速"]}"]\npin = true\ntitle = "我区高标准农田建设提速"\n'
        f'[articles."{ids["社区议事会解决停车难"]}"]\ncategory = "economy"\nsummary = "社区新增停车位六十个。"\n'
        f'[articles."{ids["春耕生产全面展开"]}"]\ndrop = true\n'
        '[articles."no-such-id"]\npin = true\n', encoding="utf-8")
    result, after, md = build(tmp_path, "--edits", str(tmp_path / "edits.toml"))
    assert result.exit_code == 0
    assert "no article has the id 'no-such-id'" in result.output
    titles = [a["title"] for a in after["articles"]]
    assert "春耕生产全面展开" not in titles and "我区高标准农田建设提速" in titles
    moved = next(a for a in after["articles"] if a["id"] == ids["社区议事会解决停车难"])
    assert moved["category"] == "economy" and moved["summary"] == "社区新增停车位六十个。"
    assert after["issue"] == "第12期" and "**编者按**：本期聚焦春耕与基层治理。" in md and "第12期 · " in md
    # The same files give the same ids again: the edits keep applying after a rebuild.
    assert ids_by_title(before)["高标准农田建设提速"] == ids["高标准农田建设提速"]


def test_pinned_article_leads_its_category(tmp_path):
    (tmp_path / "in").mkdir()
    make_folder(tmp_path / "in")
    _, before, _ = build(tmp_path)
    rural = [a for a in before["articles"] if a["category"] == "rural-revitalization"]
    last = rural[-1]
    (tmp_path / "edits.toml").write_text(f'[articles."{last["id"]}"]\npin = true\n', encoding="utf-8")
    _, after, _ = build(tmp_path, "--edits", str(tmp_path / "edits.toml"))
    assert [a["id"] for a in after["articles"] if a["category"] == "rural-revitalization"][0] == last["id"]


def test_bad_edits_files_are_named_with_every_problem(tmp_path):
    path = tmp_path / "edits.toml"
    path.write_text('issue = 12\ncolour = "red"\n[articles."x"]\npin = "yes"\nheadline = "t"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_edits(path)
    problems = " ".join(caught.value.problems)
    assert "issue" in problems and "colour" in problems and "articles.x.pin" in problems and "headline" in problems
