"""Running Rekindle as an operator sees it: health and metrics over HTTP (``web``, ``health``,
``metrics``), one poller per database and migrations that cannot race (``locks``), and
``python -m bot doctor`` (``doctor``).

Nothing here knows about couples: the rest of the bot reaches this package through a few
one-line hooks (timing of handlers, sends and the two timer jobs, the safety count).
"""
