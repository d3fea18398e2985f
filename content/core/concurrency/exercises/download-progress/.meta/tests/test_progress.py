import pytest

import progress

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
        module = progress.fake_web
    except AttributeError:
        pytest.fail(
            "Keep the line `import fake_web` at the top of progress.py: "
            "the checks reach the pretend web server through it",
            pytrace=False,
        )
    return module.FakeWeb(**settings)


def page(url):
    return f"<html>{url}</html>"


def test_reports_each_download_as_it_finishes(capsys):
    """Prints one line per download, in the order the downloads finish."""
    sites = ["python.org", "pypi.org", "docs.python.org", "peps.python.org"]
    finish = ["docs.python.org", "python.org", "peps.python.org", "pypi.org"]
    web = pretend_web(delay=0.03, finish_order=finish)
    pages = progress.download_with_progress(sites, web.download, 4)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "[1/4] docs.python.org",
        "[2/4] python.org",
        "[3/4] peps.python.org",
        "[4/4] pypi.org",
    ], (
        "The downloads finished in the order docs.python.org, python.org, peps.python.org, "
        "pypi.org, so these lines should be printed in that order, counted [1/4] to [4/4]: "
        "loop over as_completed(...) and print as each one is done"
    )
    assert pages == {url: page(url) for url in sites}, (
        "download_with_progress should return a dict with every URL as a key and its page "
        "as the value: look the URL up in the dict that maps each future to its URL"
    )


def test_a_failed_download_is_reported_and_left_out(capsys):
    """A download that raises ConnectionError is printed as failed and left out of the dict."""
    sites = ["python.org", "pypi.org", "docs.python.org"]
    finish = ["pypi.org", "python.org", "docs.python.org"]
    web = pretend_web(delay=0.03, finish_order=finish, broken=["pypi.org"])
    pages = progress.download_with_progress(sites, web.download, 3)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "[1/3] pypi.org failed: could not reach pypi.org",
        "[2/3] python.org",
        "[3/3] docs.python.org",
    ], (
        "pypi.org finishes first and fails with ConnectionError('could not reach pypi.org'), "
        "so the first line should be [1/3] pypi.org failed: could not reach pypi.org. "
        "future.result() raises the download's error: catch ConnectionError around it"
    )
    assert pages == {"python.org": page("python.org"), "docs.python.org": page("docs.python.org")}, (
        "The dict should hold only the two pages that were downloaded, not pypi.org"
    )


def test_downloads_at_the_same_time(timed, capsys):
    """Eight downloads of 0.1 s with 8 workers overlap: far less than 0.8 s in all."""
    web = pretend_web(delay=0.1)
    timing = timed(progress.download_with_progress, SITES, web.download, 8)
    lines = capsys.readouterr().out.splitlines()
    assert timing.result == {url: page(url) for url in SITES}, (
        "download_with_progress(SITES, web.download, 8) should return all 8 pages by URL"
    )
    assert len(lines) == 8, f"Eight downloads should print 8 lines, not {len(lines)}"
    assert web.peak >= 2, (
        "The downloads ran one after another (never two at once): submit them all to "
        "the pool first, then wait for them with as_completed"
    )
    assert timing.wall < 0.4, (
        f"Eight downloads of 0.1 s took {timing.wall:.2f} s with 8 workers; at the same time "
        "they take about 0.1 s. Submit every download before you wait for the first result"
    )


def test_no_more_than_workers_at_once(capsys):
    """Never runs more than `workers` downloads at the same moment."""
    web = pretend_web(delay=0.05)
    sites = SITES[:6]
    pages = progress.download_with_progress(sites, web.download, 2)
    capsys.readouterr()
    assert pages == {url: page(url) for url in sites}, (
        "With 6 URLs and 2 workers, download_with_progress should still return all 6 pages"
    )
    assert web.peak <= 2, (
        f"With workers=2, {web.peak} downloads ran at the same moment: pass the number to "
        "ThreadPoolExecutor(max_workers=workers)"
    )


def test_no_urls(capsys):
    """No URLs: nothing printed, an empty dict."""
    web = pretend_web()
    assert progress.download_with_progress([], web.download, 2) == {}, (
        "download_with_progress([], web.download, 2) should return {}"
    )
    assert capsys.readouterr().out == "", "With no URLs nothing should be printed"
