#include "security/ProcessHardening.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

bool ProcessHardening::disableCoreDumps(QString *error) {
#ifdef Q_OS_LINUX
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        if (error)
            *error = tr("The process could not be made non-dumpable: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        if (error)
            *error = tr("The core file size limit could not be set to zero: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
#else
    if (error)
        *error = tr("Core dumps are left to the system on this platform.");
    return false;
#endif
}

bool ProcessHardening::coreDumpsDisabled() {
#ifdef Q_OS_LINUX
    rlimit limit{};
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && ::getrlimit(RLIMIT_CORE, &limit) == 0 &&
           limit.rlim_cur == 0 && limit.rlim_max == 0;
#else
    return false;
#endif
}
