from concurrent.futures import ThreadPoolExecutor, as_completed

import fake_web  # noqa: F401


def download_all(urls, download, workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(download, url) for url in urls]
        return [future.result() for future in as_completed(futures)]
