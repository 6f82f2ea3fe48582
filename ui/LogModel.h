#pragma once
#include <QAbstractListModel>
#include <QDateTime>
#include <QTimer>
#include <QVector>

namespace pgcrossing {

// The live log: lines arrive one by one (thousands a second when a tool is chatty) and reach the view
// in batches, at most every 100 ms, so the UI thread never spends its time on single-row inserts.
// The oldest lines go once maxLines is reached (the session record keeps every command anyway).
// Each line knows the step it belongs to: the one started last (setStep, from the Runner's stepStarted,
// which comes before that step's lines), -1 for lines outside any step.
class LogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { LevelRole = Qt::UserRole + 1, StepRole };
    explicit LogModel(QObject *parent = nullptr, int maxLines = 200000);

    void append(int level, const QString &text);  // StepContext::Level
    void setStep(int step) { m_step = step; }     // the step of the lines appended from now on; -1: none
    int step() const { return m_step; }
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
        int step;
        QString text;
    };
    QVector<Line> m_lines;
    QVector<Line> m_pending;
    QTimer m_timer;
    int m_maxLines;
    qint64 m_received = 0;
    int m_step = -1;
};

} // namespace pgcrossing
