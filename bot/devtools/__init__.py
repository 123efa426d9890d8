"""What only a developer runs, never the bot: ``lock.py`` keeps ``constraints.txt`` (make lock)."""
