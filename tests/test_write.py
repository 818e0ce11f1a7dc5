import os

import pytest

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
