"""Use cases, one transaction each. No Qt."""
