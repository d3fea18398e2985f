def run_safely(task):
    print("start")
    result = None
    try:
        result = task()
        print("ok")
    except ValueError as error:
        print(f"failed: {error}")
    print("finished")
    return result
