#include "formencoding.h"

#include <QUrl>

namespace bridge {

QByteArray encodeForm(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(name));
        body.append('=');
        body.append(QUrl::toPercentEncoding(value));
    }
    return body;
}

} // namespace bridge
