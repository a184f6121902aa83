#include "ui/common/PageTitle.h"

PageTitle::PageTitle(const QString &text, QWidget *parent)
    : QLabel(text, parent) {
    setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    setFont(titleFont);
}
