"""Everything that knows Whoosh: analysis, schema, indexing, queries, snippets."""
