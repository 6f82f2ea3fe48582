#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstddef>
#include <optional>

namespace pgcrossing {

// One enum's table of words: for each value its code in the session record's JSON (never translated,
// never changed once written) and the word a user reads for it (translated in the table's context).
// Each enum of model/ defines its one table in its own .cpp and specialises codeTable<E>() for it;
// codeOf, wordOf, fromCode and valuesOf are the only ways the other layers turn a value into text or back.
template <typename E>
struct CodeEntry {
    E value;
    const char *code;
    const char *word;   // QT_TRANSLATE_NOOP(context, "…")
};

template <typename E>
class CodeTable {
public:
    template <std::size_t N>
    constexpr CodeTable(const char *context, const CodeEntry<E> (&entries)[N])
        : m_context(context), m_entries(entries), m_size(N)
    {
    }

    QString code(E value) const
    {
        const CodeEntry<E> *e = find(value);
        return e ? QString::fromLatin1(e->code) : QString();
    }
    QString word(E value) const
    {
        const CodeEntry<E> *e = find(value);
        return e ? QCoreApplication::translate(m_context, e->word) : QString();
    }
    std::optional<E> fromCode(const QString &code) const
    {
        for (std::size_t i = 0; i < m_size; ++i)
            if (code == QLatin1String(m_entries[i].code))
                return m_entries[i].value;
        return std::nullopt;
    }
    QList<E> values() const
    {
        QList<E> out;
        for (std::size_t i = 0; i < m_size; ++i)
            out << m_entries[i].value;
        return out;
    }

private:
    const CodeEntry<E> *find(E value) const
    {
        for (std::size_t i = 0; i < m_size; ++i)
            if (m_entries[i].value == value)
                return &m_entries[i];
        return nullptr;
    }

    const char *m_context;
    const CodeEntry<E> *m_entries;
    std::size_t m_size;
};

// Specialised (declared in the enum's header, defined in its .cpp) for every enum with a table.
template <typename E>
const CodeTable<E> &codeTable();

template <typename E>
QString codeOf(E value) { return codeTable<E>().code(value); }
template <typename E>
QString wordOf(E value) { return codeTable<E>().word(value); }
// The value of a code; nullopt for a code this version does not know (or an empty one).
template <typename E>
std::optional<E> fromCode(const QString &code) { return codeTable<E>().fromCode(code); }
// The value of a code, or fallback for a code this version does not know (records are read defensively).
template <typename E>
E fromCode(const QString &code, E fallback) { return codeTable<E>().fromCode(code).value_or(fallback); }
template <typename E>
QList<E> valuesOf() { return codeTable<E>().values(); }

} // namespace pgcrossing
