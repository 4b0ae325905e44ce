#pragma once

#include "connectioncheck.h"
#include "logtype.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;

namespace Ui {
class ConnectionTestPage;
}

namespace bridge {

class MimecastClient;
class OnboardingSession;

// Runs ConnectionCheck on entry and shows one row per check with its status and the check's
// own message. Next is enabled once the credentials passed and every log type that failed was
// turned off; at least one log type must stay on. The calls run asynchronously with a progress
// bar and Cancel; leaving the page with Back cancels them.
class ConnectionTestPage : public QWizardPage
{
    Q_OBJECT

public:
    ConnectionTestPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~ConnectionTestPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_state == State::Running; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Idle, Running, Finished, Cancelled, NotStarted };
    enum class RowStatus { Waiting, Checking, Passed, Failed, NotRun, Cancelled };

    struct Row
    {
        std::optional<LogType> type; // empty for the credential check
        RowStatus status = RowStatus::Waiting;
        QLabel *name = nullptr;
        QLabel *icon = nullptr;
        QLabel *statusText = nullptr;
        QLabel *message = nullptr;
        QCheckBox *collect = nullptr; // only for log types
    };

    void runChecks();
    void cancelChecks();
    void stopChecks();
    void recordStep(const ConnectionCheck::Step &step);
    void checksFinished();
    void collectToggled(LogType type, bool collect);

    void buildRows();
    void clearRows();
    void setRowStatus(Row &row, RowStatus status);
    void retranslateRows();
    void showRunning(bool running);
    void updateSummary();

    QList<LogType> candidateTypes() const;
    QList<LogType> collectedTypes() const;

    std::unique_ptr<Ui::ConnectionTestPage> m_ui;
    OnboardingSession *m_session;
    QPointer<MimecastClient> m_client;
    QPointer<ConnectionCheck> m_check;
    QList<LogType> m_types; // log types of this run, in check order
    QList<LogType> m_turnedOff; // log types the administrator unticked
    QList<Row> m_rows;
    State m_state = State::Idle;
    QString m_startError;
    QString m_summaryNote;
};

} // namespace bridge
