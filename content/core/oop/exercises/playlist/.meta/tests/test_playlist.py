from playlist import Playlist, Song

JUDE = Song("Hey Jude", "The Beatles", 431)
JOLENE = Song("Jolene", "Dolly Parton", 162)
HALLELUJAH = Song("Hallelujah", "Leonard Cohen", 279)


def road_trip():
    """A playlist of three songs, made with add()."""
    playlist = Playlist("Road trip")
    for song in (JUDE, JOLENE, HALLELUJAH):
        playlist.add(song)
    return playlist


def test_name_and_songs_given():
    """Playlist(name, songs) keeps the name and the songs given."""
    playlist = Playlist("Duets", [JOLENE, JUDE])
    assert playlist.name == "Duets", 'Playlist("Duets", ...).name should be "Duets"'
    assert len(playlist) == 2, (
        "Playlist(\"Duets\", [two songs]) should have len() 2: write __len__, "
        "returning the number of songs"
    )


def test_len_counts_added_songs():
    """len() counts the songs, and add() puts one more on."""
    assert len(Playlist("Empty")) == 0, 'len(Playlist("Empty")) should be 0'
    assert len(road_trip()) == 3, "After add() of three songs, len() should be 3"


def test_empty_playlist_is_false():
    """An empty playlist is false in an if, a full one true."""
    assert bool(Playlist("Empty")) is False, (
        'bool(Playlist("Empty")) should be False, like an empty list: Python uses __len__ for that'
    )
    assert bool(road_trip()) is True, "A playlist with songs should count as true"


def test_loops_over_songs_in_order():
    """for loops and list() give the songs in order, every time."""
    playlist = road_trip()
    titles = [song.title for song in playlist]
    assert titles == ["Hey Jude", "Jolene", "Hallelujah"], (
        "Looping over the playlist should give its songs in the order they were added: "
        "write __iter__, returning iter() of your list"
    )
    again = [song.title for song in playlist]
    assert again == titles, "A second loop over the same playlist should give the songs again"


def test_indexing_like_a_list():
    """playlist[i] gives a song by position, negative indexes included."""
    playlist = road_trip()
    assert playlist[0].title == "Hey Jude", (
        "playlist[0] should be the first song, Hey Jude: write __getitem__"
    )
    assert playlist[1].title == "Jolene", "playlist[1] should be the second song, Jolene"
    assert playlist[-1].title == "Hallelujah", "playlist[-1] should be the last song, Hallelujah"


def test_slices():
    """playlist[1:3] gives a list of those songs."""
    part = road_trip()[1:3]
    assert [song.title for song in part] == ["Jolene", "Hallelujah"], (
        "playlist[1:3] should give the second and the third song: pass the index on to your list"
    )


def test_in_looks_at_titles():
    """title in playlist is True when a song has that title."""
    playlist = road_trip()
    assert ("Jolene" in playlist) is True, (
        '"Jolene" in playlist should be True: write __contains__, comparing the titles of the songs'
    )
    assert ("Hey Jude" in playlist) is True, '"Hey Jude" in playlist should be True'
    assert ("Yesterday" in playlist) is False, '"Yesterday" in playlist should be False'


def test_total_seconds():
    """total_seconds adds up the lengths of all songs."""
    assert road_trip().total_seconds == 872, (
        "total_seconds of songs of 431, 162 and 279 seconds should be 872: "
        "make it a property (@property) that adds up song.seconds"
    )
    assert Playlist("Empty").total_seconds == 0, "An empty playlist should have total_seconds 0"


def test_playlists_are_separate():
    """Each playlist keeps its own songs."""
    first = Playlist("One")
    second = Playlist("Two")
    first.add(JUDE)
    assert len(second) == 0, (
        "Adding a song to one playlist should not change another: make the list in __init__, "
        "not in the class body or as a default value"
    )
