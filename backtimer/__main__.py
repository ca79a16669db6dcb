"""``backtimer`` and ``python -m backtimer``."""

from __future__ import annotations

import sys
import time

_PROCESS_START = time.monotonic()  # for --check-startup


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["--voice-server"]:  # the speech child process (see ui/voice.py)
        from backtimer.ui.voice import serve

        return serve(args_in[1:])
    try:
        from backtimer import cli

        args = cli.parse(args_in)
        if args.command is not None:
            return cli.run_command(args)
        from backtimer import launch  # Qt is imported only for the window

        return launch.run(args, process_start=_PROCESS_START)
    except KeyboardInterrupt:  # Ctrl+C before the window or a command could take it
        print("backtimer: interrupted", file=sys.stderr)
        return 128 + 2


if __name__ == "__main__":
    sys.exit(main())
