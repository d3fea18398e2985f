from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import fake_web  # noqa: F401  the pretend web server: keep this line, the checks use it through your file


def download_all(urls: list[str], download: Callable[[str], str], workers: int) -> list[str]:
    """Call download(url) for every url, up to `workers` at the same time, in threads.

    Return the pages in the same order as `urls`.
    """
    with ThreadPoolExecutor(max_workers=workers) as pool:
        # map gives the results in the order of urls, whichever download finishes first.
        return list(pool.map(download, urls))
