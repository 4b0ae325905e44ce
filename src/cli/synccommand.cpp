#include "synccommand.h"

#include "apppaths.h"
#include "destinationsetup.h"
#include "networksetup.h"
#include "syncworker.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <csignal>

namespace bridge {

SyncCommand::~SyncCommand()
{
    if (m_worker)
        m_worker->stop();
}

void SyncCommand::start()
{
    if (!resolveSettings())
        return;

    QString folderError;
    if (!AppPaths(m_options.stateDir).createFolders(&folderError)) {
        printError(folderError);
        finish(ExitRuntimeFailure);
        return;
    }

    loadCredentials([this](const MimecastCredentials &credentials) {
        loadSecrets(destinationCredentialFields(m_settings.destination),
                    [this, credentials](const QHash<QString, QString> &secrets) {
                        auto *setup = new DestinationSetup(m_settings, secrets, m_networkFactory,
                                                           backoffPolicy(), this);
                        connect(setup, &DestinationSetup::failed, this,
                                [this, setup](const QString &message, int exitCode) {
                                    setup->deleteLater();
                                    printError(message);
                                    finish(exitCode);
                                });
                        connect(setup, &DestinationSetup::ready, this,
                                [this, setup, credentials](const SyncConfig::SinkFactory &factory) {
                                    setup->deleteLater();
                                    startWorker(credentials, factory);
                                });
                        setup->start();
                    });
    });
}

void SyncCommand::startWorker(const MimecastCredentials &credentials,
                              const SyncConfig::SinkFactory &createSink)
{
    SyncConfig config;
    config.profile = m_options.profile;
    QString urlError;
    config.mimecastBaseUrl = resolveBaseUrl(&urlError);
    config.mimecast = credentials;
    config.logTypes = m_settings.logTypes;
    config.pageSize = m_settings.pageSize;
    config.mappingTable = loadMappingOverride();
    config.databasePath = databasePath();
    config.retryFailedAtStart = m_options.retryFailed;
    config.pollIntervalSeconds = qint64(m_settings.pollIntervalMinutes) * 60;
    config.backfillSeconds = qint64(m_settings.backfillHours) * 60 * 60;
    config.backoff = backoffPolicy();
    config.transferTimeoutMs = transferTimeoutMs();
    config.createNetwork = m_networkFactory;
    config.createSink = createSink;

    m_worker = new SyncWorker(config, this);
    connect(m_worker, &SyncWorker::stateChanged, this,
            [this](SyncEngine::State state, const QDateTime &until, const QString &reason) {
                if (!m_options.verbose && state != SyncEngine::State::Failed)
                    return;
                QString line = SyncEngine::stateName(state);
                if (until.isValid())
                    line += u" until " + until.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
                if (!reason.isEmpty())
                    line += u": " + reason;
                err() << line << Qt::endl;
            });
    connect(m_worker, &SyncWorker::countersChanged, this,
            [this](LogType type, const CategoryCounters &counters) {
                m_counters[type] = counters;
            });
    connect(m_worker, &SyncWorker::queueDepthChanged, this, [this](int pending, int failed) {
        m_pending = pending;
        m_failed = failed;
    });
    connect(m_worker, &SyncWorker::errorOccurred, this, [this](const QString &message, int code) {
        printError(message);
        if (m_exitCode == ExitSuccess)
            m_exitCode = code;
    });
    connect(m_worker, &SyncWorker::deliveryUpdated, this,
            [this](const QStringList &, const QStringList &failed) {
                // Parked deliveries need the administrator, so the run does not count as clean.
                if (!failed.isEmpty() && m_exitCode == ExitSuccess)
                    m_exitCode = ExitRuntimeFailure;
            });
    connect(m_worker, &SyncWorker::stopped, this, [this] {
        printSummary();
        finish(m_exitCodeAtSignal.value_or(m_exitCode));
    });

    m_signals = new UnixSignalWatcher({SIGINT, SIGTERM}, this);
    connect(m_signals, &UnixSignalWatcher::signalReceived, this, [this](int) {
        if (m_exitCodeAtSignal)
            return;
        m_exitCodeAtSignal = m_exitCode;
        err() << QCoreApplication::translate("SyncCommand", "Stopping…") << Qt::endl;
        m_worker->stop();
    });

    m_worker->start(m_options.once);
}

void SyncCommand::printSummary()
{
    if (m_summaryPrinted)
        return;
    m_summaryPrinted = true;
    CategoryCounters total;
    for (const CategoryCounters &counters : std::as_const(m_counters)) {
        total += counters;
    }
    // A fixed, untranslated format: scripts read this line.
    err() << QStringLiteral("summary: fetched=%1 rejected=%2 clean=%3 alerts=%4 delivered=%5 "
                            "failed=%6 pending=%7")
                     .arg(total.fetched)
                     .arg(total.rejected)
                     .arg(total.clean)
                     .arg(total.alerts)
                     .arg(total.delivered)
                     .arg(m_failed)
                     .arg(m_pending)
          << Qt::endl;
}

} // namespace bridge
