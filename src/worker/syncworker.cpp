#include "syncworker.h"

#include "workerlogging.h"

#include <QMetaObject>
#include <QThread>

namespace bridge {

SyncWorker::SyncWorker(SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<bridge::SyncEngine::State>();
    qRegisterMetaType<bridge::CategoryCounters>();
    qRegisterMetaType<bridge::LogType>();
    qRegisterMetaType<QList<bridge::RejectedRow>>();
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start(bool singleCycle)
{
    if (m_thread)
        return;

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync-%1").arg(m_config.profile));

    // The engine has no parent so it can move; it is deleted in its own thread when that ends.
    auto *engine = new SyncEngine(m_config);
    engine->moveToThread(m_thread);
    m_engine = engine;

    connect(m_thread, &QThread::started, engine,
            [engine, singleCycle] { engine->start(singleCycle); });
    connect(m_thread, &QThread::finished, engine, &QObject::deleteLater);

    connect(engine, &SyncEngine::stateChanged, this, &SyncWorker::stateChanged);
    connect(engine, &SyncEngine::countersChanged, this, &SyncWorker::countersChanged);
    connect(engine, &SyncEngine::queueDepthChanged, this, &SyncWorker::queueDepthChanged);
    connect(engine, &SyncEngine::alertsCommitted, this, &SyncWorker::alertsCommitted);
    connect(engine, &SyncEngine::deliveryUpdated, this, &SyncWorker::deliveryUpdated);
    connect(engine, &SyncEngine::pollFinished, this, &SyncWorker::pollFinished);
    connect(engine, &SyncEngine::errorOccurred, this, &SyncWorker::errorOccurred);
    connect(engine, &SyncEngine::stopped, this, &SyncWorker::stopped);
    connect(engine, &SyncEngine::rejectedListed, this, &SyncWorker::rejectedListed);
    connect(m_thread, &QThread::finished, this, &SyncWorker::threadFinished);

    qCInfo(lcWorker) << "starting thread" << m_thread->objectName();
    m_thread->start();
}

void SyncWorker::runNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::runNow, Qt::QueuedConnection);
}

void SyncWorker::pause()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::pause, Qt::QueuedConnection);
}

void SyncWorker::resume()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::resume, Qt::QueuedConnection);
}

void SyncWorker::retryFailed(const QString &key)
{
    if (m_engine) {
        QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, key] { engine->retryFailed(key); },
                Qt::QueuedConnection);
    }
}

void SyncWorker::requestRejected(int limit)
{
    if (m_engine) {
        QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, limit] { engine->listRejected(limit); },
                Qt::QueuedConnection);
    }
}

void SyncWorker::requestStop()
{
    if (!m_thread)
        return;
    if (m_engine && m_thread->isRunning())
        QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::QueuedConnection);
    else
        m_thread->quit();
}

bool SyncWorker::stop(int timeoutMs)
{
    if (!m_thread)
        return true;

    if (m_engine && m_thread->isRunning())
        QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::QueuedConnection);
    else
        m_thread->quit();

    const bool finished = m_thread->wait(QDeadlineTimer(timeoutMs));
    if (!finished) {
        qCWarning(lcWorker) << "thread" << m_thread->objectName() << "did not stop within"
                            << timeoutMs << "ms";
        return false;
    }
    delete m_thread;
    m_thread = nullptr;
    return true;
}

bool SyncWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QString SyncWorker::threadName() const
{
    return m_thread ? m_thread->objectName() : QString();
}

} // namespace bridge
