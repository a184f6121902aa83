#pragma once

#include "core/Product.h"

#include <QWizardPage>

namespace Ui {
class OrderProductPage;
}
class OrderWizard;

// Page 1: the products the account may order (GET product), grouped with a line each.
class OrderProductPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderProductPage(OrderWizard *wizard);
    ~OrderProductPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Selects a product by name id; for tests.
    bool selectProduct(const QString &nameId);

private:
    void showProducts(const QList<Product> &products);

    Ui::OrderProductPage *ui;
    OrderWizard *m_wizard;
    QList<Product> m_products;
    bool m_loaded = false;
};
