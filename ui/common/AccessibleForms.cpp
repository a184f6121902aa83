#include "ui/common/AccessibleForms.h"

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

namespace {

// The first widget that takes the keyboard in a form field (a widget or a row layout).
QWidget *focusTarget(QLayoutItem *item) {
    if (!item)
        return nullptr;
    if (QWidget *w = item->widget())
        return w->focusPolicy() != Qt::NoFocus ? w : nullptr;
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            if (QWidget *w = focusTarget(layout->itemAt(i)))
                return w;
    }
    return nullptr;
}

} // namespace

void AccessibleForms::nameControls(QWidget *root) {
    const auto forms = root->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            QWidget *field = focusTarget(form->itemAt(row, QFormLayout::FieldRole));
            if (label && field && !label->buddy())
                label->setBuddy(field);
        }
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        if (edit->accessibleName().isEmpty() && !edit->placeholderText().isEmpty())
            edit->setAccessibleName(edit->placeholderText());
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName().isEmpty() && !edit->placeholderText().isEmpty())
            edit->setAccessibleName(edit->placeholderText());
        // Tab leaves the box (a tab character is never wanted in names, a CSR or a comment);
        // otherwise keyboard users are caught in it.
        edit->setTabChangesFocus(true);
    }
}
