"""A link checker for the published site: crawl from its index over HTTP and report every broken internal link.

It asks the server that will serve the site (a plain static host, or nginx with deploy/nginx.conf),
so a link that only works on one of them shows up. A link is internal when it stays on the start
URL's scheme, host and port; it is broken when the server does not answer it with 200 (after
redirects), or when its ``#fragment`` names no ``id`` on the page it leads to. Outside links are
not fetched (the pages may point at ELI or the EU vocabularies; the checker needs no network).

    python -m vnpolicy.publish.site_links http://127.0.0.1:8000/index.html
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser

LINK_ATTRIBUTES = {"href", "src"}
MAX_PAGES = 20_000  # a guard against a site that generates links for ever; the seed site has about 350 pages
TIMEOUT_S = 10


@dataclass
class BrokenLink:
    page: str  # the URL of the page the link is on
    href: str  # the link as written
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.href} ({self.reason})"


@dataclass
class LinkReport:
    pages: int = 0  # HTML pages read
    checked: int = 0  # distinct internal URLs requested
    broken: list[BrokenLink] = field(default_factory=list)


class PageLinks(HTMLParser):
    """The href/src of every element of a page, and the ids its fragments may name."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.links.append(value)
            elif name in ("id", "name") and value:
                self.ids.add(value)


@dataclass
class Fetched:
    status: int
    html: bool
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)


def fetch(url: str) -> Fetched:
    request = urllib.request.Request(url, headers={"Accept": "text/html,*/*;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310 - http(s) only, checked by the caller
            is_html = response.headers.get_content_type() == "text/html"
            if not is_html:
                return Fetched(response.status, False)
            parsed = PageLinks()
            parsed.feed(response.read().decode(response.headers.get_content_charset() or "utf-8", errors="replace"))
            return Fetched(response.status, True, parsed.ids, parsed.links)
    except urllib.error.HTTPError as error:
        return Fetched(error.code, False)


def same_site(url: str, start: str) -> bool:
    one, two = urllib.parse.urlsplit(url), urllib.parse.urlsplit(start)
    return (one.scheme, one.netloc) == (two.scheme, two.netloc)


def check_site(start: str) -> LinkReport:
    """Crawl every internal page reachable from ``start``; each broken link is reported with its page."""
    report = LinkReport()
    results: dict[str, Fetched] = {}
    pending_fragments: list[tuple[str, str, str, str]] = []  # page, href, target, fragment
    queue = deque([start])
    seen = {start}
    while queue:
        url = queue.popleft()
        result = results[url] = fetch(url)
        report.checked += 1
        if not result.html:
            continue
        report.pages += 1
        if report.pages > MAX_PAGES:
            raise RuntimeError(f"more than {MAX_PAGES} pages under {start}")
        for href in result.links:
            absolute, fragment = urllib.parse.urldefrag(urllib.parse.urljoin(url, href))
            if not same_site(absolute, start):
                continue
            if fragment:
                pending_fragments.append((url, href, absolute, urllib.parse.unquote(fragment)))
            if absolute not in seen:
                seen.add(absolute)
                queue.append(absolute)
    for url, result in results.items():
        if result.status != 200:
            for page, page_result in results.items():
                for href in dict.fromkeys(page_result.links):
                    if urllib.parse.urldefrag(urllib.parse.urljoin(page, href))[0] == url:
                        report.broken.append(BrokenLink(page, href, f"HTTP {result.status}"))
    for page, href, target, fragment in dict.fromkeys(pending_fragments):
        found = results[target]
        if found.status == 200 and found.html and fragment not in found.ids:
            report.broken.append(BrokenLink(page, href, f"no element with id {fragment!r}"))
    return report


def main(argv: list[str]) -> int:
    if len(argv) != 1 or urllib.parse.urlsplit(argv[0]).scheme not in ("http", "https"):
        print("usage: python -m vnpolicy.publish.site_links http://HOST:PORT/index.html", file=sys.stderr)
        return 2
    report = check_site(argv[0])
    for broken in report.broken:
        print(broken)
    print(f"{report.pages} pages, {report.checked} URLs checked, {len(report.broken)} broken links")
    return 1 if report.broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
