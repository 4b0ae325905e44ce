#include "previewcommand.h"

#include "connectorslogging.h"
#include "mimecastclient.h"
#include "mimecasttime.h"
#include "ttplogfetcher.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace bridge {

void PreviewCommand::start()
{
    if (!resolveSettings())
        return;

    const QList<TimeWindow> windows
            = WindowPlanner::split(m_options.from, m_options.to, maxWindowSeconds);
    for (const LogType type : std::as_const(m_settings.logTypes)) {
        for (const TimeWindow &window : windows)
            m_windows.append({type, window});
    }

    if (std::optional<ThreatMappingTable> table = loadMappingOverride())
        m_processor = RecordProcessor(*table);

    loadCredentials([this](const MimecastCredentials &credentials) {
        m_client = createClient(credentials);
        startNextWindow();
    });
}

void PreviewCommand::startNextWindow()
{
    if (m_windows.isEmpty()) {
        printResults();
        return;
    }

    const auto [type, window] = m_windows.takeFirst();
    TtpLogFetcher::Options fetchOptions;
    fetchOptions.pageSize = m_settings.pageSize;
    fetchOptions.backoff = backoffPolicy();

    m_fetcher = new TtpLogFetcher(m_client, type, window.from, window.to, fetchOptions, this);
    connect(m_fetcher, &TtpLogFetcher::pageReceived, this, &PreviewCommand::acceptPage);
    connect(m_fetcher, &TtpLogFetcher::windowRestarted, this, &PreviewCommand::discardWindow);
    connect(m_fetcher, &TtpLogFetcher::waiting, this,
            [this](LogType waitingType, const QDateTime &until, const MimecastError &cause) {
                const QString time = until.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
                if (cause.kind == MimecastError::Kind::RateLimited) {
                    printError(QCoreApplication::translate("PreviewCommand",
                                                           "%1: rate limited until %2.")
                                       .arg(logTypeName(waitingType), time));
                } else {
                    printError(
                            QCoreApplication::translate("PreviewCommand", "%1: %2 Retrying at %3.")
                                    .arg(logTypeName(waitingType), cause.message, time));
                }
            });
    connect(m_fetcher, &TtpLogFetcher::finished, this, [this](LogType) {
        m_total.pages += m_fetcher->summary().pages;
        m_total.fetched += m_window.fetched;
        m_total.rejected += m_window.rejected;
        m_total.clean += m_window.clean;
        for (const NormalizedAlert &alert : std::as_const(m_windowAlerts)) {
            if (!m_keys.contains(alert.key)) {
                m_keys.insert(alert.key);
                m_alerts.append(alert);
            }
        }
        m_windowAlerts.clear();
        m_window = Counters();
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
        startNextWindow();
    });
    connect(m_fetcher, &TtpLogFetcher::failed, this,
            [this](LogType failedType, const MimecastError &error) {
                m_error = error;
                printError(QCoreApplication::translate("PreviewCommand", "%1: %2")
                                   .arg(logTypeName(failedType), error.message));
                m_windows.clear();
                m_windowAlerts.clear();
                printResults();
            });
    m_fetcher->start();
}

void PreviewCommand::acceptPage(LogType type, const QList<PageElement> &elements)
{
    for (const PageElement &element : elements) {
        ++m_window.fetched;
        const RecordOutcome outcome = m_processor.process(type, element);
        switch (outcome.kind) {
        case RecordOutcome::Kind::Alert:
            m_windowAlerts.append(outcome.alert);
            break;
        case RecordOutcome::Kind::Clean:
            ++m_window.clean;
            break;
        case RecordOutcome::Kind::Rejected:
            ++m_window.rejected;
            if (m_options.verbose) {
                printError(QCoreApplication::translate("PreviewCommand", "Rejected %1 record: %2")
                                   .arg(logTypeName(type), outcome.rejection.message()));
            }
            break;
        }
    }
}

void PreviewCommand::discardWindow()
{
    m_windowAlerts.clear();
    m_window = Counters();
}

void PreviewCommand::printResults()
{
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const NormalizedAlert &left, const NormalizedAlert &right) {
                         return left.eventTime < right.eventTime;
                     });

    if (m_options.format == PreviewFormat::Table) {
        printTable();
    } else {
        for (const NormalizedAlert &alert : std::as_const(m_alerts))
            out() << QString::fromUtf8(alert.toCompactJson()) << QLatin1Char('\n');
    }
    out().flush();

    // A fixed, untranslated format: scripts read this line.
    err() << QStringLiteral("summary: pages=%1 calls=%2 fetched=%3 rejected=%4 clean=%5 alerts=%6")
                     .arg(m_total.pages)
                     .arg(m_client ? m_client->callCount() : 0)
                     .arg(m_total.fetched)
                     .arg(m_total.rejected)
                     .arg(m_total.clean)
                     .arg(m_alerts.size())
          << Qt::endl;

    finish(m_error.isError() ? m_error.exitCode() : ExitSuccess);
}

void PreviewCommand::printTable()
{
    const QStringList headers = {
            QCoreApplication::translate("PreviewCommand", "Time"),
            QCoreApplication::translate("PreviewCommand", "Category"),
            QCoreApplication::translate("PreviewCommand", "Alert type"),
            QCoreApplication::translate("PreviewCommand", "Threat"),
            QCoreApplication::translate("PreviewCommand", "Severity"),
            QCoreApplication::translate("PreviewCommand", "Sender"),
            QCoreApplication::translate("PreviewCommand", "Recipient"),
            QCoreApplication::translate("PreviewCommand", "Subject / detail"),
    };
    const QList<int> widths = {20, 13, 32, 10, 10, 28, 28, 40};

    const auto printRow = [this, &widths](const QStringList &cells) {
        QString line;
        for (int column = 0; column < cells.size(); ++column) {
            QString cell = cells.at(column).simplified();
            const int width = widths.at(column);
            if (cell.size() > width)
                cell = cell.left(width - 1) + u'…';
            line += column + 1 < cells.size() ? cell.leftJustified(width + 1) : cell;
        }
        out() << line << QLatin1Char('\n');
    };

    printRow(headers);
    const QLocale locale;
    for (const NormalizedAlert &alert : std::as_const(m_alerts)) {
        const QString subject
                = alert.subject.isEmpty() ? alert.detail : alert.subject + u" / " + alert.detail;
        printRow({locale.toString(alert.eventTime.toLocalTime(), QLocale::ShortFormat),
                  logTypeName(alert.category), alert.alertType, alert.threatId,
                  severityName(alert.severity), alert.sender, alert.recipient, subject});
    }
}

} // namespace bridge
