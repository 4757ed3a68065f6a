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
