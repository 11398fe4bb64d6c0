"""Sign-offs: agency words, desk codes, and desk codes run on at a paragraph's end."""

from __future__ import annotations

import pytest

from wirecopy._signoff import find_run_on_signoff, parse_signoff


@pytest.mark.parametrize(
    ("src", "start", "end", "text", "span"),
    [
        ("Reuter", 0, 6, "Reuter", (0, 6)),
        ("REUTER", 0, 6, "REUTER", (0, 6)),
        (" Reuter", 1, 7, "Reuter", (1, 7)),
        ("Enditem", 0, 7, "Enditem", (0, 7)),
        ("dmh/ns", 0, 6, "dmh/ns", (0, 6)),
        ("tn/jah", 0, 6, "tn/jah", (0, 6)),
        ("bur-kd-ays/mw", 0, 13, "bur-kd-ays/mw", (0, 13)),
        ("(pvs/ji)", 0, 8, "pvs/ji", (1, 7)),
        ("The ferry sailed.\n Reuter\n", 19, 25, "Reuter", (19, 25)),
    ],
)
def test_signoff(src: str, start: int, end: int, text: str, span: tuple[int, int]) -> None:
    assert parse_signoff(src, start, end) == (text, span)


@pytest.mark.parametrize(
    "src",
    [
        "",
        "Reuters",
        "Reuters said",
        "abc",  # a desk code has at least two parts
        "DMH/NS",  # desk codes are lower case
        "ab/cd/ef/gh/ij/kl/mn/op",  # too many parts
        "abcdef/gh",  # initials have at most five letters
        "The ferry sailed.",
        "24/7",
    ],
)
def test_not_a_signoff(src: str) -> None:
    assert parse_signoff(src, 0, len(src)) is None


@pytest.mark.parametrize(
    ("src", "code"),
    [
        ("The ferry left. mt/pst", "mt/pst"),
        ('He said: "No." ab/cd', "ab/cd"),
        ("The ferry left (at dawn). bur-kd/mw", "bur-kd/mw"),
        ("The ferry left.\nmt/pst", None),  # a line of its own is not run on
        ("The ferry left mt/pst", None),  # run on only after a sentence end
        ("The ferry left.", None),
        ("The 24/7 ferry service.", None),
    ],
)
def test_run_on_signoff(src: str, code: str | None) -> None:
    span = find_run_on_signoff(src, 0, len(src))
    if code is None:
        assert span is None
    else:
        assert span is not None
        assert src[slice(*span)] == code
