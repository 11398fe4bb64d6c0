"""Raw feed bytes to text: 7-bit ASCII, UTF-8, CP1252 or Latin-1.

Wire feeds arrive as bytes whose encoding nobody states.  :func:`decode`
tries the encodings from the strictest to the most lenient and never
raises: ASCII and UTF-8 are taken when the bytes are valid in them; else
the bytes are CP1252 when every byte from 0x80 to 0x9F is one CP1252
defines (curly quotes, dashes), and Latin-1 when none of those occurs.  A
byte that no chosen encoding defines is replaced by U+FFFD and reported.
"""

from __future__ import annotations

import attrs

from wirecopy.model import Diagnostic

# The bytes CP1252 leaves undefined.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


@attrs.frozen
class Decoded:
    """Text decoded from raw feed bytes, with what decoding replaced.

    >>> import wirecopy
    >>> result = wirecopy.decode(b"Caf\\xe9 \\x93open\\x94")
    >>> result.text, result.encoding, result.diagnostics
    ('Café “open”', 'cp1252', ())
    """

    text: str
    """The decoded text."""
    encoding: str
    """The encoding used: ``"ascii"``, ``"utf-8"``, ``"cp1252"`` or ``"latin-1"``."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """One ``replaced-byte`` warning per byte replaced by U+FFFD, spanning it in ``text``."""


def decode(data: bytes | bytearray | memoryview) -> Decoded:
    """Decode raw wire bytes; never raises on bytes, reports what it replaced.

    >>> import wirecopy
    >>> wirecopy.decode(b"Snow fell.").encoding
    'ascii'
    >>> wirecopy.decode("Zürich".encode("utf-8")).text
    'Zürich'
    >>> result = wirecopy.decode(b"Z\\xfcrich \\x81")
    >>> result.text, result.encoding
    ('Zürich \\ufffd', 'cp1252')
    >>> [(d.code, d.span) for d in result.diagnostics]
    [('replaced-byte', (7, 8))]
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    raw = bytes(data)
    if raw.isascii():
        return Decoded(text=raw.decode("ascii"), encoding="ascii")
    try:
        return Decoded(text=raw.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError:
        pass
    if not any(0x80 <= byte <= 0x9F for byte in raw):
        return Decoded(text=raw.decode("latin-1"), encoding="latin-1")
    # CP1252 decodes each byte to one character, so byte offsets are text offsets.
    text = raw.decode("cp1252", errors="replace")
    diagnostics = tuple(
        Diagnostic(
            "replaced-byte",
            f"byte 0x{byte:02X} has no character in CP1252; replaced by U+FFFD",
            "warning",
            (at, at + 1),
        )
        for at, byte in enumerate(raw)
        if byte in _CP1252_HOLES
    )
    return Decoded(text=text, encoding="cp1252", diagnostics=diagnostics)
