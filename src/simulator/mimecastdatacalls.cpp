// Data calls of the Mimecast simulator: get-account and get-logs, with their fault switches.

#include "mimecastsimulator.h"

#include "mimecastreplies.h"
#include "mimecasttime.h"
#include "simulatorlogging.h"

namespace bridge {

namespace {

// Decrements a fault counter and returns true when it was on.
bool consume(int *counter)
{
    if (*counter <= 0)
        return false;
    --*counter;
    return true;
}

HttpResponse gatewayNotFound()
{
    HttpResponse response;
    response.status = 404;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.body = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                    "<body><h1>Not Found</h1></body></html>\n";
    return response;
}

// NOTE: Mimecast documents only the headers of a 429, not its body. This body follows the shape
// of other endpoint failures.
HttpResponse rateLimited(const MimecastFaults &faults)
{
    HttpResponse response
            = HttpResponse::json(429,
                                 errorsFailBody(429,
                                                {QStringLiteral("err_rate_limit_exceeded"),
                                                 QStringLiteral("Rate limit exceeded"), true}));
    response.setHeader("X-RateLimit-Limit", "1000");
    response.setHeader("X-RateLimit-Remaining", "0");
    if (faults.rateLimitStyle == RateLimitStyle::GarbageReset)
        response.setHeader("X-RateLimit-Reset", "soon");
    else
        response.setHeader("X-RateLimit-Reset", QByteArray::number(faults.rateLimitResetMs));
    if (faults.rateLimitStyle == RateLimitStyle::RetryAfter)
        response.setHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
    return response;
}

HttpResponse htmlError(int status)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.body = htmlErrorPage(status);
    return response;
}

bool isSuccessfulJson(const HttpResponse &response)
{
    return response.status == 200 && response.header("Content-Type") == "application/json";
}

} // namespace

MimecastSimulator::Reply MimecastSimulator::handleDataCall(const HttpRequest &request,
                                                           std::optional<LogType> type,
                                                           QJsonObject *entry)
{
    if (type)
        entry->insert(QStringLiteral("logType"), logTypeName(*type));

    const AuthCheckResult auth = m_auth.check(request, currentTime(), m_faults.rejectSignatures);
    if (auth.version != MimecastApiVersion::Unknown) {
        const QString version = auth.version == MimecastApiVersion::V1 ? QStringLiteral("1.0")
                                                                       : QStringLiteral("2.0");
        entry->insert(QStringLiteral("api"), version);
    }
    if (!auth.accepted)
        return {auth.rejection};

    if (type && m_faults.forbiddenTypes.contains(*type)) {
        entry->insert(QStringLiteral("fault"), QStringLiteral("forbidden-types"));
        return {HttpResponse::json(
                403,
                errorsFailBody(403,
                               {QStringLiteral("err_xdk_operation_forbidden"),
                                QStringLiteral("Forbidden To Perform Operation"), false}))};
    }

    if (std::optional<Reply> faulted = takeCountedFault(type, entry))
        return *faulted;

    HttpResponse response = type ? servePage(*type, request, auth, entry)
                                 : HttpResponse::json(200, accountBody());

    if (isSuccessfulJson(response) && consume(&m_faults.truncatedJsonCount)) {
        entry->insert(QStringLiteral("fault"), QStringLiteral("truncated-json"));
        response.body.truncate(response.body.size() / 2);
    }
    return {response};
}

std::optional<MimecastSimulator::Reply>
MimecastSimulator::takeCountedFault(std::optional<LogType> type, QJsonObject *entry)
{
    const auto faulted = [entry](const QString &name, const HttpResponse &response) {
        entry->insert(QStringLiteral("fault"), name);
        return Reply {response, false};
    };

    if (consume(&m_faults.notFoundCount))
        return faulted(QStringLiteral("not-found"), gatewayNotFound());

    if (consume(&m_faults.bindingExpiredCount)) {
        return faulted(
                QStringLiteral("binding-expired"),
                HttpResponse::json(418,
                                   signatureFailBody(418,
                                                     {QStringLiteral("err_xdk_binding_expired"),
                                                      QStringLiteral("Binding expired"), false})));
    }

    if (consume(&m_faults.rateLimitCount))
        return faulted(QStringLiteral("rate-limit"), rateLimited(m_faults));

    if (consume(&m_faults.serverErrorCount)) {
        const int status = m_faults.serverErrorStatus;
        return faulted(QStringLiteral("server-error"),
                       HttpResponse::json(
                               status,
                               errorsFailBody(status,
                                              {QStringLiteral("err_server_error"),
                                               QStringLiteral("Simulated server error"), true})));
    }

    if (consume(&m_faults.hangCount)) {
        entry->insert(QStringLiteral("fault"), QStringLiteral("hang"));
        return Reply {HttpResponse(), true};
    }

    if (consume(&m_faults.htmlErrorCount))
        return faulted(QStringLiteral("html-error"), htmlError(m_faults.htmlErrorStatus));

    // Truncated JSON is applied to the finished body, so it comes after the normal response.

    if (consume(&m_faults.metaStatusCount)) {
        return faulted(QStringLiteral("meta-status"),
                       HttpResponse::json(200, metaStatusBody(m_faults.metaStatusCode, type)));
    }

    return std::nullopt;
}

HttpResponse MimecastSimulator::servePage(LogType type, const HttpRequest &request,
                                          const AuthCheckResult &auth, QJsonObject *entry)
{
    RequestError error;
    const std::optional<LogQuery> query
            = parseLogQuery(type, request.body, currentTime(), m_pageTokens, &error);
    if (!query) {
        entry->insert(QStringLiteral("error"), error.code);
        const int status = error.code == u"err_validation_malformed_request" ? 400 : 200;
        return HttpResponse::json(
                status, errorsFailBody(status, {error.code, error.message, false, error.field}));
    }

    entry->insert(QStringLiteral("pageSize"), query->pageSize);
    entry->insert(QStringLiteral("pageToken"), query->pageToken);
    entry->insert(QStringLiteral("pageOffset"), query->offset);
    entry->insert(QStringLiteral("from"), formatMimecastTime(query->from));
    entry->insert(QStringLiteral("to"), formatMimecastTime(query->to));
    entry->insert(QStringLiteral("oldestFirst"), query->oldestFirst);

    const QList<MimecastRecord> &records = m_records.records(type);
    const QList<qsizetype> selected
            = selectRecords(records, query->from, query->to, query->oldestFirst);
    const QList<qsizetype> page = selected.mid(query->offset, query->pageSize);
    const qint64 nextOffset = query->offset + page.size();

    PagePosition position {type, nextOffset, query->from.toMSecsSinceEpoch(),
                           query->to.toMSecsSinceEpoch(), query->oldestFirst};
    LogPageContent content;
    content.totalCount = selected.size();
    if (nextOffset < selected.size())
        content.next = m_pageTokens.encode(position);
    for (const qsizetype index : page)
        content.rawRecords.append(records.at(index).raw);

    const int pageNumber = static_cast<int>(query->offset / query->pageSize) + 1;
    if (consume(&m_faults.emptyPageCount)) {
        entry->insert(QStringLiteral("fault"), QStringLiteral("empty-page"));
        content.rawRecords.clear();
        content.emptyData = m_faults.emptyPageStyle == EmptyPageStyle::EmptyData;
        position.offset = query->offset;
        content.next = m_pageTokens.encode(position);
    } else if (m_faults.failPage == pageNumber && consume(&m_faults.failPageCount)) {
        entry->insert(QStringLiteral("fault"), QStringLiteral("fail-page"));
        content.failure = SimulatedFailure {m_faults.failCode, m_faults.failMessage,
                                            m_faults.failRetryable, QString()};
        content.next = m_pageTokens.encode(position);
    }

    if (m_faults.repeatNextToken && !content.next.isEmpty() && !query->pageToken.isEmpty()) {
        entry->insert(QStringLiteral("fault"), QStringLiteral("repeat-next"));
        content.next = query->pageToken;
    }

    if (auth.version == MimecastApiVersion::V2 && consume(&m_faults.expireTokenAfterPages)
        && m_faults.expireTokenAfterPages == 0) {
        entry->insert(QStringLiteral("fault"), QStringLiteral("expire-token-after-pages"));
        m_auth.revokeToken(auth.accessToken);
        qCInfo(lcSimulator) << "Revoked an API 2.0 access token after the configured pages";
    }

    entry->insert(QStringLiteral("recordCount"), content.rawRecords.size());
    entry->insert(QStringLiteral("hasNext"), !content.next.isEmpty());
    return HttpResponse::json(200, logPageBody(type, content));
}

} // namespace bridge
