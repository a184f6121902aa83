#pragma once

#include <QString>

// The command-line option that sets a request field, so that an error about
// "certificate.common_name" reads "--cn (certificate.common_name)". Fields that no option sets
// keep their API path.
class CliFieldNames {
public:
    static QString option(const QString &field);
    // "--option (field)" when an option sets the field, else the field.
    static QString label(const QString &field);
};
