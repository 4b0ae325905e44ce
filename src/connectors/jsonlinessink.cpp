#include "jsonlinessink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace bridge {

namespace {

Q_LOGGING_CATEGORY(lcJsonLines, "mimecast-bridge.connectors.jsonl", QtInfoMsg)

QList<DeliveryResult> resultsFor(const QList<DeliveryItem> &items, DeliveryResult::Outcome outcome,
                                 const QString &message)
{
    QList<DeliveryResult> results;
    for (const DeliveryItem &item : items) {
        DeliveryResult result;
        result.key = item.key;
        result.outcome = outcome;
        result.message = message;
        results.append(result);
    }
    return results;
}

} // namespace

JsonLinesSink::JsonLinesSink(const QString &filePath, QObject *parent)
    : AlertSink(parent)
    , m_filePath(filePath)
{ }

void JsonLinesSink::deliver(const QList<DeliveryItem> &items, const Callback &done)
{
    const QList<DeliveryResult> results = writeBatch(items);
    QTimer::singleShot(0, this, [done, results] { done(results); });
}

QList<DeliveryResult> JsonLinesSink::writeBatch(const QList<DeliveryItem> &items)
{
    using Outcome = DeliveryResult::Outcome;
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    const QFileInfo info(m_filePath);
    if (m_filePath.isEmpty() || !info.absoluteDir().exists()) {
        qCWarning(lcJsonLines) << "folder missing for" << shownPath;
        return resultsFor(items, Outcome::Failed,
                          QCoreApplication::translate(
                                  "JsonLinesSink",
                                  "Cannot write alerts to \"%1\": the folder \"%2\" does not "
                                  "exist. Create the folder or choose another file in the "
                                  "destination settings.")
                                  .arg(shownPath, QDir::toNativeSeparators(info.absolutePath())));
    }

    QByteArray lines;
    for (const DeliveryItem &item : items) {
        lines.append(QJsonDocument(item.alert).toJson(QJsonDocument::Compact));
        lines.append('\n');
    }

    QFile file(m_filePath);
    // The permissions apply only when the file is created; an existing file keeps its own.
    const bool opened = file.open(QIODevice::WriteOnly | QIODevice::Append,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto writeFailure = [&](const QString &reason) {
        qCWarning(lcJsonLines) << "writing" << items.size() << "alerts to" << shownPath
                               << "failed:" << reason;
        return resultsFor(items, Outcome::Retry,
                          QCoreApplication::translate(
                                  "JsonLinesSink",
                                  "Writing alerts to \"%1\" failed: %2. Check the free disk "
                                  "space and the file's permissions; the alerts are written "
                                  "again later.")
                                  .arg(shownPath, reason));
    };
    if (!opened)
        return writeFailure(file.errorString());
    if (file.write(lines) != lines.size() || !file.flush())
        return writeFailure(file.errorString());
    if (::fsync(file.handle()) != 0)
        return writeFailure(QString::fromLocal8Bit(std::strerror(errno)));
    ++m_syncs;
    file.close();

    qCInfo(lcJsonLines) << "appended" << items.size() << "alerts to" << shownPath;
    return resultsFor(items, Outcome::Delivered, QString());
}

} // namespace bridge
