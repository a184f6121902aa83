#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class SandboxCertificateIssuer;
class SandboxStore;

// --state-file: the whole account (what differs from the seed, plus the issuing CA) as one
// JSON document, written through a temporary file and rename() so a crash never leaves half a
// file behind.
class SandboxStateFile {
public:
    explicit SandboxStateFile(QString path)
        : m_path(std::move(path)) {}

    QString path() const { return m_path; }
    bool exists() const;
    bool load(SandboxStore *store, SandboxCertificateIssuer *issuer, QString *error) const;
    bool save(const SandboxStore &store, const SandboxCertificateIssuer &issuer,
              QString *error) const;

    static constexpr int kVersion = 1;

private:
    // The account part: what differs from the seed.
    static QJsonObject saveAccount(const SandboxStore &store);
    static bool loadAccount(SandboxStore &store, const QJsonObject &json, QString *error);
    // Puts the saved orders over the seeded ones (by id) and appends the newer ones.
    static bool loadOrders(SandboxStore &store, const QJsonArray &savedOrders, QString *error);

    QString m_path;
};
