"""The published static site as a reader meets it: served by a plain static server and by nginx, every
internal link resolves (the link checker crawls the whole site), and the pages read as pages: reverse
links, labelled rows, parts sorted 1, 2, ..., 10 and collapsed, each document once in the index, and
no internal provenance."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from processes import stop_process
from test_site_nginx import free_port, nginx_serving, wait_for_port

from vnpolicy.namespaces import DEFAULT_BASE
from vnpolicy.publish import site_links
from vnpolicy.publish.site import build_site
from vnpolicy.publish.site_links import check_site
from vnpolicy.publish.site_pages import natural_key

pytestmark = pytest.mark.server

DECISION_169 = "eli/vn/qd/2021/169-qd-ttg"
PLAN_163 = "eli/vn-hai-phong/kh/2021/163-kh-ubnd"
LAW_BY_NAME = "eli/vn/luat/by-name/luat-dau-tu-cong"  # owl:sameAs the numbered law below
LAW_BY_NUMBER = "eli/vn/luat/2019/39-2019-qh14"
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# The largest page is 163/KH-UBND's: 12 assignments, 26 duties, 21 tasks ... about 110 parts, which made a
# page 61,000 px tall when every part was a table. Collapsed, a reader first sees the header facts (~40
# elements with their lists), the reverse links (open when short) and one summary line per kind of part: a
# hundred and fifty elements today, about two screens. 300 leaves room for a plan with more relations,
# and is far below the thousands of rows that the old layout showed.
MAX_VISIBLE_ELEMENTS = 300
# A rendered page (Chromium, 1400 px wide) before any <details> is opened: about two screens today.
MAX_HEIGHT_PX = 5000
# Everything, opened: 163/KH-UBND's page is about 85 kB with every part's table; 300 kB is a plan three times its size.
MAX_PAGE_BYTES = 300_000


@pytest.fixture(scope="module")
def static_site(seed_store, tmp_path_factory):
    """The seed site under http://127.0.0.1:PORT/, served by ``python -m http.server`` as any static host would."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    root = tmp_path_factory.mktemp("static") / "site"
    build_site(seed_store, root, base)
    process = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process, root / "no-log")
        yield base, root
    finally:
        stop_process(process, grace_s=10)


@pytest.fixture(scope="module")
def nginx_site(seed_store, tmp_path_factory):
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    prefix = tmp_path_factory.mktemp("nginx-links")
    build_site(seed_store, prefix / "site", base)
    with nginx_serving(prefix / "site", port, prefix):
        yield base, prefix / "site"


class Elements(HTMLParser):
    """A page's links, ids and text, and how many elements show before any <details> is opened."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: list[str] = []
        self.visible = 0
        self.stack: list[tuple[str, bool, bool]] = []  # tag, shown, its children shown

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if "id" in attributes:
            self.ids.append(attributes["id"])
        parent = self.stack[-1] if self.stack else ("", True, True)
        shown = parent[2] or (parent[0] == "details" and parent[1] and tag == "summary")
        self.visible += shown
        if tag not in VOID_TAGS:
            self.stack.append((tag, shown, shown and not (tag == "details" and "open" not in attributes)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break


def parsed(path: Path) -> Elements:
    elements = Elements()
    elements.feed(path.read_text(encoding="utf-8"))
    return elements


def targets(root: Path, page: str) -> set[tuple[str, str]]:
    """The (site path, fragment) every link of ``page`` leads to."""
    found = set()
    for href in parsed(root / f"{page}.html").hrefs:
        url, fragment = urllib.parse.urldefrag(urllib.parse.urljoin(f"http://site/{page}.html", href))
        if url.startswith("http://site/"):
            found.add((urllib.parse.unquote(url.removeprefix("http://site/")), urllib.parse.unquote(fragment)))
    return found


def site_path(iri: str) -> str:
    return str(iri).removeprefix(DEFAULT_BASE)


def test_static_site_has_no_broken_links_on_a_plain_static_server(static_site):
    base, root = static_site
    report = check_site(base + "index.html")
    assert report.broken == [], "\n".join(map(str, report.broken[:20]))
    pages = len(list(root.rglob("*.html")))
    assert report.pages == pages  # every page is reachable from the index, and was read


def test_static_site_has_no_broken_links_under_nginx(nginx_site):
    base, root = nginx_site
    report = check_site(base)  # "/" as nginx serves it: its index.html
    assert report.broken == [], "\n".join(map(str, report.broken[:20]))
    assert report.pages == len(list(root.rglob("*.html"))) + 1  # "/" and the pages' "index.html" links: one file


def test_the_link_checker_reports_each_broken_link_with_its_page(tmp_path):
    (tmp_path / "index.html").write_text('<a href="a.html">a</a> <a href="gone.html">gone</a>', encoding="utf-8")
    (tmp_path / "a.html").write_text('<p id="here"></p><a href="index.html#here">x</a> <a href="a.html#here">ok</a>'
                                     '<img src="missing.png">', encoding="utf-8")
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(tmp_path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process, tmp_path / "no-log")
        report = check_site(f"http://127.0.0.1:{port}/index.html")
        assert site_links.main([f"http://127.0.0.1:{port}/index.html"]) == 1  # the command fails a site with broken links
    finally:
        stop_process(process, grace_s=10)
    found = {(b.page.rsplit("/", 1)[-1], b.href, b.reason.split(" ")[0]) for b in report.broken}
    assert found == {("index.html", "gone.html", "HTTP"), ("a.html", "missing.png", "HTTP"), ("a.html", "index.html#here", "no")}


def test_every_internal_link_names_a_file(static_site):
    # A plain static host serves files: an internal link without .html (or the data file's own suffix) is a 404 there.
    _, root = static_site
    for page in root.rglob("*.html"):
        for href in parsed(page).hrefs:
            path = urllib.parse.urlsplit(href).path
            if urllib.parse.urlsplit(href).scheme or not path:
                continue
            assert path.endswith((".html", ".ttl", ".jsonld", ".nt", ".nq", ".trig", ".rdf")), (page, href)


def test_169_page_lists_the_plans_implementing_it_and_the_documents_citing_it(static_site, seed_store):
    _, root = static_site
    plans = {site_path(row["plan"]) for row in seed_store.select(
        "SELECT ?plan WHERE { ?plan <http://data.europa.eu/eli/ontology#ensures_implementation_of> "
        "<https://w3id.org/vnpolicy/id/eli/vn/qd/2021/169-qd-ttg> }").rows}
    assert PLAN_163 in plans and len(plans) >= 2
    page = (root / f"{DECISION_169}.html").read_text(encoding="utf-8")
    implemented = page[page.index("Được thực hiện bởi"):]
    implemented = implemented[:implemented.index("</details>")]
    linked = {urllib.parse.urljoin(f"http://site/{DECISION_169}.html", href).removeprefix("http://site/")
              for href in re.findall(r'href="([^"]+)"', implemented)}
    assert linked == {f"{plan}.html" for plan in plans}
    assert "Được viện dẫn bởi" in page and "Cited by" in page


def test_an_agency_page_lists_its_duties(static_site, seed_store):
    _, root = static_site
    rows = seed_store.select("""PREFIX vnp: <https://w3id.org/vnpolicy/ontology#>
        SELECT ?agency ?duty WHERE { ?duty a vnp:Duty ; vnp:hasRoleAssignment/vnp:agency ?agency }""").rows
    duties: dict[str, set[str]] = {}
    for row in rows:
        duties.setdefault(site_path(row["agency"]), set()).add(site_path(row["duty"]))
    agency, expected = max(duties.items(), key=lambda item: len(item[1]))
    assert len(expected) >= 3
    linked = targets(root, agency)
    for duty in expected:
        document, part = re.match(r"(eli/[^/]+/[^/]+/[^/]+/[^/]+)/(.+)", duty).groups()
        assert (f"{document}.html", part) in linked, duty
    assert "Nhiệm vụ được giao" in (root / f"{agency}.html").read_text(encoding="utf-8")


def test_no_page_shows_internal_provenance(static_site, seed_store):
    _, root = static_site
    hashes = {str(row["h"]) for row in seed_store.select(
        "SELECT DISTINCT ?h WHERE { ?f <https://w3id.org/vnpolicy/ontology#sha256> ?h }").rows}
    files = {str(row["f"]) for row in seed_store.select(
        "SELECT DISTINCT ?f WHERE { ?x <https://w3id.org/vnpolicy/ontology#sourceFile> ?f }").rows}
    assert hashes and files
    for page in root.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for secret in ("seeds.json", "/work/", "tests/", "/activity/", *hashes, *files):
            assert secret not in text, (page.relative_to(root), secret)


def test_rows_are_labelled_not_property_names(static_site):
    _, root = static_site
    page = (root / f"{PLAN_163}.html").read_text(encoding="utf-8")
    assert 'Căn cứ <span class="en" lang="en">Based on</span>' in page
    assert "Thực hiện" in page and "Implements" in page
    headings = re.findall(r"<th>(.*?)</th>", page)
    assert headings and not [h for h in headings if re.match(r"\w+:\w", h)]  # no eli:based_on, vnp:hasTask
    assert "http://127.0.0.1" not in "".join(re.findall(r"<td>(.*?)</td>", page))  # values are labels, not IRIs


def test_parts_are_collapsed_and_sorted_naturally(static_site):
    _, root = static_site
    ids = parsed(root / f"{PLAN_163}.html").ids
    for kind in ("assignment", "task", "objective"):
        numbers = [i for i in ids if re.fullmatch(rf"{kind}/[^/]+", i)]
        assert numbers == sorted(numbers, key=natural_key), kind
    assignments = [i for i in ids if re.fullmatch(r"assignment/\d+", i)]
    assert assignments.index("assignment/2") < assignments.index("assignment/10")
    page = (root / f"{PLAN_163}.html").read_text(encoding="utf-8")
    assert '<details id="assignment/10">' in page  # collapsed until opened


def test_no_page_is_a_wall(static_site):
    _, root = static_site
    sizes = {page.relative_to(root): (page.stat().st_size, parsed(page).visible) for page in root.rglob("*.html")}
    tallest = max(sizes, key=lambda page: sizes[page][1])
    assert sizes[tallest][1] <= MAX_VISIBLE_ELEMENTS, (tallest, sizes[tallest])
    largest = max(sizes, key=lambda page: sizes[page][0])
    assert sizes[largest][0] <= MAX_PAGE_BYTES, (largest, sizes[largest])
    visible_163 = sizes[Path(f"{PLAN_163}.html")][1]
    assert visible_163 < 200, visible_163  # the largest plan shows its header, links and one line per kind of part


def test_the_index_lists_each_document_once(static_site):
    _, root = static_site
    hrefs = parsed(root / "index.html").hrefs
    documents = [href for href in hrefs if href.startswith("eli/")]
    assert len(documents) == len(set(documents))
    assert f"{LAW_BY_NUMBER}.html" in documents and f"{LAW_BY_NAME}.html" not in documents
    assert (root / f"{LAW_BY_NAME}.html").exists()  # the alias keeps its page, for links to it


@pytest.mark.browser
def test_static_site_document_page_in_a_browser_is_short_until_a_part_is_opened(page, static_site):
    base, _ = static_site
    page.goto(f"{base}{PLAN_163}.html")
    page.get_by_role("heading", name="163/KH-UBND", exact=False).wait_for()
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= MAX_HEIGHT_PX, height
    page.get_by_text("Mục phân công", exact=False).first.click()  # the section of assignments opens
    page.locator('[id="assignment/10"] > summary').click()
    page.locator('[id="assignment/10"]').get_by_text("Nhiệm vụ được giao", exact=False).first.wait_for()


@pytest.mark.browser
def test_static_site_169_page_in_a_browser_lists_its_plans(page, static_site):
    base, _ = static_site
    page.goto(f"{base}{DECISION_169}.html")
    page.get_by_role("heading", name="169/QĐ-TTg", exact=False).wait_for()
    page.get_by_role("link", name="163/KH-UBND", exact=False).first.click()
    page.wait_for_url(f"**/{PLAN_163}.html")
    page.get_by_role("heading", name="163/KH-UBND", exact=False).wait_for()
    page.go_back()  # the screenshot shows 169/QĐ-TTg's page, with its reverse links
    page.get_by_role("heading", name="169/QĐ-TTg", exact=False).wait_for()
    page.get_by_text("Được thực hiện bởi", exact=False).wait_for()


def test_the_site_offers_the_data_and_the_ontology_as_separate_downloads(static_site):
    _, root = static_site
    hrefs = parsed(root / "index.html").hrefs
    assert "dumps/vnpolicy.ttl" in hrefs and "dumps/ontology.ttl" in hrefs
    owl_class = "<http://www.w3.org/2002/07/owl#Class>"
    assert owl_class not in (root / "dumps" / "vnpolicy.nt").read_text(encoding="utf-8")  # the data only
    assert owl_class in (root / "dumps" / "ontology.nt").read_text(encoding="utf-8")
    # ... while the pages still give each vocabulary term a page, so that values link within the site.
    assert (root / "vocab" / "doctype" / "KH.html").exists() and (root / "ontology.html").exists()
