"""Parser, shared options and the per-invocation context of the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, NoReturn

from app import __version__
from app.domain.calendar import parse_iso_date
from app.paths import DataPaths


class CliError(Exception):
    """A refused action: printed as one line, exit code 1."""

    exit_code = 1


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with usage errors in Chinese and exit code 2."""

    def error(self, message: str) -> NoReturn:
        message = (
            message.replace("the following arguments are required", "缺少必需的参数")
            .replace("unrecognized arguments", "无法识别的参数")
            .replace("invalid choice", "无效的选项")
            .replace("choose from", "可选")
            .replace("expected one argument", "需要一个值")
            .replace("expected at least one argument", "至少需要一个值")
            .replace("not allowed with argument", "不能与此参数同时使用：")
            .replace("one of the arguments", "以下参数必须给出其一：")
            .replace("argument ", "参数 ")
            .replace("is required", "")
        )
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 用法错误：{message}\n")


def iso_date(text: str) -> dt.date:
    try:
        return parse_iso_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是有效日期，应为 YYYY-MM-DD") from None


#: No count on the command line needs more; larger ones overflow SQLite's integers.
MAX_COUNT = 1_000_000


def non_negative_int(text: str) -> int:
    if len(text) > 12:
        raise argparse.ArgumentTypeError(f"“{text[:20]}…”不是合理的数字")
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"“{text}”不能为负数")
    if value > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"“{text}”过大，最大 {MAX_COUNT}")
    return value


def positive_int(text: str) -> int:
    value = non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError("应为正整数")
    return value


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    g = parser.add_argument_group("通用选项")
    g.add_argument("--data-dir", metavar="DIR", default=default, help="数据目录（也可用环境变量 APPROVAL_WINDOW_DATA）")
    g.add_argument("--database", metavar="URL", default=default,
                   help="县级枢纽的 PostgreSQL 数据库（postgresql+psycopg://用户@主机/库名；密码写在 ~/.pgpass）。"
                        "不指定时用数据目录中的设置或环境变量 APPROVAL_WINDOW_DATABASE，都没有则用数据目录中的 SQLite 文件")
    g.add_argument("--today", metavar="YYYY-MM-DD", type=iso_date, default=default, help="以此日期计算倒计时（默认：今天）")
    g.add_argument("--json", action="store_true", default=default if suppress else False, help="以 JSON 输出记录")
    g.add_argument("--officer", metavar="NAME", default=default, help="操作人（已登记的工作人员用户名）；须验证其密码")
    g.add_argument("--password-stdin", action="store_true", default=default if suppress else False,
                   help=f"从标准输入读取密码，每行一个：先是操作人的（已设环境变量 {ENV_PASSWORD} 时除外），"
                        "再是要设置的新密码")
    g.add_argument("--lang", choices=["zh_CN", "en"], default=default, help="界面语言")


#: The acting officer's password for scripts, when neither a terminal nor stdin is used.
ENV_PASSWORD = "APPROVAL_WINDOW_PASSWORD"

Registrar = Callable[[argparse._SubParsersAction, Callable[..., argparse.ArgumentParser]], None]


def build_parser() -> argparse.ArgumentParser:
    from app.cli import registry

    parser = ChineseArgumentParser(
        prog="approval-window",
        description="便民服务中心窗口受理系统。不带子命令时打开桌面程序。",
    )
    parser.add_argument("--version", action="version", version=f"approval-window {__version__}")
    parser.add_argument("--smoke", action="store_true", help="在临时数据目录中用演示数据启动主窗口，检查后退出")
    parser.add_argument("--screenshot", metavar="FILE.png", help="与 --smoke 同用：保存主窗口截图")
    add_global_options(parser, suppress=False)
    sub = parser.add_subparsers(title="子命令", metavar="COMMAND", parser_class=ChineseArgumentParser)

    def command(group: argparse._SubParsersAction, name: str, **kw: Any) -> argparse.ArgumentParser:
        p = group.add_parser(name, **kw)
        add_global_options(p, suppress=True)
        return p

    for register in registry.REGISTRARS:
        register(sub, command)
    return parser


@dataclass
class Context:
    """What one command invocation knows: where the data is, what day it is, who acts."""

    paths: DataPaths
    today: dt.date
    today_given: bool
    as_json: bool
    officer_name: str | None
    lang: str
    password_stdin: bool = False
    _closers: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "Context":
        data_dir = getattr(args, "data_dir", None) or os.environ.get("APPROVAL_WINDOW_DATA")
        today = getattr(args, "today", None)
        return cls(
            paths=DataPaths(Path(data_dir) if data_dir else None, getattr(args, "database", None)),
            today=today or dt.date.today(),
            today_given=today is not None,
            as_json=bool(getattr(args, "json", False)),
            officer_name=getattr(args, "officer", None),
            lang=getattr(args, "lang", None) or "zh_CN",
            password_stdin=bool(getattr(args, "password_stdin", False)),
        )

    _workspace: Any = None
    _actor: Any = None

    def workspace(self):
        """The open data folder (database migrated and checked); opened on first use."""
        if self._workspace is None:
            from app.services.workspace import Workspace

            self._workspace = Workspace.open(self.paths)
            self.on_close(self._workspace.close)
        return self._workspace

    def actor(self):
        """The officer named by ``--officer``, signed in with their password.

        Required by every command that changes data. A wrong password counts towards the
        lock-out exactly as in the window, and the refusal reads the same whether or not
        the name exists.
        """
        if self._actor is None:
            from app.services.officers import authenticate

            self._actor = authenticate(self.workspace(), *self.credentials())
        return self._actor

    def credentials(self) -> tuple[str, str]:
        """The acting officer's name and password: environment, stdin, or a prompt."""
        if not self.officer_name:
            self.fail("此命令会修改数据，须用 --officer NAME 指明操作人")
        env = os.environ.get(ENV_PASSWORD)
        if env:
            return self.officer_name, env
        if self.password_stdin:
            return self.officer_name, self.stdin_line(f"{self.officer_name} 的密码")
        if not sys.stdin.isatty():
            self.fail(f"须验证操作人 {self.officer_name} 的密码：请在终端中运行，或用 --password-stdin，"
                      f"或为脚本设环境变量 {ENV_PASSWORD}")
        return self.officer_name, getpass.getpass(f"{self.officer_name} 的密码：")

    def stdin_line(self, what: str) -> str:
        """One line of standard input, strictly UTF-8; an empty one is refused."""
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:
            raw = buffer.readline(4096)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                self.fail(f"标准输入中的{what}不是有效的 UTF-8 文本")
        else:
            line = sys.stdin.readline(4096)
        line = line.rstrip("\r\n")
        if not line:
            self.fail(f"标准输入中没有读到{what}")
        return line

    def day(self):
        """The date countdowns are judged on: ``--today``, else the computer's if trustworthy."""
        return self.workspace().today(self.today if self.today_given else None)

    def on_close(self, fn: Callable[[], None]) -> None:
        self._closers.append(fn)

    def close(self) -> None:
        while self._closers:
            self._closers.pop()()

    def emit(self, record: Any, text: str | None = None) -> None:
        """Print a record: JSON with ``--json``, else the human text."""
        if self.as_json:
            print(json.dumps(record, ensure_ascii=False, indent=2, default=str))
        elif text is not None:
            print(text)

    def fail(self, message: str) -> NoReturn:
        raise CliError(message)
