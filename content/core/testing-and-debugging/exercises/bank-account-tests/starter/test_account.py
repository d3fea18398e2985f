import unittest

from account import Account, NotEnoughMoney


class TestAccount(unittest.TestCase):
    def setUp(self):
        # Runs before every test: each test gets a fresh account with 50.00 euros.
        self.account = Account("Ada", 5000)

    def test_a_deposit_adds_to_the_balance(self):
        self.account.deposit(250)
        self.assertEqual(self.account.balance, ___)

    # Add a test method for every other rule.


if __name__ == "__main__":
    unittest.main()
