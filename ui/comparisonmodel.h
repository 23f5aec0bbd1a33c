#pragma once

#include "compare/comparison.h"
#include "theme.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace sd {

// Owns the open versions and the current Comparison. Loading and comparing run on a private
// thread pool; results come back as queued calls, so views only ever see finished values and
// never compute a diff themselves. Also holds the few pieces of view state that every view
// must agree on (filter, current change) so they stay in step without knowing each other.
class ComparisonModel : public QObject {
    Q_OBJECT
public:
    struct Version {
        QString path;
        Document document;
    };

    explicit ComparisonModel(QObject *parent = nullptr);
    ~ComparisonModel() override;

    int versionCount() const { return int(m_versions.size()); }
    const Version &version(int i) const { return m_versions.at(i); }
    QString versionLabel(int i) const; // file name, for lists and titles
    int baseIndex() const { return m_base; }
    int otherIndex() const { return m_other; }

    void addFiles(const QStringList &paths); // asynchronous; failures come as loadFailed
    void removeVersion(int index);
    void moveVersion(int from, int to);
    void setBaseIndex(int index);
    void setOtherIndex(int index);

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

    bool isBusy() const { return m_pendingLoads > 0 || m_comparing; }
    void cancel(); // abandons the running comparison; the previous one stays

Q_SIGNALS:
    void versionsChanged();
    void comparisonReady();
    void comparisonCleared();
    void loadFailed(const QString &path, const QString &message);
    void loadsFinished(int loaded, int failed);
    void busyChanged(bool busy);
    void progress(const QString &text);
    void filterChanged();
    void currentChangeChanged(int index);

private:
    void recompute();
    void setBusyState(bool wasBusy);

    QThreadPool m_pool;
    QList<Version> m_versions;
    int m_base = -1;
    int m_other = -1;
    CompareOptions m_options;
    CategoryFilter m_filter;
    std::shared_ptr<const Comparison> m_comparison;
    int m_current = -1;
    int m_pendingLoads = 0;
    bool m_comparing = false;
    quint64 m_generation = 0; // results of older requests are dropped
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace sd
