"""The domain. Plain async functions over a database session and explicit instants.

Nothing here imports telegram: handlers translate updates into calls to these functions and
render what comes back.
"""
