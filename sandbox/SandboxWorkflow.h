#pragma once

#include "sandbox/SandboxCertificateRenderer.h"
#include "sandbox/SandboxStore.h"

#include <QString>
#include <QStringList>

class SandboxAccount;
class SandboxCertificateIssuer;

// The state machine behind the routes: when an order may issue (approved request, DCV for every
// name, organization validation), what approving or rejecting a request does, reissues,
// duplicates, revocations and cancellations, and rendering the X.509 certificates. Routes check
// input and permissions; every state change goes through here.
class SandboxWorkflow {
public:
    SandboxWorkflow(SandboxStore &store, SandboxCertificateIssuer &issuer, bool autoComplete);

    bool autoComplete() const { return m_autoComplete; }
    SandboxStore &store() { return m_store; }

    // The names to validate for the order's pending work: the pending reissue's names, or the
    // order's own names while it is pending.
    QStringList namesInValidation(SandboxStore::Order &order);
    // name -> target (the name to prove control of) for those names.
    QHash<QString, QString> targets(SandboxStore::Order &order);
    bool isTargetApproved(SandboxStore::Order &order, const QString &target);
    QStringList unapprovedTargets(SandboxStore::Order &order);
    bool organizationValidated(const SandboxStore::Order &order) const;

    // Issues what can be issued now (the order, a pending reissue). Call after any change that
    // could complete validation.
    void evaluate(SandboxStore::Order &order);
    // Re-evaluates pending orders: all of them, those with a name at or below domain, or those
    // of one organization.
    void evaluatePendingForDomain(const QString &domain);
    void evaluatePendingForOrganization(int organizationId);

    // Check order DCV: proves every placed target (all of them with --auto-complete). Returns
    // the targets that are still unproven.
    QStringList checkDcv(SandboxStore::Order &order);

    void approve(SandboxStore::Request &request, int processorId, const QString &comment);
    void reject(SandboxStore::Request &request, int processorId, const QString &comment);
    // Cancels a pending order or a pending reissue; false when the status allows neither.
    bool cancel(SandboxStore::Order &order, const QString &note, int userId);

    // The key-compromise date travels in the request's comments, as CertCentral has no field
    // for it (certcentral-docs.md 5.5).
    void revokeCertificate(SandboxStore::Certificate &certificate, const QString &reason);
    void revokeOrder(SandboxStore::Order &order, const QString &reason);
    // True when the order has no issued, unexpired, unrevoked certificate left.
    bool hasNoLiveCertificate(SandboxStore::Order &order);

    // The X.509 DER of an issued (or revoked) certificate, rendered on first use.
    QByteArray der(SandboxStore::Certificate &certificate, QString *error);
    // Root and intermediate for the certificate's product.
    QList<QByteArray> chain(const SandboxStore::Order &order) const;

    // The first day the plan does not cover, derived from the requested order validity.
    static qint64 orderEndDay(const QJsonObject &orderValidity, qint64 today);

private:
    void issueOrder(SandboxStore::Order &order);
    void issueReissue(SandboxStore::Order &order, SandboxStore::Request &request);
    void issueDuplicate(SandboxStore::Order &order, SandboxStore::Request &request);
    SandboxStore::Request *pendingReissue(SandboxStore::Order &order);
    void autoCompleteValidation(SandboxStore::Order &order);
    void refund(SandboxStore::Order &order);

    SandboxStore &m_store;
    SandboxCertificateRenderer m_renderer;
    bool m_autoComplete = false;
};
