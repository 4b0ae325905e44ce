#include "ttplogfetcher.h"

#include "connectorslogging.h"
#include "mimecastclient.h"
#include "mimecasttime.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace bridge {

namespace {

// Wait used when a 429 carries no readable reset time.
constexpr qint64 fallbackRateLimitWaitMs = 1000;

} // namespace

TtpLogFetcher::TtpLogFetcher(MimecastClient *client, LogType type, const QDateTime &from,
                             const QDateTime &to, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_type(type)
    , m_from(from)
    , m_to(to)
    , m_options(options)
{
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 500);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, and a rate-limit wait must never be shortened.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &TtpLogFetcher::requestPage);
}

QJsonObject TtpLogFetcher::requestBody(LogType type, const QDateTime &from, const QDateTime &to,
                                       int pageSize, const QString &pageToken)
{
    QJsonObject pagination {{QStringLiteral("pageSize"), pageSize}};
    if (!pageToken.isEmpty())
        pagination.insert(u"pageToken", pageToken);

    QJsonObject filters {{QStringLiteral("from"), formatMimecastTime(from)},
                         {QStringLiteral("to"), formatMimecastTime(to)},
                         {QStringLiteral("oldestFirst"), true}};
    // Ask for every result so the clean filter runs here and the counts stay honest.
    if (type == LogType::Url) {
        filters.insert(u"route", QStringLiteral("all"));
        filters.insert(u"scanResult", QStringLiteral("all"));
    } else if (type == LogType::Attachment) {
        filters.insert(u"route", QStringLiteral("all"));
        filters.insert(u"result", QStringLiteral("all"));
    }

    return QJsonObject {
            {QStringLiteral("meta"), QJsonObject {{QStringLiteral("pagination"), pagination}}},
            {QStringLiteral("data"), QJsonArray {filters}}};
}

void TtpLogFetcher::start()
{
    m_running = true;
    m_pageToken.clear();
    m_sentTokens.clear();
    m_emptyPageSeen = false;
    m_summary = Summary();
    requestPage();
}

void TtpLogFetcher::cancel()
{
    m_running = false;
    m_retryTimer.stop();
}

void TtpLogFetcher::requestPage()
{
    if (!m_running || !m_client)
        return;

    if (m_pauseBeforeNextMs > 0) {
        const qint64 pause = std::exchange(m_pauseBeforeNextMs, 0);
        qCInfo(lcMimecast) << logTypeName(m_type) << "no calls left in the rate-limit bucket,"
                           << "pausing" << pause << "ms";
        MimecastError cause;
        cause.kind = MimecastError::Kind::RateLimited;
        emit waiting(m_type, QDateTime::currentDateTimeUtc().addMSecs(pause), cause);
        m_retryTimer.start(int(std::min<qint64>(pause, std::numeric_limits<int>::max())));
        return;
    }

    if (!m_pageToken.isEmpty())
        m_sentTokens.insert(m_pageToken);
    ++m_summary.calls;
    const QJsonObject body = requestBody(m_type, m_from, m_to, m_options.pageSize, m_pageToken);

    QPointer<TtpLogFetcher> self(this);
    m_client->post(logEndpointPath(m_type), body, m_type, [self](const MimecastReply &reply) {
        if (self)
            self->handleReply(reply);
    });
}

void TtpLogFetcher::handleReply(const MimecastReply &reply)
{
    if (!m_running)
        return;

    const MimecastError &error = reply.error;
    if (error.kind == MimecastError::Kind::RateLimited) {
        retryLater(error, false);
        return;
    }
    if (error.kind == MimecastError::Kind::RequestFailed && error.retryable) {
        retryLater(error, false);
        return;
    }
    if (error.isError() && error.retryable) {
        retryLater(error, true);
        return;
    }
    if (error.isError()) {
        fail(error);
        return;
    }

    m_failedAttempts = 0;
    if (reply.rateLimit.remaining == 0 && reply.rateLimit.resetMs > 0)
        m_pauseBeforeNextMs = reply.rateLimit.resetMs;

    const LogsPage &page = reply.logs;
    ++m_summary.pages;
    m_summary.elements += int(page.elements.size());
    qCInfo(lcMimecast) << logTypeName(m_type) << "page" << m_summary.pages << "with"
                       << page.elements.size() << "records";
    if (!page.elements.isEmpty())
        emit pageReceived(m_type, page.elements);

    if (page.nextToken.isEmpty()) {
        m_running = false;
        emit finished(m_type);
        return;
    }
    if (page.elements.isEmpty()) {
        // Real final pages can be empty and still carry a next token. One more page is asked
        // for before stopping, so that an empty page in the middle of a window does not end it
        // early and let the checkpoint pass records that were never fetched.
        if (m_emptyPageSeen) {
            m_running = false;
            emit finished(m_type);
            return;
        }
        m_emptyPageSeen = true;
    } else {
        m_emptyPageSeen = false;
    }
    if (page.nextToken == m_pageToken || m_sentTokens.contains(page.nextToken)) {
        qCWarning(lcMimecast) << logTypeName(m_type)
                              << "the server repeated a page token already sent; paging of this "
                                 "window ends here";
        m_summary.repeatedToken = true;
        m_running = false;
        emit finished(m_type);
        return;
    }
    if (m_summary.pages >= m_options.maxPages) {
        qCWarning(lcMimecast) << logTypeName(m_type) << "stopped after" << m_summary.pages
                              << "pages, the maximum for one window";
        m_summary.pageLimitReached = true;
        m_running = false;
        emit finished(m_type);
        return;
    }

    m_pageToken = page.nextToken;
    requestPage();
}

void TtpLogFetcher::retryLater(const MimecastError &error, bool restartWindow)
{
    // m_failedAttempts calls of this page have been sent and failed; the retry would be the next.
    ++m_failedAttempts;
    if (!m_options.backoff.allowsAttempt(m_failedAttempts + 1)) {
        MimecastError final = error;
        final.message
                = QCoreApplication::translate("TtpLogFetcher", "%1 Gave up after %n attempt(s).",
                                              nullptr, m_failedAttempts)
                          .arg(error.message);
        fail(final);
        return;
    }

    qint64 delay = m_options.backoff.delayForAttempt(m_failedAttempts);
    if (error.kind == MimecastError::Kind::RateLimited) {
        // The reset header is in milliseconds; it is waited out in full, never shortened.
        delay = error.retryAfterMs >= 0 ? std::max(error.retryAfterMs, fallbackRateLimitWaitMs)
                                        : std::max(fallbackRateLimitWaitMs, delay);
    }

    if (restartWindow) {
        m_pageToken.clear();
        m_sentTokens.clear();
        m_emptyPageSeen = false;
        m_summary.pages = 0;
        m_summary.elements = 0;
        emit windowRestarted(m_type);
    }

    qCInfo(lcMimecast).nospace() << logTypeName(m_type) << ": " << error.kindName() << ", retry "
                                 << m_failedAttempts << " in " << delay << " ms"
                                 << (restartWindow ? " from the first page" : "");
    emit waiting(m_type, QDateTime::currentDateTimeUtc().addMSecs(delay), error);
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void TtpLogFetcher::fail(const MimecastError &error)
{
    m_running = false;
    emit failed(m_type, error);
}

} // namespace bridge
