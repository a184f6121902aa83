#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CliApp;

// certdesk-cli cert revoke: one certificate (by id or serial number) or every certificate on an
// order, with a reason and, for key_compromise, when the key was compromised. Irreversible:
// it asks for confirmation on a terminal and needs --yes otherwise; sent once.
class CliCertCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCertCommands)

public:
    CliCertCommands(CliApp &app, QTextStream &out, QTextStream &err, CertCentralClient &client);
    int revoke(QStringList args);

private:
    int usage(const QString &problem);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
