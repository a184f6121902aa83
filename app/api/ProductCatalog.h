#pragma once

#include "core/Product.h"

#include <QHash>
#include <QObject>

class CertCentralClient;

// The account's products with what Product info says of each (validation_type), asked once per
// product and kept for the session: the catalog is a child of the client (one per profile and
// sign-in) and goes with it. Until Product info answers, a product's kind is the guess from its
// group_name and name_id (decisions.md, products).
class ProductCatalog : public QObject {
    Q_OBJECT
public:
    // The client's catalog, made on first use.
    static ProductCatalog *of(CertCentralClient *client);

    // Fills in what is known; asks Product info for the others (each once per session) and
    // emits refined() as answers come.
    QList<Product> refine(const QList<Product> &products);
    bool knows(const QString &nameId) const { return m_known.contains(nameId); }

signals:
    // Product info answered for this product (its validation type may have changed).
    void refined(const Product &product);

private:
    explicit ProductCatalog(CertCentralClient *client);
    CertCentralClient *m_client;
    QHash<QString, Product> m_known; // name_id -> Product info's answer
    QHash<QString, bool> m_asked;
};
