#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What the key and CSR page (OrderKeyPage) needs from the wizard it sits in: the names the CSR
// is for, and where the CSR and the key file's path go. The order wizard, the reissue wizard
// and the duplicate wizard provide it.
class KeyPageHost {
public:
    virtual ~KeyPageHost() = default;
    // The common name first, then the other names.
    virtual QStringList keyPageNames() const = 0;
    virtual void setKeyPageCsr(const QByteArray &csr) = 0;
    virtual QString keyFile() const = 0;
    virtual void setKeyFile(const QString &path) = 0;
    // A CSR to offer instead of a new key (a reissue may reuse the order's); empty for none.
    virtual QByteArray keyPageSuggestedCsr() const { return {}; }
};
