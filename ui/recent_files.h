#pragma once
// Files a person chose before, newest first, remembered in QSettings under one key per kind
// ("da/recent/key", "da/recent/chain", ...). Only paths are kept, never file contents, so a
// key or password file is remembered as where it is, not what it holds.

#include <QString>
#include <QStringList>

namespace rescue::ui {

class RecentFiles {
public:
    explicit RecentFiles(QString settingsKey, int maximum = 8);

    // Newest first; paths whose file is gone are left out.
    QStringList files() const;
    // Moves `path` to the front (adding it when new) and forgets the oldest past the maximum.
    void add(const QString& path);
    void clear();

private:
    QStringList stored() const;

    QString m_key;
    int m_maximum;
};

}  // namespace rescue::ui
