from models import choose_model


def test_a_single_task_runs_on_its_own():
    """One task (or none) needs no concurrency at all."""
    assert choose_model({"tasks": 1, "waits": True}) == "sequential", (
        'choose_model({"tasks": 1, "waits": True}) should return "sequential": '
        "with one task there is nothing to run at the same time"
    )
    assert choose_model({"tasks": 1, "waits": False}) == "sequential", (
        'choose_model({"tasks": 1, "waits": False}) should return "sequential"'
    )
    assert choose_model({"tasks": 0, "waits": False}) == "sequential", (
        'choose_model({"tasks": 0, "waits": False}) should return "sequential"'
    )


def test_computing_in_python_needs_processes():
    """Tasks that compute in pure Python go to processes, because of the GIL."""
    assert choose_model({"tasks": 8, "waits": False}) == "processes", (
        'choose_model({"tasks": 8, "waits": False}) should return "processes": the GIL lets '
        "only one thread at a time run Python code, so computing in threads is no faster"
    )
    assert choose_model({"tasks": 2, "waits": False}) == "processes", (
        'choose_model({"tasks": 2, "waits": False}) should return "processes": two tasks '
        "are already enough to share out"
    )
    assert choose_model({"tasks": 1000, "waits": False, "async_library": True}) == "processes", (
        'choose_model({"tasks": 1000, "waits": False, "async_library": True}) should return '
        '"processes": asyncio only helps tasks that wait, never tasks that compute'
    )


def test_computing_in_a_library_that_releases_the_gil():
    """Computing inside a C library that lets go of the GIL can use threads."""
    workload = {"tasks": 8, "waits": False, "releases_gil": True}
    assert choose_model(workload) == "threads", (
        'choose_model({"tasks": 8, "waits": False, "releases_gil": True}) should return '
        '"threads": while the library computes without the GIL, the threads really run in parallel'
    )
    assert choose_model({"tasks": 8, "waits": False, "releases_gil": False}) == "processes", (
        'choose_model({"tasks": 8, "waits": False, "releases_gil": False}) should return "processes"'
    )


def test_a_few_waits_use_threads():
    """Tasks that wait use threads, unless there are many of them and an async library."""
    assert choose_model({"tasks": 2, "waits": True}) == "threads", (
        'choose_model({"tasks": 2, "waits": True}) should return "threads": while one '
        "thread waits, the others can wait too"
    )
    assert choose_model({"tasks": 20, "waits": True, "async_library": True}) == "threads", (
        'choose_model({"tasks": 20, "waits": True, "async_library": True}) should return '
        '"threads": asyncio is for 100 tasks or more'
    )
    assert choose_model({"tasks": 5000, "waits": True}) == "threads", (
        'choose_model({"tasks": 5000, "waits": True}) should return "threads": without an '
        "async library, asyncio cannot help"
    )
    assert choose_model({"tasks": 30, "waits": True, "releases_gil": True}) == "threads", (
        'choose_model({"tasks": 30, "waits": True, "releases_gil": True}) should return '
        '"threads": releases_gil only matters for tasks that compute'
    )


def test_many_waits_with_an_async_library_use_asyncio():
    """100 tasks or more that wait, with an async library: asyncio."""
    assert choose_model({"tasks": 5000, "waits": True, "async_library": True}) == "asyncio", (
        'choose_model({"tasks": 5000, "waits": True, "async_library": True}) should return '
        '"asyncio": thousands of waiting coroutines cost far less than thousands of threads'
    )
    assert choose_model({"tasks": 100, "waits": True, "async_library": True}) == "asyncio", (
        'choose_model({"tasks": 100, "waits": True, "async_library": True}) should return '
        '"asyncio": 100 tasks is already "100 or more"'
    )
    assert choose_model({"tasks": 99, "waits": True, "async_library": True}) == "threads", (
        'choose_model({"tasks": 99, "waits": True, "async_library": True}) should return '
        '"threads": fewer than 100 tasks'
    )
    assert choose_model({"tasks": 500, "waits": True, "async_library": False}) == "threads", (
        'choose_model({"tasks": 500, "waits": True, "async_library": False}) should return "threads"'
    )
