#include "ui/shell/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSslSocket>
#include <QVBoxLayout>
#include <QtGlobal>

#ifndef CERTDESK_QTKEYCHAIN_VERSION
#define CERTDESK_QTKEYCHAIN_VERSION "unknown"
#endif

QString AboutDialog::componentVersions() {
    return tr("Qt %1 (built with %2), %3, QtKeychain %4")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSslSocket::sslLibraryVersionString(), QStringLiteral(CERTDESK_QTKEYCHAIN_VERSION));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CertDesk"));
    auto *title = new QLabel(
        tr("<h3>CertDesk %1</h3>").arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
        this);
    auto *text = new QLabel(tr("A desktop client for the DigiCert CertCentral Services API: "
                               "orders, domains, organizations, approvals and finance."),
                            this);
    text->setWordWrap(true);
    auto *versions = new QLabel(componentVersions(), this);
    versions->setObjectName(QStringLiteral("componentVersions"));
    versions->setWordWrap(true);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}
