#pragma once

#include <QLoggingCategory>

// Opening, migrating and moving aside the state database, and failed commits. Never logs alert
// payloads.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
