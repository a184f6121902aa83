#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Domain control validation rules shared by orders and domains: the method names, random
// values, which name must be validated for a DNS name under a DCV scope, and the record of
// random values a test has "placed" (POST /__sandbox/dcv/{domain}), and the DCV e-mails
// DigiCert would have sent (GET /__sandbox/dcv-emails).
class SandboxDcv {
public:
    // One DCV e-mail "sent": for an order (orderId) or an account domain (domainId).
    struct SentEmail {
        qint64 orderId = 0;
        qint64 domainId = 0;
        QString domain;  // the name whose control it asks to prove
        QString address; // where it went
        qint64 sent = 0; // the sandbox clock, seconds since the epoch
    };

    static constexpr int kRandomValueDays = 30;

    static QStringList methods(); // email, dns-txt-token, dns-cname-token, http-token
    static bool isTokenMethod(const QString &method);
    // Explains why a method is refused (non-breaking hyphens, unknown names), or empty.
    static QString methodProblem(const QString &method);
    static QString randomValue();

    // Lower case, no trailing dot; "*." kept. Empty when the name is not a valid DNS name.
    static QString normalizedName(const QString &name, bool allowWildcard);
    static bool isWildcard(const QString &name) { return name.startsWith(QLatin1String("*.")); }
    static QString withoutWildcard(const QString &name);
    // The registrable domain: the last two labels (three under a two-letter second level such
    // as co.uk).
    static QString baseDomain(const QString &name);
    static bool isSameOrSubdomain(const QString &name, const QString &parent);
    // For every name on an order, the name whose control must be proven under the scope
    // (base_domain or fqdn). Under fqdn a name below another name of the order is covered by it.
    static QHash<QString, QString> targets(const QStringList &names, const QString &scope);

    void place(const QString &name) { m_placed.insert(name.toLower()); }
    bool unplace(const QString &name) { return m_placed.remove(name.toLower()); }
    bool isPlaced(const QString &name) const { return m_placed.contains(name.toLower()); }
    QStringList placed() const;
    void clear() {
        m_placed.clear();
        m_sent.clear();
    }

    void recordEmail(const SentEmail &email) { m_sent.append(email); }
    const QList<SentEmail> &sentEmails() const { return m_sent; }
    // The mailboxes DigiCert writes to for a name: admin, administrator, webmaster, hostmaster
    // and postmaster at the name's base domain.
    static QStringList constructedAddresses(const QString &name);

private:
    QSet<QString> m_placed;
    QList<SentEmail> m_sent;
};
