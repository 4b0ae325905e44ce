#include "guilogging.h"

Q_LOGGING_CATEGORY(lcGui, "mimecast-bridge.gui", QtInfoMsg)
