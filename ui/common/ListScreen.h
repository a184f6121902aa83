#pragma once

#include <QAbstractItemView>
#include <QList>
#include <QWidget>

class ErrorBanner;
class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

// What the list screens (Orders, Domains, Organizations, Verified contacts, Requests) share:
// the table, its count line, the error banner, Refresh and (where there is one) the search box
// that filters what is loaded; a table of rows set up one way, the title row and the table over
// its details.
class ListScreen : public QWidget {
    Q_OBJECT
public:
    QTableView *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLineEdit *searchBox() const { return m_search; }

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

protected:
    explicit ListScreen(QWidget *parent);
    // Made by each screen's constructor, among its other controls, in the order they take the
    // focus; no search box on the screens without one.
    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_table = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_count = nullptr;
};
