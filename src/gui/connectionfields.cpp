#include "connectionfields.h"

#include "profilesettings.h"
#include "urlpolicy.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace bridge::connectionfields {

void bindRevealButton(QToolButton *button, QLineEdit *edit)
{
    button->setCheckable(true);
    button->setChecked(false);
    edit->setEchoMode(QLineEdit::Password);
    QObject::connect(button, &QToolButton::toggled, edit, [edit](bool reveal) {
        edit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
    });
}

void setUpErrorLabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
}

void populateRegions(QComboBox *combo, MimecastApi api)
{
    const QString selected = combo->count() > 0 ? combo->currentData().toString() : QString();
    const bool wasCustom = combo->count() > 0 && isCustomRegion(combo);

    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const RegionPreset &preset : regionPresets(api)) {
        combo->addItem(QCoreApplication::translate("ConnectionFields", "%1 — %2")
                               .arg(preset.name, preset.baseUrl.host()),
                       preset.code);
    }
    combo->addItem(QCoreApplication::translate("ConnectionFields", "Custom URL"), QString());

    if (wasCustom)
        combo->setCurrentIndex(combo->count() - 1);
    else if (!selected.isEmpty())
        combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void restoreRegion(QComboBox *combo, const ProfileSettings &settings)
{
    const QSignalBlocker blocker(combo);
    selectRegion(combo, settings.baseUrl.isEmpty() ? settings.region : QString());
    if (settings.baseUrl.isEmpty() && isCustomRegion(combo))
        combo->setCurrentIndex(0);
}

void showRegionUrl(const QComboBox *combo, QLineEdit *urlEdit, MimecastApi api,
                   const QString &customUrl)
{
    const bool custom = isCustomRegion(combo);
    urlEdit->setEnabled(custom);
    if (custom) {
        urlEdit->setText(customUrl);
        return;
    }
    const std::optional<QUrl> url = regionBaseUrl(api, combo->currentData().toString());
    urlEdit->setText(url ? url->toString() : QString());
}

bool isCustomRegion(const QComboBox *combo)
{
    return combo->currentData().toString().isEmpty();
}

void selectRegion(QComboBox *combo, const QString &code)
{
    const int index = code.isEmpty() ? -1 : combo->findData(code.trimmed().toLower());
    combo->setCurrentIndex(index >= 0 ? index : combo->count() - 1);
}

bool selectRegionByHost(QComboBox *combo, MimecastApi api, const QUrl &url)
{
    for (const RegionPreset &preset : regionPresets(api)) {
        if (preset.baseUrl.host().compare(url.host(), Qt::CaseInsensitive) == 0
            && preset.baseUrl.scheme() == url.scheme().toLower()) {
            combo->setCurrentIndex(combo->findData(preset.code));
            return true;
        }
    }
    return false;
}

QString customUrlError(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return QCoreApplication::translate("ConnectionFields",
                                           "Enter the base URL, such as "
                                           "https://api.services.mimecast.com, or choose a "
                                           "region.");
    }
    return validateServiceUrl(QUrl(text.trimmed(), QUrl::StrictMode));
}

void storeRegion(const QComboBox *combo, const QLineEdit *urlEdit, ProfileSettings *settings)
{
    if (isCustomRegion(combo)) {
        settings->region.clear();
        settings->baseUrl = QUrl(urlEdit->text().trimmed(), QUrl::StrictMode);
    } else {
        settings->region = combo->currentData().toString();
        settings->baseUrl.clear();
    }
}

} // namespace bridge::connectionfields
