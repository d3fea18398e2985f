import itertools

import pytest

from turns import round_robin


class Queue:
    """One person's queue of jobs, handed out one at a time.

    It counts the jobs taken and how often it was asked for one (a last ask finds it
    empty). Without a list of jobs it sends "<name>-1", "<name>-2", ... without end,
    but stops after 200, so that code which reads everything first fails with a clear
    message instead of running for ever.
    """

    def __init__(self, name, jobs=None):
        if jobs is None:
            jobs = (f"{name}-{n}" for n in range(1, 201))
        self._jobs = iter(jobs)
        self.name = name
        self.taken = 0
        self.asked = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.asked += 1
        job = next(self._jobs)
        self.taken += 1
        return job


def jobs(*queues, limit=100):
    """At most `limit` jobs that round_robin gives, with a clear failure without iter()."""
    try:
        return list(itertools.islice(round_robin(*queues), limit))
    except TypeError as error:
        if "is not an iterator" not in str(error):
            raise
        pytest.fail(
            f"next() stopped with TypeError ({error}). A list or a string is iterable but "
            "not an iterator, so next() does not work on it: call iter() on each queue "
            "first, and keep those iterators in the rotation",
            pytrace=False,
        )


def test_example():
    """Takes one job from each queue in turn; a queue that runs out drops out."""
    result = jobs(["ada-1", "ada-2", "ada-3"], ["bo-1"], ["cy-1", "cy-2"])
    assert result == ["ada-1", "bo-1", "cy-1", "ada-2", "cy-2", "ada-3"], (
        "For the queues [ada-1, ada-2, ada-3], [bo-1] and [cy-1, cy-2] the order should be "
        "ada-1, bo-1, cy-1, ada-2, cy-2, ada-3: one job from each queue in turn, and when a "
        "queue is empty the others carry on (do not stop at the shortest, as zip() does)"
    )


def test_any_iterables():
    """Each queue can be any iterable: strings, ranges, tuples."""
    assert jobs("ABC", "D", "EF") == ["A", "D", "E", "B", "F", "C"], (
        'round_robin("ABC", "D", "EF") should give A, D, E, B, F, C: call iter() on each '
        "queue, so that next() works on strings and lists too"
    )
    assert jobs(range(3), (10, 11)) == [0, 10, 1, 11, 2], "round_robin(range(3), (10, 11)) should give 0, 10, 1, 11, 2"


def test_one_queue_and_none():
    """One queue gives its jobs in order; no queues, or empty ones, give nothing."""
    assert jobs(["a", "b", "c"]) == ["a", "b", "c"], 'round_robin(["a", "b", "c"]) should give a, b, c'
    assert jobs() == [], "round_robin() with no queues should give nothing"
    assert jobs([], [], []) == [], "round_robin([], [], []) should give nothing: every queue is empty"
    assert jobs([], ["x"], []) == ["x"], 'round_robin([], ["x"], []) should give just "x"'


def test_jobs_can_be_anything():
    """A job that is None, 0 or an empty string is a job like any other."""
    assert jobs([None, 0], [""], [False]) == [None, "", False, 0], (
        'round_robin([None, 0], [""], [False]) should give None, "", False, 0: None, 0, "" '
        "and False are jobs too; only StopIteration means a queue is empty"
    )


def test_takes_a_job_only_when_it_is_that_queues_turn():
    """Works lazily on queues that never end."""
    ada, cy = Queue("ada"), Queue("cy")
    turns = round_robin(ada, cy)
    assert (ada.taken, cy.taken) == (0, 0), (
        "Calling round_robin(...) already took jobs: a generator function runs nothing "
        "until next() asks for the first job"
    )
    assert list(itertools.islice(turns, 5)) == ["ada-1", "cy-1", "ada-2", "cy-2", "ada-3"], (
        "Two queues that never end should take turns: ada-1, cy-1, ada-2, cy-2, ada-3"
    )
    assert (ada.taken, cy.taken) == (3, 2), (
        f"After 5 jobs, round_robin took {ada.taken} jobs from ada and {cy.taken} from cy: it "
        "should have taken 3 and 2, a job from a queue only when it is that queue's turn "
        "(do not turn the queues into lists first: they may never end)"
    )


def test_an_empty_queue_is_not_asked_again():
    """A queue that has run out leaves the rotation for good."""
    ada, bo, cy = Queue("ada"), Queue("bo", ["bo-1", "bo-2"]), Queue("cy")
    result = jobs(ada, bo, cy, limit=12)
    assert result == [
        "ada-1", "bo-1", "cy-1",
        "ada-2", "bo-2", "cy-2",
        "ada-3", "cy-3",
        "ada-4", "cy-4",
        "ada-5", "cy-5",
    ], (
        "When bo's two jobs are done, ada and cy should carry on taking turns: "
        "ada-3, cy-3, ada-4, cy-4, ..."
    )
    assert bo.asked == 3, (
        f"bo's queue was asked for a job {bo.asked} times: it has 2 jobs, so it should be "
        "asked 3 times (the third ask finds it empty) and then never again: once next() "
        "raises StopIteration, take the queue out of the rotation"
    )
