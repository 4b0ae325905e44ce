#pragma once

#include <QLoggingCategory>

// Calls to Sophos Central: method, host, path, status, correlation or request id and duration.
// Headers and bodies of token calls are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcSophos)
