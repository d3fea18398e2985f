class Channel:
    name = ""

    def send(self, text):
        return False


class ConsoleChannel(Channel):
    name = "console"

    def send(self, text):
        print(f"[console] {text}")
        return True


class LogChannel(Channel):
    name = "log"

    def __init__(self, limit):
        self.limit = limit
        self.lines = []

    def send(self, text):
        if len(self.lines) >= self.limit:
            return False
        self.lines.append(text)
        return True


def alert_all(channels, text):
    return [channel.name for channel in channels if not channel.send(text)]
