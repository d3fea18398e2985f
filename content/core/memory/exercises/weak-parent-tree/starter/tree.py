"""A tree whose children know their parent without keeping it alive."""

from __future__ import annotations

import weakref


class Node:
    """One node: a name, its children (strong references) and its parent (a weak one)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.children: list[Node] = []
        self._parent = None  # the parent itself makes a reference cycle: what instead?

    @property
    def parent(self) -> Node | None:
        """The parent node, or None for a root or when the parent is gone."""
        raise NotImplementedError("parent is not written yet")

    def add(self, child: Node) -> Node:
        """Make child a child of this node, and return it."""
        raise NotImplementedError("add is not written yet")

    def detach(self) -> None:
        """Leave the parent: it forgets this node, and this node becomes a root."""
        raise NotImplementedError("detach is not written yet")

    def path(self) -> str:
        """The names from the root down to this node, joined with '/'."""
        raise NotImplementedError("path is not written yet")
