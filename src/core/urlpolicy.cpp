#include "urlpolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace bridge {

namespace {

bool isLoopbackIpv4(const QString &host)
{
    const QStringList octets = host.split(QLatin1Char('.'));
    if (octets.size() != 4)
        return false;
    for (const QString &octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok, 10);
        if (!ok || octet.isEmpty() || octet.size() > 3 || value < 0 || value > 255)
            return false;
    }
    return octets.first().toInt() == 127;
}

// Accepts every spelling of ::1, such as "0:0:0:0:0:0:0:1" or "[::1]".
bool isLoopbackIpv6(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!host.contains(QLatin1Char(':')))
        return false;

    const QStringList halves = host.split(QStringLiteral("::"));
    if (halves.size() > 2)
        return false;
    QStringList groups = halves.first().split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (halves.size() == 2) {
        const QStringList tail = halves.last().split(QLatin1Char(':'), Qt::SkipEmptyParts);
        while (groups.size() + tail.size() < 8)
            groups.append(QStringLiteral("0"));
        groups.append(tail);
    }
    if (groups.size() != 8)
        return false;

    for (int index = 0; index < 8; ++index) {
        bool ok = false;
        const uint value = groups.at(index).toUInt(&ok, 16);
        if (!ok || groups.at(index).size() > 4)
            return false;
        if (value != (index == 7 ? 1U : 0U))
            return false;
    }
    return true;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    return isLoopbackIpv4(host) || isLoopbackIpv6(host);
}

QString validateServiceUrl(const QUrl &url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty()) {
        return QCoreApplication::translate("UrlPolicy",
                                           "The URL \"%1\" is not valid. Enter a URL such as "
                                           "https://api.services.mimecast.com.")
                .arg(shown);
    }
    if (!url.userInfo().isEmpty()) {
        return QCoreApplication::translate(
                       "UrlPolicy",
                       "The URL \"%1\" contains a user name or password. Remove them; "
                       "credentials are entered separately.")
                .arg(shown);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && isLoopbackHost(url.host()))
        return {};
    if (scheme == u"http") {
        return QCoreApplication::translate(
                       "UrlPolicy",
                       "The URL \"%1\" uses plain http, which is allowed only for this computer "
                       "(127.0.0.1, ::1 or localhost). Use an https URL.")
                .arg(shown);
    }
    return QCoreApplication::translate("UrlPolicy",
                                       "The URL \"%1\" has the unsupported scheme \"%2\". Use an "
                                       "https URL.")
            .arg(shown, url.scheme());
}

} // namespace bridge
