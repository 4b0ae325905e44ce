#include "mimecastsimulator.h"

#include "mimecastreplies.h"
#include "simulatorlogging.h"

#include <QDir>
#include <QJsonDocument>
#include <QUuid>

namespace bridge {

namespace {

constexpr qsizetype maxRequestLogSize = 10000;
constexpr int rateLimitPerWindow = 1000;
constexpr qint64 rateWindowMs = 60 * 1000;
constexpr qint64 recordsBeforeNowSeconds = 5 * 60;

const QString controlPrefix = QStringLiteral("/_simulator/");

HttpResponse notFound()
{
    HttpResponse response;
    response.status = 404;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.body = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                    "<body><h1>Not Found</h1><p>The requested URL was not found on this "
                    "server.</p></body></html>\n";
    return response;
}

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response
            = HttpResponse::json(405,
                                 flatFailBody(QStringLiteral("method_not_allowed"),
                                              QStringLiteral("Method not allowed; use %1")
                                                      .arg(QString::fromLatin1(allowed))));
    response.setHeader("Allow", allowed);
    return response;
}

HttpResponse controlError(int status, const QString &message)
{
    const QJsonObject body {{QStringLiteral("error"), message}};
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::optional<LogType> logTypeOfPath(const QString &path)
{
    for (const LogType type : allLogTypes) {
        if (logEndpointPath(type) == path)
            return type;
    }
    return std::nullopt;
}

} // namespace

MimecastSimulator::MimecastSimulator(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
{
    m_server->setHandler([this](const HttpRequest &request, HttpResponder &responder) {
        handleRequest(request, responder);
    });
}

MimecastSimulator::~MimecastSimulator() = default;

bool MimecastSimulator::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSimulator) << "Mimecast simulator cannot listen on 127.0.0.1 port" << port
                               << ":" << m_server->errorString();
        return false;
    }
    qCInfo(lcSimulator).noquote() << "Mimecast simulator listening on" << baseUrl().toString();
    return true;
}

void MimecastSimulator::close()
{
    m_server->close();
}

QString MimecastSimulator::errorString() const
{
    return m_server->errorString();
}

QUrl MimecastSimulator::baseUrl() const
{
    if (!m_server->isListening())
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void MimecastSimulator::setCredentials(const MimecastSimulatorCredentials &credentials)
{
    m_auth.setCredentials(credentials);
}

const MimecastSimulatorCredentials &MimecastSimulator::credentials() const
{
    return m_auth.credentials();
}

void MimecastSimulator::setTokenLifetime(int seconds)
{
    m_auth.setTokenLifetime(seconds);
}

int MimecastSimulator::tokenLifetime() const
{
    return m_auth.tokenLifetime();
}

void MimecastSimulator::revokeAllTokens()
{
    m_auth.revokeAllTokens();
}

QString MimecastSimulator::demoDataFolder()
{
    const QString folder = QStringLiteral(":/simulator/demo");
    return QDir(folder).exists() ? folder : QString();
}

bool MimecastSimulator::loadDataSet(const QString &folder, QString *error)
{
    if (!m_records.loadFolder(folder, error))
        return false;
    for (const LogType type : allLogTypes) {
        qCInfo(lcSimulator).nospace().noquote() << "Loaded " << m_records.count(type) << " "
                                                << logTypeName(type) << " records from " << folder;
    }
    return true;
}

void MimecastSimulator::setRecords(LogType type, const QList<QByteArray> &rawLines)
{
    m_records.setRecords(type, rawLines);
}

qsizetype MimecastSimulator::recordCount(LogType type) const
{
    return m_records.count(type);
}

void MimecastSimulator::shiftRecordTimes(qint64 seconds)
{
    for (const LogType type : allLogTypes)
        m_records.shiftTimes(type, seconds);
}

void MimecastSimulator::shiftRecordTimesToNow()
{
    const std::array<qint64, 3> shifts
            = m_records.shiftNewestTo(currentTime().addSecs(-recordsBeforeNowSeconds));
    for (const LogType type : allLogTypes) {
        qCInfo(lcSimulator).noquote() << "Shifted the" << logTypeName(type) << "record times by"
                                      << shifts[static_cast<std::size_t>(type)] << "seconds";
    }
}

int MimecastSimulator::heldRequestCount() const
{
    return m_server->heldRequestCount();
}

QDateTime MimecastSimulator::currentTime() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_faults.clockSkewSeconds);
}

void MimecastSimulator::handleRequest(const HttpRequest &request, HttpResponder &responder)
{
    const QString path = QString::fromUtf8(request.path);
    if (path.startsWith(controlPrefix)) {
        responder.send(handleControlRequest(request).response);
        return;
    }

    QJsonObject entry {{QStringLiteral("time"), currentTime().toString(Qt::ISODate)},
                       {QStringLiteral("method"), QString::fromLatin1(request.method)},
                       {QStringLiteral("path"), path}};
    Reply reply = handleApiRequest(request, &entry);

    if (reply.hold) {
        entry.insert(QStringLiteral("status"), 0);
        record(entry);
        responder.hold();
        return;
    }

    HttpResponse &response = reply.response;
    response.setHeader("Date", formatHttpDate(currentTime()));
    response.setHeader("x-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    addRateLimitHeaders(&response);
    entry.insert(QStringLiteral("status"), response.status);
    record(entry);
    responder.send(response);
}

MimecastSimulator::Reply MimecastSimulator::handleApiRequest(const HttpRequest &request,
                                                             QJsonObject *entry)
{
    const QString path = QString::fromUtf8(request.path);
    const std::optional<LogType> type = logTypeOfPath(path);
    const bool known = type || path == u"/oauth/token"
            || path == u"/api/login/discover-authentication" || path == u"/api/account/get-account";
    if (!known)
        return {notFound()};
    if (request.method != "POST")
        return {methodNotAllowed("POST")};

    if (path == u"/oauth/token") {
        entry->insert(QStringLiteral("api"), QStringLiteral("2.0"));
        return {m_auth.issueToken(request, currentTime(), m_faults.rejectClientCredentials)};
    }
    if (path == u"/api/login/discover-authentication")
        return {handleDiscovery(request)};
    return handleDataCall(request, type, entry);
}

HttpResponse MimecastSimulator::handleDiscovery(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString email = body.value(QStringLiteral("data"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("emailAddress"))
                                  .toString();
    if (email.isEmpty()) {
        return HttpResponse::json(200,
                                  errorsFailBody(200,
                                                 {QStringLiteral("err_validation_blank"),
                                                  QStringLiteral("emailAddress is required"), false,
                                                  QStringLiteral("emailAddress")}));
    }
    return HttpResponse::json(200, discoveryBody(email, baseUrl().toString()));
}

MimecastSimulator::Reply MimecastSimulator::handleControlRequest(const HttpRequest &request)
{
    const QString path = QString::fromUtf8(request.path);
    const auto faultsReply = [this] {
        return HttpResponse::json(
                200, QJsonDocument(faultsToJson(m_faults)).toJson(QJsonDocument::Compact));
    };

    if (path == u"/_simulator/faults") {
        if (request.method == "GET")
            return {faultsReply()};
        if (request.method == "DELETE") {
            m_faults = MimecastFaults();
            qCInfo(lcSimulator) << "Fault switches reset";
            return {faultsReply()};
        }
        if (request.method != "POST")
            return {methodNotAllowed("GET, POST, DELETE")};

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return {controlError(400,
                                 QStringLiteral("The body must be a JSON object of fault "
                                                "switches"))};
        QString error;
        if (!applyFaultSettings(&m_faults, document.object(), &error))
            return {controlError(400, error)};
        qCInfo(lcSimulator).noquote()
                << "Fault switches changed:" << QString::fromUtf8(request.body);
        return {faultsReply()};
    }

    if (path == u"/_simulator/requests") {
        if (request.method == "DELETE")
            clearRequestLog();
        else if (request.method != "GET")
            return {methodNotAllowed("GET, DELETE")};
        return {HttpResponse::json(200,
                                   QJsonDocument(m_requestLog).toJson(QJsonDocument::Compact))};
    }

    return {notFound()};
}

void MimecastSimulator::addRateLimitHeaders(HttpResponse *response)
{
    if (response->hasHeader("X-RateLimit-Reset"))
        return;

    // One bucket of rateLimitPerWindow calls per minute, so clients see the headers change.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_rateWindowStart.isValid() || m_rateWindowStart.msecsTo(now) >= rateWindowMs) {
        m_rateWindowStart = now;
        m_rateWindowCalls = 0;
    }
    ++m_rateWindowCalls;

    int remaining = qMax(0, rateLimitPerWindow - m_rateWindowCalls);
    qint64 resetMs = rateWindowMs - m_rateWindowStart.msecsTo(now);
    if (m_faults.remainingZero && response->status == 200) {
        remaining = 0;
        resetMs = m_faults.rateLimitResetMs;
    }
    response->setHeader("X-RateLimit-Limit", QByteArray::number(rateLimitPerWindow));
    response->setHeader("X-RateLimit-Remaining", QByteArray::number(remaining));
    response->setHeader("X-RateLimit-Reset", QByteArray::number(resetMs));
}

void MimecastSimulator::record(QJsonObject entry)
{
    if (m_requestLog.size() >= maxRequestLogSize)
        m_requestLog.removeFirst();
    m_requestLog.append(entry);

    // Failed calls are logged at info level so that a developer can find why a client stopped.
    const int status = entry.value(QStringLiteral("status")).toInt();
    const QString summary = QStringLiteral("%1 %2 -> %3 %4")
                                    .arg(entry.value(QStringLiteral("method")).toString(),
                                         entry.value(QStringLiteral("path")).toString())
                                    .arg(status)
                                    .arg(entry.value(QStringLiteral("fault")).toString())
                                    .trimmed();
    if (status == 0 || status >= 400)
        qCInfo(lcSimulator).noquote() << summary;
    else
        qCDebug(lcSimulator).noquote() << summary;

    emit requestRecorded(entry);
}

} // namespace bridge
