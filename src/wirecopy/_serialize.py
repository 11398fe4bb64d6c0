"""Documents as plain JSON data, as flat records, and the JSON Schema of the dict form.

Everything here is driven by the attrs fields of the model classes and
their resolved type hints, so a class or field added to
:mod:`wirecopy.model` is serialised, rebuilt, flattened and described with
no change to this module.  The dict form maps each field to JSON types:
parts become objects, tuples become lists (a span is ``[start, end]``),
dates are ISO strings.

>>> import wirecopy
>>> doc = wirecopy.parse("OSLO, May 2 (Reuters) - Snow fell.\\n")
>>> data = to_dict(doc)
>>> data["dateline"]["city"], data["paragraphs"][0]
('OSLO', {'text': 'Snow fell.', 'span': [24, 34]})
>>> from_dict(wirecopy.Document, data) == doc
True
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs
import regex

from wirecopy import model
from wirecopy._pattern import lazy

#: The URI of the JSON Schema dialect :func:`json_schema` writes.
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# A two-number list as json.dumps indents it: a span.  JSON strings hold no
# raw line breaks, so requiring them keeps a "[1,2]" inside a string as it is.
RE_SPAN_LIST = lazy(
    r"""
    \[ \n [ ]*      # the opening bracket, then the first number on a line of its own
    (-?\d+) , \n    # the start
    [ ]* (-?\d+) \n # the end, on the next line
    [ ]* \]         # the closing bracket on the line after
    """,
    regex.VERBOSE,
)

# The credit roles that get a column of their own in a record; the others
# share ``credits_other`` as "role: name".
RECORD_ROLES = ("reporting", "additional reporting", "writing", "editing")

_SCALARS = (str, int, float, bool)

# The types written to JSON as they are.
_PLAIN = frozenset({str, int, float, bool, type(None)})

# The field names of each type met (None for a type that is not attrs).
_FIELD_NAMES: dict[type[Any], tuple[str, ...] | None] = {}

# The resolved type hints of each model class, filled on first use.
_HINTS: dict[type[Any], dict[str, Any]] = {}


# ------------------------------------------------------------ to the dict form


def to_dict(value: attrs.AttrsInstance) -> dict[str, Any]:
    """An attrs model instance as a dict of JSON types, every field kept.

    >>> import wirecopy
    >>> to_dict(wirecopy.Headline(text="Mill shuts", span=(0, 10)))
    {'text': 'Mill shuts', 'span': [0, 10]}
    """
    data = _jsonable(value)
    if not isinstance(data, dict):
        raise TypeError(f"to_dict() takes an attrs model instance, not {type(value).__name__}")
    return data


def to_json(value: attrs.AttrsInstance, *, indent: int | None = 2) -> str:
    """:func:`to_dict` as JSON text; with ``indent``, each span stays on one line.

    >>> import wirecopy
    >>> print(to_json(wirecopy.Headline(text="Mill shuts", span=(0, 10))))
    {
      "text": "Mill shuts",
      "span": [0, 10]
    }
    >>> to_json(wirecopy.Headline(text="Mill shuts", span=(0, 10)), indent=None)
    '{"text": "Mill shuts", "span": [0, 10]}'
    """
    import json

    text = json.dumps(to_dict(value), indent=indent, ensure_ascii=False)
    return text if indent is None else RE_SPAN_LIST.sub(r"[\1, \2]", text)


def _jsonable(value: object) -> object:
    """``value`` with parts as dicts, tuples as lists and dates as ISO strings.

    >>> _jsonable((dt.date(2024, 5, 2), None))
    ['2024-05-02', None]
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: _jsonable(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [_jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, dt.date):  # datetime included
        return value.isoformat()
    return value


def _field_names(kind: type[Any]) -> tuple[str, ...] | None:
    """The field names of the attrs class ``kind``, or None for any other type.

    >>> import wirecopy
    >>> _field_names(wirecopy.Headline), _field_names(str)
    (('text', 'span'), None)
    """
    names = _FIELD_NAMES.get(kind, ())
    if names == ():
        names = _FIELD_NAMES[kind] = (
            tuple(field.name for field in attrs.fields(kind)) if attrs.has(kind) else None
        )
    return names


# ---------------------------------------------------------- from the dict form


def from_dict(cls: type[Any], data: Mapping[str, Any]) -> Any:
    """Rebuild an instance of the attrs class ``cls`` from its dict form.

    Keys that are not fields of ``cls`` are ignored (a batch may add its own,
    such as ``input``); a missing field takes its default, and one without a
    default is a ``ValueError``, as is a value of the wrong type.

    >>> import wirecopy
    >>> from_dict(wirecopy.Headline, {"text": "Mill shuts", "span": [0, 10], "input": "a.txt"})
    Headline(text='Mill shuts', span=(0, 10))
    >>> from_dict(wirecopy.Headline, {"text": "Mill shuts"})
    Traceback (most recent call last):
    ...
    ValueError: Headline: missing field 'span'
    """
    return _build(cls, data, cls.__name__)


def _build(cls: type[Any], data: object, where: str) -> Any:
    """An instance of ``cls`` from ``data``; ``where`` names the place for errors.

    >>> import wirecopy
    >>> _build(wirecopy.Signoff, {"text": "Reuter", "span": [3, 9]}, "signoff")
    Signoff(text='Reuter', span=(3, 9))
    """
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected an object, not {type(data).__name__}")
    hints = _hints(cls)
    values = {}
    for field in attrs.fields(cls):
        if field.name in data:
            keyword = getattr(field, "alias", None) or field.name
            values[keyword] = _convert(hints[field.name], data[field.name], f"{where}.{field.name}")
        elif field.default is attrs.NOTHING:
            raise ValueError(f"{where}: missing field {field.name!r}")
    return cls(**values)


def _convert(hint: Any, value: object, where: str) -> Any:
    """``value`` read from JSON as the type ``hint`` describes.

    >>> _convert(dt.date | None, "2024-05-02", "date")
    datetime.date(2024, 5, 2)
    >>> _convert(tuple[int, int], [3, 9], "span")
    (3, 9)
    """
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in arguments:
            return None
        errors = []
        for option in arguments:
            if option is type(None):
                continue
            try:
                return _convert(option, value, where)
            except ValueError as exc:
                errors.append(str(exc))
        raise ValueError("; ".join(errors) or f"{where}: no type accepts {value!r}")
    if origin is typing.Literal:
        if value not in arguments:
            raise ValueError(f"{where}: expected one of {list(arguments)!r}, not {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{where}: expected a list, not {type(value).__name__}")
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            return tuple(
                _convert(arguments[0], item, f"{where}[{i}]") for i, item in enumerate(value)
            )
        if len(arguments) != len(value):
            raise ValueError(f"{where}: expected {len(arguments)} items, not {len(value)}")
        return tuple(
            _convert(kind, item, f"{where}[{i}]")
            for i, (kind, item) in enumerate(zip(arguments, value, strict=True))
        )
    if origin in (list, frozenset, set):
        if not isinstance(value, (list, tuple)):
            raise ValueError(f"{where}: expected a list, not {type(value).__name__}")
        items = [_convert(arguments[0], item, f"{where}[{i}]") for i, item in enumerate(value)]
        return origin(items)
    if origin is dict or origin is Mapping:
        if not isinstance(value, Mapping):
            raise ValueError(f"{where}: expected an object, not {type(value).__name__}")
        return {key: _convert(arguments[1], item, f"{where}.{key}") for key, item in value.items()}
    if isinstance(hint, type) and attrs.has(hint):
        return _build(hint, value, where)
    if hint in (dt.datetime, dt.date):
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected an ISO date string, not {value!r}")
        try:
            parsed = hint.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{where}: not an ISO date: {value!r}") from None
        if hint is dt.date and isinstance(parsed, dt.datetime):
            raise ValueError(f"{where}: expected a date without a time: {value!r}")
        return parsed
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in _SCALARS:
        # bool is an int in Python, but not in JSON.
        if type(value) is not hint:
            raise ValueError(f"{where}: expected {hint.__name__}, not {type(value).__name__}")
        return value
    raise ValueError(f"{where}: cannot read a value of type {hint!r}")


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved type hints of the attrs class ``cls``, per field name.

    >>> import wirecopy
    >>> _hints(wirecopy.Headline)["span"]
    tuple[int, int]
    """
    hints = _HINTS.get(cls)
    if hints is None:
        namespace = vars(sys.modules[cls.__module__])
        hints = _HINTS[cls] = typing.get_type_hints(cls, globalns=namespace)
    return hints


# -------------------------------------------------------------- flat records


def to_record(document: model.Document) -> dict[str, Any]:
    """One flat row for a table: every part's fields as columns, no spans.

    A part's fields become ``<part>_<field>`` columns (``dateline_city``,
    and for a part inside a part ``dateline_place_country``); a list of
    parts becomes a list of their names, codes or texts; the paragraphs
    give ``paragraph_count`` and ``text`` (joined by blank lines), and the
    credits one list of names per role in :data:`RECORD_ROLES`, the other
    roles sharing ``credits_other`` as ``"role: name"``.  Every document
    gives the same columns, so records fill a DataFrame or a Parquet file
    directly; dates stay ``datetime.date``.

    >>> import datetime, wirecopy
    >>> doc = wirecopy.parse(
    ...     "Mill shuts\\n\\nBy Ana Ruiz\\n\\nOSLO, Dec 31 (Reuters) - The mill shut.\\n\\n"
    ...     "It will not reopen.\\n\\n(Reporting by Ana Ruiz; Compiled by Tom Hale)\\n",
    ...     reference_date=datetime.date(2021, 1, 2),
    ... )
    >>> record = to_record(doc)
    >>> record["agency"], record["headline_text"], record["byline_people"]
    ('Reuters', 'Mill shuts', ['Ana Ruiz'])
    >>> record["dateline_city"], record["dateline_date"], record["paragraph_count"]
    ('OSLO', datetime.date(2020, 12, 31), 2)
    >>> record["text"]
    'The mill shut.\\n\\nIt will not reopen.'
    >>> record["credits_reporting"], record["credits_other"]
    (['Ana Ruiz'], ['compiled: Tom Hale'])
    """
    record: dict[str, Any] = {}
    hints = _hints(type(document))
    for field in attrs.fields(type(document)):
        value = getattr(document, field.name)
        if field.name == "source":
            continue
        if field.name == "paragraphs":
            record["paragraph_count"] = len(value)
            record["text"] = document.text
        elif field.name == "credits":
            for role in RECORD_ROLES:
                column = "credits_" + role.replace(" ", "_")
                record[column] = [p.name for c in value if c.role == role for p in c.people]
            record["credits_other"] = [
                f"{c.role}: {p.name}" for c in value if c.role not in RECORD_ROLES for p in c.people
            ]
        else:
            _flatten(hints[field.name], value, field.name, record)
    return record


def record_columns() -> dict[str, str]:
    """The columns of :func:`to_record` with their types, read from the model.

    Types are ``string``, ``integer``, ``number``, ``boolean``, ``date``,
    ``datetime`` or ``list<...>`` of one of them; every column may be null.
    A DataFrame or Parquet schema can be built from this without parsing a
    story first (see ``docs/scale.md``).

    >>> columns = record_columns()
    >>> columns["agency"], columns["dateline_date"], columns["byline_people"]
    ('string', 'date', 'list<string>')
    >>> list(columns) == list(to_record(model.Document(source="")))
    True
    """
    columns: dict[str, str] = {}
    hints = _hints(model.Document)
    for field in attrs.fields(model.Document):
        if field.name == "source":
            continue
        if field.name == "paragraphs":
            columns["paragraph_count"] = "integer"
            columns["text"] = "string"
        elif field.name == "credits":
            for role in RECORD_ROLES:
                columns["credits_" + role.replace(" ", "_")] = "list<string>"
            columns["credits_other"] = "list<string>"
        else:
            _column_types(hints[field.name], field.name, columns)
    return columns


def _column_types(hint: Any, name: str, columns: dict[str, str]) -> None:
    """Add the column types of the field ``name`` (type ``hint``), as :func:`_flatten` fills it.

    >>> import wirecopy
    >>> found = {}
    >>> _column_types(wirecopy.Headline | None, "headline", found)
    >>> found
    {'headline_text': 'string'}
    """
    part = _part_class(hint)
    if part is not None:
        part_hints = _hints(part)
        for field in attrs.fields(part):
            if not _is_span(part_hints[field.name]):
                _column_types(part_hints[field.name], f"{name}_{field.name}", columns)
        return
    if _is_span(hint):
        return
    item = _sequence_item(hint)
    if item is not None:
        inner = _part_class(item)
        if inner is not None:
            label = next((n for n in ("name", "code", "text") if n in _hints(inner)), None)
            kind = _scalar_type(_hints(inner)[label]) if label else "string"
        else:
            kind = _scalar_type(item)
        columns[name] = f"list<{kind}>"
    else:
        columns[name] = _scalar_type(hint)


def _scalar_type(hint: Any) -> str:
    """The column type name of a scalar type (optional or not).

    >>> _scalar_type(int | None), _scalar_type(dt.date)
    ('integer', 'date')
    """
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _scalar_type(options[0]) if len(options) == 1 else "string"
    if typing.get_origin(hint) is typing.Literal:
        return _scalar_type(type(typing.get_args(hint)[0]))
    names = {
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
        dt.datetime: "datetime",
        dt.date: "date",
    }
    return names.get(hint, "string")


def _flatten(hint: Any, value: Any, name: str, record: dict[str, Any]) -> None:
    """Add the columns of the field ``name`` (type ``hint``, value ``value``) to ``record``.

    Columns come from the type, not the value, so an absent part still
    gives its columns (as None).

    >>> import wirecopy
    >>> row = {}
    >>> _flatten(wirecopy.Headline | None, None, "headline", row)
    >>> row
    {'headline_text': None}
    """
    part = _part_class(hint)
    if part is not None:
        part_hints = _hints(part)
        for field in attrs.fields(part):
            if _is_span(part_hints[field.name]):
                continue
            inner = None if value is None else getattr(value, field.name)
            _flatten(part_hints[field.name], inner, f"{name}_{field.name}", record)
        return
    item = _sequence_item(hint)
    if item is not None and _part_class(item) is not None:
        record[name] = [_label(element) for element in value or ()]
    elif _is_span(hint):
        return
    elif item is not None:
        record[name] = list(value or ())
    else:
        record[name] = value


def _label(part: object) -> Any:
    """What stands for a part inside a list column: its name, code or text.

    >>> import wirecopy
    >>> _label(wirecopy.Person(name="Ana Ruiz", span=(0, 8)))
    'Ana Ruiz'
    """
    for name in ("name", "code", "text"):
        if hasattr(part, name):
            return getattr(part, name)
    return _jsonable(part)


def _part_class(hint: Any) -> type[Any] | None:
    """The attrs class ``hint`` names (``X`` or ``X | None``), else None.

    >>> import wirecopy
    >>> _part_class(wirecopy.Headline | None).__name__, _part_class(str | None)
    ('Headline', None)
    """
    if isinstance(hint, type) and attrs.has(hint):
        return hint
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) == 1:
            return _part_class(options[0])
    return None


def _sequence_item(hint: Any) -> Any:
    """The item type of ``tuple[X, ...]`` or ``list[X]``, else None.

    >>> _sequence_item(tuple[str, ...]), _sequence_item(tuple[int, int])
    (<class 'str'>, None)
    """
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return arguments[0]
    if origin in (list, frozenset, set):
        return arguments[0]
    return None


def _is_span(hint: Any) -> bool:
    """Whether ``hint`` is a span's type, ``tuple[int, int]`` (optional or not).

    >>> _is_span(tuple[int, int]), _is_span(tuple[int, int] | None), _is_span(str)
    (True, True, False)
    """
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return len(options) == 1 and _is_span(options[0])
    return typing.get_origin(hint) is tuple and typing.get_args(hint) == (int, int)


# -------------------------------------------------------------- JSON Schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of :meth:`Document.to_dict`'s output, from the model.

    Each model class is a definition under ``$defs`` with its fields as
    required properties, described by the docstrings written under them.

    >>> schema = json_schema()
    >>> schema["$ref"], sorted(schema["$defs"])[:3]
    ('#/$defs/Document', ['Byline', 'Credit', 'Dateline'])
    >>> schema["$defs"]["Headline"]["properties"]["span"]["prefixItems"]
    [{'type': 'integer'}, {'type': 'integer'}]
    """
    definitions: dict[str, Any] = {}
    _define(model.Document, definitions)
    return {
        "$schema": SCHEMA_DIALECT,
        "title": "wirecopy Document",
        "description": "A parsed wire story, as Document.to_dict() writes it.",
        "$ref": "#/$defs/Document",
        "$defs": dict(sorted(definitions.items())),
    }


def _define(cls: type[Any], definitions: dict[str, Any]) -> dict[str, str]:
    """Add the definition of the attrs class ``cls`` (and of its parts); return a ``$ref``.

    >>> import wirecopy
    >>> found = {}
    >>> _define(wirecopy.Signoff, found)
    {'$ref': '#/$defs/Signoff'}
    >>> found["Signoff"]["required"]
    ['text', 'span']
    """
    reference = {"$ref": f"#/$defs/{cls.__name__}"}
    if cls.__name__ in definitions:
        return reference
    import inspect

    definitions[cls.__name__] = {}  # a placeholder, for classes that refer to themselves
    hints = _hints(cls)
    described = _field_docs(cls)
    properties = {}
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], definitions)
        if field.name in described:
            schema = {"description": described[field.name], **schema}
        properties[field.name] = schema
    definitions[cls.__name__] = {
        "type": "object",
        "description": (inspect.getdoc(cls) or cls.__name__).split("\n\n")[0],
        "properties": properties,
        "required": [field.name for field in attrs.fields(cls)],
        "additionalProperties": False,
    }
    return reference


def _type_schema(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of a value of type ``hint`` in the dict form.

    >>> _type_schema(str | None, {})
    {'type': ['string', 'null']}
    >>> _type_schema(dt.date, {})
    {'type': 'string', 'format': 'date'}
    """
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if hint is Any:
        return {}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, definitions) for a in arguments if a is not type(None)]
        nullable = type(None) in arguments
        if len(options) == 1 and isinstance(options[0].get("type"), str) and nullable:
            return {**options[0], "type": [options[0]["type"], "null"]}
        return {"anyOf": [*options, *([{"type": "null"}] if nullable else [])]}
    if origin is typing.Literal:
        return {"enum": list(arguments)}
    if origin is tuple and not (len(arguments) == 2 and arguments[1] is Ellipsis):
        items = [_type_schema(a, definitions) for a in arguments]
        return {
            "type": "array",
            "prefixItems": items,
            "minItems": len(items),
            "maxItems": len(items),
        }
    item = _sequence_item(hint)
    if item is not None:
        return {"type": "array", "items": _type_schema(item, definitions)}
    if origin is dict or origin is Mapping:
        return {"type": "object", "additionalProperties": _type_schema(arguments[1], definitions)}
    if isinstance(hint, type) and attrs.has(hint):
        return _define(hint, definitions)
    if hint is dt.datetime:
        return {"type": "string", "format": "date-time"}
    if hint is dt.date:
        return {"type": "string", "format": "date"}
    names = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if hint in names:
        return {"type": names[hint]}
    raise TypeError(f"no JSON Schema for the type {hint!r}")


def _field_docs(cls: type[Any]) -> dict[str, str]:
    """The docstrings written under the fields of ``cls``, per field name.

    Python keeps no such docstring at run time, so they are read from the
    class's source; without the source the schema simply has no
    descriptions.

    >>> import wirecopy
    >>> _field_docs(wirecopy.Signoff)["text"]
    'The sign-off as written.'
    """
    import ast
    import inspect

    try:
        tree = ast.parse(inspect.cleandoc("\n" + inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    docs: dict[str, str] = {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.target.id] = " ".join(following.value.value.split())
    return docs
