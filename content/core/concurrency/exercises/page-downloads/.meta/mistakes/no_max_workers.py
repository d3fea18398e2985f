from concurrent.futures import ThreadPoolExecutor

import fake_web  # noqa: F401


def download_all(urls, download, workers):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(download, urls))
