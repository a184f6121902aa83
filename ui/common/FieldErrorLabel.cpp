#include "ui/common/FieldErrorLabel.h"

FieldErrorLabel::FieldErrorLabel(const QString &objectName, QWidget *parent)
    : FieldErrorLabel(parent) {
    setObjectName(objectName);
}

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    setPalette(p);
    hide();
}

void FieldErrorLabel::setMessage(const QString &message) {
    const bool changed = text() != message || isHidden() == !message.isEmpty();
    setText(message);
    setVisible(!message.isEmpty());
    // Wrapped messages need height the dialog does not know about until asked.
    if (changed && window()->isVisible())
        window()->adjustSize();
}
