#include "mimecastfaults.h"

#include <QJsonArray>

#include <functional>

namespace bridge {

namespace {

struct SwitchDefinition
{
    FaultSwitch info;
    std::function<bool(MimecastFaults *, const QJsonValue &, QString *)> apply;
    std::function<QJsonValue(const MimecastFaults &)> read;
};

// Accepts a JSON number or, as the command line passes it, a string of digits.
std::optional<int> toWholeNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == static_cast<int>(number))
            return static_cast<int>(number);
        return std::nullopt;
    }
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

std::optional<bool> toFlag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.toString() == u"true")
        return true;
    if (value.toString() == u"false")
        return false;
    return std::nullopt;
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

SwitchDefinition numberSwitch(const QString &name, const QString &valueName,
                              const QString &description, int MimecastFaults::*member, int min,
                              int max)
{
    return {{name, FaultValueKind::Number, valueName, description},
            [=](MimecastFaults *faults, const QJsonValue &value, QString *error) {
                const std::optional<int> number = toWholeNumber(value);
                if (!number || *number < min || *number > max) {
                    *error = QStringLiteral("Invalid value %1 for %2: expected a whole number "
                                            "from %3 to %4")
                                     .arg(valueText(value), name)
                                     .arg(min)
                                     .arg(max);
                    return false;
                }
                faults->*member = *number;
                return true;
            },
            [=](const MimecastFaults &faults) {
                return QJsonValue(faults.*member);
            }};
}

SwitchDefinition statusSwitch(const QString &name, const QString &description,
                              int MimecastFaults::*member, const QList<int> &allowed)
{
    QStringList allowedText;
    for (const int status : allowed)
        allowedText.append(QString::number(status));
    return {{name, FaultValueKind::Number, QStringLiteral("STATUS"), description},
            [=](MimecastFaults *faults, const QJsonValue &value, QString *error) {
                const std::optional<int> status = toWholeNumber(value);
                if (!status || !allowed.contains(*status)) {
                    *error = QStringLiteral("Invalid value %1 for %2: expected one of %3")
                                     .arg(valueText(value), name,
                                          allowedText.join(QStringLiteral(", ")));
                    return false;
                }
                faults->*member = *status;
                return true;
            },
            [=](const MimecastFaults &faults) {
                return QJsonValue(faults.*member);
            }};
}

SwitchDefinition flagSwitch(const QString &name, const QString &description,
                            bool MimecastFaults::*member)
{
    return {{name, FaultValueKind::Flag, QString(), description},
            [=](MimecastFaults *faults, const QJsonValue &value, QString *error) {
                const std::optional<bool> flag = toFlag(value);
                if (!flag) {
                    *error = QStringLiteral("Invalid value %1 for %2: expected true or false")
                                     .arg(valueText(value), name);
                    return false;
                }
                faults->*member = *flag;
                return true;
            },
            [=](const MimecastFaults &faults) {
                return QJsonValue(faults.*member);
            }};
}

SwitchDefinition textSwitch(const QString &name, const QString &description,
                            QString MimecastFaults::*member)
{
    return {{name, FaultValueKind::Text, QStringLiteral("TEXT"), description},
            [=](MimecastFaults *faults, const QJsonValue &value, QString *error) {
                if (!value.isString() || value.toString().isEmpty()) {
                    *error = QStringLiteral("Invalid value for %1: expected a non-empty string")
                                     .arg(name);
                    return false;
                }
                faults->*member = value.toString();
                return true;
            },
            [=](const MimecastFaults &faults) {
                return QJsonValue(faults.*member);
            }};
}

// A text switch whose value is one of a few names, stored as an enum.
template<typename Enum>
SwitchDefinition choiceSwitch(const QString &name, const QString &description,
                              Enum MimecastFaults::*member,
                              const QList<QPair<QString, Enum>> &choices)
{
    QStringList names;
    for (const auto &choice : choices)
        names.append(choice.first);
    return {{name, FaultValueKind::Text, names.join(u'|'), description},
            [=](MimecastFaults *faults, const QJsonValue &value, QString *error) {
                for (const auto &choice : choices) {
                    if (value.toString() == choice.first) {
                        faults->*member = choice.second;
                        return true;
                    }
                }
                *error = QStringLiteral("Invalid value %1 for %2: expected one of %3")
                                 .arg(valueText(value), name, names.join(QStringLiteral(", ")));
                return false;
            },
            [=](const MimecastFaults &faults) {
                for (const auto &choice : choices) {
                    if (faults.*member == choice.second)
                        return QJsonValue(choice.first);
                }
                return QJsonValue();
            }};
}

SwitchDefinition forbiddenTypesSwitch()
{
    const QString name = QStringLiteral("forbidden-types");
    return {{name, FaultValueKind::Text, QStringLiteral("TYPES"),
             QStringLiteral("Answer get-logs of these log types (comma-separated: attachment, "
                            "impersonation, url; empty for none) with HTTP 403.")},
            [=](MimecastFaults *faults, const QJsonValue &value, QString *error) {
                if (!value.isString()) {
                    *error = QStringLiteral("Invalid value for %1: expected a comma-separated "
                                            "string of log types")
                                     .arg(name);
                    return false;
                }
                if (value.toString().trimmed().isEmpty()) {
                    faults->forbiddenTypes.clear();
                    return true;
                }
                QString invalidName;
                const std::optional<QList<LogType>> types
                        = parseLogTypeList(value.toString(), &invalidName);
                if (!types) {
                    *error = QStringLiteral("Invalid log type %1 for %2: expected attachment, "
                                            "impersonation or url")
                                     .arg(invalidName, name);
                    return false;
                }
                faults->forbiddenTypes = *types;
                return true;
            },
            [](const MimecastFaults &faults) {
                QStringList names;
                for (const LogType type : faults.forbiddenTypes)
                    names.append(logTypeName(type));
                return QJsonValue(names.join(u','));
            }};
}

const QList<SwitchDefinition> &switchDefinitions()
{
    constexpr int maxCount = 1000000;
    static const QList<SwitchDefinition> definitions = {
            numberSwitch(QStringLiteral("rate-limit"), QStringLiteral("N"),
                         QStringLiteral("Answer the next N data calls with HTTP 429."),
                         &MimecastFaults::rateLimitCount, 0, maxCount),
            choiceSwitch<RateLimitStyle>(
                    QStringLiteral("rate-limit-style"),
                    QStringLiteral("How a 429 says when to retry: X-RateLimit-Reset in ms, "
                                   "a Reset that is not a number, or Retry-After in seconds."),
                    &MimecastFaults::rateLimitStyle,
                    {{QStringLiteral("reset"), RateLimitStyle::ResetMilliseconds},
                     {QStringLiteral("garbage-reset"), RateLimitStyle::GarbageReset},
                     {QStringLiteral("retry-after"), RateLimitStyle::RetryAfter}}),
            numberSwitch(QStringLiteral("rate-limit-reset-ms"), QStringLiteral("MS"),
                         QStringLiteral("X-RateLimit-Reset of a 429 or of remaining-zero, in "
                                        "milliseconds."),
                         &MimecastFaults::rateLimitResetMs, 0, 3600000),
            numberSwitch(QStringLiteral("retry-after-seconds"), QStringLiteral("SECONDS"),
                         QStringLiteral("Retry-After of a 429 in the retry-after style."),
                         &MimecastFaults::retryAfterSeconds, 0, 3600),
            flagSwitch(QStringLiteral("remaining-zero"),
                       QStringLiteral("Send X-RateLimit-Remaining: 0 on successful responses."),
                       &MimecastFaults::remainingZero),
            numberSwitch(QStringLiteral("server-error"), QStringLiteral("N"),
                         QStringLiteral("Answer the next N data calls with server-error-status."),
                         &MimecastFaults::serverErrorCount, 0, maxCount),
            statusSwitch(QStringLiteral("server-error-status"),
                         QStringLiteral("HTTP status of server-error."),
                         &MimecastFaults::serverErrorStatus, {500, 502, 503, 504}),
            numberSwitch(QStringLiteral("hang"), QStringLiteral("N"),
                         QStringLiteral("Never answer the next N data calls."),
                         &MimecastFaults::hangCount, 0, maxCount),
            numberSwitch(QStringLiteral("truncated-json"), QStringLiteral("N"),
                         QStringLiteral("Cut the JSON body of the next N data calls in half."),
                         &MimecastFaults::truncatedJsonCount, 0, maxCount),
            numberSwitch(QStringLiteral("html-error"), QStringLiteral("N"),
                         QStringLiteral("Answer the next N data calls with an HTML error page."),
                         &MimecastFaults::htmlErrorCount, 0, maxCount),
            statusSwitch(QStringLiteral("html-error-status"),
                         QStringLiteral("HTTP status of html-error."),
                         &MimecastFaults::htmlErrorStatus, {200, 502}),
            numberSwitch(QStringLiteral("not-found"), QStringLiteral("N"),
                         QStringLiteral("Answer the next N data calls with HTTP 404."),
                         &MimecastFaults::notFoundCount, 0, maxCount),
            numberSwitch(QStringLiteral("binding-expired"), QStringLiteral("N"),
                         QStringLiteral("Answer the next N data calls with HTTP 418 "
                                        "err_xdk_binding_expired."),
                         &MimecastFaults::bindingExpiredCount, 0, maxCount),
            numberSwitch(QStringLiteral("meta-status"), QStringLiteral("N"),
                         QStringLiteral("Answer the next N data calls with HTTP 200 and "
                                        "meta.status set to meta-status-code."),
                         &MimecastFaults::metaStatusCount, 0, maxCount),
            statusSwitch(QStringLiteral("meta-status-code"),
                         QStringLiteral("meta.status of meta-status."),
                         &MimecastFaults::metaStatusCode, {403, 500}),
            numberSwitch(QStringLiteral("fail-page"), QStringLiteral("K"),
                         QStringLiteral("Answer page K of a get-logs window with HTTP 200, a "
                                        "fail entry and a next token (0 = off)."),
                         &MimecastFaults::failPage, 0, maxCount),
            numberSwitch(QStringLiteral("fail-page-count"), QStringLiteral("N"),
                         QStringLiteral("How many times fail-page fires."),
                         &MimecastFaults::failPageCount, 0, maxCount),
            textSwitch(QStringLiteral("fail-code"), QStringLiteral("Error code of fail-page."),
                       &MimecastFaults::failCode),
            textSwitch(QStringLiteral("fail-message"),
                       QStringLiteral("Error message of fail-page."), &MimecastFaults::failMessage),
            flagSwitch(QStringLiteral("fail-retryable"),
                       QStringLiteral("Mark the fail-page error as retryable."),
                       &MimecastFaults::failRetryable),
            numberSwitch(QStringLiteral("expire-token-after-pages"), QStringLiteral("K"),
                         QStringLiteral("Revoke the API 2.0 access token after K more get-logs "
                                        "pages."),
                         &MimecastFaults::expireTokenAfterPages, 0, maxCount),
            flagSwitch(QStringLiteral("repeat-next"),
                       QStringLiteral("Return the page token that was sent as the next token."),
                       &MimecastFaults::repeatNextToken),
            numberSwitch(QStringLiteral("empty-page"), QStringLiteral("N"),
                         QStringLiteral("Answer the next N get-logs calls with no records and a "
                                        "next token."),
                         &MimecastFaults::emptyPageCount, 0, maxCount),
            choiceSwitch<EmptyPageStyle>(
                    QStringLiteral("empty-page-style"),
                    QStringLiteral("Shape of empty-page: an empty record list in data[0], or "
                                   "an empty data array."),
                    &MimecastFaults::emptyPageStyle,
                    {{QStringLiteral("empty-list"), EmptyPageStyle::EmptyList},
                     {QStringLiteral("empty-data"), EmptyPageStyle::EmptyData}}),
            forbiddenTypesSwitch(),
            flagSwitch(QStringLiteral("reject-signatures"),
                       QStringLiteral("Reject every API 1.0 signature."),
                       &MimecastFaults::rejectSignatures),
            flagSwitch(QStringLiteral("reject-client-credentials"),
                       QStringLiteral("Reject every API 2.0 client id and secret."),
                       &MimecastFaults::rejectClientCredentials),
            numberSwitch(QStringLiteral("clock-skew"), QStringLiteral("SECONDS"),
                         QStringLiteral("Seconds added to the simulator's clock (may be "
                                        "negative)."),
                         &MimecastFaults::clockSkewSeconds, -366 * 86400, 366 * 86400),
    };
    return definitions;
}

} // namespace

QList<FaultSwitch> mimecastFaultSwitches()
{
    QList<FaultSwitch> switches;
    for (const SwitchDefinition &definition : switchDefinitions())
        switches.append(definition.info);
    return switches;
}

bool applyFaultSetting(MimecastFaults *faults, const QString &name, const QJsonValue &value,
                       QString *error)
{
    for (const SwitchDefinition &definition : switchDefinitions()) {
        if (definition.info.name == name)
            return definition.apply(faults, value, error);
    }
    *error = QStringLiteral("Unknown fault switch: %1").arg(name);
    return false;
}

bool applyFaultSettings(MimecastFaults *faults, const QJsonObject &settings, QString *error)
{
    MimecastFaults changed = *faults;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!applyFaultSetting(&changed, it.key(), it.value(), error))
            return false;
    }
    *faults = changed;
    return true;
}

QJsonObject faultsToJson(const MimecastFaults &faults)
{
    QJsonObject object;
    for (const SwitchDefinition &definition : switchDefinitions())
        object.insert(definition.info.name, definition.read(faults));
    return object;
}

} // namespace bridge
