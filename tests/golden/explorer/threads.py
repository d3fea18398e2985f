import threading

results = []


def work(n):
    results.append(n * n)


worker = threading.Thread(target=work, args=(4,))
worker.start(); worker.join()  # one line: the step after it sees the work done
print(results)
