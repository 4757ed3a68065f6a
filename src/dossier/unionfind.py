"""Union-find (disjoint sets) over ints or strings, shared by every clustering step.

Entity merging, independent-source grouping and the evaluation metrics all need connected
components; this is the one implementation. The smaller key becomes the root, so results
don't depend on the order of unions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

K = TypeVar("K", int, str)


class UnionFind(Generic[K]):
    """Disjoint sets with path halving; keys are added on first use."""

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {k: k for k in keys}

    def find(self, x: K) -> K:
        """Return the root of ``x``'s set (adding ``x`` as a set of its own if new)."""
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        """Join the sets of ``a`` and ``b``; the smaller root stays the root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def components(self) -> dict[K, K]:
        """Return every key with its root."""
        return {x: self.find(x) for x in list(self.parent)}
