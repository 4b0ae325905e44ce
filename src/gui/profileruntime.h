#pragma once

#include "apppaths.h"
#include "profilesettings.h"
#include "syncengine.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace bridge {

class AlertTableModel;
class DemoServices;
class RejectedTableModel;
class SecretStore;
class SyncWorker;
class WorkerLauncher;

// The main window's handle on the background worker of one customer profile. It launches,
// pauses and stops the worker without blocking the GUI thread, and keeps the latest state,
// counters, queue depth, polls, error, live alerts and rejected records the worker reported.
// Demo profiles run against the app's in-process simulators.
class ProfileRuntime : public QObject
{
    Q_OBJECT

public:
    enum class Phase { NotRunning, Starting, Running, Stopping };
    Q_ENUM(Phase)

    ProfileRuntime(const ProfileSettings &settings, const AppPaths &paths, SecretStore *secretStore,
                   DemoServices *demoServices, QObject *parent = nullptr);
    // Stops the worker; SyncWorker's destructor waits for its thread, at most its stop timeout.
    ~ProfileRuntime() override;

    const ProfileSettings &settings() const { return m_settings; }
    void setSettings(const ProfileSettings &settings) { m_settings = settings; }

    Phase phase() const { return m_phase; }
    // The engine's last reported state; empty before the worker first reports one.
    std::optional<SyncEngine::State> state() const { return m_state; }
    QDateTime stateUntil() const { return m_stateUntil; }
    const QMap<LogType, CategoryCounters> &counters() const { return m_counters; }
    int pendingCount() const { return m_pending; }
    int failedCount() const { return m_failed; }
    QDateTime lastSuccessfulPoll() const { return m_lastSuccessfulPoll; }
    QDateTime nextPoll() const { return m_nextPoll; }
    QString lastError() const { return m_lastError; }

    // NOTE: both tables list only what the worker reported since this app started. Alerts
    // committed in an earlier run stay in the state database but are not listed. The rejected
    // list is refreshed only while the worker runs, because only its thread reads the database.
    AlertTableModel *alertModel() const { return m_alerts; }
    RejectedTableModel *rejectedModel() const { return m_rejected; }

    // Loads the secrets and starts the worker; resumes a paused one.
    void start();
    void pause();
    // Asks the worker to stop; phase() is NotRunning once its thread has ended.
    void stop();
    // Returns parked deliveries to the queue and polls now, or starts the worker again after a
    // fatal error or a failed start.
    void retry();
    // Asks the running worker for its rejected records; the rejected model updates when they
    // arrive.
    void refreshRejected();
    // Shows message as the last error, e.g. why the worker was not started.
    void setLastError(const QString &message);

signals:
    void changed();

private:
    void launch();
    void attachWorker(SyncWorker *worker);
    void setPhase(Phase phase);

    ProfileSettings m_settings;
    AppPaths m_paths;
    QPointer<SecretStore> m_secretStore;
    QPointer<DemoServices> m_demo;
    QPointer<WorkerLauncher> m_launcher;
    QPointer<SyncWorker> m_worker;
    AlertTableModel *m_alerts = nullptr;
    RejectedTableModel *m_rejected = nullptr;

    Phase m_phase = Phase::NotRunning;
    bool m_restartWhenStopped = false;
    std::optional<SyncEngine::State> m_state;
    QDateTime m_stateUntil;
    QMap<LogType, CategoryCounters> m_counters;
    int m_pending = 0;
    int m_failed = 0;
    QDateTime m_lastSuccessfulPoll;
    QDateTime m_nextPoll;
    QString m_lastError;
};

} // namespace bridge
