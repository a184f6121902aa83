#pragma once

#include <QFrame>
#include <QStyle>

class QLabel;
class QPushButton;

// A strip above a table that says what went wrong in the user's words, shows the API's code in
// smaller type and offers one action (Retry, by default).
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, const QString &code = {},
                   const QString &actionText = {});
    // An error with nothing to retry (a failed export or delete): only Dismiss.
    void showProblem(const QString &message, const QString &code = {});
    void showWarning(const QString &message);
    // A neutral note (an export finished), with only Dismiss.
    void showInfo(const QString &message);
    void clear();
    QString message() const;
    QString code() const;

signals:
    void actionTriggered();

private:
    void showNote(const QString &message, const QString &colours, QStyle::StandardPixmap icon);

    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_code;
    QPushButton *m_action;
    QPushButton *m_close;
};
