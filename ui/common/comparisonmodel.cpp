#include "common/comparisonmodel.h"

#include "readers/loader.h"

#include "multi/collation.h"
#include "multi/evolution.h"

#include <QFileInfo>
#include <QPointer>

#include <functional>
#include <future>

namespace sd {

namespace {

// Runs `jobs` two at a time (the pool keeps a core for the GUI thread).
void runPairs(std::vector<std::function<void()>> &jobs) {
    for (size_t i = 0; i < jobs.size(); i += 2) {
        auto second = i + 1 < jobs.size() ? std::async(std::launch::async, jobs[i + 1])
                                          : std::future<void>();
        jobs[i]();
        if (second.valid())
            second.get();
    }
}

// What compareMany() computes, without its redundant work: the matrix takes the similarities of
// the comparisons already made (base -> k, v -> v+1) and computes only the pairs left, and a
// cancel is noticed between the steps. Null when cancelled.
std::shared_ptr<MultiView> computeMulti(const QList<Document> &docs, int base,
                                        const CompareOptions &options,
                                        const std::atomic_bool &cancel, const MultiView *reuse) {
    const qsizetype n = docs.size();
    auto view = std::make_shared<MultiView>();
    view->base = base;
    QList<Comparison> fromBase(n);
    QList<Comparison> steps(n - 1);
    std::vector<std::function<void()>> jobs;
    for (qsizetype k = 0; k < n; ++k) {
        if (k == base)
            continue;
        jobs.push_back([&, k] {
            fromBase[k] = compareDocuments(docs.at(base), docs.at(k), options, &cancel);
            fromBase[k].fromIndex = base;
            fromBase[k].toIndex = qint32(k);
        });
    }
    if (!reuse) {
        for (qsizetype v = 0; v + 1 < n; ++v)
            if (v != base) // base -> base+1 is already among the comparisons above
                jobs.push_back([&, v] {
                    steps[v] = compareDocuments(docs.at(v), docs.at(v + 1), options, &cancel);
                });
    }
    runPairs(jobs);
    if (cancel.load())
        return nullptr;
    view->result.collation = collate(docs, base, fromBase, options);
    for (qsizetype k = 0; k < n; ++k)
        if (k != base)
            view->fromBase.append(fromBase.at(k));
    if (reuse) {
        view->result.evolution = reuse->result.evolution;
        view->result.similarity = reuse->result.similarity;
        return view;
    }
    if (base + 1 < n)
        steps[base] = fromBase.at(base + 1);
    view->result.evolution = traceEvolution(docs, steps, options);
    if (cancel.load())
        return nullptr;
    QList<QList<double>> m(n, QList<double>(n, 1.0));
    std::vector<std::vector<bool>> known(size_t(n), std::vector<bool>(size_t(n), false));
    auto put = [&](qsizetype i, qsizetype j, double s) {
        m[i][j] = m[j][i] = s;
        known[size_t(i)][size_t(j)] = known[size_t(j)][size_t(i)] = true;
    };
    for (qsizetype k = 0; k < n; ++k)
        if (k != base)
            put(base, k, fromBase.at(k).similarity);
    for (qsizetype v = 0; v + 1 < n; ++v)
        put(v, v + 1, steps.at(v).similarity);
    jobs.clear();
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i + 1; j < n; ++j)
            if (!known[size_t(i)][size_t(j)])
                jobs.push_back([&, i, j] {
                    m[i][j] = compareDocuments(docs.at(i), docs.at(j), options, &cancel).similarity;
                });
    runPairs(jobs);
    // Mirror once all writers are done: each job wrote its own cell only.
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i + 1; j < n; ++j)
            m[j][i] = m[i][j];
    if (cancel.load())
        return nullptr;
    view->result.similarity = m;
    return view;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QObject(parent) {
    // Loads and one comparison at a time are enough; keep a core for the GUI thread.
    m_pool.setMaxThreadCount(2);
}

ComparisonModel::~ComparisonModel() {
    // Workers post back to `this`; they must be gone before it is.
    if (m_cancel)
        m_cancel->store(true);
    if (m_multiCancel)
        m_multiCancel->store(true);
    m_pool.waitForDone();
}

QString ComparisonModel::versionLabel(int i) const {
    const QString &path = m_versions.at(i).path;
    if (path.startsWith(QLatin1String(":/")))
        return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1) + tr(" (sample)");
    return QFileInfo(path).fileName();
}

void ComparisonModel::addFiles(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    const bool wasBusy = isBusy();
    m_pendingLoads += int(paths.size());
    setBusyState(wasBusy);
    Q_EMIT progress(tr("Loading %n file(s)…", nullptr, int(paths.size())));
    m_pool.start([this, paths] {
        QList<LoadResult> results;
        results.reserve(paths.size());
        for (const QString &p : paths)
            results.append(loadDocument(p));
        QMetaObject::invokeMethod(
            this,
            [this, results, n = int(paths.size())] {
                const bool wasBusy = isBusy();
                m_pendingLoads -= n;
                int loaded = 0, failed = 0;
                for (const LoadResult &r : results) {
                    if (r.ok()) {
                        m_versions.append({r.document.path, r.document});
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
    const Document a = m_versions.at(m_base).document;
    const Document b = m_versions.at(m_other).document;
    const int fromIndex = m_base, toIndex = m_other;
    const CompareOptions options = m_options;
    m_pool.start([this, a, b, options, cancelFlag, progressCounter, generation, fromIndex, toIndex] {
        auto result = std::make_shared<Comparison>(
            compareDocuments(a, b, options, cancelFlag.get(), progressCounter.get()));
        result->fromIndex = fromIndex;
        result->toIndex = toIndex;
        if (cancelFlag->load())
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
    if (n < 3) {
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

    QList<Document> docs;
    QStringList labels;
    for (int i = 0; i < n; ++i) {
        docs.append(m_versions.at(i).document);
        labels.append(versionLabel(i));
    }
    // A new base only re-aligns: the evolution and the matrix depend on the versions and their
    // order, not on the base, so they are reused when only the base changed.
    std::shared_ptr<const MultiView> reuse;
    if (m_multi && m_multiKey.revision == key.revision && m_multiKey.options == key.options)
        reuse = m_multi;
    const int base = m_base;
    const CompareOptions options = m_options;
    m_pool.start([this, docs, labels, base, options, cancelFlag, generation, reuse] {
        auto view = computeMulti(docs, base, options, *cancelFlag, reuse.get());
        if (!view)
            return;
        view->labels = labels;
        view->documents = docs;
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

void ComparisonModel::setBusyState(bool wasBusy) {
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

} // namespace sd
