"""The errors of the press release import; their messages are shown to editors."""


class PressReleaseImportError(Exception):
    """A file could not be imported; `message` is a translatable user message."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message

    def __str__(self):
        return str(self.message)


class UnreadableFile(PressReleaseImportError):
    """The file is missing, binary, empty, of an unknown encoding or type."""


class NoPressRelease(PressReleaseImportError):
    """The file is readable but holds no press release (no text after noise)."""


class NoNewsroom(PressReleaseImportError):
    """There is no newsroom in the default language to import into."""
