import unittest

from account import Account, NotEnoughMoney

ACCOUNT = Account("Ada", 5000)


class TestAccount(unittest.TestCase):
    def test_a_deposit_adds_to_the_balance(self):
        ACCOUNT.deposit(250)
        self.assertEqual(ACCOUNT.balance, 5250)

    def test_the_whole_balance_can_be_withdrawn(self):
        ACCOUNT.withdraw(5000)
        self.assertEqual(ACCOUNT.balance, 0)
