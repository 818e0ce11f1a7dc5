import signal
import subprocess
import sys
import time
import urllib.request

from .conftest import SEEDS, wait_for


def test_preview_serves_the_newest_digest_and_stops_on_ctrl_c(tmp_path):
    out = tmp_path / "out"
    page = tmp_path / "page.txt"
    page.write_text((SEEDS / "002_1d26c81a2338d4c1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "digest.toml").write_text(f'inputs = ["{page.name}"]\nweek = "2025-W14"\n', encoding="utf-8")
    subprocess.run([sys.executable, "-m", "digest", "build", "--config", str(tmp_path / "digest.toml"), "--out", str(out)],
                   check=True, capture_output=True)
    server = subprocess.Popen([sys.executable, "-m", "digest", "preview", str(out), "--no-open", "--watch",
                               "--config", str(tmp_path / "digest.toml")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("digest-2025-W14.html")
        root = url.rsplit("/", 1)[0] + "/"
        wait_for(root)
        with urllib.request.urlopen(root) as response:  # `/` redirects to the newest digest
            html = response.read().decode("utf-8")
            assert response.url == url and "<article" in html
        assert "__digest_version" in html  # the reload hook, only in pages served with --watch
        assert "__digest_version" not in (out / "digest-2025-W14.html").read_text(encoding="utf-8")
        version = urllib.request.urlopen(root + "__digest_version").read()
        page.write_text(page.read_text(encoding="utf-8").replace("开州一季度", "开州第一季度"), encoding="utf-8")
        deadline = time.time() + 30
        while urllib.request.urlopen(root + "__digest_version").read() == version and time.time() < deadline:
            time.sleep(0.3)
        assert "开州第一季度" in (out / "digest-2025-W14.md").read_text(encoding="utf-8")
    finally:
        server.send_signal(signal.SIGINT)
        stdout, stderr = server.communicate(timeout=15)
    assert server.returncode == 0
    assert "stopped" in stdout and "Traceback" not in stderr
