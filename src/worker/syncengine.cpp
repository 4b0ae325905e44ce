#include "syncengine.h"

#include "alertsink.h"
#include "mimecastclient.h"
#include "statestore.h"
#include "ttplogfetcher.h"
#include "workerlogging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace bridge {

namespace {

// Dedup keys are kept at least this long. The poll overlap is only a minute, so a week leaves a
// wide margin for late records and restarts.
constexpr qint64 seenKeyRetentionSeconds = 8 * 24 * 60 * 60;

bool isFatalForRun(MimecastError::Kind kind)
{
    return kind == MimecastError::Kind::SignatureRejected
            || kind == MimecastError::Kind::CredentialsRejected
            || kind == MimecastError::Kind::KeyBindingExpired
            || kind == MimecastError::Kind::EndpointNotFound || kind == MimecastError::Kind::Tls;
}

} // namespace

SyncEngine::SyncEngine(SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_processor(m_config.mappingTable ? *m_config.mappingTable : ThreatMappingTable::builtIn())
    , m_pollTimer(this)
{
    m_planner.backfillSeconds = m_config.backfillSeconds;
    m_pollTimer.setSingleShot(true);
    // Between polls the thread sleeps in its event loop until this timer fires.
    m_pollTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Collecting:
        return QStringLiteral("collecting");
    case State::Delivering:
        return QStringLiteral("delivering");
    case State::BackingOff:
        return QStringLiteral("backing-off");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void SyncEngine::start(bool singleCycle)
{
    m_singleCycle = singleCycle;
    m_network = m_config.createNetwork ? m_config.createNetwork(this)
                                       : new QNetworkAccessManager(this);

    m_store = std::make_unique<StateStore>(
            QStringLiteral("sync-%1-%2").arg(m_config.profile).arg(quintptr(this), 0, 16));
    const StateStore::OpenResult opened = m_store->open(m_config.databasePath);
    if (!opened.movedAsidePath.isEmpty()) {
        // The outbox history is gone with the damaged file, so a destination may already hold
        // alerts that now look new. Every first delivery is checked against it as after a crash.
        m_verifyFirstDeliveries = true;
        reportError(opened.error, 1);
    }
    if (!opened.ok) {
        m_fatal = true;
        reportError(opened.error, 1);
        setState(State::Failed, {}, opened.error);
        if (m_singleCycle)
            stop();
        return;
    }

    MimecastAuthenticator *authenticator = nullptr;
    if (m_config.mimecast.api == MimecastApi::V2) {
        auto *v2 = new ApiV2Authenticator(m_network, m_config.mimecastBaseUrl, m_config.mimecast,
                                          this);
        v2->setTransferTimeout(m_config.transferTimeoutMs);
        authenticator = v2;
    } else {
        authenticator = new ApiV1Authenticator(m_config.mimecast, this);
    }
    m_client = new MimecastClient(m_network, m_config.mimecastBaseUrl, authenticator, this);
    m_client->setTransferTimeout(m_config.transferTimeoutMs);
    m_sink = m_config.createSink ? m_config.createSink(m_network, this) : nullptr;

    if (m_config.retryFailedAtStart) {
        const int returned = m_store->retryFailed(m_config.profile);
        qCInfo(lcWorker) << "returned" << returned << "parked deliveries to the queue";
    }
    qCInfo(lcWorker) << "sync engine started for profile" << m_config.profile << "in thread"
                     << QThread::currentThread()->objectName();
    publishQueueDepth();
    runCycle();
}

void SyncEngine::runNow()
{
    if (m_state == State::Stopped)
        return;
    m_paused = false;
    runCycle();
}

void SyncEngine::pause()
{
    m_paused = true;
    m_pollTimer.stop();
    if (!m_cycleRunning)
        setState(State::Paused);
}

void SyncEngine::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    runCycle();
}

void SyncEngine::stop()
{
    if (m_state == State::Stopped)
        return;
    m_pollTimer.stop();
    if (m_fetcher)
        m_fetcher->cancel();
    if (m_sink)
        m_sink->cancel();
    if (m_client)
        m_client->abortAll();
    m_cycleRunning = false;
    setState(State::Stopped);
    qCInfo(lcWorker) << "sync engine stopped for profile" << m_config.profile;
    emit stopped();

    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        QThread::currentThread()->quit();
}

void SyncEngine::retryFailed(const QString &key)
{
    if (!m_store)
        return;
    const int count = m_store->retryFailed(m_config.profile, key);
    qCInfo(lcWorker) << "returned" << count << "parked rows to the queue";
    publishQueueDepth();
    if (!m_cycleRunning && !m_paused && count > 0) {
        m_cycleRunning = true;
        m_cycleSucceeded = true;
        deliverOutbox();
    }
}

void SyncEngine::listRejected(int limit)
{
    QList<RejectedRow> rows;
    if (m_store && m_store->isOpen()) {
        rows = m_store->rejectedRows(m_config.profile, limit);
        if (rows.isEmpty() && !m_store->lastError().isEmpty())
            qCWarning(lcWorker) << "listing rejected records failed:" << m_store->lastError();
    }
    emit rejectedListed(rows);
}

void SyncEngine::setState(State state, const QDateTime &until, const QString &reason)
{
    m_state = state;
    emit stateChanged(state, until, reason);
}

void SyncEngine::runCycle()
{
    if (m_cycleRunning || m_paused || m_fatal || m_state == State::Stopped || !m_store)
        return;
    m_pollTimer.stop();
    m_cycleRunning = true;
    m_cycleSucceeded = true;
    m_pendingTypes = m_config.logTypes;
    setState(State::Collecting);
    collectNextType();
}

void SyncEngine::collectNextType()
{
    if (m_state == State::Stopped)
        return;
    if (m_pendingTypes.isEmpty()) {
        deliverOutbox();
        return;
    }

    m_currentType = m_pendingTypes.takeFirst();
    std::optional<QDateTime> checkpoint;
    if (const std::optional<Checkpoint> stored
        = m_store->checkpoint(m_config.profile, m_currentType))
        checkpoint = stored->windowTo;
    m_pendingWindows = m_planner.plan(checkpoint, QDateTime::currentDateTimeUtc());
    fetchNextWindow();
}

void SyncEngine::fetchNextWindow()
{
    if (m_state == State::Stopped)
        return;
    if (m_pendingWindows.isEmpty()) {
        collectNextType();
        return;
    }

    m_currentWindow = m_pendingWindows.takeFirst();
    m_windowAlerts.clear();
    m_windowRejected.clear();
    m_windowCounters = CategoryCounters();

    TtpLogFetcher::Options options;
    options.pageSize = m_config.pageSize;
    options.backoff = m_config.backoff;
    auto *fetcher = new TtpLogFetcher(m_client, m_currentType, m_currentWindow.from,
                                      m_currentWindow.to, options, this);
    m_fetcher = fetcher;

    connect(fetcher, &TtpLogFetcher::pageReceived, this, &SyncEngine::acceptPage);
    connect(fetcher, &TtpLogFetcher::windowRestarted, this, [this](LogType) {
        m_windowAlerts.clear();
        m_windowRejected.clear();
        m_windowCounters = CategoryCounters();
    });
    connect(fetcher, &TtpLogFetcher::waiting, this,
            [this](LogType, const QDateTime &until, const MimecastError &cause) {
                setState(State::BackingOff, until, cause.message);
            });
    connect(fetcher, &TtpLogFetcher::finished, this, [this, fetcher](LogType) {
        fetcher->deleteLater();
        commitWindow();
    });
    connect(fetcher, &TtpLogFetcher::failed, this,
            [this, fetcher](LogType type, const MimecastError &error) {
                fetcher->deleteLater();
                handleFetchFailure(type, error);
            });
    fetcher->start();
}

void SyncEngine::acceptPage(LogType type, const QList<PageElement> &elements)
{
    if (m_state == State::BackingOff)
        setState(State::Collecting);
    for (const PageElement &element : elements) {
        ++m_windowCounters.fetched;
        const RecordOutcome outcome = m_processor.process(type, element);
        switch (outcome.kind) {
        case RecordOutcome::Kind::Alert:
            m_windowAlerts.append(outcome.alert);
            break;
        case RecordOutcome::Kind::Clean:
            ++m_windowCounters.clean;
            break;
        case RecordOutcome::Kind::Rejected:
            ++m_windowCounters.rejected;
            m_windowRejected.append({outcome.rejection, element.toJsonValue()});
            break;
        }
    }
}

void SyncEngine::commitWindow()
{
    StateStore::WindowCommit commit;
    commit.profile = m_config.profile;
    commit.category = m_currentType;
    commit.windowTo = m_currentWindow.to;
    commit.alerts = m_windowAlerts;
    commit.rejected = m_windowRejected;

    const StateStore::CommitResult result = m_store->commitWindow(commit);
    if (!result.ok) {
        // Nothing of the window was stored and the checkpoint did not move: the next poll
        // fetches the same window again.
        m_cycleSucceeded = false;
        m_pendingWindows.clear();
        reportError(QCoreApplication::translate("SyncEngine",
                                                "Saving the collected alerts of log type %1 "
                                                "failed: %2. They are fetched again at the "
                                                "next poll.")
                            .arg(logTypeName(m_currentType), result.error),
                    1);
        collectNextType();
        return;
    }

    CategoryCounters &counters = m_counters[m_currentType];
    counters.fetched += m_windowCounters.fetched;
    counters.clean += m_windowCounters.clean;
    counters.rejected += m_windowCounters.rejected;
    counters.alerts += result.newAlerts;
    emit countersChanged(m_currentType, counters);

    if (result.newAlerts > 0) {
        QList<QJsonObject> committed;
        QSet<QString> seenInWindow;
        for (const NormalizedAlert &alert : std::as_const(m_windowAlerts)) {
            if (!seenInWindow.contains(alert.key)) {
                seenInWindow.insert(alert.key);
                committed.append(alert.toJson());
            }
        }
        emit alertsCommitted(committed);
    }
    qCInfo(lcWorker).nospace() << logTypeName(m_currentType) << " window up to "
                               << m_currentWindow.to.toString(Qt::ISODate) << ": "
                               << result.newAlerts << " new, " << result.duplicates
                               << " already seen";
    publishQueueDepth();
    fetchNextWindow();
}

void SyncEngine::handleFetchFailure(LogType type, const MimecastError &error)
{
    m_pendingWindows.clear();
    if (error.kind == MimecastError::Kind::Cancelled)
        return;

    m_cycleSucceeded = false;
    reportError(QCoreApplication::translate("SyncEngine", "%1: %2")
                        .arg(logTypeName(type), error.message),
                error.exitCode());

    if (isFatalForRun(error.kind)) {
        // Every further call would fail the same way until the administrator acts.
        m_fatal = true;
        m_pendingTypes.clear();
        m_cycleRunning = false;
        setState(State::Failed, {}, error.message);
        if (m_singleCycle)
            stop();
        return;
    }
    // Other log types and the outbox are still worth working on.
    collectNextType();
}

void SyncEngine::deliverOutbox()
{
    if (m_state == State::Stopped)
        return;
    if (!m_sink) {
        finishCycle();
        return;
    }

    const QList<OutboxRow> rows = m_store->pendingRows(m_config.profile, m_sink->maxBatchSize());
    if (rows.isEmpty()) {
        finishCycle();
        return;
    }
    setState(State::Delivering);

    QList<DeliveryItem> items;
    QStringList keys;
    QHash<QString, LogType> categories;
    for (const OutboxRow &row : rows) {
        // The first attempt's time is what a destination searches from after a crash.
        DeliveryItem item {row.key, row.alert, row.attempts,
                           row.firstAttemptAt.isValid() ? row.firstAttemptAt
                                                        : QDateTime::currentDateTimeUtc()};
        if (m_verifyFirstDeliveries && item.attempts == 0) {
            item.attempts = 1;
            item.firstAttemptAt = QDateTime::currentDateTimeUtc().addSecs(
                    -(WindowPlanner::maxBackfillSeconds + 24 * 60 * 60));
        }
        items.append(item);
        keys.append(row.key);
        categories.insert(row.key, row.category);
    }
    if (!m_store->markAttempted(m_config.profile, keys, QDateTime::currentDateTimeUtc())) {
        m_cycleSucceeded = false;
        reportError(QCoreApplication::translate("SyncEngine",
                                                "Updating the outbox failed: %1. Delivery "
                                                "waits for the next poll.")
                            .arg(m_store->lastError()),
                    1);
        finishCycle();
        return;
    }

    QPointer<SyncEngine> self(this);
    m_sink->deliver(items, [self, categories](const QList<DeliveryResult> &results) {
        if (self)
            self->handleDeliveryResults(results, categories);
    });
}

void SyncEngine::handleDeliveryResults(const QList<DeliveryResult> &results,
                                       const QHash<QString, LogType> &categories)
{
    if (m_state == State::Stopped)
        return;

    QStringList delivered;
    QStringList failed;
    qint64 retryAfterMs = -1;
    bool anyRetry = false;
    QString retryReason;
    QString firstFailure;

    for (const DeliveryResult &result : results) {
        const LogType category = categories.value(result.key, LogType::Url);
        switch (result.outcome) {
        case DeliveryResult::Outcome::Delivered:
            delivered.append(result.key);
            ++m_counters[category].delivered;
            break;
        case DeliveryResult::Outcome::Failed: {
            QString message = result.message;
            if (!result.serverReference.isEmpty() && !message.contains(result.serverReference))
                message += u" (" + result.serverReference + u')';
            m_store->markFailed(m_config.profile, result.key, message);
            if (firstFailure.isEmpty())
                firstFailure = message;
            failed.append(result.key);
            ++m_counters[category].failed;
            qCWarning(lcWorker) << "delivery of" << result.key << "failed:" << message;
            break;
        }
        case DeliveryResult::Outcome::Retry:
            anyRetry = true;
            retryReason = result.message;
            retryAfterMs = std::max(retryAfterMs, result.retryAfterMs);
            break;
        }
    }
    if (!delivered.isEmpty()
        && !m_store->markDelivered(m_config.profile, delivered, QDateTime::currentDateTimeUtc())) {
        // The destination has them; after a restart the case destination finds them again.
        reportError(
                QCoreApplication::translate("SyncEngine", "Recording delivered alerts failed: %1.")
                        .arg(m_store->lastError()),
                1);
    }
    if (!failed.isEmpty()) {
        reportError(QCoreApplication::translate("SyncEngine",
                                                "%n alert(s) could not be delivered and were "
                                                "parked: %1",
                                                nullptr, int(failed.size()))
                            .arg(firstFailure),
                    1);
    }
    for (auto it = m_counters.constBegin(); it != m_counters.constEnd(); ++it)
        emit countersChanged(it.key(), it.value());
    emit deliveryUpdated(delivered, failed);
    publishQueueDepth();

    if (anyRetry) {
        ++m_deliveryFailures;
        m_cycleSucceeded = false;
        const qint64 backoff = m_config.backoff.delayForAttempt(m_deliveryFailures);
        m_deliveryRetryMs = retryAfterMs >= 0 ? std::max(retryAfterMs, qint64(1000)) : backoff;
        reportError(retryReason, 1);
        finishCycle();
        return;
    }
    m_deliveryFailures = 0;
    m_deliveryRetryMs = -1;
    deliverOutbox();
}

void SyncEngine::finishCycle()
{
    m_cycleRunning = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->pruneSeen(m_config.profile, now.addSecs(-seenKeyRetentionSeconds));
    if (m_cycleSucceeded)
        m_lastSuccessfulPoll = now;

    qint64 delayMs = m_config.pollIntervalSeconds * 1000;
    if (m_deliveryRetryMs >= 0)
        delayMs = std::min(delayMs, m_deliveryRetryMs);
    const QDateTime nextPoll = now.addMSecs(delayMs);
    emit pollFinished(m_cycleSucceeded, m_lastSuccessfulPoll,
                      m_singleCycle ? QDateTime() : nextPoll);

    if (m_singleCycle) {
        stop();
        return;
    }
    if (m_paused) {
        setState(State::Paused);
        return;
    }
    if (m_deliveryRetryMs >= 0)
        setState(State::BackingOff, nextPoll, QString());
    else
        setState(State::Idle, nextPoll);
    scheduleNextPoll(delayMs);
}

void SyncEngine::scheduleNextPoll(qint64 delayMs)
{
    m_pollTimer.start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void SyncEngine::publishQueueDepth()
{
    const OutboxCounts counts = m_store->counts(m_config.profile);
    emit queueDepthChanged(counts.pending, counts.failed);
}

void SyncEngine::reportError(const QString &message, int exitCode)
{
    if (message.isEmpty())
        return;
    qCWarning(lcWorker) << "profile" << m_config.profile << ":" << message;
    emit errorOccurred(message, exitCode);
}

} // namespace bridge
