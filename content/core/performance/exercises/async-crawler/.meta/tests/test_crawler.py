import asyncio

import pytest

import crawler

SMALL = {"/": ["/a", "/b"], "/a": ["/c", "/"], "/b": ["/c"], "/c": []}


def site_module():
    """The starter's fake_site module, on the learner's side (reached through crawler.py)."""
    try:
        return crawler.fake_site
    except AttributeError:
        pytest.fail(
            "Keep the line `import fake_site` at the top of crawler.py: the checks reach the "
            "pretend site through it",
            pytrace=False,
        )


def shop_pages(sections, items):
    pages = ["/"] + [f"/s{s}" for s in range(sections)]
    pages += [f"/s{s}/i{i}" for s in range(sections) for i in range(items)]
    return sorted(pages)


def crawl(site, start, workers):
    return asyncio.run(crawler.crawl(site.fetch, start, workers))


def check_once(site, call):
    twice = list(site.twice)
    assert not twice, (
        f"{call} fetched {twice[0]!r} more than once: remember every page you have put in the "
        "queue (a set), and never queue a page twice. Pages link back to each other"
    )


def small_first(right, what):
    """Before a big, timed run: the small examples must be right (mutants and wrong answers
    fail here at once, without paying for the naive version)."""
    if not right:
        pytest.fail(
            f"{what} does not give the right answers on the small examples yet (see the other "
            "failing checks): the timing waits until it does",
            pytrace=False,
        )


def test_small_site():
    """Four pages: every page reachable from "/" once, sorted."""
    site = site_module().FakeSite(SMALL, 0.01)
    result = crawl(site, "/", 2)
    assert result == ["/", "/a", "/b", "/c"], (
        "crawl(site.fetch, '/', 2) on {'/': ['/a', '/b'], '/a': ['/c', '/'], '/b': ['/c'], "
        "'/c': []} should return ['/', '/a', '/b', '/c']: the start page and every page it "
        "leads to, sorted"
    )
    check_once(site, "crawl(site.fetch, '/', 2)")


def test_start_somewhere_else():
    """Only the pages reachable from the start count; a page without links is a whole site."""
    site = site_module().FakeSite(SMALL, 0.01)
    assert crawl(site, "/b", 2) == ["/b", "/c"], (
        "crawl(site.fetch, '/b', 2) should return ['/b', '/c']: '/' and '/a' cannot be reached from '/b'"
    )
    lonely = site_module().FakeSite({"/": []}, 0.01)
    assert crawl(lonely, "/", 3) == ["/"], "crawl on a site of one page without links should return ['/']"


def test_every_page_once_on_a_site_full_of_cycles():
    """A shop whose pages all link back: each of its 16 pages is fetched exactly once."""
    site = site_module().shop_site(3, 4, 0.01)
    result = crawl(site, "/", 4)
    expected = shop_pages(3, 4)
    missing = sorted(set(expected) - set(result or []))
    assert not missing, (
        f"crawl missed {len(missing)} of the shop's {len(expected)} pages, such as {missing[:3]}. "
        "Do not stop while a fetch is still running: its links may add pages to the queue. "
        "Wait for queue.join() (every put has a task_done), then cancel the workers"
    )
    assert result == expected, f"crawl on the shop should return its {len(expected)} pages, sorted"
    check_once(site, "crawl on the shop")


@pytest.mark.parametrize("workers", [1, 3])
def test_stays_within_the_limit_and_uses_it(workers):
    """With `workers` fetches allowed, exactly that many run at once, never more."""
    site = site_module().shop_site(4, 5, 0.02)
    result = crawl(site, "/", workers)
    assert result == shop_pages(4, 5), "crawl on the shop of 25 pages should return all of them, sorted"
    peak = site.peak
    assert peak <= workers, (
        f"With workers={workers}, {peak} fetches ran at the same moment: at most {workers} may. "
        "Start exactly `workers` worker tasks that each fetch one page at a time (or hold "
        "every fetch behind an asyncio.Semaphore(workers))"
    )
    assert peak == workers, (
        f"With workers={workers}, at most {peak} fetch(es) ran at the same moment: keep "
        f"{workers} running while pages are waiting. Start {workers} worker tasks that take "
        "pages from one shared asyncio.Queue, and let them all wait for queue.join()"
    )
    check_once(site, f"crawl(..., workers={workers})")


def test_no_worker_is_left_behind():
    """When crawl returns, none of its worker tasks is still running."""
    module = site_module()
    site = module.FakeSite(SMALL, 0.01)
    result, left = module.tasks_left_after(crawler.crawl, site.fetch, "/", 3)
    assert result == ["/", "/a", "/b", "/c"], "crawl on the small site should return ['/', '/a', '/b', '/c']"
    assert left == 0, (
        f"After crawl returned, {left} of its tasks were still waiting for work that never "
        "comes. Cancel the workers (task.cancel()) once queue.join() has returned: tasks left "
        "behind pile up in a program that keeps running"
    )


def test_many_pages_fast(timed):
    """101 pages of 0.05 s each, 10 at a time: well under 2 s (one after another: over 5 s)."""
    small = crawl(site_module().FakeSite(SMALL, 0.01), "/", 2)
    small_first(small == ["/", "/a", "/b", "/c"], "crawl")
    site = site_module().shop_site(10, 9, 0.05)
    run = timed(asyncio.run, crawler.crawl(site.fetch, "/", 10))
    expected = shop_pages(10, 9)
    assert run.result == expected, "crawl on the shop of 101 pages should return all of them, sorted"
    check_once(site, "crawl on the shop of 101 pages")
    assert run.wall < 2.0, (
        f"Crawling 101 pages of 0.05 s each with 10 workers took {run.wall:.2f} s; one after "
        f"another they take {101 * 0.05:.2f} s, and 10 at a time about 0.55 s. At most "
        f"{site.peak} fetch(es) ran at once: keep 10 running, and never wait for one fetch "
        "before starting the next"
    )
    assert site.peak == 10, f"With workers=10, {site.peak} fetches ran at the same moment: exactly 10 should"
