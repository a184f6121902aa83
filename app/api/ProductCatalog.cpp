#include "api/ProductCatalog.h"

#include "api/AccountEndpoints.h"
#include "api/CertCentralClient.h"
#include "api/Reply.h"

ProductCatalog::ProductCatalog(CertCentralClient *client)
    : QObject(client)
    , m_client(client) {
    setObjectName(QStringLiteral("productCatalog"));
}

ProductCatalog *ProductCatalog::of(CertCentralClient *client) {
    if (auto *existing = client->findChild<ProductCatalog *>(QStringLiteral("productCatalog"),
                                                             Qt::FindDirectChildrenOnly))
        return existing;
    return new ProductCatalog(client);
}

QList<Product> ProductCatalog::refine(const QList<Product> &products) {
    QList<Product> out;
    for (Product p : products) {
        const auto known = m_known.constFind(p.nameId);
        if (known != m_known.cend() && !known->validationType.isEmpty()) {
            p.validationType = known->validationType;
        } else if (!m_asked.value(p.nameId)) {
            m_asked.insert(p.nameId, true);
            const Reply<Product> reply = m_client->call(AccountEndpoints::product(p.nameId));
            reply.onResult(this, [this, p](const Product &info) {
                Product merged = p;
                if (!info.validationType.isEmpty())
                    merged.validationType = info.validationType;
                m_known.insert(p.nameId, merged);
                emit refined(merged);
            });
        }
        out << p;
    }
    return out;
}
