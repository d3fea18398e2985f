class Employee:
    """Anyone on the staff, with a yearly salary."""

    def __init__(self, name, salary):
        pass

    def monthly_pay(self):
        """Return the pay for one month."""
        raise NotImplementedError

    def describe(self):
        """Return a line such as: Bo earns 3333 a month"""
        raise NotImplementedError


class Manager(Employee):
    """An employee with a team: 100 more a month per report."""


class RemoteMixin:
    """Adds a home-office allowance of 50 a month and says 'works remotely'."""


# Write RemoteEmployee and RemoteManager here.


def payroll(staff):
    """Return the total monthly pay of everyone in staff."""
    raise NotImplementedError
