#pragma once
#include "model/Endpoint.h"

#include <QWizardPage>
#include <memory>

namespace pgcrossing {

class EndpointForm;
class MigrationWizard;
class SecretStore;

// Source and target side by side. Next is enabled once both sides answered "Test connection". The last
// profiles (without secrets) come back next time; passwords go to the system keychain only when the
// user ticks "remember", and the page says when there is no keychain (memory only).
class HostsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit HostsPage(MigrationWizard *wizard);
    ~HostsPage() override;
    void loadFromState();           // fill both forms from the wizard's state (demo, plan)
    // Empty password fields take what the keychain remembers for these endpoints.
    void restoreSecrets();
    // given, with its empty fields filled from the secret store for endpoint e.
    EndpointSecrets rememberedSecrets(const Endpoint &e, EndpointSecrets given = {}) const;
    bool isComplete() const override;
    bool validatePage() override;
    EndpointForm *sourceForm() const { return m_source; }
    EndpointForm *targetForm() const { return m_target; }
    // The secret store in use (the keychain, or memory when there is none). Tests may replace it.
    void setSecretStore(std::shared_ptr<SecretStore> store);

private:
    MigrationWizard *m_wizard;
    EndpointForm *m_source;
    EndpointForm *m_target;
    std::shared_ptr<SecretStore> m_store;
};

} // namespace pgcrossing
