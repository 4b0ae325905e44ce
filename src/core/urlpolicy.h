#pragma once

#include <QString>
#include <QUrl>

namespace bridge {

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

// Checks a service base URL: https with a host, or plain http to a loopback host (the
// simulator). Returns an empty string when the URL is acceptable, else a translated error that
// names the URL and the fix.
QString validateServiceUrl(const QUrl &url);

} // namespace bridge
