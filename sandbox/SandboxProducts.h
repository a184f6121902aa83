#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The products the sandbox account may order, the server platforms it knows and the
// organization validation types. A static catalogue: nothing here changes at run time.
class SandboxProducts {
public:
    enum class Family : quint8 { Dv, Ov, Ev, CodeSigning, EvCodeSigning };

    struct Product {
        const char *nameId;
        const char *name;
        const char *type;           // ssl_certificate or code_signing_certificate
        const char *validationType; // dv, ov, ev, cs, ev_cs
        int pricePerYearCents;
        Family family;
        bool wildcard;
        int weight; // share of seeded orders, in percent
    };

    struct Platform {
        int id;
        const char *name;
        const char *downloadFormat; // the zip layout for "download by platform"
    };

    struct ValidationType {
        const char *type;
        const char *name;
        const char *description;
        int validDays; // how long a completed validation lasts
    };

    static int count();
    static const Product &at(int index);
    static int indexOf(const QString &nameId); // -1 when unknown

    static bool isDomainValidated(const Product &p) { return p.family == Family::Dv; }
    static bool isCodeSigning(const Product &p) {
        return p.family == Family::CodeSigning || p.family == Family::EvCodeSigning;
    }
    static bool isTls(const Product &p) { return !isCodeSigning(p); }
    // The organization validation a product needs: "ov", "ev", "cs", "ev_cs"; empty for DV.
    static QString organizationValidation(const Product &p);

    static QString validationName(const QString &type);
    static QString validationDescription(const QString &type);
    static const QList<ValidationType> &validationTypes();
    static bool isValidationType(const QString &type);
    static int validationDays(const QString &type);

    static const QList<Platform> &platforms();
    static const Platform *platform(int id);

    // The product as GET /product lists it, and with details as GET /product/{name_id} does.
    static QString groupName(const Product &p);
    static QString documentedValidationType(const Product &p);
    static QJsonObject hashTypesJson();
    static QJsonObject summaryJson(const Product &p);
    static QJsonObject detailJson(const Product &p);
    // {id, name} of the intermediate that issues the product's certificates.
    static QJsonObject caCertJson(const Product &p);
};
