// CSV export of the alert table: byte order mark, RFC 4180 quoting, formula defusing, UTC
// times, non-ASCII text, and only the rows a filter proxy shows.

#include "alertfilterproxymodel.h"
#include "alerttablemodel.h"
#include "csvexport.h"
#include "languages.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace bridge;

namespace {

NormalizedAlert makeAlert(int number, const QString &subject = QString())
{
    NormalizedAlert alert;
    alert.key = QStringLiteral("key-%1").arg(number);
    alert.category = LogType::Attachment;
    alert.alertType = QStringLiteral("Unsafe Email Attachment");
    alert.threatId = QStringLiteral("T1598.002");
    alert.threatName = QStringLiteral("Spearphishing Attachment");
    alert.severity = Severity::High;
    alert.eventTime = QDateTime(QDate(2026, 3, 1), QTime(10, 0, number), QTimeZone(3600));
    alert.sender = QStringLiteral("sender%1@example.com").arg(number);
    alert.recipient = QStringLiteral("user@example.org");
    alert.subject = subject.isNull() ? QStringLiteral("Subject %1").arg(number) : subject;
    return alert;
}

// Parses RFC 4180 text (after the byte order mark) into rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QByteArray exportToBytes(const QAbstractItemModel &model)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exportAlertsCsv(&model, &buffer, &error))
        qWarning() << "export failed:" << error;
    return buffer.data();
}

QList<QStringList> exportToRows(const QAbstractItemModel &model)
{
    const QByteArray bytes = exportToBytes(model);
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

} // namespace

class CsvExportTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { installTranslations(QStringLiteral("en")); }

    void writesBomHeaderAndCrlf();
    void quotesSpecialCharacters_data();
    void quotesSpecialCharacters();
    void defusesFormulas_data();
    void defusesFormulas();
    void writesUtcTimes();
    void roundTripsNonAsciiText();
    void exportsOnlyVisibleRows();
    void rejectsClosedDevice();
    void reportsWriteFailure();
};

void CsvExportTest::writesBomHeaderAndCrlf()
{
    AlertTableModel model;
    QCOMPARE(model.appendAlerts({makeAlert(1)}), 1);
    const QByteArray bytes = exportToBytes(model);

    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith("Time,Category,Alert type,Threat ID,Threat name,Severity,"
                                    "Sender,Recipient,Subject / detail\r\n"));
    QCOMPARE(bytes.count("\r\n"), 2);
    QVERIFY(bytes.endsWith("\r\n"));
}

void CsvExportTest::quotesSpecialCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedField");

    QTest::newRow("plain") << QStringLiteral("Invoice") << QStringLiteral("Invoice");
    QTest::newRow("comma") << QStringLiteral("Hi, there") << QStringLiteral("\"Hi, there\"");
    QTest::newRow("quote") << QStringLiteral("Say \"yes\"")
                           << QStringLiteral("\"Say \"\"yes\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return")
            << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
}

void CsvExportTest::quotesSpecialCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedField);
    QCOMPARE(csvField(text), expectedField);

    AlertTableModel model;
    QCOMPARE(model.appendAlerts({makeAlert(1, text)}), 1);
    const QList<QStringList> rows = exportToRows(model);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).size(), model.columnCount());
    QCOMPARE(rows.at(1).at(AlertTableModel::SubjectColumn), text);
}

void CsvExportTest::defusesFormulas_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil.example\")");
    QTest::newRow("plus") << QStringLiteral("+1+1");
    QTest::newRow("minus") << QStringLiteral("-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1");
    QTest::newRow("null character") << QString(QChar(u'\0')) + QStringLiteral("=1");
}

void CsvExportTest::defusesFormulas()
{
    QFETCH(QString, text);

    AlertTableModel model;
    QCOMPARE(model.appendAlerts({makeAlert(1, text)}), 1);
    const QList<QStringList> rows = exportToRows(model);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(AlertTableModel::SubjectColumn), u'\'' + text);
    QVERIFY(!csvField(QStringLiteral("a=b")).startsWith(u'\''));
}

void CsvExportTest::writesUtcTimes()
{
    AlertTableModel model;
    QCOMPARE(model.appendAlerts({makeAlert(5)}), 1);
    const QList<QStringList> rows = exportToRows(model);
    QCOMPARE(rows.size(), 2);
    // 10:00:05 at +01:00 is 09:00:05 UTC.
    QCOMPARE(rows.at(1).at(AlertTableModel::TimeColumn), QStringLiteral("2026-03-01T09:00:05Z"));
    QCOMPARE(rows.at(1).at(AlertTableModel::CategoryColumn), QStringLiteral("Attachment"));
    QCOMPARE(rows.at(1).at(AlertTableModel::SeverityColumn), QStringLiteral("High"));
}

void CsvExportTest::roundTripsNonAsciiText()
{
    const QString subject = QStringLiteral("Fatura vencida: ação necessária — 請求書 🚨");
    AlertTableModel model;
    QCOMPARE(model.appendAlerts({makeAlert(1, subject)}), 1);
    const QList<QStringList> rows = exportToRows(model);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(AlertTableModel::SubjectColumn), subject);
}

void CsvExportTest::exportsOnlyVisibleRows()
{
    AlertTableModel model;
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(model.appendAlerts({makeAlert(1), makeAlert(2), makeAlert(3)}), 3);
    proxy.setSearchText(QStringLiteral("sender2@"));
    QCOMPARE(proxy.rowCount(), 1);

    const QList<QStringList> rows = exportToRows(proxy);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(AlertTableModel::SenderColumn), QStringLiteral("sender2@example.com"));

    // Sorted descending, the file follows the view's order.
    proxy.setSearchText(QString());
    proxy.sort(AlertTableModel::TimeColumn, Qt::DescendingOrder);
    const QList<QStringList> sorted = exportToRows(proxy);
    QCOMPARE(sorted.size(), 4);
    QCOMPARE(sorted.at(1).at(AlertTableModel::SenderColumn), QStringLiteral("sender3@example.com"));
    QCOMPARE(sorted.at(3).at(AlertTableModel::SenderColumn), QStringLiteral("sender1@example.com"));
}

void CsvExportTest::rejectsClosedDevice()
{
    AlertTableModel model;
    QBuffer closed;
    QString error;
    QVERIFY(!exportAlertsCsv(&model, &closed, &error));
    QVERIFY(!error.isEmpty());

    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    error.clear();
    QVERIFY(!exportAlertsCsv(&model, &readOnly, &error));
    QVERIFY(!error.isEmpty());
}

void CsvExportTest::reportsWriteFailure()
{
    // On Linux every write to /dev/full fails with ENOSPC.
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("/dev/full is not available on this system");
    AlertTableModel model;
    QCOMPARE(model.appendAlerts({makeAlert(1)}), 1);
    QString error;
    QVERIFY(!exportAlertsCsv(&model, &full, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Writing the CSV file failed:")), qPrintable(error));
}

QTEST_MAIN(CsvExportTest)
#include "tst_csvexport.moc"
