#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Small helpers for the CLI's "--name value" options, wherever they stand after the verb.
class CliArguments {
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    // Takes "--name value" out of args. Returns false when --name is there without a value.
    static bool takeOption(QStringList &args, const QString &name, QString *value,
                           bool *present = nullptr);
    // Takes "--name" out of args; true when it was there.
    static bool takeFlag(QStringList &args, const QString &name);
    // Reads a line from standard input; without echo when it is a terminal.
    static QString readSecretLine(const QString &prompt);
    // Every value of a repeated "--name value" option, in order. False when one has no value.
    static bool takeAll(QStringList &args, const QString &name, QStringList *values);
    // For irreversible or paid actions: true with --yes; on a terminal, asks "question [y/N]"
    // on standard error and is true for y or yes; otherwise false.
    static bool interactive();
    // Empty when a file can be created at path; else why not, starting with the option's
    // name: no name, a folder, a folder that does not exist or cannot be written to. Checked
    // before anything is asked, made or sent.
    static QString outputFileProblem(const QString &option, const QString &path);
    static bool askYes(const QString &question);
};
