#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace buttcloud {

class TimelineModel;

// A pub's Timeline tab: what happened to it (container events, jobs, billing, mails, commands and
// who ran them), newest first, filtered by source; older entries load on scrolling to the end or
// with a button.
class PubTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubTimelineView)

public:
    // model is not owned and must outlive the view.
    explicit PubTimelineView(TimelineModel *model, QWidget *parent = nullptr);
    ~PubTimelineView() override;

    // An empty source shows all; otherwise a wire name (docker, job, billing, mail, command).
    void setSourceFilter(const QString &source);
    int shownEntryCount() const;

private:
    void updateState();
    void loadOlderAtEnd(int scrollValue);

    TimelineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_sourceComboBox;
    QPushButton *m_refreshButton;
    QPushButton *m_loadOlderButton;
    QLabel *m_statusLabel;
    QTableView *m_tableView;
    QString m_error;
};

}
