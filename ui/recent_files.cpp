#include "ui/recent_files.h"

#include <QFileInfo>
#include <QSettings>

#include "ui/app_identity.h"

namespace rescue::ui {
namespace {

QSettings settings() {
    return QSettings(QString::fromLatin1(kOrganisationName), QString::fromLatin1(kApplicationName));
}

}  // namespace

RecentFiles::RecentFiles(QString settingsKey, int maximum)
    : m_key(std::move(settingsKey)), m_maximum(maximum > 0 ? maximum : 1) {}

QStringList RecentFiles::stored() const {
    return settings().value(m_key).toStringList();
}

QStringList RecentFiles::files() const {
    QStringList out;
    for (const QString& path : stored())
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

void RecentFiles::add(const QString& path) {
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = stored();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > m_maximum)
        list.removeLast();
    settings().setValue(m_key, list);
}

void RecentFiles::clear() {
    settings().remove(m_key);
}

}  // namespace rescue::ui
