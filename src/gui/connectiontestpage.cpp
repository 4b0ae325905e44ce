#include "connectiontestpage.h"

#include "mimecastclient.h"
#include "onboardingsession.h"
#include "ui_connectiontestpage.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyle>

namespace bridge {

namespace {

enum Column { NameColumn, IconColumn, StatusColumn, MessageColumn, CollectColumn };

QString checkDisplayName(std::optional<LogType> type)
{
    if (!type)
        return ConnectionTestPage::tr("Credentials");
    switch (*type) {
    case LogType::Attachment:
        return ConnectionTestPage::tr("Attachment Protection log");
    case LogType::Impersonation:
        return ConnectionTestPage::tr("Impersonation Protection log");
    case LogType::Url:
        break;
    }
    return ConnectionTestPage::tr("URL Protection log");
}

} // namespace

ConnectionTestPage::ConnectionTestPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionTestPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->checkGrid->setColumnStretch(MessageColumn, 1);
    m_ui->progressBar->setMinimum(0);
    showRunning(false);
    m_ui->rerunButton->hide();

    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConnectionTestPage::cancelChecks);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &ConnectionTestPage::runChecks);
}

ConnectionTestPage::~ConnectionTestPage()
{
    stopChecks();
}

void ConnectionTestPage::initializePage()
{
    runChecks();
}

void ConnectionTestPage::cleanupPage()
{
    // Back while the checks run aborts the calls in flight, because no page would show their
    // results.
    cancelChecks();
    QWizardPage::cleanupPage();
}

QList<LogType> ConnectionTestPage::candidateTypes() const
{
    // Types turned off on this page are checked again, so a fixed permission can be seen and
    // the type turned back on.
    QList<LogType> types;
    for (const LogType type : allLogTypes) {
        if (m_session->settings.logTypes.contains(type) || m_turnedOff.contains(type))
            types.append(type);
    }
    return types;
}

QList<LogType> ConnectionTestPage::collectedTypes() const
{
    QList<LogType> types;
    for (const LogType type : m_types) {
        if (!m_turnedOff.contains(type))
            types.append(type);
    }
    return types;
}

void ConnectionTestPage::runChecks()
{
    stopChecks();
    m_types = candidateTypes();
    m_summaryNote.clear();
    m_startError.clear();
    buildRows();

    QString error;
    m_client = m_session->createMimecastClient(this, &error);
    if (!m_client) {
        m_state = State::NotStarted;
        m_startError = error;
        showRunning(false);
        updateSummary();
        emit completeChanged();
        return;
    }

    m_check = new ConnectionCheck(m_client, m_types, this);
    connect(m_check, &ConnectionCheck::stepFinished, this, &ConnectionTestPage::recordStep);
    connect(m_check, &ConnectionCheck::finished, this, &ConnectionTestPage::checksFinished);

    m_state = State::Running;
    m_ui->progressBar->setMaximum(int(m_rows.size()));
    m_ui->progressBar->setValue(0);
    setRowStatus(m_rows.first(), RowStatus::Checking);
    showRunning(true);
    updateSummary();
    emit completeChanged();
    m_check->start();
}

void ConnectionTestPage::cancelChecks()
{
    if (m_state != State::Running)
        return;
    m_state = State::Cancelled;
    if (m_check)
        m_check->cancel();
    for (Row &row : m_rows) {
        if (row.status == RowStatus::Waiting || row.status == RowStatus::Checking)
            setRowStatus(row, RowStatus::Cancelled);
    }
    showRunning(false);
    updateSummary();
    emit completeChanged();
}

void ConnectionTestPage::stopChecks()
{
    if (m_check) {
        m_check->cancel();
        m_check->deleteLater();
    }
    if (m_client) {
        m_client->abortAll();
        m_client->deleteLater();
    }
    m_check = nullptr;
    m_client = nullptr;
}

void ConnectionTestPage::recordStep(const ConnectionCheck::Step &step)
{
    if (m_state != State::Running || !m_check)
        return;
    const qsizetype index = m_check->steps().size() - 1;
    if (index < 0 || index >= m_rows.size())
        return;

    Row &row = m_rows[index];
    row.message->setText(step.message);
    row.message->setAccessibleName(step.message);
    setRowStatus(row, step.passed ? RowStatus::Passed : RowStatus::Failed);
    if (row.collect)
        row.collect->setVisible(!step.passed || m_turnedOff.contains(*row.type));
    if (index + 1 < m_rows.size() && (step.passed || row.type))
        setRowStatus(m_rows[index + 1], RowStatus::Checking);
    m_ui->progressBar->setValue(int(index + 1));
}

void ConnectionTestPage::checksFinished()
{
    if (m_state != State::Running)
        return;
    m_state = State::Finished;
    for (Row &row : m_rows) {
        if (row.status == RowStatus::Waiting || row.status == RowStatus::Checking)
            setRowStatus(row, RowStatus::NotRun);
    }
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    showRunning(false);
    updateSummary();
    emit completeChanged();
}

void ConnectionTestPage::collectToggled(LogType type, bool collect)
{
    m_summaryNote.clear();
    if (collect) {
        m_turnedOff.removeAll(type);
    } else if (!m_turnedOff.contains(type)) {
        if (collectedTypes().size() <= 1) {
            // At least one log type must stay on, or there is nothing to collect.
            for (Row &row : m_rows) {
                if (row.type == type && row.collect) {
                    const QSignalBlocker blocker(row.collect);
                    row.collect->setChecked(true);
                }
            }
            m_summaryNote = tr("At least one log type must stay on. Grant the missing "
                               "permission in Mimecast and run the tests again.");
            updateSummary();
            return;
        }
        m_turnedOff.append(type);
    }

    m_session->settings.logTypes = collectedTypes();
    updateSummary();
    emit completeChanged();
}

bool ConnectionTestPage::isComplete() const
{
    if (m_state != State::Finished || m_rows.isEmpty())
        return false;
    if (m_rows.first().status != RowStatus::Passed)
        return false;
    for (const Row &row : m_rows) {
        if (row.type && row.status != RowStatus::Passed && !m_turnedOff.contains(*row.type))
            return false;
    }
    return !collectedTypes().isEmpty();
}

void ConnectionTestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateRows();
        updateSummary();
    }
    QWizardPage::changeEvent(event);
}

void ConnectionTestPage::buildRows()
{
    clearRows();
    QGridLayout *grid = m_ui->checkGrid;

    QList<std::optional<LogType>> checks {std::nullopt};
    for (const LogType type : std::as_const(m_types))
        checks.append(type);

    for (const std::optional<LogType> &type : checks) {
        const int line = int(m_rows.size());
        Row row;
        row.type = type;
        row.name = new QLabel(m_ui->checksGroup);
        row.icon = new QLabel(m_ui->checksGroup);
        row.statusText = new QLabel(m_ui->checksGroup);
        row.message = new QLabel(m_ui->checksGroup);
        row.message->setWordWrap(true);
        row.message->setTextFormat(Qt::PlainText);
        row.message->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
        const QString key = type ? logTypeName(*type) : QStringLiteral("credentials");
        row.name->setObjectName(key + u"NameLabel");
        row.statusText->setObjectName(key + u"StatusLabel");
        row.message->setObjectName(key + u"MessageLabel");
        grid->addWidget(row.name, line, NameColumn);
        grid->addWidget(row.icon, line, IconColumn);
        grid->addWidget(row.statusText, line, StatusColumn);
        grid->addWidget(row.message, line, MessageColumn);

        if (type) {
            row.collect = new QCheckBox(m_ui->checksGroup);
            row.collect->setObjectName(key + u"CollectCheck");
            row.collect->setChecked(!m_turnedOff.contains(*type));
            row.collect->setVisible(m_turnedOff.contains(*type));
            const LogType logType = *type;
            connect(row.collect, &QCheckBox::toggled, this,
                    [this, logType](bool checked) { collectToggled(logType, checked); });
            grid->addWidget(row.collect, line, CollectColumn);
        }
        m_rows.append(row);
        setRowStatus(m_rows.last(), RowStatus::Waiting);
    }

    // Tab order follows the rows: each message, then its checkbox.
    QWidget *previous = m_ui->checksGroup;
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *widget :
             {static_cast<QWidget *>(row.message), static_cast<QWidget *>(row.collect)}) {
            if (!widget)
                continue;
            setTabOrder(previous, widget);
            previous = widget;
        }
    }
    setTabOrder(previous, m_ui->cancelButton);
    retranslateRows();
}

void ConnectionTestPage::clearRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.icon;
        delete row.statusText;
        delete row.message;
        delete row.collect;
    }
    m_rows.clear();
}

void ConnectionTestPage::setRowStatus(Row &row, RowStatus status)
{
    row.status = status;
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    switch (status) {
    case RowStatus::Passed:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case RowStatus::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case RowStatus::Checking:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case RowStatus::Cancelled:
    case RowStatus::NotRun:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case RowStatus::Waiting:
        break;
    }
    if (pixmap == QStyle::SP_CustomBase)
        row.icon->clear();
    else
        row.icon->setPixmap(style()->standardIcon(pixmap).pixmap(16, 16));

    const bool hasResult = status == RowStatus::Passed || status == RowStatus::Failed;
    if (!hasResult) {
        row.message->clear();
        row.message->setAccessibleName(QString());
    }
    retranslateRows();
}

void ConnectionTestPage::retranslateRows()
{
    for (Row &row : m_rows) {
        const QString name = checkDisplayName(row.type);
        row.name->setText(name);
        row.name->setAccessibleName(name);

        QString status;
        switch (row.status) {
        case RowStatus::Waiting:
            status = tr("Waiting");
            break;
        case RowStatus::Checking:
            status = tr("Checking…");
            break;
        case RowStatus::Passed:
            status = tr("Passed");
            break;
        case RowStatus::Failed:
            status = tr("Failed");
            break;
        case RowStatus::NotRun:
            status = tr("Not run");
            break;
        case RowStatus::Cancelled:
            status = tr("Cancelled");
            break;
        }
        row.statusText->setText(status);
        row.statusText->setAccessibleName(tr("%1: %2").arg(name, status));
        row.icon->setAccessibleName(status);
        if (row.message->text().isEmpty())
            row.message->setAccessibleName(tr("%1: no result yet").arg(name));
        if (row.collect) {
            row.collect->setText(tr("Collect this log"));
            row.collect->setAccessibleName(tr("Collect the %1").arg(name));
        }
    }
}

void ConnectionTestPage::showRunning(bool running)
{
    m_ui->progressBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    m_ui->rerunButton->setVisible(!running && m_state != State::Idle);
}

void ConnectionTestPage::updateSummary()
{
    QString summary;
    switch (m_state) {
    case State::Idle:
        break;
    case State::NotStarted:
        summary = tr("The connection test cannot start. %1 Go back to correct it.")
                          .arg(m_startError);
        break;
    case State::Running:
        summary = tr("Testing the connection…");
        break;
    case State::Cancelled:
        summary = tr("Cancelled. Run the tests again to check the connection.");
        break;
    case State::Finished: {
        int failedOn = 0;
        for (const Row &row : std::as_const(m_rows)) {
            if (row.type && row.status == RowStatus::Failed && !m_turnedOff.contains(*row.type))
                ++failedOn;
        }
        if (m_rows.isEmpty() || m_rows.first().status != RowStatus::Passed) {
            summary = tr("The credential check failed, so the log types were not checked. "
                         "Correct the problem shown above, going back if needed, and run the "
                         "tests again.");
        } else if (failedOn > 0) {
            summary = tr("%n log type(s) failed. Grant the missing permission in Mimecast and "
                         "run the tests again, or untick \"Collect this log\" to continue "
                         "without it.",
                         nullptr, failedOn);
        } else {
            summary = tr("The connection works. %n log type(s) will be collected.", nullptr,
                         int(collectedTypes().size()));
        }
        break;
    }
    }
    if (!m_summaryNote.isEmpty())
        summary += u'\n' + m_summaryNote;
    m_ui->summaryLabel->setText(summary);
}

} // namespace bridge
