#include "mimecastsigning.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace bridge {

std::optional<QByteArray> decodeSecretKey(const QString &secretKey)
{
    QString compact = secretKey;
    compact.remove(QLatin1Char('\n'));
    compact.remove(QLatin1Char('\r'));
    compact = compact.trimmed();
    if (compact.isEmpty() || compact.contains(QLatin1Char(' ')))
        return std::nullopt;

    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            compact.toLatin1(),
            QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || compact.size() % 4 != 0)
        return std::nullopt;
    return decoded.decoded;
}

QString signingInput(const QString &date, const QString &requestId, const QString &path,
                     const QString &appKey)
{
    return date + u':' + requestId + u':' + path + u':' + appKey;
}

QString computeSignature(const QByteArray &decodedSecretKey, const QString &date,
                         const QString &requestId, const QString &path, const QString &appKey)
{
    const QByteArray message = signingInput(date, requestId, path, appKey).toUtf8();
    const QByteArray mac
            = QMessageAuthenticationCode::hash(message, decodedSecretKey, QCryptographicHash::Sha1);
    return QString::fromLatin1(mac.toBase64());
}

QString authorizationHeader(const QString &accessKey, const QString &signature)
{
    return u"MC " + accessKey + u':' + signature;
}

} // namespace bridge
