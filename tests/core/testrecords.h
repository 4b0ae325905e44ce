#pragma once

// Sample TTP log records in the shape Mimecast returns them, for the record processing tests.
// All addresses, hosts and ids are invented.

#include "logtype.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>

namespace testrecords {

inline QJsonObject urlRecord()
{
    return QJsonObject {
            {QStringLiteral("userEmailAddress"), QStringLiteral("carla.lima@example.com")},
            {QStringLiteral("fromUserEmailAddress"), QStringLiteral("billing@vendor.example.org")},
            {QStringLiteral("url"), QStringLiteral("https://pay-update.example.net/invoice?id=77")},
            {QStringLiteral("ttpDefinition"), QStringLiteral("Inbound URL 'Aggressive'")},
            {QStringLiteral("subject"), QStringLiteral("Overdue invoice 77")},
            {QStringLiteral("action"), QStringLiteral("block")},
            {QStringLiteral("adminOverride"), QStringLiteral("N/A")},
            {QStringLiteral("userOverride"), QStringLiteral("None")},
            {QStringLiteral("scanResult"), QStringLiteral("malicious")},
            {QStringLiteral("category"), QStringLiteral("Phishing & Fraud")},
            {QStringLiteral("sendingIp"), QStringLiteral("198.51.100.23")},
            {QStringLiteral("userAwarenessAction"), QStringLiteral("N/A")},
            {QStringLiteral("date"), QStringLiteral("2026-12-04T12:30:00+0000")},
            {QStringLiteral("actions"), QStringLiteral("Block")},
            {QStringLiteral("route"), QStringLiteral("inbound")},
            {QStringLiteral("creationMethod"), QStringLiteral("User Click")},
            {QStringLiteral("emailPartsDescription"), QJsonArray {QStringLiteral("Body")}},
            {QStringLiteral("messageId"), QStringLiteral("<inv77@mail.vendor.example.org>")},
    };
}

inline QJsonObject attachmentRecord()
{
    return QJsonObject {
            {QStringLiteral("senderAddress"), QStringLiteral("scanner@office.example.org")},
            {QStringLiteral("recipientAddress"), QStringLiteral("diego.alves@example.com")},
            {QStringLiteral("fileName"), QStringLiteral("Scan (2) + notes.docm")},
            {QStringLiteral("fileType"), QStringLiteral("application/vnd.ms-word")},
            {QStringLiteral("result"), QStringLiteral("malicious")},
            {QStringLiteral("actionTriggered"), QStringLiteral("none, none")},
            {QStringLiteral("date"), QStringLiteral("2026-12-04T08:15:42+0000")},
            {QStringLiteral("details"),
             QStringLiteral("Malicious                      \r\nTime taken: 0 hrs, 0 min, 4 sec")},
            {QStringLiteral("route"), QStringLiteral("inbound")},
            {QStringLiteral("messageId"), QStringLiteral("<scan2@office.example.org>")},
            {QStringLiteral("subject"), QStringLiteral("Scanned document")},
            {QStringLiteral("fileHash"),
             QStringLiteral("9f2c4e1ab37d5f60c8e2a9b14d7f3c0e6a5b8d2f1e4c7a9b0d3f6e2a1c5b8d7e")},
            {QStringLiteral("definition"),
             QStringLiteral("Default Inbound Attachment Protect Definition")},
    };
}

inline QJsonObject impersonationRecord()
{
    return QJsonObject {
            {QStringLiteral("id"), QStringLiteral("MTOKEN:eNqrVkrOz81NzStRslIyNDI2MDI3MDU1MDE3")},
            {QStringLiteral("senderAddress"), QStringLiteral("ceo.office@examp1e.com")},
            {QStringLiteral("recipientAddress"), QStringLiteral("finance@example.com")},
            {QStringLiteral("subject"), QStringLiteral("Urgent wire transfer")},
            {QStringLiteral("definition"),
             QStringLiteral("IP - 2 hits (Hold for Review / User Hold)")},
            {QStringLiteral("hits"), 2},
            {QStringLiteral("identifiers"),
             QJsonArray {QStringLiteral("similar_internal_domain"),
                         QStringLiteral("internal_user_name")}},
            {QStringLiteral("action"), QStringLiteral("hold")},
            {QStringLiteral("taggedExternal"), true},
            {QStringLiteral("taggedMalicious"), true},
            {QStringLiteral("senderIpAddress"), QStringLiteral("203.0.113.77")},
            {QStringLiteral("eventTime"), QStringLiteral("2026-12-04T10:05:09+0000")},
            {QStringLiteral("impersonationResults"),
             QJsonArray {QJsonObject {
                     {QStringLiteral("impersonationDomainSource"),
                      QStringLiteral("similar_internal_domain")},
                     {QStringLiteral("stringSimilarToDomain"), QStringLiteral("example.com")},
                     {QStringLiteral("similarDomain"), QStringLiteral("examp1e.com")},
                     {QStringLiteral("checkerResult"), QStringLiteral("hit")},
             }}},
            {QStringLiteral("messageId"), QStringLiteral("<wire01@examp1e.com>")},
    };
}

inline QJsonObject sampleRecord(bridge::LogType type)
{
    switch (type) {
    case bridge::LogType::Attachment:
        return attachmentRecord();
    case bridge::LogType::Impersonation:
        return impersonationRecord();
    case bridge::LogType::Url:
        break;
    }
    return urlRecord();
}

// Returns the record with the fields of edits added or replaced.
inline QJsonObject edited(QJsonObject record, const QJsonObject &edits)
{
    for (auto it = edits.begin(); it != edits.end(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

inline QJsonObject without(QJsonObject record, const QString &field)
{
    record.remove(field);
    return record;
}

} // namespace testrecords

Q_DECLARE_METATYPE(bridge::LogType)
