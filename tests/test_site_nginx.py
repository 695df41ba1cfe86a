"""The static linked-data site served by a real nginx with deploy/nginx.conf: content negotiation and dereferencing."""

from __future__ import annotations

import contextlib
import http.client
import json
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from processes import stop_process

from vnpolicy.publish.site import build_site

PROJECT_DIR = Path(__file__).resolve().parent.parent
NGINX_CONF = PROJECT_DIR / "deploy" / "nginx.conf"
DOCUMENT_PATH = "/eli/vn-hai-phong/kh/2021/163-kh-ubnd"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

pytestmark = pytest.mark.server


def nginx_binary() -> str:
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx", "/sbin/nginx") if Path(p).exists()), None)
    if found is None:
        pytest.fail("nginx is not installed: run 'apt-get update && apt-get install -y nginx' (as root), "
                    "as .ci/run does")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_config(root: Path, port: int) -> str:
    """deploy/nginx.conf as shipped, with only its listen address and root changed for the test."""
    text = NGINX_CONF.read_text(encoding="utf-8")
    for old, new in (("listen 80;", f"listen 127.0.0.1:{port};"), ("root /var/www/vnpolicy;", f"root {root};")):
        assert text.count(old) == 1, f"deploy/nginx.conf should contain {old!r} once"
        text = text.replace(old, new)
    return text


def main_config(prefix: Path, site: Path) -> str:
    # master_process off: one process, as the user running the tests (no switch to www-data,
    # which could not read the test's private temporary folder).
    return f"""daemon off;
master_process off;
error_log {prefix}/error.log warn;
pid {prefix}/nginx.pid;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {site};
}}
"""


# A guard against an nginx that never starts, not a speed check.
NGINX_START_TIMEOUT_S = 60


def wait_for_port(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + NGINX_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"nginx exited: {log.read_text(errors='replace') if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail(f"nginx did not start listening within {NGINX_START_TIMEOUT_S} s")


@contextlib.contextmanager
def nginx_serving(root: Path, port: int, prefix: Path):
    """A real nginx with deploy/nginx.conf serving the site folder ``root`` on 127.0.0.1:``port``; stopped on exit."""
    binary = nginx_binary()
    (prefix / "site.conf").write_text(site_config(root, port), encoding="utf-8")
    (prefix / "nginx.conf").write_text(main_config(prefix, prefix / "site.conf"), encoding="utf-8")
    checked = subprocess.run([binary, "-t", "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen([binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process, prefix / "error.log")
        yield
    finally:
        stop_process(process, grace_s=10)


@pytest.fixture(scope="module")
def served_site(seed_store, tmp_path_factory):
    """The seed graph's site, under the base http://127.0.0.1:PORT/, served by nginx."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    prefix = tmp_path_factory.mktemp("nginx")
    root = prefix / "site"
    build_site(seed_store, root, base)
    with nginx_serving(root, port, prefix):
        yield base, port


def get(port: int, path: str, accept: str | None = None) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Accept": accept} if accept else {})
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def follow(port: int, path: str, accept: str) -> tuple[http.client.HTTPResponse, str]:
    """Dereference an IRI path as a linked-data client does: expect 303, then GET the representation."""
    first = get(port, path, accept)
    assert first.status == 303, (path, accept, first.status)
    assert "Accept" in first.headers.get("Vary", "")
    location = first.headers["Location"]
    second = get(port, location, accept)
    assert second.status == 200, (location, second.status)
    return second, location


@pytest.mark.parametrize("accept, suffix, media_type", [
    ("text/turtle", ".ttl", "text/turtle"),
    ("application/ld+json", ".jsonld", "application/ld+json"),
    ("text/html", ".html", "text/html"),
    (BROWSER_ACCEPT, ".html", "text/html"),
    ("text/turtle;q=1.0, application/ld+json;q=0.5", ".ttl", "text/turtle"),
    (None, ".html", "text/html"),
])
def test_a_document_iri_negotiates_its_representation(served_site, accept, suffix, media_type):
    base, port = served_site
    response, location = follow(port, DOCUMENT_PATH, accept or "")
    assert location == DOCUMENT_PATH + suffix
    assert response.headers["Content-Type"].split(";")[0] == media_type


def test_the_representations_describe_the_same_iri(served_site):
    base, port = served_site
    iri = ox.NamedNode(base + DOCUMENT_PATH.lstrip("/"))
    turtle, _ = follow(port, DOCUMENT_PATH, "text/turtle")
    jsonld, _ = follow(port, DOCUMENT_PATH, "application/ld+json")
    page, _ = follow(port, DOCUMENT_PATH, "text/html")
    from_turtle = set(ox.parse(turtle.body, format=ox.RdfFormat.TURTLE))
    from_jsonld = set(ox.parse(jsonld.body, format=ox.RdfFormat.JSON_LD))
    assert from_turtle == from_jsonld
    assert any(t.subject == iri and t.predicate.value.endswith("#title") for t in from_turtle)
    assert iri.value in page.body.decode("utf-8")
    json.loads(jsonld.body)  # plain JSON too, for clients that are not RDF-aware


def test_agency_and_vocabulary_iris_dereference(served_site, seed_store):
    base, port = served_site
    agency = next(row["a"] for row in seed_store.select(
        "SELECT ?a WHERE { ?a a <http://www.w3.org/ns/org#Organization> } ORDER BY ?a LIMIT 1").rows)
    agency_path = "/" + str(agency).removeprefix("https://w3id.org/vnpolicy/id/")
    response, _ = follow(port, agency_path, "text/turtle")
    assert (base + agency_path.lstrip("/")).encode() in response.body
    response, _ = follow(port, "/vocab/role/lead", "application/ld+json")
    assert b"https://w3id.org/vnpolicy/vocab/role/lead" in response.body


def test_a_part_of_a_document_redirects_to_its_document(served_site):
    _, port = served_site
    response = get(port, DOCUMENT_PATH + "/task/1.1", "text/turtle")
    assert response.status == 303
    assert response.headers["Location"] == DOCUMENT_PATH + ".ttl"


def test_unknown_iris_are_404_and_the_index_is_served(served_site):
    _, port = served_site
    assert get(port, "/eli/vn/qd/1999/no-such-document", "text/turtle").status == 404
    assert get(port, "/eli/vn/qd/1999/no-such-document/task/1", "text/turtle").status == 404
    index = get(port, "/", "text/html")
    assert index.status == 200 and f'href="{DOCUMENT_PATH.lstrip("/")}.html"'.encode() in index.body
    dump = get(port, "/dumps/vnpolicy.nq")
    assert dump.status == 200 and dump.headers["Content-Type"].startswith("application/n-quads")


def test_the_html_file_a_page_links_to_is_served_as_it_is(served_site):
    # The site's links name the .html file (so that a plain static host serves them too); nginx must answer
    # it with the page itself, not with a redirect or a 404.
    _, port = served_site
    response = get(port, DOCUMENT_PATH + ".html", BROWSER_ACCEPT)
    assert response.status == 200
    assert response.headers["Content-Type"].split(";")[0] == "text/html"
    assert b"163/KH-UBND" in response.body


def test_pages_carry_a_content_security_policy(served_site):
    _, port = served_site
    for path in ("/", DOCUMENT_PATH + ".html"):
        response = get(port, path, "text/html")
        assert response.status == 200, path
        policy = response.headers.get("Content-Security-Policy", "")
        assert "default-src 'self'" in policy and "script-src 'none'" in policy and "img-src 'self' data:" in policy, path
        assert "frame-ancestors 'none'" in policy
        assert response.headers.get("X-Content-Type-Options") == "nosniff"
