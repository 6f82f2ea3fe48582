#pragma once
#include <QElapsedTimer>
#include <QtCharts/QChartView>

class QLineSeries;
class QValueAxis;

namespace pgcrossing {

// The data moved per second over the run, as a DBA would rather look at than read: MiB/s on the y axis,
// the run's elapsed seconds on the x axis. Fed with the bytes each transfer has moved so far (the copy's
// progress); each transfer rises from and falls back to zero, so one database after another shows as one
// hump after another. The title says the peak and the total moved.
class ThroughputChart : public QChartView {
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    void clear();                       // a new run: no points, the clock from zero
    void stepStarted();                 // a transfer that starts in this step is measured from here
    void addBytes(qint64 bytesSoFar);   // the current transfer's bytes so far
    void stepFinished();                // the transfer (if any) ends: its last rate, then zero

    QLineSeries *series() const { return m_series; }
    int pointCount() const;             // points of a transfer (the zero points around it not counted)
    double peak() const { return m_peak; } // MiB/s
    QSize sizeHint() const override { return {320, 190}; }

private:
    double now() const;
    void addPoint(double t, double mibPerSecond);
    void updateTitle();

    QLineSeries *m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QElapsedTimer m_clock;
    double m_stepStart = 0;
    bool m_inTransfer = false;
    double m_windowTime = 0;
    qint64 m_windowBytes = 0;
    double m_lastTime = 0;
    qint64 m_lastBytes = 0;
    qint64 m_total = 0;                 // bytes of the transfers ended, plus the current one's so far
    qint64 m_ended = 0;
    double m_peak = 0;                  // MiB/s; of the points drawn
    int m_points = 0;
    struct LastPoint {
        int index = -1;                 // in the series; -1: none in this transfer yet
        double windowTime = 0;          // where its window started
        qint64 windowBytes = 0;
    } m_lastPoint;
};

} // namespace pgcrossing
