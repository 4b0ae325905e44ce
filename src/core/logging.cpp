#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "mimecast-bridge.core", QtInfoMsg)
