"""Print the made-up e-paper pages in this folder to PDF with headless Chromium.

    python tests/pdf_pages/make_pdfs.py   # rewrites every *.pdf beside its *.html

The pages place their boxes absolutely and list them in the HTML in another order than
on the page, so the PDF draws them out of reading order, as real e-paper PDFs do.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


# Printed as a user prints a web page, with the browser's header and footer (the time, the
# page's title, its address and the sheet's number).
WITH_HEADER_FOOTER = {"browser_printed_page.html", "browser_printed_news_page.html",
                      "browser_printed_epaper_page.html", "browser_printed_story_page.html",
                      "browser_printed_pinned_page.html", "browser_printed_spaced_page.html",
                      "browser_printed_plain_page.html",
                      "browser_printed_stacked_page.html"}


def print_pdf(html: Path, pdf: Path) -> None:
    browser = chromium()
    if browser is None:
        raise RuntimeError("needs chromium (Debian package `chromium`)")
    header_footer = [] if html.name in WITH_HEADER_FOOTER else ["--no-pdf-header-footer"]
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *header_footer, f"--print-to-pdf={pdf}", html.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


if __name__ == "__main__":
    for html in sorted(HERE.glob("*.html")):
        print_pdf(html, html.with_suffix(".pdf"))
        print(html.with_suffix(".pdf"), file=sys.stderr)
