#include "models/qrcodeimage.h"

#include <algorithm>
#include <memory>
#include <qrencode.h>

namespace buttcloud {

namespace {
constexpr int QuietZoneModules = 4;

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
}

QImage qrCodeImage(const QString &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code)
        return {};
    const int modules = code->width + 2 * QuietZoneModules;
    // Pixels are set directly: no QPainter, so this works without a QGuiApplication.
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(0xff);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) // bit 0 marks a dark module
                continue;
            for (int row = 0; row < moduleSize; ++row) {
                uchar *line = image.scanLine((y + QuietZoneModules) * moduleSize + row);
                std::fill_n(line + (x + QuietZoneModules) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

}
