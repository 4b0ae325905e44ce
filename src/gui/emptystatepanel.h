#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace bridge {

// Shown instead of the worker panel while no customer profile exists: it offers to set up a
// customer or to try the app with demo data.
class EmptyStatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePanel(QWidget *parent = nullptr);

signals:
    void setUpRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_setUpButton = nullptr;
    QPushButton *m_demoButton = nullptr;
};

} // namespace bridge
