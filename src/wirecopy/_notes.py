"""Editing notes: advisories, story types, corrections, conversions, ...

A note is recognised by how it starts (a photo caption by the credit it ends
with), never by where it stands alone, so that a body paragraph in
parentheses stays a paragraph unless its opening words are those of a note.
Kinds and their typical forms:

==============  ===================================================
advisory        ``(Adds details, quotes)``, ``(Updates with ...``
story-type      a headline prefix: ``UPDATE 2-``, ``CORRECTED:``
correction      ``(Corrects 7th paragraph ...)``, ``(This version of
                the story corrects ...)``, ``(Clarifies ...)``
editors-note    ``Eds:``, ``EDITOR'S NOTE``
contact         ``((email; phone))``, a column trailer with an address,
                ``Contact: name, address or phone``
conversion      ``($1 = 0.9233 euros)``
graphic         ``(Graphic: ...)``, ``For a graph of ..., click``, a
                photo caption (``FILE PHOTO: ...``, ``... REUTERS/Name``)
keywords        ``Keywords: ...``
other           ``(See index on ...)``, ``For ... click on``
==============  ===================================================
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from wirecopy._lines import LEAD_DASHES, PADDING_ALLOWANCE, Line, collapse, fits
from wirecopy._pattern import any_of, lazy
from wirecopy.model import Note

RE_CONVERSION = lazy(
    r"""
    \([ \t]*                                   # "("
    (?:[A-Z]{1,3})?[$€£¥][ \t]*\d[\d.,]*        # "$1", "US$1", "£1"
    [ \t]*=[ \t]*                              # "="
    [^()\n]{1,80}                              # "0.9233 euros"
    \)                                         # ")"
    | \([ \t]*1[ \t]+[\p{L} ]{2,30}=[^()\n]{1,60}\)  # "(1 euro = $1.10)"
    """,
    regex.VERBOSE,
)

RE_GRAPHIC = lazy(
    r"""
    \([ \t]*+(?:graphics?|interactive|factbox|picture|pictures|photo|video)\b  # "(Graphic: ...)"
    | \([ \t]*+for[ \t]++(?:(?:a|an|the)[ \t]*+)?  # "(For a", each run of spaces taken once
      (?:graph|graphic|chart|interactive)\b        # "chart"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A graphic's link on a line without parentheses: "Graphic: http://...",
# "Factbox - Ferry routes: tmsnrt.rs/2xYz".  The address makes it a note,
# and its text ends within 400 characters.
RE_GRAPHIC_LINE = lazy(
    r"""
    (?:interactive[ \t]+)?(?:graphics?|factbox|chart)[ \t]*+[:\-–—]
    (?=(?s:.){0,400}\Z)
    [^\n]{0,200}?(?:https?://|www\.|tmsnrt\.rs/|reut\.rs/)\S
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A correction notice.  Without a parenthesis it is taken only above the
# dateline, where a story's own sentences do not stand.
RE_CORRECTION = lazy(
    r"""
    (?P<open>\([ \t]*)?                          # the parenthesis is often there
    (?:
        this[ \t]+(?:version[ \t]+of[ \t]+the[ \t]+)?story[ \t]+
          (?:corrects|clarifies|has[ \t]+been|was|is[ \t]+being)\b  # "This story was corrected"
      | story[ \t]+(?:corrects|clarifies)\b                        # "(Story corrects ..."
      | corrects\b | correcting\b | clarifies\b | refiles\b
      | (?:in[ \t]+)?(?:an[ \t]+)?(?:earlier|previous)[ \t]+version\b
      | (?(open)\p{Lu}\p{L}*[ \t]+(?:clarified|corrected)\b|(?!))  # only "(Lawyer clarified"
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A correction notice closing AP copy, which needs no parenthesis: "This
# story has been corrected to show ...", "This version corrects ...".
RE_CORRECTION_TRAILER = lazy(
    r"""
    this[ \t]+(?:story|article|version)[ \t]+   # "This story"
    (?:(?:has[ \t]+been|was)[ \t]+(?:corrected|updated[ \t]+to[ \t]+correct)
      | corrects)\b                             # "has been corrected"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A copyright line: "Copyright 2016 The Associated Press. All rights reserved."
_COPYRIGHT = r"""
    (?:\(c\)[ \t]*(?=copyright))?   # "(c) Copyright Kestrel Wire 2016"
    (?:copyright|\(c\)|©|c\.(?=\d))[ \t]*   # "Copyright", "(c)", "©", NYT's "c.1998"
    (?:©[ \t]*)?                   # "Copyright © 2016"
    (?:(?-i:\p{Lu}[\p{L}.&]*+)[ \t]+){0,4}+  # the holder before the year: "Kestrel Wire"
    (?P<year>(?:19|20)\d\d)\b     # the year
"""
RE_COPYRIGHT = lazy(_COPYRIGHT, regex.VERBOSE | regex.IGNORECASE)

# The web page's pointer to its agency's principles: "Our Standards: The
# Thomson Reuters Trust Principles."
RE_STANDARDS = lazy(r"(?i:our[ \t]+standards[ \t]*:)")

# The heading of the links AP puts at a story's end: "On the Net:" or
# "Online:", alone or before its first link.
RE_LINKS_HEADING = lazy(
    r"(?i:on[ \t]+the[ \t]+(?:net|web|internet)|online)[ \t]*:(?=\s*$|[\s\S]{0,200}?(?:https?://|www\.))"
)

# A link under that heading: a line with a web address.
RE_WEB_ADDRESS = lazy(r"(?:https?://|www\.)\S")

# The longest link under a links heading.
MAX_LINK_ENTRY = 300

# The characters a copyright line can open with: every line is tested
# for them before the pattern is tried (a search of the whole text cost
# about 5 us a story).
_COPYRIGHT_OPENERS = frozenset("Cc(©")


def copyright_year(lines: Sequence[Line]) -> int | None:
    """The year of the first line that opens with a copyright notice, or None.

    >>> from wirecopy._lines import scan_lines
    >>> copyright_year(scan_lines("Rain fell.\\n\\nCopyright 2016 Kestrel Wire.\\n"))
    2016
    >>> copyright_year(scan_lines("Copyright law was the issue in 2016.")) is None
    True
    >>> copyright_year(scan_lines("By ANA RUIZ\\nc.1998 N.Y. Times News Service\\n"))
    1998
    """
    for line in lines:
        if line.text[:1] in _COPYRIGHT_OPENERS:
            match = RE_COPYRIGHT.match(line.text)
            if match is not None:
                return int(match.group("year"))
    return None


# The verbs an advisory opens with: "(Adds ...", "(UPDATES ...".
_ADVISORY_VERBS = r"""
    (?i:adds|updates|recasts|changes|rewrites|writes[ \t]+through|inserts|removes|
       deletes|moves|repeats|re-?tops|tops|releases|expands|combines|edits|
       advances|amends|restores|fixes|replaces|includes|reorganises|reorganizes|
       re-?leads|overhauls|tightens|trims|shortens|
       new[ \t]+throughout|                                          # "(New throughout, ...)"
       story[ \t]+can[ \t]+end[ \t]+here|optional[ \t]+(?:\w+[ \t]+)?takes?)\b  # NYT
"""

# An advisory opens with a capitalised verb ("(Adds", "(UPDATES"): in lower
# case the words start an aside of the story ("(includes island routes)").
# A few words may come first, with a comma: "(Official results, adds ...".
RE_ADVISORY = lazy(
    rf"""
    \([ \t]*
    (?:ATTN[ \t]*:[ \t]*)?                 # Yonhap: "(ATTN: ADDS ..."
    (?:\p{{Lu}}[^(),;\n]{{0,40}},[ \t]*|(?=\p{{Lu}}))
    {_ADVISORY_VERBS}
    """,
    regex.VERBOSE,
)

RE_EDITORS_NOTE = lazy(
    r"""
    \(?[ \t]*
    (?:eds?[ \t]*:                       # AP "Eds:"
      | editors?['’]?s?[ \t]+note\b      # "EDITOR'S NOTE", "Editors' note"
      | note[ \t]+to[ \t]+editors\b      # "Note to editors"
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

RE_KEYWORDS = lazy(r"keywords?[ \t]*:", regex.IGNORECASE)

RE_CONTACT = lazy(
    r"""
    \(\(                                         # "((" opens a Reuters contact line
    | to[ \t]+contact[ \t]+the[ \t]+(?:reporters?|editors?|writers?|authors?)\b  # Bloomberg
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A contact line, as a story or a press release may close: "Contact: Mira
# Holt, mira.holt@example.com", "-- Contact: Mira Holt, +47 22 00 00 00".
# The word opens story sentences too ("Contact with the ferry was lost"):
# only the label, with its colon, and an address or a telephone number on
# a short line make a note.
MAX_CONTACT = 300
RE_CONTACT_LABEL = lazy(
    r"""
    (?:(?:media|press)[ \t]+)?contacts?    # "Contact", "Media contacts"
    [ \t]*:                               # the colon
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The dashes that may mark a closing contact line: "-- Contact: ...".  They
# are tested apart from the screen below, which would otherwise be asked of
# every line opening with a dash.
_DASHES = tuple(LEAD_DASHES)

# A telephone number: a run of figures, spaces and separators with seven
# figures at least (counted by _has_phone()), maybe after "+".
RE_PHONE = lazy(r"(?<![\w+])\+?\(?\d[\d \t().\-/]{5,24}\d(?!\w)")

# AP's closing line: "Mira Holt can be reached at mholt@example.org", "...
# can be reached on Twitter at @miraholt".  Longer text is a paragraph.
MAX_REACHED = 300
RE_REACHED = lazy(
    r"""
    \p{Lu}[\p{L}\p{M}.'’\-]*+                                  # the writer's names
    (?:[ \t]+(?:(?:and|&)[ \t]+)?\p{Lu}[\p{L}\p{M}.'’\-]*+){1,7}+  # ("Mira Holt and Ana Ruiz")
    [ \t]+(?:can|may)[ \t]+be[ \t]+reached[ \t]+(?:at|on|by|via)\b
    """,
    regex.VERBOSE,
)

# An e-mail address, also in the "(at)" spelling of the web.
# The user part starts where its run of word characters starts and is taken
# whole: a search tried from every character of a long run of words would
# take each run again from each of its characters.
RE_EMAIL = lazy(r"(?<![\w.\-])[\w.\-]++(?:@|\(at\))[\w\-]+\.[\w.\-]+")

# The spaces after "for" are possessive: given back one by one, each would
# start another scan of up to 120 characters.
RE_OTHER = lazy(
    r"""
    \([ \t]*(?:see|index)\b                        # "(See index on ECRA)"
    | \([ \t]*(?:all[ \t]+(?:figures|amounts)[ \t]+)?in[ \t]+  # "(In U.S. dollars unless noted)"
      (?:[\p{Lu}.]+[ \t]+)?(?:\p{Ll}+[ \t]+){1,3}
      unless[ \t]+(?:otherwise[ \t]+)?(?:noted|stated|specified|indicated)\b
    | (?:\([ \t]*)?for[ \t]++[^\n]{1,120}?          # "For ...,"
      \b(?:click|double-click)\b                     # "click on: here"
    | \([ \t]*for[ \t]++[^\n]{1,120}?               # "(For ...,"
      \bsee\b[^\n:]*:                                # "see the blog: here)"
    | for[ \t]++[^\n]{1,120}?\bsee\b[^\n:]*:          # "For ..., see the blog: here",
      [ \t]*(?:here\b|https?:|www\.|$)               # not "For now, they see two choices: ..."
    | source[ \t]+text\b[^\n:]{0,40}:                # Reuters briefs: "Source text for ...:"
    | further[ \t]+company[ \t]+coverage[ \t]*:      # "Further company coverage:"
    | \d{1,2}[ \t]+min(?:ute)?s?[ \t]+read[ \t]*$      # a web page's "2 Min Read"
    | (?:related|full)[ \t]+coverage[ \t]*$          # a web page's headings and slots:
    | slideshow(?:[ \t]*\(\d{1,3}[ \t]+images?\))?[ \t]*$  # "Slideshow (3 Images)",
    | advertisement[ \t]*$                          # "Advertisement",
    | read[ \t]+more[ \t]*:?[ \t]*$                  # "Read more:"
    | follow[ \t]+(?-i:\p{Lu})[^\n]{0,60}?[ \t]on[ \t]+  # "Follow Ana Ruiz on Twitter at ..."
      (?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A link line of web copy, anywhere in a paragraph: "For a chart of ferry
# fares, please click on: here", "(For the full interview, please see the
# shipping blog: here )."
RE_LINK_LINE = lazy(
    r"""
    (?:\([ \t]*)?For[ \t]++                 # "For", maybe in parentheses
    [^()]{1,160}?                          # what the link is to, maybe over lines
    \b(?:click|double-click|see)\b          # the instruction
    [^():]{0,80}:\s*here                    # "...: here"
    (?:\s*\))?\.?                           # ")." when parenthesised
    """,
    regex.VERBOSE,
)

# The end of a link line: the instruction and ": here".  Searched first,
# so that the opening is looked for only in the 400 characters before it:
# searching for the opening alone tried 160 characters from every "For".
RE_LINK_TAIL = lazy(r"\b(?:click|double-click|see)\b[^():]{0,80}:\s*here")

RE_GRAPHIC_WORD = lazy(r"(?i)\b(?:graph|graphic|chart|interactive)\b")

# A column disclaimer above the dateline.
RE_DISCLAIMER = lazy(r"(?i)\bopinions\b[^\n]{0,80}\b(?:solely|own)\b|\bdisclaimer\b")

# Story-type prefixes of a headline: "UPDATE 2-", "CORRECTED:", "Exclusive: ".
# The spaces after "update" are possessive: given back, they would be tried
# again by the separator's own spaces, quadratic in a long run of spaces.
_STORY_TYPES = (
    r"update[ \t]*+\d*|refile|rpt|repeat|corrected|correction|wrapup[ \t]*+\d*|exclusive|"
    r"factbox|fact[ \t]+box|instant[ \t]+view|analysis|economic[ \t]+spotlight|"
    r"talking[ \t]+point|urgent|feature|interview|preview|timeline|scenarios|column|"
    r"breakingviews|newsmaker|diary|highlights|snap[ \t]+analysis|ap[ \t]+exclusive|"
    r"flash|bulletin|advisory|insight|special[ \t]+report|brief|explainer|buzz|"
    r"research[ \t]+alert|press[ \t]+digest|q\+a|dealtalk|obituary|\(official\)"
)
RE_STORY_TYPE = lazy(
    rf"""
    (?P<kind>{_STORY_TYPES})        # the story type
    (?:[ \t]*[-:/][ \t]*|[ \t]+-[ \t]+  # "-", ":", "/", " - "
    | [ \t]*¥+[ \t]*)                   # "URGENT ¥¥¥ " (old AFP)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Slug words that are story types only in capitals before a hyphen
# ("WITNESS-", "POLL-"): a headline may open with the word and a colon
# ("Witness: ...", "Poll: ...").
RE_SLUG_STORY_TYPE = lazy(
    r"(?P<kind>QUOTEBOX|WITNESS|(?:REUTERS[ ]+)?POLL|CHRONOLOGY|PROFILE|FOCUS|TABLE|GRAPHIC)-"
)

# A prefix in parentheses (Yonhap): "(LEAD) ", "(2nd LD) " are take keys,
# "(URGENT) ", "(News Focus) " story types.
RE_PARENTHESISED_PREFIX = lazy(
    rf"""
    \([ \t]*
    (?P<kind>
        (?P<take>lead|\d{{1,2}}(?:st|nd|rd|th)[ \t]+ld)    # "LEAD", "2nd LD"
      | {_STORY_TYPES}|news[ \t]+focus|yonhap[ \t]+feature  # "URGENT", "News Focus"
    )
    [ \t]*\)[ \t]+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A take key: "1st Ld-Writethru", "2nd Add", "1ST LEAD", "Writethru".
RE_TAKE = lazy(
    r"""
    (?i:
        (?:\d{1,2}(?:st|nd|rd|th)|first|second|third)[ \t]+  # "1st", "3RD"
        (?:ld|lead|add|take|writethru|sub)(?:-writethru)?    # "Ld-Writethru"
      | (?:ld-)?writethru
    )
    """,
    regex.VERBOSE,
)


# A summary bullet above the dateline, as Reuters puts them under the
# headline: "* Q4 net profit up 20 pct".  In the body a bullet is story
# text (a factbox's points).
RE_SUMMARY = lazy(r"[*•●■▪][ \t]+[\p{L}\d\"“‘'$€£(]")

# The longest summary bullet.
MAX_SUMMARY = 300

# A photo caption, as web pages of agency copy keep them: it opens with
# "FILE PHOTO:" or ends with the photographer's credit ("... REUTERS/Mira
# Holt/File Photo", "(AP Photo/Mira Holt)", "AFP PHOTO / MIRA HOLT").
RE_CAPTION_OPENING = lazy(r"FILE[ \t]+PHOTO[ \t]*:")
RE_CAPTION_CREDIT = lazy(
    r"""
    (?:
        REUTERS/\p{Lu}[\p{L}.'’\- ]{0,40}(?:/[\p{L} ]{1,20})?  # "REUTERS/Mira Holt/File Photo"
      | \((?:AP|AFP|Reuters|dpa|Xinhua)[ \t]+Photo             # "(AP Photo/Mira Holt)"
        [ \t]*/[^()\n]{1,60}\)
      | AFP[ \t]+PHOTO[ \t]*/[ \t]*\p{Lu}[\p{Lu} .'’\-/]{1,60}  # "AFP PHOTO / MIRA HOLT"
    )
    [ \t]*\.?$
    """,
    regex.VERBOSE,
)

# How far from the end of a caption its credit starts, at most.
CAPTION_CREDIT_REACH = 90

# AFP's desk advisory, "ATTENTION - ADDS quotes ///", and its picture or
# graphic marker, "=(GRAPHIC+PICTURE)=" or "= (PICTURES) =": run on at the
# end of the title line (see wirecopy._title) or on lines of their own
# above the dateline.
ATTENTION = r"ATTENTION[ \t]*[-–—:][ \t]*\S"
MARKER = r"=[ \t]*\([^()\r\n=]{1,60}\)[ \t]*="
RE_ATTENTION_LINE = lazy(ATTENTION)
RE_MARKER_LINE = lazy(MARKER)


def note_kind(src: str, start: int, end: int, *, top: bool = False) -> str | None:
    """The kind of note ``src[start:end]`` is, or None for story text.

    ``top`` says the text stands above the dateline, where a correction may
    come without its parentheses.

    >>> src = "($1 = 0.9120 euros)"
    >>> note_kind(src, 0, len(src))
    'conversion'
    >>> note_kind("(Adds quote from mayor)", 0, 23), note_kind("Snow fell.", 0, 10)
    ('advisory', None)
    >>> note_kind("Corrects name in 2nd par", 0, 24, top=True), note_kind("Corrects it.", 0, 12)
    ('correction', None)
    >>> note_kind("* Net profit up 20 pct", 0, 22, top=True), note_kind("* Net profit up", 0, 15)
    ('summary', None)
    >>> note_kind("ATTENTION - ADDS quotes ///", 0, 27, top=True)
    'advisory'
    >>> note_kind("=(PICTURE)=", 0, 11, top=True), note_kind("=(PICTURE)=", 0, 11)
    ('graphic', None)
    """
    # Every caption opens with "FILE" or has a "/" in its credit near the end:
    # the two tests spare nearly every text the call (a call per paragraph
    # cost about 3% of a parse).
    reach = end - CAPTION_CREDIT_REACH
    if (
        src.find("/", reach if reach > start else start, end) >= 0 or src.startswith("FILE", start)
    ) and _is_caption(src, start, end):
        return "graphic"
    if src.startswith("(", start):
        return _parenthesised_kind(src, start, end, _rstrip(src, start, end))
    if src.find("be reached ", start, end) >= 0 and _reached_at(src, start, end):
        return "contact"  # the phrase first: nearly no paragraph has it
    if src.startswith(_DASHES, start):
        return "contact" if _dashed_contact(src, start, end) else None
    if (
        not _may_open_note(src[start : min(start + _PREFIX, end)], top)
        or (_TOP_SCREEN if top else _BODY_SCREEN).match(src, start, end) is None
    ):
        # Nearly every paragraph is story text: its first characters tell
        # that for most ("The ..." opens no note), and one call of the union
        # of the patterns below for the rest (about 5 us a paragraph less
        # than trying them in turn).
        return None
    for pattern, kind in _LINE_KINDS:
        if pattern.match(src, start, end):
            return kind
    if RE_CONTACT_LABEL.match(src, start, end) and _contact_line(src, start, end):
        return "contact"
    if RE_TAKE.fullmatch(src, start, _rstrip(src, start, end)):
        return "take"
    if top and RE_CORRECTION.match(src, start, end) and fits(src, start, end, 400):
        return "correction"
    if top and RE_SUMMARY.match(src, start, end) and fits(src, start, end, MAX_SUMMARY):
        return "summary"
    if top and RE_ATTENTION_LINE.match(src, start, end) and fits(src, start, end, 400):
        return "advisory"
    if top and RE_MARKER_LINE.fullmatch(src, start, _rstrip(src, start, end)):
        return "graphic"
    if RE_OTHER.match(src, start, end) and fits(src, start, end, 400):
        return "graphic" if RE_GRAPHIC_WORD.search(src, start, end) else "other"
    return None


def _is_caption(src: str, start: int, end: int) -> bool:
    """True for a photo caption: "FILE PHOTO: ..." or a text ending in a photo credit.

    >>> src = "A ferry leaves Kestervik, March 3, 2015. REUTERS/Mira Holt/File Photo"
    >>> _is_caption(src, 0, len(src)), _is_caption("Fares rose 3/4 point.", 0, 21)
    (True, False)
    """
    if RE_CAPTION_OPENING.match(src, start, end):
        return True
    return RE_CAPTION_CREDIT.search(src, max(start, end - CAPTION_CREDIT_REACH), end) is not None


# The notes a line may open without a parenthesis, and those that open with
# one, in the order they are tried.
_LINE_KINDS = (
    (RE_CONTACT, "contact"),
    (RE_EDITORS_NOTE, "editors-note"),
    (RE_KEYWORDS, "keywords"),
    (RE_CORRECTION_TRAILER, "correction"),
    (RE_COPYRIGHT, "other"),
    (RE_STANDARDS, "other"),
    (RE_LINKS_HEADING, "other"),
    (RE_GRAPHIC_LINE, "graphic"),
)
# Every pattern note_kind() tries on a line without a parenthesis, in the
# body and above the dateline (where a correction needs none).
_BODY_SCREEN = any_of(*(pattern for pattern, _ in _LINE_KINDS), RE_CONTACT_LABEL, RE_TAKE, RE_OTHER)
_TOP_SCREEN = any_of(_BODY_SCREEN, RE_CORRECTION, RE_SUMMARY, RE_ATTENTION_LINE, RE_MARKER_LINE)
# How many characters open a text for _may_open_note().
_PREFIX = 3


@functools.lru_cache(maxsize=4096)
def _may_open_note(prefix: str, top: bool) -> bool:
    """True when a text opening with ``prefix`` may be a note the screen finds.

    The screen is asked for a partial match: whether ``prefix`` could be
    the start of a match.  The answer for the first three characters is
    kept, and a paragraph whose opening is known to start none ("The",
    "He ") is spared the screen: on the corpus about 98 paragraphs in 100,
    about 2 us each.

    >>> _may_open_note("The", False), _may_open_note("((", False), _may_open_note("thi", False)
    (False, True, True)
    """
    return (_TOP_SCREEN if top else _BODY_SCREEN).match(prefix, partial=True) is not None


# A newsroom to call, as Reuters briefs close: "(Oslo Newsroom: +47 555
# 0100)", "(Tromvik Newsroom)".
RE_NEWSROOM_CONTACT = lazy(
    r"""
    \([ \t]*
    (?:\p{Lu}[\p{L}.'’\-]*[ \t]+){1,3}(?i:newsroom|desk)   # "Oslo Newsroom"
    (?:[ \t]*[:;,][ \t]*\+?\d[\d \t()\-./]{5,30})?        # ": +47 555 0100"
    [ \t]*\)
    """,
    regex.VERBOSE,
)

_PARENTHESISED_KINDS = (
    (RE_CONTACT, "contact"),
    (RE_ADVISORY, "advisory"),
    (RE_CORRECTION, "correction"),
    (RE_GRAPHIC, "graphic"),
    (RE_EDITORS_NOTE, "editors-note"),
    (RE_COPYRIGHT, "other"),
)


def _parenthesised_kind(src: str, start: int, end: int, stop: int) -> str | None:
    if RE_CONVERSION.fullmatch(src, start, stop):
        return "conversion"
    for pattern, kind in _PARENTHESISED_KINDS:
        if pattern.match(src, start, end):
            return kind
    if RE_COPYRIGHT.match(src, start + 1, end):
        return "other"  # "(Copyright 2016 by Kestrel Wire. All Rights Reserved.)"
    if src[stop - 1 : end].startswith(")") and _has_email(src, start, end):
        return "contact"
    if RE_NEWSROOM_CONTACT.fullmatch(src, start, stop):
        return "contact"
    if RE_OTHER.match(src, start, end):
        return "other"
    return None


def is_link_entry(src: str, start: int, end: int) -> bool:
    """True when ``src[start:end]`` is a link listed under "On the Net:".

    >>> src = "Harbour council: http://www.example.org/ferry"
    >>> is_link_entry(src, 0, len(src)), is_link_entry("Snow fell.", 0, 10)
    (True, False)
    """
    return (
        end - start <= PADDING_ALLOWANCE * MAX_LINK_ENTRY
        and RE_WEB_ADDRESS.search(src, start, end) is not None
        and fits(src, start, end, MAX_LINK_ENTRY)
    )


def _reached_at(src: str, start: int, end: int) -> bool:
    """True for a short line saying where writers "can be reached", with an address.

    The line opens with their names: two capitalised words at least.

    >>> src = "Mira Holt can be reached at mholt@example.org or @miraholt."
    >>> _reached_at(src, 0, len(src))
    True
    >>> src = "The hotline can be reached at help@example.org, police said."
    >>> _reached_at(src, 0, len(src))
    False
    """
    return (
        end - start <= PADDING_ALLOWANCE * MAX_REACHED
        and (src.find("@", start, end) >= 0 or src.find("(at)", start, end) >= 0)
        and RE_REACHED.match(src, start, end) is not None
        and fits(src, start, end, MAX_REACHED)
    )


def _contact_line(src: str, start: int, end: int) -> bool:
    """True for a short text with an e-mail address or a telephone number.

    >>> src = "Contact: Mira Holt, +47 22 00 00 00"
    >>> _contact_line(src, 0, len(src)), _contact_line("Contact: the mayor, 2015", 0, 24)
    (True, False)
    """
    return (
        end - start <= PADDING_ALLOWANCE * MAX_CONTACT
        and fits(src, start, end, MAX_CONTACT)
        and (_has_email(src, start, end) or _has_phone(src, start, end))
    )


def _dashed_contact(src: str, start: int, end: int) -> bool:
    """True for a contact line after up to three dashes: "-- Contact: ...".

    >>> src = "-- Contact: Mira Holt, mira.holt@example.com"
    >>> _dashed_contact(src, 0, len(src)), _dashed_contact("-- Contact: none", 0, 16)
    (True, False)
    """
    opening = start
    while opening < end and opening - start < 3 and src.startswith(_DASHES, opening):
        opening += 1
    while opening < end and src[opening] in " \t":
        opening += 1
        if opening - start > 8:
            return False  # a long run of spaces opens no contact line
    return RE_CONTACT_LABEL.match(src, opening, end) is not None and _contact_line(src, start, end)


def _has_phone(src: str, start: int, end: int) -> bool:
    """True when ``src[start:end]`` holds a telephone number: seven figures at least.

    >>> _has_phone("Tel +47 22 00 00 00", 0, 19), _has_phone("In 2015 and 2016", 0, 16)
    (True, False)
    """
    return any(
        sum(character.isdigit() for character in match.group()) >= 7
        for match in RE_PHONE.finditer(src, start, end)
    )


def _has_email(src: str, start: int, end: int) -> bool:
    """True when ``src[start:end]`` holds an e-mail address.

    >>> _has_email("(ana.ruiz(at)example.net)", 0, 25), _has_email("($1 = 0.9 euros)", 0, 16)
    (True, False)
    """
    # The pattern is searched only where an address can be: tried at every
    # position of a long paragraph, it costs about 0.2 us a character.
    return (
        src.find("@", start, end) >= 0 or src.find("(at)", start, end) >= 0
    ) and RE_EMAIL.search(src, start, end) is not None


def _rstrip(src: str, start: int, end: int) -> int:
    while end > start and src[end - 1] in " \t\r\n.":
        end -= 1
    return end


#: How far before its tail a link line's opening is looked for.
LINK_REACH = 400


def find_link_line(src: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A web link line inside ``src[start:end]``: its kind and span.

    >>> src = "Rates held. For a chart of rates, click on: here Prices fell."
    >>> kind, a, b = find_link_line(src, 0, len(src))
    >>> kind, src[a:b]
    ('graphic', 'For a chart of rates, click on: here')
    """
    if src.find("here", start, end) < 0:
        # Every link line ends in ": here"; a paragraph without the word is
        # not searched (a search costs about 2 us per paragraph).
        return None
    tail = RE_LINK_TAIL.search(src, start, end)
    if tail is None:
        return None
    # The first link line ends at the first tail an opening reaches, and an
    # opening reaches at most about 170 characters (160 and its "For").
    match = RE_LINK_LINE.search(src, max(start, tail.start() - LINK_REACH), end)
    if match is None:
        return None
    text = match.group()
    kind = "graphic" if RE_GRAPHIC_WORD.search(text) else "other"
    return kind, match.start(), match.end()


# Where a Bloomberg contact line starts, inside a block of them.
RE_CONTACT_START = lazy(r"(?<=\s)to[ \t]+contact[ \t]+the\b", regex.IGNORECASE)


def make_notes(src: str, kind: str, start: int, end: int) -> list[Note]:
    """The notes of ``kind`` in ``src[start:end]``: one, or one per contact line.

    >>> src = "To contact the reporter: a@b.net To contact the editor: c@d.net"
    >>> [n.text for n in make_notes(src, "contact", 0, len(src))]
    ['To contact the reporter: a@b.net', 'To contact the editor: c@d.net']
    """
    if kind != "contact":
        return [make_note(src, kind, start, end)]
    notes = []
    for match in RE_CONTACT_START.finditer(src, start + 1, end):
        stop = match.start()
        while stop > start and src[stop - 1].isspace():
            stop -= 1
        notes.append(make_note(src, kind, start, stop))
        start = match.start()
    notes.append(make_note(src, kind, start, end))
    return notes


def make_note(src: str, kind: str, start: int, end: int) -> Note:
    """A note of ``kind`` spanning ``src[start:end]``.

    >>> make_note("(Adds  quote)", "advisory", 0, 13).text
    '(Adds quote)'
    """
    return Note(kind=kind, text=collapse(src[start:end]), span=(start, end))


def split_story_types(src: str, start: int, end: int) -> tuple[list[Note], int]:
    """Story-type prefixes at the start of a headline, and where the rest begins.

    >>> src = "Corrected: Analysis: Mills shut"
    >>> notes, rest = split_story_types(src, 0, len(src))
    >>> [n.text for n in notes], src[rest:]
    (['Corrected', 'Analysis'], 'Mills shut')
    >>> src = "RPT-POLL-Voters back ferry plan"
    >>> notes, rest = split_story_types(src, 0, len(src))
    >>> [n.text for n in notes], src[rest:]
    (['RPT', 'POLL'], 'Voters back ferry plan')
    """
    notes = []
    pos = start
    while True:
        paren = RE_PARENTHESISED_PREFIX.match(src, pos, end)
        if paren is not None and paren.end() < end:
            kind = "take" if paren.group("take") else "story-type"
            notes.append(make_note(src, kind, *paren.span("kind")))
            pos = paren.end()
            continue
        match = RE_STORY_TYPE.match(src, pos, end) or RE_SLUG_STORY_TYPE.match(src, pos, end)
        if match is None or match.end() >= end:
            break
        separator = src[match.end("kind") : match.end()]
        if separator == "-" and not match.group("kind").isupper():
            break  # "Feature-length": a lower-case word with a hyphen
        kind_start, kind_end = match.span("kind")
        notes.append(make_note(src, "story-type", kind_start, kind_end))
        pos = match.end()
    return notes, pos
