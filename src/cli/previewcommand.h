#pragma once

#include "alert.h"
#include "commandbase.h"
#include "mimecasterror.h"
#include "recordprocessor.h"
#include "windowplanner.h"

#include <QJsonArray>
#include <QSet>

namespace bridge {

class MimecastClient;
class TtpLogFetcher;

// "preview": collects one time window of each enabled log type, cut into windows of at most
// 24 hours, and prints the alerts oldest first with a summary line on standard error.
class PreviewCommand : public CommandBase
{
    Q_OBJECT

public:
    using CommandBase::CommandBase;
    void start() override;

    // Maximum length of the window one get-logs paging run covers.
    static constexpr qint64 maxWindowSeconds = 24 * 60 * 60;

private:
    struct Counters
    {
        int pages = 0;
        int fetched = 0;
        int rejected = 0;
        int clean = 0;
    };

    void startNextWindow();
    void acceptPage(LogType type, const QList<PageElement> &elements);
    void discardWindow();
    void printResults();
    void printTable();

    MimecastClient *m_client = nullptr;
    RecordProcessor m_processor;
    QList<std::pair<LogType, TimeWindow>> m_windows;
    TtpLogFetcher *m_fetcher = nullptr;

    QList<NormalizedAlert> m_alerts;
    QSet<QString> m_keys;
    Counters m_total;

    // Results of the window in progress, merged into the totals only when it completes.
    QList<NormalizedAlert> m_windowAlerts;
    Counters m_window;
    MimecastError m_error;
};

} // namespace bridge
