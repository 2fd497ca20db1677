"""The command groups, in the order ``--help`` lists them."""

from app.cli import (
    admin_cmd, calendar_cmd, case_cmd, catalogue_cmd, ledger_cmd, letter_cmd, report_cmd, station_cmd, sync_cmd,
)

REGISTRARS = [
    station_cmd.register,
    case_cmd.register,
    letter_cmd.register,
    ledger_cmd.register,
    report_cmd.register,
    catalogue_cmd.register,
    calendar_cmd.register,
    sync_cmd.register,
    admin_cmd.register,
]
