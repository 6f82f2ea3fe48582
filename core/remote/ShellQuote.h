#pragma once
#include <QString>
#include <QStringList>

namespace pgcrossing {

// The one quoting function of the project. Every shell word built from user input (database, table,
// container, user and file names) passes through quote() before it reaches a POSIX shell, locally or
// on a remote host. A word is wrapped in single quotes, and each single quote inside it becomes '\''
// so that nothing in it — spaces, $, ;, backticks, newlines, non-ASCII — is ever interpreted.
namespace ShellQuote {
QString quote(const QString &word);
// Joins already-separated words into one POSIX command line, quoting each word that needs it.
QString join(const QStringList &argv);
} // namespace ShellQuote

} // namespace pgcrossing
