#include "replytimeout.h"

#include <QNetworkReply>
#include <QTimer>

namespace bridge {

namespace {

constexpr char timedOutProperty[] = "mimecastBridgeTimedOut";

} // namespace

void abortOnTimeout(QNetworkReply *reply, int milliseconds)
{
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(timedOutProperty, true);
        reply->abort();
    });
    timer->start(milliseconds);
}

bool hasTimedOut(const QNetworkReply *reply)
{
    return reply->property(timedOutProperty).toBool();
}

} // namespace bridge
