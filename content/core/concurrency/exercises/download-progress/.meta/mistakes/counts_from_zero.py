from concurrent.futures import ThreadPoolExecutor, as_completed

import fake_web  # noqa: F401


def download_with_progress(urls, download, workers):
    pages = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(download, url): url for url in urls}
        for done, future in enumerate(as_completed(futures)):
            url = futures[future]
            try:
                pages[url] = future.result()
            except ConnectionError as error:
                print(f"[{done}/{len(urls)}] {url} failed: {error}")
            else:
                print(f"[{done}/{len(urls)}] {url}")
    return pages
