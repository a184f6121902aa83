#include "ui/common/DetailsPane.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent) {}

QString DetailsPane::fieldText(const QString &objectName) const {
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void DetailsPane::setField(const char *name, const QString &text) {
    if (auto *label = findChild<QLabel *>(QLatin1String(name)))
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void DetailsPane::abortCalls() {
    for (const AnyReply &call : std::as_const(m_calls))
        call.cancel(this);
    m_calls.clear();
}

QWidget *DetailsPane::scrolled(QWidget *content, QWidget *parent) {
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}
