"""What the index holds: one document per passage and one per episode, no passage text.

Passage documents carry the episode-level values that filter them (podcast, date, language,
scope). Episode documents carry what filters whole episodes (title, podcast name, people) and the
fingerprint (the library revision) that tells whether the episode is indexed and current.
"""

from __future__ import annotations

from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema

from podreader.search.analysis import PassageAnalyzer

#: Part of the index name: a new version is simply "no index yet", and gets built from the library.
SCHEMA_VERSION = 2
INDEX_NAME = f"podreader_v{SCHEMA_VERSION}"

PASSAGE = "passage"
EPISODE = "episode"

#: Where a passage comes from; the ``in:`` filter of queries names these.
SCOPES = ("transcript", "summary", "chapter")


def build_schema() -> Schema:
    analyzer = PassageAnalyzer()
    return Schema(
        kind=ID,
        episode=ID(stored=True),
        # Passage documents
        track=ID(stored=True),
        paragraph=STORED,
        #: The reading paragraph to open: the passage itself, its aligned one, a chapter start.
        target=STORED,
        scope=ID,
        lang=ID,
        podcast=ID,
        date=NUMERIC(int, bits=32, signed=False, sortable=True),
        text=TEXT(analyzer=analyzer, phrase=True),
        # Episode documents
        revision=STORED,
        title=TEXT(analyzer=analyzer, phrase=True),
        podcast_name=TEXT(analyzer=analyzer, phrase=True),
        people=TEXT(analyzer=analyzer, phrase=True),
    )
