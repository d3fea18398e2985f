import threading
import time

import pytest

from singleton import Singleton


def made(cls, *args, **kwargs):
    try:
        result = cls(*args, **kwargs)
    except NotImplementedError as error:
        pytest.fail(f"{cls.__name__}() raised NotImplementedError: {error}", pytrace=False)
    if type(result) is not cls:
        pytest.fail(f"{cls.__name__}() gave back a {type(result).__name__}: every class, a subclass "
                    "too, needs an instance of its own. Keep the instances in a dict keyed by the "
                    "class (a class attribute would be inherited by the subclasses)", pytrace=False)
    return result


def test_every_call_gives_the_same_instance():
    """Calling a Singleton class again gives back the very same object."""

    class Config(metaclass=Singleton):
        pass

    first, second = made(Config), made(Config)
    assert first is second, (
        "Config() is Config() should be True: Config() runs Singleton.__call__, which should make "
        "the instance the first time and give back that same object afterwards"
    )
    assert isinstance(first, Config), "Config() should still be an instance of Config"
    assert type(Config) is Singleton, "The class Config should be made by the metaclass Singleton"


def test_init_runs_once():
    """__init__ runs only for the first call; the arguments of later calls are ignored."""
    inits = []

    class Settings(metaclass=Singleton):
        def __init__(self, path="settings.toml"):
            inits.append(path)
            self.path = path

    made(Settings, "first.toml")
    later = made(Settings, "second.toml")
    assert inits == ["first.toml"], (
        f"Settings.__init__ ran with {inits}; it should run once, with 'first.toml'. Do not call "
        "type.__call__ (super().__call__) again once the instance exists: it runs __init__ again"
    )
    assert later.path == "first.toml", "A later Settings('second.toml') should give the first instance back"


def test_each_class_has_its_own_instance():
    """Two Singleton classes do not share an instance."""

    class Cache(metaclass=Singleton):
        pass

    class Logger(metaclass=Singleton):
        pass

    cache, logger = made(Cache), made(Logger)
    assert type(cache) is Cache and type(logger) is Logger, (
        f"Cache() gave a {type(cache).__name__} and Logger() a {type(logger).__name__}: each class "
        "needs its own instance (keep the instances in a dict keyed by the class)"
    )
    assert made(Cache) is cache and made(Logger) is logger, "Each class should keep giving its own instance"


def test_a_subclass_has_its_own_instance():
    """A subclass of a Singleton class gets its own instance, not its parent's."""

    class Store(metaclass=Singleton):
        def __init__(self):
            self.kind = type(self).__name__

    class MemoryStore(Store):
        pass

    child = made(MemoryStore)
    parent = made(Store)
    assert type(child) is MemoryStore, "MemoryStore() should be a MemoryStore"
    assert type(parent) is Store and parent is not child, (
        "After MemoryStore(), Store() should be a new Store, not the MemoryStore: a subclass is a "
        "class of its own and needs its own instance"
    )
    assert made(MemoryStore) is child and made(Store) is parent, "Both should keep their own instance"
    assert (parent.kind, child.kind) == ("Store", "MemoryStore"), "Each __init__ should run for its own class"

    class DiskStore(Store):  # this time the parent's instance exists first
        pass

    assert made(DiskStore) is not parent, "DiskStore() should be a new DiskStore, not the Store instance"


def test_threads_get_one_instance():
    """Eight threads calling at once get one instance, and __init__ runs once."""
    inits = []

    class Slow(metaclass=Singleton):
        def __init__(self):
            inits.append(threading.get_ident())
            time.sleep(0.05)  # a slow set-up: plenty of time for the other threads to ask too

    start = threading.Barrier(8)
    results = []

    def worker():
        start.wait()
        results.append(Slow())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert len(results) == 8, "Every thread should get an instance"
    assert len(inits) == 1, (
        f"With 8 threads calling Slow() at once, __init__ ran {len(inits)} times: two threads can "
        "both find no instance and both make one. Hold a lock (threading.RLock) around the check "
        "AND the creation, so that they happen as one step"
    )
    assert all(result is results[0] for result in results), "All 8 threads should get the same instance"


def test_a_failed_init_leaves_no_instance():
    """When __init__ raises, nothing is kept, and the next call tries again."""
    tries = []

    class Connection(metaclass=Singleton):
        def __init__(self):
            tries.append(1)
            if len(tries) == 1:
                raise ConnectionError("the server is down")

    with pytest.raises(ConnectionError):
        Connection()
        pytest.fail("The first Connection() should raise the ConnectionError of its __init__: let "
                    "the error out of __call__", pytrace=False)
    second = made(Connection)
    assert len(tries) == 2 and isinstance(second, Connection), (
        "After a failed first Connection(), the next call should run __init__ again and make the instance"
    )
    assert made(Connection) is second, "Once made, the instance should be kept"


def test_reset_forgets_the_instance():
    """Config.reset() forgets Config's instance only; the next call makes a new one."""
    inits = []

    class Config(metaclass=Singleton):
        def __init__(self):
            inits.append(1)

    class Other(metaclass=Singleton):
        pass

    first, other = made(Config), made(Other)
    Config.reset()
    second = made(Config)
    assert second is not first and len(inits) == 2, (
        "After Config.reset(), Config() should make a new instance (and run __init__ again)"
    )
    assert made(Config) is second, "After the reset, the new instance should be kept"
    assert made(Other) is other, "Config.reset() should not forget Other's instance"

    class Fresh(metaclass=Singleton):
        pass

    try:
        Fresh.reset()
    except KeyError:
        pytest.fail("Fresh.reset() on a class without an instance raised KeyError: there is "
                    "nothing to forget, so it should do nothing", pytrace=False)


def test_reset_is_a_method_of_the_class_not_of_the_instances():
    """reset, written in the metaclass, is seen on the class but not on its instances."""

    class Config(metaclass=Singleton):
        pass

    assert callable(Config.reset), "Config.reset should exist: a method of the metaclass is a method of the class"
    assert not hasattr(made(Config), "reset"), (
        "Config().reset should not exist: methods of a metaclass are looked up on the class, never "
        "on instances"
    )


def test_the_class_still_works_as_usual():
    """Class attributes, methods and class methods of a Singleton class work as usual."""

    class Counter(metaclass=Singleton):
        step = 2

        def __init__(self):
            self.value = 0

        def add(self):
            self.value += self.step
            return self.value

        @classmethod
        def describe(cls):
            return f"{cls.__name__} by {cls.step}"

    made(Counter).add()
    assert made(Counter).add() == 4, "Two add() calls on Counter() should give 4: it is one shared instance"
    assert Counter.describe() == "Counter by 2", "Class methods should work as usual"


# Last: with a plain Lock this test leaves the lock held forever, which would block the tests after it.
def test_a_singleton_can_make_another_in_init():
    """An __init__ that makes another singleton does not wait for itself forever."""

    class Database(metaclass=Singleton):
        pass

    class App(metaclass=Singleton):
        def __init__(self):
            self.database = Database()

    made_app = []
    thread = threading.Thread(target=lambda: made_app.append(App()), daemon=True)
    thread.start()
    thread.join(timeout=2)
    assert not thread.is_alive(), (
        "App() never finished: App.__init__ makes Database(), which waits for the lock that App() "
        "already holds in the same thread. Use threading.RLock, which the same thread may take again"
    )
    assert made_app and made_app[0].database is Database(), "App().database should be the Database instance"
