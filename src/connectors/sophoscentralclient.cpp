#include "sophoscentralclient.h"

#include "replytimeout.h"
#include "sophoslogging.h"
#include "urlpolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace bridge {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct SophosCentralClient::Call
{
    QByteArray method;
    QUrl url;
    QString path; // without the query, for logs and messages
    HeaderList headers;
    QByteArray body;
    ReplyCallback callback;
    bool renewedToken = false;
};

namespace {

QUrl joinUrl(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    return url;
}

QString identityUrlError(const QUrl &url, QStringView label)
{
    const QString problem = validateServiceUrl(url);
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("SophosCentralClient", "%1: %2").arg(label, problem);
}

} // namespace

QString SophosIdentity::typeName() const
{
    switch (type) {
    case Type::Tenant:
        return QStringLiteral("tenant");
    case Type::Partner:
        return QStringLiteral("partner");
    case Type::Organization:
        return QStringLiteral("organization");
    }
    return {};
}

QUrl normaliseSophosApiHost(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    // NOTE: Sophos's published who-am-I sample lists its hosts with http://; the real service
    // is reached over https, so plain http is kept only for loopback test servers.
    if (url.scheme() == u"http" && !isLoopbackHost(url.host()))
        url.setScheme(QStringLiteral("https"));
    return url;
}

SophosCentralClient::SophosCentralClient(QNetworkAccessManager *network,
                                         const SophosEndpoints &endpoints,
                                         const SophosCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(endpoints)
    , m_tokens(new SophosTokenProvider(network, endpoints.identityUrl, credentials, this))
{
    m_configurationError = identityUrlError(
            endpoints.identityUrl,
            QCoreApplication::translate("SophosCentralClient", "Sophos identity URL"));
    if (m_configurationError.isEmpty()) {
        m_configurationError = identityUrlError(
                endpoints.apiUrl,
                QCoreApplication::translate("SophosCentralClient", "Sophos Central API URL"));
    }
}

void SophosCentralClient::setTransferTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    m_tokens->setTransferTimeout(milliseconds);
}

void SophosCentralClient::whoami(const IdentityCallback &callback)
{
    const QString apiHost = m_endpoints.apiUrl.host();
    get(m_endpoints.apiUrl, QStringLiteral("/whoami/v1"), QUrlQuery(), {},
        [callback, apiHost](const Reply &reply) {
            SophosIdentity identity;
            if (reply.error.isError()) {
                callback(reply.error, identity);
                return;
            }
            const QJsonObject hosts = reply.body.value(u"apiHosts").toObject();
            const QString type = reply.body.value(u"idType").toString();
            identity.id = reply.body.value(u"id").toString();
            identity.globalUrl = normaliseSophosApiHost(hosts.value(u"global").toString());
            identity.dataRegionUrl = normaliseSophosApiHost(hosts.value(u"dataRegion").toString());
            if (type == u"partner")
                identity.type = SophosIdentity::Type::Partner;
            else if (type == u"organization")
                identity.type = SophosIdentity::Type::Organization;

            const bool knownType
                    = type == u"tenant" || type == u"partner" || type == u"organization";
            const bool hostsPresent = identity.type == SophosIdentity::Type::Tenant
                    ? !identity.dataRegionUrl.host().isEmpty()
                    : !identity.globalUrl.host().isEmpty();
            if (identity.id.isEmpty() || !knownType || !hostsPresent) {
                callback(
                        invalidSophosResponse(200, apiHost, QStringLiteral("/whoami/v1"),
                                              QCoreApplication::translate(
                                                      "SophosCentralClient",
                                                      "id, idType or apiHosts missing or unknown")),
                        SophosIdentity());
                return;
            }
            callback(SophosError(), identity);
        });
}

void SophosCentralClient::listTenants(const SophosIdentity &identity,
                                      const TenantsCallback &callback)
{
    if (identity.type == SophosIdentity::Type::Tenant) {
        SophosTenantInfo self;
        self.id = identity.id;
        self.apiHost = identity.dataRegionUrl;
        QTimer::singleShot(0, this, [callback, self] { callback(SophosError(), {self}); });
        return;
    }

    const bool partner = identity.type == SophosIdentity::Type::Partner;
    const QString path = partner ? QStringLiteral("/partner/v1/tenants")
                                 : QStringLiteral("/organization/v1/tenants");
    const QByteArray idHeader = partner ? "X-Partner-ID" : "X-Organization-ID";
    // Page-number paging: the first call requests the page count, then pages 2..total follow.
    QUrlQuery firstQuery;
    firstQuery.addQueryItem(QStringLiteral("pageTotal"), QStringLiteral("true"));

    fetchPages(identity.globalUrl, path, firstQuery, {{idHeader, identity.id.toUtf8()}},
               [callback](const SophosError &error, const QList<QJsonObject> &items) {
                   QList<SophosTenantInfo> tenants;
                   for (const QJsonObject &item : items) {
                       SophosTenantInfo tenant;
                       tenant.id = item.value(u"id").toString();
                       tenant.name = item.value(u"name").toString();
                       tenant.dataRegion = item.value(u"dataRegion").toString();
                       tenant.apiHost = normaliseSophosApiHost(item.value(u"apiHost").toString());
                       tenants.append(tenant);
                   }
                   callback(error, tenants);
               });
}

void SophosCentralClient::createCase(const QUrl &tenantApiHost, const QString &tenantId,
                                     const QJsonObject &body, const CaseCallback &callback)
{
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->path = QStringLiteral("/cases/v1/cases");
    call->url = joinUrl(tenantApiHost, call->path, QUrlQuery());
    call->headers = {{"X-Tenant-ID", tenantId.toUtf8()}, {"Content-Type", "application/json"}};
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->callback = [callback](const Reply &reply) {
        callback(reply.error, reply.body);
    };
    start(call);
}

void SophosCentralClient::listCases(const QUrl &tenantApiHost, const QString &tenantId,
                                    const QDateTime &createdAfter, const CasesCallback &callback)
{
    QUrlQuery firstQuery;
    if (createdAfter.isValid()) {
        firstQuery.addQueryItem(QStringLiteral("createdAfter"),
                                createdAfter.toUTC().toString(Qt::ISODateWithMs));
    }
    firstQuery.addQueryItem(QStringLiteral("pageSize"), QString::number(m_casePageSize));
    fetchPages(tenantApiHost, QStringLiteral("/cases/v1/cases"), firstQuery,
               {{"X-Tenant-ID", tenantId.toUtf8()}}, callback);
}

void SophosCentralClient::abortAll()
{
    m_tokens->cancel();
    const QSet<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void SophosCentralClient::fetchPages(
        const QUrl &base, const QString &path, const QUrlQuery &firstQuery,
        const HeaderList &headers,
        const std::function<void(const SophosError &, const QList<QJsonObject> &)> &callback)
{
    struct Listing
    {
        QList<QJsonObject> items;
        int page = 1;
    };
    auto listing = std::make_shared<Listing>();
    auto fetchPage = std::make_shared<std::function<void()>>();
    QPointer<SophosCentralClient> self(this);

    *fetchPage = [self, base, path, firstQuery, headers, callback, listing, fetchPage] {
        if (!self)
            return;
        QUrlQuery query = firstQuery;
        if (listing->page > 1) {
            query.removeAllQueryItems(QStringLiteral("pageTotal"));
            query.addQueryItem(QStringLiteral("page"), QString::number(listing->page));
        }
        self->get(base, path, query, headers,
                  [self, callback, listing, fetchPage](const Reply &reply) {
                      if (reply.error.isError()) {
                          *fetchPage = nullptr; // breaks the reference cycle
                          callback(reply.error, {});
                          return;
                      }
                      const QJsonArray items = reply.body.value(u"items").toArray();
                      for (const QJsonValue &item : items)
                          listing->items.append(item.toObject());
                      const int total
                              = reply.body.value(u"pages").toObject().value(u"total").toInt(1);
                      if (self && listing->page < std::min(total, maxPages)) {
                          ++listing->page;
                          (*fetchPage)();
                          return;
                      }
                      *fetchPage = nullptr;
                      callback(SophosError(), listing->items);
                  });
    };
    (*fetchPage)();
}

void SophosCentralClient::get(const QUrl &base, const QString &path, const QUrlQuery &query,
                              const HeaderList &headers, const ReplyCallback &callback)
{
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = path;
    call->url = joinUrl(base, path, query);
    call->headers = headers;
    call->callback = callback;
    start(call);
}

void SophosCentralClient::start(const std::shared_ptr<Call> &call)
{
    QString problem = m_configurationError;
    if (problem.isEmpty())
        problem = validateServiceUrl(call->url);
    if (!problem.isEmpty()) {
        SophosError error;
        error.kind = SophosError::Kind::InvalidUrl;
        error.host = call->url.host();
        error.path = call->path;
        error.message = problem;
        failLater(error, call->callback);
        return;
    }
    send(call);
}

void SophosCentralClient::failLater(const SophosError &error, const ReplyCallback &callback)
{
    qCWarning(lcSophos).nospace() << error.path << " not sent: " << error.kindName();
    QTimer::singleShot(0, this, [error, callback] { callback(Reply {error, QJsonObject()}); });
}

void SophosCentralClient::send(const std::shared_ptr<Call> &call)
{
    QPointer<SophosCentralClient> self(this);
    m_tokens->ensureReady([self, call](const SophosError &tokenError) {
        if (!self)
            return;
        if (tokenError.isError()) {
            call->callback(Reply {tokenError, QJsonObject()});
            return;
        }

        QNetworkRequest request(call->url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + self->m_tokens->token().toUtf8());
        for (const auto &[name, value] : call->headers)
            request.setRawHeader(name, value);

        ++self->m_calls;
        QElapsedTimer elapsed;
        elapsed.start();
        QNetworkReply *reply = call->method == "POST" ? self->m_network->post(request, call->body)
                                                      : self->m_network->get(request);
        self->m_inFlight.insert(reply);

        connect(reply, &QNetworkReply::sslErrors, self, [reply](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &error : errors)
                texts.append(error.errorString());
            reply->setProperty("sslErrors", texts);
        });
        abortOnTimeout(reply, self->m_timeoutMs);

        connect(reply, &QNetworkReply::finished, self, [self, call, reply, elapsed] {
            if (self)
                self->finish(call, reply, elapsed.elapsed());
        });
    });
}

void SophosCentralClient::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply,
                                 qint64 durationMs)
{
    m_inFlight.remove(reply);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    const QByteArray body = reply->readAll();
    Reply result;

    if (status == 0) {
        result.error = sophosTransportError(reply, call->path, m_timeoutMs);
    } else if (status >= 200 && status < 300) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isObject()) {
            result.error = invalidSophosResponse(
                    status, host, call->path,
                    QCoreApplication::translate("SophosCentralClient",
                                                "the body is not a JSON object (%1)")
                            .arg(parseError.errorString()));
        }
        result.body = document.object();
    } else {
        SophosHttpResponse response {status, body, reply->rawHeader("Retry-After")};
        result.error = classifySophosResponse(response, host, call->path, m_tokens->secretValues());
    }

    qCInfo(lcSophos).nospace() << call->method.constData() << ' ' << host << ' ' << call->path
                               << " -> " << status << ' ' << result.error.serverReference()
                               << " in " << durationMs << " ms";

    if (status == 401 && !call->renewedToken) {
        qCInfo(lcSophos).nospace() << "HTTP 401 on " << call->path << ", renewing the token once";
        call->renewedToken = true;
        m_tokens->invalidate();
        send(call);
        return;
    }
    if (result.error.isError()) {
        qCWarning(lcSophos).nospace()
                << call->method.constData() << ' ' << call->path
                << " failed: " << result.error.kindName() << " status=" << status;
    }
    call->callback(result);
}

} // namespace bridge
