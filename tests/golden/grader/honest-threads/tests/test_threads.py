# HIDDEN-TEST-CANARY: this text must never reach a learner.
import threading

import adder


def test_the_tests_threads_call_the_learners_code_at_once():
    counter = adder.Counter()

    def deposit():
        for _ in range(25):
            counter.add()

    threads = [threading.Thread(target=deposit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.value == 200


def test_the_learners_threads_call_a_callback_of_the_tests():
    seen = []

    def square(number):
        seen.append(number)
        return number * number

    assert adder.apply_all(square, list(range(12))) == [n * n for n in range(12)]
    assert sorted(seen) == list(range(12))
