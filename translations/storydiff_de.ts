<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>paragraph split</source>
        <translation>Absatz geteilt</translation>
    </message>
    <message>
        <source>paragraphs merged</source>
        <translation>Absätze zusammengeführt</translation>
    </message>
</context>
<context>
    <name>sd</name>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Split / merged</source>
        <translation>Geteilt / zusammengeführt</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Link added</source>
        <translation>Link hinzugefügt</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Link entfernt</translation>
    </message>
    <message>
        <source>Link changed</source>
        <translation>Link geändert</translation>
    </message>
    <message>
        <source>Formatting added</source>
        <translation>Formatierung hinzugefügt</translation>
    </message>
    <message>
        <source>Formatting removed</source>
        <translation>Formatierung entfernt</translation>
    </message>
</context>
<context>
    <name>sd::AllVersionsView</name>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Base version of the alignment</source>
        <translation>Basisversion der Ausrichtung</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <source>Every version in its own column, aligned</source>
        <translation>Jede Version in einer eigenen Spalte, aneinander ausgerichtet</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>The latest version, each word tinted by the version it came from</source>
        <translation>Die neueste Version, jedes Wort in der Farbe der Version, aus der es stammt</translation>
    </message>
    <message>
        <source>Show agreeing text in full</source>
        <translation>Übereinstimmenden Text vollständig zeigen</translation>
    </message>
    <message>
        <source>Step Through Versions…</source>
        <translation>Versionen schrittweise durchgehen …</translation>
    </message>
    <message>
        <source>Compare v1 → v2 → … one step at a time, side by side</source>
        <translation>v1 → v2 → … Schritt für Schritt nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readings&lt;/b&gt; of the chosen place</source>
        <translation>&lt;b&gt;Lesarten&lt;/b&gt; der gewählten Stelle</translation>
    </message>
    <message>
        <source>Every version&apos;s reading of the chosen row</source>
        <translation>Die Lesart jeder Version in der gewählten Zeile</translation>
    </message>
    <message>
        <source>Click a highlighted row to see what every version reads there.</source>
        <translation>Klicken Sie auf eine hervorgehobene Zeile, um zu sehen, was jede Version dort liest.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Similarity&lt;/b&gt; between versions</source>
        <translation>&lt;b&gt;Ähnlichkeit&lt;/b&gt; zwischen den Versionen</translation>
    </message>
    <message>
        <source>Share of words two versions have in common: copies edited from one another are the most alike.</source>
        <translation>Anteil der Wörter, die zwei Versionen gemeinsam haben: Kopien, die auseinander hervorgingen, sind sich am ähnlichsten.</translation>
    </message>
    <message>
        <source>Open three or more versions to see them all aligned, with their history and how alike they are.</source>
        <translation>Öffnen Sie drei oder mehr Versionen, um sie alle ausgerichtet zu sehen, mit ihrer Geschichte und ihrer Ähnlichkeit.</translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n version(s)…</source>
        <translation>
            <numerusform>%n Version wird ausgerichtet …</numerusform>
            <numerusform>%n Versionen werden ausgerichtet …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) where the versions differ</source>
        <translation>
            <numerusform>%n Stelle, an der sich die Versionen unterscheiden</numerusform>
            <numerusform>%n Stellen, an denen sich die Versionen unterscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-aligning…  </source>
        <translation>Wird neu ausgerichtet …  </translation>
    </message>
    <message>
        <source>%1 and %2: %3% alike</source>
        <translation>%1 und %2: zu %3 % ähnlich</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Every version reads the same here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Alle Versionen lesen hier gleich.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;i&gt;%n different reading(s) here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;i&gt;%n abweichende Lesart hier.&lt;/i&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;i&gt;%n abweichende Lesarten hier.&lt;/i&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>&lt;i&gt;(nothing)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(nichts)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>sd::BlameView</name>
    <message>
        <source>Latest version by the version each word came from</source>
        <translation>Neueste Version, nach der Version, aus der jedes Wort stammt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where today&apos;s words come from:&lt;/b&gt;&amp;nbsp;&amp;nbsp;</source>
        <translation>&lt;b&gt;Woher die heutigen Wörter stammen:&lt;/b&gt;&amp;nbsp;&amp;nbsp;</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), plain</source>
        <translation>
            <numerusform>%n Wort, ohne Farbe</numerusform>
            <numerusform>%n Wörter, ohne Farbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
</context>
<context>
    <name>sd::ChangeList</name>
    <message>
        <source>List of changes</source>
        <translation>Liste der Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
</context>
<context>
    <name>sd::CollationView</name>
    <message>
        <source>All versions, aligned</source>
        <translation>Alle Versionen, ausgerichtet</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>%1% like the base</source>
        <translation>zu %1 % wie die Basis</translation>
    </message>
</context>
<context>
    <name>sd::ComparisonModel</name>
    <message>
        <source> (sample)</source>
        <translation> (Beispiel)</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird geladen …</numerusform>
            <numerusform>%n Dateien werden geladen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen …</translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n version(s)…</source>
        <translation>
            <numerusform>%n Version wird ausgerichtet …</numerusform>
            <numerusform>%n Versionen werden ausgerichtet …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DiffPane</name>
    <message>
        <source>Link changed: %1 → %2</source>
        <translation>Link geändert: %1 → %2</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Ctrl+click to open&lt;/i&gt;</source>
        <translation>&lt;i&gt;Strg+Klick zum Öffnen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Link removed: %1</source>
        <translation>Link entfernt: %1</translation>
    </message>
</context>
<context>
    <name>sd::ExportActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>&amp;Copy Change(s)</source>
        <translation>Änderung(en) &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the changes selected in the list, as text and as formatted text</source>
        <translation>Die in der Liste gewählten Änderungen als Text und als formatierten Text kopieren</translation>
    </message>
    <message>
        <source>StoryDiff — %1 (base: %2)</source>
        <translation>StoryDiff — %1 (Basis: %2)</translation>
    </message>
    <message>
        <source>StoryDiff</source>
        <translation>StoryDiff</translation>
    </message>
    <message>
        <source>StoryDiff — %1 ↔ %2</source>
        <translation>StoryDiff — %1 ↔ %2</translation>
    </message>
    <message>
        <source>There is nothing to export yet: open two or more versions.</source>
        <translation>Noch gibt es nichts zu exportieren: Öffnen Sie zwei oder mehr Versionen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing to print yet: open two or more versions.</source>
        <translation>Noch gibt es nichts zu drucken: Öffnen Sie zwei oder mehr Versionen.</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Select one or more changes in the list to copy them.</source>
        <translation>Wählen Sie eine oder mehrere Änderungen in der Liste, um sie zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n change(s)</source>
        <translation>
            <numerusform>%n Änderung kopiert</numerusform>
            <numerusform>%n Änderungen kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::HeatStrip</name>
    <message>
        <source>Where the versions differ</source>
        <translation>Wo sich die Versionen unterscheiden</translation>
    </message>
    <message>
        <source>Where the versions differ: the deeper the colour, the more versions read differently there. Click to go there.</source>
        <translation>Wo sich die Versionen unterscheiden: Je kräftiger die Farbe, desto mehr Versionen lesen dort anders. Klicken Sie, um dorthin zu springen.</translation>
    </message>
</context>
<context>
    <name>sd::InlineView</name>
    <message>
        <source>Changes inline</source>
        <translation>Änderungen im Text</translation>
    </message>
</context>
<context>
    <name>sd::LegendBar</name>
    <message>
        <source>Legend and filter</source>
        <translation>Legende und Filter</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>StoryDiff</source>
        <translation>StoryDiff</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open one or more versions (Ctrl+O)</source>
        <translation>Eine oder mehrere Versionen öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Story</source>
        <translation>&amp;Beispielgeschichte öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation>Nächste Änderung (F7, Alt+Pfeil ab)</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation>Vorherige Änderung (Umschalt+F7, Alt+Pfeil auf)</translation>
    </message>
    <message>
        <source>&amp;About StoryDiff</source>
        <translation>&amp;Über StoryDiff</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Ä&amp;nderungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Compare base with: </source>
        <translation> Basis vergleichen mit: </translation>
    </message>
    <message>
        <source>Version compared with the base</source>
        <translation>Mit der Basis verglichene Version</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The sample story is not bundled in this build.</source>
        <translation>Die Beispielgeschichte ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 ↔ %2 — StoryDiff</source>
        <translation>%1 ↔ %2 — StoryDiff</translation>
    </message>
    <message>
        <source>No more changes below; wrapped to the first</source>
        <translation>Keine weiteren Änderungen darunter; weiter bei der ersten</translation>
    </message>
    <message>
        <source>No more changes above; wrapped to the last</source>
        <translation>Keine weiteren Änderungen darüber; weiter bei der letzten</translation>
    </message>
    <message>
        <source>Could not open a version</source>
        <translation>Eine Version konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This file could not be opened:</source>
        <translation>Diese Datei konnte nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>These files could not be opened:</source>
        <translation>Diese Dateien konnten nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>Not opened: only web (http, https) links can be opened.</source>
        <translation>Nicht geöffnet: Nur Web-Links (http, https) können geöffnet werden.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <source>Open Versions</source>
        <translation>Versionen öffnen</translation>
    </message>
    <message>
        <source>Stories (*.txt *.md *.markdown *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation>Geschichten (*.txt *.md *.markdown *.html *.htm *.docx *.odt *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About StoryDiff</source>
        <translation>Über StoryDiff</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StoryDiff %1&lt;/h3&gt;&lt;p&gt;Compares versions of a story word by word: inserted, deleted and moved text, split and merged paragraphs, links, formatting and typography.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoryDiff %1&lt;/h3&gt;&lt;p&gt;Vergleicht Versionen einer Geschichte Wort für Wort: eingefügter, gelöschter und verschobener Text, geteilte und zusammengeführte Absätze, Links, Formatierung und Typografie.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sd::OptionActions</name>
    <message>
        <source>Show or hide: %1</source>
        <translation>Zeigen oder ausblenden: %1</translation>
    </message>
</context>
<context>
    <name>sd::OverviewRuler</name>
    <message>
        <source>Where the changes are; click to go there</source>
        <translation>Wo die Änderungen sind; klicken Sie, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>sd::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>sd::SearchBar</name>
    <message>
        <source>Find in both versions (Enter: next, Shift+Enter: previous)</source>
        <translation>In beiden Versionen suchen (Eingabe: weiter, Umschalt+Eingabe: zurück)</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Text suchen</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Search wrapped</source>
        <translation>Suche von vorn begonnen</translation>
    </message>
    <message>
        <source>“%1” not found</source>
        <translation>„%1“ nicht gefunden</translation>
    </message>
</context>
<context>
    <name>sd::SideBySideView</name>
    <message>
        <source>Base version</source>
        <translation>Basisversion</translation>
    </message>
    <message>
        <source>Compared version</source>
        <translation>Verglichene Version</translation>
    </message>
    <message>
        <source>Overview of changes</source>
        <translation>Übersicht der Änderungen</translation>
    </message>
</context>
<context>
    <name>sd::StatusPanel</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>Vergleich abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n versions aligned on %1  ·  F7 / Shift+F7: next / previous place where they differ  ·  click a row for every reading</source>
        <translation>
            <numerusform>%n Version ausgerichtet an %1  ·  F7 / Umschalt+F7: nächste / vorherige Stelle mit Unterschieden  ·  Klick auf eine Zeile zeigt jede Lesart</numerusform>
            <numerusform>%n Versionen ausgerichtet an %1  ·  F7 / Umschalt+F7: nächste / vorherige Stelle mit Unterschieden  ·  Klick auf eine Zeile zeigt jede Lesart</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop two or more versions of a story here, or use File ▸ Open.</source>
        <translation>Ziehen Sie zwei oder mehr Versionen einer Geschichte hierher, oder wählen Sie Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <source>Similarity %1%  ·  %2 words inserted, %3 deleted, %4 replaced  ·  links +%5 −%6 ~%7  ·  %8 moved, %9 split/merged</source>
        <translation>Ähnlichkeit %1 %  ·  %2 Wörter eingefügt, %3 gelöscht, %4 ersetzt  ·  Links +%5 −%6 ~%7  ·  %8 verschoben, %9 geteilt/zusammengeführt</translation>
    </message>
    <message>
        <source>Change %1 of %2  ·  </source>
        <translation>Änderung %1 von %2  ·  </translation>
    </message>
</context>
<context>
    <name>sd::TimelineBar</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitleiste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous step (the edit before)</source>
        <translation>Vorheriger Schritt (die Bearbeitung davor)</translation>
    </message>
    <message>
        <source>Next step (the edit after)</source>
        <translation>Nächster Schritt (die Bearbeitung danach)</translation>
    </message>
    <message>
        <source>Timeline step</source>
        <translation>Schritt der Zeitleiste</translation>
    </message>
    <message>
        <source>Leave the timeline</source>
        <translation>Zeitleiste verlassen</translation>
    </message>
    <message>
        <source>Step %1 of %2:  %3  →  %4</source>
        <translation>Schritt %1 von %2:  %3  →  %4</translation>
    </message>
    <message>
        <source>Choose a step</source>
        <translation>Einen Schritt wählen</translation>
    </message>
    <message>
        <source>Open two or more versions</source>
        <translation>Öffnen Sie zwei oder mehr Versionen</translation>
    </message>
</context>
<context>
    <name>sd::VersionList</name>
    <message>
        <source>Open versions</source>
        <translation>Geöffnete Versionen</translation>
    </message>
    <message>
        <source>Double-click a version to compare it with the base</source>
        <translation>Doppelklicken Sie auf eine Version, um sie mit der Basis zu vergleichen</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Use the selected version as the base</source>
        <translation>Die gewählte Version als Basis verwenden</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected version with the base</source>
        <translation>Die gewählte Version mit der Basis vergleichen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected version up</source>
        <translation>Die gewählte Version nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected version down</source>
        <translation>Die gewählte Version nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Close the selected version</source>
        <translation>Die gewählte Version schließen</translation>
    </message>
    <message>
        <source>%1  — base</source>
        <translation>%1  — Basis</translation>
    </message>
    <message>
        <source>%1  — compared</source>
        <translation>%1  — verglichen</translation>
    </message>
</context>
<context>
    <name>sd::ViewModeActions</name>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Show the two versions next to each other</source>
        <translation>Die beiden Versionen nebeneinander zeigen</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;Im Text</translation>
    </message>
    <message>
        <source>Show one text with the changes marked in it</source>
        <translation>Einen Text mit den darin markierten Änderungen zeigen</translation>
    </message>
    <message>
        <source>&amp;All Versions</source>
        <translation>&amp;Alle Versionen</translation>
    </message>
    <message>
        <source>Show every open version aligned in columns, with their history</source>
        <translation>Alle geöffneten Versionen in Spalten ausgerichtet zeigen, mit ihrer Geschichte</translation>
    </message>
    <message>
        <source>Every version aligned in columns (Ctrl+3)</source>
        <translation>Alle Versionen in Spalten ausgerichtet (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Step through the versions in order, one edit at a time</source>
        <translation>Die Versionen der Reihe nach durchgehen, eine Bearbeitung nach der anderen</translation>
    </message>
</context>
<context>
    <name>sd::exporter</name>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.
The folder may be read-only; choose another place.</source>
        <translation>%1 kann nicht geschrieben werden: %2.
Der Ordner ist vielleicht schreibgeschützt; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.
The disk may be full. Nothing was changed.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.
Der Datenträger ist vielleicht voll. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1, paragraph %2: </source>
        <translation>%1, Absatz %2: </translation>
    </message>
</context>
</TS>
