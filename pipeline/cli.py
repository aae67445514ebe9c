"""The command line: a thin click layer over pipeline.build.

    pipeline xml examples/hexi-2010.txt            # -> build/hexi-2010.xml (+ .clean.json, .charts/)
    pipeline render build/hexi-2010.xml --to pdf   # -> output/hexi-2010.pdf, verified
    pipeline build examples/hexi-2010.txt -j 2     # every stage, all three editions

Every user-facing failure is a PipelineError: one line on stderr, its exit code.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from pathlib import Path

import click

from . import log
from .errors import PipelineError
from .options import DEFAULT_MAX_SIZE, FIGURE_VIEWS, FORMATS, PAPERS, PDF_VARIANTS, Options
from .options import STRUCTURES

BUILD_SUBDIR = ".build"   # `pipeline build`'s intermediates, inside the output folder


def _size(value: str) -> int:
    """'10MB', '512k', '2000000' -> bytes."""
    text = value.strip().upper().removesuffix("B")
    factor = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}.get(text[-1:], 1)
    number = text[:-1] if factor != 1 else text
    try:
        return int(float(number) * factor)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 10MB") from None


front_options = [
    click.option("--title", default="", help="Use this title instead of the inferred one."),
    click.option("--lang", default="", help="Document language (BCP 47, e.g. zh-CN, en); inferred by default."),
    click.option("--author", default="", help="Speaker or issuing body, instead of the inferred one."),
    click.option("--date", default="", help="The document's date (YYYY-MM-DD), instead of the inferred one."),
    click.option("--max-size", default=str(DEFAULT_MAX_SIZE // 1024 ** 2) + "MB", show_default=True,
                 help="Refuse larger inputs up front."),
    click.option("--decode-errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
                 help="Invalid bytes: refuse (strict) or replace with U+FFFD and warn."),
    click.option("--corrections", type=click.Path(path_type=Path), default=None,
                 help="Corrections file (YAML); default: <stem>.pipeline.yaml beside the source, if any."),
    click.option("--figures", "figures_view", type=click.Choice(FIGURE_VIEWS), default="both", show_default=True,
                 help="The figures appendix: key (summary table), all (full table), both, or none."),
    click.option("--structure", "structure", type=click.Choice(STRUCTURES), default="rules", show_default=True,
                 envvar="PIPELINE_STRUCTURE",
                 help="Headings by the learned labeller over the rules, or by the rules alone (docs/structure.md)."),
]

render_options = [
    click.option("--paper", type=click.Choice(PAPERS, case_sensitive=False), default="A4", show_default=True),
    click.option("--pdf-variant", type=click.Choice(PDF_VARIANTS), default="pdf/ua-1", show_default=True),
    click.option("--toc-depth", type=click.IntRange(1, 6), default=2, show_default=True,
                 help="Heading levels in the table of contents (all three editions)."),
    click.option("--pdf-chunks", default="auto", show_default=True, callback=lambda ctx, param, value: _chunks(value),
                 help="Lay a long PDF's parts out in parallel: auto (from about 70 body pages, "
                      "with two or more cores), off, or a number of chunks."),
    click.option("--no-verify", is_flag=True, help="Skip checking that the edition kept every body character."),
    click.option("--style", default="", metavar="NAME|DIR", envvar="PIPELINE_STYLE",
                 help="The look: a preset (`pipeline styles` lists them; report by default) or a style "
                      "folder. Default: $PIPELINE_STYLE (how make passes STYLE=)."),
]


def _chunks(value: str) -> str:
    """--pdf-chunks: auto, off or a number of chunks (1 is off)."""
    value = value.strip().lower()
    if value in ("auto", "off"):
        return value
    if value.isdigit() and int(value) >= 1:
        return "off" if int(value) == 1 else str(int(value))
    raise click.BadParameter(f"takes auto, off or a number of chunks; got {value!r}")


def _apply(decorators):
    def wrap(fn):
        for deco in reversed(decorators):
            fn = deco(fn)
        return fn
    return wrap


def _options(ctx: click.Context, **kw) -> Options:
    fields = {}
    if "max_size" in kw:
        fields.update(title=kw["title"], lang=kw["lang"], author=kw["author"], date=kw["date"],
                      max_size=_size(kw["max_size"]), decode_errors=kw["decode_errors"])
        fields.update(corrections=str(kw["corrections"] or ""))
        fields.update(figures=kw["figures_view"])
        fields.update(structure=kw["structure"])
    if "paper" in kw:
        fields.update(paper=kw["paper"].upper(), pdf_variant=kw["pdf_variant"], toc_depth=kw["toc_depth"],
                      pdf_chunks=kw["pdf_chunks"], verify=not kw["no_verify"])
        fields.update(style=_checked_style(kw["style"]))
    fields["strict"] = bool(ctx.find_root().ensure_object(dict).get("strict"))
    return Options(**fields)


def _checked_style(spec: str) -> str:
    """--style: resolved and checked once per command, before any work (pipeline/style_check.py)."""
    from .style import load_style
    from .style_check import check_style

    check_style(load_style(spec))
    return spec


def _global_flag(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    """-q/-v/--debug/--strict given after a sub-command: recorded where the group's go
    (the root context's dict, which main() reads), and the log level set again."""
    if value:
        flags = ctx.find_root().ensure_object(dict)
        flags[param.name] = True
        if param.name in ("quiet", "verbose"):
            flags["quiet" if param.name == "verbose" else "verbose"] = False
            _set_log_level(flags)
    return value


def global_options(expose: bool = False):
    """The global flags, accepted before the sub-command (the group's) and after it (each command's),
    and listed in every --help."""
    kw = {} if expose else {"expose_value": False, "callback": _global_flag}
    return _apply([
        click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors.", **kw),
        click.option("-v", "--verbose", is_flag=True, help="Per-stage timings and details.", **kw),
        click.option("--debug", is_flag=True, help="Show the traceback of an internal error.", **kw),
        click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 3); no edition is "
                                                      "written once a warning was raised.", **kw),
    ])


def _set_log_level(flags: dict) -> None:
    log.logger.setLevel(logging.WARNING if flags.get("quiet") else
                        logging.DEBUG if flags.get("verbose") else logging.INFO)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@global_options(expose=True)
@click.version_option(package_name="pipeline")
@click.pass_context
def cli(ctx, quiet, verbose, debug, strict):
    """Raw report text -> DocBook 5 XML -> print-ready PDF, Word DOCX and EPUB 3."""
    ctx.ensure_object(dict)
    ctx.obj.update(debug=debug, strict=strict, quiet=quiet, verbose=verbose)
    log.logger.handlers[:] = [log.stderr_handler(sys.stderr)]
    _set_log_level(ctx.obj)
    log.logger.propagate = False


@cli.command("xml")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Default: build/<stem>.xml")
@_apply(front_options)
@click.pass_context
@global_options()
def xml_command(ctx, source, output, **kw):
    """Run decode, clean, structure and figures on SOURCE and write the XML intermediate."""
    from .atomic import refuse_directory
    from .build import make_xml

    output = output or Path("build") / f"{source.stem}.xml"
    refuse_directory(output, f"{source.stem}.xml")
    make_xml(source, output, _options(ctx, **kw))


@cli.command("explain")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--all", "show_all", is_flag=True, help="Every decision, not only the uncertain ones.")
@_apply(front_options)
@click.pass_context
@global_options()
def explain_command(ctx, source, show_all, **kw):
    """Print the title, heading and boilerplate decisions for SOURCE that are uncertain (all with --all):
    line, kind, decision, confidence, text, reason."""
    from .build import explain_decisions
    from .confidence import uncertain
    from .decisions import format_decisions

    every = explain_decisions(source, _options(ctx, **kw))
    shown, total = (every if show_all else uncertain(every)), len(every)
    if shown:
        click.echo(format_decisions(shown))
    click.echo(f"{len(shown)} of {total} decisions shown" + ("" if show_all else " (uncertain; --all for every one)"),
               err=True)


@cli.command("validate")
@click.argument("xml_file", type=click.Path(path_type=Path))
@global_options()
def validate_command(xml_file):
    """Check an XML intermediate against the schema the project ships."""
    from .build import load_intermediate

    load_intermediate(xml_file)
    click.echo(f"{xml_file}: valid", err=True)


@cli.command("render")
@click.argument("xml_file", type=click.Path(path_type=Path))
@click.option("--to", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Default: output/<stem>.<format>")
@_apply(render_options)
@click.pass_context
@global_options()
def render_command(ctx, xml_file, fmt, output, **kw):
    """Render one edition from an existing XML intermediate, verify it, then write it."""
    from .atomic import refuse_directory
    from .build import render_edition

    output = output or Path("output") / f"{xml_file.stem}.{fmt}"
    refuse_directory(output, f"{xml_file.stem}.{fmt}")
    render_edition(xml_file, fmt, output, _options(ctx, **kw))


@cli.command("build")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated editions to build.")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True)
@click.option("--build-dir", type=click.Path(path_type=Path), default=None,
              help="Where the XML intermediates and charts go.  [default: OUTPUT_DIR/.build]")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Processes to render with (default: the cores available).")
@click.option("--scheduler", envvar="PIPELINE_SCHEDULER", default=None, metavar="tcp://HOST:PORT",
              help="Run the batch as tasks on this Dask scheduler (also PIPELINE_SCHEDULER); "
                   "the output and build folders must be paths every worker sees.")
@click.option("--resume", is_flag=True, help="Skip documents whose outputs in the manifest are up to date.")
@click.option("--fail-fast", is_flag=True, help="Stop the batch at the first document that fails.")
@_apply(front_options + render_options)
@click.pass_context
@global_options()
def build_command(ctx, sources, formats, output_dir, build_dir, jobs, scheduler, resume, fail_fast, **kw):
    """Run every stage on each SOURCE (a file, a folder of .txt files, or @list.txt): XML, then
    the editions, each verified; each document is recorded in OUTPUT_DIR/manifest.jsonl."""
    from .batch import build_all

    if kw.get("corrections") and len(sources) > 1:
        raise click.BadParameter("--corrections takes one SOURCE; for a batch, put <stem>.pipeline.yaml "
                                 "beside each source")
    wanted = tuple(f.strip() for f in formats.split(",") if f.strip())
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise click.BadParameter(f"--to takes pdf, docx, epub; got {formats!r}")
    # The intermediates belong to the editions: inside their folder, never in whatever
    # folder the command happens to run from.
    build_dir = build_dir or output_dir / BUILD_SUBDIR
    build_all(list(sources), wanted, output_dir, build_dir, jobs, _options(ctx, **kw),
              scheduler=scheduler or None, resume=resume, fail_fast=fail_fast)


@cli.command("verify")
@click.argument("xml_file", type=click.Path(path_type=Path))
@click.argument("editions", nargs=-1, required=True, type=click.Path(path_type=Path))
@global_options()
def verify_command(xml_file, editions):
    """Check that each EDITION (.pdf, .docx, .epub) contains every character of the XML body, in order."""
    from .build import load_intermediate
    from .errors import InputError
    from .verify import verify_edition

    doc = load_intermediate(xml_file)
    for edition in editions:
        fmt = edition.suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            raise InputError(f"{edition}: cannot tell the edition's format from its name (.pdf, .docx, .epub)")
        try:
            data = edition.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {edition}: {exc.strerror or exc}") from None
        verify_edition(doc, fmt, data)
        click.echo(f"{edition}: every body character is there", err=True)


@cli.command("styles")
@global_options()
def styles_command():
    """List the style presets, one line each (use one with --style NAME)."""
    from .resources import preset_names
    from .style import load_style

    for name in preset_names():
        click.echo(f"{name:<12} {load_style(name).settings()['description']}")


@cli.group("style")
def style_group():
    """Start an own style from a preset, or list a style's files."""


@style_group.command("init")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--from", "preset", default="report", show_default=True, help="The preset to copy.")
@global_options()
def style_init_command(folder, preset):
    """Copy a preset's files into FOLDER, to edit and use with --style FOLDER."""
    from .style import init_style

    for path in init_style(folder, preset):
        click.echo(str(path))
    click.echo(f"{folder}: style folder made from {preset}; build with --style {folder}", err=True)


@style_group.command("files")
@click.argument("style", default="")
@click.option("--to", "fmt", type=click.Choice(FORMATS), default=None,
              help="Only the files that shape this edition.")
@global_options()
def style_files_command(style, fmt):
    """The files a style adds over the default, one per line (Make's dependencies)."""
    from .style import load_style

    for path in load_style(style).own_files(fmt or ""):
        click.echo(str(path))


INTERRUPTED = "error: interrupted; editions logged as written are complete, no other was replaced"


def _stop_now(signum, frame):
    """SIGINT/SIGTERM in the command: remove what is half-written, stop the workers, exit.

    Nothing is raised from here: an exception raised by a signal handler can land in a
    garbage-collector callback, where Python prints it and carries on.
    """
    from .atomic import remove_pending

    remove_pending()
    # Only a command that started workers has imported multiprocessing (not imported here: start-up).
    multiprocessing = sys.modules.get("multiprocessing")
    for child in multiprocessing.active_children() if multiprocessing else ():
        child.terminate()
    os.write(2, (INTERRUPTED + "\n").encode())
    os._exit(128 + signum)


def run() -> None:
    """The `pipeline` command (and `python -m pipeline`)."""
    signal.signal(signal.SIGINT, _stop_now)
    signal.signal(signal.SIGTERM, _stop_now)
    _exit_now(main())


def _exit_now(code: int) -> None:
    """End the process without tearing the interpreter down.

    Python's finalization frees every module and object one by one (matplotlib, WeasyPrint,
    the XML trees): about 0.2 s of CPU after `pipeline xml` and at the end of every build's
    critical path (bench/results.md, "Profile of the 1x build": finishing), for memory the
    kernel takes back at once. Nothing is lost by skipping it: every file was written
    atomically and is complete, the pool's workers have been joined, and the streams and
    log handlers are flushed here.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a closed pipe or stream: nothing more can reach it
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn every failure into one line and an exit code."""
    flags: dict = {}   # the group's --strict and --debug, as click parsed them
    first = len(log.collected)   # only this run's warnings count (tests call main() repeatedly)
    try:
        cli.main(args=argv, prog_name="pipeline", standalone_mode=False, obj=flags)
        warnings = len(log.collected) - first
        if warnings and flags.get("strict"):
            click.echo(f"error: {warnings} warning(s) and --strict is on", err=True)
            return 3
        return 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo(INTERRUPTED, err=True)
        return 130
    except PipelineError as exc:
        click.echo(f"error: {exc.message}", err=True)
        return exc.exit_code
    except Exception as exc:  # a bug: still one line, unless --debug
        if flags.get("debug"):
            traceback.print_exc()
        click.echo(f"error: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
                   err=True)
        return 1


if __name__ == "__main__":  # pragma: no cover
    run()
