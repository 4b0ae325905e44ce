#pragma once

#include "logtype.h"
#include "mimecastclient.h"
#include "mimecasterror.h"
#include "previewcounters.h"
#include "recordprocessor.h"
#include "ttplogfetcher.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class PreviewPage;
}

namespace bridge {

class AlertFilterProxyModel;
class AlertTableModel;
class OnboardingSession;

// Wizard page that fetches the last hour, day or week of each chosen TTP log, one log type
// after another, and shows the resulting alerts page by page. It has a sortable, filterable
// table, the record counters, a details pane with the mapping explanation and the original
// record, and CSV export of the rows shown. The preview is optional, so Next is always
// allowed, and leaving the page stops the fetch.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Range { LastHour, LastDay, LastWeek };
    Q_ENUM(Range)

    PreviewPage(OnboardingSession *session, QWidget *parent = nullptr);
    ~PreviewPage() override;

    bool validatePage() override;
    void cleanupPage() override;

    // Starts fetching the chosen range, discarding the previous result.
    void load();
    // Stops the fetch. The rows loaded so far stay in the table.
    void stop();
    bool isLoading() const { return m_client != nullptr; }

    // Writes the rows the table shows, in its order, as CSV. Returns false and shows the
    // reason on the page when writing fails.
    bool exportCsv(const QString &path);

    // Counts over every log type of the current load.
    PreviewCounters totalCounters() const;
    AlertTableModel *alertModel() const { return m_model; }
    AlertFilterProxyModel *proxyModel() const { return m_proxy; }

signals:
    // Every log type of a load was fetched, stopped or failed.
    void loadFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct TypeState
    {
        PreviewCounters counters;
        int pages = 0;
        MimecastError error; // kind None while the type has not failed
    };

    void retranslate();
    void startNextType();
    void handlePage(LogType type, const QList<PageElement> &elements);
    void handleWindowRestarted(LogType type);
    void handleWaiting(LogType type, const QDateTime &until, const MimecastError &cause);
    void handleTypeFinished(LogType type);
    void handleTypeFailed(LogType type, const MimecastError &error);
    void finishLoad();
    void releaseFetch();
    void updateCounters();
    void updateErrors();
    void updateDetails();
    void updateCategoryFilter();
    void openExportDialog();
    QString progressText(LogType type, int page) const;
    RecordProcessor createProcessor();

    std::unique_ptr<Ui::PreviewPage> m_ui;
    OnboardingSession *m_session;
    AlertTableModel *m_model;
    AlertFilterProxyModel *m_proxy;
    QTimer *m_searchTimer;
    RecordProcessor m_processor;
    QString m_mappingWarning;

    // State of the current load. m_client is set while a fetch runs.
    QPointer<MimecastClient> m_client;
    QPointer<TtpLogFetcher> m_fetcher;
    QList<LogType> m_pendingTypes;
    QList<LogType> m_loadedTypes;
    QHash<LogType, TypeState> m_typeStates;
    QString m_setupError;
    QString m_exportMessage;
};

} // namespace bridge
