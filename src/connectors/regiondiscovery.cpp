#include "regiondiscovery.h"

#include "connectorslogging.h"
#include "mimecastauth.h"
#include "mimecastclient.h"
#include "mimecasttime.h"
#include "urlpolicy.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUuid>

namespace bridge {

namespace {

const QString discoveryPath = QStringLiteral("/api/login/discover-authentication");

// Adds the headers Mimecast documents for discover-authentication: x-mc-date, x-mc-req-id and
// x-mc-app-id, but no Authorization header, because the call is not signed.
class DiscoveryHeaders : public MimecastAuthenticator
{
public:
    DiscoveryHeaders(const QString &applicationId, QObject *parent)
        : MimecastAuthenticator(parent)
        , m_applicationId(applicationId.trimmed())
    { }

    MimecastApi api() const override { return MimecastApi::V1; }
    void ensureReady(const ReadyCallback &callback) override { callback(MimecastError()); }
    void authorize(QNetworkRequest &request, const QString &) override
    {
        request.setRawHeader("x-mc-date",
                             formatSigningDate(QDateTime::currentDateTimeUtc()).toLatin1());
        request.setRawHeader("x-mc-req-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        if (!m_applicationId.isEmpty())
            request.setRawHeader("x-mc-app-id", m_applicationId.toUtf8());
    }
    bool invalidateAfterUnauthorized() override { return false; }
    QStringList secretValues() const override { return {}; }

private:
    QString m_applicationId;
};

QString apiHostOf(const QJsonObject &body)
{
    return body.value(u"data")
            .toArray()
            .at(0)
            .toObject()
            .value(u"region")
            .toObject()
            .value(u"api")
            .toString()
            .trimmed();
}

} // namespace

RegionDiscovery::RegionDiscovery(QNetworkAccessManager *network, const QUrl &discoveryUrl,
                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_discoveryUrl(discoveryUrl)
{ }

RegionDiscovery::~RegionDiscovery()
{
    if (m_client)
        m_client->abortAll();
}

QString RegionDiscovery::validateEmailAddress(const QString &text)
{
    // A deliberately loose check: one '@' with text on both sides and a dot in the domain.
    // Mimecast decides whether the address belongs to an account.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString address = text.trimmed();
    if (address.isEmpty())
        return tr("Enter an administrator's e-mail address of the Mimecast account.");
    if (!pattern.match(address).hasMatch()) {
        return tr("\"%1\" is not an e-mail address. Enter an address such as "
                  "admin@example.com.")
                .arg(address);
    }
    return {};
}

bool RegionDiscovery::start(const QString &emailAddress, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("Region detection is already running.");
        return false;
    }
    const QString problem = validateEmailAddress(emailAddress);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }

    const QString address = emailAddress.trimmed();
    delete m_client;
    auto *headers = new DiscoveryHeaders(m_applicationId, this);
    m_client = new MimecastClient(m_network, m_discoveryUrl, headers, this);
    headers->setParent(m_client);
    m_client->setTransferTimeout(m_timeoutMs);
    m_running = true;
    qCInfo(lcMimecast) << "Detecting the region at" << m_discoveryUrl.host();

    const QJsonObject body {{QStringLiteral("data"),
                             QJsonArray {QJsonObject {{QStringLiteral("emailAddress"), address}}}}};
    QPointer<RegionDiscovery> self(this);
    m_client->post(discoveryPath, body, std::nullopt, [self, address](const MimecastReply &reply) {
        if (!self)
            return;
        Result result;
        result.emailAddress = address;
        result.error = reply.error;
        if (!reply.error.isError()) {
            const QString host = apiHostOf(reply.body);
            const QUrl url(host, QUrl::StrictMode);
            const QString urlProblem = host.isEmpty() ? QString() : validateServiceUrl(url);
            if (host.isEmpty() || !urlProblem.isEmpty()) {
                result.error.kind = MimecastError::Kind::InvalidResponse;
                result.error.httpStatus = reply.httpStatus;
                result.error.message = host.isEmpty()
                        ? RegionDiscovery::tr(
                                  "Region detection for %1 failed: the response names no API host. "
                                  "Choose the region yourself.")
                                  .arg(address)
                        : RegionDiscovery::tr(
                                  "Region detection for %1 returned an unusable API host. %2")
                                  .arg(address, urlProblem);
                self->finish(result, false);
                return;
            }
            result.apiBaseUrl = url;
        }
        self->finish(result, true);
    });
    return true;
}

void RegionDiscovery::cancel()
{
    if (m_client)
        m_client->abortAll();
}

void RegionDiscovery::finish(Result result, bool rewriteMessage)
{
    using Kind = MimecastError::Kind;
    MimecastError &error = result.error;
    const QString &address = result.emailAddress;

    // The client's messages describe retried data calls. This call is made once, on request,
    // so the messages below tell the administrator what to do instead.
    switch (rewriteMessage ? error.kind : Kind::None) {
    case Kind::None:
        break;
    case Kind::Cancelled:
        error.message = tr("Region detection was cancelled.");
        break;
    case Kind::Timeout:
        error.message = tr("Region detection for %1 timed out after %n second(s). Try again, or "
                           "choose the region yourself.",
                           nullptr, m_timeoutMs / 1000)
                                .arg(address);
        break;
    // NOTE: the reply of the real service for an unknown address is not documented. A fail
    // entry or an HTTP 4xx is taken to mean that no account matched.
    case Kind::RequestFailed:
    case Kind::BadRequest:
        error.message
                = tr("Mimecast found no account for %1 (%2). Check the address, or choose "
                     "the region yourself.")
                          .arg(address,
                               error.serverCodes.isEmpty() ? tr("HTTP %1").arg(error.httpStatus)
                                                           : error.serverCodes);
        break;
    case Kind::InvalidResponse:
        error.message = tr("Region detection for %1 failed: the response with HTTP %2 is not "
                           "Mimecast's JSON. Check the discovery URL and any proxy, or choose "
                           "the region yourself.")
                                .arg(address)
                                .arg(error.httpStatus);
        break;
    case Kind::EndpointNotFound:
        error.message = tr("The region detection endpoint %1 was not found (HTTP 404). Choose "
                           "the region yourself.")
                                .arg(m_discoveryUrl.toDisplayString() + discoveryPath);
        break;
    case Kind::ServerError:
    case Kind::RateLimited:
        error.message = tr("Region detection for %1 failed with HTTP %2. Try again later, or "
                           "choose the region yourself.")
                                .arg(address)
                                .arg(error.httpStatus);
        break;
    default:
        // Network, TLS and proxy messages already name the host and the fix.
        break;
    }

    if (error.isError()) {
        qCWarning(lcMimecast).nospace() << "Region detection failed: " << error.kindName()
                                        << " status=" << error.httpStatus;
    } else {
        qCInfo(lcMimecast) << "Region detected:" << result.apiBaseUrl.host();
    }

    m_running = false;
    if (m_client)
        m_client->deleteLater();
    emit finished(result);
}

} // namespace bridge
