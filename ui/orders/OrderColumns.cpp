#include "ui/orders/OrderColumns.h"

#include "models/OrdersFilterProxy.h"
#include "models/OrdersModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTimer>

OrderColumns::OrderColumns(QTableView *table, OrdersModel *model, OrdersFilterProxy *proxy)
    : QObject(table)
    , m_table(table)
    , m_model(model)
    , m_proxy(proxy)
    , m_saveTimer(new QTimer(this)) {
    setDefaultWidths();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int c = 0; c < OrdersModel::ColumnCount; ++c)
        header->setSectionHidden(c, !OrdersModel::visibleByDefault(c));
    m_defaultState = header->saveState();
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        menu(m_table)->popup(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { emit stateChanged(state()); });
    connect(header, &QHeaderView::sectionResized, this, &OrderColumns::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &OrderColumns::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &OrderColumns::scheduleSave);
}

void OrderColumns::setDefaultWidths() {
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrdersModel::CommonNameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(36);
    const QFontMetrics fm = m_table->fontMetrics();
    const int date = fm.horizontalAdvance(QStringLiteral("00 Mmm 0000")) + 14;
    const QList<QPair<int, int>> widths = {
        {OrdersModel::OrderIdColumn, fm.horizontalAdvance(QStringLiteral("0000000")) + 16},
        {OrdersModel::SanCountColumn, fm.horizontalAdvance(QStringLiteral("SANs")) + 16},
        {OrdersModel::ProductColumn, 160},
        {OrdersModel::StatusColumn, 130},
        {OrdersModel::OrganizationColumn, 135},
        {OrdersModel::ValidTillColumn, date},
        {OrdersModel::DaysRemainingColumn, fm.horizontalAdvance(QStringLiteral("Days left")) + 34},
        {OrdersModel::AlternativeIdColumn, 130},
        {OrdersModel::ContainerColumn, 120},
        {OrdersModel::RequesterColumn, 120},
        {OrdersModel::DateCreatedColumn, date},
        {OrdersModel::ValidFromColumn, date},
        {OrdersModel::AutoRenewColumn, fm.horizontalAdvance(QStringLiteral("Auto-renew")) + 16}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
}

void OrderColumns::scheduleSave() {
    if (!m_restoring)
        m_saveTimer->start();
}

QMenu *OrderColumns::menu(QWidget *parent) {
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView *header = m_table->horizontalHeader();
    int visible = 0;
    for (int c = 0; c < OrdersModel::ColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
        QAction *action =
            menu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("column_") + OrdersModel::columnKey(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The last visible column stays: a table without columns shows nothing to bring them back.
        action->setEnabled(!(visible == 1 && action->isChecked()));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setVisible(c, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    connect(reset, &QAction::triggered, this, [this] {
        restore({});
        emit stateChanged({});
    });
    return menu;
}

void OrderColumns::setVisible(int column, bool visible) {
    m_table->horizontalHeader()->setSectionHidden(column, !visible);
    scheduleSave();
}

QByteArray OrderColumns::state() const {
    return m_table->horizontalHeader()->saveState();
}

void OrderColumns::restore(const QByteArray &state) {
    m_restoring = true;
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        header->restoreState(m_defaultState);
    // A state from an older version may lack newer columns or hide all of them.
    int visible = 0;
    for (int c = 0; c < OrdersModel::ColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    if (visible == 0 || header->count() != OrdersModel::ColumnCount)
        header->restoreState(m_defaultState);
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_restoring = false;
}

QList<int> OrderColumns::visibleInOrder() const {
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}
