#include "HostsPage.h"

#include "EndpointForm.h"
#include "MigrationWizard.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QJsonDocument>
#include <QSettings>

namespace pgcrossing {

namespace {
// Keychain entry names for one endpoint's secrets.
QString pgKey(const Endpoint &e) { return e.secretKey() + QStringLiteral("/pg"); }
QString sshKey(const Endpoint &e) { return e.secretKey() + QStringLiteral("/ssh"); }
QString passphraseKey(const Endpoint &e) { return e.secretKey() + QStringLiteral("/passphrase"); }
} // namespace

HostsPage::HostsPage(MigrationWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Hosts"));
    setSubTitle(tr("Where the databases are now (source) and where they go (target). Test both connections to go on."));
    // Both sides scroll together when the window is small (1024×700), and grow with it when it is not.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *layout = new QHBoxLayout(inner);
    m_source = new EndpointForm(QStringLiteral("source"), tr("Source (read from)"), inner);
    m_target = new EndpointForm(QStringLiteral("target"), tr("Target (written to)"), inner);
    layout->addWidget(m_source, 1);
    layout->addWidget(m_target, 1);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    for (EndpointForm *f : {m_source, m_target}) {
        connect(f, &EndpointForm::changed, this, &QWizardPage::completeChanged);
        connect(f, &EndpointForm::testFinished, this, &QWizardPage::completeChanged);
    }
    setTabOrder(m_source, m_target);
    // Last profiles, secrets excluded (Endpoint::toJson never holds one).
    QSettings settings;
    for (auto [form, key] : {std::pair{m_source, QStringLiteral("profiles/source")}, std::pair{m_target, QStringLiteral("profiles/target")}}) {
        const QJsonObject o = QJsonDocument::fromJson(settings.value(key).toByteArray()).object();
        if (!o.isEmpty())
            form->setEndpoint(Endpoint::fromJson(o), {});
    }
    // Without a session bus there is no Secret Service to ask (and nothing must be spawned to find out).
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        setSecretStore(std::make_shared<MemorySecretStore>());
    else
        setSecretStore(std::make_shared<KeychainSecretStore>());
}

HostsPage::~HostsPage() = default;

void HostsPage::setSecretStore(std::shared_ptr<SecretStore> store)
{
    m_store = std::move(store);
    const QString note = m_store->persistent()
                             ? tr("Ticked: passwords are kept in the system keychain, never in files or settings.")
                             : tr("No system keychain here: passwords are kept in memory only, until the wizard closes.");
    m_source->setKeychainNote(note);
    m_target->setKeychainNote(note);
}

void HostsPage::loadFromState()
{
    const WizardState &s = m_wizard->state();
    m_source->setEndpoint(s.source, s.sourceSecrets);
    m_target->setEndpoint(s.target, s.targetSecrets);
    restoreSecrets();
}

EndpointSecrets HostsPage::rememberedSecrets(const Endpoint &e, EndpointSecrets given) const
{
    QByteArray value;
    if (given.pgPassword.isEmpty() && m_store->read(pgKey(e), &value) == SecretStore::Result::Ok)
        given.pgPassword = value;
    if (given.sshPassword.isEmpty() && m_store->read(sshKey(e), &value) == SecretStore::Result::Ok)
        given.sshPassword = value;
    if (given.keyPassphrase.isEmpty() && m_store->read(passphraseKey(e), &value) == SecretStore::Result::Ok)
        given.keyPassphrase = value;
    return given;
}

void HostsPage::restoreSecrets()
{
    // Secrets the keychain remembers for these endpoints fill the empty password fields.
    for (EndpointForm *f : {m_source, m_target}) {
        const Endpoint e = f->endpoint();
        const EndpointSecrets before = f->secrets();
        const EndpointSecrets after = rememberedSecrets(e, before);
        if (after.pgPassword != before.pgPassword || after.sshPassword != before.sshPassword ||
            after.keyPassphrase != before.keyPassphrase) {
            f->setEndpoint(e, after);
            f->setRemember(true); // the user chose to remember them last time
        }
    }
}

bool HostsPage::isComplete() const
{
    return m_source->isReady() && m_target->isReady();
}

bool HostsPage::validatePage()
{
    WizardState &s = m_wizard->state();
    s.source = m_source->endpoint();
    s.target = m_target->endpoint();
    s.sourceSecrets = m_source->secrets();
    s.targetSecrets = m_target->secrets();
    s.sourceProbe = m_source->result();
    s.targetProbe = m_target->result();
    QSettings settings;
    settings.setValue(QStringLiteral("profiles/source"), QJsonDocument(s.source.toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(QStringLiteral("profiles/target"), QJsonDocument(s.target.toJson()).toJson(QJsonDocument::Compact));
    for (auto [form, e, secrets] : {std::tuple{m_source, s.source, s.sourceSecrets}, std::tuple{m_target, s.target, s.targetSecrets}}) {
        if (!form->remember())
            continue;
        if (!secrets.pgPassword.isEmpty())
            m_store->write(pgKey(e), secrets.pgPassword);
        if (!secrets.sshPassword.isEmpty())
            m_store->write(sshKey(e), secrets.sshPassword);
        if (!secrets.keyPassphrase.isEmpty())
            m_store->write(passphraseKey(e), secrets.keyPassphrase);
    }
    return true;
}

} // namespace pgcrossing
