#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class WorkerPanel;
}

namespace bridge {

class ProfileRuntime;

// The selected profile's worker: state, counters per log type, queue depth, polls, last error
// with Retry, Start / Pause / Stop, the live alert table and the Rejected view. Numbers and
// dates follow the default QLocale.
class WorkerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkerPanel(QWidget *parent = nullptr);
    ~WorkerPanel() override;

    // Shows runtime, which must outlive the panel or be cleared with nullptr first.
    void setRuntime(ProfileRuntime *runtime);
    ProfileRuntime *runtime() const { return m_runtime; }

    // Translated text of the worker's state, with the time a back-off ends.
    QString stateText() const;

signals:
    void wizardRequested();
    void forgetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshCounters();

    std::unique_ptr<Ui::WorkerPanel> m_ui;
    QPointer<ProfileRuntime> m_runtime;
};

} // namespace bridge
