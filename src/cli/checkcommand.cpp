#include "checkcommand.h"

#include "connectioncheck.h"
#include "mimecastclient.h"

#include <QCoreApplication>

namespace bridge {

void CheckCommand::start()
{
    if (!resolveSettings())
        return;

    loadCredentials([this](const MimecastCredentials &credentials) {
        MimecastClient *client = createClient(credentials);
        auto *check = new ConnectionCheck(client, m_settings.logTypes, this);

        connect(check, &ConnectionCheck::stepFinished, this,
                [this](const ConnectionCheck::Step &step) {
                    const QString status = step.passed
                            ? QCoreApplication::translate("CheckCommand", "PASS")
                            : QCoreApplication::translate("CheckCommand", "FAIL");
                    out() << status << QLatin1Char(' ') << step.name << QLatin1String(": ")
                          << step.message << Qt::endl;
                });
        connect(check, &ConnectionCheck::finished, this, [this, check](bool allPassed) {
            if (allPassed) {
                finish(ExitSuccess);
                return;
            }
            for (const ConnectionCheck::Step &step : check->steps()) {
                if (!step.passed) {
                    finish(step.error.exitCode());
                    return;
                }
            }
            finish(ExitRuntimeFailure);
        });
        check->start();
    });
}

} // namespace bridge
