#include "profileruntime.h"

#include "alerttablemodel.h"
#include "demoservices.h"
#include "guilogging.h"
#include "rejectedtablemodel.h"
#include "secretstore.h"
#include "simulatorcredentials.h"
#include "syncworker.h"
#include "workerlauncher.h"

namespace bridge {

namespace {

// The Rejected view lists at most this many records, newest first.
constexpr int rejectedListLimit = 1000;

WorkerOverride demoOverride(const DemoServices &demo)
{
    WorkerOverride override;
    override.mimecastBaseUrl = demo.mimecastUrl();
    override.sophosIdentityUrl = demo.sophosUrl();
    override.sophosApiUrl = demo.sophosUrl();
    override.ingestUrl = demo.ingestUrl();
    override.mimecast.clientId = demo::clientId();
    override.mimecast.clientSecret = demo::clientSecret();
    override.mimecast.appId = demo::appId();
    override.mimecast.appKey = demo::appKey();
    override.mimecast.accessKey = demo::accessKey();
    override.mimecast.secretKey = demo::secretKey();
    override.destinationSecrets.insert(QStringLiteral("SOPHOS_CLIENT_ID"), demo::sophosClientId());
    override.destinationSecrets.insert(QStringLiteral("SOPHOS_CLIENT_SECRET"),
                                       demo::sophosClientSecret());
    override.destinationSecrets.insert(QStringLiteral("INGEST_KEY"), demo::ingestKey());
    return override;
}

} // namespace

ProfileRuntime::ProfileRuntime(const ProfileSettings &settings, const AppPaths &paths,
                               SecretStore *secretStore, DemoServices *demoServices,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_paths(paths)
    , m_secretStore(secretStore)
    , m_demo(demoServices)
    , m_alerts(new AlertTableModel(this))
    , m_rejected(new RejectedTableModel(this))
{
    m_alerts->setDeliveryStatusShown(true);
}

ProfileRuntime::~ProfileRuntime()
{
    delete m_worker;
}

void ProfileRuntime::start()
{
    switch (m_phase) {
    case Phase::Starting:
        return;
    case Phase::Stopping:
        m_restartWhenStopped = true;
        return;
    case Phase::Running:
        if (m_state == SyncEngine::State::Paused)
            m_worker->resume();
        return;
    case Phase::NotRunning:
        launch();
        return;
    }
}

void ProfileRuntime::launch()
{
    m_lastError.clear();
    setPhase(Phase::Starting);

    ProfileSettings settings = m_settings;
    std::optional<WorkerOverride> override;
    if (settings.demo) {
        QString error;
        if (!m_demo || !m_demo->start(&error)) {
            setLastError(error);
            setPhase(Phase::NotRunning);
            return;
        }
        override = demoOverride(*m_demo);
        // The demo Sophos Central is a partner account with several tenants.
        if (settings.sophosTenant.isEmpty())
            settings.sophosTenant = demo::sophosTenantId(0);
    }

    auto *launcher = new WorkerLauncher(settings, m_paths.configFolder(), m_paths.stateFolder(),
                                        m_secretStore, this);
    m_launcher = launcher;
    if (override)
        launcher->setOverride(*override);
    launcher->setWorkerParent(this);
    connect(launcher, &WorkerLauncher::ready, this, [this, launcher](SyncWorker *worker) {
        launcher->deleteLater();
        attachWorker(worker);
    });
    connect(launcher, &WorkerLauncher::failed, this, [this, launcher](const QString &message) {
        launcher->deleteLater();
        setLastError(message);
        setPhase(Phase::NotRunning);
    });
    connect(launcher, &WorkerLauncher::warning, this, &ProfileRuntime::setLastError);
    launcher->start();
}

void ProfileRuntime::attachWorker(SyncWorker *worker)
{
    m_worker = worker;
    connect(worker, &SyncWorker::stateChanged, this,
            [this](SyncEngine::State state, const QDateTime &until, const QString &reason) {
                m_state = state;
                m_stateUntil = until;
                if (state == SyncEngine::State::Failed && !reason.isEmpty())
                    m_lastError = reason;
                emit changed();
            });
    connect(worker, &SyncWorker::countersChanged, this,
            [this](LogType type, const CategoryCounters &counters) {
                m_counters[type] = counters;
                emit changed();
            });
    connect(worker, &SyncWorker::queueDepthChanged, this, [this](int pending, int failed) {
        m_pending = pending;
        m_failed = failed;
        emit changed();
    });
    connect(worker, &SyncWorker::alertsCommitted, this,
            [this](const QList<QJsonObject> &alerts) { m_alerts->appendAlertJson(alerts); });
    connect(worker, &SyncWorker::deliveryUpdated, this,
            [this](const QStringList &delivered, const QStringList &failed) {
                m_alerts->setDeliveryStatus(delivered, DeliveryStatus::Delivered);
                m_alerts->setDeliveryStatus(failed, DeliveryStatus::Failed);
            });
    connect(worker, &SyncWorker::pollFinished, this,
            [this](bool succeeded, const QDateTime &lastSuccessfulPoll, const QDateTime &next) {
                m_lastSuccessfulPoll = lastSuccessfulPoll;
                m_nextPoll = next;
                if (succeeded)
                    m_lastError.clear();
                refreshRejected();
                emit changed();
            });
    connect(worker, &SyncWorker::errorOccurred, this,
            [this](const QString &message, int) { setLastError(message); });
    connect(worker, &SyncWorker::rejectedListed, this,
            [this](const QList<RejectedRow> &rows) { m_rejected->setRows(rows); });
    connect(worker, &SyncWorker::threadFinished, this, [this, worker] {
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
        m_nextPoll = QDateTime();
        setPhase(Phase::NotRunning);
        if (m_restartWhenStopped) {
            m_restartWhenStopped = false;
            launch();
        }
    });

    setPhase(Phase::Running);
    qCInfo(lcGui) << "starting the worker of profile" << m_settings.name;
    worker->start();
}

void ProfileRuntime::pause()
{
    if (m_phase == Phase::Running && m_worker)
        m_worker->pause();
}

void ProfileRuntime::stop()
{
    m_restartWhenStopped = false;
    if (m_phase == Phase::Starting && m_launcher) {
        delete m_launcher;
        setPhase(Phase::NotRunning);
        return;
    }
    if (m_phase != Phase::Running || !m_worker)
        return;
    setPhase(Phase::Stopping);
    m_worker->requestStop();
}

void ProfileRuntime::retry()
{
    const bool fatal = m_state == SyncEngine::State::Failed;
    if (m_phase == Phase::Running && m_worker && !fatal) {
        m_lastError.clear();
        m_worker->retryFailed();
        m_worker->runNow();
        emit changed();
        return;
    }
    if (m_phase == Phase::Running && fatal) {
        // The engine stays failed until it is started again with the same settings.
        m_restartWhenStopped = true;
        setPhase(Phase::Stopping);
        m_worker->requestStop();
        return;
    }
    if (m_phase == Phase::NotRunning)
        launch();
}

void ProfileRuntime::refreshRejected()
{
    if (m_worker)
        m_worker->requestRejected(rejectedListLimit);
}

void ProfileRuntime::setLastError(const QString &message)
{
    m_lastError = message;
    emit changed();
}

void ProfileRuntime::setPhase(Phase phase)
{
    m_phase = phase;
    emit changed();
}

} // namespace bridge
