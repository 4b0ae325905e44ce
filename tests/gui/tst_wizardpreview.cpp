// The wizard's preview page against the in-process demo Mimecast simulator: rows arrive page by
// page, the counters match the demo data set, filters, search, details, CSV export, Stop,
// rate limits and a restarted window.

#include "alertfilterproxymodel.h"
#include "alerttablemodel.h"
#include "languages.h"
#include "mimecastsimulator.h"
#include "previewpage.h"
#include "wizardtesting.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>

using namespace bridge;
using namespace bridge::testing;

namespace {

constexpr int loadTimeoutMs = 20000;

struct Totals
{
    qint64 records = 0;
    qint64 alerts = 0;
    qint64 clean = 0;
    qint64 rejected = 0;
};

QJsonObject expectations()
{
    QFile file(QStringLiteral(MB_SOURCE_DIR "/tests/data/demo-expectations.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Expected counters of the "last 7 days" preview. The demo services move each log's newest
// record to 5 minutes before now, so an alert more than 7 days minus 5 minutes older than its
// log's newest record falls before the window. Only alerts carry an eventTime in the
// expectations, and the clean and rejected records of the demo set all lie well inside the
// window, so they are counted in full.
Totals expectedLastWeek(const QList<LogType> &types = {allLogTypes.begin(), allLogTypes.end()})
{
    const QJsonObject root = expectations();
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    const qint64 windowSeconds = 7 * 24 * 3600 - 5 * 60;
    Totals expected;
    for (const LogType type : types) {
        const QJsonObject typeTotals = totals.value(logTypeName(type)).toObject();
        expected.records += typeTotals.value(QStringLiteral("records")).toInteger();
        expected.alerts += typeTotals.value(QStringLiteral("alert")).toInteger();
        expected.clean += typeTotals.value(QStringLiteral("clean")).toInteger();
        expected.rejected += typeTotals.value(QStringLiteral("rejected")).toInteger();

        const QJsonArray records = root.value(QStringLiteral("logs"))
                                           .toObject()
                                           .value(logTypeName(type))
                                           .toObject()
                                           .value(QStringLiteral("records"))
                                           .toArray();
        QList<QDateTime> alertTimes;
        for (const QJsonValue &record : records) {
            if (record[QStringLiteral("outcome")].toString() == u"alert") {
                alertTimes.append(QDateTime::fromString(
                        record[QStringLiteral("eventTime")].toString(), Qt::ISODate));
            }
        }
        const QDateTime newest = *std::max_element(alertTimes.begin(), alertTimes.end());
        for (const QDateTime &time : std::as_const(alertTimes)) {
            if (time.secsTo(newest) > windowSeconds) {
                --expected.records;
                --expected.alerts;
            }
        }
    }
    return expected;
}

// Number of records in RFC 4180 text, counting line breaks inside quoted fields as text.
int csvRecordCount(const QString &text)
{
    int records = 0;
    bool quoted = false;
    bool inRecord = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (c == u'\n' && !quoted) {
            ++records;
            inRecord = false;
        } else if (c != u'\r') {
            inRecord = true;
        }
    }
    return records + (inRecord ? 1 : 0);
}

template<typename T> T *child(QWidget *page, const char *name)
{
    return page->findChild<T *>(QLatin1String(name));
}

} // namespace

class WizardPreviewTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY(installTranslations(QStringLiteral("en"))); }

    void loadsPageByPage_data();
    void loadsPageByPage();
    void filterAndSearchNarrowRows();
    void detailsShowSelectedAlert();
    void exportWritesVisibleRows();
    void stopCancelsLoading();
    void rateLimitShowsUntil();
    void restartedWindowKeepsCounters();
    void nextStopsLoading();
    void pageIsAccessible_data();
    void pageIsAccessible();
};

// Loads the whole demo data set with a small page size and checks the counters against the
// data set's expectations while the model testers watch every insertion.
void WizardPreviewTest::loadsPageByPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

void WizardPreviewTest::loadsPageByPage()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));

    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.pageSize = 10;
    fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();
    QVERIFY(page);

    QAbstractItemModelTester sourceTester(page->alertModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page->proxyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto *range = child<QComboBox>(page, "rangeCombo");
    QCOMPARE(range->currentIndex(), 1); // last 24 hours by default
    range->setCurrentIndex(2);

    QSignalSpy inserted(page->alertModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(page, &PreviewPage::loadFinished);
    child<QPushButton>(page, "loadButton")->click();
    QVERIFY(page->isLoading());
    QVERIFY(!child<QPushButton>(page, "loadButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "stopButton")->isEnabled());
    QVERIFY(child<QProgressBar>(page, "progressBar")->isVisible());
    QVERIFY(!child<QLabel>(page, "progressLabel")->text().isEmpty());

    QVERIFY(finished.wait(loadTimeoutMs));
    QVERIFY(!page->isLoading());
    // A page size of 10 over 152 alerts gives many insertions, one per page with new alerts.
    QVERIFY2(inserted.size() > 5, qPrintable(QString::number(inserted.size())));

    const PreviewCounters counters = page->totalCounters();
    const Totals expected = expectedLastWeek();
    QCOMPARE(counters.fetched, expected.records);
    QCOMPARE(counters.alerts, expected.alerts);
    QCOMPARE(counters.clean, expected.clean);
    QCOMPARE(counters.rejected, expected.rejected);
    QCOMPARE(counters.fetched, counters.clean + counters.rejected + counters.alerts);
    QCOMPARE(qint64(page->alertModel()->rowCount()), counters.alerts);
    QCOMPARE(child<QLabel>(page, "countersLabel")->text(), counters.summaryText());
    QVERIFY(child<QLabel>(page, "errorLabel")->isHidden());
    QVERIFY(child<QPushButton>(page, "exportButton")->isEnabled());

    // Newest first by default.
    const QAbstractItemModel *proxy = page->proxyModel();
    const qint64 first = proxy->index(0, AlertTableModel::TimeColumn)
                                 .data(AlertTableModel::SortRole)
                                 .toLongLong();
    const qint64 last = proxy->index(proxy->rowCount() - 1, AlertTableModel::TimeColumn)
                                .data(AlertTableModel::SortRole)
                                .toLongLong();
    QVERIFY(first >= last);

    QVERIFY(saveScreenshot(fixture.wizard.get(), language, QStringLiteral("preview")));
}

void WizardPreviewTest::filterAndSearchNarrowRows()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.pageSize = 50;
    fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();
    child<QComboBox>(page, "rangeCombo")->setCurrentIndex(2);
    QSignalSpy finished(page, &PreviewPage::loadFinished);
    page->load();
    QVERIFY(finished.wait(loadTimeoutMs));

    const AlertTableModel *model = page->alertModel();
    const AlertFilterProxyModel *proxy = page->proxyModel();
    const int total = model->rowCount();
    QVERIFY(total > 0);
    int urlRows = 0;
    for (int row = 0; row < total; ++row) {
        if (model->index(row, 0).data(AlertTableModel::CategoryRole).toInt() == int(LogType::Url)) {
            ++urlRows;
        }
    }
    QVERIFY(urlRows > 0);

    child<QCheckBox>(page, "urlCheck")->setChecked(false);
    QCOMPARE(proxy->rowCount(), total - urlRows);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, 0).data(AlertTableModel::CategoryRole).toInt()
                != int(LogType::Url));
    child<QCheckBox>(page, "urlCheck")->setChecked(true);
    QCOMPARE(proxy->rowCount(), total);

    const QString sender = model->index(0, AlertTableModel::SenderColumn).data().toString();
    QVERIFY(!sender.isEmpty());
    auto *search = child<QLineEdit>(page, "searchEdit");
    search->setText(sender.toUpper());
    // The search waits for typing to pause.
    QCOMPARE(proxy->rowCount(), total);
    QTRY_VERIFY(proxy->rowCount() < total);
    QVERIFY(proxy->rowCount() > 0);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QStringList texts
                = proxy->index(row, 0).data(AlertTableModel::SearchTextsRole).toStringList();
        QVERIFY(texts.join(u'\n').contains(sender, Qt::CaseInsensitive));
    }

    search->setText(QStringLiteral("no-such-text-anywhere"));
    QTRY_COMPARE(proxy->rowCount(), 0);
    QTRY_VERIFY(!child<QPushButton>(page, "exportButton")->isEnabled());
    search->clear();
    QTRY_COMPARE(proxy->rowCount(), total);
}

void WizardPreviewTest::detailsShowSelectedAlert()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();
    child<QComboBox>(page, "rangeCombo")->setCurrentIndex(2);
    QSignalSpy finished(page, &PreviewPage::loadFinished);
    page->load();
    QVERIFY(finished.wait(loadTimeoutMs));

    auto *view = child<QTableView>(page, "alertView");
    auto *mapping = child<QLabel>(page, "mappingLabel");
    auto *rawJson = child<QPlainTextEdit>(page, "rawJsonEdit");
    QVERIFY(rawJson->isReadOnly());
    QVERIFY(rawJson->toPlainText().isEmpty());

    for (const int row : {0, 3}) {
        const QModelIndex index = page->proxyModel()->index(row, 0);
        view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString rule = index.data(AlertTableModel::MappingRuleRole).toString();
        QVERIFY(!rule.isEmpty());
        QCOMPARE(mapping->text(), rule);
        const QJsonObject record = index.data(AlertTableModel::RawJsonRole).toJsonObject();
        QJsonParseError error;
        const QJsonDocument shown
                = QJsonDocument::fromJson(rawJson->toPlainText().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(shown.object(), record);
        // Indented: one field per line.
        QVERIFY(rawJson->toPlainText().count(u'\n') > record.size());
    }
}

void WizardPreviewTest::exportWritesVisibleRows()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();
    child<QComboBox>(page, "rangeCombo")->setCurrentIndex(2);
    QSignalSpy finished(page, &PreviewPage::loadFinished);
    page->load();
    QVERIFY(finished.wait(loadTimeoutMs));

    child<QCheckBox>(page, "attachmentCheck")->setChecked(false);
    const int visible = page->proxyModel()->rowCount();
    QVERIFY(visible > 0);
    QVERIFY(visible < page->alertModel()->rowCount());

    child<QPushButton>(page, "exportButton")->click();
    auto *dialog = page->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString path = fixture.folder.filePath(QStringLiteral("alerts.csv"));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(csvRecordCount(text), visible + 1);
    // Every visible row's key-independent cell, the alert type, is in the file.
    const QString threatId
            = page->proxyModel()->index(0, AlertTableModel::ThreatIdColumn).data().toString();
    QVERIFY(text.contains(threatId));
    QVERIFY(child<QLabel>(page, "errorLabel")->isHidden());

    // A folder that does not exist reports the failure on the page.
    QVERIFY(!page->exportCsv(fixture.folder.filePath(QStringLiteral("missing/alerts.csv"))));
    QVERIFY(!child<QLabel>(page, "errorLabel")->isHidden());
    QVERIFY(child<QLabel>(page, "errorLabel")->text().contains(u"missing/alerts.csv"));
}

void WizardPreviewTest::stopCancelsLoading()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.pageSize = 1;
    fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();
    child<QComboBox>(page, "rangeCombo")->setCurrentIndex(2);

    QSignalSpy finished(page, &PreviewPage::loadFinished);
    page->load();
    QTRY_VERIFY_WITH_TIMEOUT(page->alertModel()->rowCount() > 0, loadTimeoutMs);
    child<QPushButton>(page, "stopButton")->click();

    QCOMPARE(finished.size(), 1);
    QVERIFY(!page->isLoading());
    QVERIFY(child<QPushButton>(page, "loadButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "stopButton")->isEnabled());
    QVERIFY(child<QProgressBar>(page, "progressBar")->isHidden());

    const int rows = page->alertModel()->rowCount();
    const qint64 fetched = page->totalCounters().fetched;
    QSignalSpy inserted(page->alertModel(), &QAbstractItemModel::rowsInserted);
    QVERIFY(!inserted.wait(500));
    QCOMPARE(page->alertModel()->rowCount(), rows);
    QCOMPARE(page->totalCounters().fetched, fetched);
    QVERIFY(fetched < expectedLastWeek().records);
}

void WizardPreviewTest::rateLimitShowsUntil()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.demo.mimecast()->faults().rateLimitCount = 1;
    fixture.demo.mimecast()->faults().rateLimitResetMs = 1500;
    fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();
    child<QComboBox>(page, "rangeCombo")->setCurrentIndex(2);

    QSignalSpy finished(page, &PreviewPage::loadFinished);
    page->load();
    const QRegularExpression time(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"));
    QTRY_VERIFY_WITH_TIMEOUT(time.match(child<QLabel>(page, "progressLabel")->text()).hasMatch(),
                             5000);
    QVERIFY(child<QLabel>(page, "progressLabel")->text().contains(u"rate limited until"));
    QVERIFY(finished.wait(loadTimeoutMs));
    QCOMPARE(page->totalCounters().fetched, expectedLastWeek().records);
}

// A server error after the first page restarts the window: the counters start over for that
// log type, and the table does not get the first page's rows twice.
void WizardPreviewTest::restartedWindowKeepsCounters()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.pageSize = 10;
    fixture.session.settings.logTypes = {LogType::Url};
    fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();
    child<QComboBox>(page, "rangeCombo")->setCurrentIndex(2);

    MimecastSimulator *simulator = fixture.demo.mimecast();
    QMetaObject::Connection once;
    once = connect(page->alertModel(), &QAbstractItemModel::rowsInserted, this, [&] {
        simulator->faults().serverErrorCount = 1;
        disconnect(once);
    });

    QSignalSpy finished(page, &PreviewPage::loadFinished);
    page->load();
    QVERIFY(finished.wait(loadTimeoutMs));

    const Totals expected = expectedLastWeek({LogType::Url});
    const PreviewCounters counters = page->totalCounters();
    QCOMPARE(counters.fetched, expected.records);
    QCOMPARE(counters.alerts, expected.alerts);
    QCOMPARE(counters.clean, expected.clean);
    QCOMPARE(counters.rejected, expected.rejected);
    QCOMPARE(qint64(page->alertModel()->rowCount()), counters.alerts);
}

void WizardPreviewTest::nextStopsLoading()
{
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.session.settings.pageSize = 1;
    SetupWizard *wizard = fixture.open(SetupWizard::Preview);
    auto *page = fixture.page<PreviewPage>();

    // Next is allowed before any preview.
    QVERIFY(fixture.button(QWizard::NextButton)->isEnabled());
    child<QComboBox>(page, "rangeCombo")->setCurrentIndex(2);
    page->load();
    QTRY_VERIFY_WITH_TIMEOUT(page->alertModel()->rowCount() > 0, loadTimeoutMs);
    QVERIFY(fixture.button(QWizard::NextButton)->isEnabled());
    fixture.button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(SetupWizard::Destination));
    QVERIFY(!page->isLoading());
}

void WizardPreviewTest::pageIsAccessible_data()
{
    loadsPageByPage_data();
}

void WizardPreviewTest::pageIsAccessible()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language));
    WizardFixture fixture;
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    fixture.open(SetupWizard::Preview);
    const QStringList missing = widgetsWithoutAccessibleName(fixture.wizard->currentPage());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
}

QTEST_MAIN(WizardPreviewTest)
#include "tst_wizardpreview.moc"
