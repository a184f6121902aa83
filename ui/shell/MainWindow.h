#pragma once

#include "core/Profile.h"
#include "core/RolePolicy.h"
#include "core/UserInfo.h"

#include <QMainWindow>

#include <functional>

class CertCentralClient;
class DashboardScreen;
class DomainsScreen;
class OrganizationsScreen;
class VerifiedContactsScreen;
class RequestsScreen;
class FinanceScreen;
class QSystemTrayIcon;
class StatusWatcher;
struct Order;
class ErrorBanner;
class LoadStatus;
class OrdersScreen;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

// The main window: navigation on the left, the current page, and a status bar with loading
// progress, the last refresh and the API budget.
class OrderWizard;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(CertCentralClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page {
        DashboardScreenIndex,
        OrdersScreenIndex,
        DomainsScreenIndex,
        OrganizationsScreenIndex,
        VerifiedContactsScreenIndex,
        RequestsScreenIndex,
        FinanceScreenIndex
    };
    OrdersScreen *ordersScreen() const { return m_orders; }
    DashboardScreen *dashboardScreen() const { return m_dashboard; }
    DomainsScreen *domainsScreen() const { return m_domains; }
    OrganizationsScreen *organizationsScreen() const { return m_organizations; }
    VerifiedContactsScreen *verifiedContactsScreen() const { return m_verifiedContacts; }
    RequestsScreen *requestsScreen() const { return m_requests; }
    FinanceScreen *financeScreen() const { return m_finance; }
    // The navigation entry's text ("Requests (3)"); for tests.
    QString navigationText(int index) const;
    void showScreen(int index);
    StatusWatcher *statusWatcher() const { return m_watcher; }
    // The last notification shown (tray balloon or status bar); for tests.
    QString lastNotification() const { return m_lastNotification; }
    int currentScreen() const;
    // Shown while there is no client to use yet (a sandbox starting) or after it failed.
    void showConnecting(const QString &text);
    // A problem that stops work (no key, no keychain, sandbox failed), with one action.
    void showStartupError(const QString &message, const QString &actionText = {},
                          std::function<void()> action = {});
    // The profiles in the switcher; the active one selected.
    void setProfiles(const QList<Profile> &profiles, const QString &activeId);
    // Signed out: nothing is shown until the user signs in again.
    void showSignedOut(const QString &message);
    const RolePolicy &roles() const { return m_roles; }
    // How the toolbar names the connection ("Sandbox", "United States", a custom host).
    void setProfileName(const QString &name) { m_profileName = name; }
    // Signs in (GET user/me) and loads the orders.
    void start();
    const UserInfo &user() const { return m_user; }
    // Opens the New order wizard (window-modal); returns it, for tests.
    OrderWizard *newOrder();

signals:
    void profileChosen(const QString &id);
    void addProfileRequested();
    void renameProfileRequested();
    void changeKeyRequested();
    void signOutRequested();
    void removeProfileRequested();
    void sandboxRequested();
    // The window is closing; the session keeps its geometry with the profile.
    void aboutToClose();

public:
    // What the tray icon says: the next certificate to expire and the pending requests.
    QString trayText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolbar();
    void buildViewMenu();
    void buildProfileMenu();
    void buildNavigation();
    void buildPages();
    void connectWatcher();
    void connectPages();
    void connectClient();
    void updateTray();
    // The pending-request count beside Requests in the navigation; -1 hides it.
    void setPendingBadge(qint64 count);
    void setRoles(const RolePolicy &roles);
    void onOrderChanged(const Order &order);
    void notify(const QString &text);

    CertCentralClient *m_client;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    OrdersScreen *m_orders;
    DashboardScreen *m_dashboard;
    DomainsScreen *m_domains;
    OrganizationsScreen *m_organizations;
    VerifiedContactsScreen *m_verifiedContacts;
    RequestsScreen *m_requests;
    FinanceScreen *m_finance;
    ErrorBanner *m_startupBanner;
    QComboBox *m_profileSwitcher;
    QLabel *m_connection;
    QLabel *m_userLabel;
    UserInfo m_user;
    RolePolicy m_roles;
    QString m_profileName;
    std::function<void()> m_startupAction;
    StatusWatcher *m_watcher;
    LoadStatus *m_loadStatus;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotification;
    qint64 m_pendingCount = -1;
};
