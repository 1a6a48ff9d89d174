<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Import Files…</source>
        <extracomment>Transcript pane modes with their menu text and shortcut.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sample Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold Sponsor Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About podreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Episode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About podreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;podreader {version}&lt;/b&gt;&lt;p&gt;Read your saved PodQuest podcast transcript pages offline: bilingual, searchable, bookmarkable.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library and settings: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podreader is built on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>Bookmark Selection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Edit Bookmark</source>
        <extracomment>The colours offered, first the default; a bookmark keeps any other colour it already has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (Markdown is fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Filter bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookmarks as Markdown, JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Shown Bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is no longer in the episode&apos;s text; its quote and note are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterModel</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterPanel</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeHeader</name>
    <message>
        <source>Show or hide the episode&apos;s people, summary and chapters</source>
        <extracomment>The unfolded details never take more than this share of the window&apos;s height.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>Filter episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort and group the episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by Podcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Episode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Stop after the current file or episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import or update is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating reading views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the reading view of {episodes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>That episode is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing “{title}” where you left off ({read}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search All Episodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing {done} of {total} episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all episodes: words, &quot;phrases&quot;, -word…</source>
        <extracomment>Pause after the last keystroke before searching. Most hits listed when &quot;N more in this episode&quot; is opened (its row stays for the rest).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All podcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} matching passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results may be incomplete while the index is being updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{n} more in this episode</source>
        <extracomment>Hit rows carry their snippet with the matches in &lt;b&gt;, for the snippet delegate and tooltip. Episode rows and hit rows both answer (episode_id, reading paragraph or -1, terms). &quot;N more in this episode&quot; rows answer the episode&apos;s id. Hit rows answer the (start, end) ranges of the matches in their display text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every matching passage of this episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Keys a widget handles itself, with no action to read them from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Find in Episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor read hidden — click to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to podreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PodQuest episode pages you saved, offline: the transcript beside its translation, with chapters, search and bookmarks.

Import the pages you saved as text (or drop them on this window), or look around with two short sample episodes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sample Episodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PodQuest Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, transcripts and subscription lists (*.txt *.text *.html *.htm *.mhtml *.mht *.vtt *.srt *.json *.ttml *.xml *.opml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of PodQuest Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <extracomment>File dialog filter -&gt; export format; the first is offered first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmarks could not be written to {path} ({why}); choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder could not be opened here; it is at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
