from collections.abc import Iterable, Iterator
from typing import NamedTuple


class Song(NamedTuple):
    """One song: already written for you."""

    title: str
    artist: str
    seconds: int


class Playlist:
    """Songs in order: works with len(), for loops, indexing and `in`."""

    def __init__(self, name: str, songs: Iterable[Song] = ()) -> None:
        self.name = name
        self._songs = list(songs)  # our own list: a copy of what we were given

    def add(self, song: Song) -> None:
        """Put song at the end of the playlist."""
        self._songs.append(song)

    def __len__(self) -> int:
        return len(self._songs)

    def __iter__(self) -> Iterator[Song]:
        return iter(self._songs)

    def __getitem__(self, index):  # an int gives a Song, a slice a list of songs
        return self._songs[index]

    def __contains__(self, title: object) -> bool:
        return any(song.title == title for song in self._songs)

    @property
    def total_seconds(self) -> int:
        """The length of all songs together."""
        return sum(song.seconds for song in self._songs)
