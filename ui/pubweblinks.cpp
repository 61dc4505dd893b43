#include "ui/pubweblinks.h"

#include "models/apitypes.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>

namespace buttcloud {

PubWebLinks::PubWebLinks(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pubWebLinks"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_landingButton = addButton(tr("Landing page"), "landingPageButton", &PubWebLinks::m_landingUrl);
    m_viewerButton = addButton(tr("Web view"), "webViewButton", &PubWebLinks::m_viewerUrl);
    m_gitButton = addButton(tr("Git repositories"), "gitWebButton", &PubWebLinks::m_gitUrl);
    layout->addStretch();
    setVisible(false);
}

PubWebLinks::~PubWebLinks() = default;

QPushButton *PubWebLinks::addButton(const QString &text, const char *objectName, QUrl PubWebLinks::*url)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(objectName));
    connect(button, &QPushButton::clicked, this, [this, url] { QDesktopServices::openUrl(this->*url); });
    layout()->addWidget(button);
    return button;
}

void PubWebLinks::setPub(const Pub &pub)
{
    m_landingUrl = pub.landingUrl;
    m_viewerUrl = pub.viewerUrl;
    m_gitUrl = pub.gitUrl;
    m_landingButton->setVisible(!m_landingUrl.isEmpty());
    m_landingButton->setToolTip(m_landingUrl.toDisplayString());
    m_viewerButton->setVisible(!m_viewerUrl.isEmpty());
    m_viewerButton->setToolTip(m_viewerUrl.toDisplayString());
    m_gitButton->setVisible(!m_gitUrl.isEmpty());
    m_gitButton->setToolTip(m_gitUrl.toDisplayString());
    setVisible(!m_landingUrl.isEmpty() || !m_viewerUrl.isEmpty() || !m_gitUrl.isEmpty());
}

}
