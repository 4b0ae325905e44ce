#include "workerlogging.h"

Q_LOGGING_CATEGORY(lcWorker, "mimecast-bridge.worker", QtInfoMsg)
