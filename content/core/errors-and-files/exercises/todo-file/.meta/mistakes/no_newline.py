def add_task(path, task):
    with open(path, "a", encoding="utf-8") as file:
        file.write(task)


def read_tasks(path):
    try:
        with open(path, encoding="utf-8") as file:
            return [line.strip() for line in file if line.strip()]
    except FileNotFoundError:
        return []
