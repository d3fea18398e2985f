import pretend_llm
import pytest


@pytest.fixture(scope="session")
def llm_server():
    """One pretend chat API on 127.0.0.1 for all the tests."""
    server = pretend_llm.start()
    yield server
    pretend_llm.stop(server)


@pytest.fixture
def llm(llm_server):
    """The pretend API for one test: nothing scripted, no requests yet; llm.url is its base URL."""
    return pretend_llm.fresh(llm_server)
