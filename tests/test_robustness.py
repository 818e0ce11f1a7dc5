"""Bad input, interruptions, configuration and parallel builds."""
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from digest.cli import app

from .conftest import SEEDS

runner = CliRunner()
GOOD = "## 开州一季度 招商引资58.3亿元\n\n本报讯 今年一季度开州区新引进重点项目11个，涉及投资金额58.3亿元。\n"


@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good_gbk.txt").write_bytes(GOOD.replace("开州", "荣昌").encode("gbk"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\n\t\n", encoding="utf-8")
    (folder / "fake.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" * 20)
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "archive.txt").write_bytes(b"PK\x03\x04" + bytes(200))
    (folder / "garbage.txt").write_bytes(bytes([0x81, 0x30, 0xFF, 0xFE, 0x80, 0x80]) * 100)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "broken.html").write_text("<html><body></body></html>", encoding="utf-8")
    (folder / "big.txt").write_text(GOOD * 20000, encoding="utf-8")
    loop = folder / "loop.txt"
    loop.symlink_to(loop)
    return folder


def test_bad_inputs_are_skipped_with_one_line_each_and_good_files_kept(messy_folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(messy_folder), str(tmp_path / "nowhere.txt"), "--out", str(out),
                                 "--week", "2025-W14", "--max-file-mb", "1"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data = json.loads((out / "digest-2025-W14.json").read_text(encoding="utf-8"))
    assert {a["title"] for a in data["articles"]} == {"开州一季度 招商引资58.3亿元", "荣昌一季度 招商引资58.3亿元"}
    skipped = {os.path.basename(s["path"]): s["reason"] for s in data["skipped"]}
    expected = {"empty.txt": "empty", "blank.md": "", "fake.txt": "PDF", "image.txt": "PNG", "archive.txt": "zip",
                "garbage.txt": "", "broken.docx": "docx", "broken.html": "", "big.txt": "limit",
                "loop.txt": "", "nowhere.txt": "no such file"}
    assert set(skipped) == set(expected)
    for name, reason in expected.items():
        assert reason in skipped[name]
    skip_lines = [line for line in result.output.splitlines() if line.startswith("digest: skipped")]
    assert len(skip_lines) == len(expected)
    assert all(name in "\n".join(skip_lines) for name in expected)


def test_strict_fails_and_writes_nothing(messy_folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(messy_folder), "--out", str(out), "--strict"])
    assert result.exit_code == 3
    assert not out.exists() or not list(out.iterdir())


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "empty.txt" in result.output


def test_unreadable_file_is_skipped(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and "permission" in result.output


def test_config_file_is_layered_under_flags(tmp_path):
    (tmp_path / "page.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "digest.toml").write_text('inputs = ["page.txt"]\nout = "built"\nmax-chars = 15\ntitle = "工作简报"\n',
                                          encoding="utf-8")
    result = runner.invoke(app, ["build", "--config", str(tmp_path / "digest.toml"), "--title", "本周要闻",
                                 "--week", "2025-W14"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "built" / "digest-2025-W14.json").read_text(encoding="utf-8"))
    assert data["title"] == "本周要闻" and data["settings"]["max_chars"] == 15
    assert all(len(a["summary"]) <= 15 for a in data["articles"])


def test_config_problems_are_all_reported_with_file_and_key(tmp_path):
    config = tmp_path / "digest.toml"
    config.write_text('colour = "red"\nmax_chars = "long"\nformats = ["pdf"]\nsentences = 0\n', encoding="utf-8")
    result = runner.invoke(app, ["build", "--config", str(config)])
    assert result.exit_code == 1
    assert str(config) in result.output and "4 problem(s)" in result.output
    for key in ("colour", "max_chars", "formats", "sentences"):
        assert key in result.output


def test_parallel_build_writes_the_same_bytes(tmp_path):
    outputs = []
    out = tmp_path / "out"
    for jobs in ("1", "2"):
        subprocess.run([sys.executable, "-m", "digest", "build", str(SEEDS), "--out", str(out), "--week", "2025-W14",
                        "--jobs", jobs], check=True, capture_output=True)
        outputs.append({p.name: p.read_text(encoding="utf-8") for p in out.iterdir()})
    for name in outputs[0]:
        first, second = outputs[0][name], outputs[1][name]
        if name.endswith(".json"):
            first, second = (json.loads(x) for x in (first, second))
            first.pop("generated"), second.pop("generated")
        else:
            first, second = ("\n".join(l for l in x.splitlines() if "生成于" not in l) for x in (first, second))
        assert first == second, name


def _wait_for_handler(pid: int, signum: int, timeout: float = 60.0) -> None:
    """Wait until the process catches `signum` (Linux tells it in /proc: SigCgt), rather than a
    fixed time: on a busy machine the interpreter and the CLI's imports may take longer to start
    than any sleep, and a signal before the CLI's handler is installed kills the process outright."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + timeout
    while status.exists() and time.monotonic() < deadline:
        caught = next((line.split()[1] for line in status.read_text().splitlines() if line.startswith("SigCgt:")), "0")
        if int(caught, 16) >> (signum - 1) & 1:
            return
        time.sleep(0.05)
    if not status.exists():
        time.sleep(2.5)  # no /proc: the time the CLI takes to start on an idle machine


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_build_keeps_the_previous_digest(tmp_path, signum):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "digest", "build", str(SEEDS), "--out", str(out), "--week", "2025-W14"],
                   check=True, capture_output=True)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    big = tmp_path / "big"
    big.mkdir()
    for number in range(1500):
        (big / f"{number:03d}.txt").write_text((SEEDS / "002_1d26c81a2338d4c1.txt").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "digest", "build", str(big), "--out", str(out), "--week", "2025-W14"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for_handler(process.pid, signal.SIGTERM)  # the CLI has started: a signal now ends it cleanly
    time.sleep(1.5)  # most often inside the build by now; sooner or later, the same message and exit
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in stderr and "no output was changed" in stderr.decode("utf-8")
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before  # nothing truncated, no temporary files left


def test_docx_and_html_inputs(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("区人大常委会启动执法检查", level=1)
    document.add_paragraph("本报讯 近日，区人大常委会召开执法检查动员会，听取贯彻实施工会法情况汇报。")
    document.add_paragraph("会议要求，要持续开展普法宣传活动，增强职工群众的法治观念。")
    document.save(tmp_path / "report.docx")
    (tmp_path / "news.html").write_text(
        "<html><head><title>全区特病认定合格率达99%</title></head><body><nav>首页 | 新闻</nav><article>"
        "<h1>全区特病认定合格率达99%</h1><p>区政务服务中心医保窗口近日对三家特病鉴定医院开展为期15天的专项检查行动，"
        "进一步规范特病认定管理，提升医保基金使用效率，保障参保人员权益。</p><p>检查结果显示，全区特病认定合格率达99%。"
        "下一步，该窗口将持续加大监管力度，构建季度抽查和年度评估相结合的动态监管模式。</p></article>"
        "<footer>版权所有</footer></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["split", str(tmp_path / "report.docx"), str(tmp_path / "news.html"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report[0]["articles"][0]["title"] == "区人大常委会启动执法检查"
    assert report[1]["articles"][0]["title"] == "全区特病认定合格率达99%"
    assert "版权所有" not in report[1]["articles"][0]["end"]


def test_zip_named_docx_without_document_is_skipped(tmp_path):
    with zipfile.ZipFile(tmp_path / "empty.docx", "w") as archive:
        archive.writestr("hello.txt", "hi")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "empty.docx" in result.output and "docx" in result.output


def test_every_file_in_a_folder_is_read_or_named_and_nothing_hangs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "good.txt")  # the same file twice: read once
    os.mkfifo(folder / "pipe.txt")  # would block a reader for ever
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(64))
    (folder / "~$报告.docx").write_bytes(b"lock")  # Word's lock file: ignored by rule
    (folder / ".DS_Store").write_bytes(b"\x00\x00")
    name = os.fsencode(str(folder)) + b"/\xb1\xa8\xd6\xbd-latin1-\xff.txt"  # a GBK name on a UTF-8 system
    with open(name, "wb") as handle:
        handle.write(GOOD.replace("开州", "万州").encode("utf-8"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--format", "json", "--week", "2025-W14"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data = json.loads((out / "digest-2025-W14.json").read_text(encoding="utf-8"))
    titles = sorted(a["title"] for a in data["articles"])
    assert titles == ["万州一季度 招商引资58.3亿元", "开州一季度 招商引资58.3亿元"]
    skipped = {os.path.basename(s["path"]): s["reason"] for s in data["skipped"]}
    assert set(skipped) == {"pipe.txt", "photo.jpg", "old.doc"}
    assert "named pipe" in skipped["pipe.txt"] and "unsupported file type '.jpg'" in skipped["photo.jpg"]
    assert any("\ufffd" in a["source"] for a in data["articles"])  # the undecodable name shown, not a crash


def test_out_of_range_numbers_are_usage_errors_and_jobs_are_capped(tmp_path):
    for flags in (["--max-file-mb", "inf"], ["--max-file-mb", "1e300"], ["--week", "9999-W52"], ["--ratio", "nan"]):
        result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "out"), *flags])
        assert result.exit_code == 1 and "Traceback" not in result.output and "expected" in result.output, flags
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--format", "json", "--jobs", "500"])
    assert result.exit_code == 0 and f"using {os.cpu_count()}" in result.output


def test_a_pdf_whose_layout_the_reader_fails_on_is_skipped_and_the_rest_is_built(tmp_path, monkeypatch):
    import digest.pdf

    def fails(path, pages, note):
        raise StopIteration  # as a rule that found no story for a run-on once did
    monkeypatch.setattr(digest.pdf, "read_layout", fails)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "page.pdf").write_bytes((Path(__file__).parent / "pdf_pages" / "photo_page.pdf").read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--week", "2025-W14"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "digest: skipped" in result.output and "page.pdf: its page layout could not be read (StopIteration)" in result.output
    data = json.loads((out / "digest-2025-W14.json").read_text(encoding="utf-8"))
    assert [a["title"] for a in data["articles"]] == ["开州一季度 招商引资58.3亿元"]
