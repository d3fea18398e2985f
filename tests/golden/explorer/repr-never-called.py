class Loud:
    def __repr__(self):
        raise RuntimeError("the explorer must never call this")

    def __str__(self):
        raise RuntimeError("nor this")


item = Loud()
item.size = 3
