from grouping import by_length, count_by, group_by, team_rosters, vote_count

WORDS = ["fig", "kiwi", "plum", "apple", "pear", "lime", "melon"]


def test_group_by_length():
    """group_by puts items with the same key in one list, in their order."""
    assert group_by(WORDS, len) == {3: ["fig"], 4: ["kiwi", "plum", "pear", "lime"], 5: ["apple", "melon"]}, (
        "group_by(words, len) should give {3: ['fig'], 4: ['kiwi', 'plum', 'pear', 'lime'], "
        "5: ['apple', 'melon']}: every item goes into the list of its key, in the order the items come"
    )


def test_group_by_calls_the_key_function():
    """group_by works with any key function, such as a lambda."""
    assert group_by([1, 2, 3, 4, 5], lambda n: n % 2 == 0) == {False: [1, 3, 5], True: [2, 4]}, (
        "group_by([1, 2, 3, 4, 5], lambda n: n % 2 == 0) should give {False: [1, 3, 5], True: [2, 4]}: "
        "the key of each group is what key(item) returns"
    )
    assert group_by([], len) == {}, "group_by([], len) should give an empty dict"


def test_count_by():
    """count_by counts the items of each key."""
    assert count_by(WORDS, len) == {3: 1, 4: 4, 5: 2}, (
        "count_by(words, len) should give {3: 1, 4: 4, 5: 2}: for each key, how many items have it"
    )
    assert count_by("banana", lambda letter: letter) == {"b": 1, "a": 3, "n": 2}, (
        'count_by("banana", lambda letter: letter) should give {"b": 1, "a": 3, "n": 2}'
    )


def test_by_length():
    """by_length groups words by their length."""
    assert by_length(["sun", "moon", "sky", "stars"]) == {3: ["sun", "sky"], 4: ["moon"], 5: ["stars"]}, (
        'by_length(["sun", "moon", "sky", "stars"]) should give {3: ["sun", "sky"], 4: ["moon"], 5: ["stars"]}'
    )


def test_team_rosters():
    """team_rosters lists the players' names by team."""
    players = [("ada", "red"), ("bo", "blue"), ("cy", "red"), ("di", "green"), ("ed", "blue")]
    assert team_rosters(players) == {"red": ["ada", "cy"], "blue": ["bo", "ed"], "green": ["di"]}, (
        "team_rosters([('ada', 'red'), ('bo', 'blue'), ('cy', 'red'), ('di', 'green'), ('ed', 'blue')]) "
        "should give {'red': ['ada', 'cy'], 'blue': ['bo', 'ed'], 'green': ['di']}: "
        "group by the team (the second value), then keep only the names"
    )


def test_vote_count_ignores_case_and_spaces():
    """vote_count counts "Tea", "tea" and " tea " as one choice."""
    votes = ["Tea", "coffee", " tea ", "TEA", "Coffee", "juice"]
    assert vote_count(votes) == {"tea": 3, "coffee": 2, "juice": 1}, (
        'vote_count(["Tea", "coffee", " tea ", "TEA", "Coffee", "juice"]) should give '
        '{"tea": 3, "coffee": 2, "juice": 1}: strip the spaces and lower the case of each vote'
    )
