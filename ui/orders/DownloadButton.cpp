#include "ui/orders/DownloadButton.h"

#include "models/OrdersModel.h"
#include "services/OrderService.h"
#include "ui/orders/Pkcs12ExportDialog.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QSaveFile>

DownloadButton::DownloadButton(CertCentralClient *client, QWidget *parent)
    : QPushButton(tr("Download"), parent)
    , m_client(client) {
    setObjectName(QStringLiteral("downloadButton"));
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("downloadMenu"));
    addFormats(menu);
    menu->addSeparator();
    QAction *p12 = menu->addAction(tr("Save as PKCS#12 with the private key…"));
    p12->setObjectName(QStringLiteral("savePkcs12"));
    connect(p12, &QAction::triggered, this, &DownloadButton::savePkcs12);
    QAction *copyPem = menu->addAction(tr("Copy PEM to clipboard"));
    copyPem->setObjectName(QStringLiteral("copyPem"));
    connect(copyPem, &QAction::triggered, this,
            [this] { download(QStringLiteral("pem_nointermediate"), QString()); });
    setMenu(menu);
    setOrder(nullptr);
}

void DownloadButton::addFormats(QMenu *menu) {
    const QList<QPair<QString, QString>> downloads = {
        {tr("PEM bundle: certificate, intermediate and root…"), QStringLiteral("pem_all")},
        {tr("PEM: certificate only…"), QStringLiteral("pem_nointermediate")},
        {tr("DER…"), QStringLiteral("der")},
        {tr("PKCS#7 (.p7b)…"), QStringLiteral("p7b")}};
    for (const auto &[text, format] : downloads) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("download_") + format);
        connect(action, &QAction::triggered, this, [this, format = format] {
            if (!m_hasOrder)
                return;
            QString base = m_order.commonName;
            base.replace(QLatin1Char('*'), QLatin1String("star"));
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save certificate"),
                base + QLatin1Char('.') + OrderService::fileExtension(format));
            if (!path.isEmpty())
                download(format, path);
        });
    }
}

void DownloadButton::savePkcs12() {
    if (!m_hasOrder || m_order.certificateId <= 0)
        return;
    auto *dialog =
        new Pkcs12ExportDialog(m_client, m_order.certificateId, m_order.commonName, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Pkcs12ExportDialog::saved, this,
            [this](const QString &path) { emit finished(true, tr("Saved %1").arg(path)); });
    dialog->open();
}

void DownloadButton::setOrder(const Order *order) {
    m_hasOrder = order != nullptr;
    m_order = order ? *order : Order();
    const bool issued =
        order && order->certificateId > 0 &&
        (order->status == QLatin1String("issued") ||
         order->status == QLatin1String("reissue_pending") ||
         order->status == QLatin1String("revoked") || order->status == QLatin1String("expired"));
    setEnabled(issued);
    setToolTip(issued  ? tr("Download the certificate of order %1").arg(order->id)
               : order ? tr("Order %1 has no issued certificate to download (%2).")
                             .arg(order->id)
                             .arg(OrdersModel::statusText(order->status))
                       : tr("Select an order with an issued certificate."));
}

void DownloadButton::download(const QString &format, const QString &path) {
    if (!m_hasOrder || m_order.certificateId <= 0) {
        emit finished(false, tr("Select an order with an issued certificate."));
        return;
    }
    const qint64 orderId = m_order.id;
    const auto call = OrderService(m_client).download(m_order.certificateId, format);
    call.onResult(this, [this, path, orderId](const QByteArray &data) {
        QString text;
        bool ok = true;
        if (path.isEmpty()) {
            QGuiApplication::clipboard()->setText(QString::fromLatin1(data));
            text = tr("The certificate of order %1 is on the clipboard.").arg(orderId);
        } else {
            QSaveFile file(path);
            ok =
                file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
            text = ok ? tr("Saved the certificate of order %1 to %2.").arg(orderId).arg(path)
                      : tr("Could not write %1: %2").arg(path, file.errorString());
        }
        emit message(text, !ok);
        emit finished(ok, text);
    });
    call.onFailed(this, [this, orderId](const ApiError &error) {
        const QString text = tr("The certificate of order %1 could not be downloaded: %2")
                                 .arg(orderId)
                                 .arg(error.message());
        emit message(text, true, error.shortCode());
        emit finished(false, text);
    });
}
