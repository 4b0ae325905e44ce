// AlertTableModel and AlertFilterProxyModel: page-wise inserts, duplicate keys, delivery status
// updates, filtering, chronological sorting and retranslation, all under
// QAbstractItemModelTester.

#include "alertfilterproxymodel.h"
#include "alerttablemodel.h"
#include "languages.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace bridge;

namespace {

const QDateTime baseTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

NormalizedAlert makeAlert(int number, LogType category = LogType::Url,
                          const QDateTime &eventTime = QDateTime())
{
    NormalizedAlert alert;
    alert.key = QStringLiteral("key-%1").arg(number);
    alert.category = category;
    alert.alertType = QStringLiteral("Alert type %1").arg(number);
    alert.threatId = QStringLiteral("T1598.003");
    alert.threatName = QStringLiteral("Spearphishing Link");
    alert.mappingRule = QStringLiteral("Rule for alert %1").arg(number);
    alert.severity = number % 2 == 0 ? Severity::High : Severity::Medium;
    alert.eventTime = eventTime.isValid() ? eventTime : baseTime.addSecs(number);
    alert.sender = QStringLiteral("sender%1@example.com").arg(number);
    alert.recipient = QStringLiteral("user%1@example.org").arg(number);
    alert.subject = QStringLiteral("Subject %1").arg(number);
    alert.detail = QStringLiteral("https://bad.example/%1").arg(number);
    alert.action = QStringLiteral("block");
    alert.record = RecordJson::fromObject(QJsonObject {{QStringLiteral("id"), number}});
    return alert;
}

QList<NormalizedAlert> makePage(int first, int count, LogType category = LogType::Url)
{
    QList<NormalizedAlert> page;
    for (int number = first; number < first + count; ++number)
        page.append(makeAlert(number, category));
    return page;
}

QStringList columnTexts(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data(role).toString());
    return texts;
}

} // namespace

class AlertTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { installTranslations(QStringLiteral("en")); }
    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void passesModelTesterThroughLifecycle();
    void insertsEachPageOnce();
    void ignoresDuplicateKeys();
    void readsAlertJson();
    void skipsInvalidAlertJson();
    void showsLocalTimeAndUtcSortKey();
    void explainsMappingInToolTips();
    void togglesDeliveryColumn();
    void updatesOnlyChangedDeliveryRows();
    void clearsRows();
    void filtersByCategory();
    void filtersByText_data();
    void filtersByText();
    void sortsChronologicallyAcrossOffsets();
    void keepsSortOrderForNewPages();
    void keepsSortOrderAcrossFilterChanges();
    void sortsSeverityByRank();
    void retranslatesHeaders();
};

void AlertTableModelTest::passesModelTesterThroughLifecycle()
{
    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.appendAlerts(makePage(0, 50)), 50);
    QCOMPARE(model.appendAlerts(makePage(50, 50, LogType::Attachment)), 50);
    model.setDeliveryStatusShown(true);
    model.setDeliveryStatus({QStringLiteral("key-3"), QStringLiteral("key-4")},
                            DeliveryStatus::Delivered);
    proxy.sort(AlertTableModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(model.appendAlerts(makePage(100, 20)), 20);
    proxy.setSearchText(QStringLiteral("sender1"));
    proxy.setCategories({LogType::Url});
    model.setDeliveryStatus({QStringLiteral("key-10")}, DeliveryStatus::Failed);
    proxy.setSearchText(QString());
    proxy.sort(AlertTableModel::SeverityColumn, Qt::AscendingOrder);
    model.retranslate();
    model.setDeliveryStatusShown(false);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(model.appendAlerts(makePage(0, 5)), 5);
    QCOMPARE(proxy.rowCount(), 5);
}

void AlertTableModelTest::insertsEachPageOnce()
{
    AlertTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model.appendAlerts(makePage(0, 500)), 500);
    QCOMPARE(model.appendAlerts(makePage(500, 500)), 500);

    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    QCOMPARE(inserted.at(1).at(1).toInt(), 500);
    QCOMPARE(inserted.at(1).at(2).toInt(), 999);
    QCOMPARE(model.rowCount(), 1000);
}

void AlertTableModelTest::ignoresDuplicateKeys()
{
    AlertTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model.appendAlerts(makePage(0, 10)), 10);
    // A page repeating known keys, plus one new key that appears twice in the page.
    QList<NormalizedAlert> page = makePage(5, 5);
    page.append(makeAlert(42));
    page.append(makeAlert(42));
    QCOMPARE(model.appendAlerts(page), 1);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(inserted.count(), 2);

    // The same alerts arriving again as JSON add nothing and emit nothing.
    QList<QJsonObject> json;
    for (const NormalizedAlert &alert : makePage(0, 10))
        json.append(alert.toJson());
    QCOMPARE(model.appendAlertJson(json), 0);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(inserted.count(), 2);
}

void AlertTableModelTest::readsAlertJson()
{
    AlertTableModel model;
    const NormalizedAlert alert = makeAlert(7, LogType::Impersonation);
    QCOMPARE(model.appendAlertJson({alert.toJson()}), 1);

    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(AlertTableModel::CategoryColumn).toString(), QStringLiteral("Impersonation"));
    QCOMPARE(cell(AlertTableModel::AlertTypeColumn).toString(), alert.alertType);
    QCOMPARE(cell(AlertTableModel::ThreatIdColumn).toString(), alert.threatId);
    QCOMPARE(cell(AlertTableModel::ThreatNameColumn).toString(), alert.threatName);
    QCOMPARE(cell(AlertTableModel::SeverityColumn).toString(), QStringLiteral("Medium"));
    QCOMPARE(cell(AlertTableModel::SenderColumn).toString(), alert.sender);
    QCOMPARE(cell(AlertTableModel::RecipientColumn).toString(), alert.recipient);
    QVERIFY(cell(AlertTableModel::SubjectColumn).toString().contains(alert.subject));
    QVERIFY(cell(AlertTableModel::SubjectColumn).toString().contains(alert.detail));
    QCOMPARE(cell(0, AlertTableModel::KeyRole).toString(), alert.key);
    QCOMPARE(cell(0, AlertTableModel::RawJsonRole).toJsonObject(), alert.record.toObject());
    QCOMPARE(cell(0, AlertTableModel::MappingRuleRole).toString(), alert.mappingRule);
    QCOMPARE(cell(AlertTableModel::TimeColumn, AlertTableModel::SortRole).toLongLong(),
             alert.eventTime.toMSecsSinceEpoch());
    QCOMPARE(cell(AlertTableModel::TimeColumn, AlertTableModel::ExportRole).toString(),
             QStringLiteral("2026-03-01T12:00:07Z"));
    QVERIFY(model.containsKey(alert.key));
}

void AlertTableModelTest::skipsInvalidAlertJson()
{
    AlertTableModel model;
    QJsonObject withoutKey = makeAlert(1).toJson();
    withoutKey.remove(QStringLiteral("key"));
    QJsonObject unknownCategory = makeAlert(2).toJson();
    unknownCategory.insert(QStringLiteral("category"), QStringLiteral("spam"));
    QJsonObject badTime = makeAlert(3).toJson();
    badTime.insert(QStringLiteral("eventTime"), QStringLiteral("yesterday"));
    const QJsonObject valid = makeAlert(4).toJson();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped 3 of 4")));
    QCOMPARE(model.appendAlertJson({withoutKey, unknownCategory, badTime, valid}), 1);
    QCOMPARE(model.index(0, 0).data(AlertTableModel::KeyRole).toString(), QStringLiteral("key-4"));
}

void AlertTableModelTest::showsLocalTimeAndUtcSortKey()
{
    AlertTableModel model;
    const QDateTime eventTime(QDate(2026, 3, 1), QTime(9, 30, 15), QTimeZone(-3 * 3600));
    QCOMPARE(model.appendAlerts({makeAlert(1, LogType::Url, eventTime)}), 1);

    const QModelIndex timeCell = model.index(0, AlertTableModel::TimeColumn);
    QCOMPARE(timeCell.data().toString(),
             QLocale().toString(eventTime.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(timeCell.data(AlertTableModel::SortRole).toLongLong(), eventTime.toMSecsSinceEpoch());
    QCOMPARE(timeCell.data(AlertTableModel::ExportRole).toString(),
             QStringLiteral("2026-03-01T12:30:15Z"));
}

void AlertTableModelTest::explainsMappingInToolTips()
{
    AlertTableModel model;
    QCOMPARE(model.appendAlerts({makeAlert(1)}), 1);
    for (int column : {AlertTableModel::AlertTypeColumn, AlertTableModel::ThreatIdColumn,
                       AlertTableModel::ThreatNameColumn}) {
        QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Rule for alert 1"));
    }
    QVERIFY(!model.index(0, AlertTableModel::SenderColumn).data(Qt::ToolTipRole).isValid());
}

void AlertTableModelTest::togglesDeliveryColumn()
{
    AlertTableModel model;
    QCOMPARE(model.columnCount(), int(AlertTableModel::DeliveryStatusColumn));
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);

    model.setDeliveryStatusShown(true);
    model.setDeliveryStatusShown(true);
    QCOMPARE(model.columnCount(), AlertTableModel::DeliveryStatusColumn + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.headerData(AlertTableModel::DeliveryStatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Delivery"));

    model.setDeliveryStatusShown(false);
    QCOMPARE(model.columnCount(), int(AlertTableModel::DeliveryStatusColumn));
    QCOMPARE(removed.count(), 1);
}

void AlertTableModelTest::updatesOnlyChangedDeliveryRows()
{
    AlertTableModel model;
    model.setDeliveryStatusShown(true);
    QCOMPARE(model.appendAlerts(makePage(0, 10)), 10);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setDeliveryStatus({QStringLiteral("key-7"), QStringLiteral("key-2"),
                             QStringLiteral("key-3"), QStringLiteral("unknown")},
                            DeliveryStatus::Delivered);

    // Rows 2-3 form one run and row 7 another. The unknown key changes nothing.
    QCOMPARE(changed.count(), 2);
    const auto topLeft = [&changed](int signal) {
        return changed.at(signal).at(0).toModelIndex();
    };
    const auto bottomRight = [&changed](int signal) {
        return changed.at(signal).at(1).toModelIndex();
    };
    QCOMPARE(topLeft(0).row(), 2);
    QCOMPARE(bottomRight(0).row(), 3);
    QCOMPARE(topLeft(1).row(), 7);
    QCOMPARE(bottomRight(1).row(), 7);
    for (int signal = 0; signal < 2; ++signal) {
        QCOMPARE(topLeft(signal).column(), int(AlertTableModel::DeliveryStatusColumn));
        QCOMPARE(bottomRight(signal).column(), int(AlertTableModel::DeliveryStatusColumn));
    }
    QCOMPARE(model.index(2, AlertTableModel::DeliveryStatusColumn).data().toString(),
             QStringLiteral("Delivered"));
    QCOMPARE(model.index(4, AlertTableModel::DeliveryStatusColumn).data().toString(),
             QStringLiteral("Pending"));
    QCOMPARE(model.deliveryStatus(QStringLiteral("key-7")), DeliveryStatus::Delivered);

    // Setting the status a row already has emits nothing.
    changed.clear();
    model.setDeliveryStatus({QStringLiteral("key-7")}, DeliveryStatus::Delivered);
    QCOMPARE(changed.count(), 0);

    model.setDeliveryStatus({QStringLiteral("key-9")}, DeliveryStatus::Failed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(9, AlertTableModel::DeliveryStatusColumn).data().toString(),
             QStringLiteral("Failed"));
}

void AlertTableModelTest::clearsRows()
{
    AlertTableModel model;
    QCOMPARE(model.appendAlerts(makePage(0, 3)), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.containsKey(QStringLiteral("key-0")));
    // A cleared key can be added again.
    QCOMPARE(model.appendAlerts(makePage(0, 1)), 1);
}

void AlertTableModelTest::filtersByCategory()
{
    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(model.appendAlerts(makePage(0, 3, LogType::Attachment)), 3);
    QCOMPARE(model.appendAlerts(makePage(3, 2, LogType::Impersonation)), 2);
    QCOMPARE(model.appendAlerts(makePage(5, 4, LogType::Url)), 4);
    QCOMPARE(proxy.rowCount(), 9);

    proxy.setCategories({LogType::Impersonation});
    QCOMPARE(proxy.rowCount(), 2);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QCOMPARE(proxy.index(row, 0).data(AlertTableModel::CategoryRole).toInt(),
                 int(LogType::Impersonation));
    }

    proxy.setCategoryShown(LogType::Url, true);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setCategories({});
    QCOMPARE(proxy.rowCount(), 0);

    // Rows of a hidden category that arrive later stay hidden.
    proxy.setCategories({LogType::Attachment});
    QCOMPARE(model.appendAlerts(makePage(9, 5, LogType::Url)), 5);
    QCOMPARE(proxy.rowCount(), 3);
}

void AlertTableModelTest::filtersByText_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedKey");

    QTest::newRow("sender") << QStringLiteral("SENDER3@") << QStringLiteral("key-3");
    QTest::newRow("recipient") << QStringLiteral("user4@example") << QStringLiteral("key-4");
    QTest::newRow("subject") << QStringLiteral("subject 2") << QStringLiteral("key-2");
    QTest::newRow("detail") << QStringLiteral("bad.example/1") << QStringLiteral("key-1");
    QTest::newRow("alert type") << QStringLiteral("alert TYPE 0") << QStringLiteral("key-0");
    QTest::newRow("threat id") << QStringLiteral("  t1078 ") << QStringLiteral("key-5");
}

void AlertTableModelTest::filtersByText()
{
    QFETCH(QString, search);
    QFETCH(QString, expectedKey);

    QList<NormalizedAlert> page = makePage(0, 5);
    NormalizedAlert validAccounts = makeAlert(5);
    validAccounts.threatId = QStringLiteral("T1078");
    page.append(validAccounts);

    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(model.appendAlerts(page), 6);

    proxy.setSearchText(search);
    QCOMPARE(columnTexts(proxy, 0, AlertTableModel::KeyRole), QStringList {expectedKey});

    proxy.setSearchText(QStringLiteral("no such text"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void AlertTableModelTest::sortsChronologicallyAcrossOffsets()
{
    // Local wall-clock order (10:00, 09:00, 07:30) is the reverse of the real order.
    const QDateTime plusTwo(QDate(2026, 3, 1), QTime(10, 0), QTimeZone(7200));
    const QDateTime utc(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    const QDateTime minusOne(QDate(2026, 3, 1), QTime(7, 30), QTimeZone(-3600));
    QJsonObject fromOffsetText = makeAlert(4).toJson();
    fromOffsetText.insert(QStringLiteral("eventTime"), QStringLiteral("2026-03-01T11:15:00+0300"));

    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(model.appendAlerts({makeAlert(1, LogType::Url, plusTwo),
                                 makeAlert(2, LogType::Url, utc),
                                 makeAlert(3, LogType::Url, minusOne)}),
             3);
    QCOMPARE(model.appendAlertJson({fromOffsetText}), 1);

    proxy.sort(AlertTableModel::TimeColumn, Qt::AscendingOrder);
    // 08:00Z, 08:15Z, 08:30Z, 09:00Z
    const QStringList ascending = {QStringLiteral("key-1"), QStringLiteral("key-4"),
                                   QStringLiteral("key-3"), QStringLiteral("key-2")};
    QCOMPARE(columnTexts(proxy, 0, AlertTableModel::KeyRole), ascending);

    proxy.sort(AlertTableModel::TimeColumn, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(columnTexts(proxy, 0, AlertTableModel::KeyRole), descending);
}

void AlertTableModelTest::keepsSortOrderForNewPages()
{
    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AlertTableModel::TimeColumn, Qt::DescendingOrder);

    QCOMPARE(model.appendAlerts(makePage(0, 100)), 100);
    QCOMPARE(model.appendAlerts(makePage(100, 100)), 100);
    QCOMPARE(proxy.index(0, 0).data(AlertTableModel::KeyRole).toString(),
             QStringLiteral("key-199"));
    QCOMPARE(proxy.index(199, 0).data(AlertTableModel::KeyRole).toString(),
             QStringLiteral("key-0"));
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, 0).data(AlertTableModel::SortRole).toLongLong()
                >= proxy.index(row, 0).data(AlertTableModel::SortRole).toLongLong());
    }
}

void AlertTableModelTest::keepsSortOrderAcrossFilterChanges()
{
    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.appendAlerts(makePage(0, 30, LogType::Url)), 30);
    QCOMPARE(model.appendAlerts(makePage(30, 30, LogType::Attachment)), 30);
    proxy.sort(AlertTableModel::TimeColumn, Qt::DescendingOrder);

    const auto verifyDescending = [&proxy] {
        for (int row = 1; row < proxy.rowCount(); ++row) {
            if (proxy.index(row - 1, 0).data(AlertTableModel::SortRole).toLongLong()
                < proxy.index(row, 0).data(AlertTableModel::SortRole).toLongLong()) {
                return false;
            }
        }
        return true;
    };
    proxy.setCategories({LogType::Url});
    QCOMPARE(proxy.rowCount(), 30);
    QVERIFY(verifyDescending());
    proxy.setSearchText(QStringLiteral("sender2"));
    QCOMPARE(proxy.rowCount(), 11); // sender2 and sender20 to sender29
    QVERIFY(verifyDescending());
    proxy.setSearchText(QString());
    proxy.setCategories({LogType::Url, LogType::Attachment});
    QCOMPARE(proxy.rowCount(), 60);
    QVERIFY(verifyDescending());
    QCOMPARE(proxy.index(0, 0).data(AlertTableModel::KeyRole).toString(), QStringLiteral("key-59"));
}

void AlertTableModelTest::sortsSeverityByRank()
{
    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(model.appendAlerts(makePage(0, 6)), 6);

    // Alphabetically "High" comes before "Medium", but by rank High sorts last in ascending order.
    proxy.sort(AlertTableModel::SeverityColumn, Qt::AscendingOrder);
    const QStringList severities = columnTexts(proxy, AlertTableModel::SeverityColumn);
    QCOMPARE(severities.mid(0, 3), QStringList(3, QStringLiteral("Medium")));
    QCOMPARE(severities.mid(3, 3), QStringList(3, QStringLiteral("High")));
}

void AlertTableModelTest::retranslatesHeaders()
{
    AlertTableModel model;
    QCOMPARE(model.appendAlerts(makePage(0, 3)), 3);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(installTranslations(QStringLiteral("pt_BR")));
    model.retranslate();

    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), model.columnCount() - 1);
    // Cells follow too: times are formatted for the new default locale.
    QCOMPARE(cells.count(), 1);
    QCOMPARE(model.index(0, AlertTableModel::TimeColumn).data().toString(),
             QLocale(QStringLiteral("pt_BR"))
                     .toString(baseTime.toLocalTime(), QLocale::ShortFormat));
}

QTEST_MAIN(AlertTableModelTest)
#include "tst_alerttablemodel.moc"
