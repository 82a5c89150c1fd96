"""Errors that the CLI turns into one line on stderr and an exit code."""


class PagesiftError(Exception):
    """Base error; `exit_code` follows the CLI convention (2 usage, 1 data)."""

    exit_code = 1


class UsageError(PagesiftError):
    exit_code = 2


class DataError(PagesiftError):
    exit_code = 1


class ModelError(PagesiftError):
    exit_code = 1
