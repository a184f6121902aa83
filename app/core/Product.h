#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// A product the account may order, from GET product.
struct Product {
    Q_DECLARE_TR_FUNCTIONS(Product)

public:
    enum class Group { Dv, Wildcard, Ov, Ev, CodeSigning, EvCodeSigning };

    QString nameId;
    QString name;
    QString type;           // ssl_certificate, code_signing_certificate, ...
    QString validationType; // dv, ov, ev, cs, ev_cs
    QList<int> allowedYears;

    bool isCodeSigning() const;
    // The list does not say; DigiCert's wildcard products carry "wildcard" in their id.
    bool isWildcard() const;
    bool needsOrganization() const { return validationType != QLatin1String("dv"); }
    Group group() const;
    static QString groupName(Group group);
    // One line for the product page: what this kind of certificate proves.
    static QString groupExplanation(Group group);
    // A product name id as the API spells them: 1 to 64 lower-case letters, digits and _.
    static bool isNameId(const QString &nameId);

    // Entries without a name_id are skipped. False, with a reason, for a body that is not an
    // object.
    static bool listFromJson(const QByteArray &body, QList<Product> *out, QString *error);
};

Q_DECLARE_METATYPE(Product)
