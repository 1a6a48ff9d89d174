<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About podreader</source>
        <translation>关于 podreader</translation>
    </message>
    <message>
        <source>&lt;b&gt;podreader {version}&lt;/b&gt;&lt;p&gt;Read your saved PodQuest podcast transcript pages offline: bilingual, searchable, bookmarkable.&lt;/p&gt;</source>
        <translation>&lt;b&gt;podreader {version}&lt;/b&gt;&lt;p&gt;离线阅读你保存的 PodQuest 播客转录稿页面：双语对照，可搜索，可加书签。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your library and settings: {path}</source>
        <translation>你的资料库和设置：{path}</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>podreader is built on these libraries:</source>
        <translation>podreader 基于以下库构建：</translation>
    </message>
</context>
<context>
    <name>BookmarkActions</name>
    <message>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Nothing is selected; select the words to bookmark in the transcript first.</source>
        <translation>尚未选择任何内容；请先在转录稿中选中要加书签的文字。</translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation>删除单集</translation>
    </message>
    <message>
        <source>Delete “{title}” from the library?</source>
        <translation>要从资料库中删除“{title}”吗？</translation>
    </message>
    <message>
        <source>Its original file stays kept, so you can import it again.</source>
        <translation>原始文件会保留，之后仍可重新导入。</translation>
    </message>
    <message>
        <source> {kept}</source>
        <translation>{kept}</translation>
    </message>
    <message>
        <source>Export Bookmarks and Delete…</source>
        <translation>导出书签并删除…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Its 1 bookmark stays in the library and returns if you import it again; you can also export it as Markdown now.</source>
        <translation>它的 1 个书签会留在资料库中，重新导入后即可恢复；也可以现在将其导出为 Markdown。</translation>
    </message>
    <message>
        <source>Its {bookmarks} stay in the library and return if you import it again; you can also export them as Markdown now.</source>
        <translation>它的 {bookmarks}会留在资料库中，重新导入后即可恢复；也可以现在将其导出为 Markdown。</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>The bookmarks could not be written to {path} ({reason}); choose another place. The episode was not deleted.</source>
        <translation>无法将书签写入 {path}（{reason}）；请选择其他位置。单集未被删除。</translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Edit Bookmark</source>
        <translation>编辑书签</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>Bookmark Selection…</source>
        <translation>为所选内容添加书签…</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Edit Bookmark</source>
        <translation>编辑书签</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Your note (Markdown is fine)</source>
        <translation>你的备注（可使用 Markdown）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tags, separated by spaces or commas</source>
        <translation>标签，用空格或逗号分隔</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前颜色</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
</context>
<context>
    <name>BookmarkExport</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>JSON, to import again (*.json)</source>
        <translation>JSON，可再次导入 (*.json)</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV，用于电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>The bookmarks could not be written to {path} ({reason}); choose another place.</source>
        <translation>无法将书签写入 {path}（{reason}）；请选择其他位置。</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>单集</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>This passage is no longer in the episode&apos;s text; the quote is as last seen.</source>
        <extracomment>Role of the :class:`Bookmark` itself, on every column. Role of the value a column sorts by (ISO time for &quot;Saved&quot;, case-folded text elsewhere).</extracomment>
        <translation>这段文字已不在该单集的正文中；引文为最后一次见到时的内容。</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>That passage is not in the episode&apos;s text; select the words again and retry.</source>
        <translation>单集文本中没有这段文字；请重新选择文字后再试。</translation>
    </message>
    <message>
        <source>The quote is empty; give the words to bookmark with --quote.</source>
        <translation>引文是空的；请用 --quote 给出要加书签的文字。</translation>
    </message>
    <message>
        <source>The quote occurs {count} times in the {track} text; quote more words so that it occurs once.</source>
        <translation>这段引文在 {track} 文本中出现了 {count} 次；请多引用几个字，使它只出现一次。</translation>
    </message>
    <message>
        <source>The quote runs across a paragraph break; quote words from one paragraph.</source>
        <translation>这段引文跨越了段落；请只引用同一段落中的文字。</translation>
    </message>
    <message>
        <source>The quote is not in episode {episode}; copy it exactly from &apos;podreader show {episode}&apos;.</source>
        <translation>单集 {episode} 中没有这段引文；请从 &apos;podreader show {episode}&apos; 的输出中原样复制。</translation>
    </message>
    <message>
        <source>The file is not JSON; choose a file made by &apos;podreader bookmarks export --format json&apos;.</source>
        <translation>该文件不是 JSON 文件；请选择由 &apos;podreader bookmarks export --format json&apos; 生成的文件。</translation>
    </message>
    <message>
        <source>The file is not a podreader bookmark export; choose one made by &apos;podreader bookmarks export --format json&apos;.</source>
        <translation>该文件不是 podreader 导出的书签；请选择由 &apos;podreader bookmarks export --format json&apos; 生成的文件。</translation>
    </message>
    <message>
        <source>The file was written by a newer podreader; update podreader to read it.</source>
        <translation>该文件由较新版本的 podreader 写入；请更新 podreader 后再读取。</translation>
    </message>
    <message>
        <source>The bookmark file</source>
        <translation>书签文件</translation>
    </message>
    <message>
        <source>Bookmark {number} of the file (id {id})</source>
        <translation>文件中的第 {number} 个书签（id {id}）</translation>
    </message>
    <message>
        <source>Bookmark {number} of the file</source>
        <translation>文件中的第 {number} 个书签</translation>
    </message>
    <message>
        <source>{where} is not valid ({problem}); fix that item or use another export.</source>
        <translation>{where}无效（{problem}）；请修正该项，或改用另一份导出文件。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Filter bookmarks</source>
        <translation>筛选书签</translation>
    </message>
    <message>
        <source>Show bookmarks of</source>
        <translation>显示哪个单集的书签</translation>
    </message>
    <message>
        <source>Show bookmarks tagged</source>
        <translation>显示带有此标签的书签</translation>
    </message>
    <message>
        <source>Export bookmarks as Markdown, JSON or CSV</source>
        <translation>将书签导出为 Markdown、JSON 或 CSV</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Edit Bookmark…</source>
        <translation>编辑书签…</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>连同出处复制</translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Export All Bookmarks…</source>
        <translation>导出全部书签…</translation>
    </message>
    <message>
        <source>Export Shown Bookmarks…</source>
        <translation>导出所显示的书签…</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>所有单集</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>This episode</source>
        <translation>本单集</translation>
    </message>
    <message>
        <source>This passage is no longer in the episode&apos;s text; its quote and note are kept here.</source>
        <translation>这段文字已不在该单集的正文中；其引文和备注仍保留在这里。</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>已将{count}导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>ChapterModel</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Key Insights</source>
        <translation>要点</translation>
    </message>
</context>
<context>
    <name>ChapterPanel</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>EpisodeHeader</name>
    <message>
        <source>People</source>
        <extracomment>The unfolded details never take more than this share of the window&apos;s height.</extracomment>
        <translation>人物</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Show or hide the episode&apos;s people, summary and chapters</source>
        <translation>显示或隐藏本单集的人物、摘要和章节</translation>
    </message>
    <message>
        <source>Episode details</source>
        <translation>单集详情</translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>Newest First</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>节目</translation>
    </message>
    <message>
        <source>Filter episodes</source>
        <extracomment>A read-only library: the context menu&apos;s Delete is disabled and says why.</extracomment>
        <translation>筛选单集</translation>
    </message>
    <message>
        <source>Sort and group the episodes</source>
        <translation>单集排序与分组</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>单集</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Group by Podcast</source>
        <translation>按节目分组</translation>
    </message>
    <message>
        <source>Delete Episode…</source>
        <translation>删除单集…</translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Imported with notes: {notes}</source>
        <translation>已导入，但有提示：{notes}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in episode</source>
        <translation>在单集中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项 (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Find in Episode: next match / previous match</source>
        <translation>在单集中查找：下一个 / 上一个匹配项</translation>
    </message>
    <message>
        <source>Find in Episode: close</source>
        <translation>在单集中查找：关闭</translation>
    </message>
    <message>
        <source>Filter Episodes: into the list / open the match</source>
        <translation>筛选单集：进入列表 / 打开匹配的单集</translation>
    </message>
    <message>
        <source>Filter Episodes: clear, then back to the list</source>
        <translation>筛选单集：先清除，再回到列表</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>见软件包说明</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>The data folder could not be opened here; it is at {path}.</source>
        <translation>无法在此打开数据文件夹；它位于 {path}。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The episode&apos;s text is larger than {megabytes} MB, more than podreader reads well as one episode (a 3-hour episode is about 0.3 MB); choose the episode itself or split it.</source>
        <translation>该单集的文字超过 {megabytes} MB，超出了 podreader 能顺畅阅读的单集大小（一集 3 小时的节目约为 0.3 MB）；请选择该单集本身的文件，或将其拆分。</translation>
    </message>
    <message>
        <source>The file is larger than the {megabytes} MB limit for one episode; split it or choose the episode&apos;s own file.</source>
        <translation>文件超过了单集 {megabytes} MB 的上限；请将其拆分，或选择该单集本身的文件。</translation>
    </message>
    <message>
        <source>The file is empty; choose a saved PodQuest page instead.</source>
        <translation>文件是空的；请改为选择已保存的 PodQuest 页面。</translation>
    </message>
    <message>
        <source>The transcript file is larger than the {megabytes} MB limit for timed transcripts (about 36 hours of speech); split it or choose the episode&apos;s own file.</source>
        <translation>转录稿文件超过了带时间轴转录稿 {megabytes} MB 的上限（约 36 小时的语音）；请将其拆分，或选择该单集本身的文件。</translation>
    </message>
    <message>
        <source>This file is not a PodQuest episode page or a transcript podreader reads (WebVTT, SRT, JSON, HTML, TTML); save the episode page as text and import that.</source>
        <translation>此文件既不是 PodQuest 单集页面，也不是 podreader 能读取的转录稿（WebVTT、SRT、JSON、HTML、TTML）；请将单集页面另存为文本后再导入。</translation>
    </message>
    <message>
        <source>The {kind} file holds no transcript text; choose a file with cues.</source>
        <translation>该 {kind} 文件不含转录文字；请选择带有字幕条目的文件。</translation>
    </message>
    <message>
        <source>This file is not an OPML subscription list; check the file.</source>
        <translation>此文件不是 OPML 订阅列表；请检查该文件。</translation>
    </message>
    <message>
        <source>The subscription list names no podcast feeds; export it again.</source>
        <translation>该订阅列表中没有任何播客订阅源；请重新导出。</translation>
    </message>
    <message>
        <source>The text transcript holds no text; choose another file.</source>
        <translation>该文本转录稿中没有文字；请选择其他文件。</translation>
    </message>
    <message>
        <source>This is a chapters file without its transcript; put it beside the episode&apos;s transcript with the same name (or a .chapters.json ending) and import both.</source>
        <translation>这是一个没有对应转录稿的章节文件；请将它放在该单集的转录稿旁边，使用相同的文件名（或以 .chapters.json 结尾），然后将两者一起导入。</translation>
    </message>
    <message>
        <source>The {kind} file is not valid JSON ({message}); check the file.</source>
        <translation>该 {kind} 文件不是有效的 JSON（{message}）；请检查该文件。</translation>
    </message>
    <message>
        <source>The {kind} file does not hold a JSON object; check the file.</source>
        <translation>该 {kind} 文件不包含 JSON 对象；请检查该文件。</translation>
    </message>
    <message>
        <source>The JSON file has no &apos;segments&apos; list; it is not a transcript.</source>
        <translation>该 JSON 文件没有 &apos;segments&apos; 列表；它不是转录稿。</translation>
    </message>
    <message>
        <source>{count} segment without a readable start time was skipped.</source>
        <translation>已跳过 {count} 个无法读取开始时间的片段。</translation>
    </message>
    <message>
        <source>{count} segments without a readable start time were skipped.</source>
        <translation>已跳过 {count} 个无法读取开始时间的片段。</translation>
    </message>
    <message>
        <source>The chapters file has no &apos;chapters&apos; list; check the file.</source>
        <translation>该章节文件没有 &apos;chapters&apos; 列表；请检查该文件。</translation>
    </message>
    <message>
        <source>The page ends before its transcript; it looks cut short — save the full page again.</source>
        <translation>页面在转录稿之前就结束了，看起来不完整——请重新保存完整的页面。</translation>
    </message>
    <message>
        <source>Some header lines were not recognised and were skipped.</source>
        <translation>有些页首行无法识别，已跳过。</translation>
    </message>
    <message>
        <source>This file is not a PodQuest episode page; save the episode page as text and import that.</source>
        <translation>此文件不是 PodQuest 单集页面；请将单集页面另存为文本后再导入。</translation>
    </message>
    <message>
        <source>The page&apos;s Chapters section is empty.</source>
        <translation>页面的章节（Chapters）部分是空的。</translation>
    </message>
    <message>
        <source>Text under Deep Dive was not recognised and was skipped.</source>
        <translation>深入探讨（Deep Dive）部分下的文字无法识别，已跳过。</translation>
    </message>
    <message>
        <source>The page has no episode title; save the full episode page again.</source>
        <translation>页面中没有单集标题；请重新保存完整的单集页面。</translation>
    </message>
    <message>
        <source>The page does not name its podcast.</source>
        <translation>页面没有写明所属的播客。</translation>
    </message>
    <message>
        <source>The page has no publish date.</source>
        <translation>页面没有发布日期。</translation>
    </message>
    <message>
        <source>The publish date {date} is not a real date; it was left out.</source>
        <translation>发布日期 {date} 不是有效的日期，已略去。</translation>
    </message>
    <message>
        <source>A Key Insights question has no answer and was left out.</source>
        <translation>要点（Key Insights）中有一个问题没有答案，已略去。</translation>
    </message>
    <message>
        <source>This saved web page is not a PodQuest episode page; open the episode on the saved page and save that.</source>
        <translation>这个已保存的网页不是 PodQuest 单集页面；请在该网页上打开单集，再保存单集页面。</translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page; save the episode page again.</source>
        <translation>该 MHTML 文件中没有 HTML 页面；请重新保存单集页面。</translation>
    </message>
    <message>
        <source>The MHTML file&apos;s page could not be unpacked; save it again.</source>
        <translation>无法解开该 MHTML 文件中的页面；请重新保存。</translation>
    </message>
    <message>
        <source>Some unreadable parts of the subtitle file were skipped.</source>
        <translation>字幕文件中有些无法读取的部分，已跳过。</translation>
    </message>
    <message>
        <source>The SRT file has a time that cannot be read ({error}).</source>
        <translation>该 SRT 文件中有无法读取的时间（{error}）。</translation>
    </message>
    <message>
        <source>The {kind} file declares a document type or entities, which podreader refuses for safety; remove the DOCTYPE and import it again.</source>
        <translation>该 {kind} 文件声明了文档类型或实体，出于安全考虑 podreader 拒绝读取；请删除 DOCTYPE 后重新导入。</translation>
    </message>
    <message>
        <source>The {kind} file is not well-formed XML ({error}).</source>
        <translation>该 {kind} 文件不是格式正确的 XML（{error}）。</translation>
    </message>
    <message>
        <source>The TTML file&apos;s root element is not &lt;tt&gt;; it is not a transcript.</source>
        <translation>该 TTML 文件的根元素不是 &lt;tt&gt;；它不是转录稿。</translation>
    </message>
    <message>
        <source>{count} passage with an unreadable time was skipped.</source>
        <translation>已跳过 {count} 个时间无法读取的段落。</translation>
    </message>
    <message>
        <source>{count} passages with unreadable times were skipped.</source>
        <translation>已跳过 {count} 个时间无法读取的段落。</translation>
    </message>
    <message>
        <source>The WebVTT file has no WEBVTT header line; add &apos;WEBVTT&apos; as its first line and import it again.</source>
        <translation>该 WebVTT 文件缺少 WEBVTT 标头行；请在第一行加上 &apos;WEBVTT&apos; 后重新导入。</translation>
    </message>
    <message>
        <source>The WebVTT file could not be read ({error}); check the file.</source>
        <translation>无法读取该 WebVTT 文件（{error}）；请检查该文件。</translation>
    </message>
    <message>
        <source>{count} cue with an unreadable time was skipped.</source>
        <translation>已跳过 {count} 个时间无法读取的字幕条目。</translation>
    </message>
    <message>
        <source>{count} cues with unreadable times were skipped.</source>
        <translation>已跳过 {count} 个时间无法读取的字幕条目。</translation>
    </message>
    <message>
        <source>The file does not exist; check the path.</source>
        <translation>文件不存在；请检查路径。</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}); check it.</source>
        <translation>无法读取该文件（{reason}）；请检查该文件。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>This is not a regular file (a named pipe, device or socket), so it was skipped; import the saved page itself.</source>
        <translation>这不是普通文件（而是命名管道、设备或套接字），因此已跳过；请导入已保存的页面本身。</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}); check that you may read it.</source>
        <translation>无法读取该文件（{reason}）；请检查你是否有读取权限。</translation>
    </message>
    <message>
        <source>podreader could not read this page ({kind}: {error}); please report it with the file.</source>
        <translation>podreader 无法读取此页面（{kind}: {error}）；请附上该文件报告此问题。</translation>
    </message>
    <message>
        <source>The import worker stopped (out of memory?); import this file again.</source>
        <translation>导入进程意外停止（可能是内存不足）；请重新导入此文件。</translation>
    </message>
    <message>
        <source>The file&apos;s Chinese text reads as neither simplified (GB18030) nor traditional (Big5) Chinese; open it in a text editor and save it again as UTF-8.</source>
        <translation>该文件中的中文既无法按简体（GB18030）也无法按繁体（Big5）读取；请用文本编辑器打开，并重新保存为 UTF-8。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be read; save it again as UTF-8.</source>
        <translation>无法识别该文件的文字编码；请重新保存为 UTF-8。</translation>
    </message>
    <message>
        <source>{count} unreadable time was left out.</source>
        <translation>已略去 {count} 个无法读取的时间。</translation>
    </message>
    <message>
        <source>{count} unreadable times were left out.</source>
        <translation>已略去 {count} 个无法读取的时间。</translation>
    </message>
    <message>
        <source>The chapters file beside the transcript holds no chapters.</source>
        <translation>转录稿旁边的章节文件中没有任何章节。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Stop after the current file or episode</source>
        <translation>在当前文件或单集完成后停止</translation>
    </message>
    <message>
        <source>An import or update is running; wait for it or cancel it.</source>
        <translation>正在进行导入或更新；请等待其完成或将其取消。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Updating reading views…</source>
        <translation>正在更新阅读视图…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>已导入 {name}</translation>
    </message>
    <message>
        <source>Updated the reading view of {episodes}.</source>
        <translation>已更新 {episodes}的阅读视图。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%n imported</source>
        <extracomment>How many files ended in each status, as the summary line says it.</extracomment>
        <translation>已导入 %n 个</translation>
    </message>
    <message>
        <source>%n updated</source>
        <translation>已更新 %n 个</translation>
    </message>
    <message>
        <source>%n unchanged</source>
        <translation>%n 个未变</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>%n 个失败</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation>{counts}。</translation>
    </message>
    <message>
        <source>No files were found to import.</source>
        <translation>没有找到可导入的文件。</translation>
    </message>
    <message>
        <source>Import stopped: {summary}</source>
        <translation>导入已中止：{summary}</translation>
    </message>
    <message>
        <source>Import cancelled: {summary}</source>
        <translation>导入已取消：{summary}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Files that could not be imported or have notes</source>
        <translation>无法导入或带有提示的文件</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <source>Import PodQuest Pages</source>
        <translation>导入 PodQuest 页面</translation>
    </message>
    <message>
        <source>Pages, transcripts and subscription lists (*.txt *.text *.html *.htm *.mhtml *.mht *.vtt *.srt *.json *.ttml *.xml *.opml);;All files (*)</source>
        <translation>页面、转录稿和订阅列表 (*.txt *.text *.html *.htm *.mhtml *.mht *.vtt *.srt *.json *.ttml *.xml *.opml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of PodQuest Pages</source>
        <translation>导入 PodQuest 页面所在的文件夹</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Follow System</source>
        <extracomment>Each language by its own name, untranslated: a reader looks for their language as they write it.</extracomment>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>import again</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>{problem}; run &apos;podreader recover&apos; (or File &gt; Recover Library in the window) to rebuild it from your kept pages and the latest bookmark backup.</source>
        <translation>{problem}；请运行 &apos;podreader recover&apos;（或在窗口中选择“文件 &gt; 恢复资料库”），根据保留的页面和最新的书签备份重建资料库。</translation>
    </message>
    <message>
        <source>{problem}; it was moved aside to {name}; run &apos;podreader recover&apos; (or File &gt; Recover Library in the window) to rebuild it from your kept pages and the latest bookmark backup.</source>
        <translation>{problem}；它已被移到一旁，改名为 {name}；请运行 &apos;podreader recover&apos;（或在窗口中选择“文件 &gt; 恢复资料库”），根据保留的页面和最新的书签备份重建资料库。</translation>
    </message>
    <message>
        <source>The library file is damaged ({detail})</source>
        <translation>资料库文件已损坏（{detail}）</translation>
    </message>
    <message>
        <source>The library is read-only; make the data folder writable and try again.</source>
        <translation>资料库是只读的；请让数据文件夹可写，然后重试。</translation>
    </message>
    <message>
        <source>try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The disk is full; free some space and {retry}.</source>
        <translation>磁盘已满；请释放一些空间，然后{retry}。</translation>
    </message>
    <message>
        <source>The data folder could not be written ({reason}); check its permissions and free space.</source>
        <translation>无法写入数据文件夹（{reason}）；请检查其权限和剩余空间。</translation>
    </message>
    <message>
        <source>The library file is damaged</source>
        <translation>资料库文件已损坏</translation>
    </message>
    <message>
        <source>The library could not be written ({error}); check the data folder and try again.</source>
        <translation>无法写入资料库（{error}）；请检查数据文件夹，然后重试。</translation>
    </message>
    <message>
        <source>The disk holding the library is full, so it cannot be opened; free some space and try again.</source>
        <translation>资料库所在的磁盘已满，因此无法打开资料库；请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>The library at {path} could not be opened ({error}); check the file or choose another data folder with --data-dir.</source>
        <translation>无法打开位于 {path} 的资料库（{error}）；请检查该文件，或用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The library file is empty although the data folder holds kept pages</source>
        <translation>资料库文件是空的，但数据文件夹中仍有保留的页面</translation>
    </message>
    <message>
        <source>The library file is missing although the data folder holds kept pages</source>
        <translation>资料库文件不见了，但数据文件夹中仍有保留的页面</translation>
    </message>
    <message>
        <source>There is no library in {folder} and podreader may not create one there; choose another data folder with --data-dir.</source>
        <translation>{folder} 中没有资料库，且 podreader 无权在那里创建；请用 --data-dir 选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The library file is not a database</source>
        <translation>资料库文件不是数据库</translation>
    </message>
    <message>
        <source>The library in {folder} could not be read; check that you may read the folder.</source>
        <translation>无法读取 {folder} 中的资料库；请检查你是否有读取该文件夹的权限。</translation>
    </message>
    <message>
        <source>{count} bookmark from the backup {name}</source>
        <translation>从备份 {name} 恢复了 {count} 个书签</translation>
    </message>
    <message>
        <source>{count} bookmarks from the backup {name}</source>
        <translation>从备份 {name} 恢复了 {count} 个书签</translation>
    </message>
    <message>
        <source>no bookmarks (there was no bookmark backup)</source>
        <translation>没有恢复书签（没有书签备份）</translation>
    </message>
    <message>
        <source>; the damaged file is kept as {name}</source>
        <translation>；损坏的文件保留为 {name}</translation>
    </message>
    <message>
        <source> ({count} could not be read)</source>
        <translation>（其中 {count} 个无法读取）</translation>
    </message>
    <message>
        <source>Rebuilt the library: {episodes} from {pages}{failed} and {bookmarks}{aside}.</source>
        <translation>资料库已重建：从 {pages}{failed}恢复了 {episodes}，并{bookmarks}{aside}。</translation>
    </message>
    <message>
        <source>{count} episode</source>
        <translation>{count} 个单集</translation>
    </message>
    <message>
        <source>{count} episodes</source>
        <translation>{count} 个单集</translation>
    </message>
    <message>
        <source>{count} kept page</source>
        <translation>{count} 个保留的页面</translation>
    </message>
    <message>
        <source>{count} kept pages</source>
        <translation>{count} 个保留的页面</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, so the library cannot be rebuilt there; make it writable and try again.</source>
        <translation>数据文件夹 {folder} 是只读的，因此无法在那里重建资料库；请让它可写，然后重试。</translation>
    </message>
    <message>
        <source>There are no kept pages and no bookmark backup to rebuild the library from; import your pages again.</source>
        <translation>没有可用于重建资料库的保留页面，也没有书签备份；请重新导入你的页面。</translation>
    </message>
    <message>
        <source>The library is not damaged, so there is nothing to recover; &apos;podreader check&apos; checks it with the search index.</source>
        <translation>资料库没有损坏，因此无需恢复；&apos;podreader check&apos; 可连同搜索索引一起检查它。</translation>
    </message>
    <message>
        <source>The library in {folder} was written by an older podreader and needs an upgrade, which needs write access; make the folder writable and try again.</source>
        <translation>{folder} 中的资料库由旧版 podreader 写入，需要升级，而升级需要写入权限；请让该文件夹可写，然后重试。</translation>
    </message>
    <message>
        <source>This library was written by a newer podreader (schema {schema}); update podreader to open it.</source>
        <translation>此资料库由较新版本的 podreader 写入（结构版本 {schema}）；请更新 podreader 后再打开。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>{title} — podreader</source>
        <translation>{title} — podreader</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Other Language</source>
        <translation>另一语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>PodcastTreeModel</name>
    <message>
        <source>No podcast</source>
        <translation>无所属节目</translation>
    </message>
    <message>
        <source>No episodes imported yet</source>
        <translation>尚未导入任何单集</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: the data folder cannot be written</source>
        <translation>只读：数据文件夹无法写入</translation>
    </message>
    <message>
        <source>The data folder cannot be written, so the library cannot be changed; make the folder writable and open podreader again.</source>
        <translation>数据文件夹无法写入，因此资料库不能更改；请让该文件夹可写，然后重新打开 podreader。</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>That episode is no longer in the library.</source>
        <translation>该单集已不在资料库中。</translation>
    </message>
    <message>
        <source>Continuing “{title}” where you left off ({read}).</source>
        <translation>从上次离开的地方继续阅读“{title}”（{read}）。</translation>
    </message>
</context>
<context>
    <name>ReadingChoices</name>
    <message>
        <source>Topics Summary</source>
        <translation>话题摘要</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Library</source>
        <translation>恢复资料库</translation>
    </message>
    <message>
        <source>Rebuild Library</source>
        <translation>重建资料库</translation>
    </message>
    <message>
        <source>Rebuilding the library from the kept pages…</source>
        <translation>正在根据保留的页面重建资料库…</translation>
    </message>
    <message>
        <source>The library is not damaged, so there is nothing to recover.</source>
        <translation>资料库没有损坏，无需恢复。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Add a word to look for; a search of only exclusions would match nearly everything.</source>
        <translation>请添加要查找的词；只有排除条件的搜索几乎会匹配所有内容。</translation>
    </message>
    <message>
        <source>The search index is being built; results will appear when it is ready.</source>
        <translation>正在建立搜索索引；索引就绪后将显示结果。</translation>
    </message>
    <message>
        <source>There are no episodes to search yet; import some pages first.</source>
        <translation>还没有可搜索的单集；请先导入一些页面。</translation>
    </message>
    <message>
        <source>The search index is damaged and will be rebuilt from the library; try again shortly.</source>
        <translation>搜索索引已损坏，将根据资料库重建；请稍后重试。</translation>
    </message>
    <message>
        <source>lang: takes en or zh, so {value} was left out.</source>
        <translation>lang: 只接受 en 或 zh，因此已忽略 {value}。</translation>
    </message>
    <message>
        <source>in: takes transcript, chapters or summary, so {value} was left out.</source>
        <translation>in: 只接受 transcript、chapters 或 summary，因此已忽略 {value}。</translation>
    </message>
    <message>
        <source>date: takes a year, a month or a range such as 2024-01..2024-06, so {value} was left out.</source>
        <translation>date: 只接受年份、月份或 2024-01..2024-06 这样的范围，因此已忽略 {value}。</translation>
    </message>
    <message>
        <source>Only the first {count} characters of the query were used.</source>
        <translation>只使用了搜索内容的前 {count} 个字符。</translation>
    </message>
    <message>
        <source>The search index could not be read, so it is being rebuilt from the library.</source>
        <translation>无法读取搜索索引，因此正在根据资料库重建。</translation>
    </message>
    <message>
        <source>The data folder {root} is read-only, so the search index cannot be updated</source>
        <translation>数据文件夹 {root} 是只读的，因此无法更新搜索索引</translation>
    </message>
    <message>
        <source>The disk is full, so the search index cannot be built or updated; free some space and search again.</source>
        <translation>磁盘已满，因此无法建立或更新搜索索引；请释放一些空间，然后重新搜索。</translation>
    </message>
    <message>
        <source>{problem}; searching uses it as it is.</source>
        <translation>{problem}；搜索将使用现有的索引。</translation>
    </message>
    <message>
        <source>Another podreader is updating the search index; try again when it has finished.</source>
        <translation>另一个 podreader 正在更新搜索索引；请等它完成后重试。</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search All Episodes…</source>
        <translation>搜索所有单集…</translation>
    </message>
    <message>
        <source>Checking the search index…</source>
        <translation>正在检查搜索索引…</translation>
    </message>
    <message numerus="yes">
        <source>Indexing {done} of %n episodes</source>
        <translation>
            <numerusform>正在索引：第 {done} 个，共 %n 个单集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>，约剩 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all episodes</source>
        <extracomment>Pause after the last keystroke before searching. Most hits listed when &quot;N more in this episode&quot; is opened (its row stays for the rest).</extracomment>
        <translation>搜索所有单集</translation>
    </message>
    <message>
        <source>Search all episodes: words, &quot;phrases&quot;, -word…</source>
        <translation>搜索所有单集：词语、&quot;短语&quot;、-排除词…</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>节目</translation>
    </message>
    <message>
        <source>All podcasts</source>
        <translation>所有节目</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>结果排序</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No passages match.</source>
        <translation>没有匹配的段落。</translation>
    </message>
    <message>
        <source>1 matching passage.</source>
        <translation>1 个匹配段落。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching passages.</source>
        <translation>
            <numerusform>%n 个匹配段落。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n matching passages.</source>
        <translation>
            <numerusform>超过 %n 个匹配段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>Results may be incomplete while the index is being updated.</source>
        <translation>索引更新期间，结果可能不完整。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%n more in this episode</source>
        <extracomment>Hit rows carry their snippet with the matches in &lt;b&gt;, for the snippet delegate and tooltip. Episode rows and hit rows both answer (episode_id, reading paragraph or -1, terms). &quot;N more in this episode&quot; rows answer the episode&apos;s id. Hit rows answer the (start, end) ranges of the matches in their display text.</extracomment>
        <translation>
            <numerusform>本单集中还有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every matching passage of this episode</source>
        <translation>显示本单集中所有匹配的段落</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Sponsor read — click to fold</source>
        <translation>赞助口播——点击折叠</translation>
    </message>
    <message>
        <source>Episode text</source>
        <translation>单集正文</translation>
    </message>
    <message>
        <source>Find in Episode…</source>
        <translation>在单集中查找…</translation>
    </message>
    <message>
        <source>Practice Mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <source>Hide the other language until you point at or click a row</source>
        <translation>隐藏另一语言，直到指向或点击某一行</translation>
    </message>
    <message>
        <source>Next Search Hit</source>
        <translation>下一个搜索结果</translation>
    </message>
    <message>
        <source>Previous Search Hit</source>
        <translation>上一个搜索结果</translation>
    </message>
    <message>
        <source>Sponsor read hidden — click to show</source>
        <translation>赞助口播已隐藏——点击显示</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to podreader</source>
        <translation>欢迎使用 podreader</translation>
    </message>
    <message>
        <source>Read the PodQuest episode pages you saved, offline: the transcript beside its translation, with chapters, search and bookmarks.

Import the pages you saved as text (or drop them on this window), or look around with two short sample episodes first.</source>
        <translation>离线阅读你保存的 PodQuest 单集页面：转录稿与译文并排对照，还有章节、搜索和书签。

导入你保存为文本的页面（或直接拖放到此窗口），也可以先打开两个简短的示例单集看看。</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Open Sample Episodes</source>
        <translation>打开示例单集</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Side by Side</source>
        <extracomment>Transcript pane modes with their menu text and shortcut.</extracomment>
        <translation>并排对照</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>逐段交替</translation>
    </message>
    <message>
        <source>Transcript Only</source>
        <translation>仅转录稿</translation>
    </message>
    <message>
        <source>Other Language Only</source>
        <translation>仅另一语言</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Open Sample Episodes</source>
        <translation>打开示例单集</translation>
    </message>
    <message>
        <source>Recover Library…</source>
        <translation>恢复资料库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Filter Episodes</source>
        <translation>筛选单集</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Next Chapter</source>
        <translation>下一章节</translation>
    </message>
    <message>
        <source>Previous Chapter</source>
        <translation>上一章节</translation>
    </message>
    <message>
        <source>Next Episode</source>
        <translation>下一单集</translation>
    </message>
    <message>
        <source>Previous Episode</source>
        <translation>上一单集</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Serif Font</source>
        <translation>衬线字体</translation>
    </message>
    <message>
        <source>Fold Sponsor Reads</source>
        <translation>折叠赞助口播</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>About podreader</source>
        <translation>关于 podreader</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Delete Episode…</source>
        <translation>删除单集…</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The interface changes to {language} when the import or update finishes.</source>
        <extracomment>Shown, in the language to come, when the switch waits for a running job.</extracomment>
        <translation>导入或更新完成后，界面将切换为{language}。</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>unknown language</source>
        <translation>未知语言</translation>
    </message>
    <message>
        <source>1 bookmark</source>
        <translation>1 个书签</translation>
    </message>
    <message>
        <source>{n} bookmarks</source>
        <translation>{n} 个书签</translation>
    </message>
    <message>
        <source>1 episode</source>
        <translation>1 个单集</translation>
    </message>
    <message>
        <source>{n} episodes</source>
        <translation>{n} 个单集</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>From this far on an episode counts as read (the last screen never scrolls to its top).</extracomment>
        <translation>已读完</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>{percent}% read</source>
        <translation>已读 {percent}%</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The search failed ({error}); try again.</source>
        <translation>搜索失败（{error}）；请重试。</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly ({error}); please try again.</source>
        <extracomment>The sentence for an unexpected error; ``{error}`` is replaced by it.</extracomment>
        <translation>任务意外中止（{error}）；请重试。</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly ({error}); please try again.</source>
        <translation>导入意外中止（{error}）；请重试。</translation>
    </message>
    <message>
        <source>Updating the reading views stopped unexpectedly ({error}); restart podreader.</source>
        <translation>更新阅读视图时意外中止（{error}）；请重新启动 podreader。</translation>
    </message>
    <message>
        <source>Updating the search index failed ({error}); try again.</source>
        <translation>更新搜索索引失败（{error}）；请重试。</translation>
    </message>
    <message>
        <source>The rebuild stopped unexpectedly ({error}); run &apos;podreader recover&apos; to retry.</source>
        <translation>重建意外中止（{error}）；请运行“podreader recover”重试。</translation>
    </message>
</context>
</TS>
