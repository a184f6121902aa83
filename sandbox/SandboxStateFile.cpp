#include "SandboxStateFile.h"

#include "SandboxCertificateIssuer.h"
#include "SandboxStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

bool SandboxStateFile::exists() const {
    return QFileInfo::exists(m_path);
}

bool SandboxStateFile::load(SandboxStore *store, SandboxCertificateIssuer *issuer,
                            QString *error) const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1 is not a sandbox state file: %2")
                     .arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() !=
            QLatin1String("certdesk-sandbox-state") ||
        root.value(QStringLiteral("version")).toInt() != kVersion) {
        *error = QStringLiteral("%1 is not a version %2 certdesk-sandbox state file")
                     .arg(m_path)
                     .arg(kVersion);
        return false;
    }
    return issuer->load(root.value(QStringLiteral("issuer")).toObject(), error) &&
           store->load(root.value(QStringLiteral("account")).toObject(), error);
}

bool SandboxStateFile::save(const SandboxStore &store, const SandboxCertificateIssuer &issuer,
                            QString *error) const {
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("certdesk-sandbox-state")},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("issuer"), issuer.save()},
                           {QStringLiteral("account"), store.save()}};
    // QSaveFile writes a temporary file and renames it over the target on commit().
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}
