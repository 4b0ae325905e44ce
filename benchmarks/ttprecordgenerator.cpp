#include "ttprecordgenerator.h"

#include <QCryptographicHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace bridge::bench {

// Formatting choices of one line. Real Mimecast lines mostly escape '/' and write non-ASCII
// text as raw UTF-8, and a few lines differ in spacing, key order, escapes or date form.
struct TtpRecordGenerator::Style
{
    enum class DateForm { Compact, Zulu, Colon, Minus3, Fraction };

    bool escapeSlashes = true;
    bool asciiOnly = false;
    bool spaced = false;
    bool sortedKeys = false;
    DateForm dateForm = DateForm::Compact;
};

namespace {

using Field = std::pair<QByteArray, QByteArray>;

QByteArray quoted(const QString &text, bool escapeSlashes, bool asciiOnly)
{
    QByteArray out;
    out.reserve(text.size() + 8);
    out += '"';
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if (code == u'"') {
            out += "\\\"";
        } else if (code == u'\\') {
            out += "\\\\";
        } else if (code == u'/') {
            out += escapeSlashes ? "\\/" : "/";
        } else if (code == u'\r') {
            out += "\\r";
        } else if (code == u'\n') {
            out += "\\n";
        } else if (code < 0x20 || (code > 0x7e && asciiOnly)) {
            out += "\\u" + QByteArray::number(code, 16).rightJustified(4, '0');
        } else if (code > 0x7e) {
            out += QString(ch).toUtf8();
        } else {
            out += char(code);
        }
    }
    out += '"';
    return out;
}

QByteArray joinObject(QList<Field> fields, bool spaced, bool sortedKeys)
{
    if (sortedKeys) {
        std::sort(fields.begin(), fields.end(),
                  [](const Field &left, const Field &right) { return left.first < right.first; });
    }
    QByteArray out = "{";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += spaced ? ", " : ",";
        out += '"' + fields.at(i).first + (spaced ? "\": " : "\":") + fields.at(i).second;
    }
    out += '}';
    return out;
}

// "MTOKEN:" followed by unpadded base64url of a zlib stream whose single deflate block is
// stored, not compressed, around a small JSON object, as Mimecast impersonation ids look.
QByteArray makeMtoken(quint64 logId)
{
    const QByteArray payload = R"({"customercode":"CBENCH1","id":)" + QByteArray::number(logId)
            + R"(,"version":1,"tnde":"001"})";
    const quint16 length = quint16(payload.size());
    QByteArray stream("\x78\x01\x01", 3);
    stream += char(length & 0xff);
    stream += char(length >> 8);
    stream += char(~length & 0xff);
    stream += char((~length >> 8) & 0xff);
    stream += payload;
    quint32 a = 1;
    quint32 b = 0;
    for (const char byte : payload) {
        a = (a + quint8(byte)) % 65521;
        b = (b + a) % 65521;
    }
    const quint32 adler = (b << 16) | a;
    for (int shift = 24; shift >= 0; shift -= 8)
        stream += char((adler >> shift) & 0xff);
    return "MTOKEN:"
            + stream.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QList<QString> &subjects()
{
    static const QList<QString> list = {
            QStringLiteral("Invoice overdue, please review"),
            QStringLiteral("Shared document: Remittance.pdf"),
            QStringLiteral("Action required: verify your account"),
            QStringLiteral("Payroll direct deposit change"),
            QStringLiteral("Fatura pendente — ação necessária"),
            QStringLiteral("請求書の確認をお願いします"),
            QStringLiteral("Срочно: подтвердите платёж"),
            QStringLiteral("Επείγον: επιβεβαίωση πληρωμής"),
            QStringLiteral("Are you at your desk?"),
            QStringLiteral("Scanned document from MFP-3F"),
    };
    return list;
}

} // namespace

TtpRecordGenerator::TtpRecordGenerator(quint32 seed, bool alertsOnly)
    : m_random(seed)
    , m_alertsOnly(alertsOnly)
{ }

bool TtpRecordGenerator::chance(int percent)
{
    return int(m_random.bounded(100)) < percent;
}

QByteArray TtpRecordGenerator::pick(std::initializer_list<const char *> values)
{
    return QByteArray(*(values.begin() + m_random.bounded(int(values.size()))));
}

TtpRecordGenerator::Style TtpRecordGenerator::nextStyle()
{
    Style style;
    style.escapeSlashes = !chance(15);
    style.asciiOnly = chance(5);
    style.spaced = chance(1);
    style.sortedKeys = chance(1);
    if (m_alertsOnly)
        return style;
    const int form = int(m_random.bounded(100));
    style.dateForm = form < 88 ? Style::DateForm::Compact
            : form < 92        ? Style::DateForm::Zulu
            : form < 95        ? Style::DateForm::Colon
            : form < 98        ? Style::DateForm::Minus3
                               : Style::DateForm::Fraction;
    return style;
}

QByteArray TtpRecordGenerator::dateText(const QDateTime &when, const Style &style)
{
    const QDateTime utc = when.toUTC();
    const QByteArray base = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    switch (style.dateForm) {
    case Style::DateForm::Compact:
        break;
    case Style::DateForm::Zulu:
        return '"' + base + "Z\"";
    case Style::DateForm::Colon:
        return '"' + base + "+00:00\"";
    case Style::DateForm::Minus3:
        return '"'
                + utc.addSecs(-3 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1()
                + "-0300\"";
    case Style::DateForm::Fraction:
        return '"' + base + '.' + QByteArray::number(m_random.bounded(1000)).rightJustified(3, '0')
                + "Z\"";
    }
    return '"' + base + "+0000\"";
}

QByteArray TtpRecordGenerator::messageId(const QDateTime &when)
{
    const QByteArray hex = QByteArray::number(m_random.generate64() & 0xffffffffffULL, 16)
                                   .toUpper()
                                   .rightJustified(10, '0');
    return '<' + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + '.' + hex
            + pick({"@eur01.prod.example.com>", "@mail.example.org>", "@mta.example.net>"});
}

QByteArray TtpRecordGenerator::address()
{
    const int kind = int(m_random.bounded(10));
    if (kind == 0)
        return "dl-finance" + QByteArray::number(m_random.bounded(20)) + "@example.com";
    return "user" + QByteArray::number(m_random.bounded(5000)).rightJustified(4, '0')
            + "@example.com";
}

QByteArray TtpRecordGenerator::subject(const Style &style)
{
    const QString text = subjects().at(m_random.bounded(int(subjects().size()))) + u" #"
            + QString::number(m_serial);
    return quoted(text, style.escapeSlashes, style.asciiOnly);
}

QByteArray TtpRecordGenerator::record(LogType type, const QDateTime &when)
{
    ++m_serial;
    const Style style = nextStyle();
    switch (type) {
    case LogType::Attachment:
        return attachmentRecord(when, style);
    case LogType::Impersonation:
        return impersonationRecord(when, style);
    case LogType::Url:
        break;
    }
    return urlRecord(when, style);
}

QByteArray TtpRecordGenerator::urlRecord(const QDateTime &when, const Style &style)
{
    const auto text = [&style](const QString &value) {
        return quoted(value, style.escapeSlashes, style.asciiOnly);
    };
    const bool internal = chance(30);
    const QString url = chance(50)
            ? QStringLiteral("https://login-%1.example.net/office365/verify?session=%2")
                      .arg(m_random.bounded(1000))
                      .arg(m_random.generate64(), 16, 16, QLatin1Char('0'))
            : QStringLiteral("http://203.0.113.%1/invoice_%2.zip")
                      .arg(m_random.bounded(256))
                      .arg(m_serial);

    QByteArray ttpDefinition = internal ? "\"Default Internal URL Protect Definition\""
                                        : "\"Default Inbound URL Protect Definition\"";
    const int definitionCase = int(m_random.bounded(100));
    if (definitionCase < 3)
        ttpDefinition = "null";
    else if (definitionCase < 5)
        ttpDefinition = "\"\"";
    else if (definitionCase < 8)
        ttpDefinition = "\"Inbound URL 'Aggressive'\"";

    QByteArray scanResult = chance(5) ? "\"suspicious\"" : "\"malicious\"";
    if (!m_alertsOnly && chance(16))
        scanResult = "\"clean\"";

    QList<Field> fields = {
            {"userEmailAddress", '"' + address() + '"'},
            {"fromUserEmailAddress", '"' + address() + '"'},
            {"url", text(url)},
            {"ttpDefinition", ttpDefinition},
            {"subject", subject(style)},
            {"action", '"' + pick({"warn", "block", "allow"}) + '"'},
            {"adminOverride", text(QStringLiteral("N/A"))},
            {"userOverride", "\"None\""},
            {"scanResult", scanResult},
            {"category", '"' + pick({"Phishing & Fraud", "Compromised", "Malware"}) + '"'},
            {"sendingIp",
             internal ? QByteArray("\"Internal IP\"")
                      : "\"198.51.100." + QByteArray::number(m_random.bounded(256)) + '"'},
            {"userAwarenessAction",
             chance(40) ? text(QStringLiteral("N/A")) : '"' + pick({"NA", "Continue"}) + '"'},
            {"date", dateText(when, style)},
            {"actions", '"' + pick({"Block", "None", "Browser Isolation"}) + '"'},
            {"route", internal ? "\"internal\"" : "\"inbound\""},
            {"creationMethod", chance(60) ? "\"User Click\"" : "\"Entry Scan\""},
            {"emailPartsDescription", chance(70) ? "[\"Body\"]" : "[\"Attachment\"]"},
            {"messageId", text(QString::fromLatin1(messageId(when)))},
    };
    // Url records in real data carry no reason field, but the rules read it when present.
    if (chance(2))
        fields.insert(4, {"reason", "\"Exceeding outbound thread limit\""});
    if (chance(50)) {
        fields.append(
                {"tagMap",
                 joinObject({{"UrlToolsPolicy",
                              joinObject({{"Inspect:FileExts", "\"[exe]\""}, {"Status", "\"[]\""}},
                                         false, false)}},
                            false, false)});
    }

    if (!m_alertsOnly && chance(1)) {
        const int kind = int(m_random.bounded(4));
        if (kind == 0)
            fields.removeIf([](const Field &field) { return field.first == "date"; });
        for (Field &field : fields) {
            if (kind == 1 && field.first == "url")
                field.second = "[" + field.second + "]";
            if (kind == 2 && field.first == "date")
                field.second = "\"yesterday\"";
            if (kind == 3 && field.first == "scanResult")
                field.second = "null";
        }
    }
    return joinObject(fields, style.spaced, style.sortedKeys);
}

QByteArray TtpRecordGenerator::attachmentRecord(const QDateTime &when, const Style &style)
{
    const auto text = [&style](const QString &value) {
        return quoted(value, style.escapeSlashes, style.asciiOnly);
    };
    QByteArray result = pick({"malicious", "malicious", "malicious", "unsafe", "timeout"});
    if (!m_alertsOnly && chance(16))
        result = pick({"safe", "Safe", "clean", "CLEAN"});
    const QString verdict = QString::fromLatin1(result.left(1).toUpper() + result.mid(1));
    const QString details = (chance(80) ? verdict.leftJustified(50) : verdict)
            + QStringLiteral("\r\nTime taken: 0 hrs, 0 min, %1 sec").arg(m_random.bounded(60));
    const QString fileName = chance(10) ? QStringLiteral("relatório_financeiro_março.xlsx")
                                        : QStringLiteral("payment_details_%1.docm").arg(m_serial);
    const QByteArray hash
            = QCryptographicHash::hash(QByteArray::number(m_serial), QCryptographicHash::Sha256)
                      .toHex();

    QList<Field> fields = {
            {"senderAddress", chance(5) ? QByteArray("\"<>\"") : '"' + address() + '"'},
            {"recipientAddress", '"' + address() + '"'},
            {"fileName", text(fileName)},
            {"fileType", text(QStringLiteral("application/vnd.ms-word.document.macroEnabled.12"))},
            {"result", '"' + result + '"'},
            {"actionTriggered", '"' + pick({"user release, none", "none, none"}) + '"'},
            {"date", dateText(when, style)},
            {"details", text(details)},
            {"route", '"' + pick({"inbound", "internal"}) + '"'},
            {"messageId", text(QString::fromLatin1(messageId(when)))},
            {"subject", subject(style)},
            {"fileHash", '"' + hash + '"'},
            {"definition", "\"Default Inbound Attachment Protect Definition\""},
    };

    if (!m_alertsOnly && chance(1)) {
        const int kind = int(m_random.bounded(3));
        for (Field &field : fields) {
            if (kind == 0 && field.first == "result")
                field.second = "3";
            if (kind == 1 && field.first == "date")
                field.second = "\"2026-13-45T99:00:00+0000\"";
            if (kind == 2 && field.first == "date")
                field.second = "1764000000";
        }
    }
    return joinObject(fields, style.spaced, style.sortedKeys);
}

QByteArray TtpRecordGenerator::impersonationRecord(const QDateTime &when, const Style &style)
{
    // Two records for different recipients share an id now and then, as in real logs.
    const quint64 logId = 4100000 + (chance(5) ? m_serial - 1 : m_serial);
    const bool dictionaryHit = chance(30);
    const QByteArray result = dictionaryHit
            ? joinObject({{"impersonationDomainSource", "\"targeted_threat_dictionary\""},
                          {"stringSimilarToDomain", "\"payments-portal.example.net\""}},
                         false, false)
            : joinObject({{"impersonationDomainSource", "\"reply_address_mismatch\""},
                          {"similarDomain", "\"example.com\""},
                          {"stringSimilarToDomain", "\"payments-portal.example.net\""},
                          {"checkerResult", "\"hit\""}},
                         false, false);
    QByteArray malicious = "true";
    if (!m_alertsOnly && chance(16))
        malicious = "false";

    QList<Field> fields = {
            {"id", '"' + makeMtoken(logId) + '"'},
            {"senderAddress", '"' + address() + '"'},
            {"recipientAddress", '"' + address() + '"'},
            {"subject", subject(style)},
            {"definition", "\"IP - 1 hit (Tag email)\""},
            {"hits", "1"},
            {"identifiers",
             dictionaryHit ? "[\"targeted_threat_dictionary\"]" : "[\"reply_address_mismatch\"]"},
            {"action", '"' + pick({"none", "hold", "bounce", "delete"}) + '"'},
            {"taggedExternal", chance(50) ? "true" : "false"},
            {"taggedMalicious", malicious},
            {"senderIpAddress", "\"198.51.100." + QByteArray::number(m_random.bounded(256)) + '"'},
            {"eventTime", dateText(when, style)},
            {"impersonationResults", '[' + result + ']'},
            {"messageId", quoted(QString::fromLatin1(messageId(when)), false, false)},
    };

    if (!m_alertsOnly && chance(1)) {
        const int kind = int(m_random.bounded(3));
        for (Field &field : fields) {
            if (kind == 0 && field.first == "taggedMalicious")
                field.second = "\"true\"";
            if (kind == 1 && field.first == "taggedMalicious")
                field.second = "1";
            if (kind == 2 && field.first == "eventTime")
                field.first = "date";
        }
    }
    return joinObject(fields, style.spaced, style.sortedKeys);
}

QByteArray TtpRecordGenerator::page(LogType type, int count, const QDateTime &start,
                                    int stepSeconds, const QByteArray &nextToken)
{
    QByteArray records;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            records += ',';
        // A whole empty envelope has shown up in real logs where a record should be.
        if (!m_alertsOnly && m_random.bounded(1000) == 0)
            records += R"({"meta":{"status":200},"data":[],"fail":[]})";
        else
            records += record(type, start.addSecs(qint64(i) * stepSeconds));
    }
    QByteArray pagination = "{\"pageSize\":" + QByteArray::number(count);
    if (!nextToken.isEmpty())
        pagination += ",\"next\":\"" + nextToken + '"';
    pagination += '}';
    return "{\"meta\":{\"pagination\":" + pagination + ",\"status\":200},\"data\":[{\""
            + recordListKey(type).toLatin1() + "\":[" + records + "]}],\"fail\":[]}";
}

} // namespace bridge::bench
