#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgcrossing {

class PgClient;

// The text-search configurations of one database that pg_dump cannot be trusted with: a user's
// configuration (not part of an extension) whose parser comes from an extension, such as
// `jieba_search (COPY = jiebacfg)` over pg_jieba. To dump such a configuration, pg_dump asks the parser
// for its token names (ts_token_type), and pg_jieba's parser crashes the server there (seed 000 §5,
// pg_jieba issue #39). This class never calls the parser: it reads the catalog only, finds the extension's
// own configuration with the identical mapping (the `COPY =` source), and what depends on it (the
// generated column). The fix-up built on it (CopyDatabaseStep) lends the configuration to its extension for
// the length of the dump, so pg_dump skips it, creates it on the target from that `COPY =` before the
// restore, and gives it back: the source ends exactly as it was, the generated column is never dropped.
class TextSearchConfigs {
    Q_DECLARE_TR_FUNCTIONS(TextSearchConfigs)

public:
    struct Entry {
        QString config;            // quoted schema.name
        QString schema;            // unquoted
        QString owner;
        QString extension;         // the parser's extension
        QString extensionSchema;   // unquoted
        QString parser;            // unquoted name
        QString copyFrom;          // quoted schema.name of the extension's identical configuration; empty: none
        QString dependents;        // pg_describe_object of what depends on it, "; "-separated
        QString comment;           // empty: none
        bool canLend = false;      // the login owns the configuration and the extension (or is a superuser)

        // The fix-up can carry it: an identical extension configuration to copy, and everything in the
        // `public` schema the target database already has before the restore starts.
        bool carriable() const;
        QString whyNotCarriable() const;
        QString adoptSql() const;    // lend it to the extension: pg_dump then skips it
        QString releaseSql() const;  // give it back
        // On the target, before pg_restore: the extension, then the configuration as a copy.
        QString createSql(const QString &owner) const;
    };

    // adopted: configurations (quoted schema.name) this session has already lent to their extension.
    static QList<Entry> read(const PgClient &pg, const QString &db, const QStringList &adopted, QString *error);
    // The id of the session-record change that lends `config` of `db` to its extension.
    static QString changeId(const QString &db, const QString &config);
};

} // namespace pgcrossing
