"""``backtimer`` and ``python -m backtimer``."""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace

_PROCESS_START = time.monotonic()  # for --check-startup

# The window's own options. When the command line holds only these, it is read here
# without argparse and the CLI module (both stay off the path to the first paint); any
# other argument, --help and every error go through ``backtimer.cli``.
_WINDOW_FLAGS = {
    "--start": "start",
    "--check-startup": "check_startup",
    "--check-first-paint": "check_first_paint",
}
_WINDOW_VALUES = {"--data-dir": "data_dir", "--routine": "routine"}


def window_args(argv: list[str]) -> SimpleNamespace | None:
    """The window's options from ``argv``, or None if anything else is there."""
    out = SimpleNamespace(command=None, data_dir=None, routine=None, start=False)
    out.check_startup = out.check_first_paint = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        if not eq and arg in _WINDOW_FLAGS:
            setattr(out, _WINDOW_FLAGS[arg], True)
        elif name in _WINDOW_VALUES and eq and value:
            setattr(out, _WINDOW_VALUES[name], value)
        elif not eq and arg in _WINDOW_VALUES and i + 1 < len(argv):
            value = argv[i + 1]
            if not value or value.startswith("-"):
                return None  # let argparse explain
            setattr(out, _WINDOW_VALUES[arg], value)
            i += 1
        else:
            return None
        i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["--voice-server"]:  # the speech child process (see ui/voice.py)
        from backtimer.ui.voice import serve

        return serve(args_in[1:])
    try:
        args = window_args(args_in)
        if args is None:
            from backtimer import cli

            parsed = cli.parse(args_in)
            if parsed.command is not None:
                return cli.run_command(parsed)
            args = SimpleNamespace(**vars(parsed))
        from backtimer.source_text import keep_no_sources

        keep_no_sources()  # the window runs for hours: no source text of its imports kept
        from backtimer import launch  # Qt is imported only for the window

        return launch.leave(launch.run(args, process_start=_PROCESS_START))
    except KeyboardInterrupt:  # Ctrl+C before the window or a command could take it
        print("backtimer: interrupted", file=sys.stderr)
        return 128 + 2


if __name__ == "__main__":
    sys.exit(main())
