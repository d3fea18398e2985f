import pytest
import upstreams


@pytest.fixture(scope="session")
def upstream_server():
    """One pretend server on 127.0.0.1 for all the tests."""
    server = upstreams.start()
    yield server
    upstreams.stop(server)


@pytest.fixture
def shops(upstream_server):
    """The pretend shop APIs for one test: no routes yet, no requests."""
    return upstreams.fresh(upstream_server)
