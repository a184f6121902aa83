#pragma once

#include <QLabel>

// The message under a form field that says what is wrong with it, in red and wrapped; hidden
// while there is nothing to say. Dialogs grow to fit it.
class FieldErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit FieldErrorLabel(const QString &objectName, QWidget *parent = nullptr);
    // For .ui files (the object name comes from the form).
    explicit FieldErrorLabel(QWidget *parent = nullptr);
    // An empty message hides the label.
    void setMessage(const QString &message);
};
