"""A tree whose children know their parent without keeping it alive."""

from __future__ import annotations

import weakref


class Node:
    """One node: a name, its children (strong references) and its parent (a weak one)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.children: list[Node] = []
        self._parent: weakref.ref[Node] | None = None

    @property
    def parent(self) -> Node | None:
        """The parent node, or None for a root or when the parent is gone."""
        return self._parent

    def add(self, child: Node) -> Node:
        """Make child a child of this node, and return it."""
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child

    def detach(self) -> None:
        """Leave the parent: it forgets this node, and this node becomes a root."""
        parent = self.parent
        if parent is not None:
            parent.children.remove(self)
        self._parent = None

    def path(self) -> str:
        """The names from the root down to this node, joined with '/'."""
        names = []
        node: Node | None = self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return "/".join(reversed(names))
