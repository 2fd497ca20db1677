"""Sync packages: export, import, receipts. No Qt."""
