#pragma once
#include <QAbstractListModel>
#include <QDateTime>
#include <QTimer>
#include <QVector>

namespace pgcrossing {

// The live log: lines arrive one by one (thousands a second when a tool is chatty) and reach the view
// in batches, at most every 100 ms, so the UI thread never spends its time on single-row inserts.
// The oldest lines go once maxLines is reached (the session record keeps every command anyway).
class LogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { LevelRole = Qt::UserRole + 1 };
    explicit LogModel(QObject *parent = nullptr, int maxLines = 200000);

    void append(int level, const QString &text);  // StepContext::Level
    void flush();                                  // pending lines into the model now
    void clear();
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString text(int row) const;
    qint64 received() const { return m_received; }

private:
    struct Line {
        QTime time;
        int level;
        QString text;
    };
    QVector<Line> m_lines;
    QVector<Line> m_pending;
    QTimer m_timer;
    int m_maxLines;
    qint64 m_received = 0;
};

} // namespace pgcrossing
