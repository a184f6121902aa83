#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct ApprovalRequest;

// An approver's answer to a request: PUT request/{id}/status with {"status":"approved" or
// "rejected","processor_comment"} (decisions.md "revoke approval"). A rejection needs a
// comment, so the requester learns why. validate() names the API field before anything is sent.
struct RequestDecision {
    Q_DECLARE_TR_FUNCTIONS(RequestDecision)

public:
    enum class Outcome { Approve, Reject };

    qint64 requestId = 0;
    Outcome outcome = Outcome::Approve;
    QString comment; // processor_comment

    static constexpr int kMaxComment = 1024;
    // "approved" or "rejected": the status sent and the one the request then has.
    QString status() const;
    // request/{id}/status
    QString path() const;
    // Empty when it can be sent, else the message with *field set ("request_id" or
    // "processor_comment").
    QString validate(QString *field = nullptr) const;
    QByteArray toJson() const;
    // For a refusal with invalid_request_status: "Request 400013 was already approved by Ben
    // Manager on 2026-11-22 12:00 UTC." from the request as it is now; "by someone else" when
    // the reply does not say who.
    static QString alreadyDecidedMessage(const ApprovalRequest &current);
};
