#include "ui/common/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_code(new QLabel(this))
    , m_action(new QPushButton(tr("Retry"), this))
    , m_close(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("errorBanner"));
    m_message->setObjectName(QStringLiteral("errorBannerMessage"));
    m_code->setObjectName(QStringLiteral("errorBannerCode"));
    m_action->setObjectName(QStringLiteral("errorBannerAction"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_code->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_code->setFont(small);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_message);
    text->addWidget(m_code);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &ErrorBanner::clear);
    hide();
}

void ErrorBanner::showError(const QString &message, const QString &code,
                            const QString &actionText) {
    setStyleSheet(
        QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #e0a39b; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    m_message->setText(message);
    m_code->setText(code);
    m_code->setVisible(!code.isEmpty());
    m_action->setText(actionText.isEmpty() ? tr("Retry") : actionText);
    m_action->show();
    show();
}

void ErrorBanner::showProblem(const QString &message, const QString &code) {
    showError(message, code);
    m_action->hide(); // nothing to retry: only Dismiss
}

void ErrorBanner::showNote(const QString &message, const QString &colours,
                           QStyle::StandardPixmap icon) {
    setStyleSheet(QStringLiteral("#errorBanner { %1 }").arg(colours));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    m_message->setText(message);
    m_code->clear();
    m_code->hide();
    m_action->hide();
    show();
}

void ErrorBanner::showWarning(const QString &message) {
    showNote(message, QStringLiteral("background: #fff8e1; border: 1px solid #e6c36a;"),
             QStyle::SP_MessageBoxWarning);
}

void ErrorBanner::showInfo(const QString &message) {
    showNote(message, QStringLiteral("background: #e8f1fb; border: 1px solid #9dbfe6;"),
             QStyle::SP_MessageBoxInformation);
}

void ErrorBanner::clear() {
    m_message->clear();
    m_code->clear();
    hide();
}

QString ErrorBanner::message() const {
    return isVisible() ? m_message->text() : QString();
}
QString ErrorBanner::code() const {
    return m_code->text();
}
