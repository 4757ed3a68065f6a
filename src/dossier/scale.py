"""Optional Dask runner: the same per-article stages, mapped over a dask.bag of articles.

Articles are batched per partition (one spaCy load and one ``nlp.pipe`` per partition);
no stage imports Dask. Needs the ``[scale]`` extra: ``pip install 'dossier[scale]'``.
With ``settings.dask_scheduler`` empty, Dask's local multiprocessing scheduler is used;
otherwise the address of a ``dask.distributed`` scheduler (``tcp://host:8786``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import DossierError
from .model import Article, ArticleAnalysis
from .settings import Settings


def _analyze_partition(articles: list[Article], settings: Settings) -> list[ArticleAnalysis]:
    import dataclasses

    from .pipeline import analyze_batch

    # Dask already runs partitions in parallel: one spaCy process per partition
    return analyze_batch(list(articles), settings=dataclasses.replace(settings, n_process=1))


def check_scheduler(address: str, *, timeout: float = 3.0) -> None:
    """Check that a Dask scheduler address is well-formed and answers a TCP connection.

    Called before any analysis starts, so that a wrong ``--dask-scheduler`` fails in
    seconds with a message instead of a traceback after Dask's own long timeout.

    Args:
        address: ``tcp://host:port`` (or ``host:port``).
        timeout: seconds to wait for the connection.

    Raises:
        DossierError: the address cannot be read, or nothing answers there.
    """
    import socket
    from urllib.parse import urlsplit

    parsed = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        host, port = parsed.hostname, parsed.port
    except ValueError:
        host, port = None, None
    if parsed.scheme not in ("tcp", "tls") or not host or not port:
        raise DossierError(
            f"--dask-scheduler {address!r} is not a scheduler address; expected tcp://HOST:PORT (e.g. tcp://127.0.0.1:8786)."
        )
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as exc:
        raise DossierError(
            f"No Dask scheduler answers at {address} ({exc.strerror or exc}) within {timeout:g} s; start one "
            "(`dask scheduler`) or check the address, or run without --runner dask."
        ) from None


def analyze_on_dask(articles: Sequence[Article], *, settings: Settings) -> list[ArticleAnalysis]:
    """Run the per-article stages on Dask and return the analyses in input order.

    Args:
        articles: cleaned articles.
        settings: build settings (``dask_scheduler``, ``batch_size``).

    Returns:
        One ``ArticleAnalysis`` per article, in order.

    Raises:
        DossierError: Dask is not installed.
    """
    try:
        import dask.bag as db
    except ImportError as exc:
        raise DossierError(
            "The Dask runner needs the [scale] extra: pip install 'dossier[scale]' "
            "(or run without --runner dask)."
        ) from exc
    if not articles:
        return []
    per_partition = max(1, settings.batch_size * 4)
    npartitions = max(1, -(-len(articles) // per_partition))
    bag = db.from_sequence(list(articles), npartitions=npartitions)
    result = bag.map_partitions(_analyze_partition, settings)
    if settings.dask_scheduler:
        from dask.distributed import Client

        with Client(settings.dask_scheduler) as client:
            return list(result.compute(scheduler=client.get))
    return list(result.compute(scheduler="processes"))
