"""wirecopy.decode(): raw feed bytes to text, never raising, reporting replacements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirecopy

CASES = [
    (b"Snow fell.", "Snow fell.", "ascii"),
    (
        b"\x16\x16\x01a0042\x1fwire\n\x02Snow.\x03\x04",
        "\x16\x16\x01a0042\x1fwire\n\x02Snow.\x03\x04",
        "ascii",
    ),
    ("Zürich – “Schnee”".encode(), "Zürich – “Schnee”", "utf-8"),
    (b"Z\xfcrich \xe0 midi", "Zürich à midi", "latin-1"),
    (b"\x93Snow\x94 \x96 it fell", "“Snow” – it fell", "cp1252"),
    (b"caf\xe9 \x80 5", "café € 5", "cp1252"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), CASES)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    result = wirecopy.decode(data)
    assert (result.text, result.encoding, result.diagnostics) == (text, encoding, ())


def test_undefined_cp1252_bytes_are_replaced_and_reported() -> None:
    result = wirecopy.decode(b"\x93Snow\x94\x81 fell\x9d")
    assert result.text == "“Snow”\ufffd fell\ufffd"
    assert result.encoding == "cp1252"
    assert [(d.code, d.severity, d.span) for d in result.diagnostics] == [
        ("replaced-byte", "warning", (6, 7)),
        ("replaced-byte", "warning", (12, 13)),
    ]
    assert "0x81" in result.diagnostics[0].message


def test_bytearray_and_memoryview_are_bytes_too() -> None:
    assert wirecopy.decode(bytearray(b"Snow")).text == "Snow"
    assert wirecopy.decode(memoryview(b"Snow")).text == "Snow"


def test_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes bytes, not str"):
        wirecopy.decode("Snow")  # type: ignore[arg-type]


@given(st.binary())
def test_any_bytes_decode_one_character_per_byte_unless_utf8(data: bytes) -> None:
    result = wirecopy.decode(data)
    if result.encoding == "utf-8":
        assert result.text.encode("utf-8") == data
    else:
        assert len(result.text) == len(data)
        replaced = {d.span[0] for d in result.diagnostics}
        assert replaced == {at for at, char in enumerate(result.text) if char == "\ufffd"}
    wirecopy.parse(result.text)


def test_decoded_latin1_feed_parses() -> None:
    data = (
        b"\x01eca0012 3 i 20  dpa 0007\n\x02M\xfcnster (dpa) - Schnee fiel.\n\n"
        b"dpa ab cd\n\x03031409 GMT Okt 25\n\x7f\x04"
    )
    doc = wirecopy.parse(wirecopy.decode(data).text)
    assert doc.dateline is not None and doc.dateline.city == "Münster"
    assert doc.signoff is not None and doc.signoff.text == "dpa ab cd"
