#include "terminalinput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace bridge {

namespace {

// Turns terminal echo off for the lifetime of the object.
class EchoSuppressor
{
public:
    EchoSuppressor()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
    }
    ~EchoSuppressor()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    EchoSuppressor(const EchoSuppressor &) = delete;
    EchoSuppressor &operator=(const EchoSuppressor &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

QHash<QString, QString> promptOnTerminal(const QStringList &names, QString *error)
{
    QHash<QString, QString> values;
    QTextStream input(stdin);
    QTextStream prompt(stderr);
    for (const QString &name : names) {
        prompt << QCoreApplication::translate("TerminalInput", "%1: ").arg(name) << Qt::flush;
        QString line;
        {
            EchoSuppressor quiet;
            line = input.readLine();
        }
        prompt << Qt::endl;
        if (line.isNull()) {
            *error = QCoreApplication::translate("TerminalInput",
                                                 "Input ended before %1 was entered.")
                             .arg(name);
            return {};
        }
        values.insert(name, line);
    }
    return values;
}

} // namespace

QHash<QString, QString> readCredentialInput(const QStringList &required,
                                            const QStringList &optional, QString *error)
{
    if (isatty(STDIN_FILENO))
        return promptOnTerminal(required, error);

    const QStringList names = required + optional;
    QHash<QString, QString> values;
    QTextStream input(stdin);
    int lineNumber = 0;
    while (!input.atEnd()) {
        const QString line = input.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const qsizetype separator = line.indexOf(u'=');
        const QString name = line.left(separator).trimmed();
        if (separator <= 0 || !names.contains(name)) {
            *error = QCoreApplication::translate("TerminalInput",
                                                 "Line %1 of standard input is not NAME=value with "
                                                 "NAME one of %2.")
                             .arg(lineNumber)
                             .arg(names.join(QStringLiteral(", ")));
            return {};
        }
        values.insert(name, line.mid(separator + 1));
    }

    for (const QString &name : required) {
        if (values.value(name).trimmed().isEmpty()) {
            *error = QCoreApplication::translate("TerminalInput",
                                                 "%1 is missing. Set the environment variable or "
                                                 "give a %1=value line on standard input.")
                             .arg(name);
            return {};
        }
    }
    return values;
}

} // namespace bridge
