#pragma once

#include "models/statssample.h"

#include <QList>
#include <QTimer>
#include <QWidget>
#include <chrono>

class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;

namespace buttcloud {

class PubStatsFeed;
class StatsChartView;

// The Charts tab of a pub: CPU, memory against its limit, network and block I/O over a chosen
// range, live unless paused, with the values under the mouse and CSV export. Lines are downsampled
// to the chart's width, so an hour of 1 s samples redraws as cheaply as a few hundred points.
class StatsChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsChartsView)

public:
    // feed is not owned and must outlive the view.
    explicit StatsChartsView(PubStatsFeed *feed, QWidget *parent = nullptr);
    ~StatsChartsView() override;

    static QList<std::chrono::seconds> ranges();

    bool isPaused() const;
    void setPaused(bool paused);
    void setRangeIndex(int index);
    // The samples of the shown range, as drawn (the CSV holds exactly these).
    QList<StatsSample> shownSamples() const;
    // Writes the shown samples as CSV; an empty string on success, otherwise why not.
    QString exportCsv(const QString &filePath) const;
    // The text the hover label shows for the sample nearest to a time.
    QString describeSampleNear(const QDateTime &time) const;
    // Redraws now rather than at the next coalesced update (tests, screenshots).
    void redraw();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line
    {
        StatsMetric metric;
        double scale; // from the sample's unit to the axis' unit
        QLineSeries *series;
    };
    struct Chart
    {
        StatsChartView *view;
        QList<Line> lines;
    };

    Chart createChart(const QString &title, const QString &unit, const char *objectName,
                      const QList<std::pair<StatsMetric, QString>> &lines, double scale);
    void scheduleRedraw();
    void chooseExportFile();
    void showHover(const QDateTime &time);

    PubStatsFeed *m_feed;
    QComboBox *m_rangeComboBox;
    QPushButton *m_pauseButton;
    QPushButton *m_exportButton;
    QLabel *m_hoverLabel;
    QList<Chart> m_charts;
    QTimer m_redrawTimer;
    QList<StatsSample> m_shown;
    QDateTime m_shownFrom;
    QDateTime m_shownTo;
};

}
