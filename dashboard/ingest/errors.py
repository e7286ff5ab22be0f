"""The one error of the ingest stage."""


class ArticleError(ValueError):
    """An article that cannot be read; the message names the file and says why."""
