#pragma once

#include "mimecastregions.h"

#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace bridge {

struct ProfileSettings;

// Widgets and checks shared by the two Mimecast connection pages.
namespace connectionfields {

// Makes button a checkable toggle that shows edit's text in clear while checked.
void bindRevealButton(QToolButton *button, QLineEdit *edit);

// Styles label as an inline error message under a field; it starts hidden.
void setUpErrorLabel(QLabel *label);

// Shows message under the field, or hides the label when message is empty.
void showError(QLabel *label, const QString &message);

// Fills combo with the region presets of api and a last "Custom URL" entry whose data is an
// empty string, keeping the current selection when the combo was filled before.
void populateRegions(QComboBox *combo, MimecastApi api);

// True when the "Custom URL" entry is selected.
bool isCustomRegion(const QComboBox *combo);

// Selects the preset with that code, or the custom entry when code is empty or unknown.
void selectRegion(QComboBox *combo, const QString &code);

// Shows the saved region or custom URL of settings without emitting currentIndexChanged. A
// region code that this API version does not offer selects the first preset rather than an
// empty custom URL.
void restoreRegion(QComboBox *combo, const ProfileSettings &settings);

// Shows the URL of the selected region in urlEdit, read-only, or customUrl, editable, when the
// custom entry is selected.
void showRegionUrl(const QComboBox *combo, QLineEdit *urlEdit, MimecastApi api,
                   const QString &customUrl);

// Selects the preset whose base URL has the host of url. Returns false, leaving the selection
// unchanged, when no preset matches.
bool selectRegionByHost(QComboBox *combo, MimecastApi api, const QUrl &url);

// Returns a translated error for the custom base URL text, or an empty string when it is
// acceptable.
QString customUrlError(const QString &text);

// Writes the region selection to settings: the preset code, or the custom URL.
void storeRegion(const QComboBox *combo, const QLineEdit *urlEdit, ProfileSettings *settings);

} // namespace connectionfields

} // namespace bridge
