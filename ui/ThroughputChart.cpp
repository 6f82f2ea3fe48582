#include "ThroughputChart.h"

#include <QLocale>
#include <QtCharts>

namespace pgcrossing {

namespace {
constexpr double kMiB = 1024.0 * 1024.0;
// Seconds per point: half a second at first, longer as the run goes on, so a run of hours still draws a
// few hundred points, not tens of thousands.
double pointInterval(double elapsed)
{
    return qMax(0.5, elapsed / 400);
}
} // namespace

ThroughputChart::ThroughputChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    // No padding around the plot: at 1024×700 the chart is small, and with a CJK font's taller lines the
    // axis labels and title would otherwise be elided to "…".
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_series = new QLineSeries(chart);
    QPen pen(QColor(0x1a, 0x4f, 0xa0));
    pen.setWidthF(2);
    m_series->setPen(pen);
    chart->addSeries(m_series);
    m_x = new QValueAxis(chart);
    m_y = new QValueAxis(chart);
    m_x->setTitleText(tr("Elapsed seconds"));
    m_y->setTitleText(tr("MiB/s"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setTickCount(5);
    }
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 150);
    clear();
}

void ThroughputChart::clear()
{
    m_series->clear();
    m_clock.start();
    m_inTransfer = false;
    m_stepStart = 0;
    m_total = m_ended = 0;
    m_lastBytes = 0;
    m_peak = 0;
    m_points = 0;
    m_lastPoint = {};
    m_x->setRange(0, 10);
    m_x->setTickCount(6);
    m_y->setRange(0, 1);
    m_y->setTickCount(5);
    updateTitle();
}

double ThroughputChart::now() const
{
    return m_clock.elapsed() / 1000.0;
}

void ThroughputChart::stepStarted()
{
    stepFinished();
    m_stepStart = now();
}

void ThroughputChart::addBytes(qint64 bytes)
{
    const double t = now();
    if (m_inTransfer && bytes < m_lastBytes) // a new transfer in the same step: the last one ended
        stepFinished();
    if (!m_inTransfer) {
        m_inTransfer = true;
        // Measured from the step's start: the first bytes arrive some time after the tool started.
        m_windowTime = m_stepStart;
        m_windowBytes = 0;
        m_lastPoint = {};
        m_series->append(m_windowTime, 0);
    }
    m_lastTime = t;
    m_lastBytes = bytes;
    m_total = m_ended + bytes;
    if (t - m_windowTime >= pointInterval(t)) {
        addPoint(t, (bytes - m_windowBytes) / kMiB / (t - m_windowTime));
        m_lastPoint = {int(m_series->count() - 1), m_windowTime, m_windowBytes};
        m_windowTime = t;
        m_windowBytes = bytes;
    }
    updateTitle();
}

void ThroughputChart::stepFinished()
{
    if (!m_inTransfer)
        return;
    m_inTransfer = false;
    // What the last window saw (a small transfer may fit in less than one window). A short last window
    // joins the point before it: the tail of a stream arrives in bursts, and a tenth of a second of
    // buffered data is not a rate.
    if (m_lastBytes > m_windowBytes && m_lastTime > m_windowTime) {
        if (m_lastPoint.index >= 0 && m_lastTime - m_windowTime < pointInterval(m_lastTime) / 2) {
            m_series->remove(m_lastPoint.index);
            --m_points;
            m_peak = 0;
            for (const QPointF &p : m_series->points())
                m_peak = qMax(m_peak, p.y());
            m_windowTime = m_lastPoint.windowTime;
            m_windowBytes = m_lastPoint.windowBytes;
        }
        addPoint(m_lastTime, (m_lastBytes - m_windowBytes) / kMiB / (m_lastTime - m_windowTime));
    }
    m_lastPoint = {};
    m_series->append(m_lastTime, 0);
    m_ended += m_lastBytes;
    m_total = m_ended;
    m_lastBytes = 0;
    m_stepStart = now();
    updateTitle();
}

void ThroughputChart::addPoint(double t, double mibPerSecond)
{
    m_series->append(t, mibPerSecond);
    ++m_points;
    m_peak = qMax(m_peak, mibPerSecond);
    m_x->setRange(0, qMax(10.0, t * 1.05));
    m_x->applyNiceNumbers();
    m_y->setRange(0, qMax(1.0, m_peak * 1.15));
    m_y->applyNiceNumbers();
}

int ThroughputChart::pointCount() const
{
    return m_points;
}

void ThroughputChart::updateTitle()
{
    const QString title = m_total == 0 ? tr("Throughput: nothing moved yet")
                                       : tr("Throughput: peak %1/s").arg(QLocale().formattedDataSize(qint64(m_peak * kMiB)));
    const QString tip = tr("%1 moved so far").arg(QLocale().formattedDataSize(m_total));
    if (toolTip() != tip)
        setToolTip(tip);
    if (chart()->title() != title)
        chart()->setTitle(title);
}

} // namespace pgcrossing
