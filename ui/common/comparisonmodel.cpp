// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/comparisonmodel.h"

#include "compare/comparison.h"
#include "readers/loader.h"
#include "text/visible.h"
#include "util/exhaustion.h"

#include <QFileInfo>
#include <QThread>

namespace sd {

ComparisonModel::ComparisonModel(QObject *parent) : QObject(parent) {}

ComparisonModel::~ComparisonModel() {
    // Workers post back to `this`; they must be gone before it is.
    if (m_cancel)
        m_cancel->store(true);
    if (m_multiCancel)
        m_multiCancel->store(true);
    m_tasks.wait();
}

namespace {

// git difftool hands over /dev/null for the missing side of an added or deleted file: an empty
// version, so that the other one shows as inserted (or deleted) whole.
LoadResult loadForComparison(const QString &path, const QString &encoding = {}) {
    if (path != QLatin1String("/dev/null")) {
        LoadOptions options;
        options.encoding = encoding;
        try {
            return loadDocument(path, options);
        } catch (const std::exception &e) { // out of memory or threads: the file is refused
            LoadResult refused;
            refused.document.path = path;
            refused.cause = exhaustionMessage(e, QStringLiteral("reading"), path);
            return refused;
        }
    }
    LoadResult r;
    r.document.path = path;
    r.document.knownWordCount = 0;
    return r;
}

QString absolute(const QString &path) {
    return path.startsWith(QLatin1String(":/")) ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

bool ComparisonModel::isOpen(const QString &path) const {
    const QString a = absolute(path);
    if (m_loading.contains(a))
        return true;
    for (const Version &v : m_versions)
        if (absolute(v.source) == a)
            return true;
    return false;
}

QString ComparisonModel::versionLabel(int i) const {
    const QString &path = m_versions.at(i).path;
    if (path.startsWith(QLatin1String(":/")))
        return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1) + tr(" (sample)");
    return visibleControls(QFileInfo(path).fileName()); // a name never drives the display
}

QStringList ComparisonModel::addFiles(const QStringList &given, const QStringList &givenLabels) {
    QStringList paths, labels, refused;
    for (qsizetype i = 0; i < given.size(); ++i) {
        // /dev/null (git's missing side) may stand for both sides; a real file only once.
        if (given.at(i) != QLatin1String("/dev/null") &&
            (isOpen(given.at(i)) || paths.contains(given.at(i)))) {
            refused << given.at(i);
            continue;
        }
        paths << given.at(i);
        labels << givenLabels.value(i);
        if (given.at(i) != QLatin1String("/dev/null"))
            m_loading << absolute(given.at(i));
    }
    if (paths.isEmpty())
        return refused;
    const bool wasBusy = isBusy();
    m_pendingLoads += int(paths.size());
    setBusyState(wasBusy);
    Q_EMIT progress(tr("Loading %n file(s)…", nullptr, int(paths.size())));
    m_tasks.post([this, paths, labels] {
        QList<LoadResult> results;
        results.reserve(paths.size());
        for (qsizetype i = 0; i < paths.size(); ++i) {
            results.append(loadForComparison(paths.at(i)));
            if (!labels.value(i).isEmpty())
                results.last().document.path = labels.at(i);
        }
        QMetaObject::invokeMethod(
            this,
            [this, results, paths] {
                const bool wasBusy = isBusy();
                m_pendingLoads -= int(paths.size());
                int loaded = 0, failed = 0;
                for (qsizetype i = 0; i < results.size(); ++i) {
                    const LoadResult &r = results.at(i);
                    m_loading.removeOne(absolute(paths.at(i)));
                    if (r.ok()) {
                        m_versions.append({r.document.path, r.document, paths.at(i), {}});
                        ++loaded;
                    } else {
                        ++failed;
                        Q_EMIT loadFailed(r.document.path, r.message());
                    }
                }
                if (loaded > 0) {
                    ++m_revision;
                    if (m_base < 0)
                        m_base = 0;
                    // A newly added version is what the user wants to see against the base.
                    m_other = int(m_versions.size()) - 1;
                    if (m_other == m_base)
                        m_other = m_versions.size() > 1 ? 1 - m_base : -1;
                    Q_EMIT versionsChanged();
                    recompute();
                }
                setBusyState(wasBusy);
                Q_EMIT loadsFinished(loaded, failed);
            },
            Qt::QueuedConnection);
    });
    return refused;
}

void ComparisonModel::reloadVersion(int index, const QString &encoding) {
    if (index < 0 || index >= versionCount())
        return;
    const bool wasBusy = isBusy();
    ++m_pendingLoads;
    setBusyState(wasBusy);
    const Version v = m_versions.at(index);
    Q_EMIT progress(tr("Reading %1…").arg(versionLabel(index)));
    m_tasks.post([this, v, encoding] {
        LoadResult r = loadForComparison(v.source, encoding);
        r.document.path = v.path; // keeps its label
        QMetaObject::invokeMethod(
            this,
            [this, v, r, encoding] {
                const bool wasBusy = isBusy();
                --m_pendingLoads;
                // By its file: the version may have moved (or gone) while it was read.
                qsizetype at = -1;
                for (qsizetype i = 0; i < m_versions.size() && at < 0; ++i)
                    if (m_versions.at(i).source == v.source)
                        at = i;
                if (!r.ok())
                    Q_EMIT loadFailed(v.source, r.message());
                if (r.ok() && at >= 0) {
                    m_versions[at] = {v.path, r.document, v.source, encoding};
                    ++m_revision;
                    Q_EMIT versionsChanged();
                    recompute();
                }
                setBusyState(wasBusy);
                Q_EMIT loadsFinished(r.ok() ? 1 : 0, r.ok() ? 0 : 1);
            },
            Qt::QueuedConnection);
    });
}

void ComparisonModel::removeVersion(int index) {
    if (index < 0 || index >= versionCount())
        return;
    m_versions.removeAt(index);
    ++m_revision;
    auto fix = [&](int &i) {
        if (i == index)
            i = -1;
        else if (i > index)
            --i;
    };
    fix(m_base);
    fix(m_other);
    const int n = versionCount();
    if (m_base < 0 && n > 0)
        m_base = 0;
    if (m_other < 0 || m_other == m_base)
        m_other = n > 1 ? (m_base == n - 1 ? n - 2 : n - 1) : -1;
    Q_EMIT versionsChanged();
    recompute();
}

void ComparisonModel::moveVersion(int from, int to) {
    const int n = versionCount();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    m_versions.move(from, to);
    ++m_revision; // the evolution reads the versions in this order
    // Base and other follow their documents, not their slots.
    auto follow = [&](int i) {
        if (i == from)
            return to;
        if (from < to && i > from && i <= to)
            return i - 1;
        if (to < from && i >= to && i < from)
            return i + 1;
        return i;
    };
    m_base = follow(m_base);
    m_other = follow(m_other);
    Q_EMIT versionsChanged();
    recomputeMulti();
}

void ComparisonModel::setBaseIndex(int index) {
    if (index < 0 || index >= versionCount() || index == m_base)
        return;
    if (index == m_other)
        m_other = m_base; // swap rather than compare a version with itself
    m_base = index;
    Q_EMIT versionsChanged();
    recompute();
}

void ComparisonModel::setOtherIndex(int index) {
    if (index < 0 || index >= versionCount() || index == m_other || index == m_base)
        return;
    m_other = index;
    Q_EMIT versionsChanged();
    recompute();
}

void ComparisonModel::setPair(int base, int other) {
    const int n = versionCount();
    if (base < 0 || other < 0 || base >= n || other >= n || base == other ||
        (base == m_base && other == m_other))
        return;
    m_base = base;
    m_other = other;
    Q_EMIT versionsChanged();
    recompute();
}

void ComparisonModel::setOptions(const CompareOptions &options) {
    if (options == m_options)
        return;
    m_options = options;
    recompute();
}

void ComparisonModel::setFilter(const CategoryFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    if (m_current >= 0 && !isVisible(m_current))
        setCurrentChange(-1);
}

bool ComparisonModel::isVisible(int changeIndex) const {
    return m_comparison && changeIndex >= 0 && changeIndex < m_comparison->changes.size() &&
           m_filter.shows(m_comparison->changes.at(changeIndex).kind);
}

void ComparisonModel::setCurrentChange(int index) {
    if (!m_comparison || index < -1 || index >= m_comparison->changes.size())
        index = -1;
    m_current = index;
    // Emitted even when unchanged: clicking the same change again should scroll and flash.
    Q_EMIT currentChangeChanged(index);
}

int ComparisonModel::nextVisibleChange(int from, int step) const {
    if (!m_comparison)
        return -1;
    const int n = int(m_comparison->changes.size());
    int i = from < 0 ? (step > 0 ? -1 : n) : from;
    for (i += step; i >= 0 && i < n; i += step)
        if (isVisible(i))
            return i;
    return -1;
}

void ComparisonModel::cancel() {
    if (m_cancel)
        m_cancel->store(true);
    if (m_multiCancel)
        m_multiCancel->store(true);
    if (m_comparing || m_multiComputing) {
        const bool wasBusy = isBusy();
        m_pairRequest = m_multiRequest = 0; // whatever comes back now is dropped
        m_comparing = false;
        m_multiComputing = false;
        m_multiPending = {};
        setBusyState(wasBusy);
        Q_EMIT progress(tr("Comparison cancelled"));
    }
}

void ComparisonModel::recompute() {
    recomputeMulti();
    if (m_cancel)
        m_cancel->store(true); // the older request is moot
    const quint64 generation = m_pairRequest = ++m_generation;
    if (m_base < 0 || m_other < 0 || m_base >= versionCount() || m_other >= versionCount()) {
        const bool wasBusy = isBusy();
        m_comparing = false;
        m_comparison.reset();
        m_current = -1;
        setBusyState(wasBusy);
        Q_EMIT comparisonCleared();
        return;
    }
    const bool wasBusy = isBusy();
    m_comparing = true;
    setBusyState(wasBusy);
    Q_EMIT progress(tr("Comparing %1 with %2…").arg(versionLabel(m_base), versionLabel(m_other)));
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    auto progressCounter = std::make_shared<std::atomic_int>(0);
    m_progress = progressCounter;
    const int fromIndex = m_base, toIndex = m_other;
    const QString pairName = versionLabel(m_base) + QStringLiteral(" and ") + versionLabel(m_other);
    m_tasks.post([this, session = currentSession(), cancelFlag, progressCounter, fromIndex, toIndex,
                  generation, pairName] {
        std::shared_ptr<const Comparison> result;
        try {
            if (qEnvironmentVariableIsSet("STORYDIFF_TEST_OOM_IN_WORKER")) // tst_gui's hook
                throw std::bad_alloc();
            // tst_gui_scroll's hook: a comparison that lasts until it is cancelled.
            if (qEnvironmentVariableIsSet("STORYDIFF_TEST_HOLD_COMPARISON"))
                while (!cancelFlag->load())
                    QThread::msleep(1);
            result =
                session->comparison(fromIndex, toIndex, cancelFlag.get(), progressCounter.get());
        } catch (const std::exception &e) {
            failWork(generation, exhaustionMessage(e, QStringLiteral("comparing"), pairName));
            return;
        }
        if (result->incomplete)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, result, generation] {
                if (generation != m_pairRequest)
                    return;
                const bool wasBusy = isBusy();
                m_comparing = false;
                m_comparison = result;
                m_current = -1;
                setBusyState(wasBusy);
                Q_EMIT progress(QString());
                Q_EMIT comparisonReady();
            },
            Qt::QueuedConnection);
    });
}

void ComparisonModel::setMultiWanted(bool wanted) {
    if (wanted == m_multiWanted)
        return;
    m_multiWanted = wanted;
    recomputeMulti();
}

bool ComparisonModel::isMultiCurrent() const {
    return m_multi && m_multiKey == currentMultiKey();
}

void ComparisonModel::recomputeMulti() {
    const int n = versionCount();
    if (n < 2) { // two versions are aligned too: All versions and Blame show them
        if (m_multiCancel)
            m_multiCancel->store(true);
        const bool wasBusy = isBusy();
        m_multiRequest = 0;
        m_multiComputing = false;
        m_multiPending = {};
        setBusyState(wasBusy);
        if (m_multi) {
            m_multi.reset();
            m_multiKey = {};
            Q_EMIT multiCleared();
        }
        return;
    }
    const MultiKey key = currentMultiKey();
    // Nothing to do when nobody looks, or when the wanted result is published or on its way.
    if (!m_multiWanted || m_base < 0 || (m_multi && m_multiKey == key) ||
        (m_multiComputing && m_multiPending == key))
        return;
    if (m_multiCancel)
        m_multiCancel->store(true);
    const quint64 generation = m_multiRequest = ++m_generation;
    const bool wasBusy = isBusy();
    m_multiComputing = true;
    m_multiPending = key;
    setBusyState(wasBusy);
    Q_EMIT progress(tr("Aligning %n version(s)…", nullptr, n));
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_multiCancel = cancelFlag;

    QStringList labels;
    for (int i = 0; i < n; ++i)
        labels.append(versionLabel(i));
    m_tasks.post([this, session = currentSession(), labels, cancelFlag, generation] {
        SessionResult run;
        try {
            run = session->multi(cancelFlag.get());
        } catch (const std::exception &e) {
            failWork(generation,
                     exhaustionMessage(e, QStringLiteral("aligning"), labels.join(u", ")));
            return;
        }
        if (run.result.incomplete)
            return;
        auto view = std::make_shared<MultiView>();
        view->result = std::move(run.result);
        view->base = qint32(run.base);
        view->fromBase = std::move(run.fromBase);
        view->documents = session->documents();
        view->labels = labels;
        QMetaObject::invokeMethod(
            this,
            [this, view, generation] {
                if (generation != m_multiRequest)
                    return;
                const bool wasBusy = isBusy();
                m_multiComputing = false;
                m_multi = view;
                m_multiKey = m_multiPending;
                m_multiPending = {};
                setBusyState(wasBusy);
                Q_EMIT progress(QString());
                Q_EMIT multiReady();
            },
            Qt::QueuedConnection);
    });
}

// A worker ran out of memory (or threads): what it computed is dropped, the model is idle again
// and says why, instead of the process aborting.
void ComparisonModel::failWork(quint64 generation, const QString &message) {
    QMetaObject::invokeMethod(
        this,
        [this, generation, message] {
            const bool wasBusy = isBusy();
            if (generation == m_pairRequest)
                m_comparing = false;
            if (generation == m_multiRequest) {
                m_multiComputing = false;
                m_multiPending = {};
            }
            setBusyState(wasBusy);
            Q_EMIT progress(QString());
            Q_EMIT workFailed(message);
        },
        Qt::QueuedConnection);
}

std::shared_ptr<VersionSession> ComparisonModel::currentSession() {
    if (!m_session || m_sessionRevision != m_revision) {
        QList<Document> docs;
        for (const Version &v : std::as_const(m_versions))
            docs.append(v.document);
        m_session = std::make_shared<VersionSession>(docs, m_base, m_options);
        m_sessionRevision = m_revision;
    }
    // The workers started from here read these when they start; a later change starts newer
    // workers, and the older results are dropped.
    m_session->setBase(m_base);
    m_session->setOptions(m_options);
    return m_session;
}

void ComparisonModel::setBusyState(bool wasBusy) {
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

} // namespace sd
