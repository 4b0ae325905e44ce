#pragma once

#include "syncengine.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace bridge {

// Runs one profile's SyncEngine in its own named QThread. All communication with the engine is
// through queued signals and queued calls, so the caller's thread never blocks on network or
// database work. Only stop() waits, at most its timeout, for the thread to finish.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(SyncConfig config, QObject *parent = nullptr);
    // Stops the engine and waits for the thread, at most stopTimeoutMs.
    ~SyncWorker() override;

    static constexpr int stopTimeoutMs = 10000;

    // Starts the thread; with singleCycle the engine runs one poll and stops.
    void start(bool singleCycle = false);
    void runNow();
    void pause();
    void resume();
    void retryFailed(const QString &key = {});
    // Asks the engine for the newest rejected records, at most limit; rejectedListed() emits
    // them. The state store belongs to the worker thread, so this is the only way to read them.
    void requestRejected(int limit = 1000);
    // Asks the engine to stop without waiting: stopped() follows, then threadFinished() once the
    // thread has ended, after which deleting the worker does not block.
    void requestStop();
    // Asks the engine to stop and waits up to timeoutMs for its thread. Returns false when the
    // thread did not finish in time.
    bool stop(int timeoutMs = stopTimeoutMs);
    bool isRunning() const;
    // Name of the engine's thread, "sync-<profile>"; empty before start().
    QString threadName() const;

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
    void threadFinished();

private:
    SyncConfig m_config;
    QThread *m_thread = nullptr;
    QPointer<SyncEngine> m_engine;
};

} // namespace bridge
