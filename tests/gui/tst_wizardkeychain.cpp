// Finish of the setup wizard against the real keychain: a private D-Bus session with an
// unlocked gnome-keyring, as the keychain test command starts it. The entries are read back
// through the same store and removed afterwards.

#include "qtkeychainsecretstore.h"
#include "simulatorcredentials.h"
#include "summarypage.h"
#include "wizardtesting.h"

#include <QSignalSpy>

using namespace bridge;
using namespace bridge::testing;

namespace {

constexpr int keychainTimeoutMs = 20000;

SecretStore::Result runOperation(SecretStore *store, const QString &key, bool remove)
{
    SecretStore::Result result;
    bool done = false;
    QObject context;
    const auto callback = [&](const SecretStore::Result &reply) {
        result = reply;
        done = true;
    };
    if (remove)
        store->remove(key, &context, callback);
    else
        store->read(key, &context, callback);
    if (!QTest::qWaitFor([&] { return done; }, keychainTimeoutMs))
        result.detail = QStringLiteral("timed out"); // status stays OtherError
    return result;
}

} // namespace

class WizardKeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void finishStoresInKeychain();
};

void WizardKeychainTest::finishStoresInKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run this test under dbus-run-session with gnome-keyring.");

    QtKeychainSecretStore store;
    WizardFixture fixture(&store);
    QVERIFY2(fixture.started, qPrintable(fixture.startError));
    // A real profile, so that Finish writes its secrets, pointed at the demo services.
    fixture.session.settings.demo = false;
    const QString profile
            = QStringLiteral("keychain-test-%1").arg(QCoreApplication::applicationPid());
    fixture.session.settings.name = profile;
    fixture.session.keychainState = OnboardingSession::KeychainState::Available;
    SetupWizard *wizard = fixture.open(SetupWizard::Summary);
    auto *page = fixture.page<SummaryPage>();
    const QStringList keys = page->secretKeyNames();
    QCOMPARE(keys.size(), 4);

    QSignalSpy created(wizard, &SetupWizard::profileCreated);
    QSignalSpy failed(page, &SummaryPage::saveFailed);
    fixture.button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() || !failed.isEmpty(), keychainTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    const QStringList expectedValues {demo::clientId(), demo::clientSecret(),
                                      demo::sophosClientId(), demo::sophosClientSecret()};
    for (int i = 0; i < keys.size(); ++i) {
        const SecretStore::Result result = runOperation(&store, keys.at(i), false);
        QCOMPARE(result.status, SecretStore::Status::Ok);
        QVERIFY2(result.value == expectedValues.at(i), qPrintable(keys.at(i)));
    }
    for (const QString &key : keys)
        QCOMPARE(runOperation(&store, key, true).status, SecretStore::Status::Ok);
}

QTEST_MAIN(WizardKeychainTest)
#include "tst_wizardkeychain.moc"
