#include "ui/requests/RequestDecisionDialog.h"

#include "api/CertCentralClient.h"
#include "services/RequestService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RequestDecisionDialog::RequestDecisionDialog(CertCentralClient *client,
                                             const QList<ApprovalRequest> &requests,
                                             RequestDecision::Outcome outcome, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_requests(requests)
    , m_outcome(outcome)
    , m_question(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_comment(new QPlainTextEdit(this))
    , m_commentError(new FieldErrorLabel(QStringLiteral("processorCommentError"), this))
    , m_progress(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    const bool approve = outcome == RequestDecision::Outcome::Approve;
    const int count = int(requests.size());
    setObjectName(QStringLiteral("requestDecisionDialog"));
    setWindowTitle(approve ? tr("Approve requests") : tr("Reject requests"));
    m_question->setObjectName(QStringLiteral("decisionQuestion"));
    m_question->setWordWrap(true);
    m_question->setText(
        approve ? tr("Approve %n request(s)? An approved request goes on to CertCentral at once "
                     "and cannot be withdrawn here.",
                     nullptr, count)
                : tr("Reject %n request(s)? The requester sees your comment; a rejected request "
                     "cannot be reopened.",
                     nullptr, count));

    m_list->setObjectName(QStringLiteral("decisionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    //: "Request": the approval request's number; "What": what it asks for.
    m_list->setHeaderLabels({tr("Request"), tr("What"), tr("Requester"), tr("Result")});
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (const ApprovalRequest &r : requests) {
        const QString what =
            r.commonName.isEmpty()
                ? ApprovalRequest::typeLabel(r.type)
                : tr("%1 for %2").arg(ApprovalRequest::typeLabel(r.type), r.commonName);
        auto *item = new QTreeWidgetItem(
            m_list, {QString::number(r.id), what, r.requester.displayName(), QString()});
        item->setData(RequestColumn, Qt::UserRole, r.id);
        item->setToolTip(WhatColumn, r.dnsNames.join(QLatin1Char('\n')));
    }
    m_list->resizeColumnToContents(RequestColumn);
    m_list->setMinimumHeight(qMin(8, count + 2) * m_list->fontMetrics().height() + 8);

    auto *commentLabel = new QLabel(approve ? tr("&Comment for the requester (optional):")
                                            : tr("&Reason for the requester (required):"),
                                    this);
    commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("processorComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(approve ? tr("For example: approved for the Q3 web rollout")
                                          : tr("For example: use the wildcard order 1234 instead"));
    m_comment->setFixedHeight(m_comment->fontMetrics().height() * 4 + 12);
    m_progress->setObjectName(QStringLiteral("decisionProgress"));
    m_progress->setWordWrap(true);

    m_decide = m_buttons->addButton(approve ? tr("Approve %n request(s)", nullptr, count)
                                            : tr("Reject %n request(s)", nullptr, count),
                                    QDialogButtonBox::AcceptRole);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setDefault(true);
    connect(m_decide, &QPushButton::clicked, this, &RequestDecisionDialog::decide);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RequestDecisionDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { m_commentError->setMessage({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_list, 1);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_commentError);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());
    m_comment->setFocus();
}

RequestDecisionDialog::~RequestDecisionDialog() {
    if (m_call.isRunning()) {
        m_call.cancelLater(this);
    }
}

QString RequestDecisionDialog::resultText(qint64 requestId) const {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(RequestColumn, Qt::UserRole).toLongLong() == requestId)
            return item->text(ResultColumn);
    }
    return {};
}

void RequestDecisionDialog::decide() {
    if (isRunning())
        return;
    RequestDecision check;
    check.requestId = m_requests.isEmpty() ? 0 : m_requests.first().id;
    check.outcome = m_outcome;
    check.comment = m_comment->toPlainText().trimmed();
    QString field;
    const QString problem = check.validate(&field);
    if (!problem.isEmpty()) {
        m_commentError->setMessage(problem);
        m_comment->setFocus();
        return;
    }
    m_comment->setReadOnly(true);
    m_decide->setEnabled(false);
    m_changed.clear();
    m_stale.clear();
    m_failed = 0;
    m_next = 0;
    sendNext();
}

void RequestDecisionDialog::sendNext() {
    if (m_next >= m_requests.size()) {
        finish();
        return;
    }
    const int index = m_next;
    const ApprovalRequest &request = m_requests.at(index);
    m_progress->setText(tr("Sending %1 of %2…").arg(index + 1).arg(m_requests.size()));
    RequestDecision decision;
    decision.requestId = request.id;
    decision.outcome = m_outcome;
    decision.comment = m_comment->toPlainText().trimmed();
    const auto call = RequestService(m_client).decide(decision);
    m_call = call;
    call.onResult(this, [this, index](qint64 requestId, const QString &status) {
        m_changed << requestId;
        setResult(index, status == QLatin1String("approved") ? tr("Approved") : tr("Rejected"),
                  true);
        ++m_next;
        sendNext();
    });
    call.onFailed(this, [this, index, request](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (!RequestService::isAlreadyDecided(error)) {
            ++m_failed;
            setResult(index,
                      error.isOutcomeUnknown()
                          ? tr("Not known whether it was sent: %1. Refresh the list before "
                               "trying again.")
                                .arg(error.message())
                          : tr("Not sent: %1").arg(error.message()),
                      false);
            ++m_next;
            sendNext();
            return;
        }
        // Someone decided first: say who and when, from the request as it is now.
        m_stale << request.id;
        const auto info = RequestService(m_client).info(request.id);
        m_call = info;
        info.onResult(this, [this, index](const ApprovalRequest &current) {
            setResult(index, RequestDecision::alreadyDecidedMessage(current), false);
            ++m_next;
            sendNext();
        });
        info.onFailed(this, [this, index, request](const ApiError &e) {
            if (e.kind() == ApiError::Kind::Cancelled)
                return;
            ApprovalRequest unknown = request;
            unknown.status.clear();
            setResult(index, RequestDecision::alreadyDecidedMessage(unknown), false);
            ++m_next;
            sendNext();
        });
    });
}

void RequestDecisionDialog::setResult(int index, const QString &text, bool ok) {
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    item->setText(ResultColumn, ok ? tr("✓ %1").arg(text) : tr("✗ %1").arg(text));
    item->setToolTip(ResultColumn, text);
}

void RequestDecisionDialog::finish() {
    m_next = -1;
    m_call.reset();
    const bool approve = m_outcome == RequestDecision::Outcome::Approve;
    const int done = int(m_changed.size());
    QStringList parts;
    parts << (approve ? tr("%n request(s) approved.", nullptr, done)
                      : tr("%n request(s) rejected.", nullptr, done));
    if (!m_stale.isEmpty())
        parts << tr("%n had already been decided by someone else; the list is refreshed.", nullptr,
                    int(m_stale.size()));
    if (m_failed > 0)
        parts << tr("%n could not be sent; see the Result column.", nullptr, m_failed);
    m_progress->setText(parts.join(QLatin1Char(' ')));
    m_decide->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("closeButton"));
        close->setDefault(true);
        close->setFocus();
    }
    emit allDecided(m_changed, m_stale, m_failed);
}

void RequestDecisionDialog::reject() {
    // Closing while decisions are on their way would hide their results; wait for them.
    if (isRunning())
        return;
    QDialog::reject();
}
