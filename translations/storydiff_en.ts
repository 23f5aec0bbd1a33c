<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>sd::AllVersionsView</name>
    <message numerus="yes">
        <source>Aligning %n version(s)…</source>
        <translation>
            <numerusform>Aligning %n version…</numerusform>
            <numerusform>Aligning %n versions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) where the versions differ</source>
        <translation>
            <numerusform>%n place where the versions differ</numerusform>
            <numerusform>%n places where the versions differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;i&gt;%n different reading(s) here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;i&gt;%n different reading here.&lt;/i&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;i&gt;%n different readings here.&lt;/i&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BlameView</name>
    <message numerus="yes">
        <source>%n word(s), plain</source>
        <translation>
            <numerusform>%n word, plain</numerusform>
            <numerusform>%n words, plain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ClusterListModel</name>
    <message numerus="yes">
        <source>Cluster %1: %n copies, likely source %2</source>
        <translation>
            <numerusform>Cluster %1: %n copy, likely source %2</numerusform>
            <numerusform>Cluster %1: %n copies, likely source %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ComparisonModel</name>
    <message numerus="yes">
        <source>Loading %n file(s)…</source>
        <translation>
            <numerusform>Loading %n file…</numerusform>
            <numerusform>Loading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n version(s)…</source>
        <translation>
            <numerusform>Aligning %n version…</numerusform>
            <numerusform>Aligning %n versions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ComparisonPage</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DiskWatch</name>
    <message numerus="yes">
        <source>%1 changed on disk.</source>
        <translation>
            <numerusform>%1 changed on disk.</numerusform>
            <numerusform>%1 changed on disk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ExportActions</name>
    <message numerus="yes">
        <source>Copied %n change(s)</source>
        <translation>
            <numerusform>Copied %n change</numerusform>
            <numerusform>Copied %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::FolderView</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group(s) of copies</source>
        <translation>
            <numerusform>, %n group of copies</numerusform>
            <numerusform>, %n groups of copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from the batch&apos;s %n compared pair(s)</source>
        <translation>
            <numerusform> from the batch&apos;s %n compared pair</numerusform>
            <numerusform> from the batch&apos;s %n compared pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Over %n files only the pairs that share a passage are compared; empty cells were not.</source>
        <translation>
            <numerusform> Over %n file only the pairs that share a passage are compared; empty cells were not.</numerusform>
            <numerusform> Over %n files only the pairs that share a passage are compared; empty cells were not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not compared: %n file(s) not found: %1</source>
        <translation>
            <numerusform>Not compared: %n file not found: %1</numerusform>
            <numerusform>Not compared: %n files not found: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message numerus="yes">
        <source>Already in this comparison, not added again: %1</source>
        <translation>
            <numerusform>Already in this comparison, not added again: %1</numerusform>
            <numerusform>Already in this comparison, not added again: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::StatusPanel</name>
    <message numerus="yes">
        <source>%n versions aligned on %1  ·  F7 / Shift+F7: next / previous place where they differ  ·  click a row for every reading</source>
        <translation>
            <numerusform>%n version aligned on %1  ·  F7 / Shift+F7: next / previous place where they differ  ·  click a row for every reading</numerusform>
            <numerusform>%n versions aligned on %1  ·  F7 / Shift+F7: next / previous place where they differ  ·  click a row for every reading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) inserted</source>
        <translation>
            <numerusform>%n word inserted</numerusform>
            <numerusform>%n words inserted</numerusform>
        </translation>
    </message>
</context>
</TS>
