"""relations' own MinHash and LSH index give what datasketch gives (values, candidates, their order).

datasketch stays the reference here: the index is ours only so that a new process does not pay
datasketch's import of scipy.integrate.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from dossier.reconcile import relations

datasketch = pytest.importorskip("datasketch")


def _theirs(hashes: np.ndarray) -> object:
    m = datasketch.MinHash(
        num_perm=relations.NUM_PERM,
        permutations=np.asarray(datasketch.MinHash(num_perm=relations.NUM_PERM, seed=1).permutations),
        scheme="affine32",
        hashfunc=lambda x: x,
    )
    m.update_batch(hashes.tolist())
    return m


def _sets() -> list[np.ndarray]:
    """Random shingle-hash sets in families of near copies (some pairs above each threshold)."""
    rng = random.Random(7)
    out = []
    for _ in range(40):
        base = np.unique(np.array([rng.getrandbits(32) for _ in range(rng.randint(20, 300))], dtype=np.uint32))
        out.append(base)
        for keep_share in (0.5, 0.8, 0.95):
            kept = base[np.array([rng.random() < keep_share for _ in base])]
            extra = np.array([rng.getrandbits(32) for _ in range(rng.randint(0, 25))], dtype=np.uint32)
            out.append(np.unique(np.concatenate([kept, extra]).astype(np.uint32)))
    return out


def test_minhash_values_and_jaccard_are_datasketchs() -> None:
    sets = _sets()
    ours = [relations.minhash_of(s) for s in sets]
    theirs = [_theirs(s) for s in sets]
    for o, t in zip(ours, theirs):
        assert o.hashvalues.dtype == t.hashvalues.dtype  # type: ignore[attr-defined]
        assert (o.hashvalues == t.hashvalues).all()  # type: ignore[attr-defined]
    assert [o.jaccard(ours[1]) for o in ours] == [t.jaccard(theirs[1]) for t in theirs]  # type: ignore[attr-defined]


@pytest.mark.parametrize("threshold,weights", [(0.8, (0.1, 0.9)), (0.5, (0.2, 0.8)), (0.2, (0.1, 0.9)), (0.7, (0.5, 0.5))])
def test_lsh_candidates_come_in_datasketchs_order(threshold: float, weights: tuple[float, float]) -> None:
    sets = _sets()
    ours = [relations.minhash_of(s) for s in sets]
    theirs = [_theirs(s) for s in sets]
    mine = relations.MinHashLSH(threshold=threshold, num_perm=relations.NUM_PERM, weights=weights)
    ref = datasketch.MinHashLSH(threshold=threshold, num_perm=relations.NUM_PERM, weights=weights)
    assert (mine.b, mine.r) == (ref.b, ref.r)
    with ref.insertion_session() as session:
        for i, (o, t) in enumerate(zip(ours, theirs)):
            mine.insert(i, o)
            session.insert(i, t)
    found = 0
    for o, t in zip(ours, theirs):
        got = mine.query(o)
        assert got == ref.query(t)  # the same list: _derivatives keeps the first best in this order
        found += len(got) > 1
    assert found  # near copies were proposed
