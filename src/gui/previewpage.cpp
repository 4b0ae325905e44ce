#include "previewpage.h"

#include "alertfilterproxymodel.h"
#include "alerttablemodel.h"
#include "csvexport.h"
#include "guilogging.h"
#include "mimecastclient.h"
#include "onboardingsession.h"
#include "profilesettings.h"
#include "threatmapping.h"
#include "ttplogfetcher.h"
#include "ui_previewpage.h"

#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace bridge {

namespace {

// Delay between the last key press in the search field and refiltering, so that typing stays
// responsive over a large table.
constexpr int searchDebounceMs = 250;

qint64 rangeSeconds(PreviewPage::Range range)
{
    switch (range) {
    case PreviewPage::Range::LastHour:
        return 3600;
    case PreviewPage::Range::LastDay:
        return 24 * 3600;
    case PreviewPage::Range::LastWeek:
        return 7 * 24 * 3600;
    }
    return 24 * 3600;
}

} // namespace

PreviewPage::PreviewPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::PreviewPage>())
    , m_session(session)
    , m_model(new AlertTableModel(this))
    , m_proxy(new AlertFilterProxyModel(this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);

    m_proxy->setSourceModel(m_model);
    m_ui->alertView->setModel(m_proxy);
    m_ui->alertView->sortByColumn(AlertTableModel::TimeColumn, Qt::DescendingOrder);
    m_ui->alertView->horizontalHeader()->setStretchLastSection(true);
    m_ui->alertView->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_proxy->setSearchText(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    for (QCheckBox *check : {m_ui->attachmentCheck, m_ui->impersonationCheck, m_ui->urlCheck}) {
        connect(check, &QCheckBox::toggled, this, &PreviewPage::updateCategoryFilter);
    }

    connect(m_ui->loadButton, &QPushButton::clicked, this, &PreviewPage::load);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &PreviewPage::stop);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PreviewPage::openExportDialog);
    connect(m_ui->alertView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PreviewPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PreviewPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this] { m_ui->exportButton->setEnabled(m_proxy->rowCount() > 0); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_ui->exportButton->setEnabled(m_proxy->rowCount() > 0); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            [this] { m_ui->exportButton->setEnabled(m_proxy->rowCount() > 0); });

    updateCounters();
}

PreviewPage::~PreviewPage()
{
    releaseFetch();
}

bool PreviewPage::validatePage()
{
    stop();
    return true;
}

void PreviewPage::cleanupPage()
{
    stop();
    QWizardPage::cleanupPage();
}

RecordProcessor PreviewPage::createProcessor()
{
    m_mappingWarning.clear();
    const QString overridePath = ProfileSettings::mappingOverridePath(
            m_session->paths().configFolder(), m_session->settings.name);
    if (!QFile::exists(overridePath))
        return RecordProcessor(ThreatMappingTable::builtIn());

    QString error;
    const std::optional<ThreatMappingTable> table
            = ThreatMappingTable::fromFile(overridePath, &error);
    if (!table) {
        m_mappingWarning = tr("The profile's mapping table %1 was not used, so the built-in "
                              "table applies: %2")
                                   .arg(overridePath, error);
        return RecordProcessor(ThreatMappingTable::builtIn());
    }
    return RecordProcessor(*table);
}

void PreviewPage::load()
{
    stop();
    m_model->clear();
    m_typeStates.clear();
    m_loadedTypes.clear();
    m_setupError.clear();
    m_exportMessage.clear();

    m_client = m_session->createMimecastClient(this, &m_setupError);
    if (!m_client) {
        updateErrors();
        updateCounters();
        return;
    }
    m_processor = createProcessor();

    m_pendingTypes = m_session->settings.logTypes;
    for (const LogType type : std::as_const(m_pendingTypes))
        m_typeStates.insert(type, TypeState());

    m_ui->loadButton->setEnabled(false);
    m_ui->rangeCombo->setEnabled(false);
    m_ui->stopButton->setEnabled(true);
    m_ui->progressBar->setVisible(true);
    updateErrors();
    updateCounters();
    startNextType();
}

void PreviewPage::startNextType()
{
    if (m_pendingTypes.isEmpty()) {
        finishLoad();
        return;
    }

    const LogType type = m_pendingTypes.takeFirst();
    m_loadedTypes.append(type);

    const auto range = Range(m_ui->rangeCombo->currentIndex());
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-rangeSeconds(range));
    TtpLogFetcher::Options options;
    options.pageSize = qBound(1, m_session->settings.pageSize, 500);

    m_fetcher = new TtpLogFetcher(m_client, type, from, to, options, this);
    connect(m_fetcher, &TtpLogFetcher::pageReceived, this, &PreviewPage::handlePage);
    connect(m_fetcher, &TtpLogFetcher::windowRestarted, this, &PreviewPage::handleWindowRestarted);
    connect(m_fetcher, &TtpLogFetcher::waiting, this, &PreviewPage::handleWaiting);
    connect(m_fetcher, &TtpLogFetcher::finished, this, &PreviewPage::handleTypeFinished);
    connect(m_fetcher, &TtpLogFetcher::failed, this, &PreviewPage::handleTypeFailed);

    const QString text = progressText(type, 1);
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setFormat(text);
    qCInfo(lcGui).noquote() << "Preview of the" << logTypeName(type) << "log from"
                            << from.toString(Qt::ISODate) << "to" << to.toString(Qt::ISODate);
    m_fetcher->start();
}

void PreviewPage::handlePage(LogType type, const QList<PageElement> &elements)
{
    TypeState &state = m_typeStates[type];
    ++state.pages;

    QList<NormalizedAlert> alerts;
    for (const PageElement &element : elements) {
        RecordOutcome outcome = m_processor.process(type, element);
        state.counters.add(outcome.kind);
        if (outcome.kind == RecordOutcome::Kind::Alert)
            alerts.append(std::move(outcome.alert));
    }
    m_model->appendAlerts(alerts);

    const QString text = progressText(type, state.pages + 1);
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setFormat(text);
    updateCounters();
}

void PreviewPage::handleWindowRestarted(LogType type)
{
    // The fetcher sends the window again from its first page. The table ignores the keys it
    // already has, so only this type's counters start over.
    TypeState &state = m_typeStates[type];
    state.counters = PreviewCounters();
    state.pages = 0;
    updateCounters();
}

void PreviewPage::handleWaiting(LogType type, const QDateTime &until, const MimecastError &cause)
{
    const QString time = until.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QString text;
    if (cause.kind == MimecastError::Kind::RateLimited) {
        //: %1 is a log type such as "URL", %2 a time of day such as 14:05:09.
        text = tr("%1: rate limited until %2").arg(AlertTableModel::categoryText(type), time);
    } else {
        //: %1 is a log type, %2 the error message, %3 a time of day such as 14:05:09.
        text = tr("%1: %2 Retrying at %3.")
                       .arg(AlertTableModel::categoryText(type), cause.message, time);
    }
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setFormat(text);
}

void PreviewPage::handleTypeFinished(LogType type)
{
    qCInfo(lcGui).noquote() << "Preview of the" << logTypeName(type) << "log finished after"
                            << m_typeStates.value(type).pages << "pages";
    releaseFetch();
    startNextType();
}

void PreviewPage::handleTypeFailed(LogType type, const MimecastError &error)
{
    qCWarning(lcGui).noquote() << "Preview of the" << logTypeName(type)
                               << "log failed:" << error.kindName() << error.serverCodes;
    m_typeStates[type].error = error;
    updateErrors();
    releaseFetch();
    startNextType();
}

void PreviewPage::stop()
{
    if (!m_client)
        return;
    m_pendingTypes.clear();
    finishLoad();
}

void PreviewPage::finishLoad()
{
    const bool wasLoading = m_client != nullptr;
    releaseFetch();
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_pendingTypes.clear();

    m_ui->loadButton->setEnabled(true);
    m_ui->rangeCombo->setEnabled(true);
    m_ui->stopButton->setEnabled(false);
    m_ui->progressBar->setVisible(false);
    m_ui->progressLabel->clear();
    updateCounters();
    if (wasLoading)
        emit loadFinished();
}

void PreviewPage::releaseFetch()
{
    if (!m_fetcher)
        return;
    // The fetcher may be inside one of its own signals, so it is deleted later, and it is
    // disconnected first so that nothing it still emits reaches the page.
    m_fetcher->cancel();
    m_fetcher->disconnect(this);
    m_fetcher->deleteLater();
    m_fetcher = nullptr;
}

PreviewCounters PreviewPage::totalCounters() const
{
    PreviewCounters total;
    for (const TypeState &state : m_typeStates) {
        total.fetched += state.counters.fetched;
        total.clean += state.counters.clean;
        total.rejected += state.counters.rejected;
        total.alerts += state.counters.alerts;
    }
    return total;
}

void PreviewPage::updateCounters()
{
    m_ui->countersLabel->setText(totalCounters().summaryText());
}

void PreviewPage::updateErrors()
{
    QStringList lines;
    if (!m_setupError.isEmpty())
        lines.append(m_setupError);
    if (!m_mappingWarning.isEmpty())
        lines.append(m_mappingWarning);
    for (const LogType type : std::as_const(m_loadedTypes)) {
        const TypeState state = m_typeStates.value(type);
        if (state.error.isError()) {
            //: %1 is a log type such as "URL", %2 the error message.
            lines.append(
                    tr("%1: %2").arg(AlertTableModel::categoryText(type), state.error.message));
        }
    }
    if (!m_exportMessage.isEmpty())
        lines.append(m_exportMessage);
    m_ui->errorLabel->setText(lines.join(u'\n'));
    m_ui->errorLabel->setVisible(!lines.isEmpty());
}

void PreviewPage::updateDetails()
{
    const QModelIndex current = m_ui->alertView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_ui->mappingLabel->setText(
                tr("Select an alert to see how it was mapped and its original record."));
        m_ui->rawJsonEdit->clear();
        return;
    }
    m_ui->mappingLabel->setText(current.data(AlertTableModel::MappingRuleRole).toString());
    const QJsonObject record = current.data(AlertTableModel::RawJsonRole).toJsonObject();
    m_ui->rawJsonEdit->setPlainText(
            QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented)));
}

void PreviewPage::updateCategoryFilter()
{
    m_proxy->setCategoryShown(LogType::Attachment, m_ui->attachmentCheck->isChecked());
    m_proxy->setCategoryShown(LogType::Impersonation, m_ui->impersonationCheck->isChecked());
    m_proxy->setCategoryShown(LogType::Url, m_ui->urlCheck->isChecked());
}

void PreviewPage::openExportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export alerts as CSV"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("mimecast-alerts.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &PreviewPage::exportCsv);
    dialog->open();
}

bool PreviewPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    QString error;
    bool written = false;
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else if (exportAlertsCsv(m_proxy, &file, &error)) {
        written = file.commit();
        if (!written)
            error = file.errorString();
    }

    if (written) {
        m_exportMessage.clear();
        m_ui->progressLabel->setText(
                tr("%n alert(s) exported to %1.", nullptr, m_proxy->rowCount()).arg(path));
    } else {
        m_exportMessage = tr("Exporting to %1 failed: %2 Choose another file.").arg(path, error);
    }
    updateErrors();
    return written;
}

QString PreviewPage::progressText(LogType type, int page) const
{
    //: %1 is a page number, %2 a log type such as "URL".
    return tr("Page %1 of %2…").arg(page).arg(AlertTableModel::categoryText(type));
}

void PreviewPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
    updateCounters();
    updateErrors();
    updateDetails();
}

void PreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace bridge
