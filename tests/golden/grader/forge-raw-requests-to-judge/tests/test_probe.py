# HIDDEN-TEST-CANARY: this text must never reach a learner.
from adder import probe

SECRET = "HIDDEN-TEST-CANARY: in the judge's globals"
EXPECTED = "an answer only the judge knows"


def make_callback():
    hidden = "HIDDEN-TEST-CANARY: in a closure"

    def callback(value):
        return value == hidden

    callback._secret = SECRET
    return callback


def test_hand_made_requests():
    assert probe(make_callback()) == EXPECTED
