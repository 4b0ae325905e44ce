#pragma once

#include "recordprocessor.h"

#include <QCoreApplication>
#include <QString>

namespace bridge {

// Counts of the wizard's preview: records fetched from Mimecast, and how many of them were
// clean, rejected or became alerts.
struct PreviewCounters
{
    Q_DECLARE_TR_FUNCTIONS(PreviewCounters)

public:
    qint64 fetched = 0;
    qint64 clean = 0;
    qint64 rejected = 0;
    qint64 alerts = 0;

    // Counts one processed record as fetched and under its outcome.
    void add(RecordOutcome::Kind kind);

    // One translated line such as "Fetched: 12,345 · Clean: 12,000 · Rejected: 5 ·
    // Alerts: 340", with the numbers in the default QLocale's format.
    QString summaryText() const;

    friend bool operator==(const PreviewCounters &a, const PreviewCounters &b)
    {
        return a.fetched == b.fetched && a.clean == b.clean && a.rejected == b.rejected
                && a.alerts == b.alerts;
    }
};

} // namespace bridge
