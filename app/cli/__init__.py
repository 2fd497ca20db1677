"""The command line: with no subcommand it opens the desktop program.

Global options (``--data-dir``, ``--today``, ``--json``, ``--officer``, ``--lang``) are
accepted before or after the subcommand. Exit codes: 0 done, 1 refused (one line on
stderr saying why), 2 usage error. A user's mistake never shows a traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Sequence

from app.cli.common import CliError, Context, build_parser
from app.services.errors import USER_ERRORS
from app.store.database import SQLITE_ERRORS, explain


def _one_line(exc: BaseException) -> str:
    problems = getattr(exc, "problems", None)
    if problems:
        return "；".join(str(p) for p in problems)
    return " ".join(str(exc).split("\n"))


def _desktop(args) -> int:
    """The window, once the system is seen to have what Qt needs to show it."""
    from app import preflight

    if getattr(args, "smoke", False) and sys.platform.startswith("linux") \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the self-check needs no screen
    problem = preflight.check()
    if problem is not None:
        print(f"approval-window: {problem.message(getattr(args, 'lang', None) or 'zh_CN')}", file=sys.stderr)
        return 1
    from app.ui.launch import run_gui

    return run_gui(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _desktop(args)
    ctx = Context.from_args(args)
    try:
        return int(handler(ctx, args) or 0)
    except CliError as exc:
        print(f"approval-window: {exc}", file=sys.stderr)
        return exc.exit_code
    except USER_ERRORS as exc:
        print(f"approval-window: {_one_line(exc)}", file=sys.stderr)
        return 1
    except SQLITE_ERRORS as exc:
        print(f"approval-window: {explain(exc, ctx.paths.database_label)}", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print("approval-window: 输入不是有效的 UTF-8 文本，未作任何改动", file=sys.stderr)
        return 1
    except RecursionError:
        print("approval-window: 输入的文件嵌套过深，无法读取，未作任何改动", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("approval-window: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) has gone: stop quietly, as command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = f"：{exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"approval-window: 文件或磁盘出错{where}（{exc.strerror or exc}），本次操作未完成", file=sys.stderr)
        return 1
    finally:
        ctx.close()
