"""A faster ``__init__`` for the small frozen records the scanners make by the tens per article.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__`` (its own
``__setattr__`` refuses), about three times the cost of a plain one: for ``NumberMention``, ``CountryMention``,
``Sentence`` and ``YearExpression``, made by the hundred thousand on a large corpus, that was a few per cent of
extraction. :func:`quick_init` gives such a class an ``__init__`` with the same signature that fills the
instance's ``__dict__`` in field order; everything else (frozen assignment, equality, hash, repr, ``replace``)
is the dataclass's own.
"""

from __future__ import annotations

import dataclasses


def quick_init(cls: type) -> type:
    """Replace the ``__init__`` of frozen dataclass ``cls`` (no ``__post_init__``, slots, ``init=False`` fields or
    default factories) with one that writes the instance's ``__dict__`` directly; returns ``cls``."""
    params = getattr(cls, "__dataclass_params__", None)
    fields = dataclasses.fields(cls)
    if (params is None or not params.frozen or hasattr(cls, "__post_init__") or hasattr(cls, "__slots__")
            or any(not f.init or f.default_factory is not dataclasses.MISSING or f.kw_only for f in fields)):
        raise TypeError(f"quick_init: {cls.__name__} is not a plain frozen dataclass")
    defaults = {f"_d_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    args = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_d_{f.name}" for f in fields)
    body = "\n".join(f"    d[{f.name!r}] = {f.name}" for f in fields)
    namespace: dict = {}
    exec(f"def __init__(self, {args}):\n    d = self.__dict__\n{body}\n", defaults, namespace)  # noqa: S102 - our own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls
