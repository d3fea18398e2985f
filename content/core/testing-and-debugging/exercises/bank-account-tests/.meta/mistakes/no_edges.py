import unittest

from account import Account, NotEnoughMoney


class TestAccount(unittest.TestCase):
    def setUp(self):
        self.account = Account("Ada", 5000)

    def test_deposit(self):
        self.account.deposit(250)
        self.assertEqual(self.account.balance, 5250)

    def test_withdraw(self):
        self.account.withdraw(1200)
        self.assertEqual(self.account.balance, 3800)

    def test_too_much(self):
        with self.assertRaises(NotEnoughMoney):
            self.account.withdraw(9000)

    def test_negative_deposit(self):
        with self.assertRaises(ValueError):
            self.account.deposit(-100)
