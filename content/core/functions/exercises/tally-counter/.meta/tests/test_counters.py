from counters import make_counter, make_scoreboard


def test_counts_up_by_one():
    """A default counter returns 1, 2, 3 on its first three calls."""
    clicks = make_counter()
    results = [clicks(), clicks(), clicks()]
    assert results == [1, 2, 3], (
        "Calling the counter from make_counter() three times should return 1, 2 and 3: "
        "the total must grow from one call to the next"
    )


def test_start_and_step():
    """Starts from start and adds step at each call."""
    by_five = make_counter(10, 5)
    results = [by_five(), by_five()]
    assert results == [15, 20], "The counter from make_counter(10, 5) should return 15, then 20"


def test_counters_count_on_their_own():
    """Two counters do not share their total."""
    clicks = make_counter()
    likes = make_counter()
    clicks()
    clicks()
    assert likes() == 1, (
        "A second counter should start at 1, whatever the first one did: "
        "each counter counts on its own (no global variables)"
    )
    assert clicks() == 3, "The first counter should go on with 3 after the second one was used"


def test_scoreboard_adds_points():
    """add_point gives one more point and returns the new score."""
    add_point, score_of = make_scoreboard()
    assert add_point("Ada") == 1, 'On a new scoreboard, add_point("Ada") should return 1'
    assert add_point("Ada") == 2, 'A second add_point("Ada") should return 2'
    add_point("Alan")
    assert score_of("Ada") == 2, 'After two points for Ada and one for Alan, score_of("Ada") should return 2'
    assert score_of("Alan") == 1, 'score_of("Alan") should return 1'


def test_unknown_name_scores_zero():
    """score_of returns 0 for a name without points."""
    add_point, score_of = make_scoreboard()
    assert score_of("Grace") == 0, 'score_of("Grace") should return 0 when Grace has no points yet'


def test_scoreboards_are_separate():
    """Each scoreboard keeps its own scores."""
    add_first, score_first = make_scoreboard()
    add_second, score_second = make_scoreboard()
    add_first("Ada")
    add_first("Ada")
    assert score_second("Ada") == 0, (
        "A point on one scoreboard should not show on another: "
        "each scoreboard keeps its own scores (make the dictionary inside make_scoreboard)"
    )
    assert add_second("Ada") == 1, 'The first add_point("Ada") on a new scoreboard should return 1'
