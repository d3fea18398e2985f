# Import the random module here.


def roll_dice(count, sides, seed):
    """Return a list of count rolls of a die with sides sides, made by random.Random(seed)."""
    # Replace `pass` with your code.
    pass


def shuffled(items, seed):
    """Return a new list with the items mixed by random.Random(seed). Do not change items."""
    # Replace `pass` with your code.
    pass
