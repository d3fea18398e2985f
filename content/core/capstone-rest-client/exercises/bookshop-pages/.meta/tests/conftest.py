import pretend_api
import pytest


@pytest.fixture
def api():
    """A pretend bookshop API on 127.0.0.1 for one test; api.url is its base URL."""
    pretend, server = pretend_api.start()
    yield pretend
    pretend_api.stop(server)
