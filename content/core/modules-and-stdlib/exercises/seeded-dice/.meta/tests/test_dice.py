import random

from dice import roll_dice, shuffled


def expected_rolls(count, sides, seed):
    rng = random.Random(seed)
    return [rng.randint(1, sides) for _ in range(count)]


def test_rolls_come_from_the_seed():
    """Rolls five 6-sided dice with seed 42."""
    assert roll_dice(5, 6, 42) == expected_rolls(5, 6, 42), (
        "roll_dice(5, 6, 42) should return [6, 1, 1, 6, 3]: the rolls of random.Random(42), "
        "one randint(1, 6) per die"
    )


def test_same_seed_gives_same_rolls():
    """Replays: the same seed gives the same rolls every time."""
    first = roll_dice(10, 20, 7)
    second = roll_dice(10, 20, 7)
    assert second == first, (
        "Calling roll_dice(10, 20, 7) twice should give the same rolls: the same seed gives the same rolls"
    )
    assert first == expected_rolls(10, 20, 7), (
        "roll_dice(10, 20, 7) should return the rolls of random.Random(7) with randint(1, 20)"
    )


def test_rolls_go_from_one_to_sides():
    """Every face from 1 to 6 can come up, and nothing else."""
    rolls = roll_dice(300, 6, 1)
    assert len(rolls) == 300, "roll_dice(300, 6, 1) should return 300 rolls"
    assert sorted(set(rolls)) == [1, 2, 3, 4, 5, 6], (
        "In 300 rolls of a 6-sided die every face should come up: rolls are whole numbers "
        "from 1 to 6, both included"
    )


def test_number_of_rolls():
    """Rolls exactly count dice, even none."""
    assert roll_dice(0, 6, 3) == [], "roll_dice(0, 6, 3) should return an empty list"
    assert len(roll_dice(12, 8, 3)) == 12, "roll_dice(12, 8, 3) should return 12 rolls"


def test_shuffled_leaves_the_list_alone():
    """shuffled() gives a new list and leaves the one it was given as it was."""
    players = ["Ada", "Bob", "Cy", "Dee"]
    result = shuffled(players, 1)
    assert result is not None, "shuffled should return the mixed list; it returned None"
    assert players == ["Ada", "Bob", "Cy", "Dee"], (
        "shuffled changed the list it was given: shuffle a copy, not the original"
    )
    assert sorted(result) == ["Ada", "Bob", "Cy", "Dee"], (
        "shuffled should return the same items, only in another order"
    )


def test_shuffled_follows_the_seed():
    """Mixes the list the way random.Random(seed).shuffle() does."""
    players = ["Ada", "Bob", "Cy", "Dee", "Eve", "Fay"]
    mixed = players.copy()
    random.Random(5).shuffle(mixed)
    assert shuffled(players, 5) == mixed, (
        "shuffled(players, 5) should mix a copy of players with random.Random(5).shuffle()"
    )
