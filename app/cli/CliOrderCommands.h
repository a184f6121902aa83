#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CliOutput;

// certdesk-cli order new: places a TLS order through OrderPlacement (one order per command,
// however the network fails), with a key and CSR made here or a CSR from a file. A paid write:
// it asks for confirmation on a terminal and needs --yes otherwise.
class CliOrderCommands {
    Q_DECLARE_TR_FUNCTIONS(CliOrderCommands)

public:
    CliOrderCommands(CliOutput &app, QTextStream &out, QTextStream &err, CertCentralClient &client);
    int run(QStringList args);

private:
    int create(QStringList args);
    int usage(const QString &problem);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
