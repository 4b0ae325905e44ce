#include "rawjson.h"

namespace bridge {

namespace {

qsizetype skipWhitespace(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size()
           && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
        ++pos;
    return pos;
}

// Returns the position after the closing quote of the string that starts at pos, or -1.
qsizetype skipString(const QByteArray &text, qsizetype pos)
{
    if (pos >= text.size() || text[pos] != '"')
        return -1;
    for (++pos; pos < text.size(); ++pos) {
        if (text[pos] == '\\')
            ++pos;
        else if (text[pos] == '"')
            return pos + 1;
    }
    return -1;
}

// Returns the position after the value that starts at pos, or -1 when the text ends first.
qsizetype skipValue(const QByteArray &text, qsizetype pos)
{
    if (pos >= text.size())
        return -1;
    if (text[pos] == '"')
        return skipString(text, pos);

    int depth = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '"') {
            pos = skipString(text, pos);
            if (pos < 0)
                return -1;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return pos;
            --depth;
        } else if (c == ',' && depth == 0) {
            return pos;
        }
        ++pos;
        if (depth == 0 && (c == '}' || c == ']'))
            return pos;
    }
    return depth == 0 ? pos : -1;
}

} // namespace

std::optional<RawJsonRange> findTopLevelStringMember(const QByteArray &objectText,
                                                     QByteArrayView memberName)
{
    qsizetype pos = skipWhitespace(objectText, 0);
    if (pos >= objectText.size() || objectText[pos] != '{')
        return std::nullopt;
    ++pos;

    while (true) {
        pos = skipWhitespace(objectText, pos);
        if (pos >= objectText.size() || objectText[pos] == '}')
            return std::nullopt;

        const qsizetype nameStart = pos + 1;
        const qsizetype nameEnd = skipString(objectText, pos);
        if (nameEnd < 0)
            return std::nullopt;
        const QByteArrayView name(objectText.constData() + nameStart, nameEnd - 1 - nameStart);

        pos = skipWhitespace(objectText, nameEnd);
        if (pos >= objectText.size() || objectText[pos] != ':')
            return std::nullopt;
        pos = skipWhitespace(objectText, pos + 1);

        const qsizetype valueEnd = skipValue(objectText, pos);
        if (valueEnd < 0)
            return std::nullopt;
        if (name == memberName) {
            if (objectText[pos] != '"')
                return std::nullopt;
            return RawJsonRange {pos + 1, valueEnd - 1};
        }

        pos = skipWhitespace(objectText, valueEnd);
        if (pos < objectText.size() && objectText[pos] == ',')
            ++pos;
    }
}

} // namespace bridge
