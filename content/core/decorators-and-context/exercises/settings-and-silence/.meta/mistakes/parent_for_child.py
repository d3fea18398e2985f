class TemporarySetting:
    """Set settings[key] = value for one with block, then put things back as they were."""

    def __init__(self, settings, key, value):
        self.settings = settings
        self.key = key
        self.value = value

    def __enter__(self):
        # Whether the key was there at all: an old value of None is still an old value.
        self.had_key = self.key in self.settings
        self.old = self.settings.get(self.key)
        self.settings[self.key] = self.value
        return self.settings

    def __exit__(self, exc_type, exc, traceback):
        # No look at exc_type: put things back in every case.
        if self.had_key:
            self.settings[self.key] = self.old
        else:
            del self.settings[self.key]
        return False


class Ignore:
    """Swallow errors of the given kinds in a with block, and keep the swallowed one."""

    def __init__(self, *kinds):
        self.kinds = kinds
        self.error = None

    def __enter__(self):
        self.error = None
        return self

    def __exit__(self, exc_type, exc, traceback):
        swallowed = exc_type is not None and any(issubclass(kind, exc_type) for kind in self.kinds)
        if swallowed:
            self.error = exc
        return swallowed
