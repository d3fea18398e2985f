def run_safely(task):
    """Call task(), print a log of what happened, and return task's result (or None)."""
    print("start")
    try:
        result = task()
    except ValueError as error:
        print(f"failed: {error}")
        return None
    else:
        print("ok")
    finally:
        # Runs in every case, even while another error leaves the function.
        print("finished")
