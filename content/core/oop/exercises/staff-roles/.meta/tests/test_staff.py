from staff import Employee, Manager, RemoteEmployee, RemoteManager, RemoteMixin, payroll


def attempt(action, *args):
    """Run action(*args): give back (the name of the error it raised, its message),
    or a note that it raised none."""
    try:
        action(*args)
    except Exception as error:
        return type(error).__name__, str(error)
    return "no error", ""


def test_employee():
    """An Employee is paid salary // 12 a month and describes itself."""
    bo = Employee("Bo", 40000)
    assert (bo.name, bo.salary) == ("Bo", 40000), 'Employee("Bo", 40000) should have name "Bo" and salary 40000'
    assert bo.monthly_pay() == 3333, 'Employee("Bo", 40000).monthly_pay() should be 3333 (40000 // 12)'
    assert bo.describe() == "Bo earns 3333 a month", (
        'Employee("Bo", 40000).describe() should be "Bo earns 3333 a month"'
    )


def test_manager_reuses_employee_init():
    """A Manager is an Employee whose __init__ calls super().__init__."""
    bo = Employee("Bo", 40000)
    kind, message = attempt(Manager, "Ana", 60000, [bo])
    assert kind == "no error", f'Manager("Ana", 60000, [bo]) raised {kind}: {message}'
    ana = Manager("Ana", 60000, [bo])
    assert isinstance(ana, Employee), "A Manager should be an Employee: class Manager(Employee)"
    kind, message = attempt(getattr, ana, "salary")
    assert kind == "no error", (
        f"A Manager has no salary ({kind}: {message}): in Manager.__init__, call "
        "super().__init__(name, salary)"
    )
    assert (ana.name, ana.salary) == ("Ana", 60000), 'Manager("Ana", 60000, ...) should have name "Ana" and salary 60000'
    assert len(ana.reports) == 1, "Manager(..., [bo]).reports should hold the one report, bo"


def test_manager_pay_and_description():
    """A Manager gets 100 a month per report and says how many."""
    team = [Employee("Bo", 40000), Employee("Cy", 30000)]
    ana = Manager("Ana", 60000, team)
    assert ana.monthly_pay() == 5200, (
        "A manager with a salary of 60000 and 2 reports should get 5200 a month: "
        "super().monthly_pay() (5000) plus 100 per report"
    )
    assert ana.describe() == "Ana earns 5200 a month, manages 2", (
        'Manager("Ana", 60000, two reports).describe() should be '
        '"Ana earns 5200 a month, manages 2": the employee\'s description, then ", manages 2"'
    )


def test_manager_without_reports():
    """A Manager without reports has an empty team of their own."""
    al = Manager("Al", 12000)
    assert al.monthly_pay() == 1000, 'Manager("Al", 12000) with no reports should get 1000 a month'
    assert al.describe() == "Al earns 1000 a month, manages 0", (
        'Manager("Al", 12000).describe() should be "Al earns 1000 a month, manages 0"'
    )
    assert len(Manager("Zed", 12000).reports) == 0, "Each new manager should start with no reports"


def test_remote_employee():
    """A RemoteEmployee gets 50 more a month and says it works remotely."""
    dee = RemoteEmployee("Dee", 36000)
    assert isinstance(dee, Employee), "A RemoteEmployee should be an Employee"
    assert isinstance(dee, RemoteMixin), "A RemoteEmployee should have RemoteMixin among its parents"
    assert dee.monthly_pay() == 3050, (
        'RemoteEmployee("Dee", 36000).monthly_pay() should be 3050: the employee\'s 3000 '
        "plus the allowance of 50. List RemoteMixin first, class RemoteEmployee(RemoteMixin, "
        "Employee), so that its monthly_pay comes before Employee's in the MRO"
    )
    assert dee.describe() == "Dee earns 3050 a month, works remotely", (
        'RemoteEmployee("Dee", 36000).describe() should be "Dee earns 3050 a month, works remotely"'
    )


def test_remote_manager_follows_the_mro():
    """A RemoteManager combines both: the mixin adds its part after the manager's."""
    eve = RemoteManager("Eve", 72000, [Employee("Bo", 40000)])
    assert isinstance(eve, Manager), "A RemoteManager should be a Manager"
    assert isinstance(eve, RemoteMixin), "A RemoteManager should have RemoteMixin among its parents"
    assert eve.monthly_pay() == 6150, (
        "RemoteManager(\"Eve\", 72000, [bo]).monthly_pay() should be 6150: 6000, plus 100 for "
        "the report, plus 50 allowance. Each class adds its part to super().monthly_pay()"
    )
    assert eve.describe() == "Eve earns 6150 a month, manages 1, works remotely", (
        'RemoteManager("Eve", 72000, [bo]).describe() should be "Eve earns 6150 a month, '
        'manages 1, works remotely": list RemoteMixin first, class RemoteManager(RemoteMixin, '
        "Manager), and call super().describe() in each class"
    )


def test_payroll():
    """payroll adds up everyone's monthly pay, whatever their role."""
    bo = Employee("Bo", 40000)
    staff = [bo, Manager("Ana", 60000, [bo]), RemoteEmployee("Dee", 36000), RemoteManager("Eve", 72000, [bo])]
    assert payroll(staff) == 3333 + 5100 + 3050 + 6150, (
        "payroll of Bo, Ana (manager of 1), Dee (remote) and Eve (remote manager of 1) "
        "should be 17633: ask each person for monthly_pay()"
    )
    assert payroll([]) == 0, "payroll([]) should be 0"
