#include "summarypage.h"

#include "alerttablemodel.h"
#include "desktopremedy.h"
#include "guilogging.h"
#include "onboardingsession.h"
#include "profilesettings.h"
#include "ui_summarypage.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QWizard>

namespace bridge {

SummaryPage::SummaryPage(OnboardingSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setFinalPage(true);

    connect(m_ui->profileNameEdit, &QLineEdit::textChanged, this, [this] {
        updateProfileNameStatus();
        updateSummary();
        emit completeChanged();
    });
    connect(m_ui->sessionOnlyCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_session->sessionOnly = checked;
        updateSummary();
        emit completeChanged();
    });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    const ProfileSettings &settings = m_session->settings;
    m_ui->profileNameEdit->setText(settings.name);
    m_ui->pollIntervalSpin->setValue(settings.pollIntervalMinutes);
    m_ui->backfillSpin->setValue(settings.backfillHours);
    m_ui->sessionOnlyCheck->setChecked(m_session->sessionOnly);
    m_failure.clear();
    m_ui->finishStatusLabel->clear();
    updateKeychainNotice();
    updateProfileNameStatus();
    updateSummary();
}

QString SummaryPage::profileName() const
{
    return m_ui->profileNameEdit->text().trimmed();
}

bool SummaryPage::writesSecrets() const
{
    return !m_session->isDemo() && !m_session->sessionOnly;
}

bool SummaryPage::isComplete() const
{
    if (m_saving || !ProfileSettings::isValidName(profileName()))
        return false;
    const bool keychainMissing
            = m_session->keychainState == OnboardingSession::KeychainState::Unavailable;
    return !keychainMissing || m_session->isDemo() || m_ui->sessionOnlyCheck->isChecked();
}

QList<CredentialField> SummaryPage::credentialFields() const
{
    return mimecastCredentialFields(MimecastApi(m_session->settings.apiVersion))
            + destinationCredentialFields(m_session->settings.destination);
}

QString SummaryPage::secretValue(const CredentialField &field) const
{
    const MimecastCredentials &mimecast = m_session->mimecast;
    const QHash<QString, QString> values {
            {QStringLiteral("MIMECAST_CLIENT_ID"), mimecast.clientId},
            {QStringLiteral("MIMECAST_CLIENT_SECRET"), mimecast.clientSecret},
            {QStringLiteral("MIMECAST_APP_ID"), mimecast.appId},
            {QStringLiteral("MIMECAST_APP_KEY"), mimecast.appKey},
            {QStringLiteral("MIMECAST_ACCESS_KEY"), mimecast.accessKey},
            {QStringLiteral("MIMECAST_SECRET_KEY"), mimecast.secretKey},
    };
    return values.value(field.environmentVariable,
                        m_session->destinationSecrets.value(field.environmentVariable));
}

QStringList SummaryPage::secretKeyNames() const
{
    QStringList names;
    if (!writesSecrets())
        return names;
    for (const CredentialField &field : credentialFields())
        names.append(secretKeyName(profileName(), field.connector, field.keychainField));
    return names;
}

void SummaryPage::updateProfileNameStatus()
{
    const QString name = profileName();
    QString text;
    if (!ProfileSettings::isValidName(name)) {
        text = tr("Enter a profile name of letters, digits, '.', '_' or '-', such as the "
                  "customer's name.");
    } else if (QFile::exists(ProfileSettings::filePath(m_session->paths().configFolder(), name))) {
        text = tr("A profile named %1 exists. Finish replaces its settings and credentials.")
                       .arg(name);
    }
    m_ui->profileNameStatusLabel->setText(text);
    m_ui->profileNameStatusLabel->setVisible(!text.isEmpty());
}

void SummaryPage::updateSummary()
{
    const ProfileSettings &settings = m_session->settings;
    QStringList lines;

    QString urlError;
    const QUrl baseUrl = m_session->mimecastBaseUrl(&urlError);
    //: %1 is the API version such as 2.0, %2 the base URL.
    lines.append(
            tr("Mimecast API %1 at %2")
                    .arg(settings.apiVersion == 1 ? QStringLiteral("1.0") : QStringLiteral("2.0"),
                         baseUrl.isEmpty() ? urlError : baseUrl.toString()));

    QStringList types;
    for (const LogType type : settings.logTypes)
        types.append(AlertTableModel::categoryText(type));
    lines.append(tr("Log types: %1").arg(types.join(QStringLiteral(", "))));

    if (settings.destination == u"https") {
        lines.append(tr("Destination: HTTPS ingest to %1").arg(settings.ingestUrl.toString()));
    } else if (settings.destination == u"jsonl") {
        lines.append(tr("Destination: JSON Lines file %1")
                             .arg(QDir::toNativeSeparators(settings.outputFile)));
    } else {
        if (settings.sophosTenant.isEmpty()) {
            lines.append(tr("Destination: a Sophos Central case per alert in the tenant of the "
                            "API credential"));
        } else if (m_session->sophosTenantName.isEmpty()) {
            lines.append(tr("Destination: a Sophos Central case per alert in the tenant %1")
                                 .arg(settings.sophosTenant));
        } else {
            //: %1 is the tenant's name, %2 its ID.
            lines.append(tr("Destination: a Sophos Central case per alert in the tenant %1 (%2)")
                                 .arg(m_session->sophosTenantName, settings.sophosTenant));
        }
    }
    lines.append(tr("Settings file: %1")
                         .arg(QDir::toNativeSeparators(ProfileSettings::filePath(
                                 m_session->paths().configFolder(), profileName()))));

    lines.append(QString());
    if (m_session->isDemo()) {
        lines.append(tr("Keychain: nothing is stored, because demo mode uses public demo "
                        "credentials."));
    } else if (m_session->sessionOnly) {
        lines.append(tr("Keychain: nothing is stored. The credentials stay in memory until the "
                        "app quits, and the background worker does not start for this "
                        "profile."));
    } else {
        lines.append(tr("Keychain entries that Finish writes:"));
        for (const QString &name : secretKeyNames())
            lines.append(QStringLiteral("  ") + name);
    }
    m_ui->summaryEdit->setPlainText(lines.join(u'\n'));
}

void SummaryPage::updateKeychainNotice()
{
    const bool demo = m_session->isDemo();
    const bool unavailable
            = m_session->keychainState == OnboardingSession::KeychainState::Unavailable;
    m_ui->demoLabel->setVisible(demo);
    m_ui->keychainLabel->setVisible(unavailable && !demo);
    m_ui->sessionOnlyCheck->setVisible(unavailable && !demo);
    if (unavailable && !demo) {
        m_ui->keychainLabel->setText(
                tr("No keychain is available, so the credentials cannot be stored. %1\n"
                   "You can instead keep them for this session only. The background worker "
                   "then refuses to start for this profile, and the credentials are lost when "
                   "the app quits.")
                        .arg(keychainRemedyForCurrentDesktop()));
    }
}

bool SummaryPage::validatePage()
{
    if (m_saved)
        return true;
    if (m_saving || !isComplete())
        return false;

    m_failure.clear();
    m_writtenKeys.clear();
    m_pendingSecrets.clear();
    if (writesSecrets()) {
        for (const CredentialField &field : credentialFields()) {
            const QString key = secretKeyName(profileName(), field.connector, field.keychainField);
            const QString value = secretValue(field);
            if (value.isEmpty()) {
                failSaving(tr("Nothing was stored, because the value of %1 is empty. Go back "
                              "and enter it.")
                                   .arg(key));
                return false;
            }
            m_pendingSecrets.append({key, value});
        }
    }

    setSaving(true);
    // Queued, so that the wizard is accepted from the event loop and never from inside this
    // call, even when there is no secret to write.
    QMetaObject::invokeMethod(this, &SummaryPage::writeNextSecret, Qt::QueuedConnection);
    return false;
}

void SummaryPage::writeNextSecret()
{
    if (m_pendingSecrets.isEmpty()) {
        saveProfile();
        return;
    }

    m_ui->finishStatusLabel->setText(
            tr("Storing %1 in the keychain…").arg(m_pendingSecrets.first().key));
    SecretStore *store = m_session->secretStore();
    if (!store) {
        failSaving(tr("Storing %1 failed: %2 Nothing was stored.")
                           .arg(m_pendingSecrets.first().key,
                                describeSecretStoreStatus(SecretStore::Status::NoBackend)));
        return;
    }

    const PendingSecret secret = m_pendingSecrets.takeFirst();
    store->write(secret.key, secret.value, this,
                 [this, key = secret.key](const SecretStore::Result &result) {
                     if (result.status != SecretStore::Status::Ok) {
                         qCWarning(lcGui).noquote()
                                 << "Storing keychain entry" << key << "failed:" << result.detail;
                         const QString written = m_writtenKeys.isEmpty()
                                 ? tr("Nothing was stored.")
                                 : tr("The entries stored before it stay in the keychain: %1. "
                                      "Nothing else was stored.")
                                           .arg(m_writtenKeys.join(QStringLiteral(", ")));
                         //: %1 is a keychain entry name, %2 the keychain's error, %3 what
                         //: was stored before.
                         failSaving(tr("Storing %1 in the keychain failed: %2 %3")
                                            .arg(key, describeSecretStoreStatus(result.status),
                                                 written));
                         return;
                     }
                     m_writtenKeys.append(key);
                     writeNextSecret();
                 });
}

void SummaryPage::saveProfile()
{
    ProfileSettings settings = m_session->settings;
    settings.name = profileName();
    settings.pollIntervalMinutes = m_ui->pollIntervalSpin->value();
    settings.backfillHours = m_ui->backfillSpin->value();

    QString error;
    if (!m_session->paths().createFolders(&error)
        || !settings.save(m_session->paths().configFolder(), &error)) {
        const QString written = m_writtenKeys.isEmpty()
                ? QString()
                : tr("The credentials stay in the keychain: %1.")
                          .arg(m_writtenKeys.join(QStringLiteral(", ")));
        failSaving(tr("Saving the profile %1 failed: %2 %3")
                           .arg(settings.name, error, written)
                           .trimmed());
        return;
    }

    m_session->settings = settings;
    qCInfo(lcGui).noquote() << "Saved profile" << settings.name << "with" << m_writtenKeys.size()
                            << "keychain entries";
    m_saved = true;
    setSaving(false);
    m_ui->finishStatusLabel->setText(tr("The profile %1 was saved.").arg(settings.name));
    emit profileCreated(settings.name);
    if (QWizard *parentWizard = wizard())
        parentWizard->accept();
}

void SummaryPage::failSaving(const QString &message)
{
    m_failure = message;
    m_pendingSecrets.clear();
    setSaving(false);
    m_ui->finishStatusLabel->setText(message);
    emit saveFailed(message);
}

void SummaryPage::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->finishProgress->setVisible(saving);
    for (QWidget *input : {static_cast<QWidget *>(m_ui->profileNameEdit),
                           static_cast<QWidget *>(m_ui->pollIntervalSpin),
                           static_cast<QWidget *>(m_ui->backfillSpin),
                           static_cast<QWidget *>(m_ui->sessionOnlyCheck)}) {
        input->setEnabled(!saving);
    }
    emit completeChanged();
    // QWizard re-enables Back on completeChanged(), so it is disabled afterwards.
    if (QWizard *parentWizard = wizard()) {
        parentWizard->button(QWizard::BackButton)->setEnabled(!saving);
        parentWizard->button(QWizard::CancelButton)->setEnabled(!saving);
    }
}

void SummaryPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateKeychainNotice();
    updateProfileNameStatus();
    updateSummary();
    if (!m_failure.isEmpty())
        m_ui->finishStatusLabel->setText(m_failure);
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace bridge
