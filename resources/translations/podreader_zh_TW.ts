<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About podreader</source>
        <translation>關於 podreader</translation>
    </message>
    <message>
        <source>&lt;b&gt;podreader {version}&lt;/b&gt;&lt;p&gt;Read your saved PodQuest podcast transcript pages offline: bilingual, searchable, bookmarkable.&lt;/p&gt;</source>
        <translation>&lt;b&gt;podreader {version}&lt;/b&gt;&lt;p&gt;離線閱讀你儲存的 PodQuest Podcast 逐字稿頁面：雙語對照，可搜尋，可加入書籤。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your library and settings: {path}</source>
        <translation>你的資料庫和設定：{path}</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>函式庫</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>podreader is built on these libraries:</source>
        <translation>podreader 使用了以下函式庫：</translation>
    </message>
</context>
<context>
    <name>BookmarkActions</name>
    <message>
        <source>Add Bookmark</source>
        <translation>加入書籤</translation>
    </message>
    <message>
        <source>Nothing is selected; select the words to bookmark in the transcript first.</source>
        <translation>尚未選擇任何內容；請先在逐字稿中選取要加入書籤的文字。</translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation>刪除單集</translation>
    </message>
    <message>
        <source>Delete “{title}” from the library?</source>
        <translation>要從資料庫中刪除「{title}」嗎？</translation>
    </message>
    <message>
        <source>Its original file stays kept, so you can import it again.</source>
        <translation>原始檔案會保留，之後仍可重新匯入。</translation>
    </message>
    <message>
        <source> {kept}</source>
        <translation>{kept}</translation>
    </message>
    <message>
        <source>Export Bookmarks and Delete…</source>
        <translation>匯出書籤並刪除…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Its 1 bookmark stays in the library and returns if you import it again; you can also export it as Markdown now.</source>
        <translation>它的 1 個書籤會留在資料庫中，重新匯入後即可恢復；也可以現在將其匯出為 Markdown。</translation>
    </message>
    <message>
        <source>Its {bookmarks} stay in the library and return if you import it again; you can also export them as Markdown now.</source>
        <translation>它的 {bookmarks}會留在資料庫中，重新匯入後即可恢復；也可以現在將其匯出為 Markdown。</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>匯出書籤</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <source>The bookmarks could not be written to {path} ({reason}); choose another place. The episode was not deleted.</source>
        <translation>無法將書籤寫入 {path}（{reason}）；請選擇其他位置。單集未被刪除。</translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation>刪除書籤</translation>
    </message>
    <message>
        <source>Edit Bookmark</source>
        <translation>編輯書籤</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>Bookmark Selection…</source>
        <translation>為所選內容加入書籤…</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Edit Bookmark</source>
        <translation>編輯書籤</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>加入書籤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Your note (Markdown is fine)</source>
        <translation>你的備註（可使用 Markdown）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>tags, separated by spaces or commas</source>
        <translation>標籤，用空格或逗號分隔</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>目前的顏色</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>顏色：</translation>
    </message>
</context>
<context>
    <name>BookmarkExport</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <source>JSON, to import again (*.json)</source>
        <translation>JSON，可再次匯入 (*.json)</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV，供試算表使用 (*.csv)</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>匯出書籤</translation>
    </message>
    <message>
        <source>The bookmarks could not be written to {path} ({reason}); choose another place.</source>
        <translation>無法將書籤寫入 {path}（{reason}）；請選擇其他位置。</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>單集</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>This passage is no longer in the episode&apos;s text; the quote is as last seen.</source>
        <extracomment>Role of the :class:`Bookmark` itself, on every column. Role of the value a column sorts by (ISO time for &quot;Saved&quot;, case-folded text elsewhere).</extracomment>
        <translation>這段文字已不在該單集的正文中；引文為最後一次見到時的內容。</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>That passage is not in the episode&apos;s text; select the words again and retry.</source>
        <translation>單集文字中沒有這段內容；請重新選取文字後再試一次。</translation>
    </message>
    <message>
        <source>The quote is empty; give the words to bookmark with --quote.</source>
        <translation>引文是空的；請用 --quote 指定要加入書籤的文字。</translation>
    </message>
    <message>
        <source>The quote occurs {count} times in the {track} text; quote more words so that it occurs once.</source>
        <translation>這段引文在 {track} 文字中出現了 {count} 次；請多引用幾個字，讓它只出現一次。</translation>
    </message>
    <message>
        <source>The quote runs across a paragraph break; quote words from one paragraph.</source>
        <translation>這段引文跨越了段落；請只引用同一段落中的文字。</translation>
    </message>
    <message>
        <source>The quote is not in episode {episode}; copy it exactly from &apos;podreader show {episode}&apos;.</source>
        <translation>單集 {episode} 中沒有這段引文；請從 &apos;podreader show {episode}&apos; 的輸出中原樣複製。</translation>
    </message>
    <message>
        <source>The file is not JSON; choose a file made by &apos;podreader bookmarks export --format json&apos;.</source>
        <translation>這個檔案不是 JSON 檔案；請選擇由 &apos;podreader bookmarks export --format json&apos; 產生的檔案。</translation>
    </message>
    <message>
        <source>The file is not a podreader bookmark export; choose one made by &apos;podreader bookmarks export --format json&apos;.</source>
        <translation>這個檔案不是 podreader 匯出的書籤；請選擇由 &apos;podreader bookmarks export --format json&apos; 產生的檔案。</translation>
    </message>
    <message>
        <source>The file was written by a newer podreader; update podreader to read it.</source>
        <translation>這個檔案是由較新版本的 podreader 寫入的；請更新 podreader 後再讀取。</translation>
    </message>
    <message>
        <source>The bookmark file</source>
        <translation>書籤檔案</translation>
    </message>
    <message>
        <source>Bookmark {number} of the file (id {id})</source>
        <translation>檔案中的第 {number} 個書籤（id {id}）</translation>
    </message>
    <message>
        <source>Bookmark {number} of the file</source>
        <translation>檔案中的第 {number} 個書籤</translation>
    </message>
    <message>
        <source>{where} is not valid ({problem}); fix that item or use another export.</source>
        <translation>{where}無效（{problem}）；請修正該項目，或改用另一份匯出檔案。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Filter bookmarks</source>
        <translation>篩選書籤</translation>
    </message>
    <message>
        <source>Show bookmarks of</source>
        <translation>顯示哪個單集的書籤</translation>
    </message>
    <message>
        <source>Show bookmarks tagged</source>
        <translation>顯示帶有此標籤的書籤</translation>
    </message>
    <message>
        <source>Export bookmarks as Markdown, JSON or CSV</source>
        <translation>將書籤匯出為 Markdown、JSON 或 CSV</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>匯出書籤</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Edit Bookmark…</source>
        <translation>編輯書籤…</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>連同出處複製</translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation>刪除書籤</translation>
    </message>
    <message>
        <source>Export All Bookmarks…</source>
        <translation>匯出全部書籤…</translation>
    </message>
    <message>
        <source>Export Shown Bookmarks…</source>
        <translation>匯出所顯示的書籤…</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>所有單集</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>This episode</source>
        <translation>本單集</translation>
    </message>
    <message>
        <source>This passage is no longer in the episode&apos;s text; its quote and note are kept here.</source>
        <translation>這段文字已不在該單集的正文中；其引文和備註仍保留在這裡。</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>已將{count}匯出到 {path}。</translation>
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
        <translation>重點</translation>
    </message>
</context>
<context>
    <name>ChapterPanel</name>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章節</translation>
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
        <translation>重點</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>Show or hide the episode&apos;s people, summary and chapters</source>
        <translation>顯示或隱藏本單集的人物、摘要和章節</translation>
    </message>
    <message>
        <source>Episode details</source>
        <translation>單集詳情</translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>Newest First</source>
        <translation>由新到舊</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>Filter episodes</source>
        <extracomment>A read-only library: the context menu&apos;s Delete is disabled and says why.</extracomment>
        <translation>篩選單集</translation>
    </message>
    <message>
        <source>Sort and group the episodes</source>
        <translation>單集排序與分組</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>單集</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Group by Podcast</source>
        <translation>依節目分組</translation>
    </message>
    <message>
        <source>Delete Episode…</source>
        <translation>刪除單集…</translation>
    </message>
</context>
<context>
    <name>FailureModel</name>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Imported with notes: {notes}</source>
        <translation>已匯入，但有提示：{notes}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in episode</source>
        <translation>在單集中尋找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一個相符項目 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一個相符項目 (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有相符項目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 個，共 %2 個</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Find in Episode: next match / previous match</source>
        <translation>在單集中尋找：下一個 / 上一個相符項目</translation>
    </message>
    <message>
        <source>Find in Episode: close</source>
        <translation>在單集中尋找：關閉</translation>
    </message>
    <message>
        <source>Filter Episodes: into the list / open the match</source>
        <translation>篩選單集：進入清單 / 開啟相符的單集</translation>
    </message>
    <message>
        <source>Filter Episodes: clear, then back to the list</source>
        <translation>篩選單集：先清除，再回到列表</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安裝</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>請見套件說明</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>The data folder could not be opened here; it is at {path}.</source>
        <translation>無法在此開啟資料夾；它位於 {path}。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The episode&apos;s text is larger than {megabytes} MB, more than podreader reads well as one episode (a 3-hour episode is about 0.3 MB); choose the episode itself or split it.</source>
        <translation>這個單集的文字超過 {megabytes} MB，超出 podreader 能順暢閱讀的單集大小（一集 3 小時的節目約為 0.3 MB）；請選擇該單集本身的檔案，或將其分割。</translation>
    </message>
    <message>
        <source>The file is larger than the {megabytes} MB limit for one episode; split it or choose the episode&apos;s own file.</source>
        <translation>檔案超過單集 {megabytes} MB 的上限；請將其分割，或選擇該單集本身的檔案。</translation>
    </message>
    <message>
        <source>The file is empty; choose a saved PodQuest page instead.</source>
        <translation>檔案是空的；請改為選擇已儲存的 PodQuest 頁面。</translation>
    </message>
    <message>
        <source>The transcript file is larger than the {megabytes} MB limit for timed transcripts (about 36 hours of speech); split it or choose the episode&apos;s own file.</source>
        <translation>逐字稿檔案超過含時間軸逐字稿 {megabytes} MB 的上限（約 36 小時的語音）；請將其分割，或選擇該單集本身的檔案。</translation>
    </message>
    <message>
        <source>This file is not a PodQuest episode page or a transcript podreader reads (WebVTT, SRT, JSON, HTML, TTML); save the episode page as text and import that.</source>
        <translation>這個檔案既不是 PodQuest 單集頁面，也不是 podreader 能讀取的逐字稿（WebVTT、SRT、JSON、HTML、TTML）；請將單集頁面另存為文字檔後再匯入。</translation>
    </message>
    <message>
        <source>The {kind} file holds no transcript text; choose a file with cues.</source>
        <translation>這個 {kind} 檔案沒有逐字稿文字；請選擇含有字幕段落的檔案。</translation>
    </message>
    <message>
        <source>This file is not an OPML subscription list; check the file.</source>
        <translation>這個檔案不是 OPML 訂閱清單；請檢查該檔案。</translation>
    </message>
    <message>
        <source>The subscription list names no podcast feeds; export it again.</source>
        <translation>這份訂閱清單中沒有任何 Podcast 訂閱來源；請重新匯出。</translation>
    </message>
    <message>
        <source>The text transcript holds no text; choose another file.</source>
        <translation>這份文字逐字稿中沒有文字；請選擇其他檔案。</translation>
    </message>
    <message>
        <source>This is a chapters file without its transcript; put it beside the episode&apos;s transcript with the same name (or a .chapters.json ending) and import both.</source>
        <translation>這是一個沒有對應逐字稿的章節檔案；請將它放在該單集的逐字稿旁邊，使用相同的檔名（或以 .chapters.json 結尾），然後將兩者一起匯入。</translation>
    </message>
    <message>
        <source>The {kind} file is not valid JSON ({message}); check the file.</source>
        <translation>這個 {kind} 檔案不是有效的 JSON（{message}）；請檢查該檔案。</translation>
    </message>
    <message>
        <source>The {kind} file does not hold a JSON object; check the file.</source>
        <translation>這個 {kind} 檔案不包含 JSON 物件；請檢查該檔案。</translation>
    </message>
    <message>
        <source>The JSON file has no &apos;segments&apos; list; it is not a transcript.</source>
        <translation>這個 JSON 檔案沒有 &apos;segments&apos; 清單；它不是逐字稿。</translation>
    </message>
    <message>
        <source>{count} segment without a readable start time was skipped.</source>
        <translation>已略過 {count} 個無法讀取開始時間的片段。</translation>
    </message>
    <message>
        <source>{count} segments without a readable start time were skipped.</source>
        <translation>已略過 {count} 個無法讀取開始時間的片段。</translation>
    </message>
    <message>
        <source>The chapters file has no &apos;chapters&apos; list; check the file.</source>
        <translation>這個章節檔案沒有 &apos;chapters&apos; 清單；請檢查該檔案。</translation>
    </message>
    <message>
        <source>The page ends before its transcript; it looks cut short — save the full page again.</source>
        <translation>頁面在逐字稿之前就結束了，看起來不完整——請重新儲存完整的頁面。</translation>
    </message>
    <message>
        <source>Some header lines were not recognised and were skipped.</source>
        <translation>有些頁首行無法辨識，已略過。</translation>
    </message>
    <message>
        <source>This file is not a PodQuest episode page; save the episode page as text and import that.</source>
        <translation>這個檔案不是 PodQuest 單集頁面；請將單集頁面另存為文字檔後再匯入。</translation>
    </message>
    <message>
        <source>The page&apos;s Chapters section is empty.</source>
        <translation>頁面的章節（Chapters）區段是空的。</translation>
    </message>
    <message>
        <source>Text under Deep Dive was not recognised and was skipped.</source>
        <translation>深入探討（Deep Dive）區段下的文字無法辨識，已略過。</translation>
    </message>
    <message>
        <source>The page has no episode title; save the full episode page again.</source>
        <translation>頁面中沒有單集標題；請重新儲存完整的單集頁面。</translation>
    </message>
    <message>
        <source>The page does not name its podcast.</source>
        <translation>頁面沒有註明所屬的 Podcast。</translation>
    </message>
    <message>
        <source>The page has no publish date.</source>
        <translation>頁面沒有發布日期。</translation>
    </message>
    <message>
        <source>The publish date {date} is not a real date; it was left out.</source>
        <translation>發布日期 {date} 不是有效的日期，已省略。</translation>
    </message>
    <message>
        <source>A Key Insights question has no answer and was left out.</source>
        <translation>重點（Key Insights）中有一個問題沒有答案，已省略。</translation>
    </message>
    <message>
        <source>This saved web page is not a PodQuest episode page; open the episode on the saved page and save that.</source>
        <translation>這個已儲存的網頁不是 PodQuest 單集頁面；請在該網頁上開啟單集，再儲存單集頁面。</translation>
    </message>
    <message>
        <source>The MHTML file holds no HTML page; save the episode page again.</source>
        <translation>這個 MHTML 檔案中沒有 HTML 頁面；請重新儲存單集頁面。</translation>
    </message>
    <message>
        <source>The MHTML file&apos;s page could not be unpacked; save it again.</source>
        <translation>無法解開這個 MHTML 檔案中的頁面；請重新儲存。</translation>
    </message>
    <message>
        <source>Some unreadable parts of the subtitle file were skipped.</source>
        <translation>字幕檔中有些無法讀取的部分，已略過。</translation>
    </message>
    <message>
        <source>The SRT file has a time that cannot be read ({error}).</source>
        <translation>這個 SRT 檔案中有無法讀取的時間（{error}）。</translation>
    </message>
    <message>
        <source>The {kind} file declares a document type or entities, which podreader refuses for safety; remove the DOCTYPE and import it again.</source>
        <translation>這個 {kind} 檔案宣告了文件類型或實體，基於安全考量 podreader 拒絕讀取；請移除 DOCTYPE 後重新匯入。</translation>
    </message>
    <message>
        <source>The {kind} file is not well-formed XML ({error}).</source>
        <translation>這個 {kind} 檔案不是格式正確的 XML（{error}）。</translation>
    </message>
    <message>
        <source>The TTML file&apos;s root element is not &lt;tt&gt;; it is not a transcript.</source>
        <translation>這個 TTML 檔案的根元素不是 &lt;tt&gt;；它不是逐字稿。</translation>
    </message>
    <message>
        <source>{count} passage with an unreadable time was skipped.</source>
        <translation>已略過 {count} 個時間無法讀取的段落。</translation>
    </message>
    <message>
        <source>{count} passages with unreadable times were skipped.</source>
        <translation>已略過 {count} 個時間無法讀取的段落。</translation>
    </message>
    <message>
        <source>The WebVTT file has no WEBVTT header line; add &apos;WEBVTT&apos; as its first line and import it again.</source>
        <translation>這個 WebVTT 檔案缺少 WEBVTT 標頭行；請在第一行加上 &apos;WEBVTT&apos; 後重新匯入。</translation>
    </message>
    <message>
        <source>The WebVTT file could not be read ({error}); check the file.</source>
        <translation>無法讀取這個 WebVTT 檔案（{error}）；請檢查該檔案。</translation>
    </message>
    <message>
        <source>{count} cue with an unreadable time was skipped.</source>
        <translation>已略過 {count} 個時間無法讀取的字幕段落。</translation>
    </message>
    <message>
        <source>{count} cues with unreadable times were skipped.</source>
        <translation>已略過 {count} 個時間無法讀取的字幕段落。</translation>
    </message>
    <message>
        <source>The file does not exist; check the path.</source>
        <translation>檔案不存在；請檢查路徑。</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}); check it.</source>
        <translation>無法讀取這個檔案（{reason}）；請檢查該檔案。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>這是一個資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>This is not a regular file (a named pipe, device or socket), so it was skipped; import the saved page itself.</source>
        <translation>這不是一般檔案（而是具名管道、裝置或通訊端），因此已略過；請匯入已儲存的頁面本身。</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}); check that you may read it.</source>
        <translation>無法讀取這個檔案（{reason}）；請確認你有讀取權限。</translation>
    </message>
    <message>
        <source>podreader could not read this page ({kind}: {error}); please report it with the file.</source>
        <translation>podreader 無法讀取這個頁面（{kind}: {error}）；請附上該檔案回報此問題。</translation>
    </message>
    <message>
        <source>The import worker stopped (out of memory?); import this file again.</source>
        <translation>匯入程序意外停止（可能是記憶體不足）；請重新匯入這個檔案。</translation>
    </message>
    <message>
        <source>The file&apos;s Chinese text reads as neither simplified (GB18030) nor traditional (Big5) Chinese; open it in a text editor and save it again as UTF-8.</source>
        <translation>這個檔案中的中文既無法以簡體（GB18030）也無法以繁體（Big5）讀取；請用文字編輯器開啟，並重新儲存為 UTF-8。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be read; save it again as UTF-8.</source>
        <translation>無法辨識這個檔案的文字編碼；請重新儲存為 UTF-8。</translation>
    </message>
    <message>
        <source>{count} unreadable time was left out.</source>
        <translation>已省略 {count} 個無法讀取的時間。</translation>
    </message>
    <message>
        <source>{count} unreadable times were left out.</source>
        <translation>已省略 {count} 個無法讀取的時間。</translation>
    </message>
    <message>
        <source>The chapters file beside the transcript holds no chapters.</source>
        <translation>逐字稿旁邊的章節檔案中沒有任何章節。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Stop after the current file or episode</source>
        <translation>在目前檔案或單集完成後停止</translation>
    </message>
    <message>
        <source>An import or update is running; wait for it or cancel it.</source>
        <translation>正在進行匯入或更新；請等待其完成或將其取消。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Updating reading views…</source>
        <translation>正在更新閱讀檢視…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>已匯入 {name}</translation>
    </message>
    <message>
        <source>Updated the reading view of {episodes}.</source>
        <translation>已更新 {episodes}的閱讀檢視。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%n imported</source>
        <extracomment>How many files ended in each status, as the summary line says it.</extracomment>
        <translation>已匯入 %n 個</translation>
    </message>
    <message>
        <source>%n updated</source>
        <translation>已更新 %n 個</translation>
    </message>
    <message>
        <source>%n unchanged</source>
        <translation>%n 個未變</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>%n 個失敗</translation>
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
        <translation>沒有找到可匯入的檔案。</translation>
    </message>
    <message>
        <source>Import stopped: {summary}</source>
        <translation>匯入已中止：{summary}</translation>
    </message>
    <message>
        <source>Import cancelled: {summary}</source>
        <translation>匯入已取消：{summary}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <source>Files that could not be imported or have notes</source>
        <translation>無法匯入或附有提示的檔案</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <source>Import PodQuest Pages</source>
        <translation>匯入 PodQuest 頁面</translation>
    </message>
    <message>
        <source>Pages, transcripts and subscription lists (*.txt *.text *.html *.htm *.mhtml *.mht *.vtt *.srt *.json *.ttml *.xml *.opml);;All files (*)</source>
        <translation>頁面、逐字稿和訂閱清單 (*.txt *.text *.html *.htm *.mhtml *.mht *.vtt *.srt *.json *.ttml *.xml *.opml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of PodQuest Pages</source>
        <translation>匯入 PodQuest 頁面所在的資料夾</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Follow System</source>
        <extracomment>Each language by its own name, untranslated: a reader looks for their language as they write it.</extracomment>
        <translation>依照系統</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>import again</source>
        <translation>重新匯入</translation>
    </message>
    <message>
        <source>{problem}; run &apos;podreader recover&apos; (or File &gt; Recover Library in the window) to rebuild it from your kept pages and the latest bookmark backup.</source>
        <translation>{problem}；請執行 &apos;podreader recover&apos;（或在視窗中選擇「檔案 &gt; 復原資料庫」），根據保留的頁面和最新的書籤備份重建資料庫。</translation>
    </message>
    <message>
        <source>{problem}; it was moved aside to {name}; run &apos;podreader recover&apos; (or File &gt; Recover Library in the window) to rebuild it from your kept pages and the latest bookmark backup.</source>
        <translation>{problem}；它已被移到一旁，改名為 {name}；請執行 &apos;podreader recover&apos;（或在視窗中選擇「檔案 &gt; 復原資料庫」），根據保留的頁面和最新的書籤備份重建資料庫。</translation>
    </message>
    <message>
        <source>The library file is damaged ({detail})</source>
        <translation>資料庫檔案已損毀（{detail}）</translation>
    </message>
    <message>
        <source>The library is read-only; make the data folder writable and try again.</source>
        <translation>資料庫為唯讀；請將資料夾設為可寫入，然後再試一次。</translation>
    </message>
    <message>
        <source>try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>The disk is full; free some space and {retry}.</source>
        <translation>磁碟已滿；請釋出一些空間，然後{retry}。</translation>
    </message>
    <message>
        <source>The data folder could not be written ({reason}); check its permissions and free space.</source>
        <translation>無法寫入資料夾（{reason}）；請檢查其權限和剩餘空間。</translation>
    </message>
    <message>
        <source>The library file is damaged</source>
        <translation>資料庫檔案已損毀</translation>
    </message>
    <message>
        <source>The library could not be written ({error}); check the data folder and try again.</source>
        <translation>無法寫入資料庫（{error}）；請檢查資料夾，然後再試一次。</translation>
    </message>
    <message>
        <source>The disk holding the library is full, so it cannot be opened; free some space and try again.</source>
        <translation>資料庫所在的磁碟已滿，因此無法開啟資料庫；請釋出一些空間，然後再試一次。</translation>
    </message>
    <message>
        <source>The library at {path} could not be opened ({error}); check the file or choose another data folder with --data-dir.</source>
        <translation>無法開啟位於 {path} 的資料庫（{error}）；請檢查該檔案，或用 --data-dir 選擇其他資料夾。</translation>
    </message>
    <message>
        <source>The library file is empty although the data folder holds kept pages</source>
        <translation>資料庫檔案是空的，但資料夾中仍有保留的頁面</translation>
    </message>
    <message>
        <source>The library file is missing although the data folder holds kept pages</source>
        <translation>資料庫檔案不見了，但資料夾中仍有保留的頁面</translation>
    </message>
    <message>
        <source>There is no library in {folder} and podreader may not create one there; choose another data folder with --data-dir.</source>
        <translation>{folder} 中沒有資料庫，且 podreader 無權在那裡建立；請用 --data-dir 選擇其他資料夾。</translation>
    </message>
    <message>
        <source>The library file is not a database</source>
        <translation>資料庫檔案不是資料庫</translation>
    </message>
    <message>
        <source>The library in {folder} could not be read; check that you may read the folder.</source>
        <translation>無法讀取 {folder} 中的資料庫；請確認你有讀取該資料夾的權限。</translation>
    </message>
    <message>
        <source>{count} bookmark from the backup {name}</source>
        <translation>從備份 {name} 復原了 {count} 個書籤</translation>
    </message>
    <message>
        <source>{count} bookmarks from the backup {name}</source>
        <translation>從備份 {name} 復原了 {count} 個書籤</translation>
    </message>
    <message>
        <source>no bookmarks (there was no bookmark backup)</source>
        <translation>沒有復原書籤（沒有書籤備份）</translation>
    </message>
    <message>
        <source>; the damaged file is kept as {name}</source>
        <translation>；損毀的檔案保留為 {name}</translation>
    </message>
    <message>
        <source> ({count} could not be read)</source>
        <translation>（其中 {count} 個無法讀取）</translation>
    </message>
    <message>
        <source>Rebuilt the library: {episodes} from {pages}{failed} and {bookmarks}{aside}.</source>
        <translation>資料庫已重建：從 {pages}{failed}復原了 {episodes}，並{bookmarks}{aside}。</translation>
    </message>
    <message>
        <source>{count} episode</source>
        <translation>{count} 個單集</translation>
    </message>
    <message>
        <source>{count} episodes</source>
        <translation>{count} 個單集</translation>
    </message>
    <message>
        <source>{count} kept page</source>
        <translation>{count} 個保留的頁面</translation>
    </message>
    <message>
        <source>{count} kept pages</source>
        <translation>{count} 個保留的頁面</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, so the library cannot be rebuilt there; make it writable and try again.</source>
        <translation>資料夾 {folder} 為唯讀，因此無法在那裡重建資料庫；請將它設為可寫入，然後再試一次。</translation>
    </message>
    <message>
        <source>There are no kept pages and no bookmark backup to rebuild the library from; import your pages again.</source>
        <translation>沒有可用來重建資料庫的保留頁面，也沒有書籤備份；請重新匯入你的頁面。</translation>
    </message>
    <message>
        <source>The library is not damaged, so there is nothing to recover; &apos;podreader check&apos; checks it with the search index.</source>
        <translation>資料庫沒有損毀，因此不需要復原；&apos;podreader check&apos; 可連同搜尋索引一起檢查它。</translation>
    </message>
    <message>
        <source>The library in {folder} was written by an older podreader and needs an upgrade, which needs write access; make the folder writable and try again.</source>
        <translation>{folder} 中的資料庫由舊版 podreader 寫入，需要升級，而升級需要寫入權限；請將該資料夾設為可寫入，然後再試一次。</translation>
    </message>
    <message>
        <source>This library was written by a newer podreader (schema {schema}); update podreader to open it.</source>
        <translation>這個資料庫是由較新版本的 podreader 寫入的（結構版本 {schema}）；請更新 podreader 後再開啟。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>{title} — podreader</source>
        <translation>{title} — podreader</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Other Language</source>
        <translation>另一語言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>佈景主題</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具列</translation>
    </message>
</context>
<context>
    <name>PodcastTreeModel</name>
    <message>
        <source>No podcast</source>
        <translation>無所屬節目</translation>
    </message>
    <message>
        <source>No episodes imported yet</source>
        <translation>尚未匯入任何單集</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: the data folder cannot be written</source>
        <translation>唯讀：無法寫入資料夾</translation>
    </message>
    <message>
        <source>The data folder cannot be written, so the library cannot be changed; make the folder writable and open podreader again.</source>
        <translation>無法寫入資料夾，因此無法變更資料庫；請將該資料夾設為可寫入，然後重新開啟 podreader。</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>That episode is no longer in the library.</source>
        <translation>該單集已不在資料庫中。</translation>
    </message>
    <message>
        <source>Continuing “{title}” where you left off ({read}).</source>
        <translation>從上次離開的地方繼續閱讀「{title}」（{read}）。</translation>
    </message>
</context>
<context>
    <name>ReadingChoices</name>
    <message>
        <source>Topics Summary</source>
        <translation>主題摘要</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Library</source>
        <translation>復原資料庫</translation>
    </message>
    <message>
        <source>Rebuild Library</source>
        <translation>重建資料庫</translation>
    </message>
    <message>
        <source>Rebuilding the library from the kept pages…</source>
        <translation>正在根據保留的頁面重建資料庫…</translation>
    </message>
    <message>
        <source>The library is not damaged, so there is nothing to recover.</source>
        <translation>資料庫沒有損壞，無須復原。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Add a word to look for; a search of only exclusions would match nearly everything.</source>
        <translation>請加入要尋找的字詞；只有排除條件的搜尋幾乎會符合所有內容。</translation>
    </message>
    <message>
        <source>The search index is being built; results will appear when it is ready.</source>
        <translation>正在建立搜尋索引；索引就緒後將顯示結果。</translation>
    </message>
    <message>
        <source>There are no episodes to search yet; import some pages first.</source>
        <translation>還沒有可搜尋的單集；請先匯入一些頁面。</translation>
    </message>
    <message>
        <source>The search index is damaged and will be rebuilt from the library; try again shortly.</source>
        <translation>搜尋索引已損毀，將根據資料庫重建；請稍後再試一次。</translation>
    </message>
    <message>
        <source>lang: takes en or zh, so {value} was left out.</source>
        <translation>lang: 只接受 en 或 zh，因此已略過 {value}。</translation>
    </message>
    <message>
        <source>in: takes transcript, chapters or summary, so {value} was left out.</source>
        <translation>in: 只接受 transcript、chapters 或 summary，因此已略過 {value}。</translation>
    </message>
    <message>
        <source>date: takes a year, a month or a range such as 2024-01..2024-06, so {value} was left out.</source>
        <translation>date: 只接受年份、月份或 2024-01..2024-06 這樣的範圍，因此已略過 {value}。</translation>
    </message>
    <message>
        <source>Only the first {count} characters of the query were used.</source>
        <translation>只使用了搜尋內容的前 {count} 個字元。</translation>
    </message>
    <message>
        <source>The search index could not be read, so it is being rebuilt from the library.</source>
        <translation>無法讀取搜尋索引，因此正在根據資料庫重建。</translation>
    </message>
    <message>
        <source>The data folder {root} is read-only, so the search index cannot be updated</source>
        <translation>資料夾 {root} 為唯讀，因此無法更新搜尋索引</translation>
    </message>
    <message>
        <source>The disk is full, so the search index cannot be built or updated; free some space and search again.</source>
        <translation>磁碟已滿，因此無法建立或更新搜尋索引；請釋出一些空間，然後重新搜尋。</translation>
    </message>
    <message>
        <source>{problem}; searching uses it as it is.</source>
        <translation>{problem}；搜尋將使用現有的索引。</translation>
    </message>
    <message>
        <source>Another podreader is updating the search index; try again when it has finished.</source>
        <translation>另一個 podreader 正在更新搜尋索引；請等它完成後再試一次。</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search All Episodes…</source>
        <translation>搜尋所有單集…</translation>
    </message>
    <message>
        <source>Checking the search index…</source>
        <translation>正在檢查搜尋索引…</translation>
    </message>
    <message numerus="yes">
        <source>Indexing {done} of %n episodes</source>
        <translation>
            <numerusform>正在建立索引：第 {done} 個，共 %n 個單集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>，大約還剩 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all episodes</source>
        <extracomment>Pause after the last keystroke before searching. Most hits listed when &quot;N more in this episode&quot; is opened (its row stays for the rest).</extracomment>
        <translation>搜尋所有單集</translation>
    </message>
    <message>
        <source>Search all episodes: words, &quot;phrases&quot;, -word…</source>
        <translation>搜尋所有單集：字詞、&quot;片語&quot;、-排除字…</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>All podcasts</source>
        <translation>所有節目</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任何語言</translation>
    </message>
    <message>
        <source>Order of results</source>
        <translation>結果排序</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>最相關</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>由新到舊</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>No passages match.</source>
        <translation>沒有相符的段落。</translation>
    </message>
    <message>
        <source>1 matching passage.</source>
        <translation>1 個相符段落。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching passages.</source>
        <translation>
            <numerusform>%n 個相符段落。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n matching passages.</source>
        <translation>
            <numerusform>超過 %n 個相符段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>Results may be incomplete while the index is being updated.</source>
        <translation>索引更新期間，結果可能不完整。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%n more in this episode</source>
        <extracomment>Hit rows carry their snippet with the matches in &lt;b&gt;, for the snippet delegate and tooltip. Episode rows and hit rows both answer (episode_id, reading paragraph or -1, terms). &quot;N more in this episode&quot; rows answer the episode&apos;s id. Hit rows answer the (start, end) ranges of the matches in their display text.</extracomment>
        <translation>
            <numerusform>本單集中還有 %n 處</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every matching passage of this episode</source>
        <translation>顯示本單集中所有相符的段落</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Sponsor read — click to fold</source>
        <translation>業配——點選摺疊</translation>
    </message>
    <message>
        <source>Episode text</source>
        <translation>單集正文</translation>
    </message>
    <message>
        <source>Find in Episode…</source>
        <translation>在單集中尋找…</translation>
    </message>
    <message>
        <source>Practice Mode</source>
        <translation>練習模式</translation>
    </message>
    <message>
        <source>Hide the other language until you point at or click a row</source>
        <translation>隱藏另一語言，直到指向或點選某一列</translation>
    </message>
    <message>
        <source>Next Search Hit</source>
        <translation>下一個搜尋結果</translation>
    </message>
    <message>
        <source>Previous Search Hit</source>
        <translation>上一個搜尋結果</translation>
    </message>
    <message>
        <source>Sponsor read hidden — click to show</source>
        <translation>業配已隱藏——點選顯示</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to podreader</source>
        <translation>歡迎使用 podreader</translation>
    </message>
    <message>
        <source>Read the PodQuest episode pages you saved, offline: the transcript beside its translation, with chapters, search and bookmarks.

Import the pages you saved as text (or drop them on this window), or look around with two short sample episodes first.</source>
        <translation>離線閱讀你儲存的 PodQuest 單集頁面：逐字稿與譯文並排對照，還有章節、搜尋和書籤。

匯入你儲存為純文字的頁面（或直接拖放到此視窗），也可以先開啟兩個簡短的範例單集看看。</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Open Sample Episodes</source>
        <translation>開啟範例單集</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Side by Side</source>
        <extracomment>Transcript pane modes with their menu text and shortcut.</extracomment>
        <translation>並排對照</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>逐段交錯</translation>
    </message>
    <message>
        <source>Transcript Only</source>
        <translation>僅逐字稿</translation>
    </message>
    <message>
        <source>Other Language Only</source>
        <translation>僅另一語言</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>依照系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <source>Open Sample Episodes</source>
        <translation>開啟範例單集</translation>
    </message>
    <message>
        <source>Recover Library…</source>
        <translation>復原資料庫…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Filter Episodes</source>
        <translation>篩選單集</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Next Chapter</source>
        <translation>下一章節</translation>
    </message>
    <message>
        <source>Previous Chapter</source>
        <translation>上一章節</translation>
    </message>
    <message>
        <source>Next Episode</source>
        <translation>下一單集</translation>
    </message>
    <message>
        <source>Previous Episode</source>
        <translation>上一單集</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>實際大小</translation>
    </message>
    <message>
        <source>Serif Font</source>
        <translation>襯線字型</translation>
    </message>
    <message>
        <source>Fold Sponsor Reads</source>
        <translation>摺疊業配</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>About podreader</source>
        <translation>關於 podreader</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Delete Episode…</source>
        <translation>刪除單集…</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>The interface changes to {language} when the import or update finishes.</source>
        <extracomment>Shown, in the language to come, when the switch waits for a running job.</extracomment>
        <translation>匯入或更新完成後，介面將切換為{language}。</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>unknown language</source>
        <translation>未知語言</translation>
    </message>
    <message>
        <source>1 bookmark</source>
        <translation>1 個書籤</translation>
    </message>
    <message>
        <source>{n} bookmarks</source>
        <translation>{n} 個書籤</translation>
    </message>
    <message>
        <source>1 episode</source>
        <translation>1 個單集</translation>
    </message>
    <message>
        <source>{n} episodes</source>
        <translation>{n} 個單集</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>From this far on an episode counts as read (the last screen never scrolls to its top).</extracomment>
        <translation>已讀完</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已開始</translation>
    </message>
    <message>
        <source>{percent}% read</source>
        <translation>已讀 {percent}%</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The search failed ({error}); try again.</source>
        <translation>搜尋失敗（{error}）；請重試。</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly ({error}); please try again.</source>
        <extracomment>The sentence for an unexpected error; ``{error}`` is replaced by it.</extracomment>
        <translation>工作意外中止（{error}）；請重試。</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly ({error}); please try again.</source>
        <translation>匯入意外中止（{error}）；請重試。</translation>
    </message>
    <message>
        <source>Updating the reading views stopped unexpectedly ({error}); restart podreader.</source>
        <translation>更新閱讀檢視時意外中止（{error}）；請重新啟動 podreader。</translation>
    </message>
    <message>
        <source>Updating the search index failed ({error}); try again.</source>
        <translation>更新搜尋索引失敗（{error}）；請重試。</translation>
    </message>
    <message>
        <source>The rebuild stopped unexpectedly ({error}); run &apos;podreader recover&apos; to retry.</source>
        <translation>重建意外中止（{error}）；請執行「podreader recover」重試。</translation>
    </message>
</context>
</TS>
