"""The administration window (administrators only): catalogue, officers, settings, calendar."""

from app.ui.admin.admin_window import AdminDialog

__all__ = ["AdminDialog"]
