#pragma once

#include <QLoggingCategory>

// Category of the local test servers. Enable debug output with
// QT_LOGGING_RULES="mimecast-bridge.simulator.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
