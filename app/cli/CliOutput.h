#pragma once

#include "core/ApiError.h"
#include "core/Order.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

// What every certdesk-cli verb prints and returns: the exit codes, an API error with its code
// and entries, rows as an aligned table or CSV, and orders as table, CSV or JSON. The command
// files write through it, so none of them calls back into CliApp.
class CliOutput {
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    enum ExitCode { Ok = 0, Usage = 2, ApiFailure = 3, NetworkFailure = 4 };

    CliOutput(QTextStream &out, QTextStream &err);

    // Prints an API error with its code and entries; returns the exit code for its kind.
    int fail(const ApiError &error);
    // table (aligned columns; cells past maxCell characters end in an ellipsis, 0: no limit)
    // or csv of rows under a header.
    void printRows(const QStringList &header, const QList<QStringList> &rows, const QString &format,
                   int maxCell = 0);
    // table, csv (the orders page's CSV writer) or json, with the given columns.
    void printOrders(const QList<Order> &orders, const QString &format, const QStringList &columns);
    static QJsonObject orderToJson(const Order &order);
    // Sets the exit code and returns false, so a checking step can end with
    // return CliOutput::stop(exitCode, usage(...)).
    static bool stop(int *exitCode, int code) {
        *exitCode = code;
        return false;
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
