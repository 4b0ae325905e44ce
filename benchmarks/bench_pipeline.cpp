// Measures the record pipeline of one thread: get-logs response pages in, normalized alerts
// out. Each page goes through what the app does with a response body: readLogsResponse (the
// one-pass page reader, or for anything but a plain success classifyResponse and
// extractLogsPage over a QJsonDocument), then RecordProcessor::process on every element
// (validation, clean filter, alert type and MITRE ATT&CK mapping, dedup key). Beside it the
// program times QJsonDocument::fromJson alone over the same bytes, and runs the Python
// reference (pipeline_reference.py) over the same file so that both ratios come from one run.
//
//   bench_pipeline [--records N] [--smoke] [--python PATH] [--reference SCRIPT] [--data FILE]
//   bench_pipeline --write-dataset DIR --records N
//
// The data file contains one page per line: the log type name, a tab, and the response body.
// --write-dataset instead writes ttp-attachment.ndjson, ttp-impersonation.ndjson and
// ttp-url.ndjson for mimecast-bridge-simulator --data, every record an alert, one second apart
// from 2026-11-23T01:00:00Z, and prints the number of records of each type.

#include "benchreport.h"
#include "logspagescan.h"
#include "mimecastresponse.h"
#include "mimecasttime.h"
#include "recordprocessor.h"
#include "ttprecordgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>
#include <cstdio>

using namespace bridge;
using namespace bridge::bench;

namespace {

constexpr int pageSize = 500;
constexpr quint32 seed = 20261123;
const char *const benchmarkName = "pipeline";

// Page types repeat in this order, so url pages are half of all pages.
constexpr std::array<LogType, 4> pageTypes
        = {LogType::Url, LogType::Attachment, LogType::Url, LogType::Impersonation};

QDateTime firstRecordTime()
{
    return QDateTime(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::utc());
}

bool writePages(const QString &path, qint64 records, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    TtpRecordGenerator generator(seed);
    QDateTime start = firstRecordTime();
    qint64 written = 0;
    for (int pageNumber = 0; written < records; ++pageNumber) {
        const LogType type = pageTypes.at(pageNumber % pageTypes.size());
        const int count = int(std::min<qint64>(pageSize, records - written));
        const QByteArray next = written + count < records
                ? "eNqrVkrOz0nOzUvPLEpVslIqLs3PTc0rBgBjnggQ" + QByteArray::number(pageNumber)
                : QByteArray();
        file.write(logTypeName(type).toLatin1() + '\t' + generator.page(type, count, start, 7, next)
                   + '\n');
        start = start.addSecs(qint64(count) * 7);
        written += count;
    }
    if (!file.flush()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeDataSet(const QString &folder, qint64 records)
{
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "Cannot create the folder %s.\n", qPrintable(folder));
        return false;
    }
    // 30 % attachment, 30 % impersonation, the rest url.
    const qint64 attachments = records * 3 / 10;
    const std::array<std::pair<LogType, qint64>, 3> counts
            = {{{LogType::Attachment, attachments},
                {LogType::Impersonation, attachments},
                {LogType::Url, records - 2 * attachments}}};
    TtpRecordGenerator generator(seed, true);
    for (const auto &[type, count] : counts) {
        QFile file(folder + u'/' + u"ttp-" + logTypeName(type) + u".ndjson");
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "Cannot write %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return false;
        }
        for (qint64 i = 0; i < count; ++i)
            file.write(generator.record(type, firstRecordTime().addSecs(i)) + '\n');
        std::printf("%s %lld\n", qPrintable(logTypeName(type)), static_cast<long long>(count));
    }
    return true;
}

struct Page
{
    LogType type = LogType::Url;
    QByteArray body;
};

// Reads one "type<TAB>body" line; returns false at the end of the file.
bool readPage(QFile &file, Page *page)
{
    QByteArray line = file.readLine();
    if (line.isEmpty())
        return false;
    const qsizetype tab = line.indexOf('\t');
    page->type = logTypeFromName(QString::fromLatin1(line.left(tab))).value_or(LogType::Url);
    line.chop(line.endsWith('\n') ? 1 : 0);
    page->body = line.mid(tab + 1);
    return true;
}

struct Totals
{
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 alerts = 0;
    qint64 clean = 0;
    qint64 rejected = 0;
    qint64 nanoseconds = 0;
    qint64 pages = 0;
    qint64 pagesInOnePass = 0; // read by scanLogsPage, without the QJsonDocument fallback
    QByteArray digest; // SHA-1 hex over "key threatId eventTime\n" of every alert, in order
};

// Times QJsonDocument::fromJson alone over every page.
std::optional<Totals> timeRawParse(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Totals totals;
    Page page;
    while (readPage(file, &page)) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(page.body);
        totals.nanoseconds += timer.nsecsElapsed();
        totals.bytes += page.body.size();
        totals.records += document.object()
                                  .value(u"data")
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(recordListKey(page.type))
                                  .toArray()
                                  .size();
    }
    return totals;
}

// Route by which readLogsResponse reads the pages.
enum class Route {
    AsServed, // the one-pass reader takes every generated page
    QJsonDocument, // "fail":null instead of "fail":[] makes every page fall back
};

// Times the pipeline over every page. The digest of the results is computed after each
// page's timed part, so it costs nothing in the measurement.
std::optional<Totals> timePipeline(const QString &path, Route route)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const RecordProcessor processor;
    QCryptographicHash digest(QCryptographicHash::Sha1);
    Totals totals;
    Page page;
    QList<RecordOutcome> outcomes;
    while (readPage(file, &page)) {
        outcomes.clear();
        if (route == Route::QJsonDocument) {
            const qsizetype fail = page.body.lastIndexOf("\"fail\":[]");
            if (fail >= 0)
                page.body.replace(fail, 9, "\"fail\":null");
        }
        QElapsedTimer timer;
        timer.start();
        HttpResult result;
        result.status = 200;
        result.contentType = "application/json";
        result.body = page.body;
        ResponseContext context;
        context.logType = page.type;
        context.path = logEndpointPath(page.type);
        LogsPage logs;
        if (readLogsResponse(result, context, page.type, &logs).isError()) {
            std::fprintf(stderr, "A generated page was classified as an error.\n");
            return std::nullopt;
        }
        for (const PageElement &element : logs.elements)
            outcomes.append(processor.process(page.type, element));
        totals.nanoseconds += timer.nsecsElapsed();

        totals.bytes += page.body.size();
        totals.records += logs.elements.size();
        ++totals.pages;
        if (scanLogsPage(page.type, page.body))
            ++totals.pagesInOnePass;
        for (const RecordOutcome &outcome : std::as_const(outcomes)) {
            switch (outcome.kind) {
            case RecordOutcome::Kind::Alert:
                ++totals.alerts;
                digest.addData(QByteArray(
                        outcome.alert.key.toLatin1() + ' ' + outcome.alert.threatId.toUtf8() + ' '
                        + formatIsoUtc(outcome.alert.eventTime).toLatin1() + '\n'));
                break;
            case RecordOutcome::Kind::Clean:
                ++totals.clean;
                break;
            case RecordOutcome::Kind::Rejected:
                ++totals.rejected;
                break;
            }
        }
    }
    totals.digest = digest.result().toHex();
    return totals;
}

// Named entry points for each route, so that a profile can collect one of them:
// valgrind --tool=callgrind --toggle-collect='*timeOnePassRoute*' bench_pipeline ...
Q_NEVER_INLINE std::optional<Totals> timeOnePassRoute(const QString &path)
{
    return timePipeline(path, Route::AsServed);
}

Q_NEVER_INLINE std::optional<Totals> timeQJsonDocumentRoute(const QString &path)
{
    return timePipeline(path, Route::QJsonDocument);
}

// Runs the Python reference over the file and returns its totals; "python" of the result is
// the pipeline part, "parse" the json.loads part alone.
std::optional<std::pair<Totals, Totals>> runReference(const QString &python, const QString &script,
                                                      const QString &path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(python, {script, path});
    if (!process.waitForStarted(10000) || !process.waitForFinished(-1)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "The Python reference %s failed to run with %s.\n", qPrintable(script),
                     qPrintable(python));
        return std::nullopt;
    }
    const QJsonObject output = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    Totals pipeline;
    pipeline.records = output.value(u"records").toInteger();
    pipeline.alerts = output.value(u"alerts").toInteger();
    pipeline.clean = output.value(u"clean").toInteger();
    pipeline.rejected = output.value(u"rejected").toInteger();
    pipeline.nanoseconds = qint64(output.value(u"pipelineSeconds").toDouble() * 1e9);
    pipeline.digest = output.value(u"digest").toString().toLatin1();
    Totals parse = pipeline;
    parse.nanoseconds = qint64(output.value(u"parseSeconds").toDouble() * 1e9);
    return std::make_pair(pipeline, parse);
}

double perSecond(const Totals &totals)
{
    return totals.nanoseconds > 0 ? double(totals.records) * 1e9 / double(totals.nanoseconds) : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Benchmark of the record pipeline against the raw JSON parse rate "
                           "and a Python reference."));
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Number of records (default 1000000)."),
                                           QStringLiteral("count"), QStringLiteral("1000000"));
    const QCommandLineOption smokeOption(
            QStringLiteral("smoke"),
            QStringLiteral("Run 2000 records and check no target, to see that it runs."));
    const QCommandLineOption pythonOption(QStringLiteral("python"),
                                          QStringLiteral("Python interpreter (default python3)."),
                                          QStringLiteral("path"), QStringLiteral("python3"));
    const QCommandLineOption referenceOption(
            QStringLiteral("reference"),
            QStringLiteral("Python reference script; without it only the C++ side runs."),
            QStringLiteral("path"));
    const QCommandLineOption dataOption(
            QStringLiteral("data"),
            QStringLiteral("Page file to use, written first when it does not exist (default: "
                           "a temporary file)."),
            QStringLiteral("path"));
    const QCommandLineOption dataSetOption(
            QStringLiteral("write-dataset"),
            QStringLiteral("Write a simulator data set of --records alerts to the folder and "
                           "exit."),
            QStringLiteral("folder"));
    parser.addOptions(
            {recordsOption, smokeOption, pythonOption, referenceOption, dataOption, dataSetOption});
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    bool ok = false;
    const qint64 records = smoke && !parser.isSet(recordsOption)
            ? 2000
            : parser.value(recordsOption).toLongLong(&ok);
    if ((!smoke || parser.isSet(recordsOption)) && (!ok || records <= 0)) {
        std::fprintf(stderr, "Invalid --records %s: expected a positive whole number.\n",
                     qPrintable(parser.value(recordsOption)));
        return 2;
    }
    if (parser.isSet(dataSetOption))
        return writeDataSet(parser.value(dataSetOption), records) ? 0 : 1;

    QTemporaryDir temporary;
    QString path = parser.value(dataOption);
    if (path.isEmpty())
        path = temporary.filePath(QStringLiteral("pages.tsv"));
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!writePages(path, records, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote %lld records in pages of %d to %s in %.1f s\n",
                    static_cast<long long>(records), pageSize, qPrintable(path),
                    double(timer.elapsed()) / 1000.0);
    }

    const std::optional<Totals> raw = timeRawParse(path);
    const std::optional<Totals> pipeline = timeOnePassRoute(path);
    const std::optional<Totals> fallback = timeQJsonDocumentRoute(path);
    if (!raw || !pipeline || !fallback) {
        std::fprintf(stderr, "Cannot read %s.\n", qPrintable(path));
        return 1;
    }
    std::printf("C++: %lld records, %lld alerts, %lld clean, %lld rejected, %.1f MB of pages\n",
                static_cast<long long>(pipeline->records), static_cast<long long>(pipeline->alerts),
                static_cast<long long>(pipeline->clean), static_cast<long long>(pipeline->rejected),
                double(pipeline->bytes) / 1e6);
    printResult(benchmarkName, "pipeline C++", perSecond(*pipeline), "records/s");
    printResult(benchmarkName, "pages read in one pass",
                double(pipeline->pagesInOnePass) * 100.0
                        / double(std::max<qint64>(pipeline->pages, 1)),
                "%");
    printResult(benchmarkName, "pipeline C++, every page through QJsonDocument",
                perSecond(*fallback), "records/s");
    printResult(benchmarkName, "raw QJsonDocument::fromJson", perSecond(*raw), "records/s");
    printResult(benchmarkName, "raw QJsonDocument::fromJson",
                double(raw->bytes) * 1e3 / double(std::max<qint64>(raw->nanoseconds, 1)), "MB/s");

    const bool routesAgree = fallback->pagesInOnePass == 0 && fallback->records == pipeline->records
            && fallback->alerts == pipeline->alerts && fallback->clean == pipeline->clean
            && fallback->rejected == pipeline->rejected && fallback->digest == pipeline->digest;
    bool allMet = printTarget(benchmarkName, "one-pass and QJsonDocument routes agree",
                              routesAgree ? 1 : 0, "bool", Better::Higher, 1, true);
    allMet = printTarget(benchmarkName, "pipeline / raw parse",
                         perSecond(*pipeline) * 100.0 / std::max(perSecond(*raw), 1.0), "%",
                         Better::Higher, 50, !smoke)
            && allMet;

    if (parser.isSet(referenceOption)) {
        const auto reference
                = runReference(parser.value(pythonOption), parser.value(referenceOption), path);
        if (!reference)
            return 1;
        const Totals &python = reference->first;
        printResult(benchmarkName, "pipeline Python", perSecond(python), "records/s");
        printResult(benchmarkName, "json.loads Python", perSecond(reference->second), "records/s");
        const bool agrees = python.records == pipeline->records && python.alerts == pipeline->alerts
                && python.clean == pipeline->clean && python.rejected == pipeline->rejected
                && python.digest == pipeline->digest;
        if (!agrees) {
            std::printf("Python: %lld records, %lld alerts, %lld clean, %lld rejected, digest %s; "
                        "C++ digest %s\n",
                        static_cast<long long>(python.records),
                        static_cast<long long>(python.alerts), static_cast<long long>(python.clean),
                        static_cast<long long>(python.rejected), python.digest.constData(),
                        pipeline->digest.constData());
        }
        allMet = printTarget(benchmarkName, "Python reference agrees", agrees ? 1 : 0, "bool",
                             Better::Higher, 1, true)
                && allMet;
        allMet = printTarget(benchmarkName, "pipeline C++ / Python",
                             perSecond(*pipeline) / std::max(perSecond(python), 1.0), "x",
                             Better::Higher, 3, !smoke)
                && allMet;
    }
    return allMet ? 0 : 1;
}
