import pytest

from pools import SmallObjectAllocator

# A tiny allocator whose pools fill up after a few blocks: 256-byte pools with a 48-byte
# header, 4 pools in a 1 KiB arena. 16-byte blocks: 13 per pool, 32: 6, 48: 4, 64: 3.
TINY = {"pool_size": 256, "arena_size": 1024, "pool_header": 48, "alignment": 16, "small_limit": 64}


def tiny():
    return SmallObjectAllocator(**TINY)


def test_defaults_are_cpythons():
    """The defaults are CPython's on a 64-bit machine since 3.10."""
    allocator = SmallObjectAllocator()
    found = (
        allocator.pool_size,
        allocator.arena_size,
        allocator.pool_header,
        allocator.alignment,
        allocator.small_limit,
        allocator.pools_per_arena,
    )
    assert found == (16384, 1048576, 48, 16, 512, 64), (
        "SmallObjectAllocator() should keep pool_size 16384, arena_size 1048576, pool_header 48, "
        "alignment 16, small_limit 512 and pools_per_arena 64 (the starter's __init__ does: "
        "keep it)"
    )


def test_block_size_rounds_up_to_the_alignment():
    """block_size rounds a request up to the next multiple of 16."""
    allocator = SmallObjectAllocator()
    for nbytes, expected in [(1, 16), (8, 16), (16, 16), (17, 32), (100, 112), (511, 512), (512, 512)]:
        assert allocator.block_size(nbytes) == expected, (
            f"block_size({nbytes}) should be {expected}: round up to a multiple of the alignment "
            "(16), never down"
        )


def test_block_size_follows_the_alignment_given():
    """With alignment=8 (older CPythons), sizes are rounded to multiples of 8."""
    allocator = SmallObjectAllocator(pool_size=4096, arena_size=262144, alignment=8, small_limit=256)
    for nbytes, expected in [(1, 8), (8, 8), (9, 16), (255, 256)]:
        assert allocator.block_size(nbytes) == expected, (
            f"With alignment=8, block_size({nbytes}) should be {expected}: use self.alignment"
        )


def test_requests_outside_the_small_range():
    """block_size refuses 0 bytes and requests above small_limit; allocate refuses 0 bytes."""
    allocator = SmallObjectAllocator()
    for nbytes in [0, -5, 513]:
        with pytest.raises(ValueError) as caught:
            allocator.block_size(nbytes)
            pytest.fail(
                f"block_size({nbytes}) should raise ValueError: pymalloc serves 1 to 512 bytes",
                pytrace=False,
            )
        expected = f"pymalloc serves requests of 1 to 512 bytes, not {nbytes}"
        assert str(caught.value) == expected, (
            f"block_size({nbytes}) should raise ValueError('{expected}')"
        )
    with pytest.raises(ValueError):
        allocator.allocate(0)
        pytest.fail("allocate(0) should raise ValueError: there is no 0-byte block", pytrace=False)
    small = tiny()
    with pytest.raises(ValueError):
        small.block_size(65)
        pytest.fail("With small_limit=64, block_size(65) should raise ValueError", pytrace=False)
    assert small.block_size(64) == 64, "With small_limit=64, block_size(64) should be 64: the limit itself is small"


def test_blocks_per_pool():
    """A pool holds (pool_size - pool_header) // block_size blocks."""
    allocator = SmallObjectAllocator()
    for nbytes, expected in [(16, 1021), (10, 1021), (256, 63), (500, 31)]:
        assert allocator.blocks_per_pool(nbytes) == expected, (
            f"blocks_per_pool({nbytes}) should be {expected}: the 48-byte header leaves 16336 bytes "
            "of the 16384-byte pool, divided by the request's block size (rounded down)"
        )
    assert tiny().blocks_per_pool(32) == 6, "In the tiny allocator, blocks_per_pool(32) should be (256 - 48) // 32 = 6"


def test_large_requests_go_to_malloc():
    """Requests above small_limit are not pymalloc's: allocate gives None and opens no arena."""
    allocator = SmallObjectAllocator()
    assert allocator.allocate(513) is None, "allocate(513) should return None: above 512 bytes CPython calls malloc"
    assert allocator.allocate(100_000) is None, "allocate(100000) should return None"
    assert allocator.arenas_in_use == 0, "A request for malloc should not open an arena (arenas_in_use should stay 0)"
    assert allocator.allocate(512) == (0, 0, 0), "allocate(512) is still small: it should give (0, 0, 0)"


def test_first_allocations():
    """Each size class gets a pool of its own; blocks are handed out from 0."""
    allocator = SmallObjectAllocator()
    assert allocator.arenas_in_use == 0, "A new allocator holds no arena yet"
    got = [allocator.allocate(n) for n in (10, 16, 17, 5, 32, 200)]
    assert got == [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 0, 2), (0, 1, 1), (0, 2, 0)], (
        f"allocate(10), (16), (17), (5), (32), (200) gave {got}; expected [(0, 0, 0), (0, 0, 1), "
        "(0, 1, 0), (0, 0, 2), (0, 1, 1), (0, 2, 0)]: 10, 16 and 5 bytes share the 16-byte pool 0, "
        "17 and 32 bytes the 32-byte pool 1, 200 bytes opens pool 2"
    )
    assert allocator.arenas_in_use == 1, "All of these fit in the first arena: arenas_in_use should be 1"


def test_a_full_pool_opens_the_next():
    """When every pool of a size class is full, an empty pool is taken."""
    allocator = tiny()
    got = [allocator.allocate(32) for _ in range(7)]
    assert got == [(0, 0, b) for b in range(6)] + [(0, 1, 0)], (
        f"Seven allocate(32) in the tiny allocator gave {got}: a pool holds 6 blocks of 32 bytes, "
        "so the 7th should be (0, 1, 0), block 0 of the next empty pool"
    )


def test_freed_blocks_are_reused_last_freed_first():
    """A freed block is handed out again before any never-used block, the last freed first."""
    allocator = SmallObjectAllocator()
    for _ in range(4):
        allocator.allocate(16)
    allocator.free((0, 0, 1))
    allocator.free((0, 0, 3))
    got = [allocator.allocate(16) for _ in range(3)]
    assert got == [(0, 0, 3), (0, 0, 1), (0, 0, 4)], (
        f"After freeing blocks 1 then 3, three allocate(16) gave {got}; expected [(0, 0, 3), "
        "(0, 0, 1), (0, 0, 4)]: the most recently freed block first (a stack), then the "
        "never-used ones"
    )


def test_a_full_pool_with_a_freed_block_has_room_again():
    """A full pool where a block was freed serves the next request of its size class."""
    allocator = tiny()
    blocks = [allocator.allocate(32) for _ in range(6)]  # pool 0, full
    allocator.free(blocks[2])
    got = allocator.allocate(32)
    assert got == (0, 0, 2), (
        f"Pool 0 was full, then block 2 was freed; allocate(32) gave {got} but should reuse "
        "(0, 0, 2): a pool has room when a block was freed in it, even if every block was "
        "handed out once"
    )


def test_the_lowest_empty_pool_is_taken():
    """Of the empty pools of all the arenas held, the lowest (arena, pool) is taken."""
    allocator = tiny()
    for _ in range(12):
        allocator.allocate(64)  # arena 0: 4 full pools of 3 blocks
    allocator.allocate(64)  # arena 1, pool 0
    for block in range(3):
        allocator.free((0, 2, block))  # pool 2 of arena 0 is empty again
    got = allocator.allocate(16)
    assert got == (0, 2, 0), (
        f"Arena 0 has the empty pool 2 and arena 1 the empty pools 1 to 3; allocate(16) gave "
        f"{got} but should take the lowest, (0, 2, 0)"
    )


def test_the_lowest_pool_with_room_is_used():
    """Of several pools of one size class with room, the lowest (arena, pool) is used."""
    allocator = tiny()
    first = allocator.allocate(16)  # pool 0 for 16 bytes
    blocks = [allocator.allocate(32) for _ in range(6)]  # pool 1, full
    allocator.free(first)  # pool 0 is empty again
    more = allocator.allocate(32)
    assert more == (0, 0, 0), (
        f"With pool 1 full and pool 0 empty, allocate(32) gave {more}; it should take the empty "
        "pool 0 and give (0, 0, 0)"
    )
    allocator.free(blocks[2])  # now pools 0 and 1 both have room for 32 bytes
    again = allocator.allocate(32)
    assert again == (0, 0, 1), (
        f"Pools 0 and 1 both have room for 32 bytes; allocate(32) gave {again} but should use "
        "the lowest pool, (0, 0, 1) (look at the pools in (arena, pool) order, not in the order "
        "you created them)"
    )


def test_an_empty_pool_starts_afresh():
    """A pool whose blocks are all freed forgets its size class and its freed blocks."""
    allocator = tiny()
    a, b = allocator.allocate(16), allocator.allocate(16)
    allocator.allocate(48)  # pool 1
    allocator.free(a)
    allocator.free(b)
    got = allocator.allocate(48)
    assert got == (0, 1, 1), f"allocate(48) gave {got}: pool 1 holds 48-byte blocks and has room, so (0, 1, 1)"
    got = allocator.allocate(64)
    assert got == (0, 0, 0), (
        f"allocate(64) gave {got}; pool 0 is empty again, so it serves any size class now and "
        "starts at block 0: (0, 0, 0)"
    )
    got = [allocator.allocate(64) for _ in range(2)]
    assert got == [(0, 0, 1), (0, 0, 2)], (
        f"Then allocate(64) twice gave {got}; expected [(0, 0, 1), (0, 0, 2)]: an emptied pool "
        "forgets the blocks freed in its old life"
    )


def test_a_new_arena_when_every_pool_is_taken():
    """When no arena has an empty pool, a new arena is opened."""
    allocator = tiny()
    got = [allocator.allocate(64) for _ in range(13)]  # 3 per pool, 4 pools per arena
    assert got[11] == (0, 3, 2), f"The 12th allocate(64) gave {got[11]}; it should fill arena 0: (0, 3, 2)"
    assert got[12] == (1, 0, 0), (
        f"The 13th allocate(64) gave {got[12]}; arena 0 is full (4 pools of 3 blocks), so it "
        "should open arena 1 and give (1, 0, 0)"
    )
    assert allocator.arenas_in_use == 2, "After opening arena 1, arenas_in_use should be 2"
    other = allocator.allocate(16)
    assert other == (1, 1, 0), (
        f"allocate(16) gave {other}: arena 0 has no empty pool, arena 1 does, so (1, 1, 0)"
    )


def test_empty_arenas_go_back_to_the_system():
    """An arena whose pools are all empty is given back, and its number can be used again."""
    allocator = tiny()
    zero = [allocator.allocate(64) for _ in range(12)]  # fills arena 0
    one = allocator.allocate(64)  # (1, 0, 0)
    allocator.free(one)
    assert allocator.arenas_in_use == 1, (
        "After freeing the only block of arena 1, arenas_in_use should be 1: an arena with no "
        "block in use goes back to the operating system"
    )
    for address in zero:
        allocator.free(address)
    assert allocator.arenas_in_use == 0, "After freeing every block, arenas_in_use should be 0"
    assert allocator.allocate(32) == (0, 0, 0), "After everything was freed, allocate(32) should start again at (0, 0, 0)"


def test_the_lowest_free_arena_number_is_reused():
    """A new arena takes the lowest number not in use."""
    allocator = tiny()
    zero = [allocator.allocate(64) for _ in range(12)]
    allocator.allocate(64)  # arena 1
    for address in zero:
        allocator.free(address)  # arena 0 goes back; arena 1 stays
    assert allocator.arenas_in_use == 1, "Arena 0 is empty and should go back: arenas_in_use should be 1"
    got = allocator.allocate(16)
    assert got == (1, 1, 0), f"allocate(16) gave {got}: arena 1 still has empty pools, so (1, 1, 0)"
    for _ in range(8):
        allocator.allocate(48)  # 4 blocks per pool: fills pools 2 and 3 of arena 1
    got = allocator.allocate(64)
    assert got == (1, 0, 1), f"allocate(64) gave {got}: pool (1, 0) holds 64-byte blocks and has room, so (1, 0, 1)"
    got = allocator.allocate(32)
    assert got == (0, 0, 0), (
        f"allocate(32) gave {got}; arena 1 is full, so a new arena opens with the lowest free "
        "number, 0: (0, 0, 0)"
    )
    assert allocator.arenas_in_use == 2, "Arenas 0 and 1 are in use: arenas_in_use should be 2"


def test_freeing_what_is_not_allocated():
    """free raises ValueError for a block that is not in use (a double free)."""
    allocator = tiny()
    block = allocator.allocate(16)
    allocator.allocate(16)
    allocator.free(block)
    for address, why in [
        (block, "it was freed already (a double free)"),
        ((0, 0, 7), "block 7 of pool 0 was never handed out"),
        ((0, 2, 0), "pool 2 is not in use"),
        ((3, 0, 0), "there is no arena 3"),
    ]:
        with pytest.raises(ValueError) as caught:
            allocator.free(address)
            pytest.fail(f"free({address}) should raise ValueError: {why}", pytrace=False)
        expected = f"block {address} is not allocated"
        assert str(caught.value) == expected, f"free({address}) should raise ValueError('{expected}')"
    assert allocator.allocate(16) == (0, 0, 0), (
        "A refused free must not change anything: the next allocate(16) should reuse block 0, "
        "freed once, and only once"
    )
