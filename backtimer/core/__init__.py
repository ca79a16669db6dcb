"""BackTimer's core: model, catalogue, routine format, steps, clock and session engine.

Nothing in this package imports Qt; a test imports it with PySide6 blocked.
"""
