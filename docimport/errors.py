"""The one exception every reader and the parser raise for bad input: its message is shown to the user."""


class DocumentImportError(Exception):
    """A file that cannot be imported; `message` is Vietnamese and says what to do."""

    def __init__(self, message: str, *, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message
