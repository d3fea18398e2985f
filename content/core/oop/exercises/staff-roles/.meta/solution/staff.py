from collections.abc import Iterable


class Employee:
    """Anyone on the staff, with a yearly salary."""

    def __init__(self, name: str, salary: int) -> None:
        self.name = name
        self.salary = salary

    def monthly_pay(self) -> int:
        """Return the pay for one month."""
        return self.salary // 12

    def describe(self) -> str:
        """Return a line such as: Bo earns 3333 a month"""
        # self.monthly_pay() runs the most specific version for this object.
        return f"{self.name} earns {self.monthly_pay()} a month"


class Manager(Employee):
    """An employee with a team: 100 more a month per report."""

    def __init__(self, name: str, salary: int, reports: Iterable[Employee] = ()) -> None:
        super().__init__(name, salary)
        self.reports = list(reports)

    def monthly_pay(self) -> int:
        return super().monthly_pay() + 100 * len(self.reports)

    def describe(self) -> str:
        return f"{super().describe()}, manages {len(self.reports)}"


class RemoteMixin:
    """Adds a home-office allowance of 50 a month and says 'works remotely'."""

    # super() here is the next class in the MRO of the object's class.
    def monthly_pay(self) -> int:
        return super().monthly_pay() + 50  # type: ignore[misc]

    def describe(self) -> str:
        return f"{super().describe()}, works remotely"  # type: ignore[misc]


class RemoteEmployee(RemoteMixin, Employee):
    pass


class RemoteManager(RemoteMixin, Manager):
    pass


def payroll(staff: Iterable[Employee]) -> int:
    """Return the total monthly pay of everyone in staff."""
    return sum(person.monthly_pay() for person in staff)
