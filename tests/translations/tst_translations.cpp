// Tests of the translation catalogues in translations/: every message is finished, the source
// tree has no string without a Portuguese translation, translations keep the placeholders of
// their source, and the catalogue compiled into bridge_core translates at run time.

#include "languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString sourceDir = QStringLiteral(MB_SOURCE_DIR);
const QString lupdatePath = QStringLiteral(MB_LUPDATE_PATH);

// One <message> of a TS file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation, the third argument of tr()
    QString translationType; // empty when finished, or unfinished, vanished, obsolete
    bool numerus = false;
    QString translation; // when not numerus
    QStringList numerusForms; // when numerus

    // Names the message in failure output: context and the source's first 100 characters.
    QString label() const
    {
        QString text = source;
        text.replace(u'\n', QStringLiteral("\\n"));
        if (text.size() > 100)
            text = text.left(99) + u'…';
        return context + QStringLiteral(": \"") + text + u'"';
    }

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.translationType = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translation = xml.readElementText();
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.numerusForms.append(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"comment")
            message.comment = xml.readElementText();
        else if (xml.name() == u"translation")
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

void readContext(QXmlStreamReader &xml, TsFile &file)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name")
            name = xml.readElementText();
        else if (xml.name() == u"message")
            file.messages.append(readMessage(xml, name));
        else
            xml.skipCurrentElement();
    }
}

TsFile readTsFile(const QString &path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = QStringLiteral("cannot open %1: %2").arg(path, device.errorString());
        return file;
    }

    QXmlStreamReader xml(&device);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        file.error = QStringLiteral("%1 is not a TS file").arg(path);
        return file;
    }
    file.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"context")
            readContext(xml, file);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError()) {
        file.error = QStringLiteral("%1, line %2: %3")
                             .arg(path)
                             .arg(xml.lineNumber())
                             .arg(xml.errorString());
    }
    return file;
}

QString catalogPath(const QString &language)
{
    return sourceDir + QStringLiteral("/translations/mimecast-bridge_") + language
            + QStringLiteral(".ts");
}

// Places such as %1 or %L2 in text, and %n as well when numerus is set.
QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression numbered(QStringLiteral("%L?([1-9])"));
    static const QRegularExpression numberedOrCount(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    auto it = (numerus ? numberedOrCount : numbered).globalMatch(text);
    while (it.hasNext())
        found.insert(u'%' + it.next().captured(1));
    QStringList sorted(found.begin(), found.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QString failureList(const QString &heading, const QStringList &items)
{
    return heading + QStringLiteral("\n  ") + items.join(QStringLiteral("\n  "));
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void catalogueReadable_data();
    void catalogueReadable();
    void noUnfinishedMessages_data();
    void noUnfinishedMessages();
    void portugueseTranslationsNotEmpty();
    void pluralFormsComplete_data();
    void pluralFormsComplete();
    void placeholdersMatchSource_data();
    void placeholdersMatchSource();
    void sourceStringsTranslated();
    void compiledCatalogueTranslates();
    void englishNeedsNoCatalogue();
    void cleanupTestCase();

private:
    static void addLanguageRows();
};

void TranslationsTest::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

void TranslationsTest::catalogueReadable_data()
{
    addLanguageRows();
}

void TranslationsTest::catalogueReadable()
{
    QFETCH(QString, language);
    const TsFile file = readTsFile(catalogPath(language));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QCOMPARE(file.language, language);
    QVERIFY2(!file.messages.isEmpty(), qPrintable(catalogPath(language) + u" has no messages"));
}

void TranslationsTest::noUnfinishedMessages_data()
{
    addLanguageRows();
}

void TranslationsTest::noUnfinishedMessages()
{
    QFETCH(QString, language);
    const TsFile file = readTsFile(catalogPath(language));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));

    QStringList unfinished;
    QStringList stale;
    for (const TsMessage &message : file.messages) {
        if (message.translationType == u"unfinished")
            unfinished.append(message.label());
        else if (message.translationType == u"vanished" || message.translationType == u"obsolete")
            stale.append(message.label());
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(failureList(QStringLiteral("Unfinished messages in %1; translate them:")
                                            .arg(catalogPath(language)),
                                    unfinished)));
    QVERIFY2(stale.isEmpty(),
             qPrintable(failureList(QStringLiteral("Vanished or obsolete messages in %1; run "
                                                   "tools/update-translations.sh:")
                                            .arg(catalogPath(language)),
                                    stale)));
}

void TranslationsTest::portugueseTranslationsNotEmpty()
{
    const TsFile file = readTsFile(catalogPath(QStringLiteral("pt_BR")));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));

    QStringList empty;
    for (const TsMessage &message : file.messages) {
        if (!message.numerus) {
            if (message.translation.isEmpty())
                empty.append(message.label());
            continue;
        }
        const bool anyFormEmpty
                = message.numerusForms.isEmpty() || message.numerusForms.contains(QString());
        if (anyFormEmpty)
            empty.append(message.label());
    }
    QVERIFY2(empty.isEmpty(),
             qPrintable(failureList(QStringLiteral("Messages with an empty pt_BR translation:"),
                                    empty)));
}

// English and Brazilian Portuguese both have two plural forms in Qt: singular and plural.
void TranslationsTest::pluralFormsComplete_data()
{
    addLanguageRows();
}

void TranslationsTest::pluralFormsComplete()
{
    QFETCH(QString, language);
    const TsFile file = readTsFile(catalogPath(language));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));

    QStringList incomplete;
    for (const TsMessage &message : file.messages) {
        if (!message.numerus)
            continue;
        const bool complete = message.numerusForms.size() == 2
                && !message.numerusForms.at(0).isEmpty() && !message.numerusForms.at(1).isEmpty();
        if (!complete)
            incomplete.append(message.label());
    }
    QVERIFY2(incomplete.isEmpty(),
             qPrintable(
                     failureList(QStringLiteral("Numerus messages in %1 without both plural forms:")
                                         .arg(catalogPath(language)),
                                 incomplete)));
}

void TranslationsTest::placeholdersMatchSource_data()
{
    addLanguageRows();
}

// Every translation, and every plural form, uses the same %1..%9 as its source, and %n for
// numerus messages. Singular forms keep %n as well, because Qt's plural rules for pt_BR (qttools
// numerus.cpp, French style) use the singular form for 0 and 1.
void TranslationsTest::placeholdersMatchSource()
{
    QFETCH(QString, language);
    const TsFile file = readTsFile(catalogPath(language));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));

    QStringList mismatches;
    for (const TsMessage &message : file.messages) {
        const QStringList expected = placeholders(message.source, message.numerus);
        const QStringList translations
                = message.numerus ? message.numerusForms : QStringList {message.translation};
        for (const QString &translation : translations) {
            if (translation.isEmpty())
                continue; // reported by the empty-translation checks
            const QStringList actual = placeholders(translation, message.numerus);
            if (actual != expected) {
                mismatches.append(QStringLiteral("%1 has %2 but its source has %3")
                                          .arg(message.label(),
                                               actual.join(u' ').prepend(u'[').append(u']'),
                                               expected.join(u' ').prepend(u'[').append(u']')));
            }
        }
    }
    QVERIFY2(mismatches.isEmpty(),
             qPrintable(failureList(QStringLiteral("Placeholders differ from the source in %1:")
                                            .arg(catalogPath(language)),
                                    mismatches)));
}

// Runs lupdate over src/ and ui/ into a copy of the pt_BR catalogue: any message that comes out
// unfinished is a string in the code without a committed translation.
void TranslationsTest::sourceStringsTranslated()
{
    QVERIFY2(QFileInfo(lupdatePath).isExecutable(),
             qPrintable(QStringLiteral("lupdate not found at %1").arg(lupdatePath)));

    QTemporaryDir tempDir;
    QVERIFY2(tempDir.isValid(), qPrintable(tempDir.errorString()));
    const QString committedPath = catalogPath(QStringLiteral("pt_BR"));
    const QString refreshedPath = tempDir.filePath(QStringLiteral("mimecast-bridge_pt_BR.ts"));
    QVERIFY2(QFile::copy(committedPath, refreshedPath),
             qPrintable(QStringLiteral("cannot copy %1 to %2").arg(committedPath, refreshedPath)));
    QFile::setPermissions(refreshedPath, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none")};
    for (const QString &folder : {QStringLiteral("src"), QStringLiteral("ui")}) {
        if (QFileInfo(sourceDir + u'/' + folder).isDir())
            arguments.append(sourceDir + u'/' + folder);
    }
    arguments << QStringLiteral("-ts") << refreshedPath;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(lupdatePath, arguments);
    QVERIFY2(
            lupdate.waitForStarted(),
            qPrintable(
                    QStringLiteral("cannot start %1: %2").arg(lupdatePath, lupdate.errorString())));
    QVERIFY2(lupdate.waitForFinished(60000),
             qPrintable(QStringLiteral("lupdate timed out after 60 s")));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QStringLiteral("lupdate failed with exit code %1:\n%2")
                                .arg(lupdate.exitCode())
                                .arg(output)));

    const TsFile committed = readTsFile(committedPath);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    const TsFile refreshed = readTsFile(refreshedPath);
    QVERIFY2(refreshed.error.isEmpty(), qPrintable(refreshed.error));

    QSet<QString> committedKeys;
    for (const TsMessage &message : committed.messages)
        committedKeys.insert(message.key());

    QStringList untranslated;
    for (const TsMessage &message : refreshed.messages) {
        if (!committedKeys.contains(message.key()))
            untranslated.append(message.label() + QStringLiteral(" (new)"));
        else if (message.translationType == u"unfinished")
            untranslated.append(message.label() + QStringLiteral(" (unfinished)"));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(failureList(QStringLiteral("Strings in the code without a finished pt_BR "
                                                   "translation; run tools/update-translations.sh "
                                                   "and translate them:"),
                                    untranslated)));
}

// bridge_core embeds the compiled catalogues, so every committed translation must come back from
// QCoreApplication::translate once pt_BR is installed.
void TranslationsTest::compiledCatalogueTranslates()
{
    const TsFile file = readTsFile(catalogPath(QStringLiteral("pt_BR")));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(bridge::installTranslations(QStringLiteral("pt_BR")));

    // One CommandLine message on its own first, so a catalogue that did not load fails with a
    // single clear comparison.
    const auto commandLine = std::find_if(
            file.messages.cbegin(), file.messages.cend(), [](const TsMessage &message) {
                return message.context == u"CommandLine" && !message.numerus
                        && !message.translation.isEmpty() && message.translation != message.source;
            });
    QVERIFY2(commandLine != file.messages.cend(),
             "the pt_BR catalogue has no translated CommandLine message");
    QCOMPARE(QCoreApplication::translate("CommandLine", commandLine->source.toUtf8().constData()),
             commandLine->translation);

    QStringList mismatches;
    for (const TsMessage &message : file.messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        if (!message.numerus) {
            const QString actual = QCoreApplication::translate(context.constData(),
                                                               source.constData(), disambiguation);
            if (!message.translation.isEmpty() && actual != message.translation)
                mismatches.append(message.label() + QStringLiteral(" returned \"%1\"").arg(actual));
            continue;
        }
        for (int form = 0; form < message.numerusForms.size() && form < 2; ++form) {
            const int count = form + 1; // 1 selects the singular form, 2 the plural form
            QString expected = message.numerusForms.at(form);
            expected.replace(QStringLiteral("%n"), QString::number(count));
            const QString actual = QCoreApplication::translate(
                    context.constData(), source.constData(), disambiguation, count);
            if (!expected.isEmpty() && actual != expected) {
                mismatches.append(
                        message.label()
                        + QStringLiteral(" with n=%1 returned \"%2\"").arg(count).arg(actual));
            }
        }
    }
    QVERIFY2(mismatches.isEmpty(),
             qPrintable(failureList(QStringLiteral("The compiled pt_BR catalogue does not return "
                                                   "these translations from %1. Rebuild "
                                                   "bridge_core; a message that still fails was "
                                                   "left out by lrelease:")
                                            .arg(catalogPath(QStringLiteral("pt_BR"))),
                                    mismatches)));
}

void TranslationsTest::englishNeedsNoCatalogue()
{
    const TsFile file = readTsFile(catalogPath(QStringLiteral("pt_BR")));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    const auto translated = std::find_if(
            file.messages.cbegin(), file.messages.cend(), [](const TsMessage &message) {
                return !message.numerus && message.comment.isEmpty()
                        && !message.translation.isEmpty() && message.translation != message.source;
            });
    QVERIFY2(translated != file.messages.cend(), "the pt_BR catalogue has no translated message");
    const QByteArray context = translated->context.toUtf8();
    const QByteArray source = translated->source.toUtf8();

    QVERIFY(bridge::installTranslations(QStringLiteral("pt_BR")));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()),
             translated->translation);
    QVERIFY(bridge::installTranslations(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()),
             translated->source);
}

void TranslationsTest::cleanupTestCase()
{
    bridge::installTranslations(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TranslationsTest)

#include "tst_translations.moc"
