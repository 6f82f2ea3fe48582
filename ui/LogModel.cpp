#include "LogModel.h"

#include "migration/StepContext.h"

#include <QColor>
#include <QFont>

namespace pgcrossing {

LogModel::LogModel(QObject *parent, int maxLines) : QAbstractListModel(parent), m_maxLines(maxLines)
{
    m_timer.setInterval(100);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::append(int level, const QString &text)
{
    ++m_received;
    // A tool's multi-line output stays one entry per line, so filters and search work line by line.
    const QTime now = QTime::currentTime();
    for (const QString &line : text.split(QLatin1Char('\n')))
        m_pending.append({now, level, m_step, line});
    if (!m_timer.isActive())
        m_timer.start();
}

void LogModel::flush()
{
    if (m_pending.isEmpty())
        return;
    const qsizetype overflow = m_lines.size() + m_pending.size() - m_maxLines;
    if (overflow > 0) {
        const int drop = int(qMin<qsizetype>(overflow, m_lines.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_lines.remove(0, drop);
            endRemoveRows();
        }
        if (m_pending.size() > m_maxLines)
            m_pending.remove(0, m_pending.size() - m_maxLines);
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + m_pending.size() - 1));
    m_lines += m_pending;
    m_pending.clear();
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QString LogModel::text(int row) const
{
    const Line &l = m_lines.at(row);
    return l.time.toString(QStringLiteral("HH:mm:ss ")) + l.text;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row());
    case LevelRole:
        return l.level;
    case StepRole:
        return l.step;
    case Qt::ToolTipRole:
        return l.text.size() > 80 ? l.text : QVariant();
    case Qt::ForegroundRole:
        switch (StepContext::Level(l.level)) {
        case StepContext::Level::Error: return QColor(0xb0, 0x00, 0x20);
        case StepContext::Level::Warning: return QColor(0xa0, 0x60, 0x00);
        case StepContext::Level::Command: return QColor(0x1a, 0x4f, 0xa0);
        case StepContext::Level::Output: return QColor(0x60, 0x60, 0x60);
        default: return {};
        }
    default:
        return {};
    }
}

} // namespace pgcrossing
