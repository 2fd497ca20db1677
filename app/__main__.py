"""The program's entry: ``python -m app``, the installed ``approval-window`` command and the
frozen program all start here.

This module imports nothing of the program at the top. A large rebuild folds cases in
worker processes, and a spawned worker imports its parent's main module again (for the
installed command, the script that imports :func:`run` from here): with the command
line imported at the top, each worker would load the whole program for nothing.
"""

import multiprocessing
import sys


def run() -> int:
    # The frozen program starts its rebuild workers as itself again: hand such a start
    # over to the worker before anything else runs.
    multiprocessing.freeze_support()
    from app.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
