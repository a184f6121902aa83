#pragma once

#include "core/ApprovalRequest.h"
#include "core/RequestDecision.h"
#include "services/RequestService.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class CertCentralClient;
class FieldErrorLabel;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// Approving or rejecting one or several requests: the dialog lists them, takes the comment
// (required to reject) and is itself the one confirmation. Decisions are sent one after the
// other; each row then says what happened, including "already approved by ... on ..." when
// someone else decided first.
class RequestDecisionDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { RequestColumn, WhatColumn, RequesterColumn, ResultColumn };

    RequestDecisionDialog(CertCentralClient *client, const QList<ApprovalRequest> &requests,
                          RequestDecision::Outcome outcome, QWidget *parent = nullptr);
    ~RequestDecisionDialog() override;

    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *decideButton() const { return m_decide; }
    QTreeWidget *list() const { return m_list; }
    FieldErrorLabel *commentError() const { return m_commentError; }
    // The result text of a request's row; for tests.
    QString resultText(qint64 requestId) const;
    bool isRunning() const { return m_next >= 0; }

public slots:
    // Checks the comment and sends the decisions.
    void decide();

signals:
    // Every decision has an answer. changed: the requests this user approved or rejected;
    // stale: those someone else had decided already.
    void allDecided(const QList<qint64> &changed, const QList<qint64> &stale, int failed);

protected:
    void reject() override;

private:
    void sendNext();
    void setResult(int index, const QString &text, bool ok);
    void finish();

    CertCentralClient *m_client;
    QList<ApprovalRequest> m_requests;
    RequestDecision::Outcome m_outcome;
    QLabel *m_question;
    QTreeWidget *m_list;
    QPlainTextEdit *m_comment;
    FieldErrorLabel *m_commentError;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_decide;
    AnyReply m_call;
    int m_next = -1;
    QList<qint64> m_changed;
    QList<qint64> m_stale;
    int m_failed = 0;
};
