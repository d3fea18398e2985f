def run_safely(task):
    """Call task(), print a log of what happened, and return task's result (or None)."""
    print("start")
    try:
        result = task()
    except Exception as error:
        print(f"failed: {error}")
        return None
    else:
        print("ok")
        return result
    finally:
        # Runs in every case, even while another error leaves the function.
        print("finished")
