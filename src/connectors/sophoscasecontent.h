#pragma once

#include <QJsonObject>
#include <QString>

namespace bridge {

// Maximum length of a case name that this app sends, in UTF-16 code units. A name therefore
// never has more characters than this.
constexpr int maxCaseNameLength = 255;
// Number of leading characters of the alert key shown in brackets at the end of a case name.
constexpr int caseKeyPrefixLength = 12;

// "[<first 12 characters of key>]", the tag every case name ends with.
QString caseKeyTag(const QString &key);

// "Mimecast: <alertType> — <threatId> <threatName> [<key prefix>]", shortened in the middle
// so that the whole name fits maxCaseNameLength and always ends with the key tag.
// alert is NormalizedAlert::toJson().
QString sophosCaseName(const QJsonObject &alert);

// Plain-text lines for the case overview: category, severity, event time, sender, recipient,
// subject, detail, mapping rule and the full alert key. The labels stay in English whatever
// the UI language is, because Sophos analysts read and search them.
QString sophosCaseOverview(const QJsonObject &alert);

// The POST /cases/v1/cases body for one alert.
QJsonObject sophosCaseBody(const QJsonObject &alert);

// True when an existing case was created for the alert key: its overview contains the full
// key, or its name ends with the key tag.
bool sophosCaseMatchesKey(const QJsonObject &existingCase, const QString &key);

} // namespace bridge
