#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// A domain to add to the account (POST domain): its name, the organization it belongs to,
// the validations to submit with it and the DCV method. validate() names the field and what is
// allowed before anything is sent.
struct NewDomain {
    Q_DECLARE_TR_FUNCTIONS(NewDomain)

public:
    QString name;
    qint64 organizationId = 0;
    QStringList validationTypes; // ov, ev; may be empty
    QString dcvMethod;           // empty: the API's default (email)

    static QStringList dcvMethods();
    // The name as it is sent: trimmed, lower case, IDNs in punycode, a trailing dot dropped.
    static QString normalizedName(const QString &name);
    // Empty when the domain can be sent; else the message, with *field set to "name",
    // "organization", "validations" or "dcv_method".
    QString validate(QString *field = nullptr) const;
    QByteArray toJson() const;
};
