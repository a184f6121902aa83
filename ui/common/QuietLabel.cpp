#include "ui/common/QuietLabel.h"

QuietLabel::QuietLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent) {
    quieten(this);
}

void QuietLabel::quieten(QWidget *widget) {
    QPalette quiet = widget->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    widget->setPalette(quiet);
}
