#include "sophosfaults.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace bridge {

namespace {

constexpr int maxCount = 1000000;
constexpr int maxIngestBytes = 16 * 1024 * 1024; // the HTTP server's own body limit

struct SophosSwitchDefinition
{
    FaultSwitch info;
    int SophosFaults::*member;
    int min;
    int max;
    QList<int> allowedValues; // empty: any value from min to max
};

// Accepts a JSON number or, as the command line passes it, a string of digits.
std::optional<int> toWholeNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= -maxIngestBytes && number <= maxIngestBytes
            && number == static_cast<int>(number))
            return static_cast<int>(number);
        return std::nullopt;
    }
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("(not a scalar)");
}

SophosSwitchDefinition counter(const QString &name, const QString &description,
                               int SophosFaults::*member)
{
    return {{name, FaultValueKind::Number, QStringLiteral("N"), description},
            member,
            0,
            maxCount,
            {}};
}

SophosSwitchDefinition statusChoice(const QString &name, const QString &description,
                                    int SophosFaults::*member, const QList<int> &allowed)
{
    return {{name, FaultValueKind::Number, QStringLiteral("STATUS"), description},
            member,
            0,
            0,
            allowed};
}

const QList<SophosSwitchDefinition> &switchDefinitions()
{
    static const QList<SophosSwitchDefinition> definitions = {
            counter(QStringLiteral("sophos-reject-token"),
                    QStringLiteral("Answer the next N Sophos calls made with an access token with "
                                   "HTTP 401 and revoke that token."),
                    &SophosFaults::rejectTokenCount),
            counter(QStringLiteral("sophos-rate-limit"),
                    QStringLiteral("Answer the next N Sophos data calls with HTTP 429."),
                    &SophosFaults::rateLimitCount),
            {{QStringLiteral("sophos-retry-after"), FaultValueKind::Number,
              QStringLiteral("SECONDS"),
              QStringLiteral("Retry-After of a Sophos 429 in seconds; 0 sends none.")},
             &SophosFaults::retryAfterSeconds,
             0,
             86400,
             {}},
            counter(QStringLiteral("sophos-server-error"),
                    QStringLiteral("Answer the next N Sophos data calls with "
                                   "sophos-server-error-status."),
                    &SophosFaults::serverErrorCount),
            statusChoice(QStringLiteral("sophos-server-error-status"),
                         QStringLiteral("HTTP status of sophos-server-error."),
                         &SophosFaults::serverErrorStatus, {500, 502, 503, 504}),
            counter(QStringLiteral("sophos-case-error"),
                    QStringLiteral("Answer the next N case creations with "
                                   "sophos-case-error-status and store nothing."),
                    &SophosFaults::caseErrorCount),
            statusChoice(QStringLiteral("sophos-case-error-status"),
                         QStringLiteral("HTTP status of sophos-case-error."),
                         &SophosFaults::caseErrorStatus, {400, 403, 404, 422}),
            counter(QStringLiteral("sophos-hold-after-create"),
                    QStringLiteral("Store the next N valid cases, then send no response."),
                    &SophosFaults::holdAfterCreateCount),
            {{QStringLiteral("ingest-max-items"), FaultValueKind::Number, QStringLiteral("N"),
              QStringLiteral("Answer ingest requests with more alerts than this with HTTP 413.")},
             &SophosFaults::ingestMaxItems,
             1,
             maxCount,
             {}},
            {{QStringLiteral("ingest-max-bytes"), FaultValueKind::Number, QStringLiteral("BYTES"),
              QStringLiteral("Answer ingest requests with a larger body than this with HTTP "
                             "413.")},
             &SophosFaults::ingestMaxBytes,
             1,
             maxIngestBytes,
             {}},
    };
    return definitions;
}

bool applyDefinition(const SophosSwitchDefinition &definition, SophosFaults *faults,
                     const QJsonValue &value, QString *error)
{
    const std::optional<int> number = toWholeNumber(value);
    const QString &name = definition.info.name;
    if (!definition.allowedValues.isEmpty()) {
        if (!number || !definition.allowedValues.contains(*number)) {
            QStringList allowedText;
            for (const int status : definition.allowedValues)
                allowedText.append(QString::number(status));
            *error = QStringLiteral("Invalid value %1 for %2: expected one of %3")
                             .arg(valueText(value), name, allowedText.join(QStringLiteral(", ")));
            return false;
        }
    } else if (!number || *number < definition.min || *number > definition.max) {
        *error = QStringLiteral("Invalid value %1 for %2: expected a whole number from %3 to %4")
                         .arg(valueText(value), name)
                         .arg(definition.min)
                         .arg(definition.max);
        return false;
    }
    faults->*definition.member = *number;
    return true;
}

} // namespace

QList<FaultSwitch> sophosFaultSwitches()
{
    QList<FaultSwitch> switches;
    for (const SophosSwitchDefinition &definition : switchDefinitions())
        switches.append(definition.info);
    return switches;
}

bool applySophosFaultSetting(SophosFaults *faults, const QString &name, const QJsonValue &value,
                             QString *error)
{
    for (const SophosSwitchDefinition &definition : switchDefinitions()) {
        if (definition.info.name == name)
            return applyDefinition(definition, faults, value, error);
    }
    *error = QStringLiteral("Unknown Sophos fault switch: %1").arg(name);
    return false;
}

bool applySophosFaultSettings(SophosFaults *faults, const QJsonObject &settings, QString *error)
{
    SophosFaults changed = *faults;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!applySophosFaultSetting(&changed, it.key(), it.value(), error))
            return false;
    }
    *faults = changed;
    return true;
}

QJsonObject sophosFaultsToJson(const SophosFaults &faults)
{
    QJsonObject object;
    for (const SophosSwitchDefinition &definition : switchDefinitions())
        object.insert(definition.info.name, faults.*definition.member);
    return object;
}

} // namespace bridge
