#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

// One validation of an organization (OV, EV, CS, EV CS): its state, how long it lasts and who
// approves it.
struct OrganizationValidation {
    struct User {
        qint64 id = 0;
        QString firstName;
        QString lastName;
    };

    QString type; // ov, ev, cs, ev_cs
    QString name; // "OV", "EV CS"
    QString description;
    QString status; // pending, completed, expired
    QDateTime dateCreated;
    QDate validatedUntil;
    QList<User> verifiedUsers;

    // The four types CertCentral validates organizations for, in display order.
    static QStringList types();
    // "OV", "EV", "CS", "EV CS" for a type.
    static QString typeName(const QString &type);
    // Reads an array of validation objects; entries without a type are skipped.
    static QList<OrganizationValidation> listFromJson(const QJsonValue &array);
    // The body of GET organization/{id}/validation. False, with a reason, for a body that is
    // not a JSON object.
    static bool listFromBody(const QByteArray &body, QList<OrganizationValidation> *out,
                             QString *error);
};

Q_DECLARE_METATYPE(OrganizationValidation)
