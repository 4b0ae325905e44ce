// Measures AlertTableModel behind AlertFilterProxyModel at live-table scale: page-wise inserts,
// sorting by time, text filtering, inserts while sorted, delivery updates and CSV export.
// Prints wall-clock times from QElapsedTimer and the process's peak resident set size.
//
//   bench_alert_model [--rows N] [--page-size N] [--view] [--smoke]
//
// Targets, checked at the default 100000 rows: the unsorted insert at most 1 s, sorting by
// time at most 0.5 s, and peak RSS at most 300 MB while the table has those rows. The later
// steps add 20 % more rows, and their peak is reported but not checked. Smoke mode inserts
// 2000 rows and checks no target.
//
// With --view a QTableView shows the proxy, which adds the header and selection bookkeeping of
// a real window. It needs a platform plugin, so run it with QT_QPA_PLATFORM=offscreen.

#include "alertfilterproxymodel.h"
#include "alerttablemodel.h"
#include "benchreport.h"
#include "csvexport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimeZone>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace bridge;

namespace {

// Event times fall at random in [start, start + spanSeconds), or with inOrder at start plus
// the alert's number in seconds, so that each page is newer than the one before.
struct TimeWindow
{
    QDateTime start;
    int spanSeconds = 0;
    bool inOrder = false;
};

// An alert whose record is shaped like a Mimecast URL protection log entry, so the raw JSON kept
// per row has a realistic size.
NormalizedAlert makeAlert(int number, const TimeWindow &window, QRandomGenerator &random)
{
    const QDateTime eventTime = window.inOrder
            ? window.start.addSecs(number)
            : window.start.addSecs(random.bounded(window.spanSeconds));
    const QString sender
            = QStringLiteral("sender%1@phish%2.example.net").arg(number).arg(random.bounded(500));
    const QString recipient = QStringLiteral("user%1@customer.example.com").arg(number % 2000);
    const QString subject = QStringLiteral("Invoice %1 overdue, please review").arg(number);
    const QString url = QStringLiteral("https://login-%1.bad.example/verify?id=%2")
                                .arg(random.bounded(1000))
                                .arg(number);

    NormalizedAlert alert;
    alert.key = QStringLiteral("%1").arg(number, 40, 16, QLatin1Char('0'));
    alert.category = number % 3 == 0 ? LogType::Attachment
            : number % 3 == 1        ? LogType::Impersonation
                                     : LogType::Url;
    alert.alertType = QStringLiteral("Default Inbound URL Protect Definition");
    alert.threatId = QStringLiteral("T1598.003");
    alert.threatName = QStringLiteral("Spearphishing Link");
    alert.mappingRule = QStringLiteral(
            "url, ttpDefinition = \"Default Inbound URL Protect Definition\", table row "
            "\"Default Inbound URL Protect Definition\" gives T1598.003.");
    alert.severity = number % 5 == 0 ? Severity::High : Severity::Medium;
    alert.eventTime = eventTime;
    alert.sender = sender;
    alert.recipient = recipient;
    alert.subject = subject;
    alert.detail = url;
    alert.action = QStringLiteral("Blocked");
    const QJsonObject record {
            {QStringLiteral("date"), eventTime.toString(Qt::ISODate)},
            {QStringLiteral("userEmailAddress"), recipient},
            {QStringLiteral("fromUserEmailAddress"), sender},
            {QStringLiteral("url"), url},
            {QStringLiteral("ttpDefinition"), alert.alertType},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("action"), QStringLiteral("block")},
            {QStringLiteral("adminOverride"), QStringLiteral("N/A")},
            {QStringLiteral("userOverride"), QStringLiteral("None")},
            {QStringLiteral("scanResult"), QStringLiteral("malicious")},
            {QStringLiteral("category"), QStringLiteral("Phishing & Fraud")},
            {QStringLiteral("sendingIp"), QStringLiteral("198.51.100.%1").arg(number % 256)},
            {QStringLiteral("route"), QStringLiteral("inbound")},
            {QStringLiteral("creationMethod"), QStringLiteral("User Click")},
            {QStringLiteral("messageId"), QStringLiteral("<%1@mail.example.net>").arg(number)},
    };
    // The app keeps each record as its compact JSON text, as read from the get-logs response.
    alert.record
            = RecordJson::fromCompactText(QJsonDocument(record).toJson(QJsonDocument::Compact));
    return alert;
}

QList<NormalizedAlert> makePage(int first, int count, const TimeWindow &window,
                                QRandomGenerator &random)
{
    QList<NormalizedAlert> page;
    page.reserve(count);
    for (int number = first; number < first + count; ++number)
        page.append(makeAlert(number, window, random));
    return page;
}

// Appends rows alerts in pages of pageSize starting at number first, timing only the model
// calls, not the generation of test data. Returns milliseconds.
qint64 appendPages(AlertTableModel &model, int first, int rows, int pageSize,
                   const TimeWindow &window, QRandomGenerator &random)
{
    qint64 elapsedMs = 0;
    for (int start = first; start < first + rows; start += pageSize) {
        const QList<NormalizedAlert> page
                = makePage(start, std::min(pageSize, first + rows - start), window, random);
        QElapsedTimer timer;
        timer.start();
        model.appendAlerts(page);
        elapsedMs += timer.elapsed();
    }
    return elapsedMs;
}

long peakResidentKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// Runs step and returns its wall-clock time in milliseconds. The time includes the first
// rowCount() afterwards, because QSortFilterProxyModel may rebuild its mapping lazily on that
// call, which a view makes at once.
template<typename Step> qint64 measure(const QAbstractItemModel &shownModel, Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    shownModel.rowCount();
    return timer.elapsed();
}

void report(const char *step, qint64 milliseconds, const QAbstractItemModel &shownModel)
{
    std::printf("%-44s %7lld ms   visible rows %7d   peak RSS %6.1f MB\n", step,
                static_cast<long long>(milliseconds), shownModel.rowCount(),
                static_cast<double>(peakResidentKilobytes()) / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    bool withView = false;
    for (int i = 1; i < argc; ++i)
        withView = withView || qstrcmp(argv[i], "--view") == 0;
    std::unique_ptr<QCoreApplication> app = withView
            ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the alert table models."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Number of alerts to insert."),
                                        QStringLiteral("count"), QStringLiteral("100000"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            QStringLiteral("Alerts per insert."),
                                            QStringLiteral("count"), QStringLiteral("500"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("Show the proxy in a QTableView."));
    const QCommandLineOption smokeOption(
            QStringLiteral("smoke"),
            QStringLiteral("Insert 2000 rows and check no target, to see that it runs."));
    parser.addOptions({rowsOption, pageSizeOption, viewOption, smokeOption});
    parser.process(*app);
    const bool smoke = parser.isSet(smokeOption);
    const int rows = smoke && !parser.isSet(rowsOption) ? 2000 : parser.value(rowsOption).toInt();
    const int pageSize = parser.value(pageSizeOption).toInt();
    if (rows <= 0 || pageSize <= 0) {
        std::fprintf(stderr, "--rows and --page-size must be positive integers.\n");
        return 2;
    }

    QRandomGenerator random(20260301);
    AlertTableModel model;
    model.setDeliveryStatusShown(true);
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    std::unique_ptr<QTableView> view;
    if (withView) {
        view = std::make_unique<QTableView>();
        view->setModel(&proxy);
        view->setSortingEnabled(false);
        view->resize(1200, 800);
        view->show();
    }

    std::printf("%d alerts in pages of %d, %s\n", rows, pageSize,
                withView ? "proxy shown in a QTableView" : "model and proxy without a view");
    report("start", 0, proxy);

    const QDateTime firstDay(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    const int week = 7 * 24 * 3600;
    const TimeWindow pastWeek {firstDay, week};
    const qint64 insertMs = appendPages(model, 0, rows, pageSize, pastWeek, random);
    report("insert, unsorted", insertMs, proxy);

    const qint64 sortMs = measure(
            proxy, [&proxy] { proxy.sort(AlertTableModel::TimeColumn, Qt::DescendingOrder); });
    report("sort by time, descending", sortMs, proxy);
    const qint64 filterMs
            = measure(proxy, [&proxy] { proxy.setSearchText(QStringLiteral("phish42.example")); });
    report("filter by text \"phish42.example\"", filterMs, proxy);
    // The RSS target is for the table at the requested size, because the steps below grow it.
    const double peakAtRowsMb = bench::peakResidentMegabytes();
    report("filter by category url (text kept)",
           measure(proxy, [&proxy] { proxy.setCategories({LogType::Url}); }), proxy);
    report("clear both filters",
           measure(proxy,
                   [&proxy] {
                       proxy.setSearchText(QString());
                       proxy.setCategories(
                               {LogType::Attachment, LogType::Impersonation, LogType::Url});
                   }),
           proxy);

    // While sorted by time, pages of newer alerts land as one block at the top, which is how
    // the live table grows. Pages with times spread over the whole table are the worst case,
    // as when the table is sorted by another column.
    const int extraRows = std::max(pageSize, rows / 10);
    int nextNumber = rows;
    const TimeWindow afterPastWeek {firstDay.addSecs(week), 0, true};
    report("insert 10 % more, newer, while sorted",
           appendPages(model, nextNumber, extraRows, pageSize, afterPastWeek, random), proxy);
    nextNumber += extraRows;
    report("insert 10 % more, spread, while sorted",
           appendPages(model, nextNumber, extraRows, pageSize, pastWeek, random), proxy);

    QStringList keys;
    for (int row = 0; row < model.rowCount(); row += 7)
        keys.append(model.index(row, 0).data(AlertTableModel::KeyRole).toString());
    report("mark every 7th alert delivered while sorted",
           measure(proxy,
                   [&model, &keys] { model.setDeliveryStatus(keys, DeliveryStatus::Delivered); }),
           proxy);

    QFile devNull(QStringLiteral("/dev/null"));
    if (devNull.open(QIODevice::WriteOnly)) {
        bool exported = false;
        const qint64 exportMs = measure(proxy, [&proxy, &devNull, &exported] {
            QString error;
            exported = exportAlertsCsv(&proxy, &devNull, &error);
        });
        report(exported ? "export all rows as CSV to /dev/null" : "CSV export FAILED", exportMs,
               proxy);
    }

    report("clear", measure(proxy, [&model] { model.clear(); }), proxy);

    const char *const name = withView ? "alert_model_view" : "alert_model";
    bench::printResult(name, "rows", rows, "alerts");
    bench::printResult(name, "filter by text", double(filterMs), "ms");
    bench::printResult(name, "peak RSS with 20 % more rows", bench::peakResidentMegabytes(), "MB");
    const bool checked = !smoke && rows == 100000;
    bool met = bench::printTarget(name, "insert, unsorted", double(insertMs), "ms",
                                  bench::Better::Lower, 1000, checked);
    met = bench::printTarget(name, "sort by time", double(sortMs), "ms", bench::Better::Lower, 500,
                             checked)
            && met;
    met = bench::printTarget(name, "peak RSS, table of --rows", peakAtRowsMb, "MB",
                             bench::Better::Lower, 300, checked)
            && met;
    return met ? 0 : 1;
}
