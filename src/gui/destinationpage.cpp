#include "destinationpage.h"

#include "guilogging.h"
#include "onboardingsession.h"
#include "ui_destinationpage.h"
#include "urlpolicy.h"

#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryFile>

namespace bridge {

namespace {

const QString sophosDestination = QStringLiteral("sophos-case");
const QString ingestDestination = QStringLiteral("https");
const QString fileDestination = QStringLiteral("jsonl");

const QString sophosClientIdKey = QStringLiteral("SOPHOS_CLIENT_ID");
const QString sophosClientSecretKey = QStringLiteral("SOPHOS_CLIENT_SECRET");
const QString ingestKeyKey = QStringLiteral("INGEST_KEY");

QUrl urlFromField(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

DestinationPage::DestinationPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DestinationPage>())
    , m_session(session)
    , m_tenantModel(new QStandardItemModel(0, 3, this))
    , m_tenantProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);

    auto *choices = new QButtonGroup(this);
    choices->addButton(m_ui->sophosRadio);
    choices->addButton(m_ui->ingestRadio);
    choices->addButton(m_ui->fileRadio);
    connect(choices, &QButtonGroup::buttonToggled, this, &DestinationPage::updateDestination);

    m_tenantProxy->setSourceModel(m_tenantModel);
    m_tenantProxy->setFilterKeyColumn(-1);
    m_tenantProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tenantView->setModel(m_tenantProxy);
    m_ui->tenantView->sortByColumn(TenantNameColumn, Qt::AscendingOrder);
    m_ui->tenantView->horizontalHeader()->setStretchLastSection(true);
    m_ui->tenantView->horizontalHeader()->setSectionResizeMode(TenantIdColumn,
                                                               QHeaderView::ResizeToContents);
    m_ui->tenantView->verticalHeader()->hide();
    connect(m_ui->tenantFilterEdit, &QLineEdit::textChanged, m_tenantProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->tenantView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QWizardPage::completeChanged);

    for (QLineEdit *edit :
         {m_ui->clientIdEdit, m_ui->clientSecretEdit, m_ui->identityUrlEdit, m_ui->apiUrlEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &DestinationPage::invalidateTest);
    }
    connect(m_ui->revealSecretCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->clientSecretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->revealIngestKeyCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->ingestKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    const auto showAdvanced = [this](bool shown) {
        m_ui->identityUrlLabel->setVisible(shown);
        m_ui->identityUrlEdit->setVisible(shown);
        m_ui->apiUrlLabel->setVisible(shown);
        m_ui->apiUrlEdit->setVisible(shown);
    };
    connect(m_ui->advancedCheck, &QCheckBox::toggled, this, showAdvanced);
    showAdvanced(false);

    connect(m_ui->testButton, &QPushButton::clicked, this, &DestinationPage::startTest);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &DestinationPage::cancelTest);

    connect(m_ui->ingestUrlEdit, &QLineEdit::textChanged, this,
            &DestinationPage::updateIngestStatus);
    connect(m_ui->ingestKeyEdit, &QLineEdit::textChanged, this,
            &DestinationPage::updateIngestStatus);
    connect(m_ui->outputFileEdit, &QLineEdit::textChanged, this,
            &DestinationPage::updateOutputStatus);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &DestinationPage::browseOutputFile);

    retranslate();
    updateDestination();
}

DestinationPage::~DestinationPage()
{
    // Clearing m_client first makes the callbacks that abortAll() runs ignore their results.
    if (SophosCentralClient *client = m_client) {
        m_client = nullptr;
        client->abortAll();
    }
}

void DestinationPage::initializePage()
{
    const ProfileSettings &settings = m_session->settings;
    const SophosEndpoints defaults;
    m_ui->clientIdEdit->setText(m_session->destinationSecrets.value(sophosClientIdKey));
    m_ui->clientSecretEdit->setText(m_session->destinationSecrets.value(sophosClientSecretKey));
    m_ui->identityUrlEdit->setText((settings.sophosIdentityUrl.isEmpty()
                                            ? defaults.identityUrl
                                            : settings.sophosIdentityUrl)
                                           .toString());
    m_ui->apiUrlEdit->setText(
            (settings.sophosApiUrl.isEmpty() ? defaults.apiUrl : settings.sophosApiUrl).toString());
    m_ui->ingestUrlEdit->setText(settings.ingestUrl.toString());
    m_ui->ingestKeyEdit->setText(m_session->destinationSecrets.value(ingestKeyKey));
    QString outputFile = settings.outputFile;
    if (outputFile.isEmpty()) {
        // The state folder is created at Finish, so a new installation starts in the home
        // folder instead.
        const QString stateFolder = m_session->paths().stateFolder();
        const QDir folder(QFileInfo(stateFolder).isDir() ? stateFolder : QDir::homePath());
        outputFile = folder.filePath(settings.name + u"-alerts.jsonl");
    }
    m_ui->outputFileEdit->setText(outputFile);

    if (settings.destination == ingestDestination)
        m_ui->ingestRadio->setChecked(true);
    else if (settings.destination == fileDestination)
        m_ui->fileRadio->setChecked(true);
    else
        m_ui->sophosRadio->setChecked(true);

    invalidateTest();
    updateIngestStatus();
    updateOutputStatus();
}

QString DestinationPage::destination() const
{
    if (m_ui->ingestRadio->isChecked())
        return ingestDestination;
    if (m_ui->fileRadio->isChecked())
        return fileDestination;
    return sophosDestination;
}

void DestinationPage::updateDestination()
{
    if (m_ui->ingestRadio->isChecked())
        m_ui->destinationStack->setCurrentWidget(m_ui->ingestPage);
    else if (m_ui->fileRadio->isChecked())
        m_ui->destinationStack->setCurrentWidget(m_ui->filePage);
    else
        m_ui->destinationStack->setCurrentWidget(m_ui->sophosPage);
    emit completeChanged();
}

bool DestinationPage::isComplete() const
{
    const QString chosen = destination();
    if (chosen == ingestDestination)
        return m_ingestProblem.isEmpty();
    if (chosen == fileDestination)
        return m_outputProblem.isEmpty();

    if (m_testState != TestState::Passed || !m_identity)
        return false;
    return m_identity->type == SophosIdentity::Type::Tenant || chosenTenant().has_value();
}

bool DestinationPage::validatePage()
{
    if (!isComplete())
        return false;

    ProfileSettings &settings = m_session->settings;
    const QString chosen = destination();
    settings.destination = chosen;
    if (chosen == sophosDestination) {
        const std::optional<SophosTenantInfo> tenant = chosenTenant();
        settings.sophosIdentityUrl = urlFromField(m_ui->identityUrlEdit->text());
        settings.sophosApiUrl = urlFromField(m_ui->apiUrlEdit->text());
        settings.sophosTenant = tenant ? tenant->id : QString();
        m_session->sophosTenantName = tenant ? tenant->name : QString();
        m_session->destinationSecrets.insert(sophosClientIdKey,
                                             m_ui->clientIdEdit->text().trimmed());
        m_session->destinationSecrets.insert(sophosClientSecretKey, m_ui->clientSecretEdit->text());
    } else if (chosen == ingestDestination) {
        settings.ingestUrl = urlFromField(m_ui->ingestUrlEdit->text());
        m_session->destinationSecrets.insert(ingestKeyKey, m_ui->ingestKeyEdit->text());
    } else {
        settings.outputFile = QDir::cleanPath(m_ui->outputFileEdit->text().trimmed());
    }
    return true;
}

void DestinationPage::startTest()
{
    cancelTest();

    SophosEndpoints endpoints;
    endpoints.identityUrl = urlFromField(m_ui->identityUrlEdit->text());
    endpoints.apiUrl = urlFromField(m_ui->apiUrlEdit->text());
    const SophosCredentials credentials {m_ui->clientIdEdit->text().trimmed(),
                                         m_ui->clientSecretEdit->text()};

    m_identity.reset();
    m_tenants.clear();
    showTenants({});
    m_testError = SophosError();
    if (credentials.clientId.isEmpty() || credentials.clientSecret.isEmpty()) {
        m_testState = TestState::Failed;
        m_testError.message = tr("Enter the client ID and client secret of a Sophos Central API "
                                 "credential, then test again.");
        updateTestStatus();
        emit completeChanged();
        return;
    }

    m_client = new SophosCentralClient(m_session->network(), endpoints, credentials, this);
    m_client->setTransferTimeout(m_session->transferTimeoutMs());
    m_testState = TestState::Running;
    updateTestStatus();
    emit completeChanged();

    const QPointer<SophosCentralClient> client = m_client;
    client->whoami([this, client](const SophosError &error, const SophosIdentity &identity) {
        if (client != m_client)
            return;
        if (error.isError()) {
            finishTest(error);
            return;
        }
        m_identity = identity;
        client->listTenants(identity,
                            [this, client](const SophosError &listError,
                                           const QList<SophosTenantInfo> &tenants) {
                                if (client != m_client)
                                    return;
                                if (!listError.isError())
                                    m_tenants = tenants;
                                finishTest(listError);
                            });
    });
}

void DestinationPage::finishTest(const SophosError &error)
{
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_testError = error;
    if (error.kind == SophosError::Kind::Cancelled)
        m_testState = TestState::Cancelled;
    else if (error.isError())
        m_testState = TestState::Failed;
    else
        m_testState = TestState::Passed;

    if (error.isError()) {
        m_identity.reset();
        m_tenants.clear();
        qCWarning(lcGui).noquote() << "Sophos Central test failed:" << error.kindName()
                                   << error.httpStatus << error.host << error.path;
    } else {
        qCInfo(lcGui).noquote() << "Sophos Central test passed for a" << m_identity->typeName()
                                << "account with" << m_tenants.size() << "tenants";
    }
    showTenants(m_tenants);
    updateTestStatus();
    emit completeChanged();
    emit testFinished(m_testState == TestState::Passed);
}

void DestinationPage::cancelTest()
{
    if (!m_client)
        return;
    SophosError cancelled;
    cancelled.kind = SophosError::Kind::Cancelled;
    SophosCentralClient *client = m_client;
    // Clearing m_client first makes the callbacks that abortAll() runs ignore their results.
    m_client = nullptr;
    client->abortAll();
    client->deleteLater();
    finishTest(cancelled);
}

void DestinationPage::invalidateTest()
{
    if (m_client) {
        SophosCentralClient *client = m_client;
        m_client = nullptr;
        client->abortAll();
        client->deleteLater();
    }
    m_testState = TestState::NotRun;
    m_testError = SophosError();
    m_identity.reset();
    m_tenants.clear();
    showTenants({});
    updateTestStatus();
    emit completeChanged();
}

void DestinationPage::showTenants(const QList<SophosTenantInfo> &tenants)
{
    m_tenantModel->removeRows(0, m_tenantModel->rowCount());
    const bool pick = m_identity && m_identity->type != SophosIdentity::Type::Tenant
            && m_testState == TestState::Passed;
    for (const SophosTenantInfo &tenant : tenants) {
        QList<QStandardItem *> row {new QStandardItem(tenant.name), new QStandardItem(tenant.id),
                                    new QStandardItem(tenant.dataRegion)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_tenantModel->appendRow(row);
    }
    m_ui->tenantFilterLabel->setVisible(pick);
    m_ui->tenantFilterEdit->setVisible(pick);
    m_ui->tenantView->setVisible(pick);
}

std::optional<SophosTenantInfo> DestinationPage::chosenTenant() const
{
    if (m_identity && m_identity->type == SophosIdentity::Type::Tenant)
        return m_tenants.isEmpty() ? std::nullopt : std::optional(m_tenants.first());

    const QModelIndexList rows = m_ui->tenantView->selectionModel()->selectedRows(TenantIdColumn);
    if (rows.isEmpty())
        return std::nullopt;
    const QString id = rows.first().data().toString();
    for (const SophosTenantInfo &tenant : m_tenants) {
        if (tenant.id == id)
            return tenant;
    }
    return std::nullopt;
}

void DestinationPage::updateTestStatus()
{
    const bool running = m_testState == TestState::Running;
    m_ui->testButton->setEnabled(!running);
    m_ui->cancelTestButton->setEnabled(running);
    m_ui->testProgress->setVisible(running);

    QString text;
    switch (m_testState) {
    case TestState::NotRun:
        text = tr("Test the credentials to continue.");
        break;
    case TestState::Running:
        text = tr("Testing the credentials with Sophos Central…");
        break;
    case TestState::Cancelled:
        text = tr("The test was cancelled. Test again to continue.");
        break;
    case TestState::Failed:
        text = m_testError.message;
        break;
    case TestState::Passed:
        if (m_identity->type == SophosIdentity::Type::Tenant) {
            text = m_tenants.isEmpty()
                    ? tr("The credentials belong to a tenant account.")
                    //: %1 is the tenant's name, %2 its data region such as eu02.
                    : tr("The credentials belong to the tenant %1 (data region %2). Cases are "
                         "created there.")
                              .arg(m_tenants.first().name, m_tenants.first().dataRegion);
        } else if (m_identity->type == SophosIdentity::Type::Partner) {
            text = tr("Partner account with %n tenant(s). Choose the customer's tenant.", nullptr,
                      int(m_tenants.size()));
        } else {
            text = tr("Organization account with %n tenant(s). Choose the customer's tenant.",
                      nullptr, int(m_tenants.size()));
        }
        break;
    }
    m_ui->testStatusLabel->setText(text);
}

void DestinationPage::updateIngestStatus()
{
    const QString urlText = m_ui->ingestUrlEdit->text().trimmed();
    if (urlText.isEmpty())
        m_ingestProblem = tr("Enter the ingest URL.");
    else
        m_ingestProblem = validateServiceUrl(urlFromField(urlText));
    if (m_ingestProblem.isEmpty() && m_ui->ingestKeyEdit->text().isEmpty())
        m_ingestProblem = tr("Enter the ingest key that the collector expects as a bearer "
                             "token.");
    m_ui->ingestStatusLabel->setText(m_ingestProblem);
    emit completeChanged();
}

void DestinationPage::updateOutputStatus()
{
    const QString path = QDir::cleanPath(m_ui->outputFileEdit->text().trimmed());
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    m_outputProblem.clear();
    if (m_ui->outputFileEdit->text().trimmed().isEmpty()) {
        m_outputProblem = tr("Enter the path of the JSON Lines file.");
    } else if (!QDir::isAbsolutePath(path)) {
        m_outputProblem = tr("Enter a full path for %1, or choose the file with Browse.").arg(path);
    } else if (file.isDir()) {
        m_outputProblem = tr("%1 is a folder. Enter the path of a file in it.").arg(path);
    } else if (!folder.isDir()) {
        m_outputProblem = tr("The folder %1 does not exist. Create it or choose another one.")
                                  .arg(QDir::toNativeSeparators(folder.filePath()));
    } else {
        // Creating and removing a file detects more than the permission bits do, because it
        // also fails on read-only file systems and under access control lists.
        QTemporaryFile probe(QDir(folder.filePath()).filePath(QStringLiteral(".bridge-XXXXXX")));
        if (!probe.open()) {
            m_outputProblem = tr("The folder %1 is not writable: %2 Choose another folder.")
                                      .arg(QDir::toNativeSeparators(folder.filePath()),
                                           probe.errorString());
        }
    }
    m_ui->outputStatusLabel->setText(m_outputProblem);
    emit completeChanged();
}

void DestinationPage::browseOutputFile()
{
    auto *dialog = new QFileDialog(this, tr("JSON Lines file"));
    dialog->setObjectName(QStringLiteral("outputFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("JSON Lines files (*.jsonl)"));
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    dialog->selectFile(m_ui->outputFileEdit->text());
    connect(dialog, &QFileDialog::fileSelected, m_ui->outputFileEdit, &QLineEdit::setText);
    dialog->open();
}

void DestinationPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_tenantModel->setHorizontalHeaderLabels({tr("Name"), tr("ID"), tr("Data region")});
    updateTestStatus();
    if (m_ui->ingestUrlEdit->isVisibleTo(this))
        updateIngestStatus();
    if (m_ui->outputFileEdit->isVisibleTo(this))
        updateOutputStatus();
}

void DestinationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace bridge
