#include "sophoscasesink.h"

#include "sophoscasecontent.h"
#include "sophoscentralclient.h"
#include "sophoslogging.h"

#include <QCoreApplication>
#include <QTimer>

namespace bridge {

struct SophosCaseSink::Delivery
{
    QList<DeliveryItem> items;
    Callback done;
    QList<DeliveryResult> results;
    int next = 0;
    std::optional<QList<QJsonObject>> existingCases; // the crash-recovery listing, once
    std::optional<SophosError> listingError;
    // An error that every later item would meet too (credentials, permission, tenant, rate
    // limit, server or network), so the remaining items get its result without a request.
    std::optional<SophosError> stopError;
};

namespace {

bool affectsEveryCall(const SophosError &error)
{
    switch (error.kind) {
    case SophosError::Kind::BadRequest:
    case SophosError::Kind::Unprocessable:
    case SophosError::Kind::InvalidResponse:
        return false; // may depend on the content of this one case
    default:
        return true;
    }
}

DeliveryResult deliveredResult(const QString &key)
{
    DeliveryResult result;
    result.key = key;
    result.outcome = DeliveryResult::Outcome::Delivered;
    return result;
}

} // namespace

SophosCaseSink::SophosCaseSink(SophosCentralClient *client, const SophosCaseTarget &target,
                               QObject *parent)
    : AlertSink(parent)
    , m_client(client)
    , m_target(target)
{ }

SophosCaseSink::~SophosCaseSink() = default;

void SophosCaseSink::deliver(const QList<DeliveryItem> &items, const Callback &done)
{
    auto delivery = std::make_shared<Delivery>();
    delivery->items = items;
    delivery->done = done;

    if (m_current || !m_client) {
        // One delivery at a time: a second call gets its items back for a later attempt.
        for (const DeliveryItem &item : items) {
            DeliveryResult result;
            result.key = item.key;
            result.message = QCoreApplication::translate(
                    "SophosCaseSink",
                    "The Sophos Central case destination is busy or not "
                    "configured; the alert is sent again later.");
            delivery->results.append(result);
        }
        QTimer::singleShot(0, this, [delivery] { delivery->done(delivery->results); });
        return;
    }

    m_current = delivery;
    const bool anyEarlierAttempt
            = std::any_of(items.cbegin(), items.cend(),
                          [](const DeliveryItem &item) { return item.attempts > 0; });
    if (anyEarlierAttempt)
        listExistingCases(delivery);
    else
        QTimer::singleShot(0, this, [this, delivery] { deliverNext(delivery); });
}

void SophosCaseSink::cancel()
{
    const std::shared_ptr<Delivery> delivery = std::exchange(m_current, nullptr);
    if (!delivery)
        return;
    // Callbacks of the aborted calls find m_current changed and do nothing.
    if (m_client)
        m_client->abortAll();
    // Items are resolved in order, so the results cover a prefix of the items.
    for (qsizetype index = delivery->results.size(); index < delivery->items.size(); ++index) {
        DeliveryResult result;
        result.key = delivery->items.at(index).key;
        result.message = QCoreApplication::translate(
                "SophosCaseSink", "Sending was cancelled; the alert is sent again later.");
        delivery->results.append(result);
    }
    delivery->done(delivery->results);
}

void SophosCaseSink::listExistingCases(const std::shared_ptr<Delivery> &delivery)
{
    QDateTime earliest;
    for (const DeliveryItem &item : delivery->items) {
        if (item.attempts > 0 && item.firstAttemptAt.isValid()
            && (!earliest.isValid() || item.firstAttemptAt < earliest)) {
            earliest = item.firstAttemptAt;
        }
    }
    // NOTE: an attempted item without firstAttemptAt makes the listing cover every case of
    // the tenant, which is slow but cannot miss one.
    const QDateTime createdAfter
            = earliest.isValid() ? earliest.addSecs(-recoveryMarginSeconds) : QDateTime();

    ++m_recoveryListings;
    QPointer<SophosCaseSink> self(this);
    m_client->listCases(
            m_target.apiHost, m_target.tenantId, createdAfter,
            [self, delivery](const SophosError &error, const QList<QJsonObject> &cases) {
                if (!self || self->m_current != delivery)
                    return;
                if (error.isError())
                    delivery->listingError = error;
                else
                    delivery->existingCases = cases;
                qCInfo(lcSophos).nospace() << "crash recovery listing: " << cases.size()
                                           << " cases, error=" << error.kindName();
                self->deliverNext(delivery);
            });
}

void SophosCaseSink::deliverNext(const std::shared_ptr<Delivery> &delivery)
{
    if (m_current != delivery)
        return;

    while (delivery->next < delivery->items.size()) {
        const DeliveryItem &item = delivery->items.at(delivery->next);
        ++delivery->next;

        if (item.attempts > 0) {
            if (delivery->listingError) {
                DeliveryResult result = resultForError(item.key, *delivery->listingError);
                // Sending without knowing whether the case exists could create it twice.
                result.outcome = DeliveryResult::Outcome::Retry;
                result.message = QCoreApplication::translate(
                                         "SophosCaseSink",
                                         "Could not check whether a case for this alert already "
                                         "exists, so none was created; it is tried again later. "
                                         "%1")
                                         .arg(delivery->listingError->message);
                delivery->results.append(result);
                continue;
            }
            const QList<QJsonObject> &cases = *delivery->existingCases;
            const bool exists = std::any_of(cases.cbegin(), cases.cend(),
                                            [&item](const QJsonObject &existing) {
                                                return sophosCaseMatchesKey(existing, item.key);
                                            });
            if (exists) {
                qCInfo(lcSophos) << "case for alert" << item.key.left(caseKeyPrefixLength)
                                 << "already exists, not created again";
                delivery->results.append(deliveredResult(item.key));
                continue;
            }
        }

        if (delivery->stopError) {
            delivery->results.append(resultForError(item.key, *delivery->stopError));
            continue;
        }

        QJsonObject alert = item.alert;
        if (alert.value(u"key").toString().isEmpty())
            alert.insert(u"key", item.key);
        const QString key = item.key;
        QPointer<SophosCaseSink> self(this);
        m_client->createCase(m_target.apiHost, m_target.tenantId, sophosCaseBody(alert),
                             [self, delivery, key](const SophosError &error, const QJsonObject &) {
                                 if (!self || self->m_current != delivery)
                                     return;
                                 // A 2xx whose body could not be read still created the case.
                                 const bool created = !error.isError()
                                         || (error.httpStatus >= 200 && error.httpStatus < 300);
                                 if (created) {
                                     delivery->results.append(deliveredResult(key));
                                 } else {
                                     delivery->results.append(self->resultForError(key, error));
                                     if (affectsEveryCall(error))
                                         delivery->stopError = error;
                                 }
                                 self->deliverNext(delivery);
                             });
        return;
    }
    finishDelivery(delivery);
}

void SophosCaseSink::finishDelivery(const std::shared_ptr<Delivery> &delivery)
{
    m_current = nullptr;
    delivery->done(delivery->results);
}

DeliveryResult SophosCaseSink::resultForError(const QString &key, const SophosError &error) const
{
    DeliveryResult result;
    result.key = key;
    result.message = error.message;
    result.serverReference = error.serverReference();
    switch (error.kind) {
    case SophosError::Kind::RateLimited:
        result.outcome = DeliveryResult::Outcome::Retry;
        result.retryAfterMs = error.retryAfterMs;
        break;
    case SophosError::Kind::Network:
    case SophosError::Kind::Timeout:
    case SophosError::Kind::ServerError:
    case SophosError::Kind::InvalidResponse:
    case SophosError::Kind::Cancelled:
    case SophosError::Kind::None:
        result.outcome = DeliveryResult::Outcome::Retry;
        break;
    case SophosError::Kind::Unauthorized:
    case SophosError::Kind::Forbidden:
    case SophosError::Kind::NotFound:
    case SophosError::Kind::BadRequest:
    case SophosError::Kind::Unprocessable:
    case SophosError::Kind::Tls:
    case SophosError::Kind::InvalidUrl:
        result.outcome = DeliveryResult::Outcome::Failed;
        break;
    }
    return result;
}

} // namespace bridge
