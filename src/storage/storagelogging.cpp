#include "storagelogging.h"

Q_LOGGING_CATEGORY(lcStorage, "mimecast-bridge.storage", QtInfoMsg)
