"""BackTimer: guided, timed lower-back routines."""

__version__ = "0.1.0"
APP_ID = "io.github.backtimer.BackTimer"
APP_NAME = "BackTimer"
