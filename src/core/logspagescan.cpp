#include "logspagescan.h"

#include <QStringDecoder>

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace bridge {

using namespace Qt::StringLiterals;

namespace {

constexpr int maximumDepth = 64;
constexpr int maximumNumberDigits = 18;
// Duplicate keys are found by comparing with every earlier key of the object, so an object
// with more keys than this is left to QJsonDocument rather than checked in quadratic time.
constexpr qsizetype maximumObjectKeys = 128;

// Bytes that a string can contain as they are: printable ASCII except the quote and the backslash.
constexpr std::array<bool, 256> plainStringBytes = [] {
    std::array<bool, 256> table {};
    for (int byte = 0x20; byte < 0x80; ++byte)
        table[size_t(byte)] = byte != '"' && byte != '\\';
    return table;
}();

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// U+FDD0..U+FDEF and the last two code points of every plane.
bool isNoncharacter(char32_t codePoint)
{
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

// Decodes the validated UTF-8 of a string that had escapes. QJsonDocument builds such a string
// one character at a time, so a U+FEFF at its start is kept, where QString::fromUtf8() would
// drop it as a byte order mark (Qt 6.4).
QString decodeUnescaped(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

// True for a key of ASCII only. Keys with other bytes are left to QJsonDocument,
// because its decoding decides whether two of them are the same key, and it drops a U+FEFF at
// the start of one.
bool isPlainKey(QLatin1StringView key)
{
    return std::all_of(key.begin(), key.end(), [](char c) { return uchar(c) < 0x80; });
}

// One of 64 bits, chosen by a key's length and end bytes.
quint64 keyFilterBit(QLatin1StringView key)
{
    if (key.isEmpty())
        return 1;
    return quint64(1) << ((size_t(key.size()) * 7 + uchar(key.front().toLatin1())
                           + uchar(key.back().toLatin1()) * 3)
                          % 64);
}

// Copies JSON text without the white space between tokens.
QByteArray compactCopy(const char *begin, const char *end)
{
    QByteArray out;
    out.reserve(end - begin);
    bool inString = false;
    for (const char *p = begin; p < end; ++p) {
        const char c = *p;
        if (inString) {
            out.append(c);
            if (c == '\\' && p + 1 < end)
                out.append(*++p);
            else if (c == '"')
                inString = false;
        } else if (!isSpace(c)) {
            out.append(c);
            inString = c == '"';
        }
    }
    return out;
}

} // namespace

// A recursive reader over the bytes of one response. Every scan function starts at the first
// byte of its token and leaves m_p just past it. Any false return abandons the whole page.
class PageScanner
{
public:
    explicit PageScanner(QByteArrayView body)
        : m_p(body.data())
        , m_end(body.data() + body.size())
    { }

    std::optional<LogsPage> scanPage(QLatin1StringView listKey);

private:
    // Reads an object or array whose opening bracket is at m_p, calling scanItem for each
    // member or element.
    template<typename ScanItem> bool scanContainer(int depth, char close, ScanItem &&scanItem);
    template<typename OnMember> bool scanObject(int depth, OnMember &&onMember);
    template<typename OnElement> bool scanArray(int depth, OnElement &&onElement);

    bool scanValue(int depth, FieldValue *into);
    bool scanString(QString *decoded, bool *escaped);
    bool scanEscape(QByteArray *out);
    bool scanUtf8Sequence();
    bool scanNumber();
    bool scanLiteral(const char *literal, qsizetype length);

    bool scanMeta(LogsPage &page);
    bool scanData(QLatin1StringView listKey, LogsPage &page);
    bool scanRecordList(int depth, LogsPage &page);
    bool scanElement(int depth, PageElement &element);

    void skipSpace()
    {
        const char *start = m_p;
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        m_sawSpace = m_sawSpace || m_p != start;
    }
    bool at(char c) const { return m_p < m_end && *m_p == c; }

    const char *m_p;
    const char *m_end;
    bool m_sawSpace = false;
};

template<typename ScanItem>
bool PageScanner::scanContainer(int depth, char close, ScanItem &&scanItem)
{
    if (depth > maximumDepth)
        return false;
    ++m_p;
    skipSpace();
    if (at(close)) {
        ++m_p;
        return true;
    }
    for (;;) {
        if (m_p >= m_end || !scanItem())
            return false;

        skipSpace();
        if (at(',')) {
            ++m_p;
            skipSpace();
            continue;
        }
        if (!at(close))
            return false;
        ++m_p;
        return true;
    }
}

template<typename OnMember> bool PageScanner::scanObject(int depth, OnMember &&onMember)
{
    // Keys already read, with a 64-bit filter over their length and end bytes that rules out
    // most duplicates without comparing.
    QVarLengthArray<QLatin1StringView, 48> keys;
    quint64 keyFilter = 0;

    return scanContainer(depth, '}', [&] {
        if (!at('"'))
            return false;
        const char *keyBegin = m_p + 1;
        bool escaped = false;
        if (!scanString(nullptr, &escaped) || escaped)
            return false;
        const QLatin1StringView key(keyBegin, m_p - 1 - keyBegin);
        if (!isPlainKey(key))
            return false;

        const quint64 bit = keyFilterBit(key);
        if (keys.size() >= maximumObjectKeys)
            return false;
        if ((keyFilter & bit) && std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
            return false;
        keyFilter |= bit;
        keys.append(key);

        skipSpace();
        if (!at(':'))
            return false;
        ++m_p;
        skipSpace();
        return m_p < m_end && onMember(key);
    });
}

template<typename OnElement> bool PageScanner::scanArray(int depth, OnElement &&onElement)
{
    return scanContainer(depth, ']', onElement);
}

bool PageScanner::scanValue(int depth, FieldValue *into)
{
    JsonKind kind = JsonKind::Missing;
    bool ok = false;
    switch (*m_p) {
    case '{':
        kind = JsonKind::Object;
        ok = scanObject(depth + 1,
                        [this, depth](QLatin1StringView) { return scanValue(depth + 1, nullptr); });
        break;
    case '[':
        kind = JsonKind::Array;
        ok = scanArray(depth + 1, [this, depth] { return scanValue(depth + 1, nullptr); });
        break;
    case '"': {
        kind = JsonKind::String;
        bool escaped = false;
        ok = scanString(into ? &into->text : nullptr, &escaped);
        break;
    }
    case 't':
        kind = JsonKind::Boolean;
        ok = scanLiteral("true", 4);
        if (into)
            into->flag = true;
        break;
    case 'f':
        kind = JsonKind::Boolean;
        ok = scanLiteral("false", 5);
        break;
    case 'n':
        kind = JsonKind::Null;
        ok = scanLiteral("null", 4);
        break;
    default:
        kind = JsonKind::Number;
        ok = scanNumber();
        break;
    }
    if (into)
        into->kind = kind;
    return ok;
}

bool PageScanner::scanString(QString *decoded, bool *escaped)
{
    ++m_p;
    const char *begin = m_p;
    const char *segment = m_p;
    QByteArray unescaped;
    *escaped = false;

    // QJsonDocument drops a raw U+FEFF at the start of a string, while the record text would
    // keep it, so such strings are left to QJsonDocument.
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        return false;

    for (;;) {
        while (m_p < m_end && plainStringBytes[uchar(*m_p)])
            ++m_p;
        if (m_p >= m_end)
            return false;

        const uchar c = uchar(*m_p);
        if (c == '"')
            break;
        if (c == '\\') {
            if (!*escaped && decoded)
                unescaped.reserve(m_p - begin + 64);
            *escaped = true;
            if (decoded)
                unescaped.append(segment, m_p - segment);
            if (!scanEscape(decoded ? &unescaped : nullptr))
                return false;
            segment = m_p;
        } else if (c >= 0x80) {
            if (!scanUtf8Sequence())
                return false;
        } else {
            return false; // a raw control character
        }
    }

    if (decoded) {
        if (*escaped) {
            unescaped.append(segment, m_p - segment);
            *decoded = decodeUnescaped(unescaped);
        } else {
            // A raw U+FEFF at the start was rejected above, so fromUtf8() drops nothing here.
            *decoded = QString::fromUtf8(begin, m_p - begin);
        }
    }
    ++m_p;
    return true;
}

bool PageScanner::scanEscape(QByteArray *out)
{
    ++m_p;
    if (m_p >= m_end)
        return false;
    const char c = *m_p++;
    char plain = 0;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        plain = c;
        break;
    case 'b':
        plain = '\b';
        break;
    case 'f':
        plain = '\f';
        break;
    case 'n':
        plain = '\n';
        break;
    case 'r':
        plain = '\r';
        break;
    case 't':
        plain = '\t';
        break;
    case 'u':
        break;
    default:
        return false;
    }
    if (plain) {
        if (out)
            out->append(plain);
        return true;
    }

    const auto readUnit = [this](char32_t *unit) {
        if (m_end - m_p < 4)
            return false;
        char32_t value = 0;
        for (int index = 0; index < 4; ++index) {
            const int digit = hexValue(m_p[index]);
            if (digit < 0)
                return false;
            value = value * 16 + char32_t(digit);
        }
        m_p += 4;
        *unit = value;
        return true;
    };

    char32_t codePoint = 0;
    if (!readUnit(&codePoint) || codePoint == 0 || (codePoint >= 0xDC00 && codePoint <= 0xDFFF))
        return false;
    if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
        char32_t low = 0;
        if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
            return false;
        m_p += 2;
        if (!readUnit(&low) || low < 0xDC00 || low > 0xDFFF)
            return false;
        codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
    }
    if (isNoncharacter(codePoint))
        return false;
    if (out)
        appendUtf8(*out, codePoint);
    return true;
}

// Checks one multi-byte UTF-8 sequence strictly: no overlong forms, no surrogates, nothing
// above U+10FFFF, and no noncharacters.
bool PageScanner::scanUtf8Sequence()
{
    const uchar lead = uchar(*m_p);
    int length = 0;
    char32_t codePoint = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return false;
    }
    if (m_end - m_p < length)
        return false;
    for (int index = 1; index < length; ++index) {
        const uchar next = uchar(m_p[index]);
        if ((next & 0xC0) != 0x80)
            return false;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }

    char32_t smallest = 0x10000;
    if (length == 2)
        smallest = 0x80;
    else if (length == 3)
        smallest = 0x800;
    if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
        || isNoncharacter(codePoint))
        return false;
    m_p += length;
    return true;
}

bool PageScanner::scanNumber()
{
    int digits = 0;
    const auto scanDigits = [this, &digits] {
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        digits += int(m_p - start);
        return m_p != start;
    };

    if (at('-'))
        ++m_p;
    if (at('0')) {
        ++m_p;
        ++digits;
    } else if (m_p >= m_end || *m_p < '1' || *m_p > '9' || !scanDigits()) {
        return false;
    }
    if (at('.')) {
        ++m_p;
        if (!scanDigits())
            return false;
    }
    // A number with an exponent or many digits can be out of a double's range, so such numbers
    // are left to QJsonDocument.
    if (at('e') || at('E'))
        return false;
    return digits <= maximumNumberDigits;
}

bool PageScanner::scanLiteral(const char *literal, qsizetype length)
{
    if (m_end - m_p < length || std::memcmp(m_p, literal, size_t(length)) != 0)
        return false;
    m_p += length;
    return true;
}

std::optional<LogsPage> PageScanner::scanPage(QLatin1StringView listKey)
{
    LogsPage page;

    skipSpace();
    if (!at('{'))
        return std::nullopt;
    const bool ok = scanObject(0, [&](QLatin1StringView key) {
        if (key == "meta"_L1)
            return scanMeta(page);
        if (key == "data"_L1)
            return scanData(listKey, page);
        if (key == "fail"_L1) {
            // Only an empty list is a success, so everything else goes to classifyResponse.
            if (!at('['))
                return false;
            ++m_p;
            skipSpace();
            if (!at(']'))
                return false;
            ++m_p;
            return true;
        }
        return scanValue(0, nullptr);
    });
    skipSpace();
    if (!ok || m_p != m_end)
        return std::nullopt;
    return page;
}

bool PageScanner::scanMeta(LogsPage &page)
{
    if (!at('{'))
        return scanValue(0, nullptr);

    return scanObject(1, [&](QLatin1StringView key) {
        if (key == "status"_L1) {
            const char *start = m_p;
            if (!scanNumber())
                return false;
            return QLatin1StringView(start, m_p - start) == "200"_L1;
        }
        if (key != "pagination"_L1 || !at('{'))
            return scanValue(1, nullptr);

        return scanObject(2, [&](QLatin1StringView innerKey) {
            if (innerKey != "next"_L1)
                return scanValue(2, nullptr);
            if (at('"')) {
                bool nextEscaped = false;
                return scanString(&page.nextToken, &nextEscaped);
            }
            return scanValue(2, nullptr);
        });
    });
}

bool PageScanner::scanData(QLatin1StringView listKey, LogsPage &page)
{
    // A list member named by listKey, in one object of data.
    const auto scanHolder = [&](int depth) {
        return scanObject(depth, [&](QLatin1StringView key) {
            if (key != listKey)
                return scanValue(depth, nullptr);
            return at('[') ? scanRecordList(depth + 1, page) : scanValue(depth, nullptr);
        });
    };

    if (at('{'))
        return scanHolder(1);
    if (!at('['))
        return scanValue(0, nullptr);
    return scanArray(1, [&] { return at('{') ? scanHolder(2) : scanValue(1, nullptr); });
}

bool PageScanner::scanRecordList(int depth, LogsPage &page)
{
    return scanArray(depth, [&] {
        page.elements.append(PageElement());
        return scanElement(depth, page.elements.last());
    });
}

bool PageScanner::scanElement(int depth, PageElement &element)
{
    const char *begin = m_p;
    m_sawSpace = false;

    bool ok = false;
    if (at('{')) {
        element.m_kind = JsonKind::Object;
        ok = scanObject(depth + 1, [&](QLatin1StringView key) {
            const std::optional<RecordField> field = recordFieldFromName(key);
            if (!field)
                return scanValue(depth + 1, nullptr);
            return scanValue(depth + 1, &element.addField(*field));
        });
    } else {
        FieldValue value;
        ok = scanValue(depth, &value);
        element.m_kind = value.kind;
    }
    if (!ok)
        return false;

    element.m_json = m_sawSpace ? compactCopy(begin, m_p) : QByteArray(begin, m_p - begin);
    return true;
}

std::optional<LogsPage> scanLogsPage(LogType type, QByteArrayView body)
{
    const QByteArray listKey = recordListKey(type).toLatin1();
    return PageScanner(body).scanPage(QLatin1StringView(listKey));
}

} // namespace bridge
