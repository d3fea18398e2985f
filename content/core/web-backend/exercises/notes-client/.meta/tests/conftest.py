import notes_api
import pytest


@pytest.fixture(scope="session")
def api_server():
    """One notes API server on 127.0.0.1 for all the tests."""
    server = notes_api.start()
    yield server
    notes_api.stop(server)


@pytest.fixture
def api(api_server):
    """An empty notes API for one test; api.url is its base URL."""
    return notes_api.fresh(api_server)
