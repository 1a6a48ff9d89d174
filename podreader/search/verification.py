"""Reading enough of the index to notice damage, for ``podreader check``.

Opening the index reads its table of contents and the episode documents' stored fields; a
search reads only the posting lists of its words. Damage elsewhere (a truncated postings file,
a block pickled with a class since renamed, garbage in a column) shows only when that part is
read, so this reads a sample of every field's posting lists (the last one included: files are
written in term order, so a cut-off file loses it), every stored document, and every date.
"""

from __future__ import annotations

from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from podreader.paths import DataPaths
from podreader.search.evaluation import read_postings
from podreader.search.schema import is_date_column_value
from podreader.search.storage import IndexDamaged, open_existing, reading_damage

#: Every this many terms of a field, one posting list is read in full.
SAMPLE_EVERY = 50


def verify_index(paths: DataPaths) -> None:
    """Raise :class:`~podreader.search.storage.IndexDamaged` if a part of the index cannot be
    read or holds what podreader never writes."""
    ix = open_existing(paths)
    try:
        with ix.searcher() as searcher:
            reading_damage(lambda: _read_all_parts(searcher))
    finally:
        ix.close()


def index_readable(paths: DataPaths) -> bool:
    """Whether the index can be read whole (:func:`verify_index` finds nothing)."""
    try:
        verify_index(paths)
    except IndexDamaged:
        return False
    return True


def _read_all_parts(searcher: Searcher) -> None:
    for reader, offset in searcher.reader().leaf_readers():
        if not reader.doc_count_all():  # an empty index: nothing to read
            continue
        for _ in reader.iter_docs():  # unpickles every stored document
            pass
        dates = list(reader.column_reader("date"))
        if len(dates) != reader.doc_count_all() or not all(map(is_date_column_value, dates)):
            raise ValueError("the date column holds numbers that are not dates")
        for fieldname in reader.indexed_field_names():
            _sample(reader, offset, fieldname)


def _sample(reader: IndexReader, offset: int, fieldname: str) -> None:
    last = None
    for i, term in enumerate(reader.lexicon(fieldname)):
        if i % SAMPLE_EVERY == 0:
            read_postings(reader, offset, fieldname, term)
        last = term
    if last is not None:
        read_postings(reader, offset, fieldname, last)
