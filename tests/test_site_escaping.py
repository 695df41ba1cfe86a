"""The static site shows every value as text: a title holding HTML or Markdown, and a stored javascript: IRI."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import PurePosixPath

import pyoxigraph as ox

from vnpolicy.publish.site_pages import Linker, Resource, render_html

DOC = "https://w3id.org/vnpolicy/id/eli/vn/kh/2026/7-kh-ubnd"
TITLE = 'Kế hoạch <img src=x onerror=alert(1)><script>alert(2)</script> ![x](http://127.0.0.1:9/img.png) "q" & co'


class Elements(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def page() -> str:
    title = ox.NamedNode("http://purl.org/dc/terms/title")
    see_also = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
    doc = ox.NamedNode(DOC)
    triples = [
        ox.Triple(doc, title, ox.Literal(TITLE, language="vi")),
        ox.Triple(doc, see_also, ox.NamedNode("javascript:alert(3)")),
        ox.Triple(doc, see_also, ox.NamedNode("https://vanban.example.gov.vn/7-kh-ubnd")),
    ]
    resource = Resource(DOC, "documents", PurePosixPath("eli/vn/kh/2026/7-kh-ubnd"))
    return render_html(resource, triples, Linker({DOC: resource}, {DOC: TITLE}))


def test_html_in_a_title_is_text_everywhere_on_the_page():
    html = page()
    parsed = Elements()
    parsed.feed(html)
    tags = {tag for tag, _ in parsed.tags}
    assert "img" not in tags and "script" not in tags
    assert not [attrs for _, attrs in parsed.tags if any(name.startswith("on") for name in attrs)]
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&quot;q&quot; &amp; co" in html
    # Markdown means nothing in HTML: the image syntax is shown as written, and nothing points at its address.
    assert "![x](http://127.0.0.1:9/img.png)" in html
    assert not [attrs for _, attrs in parsed.tags if "127.0.0.1" in " ".join(str(v) for v in attrs.values())]


def test_a_stored_javascript_iri_is_not_a_link():
    parsed = Elements()
    parsed.feed(page())
    hrefs = [attrs["href"] for tag, attrs in parsed.tags if tag == "a" and "href" in attrs]
    assert "https://vanban.example.gov.vn/7-kh-ubnd" in hrefs
    assert not [href for href in hrefs if href.lower().startswith(("javascript:", "data:"))]


def test_an_iri_with_no_slash_or_hash_has_no_page_and_does_not_hang():
    # Such an IRI (urn:, javascript:) once made the search for its page loop for ever.
    resource = Resource(DOC, "documents", PurePosixPath("eli/vn/kh/2026/7-kh-ubnd"))
    linker = Linker({DOC: resource}, {})
    for iri in ("javascript:alert(3)", "urn:isbn:0451450523", "x"):
        assert linker.owner(iri) is None
    assert linker.owner(DOC + "/task/1") is resource


def test_html_in_a_part_and_in_a_reverse_link_is_text():
    # A part's words go into its <summary>, and a pointing document's label into the reverse links.
    task = ox.NamedNode(DOC + "/task/1")
    other = "https://w3id.org/vnpolicy/id/eli/vn/kh/2026/8-kh-ubnd"
    triples = [
        ox.Triple(ox.NamedNode(DOC), ox.NamedNode("https://w3id.org/vnpolicy/ontology#hasTask"), task),
        ox.Triple(task, ox.NamedNode("https://w3id.org/vnpolicy/ontology#text"), ox.Literal(TITLE, language="vi")),
    ]
    resource = Resource(DOC, "documents", PurePosixPath("eli/vn/kh/2026/7-kh-ubnd"))
    referrer = Resource(other, "documents", PurePosixPath("eli/vn/kh/2026/8-kh-ubnd"))
    linker = Linker({DOC: resource, other: referrer}, {DOC: "7", other: TITLE}, texts={task.value: TITLE})
    html = render_html(resource, triples, linker, [("http://data.europa.eu/eli/ontology#cites", other)])
    parsed = Elements()
    parsed.feed(html)
    assert not {"img", "script"} & {tag for tag, _ in parsed.tags}
    assert html.count("&lt;script&gt;alert(2)&lt;/script&gt;") >= 2  # the part's summary and the reverse link
    assert '<details id="task/1">' in html
