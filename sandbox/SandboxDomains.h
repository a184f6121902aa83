#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

class SandboxOrganizations;

// The account's domains: owner organization, the domain's DCV (method, random value, when
// control was last proven), organization validations it is approved for, and domain locking.
// Ids start at 5001; deleted domains stay, hidden.
class SandboxDomains {
public:
    struct Validation {
        QString type;   // ov, ev, ...
        QString status; // pending or completed
        qint64 dateCreated = 0;
        qint64 validatedUntilDay = 0;
    };

    struct Domain {
        int id = 0;
        QString name;
        int organizationId = 0;
        int containerId = 100;
        bool active = true;
        bool deleted = false;
        qint64 dateCreated = 0;
        QString dcvMethod = QStringLiteral("email");
        QString dcvToken;
        qint64 dcvTokenExpires = 0;
        qint64 dcvApprovedAt = 0; // 0 when control has never been proven
        QString dcvApprovalMethod;
        qint64 lastSubmitted = 0;
        std::vector<Validation> validations;
        QString lockingStatus; // empty (never activated), pending, enabled, disabled
        QString accountToken;
        bool caaPlaced = false;
    };

    static constexpr int kFirstId = 5001;

    void clear();
    // One domain per seeded organization domain, most of them validated.
    void seed(const SandboxOrganizations &organizations, qint64 now);
    static QString accountToken() { return QStringLiteral("5150001-c3d4a7e9b1f2"); }
    int count() const { return int(m_list.size()); }
    Domain &at(int index) { return m_list[size_t(index)]; }
    const Domain &at(int index) const { return m_list[size_t(index)]; }
    Domain *find(qint64 id);
    Domain *findByName(const QString &name); // not deleted
    const Domain *findByName(const QString &name) const;
    Domain &create(Domain domain, qint64 now);

    // DCV proven within the reuse period.
    static bool hasActiveDcv(const Domain &domain, qint64 now);
    // An account domain (not deleted) equal to or above name with active DCV.
    const Domain *coveringDomain(const QString &name, qint64 now) const;
    static QString validationStatus(const Validation &validation, qint64 today);
    // The domain's overall status: the deprecated single "status" field.
    static QString overallStatus(const Domain &domain, qint64 now);
    // Gives the domain a fresh random value when it has none or it has expired.
    // A new token, replacing the previous one (POST domain/{id}/dcv/token).
    static void newToken(Domain &domain, qint64 now);
    static void ensureToken(Domain &domain, qint64 now);
    static void approveDcv(Domain &domain, const QString &method, qint64 now);
    void submitValidations(Domain &domain, const QStringList &types, qint64 now);
    static void completeValidations(Domain &domain, qint64 now);

    QJsonObject json(const Domain &domain, const QString &organizationName, bool includeDcv,
                     bool includeValidation, qint64 now) const;

    QJsonObject save() const;
    bool load(const QJsonObject &json, QString *error);

private:
    std::vector<Domain> m_list;
};
