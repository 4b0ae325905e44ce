#pragma once

#include <QLoggingCategory>

// One category per module. Enable debug output with, for example,
// QT_LOGGING_RULES="mimecast-bridge.connectors.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
