"""The shared union-find."""

from __future__ import annotations

from dossier.unionfind import UnionFind


def test_components_with_smallest_root() -> None:
    uf: UnionFind[int] = UnionFind(range(6))
    uf.union(4, 2)
    uf.union(2, 5)
    uf.union(0, 1)
    assert uf.components() == {0: 0, 1: 0, 2: 2, 3: 3, 4: 2, 5: 2}


def test_string_keys_added_on_first_use() -> None:
    uf: UnionFind[str] = UnionFind()
    uf.union("n:kirby", "g:US")
    uf.union("n:patel", "g:US")
    assert uf.find("n:kirby") == uf.find("n:patel") == "g:US"
    assert uf.find("n:cho") == "n:cho"
