"""Save the made-up web pages here as Chromium saves them with `Save page as… > Webpage, Single File`.

usage: python tests/saved_pages/make_mhtml.py   (needs Debian's chromium and chromium-driver)
The .mhtml files are committed, so the tests run without a browser; a test saves one
afresh when the browser is installed and checks that it reads the same.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def save_mhtml(html: Path, mhtml: Path) -> None:
    """Open the page in headless Chromium and write its single-file snapshot (Page.captureSnapshot)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = chromium()
    if found is None:
        raise RuntimeError("needs chromium and chromium-driver (Debian packages)")
    browser, driver_path = found
    with tempfile.TemporaryDirectory() as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            driver.get(html.as_uri())
            snapshot = driver.execute_cdp_cmd("Page.captureSnapshot", {"format": "mhtml"})["data"]
        finally:
            driver.quit()
    # The snapshot comes as text with CRLF line ends; a browser writes it to disk byte for byte.
    mhtml.write_bytes(snapshot.encode("utf-8"))


if __name__ == "__main__":
    for page in sorted(HERE.glob("*.html")):
        save_mhtml(page, page.with_suffix(".mhtml"))
