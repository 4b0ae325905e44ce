#include "logfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

namespace bridge {

namespace {

struct LogFileState
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = 0;
    QtMessageHandler previous = nullptr;
};

LogFileState &state()
{
    static LogFileState instance;
    return instance;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

// Renames a full file to "<name>.1" and reopens an empty one. Called with the mutex held.
void rotate(LogFileState &log)
{
    const QString path = log.file.fileName();
    log.file.close();
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    // A failed open leaves the file closed, and later messages go to the previous handler only.
    log.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFileState &log = state();
    {
        const QMutexLocker locker(&log.mutex);
        if (log.file.isOpen()) {
            const QString thread = QThread::currentThread()->objectName();
            const QByteArray line
                    = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                    + levelName(type) + ' '
                    + QByteArray(context.category ? context.category : "default") + " ["
                    + (thread.isEmpty() ? QByteArray("-") : thread.toUtf8()) + "] "
                    + message.toUtf8() + '\n';
            if (log.file.size() + line.size() > log.maxBytes)
                rotate(log);
            if (log.file.isOpen()) {
                log.file.write(line);
                log.file.flush();
            }
        }
    }
    if (log.previous)
        log.previous(type, context, message);
}

} // namespace

QString logFileName()
{
    return QStringLiteral("mimecast-bridge.log");
}

bool installLogFile(const QString &folder, qint64 maxBytes, QString *error)
{
    LogFileState &log = state();
    const QMutexLocker locker(&log.mutex);
    if (log.file.isOpen())
        return true;

    log.file.setFileName(QDir(folder).filePath(logFileName()));
    log.maxBytes = maxBytes;
    if (!log.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = QCoreApplication::translate("LogFile", "The log file %1 cannot be opened: %2")
                         .arg(QDir::toNativeSeparators(log.file.fileName()),
                              log.file.errorString());
        return false;
    }
    log.previous = qInstallMessageHandler(writeMessage);
    return true;
}

} // namespace bridge
