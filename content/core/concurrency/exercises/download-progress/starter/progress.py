from concurrent.futures import ThreadPoolExecutor, as_completed

import fake_web  # noqa: F401  the pretend web server: keep this line, the checks use it through your file


def download_with_progress(urls, download, workers):
    """Download every url in a pool of `workers` threads.

    As each download finishes, print one line: "[done/total] url", or
    "[done/total] url failed: <error>" when it raised ConnectionError.
    Return a dict {url: page} of the downloads that worked.
    """
    # Replace this line with your code.
    raise NotImplementedError("download_with_progress is not written yet")
