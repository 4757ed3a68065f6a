"""Small derived files kept beside a build's cache (a compact gazetteer, the map's outlines).

They are only a speed-up: whatever cannot be written is built again next time.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path


def keep_pickle(path: Path, obj: object, stale: str) -> None:
    """Write ``obj`` to ``path`` as a pickle, atomically, after removing the folder's ``stale``
    files (earlier versions, e.g. ``"gazetteer-*.pickle"``); a folder that cannot be written only
    loses the speed-up."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(stale):
            old.unlink(missing_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass
