class Timer:
    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, kind, value, trace):
        self.entered = False
        return False


with Timer() as timer:
    inside = timer.entered
print(inside, timer.entered)
