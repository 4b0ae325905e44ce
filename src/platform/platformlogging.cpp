#include "platformlogging.h"

Q_LOGGING_CATEGORY(lcPlatform, "mimecast-bridge.platform", QtInfoMsg)
