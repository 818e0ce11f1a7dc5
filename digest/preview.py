"""Preview: serve the digest folder on 127.0.0.1, open the newest digest, rebuild on change."""
from __future__ import annotations

import functools
import http.server
import threading
import time
import webbrowser
from pathlib import Path
from typing import Callable

from .errors import DigestError

RELOAD_PATH = "/__digest_version"
# Only pages served by `digest preview --watch` get this; the digest files stay script-free.
RELOAD_SNIPPET = (
    "<script>(function(){var v=null;setInterval(function(){fetch('" + RELOAD_PATH + "').then(function(r){"
    "return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t}).catch(function(){})},1000)})();"
    "</script>"
)


def newest_digest(folder: Path) -> Path | None:
    pages = sorted(folder.glob("digest-*.html"), key=lambda p: (p.stat().st_mtime, p.name))
    return pages[-1] if pages else None


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Static files of the folder; `/` goes to the newest digest; HTML gets the reload hook when watching."""

    version: Callable[[], int] | None = None

    def do_GET(self):  # noqa: N802 (http.server naming)
        if self.path == RELOAD_PATH and self.version is not None:
            self._send(str(self.version()).encode(), "text/plain")
            return
        if self.path in ("/", "/index.html"):
            newest = newest_digest(Path(self.directory))
            if newest is not None:
                self.send_response(302)
                self.send_header("Location", "/" + newest.name)
                self.end_headers()
                return
        if self.version is not None and self.path.split("?")[0].endswith(".html"):
            target = Path(self.translate_path(self.path))
            if target.is_file():
                html = target.read_text(encoding="utf-8").replace("</body>", RELOAD_SNIPPET + "</body>", 1)
                self._send(html.encode("utf-8"), "text/html; charset=utf-8")
                return
        super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the preview is quiet unless something fails
        pass


class Watcher(threading.Thread):
    """Polls the input files and calls `rebuild` when one changes; counts rebuilds as the page version."""

    def __init__(self, inputs: list[Path], rebuild: Callable[[], None], interval: float = 1.0):
        super().__init__(daemon=True)
        self.inputs, self.rebuild, self.interval = inputs, rebuild, interval
        self.version = 0
        self.stopped = threading.Event()

    def snapshot(self) -> dict[str, float]:
        stamps = {}
        for root in self.inputs:
            paths = root.rglob("*") if root.is_dir() else [root]
            for path in paths:
                try:
                    if path.is_file():
                        stamps[str(path)] = path.stat().st_mtime
                except OSError:
                    continue
        return stamps

    def run(self):
        before = self.snapshot()
        while not self.stopped.wait(self.interval):
            now = self.snapshot()
            if now != before:
                before = now
                try:
                    self.rebuild()
                except DigestError as exc:
                    print(f"digest: rebuild failed: {exc}")
                self.version += 1


def serve(folder: Path, port: int = 0, open_browser: bool = True, watcher: Watcher | None = None,
          announce: Callable[[str], None] = print) -> None:
    """Serve `folder` until Ctrl-C."""
    if not folder.is_dir():
        raise DigestError(f"{folder}: no such folder (build a digest first: digest build --out {folder})")
    handler = type("Handler", (PreviewHandler,), {"version": staticmethod(lambda: watcher.version) if watcher else None})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(folder)))
    newest = newest_digest(folder)
    url = f"http://127.0.0.1:{server.server_address[1]}/" + (newest.name if newest else "")
    announce(url)
    if watcher:
        watcher.start()
    if open_browser:
        threading.Timer(0.3, webbrowser.open, args=(url,)).start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        announce("stopped")
    finally:
        if watcher:
            watcher.stopped.set()
        server.server_close()
        time.sleep(0)
