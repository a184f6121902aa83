#include "DomainValidationCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray DomainValidationCall::body(const QStringList &types, const QString &dcvMethod) {
    QJsonArray validations;
    for (const QString &type : types)
        validations.append(QJsonObject{{QStringLiteral("type"), type}});
    QJsonObject root{{QStringLiteral("validations"), validations}};
    if (!dcvMethod.isEmpty())
        root.insert(QStringLiteral("dcv_method"), dcvMethod);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

DomainValidationCall::DomainValidationCall(CertCentralClient *client, qint64 domainId,
                                           const QStringList &types, const QString &dcvMethod)
    : ApiCall(client, "POST", QStringLiteral("domain/%1/validation").arg(domainId), {},
              body(types, dcvMethod))
    , m_domainId(domainId) {}
