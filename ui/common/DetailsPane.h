#pragma once

#include "api/Reply.h"

#include <QList>
#include <QWidget>

#include "api/Reply.h"

// What the details panes under the Orders and Requests tables share: value labels found by
// object name (with a dash for an empty value), the calls a pane has running (dropped when it
// shows something else) and a frameless scroll area for a tab.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    // The text of a field's value by object name ("detailStatus"); for tests.
    QString fieldText(const QString &objectName) const;

protected:
    void setField(const char *name, const QString &text);
    // Disconnects and aborts every call still running.
    void abortCalls();
    static QWidget *scrolled(QWidget *content, QWidget *parent);

    QList<AnyReply> m_calls;
};
