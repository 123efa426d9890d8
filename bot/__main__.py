"""Command line: ``python -m bot [run|migrate]``."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.config import ConfigError, Settings, load_settings


def _logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request at INFO: far too chatty for a bot that polls.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def cmd_migrate(settings: Settings) -> int:
    from bot.storage.migrate import upgrade

    upgrade(settings.database_url)
    logging.getLogger("bot").info("database is up to date (%s)", _safe_url(settings.database_url))
    return 0


def cmd_run(settings: Settings) -> int:
    """Polling (updates and timer jobs), or with BOT_MODE=webhook the timer jobs only."""
    settings.require_token()
    cmd_migrate(settings)
    from bot import serve
    from bot.app import build_application

    application = build_application(settings)
    if settings.bot_mode == "webhook":
        serve.run_worker(application)
    else:
        serve.run_polling(application)
    return 0


def cmd_web(settings: Settings) -> int:
    """Receive updates by webhook (timer jobs only with RUN_JOBS=true)."""
    settings.require_token()
    from bot import serve

    serve.webhook_options(settings)  # refuse a bad configuration before touching anything
    cmd_migrate(settings)
    from bot.app import build_application

    if settings.run_jobs is None:
        settings = settings.with_overrides(run_jobs=False)
    serve.run_web(build_application(settings), settings)
    return 0


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Rekindle, the couples bot.")
    parser.add_argument(
        "command",
        nargs="?",
        default="run",
        choices=["run", "web", "migrate", "demo", "screen"],
        help="run: migrate and start the bot (default; with BOT_MODE=webhook only the timer "
        "jobs); web: receive updates by webhook; migrate: only migrate the database; demo: a "
        "week of Rekindle against a fake Telegram, printed as a transcript; screen: the safety "
        "screen on JSON lines from stdin",
    )
    parser.add_argument(
        "--transcript",
        metavar="FILE",
        help="demo: also write the transcript to FILE (and the chart beside it)",
    )
    args = parser.parse_args(argv)
    if args.command == "demo":
        from bot.demo import main as demo

        logging.basicConfig(level=logging.WARNING)
        return demo(args.transcript)
    if args.command == "screen":
        from bot.services.safety.cli import main as screen

        return screen()
    try:
        settings = load_settings()
        _logging(settings)
        if args.command == "migrate":
            return cmd_migrate(settings)
        if args.command == "web":
            return cmd_web(settings)
        return cmd_run(settings)
    except ConfigError as exc:
        print(f"\n{exc}\n", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
