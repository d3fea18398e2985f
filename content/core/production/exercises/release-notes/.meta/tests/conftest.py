import pytest
from repos import shop_repo


@pytest.fixture(scope="session")
def shop(tmp_path_factory):
    """The shop's repository, built once for the tests that only read it."""
    return shop_repo(tmp_path_factory.mktemp("shop") / "shop")
