#include "workerpanel.h"

#include "alerttablemodel.h"
#include "profileruntime.h"
#include "rejectedtablemodel.h"
#include "ui_workerpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace bridge {

namespace {

constexpr int totalRow = 3;

QString dateTimeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QStringLiteral("–");
}

} // namespace

WorkerPanel::WorkerPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkerPanel>())
{
    m_ui->setupUi(this);

    QPalette palette = m_ui->demoBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    m_ui->demoBanner->setPalette(palette);
    QFont titleFont = m_ui->profileTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_ui->profileTitle->setFont(titleFont);

    m_ui->countersTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->countersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < m_ui->countersTable->rowCount(); ++row) {
        for (int column = 0; column < m_ui->countersTable->columnCount(); ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->countersTable->setItem(row, column, item);
        }
    }
    m_ui->countersTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_ui->countersTable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->alertsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->rejectedView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] {
        if (m_runtime)
            m_runtime->start();
    });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (m_runtime)
            m_runtime->pause();
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_runtime)
            m_runtime->stop();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_runtime)
            m_runtime->retry();
    });
    connect(m_ui->wizardButton, &QPushButton::clicked, this, &WorkerPanel::wizardRequested);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &WorkerPanel::forgetRequested);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_runtime && m_ui->tabs->widget(index) == m_ui->rejectedTab)
            m_runtime->refreshRejected();
    });

    retranslate();
}

WorkerPanel::~WorkerPanel() = default;

void WorkerPanel::setRuntime(ProfileRuntime *runtime)
{
    if (m_runtime)
        disconnect(m_runtime, nullptr, this, nullptr);
    m_runtime = runtime;
    m_ui->alertsView->setModel(runtime ? runtime->alertModel() : nullptr);
    m_ui->rejectedView->setModel(runtime ? runtime->rejectedModel() : nullptr);
    if (runtime) {
        connect(runtime, &ProfileRuntime::changed, this, &WorkerPanel::refresh);
        // Models of profiles shown earlier may hold texts of the previous language.
        runtime->alertModel()->retranslate();
        runtime->rejectedModel()->retranslate();
        runtime->refreshRejected();
    }
    refresh();
}

QString WorkerPanel::stateText() const
{
    if (!m_runtime)
        return {};
    switch (m_runtime->phase()) {
    case ProfileRuntime::Phase::NotRunning:
        if (m_runtime->state() == SyncEngine::State::Stopped)
            return tr("Stopped");
        return tr("Not running");
    case ProfileRuntime::Phase::Starting:
        return tr("Starting…");
    case ProfileRuntime::Phase::Stopping:
        return tr("Stopping…");
    case ProfileRuntime::Phase::Running:
        break;
    }

    const QString until = QLocale().toString(m_runtime->stateUntil().toLocalTime().time(),
                                             QStringLiteral("HH:mm:ss"));
    switch (m_runtime->state().value_or(SyncEngine::State::Idle)) {
    case SyncEngine::State::Idle:
        return tr("Idle");
    case SyncEngine::State::Collecting:
        return tr("Collecting alerts from Mimecast");
    case SyncEngine::State::Delivering:
        return tr("Delivering alerts");
    case SyncEngine::State::BackingOff:
        //: %1 is a time of day, HH:MM:SS.
        return tr("Backing off until %1").arg(until);
    case SyncEngine::State::Paused:
        return tr("Paused");
    case SyncEngine::State::Stopped:
        return tr("Stopped");
    case SyncEngine::State::Failed:
        return tr("Failed");
    }
    return {};
}

void WorkerPanel::refresh()
{
    const bool hasRuntime = m_runtime;
    setEnabled(hasRuntime);
    if (!hasRuntime)
        return;

    const ProfileSettings &settings = m_runtime->settings();
    m_ui->profileTitle->setText(settings.name);
    m_ui->demoBanner->setVisible(settings.demo);
    m_ui->stateValue->setText(stateText());

    const QLocale locale;
    //: %1 alerts wait for delivery, %2 are parked after a failed delivery.
    m_ui->queueValue->setText(tr("%1 waiting, %2 failed")
                                      .arg(locale.toString(m_runtime->pendingCount()),
                                           locale.toString(m_runtime->failedCount())));
    m_ui->lastPollValue->setText(dateTimeText(m_runtime->lastSuccessfulPoll()));
    m_ui->nextPollValue->setText(dateTimeText(m_runtime->nextPoll()));
    const QString error = m_runtime->lastError();
    m_ui->errorValue->setText(error.isEmpty() ? tr("None") : error);

    const ProfileRuntime::Phase phase = m_runtime->phase();
    const std::optional<SyncEngine::State> state = m_runtime->state();
    const bool running = phase == ProfileRuntime::Phase::Running;
    const bool paused = running && state == SyncEngine::State::Paused;
    const bool failed = running && state == SyncEngine::State::Failed;
    m_ui->startButton->setEnabled(phase == ProfileRuntime::Phase::NotRunning || paused);
    m_ui->startButton->setText(paused ? tr("Re&sume") : tr("&Start"));
    m_ui->pauseButton->setEnabled(running && !paused && !failed);
    m_ui->stopButton->setEnabled(running || phase == ProfileRuntime::Phase::Starting);
    m_ui->retryButton->setEnabled(!error.isEmpty() || m_runtime->failedCount() > 0);
    refreshCounters();
}

void WorkerPanel::refreshCounters()
{
    const QLocale locale;
    CategoryCounters total;
    const auto setRow = [this, &locale](int row, const CategoryCounters &counters) {
        const int values[] = {counters.fetched, counters.rejected,  counters.clean,
                              counters.alerts,  counters.delivered, counters.failed};
        for (int column = 0; column < 6; ++column)
            m_ui->countersTable->item(row, column)->setText(locale.toString(values[column]));
    };
    for (int row = 0; row < totalRow; ++row) {
        const CategoryCounters counters = m_runtime->counters().value(allLogTypes[row]);
        setRow(row, counters);
        total += counters;
    }
    setRow(totalRow, total);
}

void WorkerPanel::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->tabs->tabBar()->setAccessibleName(tr("Views"));
    QStringList rows;
    for (const LogType type : allLogTypes)
        rows.append(AlertTableModel::categoryText(type));
    rows.append(tr("Total"));
    m_ui->countersTable->setVerticalHeaderLabels(rows);
    m_ui->countersTable->setHorizontalHeaderLabels({tr("Fetched"), tr("Rejected"), tr("Clean"),
                                                    tr("Alerts"), tr("Delivered"), tr("Failed")});
    if (m_runtime) {
        m_runtime->alertModel()->retranslate();
        m_runtime->rejectedModel()->retranslate();
    }
    refresh();
}

void WorkerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bridge
