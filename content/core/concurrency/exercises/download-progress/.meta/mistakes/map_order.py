from concurrent.futures import ThreadPoolExecutor

import fake_web  # noqa: F401


def download_with_progress(urls, download, workers):
    pages = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done, (url, page) in enumerate(zip(urls, pool.map(download, urls)), start=1):
            pages[url] = page
            print(f"[{done}/{len(urls)}] {url}")
    return pages
