#pragma once

class SandboxAccount;
class SandboxCertificateIssuer;
class SandboxStore;
class SandboxWorkflow;

// What the route classes share: the account data, the users and keys, the state machine, the
// certificate authority and the behaviour switches from the command line.
class SandboxServices {
public:
    struct Settings {
        bool autoComplete = false;              // --auto-complete
        bool uniqueAlternativeOrderIds = false; // --unique-alternative-order-ids
    };

    SandboxServices(SandboxStore &store, SandboxAccount &account, SandboxWorkflow &workflow,
                    SandboxCertificateIssuer &issuer, const Settings &settings)
        : m_store(store)
        , m_account(account)
        , m_workflow(workflow)
        , m_issuer(issuer)
        , m_settings(settings) {}

    SandboxStore &store() const { return m_store; }
    SandboxAccount &account() const { return m_account; }
    SandboxWorkflow &workflow() const { return m_workflow; }
    SandboxCertificateIssuer &issuer() const { return m_issuer; }
    const Settings &settings() const { return m_settings; }

private:
    SandboxStore &m_store;
    SandboxAccount &m_account;
    SandboxWorkflow &m_workflow;
    SandboxCertificateIssuer &m_issuer;
    Settings m_settings;
};
