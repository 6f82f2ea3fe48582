#include "EndpointForm.h"

#include "remote/SshConfigFile.h"
#include "session/EndpointProbe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

namespace pgcrossing {

EndpointForm::EndpointForm(const QString &role, const QString &title, QWidget *parent) : QGroupBox(title, parent), m_role(role)
{
    setObjectName(role);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("This machine"), QStringLiteral("local"));
    m_kind->addItem(tr("SSH host"), QStringLiteral("ssh"));
    form->addRow(tr("Host:"), m_kind);

    // The SSH rows are rows of the one form (shown for an SSH host only), so that every field starts at
    // the same place and has the width the longest label leaves.
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("host name, address or ~/.ssh/config alias"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(QStringLiteral("root"));
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("SSH agent"), int(SshConfig::Auth::Agent));
    m_auth->addItem(tr("Key file"), int(SshConfig::Auth::KeyFile));
    m_auth->addItem(tr("Password"), int(SshConfig::Auth::Password));
    m_keyFile = new QLineEdit(this);
    m_keyFile->setPlaceholderText(QStringLiteral("~/.ssh/id_ed25519"));
    m_sshSecretLabel = new QLabel(this);
    m_sshSecret = new QLineEdit(this);
    m_sshSecret->setEchoMode(QLineEdit::Password);
    m_knownHosts = new QLineEdit(this);
    m_knownHosts->setPlaceholderText(QStringLiteral("~/.ssh/known_hosts"));
    // A host and its port on one line, as ssh and psql users write them (host, then port).
    auto hostAndPort = [this](QLineEdit *host, QSpinBox *port) {
        auto *row = new QHBoxLayout;
        row->addWidget(host, 1);
        auto *label = new QLabel(tr("Port:"), this);
        label->setBuddy(port);
        row->addWidget(label);
        row->addWidget(port);
        return row;
    };
    m_sshHostRow = hostAndPort(m_host, m_port);
    form->addRow(tr("SSH host:"), m_sshHostRow);
    form->addRow(tr("SSH user:"), m_user);
    form->addRow(tr("Authentication:"), m_auth);
    form->addRow(tr("Key file:"), m_keyFile);
    form->addRow(m_sshSecretLabel, m_sshSecret);
    form->addRow(tr("known_hosts:"), m_knownHosts);

    // The engine and Detect on one line, the container's name on its own below (shown with an engine):
    // a name such as postgresql-svc-plus is read whole at 1024×700.
    auto *containerRow = new QHBoxLayout;
    m_engine = new QComboBox(this);
    m_engine->addItem(tr("No container"), QString());
    m_engine->addItem(QStringLiteral("docker"), QStringLiteral("docker"));
    m_engine->addItem(QStringLiteral("podman"), QStringLiteral("podman"));
    m_container = new QComboBox(this);
    m_container->setEditable(true);
    m_container->lineEdit()->setPlaceholderText(tr("container name"));
    m_container->setObjectName(QStringLiteral("container"));
    m_detect = new QPushButton(tr("Detect"), this);
    m_detect->setObjectName(QStringLiteral("detect"));
    m_detect->setToolTip(tr("List the running containers on this host"));
    containerRow->addWidget(m_engine);
    containerRow->addWidget(m_detect);
    containerRow->addStretch(1);
    form->addRow(tr("Container:"), containerRow);
    form->addRow(tr("Container name:"), m_container);

    m_pgHost = new QLineEdit(this);
    m_pgHost->setPlaceholderText(tr("default: local socket"));
    m_pgPort = new QSpinBox(this);
    m_pgPort->setRange(0, 65535);
    m_pgPort->setSpecialValueText(tr("default (5432)"));
    m_pgUser = new QLineEdit(QStringLiteral("postgres"), this);
    m_pgPassword = new QLineEdit(this);
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgPassword->setPlaceholderText(tr("empty: peer/trust or ~/.pgpass on that host"));
    m_binDir = new QLineEdit(this);
    m_binDir->setPlaceholderText(tr("default: psql, pg_dump on PATH"));
    form->addRow(tr("PostgreSQL host:"), hostAndPort(m_pgHost, m_pgPort));
    form->addRow(tr("PostgreSQL user:"), m_pgUser);
    form->addRow(tr("PostgreSQL password:"), m_pgPassword);
    form->addRow(tr("Client tools folder:"), m_binDir);

    m_remember = new QCheckBox(tr("Remember passwords in the system keychain"), this);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    form->addRow(m_remember);
    form->addRow(m_keychainNote);

    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("test-") + role);
    m_resultLabel = new QLabel(tr("Not tested yet."), this);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resultLabel->setMinimumHeight(2 * m_resultLabel->fontMetrics().lineSpacing()); // a result's two lines
    m_resultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    form->addRow(m_test);
    form->addRow(m_resultLabel);

    connect(m_test, &QPushButton::clicked, this, &EndpointForm::testConnection);
    connect(m_detect, &QPushButton::clicked, this, &EndpointForm::detectContainers);
    connect(&m_probe, &QFutureWatcher<ProbeResult>::finished, this, &EndpointForm::onProbeFinished);
    connect(&m_detectWatch, &QFutureWatcher<QStringList>::finished, this, [this] {
        m_detect->setEnabled(true);
        const QStringList names = m_detectWatch.result();
        const QString current = m_container->currentText();
        m_container->clear();
        m_container->addItems(names);
        m_container->setCurrentText(current.isEmpty() && !names.isEmpty() ? names.first() : current);
        if (!m_detectError.isEmpty())
            m_resultLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(m_detectError.toHtmlEscaped()));
        else
            m_resultLabel->setText(names.isEmpty() ? tr("No running container on this host.")
                                                   : tr("Running containers: %1").arg(names.join(QStringLiteral(", "))));
    });
    for (QLineEdit *e : {m_host, m_user, m_keyFile, m_sshSecret, m_knownHosts, m_pgHost, m_pgUser, m_pgPassword, m_binDir})
        connect(e, &QLineEdit::textEdited, this, &EndpointForm::invalidate);
    for (QSpinBox *s : {m_port, m_pgPort})
        connect(s, &QSpinBox::valueChanged, this, &EndpointForm::invalidate);
    for (QComboBox *c : {m_kind, m_auth, m_engine})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateVisibility();
            invalidate();
        });
    connect(m_container, &QComboBox::currentTextChanged, this, &EndpointForm::invalidate);
    // ~/.ssh/config aliases: offered while typing; picking one fills host, port, user and key in view.
    const QList<SshConfigFile::Alias> aliases = SshConfigFile::read(SshConfigFile::defaultPath());
    QStringList names;
    for (const auto &a : aliases)
        names << a.name;
    auto *completer = new QCompleter(names, m_host);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_host->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this, aliases](const QString &name) {
        for (const auto &a : aliases) {
            if (a.name != name)
                continue;
            m_host->setText(a.hostName.isEmpty() ? a.name : a.hostName);
            if (a.port)
                m_port->setValue(a.port);
            if (!a.user.isEmpty())
                m_user->setText(a.user);
            if (!a.identityFile.isEmpty()) {
                m_auth->setCurrentIndex(m_auth->findData(int(SshConfig::Auth::KeyFile)));
                m_keyFile->setText(a.identityFile);
            }
            m_resultLabel->setText(tr("Filled from ~/.ssh/config (Host %1).").arg(name.toHtmlEscaped()));
        }
    });
    // The PostgreSQL defaults the client tools would use on this machine (PG* variables, ~/.pgpass).
    if (!qEnvironmentVariableIsEmpty("PGHOST"))
        m_pgHost->setPlaceholderText(tr("default: %1 (PGHOST)").arg(qEnvironmentVariable("PGHOST")));
    if (!qEnvironmentVariableIsEmpty("PGPORT"))
        m_pgPort->setSpecialValueText(tr("default (%1, PGPORT)").arg(qEnvironmentVariable("PGPORT")));
    if (!qEnvironmentVariableIsEmpty("PGUSER") && m_pgUser->text() == QLatin1String("postgres"))
        m_pgUser->setText(qEnvironmentVariable("PGUSER"));
    updateVisibility();
}

void EndpointForm::updateVisibility()
{
    const bool isSsh = m_kind->currentData().toString() == QLatin1String("ssh");
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
    {
        form->setRowVisible(m_sshHostRow, isSsh);
        for (QWidget *field : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_auth), static_cast<QWidget *>(m_keyFile),
                               static_cast<QWidget *>(m_sshSecret), static_cast<QWidget *>(m_knownHosts)})
            form->setRowVisible(field, isSsh);
    }
    const auto auth = SshConfig::Auth(m_auth->currentData().toInt());
    m_keyFile->setEnabled(auth == SshConfig::Auth::KeyFile);
    m_sshSecret->setEnabled(auth != SshConfig::Auth::Agent);
    m_sshSecretLabel->setText(auth == SshConfig::Auth::Password ? tr("SSH password:") : tr("Key passphrase:"));
    const bool container = !m_engine->currentData().toString().isEmpty();
    m_container->setEnabled(container);
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_container, container);
    m_detect->setEnabled(container && !m_detectWatch.isRunning());
}

void EndpointForm::invalidate()
{
    if (m_loading)
        return;
    m_tested = false;
    m_resultLabel->setText(tr("Not tested yet."));
    Q_EMIT changed();
}

Endpoint EndpointForm::endpoint() const
{
    Endpoint e;
    e.role = m_role;
    e.kind = m_kind->currentData().toString() == QLatin1String("ssh") ? Endpoint::Kind::Ssh : Endpoint::Kind::Local;
    if (e.kind == Endpoint::Kind::Ssh) {
        e.ssh.host = m_host->text().trimmed();
        e.ssh.port = m_port->value();
        e.ssh.user = m_user->text().trimmed();
        e.ssh.auth = SshConfig::Auth(m_auth->currentData().toInt());
        e.ssh.keyFile = m_keyFile->text().trimmed();
        e.ssh.knownHostsFile = m_knownHosts->text().trimmed();
        e.ssh.acceptFingerprint = m_acceptFingerprint;
    }
    e.containerEngine = m_engine->currentData().toString();
    if (!e.containerEngine.isEmpty())
        e.container = m_container->currentText().trimmed();
    e.pg.host = m_pgHost->text().trimmed();
    e.pg.port = m_pgPort->value();
    e.pg.user = m_pgUser->text().trimmed();
    e.pg.binDir = m_binDir->text().trimmed();
    e.pg.maintenanceDb = m_maintenanceDb;
    return e;
}

EndpointSecrets EndpointForm::secrets() const
{
    EndpointSecrets s;
    const auto auth = SshConfig::Auth(m_auth->currentData().toInt());
    if (m_kind->currentData().toString() == QLatin1String("ssh")) {
        if (auth == SshConfig::Auth::Password)
            s.sshPassword = m_sshSecret->text().toUtf8();
        else if (auth == SshConfig::Auth::KeyFile)
            s.keyPassphrase = m_sshSecret->text().toUtf8();
    }
    s.pgPassword = m_pgPassword->text().toUtf8();
    return s;
}

void EndpointForm::setEndpoint(const Endpoint &e, const EndpointSecrets &secrets)
{
    m_loading = true;
    m_kind->setCurrentIndex(e.kind == Endpoint::Kind::Ssh ? 1 : 0);
    m_host->setText(e.ssh.host);
    m_port->setValue(e.ssh.port > 0 ? e.ssh.port : 22);
    m_user->setText(e.ssh.user);
    m_auth->setCurrentIndex(m_auth->findData(int(e.ssh.auth)));
    m_keyFile->setText(e.ssh.keyFile);
    m_knownHosts->setText(e.ssh.knownHostsFile);
    m_acceptFingerprint = e.ssh.acceptFingerprint;
    m_sshSecret->setText(QString::fromUtf8(e.ssh.auth == SshConfig::Auth::Password ? secrets.sshPassword : secrets.keyPassphrase));
    m_engine->setCurrentIndex(qMax(0, m_engine->findData(e.container.isEmpty() ? QString() : e.containerEngine.isEmpty() ? QStringLiteral("docker") : e.containerEngine)));
    m_container->setCurrentText(e.container);
    m_pgHost->setText(e.pg.host);
    m_pgPort->setValue(e.pg.port);
    m_pgUser->setText(e.pg.user);
    m_pgPassword->setText(QString::fromUtf8(secrets.pgPassword));
    m_binDir->setText(e.pg.binDir);
    m_maintenanceDb = e.pg.maintenanceDb.isEmpty() ? QStringLiteral("postgres") : e.pg.maintenanceDb;
    m_loading = false;
    updateVisibility();
    m_tested = false;
    m_resultLabel->setText(tr("Not tested yet."));
    Q_EMIT changed();
}

bool EndpointForm::remember() const { return m_remember->isChecked(); }

void EndpointForm::setRemember(bool on) { m_remember->setChecked(on); }

void EndpointForm::setKeychainNote(const QString &text) { m_keychainNote->setText(text); }

void EndpointForm::testConnection()
{
    if (m_probe.isRunning())
        return;
    const Endpoint e = endpoint();
    if (e.kind == Endpoint::Kind::Ssh && e.ssh.host.isEmpty()) {
        m_resultLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("Enter the SSH host.")));
        return;
    }
    if (!e.containerEngine.isEmpty() && e.container.isEmpty()) {
        m_resultLabel->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                   .arg(tr("Enter the container name, or click Detect.")));
        return;
    }
    m_test->setEnabled(false);
    m_tested = false;
    m_resultLabel->setText(tr("Testing %1 …").arg(e.label().toHtmlEscaped()));
    m_probe.setFuture(QtConcurrent::run(&EndpointProbe::probe, e, secrets()));
}

void EndpointForm::onProbeFinished()
{
    m_test->setEnabled(true);
    m_result = m_probe.result();
    m_tested = true;
    showResult();
    if (!m_result.ok && m_result.ssh.kind == SshError::Kind::HostKeyUnknown) {
        // Never trusted silently: the user compares the fingerprint and decides.
        auto *box = new QMessageBox(QMessageBox::Question, tr("Unknown SSH host key"),
                                    tr("The %1 host %2 is not in known_hosts yet.\n\nIts key fingerprint is\n%3\n\n"
                                       "Trust it only if it matches the server's own key (run ssh-keygen -lf "
                                       "/etc/ssh/ssh_host_ed25519_key.pub on the server).")
                                        .arg(m_role == QLatin1String("source") ? tr("source") : tr("target"),
                                             endpoint().ssh.label(), m_result.ssh.fingerprint),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("hostKeyDialog"));
        box->addButton(tr("Trust this key"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        const QString fingerprint = m_result.ssh.fingerprint;
        connect(box, &QMessageBox::finished, this, [this, box, fingerprint] {
            if (box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole) {
                m_acceptFingerprint = fingerprint;
                testConnection();
            }
        });
        box->open();
        Q_EMIT hostKeyQuestion(fingerprint);
    }
    Q_EMIT testFinished(m_result.ok);
}

QString EndpointForm::resultText() const
{
    return m_resultLabel->text();
}

void EndpointForm::showResult()
{
    const ProbeResult &r = m_result;
    if (!r.ok) {
        const QString layer = r.layer == QLatin1String("ssh")         ? tr("SSH")
                              : r.layer == QLatin1String("container") ? tr("Container")
                                                                      : tr("PostgreSQL");
        m_resultLabel->setText(QStringLiteral("<span style='color:#b00020'><b>✖ %1:</b> %2</span><br>%3")
                                   .arg(layer, r.message.toHtmlEscaped(), r.hint.toHtmlEscaped()));
        return;
    }
    qint64 bytes = 0;
    int count = 0;
    for (const DatabaseInfo &d : r.databases)
        if (!d.isTemplate) {
            bytes += d.bytes;
            ++count;
        }
    const QLocale locale;
    const QString free = r.freeBytes >= 0 ? tr("%1 free at %2").arg(locale.formattedDataSize(r.freeBytes), r.freePath.toHtmlEscaped())
                                          : tr("free disk %1").arg(r.freeNote.toHtmlEscaped());
    m_resultLabel->setText(QStringLiteral("<span style='color:#1b7f3b'><b>✔ PostgreSQL %1</b></span> — %2<br>%3")
                               .arg(r.serverVersion.toHtmlEscaped(),
                                    tr("%n database(s), %1", nullptr, count).arg(locale.formattedDataSize(bytes)), free));
}

void EndpointForm::detectContainers()
{
    const QString engine = m_engine->currentData().toString();
    if (engine.isEmpty() || m_detectWatch.isRunning())
        return;
    m_detect->setEnabled(false);
    m_resultLabel->setText(tr("Listing running %1 containers …").arg(engine));
    Endpoint e = endpoint();
    e.container.clear();
    const EndpointSecrets s = secrets();
    m_detectError.clear();
    m_detectWatch.setFuture(QtConcurrent::run([this, e, s, engine] {
        QString error;
        const QStringList names = EndpointProbe::runningContainers(e, s, engine, &error);
        m_detectError = error; // read on the UI thread after finished
        return names;
    }));
}

} // namespace pgcrossing
