import pretend_api
import pytest


@pytest.fixture(scope="session")
def api_server():
    """One pretend bookshop server on 127.0.0.1 for all the tests."""
    server = pretend_api.start()
    yield server
    pretend_api.stop(server)


@pytest.fixture
def api(api_server):
    """The pretend bookshop API for one test: no routes yet, no requests; api.url is its base URL."""
    return pretend_api.fresh(api_server)
