"""The broker and the worker: acks, retries with backoff, dead letters, duplicates, recovery.

The clock is the tests' own: it says what time it is, and moves only when a test moves it."""

import pytest

import task_queue as tq


class Clock:
    """A pretend clock: clock() gives the time; the tests set it."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Handler:
    """A task handler that writes down each payload; it fails the first `failures` times."""

    def __init__(self, failures=0, error=None):
        self.calls = []
        self.failures = failures
        self.error = error or ConnectionError("payment service down")

    def __call__(self, payload):
        self.calls.append(payload)
        if len(self.calls) <= self.failures:
            raise self.error
        return "ok"


def taken_id(broker, now, what):
    """The id of the message broker.take(now) gives; fails clearly when it gives None."""
    message = broker.take(now)
    assert message is not None, f"take({now}) should give {what}, but it gave None"
    return message["id"]


def setup(handlers, **options):
    clock = Clock()
    broker = tq.Broker()
    return broker, tq.Worker(broker, handlers, clock, **options), clock


def test_enqueue_and_take_in_order():
    """take gives the due messages first in, first out, and moves each to in_flight."""
    broker = tq.Broker()
    broker.enqueue("send_email", {"to": "ada@example.com"}, "m1")
    broker.enqueue("charge", {"order": 7}, "m2")
    assert broker.queue == [
        {"id": "m1", "task": "send_email", "payload": {"to": "ada@example.com"}, "attempts": 0, "due": 0.0},
        {"id": "m2", "task": "charge", "payload": {"order": 7}, "attempts": 0, "due": 0.0},
    ], ('enqueue("send_email", {"to": ...}, "m1") should append the message {"id": "m1", "task": "send_email", '
        '"payload": {...}, "attempts": 0, "due": 0.0} at the end of broker.queue')
    assert taken_id(broker, 0.0, "m1") == "m1", "take should give the oldest message first (first in, first out)"
    assert [m["id"] for m in broker.queue] == ["m2"] and list(broker.in_flight) == ["m1"], (
        "After take, the message should be out of the queue and in broker.in_flight (a dict by id) "
        "until it is acked"
    )
    broker.ack("m1")
    assert broker.in_flight == {}, "ack(message_id) should remove the message from in_flight"
    assert taken_id(broker, 0.0, "m2") == "m2" and broker.take(0.0) is None, (
        "take should give m2, then None once the queue is empty"
    )


def test_a_message_is_taken_only_when_due():
    """A message due later is skipped, and does not hold up the ones behind it."""
    broker = tq.Broker()
    broker.enqueue("charge", {"order": 7}, "later")
    broker.retry(taken_id(broker, 0.0, "the message later"), 5.0)
    broker.enqueue("charge", {"order": 8}, "now")
    assert [(m["id"], m["due"]) for m in broker.queue] == [("later", 5.0), ("now", 0.0)], (
        "retry(message_id, 5.0) should put the message taken back at the end of the queue with due 5.0"
    )
    assert taken_id(broker, 4.9, "the message now, due at 0.0: a message not due yet is skipped") == "now", (
        "At time 4.9 the first message (due at 5.0) is not due yet: take should skip it and give the next one"
    )
    assert broker.take(4.9) is None, "At 4.9 nothing else is due: take should give None"
    assert taken_id(broker, 5.0, "the message later") == "later", "At 5.0 the message due at 5.0 is due (due <= now)"


def test_the_worker_runs_a_task_and_acks_it():
    """run_once calls the task's handler with the payload, marks it done and acks it."""
    handler = Handler()
    broker, worker, _clock = setup({"charge": handler})
    broker.enqueue("charge", {"order": 7}, "m1")
    assert worker.run_once() is True, "run_once should return True when it handled a message"
    assert handler.calls == [{"order": 7}], "The handler of the task charge should be called once, with the payload"
    assert (broker.queue, broker.in_flight, broker.dead_letters) == ([], {}, []), (
        "After a task works, the message should be acked: not in the queue, not in flight, not a dead letter"
    )
    assert worker.done == {"m1"}, "worker.done should hold the ids of the messages handled: {'m1'}"
    assert worker.run_once() is False, "With nothing due, run_once should return False"


def test_run_handles_every_due_message():
    """run handles messages until none is due, and says how many."""
    emails, charges = Handler(), Handler()
    broker, worker, _clock = setup({"send_email": emails, "charge": charges})
    broker.enqueue("send_email", {"to": "ada@example.com"}, "m1")
    broker.enqueue("charge", {"order": 7}, "m2")
    broker.enqueue("send_email", {"to": "alan@example.com"}, "m3")
    assert worker.run() == 3, "run should handle the three messages and return 3"
    assert emails.calls == [{"to": "ada@example.com"}, {"to": "alan@example.com"}], "Each task goes to its own handler"
    assert charges.calls == [{"order": 7}], "Each task goes to its own handler"
    assert worker.run() == 0, "With nothing left, run should return 0"


def test_a_failure_is_retried_later():
    """A task that fails goes back to the end of the queue, due after base_delay, one attempt counted."""
    handler = Handler(failures=1)
    broker, worker, clock = setup({"charge": handler}, base_delay=2.0)
    broker.enqueue("charge", {"order": 7}, "m1")
    clock.now = 10.0
    assert worker.run() == 1, "run at 10.0 should handle m1 once (it fails) and then find nothing due"
    assert broker.in_flight == {} and broker.dead_letters == [], (
        "A failed message should leave in_flight and go back to the queue, not to the dead letters"
    )
    assert broker.queue == [{"id": "m1", "task": "charge", "payload": {"order": 7}, "attempts": 1, "due": 12.0}], (
        "After the first failure at 10.0 with base_delay=2.0, m1 should be back in the queue with "
        f"attempts 1 and due 12.0 (now + base_delay); the queue is {broker.queue}"
    )
    clock.now = 11.9
    assert worker.run() == 0 and len(handler.calls) == 1, "At 11.9 the retry is not due yet: nothing should run"
    clock.now = 12.0
    assert worker.run() == 1 and len(handler.calls) == 2, "At 12.0 the retry is due: the handler should run again"
    assert (broker.queue, worker.done) == ([], {"m1"}), "The second try works: m1 is done and acked"


def test_the_delays_double_and_then_it_is_a_dead_letter():
    """Delays base_delay, 2 x, 4 x ...; after max_attempts failures the message is a dead letter."""
    handler = Handler(failures=99)
    broker, worker, clock = setup({"charge": handler}, max_attempts=4, base_delay=1.5)
    broker.enqueue("charge", {"order": 7}, "m1")
    dues = []
    for _ in range(3):
        worker.run()
        dues.append(broker.queue[0]["due"] if broker.queue else None)
        clock.now = dues[-1] if dues[-1] is not None else clock.now
    assert dues == [1.5, 4.5, 10.5], (
        "With base_delay=1.5 the retries should be due 1.5 s, then 3 s, then 6 s after each failure "
        f"(base_delay * 2 ** (attempts - 1)): at 1.5, 4.5 and 10.5; they were due at {dues}"
    )
    worker.run()
    assert len(handler.calls) == 4, f"With max_attempts=4 the handler should be tried 4 times, not {len(handler.calls)}"
    assert broker.queue == [] and broker.in_flight == {}, (
        "With max_attempts=4, the 4th failure is the last: the message should leave the queue for the dead letters"
    )
    assert broker.dead_letters == [{"id": "m1", "task": "charge", "payload": {"order": 7}, "attempts": 4,
                                    "due": 10.5, "error": "ConnectionError: payment service down"}], (
        "After 4 failures, m1 should be in broker.dead_letters with attempts 4 and "
        '"error": "ConnectionError: payment service down" (the class name and the message); '
        f"the dead letters are {broker.dead_letters}"
    )
    assert worker.done == set(), "A message that never worked is not done"


def test_default_attempts_and_delay():
    """By default: three attempts, the first retry after 1 second."""
    handler = Handler(failures=99, error=TimeoutError("bank did not answer"))
    broker, worker, clock = setup({"charge": handler})
    broker.enqueue("charge", {"order": 7}, "m1")
    worker.run()
    assert broker.queue[0]["due"] == 1.0, "By default base_delay is 1.0: the first retry is due 1 second later"
    clock.now = 100.0
    worker.run()
    clock.now = 200.0
    worker.run()
    assert len(handler.calls) == 3, f"By default max_attempts is 3: three tries, not {len(handler.calls)}"
    assert broker.dead_letters[0]["error"] == "TimeoutError: bank did not answer", (
        'The dead letter\'s "error" should be "TimeoutError: bank did not answer"'
    )


def test_an_unknown_task_is_a_dead_letter_at_once():
    """A task with no handler is never retried: it cannot work later either."""
    broker, worker, _clock = setup({"charge": Handler()})
    broker.enqueue("refund", {"order": 7}, "m1")
    assert worker.run() == 1, "run should handle the message (by giving up on it) and return 1"
    assert broker.dead_letters == [{"id": "m1", "task": "refund", "payload": {"order": 7}, "attempts": 0,
                                    "due": 0.0, "error": "unknown task 'refund'"}], (
        "A message whose task has no handler should go straight to the dead letters, attempts 0, with "
        f"\"error\": \"unknown task 'refund'\"; they are {broker.dead_letters}"
    )
    assert broker.queue == [] and broker.in_flight == {}, "It should not stay in the queue or in flight"


def test_a_message_delivered_twice_runs_once():
    """Tasks are idempotent: a message id already done is acked without running again."""
    handler = Handler()
    broker, worker, _clock = setup({"charge": handler})
    broker.enqueue("charge", {"order": 7}, "order-7")
    broker.enqueue("charge", {"order": 7}, "order-7")
    assert worker.run() == 2, "run should handle both deliveries and return 2"
    assert handler.calls == [{"order": 7}], (
        "The same message (id order-7) was delivered twice, as brokers sometimes do; the card must be "
        "charged once: skip a message whose id is in worker.done"
    )
    assert (broker.queue, broker.in_flight) == ([], {}), "The duplicate should be acked too"


def test_recover_puts_unacked_messages_back():
    """A worker that died after take never acked: recover puts its messages back in the queue."""
    handler = Handler()
    broker, worker, _clock = setup({"charge": handler})
    broker.enqueue("charge", {"order": 7}, "m1")
    broker.enqueue("charge", {"order": 8}, "m2")
    broker.enqueue("charge", {"order": 9}, "m3")
    broker.take(0.0)
    broker.take(0.0)
    assert broker.recover() == 2, "Two messages were taken and never acked: recover should return 2"
    assert [m["id"] for m in broker.queue] == ["m3", "m1", "m2"] and broker.in_flight == {}, (
        "recover should move m1 and m2 from in_flight back to the end of the queue, after m3"
    )
    assert worker.run() == 3 and len(handler.calls) == 3, "Then a worker handles all three"
    assert broker.recover() == 0, "With nothing in flight, recover returns 0"


def test_ack_of_an_unknown_message_is_an_error():
    """ack, retry and dead_letter raise KeyError for a message that is not in flight."""
    broker = tq.Broker()
    calls = {'ack("m9")': lambda: broker.ack("m9"), 'retry("m9", 1.0)': lambda: broker.retry("m9", 1.0),
             'dead_letter("m9", "x")': lambda: broker.dead_letter("m9", "x")}
    for shown, call in calls.items():
        try:
            call()
        except KeyError:
            continue
        pytest.fail(f"{shown} for a message that is not in flight should raise KeyError, as del or .pop(id) "
                    "on the in_flight dict do: a worker that acks a message twice has a bug worth seeing",
                    pytrace=False)
