"""Slow work: RQ jobs on Redis, or the same functions in-process in embedded mode."""
