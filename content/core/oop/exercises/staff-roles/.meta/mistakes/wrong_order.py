class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def monthly_pay(self):
        return self.salary // 12

    def describe(self):
        return f"{self.name} earns {self.monthly_pay()} a month"


class Manager(Employee):
    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)

    def monthly_pay(self):
        return super().monthly_pay() + 100 * len(self.reports)

    def describe(self):
        return f"{super().describe()}, manages {len(self.reports)}"


class RemoteMixin:
    def monthly_pay(self):
        return super().monthly_pay() + 50

    def describe(self):
        return f"{super().describe()}, works remotely"


class RemoteEmployee(Employee, RemoteMixin):
    pass


class RemoteManager(Manager, RemoteMixin):
    pass


def payroll(staff):
    return sum(person.monthly_pay() for person in staff)
