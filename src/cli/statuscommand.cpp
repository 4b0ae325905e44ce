#include "statuscommand.h"

#include "apppaths.h"
#include "mimecasttime.h"
#include "statestore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bridge {

void StatusCommand::start()
{
    if (!resolveSettings())
        return;

    const QString path = databasePath();
    if (!QFileInfo::exists(path)) {
        // Fixed English keys, like the other status lines: scripts read them.
        out() << QStringLiteral("profile: %1").arg(m_options.profile) << Qt::endl;
        out() << QStringLiteral("state: none (never synchronized; no file %1)").arg(path)
              << Qt::endl;
        finish(ExitSuccess);
        return;
    }

    // NOTE: open() moves a damaged database aside even here, although status only reads. The
    // next sync would do the same, and the move is reported below.
    StateStore store(QStringLiteral("status"));
    const StateStore::OpenResult opened = store.open(path);
    if (!opened.ok) {
        printError(opened.error);
        finish(ExitRuntimeFailure);
        return;
    }
    if (!opened.movedAsidePath.isEmpty())
        printError(opened.error);

    // Fixed English keys: scripts and monitoring read these lines.
    out() << QStringLiteral("profile: %1").arg(m_options.profile) << Qt::endl;
    for (const LogType type : allLogTypes) {
        const std::optional<Checkpoint> checkpoint = store.checkpoint(m_options.profile, type);
        out() << QStringLiteral("checkpoint %1: %2")
                         .arg(logTypeName(type),
                              checkpoint ? formatIsoUtc(checkpoint->windowTo)
                                         : QStringLiteral("none"))
              << Qt::endl;
    }
    const OutboxCounts counts = store.counts(m_options.profile);
    out() << QStringLiteral("outbox: pending=%1 delivered=%2 failed=%3")
                     .arg(counts.pending)
                     .arg(counts.delivered)
                     .arg(counts.failed)
          << Qt::endl;
    // Records Mimecast sent that failed validation; they are never delivered.
    out() << QStringLiteral("rejected records: %1").arg(counts.rejected) << Qt::endl;
    for (const RejectedRow &row : store.rejectedRows(m_options.profile, 10)) {
        out() << QStringLiteral("rejected %1 %2: %3")
                         .arg(logTypeName(row.category), row.reasonCode, row.reasonMessage)
              << Qt::endl;
    }

    const QList<OutboxRow> failed = store.rows(m_options.profile, OutboxRow::State::Failed, 20);
    for (const OutboxRow &row : failed) {
        out() << QStringLiteral("failed %1 %2: %3")
                         .arg(logTypeName(row.category), row.key, row.lastError)
              << Qt::endl;
    }
    finish(ExitSuccess);
}

} // namespace bridge
