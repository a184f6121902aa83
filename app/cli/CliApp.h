#pragma once

#include "CliOutput.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;

// certdesk-cli: the global options, the connection, and the dispatch to the verbs; the list
// verbs are here, the others in their Cli*Commands files. Output and exit codes: CliOutput.
class CliApp : public QObject {
    Q_OBJECT
public:
    CliApp(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int ordersList(CertCentralClient &client, QStringList args);
    int ordersShow(CertCentralClient &client, QStringList args);
    int me(CertCentralClient &client, QStringList args);
    int accountFields(CertCentralClient &client, QStringList args);
    int certDownload(CertCentralClient &client, QStringList args);
    int domainsList(CertCentralClient &client, QStringList args);
    int organizationsList(CertCentralClient &client, QStringList args);
    int contactsList(CertCentralClient &client, QStringList args);

    QTextStream &m_out;
    QTextStream &m_err;
    CliOutput m_output;
};
