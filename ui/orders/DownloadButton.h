#pragma once

#include "core/Order.h"

#include <QPushButton>

class CertCentralClient;

// The Orders screen's Download button and its menu: the certificate of the selected order as a
// PEM bundle, PEM, DER or PKCS#7 file, as PKCS#12 with the private key, or PEM on the
// clipboard. Off, with the reason, while the order has no issued certificate.
class DownloadButton : public QPushButton {
    Q_OBJECT
public:
    DownloadButton(CertCentralClient *client, QWidget *parent = nullptr);

    // The selected order (null: none).
    void setOrder(const Order *order);
    // Downloads the order's certificate in a format (pem_all, pem_nointermediate, der, p7b) to
    // a file, or to the clipboard when path is empty (PEM formats only). finished() tells.
    void download(const QString &format, const QString &path);

signals:
    void finished(bool ok, const QString &message);
    // What to show in the screen's banner.
    void message(const QString &text, bool error, const QString &code = {});

private:
    void addFormats(QMenu *menu);
    void savePkcs12();

    CertCentralClient *m_client;
    Order m_order;
    bool m_hasOrder = false;
};
