#include "ui/common/ListScreen.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ListScreen::ListScreen(QWidget *parent)
    : QWidget(parent) {}

void ListScreen::setUpTable(QTableView *table, QAbstractItemModel *model, int sortColumn,
                            Qt::SortOrder order, QAbstractItemView::SelectionMode mode) {
    table->setModel(model);
    if (sortColumn >= 0) {
        table->setSortingEnabled(true);
        table->sortByColumn(sortColumn, order);
    }
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

void ListScreen::setUpSearchProxy(QSortFilterProxyModel *proxy, QAbstractItemModel *source,
                                  int sortRole) {
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1); // any column
}

QHBoxLayout *ListScreen::titleBar(QWidget *title, QLineEdit *search,
                                  const QList<QWidget *> &buttons) {
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(search, 1);
    for (QWidget *button : buttons)
        bar->addWidget(button);
    return bar;
}

QSplitter *ListScreen::tableOverDetails(QWidget *parent, QTableView *table, QLabel *count,
                                        QWidget *details) {
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(table, 1);
    topLayout->addWidget(count);
    splitter->addWidget(top);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}
