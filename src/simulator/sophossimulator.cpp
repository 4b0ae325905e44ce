#include "sophossimulator.h"

#include "simulatorlogging.h"
#include "sophosreplies.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace bridge {

namespace {

constexpr qsizetype maxRequestLogSize = 10000;

const QString controlPrefix = QStringLiteral("/_simulator/");

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

HttpResponse controlError(int status, const QString &message)
{
    return HttpResponse::json(status, compact(QJsonObject {{QStringLiteral("error"), message}}));
}

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response = sophosGatewayError(
            405, QStringLiteral("Method not allowed; use %1").arg(QString::fromLatin1(allowed)));
    response.setHeader("Allow", allowed);
    return response;
}

// Returns the methods an API path accepts, or an empty list for an unknown path.
QList<QByteArray> allowedMethods(const QString &path)
{
    static const QRegularExpression casePath(QStringLiteral("^/cases/v1/cases/[^/]+$"));
    if (path == u"/api/v2/oauth2/token" || path == u"/ingest")
        return {"POST"};
    if (path == u"/cases/v1/cases")
        return {"GET", "POST"};
    if (path == u"/whoami/v1" || path == u"/partner/v1/tenants"
        || path == u"/organization/v1/tenants" || casePath.match(path).hasMatch())
        return {"GET"};
    return {};
}

} // namespace

SophosSimulator::SophosSimulator(QObject *parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
    , m_tenants(demoSophosTenants(3))
{
    m_server->setHandler([this](const HttpRequest &request, HttpResponder &responder) {
        handleRequest(request, responder);
    });
}

SophosSimulator::~SophosSimulator() = default;

bool SophosSimulator::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSimulator) << "Sophos simulator cannot listen on 127.0.0.1 port" << port << ":"
                               << m_server->errorString();
        return false;
    }
    qCInfo(lcSimulator).noquote() << "Sophos simulator listening on" << baseUrl().toString()
                                  << "as a" << sophosIdTypeName(m_idType) << "credential with"
                                  << m_tenants.size() << "tenants";
    return true;
}

void SophosSimulator::close()
{
    m_server->close();
}

QString SophosSimulator::errorString() const
{
    return m_server->errorString();
}

QUrl SophosSimulator::baseUrl() const
{
    if (!m_server->isListening())
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void SophosSimulator::setCredentials(const SophosSimulatorCredentials &credentials)
{
    m_credentials = credentials;
    revokeAllTokens();
}

void SophosSimulator::setTokenLifetime(int seconds)
{
    m_tokenLifetimeSeconds = qMax(1, seconds);
}

QString SophosSimulator::callerId() const
{
    if (m_idType == SophosIdType::Tenant)
        return m_tenants.constFirst().id;
    return demo::sophosCallerId();
}

void SophosSimulator::setTenantCount(int count)
{
    m_tenants = demoSophosTenants(qMax(1, count));
}

void SophosSimulator::setTenantPageSize(int size)
{
    m_tenantPageSize = qMax(1, size);
}

QJsonObject SophosSimulator::receivedJson() const
{
    QJsonObject casesByTenant;
    for (const QString &tenantId : m_cases.tenantIds()) {
        QJsonArray tenantCases;
        for (const QJsonObject &stored : m_cases.cases(tenantId))
            tenantCases.append(stored);
        casesByTenant.insert(tenantId, tenantCases);
    }
    const QJsonObject ingest {{QStringLiteral("requests"), m_ingestRequestCount},
                              {QStringLiteral("items"), m_ingestedItems}};
    return {{QStringLiteral("cases"), casesByTenant}, {QStringLiteral("ingest"), ingest}};
}

void SophosSimulator::clearReceived()
{
    m_cases.clear();
    m_ingestedItems = QJsonArray();
    m_ingestRequestCount = 0;
}

int SophosSimulator::heldRequestCount() const
{
    return m_server->heldRequestCount();
}

void SophosSimulator::handleRequest(const HttpRequest &request, HttpResponder &responder)
{
    const QString path = QString::fromUtf8(request.path);
    if (path.startsWith(controlPrefix)) {
        responder.send(handleControlRequest(request).response);
        return;
    }

    QJsonObject entry {
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("path"), path}};
    const QByteArray tenantId = request.header("x-tenant-id");
    if (!tenantId.isEmpty())
        entry.insert(QStringLiteral("tenant"), QString::fromUtf8(tenantId));

    const Reply reply = handleApiRequest(request, &entry);
    if (reply.hold) {
        entry.insert(QStringLiteral("status"), 0);
        record(entry);
        responder.hold();
        return;
    }
    entry.insert(QStringLiteral("status"), reply.response.status);
    record(entry);
    responder.send(reply.response);
}

SophosSimulator::Reply SophosSimulator::handleApiRequest(const HttpRequest &request,
                                                         QJsonObject *entry)
{
    const QString path = QString::fromUtf8(request.path);
    const QList<QByteArray> allowed = allowedMethods(path);
    if (allowed.isEmpty())
        return {sophosGatewayError(404, QStringLiteral("No API at %1").arg(path))};
    if (!allowed.contains(request.method))
        return {methodNotAllowed(allowed.join(", "))};

    if (path == u"/api/v2/oauth2/token")
        return {issueToken(request)};
    if (path == u"/ingest")
        return handleIngest(request, entry);

    const QByteArray authorization = request.header("authorization");
    const QString token = authorization.startsWith("Bearer ")
            ? QString::fromLatin1(authorization.mid(7).trimmed())
            : QString();
    if (!isValidToken(token)) {
        return {sophosGatewayError(401,
                                   QStringLiteral("The access token is missing, expired or not "
                                                  "valid; request a new one"))};
    }

    if (const std::optional<FaultHit> fault = takeDataCallFault(true)) {
        entry->insert(QStringLiteral("fault"), fault->name);
        if (fault->name == u"sophos-reject-token")
            m_tokenExpiry.remove(token);
        HttpResponse response = sophosGatewayError(fault->status, fault->message);
        applyRetryAfter(&response);
        return {response};
    }

    if (path == u"/whoami/v1")
        return {handleWhoAmI()};
    if (path == u"/partner/v1/tenants")
        return {handleTenantList(request, SophosIdType::Partner)};
    if (path == u"/organization/v1/tenants")
        return {handleTenantList(request, SophosIdType::Organization)};
    const QString caseId = path.section(u'/', 4);
    return handleCaseCall(request, caseId, entry);
}

SophosSimulator::Reply SophosSimulator::handleControlRequest(const HttpRequest &request)
{
    const QString path = QString::fromUtf8(request.path);

    if (path == u"/_simulator/sophos/faults") {
        if (request.method == "DELETE") {
            m_faults = SophosFaults();
            qCInfo(lcSimulator) << "Sophos fault switches reset";
        } else if (request.method == "POST") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            if (!document.isObject()) {
                return {controlError(400,
                                     QStringLiteral("The body must be a JSON object of Sophos "
                                                    "fault switches"))};
            }
            QString error;
            if (!applySophosFaultSettings(&m_faults, document.object(), &error))
                return {controlError(400, error)};
            qCInfo(lcSimulator).noquote()
                    << "Sophos fault switches changed:" << QString::fromUtf8(request.body);
        } else if (request.method != "GET") {
            return {methodNotAllowed("GET, POST, DELETE")};
        }
        return {HttpResponse::json(200, compact(sophosFaultsToJson(m_faults)))};
    }

    if (path == u"/_simulator/sophos/requests") {
        if (request.method == "DELETE")
            clearRequestLog();
        else if (request.method != "GET")
            return {methodNotAllowed("GET, DELETE")};
        return {HttpResponse::json(200, compact(m_requestLog))};
    }

    if (path == u"/_simulator/sophos/received") {
        if (request.method == "DELETE")
            clearReceived();
        else if (request.method != "GET")
            return {methodNotAllowed("GET, DELETE")};
        return {HttpResponse::json(200, compact(receivedJson()))};
    }

    return {controlError(404, QStringLiteral("No control endpoint at %1").arg(path))};
}

void SophosSimulator::record(QJsonObject entry)
{
    if (m_requestLog.size() >= maxRequestLogSize)
        m_requestLog.removeFirst();
    m_requestLog.append(entry);

    // Failed and held calls are logged at info level so that a developer can tell why a client
    // stopped.
    const int status = entry.value(QStringLiteral("status")).toInt();
    QString summary = QStringLiteral("Sophos %1 %2 -> %3")
                              .arg(entry.value(QStringLiteral("method")).toString(),
                                   entry.value(QStringLiteral("path")).toString())
                              .arg(status);
    const QString tenant = entry.value(QStringLiteral("tenant")).toString();
    if (!tenant.isEmpty())
        summary += u" tenant " + tenant;
    const QString fault = entry.value(QStringLiteral("fault")).toString();
    if (!fault.isEmpty())
        summary += u" fault " + fault;
    if (status == 0 || status >= 400)
        qCInfo(lcSimulator).noquote() << summary;
    else
        qCDebug(lcSimulator).noquote() << summary;

    emit requestRecorded(entry);
}

} // namespace bridge
