"""A model of pymalloc, CPython's allocator for small objects: arenas, pools and blocks."""


class SmallObjectAllocator:
    """Hands out blocks of memory as (arena, pool, block) numbers, by pymalloc's rules."""

    def __init__(
        self,
        pool_size: int = 16384,
        arena_size: int = 1048576,
        pool_header: int = 48,
        alignment: int = 16,
        small_limit: int = 512,
    ) -> None:
        self.pool_size = pool_size
        self.arena_size = arena_size
        self.pool_header = pool_header
        self.alignment = alignment
        self.small_limit = small_limit
        self.pools_per_arena = arena_size // pool_size
        # Your bookkeeping here: which pools are in use, for which size class, which
        # blocks are free in each, and which arenas you hold.

    def block_size(self, nbytes: int) -> int:
        """The size class of a request: rounded up to a multiple of the alignment."""
        raise NotImplementedError("block_size is not written yet")

    def blocks_per_pool(self, nbytes: int) -> int:
        """How many blocks of this request's size class fit in one pool after its header."""
        raise NotImplementedError("blocks_per_pool is not written yet")

    def allocate(self, nbytes: int) -> tuple[int, int, int] | None:
        """The (arena, pool, block) that serves the request, or None for malloc's requests."""
        raise NotImplementedError("allocate is not written yet")

    def free(self, address: tuple[int, int, int]) -> None:
        """Give a block back; an empty pool forgets its size class, an empty arena goes back."""
        raise NotImplementedError("free is not written yet")

    @property
    def arenas_in_use(self) -> int:
        """How many arenas are taken from the operating system right now."""
        raise NotImplementedError("arenas_in_use is not written yet")
