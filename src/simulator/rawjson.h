#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace bridge {

// Byte range [begin, end) inside a JSON text.
struct RawJsonRange
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Finds the string value of a member of the outermost JSON object and returns the range of its
// characters between the quotes, exactly as written. Returns std::nullopt when the text is not
// an object, the member is absent or its value is not a string. Members of nested objects are
// never matched. The member name is compared as written, without decoding escapes.
std::optional<RawJsonRange> findTopLevelStringMember(const QByteArray &objectText,
                                                     QByteArrayView memberName);

} // namespace bridge
