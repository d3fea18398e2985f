from concurrent.futures import ThreadPoolExecutor

import fake_web  # noqa: F401


def download_all(urls, download, workers):
    pages = []
    for url in urls:
        pages.append(download(url))
    return pages
