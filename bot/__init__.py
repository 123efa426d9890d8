"""Rekindle: a Telegram bot that helps couples repair and strengthen their relationship."""

import os

__version__ = "0.1.0"

# Opt in to python-telegram-bot's future behaviour: durations (RetryAfter.retry_after, ...) are
# timedelta objects.
os.environ.setdefault("PTB_TIMEDELTA", "1")
