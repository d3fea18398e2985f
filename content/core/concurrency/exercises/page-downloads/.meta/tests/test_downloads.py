import pytest

import downloads

SITES = [
    "python.org",
    "pypi.org",
    "docs.python.org",
    "peps.python.org",
    "wiki.python.org",
    "mail.python.org",
    "bugs.python.org",
    "discuss.python.org",
]


def pretend_web(**settings):
    """A FakeWeb from the starter's fake_web.py, made on the learner's side."""
    try:
        module = downloads.fake_web
    except AttributeError:
        pytest.fail(
            "Keep the line `import fake_web` at the top of downloads.py: "
            "the checks reach the pretend web server through it",
            pytrace=False,
        )
    return module.FakeWeb(**settings)


def page(url):
    return f"<html>{url}</html>"


def test_pages_in_the_order_of_the_urls():
    """Returns every page, in the order of the URLs (not the order they finish in)."""
    web = pretend_web(delay=0.02, delays={"python.org": 0.2})  # the first one is the slowest
    sites = SITES[:4]
    pages = downloads.download_all(sites, web.download, 4)
    assert pages == [page(url) for url in sites], (
        f"download_all({sites}, web.download, 4) should return the 4 pages in the order of "
        "the URLs, even though python.org finishes last: pool.map keeps the order"
    )


def test_downloads_at_the_same_time(timed):
    """Eight downloads of 0.1 s with 8 workers overlap: far less than 0.8 s in all."""
    web = pretend_web(delay=0.1)
    timing = timed(downloads.download_all, SITES, web.download, 8)
    assert timing.result == [page(url) for url in SITES], (
        "download_all(SITES, web.download, 8) should return the 8 pages, in the order of the URLs"
    )
    assert web.calls == 8, f"download should be called once per URL (8 times), not {web.calls} times"
    assert web.peak >= 2, (
        "The downloads ran one after another (never two at once): hand them to a "
        "ThreadPoolExecutor with pool.map instead of calling download in a loop"
    )
    assert timing.wall < 0.4, (
        f"Eight downloads of 0.1 s took {timing.wall:.2f} s with 8 workers; at the same time "
        "they take about 0.1 s, one after another 0.8 s. Let the threads of the pool do the calls"
    )


def test_no_more_than_workers_at_once():
    """Never runs more than `workers` downloads at the same moment."""
    web = pretend_web(delay=0.05)
    sites = SITES[:6]
    pages = downloads.download_all(sites, web.download, 2)
    assert pages == [page(url) for url in sites], (
        "download_all with 6 URLs and 2 workers should still return all 6 pages in order"
    )
    assert web.peak <= 2, (
        f"With workers=2, {web.peak} downloads ran at the same moment: pass the number to "
        "ThreadPoolExecutor(max_workers=workers)"
    )


def test_no_urls():
    """An empty list of URLs gives an empty list of pages."""
    web = pretend_web()
    assert downloads.download_all([], web.download, 3) == [], (
        "download_all([], web.download, 3) should return []: no URLs, no pages"
    )
