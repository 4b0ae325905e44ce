#pragma once

#include <QLoggingCategory>

// Keychain adapter, keychain probe and application folders.
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
