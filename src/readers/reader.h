// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "readers/decode.h"

#include <QByteArray>
#include <QString>

namespace sd {

// One reader per format. A reader turns the file's bytes into blocks and fills the document's
// metadata; on malformed input it returns false and puts the cause, in plain words, in `error`
// ("a broken zip archive", "no main text on the page"). Readers never touch the file system.
class Reader {
public:
    virtual ~Reader() = default;
    virtual Format format() const = 0;
    virtual bool read(const QByteArray &bytes, Document &doc, QString &error) const = 0;
    // The same, for a text format whose bytes the caller has already decoded (to sniff them):
    // readers of text formats use `decoded` instead of decoding a second time. `bytes` may be
    // empty when `decoded.settled` (no charset declaration could change the decoding).
    virtual bool readDecoded(const QByteArray &bytes, const DecodedText &decoded, Document &doc,
                             QString &error) const {
        Q_UNUSED(decoded);
        return read(bytes, doc, error);
    }
};

// A reader of a text format whose bytes carry no charset of their own (plain text, Markdown):
// its one path is readDecoded; read() decodes the bytes (a BOM, else UTF-8, else the legacy
// guess) and takes that path.
class DecodingReader : public Reader {
public:
    bool read(const QByteArray &bytes, Document &doc, QString &error) const final;
    bool readDecoded(const QByteArray &bytes, const DecodedText &decoded, Document &doc,
                     QString &error) const override = 0;
};

// The reader for a format, or nullptr when this build has none for it.
const Reader *readerFor(Format format);

} // namespace sd
