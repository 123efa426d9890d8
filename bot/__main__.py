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
    settings.require_token()
    cmd_migrate(settings)
    from bot.app import build_application

    application = build_application(settings)
    if settings.bot_mode == "webhook":
        from bot.webhook import run_webhook

        run_webhook(application, settings)
    else:
        application.run_polling(allowed_updates=["message", "callback_query", "my_chat_member"])
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
        choices=["run", "migrate"],
        help="run: migrate and start the bot (default); migrate: only migrate",
    )
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        _logging(settings)
        if args.command == "migrate":
            return cmd_migrate(settings)
        return cmd_run(settings)
    except ConfigError as exc:
        print(f"\n{exc}\n", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
