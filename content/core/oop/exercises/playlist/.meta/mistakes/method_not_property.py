from typing import NamedTuple


class Song(NamedTuple):
    title: str
    artist: str
    seconds: int


class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self._songs = list(songs)

    def add(self, song):
        self._songs.append(song)

    def __len__(self):
        return len(self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __getitem__(self, index):
        return self._songs[index]

    def __contains__(self, title):
        return any(song.title == title for song in self._songs)

    def total_seconds(self):
        return sum(song.seconds for song in self._songs)
