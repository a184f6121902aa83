#include "ui/orders/wizard/OrderProductPage.h"

#include "api/CertCentralClient.h"
#include "api/ProductCatalog.h"
#include "services/AccountService.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderProductPage.h"

#include <QTreeWidgetItem>

OrderProductPage::OrderProductPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderProductPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Which certificate?"));
    ui->products->setAccessibleName(title());
    setSubTitle(tr("The products your account may order. The kind decides what CertCentral "
                   "checks before it issues."));
    connect(ui->products, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *item = ui->products->currentItem();
        ui->productHint->setText(item ? item->toolTip(0) : QString());
        emit completeChanged();
    });
    connect(ui->products, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            m_wizard->next();
    });
}

OrderProductPage::~OrderProductPage() {
    delete ui;
}

void OrderProductPage::initializePage() {
    if (m_loaded)
        return;
    ui->loadError->setMessage({});
    ui->productHint->setText(tr("Loading the products of your account…"));
    const auto call = AccountService(m_wizard->client()).products();
    // Product list has no validation_type: Product info (asked once per product and session)
    // tells DV, OV, EV and code signing apart; until it answers the group name decides.
    ProductCatalog *catalog = ProductCatalog::of(m_wizard->client());
    call.onResult(
        this, [this, catalog](const QList<Product> &list) { showProducts(catalog->refine(list)); });
    connect(catalog, &ProductCatalog::refined, this, [this](const Product &refined) {
        QList<Product> products = m_products;
        bool changed = false;
        for (Product &p : products) {
            if (p.nameId == refined.nameId && p.validationType != refined.validationType) {
                p.validationType = refined.validationType;
                changed = true;
            }
        }
        if (!changed)
            return;
        const QTreeWidgetItem *current = ui->products->currentItem();
        const QString selected = current ? current->data(0, Qt::UserRole).toString() : QString();
        showProducts(products);
        if (!selected.isEmpty())
            selectProduct(selected);
    });
    call.onFailed(this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            ui->loadError->setMessage(
                tr("The products could not be loaded: %1").arg(error.message()));
        ui->productHint->clear();
    });
}

void OrderProductPage::showProducts(const QList<Product> &products) {
    m_products = products;
    m_loaded = true;
    ui->products->clear();
    ui->productHint->setText(tr("Choose a product."));
    for (const auto group :
         {Product::Group::Dv, Product::Group::Wildcard, Product::Group::Ov, Product::Group::Ev,
          Product::Group::CodeSigning, Product::Group::EvCodeSigning, Product::Group::Other}) {
        QTreeWidgetItem *heading = nullptr;
        for (const Product &p : products) {
            if (p.group() != group)
                continue;
            if (!heading) {
                heading = new QTreeWidgetItem(ui->products);
                heading->setText(0,
                                 QStringLiteral("%1 — %2").arg(Product::groupName(group),
                                                               Product::groupExplanation(group)));
                heading->setToolTip(0, Product::groupExplanation(group));
                heading->setFlags(Qt::ItemIsEnabled);
                QFont bold = heading->font(0);
                bold.setBold(true);
                heading->setFont(0, bold);
            }
            auto *item = new QTreeWidgetItem(heading);
            item->setText(0,
                          QStringLiteral("%1 — %2").arg(p.name, Product::groupExplanation(group)));
            item->setData(0, Qt::UserRole, p.nameId);
            item->setToolTip(0, Product::groupExplanation(group));
            // Shown so the account's products are all there, but not offered.
            if (group == Product::Group::Other) {
                item->setText(0, p.name);
                item->setFlags(Qt::NoItemFlags);
            }
        }
    }
    ui->products->expandAll();
    emit completeChanged();
}

bool OrderProductPage::selectProduct(const QString &nameId) {
    for (QTreeWidgetItemIterator it(ui->products); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == nameId &&
            ((*it)->flags() & Qt::ItemIsEnabled)) {
            ui->products->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

bool OrderProductPage::isComplete() const {
    const QTreeWidgetItem *item = ui->products->currentItem();
    return item && !item->data(0, Qt::UserRole).toString().isEmpty() &&
           (item->flags() & Qt::ItemIsEnabled);
}

bool OrderProductPage::validatePage() {
    const QString id = ui->products->currentItem()->data(0, Qt::UserRole).toString();
    for (const Product &p : std::as_const(m_products)) {
        if (p.nameId == id) {
            m_wizard->setProduct(p);
            return true;
        }
    }
    return false;
}
