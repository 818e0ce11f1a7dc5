"""The seeds digest in a real browser: headless Chromium loads the page served by `digest preview`.

Needs Debian's chromium and chromium-driver (installed by .ci/run); skipped without them.
"""
import json
import os
import shutil
import socket
import subprocess
import sys

import pytest

from .conftest import ROOT, wait_for

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOT = ROOT / "docs" / "screenshot.png"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="chromium and chromedriver not installed")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served_digest(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    subprocess.run([sys.executable, "-m", "digest", "build", "seeds", "--out", str(out), "--week", "2025-W14"],
                   check=True, capture_output=True, cwd=ROOT)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "digest", "preview", str(out), "--no-open", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    wait_for(url)
    yield url, json.loads((out / "digest-2025-W14.json").read_text(encoding="utf-8"))
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,2200",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_seeds_digest_renders_in_chromium(served_digest, browser, tmp_path):
    url, data = served_digest
    browser.get(url)
    assert browser.execute_script("return document.querySelectorAll('article').length") == len(data["articles"])
    for category in data["categories"]:
        if category["count"]:
            assert browser.execute_script(f"return !!document.querySelector('section#cat-{category['slug']}')")
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    # A line of fields (source, date, byline, id) wraps before its long id: set left, its first line
    # keeps its spaces as typed instead of spreading letter by letter to the margin.
    aligns = browser.execute_script(
        "return [...document.querySelectorAll('p.source')].map(p => getComputedStyle(p).textAlign)")
    assert aligns and set(aligns) == {"left"}
    requested, failures = {}, []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            address = message["params"]["request"]["url"]
            if not address.startswith(("chrome://", "chrome-untrusted://", "chrome-extension://")):  # browser's own UI
                requested[message["params"]["requestId"]] = address
        elif message["method"] == "Network.loadingFailed":
            failures.append(message["params"])
    failed = [item for item in failures if item["requestId"] in requested]
    assert failed == []
    requested = list(requested.values())
    assert requested and all(address.startswith(url.rsplit("/", 1)[0]) or address.startswith("data:")
                             for address in requested), requested
    shot = tmp_path / "screenshot.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10000
    if os.environ.get("DIGEST_UPDATE_GOLDEN") == "1":  # `make golden` refreshes the README's screenshot
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_printed_digest_hides_chips_and_navigation_and_keeps_every_title(served_digest, browser, tmp_path):
    import base64

    import pdfplumber
    from selenium.common.exceptions import InvalidArgumentException
    from selenium.webdriver.common.print_page_options import PrintOptions

    from digest.clean import fold_radicals

    url, data = served_digest
    browser.get(url)
    options = PrintOptions()
    options.background = False
    pdf_path = tmp_path / "printed.pdf"
    # Print once the web fonts are in; headless Chromium now and then answers a print with
    # "Printing failed" on a busy machine, and a second request prints the same page.
    browser.execute_async_script("document.fonts.ready.then(() => arguments[arguments.length - 1]())")
    try:
        printed = browser.print_page(options)
    except InvalidArgumentException:
        printed = browser.print_page(options)
    pdf_path.write_bytes(base64.b64decode(printed))
    with pdfplumber.open(pdf_path) as pdf:
        text = fold_radicals("".join(page.extract_text() or "" for page in pdf.pages)).replace("\n", "")
        pages = len(pdf.pages)
    squeezed = "".join(text.split())
    for article in data["articles"]:
        assert "".join(article["title"].split()) in squeezed
    assert "目录" not in text and "全文（" not in text  # navigation and full texts are not printed
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = browser.execute_script(
        "return [...document.querySelectorAll('.keywords, nav.toc, details')].every(e => getComputedStyle(e).display === 'none')")
    breaks = browser.execute_script(
        "return [...document.querySelectorAll('section.category')].map(e => getComputedStyle(e).breakBefore)")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert hidden and set(breaks) <= {"auto"}  # no keyword chips, no navigation, no page per theme
    assert pages <= 8  # compact: the 26 summaries fit on a few pages
