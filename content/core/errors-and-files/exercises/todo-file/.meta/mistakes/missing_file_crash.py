def add_task(path, task):
    with open(path, "a", encoding="utf-8") as file:
        file.write(task + "\n")


def read_tasks(path):
    with open(path, encoding="utf-8") as file:
        return [line.strip() for line in file if line.strip()]
