#pragma once

#include "mimecasterror.h"
#include "recordprocessor.h"
#include "statestore.h"
#include "syncconfig.h"
#include "windowplanner.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace bridge {

class AlertSink;
struct DeliveryResult;
class MimecastClient;
class TtpLogFetcher;

// Counters of one log type since the engine started.
struct CategoryCounters
{
    int fetched = 0;
    int rejected = 0;
    int clean = 0;
    int alerts = 0; // new alerts written to the outbox
    int delivered = 0;
    int failed = 0;

    CategoryCounters &operator+=(const CategoryCounters &other)
    {
        fetched += other.fetched;
        rejected += other.rejected;
        clean += other.clean;
        alerts += other.alerts;
        delivered += other.delivered;
        failed += other.failed;
        return *this;
    }
};

// The sync engine of one profile: each poll collects every enabled log type window by window
// from its checkpoint, commits each window's alerts and the new checkpoint in one transaction,
// then delivers the outbox to the destination. It lives in the worker thread and creates its
// network manager, database connection and destination there.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Collecting, Delivering, BackingOff, Paused, Stopped, Failed };
    Q_ENUM(State)

    explicit SyncEngine(SyncConfig config, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Opens the state store and runs the first poll. With singleCycle the engine stops after
    // one poll and its deliveries instead of waiting for the next poll.
    void start(bool singleCycle = false);
    void runNow();
    void pause();
    void resume();
    // Aborts the call in flight (nothing uncommitted is kept), emits stopped() and quits the
    // thread it runs in unless that is the application's main thread.
    void stop();
    // Returns parked rows (one key, or all when empty) to the queue and delivers them.
    void retryFailed(const QString &key);
    // Reads the newest rejected records, at most limit, and emits rejectedListed(). The list is
    // empty before start() or when the database cannot be read.
    void listRejected(int limit);

    static QString stateName(State state);

signals:
    void stateChanged(bridge::SyncEngine::State state, const QDateTime &until,
                      const QString &reason);
    void countersChanged(bridge::LogType type, const bridge::CategoryCounters &counters);
    void queueDepthChanged(int pending, int failed);
    void alertsCommitted(const QList<QJsonObject> &alerts);
    void deliveryUpdated(const QStringList &delivered, const QStringList &failed);
    void pollFinished(bool succeeded, const QDateTime &lastSuccessfulPoll,
                      const QDateTime &nextPoll);
    void errorOccurred(const QString &message, int exitCode);
    void stopped();
    void rejectedListed(const QList<bridge::RejectedRow> &rows);

private:
    void setState(State state, const QDateTime &until = {}, const QString &reason = {});
    void runCycle();
    void collectNextType();
    void fetchNextWindow();
    void acceptPage(LogType type, const QList<PageElement> &elements);
    void commitWindow();
    void handleFetchFailure(LogType type, const MimecastError &error);
    void deliverOutbox();
    void handleDeliveryResults(const QList<DeliveryResult> &results,
                               const QHash<QString, LogType> &categories);
    void finishCycle();
    void scheduleNextPoll(qint64 delayMs);
    void publishQueueDepth();
    void reportError(const QString &message, int exitCode);

    SyncConfig m_config;
    bool m_singleCycle = false;
    State m_state = State::Idle;
    bool m_paused = false;
    bool m_cycleRunning = false;
    bool m_cycleSucceeded = true;
    bool m_fatal = false;
    bool m_verifyFirstDeliveries = false;

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<StateStore> m_store;
    MimecastClient *m_client = nullptr;
    AlertSink *m_sink = nullptr;
    RecordProcessor m_processor;
    WindowPlanner m_planner;

    QList<LogType> m_pendingTypes;
    QList<TimeWindow> m_pendingWindows;
    LogType m_currentType = LogType::Url;
    TimeWindow m_currentWindow;
    QPointer<TtpLogFetcher> m_fetcher;
    QList<NormalizedAlert> m_windowAlerts;
    QList<std::pair<RecordRejection, QJsonValue>> m_windowRejected;
    CategoryCounters m_windowCounters;

    QMap<LogType, CategoryCounters> m_counters;
    int m_deliveryFailures = 0;
    qint64 m_deliveryRetryMs = -1;
    QDateTime m_lastSuccessfulPoll;
    // A child, so that moveToThread() takes it along to the worker thread.
    QTimer m_pollTimer;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::CategoryCounters)
Q_DECLARE_METATYPE(bridge::RejectedRow)
