#include "ui/aboutdialog.h"

#include "wire/version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
const char *const HomepageUrl = "https://buttcloud.example.org";
const char *const ContactAddress = "dev@buttcloud.example.org";
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ButtCloud"));

    auto *icon = new QLabel(this);
    icon->setPixmap(qApp->windowIcon().pixmap(64, 64)); // the application's icon, set by main()
    icon->setAccessibleName(tr("ButtCloud logo"));
    auto *title = new QLabel(tr("<h2>ButtCloud %1</h2>").arg(QString::fromLatin1(ProjectVersion)), this);
    title->setObjectName(QStringLiteral("aboutVersionLabel"));
    auto *summary = new QLabel(tr("Run Scuttlebutt pubs on ButtCloud."), this);
    auto *qtVersion = new QLabel(tr("Built with Qt %1, running on Qt %2.").arg(QString::fromLatin1(QT_VERSION_STR),
                                                                                 QString::fromLatin1(qVersion())), this);
    qtVersion->setObjectName(QStringLiteral("aboutQtVersionLabel"));
    auto *links = new QLabel(tr("<a href=\"%1\">%1</a> · <a href=\"mailto:%2\">%2</a>")
                                 .arg(QString::fromLatin1(HomepageUrl), QString::fromLatin1(ContactAddress)), this);
    links->setObjectName(QStringLiteral("aboutLinksLabel"));
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    links->setAccessibleName(tr("Website and contact"));
    auto *licence = new QPlainTextEdit(licenceText(), this);
    licence->setObjectName(QStringLiteral("aboutLicenceText"));
    licence->setAccessibleName(tr("Licence"));
    licence->setReadOnly(true);
    licence->setMinimumHeight(120);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("aboutCloseButton"));
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(summary);
    headerText->addWidget(qtVersion);
    headerText->addWidget(links);
    header->addLayout(headerText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(licence);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::licenceText()
{
    // As packaging/copyright says it; Qt's own licence is one click away (About Qt).
    return tr("Copyright 2026 ButtCloud developers.\n\n"
              "ButtCloud has not been released under a public license: all rights reserved by the ButtCloud developers.\n\n"
              "ButtCloud uses Qt (LGPL 3), QtKeychain (BSD 3-clause) and libqrencode (LGPL 2.1).");
}

}
