#pragma once

#include <QUrl>
#include <QWidget>

class QPushButton;

namespace buttcloud {

struct Pub;

// Buttons that open a pub's landing page, web view and git web in the browser. Each shows only when
// the server sent its URL; the whole row hides when there is none.
class PubWebLinks final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubWebLinks)

public:
    explicit PubWebLinks(QWidget *parent = nullptr);
    ~PubWebLinks() override;

    void setPub(const Pub &pub);

private:
    QPushButton *addButton(const QString &text, const char *objectName, QUrl PubWebLinks::*url);

    QUrl m_landingUrl;
    QUrl m_viewerUrl;
    QUrl m_gitUrl;
    QPushButton *m_landingButton = nullptr;
    QPushButton *m_viewerButton = nullptr;
    QPushButton *m_gitButton = nullptr;
};

}
