#include "cli/CliArguments.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

bool CliArguments::takeOption(QStringList &args, const QString &name, QString *value,
                              bool *present) {
    const qsizetype i = args.indexOf(name);
    if (present)
        *present = i >= 0;
    if (i < 0)
        return true;
    if (i + 1 >= args.size())
        return false;
    *value = args.at(i + 1);
    args.remove(i, 2);
    return true;
}

bool CliArguments::takeFlag(QStringList &args, const QString &name) {
    return args.removeAll(name) > 0;
}

QString CliArguments::readSecretLine(const QString &prompt) {
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << '\n' << Qt::flush;
    }
    return line;
}

bool CliArguments::takeAll(QStringList &args, const QString &name, QStringList *values) {
    for (;;) {
        QString value;
        bool present = false;
        if (!takeOption(args, name, &value, &present))
            return false;
        if (!present)
            return true;
        *values << value;
    }
}

bool CliArguments::interactive() {
    return isatty(STDIN_FILENO) == 1;
}

bool CliArguments::askYes(const QString &question) {
    if (!interactive())
        return false;
    QTextStream(stderr) << question << QStringLiteral(" [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString CliArguments::outputFileProblem(const QString &option, const QString &path) {
    //: %1 is a command-line option such as --out; %2 (below) a file or folder path.
    if (path.trimmed().isEmpty())
        return tr("%1 needs a file name").arg(option);
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1: %2 is a folder; give the name of a file to create in it").arg(option, path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return tr("%1: the folder %2 does not exist")
            .arg(option, QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isDir())
        return tr("%1: %2 is not a folder")
            .arg(option, QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable())
        return tr("%1: the folder %2 cannot be written to")
            .arg(option, QDir::toNativeSeparators(folder.filePath()));
    return QString();
}
