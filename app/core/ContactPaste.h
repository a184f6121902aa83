#pragma once

#include "core/NewVerifiedContact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Rows copied from a spreadsheet or a CSV file into the "Add verified contacts" dialog: first
// name, last name, e-mail, job title, telephone, extension. Tab-separated when the text has a
// tab (what spreadsheets copy), else comma-separated with CSV quoting ("Smith, Jr."). A first
// row whose e-mail cell is a heading ("E-mail") is left out; blank rows are skipped; cells are
// trimmed. Only kMaxRows rows are taken, so a stray megabyte on the clipboard cannot fill the
// table; the rest are counted.
struct ContactPaste {
    Q_DECLARE_TR_FUNCTIONS(ContactPaste)

public:
    static constexpr int kMaxRows = 100;

    QList<NewVerifiedContact> contacts;
    int ignoredRows = 0; // non-blank rows after the first kMaxRows
    bool headingSkipped = false;

    static ContactPaste parse(const QString &text);
    // Empty when everything pasted became a row; else one sentence for the dialog.
    QString note() const;
};
