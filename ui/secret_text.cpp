#include "ui/secret_text.h"

#include <algorithm>
#include <set>

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

#include "core/auth/file_io.h"

namespace rescue::ui {

void wipe(QString& text) {
    if (text.isDetached())
        std::fill(text.data(), text.data() + text.size(), QChar(0));
    text.resize(0);
}

void wipe(QByteArray& bytes) {
    if (bytes.isDetached())
        std::fill(bytes.data(), bytes.data() + bytes.size(), '\0');
    bytes.resize(0);
}

auth::SecretBytes takeSecret(QString& text) {
    QByteArray utf8 = text.toUtf8();
    auth::SecretBytes secret(ByteView(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                                      static_cast<std::size_t>(utf8.size())));
    wipe(utf8);
    wipe(text);
    return secret;
}

std::optional<auth::SecretBytes> askPassphrase(QWidget* parent, const QString& title, const QString& label) {
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    QString text = dialog.textValue();
    // The line edit shares the buffer: once it lets go, `text` is the only owner and wipe()
    // overwrites the characters themselves.
    dialog.setTextValue(QString());
    if (auto* edit = dialog.findChild<QLineEdit*>())
        edit->clear();
    if (!accepted) {
        wipe(text);
        return std::nullopt;
    }
    return takeSecret(text);
}

QStringList looseSecretFileWarnings(const QStringList& files) {
    QStringList lines;
    std::set<QString> seen;
    for (const QString& file : files) {
        if (file.trimmed().isEmpty())
            continue;
        const QString canonical = QFileInfo(file.trimmed()).absoluteFilePath();
        if (!seen.insert(canonical).second)
            continue;
        if (auto warning = auth::secretFilePermissionWarning(file.trimmed().toStdString()))
            lines << QString::fromStdString(warning->message + " " + warning->hint + " (" + warning->code +
                                            ")");
    }
    return lines;
}

}  // namespace rescue::ui
