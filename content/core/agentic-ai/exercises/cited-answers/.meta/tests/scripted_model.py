"""A scripted model: it plays a language model by giving its replies one by one, and
writes down a copy of the messages it was shown at each call."""

import copy


class ModelOutOfReplies(RuntimeError):
    """The code asked the scripted model once more than the test expected."""


class ScriptedModel:
    def __init__(self, *replies, name="the model", log=None):
        self.replies = list(replies)
        self.name = name
        self.calls = []  # the messages of each call, copied when the call came
        self.log = log  # a list shared by several models: (name, messages) of every call, in order

    def __call__(self, messages):
        self.calls.append(copy.deepcopy(list(messages)))
        if self.log is not None:
            self.log.append((self.name, self.calls[-1]))
        if len(self.calls) > len(self.replies):
            raise ModelOutOfReplies(
                f"{self.name} was asked {len(self.calls)} time(s), but the test expected only "
                f"{len(self.replies)} call(s) here"
            )
        return self.replies[len(self.calls) - 1]
