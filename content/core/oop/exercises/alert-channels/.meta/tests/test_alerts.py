from alerts import Channel, ConsoleChannel, LogChannel, alert_all


class Pager:
    """A channel written by the tests: it inherits from nothing in alerts.py."""

    def __init__(self, name, works=True):
        self.name = name
        self.works = works
        self.received = []

    def send(self, text):
        self.received.append(text)
        return self.works


def attempt(action, *args):
    """Run action(*args): give back the name of the error it raised, or a note that it raised none."""
    try:
        action(*args)
    except Exception as error:
        return type(error).__name__
    return "no error"


def test_channel_is_a_protocol():
    """Channel is a protocol, so Channel() cannot be made."""
    assert attempt(Channel) == "TypeError", (
        "Channel() should raise TypeError: write class Channel(Protocol), with Protocol from typing"
    )


def test_console_channel(capsys):
    """ConsoleChannel prints the alert and reports success."""
    console = ConsoleChannel()
    assert console.name == "console", 'ConsoleChannel().name should be "console"'
    assert console.send("Disk full") is True, "ConsoleChannel().send(...) should return True"
    assert capsys.readouterr().out == "[console] Disk full\n", (
        'send("Disk full") should print the line [console] Disk full'
    )


def test_log_channel_keeps_lines():
    """LogChannel keeps the texts it was sent, in order."""
    log = LogChannel(3)
    assert log.name == "log", 'LogChannel(3).name should be "log"'
    assert log.lines == [], "A new LogChannel should have an empty list of lines"
    assert log.send("one") is True, "send() on a log with room should return True"
    log.send("two")
    assert log.lines == ["one", "two"], 'After send("one") and send("two"), lines should be ["one", "two"]'


def test_log_channel_limit():
    """A full LogChannel keeps nothing more and returns False."""
    log = LogChannel(2)
    log.send("one")
    assert log.send("two") is True, "LogChannel(2) should accept a second line"
    assert log.send("three") is False, (
        "LogChannel(2) already holding 2 lines should return False from send(): it is full"
    )
    assert log.lines == ["one", "two"], "A full log should not keep the third line"


def test_logs_are_separate():
    """Each LogChannel has its own lines."""
    first, second = LogChannel(5), LogChannel(5)
    first.send("hello")
    assert second.lines == [], (
        "Sending on one log should not change another: make the list in __init__ (self.lines = [])"
    )


def test_alert_all_succeeds(capsys):
    """alert_all sends on every channel and returns [] when all went well."""
    log = LogChannel(5)
    failed = alert_all([ConsoleChannel(), log], "Too hot")
    assert failed == [], "When every channel works, alert_all should return an empty list"
    assert log.lines == ["Too hot"], "alert_all should send the text on the log too"
    assert capsys.readouterr().out == "[console] Too hot\n", "alert_all should send the text on the console"


def test_alert_all_reports_failures():
    """alert_all returns the names of the channels that failed, in order."""
    full = LogChannel(0)
    failed = alert_all([full, LogChannel(1), full], "Too hot")
    assert failed == ["log", "log"], (
        "With a full log, a log with room and the full log again, alert_all should return "
        '["log", "log"]: the names of the channels whose send() returned False, in order'
    )


def test_any_channel_with_send_works():
    """Objects of any class with a name and a send method work, even the tests' own."""
    pager = Pager("pager")
    broken = Pager("old pager", works=False)
    failed = alert_all([pager, LogChannel(5), broken], "Too hot")
    assert pager.received == ["Too hot"], (
        "alert_all should send on every channel that has a send method, whatever its class: "
        "do not check the class with isinstance"
    )
    assert broken.received == ["Too hot"], "alert_all should send on the broken pager too"
    assert failed == ["old pager"], (
        'With a working pager, a log and a broken pager, alert_all should return ["old pager"]'
    )
