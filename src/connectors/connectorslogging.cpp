#include "connectorslogging.h"

Q_LOGGING_CATEGORY(lcMimecast, "mimecast-bridge.connectors.mimecast", QtInfoMsg)
