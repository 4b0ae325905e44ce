#include "sophoslogging.h"

Q_LOGGING_CATEGORY(lcSophos, "mimecast-bridge.connectors.sophos", QtInfoMsg)
