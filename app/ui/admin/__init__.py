"""The administration window (administrators only): catalogue, officers, settings, calendar."""

from app.ui.admin.admin_window import AdminDialog
from app.ui.admin.calendar_page import next_year_missing

__all__ = ["AdminDialog", "next_year_missing"]
