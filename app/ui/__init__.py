"""The PySide6 desktop program. The only layer that imports Qt."""
