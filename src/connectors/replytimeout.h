#pragma once

class QNetworkReply;

namespace bridge {

// Aborts reply when it has not finished within milliseconds, and marks it so that
// hasTimedOut() distinguishes this abort from a cancellation. The timer belongs to the reply.
void abortOnTimeout(QNetworkReply *reply, int milliseconds);

bool hasTimedOut(const QNetworkReply *reply);

} // namespace bridge
