// Tests of StateStore's outbox side: committing windows with their checkpoint, dedup across and
// within windows, rollback of a failed commit, delivery marks, retry, pruning and counters.

#include "statestore.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bridge;
using namespace storetest;

class TestStateStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void commitStoresWindow();
    void commitStoresRejected();
    void rejectedNonObjectWrapped();
    void overlapCountsDuplicates();
    void sameKeyTwiceOneRow();
    void checkpointNeverBackwards();
    void checkpointPerCategory();
    void invalidCommitRejected();
    void closedStoreFails();
    void failedInsertRollsBack();
    void failedCheckpointRollsBack();
    void pendingRowsInOrder();
    void rowsFilterByState();
    void attemptsCounted();
    void deliveredMarked();
    void failedParked();
    void failedUnknownKey();
    void retryOneKey();
    void retryWholeProfile();
    void marksScopedToProfile();
    void pruneKeepsUndelivered();
    void prunedDeliveredKeyStaysDuplicate();
    void countsPerProfile();
    void commitTenThousand();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("state.db")); }
    int outboxCount();
    int seenCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateStore> m_store;
};

void TestStateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<StateStore>(QStringLiteral("store-under-test"));
    const StateStore::OpenResult opened = m_store->open(path());
    QVERIFY2(opened.ok, qPrintable(opened.error));
}

void TestStateStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestStateStore::outboxCount()
{
    RawDatabase raw(path());
    return raw.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
}

int TestStateStore::seenCount()
{
    RawDatabase raw(path());
    return raw.scalar(QStringLiteral("SELECT COUNT(*) FROM seen")).toInt();
}

void TestStateStore::commitStoresWindow()
{
    const StateStore::CommitResult result = m_store->commitWindow(
            window(minute(60), {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.newAlerts, 3);
    QCOMPARE(result.duplicates, 0);
    QVERIFY(result.checkpointMoved);

    const std::optional<Checkpoint> checkpoint
            = m_store->checkpoint(profile, LogType::Impersonation);
    QVERIFY(checkpoint.has_value());
    QCOMPARE(checkpoint->windowTo, minute(60));
    QVERIFY(checkpoint->pageToken.isEmpty());
    QVERIFY(checkpoint->updatedAt.isValid());

    const QList<OutboxRow> pending = m_store->pendingRows(profile, -1);
    QCOMPARE(keysOf(pending),
             (QStringList {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    const OutboxRow &first = pending.first();
    QCOMPARE(first.profile, profile);
    QCOMPARE(first.category, LogType::Impersonation);
    QCOMPARE(first.state, OutboxRow::State::Pending);
    QCOMPARE(first.attempts, 0);
    QVERIFY(!first.firstAttemptAt.isValid());
    QCOMPARE(first.alert, alert(QStringLiteral("k1"), minute(60).addSecs(-30)).toJson());
    QCOMPARE(seenCount(), 3);
}

void TestStateStore::commitStoresRejected()
{
    StateStore::WindowCommit commit = window(minute(60), {QStringLiteral("k1")});
    const QJsonObject record {{QStringLiteral("id"), QStringLiteral("broken")}};
    commit.rejected.append(
            {RecordRejection {RecordRejection::Reason::MissingField, QStringLiteral("eventTime")},
             record});
    const StateStore::CommitResult result = m_store->commitWindow(commit);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rejected, 1);

    const QList<RejectedRow> rejected = m_store->rejectedRows(profile, -1);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().reasonCode, QStringLiteral("missing-field"));
    QVERIFY(rejected.first().reasonMessage.contains(QStringLiteral("eventTime")));
    QCOMPARE(rejected.first().record, record);
    QCOMPARE(rejected.first().category, LogType::Impersonation);
    QVERIFY(rejected.first().receivedAt.isValid());
}

void TestStateStore::rejectedNonObjectWrapped()
{
    StateStore::WindowCommit commit = window(minute(60), {});
    commit.rejected.append({RecordRejection {}, QJsonValue(42)});
    QVERIFY(m_store->commitWindow(commit).ok);
    const QList<RejectedRow> rejected = m_store->rejectedRows(profile, -1);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().record, (QJsonObject {{QStringLiteral("value"), 42}}));
}

void TestStateStore::overlapCountsDuplicates()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1"), QStringLiteral("k2")}))
                    .ok);
    const StateStore::CommitResult second = m_store->commitWindow(window(
            minute(120), {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.newAlerts, 1);
    QCOMPARE(second.duplicates, 2);
    QCOMPARE(outboxCount(), 3);
}

void TestStateStore::sameKeyTwiceOneRow()
{
    const StateStore::CommitResult result = m_store->commitWindow(
            window(minute(60), {QStringLiteral("k1"), QStringLiteral("k1")}));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.newAlerts, 1);
    QCOMPARE(result.duplicates, 1);
    QCOMPARE(outboxCount(), 1);
}

void TestStateStore::checkpointNeverBackwards()
{
    QVERIFY(m_store->commitWindow(window(minute(120), {QStringLiteral("k1")})).ok);
    const StateStore::CommitResult earlier
            = m_store->commitWindow(window(minute(60), {QStringLiteral("k2")}));
    QVERIFY2(earlier.ok, qPrintable(earlier.error));
    QVERIFY(!earlier.checkpointMoved);
    QCOMPARE(earlier.newAlerts, 1);
    QCOMPARE(m_store->checkpoint(profile, LogType::Impersonation)->windowTo, minute(120));

    const StateStore::CommitResult same = m_store->commitWindow(window(minute(120), {}));
    QVERIFY(same.ok);
    QVERIFY(!same.checkpointMoved);
    QCOMPARE(m_store->checkpoint(profile, LogType::Impersonation)->windowTo, minute(120));
}

void TestStateStore::checkpointPerCategory()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {})).ok);
    QVERIFY(!m_store->checkpoint(profile, LogType::Url).has_value());
    QVERIFY(!m_store->checkpoint(QStringLiteral("other"), LogType::Impersonation).has_value());
    QVERIFY(m_store->lastError().isEmpty());
}

void TestStateStore::invalidCommitRejected()
{
    const StateStore::CommitResult noTime
            = m_store->commitWindow(window(QDateTime(), {QStringLiteral("k1")}));
    QVERIFY(!noTime.ok);
    QVERIFY(!noTime.error.isEmpty());
    const StateStore::CommitResult noProfile
            = m_store->commitWindow(window(minute(60), {QStringLiteral("k1")}, QString()));
    QVERIFY(!noProfile.ok);
    const StateStore::CommitResult noKey = m_store->commitWindow(window(minute(60), {QString()}));
    QVERIFY(!noKey.ok);
    QCOMPARE(outboxCount(), 0);
}

void TestStateStore::closedStoreFails()
{
    m_store->close();
    QVERIFY(!m_store->isOpen());
    const StateStore::CommitResult result
            = m_store->commitWindow(window(minute(60), {QStringLiteral("k1")}));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(m_store->pendingRows(profile, -1).isEmpty());
    QVERIFY(!m_store->lastError().isEmpty());
    QCOMPARE(m_store->retryFailed(profile), -1);
}

// A trigger installed through a second connection fails the rejected-record insert, which runs
// after the alerts went into seen and outbox: the whole window must be rolled back.
void TestStateStore::failedInsertRollsBack()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    {
        RawDatabase raw(path());
        QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER fail_rejected BEFORE INSERT ON rejected"
                                         " BEGIN SELECT RAISE(ABORT, 'forced failure'); END")),
                 qPrintable(raw.error()));
    }
    StateStore::WindowCommit commit
            = window(minute(120), {QStringLiteral("k2"), QStringLiteral("k3")});
    commit.rejected.append({RecordRejection {}, QJsonValue(1)});
    const StateStore::CommitResult result = m_store->commitWindow(commit);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QStringLiteral("forced failure")));
    QVERIFY(m_store->lastError().contains(QStringLiteral("forced failure")));
    QCOMPARE(result.newAlerts, 0);
    QCOMPARE(outboxCount(), 1);
    QCOMPARE(seenCount(), 1);
    QCOMPARE(m_store->checkpoint(profile, LogType::Impersonation)->windowTo, minute(60));

    {
        RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER fail_rejected")));
    }
    const StateStore::CommitResult retried = m_store->commitWindow(commit);
    QVERIFY2(retried.ok, qPrintable(retried.error));
    QCOMPARE(retried.newAlerts, 2);
}

void TestStateStore::failedCheckpointRollsBack()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    {
        RawDatabase raw(path());
        QVERIFY2(raw.exec(QStringLiteral("CREATE TRIGGER fail_checkpoint BEFORE UPDATE ON"
                                         " checkpoints BEGIN SELECT RAISE(ABORT, 'forced'); END")),
                 qPrintable(raw.error()));
    }
    const StateStore::CommitResult result
            = m_store->commitWindow(window(minute(120), {QStringLiteral("k2")}));
    QVERIFY(!result.ok);
    QCOMPARE(outboxCount(), 1);
    QCOMPARE(seenCount(), 1);
    QCOMPARE(m_store->checkpoint(profile, LogType::Impersonation)->windowTo, minute(60));
}

void TestStateStore::pendingRowsInOrder()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k3"), QStringLiteral("k1")}))
                    .ok);
    QVERIFY(m_store->commitWindow(window(minute(120), {QStringLiteral("k2")})).ok);
    QCOMPARE(keysOf(m_store->pendingRows(profile, -1)),
             (QStringList {QStringLiteral("k3"), QStringLiteral("k1"), QStringLiteral("k2")}));
    QCOMPARE(keysOf(m_store->pendingRows(profile, 2)),
             (QStringList {QStringLiteral("k3"), QStringLiteral("k1")}));
    QVERIFY(m_store->markDelivered({QStringLiteral("k3")}, minute(130)));
    QCOMPARE(keysOf(m_store->pendingRows(profile, 1)), QStringList {QStringLiteral("k1")});
}

void TestStateStore::rowsFilterByState()
{
    QVERIFY(m_store->commitWindow(window(minute(60),
                                         {QStringLiteral("k1"), QStringLiteral("k2"),
                                          QStringLiteral("k3")}))
                    .ok);
    QVERIFY(m_store->markDelivered({QStringLiteral("k2")}, minute(61)));
    QVERIFY(m_store->markFailed(QStringLiteral("k3"), QStringLiteral("422 invalid")));
    QCOMPARE(keysOf(m_store->rows(profile, std::nullopt, -1)),
             (QStringList {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    QCOMPARE(keysOf(m_store->rows(profile, OutboxRow::State::Delivered, -1)),
             QStringList {QStringLiteral("k2")});
    QCOMPARE(keysOf(m_store->rows(profile, OutboxRow::State::Failed, -1)),
             QStringList {QStringLiteral("k3")});
}

void TestStateStore::attemptsCounted()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    QVERIFY(m_store->markAttempted({QStringLiteral("k1")}, minute(61)));
    QVERIFY(m_store->markAttempted(profile, {QStringLiteral("k1")}, minute(62)));
    const OutboxRow row = m_store->pendingRows(profile, -1).value(0);
    QCOMPARE(row.attempts, 2);
    QCOMPARE(row.firstAttemptAt, minute(61));
    QCOMPARE(row.state, OutboxRow::State::Pending);
}

void TestStateStore::deliveredMarked()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1"), QStringLiteral("k2")}))
                    .ok);
    QVERIFY(m_store->markDelivered(profile, {QStringLiteral("k1"), QStringLiteral("k2")},
                                   minute(63)));
    const QList<OutboxRow> delivered = m_store->rows(profile, OutboxRow::State::Delivered, -1);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(delivered.first().deliveredAt, minute(63));
    QVERIFY(m_store->pendingRows(profile, -1).isEmpty());
}

void TestStateStore::failedParked()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    QVERIFY(m_store->markFailed(QStringLiteral("k1"), QStringLiteral("404 tenant not found")));
    QVERIFY(m_store->pendingRows(profile, -1).isEmpty());
    const OutboxRow row = m_store->rows(profile, OutboxRow::State::Failed, -1).value(0);
    QCOMPARE(row.key, QStringLiteral("k1"));
    QCOMPARE(row.lastError, QStringLiteral("404 tenant not found"));
}

void TestStateStore::failedUnknownKey()
{
    QVERIFY(!m_store->markFailed(QStringLiteral("missing"), QStringLiteral("error")));
    QVERIFY(!m_store->lastError().isEmpty());
    QVERIFY(m_store->markDelivered({QStringLiteral("missing")}, minute(1)));
}

void TestStateStore::retryOneKey()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1"), QStringLiteral("k2")}))
                    .ok);
    QVERIFY(m_store->markFailed(QStringLiteral("k1"), QStringLiteral("e1")));
    QVERIFY(m_store->markFailed(QStringLiteral("k2"), QStringLiteral("e2")));
    QCOMPARE(m_store->retryFailed(profile, QStringLiteral("k2")), 1);
    QCOMPARE(keysOf(m_store->pendingRows(profile, -1)), QStringList {QStringLiteral("k2")});
    QCOMPARE(m_store->retryFailed(profile, QStringLiteral("k2")), 0);
}

void TestStateStore::retryWholeProfile()
{
    QVERIFY(m_store->commitWindow(window(minute(60),
                                         {QStringLiteral("k1"), QStringLiteral("k2"),
                                          QStringLiteral("k3")}))
                    .ok);
    QVERIFY(m_store->markFailed(QStringLiteral("k1"), QStringLiteral("e1")));
    QVERIFY(m_store->markFailed(QStringLiteral("k3"), QStringLiteral("e3")));
    QVERIFY(m_store->markDelivered({QStringLiteral("k2")}, minute(61)));
    QCOMPARE(m_store->retryFailed(profile), 2);
    QCOMPARE(keysOf(m_store->pendingRows(profile, -1)),
             (QStringList {QStringLiteral("k1"), QStringLiteral("k3")}));
    QCOMPARE(m_store->counts(profile).delivered, 1);
}

void TestStateStore::marksScopedToProfile()
{
    const QString other = QStringLiteral("other");
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1")}, other)).ok);
    QVERIFY(m_store->markDelivered(profile, {QStringLiteral("k1")}, minute(61)));
    QVERIFY(m_store->markFailed(other, QStringLiteral("k1"), QStringLiteral("e")));
    QCOMPARE(m_store->counts(profile).delivered, 1);
    QCOMPARE(m_store->counts(other).failed, 1);
    QCOMPARE(m_store->counts(other).delivered, 0);
}

// Keys of old events are forgotten unless their row still waits for delivery.
void TestStateStore::pruneKeepsUndelivered()
{
    QVERIFY(m_store->commitWindow(window(minute(60),
                                         {QStringLiteral("delivered"), QStringLiteral("pending"),
                                          QStringLiteral("failed")}))
                    .ok);
    QVERIFY(m_store->commitWindow(window(minute(600), {QStringLiteral("recent")})).ok);
    QVERIFY(m_store->markDelivered({QStringLiteral("delivered")}, minute(61)));
    QVERIFY(m_store->markFailed(QStringLiteral("failed"), QStringLiteral("e")));

    QCOMPARE(m_store->pruneSeen(profile, minute(300)), 1);
    RawDatabase raw(path());
    QCOMPARE(raw.column(QStringLiteral("SELECT key FROM seen ORDER BY key")),
             (QStringList {QStringLiteral("failed"), QStringLiteral("pending"),
                           QStringLiteral("recent")}));
    QCOMPARE(m_store->pruneSeen(profile, QDateTime()), -1);
}

// After its seen key is pruned, a delivered alert met again is still a duplicate because its
// outbox row remains.
void TestStateStore::prunedDeliveredKeyStaysDuplicate()
{
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("k1")})).ok);
    QVERIFY(m_store->markDelivered({QStringLiteral("k1")}, minute(61)));
    QCOMPARE(m_store->pruneSeen(profile, minute(300)), 1);
    const StateStore::CommitResult again
            = m_store->commitWindow(window(minute(120), {QStringLiteral("k1")}));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.newAlerts, 0);
    QCOMPARE(again.duplicates, 1);
    QCOMPARE(outboxCount(), 1);
}

void TestStateStore::countsPerProfile()
{
    StateStore::WindowCommit commit = window(minute(60),
                                             {QStringLiteral("k1"), QStringLiteral("k2"),
                                              QStringLiteral("k3"), QStringLiteral("k4")});
    commit.rejected.append({RecordRejection {}, QJsonValue(1)});
    commit.rejected.append({RecordRejection {}, QJsonValue(2)});
    QVERIFY(m_store->commitWindow(commit).ok);
    QVERIFY(m_store->commitWindow(window(minute(60), {QStringLiteral("x")}, QStringLiteral("b")))
                    .ok);
    QVERIFY(m_store->markDelivered({QStringLiteral("k1")}, minute(61)));
    QVERIFY(m_store->markFailed(QStringLiteral("k2"), QStringLiteral("e")));

    const OutboxCounts counts = m_store->counts(profile);
    QCOMPARE(counts.pending, 2);
    QCOMPARE(counts.delivered, 1);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.rejected, 2);
    QCOMPARE(m_store->counts(QStringLiteral("b")).pending, 1);
    QCOMPARE(m_store->counts(QStringLiteral("b")).rejected, 0);
}

// One window of 10 000 alerts is one transaction with prepared statements. The bound is loose
// on purpose; the measured time is printed.
void TestStateStore::commitTenThousand()
{
    QStringList keys;
    for (int i = 0; i < 10000; ++i)
        keys.append(QStringLiteral("key-%1").arg(i));
    const StateStore::WindowCommit commit = window(minute(60), keys);

    QElapsedTimer timer;
    timer.start();
    const StateStore::CommitResult result = m_store->commitWindow(commit);
    const qint64 elapsedMs = timer.elapsed();
    qInfo("Committed 10000 alerts in %lld ms", elapsedMs);

    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.newAlerts, 10000);
    QVERIFY2(elapsedMs < 5000, qPrintable(QString::number(elapsedMs)));
    QCOMPARE(m_store->counts(profile).pending, 10000);
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
