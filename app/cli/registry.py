"""The command groups, in the order ``--help`` lists them."""

from app.cli import calendar_cmd

REGISTRARS = [calendar_cmd.register]
