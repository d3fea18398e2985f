from library import Library

TEXTS = {
    "a.txt": "the quick brown fox",
    "b.txt": "jumps over",
    "c.txt": "the lazy dog sleeps all day",
}


class Disk:
    """Reads the texts above and writes down every path it was asked for."""

    def __init__(self):
        self.reads = []

    def read(self, path):
        self.reads.append(path)
        return TEXTS[path]


def library():
    disk = Disk()
    return Library(disk.read), disk


def test_open_parses_and_counts_words():
    """open reads the document and returns its number of words."""
    lib, disk = library()
    assert lib.open("ann", "b.txt") == 2, "open('ann', 'b.txt') should return 2: 'jumps over' has 2 words"
    assert lib.open("ann", "a.txt") == 4, "open('ann', 'a.txt') should return 4: 'the quick brown fox' has 4 words"
    assert disk.reads == ["b.txt", "a.txt"], f"The disk was asked for {disk.reads}; expected ['b.txt', 'a.txt']: read(path) once per new document"
    assert lib.loaded() == ["a.txt", "b.txt"], f"loaded() should be ['a.txt', 'b.txt'] (sorted), not {lib.loaded()}"


def test_a_document_is_read_once_while_in_use():
    """Two readers of one path share one Document: the disk is read once."""
    lib, disk = library()
    lib.open("ann", "c.txt")
    assert lib.open("bob", "c.txt") == 6, "open('bob', 'c.txt') should return 6"
    lib.open("ann", "c.txt")
    assert disk.reads == ["c.txt"], (
        f"The disk was asked for {disk.reads}: while a reader holds c.txt, opening it again "
        "should give the Document in the cache, read once"
    )


def test_a_document_nobody_reads_leaves_memory():
    """When the last reader closes, the Document is freed and leaves the cache by itself."""
    lib, disk = library()
    lib.open("ann", "a.txt")
    lib.open("bob", "a.txt")
    lib.close("ann")
    assert lib.loaded() == ["a.txt"], "After ann closed, bob still reads a.txt: loaded() should be ['a.txt']"
    lib.close("bob")
    assert lib.loaded() == [], (
        f"After every reader closed a.txt, loaded() should be [], not {lib.loaded()}: a document "
        "no reader holds should leave memory. Keep the cache in a weakref.WeakValueDictionary, "
        "so it does not keep the documents alive, and let nothing else refer to them (a "
        "finalizer's callback included)"
    )


def test_reopening_reads_again():
    """A document opened again after it left memory is read from the disk again."""
    lib, disk = library()
    lib.open("ann", "b.txt")
    lib.close("ann")
    assert lib.open("cid", "b.txt") == 2, "open('cid', 'b.txt') should return 2"
    assert disk.reads == ["b.txt", "b.txt"], (
        f"The disk was asked for {disk.reads}; b.txt left memory when ann closed, so opening it "
        "again should read it again: ['b.txt', 'b.txt']"
    )
    assert lib.loaded() == ["b.txt"], "After cid opened b.txt, loaded() should be ['b.txt']"


def test_a_reader_holds_every_document_it_opened():
    """A reader keeps all its documents until it closes; close lets go of all of them."""
    lib, disk = library()
    lib.open("ann", "a.txt")
    lib.open("ann", "b.txt")
    lib.open("bob", "c.txt")
    assert lib.loaded() == ["a.txt", "b.txt", "c.txt"], (
        f"ann opened a.txt and b.txt, bob c.txt: loaded() should list all three, not {lib.loaded()}"
    )
    lib.close("ann")
    assert lib.loaded() == ["c.txt"], f"After ann closed, only bob's c.txt should be loaded, not {lib.loaded()}"
    lib.close("nobody")  # a reader who never opened anything
    assert lib.loaded() == ["c.txt"], "close('nobody') should do nothing"


def test_unloaded_documents_are_written_down():
    """A finalizer writes down each path when its Document is freed, in that order."""
    lib, disk = library()
    lib.open("ann", "a.txt")
    lib.open("bob", "b.txt")
    lib.open("bob", "c.txt")
    assert lib.unloaded == [], f"Nothing was freed yet: unloaded should be [], not {lib.unloaded}"
    lib.close("bob")
    assert sorted(lib.unloaded) == ["b.txt", "c.txt"], (
        f"After bob closed, unloaded should hold b.txt and c.txt, not {lib.unloaded}: register "
        "weakref.finalize(document, ...) for each new document, with a callback that appends its "
        "path (and does not refer to the document itself, or it would keep it alive)"
    )
    lib.close("ann")
    assert lib.unloaded[2:] == ["a.txt"], f"After ann closed, 'a.txt' should be added last, unloaded is {lib.unloaded}"
    lib.open("dan", "a.txt")
    lib.close("dan")
    assert lib.unloaded[3:] == ["a.txt"], (
        f"a.txt was read again and freed again: it should be written down a second time, "
        f"unloaded is {lib.unloaded}"
    )
