from rosters import biggest_club, rosters


def example():
    """A fresh copy of the example choices."""
    return {
        "Cy": ["chess"],
        "Ada": ["chess", "choir"],
        "Bo": ["football", "chess"],
        "Dee": [],
    }


def test_example_rosters():
    """Turns the example choices into club rosters."""
    result = rosters(example())
    assert result is not None, "rosters should return a dictionary; it returned None"
    assert result == {"chess": ["Ada", "Bo", "Cy"], "choir": ["Ada"], "football": ["Bo"]}, (
        "rosters should return {'chess': ['Ada', 'Bo', 'Cy'], 'choir': ['Ada'], "
        "'football': ['Bo']} for the example"
    )


def test_each_club_has_its_own_list():
    """Puts a pupil only on the lists of the clubs they chose."""
    result = rosters({"Kim": ["art"], "Lu": ["band"]})
    assert result == {"art": ["Kim"], "band": ["Lu"]}, (
        "rosters({'Kim': ['art'], 'Lu': ['band']}) should return {'art': ['Kim'], 'band': "
        "['Lu']}. If every club lists everyone, every club shares one and the same list: "
        "give each club a new list of its own"
    )


def test_names_sorted():
    """Sorts the names on each list from A to Z."""
    result = rosters({"Zoe": ["drama"], "Max": ["drama"], "Ann": ["drama"]})
    assert result == {"drama": ["Ann", "Max", "Zoe"]}, (
        "The drama list should be ['Ann', 'Max', 'Zoe']: sort the names of each club A to Z"
    )


def test_leaves_choices_alone():
    """Does not change the choices it was given."""
    choices = example()
    rosters(choices)
    assert choices == example(), "rosters changed the choices dictionary it was given"


def test_biggest_club():
    """Finds the club with the most pupils, and breaks ties A to Z."""
    clubs = {"choir": ["Ada"], "chess": ["Ada", "Bo", "Cy"], "football": ["Bo"]}
    assert biggest_club(clubs) == "chess", (
        "biggest_club should return 'chess' for the example: it has the most pupils"
    )
    assert biggest_club({"tennis": ["Kim"], "art": ["Lu"], "band": ["Mo"]}) == "art", (
        "tennis, art and band have one pupil each, so biggest_club should return 'art', "
        "the name that comes first A to Z"
    )


def test_biggest_club_is_not_just_the_first_name():
    """Finds the biggest club even when its name comes last A to Z."""
    clubs = {"art": ["Kim"], "zumba": ["Lu", "Mo"], "band": ["Ned"]}
    assert biggest_club(clubs) == "zumba", (
        "zumba has 2 pupils and art and band 1 each, so biggest_club should return 'zumba': "
        "the size comes first, the name only breaks a tie"
    )
