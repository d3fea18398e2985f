from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed

import fake_web  # noqa: F401  the pretend web server: keep this line, the checks use it through your file


def download_with_progress(
    urls: list[str], download: Callable[[str], str], workers: int
) -> dict[str, str]:
    """Download every url in a pool of `workers` threads.

    As each download finishes, print one line: "[done/total] url", or
    "[done/total] url failed: <error>" when it raised ConnectionError.
    Return a dict {url: page} of the downloads that worked.
    """
    pages = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        # Each future remembers which URL it is downloading.
        futures = {pool.submit(download, url): url for url in urls}
        for done, future in enumerate(as_completed(futures), start=1):
            url = futures[future]
            try:
                pages[url] = future.result()  # re-raises the download's exception, if any
            except ConnectionError as error:
                print(f"[{done}/{len(urls)}] {url} failed: {error}")
            else:
                print(f"[{done}/{len(urls)}] {url}")
    return pages
