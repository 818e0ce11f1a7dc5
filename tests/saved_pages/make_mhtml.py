"""Save the made-up web pages here as Chromium saves them with `Save page as… > Webpage, Single File`.

usage: python tests/saved_pages/make_mhtml.py   (needs Debian's chromium and chromium-driver)
The .mhtml files are committed, so the tests run without a browser; a test saves one
afresh when the browser is installed and checks that it reads the same.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def save_mhtml(pages: list[tuple[Path, Path]], load_seconds: float = 20) -> list[Path]:
    """Open each (page, where to save it) in headless Chromium and write its single-file snapshot
    (Page.captureSnapshot, what `Save page as… > Webpage, Single File` writes). Returns the pages
    that could not be saved (a script that navigates away while the snapshot is taken)."""
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.wait import WebDriverWait

    found = chromium()
    if found is None:
        raise RuntimeError("needs chromium and chromium-driver (Debian packages)")
    browser, driver_path = found
    unsaved: list[Path] = []
    with tempfile.TemporaryDirectory() as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        # Saved once the document is read, as an editor saves a page whose pictures are slow to come.
        options.page_load_strategy = "eager"
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        driver.set_page_load_timeout(load_seconds)
        try:
            for html, mhtml in pages:
                try:
                    driver.get(html.as_uri())
                    # A busy machine can return before the document is there: wait until it is read.
                    WebDriverWait(driver, load_seconds).until(
                        lambda browser: browser.execute_script("return document.readyState") != "loading"
                        and browser.execute_script("return document.body !== null"))
                except TimeoutException:
                    pass  # a page whose scripts never finish is saved as far as it loaded
                try:
                    snapshot = driver.execute_cdp_cmd("Page.captureSnapshot", {"format": "mhtml"})["data"]
                    if "<html" not in snapshot.lower():  # taken before the page was drawn: once more
                        time.sleep(1)
                        snapshot = driver.execute_cdp_cmd("Page.captureSnapshot", {"format": "mhtml"})["data"]
                except WebDriverException:
                    unsaved.append(html)
                    continue
                # The snapshot comes as text with CRLF line ends; a browser writes it to disk byte for byte.
                mhtml.write_bytes(snapshot.encode("utf-8"))
        finally:
            driver.quit()
    return unsaved


if __name__ == "__main__":
    save_mhtml([(page, page.with_suffix(".mhtml")) for page in sorted(HERE.glob("*.html"))])
