"""Command line: ``python -m bot [run|web|migrate|doctor|demo|translations|screen]``; each
command is one entry of ``COMMANDS``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

from bot.config import ConfigError, Settings, load_settings

# Exit codes besides 0: a setting is missing or wrong; another poller holds this database.
EXIT_CONFIG = 2
EXIT_ALREADY_RUNNING = 3


def _logging(settings: Settings) -> None:
    """No one's words in the log at any level: see bot/logs.py."""
    from bot import logs

    logs.configure(settings)


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    from bot.serve import migrate

    migrate(settings)
    return 0


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Polling (updates and timer jobs), or with BOT_MODE=webhook the timer jobs only."""
    settings.require_token()
    from bot import serve

    serve.run(settings, "worker" if settings.bot_mode == "webhook" else "polling")
    return 0


def cmd_web(settings: Settings, args: argparse.Namespace) -> int:
    """Receive updates by webhook (timer jobs only with RUN_JOBS=true)."""
    settings.require_token()
    from bot import serve

    serve.webhook_options(settings)  # refuse a bad configuration before touching anything
    if settings.run_jobs is None:
        settings = settings.with_overrides(run_jobs=False)
    serve.run(settings, "web")
    return 0


def cmd_doctor(settings: Settings, args: argparse.Namespace) -> int:
    from bot.ops import doctor

    return doctor.main(settings)


def cmd_demo(settings: Settings | None, args: argparse.Namespace) -> int:
    from bot.demo import main as demo

    logging.basicConfig(level=logging.WARNING)
    return demo(args.transcript, args.lang)


def cmd_translations(settings: Settings | None, args: argparse.Namespace) -> int:
    from bot.views.translations import main as translations

    return translations(verbose=args.verbose)


def _translations_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verbose", action="store_true", help="list every problem")


def cmd_screen(settings: Settings | None, args: argparse.Namespace) -> int:
    """The safety screen on JSON lines: {"text": ...} in, {"level": ..., "categories": [...]}
    out, in the same order."""
    from bot.services.safety.cli import main as screen

    return screen()


@dataclass(frozen=True)
class Command:
    run: Callable[..., int]
    help: str
    needs_settings: bool = True
    arguments: Callable[[argparse.ArgumentParser], None] | None = None


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--transcript",
        metavar="FILE",
        help="also write the transcript to FILE (and the chart beside it)",
    )
    parser.add_argument(
        "--lang",
        default="en",
        metavar="LANG",
        help="the phones' language: en (the default), de, es or fr",
    )


COMMANDS: dict[str, Command] = {
    "run": Command(
        cmd_run,
        "migrate and start the bot (the default); with BOT_MODE=webhook only the timer jobs",
    ),
    "web": Command(cmd_web, "receive updates by webhook (BOT_MODE=webhook)"),
    "migrate": Command(cmd_migrate, "only bring the database up to date (the release step)"),
    "doctor": Command(cmd_doctor, "check the token, database, files, webhook, content and more"),
    "demo": Command(
        cmd_demo,
        "a month of Rekindle against a fake Telegram, printed as a transcript",
        needs_settings=False,
        arguments=_demo_arguments,
    ),
    "translations": Command(
        cmd_translations,
        "is every language complete? missing messages, placeables, markup, English left in",
        needs_settings=False,
        arguments=_translations_arguments,
    ),
    "screen": Command(
        cmd_screen,
        'the safety screen on JSON lines from stdin ({"text": ...}), one answer per line',
        needs_settings=False,
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Rekindle, the couples bot.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        sub = commands.add_parser(name, help=command.help, description=command.help)
        if command.arguments is not None:
            command.arguments(sub)
    args = parser.parse_args(argv)
    command = COMMANDS[args.command or "run"]
    if not command.needs_settings:
        return command.run(None, args)
    from telegram.error import InvalidToken

    from bot.ops.locks import AlreadyRunning

    try:
        settings = load_settings()
        _logging(settings)
        return command.run(settings, args)
    except ConfigError as exc:
        print(f"\n{exc}\n", file=sys.stderr)
        return EXIT_CONFIG
    except AlreadyRunning as exc:
        print(
            f"\n{exc}. Only one process may poll Telegram for a bot: stop the other one first "
            "(or, to run several, use webhooks: see 'Running on several machines' in the "
            "README).\n",
            file=sys.stderr,
        )
        return EXIT_ALREADY_RUNNING
    except InvalidToken:
        print(
            "\nTelegram refused TELEGRAM_BOT_TOKEN. Copy the token again from @BotFather (send "
            "/mybots, choose the bot, then 'API Token') into .env, then run "
            "`python -m bot doctor`.\n",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
