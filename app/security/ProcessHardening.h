#pragma once

#include <QCoreApplication>
#include <QString>

// Keeps secrets held in memory (the API key, a card number while it is sent, a private key
// being written) out of core dumps: on Linux the process is made non-dumpable
// (prctl PR_SET_DUMPABLE 0, which also stops other processes of the same user from attaching
// a debugger or reading its memory through /proc) and its core size limit is set to zero. Both
// programs call it first thing in main(). Elsewhere it does nothing and says so.
class ProcessHardening {
    Q_DECLARE_TR_FUNCTIONS(ProcessHardening)

public:
    // True when both protections are in place; else false with the reason.
    static bool disableCoreDumps(QString *error = nullptr);
    // Whether the process is non-dumpable with a zero core limit now.
    static bool coreDumpsDisabled();
};
