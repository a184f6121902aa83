#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// A product the account may order, from GET product.
struct Product {
    Q_DECLARE_TR_FUNCTIONS(Product)

public:
    // Other: products CertDesk does not order (document signing, Secure Email, private SSL).
    enum class Group { Dv, Wildcard, Ov, Ev, CodeSigning, EvCodeSigning, Other };

    QString nameId;
    QString name;
    QString type; // ssl_certificate, code_signing_certificate, ...
    QString
        groupId; // group_name: dv_ssl_certificate, ssl_certificate, code_signing_certificate, ...
    // dv, ov, ev, cs, ev_cs, ds, smime, private_ssl: Product info's validation_type in lower
    // case, or guessed from the group and the id when Product info has not said.
    QString validationType;
    QList<int> allowedYears;

    bool isCodeSigning() const;
    // The list does not say; DigiCert's wildcard products carry "wildcard" in their id.
    bool isWildcard() const;
    bool needsOrganization() const { return validationType != QLatin1String("dv"); }
    // DV, OV and EV TLS and (EV) code signing: the products CertDesk orders. Others (document
    // signing, Secure Email, private SSL) are shown, not offered.
    bool isOrderable() const;
    // Product info's validation_type to CertDesk's spelling (EV CS -> ev_cs).
    static QString validationTypeFrom(const QString &documented);
    // decisions.md's fallback when validation_type is not known: from group_name and name_id.
    static QString guessedValidationType(const QString &groupName, const QString &nameId,
                                         const QString &type);
    Group group() const;
    static QString groupName(Group group);
    // One line for the product page: what this kind of certificate proves.
    static QString groupExplanation(Group group);
    // A product name id as the API spells them: 1 to 64 lower-case letters, digits and _.
    static bool isNameId(const QString &nameId);

    // Entries without a name_id are skipped. False, with a reason, for a body that is not an
    // object.
    static bool listFromJson(const QByteArray &body, QList<Product> *out, QString *error);
    // One entry of either reply.
    static Product fromObject(const QJsonObject &object);
    // GET product/{name_id}: one product with its validation_type when given (else the guess).
    static bool infoFromJson(const QByteArray &body, Product *out, QString *error);
};

Q_DECLARE_METATYPE(Product)
