#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace bridge {

// Turns SIGINT, SIGTERM and other Unix signals into a Qt signal delivered by the event loop.
// The signal handler only writes one byte to a socket pair, which is async-signal-safe. On
// platforms without Unix signals the watcher never emits.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace bridge
