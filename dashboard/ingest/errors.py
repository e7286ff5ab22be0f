"""The errors of the ingest stage: an article that cannot be read, a page that cannot be fetched."""


class ArticleError(ValueError):
    """An article that cannot be read; the message names the file and says why."""


class FetchError(ArticleError):
    """A page that could not be fetched; ``offline`` when the network (not the address) failed."""

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline
