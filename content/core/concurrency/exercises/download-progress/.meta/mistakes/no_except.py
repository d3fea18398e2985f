from concurrent.futures import ThreadPoolExecutor, as_completed

import fake_web  # noqa: F401


def download_with_progress(urls, download, workers):
    pages = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(download, url): url for url in urls}
        for done, future in enumerate(as_completed(futures), start=1):
            url = futures[future]
            pages[url] = future.result()
            print(f"[{done}/{len(urls)}] {url}")
    return pages
