#include "clilogging.h"

Q_LOGGING_CATEGORY(lcCli, "mimecast-bridge.cli", QtInfoMsg)
