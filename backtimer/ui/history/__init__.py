"""The history page: sessions, one session's details, weekly and pain charts.

Import :mod:`backtimer.ui.history.page` lazily (when the History tab is first shown):
it imports pyqtgraph, which the app's start-up must not pay for.
"""
