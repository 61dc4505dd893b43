#pragma once

#include <QImage>
#include <QString>

namespace buttcloud {

// A QR code of text (UTF-8, error correction level M) as a black-on-white image with the standard
// four-module quiet zone, each module moduleSize pixels wide. A null image when the text does not
// fit in a QR code or moduleSize is below 1.
QImage qrCodeImage(const QString &text, int moduleSize = 4);

}
