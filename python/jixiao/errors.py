"""The exceptions jixiao raises.

Every one derives from :class:`JixiaoError`, and also from the built-in a caller
would catch without knowing jixiao (``FileNotFoundError``, ``ValueError`` ...).
The native module raises them by name from this module, one class per variant
of the Rust core's ``jixiao::Error``, with the core's message as ``str(e)``.
"""

from __future__ import annotations

__all__ = [
    "JixiaoError",
    "JixiaoFileNotFoundError",
    "JixiaoIsADirectoryError",
    "JixiaoOSError",
    "EmptyInputError",
    "LimitExceededError",
    "InputTooLargeError",
    "ZipBombError",
    "DecodeError",
    "UnknownEncodingError",
    "UnknownFormatError",
    "NotAFilingError",
    "MalformedFileError",
    "UnsupportedFormatError",
    "ArchiveInputError",
    "RuleSettingsError",
    "UnknownRuleError",
    "InternalError",
]


class JixiaoError(Exception):
    """Base class of every error jixiao raises."""


class _CoreMessage(OSError):
    # Raised as cls(errno, message, filename), like the built-ins, so errno and
    # filename are set; OSError's own __str__ would then print
    # "[Errno 2] message: 'path'", so keep str(e) the core's message.
    def __str__(self) -> str:
        return self.strerror if self.strerror is not None else super().__str__()


class JixiaoFileNotFoundError(JixiaoError, _CoreMessage, FileNotFoundError):
    """The path does not exist (a str without a newline is taken as a path)."""


class JixiaoIsADirectoryError(JixiaoError, _CoreMessage, IsADirectoryError):
    """The path is a directory, not one filing."""


class JixiaoOSError(JixiaoError, _CoreMessage, OSError):
    """The file exists but could not be read (permissions, I/O failure ...)."""


class EmptyInputError(JixiaoError, ValueError):
    """The input is empty or holds only whitespace."""


class LimitExceededError(JixiaoError, ValueError):
    """The input exceeds a safety limit (size, entries, nesting depth, cells ...)."""


class InputTooLargeError(LimitExceededError):
    """The input is larger than the size limit."""


class ZipBombError(LimitExceededError):
    """A DOCX/XLSX package unpacks to more than the limit."""


class DecodeError(JixiaoError, ValueError):
    """The bytes are not valid text in the given or any detected encoding."""


class UnknownEncodingError(JixiaoError, ValueError):
    """``encoding=`` is not a known encoding label."""


class UnknownFormatError(JixiaoError, ValueError):
    """``format=`` is not a known format name."""


class NotAFilingError(JixiaoError, ValueError):
    """The input looks binary, not like a text filing."""


class MalformedFileError(JixiaoError, ValueError):
    """The bytes claim a format (DOCX, XLSX, PDF ...) but are broken or truncated."""


class UnsupportedFormatError(JixiaoError, ValueError):
    """The format is recognised but not readable yet."""


class ArchiveInputError(JixiaoError, ValueError):
    """The input is a zip archive of files, not one filing (``jixiao.read`` opens archives)."""


class RuleSettingsError(JixiaoError, ValueError):
    """A ``jixiao.Rules`` setting is invalid: a threshold out of range, an unknown framework."""


class UnknownRuleError(RuleSettingsError):
    """A code or prefix in ``select`` / ``ignore`` matches no rule (``jixiao.rules()`` lists them)."""


class InternalError(JixiaoError, RuntimeError):
    """A bug in jixiao (a Rust panic); please report it with the input."""
