// certdesk-cli: CertDesk's services from a terminal.
#include "cli/CliApp.h"
#include "security/ProcessHardening.h"
#include "security/SecretRedactor.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[]) {
    // Before any secret is read: no core dumps, no other process reading this one's memory.
    ProcessHardening::disableCoreDumps();
    SecretRedactor::install();
    QCoreApplication app(argc, argv);
    // Profiles are shared with the desktop program: the same settings file.
    QCoreApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
