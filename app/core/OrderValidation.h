#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

// GET order/certificate/{id}/validation: DCV per name and the organization validation the
// product needs.
struct OrderValidation {
    struct Name {
        QStringList dnsNames;
        QString status; // approved or unapproved
        QString method;
        QString nameScope; // the name whose control must be proven
        QString baseDomain;
        qint64 domainId = 0;
    };
    struct Organization {
        QString type;
        QString name;
        QString status;
        QDate validatedUntil;
    };

    qint64 orderId = 0;
    QString orderStatus;
    QString nameScope;
    QString dcvMethod;
    QList<Name> names;
    qint64 organizationId = 0;
    QString organizationName;
    QList<Organization> organizationValidations;
    QString riskStatus;

    // False, with a reason, when the body is not a JSON object. Odd entries are skipped.
    static bool fromJson(const QByteArray &body, OrderValidation *out, QString *error);
    int approvedCount() const;
    // The names whose control is still to be proven: each name's scope, else its base domain
    // (or the name itself with the fqdn scope); no duplicates.
    QStringList namesToProve() const;
};
