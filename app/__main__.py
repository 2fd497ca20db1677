import multiprocessing
import sys

if __name__ == "__main__":
    # A large rebuild folds cases in worker processes, which the frozen program starts as
    # itself again: this hands such a start over to the worker before anything else runs.
    multiprocessing.freeze_support()
    from app.cli import main

    sys.exit(main())
