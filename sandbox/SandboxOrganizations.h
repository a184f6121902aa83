#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The account's organizations: address, organization and technical contacts, organization
// validations (ov, ev, cs, ev_cs) and verified contacts with the validation types each of them
// is approved for. Ids start at 3001 and are never reused; deleted organizations stay in the
// list, hidden.
class SandboxOrganizations {
public:
    struct Contact {
        int id = 0;
        QString firstName;
        QString lastName;
        QString email;
        QString jobTitle;
        QString telephone;
        QString telephoneExtension;
        int userId = 0; // when the contact is an account user
    };

    struct Validation {
        QString type;   // ov, ev, cs, ev_cs
        QString status; // pending or completed (expired is derived from validatedUntilDay)
        qint64 dateCreated = 0;
        qint64 validatedUntilDay = 0; // 0 while pending
        QList<int> verifiedContactIds;
    };

    struct VerifiedContact {
        Contact contact;
        QMap<QString, QString> validations; // type -> pending | completed
        qint64 dateCreated = 0;
    };

    struct Organization {
        int id = 0;
        QString name;
        QString assumedName;
        QString address;
        QString address2;
        QString city;
        QString state;
        QString zip;
        QString country;
        QString telephone;
        int containerId = 100;
        bool active = true;
        bool deleted = false;
        qint64 dateCreated = 0;
        QStringList seedDomains; // ACE form; used to generate orders
        std::optional<Contact> organizationContact;
        std::optional<Contact> technicalContact;
        std::vector<Validation> validations;
        std::vector<VerifiedContact> verifiedContacts;
    };

    static constexpr int kFirstId = 3001;
    static constexpr int kMaxNewVerifiedContacts = 30;

    void seed(qint64 now);
    int count() const { return int(m_list.size()); }
    Organization &at(int index) { return m_list[size_t(index)]; }
    const Organization &at(int index) const { return m_list[size_t(index)]; }
    Organization *find(qint64 id);
    const Organization *find(qint64 id) const;
    int indexOf(qint64 id) const; // -1 when unknown

    Organization &create(Organization organization, qint64 now);
    // An organization with the same name and assumed name (case-insensitive), not deleted.
    const Organization *findDuplicate(const QString &name, const QString &assumedName) const;
    int nextContactId() { return m_nextContactId++; }

    Validation *validation(Organization &organization, const QString &type);
    static QString validationStatus(const Validation &validation, qint64 today);
    bool hasCompletedValidation(const Organization &organization, const QString &type,
                                qint64 today) const;
    // Starts (or restarts) a validation; completed ones stay completed.
    void submitValidation(Organization &organization, const QString &type,
                          const QList<int> &verifiedContactIds, qint64 now);
    // Completes every pending validation and verified-contact approval (control endpoint,
    // --auto-complete).
    void completeValidations(Organization &organization, qint64 now);

    VerifiedContact &addVerifiedContact(Organization &organization, Contact contact,
                                        const QStringList &types, qint64 now);
    VerifiedContact *findVerifiedContact(Organization &organization, int contactId);

    QJsonObject summaryJson(const Organization &organization) const;
    QJsonObject detailJson(const Organization &organization, qint64 today) const;
    QJsonArray validationsJson(const Organization &organization, qint64 today) const;
    static QJsonObject contactJson(const Contact &contact);
    QJsonObject verifiedContactJson(const VerifiedContact &contact) const;

    QJsonObject save() const;
    bool load(const QJsonObject &json, QString *error);

private:
    std::vector<Organization> m_list;
    int m_nextContactId = 7001;
};
