#include "demoservices.h"

#include "mimecastsimulator.h"
#include "sophossimulator.h"

#include <QCoreApplication>

namespace bridge {

DemoServices::DemoServices(QObject *parent)
    : QObject(parent)
    , m_mimecast(new MimecastSimulator(this))
    , m_sophos(new SophosSimulator(this))
{ }

DemoServices::~DemoServices() = default;

bool DemoServices::isRunning() const
{
    return !m_mimecast->baseUrl().isEmpty() && !m_sophos->baseUrl().isEmpty();
}

bool DemoServices::start(QString *error)
{
    if (isRunning())
        return true;

    QString dataError;
    if (!m_mimecast->loadDataSet(MimecastSimulator::demoDataFolder(), &dataError)) {
        *error = QCoreApplication::translate("DemoServices",
                                             "The demo data could not be loaded: %1")
                         .arg(dataError);
        return false;
    }
    m_mimecast->shiftRecordTimesToNow();

    if ((m_mimecast->baseUrl().isEmpty() && !m_mimecast->listen())
        || (m_sophos->baseUrl().isEmpty() && !m_sophos->listen())) {
        *error = QCoreApplication::translate("DemoServices",
                                             "The demo services could not listen on 127.0.0.1: "
                                             "%1")
                         .arg(m_mimecast->errorString() + m_sophos->errorString());
        return false;
    }
    return true;
}

QUrl DemoServices::mimecastUrl() const
{
    return m_mimecast->baseUrl();
}

QUrl DemoServices::sophosUrl() const
{
    return m_sophos->baseUrl();
}

QUrl DemoServices::ingestUrl() const
{
    QUrl url = m_sophos->baseUrl();
    url.setPath(QStringLiteral("/ingest"));
    return url;
}

} // namespace bridge
