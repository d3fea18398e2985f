import gc
import weakref

import pytest

from tree import Node


@pytest.fixture
def no_automatic_gc():
    """The cyclic collector off for one test, so only reference counting frees objects."""
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def family():
    """root -> a -> b, and root -> c."""
    root = Node("root")
    a = root.add(Node("a"))
    b = a.add(Node("b"))
    c = root.add(Node("c"))
    return root, a, b, c


def test_add_links_both_ways():
    """add appends the child and makes this node its parent."""
    root = Node("root")
    child = Node("a")
    returned = root.add(child)
    assert returned is child, "root.add(child) should return child, so that calls can be chained"
    assert root.children == [child], "After root.add(child), root.children should be [child]"
    assert child.parent is root, (
        "After root.add(child), child.parent should be root itself (if you keep a weak "
        "reference, call it: ref() gives the object back)"
    )
    assert root.parent is None, "A node that was never added anywhere has parent None"


def test_a_small_family():
    """parent and children of a tree of four nodes."""
    root, a, b, c = family()
    assert root.children == [a, c], "root.children should be [a, c], in the order they were added"
    assert a.children == [b] and b.children == [] and c.children == [], "a has one child b; b and c have none"
    assert b.parent is a and c.parent is root and a.parent is root, "Each node's parent should be the node it was added to"


def test_path():
    """path joins the names from the root down with '/'."""
    root, a, b, c = family()
    assert b.path() == "root/a/b", f"b.path() should be 'root/a/b', not {b.path()!r}"
    assert c.path() == "root/c", f"c.path() should be 'root/c', not {c.path()!r}"
    assert root.path() == "root", f"root.path() should be 'root', not {root.path()!r}"


def test_the_tree_is_freed_at_once(no_automatic_gc):
    """With the cyclic GC off, deleting the last name frees every node at once."""
    root, a, b, c = family()
    refs = {name: weakref.ref(node) for name, node in [("root", root), ("a", a), ("b", b), ("c", c)]}
    del root, a, b, c
    alive = sorted(name for name, ref in refs.items() if ref() is not None)
    assert alive == [], (
        f"After deleting every name, the nodes {alive} are still alive: a child that holds its "
        "parent and a parent that holds its child make a reference cycle, which reference "
        "counting cannot free. Keep the parent as weakref.ref(self) instead"
    )


def test_no_cycles_for_the_collector(no_automatic_gc):
    """Dropped trees leave nothing for the cyclic garbage collector to find."""
    for _ in range(20):
        root, a, b, c = family()
        b.add(Node("d")).add(Node("e"))
    del root, a, b, c
    found = gc.collect()
    assert found == 0, (
        f"gc.collect() found {found} unreachable objects in reference cycles after 20 trees "
        "were dropped; it should find 0: the parent link must not be a strong reference "
        "(use weakref.ref)"
    )


def test_a_child_outlives_its_parent():
    """When the parent is gone, parent is None and path starts at the child."""
    root = Node("root")
    a = root.add(Node("a"))
    b = a.add(Node("b"))
    del root
    assert a.parent is None, (
        "After the root was deleted (nothing else held it), a.parent should be None: the weak "
        "reference is dead, ref() gives None"
    )
    assert b.path() == "a/b", f"b.path() should now be 'a/b', not {b.path()!r}"


def test_detach():
    """detach takes a node out of its parent's children and makes it a root."""
    root, a, b, c = family()
    a.detach()
    assert root.children == [c], "After a.detach(), root.children should be [c]"
    assert a.parent is None, "After a.detach(), a.parent should be None"
    assert b.path() == "a/b", "After a.detach(), b.path() should be 'a/b': a is a root now"
    a.detach()  # a root: nothing to do
    assert a.parent is None and root.children == [c], "Detaching a root should change nothing"


def test_detach_when_the_parent_is_gone():
    """detach on a node whose parent was freed does nothing and does not fail."""
    root = Node("root")
    a = root.add(Node("a"))
    del root
    a.detach()
    assert a.parent is None and a.path() == "a", "a.detach() after its parent was freed should leave a as a root"
