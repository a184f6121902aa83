#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QTextStream>

#include <functional>

class CertCentralClient;
class CliOutput;
class CredentialStore;
class ProfileStore;

// What every verb of certdesk-cli is given: the streams and the printing, the whole usage for a
// problem with the command line, and what the verb said it needs (CliVerb::Needs): the profile
// store and keychain, the connection options, the connected client.
class CliContext {
public:
    CliContext(QTextStream &out, QTextStream &err, CliOutput &output,
               std::function<int(const QString &)> usage)
        : out(out)
        , err(err)
        , output(output)
        , usage(std::move(usage)) {}

    QTextStream &out;
    QTextStream &err;
    CliOutput &output;
    // Prints the problem and the whole usage; returns the usage exit code.
    std::function<int(const QString &)> usage;
    ProfileStore *profiles = nullptr;
    CredentialStore *credentials = nullptr;
    QList<QSslCertificate> extraCa; // --ca-file
    int timeoutMs = 30000;          // --timeout
    CertCentralClient *client = nullptr;
};
