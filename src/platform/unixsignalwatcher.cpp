#include "unixsignalwatcher.h"

#include "platformlogging.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace bridge {

#ifdef Q_OS_UNIX
namespace {

// Socket pair shared with the signal handler: [0] is read by the event loop, [1] written by the
// handler. One watcher per process is supported.
int signalSockets[2] = {-1, -1};

extern "C" void writeSignalNumber(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[1], &byte, 1);
}

} // namespace
#endif

UnixSignalWatcher::UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        qCWarning(lcPlatform) << "Cannot create the socket pair for Unix signals;"
                              << "SIGINT and SIGTERM will end the process without cleanup";
        return;
    }
    m_notifier = new QSocketNotifier(signalSockets[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignal);

    for (const int signalNumber : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = writeSignalNumber;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(signalNumber, &action, nullptr);
    }
#else
    Q_UNUSED(signalNumbers)
#endif
}

UnixSignalWatcher::~UnixSignalWatcher()
{
#ifdef Q_OS_UNIX
    if (signalSockets[0] >= 0) {
        ::close(signalSockets[0]);
        ::close(signalSockets[1]);
        signalSockets[0] = signalSockets[1] = -1;
    }
#endif
}

void UnixSignalWatcher::readSignal()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    if (::read(signalSockets[0], &byte, 1) == 1)
        emit signalReceived(byte);
#endif
}

} // namespace bridge
