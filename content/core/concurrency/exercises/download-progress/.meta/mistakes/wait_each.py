from concurrent.futures import ThreadPoolExecutor

import fake_web  # noqa: F401


def download_with_progress(urls, download, workers):
    pages = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done, url in enumerate(urls, start=1):
            future = pool.submit(download, url)
            try:
                pages[url] = future.result()
            except ConnectionError as error:
                print(f"[{done}/{len(urls)}] {url} failed: {error}")
            else:
                print(f"[{done}/{len(urls)}] {url}")
    return pages
