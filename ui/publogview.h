#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace buttcloud {

class PubLogFeed;

// A pub's Logs tab: its output followed live (through the feed), searchable (the search box keeps
// only the lines containing the text and highlights it), stdout and stderr told apart, paused and
// resumed, copied or saved.
class PubLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubLogView)

public:
    // feed is not owned and must outlive the view.
    explicit PubLogView(PubLogFeed *feed, QWidget *parent = nullptr);
    ~PubLogView() override;

    void setSearchText(const QString &text);
    // The lines shown now (after the search), as text, one per line.
    QString shownText() const;
    // Writes shownText() to filePath; the problem for people, or empty.
    QString saveTo(const QString &filePath) const;
    int shownLineCount() const;

private:
    void onRowsInserted();
    void updateStatus();
    void copyLines();
    void chooseSaveFile();
    QString rowsText(const QList<int> &proxyRows) const;

    PubLogFeed *m_feed;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_searchEdit;
    QPushButton *m_pauseButton;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
    QPushButton *m_reloadButton;
    QLabel *m_statusLabel;
    QTableView *m_tableView;
    QString m_error;
};

}
