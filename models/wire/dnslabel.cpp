#include "wire/dnslabel.h"

namespace buttcloud {

bool isDnsLabel(QStringView name, int maxLength)
{
    if (name.isEmpty() || name.size() > maxLength || name.front() == u'-' || name.back() == u'-')
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

}
