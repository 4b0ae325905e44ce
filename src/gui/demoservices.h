#pragma once

#include <QObject>
#include <QUrl>

namespace bridge {

class MimecastSimulator;
class SophosSimulator;

// The Mimecast and Sophos Central simulators running inside the app on 127.0.0.1, for demo
// mode. They serve the built-in demo data set, moved so that its newest record is recent, and
// accept the public demo credentials. No real service is contacted.
class DemoServices : public QObject
{
    Q_OBJECT

public:
    explicit DemoServices(QObject *parent = nullptr);
    ~DemoServices() override;

    // Loads the demo data and listens on free loopback ports; does nothing when already
    // running. Returns false and sets error on failure.
    [[nodiscard]] bool start(QString *error);
    bool isRunning() const;

    QUrl mimecastUrl() const;
    QUrl sophosUrl() const;
    QUrl ingestUrl() const;

    MimecastSimulator *mimecast() const { return m_mimecast; }
    SophosSimulator *sophos() const { return m_sophos; }

private:
    MimecastSimulator *m_mimecast = nullptr;
    SophosSimulator *m_sophos = nullptr;
};

} // namespace bridge
