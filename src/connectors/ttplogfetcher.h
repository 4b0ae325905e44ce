#pragma once

#include "backoffpolicy.h"
#include "logspagescan.h"
#include "logtype.h"
#include "mimecasterror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace bridge {

class MimecastClient;
struct MimecastReply;

// Pages through one time window of one TTP log with fixed from/to and oldestFirst, resending
// the filters with each page token. Paging ends when meta.pagination.next is absent, when two
// pages in a row have no records, when next repeats a token already sent in this window, or at
// maxPages.
// Rate limits wait for the server's reset time and retry the same page. Server errors, timeouts
// and invalid responses back off and restart the window from its first page.
class TtpLogFetcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageSize = 100; // 1 to 500
        int maxPages = 1000; // guard against a server that never stops paging
        BackoffPolicy backoff;
    };

    struct Summary
    {
        int pages = 0;
        int calls = 0;
        int elements = 0;
        bool pageLimitReached = false;
        bool repeatedToken = false;
    };

    TtpLogFetcher(MimecastClient *client, LogType type, const QDateTime &from, const QDateTime &to,
                  const Options &options, QObject *parent = nullptr);

    void start();
    void cancel();

    LogType logType() const { return m_type; }
    const Summary &summary() const { return m_summary; }

    // Builds the get-logs request body; pageToken may be empty for the first page.
    static QJsonObject requestBody(LogType type, const QDateTime &from, const QDateTime &to,
                                   int pageSize, const QString &pageToken);

signals:
    void pageReceived(bridge::LogType type, const QList<bridge::PageElement> &elements);
    // Everything delivered through pageReceived for this window must be discarded: paging
    // starts again from the first page.
    void windowRestarted(bridge::LogType type);
    void waiting(bridge::LogType type, const QDateTime &until, const bridge::MimecastError &cause);
    void finished(bridge::LogType type);
    void failed(bridge::LogType type, const bridge::MimecastError &error);

private:
    void requestPage();
    void handleReply(const MimecastReply &reply);
    void retryLater(const MimecastError &error, bool restartWindow);
    void fail(const MimecastError &error);

    QPointer<MimecastClient> m_client;
    LogType m_type;
    QDateTime m_from;
    QDateTime m_to;
    Options m_options;
    Summary m_summary;
    QString m_pageToken;
    QSet<QString> m_sentTokens;
    int m_failedAttempts = 0;
    qint64 m_pauseBeforeNextMs = 0;
    QTimer m_retryTimer;
    bool m_running = false;
    bool m_emptyPageSeen = false;
};

} // namespace bridge
