"""The dict, JSON and record forms of documents, and the JSON Schema of the dict form.

Round trips are checked on generated stories and on generated instances of
every attrs class that :mod:`wirecopy.model` defines, so a class or field
added to the model that the serialiser cannot carry fails here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import pickle
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecopy
import wirecopy.__main__
from wirecopy import model
from wirecopy._serialize import _hints, from_dict, json_schema, to_dict, to_json

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

MODEL_CLASSES = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and attrs.has(value) and value.__module__ == model.__name__
]


def values_of(hint: Any) -> st.SearchStrategy[Any]:
    """Any value of the type ``hint`` as the model uses types, parts filled in full."""
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(values_of(a) for a in arguments))
    if origin is typing.Literal:
        return st.sampled_from(arguments)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return st.lists(values_of(arguments[0]), max_size=3).map(tuple)
    if origin is tuple:
        return st.tuples(*(values_of(a) for a in arguments))
    if origin in (list, frozenset, set):
        return st.lists(values_of(arguments[0]), max_size=3).map(origin)
    if origin is dict:
        return st.dictionaries(st.text(max_size=5), values_of(arguments[1]), max_size=3)
    if isinstance(hint, type) and attrs.has(hint):
        return instances(hint)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        type(None): st.none(),
        str: st.text(max_size=20),
        int: st.integers(),
        bool: st.booleans(),
        float: st.floats(allow_nan=False, allow_infinity=False),
        dt.datetime: st.datetimes(),
        dt.date: st.dates(),
    }
    if hint not in simple:
        raise TypeError(f"the model uses a type this test cannot generate: {hint!r}")
    return simple[hint]


def instances(cls: type[Any]) -> st.SearchStrategy[Any]:
    """Instances of the attrs class ``cls`` with every field given a value."""
    hints = _hints(cls)
    fields = {
        (field.alias or field.name): st.deferred(lambda h=hints[field.name]: values_of(h))
        for field in attrs.fields(cls)
    }
    return st.builds(cls, **fields)


def test_the_model_has_the_classes_this_walks() -> None:
    names = {cls.__name__ for cls in MODEL_CLASSES}
    assert {"Document", "Dateline", "Person", "Credit", "Diagnostic"} <= names


# Generating whole documents is slow: a fixed number of examples per class.
@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_model_class_round_trips_through_json(cls: type[Any]) -> None:
    @settings(max_examples=150, deadline=None)
    @given(instances(cls))
    def round_trip(value: Any) -> None:
        data = json.loads(to_json(value))
        assert data == to_dict(value)
        assert from_dict(cls, data) == value
        assert from_dict(cls, json.loads(to_json(value, indent=None))) == value

    round_trip()


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_model_class_pickles(cls: type[Any]) -> None:
    @settings(max_examples=50, deadline=None)
    @given(instances(cls))
    def round_trip(value: Any) -> None:
        assert pickle.loads(pickle.dumps(value)) == value

    round_trip()


# Invented wire stories in a few layouts.
WORDS = st.sampled_from(
    ["harbour", "ferry", "council", "snow", "mill", "bridge", "said", "on", "the", "Tuesday"]
)
SENTENCE = st.lists(WORDS, min_size=3, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")
CITY = st.sampled_from(["KESTERVIK", "TROMVIK", "Nordhavn", "PORT ELLIS"])
MONTH = st.sampled_from(["Jan", "Feb", "March", "Sept", "Dec"])


@st.composite
def stories(draw: st.DrawFn) -> str:
    """An invented wire story: headline, byline, dateline, paragraphs, credits, sign-off."""
    parts = []
    if draw(st.booleans()):
        parts.append(draw(SENTENCE).rstrip(".") + "\n\n")
    if draw(st.booleans()):
        parts.append("By Mira Holt\n\n")
    dateline = f"{draw(CITY)}, {draw(MONTH)} {draw(st.integers(1, 31))} (Reuters) - "
    paragraphs = draw(st.lists(SENTENCE, min_size=1, max_size=4))
    parts.append(dateline + "\n\n".join(paragraphs) + "\n")
    if draw(st.booleans()):
        parts.append("(Reporting by Lena Vosk in Tromvik; Editing by Hal Brenner)\n")
    if draw(st.booleans()):
        parts.append(" Reuter\n")
    text = "".join(parts)
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


# The first parse loads the gazetteer, which takes longer than a deadline allows.
@settings(deadline=None)
@given(stories(), st.one_of(st.none(), st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31))))
def test_a_parsed_story_round_trips_through_json(text: str, reference: dt.date | None) -> None:
    doc = wirecopy.parse(text, reference_date=reference)
    assert wirecopy.Document.from_dict(json.loads(doc.to_json())) == doc
    assert wirecopy.Document.from_dict(json.loads(doc.to_json(indent=None))) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


@settings(deadline=None)
@given(st.text())
def test_any_text_round_trips_through_json(text: str) -> None:
    doc = wirecopy.parse(text)
    assert wirecopy.Document.from_dict(json.loads(doc.to_json())) == doc


def test_the_dict_form_uses_json_types() -> None:
    doc = wirecopy.parse(
        "Ferry line adds night crossing\n\nTROMVIK, Dec 31 (Reuters) - Nordlys Sjo will add it.\n",
        reference_date=dt.date(2021, 1, 2),
    )
    data = doc.to_dict()
    assert data["source"] == doc.source
    assert data["dateline"]["date"] == "2020-12-31"
    assert data["dateline"]["span"] == [32, 59]
    assert data["headline"] == {"text": "Ferry line adds night crossing", "span": [0, 30]}
    assert data["credits"] == []


def test_spans_stay_on_one_line_and_strings_are_kept() -> None:
    doc = wirecopy.parse("Rates [1,2] and [3, 4] held.")
    text = doc.to_json()
    assert '"span": [0, 28]' in text
    assert json.loads(text)["source"] == "Rates [1,2] and [3, 4] held."
    assert '"text": "Rates [1,2] and [3, 4] held."' in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "x"}, "Headline: missing field 'span'"),
        ({"text": 3, "span": [0, 1]}, "Headline.text: expected str, not int"),
        ({"text": "x", "span": [0]}, "Headline.span: expected 2 items, not 1"),
        ({"text": "x", "span": [0, True]}, "Headline.span[1]: expected int, not bool"),
        ("x", "Headline: expected an object, not str"),
    ],
)
def test_from_dict_says_what_is_wrong(data: Any, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        from_dict(wirecopy.Headline, data)
    assert str(caught.value) == message


def test_from_dict_rejects_a_bad_date() -> None:
    doc = wirecopy.parse("OSLO, May 2 (Reuters) - Snow.", reference_date=dt.date(2024, 5, 3))
    data = doc.to_dict()
    data["dateline"]["date"] = "2024-05-02T10:00:00"
    with pytest.raises(ValueError, match=r"Document\.dateline\.date: "):
        wirecopy.Document.from_dict(data)
    data["dateline"]["date"] = "May 2"
    with pytest.raises(ValueError, match="not an ISO date"):
        wirecopy.Document.from_dict(data)


# ---------------------------------------------------------------- JSON Schema


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_the_schema_defines_every_model_class_a_document_reaches() -> None:
    defined = set(json_schema()["$defs"])
    reached = {"Document"}
    todo = [model.Document]
    while todo:
        for hint in _hints(todo.pop()).values():
            for cls in _classes_in(hint):
                if cls.__name__ not in reached:
                    reached.add(cls.__name__)
                    todo.append(cls)
    assert defined == reached
    for name, definition in json_schema()["$defs"].items():
        fields = [f.name for f in attrs.fields(getattr(model, name))]
        assert definition["required"] == fields
        assert all("description" in p for p in definition["properties"].values()), name


def _classes_in(hint: Any) -> list[type[Any]]:
    if isinstance(hint, type) and attrs.has(hint):
        return [hint]
    return [cls for argument in typing.get_args(hint) for cls in _classes_in(argument)]


def test_the_schema_accepts_real_output_and_rejects_a_wrong_one() -> None:
    check = validator()
    doc = wirecopy.parse(wirecopy.__main__.read_sample(), reference_date=dt.date(2026, 3, 5))
    check.validate(doc.to_dict())
    data = doc.to_dict()
    data["dateline"]["span"] = [1, 2, 3]
    assert not check.is_valid(data)
    data = doc.to_dict()
    del data["paragraphs"][0]["text"]
    assert not check.is_valid(data)
    data = doc.to_dict()
    data["dateline"]["date"] = "March 4"
    assert not check.is_valid(data)


@settings(max_examples=150, deadline=None)
@given(stories())
def test_the_schema_accepts_generated_documents(text: str) -> None:
    validator().validate(wirecopy.parse(text, reference_date=dt.date(2024, 1, 1)).to_dict())


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus at ../shared/corpus is absent")
def test_the_schema_accepts_every_corpus_document() -> None:
    check = validator()
    paths = sorted(CORPUS.glob("*/*.txt"))
    assert paths
    for path in paths:
        doc = wirecopy.parse(path.read_bytes().decode("utf-8"))
        errors = list(check.iter_errors(doc.to_dict()))
        assert not errors, (path.name, errors[0].message)
        assert wirecopy.Document.from_dict(json.loads(doc.to_json())) == doc


# ----------------------------------------------------------------- records


def test_a_record_flattens_the_document() -> None:
    doc = wirecopy.parse(
        "Mill shuts\n\nBy Ana Ruiz and Tom Hale\n\nOSLO, Dec 31 (Reuters) - The mill shut.\n\n"
        "It will not reopen.\n\n($1 = 9.1 crowns)\n\n"
        "(Reporting by Ana Ruiz; Additional reporting by Ines Kohl; Editing by Tom Hale)\n",
        reference_date=dt.date(2021, 1, 2),
    )
    record = wirecopy.to_record(doc)
    assert record["agency"] == "Reuters"
    assert record["headline_text"] == "Mill shuts"
    assert record["byline_people"] == ["Ana Ruiz", "Tom Hale"]
    assert record["dateline_city"] == "OSLO"
    assert record["dateline_date"] == dt.date(2020, 12, 31)
    assert record["paragraph_count"] == 2
    assert record["text"] == "The mill shut.\n\nIt will not reopen."
    assert record["credits_reporting"] == ["Ana Ruiz"]
    assert record["credits_additional_reporting"] == ["Ines Kohl"]
    assert record["credits_editing"] == ["Tom Hale"]
    assert record["notes"] == ["($1 = 9.1 crowns)"]
    assert not any(key.endswith("span") for key in record)


SCALARS = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "date": dt.date,
    "datetime": dt.datetime,
}


def conforms(value: Any, kind: str) -> bool:
    if value is None:
        return True
    if kind.startswith("list<"):
        inner = kind[len("list<") : -1]
        return isinstance(value, list) and all(conforms(v, inner) for v in value)
    return isinstance(value, SCALARS[kind])


@settings(deadline=None)
@given(stories())
def test_every_record_has_the_declared_columns_and_types(text: str) -> None:
    record = wirecopy.to_record(wirecopy.parse(text, reference_date=dt.date(2024, 1, 1)))
    columns = wirecopy.record_columns()
    assert list(record) == list(columns)
    for name, kind in columns.items():
        assert conforms(record[name], kind), (name, kind, record[name])


def test_records_fill_a_dataframe() -> None:
    pandas = pytest.importorskip("pandas")
    docs = wirecopy.parse_many(
        ["OSLO (Reuters) - Snow fell.", "Rain fell.", "By Ana Ruiz\n\nLIMA (Reuters) - Sun."]
    )
    frame = pandas.DataFrame([wirecopy.to_record(d) for d in docs])
    assert list(frame.columns) == list(wirecopy.record_columns())
    assert frame["dateline_city"].tolist()[::2] == ["OSLO", "LIMA"]
