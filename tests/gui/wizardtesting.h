#pragma once

// Shared set-up of the wizard page tests: a demo session on a temporary folder, the wizard
// opened at one page, and checks every page test repeats.

#include "apppaths.h"
#include "demoservices.h"
#include "memorysecretstore.h"
#include "onboardingsession.h"
#include "setupwizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <QWizardPage>

#include <memory>

namespace bridge::testing {

// A session in demo mode, with its own folders and a memory keychain, and a wizard over it.
struct WizardFixture
{
    explicit WizardFixture(SecretStore *store = nullptr)
        : paths(folder.path())
        , session(paths, store ? store : &memoryStore, &demo)
    {
        QString error;
        started = session.startDemo(&error);
        startError = error;
    }

    // Creates the wizard and shows it at page.
    SetupWizard *open(SetupWizard::PageId page)
    {
        wizard = std::make_unique<SetupWizard>(&session);
        wizard->setStartId(page);
        wizard->show();
        return wizard.get();
    }

    template<typename Page> Page *page() const
    {
        return qobject_cast<Page *>(wizard->currentPage());
    }

    QAbstractButton *button(QWizard::WizardButton which) const { return wizard->button(which); }

    QTemporaryDir folder;
    AppPaths paths;
    MemorySecretStore memoryStore;
    DemoServices demo;
    OnboardingSession session;
    std::unique_ptr<SetupWizard> wizard;
    bool started = false;
    QString startError;
};

// Names of the page's focusable widgets that have no accessible name. Widgets that Qt creates
// inside composite widgets (named "qt_…") and focus proxies get their name from their owner.
inline QStringList widgetsWithoutAccessibleName(const QWidget *page)
{
    QStringList missing;
    const QList<QWidget *> children = page->findChildren<QWidget *>();
    for (const QWidget *widget : children) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (widget->objectName().startsWith(u"qt_") || widget->objectName().isEmpty())
            continue;
        if (widget->parentWidget() && widget->parentWidget()->focusProxy() == widget)
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            missing.append(widget->objectName());
    }
    return missing;
}

// Saves a picture of the wizard to <build folder>/screenshots/<language>/<name>.png.
inline bool saveScreenshot(QWidget *widget, const QString &language, const QString &name)
{
    const QString folder = QStringLiteral(MB_BINARY_DIR) + u"/screenshots/" + language;
    if (!QDir().mkpath(folder))
        return false;
    return widget->grab().save(folder + u'/' + name + u".png");
}

} // namespace bridge::testing
