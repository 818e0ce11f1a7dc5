import os

import pytest

from digest.errors import DigestError
from digest.write import write_atomic


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out" / "digest.md"
    write_atomic(target, "旧内容\n")
    write_atomic(target, "新内容\n")
    assert target.read_text(encoding="utf-8") == "新内容\n"
    assert os.listdir(target.parent) == ["digest.md"]


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "digest.md"
    write_atomic(target, "完整的旧摘要\n")

    def broken_replace(source, destination):
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C just before the rename

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "新的摘要，但没写完")
    assert target.read_text(encoding="utf-8") == "完整的旧摘要\n"
    assert os.listdir(tmp_path) == ["digest.md"]


def test_outputs_honour_the_umask(tmp_path):
    import os

    from digest.write import write_outputs

    old = os.umask(0o022)
    try:
        (text, data) = write_outputs({"md": "# 标题\n", "docx": b"PK\x03\x04"}, tmp_path, "digest")
    finally:
        os.umask(old)
    assert oct(text.stat().st_mode & 0o777) == "0o644" and oct(data.stat().st_mode & 0o777) == "0o644"
    assert data.read_bytes() == b"PK\x03\x04" and text.read_text(encoding="utf-8") == "# 标题\n"


def test_output_set_is_swapped_in_whole_or_not_at_all(tmp_path, monkeypatch):
    from digest.write import write_outputs

    write_outputs({"md": "旧\n", "json": "{}\n"}, tmp_path, "digest-2025-W14")
    (tmp_path / ".digest-2025-W14.md.abc123.tmp").write_text("killed run", encoding="utf-8")  # stale
    real_write = os.fdopen
    calls = {"n": 0}

    def disk_full(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(os, "fdopen", disk_full)
    with pytest.raises(DigestError, match="No space left.*unchanged"):
        write_outputs({"md": "新\n", "json": '{"new": 1}\n'}, tmp_path, "digest-2025-W14")
    assert sorted(os.listdir(tmp_path)) == ["digest-2025-W14.json", "digest-2025-W14.md"]
    assert (tmp_path / "digest-2025-W14.md").read_text(encoding="utf-8") == "旧\n"


def test_unwritable_output_folder_is_found_before_the_build(tmp_path):
    from typer.testing import CliRunner

    from digest.cli import app

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "seeds", "--out", str(blocker / "out")])
    assert result.exit_code == 1 and "cannot write into" in result.output and "Traceback" not in result.output


@pytest.fixture
def ctrl_c_raises():
    """Ctrl-C raises KeyboardInterrupt, as in a terminal: a shell's background job (a CI
    runner's, often) starts with SIGINT ignored, and Python keeps it so."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("thread_beside", [False, True], ids=["alone", "beside-a-thread"])
def test_ctrl_c_during_the_swap_waits_for_it_and_says_the_outputs_were_written(tmp_path, monkeypatch, ctrl_c_raises,
                                                                              thread_beside):
    # Beside another thread (a progress bar's refresh thread), the kernel delivers the signal
    # to that one, and Python runs its handler in the main thread at once. Before, that broke
    # the swap off after the first file: a new Markdown beside the old JSON.
    import signal
    import threading

    from digest.write import InterruptedAfterWrite, write_outputs

    done = threading.Event()
    beside = threading.Thread(target=done.wait, daemon=True)
    if thread_beside:
        beside.start()  # waits until the test ends
    write_outputs({"md": "旧\n", "json": "{}\n"}, tmp_path, "digest-2025-W14")
    real_replace = os.replace

    def replace_then_ctrl_c(source, destination):
        real_replace(source, destination)
        os.kill(os.getpid(), signal.SIGINT)  # held back until both files are in place

    monkeypatch.setattr(os, "replace", replace_then_ctrl_c)
    with pytest.raises(InterruptedAfterWrite):
        write_outputs({"md": "新\n", "json": '{"new": 1}\n'}, tmp_path, "digest-2025-W14")
    assert (tmp_path / "digest-2025-W14.md").read_text(encoding="utf-8") == "新\n"
    assert (tmp_path / "digest-2025-W14.json").read_text(encoding="utf-8") == '{"new": 1}\n'
    assert sorted(os.listdir(tmp_path)) == ["digest-2025-W14.json", "digest-2025-W14.md"]
    done.set()
