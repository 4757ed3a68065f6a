"""Command line: click commands that parse arguments and call the library. No logic here."""

from __future__ import annotations

import functools
import importlib
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import DossierError
from .settings import SETTINGS, make_settings

log = logging.getLogger("dossier.cli")

EVALUATIONS: dict[str, tuple[str, str, str]] = {
    # name: (module, default data folder under ../shared/data, what it measures)
    "timex": ("dossier.evaluation.timex", "tempeval3", "TempEval-3 platinum: timex extent F1 and value F1"),
    "quantities": ("dossier.evaluation.quantities", "newsquant", "NewsQuant: quantity value F1 and value+unit F1"),
    "quotes": ("dossier.evaluation.quotes", "polnear", "PolNeAR test: attribution source, cue, content F1"),
    "events": ("dossier.evaluation.events", "ecbplus", "ECB+ test topics: cross-document event coreference CoNLL F1"),
    "entities": ("dossier.evaluation.entities", "meantime", "MEANTIME: named-entity recall and cross-document entity merging (B-cubed, pair F1)"),
    "duplicates": ("dossier.evaluation.duplicates", "bbc-news", "BBC News: exact/near-duplicate pairs found"),
    "syndication": ("dossier.evaluation.syndication", "polnear", "PolNeAR wire column: syndication detection"),
    "claims": ("dossier.evaluation.claims", ".", "Claims dev set (real developing stories): figures found, frame attributes, publication dates"),
    "ask": ("dossier.evaluation.ask", "../seeds", "ask: share of journalists' questions answered right (seeds, examples, fixtures; tune and held-out test)"),
    "metadata": ("dossier.evaluation.metadata", ".", "Publication dates and outlets: fictional pages (tune/held splits), MEANTIME dates, PolNeAR outlets, no invented dates on BBC/FNC-1"),
    "stories": ("dossier.evaluation.stories", "ecbplus", "ECB+ (all documents of a split at once): story clustering B3 and pairwise F1"),
}


def _default_data_root() -> Path:
    here = Path.cwd()
    for base in (here, *here.parents):
        cand = base / "shared" / "data"
        if cand.is_dir():
            return cand
        cand = base.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    return here / ".." / "shared" / "data"


def _handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn every error into a clean CLI error: one message, exit code 1, never a traceback.

    Library errors and bad values say what is wrong; anything else is an internal error
    whose traceback goes to the debug log (``-vv``).
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except DossierError as exc:
            raise click.ClickException(str(exc)) from exc
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            raise click.ClickException("Interrupted; any previous output is untouched.") from None
        except Exception as exc:  # noqa: BLE001 - no traceback reaches a user
            log.debug("internal error", exc_info=True)
            raise click.ClickException(
                f"Internal error: {type(exc).__name__}: {exc}. Please report it (run with -vv for the details)."
            ) from exc

    return wrapper


def _settings_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add one --option per declared setting (settings.SETTINGS)."""
    for s in reversed(SETTINGS):
        opt = "--" + s.name.replace("_", "-")
        # values arrive as text and are converted and range-checked by make_settings (one table)
        kind: Any = click.Choice([str(c) for c in s.choices]) if s.choices else str
        hint = "" if s.choices else f" Allowed: {s.allowed()}."
        fn = click.option(opt, s.name, type=kind, default=None, help=f"{s.help}{hint} [default: {s.default}]")(fn)
    return fn


@click.group()
@click.version_option(__version__, prog_name="dossier")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """dossier: turn the coverage of a news story into a sourced dossier."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("input_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the build summary as JSON (for scripts).")
@click.option("--no-cache", "no_cache", is_flag=True, help="Analyse every article again (ignore and replace OUT's analysis cache).")
@_settings_options
@_handle_errors
def build(input_dir: Path, out_dir: Path, quiet: bool, as_json: bool, no_cache: bool, **options: Any) -> None:
    """Build the dossier of every article under INPUT_DIR into OUT_DIR.

    Writes OUT_DIR/dossier.json, OUT_DIR/dossier.duckdb and OUT_DIR/report.html.
    The previous output stays intact and readable until the new one is complete; one
    build at a time owns OUT_DIR. Options are checked before any analysis starts.
    Exits non-zero when no usable article is found. Articles cleaned and analysed by an
    earlier build into OUT_DIR (same text and metadata, same analysis version) are taken
    from OUT_DIR's analysis cache, not analysed again.

    Example: dossier build examples --out out/examples
    """
    import time

    started = time.monotonic()
    settings = make_settings(**options)
    if quiet and settings.progress == "auto":
        settings = make_settings(**{**options, "progress": "never"})
    if input_dir.resolve() == out_dir.resolve():
        raise click.ClickException("--out must not be the input folder; choose a separate output folder.")
    if settings.runner == "dask" and settings.dask_scheduler:
        from .scale import check_scheduler

        check_scheduler(settings.dask_scheduler)
    dossier = _build_into(input_dir, out_dir, settings, use_cache=not no_cache, extras=[])
    _print_summary(dossier, out_dir, started, quiet=quiet, as_json=as_json)


def _build_into(
    input_dir: Path, out_dir: Path, settings: Any, *, use_cache: bool, extras: list[Path], added: Sequence[Path] = ()
) -> Any:
    """Build INPUT_DIR (plus extra files) into OUT_DIR under its lock, with its analysis cache.

    With ``added`` (``dossier add``), the files of the last build are taken from the cache's
    manifest and only ``added`` are read (a build from the folder when the cache cannot).
    """
    import dataclasses

    from .cache import AnalysisCache, overlay_inputs
    from .pipeline import add_files, build_dossier
    from .store import output_lock, write_outputs

    from .extract.places import keep_gazetteer_in
    from .present.geo import keep_outlines_in

    from .pipeline import long_lived, timed

    # what the build holds is kept out of the collector's walks until it is written (the stages
    # freeze what they have made at their checkpoints; see pipeline.long_lived)
    with output_lock(out_dir) as out, long_lived():
        with AnalysisCache(out) as cache:
            keep_gazetteer_in(cache.path.parent)  # the built gazetteer kept beside the cache
            keep_outlines_in(cache.path.parent)  # and the map's thinned outlines
            if not use_cache:
                cache.clear()  # every article analysed again; the cache refilled for the next build
            dossier = None
            if added:
                root = Path(input_dir).resolve()
                pairs = [(f, f.relative_to(root).as_posix() if f.is_relative_to(root) else f.name) for f in added]
                with timed("add: the dossier"):
                    dossier = add_files(pairs, settings=settings, cache=cache)
            if dossier is None:
                with overlay_inputs(input_dir, extras) as folder:
                    dossier = build_dossier(folder, settings=settings, cache=cache)
            if not dossier.articles:
                reasons = sorted({r.reason.split(";")[0] for r in dossier.rejections})[:5]
                raise click.ClickException(
                    f"No usable article in {input_dir}"
                    + (f" ({len(dossier.rejections)} inputs rejected: " + " | ".join(reasons) + ")" if reasons else " (the folder holds no article files)")
                    + ". Expected .txt, .html/.htm or .jsonl news articles; nothing was written, any previous output is untouched."
                )
            with long_lived(), timed("write outputs"):  # the dossier's records: long-lived, no cycles (see long_lived)
                write_outputs(dossier, out, write_report=_report_writer(cache), fragments=cache)
            cache.set_state(
                "build",
                {
                    "input": str(Path(input_dir).resolve()),
                    "extras": [str(p.resolve()) for p in extras],
                    "settings": dataclasses.asdict(settings),
                },
            )
            with timed("cache prune"):
                cache.prune()
    return dossier


def _print_summary(dossier: Any, out_dir: Path, started: float, *, quiet: bool, as_json: bool) -> None:
    import time

    summary = _summary(dossier, out_dir, time.monotonic() - started)
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    elif not quiet:
        counts = summary["counts"]
        click.echo(", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if k != "rejections"))
        if summary["rejections"]:
            by_stage = ", ".join(f"{n} at {stage}" for stage, n in summary["rejections_by_stage"].items())
            click.echo(f"{summary['rejections']} rejected or partly processed ({by_stage}); see the rejections in the report")
        click.echo(f"report: {summary['report']}  ({summary['seconds']:.1f} s)")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "out_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The output folder of an earlier `dossier build`.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the build summary as JSON (for scripts).")
@_handle_errors
def add(files: tuple[Path, ...], out_dir: Path, quiet: bool, as_json: bool) -> None:
    """Add article FILES to the dossier in OUT (built earlier with `dossier build`).

    Only FILES are read and analysed (the input folder is not read again: every other article
    and analysis comes from OUT's cache); entities, relations and stories are redone, and the
    timeline, tracks and summary only of the stories whose articles, claims or entities
    changed. The result is the dossier a full build of the build's files plus FILES would
    give: FILES inside the build's input folder count as they are (a file already there is
    read again); FILES elsewhere count as if copied to its top level. Other changes to the
    input folder since the build are not seen: run `dossier build` for those. The build's
    settings are kept.

    Example: dossier add new/article.txt --to out/examples
    """
    import dataclasses
    import time

    from .cache import AnalysisCache
    from .settings import Settings

    started = time.monotonic()
    with AnalysisCache(out_dir) as cache:
        state = cache.get_state("build")
    if not isinstance(state, dict) or not Path(str(state.get("input", ""))).is_dir():
        raise click.ClickException(
            f"{out_dir} holds no dossier built from a folder that still exists; run `dossier build INPUT --out {out_dir}` first."
        )
    root = Path(state["input"])
    known = {f.name for f in dataclasses.fields(Settings)}
    settings = Settings(**{k: v for k, v in (state.get("settings") or {}).items() if k in known})
    if quiet and settings.progress == "auto":
        settings = dataclasses.replace(settings, progress="never")
    extras = [Path(p) for p in state.get("extras") or [] if Path(p).is_file()]
    added: list[Path] = []
    for f in files:
        f = f.resolve()
        inside = f.is_relative_to(root.resolve())
        if not inside:
            taken = root / f.name
            if f not in extras and (taken.is_symlink() or taken.exists()):
                raise click.ClickException(
                    f"{f.name} is already the name of a file in the dossier's input folder {root}; rename the file to add it."
                )
            if f not in extras:
                extras.append(f)
        added.append(f)
    dossier = _build_into(root, out_dir, settings, use_cache=True, extras=extras, added=added)
    _print_summary(dossier, out_dir, started, quiet=quiet, as_json=as_json)


def _summary(dossier: Any, out_dir: Path, seconds: float) -> dict[str, Any]:
    by_stage: dict[str, int] = {}
    for r in dossier.rejections:
        by_stage[r.stage] = by_stage.get(r.stage, 0) + 1
    counts = {
        "articles": len(dossier.articles), "claims": len(dossier.claims), "quotes": len(dossier.quotes),
        "entities": len(dossier.entities), "tracks": len(dossier.tracks), "events": len(dossier.events),
        "rejections": len(dossier.rejections),
    }  # fmt: skip
    return {
        "out": str(out_dir), "report": str(out_dir / "report.html"), "dossier": str(out_dir / "dossier.json"),
        "counts": counts, "rejections": len(dossier.rejections), "rejections_by_stage": by_stage,
        "seconds": round(seconds, 2),
    }  # fmt: skip


def _report_writer(fragments: Any = None) -> Callable[..., None] | None:
    """The report writer (None without Jinja2): story by story from the records; with ``fragments``
    (the output's analysis cache) the story blocks of an earlier build that did not change are reused."""
    try:
        from .present.report import write_dossier_report
    except ImportError:
        return None
    return functools.partial(write_dossier_report, fragments=fragments)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of dossier.json.

    Example: dossier schema > dossier.schema.json
    """
    from .schema import dossier_schema

    click.echo(json.dumps(dossier_schema(), indent=2))


@cli.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_handle_errors
def report(out_dir: Path) -> None:
    """Render OUT_DIR/report.html again from OUT_DIR/dossier.json.

    Example: dossier report out/examples
    """
    from .present.report import render_report
    from .store import read_dossier, replace_output_file

    body = read_dossier(out_dir)
    path = replace_output_file(out_dir, "report.html", render_report(body))
    click.echo(f"report: {path}")


@cli.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (local only by default).")
@click.option("--port", default=8765, show_default=True, type=int)
@_handle_errors
def serve(out_dir: Path, host: str, port: int) -> None:
    """Serve a built dossier as a local, read-only web app with a JSON API.

    Example: dossier serve out/examples --port 8765
    """
    import errno
    import socket

    import uvicorn

    from .present.server import make_app
    from .store import read_dossier

    read_dossier(out_dir)  # refuse to start without a readable dossier (the error says what to do)
    if not 0 < port < 65536:
        raise click.ClickException(f"--port {port} is not a port number; use 1 to 65535.")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((host, port))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise click.ClickException(
                f"Port {port} on {host} is taken (another `dossier serve`?); choose another with --port."
            ) from None
        raise click.ClickException(f"Cannot listen on {host}:{port} ({exc.strerror or exc}); check --host and --port.") from None
    click.echo(f"serving {out_dir} on http://{host}:{port}/ (API docs at /docs)")
    # the HTTP parser reads request lines up to 4 MB, so that an oversized URL reaches the app and gets
    # its 414 with a message (the app answers URLs over server.MAX_URL) instead of a reset connection
    app = make_app(out_dir, preload=True)  # load and warm the caches before listening
    uvicorn.run(app, host=host, port=port, log_level="warning", h11_max_incomplete_event_size=4 * 1024 * 1024)


@cli.command()
@click.argument("question")
@click.option("--dossier", "out_dir", required=True, type=click.Path(exists=True, path_type=Path), help="A built dossier folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@_handle_errors
def ask(question: str, out_dir: Path, as_json: bool) -> None:
    """Answer a question from the dossier's tracks and claims, with citations.

    Example: dossier ask "How many troops are in the region?" --dossier out/examples
    """
    from .present.ask import format_answer
    from .present.stories import ask_output
    from .model import to_dict

    # from the index built with the dossier (only the story asked about is read), else the whole dossier
    answer = ask_output(question, out_dir)
    click.echo(json.dumps(to_dict(answer), indent=2, ensure_ascii=False) if as_json else format_answer(answer))


@cli.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "markdown", "all"]), default="all", show_default=True)
@click.option("--excel", is_flag=True, help="CSV for spreadsheets: UTF-8 with a byte-order mark and CRLF line ends.")
@_handle_errors
def export(out_dir: Path, fmt: str, excel: bool) -> None:
    """Export claims, quotes and events as CSV and the story as a Markdown brief.

    Example: dossier export out/examples --format csv --excel
    """
    from .present.export import export_csv, export_markdown
    from .store import read_dossier

    body = read_dossier(out_dir)
    if fmt in ("csv", "all"):
        for path in export_csv(body, out_dir, excel=excel):
            click.echo(f"wrote {path}")
    if fmt in ("markdown", "all"):
        path = out_dir / "brief.md"
        path.write_text(export_markdown(body), encoding="utf-8")
        click.echo(f"wrote {path}")


@cli.command(name="eval")
@click.argument("name", type=click.Choice(sorted(EVALUATIONS)))
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=None, help="The data set folder (default: ../shared/data/<set>).")
@click.option("--limit", type=int, default=None, help="Evaluate only the first N documents.")
@click.option("--split", default=None, help="Split to score where the set has several (timex: test|train; quotes: test|dev; ask: tune|test; claims: tune|heldout|all|fresh).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_handle_errors
def evaluate(name: str, data_dir: Path | None, limit: int | None, split: str | None, as_json: bool) -> None:
    """Score a stage on a public annotated set and print the figures.

    Example: dossier eval timex
    """
    module_name, folder, what = EVALUATIONS[name]
    data = data_dir or (_default_data_root() / folder)
    if not Path(data).exists():
        raise click.ClickException(f"Evaluation data not found at {data}; pass --data PATH to the {folder} set.")
    module = importlib.import_module(module_name)
    kwargs: dict[str, Any] = {}
    if limit is not None:
        kwargs["limit"] = limit
    if split is not None:
        kwargs["split"] = split
    figures = module.evaluate(Path(data), **kwargs)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    click.echo(what)
    for key, value in figures.items():
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        click.echo(f"  {key:<28} {shown}")


def main() -> None:
    """Entry point for ``python -m dossier``."""
    cli(prog_name="dossier")


if __name__ == "__main__":  # pragma: no cover
    main()
