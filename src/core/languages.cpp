#include "languages.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bridge {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pt_BR")};
}

QString languageForLocale(const QString &localeName)
{
    return localeName.startsWith(u"pt") ? QStringLiteral("pt_BR") : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    static QTranslator *appTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;

    for (QTranslator **translator : {&appTranslator, &qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }

    const QLocale locale(language);
    QLocale::setDefault(locale);

    // English is the source language, but its catalogue still supplies the plural forms.
    appTranslator = new QTranslator(QCoreApplication::instance());
    if (!appTranslator->load(QStringLiteral(":/i18n/mimecast-bridge_%1.qm").arg(language))) {
        qCWarning(lcCore) << "no translation catalogue for" << language;
        delete appTranslator;
        appTranslator = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(appTranslator);
    if (language == u"en")
        return true;

    // Qt's own strings (standard buttons, parser errors) come from the system's catalogue.
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
        qtTranslator = nullptr;
    }
    return true;
}

} // namespace bridge
