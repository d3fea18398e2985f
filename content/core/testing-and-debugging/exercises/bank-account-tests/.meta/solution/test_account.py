import unittest

from account import Account, NotEnoughMoney


class TestAccount(unittest.TestCase):
    def setUp(self):
        self.account = Account("Ada", 5000)

    def test_a_new_account_starts_empty(self):
        self.assertEqual(Account("Grace").balance, 0)

    def test_the_owner_is_kept(self):
        self.assertEqual(self.account.owner, "Ada")

    def test_a_deposit_adds_to_the_balance(self):
        self.account.deposit(250)
        self.assertEqual(self.account.balance, 5250)

    def test_one_cent_is_a_deposit(self):
        self.account.deposit(1)
        self.assertEqual(self.account.balance, 5001)

    def test_a_deposit_of_nothing_is_refused(self):
        with self.assertRaisesRegex(ValueError, "more than 0 cents"):
            self.account.deposit(0)
        self.assertEqual(self.account.balance, 5000)

    def test_a_negative_deposit_is_refused_and_changes_nothing(self):
        with self.assertRaisesRegex(ValueError, "more than 0 cents"):
            self.account.deposit(-100)
        self.assertEqual(self.account.balance, 5000)

    def test_a_withdrawal_takes_from_the_balance(self):
        self.account.withdraw(1200)
        self.assertEqual(self.account.balance, 3800)

    def test_the_whole_balance_can_be_withdrawn(self):
        self.account.withdraw(5000)
        self.assertEqual(self.account.balance, 0)

    def test_a_withdrawal_above_the_balance_is_refused(self):
        with self.assertRaisesRegex(NotEnoughMoney, "only 5000 cents"):
            self.account.withdraw(5001)
        self.assertEqual(self.account.balance, 5000)


if __name__ == "__main__":
    unittest.main()
