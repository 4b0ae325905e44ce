#pragma once

#include "commandbase.h"
#include "syncengine.h"

#include <QMap>

#include <optional>

namespace bridge {

class SyncWorker;
class UnixSignalWatcher;

// "sync": runs the profile's sync engine in its worker thread, headless, until SIGINT or
// SIGTERM, or for one poll with --once. Progress and errors go to standard error.
class SyncCommand : public CommandBase
{
    Q_OBJECT

public:
    using CommandBase::CommandBase;
    ~SyncCommand() override;
    void start() override;

private:
    void startWorker(const MimecastCredentials &credentials,
                     const SyncConfig::SinkFactory &createSink);
    void printSummary();

    SyncWorker *m_worker = nullptr;
    UnixSignalWatcher *m_signals = nullptr;
    QMap<LogType, CategoryCounters> m_counters;
    int m_pending = 0;
    int m_failed = 0;
    int m_exitCode = ExitSuccess;
    // Exit status when SIGINT or SIGTERM arrived: cancelling the work in flight is no error.
    std::optional<int> m_exitCodeAtSignal;
    bool m_summaryPrinted = false;
};

} // namespace bridge
