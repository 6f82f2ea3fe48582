#pragma once
#include "model/Endpoint.h"
#include "model/ProbeResult.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace pgcrossing {

// One side of the Hosts page: how to reach the host (this machine or SSH with agent / key / password),
// an optional docker or podman container with a Detect button, and the PostgreSQL login. "Test
// connection" runs EndpointProbe off the UI thread and shows the server version, databases and free
// disk, or the failing layer with a hint. An unknown SSH host key asks (fingerprint shown) before it is
// trusted; a changed one is refused.
class EndpointForm : public QGroupBox {
    Q_OBJECT
public:
    EndpointForm(const QString &role, const QString &title, QWidget *parent = nullptr);

    Endpoint endpoint() const;
    EndpointSecrets secrets() const;
    void setEndpoint(const Endpoint &e, const EndpointSecrets &secrets);
    bool remember() const;
    void setRemember(bool on);
    void setKeychainNote(const QString &text);

    void testConnection();
    bool isTesting() const { return m_probe.isRunning(); }
    bool isReady() const { return m_tested && m_result.ok; }
    const ProbeResult &result() const { return m_result; }
    QString resultText() const;
    QLabel *resultLabel() const { return m_resultLabel; }

Q_SIGNALS:
    void changed();            // any field edited: the last test no longer holds
    void testFinished(bool ok); // a test finished
    void hostKeyQuestion(const QString &fingerprint); // emitted when the unknown-key dialog opens

private:
    void onProbeFinished();
    void detectContainers();
    void updateVisibility();
    void invalidate();
    void showResult();

    QString m_role;
    QComboBox *m_kind;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QHBoxLayout *m_sshHostRow; // the SSH host and its port, one row of the form
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_keyFile;
    QLineEdit *m_sshSecret;     // password or key passphrase
    QLabel *m_sshSecretLabel;
    QLineEdit *m_knownHosts;
    QComboBox *m_engine;
    QComboBox *m_container;
    QPushButton *m_detect;
    QLineEdit *m_pgHost;
    QSpinBox *m_pgPort;
    QLineEdit *m_pgUser;
    QLineEdit *m_pgPassword;
    QLineEdit *m_binDir;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QPushButton *m_test;
    QLabel *m_resultLabel;
    QString m_acceptFingerprint;
    QString m_maintenanceDb = QStringLiteral("postgres");
    QFutureWatcher<ProbeResult> m_probe;
    QFutureWatcher<QStringList> m_detectWatch;
    QString m_detectError;
    ProbeResult m_result;
    bool m_tested = false;
    bool m_loading = false;
};

} // namespace pgcrossing
