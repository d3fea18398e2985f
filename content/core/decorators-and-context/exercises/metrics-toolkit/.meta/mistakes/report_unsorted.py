import functools
import time
from contextlib import contextmanager


class Metrics:
    """Count events and time blocks and calls; report() sums them up."""

    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        # Made here, in __init__: every Metrics object has its own.
        self.counts = {}
        self.timings = {}

    def increment(self, name, amount=1):
        """Add amount to the counter called name."""
        self.counts[name] = self.counts.get(name, 0) + amount

    @contextmanager
    def timer(self, name):
        """Time a with block and add its duration to timings[name], even if it raises."""
        start = self.clock()
        try:
            yield
        finally:
            self.timings.setdefault(name, []).append(self.clock() - start)

    def counted(self, name):
        """Decorator: count every call under name, and the failed ones under name.failed."""

        def decorator(func):
            @functools.wraps(func)
            def wrapper(*args, **kwargs):
                self.increment(name)
                try:
                    return func(*args, **kwargs)
                except Exception:
                    self.increment(f"{name}.failed")
                    raise

            return wrapper

        return decorator

    def timed(self, name):
        """Decorator: time every call with timer(name)."""

        def decorator(func):
            @functools.wraps(func)
            def wrapper(*args, **kwargs):
                with self.timer(name):
                    return func(*args, **kwargs)

            return wrapper

        return decorator

    def report(self):
        """One line per counter, then one per timer, each group sorted by name."""
        lines = [f"{name}: {count}" for name, count in self.counts.items()]
        for name, times in sorted(self.timings.items()):
            lines.append(
                f"{name}: {len(times)} x, total {sum(times):.3f} s, slowest {max(times):.3f} s"
            )
        return "\n".join(lines)
