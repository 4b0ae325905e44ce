#include "emptystatepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bridge {

EmptyStatePanel::EmptyStatePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_setUpButton(new QPushButton(this))
    , m_demoButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyStatePanel"));
    m_setUpButton->setObjectName(QStringLiteral("setUpButton"));
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_setUpButton->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setUpButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_setUpButton, &QPushButton::clicked, this, &EmptyStatePanel::setUpRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &EmptyStatePanel::demoRequested);
    retranslate();
}

void EmptyStatePanel::retranslate()
{
    m_title->setText(tr("No customer is set up yet"));
    m_text->setText(tr("Set up a customer with its Mimecast API credentials and a Sophos "
                       "Central destination, or try the app with demo data: simulated services "
                       "run on this computer and no real service is contacted."));
    m_setUpButton->setText(tr("&Set up a customer…"));
    m_setUpButton->setAccessibleName(tr("Set up a customer"));
    m_demoButton->setText(tr("Try with &demo data"));
    m_demoButton->setAccessibleName(tr("Try with demo data"));
}

void EmptyStatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bridge
