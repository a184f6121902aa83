#pragma once

#include <QAbstractItemView>
#include <QList>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QWidget;

// What the list screens (Orders, Domains, Organizations, Verified contacts, Requests) share:
// a table of rows set up one way, the title row, the table over its details, and a search
// box that filters what is loaded.
class ListScreen {
public:
    // A table of whole rows over the model: no row numbers, alternating colours, one line per
    // row; sorted by sortColumn when it is 0 or more.
    static void
    setUpTable(QTableView *table, QAbstractItemModel *model, int sortColumn = -1,
               Qt::SortOrder order = Qt::AscendingOrder,
               QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);
    // A proxy that sorts by sortRole and filters on any column, ignoring case.
    static void setUpSearchProxy(QSortFilterProxyModel *proxy, QAbstractItemModel *source,
                                 int sortRole);
    // The title, the search box taking the room, then the buttons.
    static QHBoxLayout *titleBar(QWidget *title, QLineEdit *search,
                                 const QList<QWidget *> &buttons);
    // The table with its count line over the details, which take a quarter of the height:
    // at 1280 pixels a side pane left the main column a few letters wide.
    static QSplitter *tableOverDetails(QWidget *parent, QTableView *table, QLabel *count,
                                       QWidget *details);
};
