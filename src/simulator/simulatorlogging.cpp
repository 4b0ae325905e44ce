#include "simulatorlogging.h"

Q_LOGGING_CATEGORY(lcSimulator, "mimecast-bridge.simulator", QtInfoMsg)
