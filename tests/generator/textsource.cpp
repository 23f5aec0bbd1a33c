// SPDX-License-Identifier: GPL-3.0-or-later
// Where the generator's prose comes from: the shared corpus when it is there (real sentences,
// real punctuation), else paragraphs written for this file. Corpus text is read at run time
// only; none of it is stored in the repository.

#include "casegen.h"
#include "model.h"

#include "text/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sd::casegen {
namespace {

QString g_sharedDir;
bool g_loaded = false;
QList<QStringList> g_paragraphs;
QString g_description;

// Written for StoryDiff's tests: a small story with the punctuation real prose has.
const char *const kBuiltIn[] = {
    "The ferry left Harwick at six, an hour late, because the captain's dog had gone missing "
    "again. Nobody on the quay seemed surprised. Mara stood by the rail with her suitcase and "
    "watched the town shrink into a line of grey roofs and one white church.",
    "\"You're the new teacher,\" said the woman beside her. It wasn't a question. She had a "
    "basket of eggs on her knees and the patient look of someone who had crossed this water "
    "a thousand times -- in fog, in storms, in the long light of June.",
    "Mara admitted that she was. The woman nodded slowly... then offered her an egg, as if "
    "that settled something important. Mara took it, not knowing what else to do, and held "
    "it in her gloved hand for the rest of the crossing.",
    "The island had one road, two shops, a chapel with a leaking roof and a school of eleven "
    "children. Its harbour faced east, so the boats came home against the sunrise and the "
    "fishermen's wives could count them from their kitchen windows.",
    "Her cottage stood at the end of the road where the tarmac gave up and became a track. "
    "Someone had lit the stove before she arrived; the kettle was warm, and on the table lay "
    "a note in careful capitals: WELCOME. MILK IN THE COLD BOX. DON'T FEED THE GULLS.",
    "On Monday the children arrived in a single wave, wet boots and all. The eldest, a tall "
    "boy called Finn, informed her that the last teacher had lasted four months. \"Not bad,\" "
    "he said generously, \"for someone from the mainland.\"",
    "She spent the first week learning names and the second week learning the tides, which "
    "mattered more. Lessons ended early on days when the boats went out, and nobody thought "
    "that strange except, at first, Mara herself.",
    "In October the storms began. The wind came straight off the Atlantic with nothing to "
    "slow it, and for three days the ferry didn't run at all. The shop ran out of bread, then "
    "out of candles, then -- worst of all -- out of tea.",
    "It was during the third storm that the lighthouse went dark. Old Tomas saw it first from "
    "his bedroom window and came hammering on doors in his nightshirt, shouting that a boat "
    "was still out past the point.",
    "They gathered at the harbour wall with torches and rope, though there was little anyone "
    "could do. Mara found herself beside the egg woman, whose name, she had learned, was "
    "Brigid, and whose son was on the missing boat.",
    "\"He'll come in by the north channel,\" Brigid said, very calmly. \"He always does when "
    "the light's out. His father taught him that.\" Her hands, though, were shaking so hard "
    "that she couldn't hold the torch still.",
    "Mara took the torch from her and, without quite deciding to, began walking along the "
    "cliff path towards the north channel. The rain was sideways now. Behind her she heard "
    "footsteps: Finn, and two of the older girls, and Tomas in his boots.",
    "From the headland they could see nothing at first. Then, far out, a small light rose and "
    "fell with the waves -- a masthead lamp, or a lantern held by someone who had not given "
    "up. Finn began to wave his torch in wide slow circles.",
    "The light turned toward them. It took almost an hour for the boat to feel its way into "
    "the channel, and when it finally bumped against the slipway the whole island seemed to be "
    "standing there, soaked and laughing and crying at once.",
    "Brigid's son climbed out last. He looked at the crowd, then at the teacher holding a "
    "torch she had never asked for, and said: \"So you're the one who lasted.\" Everyone "
    "laughed, Mara loudest of all.",
    "The lighthouse was repaired in spring by two engineers from the mainland who complained "
    "about the food, the wind and the ferry. The children followed them everywhere, asking "
    "questions, and Mara turned the whole thing into a month of lessons on lenses and light.",
    "By summer she had stopped counting the months. The captain's dog still went missing "
    "every few weeks; the ferry was still late; and every Friday, without a word, a single "
    "egg appeared on her doorstep, wrapped in a page of yesterday's newspaper.",
    "Years later, when people asked her why she had stayed, Mara would say it was the light: "
    "the long evenings of June, the lamp on the headland, the masthead bobbing home. What she "
    "didn't say was that it was also the eggs.",
};

// Characters that would mean something to a Markdown or HTML reader, or that a paragraph of
// running prose rarely has: paragraphs with them are skipped, not escaped, so that every
// format renders the very same words.
const QRegularExpression kUnsafe(QStringLiteral(R"([*_\[\]<>#`|\\{}~=&^$@%+/]|https?:)"));
// Words a Markdown reader would take for a list item or a setext underline at a line start.
const QRegularExpression kMarkerWord(QStringLiteral(R"(^(\d+[.)]|[-+>*]|-{3,})$)"));

bool usableParagraph(const QString &text, QStringList &words, int minWords) {
    if (text.contains(kUnsafe))
        return false;
    for (QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t')
            return false;
        // Latin prose and its typography only: the folding tests need to know what is there.
        if (c.unicode() > 0x24F && !QStringLiteral("\u2018\u2019\u201C\u201D\u2013\u2014\u2026").contains(c))
            return false;
    }
    words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.size() < minWords || words.size() > 140)
        return false;
    for (const QString &w : words) {
        if (w.contains(kMarkerWord) || tokenCount(w) == 0)
            return false;
    }
    return true;
}

void addParagraphsOf(const QString &path, int maxCount, int minWords = 25) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(f.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList chunks = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    int added = 0;
    for (const QString &chunk : chunks) {
        if (added >= maxCount)
            break;
        QStringList words;
        if (chunk.trimmed().startsWith(u'#') || !usableParagraph(chunk.simplified(), words, minWords))
            continue;
        g_paragraphs.append(words);
        ++added;
    }
}

void load() {
    if (g_loaded)
        return;
    g_loaded = true;
    if (!g_sharedDir.isEmpty() && QDir(g_sharedDir + QStringLiteral("/corpus/versions")).exists()) {
        const QString v = g_sharedDir + QStringLiteral("/corpus/versions/");
        // English prose of several kinds; the first version of each, so that cases do not
        // inherit the corpus's own edits.
        const std::pair<const char *, int> files[] = {
            {"darwin-origin-ch1-6-editions/v1-1859.txt", 400},
            {"frankenstein-1818-1823-1831-fulltext/v1-1818.txt", 400},
            {"wikipedia-hate-speech-8revs/v1.txt", 50},
            {"wikipedia-timeline-polish-history-8revs/v1.txt", 50},
            {"18f-agile-workshop-md-copyedits/v1.md", 50},
            {"18f-how-we-write-md-revisions/v1.md", 50},
            {"18f-https-preload-md-revisions/v1.md", 50},
        };
        for (const auto &[file, max] : files)
            addParagraphsOf(v + QLatin1String(file), max);
        // One seed only: the seeds are versions of one article, and the same sentence in two
        // pool paragraphs makes a split fragment belong to either (an ambiguous case).
        const QStringList seeds = QDir(g_sharedDir + QStringLiteral("/seeds"))
                                      .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (!seeds.isEmpty())
            addParagraphsOf(g_sharedDir + QStringLiteral("/seeds/") + seeds.first(), 20);
        g_description = QStringLiteral("%1 paragraphs from %2").arg(g_paragraphs.size()).arg(g_sharedDir);
    }
    if (g_paragraphs.size() < 40) {
        g_paragraphs.clear();
        // The project's bundled sample story (a resource linked into every test), then ours.
        addParagraphsOf(QStringLiteral(":/samples/story-v1.txt"), 100, 12);
        for (const char *p : kBuiltIn)
            g_paragraphs.append(QString::fromUtf8(p).split(u' ', Qt::SkipEmptyParts));
        // The story alone is too short for cases of 18 paragraphs plus insertions.
        Rng rng(20260101);
        while (g_paragraphs.size() < 120)
            g_paragraphs.append(synthParagraph(rng));
        g_description = QStringLiteral("%1 built-in paragraphs (no shared corpus)").arg(g_paragraphs.size());
    }
}

const char *const kSubjects[] = {"the keeper", "a fisherman", "the old teacher", "my sister",
                                 "the captain", "a stranger", "the baker's son", "our neighbour",
                                 "the doctor", "a girl from the mill", "the ferryman", "Tomas"};
const char *const kVerbs[] = {"carried", "painted", "mended", "forgot", "noticed", "sold",
                              "buried", "counted", "described", "followed", "questioned", "opened"};
const char *const kObjects[] = {"the lantern", "a broken oar", "the letters", "three nets",
                                "the chapel door", "a map of the coast", "the winter stores",
                                "a jar of honey", "the harbour bell", "his father's coat"};
const char *const kTails[] = {"before the tide turned", "without a word to anyone",
                              "in the grey hour before dawn", "as the gulls wheeled overhead",
                              "while the kettle boiled", "although nobody had asked",
                              "long after the others had gone", "in spite of the rain",
                              "with great care", "for reasons of his own"};

} // namespace

void setSharedDir(const QString &sharedDir) {
    if (sharedDir != g_sharedDir) {
        g_sharedDir = sharedDir;
        g_loaded = false;
        g_paragraphs.clear();
    }
}

QString sharedDirectory() { return g_sharedDir; }

QString sourceDescription() {
    load();
    return g_description;
}

qsizetype sourceParagraphCount() { return sourceParagraphs().size(); }

const QList<QStringList> &sourceParagraphs() {
    load();
    return g_paragraphs;
}

QStringList synthParagraph(Rng &rng) {
    QStringList words;
    const int sentences = rng.range(3, 6);
    for (int s = 0; s < sentences; ++s) {
        QString sentence = QStringLiteral("%1 %2 %3 %4, and %5 %6 %7")
                               .arg(QLatin1String(kSubjects[rng.below(std::size(kSubjects))]),
                                    QLatin1String(kVerbs[rng.below(std::size(kVerbs))]),
                                    QLatin1String(kObjects[rng.below(std::size(kObjects))]),
                                    QLatin1String(kTails[rng.below(std::size(kTails))]),
                                    QLatin1String(kSubjects[rng.below(std::size(kSubjects))]),
                                    QLatin1String(kVerbs[rng.below(std::size(kVerbs))]),
                                    QLatin1String(kObjects[rng.below(std::size(kObjects))]));
        sentence[0] = sentence[0].toUpper();
        words += (sentence + u'.').split(u' ');
    }
    // A number makes repeated template paragraphs unique.
    words.insert(rng.below(words.size()), QString::number(rng.range(2, 99999)));
    return words;
}

const QStringList &vocabulary() {
    static const QStringList words = QStringLiteral(
        "quietly suddenly bright narrow ancient gentle distant crooked silver hollow patient "
        "restless curious heavy tender bitter golden weary sturdy rusty faded careful eager "
        "lonely hidden sudden broad pale vivid humble nervous solemn ragged brisk stubborn "
        "velvet frozen amber crimson slender clumsy cheerful gloomy nimble drowsy hasty "
        "reluctant obvious peculiar splendid awkward graceful meadow lantern harbour pebble "
        "orchard thimble kettle ribbon compass cinder marble willow sparrow thistle barley")
                                          .split(u' ');
    return words;
}

int tokenCount(const QString &word) { return int(tokenize(word).size()); }

} // namespace sd::casegen
