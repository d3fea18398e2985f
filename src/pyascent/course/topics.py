"""The catalogue of topic ids the built-in course must cover (data in topics.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Topic:
    id: str
    module: str
    phase: int
    about: str


@dataclass(frozen=True)
class TopicCatalogue:
    topics: tuple[Topic, ...]
    phase_titles: dict[int, str]

    def ids(self) -> set[str]:
        return {t.id for t in self.topics}

    def get(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)


@cache
def topic_catalogue() -> TopicCatalogue:
    """Load the packaged catalogue once per process."""
    text = resources.files("pyascent.course").joinpath("topics.toml").read_text("utf-8")
    data = tomllib.loads(text)
    topics = tuple(
        Topic(id=t["id"], module=m["id"], phase=m["phase"], about=t.get("about", ""))
        for m in data["module"]
        for t in m["topic"]
    )
    titles = {p["number"]: p["title"] for p in data["phase"]}
    return TopicCatalogue(topics=topics, phase_titles=titles)
