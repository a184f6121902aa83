#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class CliContext;

// One verb of certdesk-cli as its command class declares it: the words that name it, its lines
// of --help (which name its options), what it needs before it runs, and the function that takes
// its own options from the arguments and runs it. CliApp only reads the global options,
// provides what a verb needs and dispatches over these.
struct CliVerb {
    enum class Needs {
        Nothing,   // made here (csr new): no keychain, no CertCentral
        Profiles,  // the profile store and the keychain (profile …)
        Connection // a client connected with the key of the profile or the environment
    };
    QString noun;     // "orders"
    QString verb;     // "list"; empty for a verb of one word ("me", "check")
    const char *help; // QT_TRANSLATE_NOOP("CliVerb", …): its lines of --help
    Needs needs;
    std::function<int(CliContext &, QStringList)> run;
};
