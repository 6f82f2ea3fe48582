#pragma once
#include <QMap>
#include <QString>

namespace pgcrossing::test {

// What tests/sandbox/sandbox.sh up wrote into $PGX_SANDBOX_DIR/env: ports, addresses, key files.
// value() fails the calling test (QFAIL-style message) when the sandbox is not up.
class Sandbox {
public:
    static const Sandbox &instance();
    bool isUp() const { return !m_values.isEmpty(); }
    QString value(const QString &key) const;
    int intValue(const QString &key) const { return value(key).toInt(); }
    QString dir() const { return m_dir; }

private:
    Sandbox();
    QString m_dir;
    QMap<QString, QString> m_values;
};

} // namespace pgcrossing::test
