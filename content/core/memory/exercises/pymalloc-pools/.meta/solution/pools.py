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
        self._pools: dict[tuple[int, int], _Pool] = {}  # pools with at least one block in use
        self._arenas: set[int] = set()  # arenas taken from the operating system

    def block_size(self, nbytes: int) -> int:
        """The size class of a request: rounded up to a multiple of the alignment."""
        if not 1 <= nbytes <= self.small_limit:
            raise ValueError(f"pymalloc serves requests of 1 to {self.small_limit} bytes, not {nbytes}")
        return (nbytes + self.alignment - 1) // self.alignment * self.alignment

    def blocks_per_pool(self, nbytes: int) -> int:
        """How many blocks of this request's size class fit in one pool after its header."""
        return (self.pool_size - self.pool_header) // self.block_size(nbytes)

    def allocate(self, nbytes: int) -> tuple[int, int, int] | None:
        """The (arena, pool, block) that serves the request, or None for malloc's requests."""
        if nbytes > self.small_limit:
            return None
        size = self.block_size(nbytes)
        for key in sorted(self._pools):
            pool = self._pools[key]
            if pool.size == size and pool.has_room():
                return (key[0], key[1], pool.take())
        key = self._empty_pool()
        pool = self._pools[key] = _Pool(size, self.blocks_per_pool(nbytes))
        return (key[0], key[1], pool.take())

    def _empty_pool(self) -> tuple[int, int]:
        """The first empty pool of an arena we hold, else pool 0 of a new arena."""
        empty = [
            (arena, number)
            for arena in self._arenas
            for number in range(self.pools_per_arena)
            if (arena, number) not in self._pools
        ]
        if empty:
            return min(empty)
        arena = 0
        while arena in self._arenas:
            arena += 1
        self._arenas.add(arena)
        return (arena, 0)

    def free(self, address: tuple[int, int, int]) -> None:
        """Give a block back; an empty pool forgets its size class, an empty arena goes back."""
        arena, number, block = address
        pool = self._pools.get((arena, number))
        if pool is None or block not in pool.used:
            raise ValueError(f"block {address} is not allocated")
        pool.give_back(block)
        if not pool.used:
            del self._pools[(arena, number)]
            if not any(key[0] == arena for key in self._pools):
                self._arenas.discard(arena)

    @property
    def arenas_in_use(self) -> int:
        """How many arenas are taken from the operating system right now."""
        return len(self._arenas)


class _Pool:
    """One pool: blocks of one size, a list of freed blocks and a mark of the never used."""

    def __init__(self, size: int, capacity: int) -> None:
        self.size = size
        self.capacity = capacity
        self.next_fresh = 0  # blocks from here on were never handed out
        self.freed: list[int] = []  # the most recently freed last
        self.used: set[int] = set()

    def has_room(self) -> bool:
        return bool(self.freed) or self.next_fresh < self.capacity

    def take(self) -> int:
        if self.freed:
            block = self.freed.pop()
        else:
            block = self.next_fresh
            self.next_fresh += 1
        self.used.add(block)
        return block

    def give_back(self, block: int) -> None:
        self.used.remove(block)
        self.freed.append(block)
