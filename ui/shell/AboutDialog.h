#pragma once

#include <QDialog>

// About CertDesk: the version, what it is for, and the versions of the parts it is built on
// (Qt, OpenSSL, QtKeychain), so a support request can say exactly what runs.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    // "Qt 6.4.2, OpenSSL 3.0.x, QtKeychain 0.13.2".
    static QString componentVersions();
};
