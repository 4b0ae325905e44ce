#pragma once

#include <QString>
#include <QStringList>

namespace bridge {

// Languages the user interface ships in, as locale names: "en" and "pt_BR".
QStringList supportedLanguages();

// Picks the language for a locale name such as "pt_BR.UTF-8" or "de_DE": pt_BR for any
// Portuguese locale, otherwise en.
QString languageForLocale(const QString &localeName);

// Installs the app's and Qt's own translations for language on the running application,
// replacing any installed earlier, and makes QLocale::setDefault follow it. Returns false when
// the app's catalogue for language could not be loaded (English needs none).
bool installTranslations(const QString &language);

} // namespace bridge
