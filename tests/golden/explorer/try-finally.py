log = []


def risky(x):
    try:
        log.append("start")
        return 10 // x
    finally:
        log.append("cleanup")


risky(2)
try:
    risky(0)
except ZeroDivisionError as err:
    log.append(type(err).__name__)
print(log)
