#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace bridge {

// Decodes an API 1.0 secret key. Surrounding whitespace and line breaks from copy and paste are
// removed; anything that is then not standard padded base64 returns std::nullopt.
std::optional<QByteArray> decodeSecretKey(const QString &secretKey);

// Builds the string an API 1.0 request signs: "date:requestId:path:appKey".
QString signingInput(const QString &date, const QString &requestId, const QString &path,
                     const QString &appKey);

// Returns base64(HMAC-SHA1(decodedSecretKey, signingInput)).
QString computeSignature(const QByteArray &decodedSecretKey, const QString &date,
                         const QString &requestId, const QString &path, const QString &appKey);

// Returns "MC <accessKey>:<signature>".
QString authorizationHeader(const QString &accessKey, const QString &signature);

} // namespace bridge
