// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/theme.h"
#include "compare/result.h"
#include "multi/session.h"
#include "util/parallel.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace sd {

// Owns the open versions and the current Comparison: a thin Qt adapter over a VersionSession,
// which compares (and caches) everything. Loading and comparing run on the WorkPool, off the
// GUI thread; results come back as queued calls, so views only ever see finished values and never
// compute a diff themselves. Also holds the few pieces of view state that every view must agree on
// (filter, current change) so they stay in step without knowing each other. What the multi-version
// views show: the collation against `base`, the evolution in version order and the similarity
// matrix, plus the base -> k comparisons the collation was built from (the HTML report wants them).
// Immutable once published.
struct MultiView {
    MultiResult result;
    qint32 base = 0;
    QList<Comparison> fromBase; // every k != base, in version order
    QStringList labels;         // version labels at the time of computing
    QList<Document> documents;  // the versions it was computed from (implicitly shared)
};

class ComparisonModel : public QObject {
    Q_OBJECT
public:
    struct Version {
        QString path; // the label when one was given, else as source
        Document document;
        QString source;   // the file as given (what reloading and the duplicate check read)
        QString encoding; // the encoding the user chose for it; empty: detected
    };

    explicit ComparisonModel(QObject *parent = nullptr);
    ~ComparisonModel() override;

    int versionCount() const { return int(m_versions.size()); }
    const Version &version(int i) const { return m_versions.at(i); }
    QString versionLabel(int i) const; // file name, for lists and titles
    int baseIndex() const { return m_base; }
    int otherIndex() const { return m_other; }
    // How far the running comparison is, 0..100, or -1 when no comparison runs.
    int comparisonProgress() const { return m_comparing && m_progress ? m_progress->load() : -1; }

    // Asynchronous; failures come as loadFailed. `labels[i]`, when given, names paths[i] in
    // titles instead of its file name.
    // A file already open (or loading) in this set is not added again: those are returned.
    QStringList addFiles(const QStringList &paths, const QStringList &labels = {});
    // Reads version `index` again from its file, in `encoding` (an ICU name; empty: detect).
    void reloadVersion(int index, const QString &encoding);
    void removeVersion(int index);
    void moveVersion(int from, int to);
    void setBaseIndex(int index);
    void setOtherIndex(int index);
    void setPair(int base, int other); // both at once, one comparison (the timeline's steps)

    CompareOptions options() const { return m_options; }
    void setOptions(const CompareOptions &options);

    CategoryFilter filter() const { return m_filter; }
    void setFilter(const CategoryFilter &filter);
    bool isVisible(int changeIndex) const;

    // The comparison on screen; null until two versions are open. Shared and immutable.
    std::shared_ptr<const Comparison> comparison() const { return m_comparison; }

    int currentChange() const { return m_current; }
    void setCurrentChange(int index); // -1 for none
    int nextVisibleChange(int from, int step) const;

    // Three or more versions: the multi-version result, computed off the GUI thread while some
    // view wants it (it costs several comparisons). Null until ready; stays until replaced.
    std::shared_ptr<const MultiView> multi() const { return m_multi; }
    void setMultiWanted(bool wanted);
    bool isMultiWanted() const { return m_multiWanted; }
    bool isMultiCurrent() const; // the published result matches the versions, base and options

    bool isBusy() const { return m_pendingLoads > 0 || m_comparing || m_multiComputing; }
    // Whether any worker of this model still runs (a cancelled one stops soon after).
    bool hasRunningWork() const { return m_tasks.pending() > 0; }
    void cancel(); // abandons the running comparisons; the previous results stay

Q_SIGNALS:
    void versionsChanged();
    void comparisonReady();
    void comparisonCleared();
    void loadFailed(const QString &path, const QString &message);
    void loadsFinished(int loaded, int failed);
    // A comparison or alignment could not be finished: "out of memory while comparing ...".
    void workFailed(const QString &message);
    void busyChanged(bool busy);
    void progress(const QString &text);
    void filterChanged();
    void currentChangeChanged(int index);
    void multiReady();
    void multiCleared(); // fewer than three versions

private:
    void recompute();
    void recomputeMulti();
    void failWork(quint64 generation, const QString &message);
    void setBusyState(bool wasBusy);
    // The session of the versions as they are now (a new one when they changed), set to the
    // current base and options.
    std::shared_ptr<VersionSession> currentSession();
    struct MultiKey {
        quint64 revision = 0;
        int base = -1;
        CompareOptions options;
        friend bool operator==(const MultiKey &, const MultiKey &) = default;
    };
    MultiKey currentMultiKey() const { return {m_revision, m_base, m_options}; }

    bool isOpen(const QString &path) const;

    TaskGroup m_tasks; // what this model runs on the pool, waited for when it goes
    QList<Version> m_versions;
    int m_base = -1;
    int m_other = -1;
    CompareOptions m_options;
    CategoryFilter m_filter;
    std::shared_ptr<const Comparison> m_comparison;
    int m_current = -1;
    int m_pendingLoads = 0;
    QStringList m_loading; // absolute paths of the files being read
    bool m_comparing = false;
    // One counter numbers every request; a result is taken only if its number is still the
    // latest request of its kind (pair or multi), so cancel() and newer requests drop it.
    quint64 m_generation = 0;
    quint64 m_pairRequest = 0;
    quint64 m_multiRequest = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_progress; // of the running pair comparison
    std::shared_ptr<std::atomic_bool> m_multiCancel;
    quint64 m_revision = 0;                    // bumped when the versions or their order change
    std::shared_ptr<VersionSession> m_session; // every comparison of these versions, cached
    quint64 m_sessionRevision = 0;
    bool m_multiWanted = false;
    bool m_multiComputing = false;
    MultiKey m_multiKey;     // of the published result
    MultiKey m_multiPending; // of the running request
    std::shared_ptr<const MultiView> m_multi;
};

} // namespace sd
