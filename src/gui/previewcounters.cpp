#include "previewcounters.h"

#include <QLocale>

namespace bridge {

void PreviewCounters::add(RecordOutcome::Kind kind)
{
    ++fetched;
    switch (kind) {
    case RecordOutcome::Kind::Alert:
        ++alerts;
        break;
    case RecordOutcome::Kind::Clean:
        ++clean;
        break;
    case RecordOutcome::Kind::Rejected:
        ++rejected;
        break;
    }
}

QString PreviewCounters::summaryText() const
{
    const QLocale locale;
    //: Counters of the preview. %1 to %4 are numbers already formatted for the locale.
    return tr("Fetched: %1 · Clean: %2 · Rejected: %3 · Alerts: %4")
            .arg(locale.toString(fetched), locale.toString(clean), locale.toString(rejected),
                 locale.toString(alerts));
}

} // namespace bridge
