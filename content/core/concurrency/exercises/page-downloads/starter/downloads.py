from concurrent.futures import ThreadPoolExecutor

import fake_web  # noqa: F401  the pretend web server: keep this line, the checks use it through your file


def download_all(urls, download, workers):
    """Call download(url) for every url, up to `workers` at the same time, in threads.

    Return the pages in the same order as `urls`.
    """
    # Replace this line with your code.
    raise NotImplementedError("download_all is not written yet")
