import csv


def read_orders(path):
    """Return the (customer, cents) pairs of a CSV file whose header is customer,cents."""
    with open(path, newline="") as file:
        return [(row["customer"], int(row["cents"])) for row in csv.DictReader(file)]


def total_by_customer(orders):
    """Return a dict: each customer -> the sum of their cents."""
    totals = {}
    for customer, cents in orders:
        totals[customer] = totals.get(customer, 0) + cents
    return totals


def write_report(totals, path):
    """Write one line per customer, A to Z, such as 'Ada: 12.50' (euros, two decimals)."""
    with open(path, "a") as file:
        for customer in sorted(totals):
            file.write(f"{customer}: {totals[customer] / 100:.2f}\n")


def build_report(orders_path, report_path):
    """Read the orders file and write the report file; return how many orders were read."""
    orders = read_orders(orders_path)
    write_report(total_by_customer(orders), report_path)
    return len(orders)
