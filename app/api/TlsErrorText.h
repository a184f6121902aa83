#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

// Turns Qt's certificate errors into sentences that name the problem: an expired certificate
// (with its date), a certificate for another name (with the names it holds), or one signed
// by an authority this computer does not trust.
class TlsErrorText {
    Q_DECLARE_TR_FUNCTIONS(TlsErrorText)

public:
    static QString describe(const QList<QSslError> &errors, const QString &host);
};
